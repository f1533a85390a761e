//! How to reach an organisation: telephone and e-mail.

use serde::{Deserialize, Serialize};

use crate::model::error::{Error, ErrorKind};
use crate::model::newtype::string_newtype;

/// A telephone number as people write it (`+371 63601111`, `63 601 111`, `(+371) 2612-3456`):
/// 7 to 15 digits (the E.164 limit), with an optional leading `+`, spaces, hyphens and
/// parentheses. It is kept as written.
///
/// # Example
///
/// ```
/// use jaunumi::Telephone;
///
/// let phone: Telephone = "+371 63601111".parse()?;
/// assert_eq!(phone.as_str(), "+371 63601111");
/// assert!("tālr. 63601111".parse::<Telephone>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Telephone(String);

impl Telephone {
    /// Checks a telephone number; surrounding whitespace is ignored.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidTelephone`] for other characters, a `+` that is not first, or
    /// fewer than 7 or more than 15 digits.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::Telephone::new("6360-1111").is_ok());
    /// assert!(jaunumi::Telephone::new("112").is_err());
    /// ```
    pub fn new(text: &str) -> Result<Self, Error> {
        let number = text.trim();
        let rest = number
            .strip_prefix('+')
            .or_else(|| number.strip_prefix("(+"))
            .unwrap_or(number);
        let allowed = rest
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'(' | b')'));
        let digits = rest.bytes().filter(u8::is_ascii_digit).count();
        if allowed && (7..=15).contains(&digits) {
            Ok(Self(number.to_owned()))
        } else {
            Err(ErrorKind::InvalidTelephone {
                found: text.to_owned(),
            }
            .into())
        }
    }

    /// The number as written.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Telephone::new(" 63601111 ")?.as_str(), "63601111");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_newtype!(Telephone, {
    "description": "A telephone number of 7 to 15 digits, optionally with a leading `+`, spaces, hyphens and parentheses.",
    "type": "string",
    "pattern": "^\\s*(\\+|\\(\\+)?[0-9 ()-]*$",
});

/// An e-mail address, checked by the [`email_address`] crate (RFC 5322 address syntax).
///
/// # Example
///
/// ```
/// use jaunumi::Email;
///
/// let email: Email = "info@ventspils.lv".parse()?;
/// assert_eq!(email.as_str(), "info@ventspils.lv");
/// assert!("info(at)ventspils.lv".parse::<Email>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Email(String);

impl Email {
    /// Checks an e-mail address; surrounding whitespace is ignored.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidEmail`] when it is not a well-formed address.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::Email::new("dome@jurmala.lv").is_ok());
    /// assert!(jaunumi::Email::new("dome@").is_err());
    /// ```
    pub fn new(text: &str) -> Result<Self, Error> {
        let address = text.trim();
        // A display name ("Dome <dome@jurmala.lv>") parses too, but is not an address.
        if !address.contains(['<', '>', ' ']) && email_address::EmailAddress::is_valid(address) {
            Ok(Self(address.to_owned()))
        } else {
            Err(ErrorKind::InvalidEmail {
                found: text.to_owned(),
            }
            .into())
        }
    }

    /// The address.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Email::new("info@ventspils.lv")?.as_str(), "info@ventspils.lv");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_newtype!(Email, {
    "description": "An e-mail address such as `info@ventspils.lv`.",
    "type": "string",
    "format": "email",
});
