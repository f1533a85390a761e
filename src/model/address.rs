//! Postal addresses in the Latvian form.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::model::error::{Error, ErrorKind};
use crate::model::newtype::string_newtype;
use crate::model::optional;
use crate::model::text::Text;

/// A Latvian postal code: `LV-` and four digits, as in `LV-3601` (Ventspils).
///
/// # Example
///
/// ```
/// use jaunumi::PostalCode;
///
/// let code: PostalCode = "LV-3601".parse()?;
/// assert_eq!(code.as_str(), "LV-3601");
/// assert_eq!(
///     "3601".parse::<PostalCode>().unwrap_err().to_string(),
///     "expected a Latvian postal code such as `LV-3601`, found `3601`",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct PostalCode(String);

impl PostalCode {
    /// Checks a postal code; surrounding whitespace is ignored, and nothing else is
    /// rewritten (`lv-3601` and `LV3601` are refused, not guessed at).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidPostalCode`] for anything but `LV-` and four digits.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::PostalCode::new("LV-1050").is_ok());
    /// assert!(jaunumi::PostalCode::new("LV-105").is_err());
    /// ```
    pub fn new(text: &str) -> Result<Self, Error> {
        let code = text.trim();
        let well_formed = code.len() == 7
            && code.starts_with("LV-")
            && code.bytes().skip(3).all(|b| b.is_ascii_digit());
        if well_formed {
            Ok(Self(code.to_owned()))
        } else {
            Err(ErrorKind::InvalidPostalCode {
                found: text.to_owned(),
            }
            .into())
        }
    }

    /// The code, such as `LV-3601`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::PostalCode::new("LV-3601")?.as_str(), "LV-3601");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_newtype!(PostalCode, {
    "description": "A Latvian postal code such as `LV-3601`.",
    "type": "string",
    "pattern": "^\\s*LV-[0-9]{4}\\s*$",
});

/// A country, as an ISO 3166-1 alpha-2 code in upper case (`LV`, `LT`, `EE`).
///
/// # Example
///
/// ```
/// use jaunumi::CountryCode;
///
/// assert_eq!("lv".parse::<CountryCode>()?, CountryCode::LATVIA);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct CountryCode(Cow<'static, str>);

impl CountryCode {
    /// Latvia.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::CountryCode::LATVIA.as_str(), "LV");
    /// ```
    pub const LATVIA: CountryCode = CountryCode(Cow::Borrowed("LV"));

    /// Checks a two-letter country code and writes it in upper case.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidCountryCode`] for anything but two ASCII letters.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::CountryCode::new("ee")?.as_str(), "EE");
    /// assert!(jaunumi::CountryCode::new("LVA").is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(text: &str) -> Result<Self, Error> {
        let code = text.trim();
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
            let code = code.to_ascii_uppercase();
            Ok(if code == "LV" {
                Self::LATVIA
            } else {
                Self(Cow::Owned(code))
            })
        } else {
            Err(ErrorKind::InvalidCountryCode {
                found: text.to_owned(),
            }
            .into())
        }
    }

    /// The code, such as `LV`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::CountryCode::LATVIA.as_str(), "LV");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for CountryCode {
    fn default() -> Self {
        Self::LATVIA
    }
}

impl std::str::FromStr for CountryCode {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Self::new(text)
    }
}

impl TryFrom<String> for CountryCode {
    type Error = Error;

    fn try_from(text: String) -> Result<Self, Error> {
        Self::new(&text)
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> Self {
        code.0.into_owned()
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for CountryCode {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for CountryCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CountryCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An ISO 3166-1 alpha-2 country code such as `LV`.",
            "type": "string",
            "pattern": "^\\s*[A-Za-z]{2}\\s*$",
        })
    }
}

/// A postal address, in the parts schema.org and Latvian addresses use.
///
/// Latvian addresses read street and house, locality (city, town or village), municipality
/// (novads or valstspilsēta), postal code: `Raiņa iela 4, Ventspils, LV-3601`. Every part is
/// optional; the country defaults to Latvia.
///
/// # Example
///
/// ```
/// use jaunumi::PostalAddress;
///
/// let address = PostalAddress::builder()
///     .street("Raiņa iela 4")
///     .locality("Ventspils")
///     .postal_code("LV-3601")
///     .build()?;
/// assert_eq!(address.country().as_str(), "LV");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", try_from = "PostalAddressBuilder")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct PostalAddress {
    #[serde(skip_serializing_if = "Option::is_none")]
    street: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    locality: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    postal_code: Option<PostalCode>,
    country: CountryCode,
}

