//! Latvian-aware URL slugs.
//!
//! INTERIM: the slug issue replaces the body of `slugify` and `Slug::from_title` with the
//! Latvian policy; the `Slug` type and its validation are final.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Error, ErrorKind, Language};

/// A URL slug: lowercase ASCII letters and digits in words joined by single hyphens
/// (`[a-z0-9]+(-[a-z0-9]+)*`).
///
/// # Example
///
/// ```
/// use jaunumi::Slug;
///
/// let slug: Slug = "jurmalas-it-specialisti".parse()?;
/// assert_eq!(slug.as_str(), "jurmalas-it-specialisti");
/// assert!("Jūrmala".parse::<Slug>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Slug(String);

impl Slug {
    /// Checks that `text` is already a slug.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidSlug`] when `text` is empty or holds anything but lowercase ASCII
    /// letters, digits and single inner hyphens.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::Slug::new("balva-2016").is_ok());
    /// assert!(jaunumi::Slug::new("-balva--2016").is_err());
    /// ```
    pub fn new(text: &str) -> Result<Self, Error> {
        let well_formed = !text.is_empty()
            && text.split('-').all(|word| {
                !word.is_empty()
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if well_formed {
            Ok(Self(text.to_owned()))
        } else {
            Err(ErrorKind::InvalidSlug {
                found: text.to_owned(),
            }
            .into())
        }
    }

    /// The slug of a headline in its language, under the default policy.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NothingToSlug`] when the title has no letter or digit to build a slug from.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::{Language, Slug};
    ///
    /// let slug = Slug::from_title("Jūrmalas IT speciālisti", &Language::LATVIAN)?;
    /// assert_eq!(slug.as_str(), "jurmalas-it-specialisti");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_title(title: &str, language: &Language) -> Result<Self, Error> {
        let _ = language;
        let slug = slugify(title);
        if slug.is_empty() {
            Err(ErrorKind::NothingToSlug {
                found: title.to_owned(),
            }
            .into())
        } else {
            Ok(Self(slug))
        }
    }

    /// The slug as text.
    ///
    /// # Example
    ///
    /// ```
    /// let slug = jaunumi::Slug::new("balva-2016")?;
    /// assert_eq!(slug.as_str(), "balva-2016");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The slug of `text` under the default Latvian policy; empty when nothing in `text` can
/// make a slug.
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::slug::slugify("Jūrmalas IT speciālisti"), "jurmalas-it-specialisti");
/// ```
pub fn slugify(text: &str) -> String {
    slug::slugify(text)
}

impl FromStr for Slug {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Self::new(text)
    }
}

impl TryFrom<String> for Slug {
    type Error = Error;

    fn try_from(text: String) -> Result<Self, Error> {
        Self::new(&text)
    }
}

impl From<Slug> for String {
    fn from(slug: Slug) -> Self {
        slug.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Slug {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Slug".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A URL slug: lowercase ASCII letters and digits joined by single hyphens.",
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
        })
    }
}
