//! Absolute web addresses.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use url::Url;

use crate::{Error, ErrorKind};

/// An absolute `http` or `https` URL: the only kind a news item, an image or an
/// organisation's site may point to, so that `javascript:` or a relative path can never
/// reach a feed or a search engine.
///
/// Parsed with the [`url`] crate (WHATWG URL rules), so it is kept in its serialised,
/// normalised form: `HTTPS://Ventspils.LV` becomes `https://ventspils.lv/`.
///
/// # Example
///
/// ```
/// use jaunumi::WebUrl;
///
/// let url: WebUrl = "https://vdc.ventspils.lv/jaunumi/".parse()?;
/// assert_eq!(url.as_str(), "https://vdc.ventspils.lv/jaunumi/");
/// assert!("javascript:alert(1)".parse::<WebUrl>().is_err());
/// assert!("/jaunumi/".parse::<WebUrl>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct WebUrl(Url);

impl WebUrl {
    /// Parses an absolute `http` or `https` URL.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidUrl`] when `text` is not an absolute URL, and
    /// [`ErrorKind::UnsupportedScheme`] for any scheme but `http` and `https`.
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::WebUrl::parse("ftp://ventspils.lv/").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "expected an http or https URL, found scheme `ftp` in `ftp://ventspils.lv/`",
    /// );
    /// ```
    pub fn parse(text: &str) -> Result<Self, Error> {
        let url = parse_absolute(text)?;
        match url.scheme() {
            "http" | "https" => Ok(Self(url)),
            scheme => Err(ErrorKind::UnsupportedScheme {
                found: text.to_owned(),
                scheme: scheme.to_owned(),
                expected: "an http or https",
            }
            .into()),
        }
    }

    /// The URL in its serialised form.
    ///
    /// # Example
    ///
    /// ```
    /// let url = jaunumi::WebUrl::parse("https://www.ventspils.lv")?;
    /// assert_eq!(url.as_str(), "https://www.ventspils.lv/");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The parsed URL, for its parts.
    ///
    /// # Example
    ///
    /// ```
    /// let url = jaunumi::WebUrl::parse("https://www.ventspils.lv/jaunumi")?;
    /// assert_eq!(url.as_url().host_str(), Some("www.ventspils.lv"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_url(&self) -> &Url {
        &self.0
    }
}

/// Parses an absolute URL of any scheme, or says why it is not one.
pub(crate) fn parse_absolute(text: &str) -> Result<Url, Error> {
    Url::parse(text).map_err(|reason| {
        ErrorKind::InvalidUrl {
            found: text.to_owned(),
            reason: reason.to_string(),
        }
        .into()
    })
}

impl FromStr for WebUrl {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Self::parse(text)
    }
}

impl TryFrom<String> for WebUrl {
    type Error = Error;

    fn try_from(text: String) -> Result<Self, Error> {
        Self::parse(&text)
    }
}

impl TryFrom<Url> for WebUrl {
    type Error = Error;

    fn try_from(url: Url) -> Result<Self, Error> {
        Self::parse(url.as_str())
    }
}

impl From<WebUrl> for String {
    fn from(url: WebUrl) -> Self {
        url.0.into()
    }
}

impl From<WebUrl> for Url {
    fn from(url: WebUrl) -> Self {
        url.0
    }
}

impl fmt::Display for WebUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

impl AsRef<str> for WebUrl {
    fn as_ref(&self) -> &str {
        self.0.as_str()
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for WebUrl {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "WebUrl".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An absolute http or https URL.",
            "type": "string",
            "format": "uri",
            "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+",
        })
    }
}