impl PostalAddress {
    /// Starts an address in Latvia with no parts set.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().locality("Jūrmala").build()?;
    /// assert_eq!(address.locality().map(|l| l.as_str()), Some("Jūrmala"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> PostalAddressBuilder {
        PostalAddressBuilder::default()
    }

    /// Street and house number, such as `Raiņa iela 4`.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().street("Jūras iela 36").build()?;
    /// assert_eq!(address.street().map(|s| s.as_str()), Some("Jūras iela 36"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn street(&self) -> Option<&Text> {
        self.street.as_ref()
    }

    /// City, town, village or parish (pagasts).
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().locality("Ventspils").build()?;
    /// assert_eq!(address.locality().map(|l| l.as_str()), Some("Ventspils"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn locality(&self) -> Option<&Text> {
        self.locality.as_ref()
    }

    /// Municipality or region, such as `Ventspils novads`.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().region("Ventspils novads").build()?;
    /// assert_eq!(address.region().map(|r| r.as_str()), Some("Ventspils novads"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn region(&self) -> Option<&Text> {
        self.region.as_ref()
    }

    /// The postal code.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().postal_code("LV-3601").build()?;
    /// assert_eq!(address.postal_code().map(|c| c.as_str()), Some("LV-3601"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn postal_code(&self) -> Option<&PostalCode> {
        self.postal_code.as_ref()
    }

    /// The country; Latvia unless set.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().build()?;
    /// assert_eq!(address.country(), &jaunumi::CountryCode::LATVIA);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> &CountryCode {
        &self.country
    }
}

/// A [`PostalAddress`] under construction. It is also the JSON form that deserialisation
/// checks.
///
/// # Example
///
/// ```
/// let err = jaunumi::PostalAddress::builder().country("Latvija").build().unwrap_err();
/// assert_eq!(err.field(), "country");
/// ```
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(description = "A postal address; the country is Latvia (`LV`) unless given.")
)]
pub struct PostalAddressBuilder {
    /// Street and house number.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    street: Option<String>,
    /// City, town, village or parish.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    locality: Option<String>,
    /// Municipality or region.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    region: Option<String>,
    /// A Latvian postal code such as `LV-3601`.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<PostalCode>"))]
    postal_code: Option<String>,
    /// An ISO 3166-1 alpha-2 country code; `LV` when absent.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<CountryCode>"))]
    country: Option<String>,
}

impl PostalAddressBuilder {
    /// Sets street and house number.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().street("Raiņa iela 4").build()?;
    /// assert!(address.street().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn street(mut self, street: impl Into<String>) -> Self {
        self.street = Some(street.into());
        self
    }

    /// Sets the city, town, village or parish.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().locality("Ventspils").build()?;
    /// assert!(address.locality().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn locality(mut self, locality: impl Into<String>) -> Self {
        self.locality = Some(locality.into());
        self
    }

    /// Sets the municipality or region.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().region("Kuldīgas novads").build()?;
    /// assert!(address.region().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Sets the postal code, such as `LV-3601`.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().postal_code("LV-3601").build()?;
    /// assert!(address.postal_code().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn postal_code(mut self, postal_code: impl Into<String>) -> Self {
        self.postal_code = Some(postal_code.into());
        self
    }

    /// Sets the country by its ISO 3166-1 alpha-2 code.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().country("lt").build()?;
    /// assert_eq!(address.country().as_str(), "LT");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(mut self, country: impl Into<String>) -> Self {
        self.country = Some(country.into());
        self
    }

    /// Checks every part and builds the address.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first part that is wrong: `street`, `locality`, `region`
    /// (empty, or a character XML cannot carry), `postalCode` (not `LV-` and four digits),
    /// `country` (not two letters).
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::PostalAddress::builder().postal_code("LV 3601").build().unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "postalCode: expected a Latvian postal code such as `LV-3601`, found `LV 3601`",
    /// );
    /// ```
    pub fn build(self) -> Result<PostalAddress, Error> {
        Ok(PostalAddress {
            street: optional(self.street, "street", Text::new)?,
            locality: optional(self.locality, "locality", Text::new)?,
            region: optional(self.region, "region", Text::new)?,
            postal_code: optional(self.postal_code, "postalCode", PostalCode::new)?,
            country: optional(self.country, "country", CountryCode::new)?.unwrap_or_default(),
        })
    }
}

impl TryFrom<PostalAddressBuilder> for PostalAddress {
    type Error = Error;

    fn try_from(builder: PostalAddressBuilder) -> Result<Self, Error> {
        builder.build()
    }
}
