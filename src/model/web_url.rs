//! Absolute web addresses.

use std::fmt;
use std::str::FromStr;

use percent_encoding::{percent_decode, percent_encode_byte};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::model::error::{Error, ErrorKind};

/// An absolute `http` or `https` URL: the only kind a news item, an image or an
/// organisation's site may point to, so that `javascript:` or a relative path can never
/// reach a feed or a search engine.
///
/// Parsed with the [`url`] crate (WHATWG URL rules), so it is kept in its serialised,
/// normalised form: `HTTPS://Ventspils.LV` becomes `https://ventspils.lv/`. Past the host it is
/// also kept as RFC 3986 writes a URI, which feed readers and the W3C validator expect:
/// characters a URI cannot hold (`[`, `]`, `|`, `^`, `{`, `}`, `\`, a backtick) are
/// percent-encoded, percent-escapes are upper case, and escaped letters, digits, `-`, `.`,
/// `_` and `~` are written as themselves.
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
/// let odd: WebUrl = "https://ventspils.lv/%c4%93nu-diena/%7Ea?filtrs[]=1|2".parse()?;
/// assert_eq!(odd.as_str(), "https://ventspils.lv/%C4%93nu-diena/~a?filtrs%5B%5D=1%7C2");
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
            "http" | "https" => Ok(Self(rfc3986(url))),
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

/// `url` with its path, query and fragment as RFC 3986 writes them. The WHATWG serialisation
/// leaves some characters that RFC 3986 does not allow (`[`, `]`, `|`, `^`, `{`, `}` in a
/// query, `\`, and `#` inside a fragment) and keeps percent-escapes as they were given; both
/// make an identifier that compares unequal to its canonical form (RFC 3986 §6.2.2). The
/// result is the same resource: only the spelling changes.
fn rfc3986(url: Url) -> Url {
    let serialised = url.as_str();
    let start = url[..url::Position::AfterPort].len();
    let rest = &serialised.as_bytes()[start..];
    let mut out = String::with_capacity(serialised.len() + 8);
    out.push_str(&serialised[..start]);
    let mut in_fragment = false;
    let mut i = 0;
    while i < rest.len() {
        let byte = rest[i];
        let escaped = match rest.get(i..i + 3) {
            Some(&[b'%', high, low]) if high.is_ascii_hexdigit() && low.is_ascii_hexdigit() => {
                percent_decode(&[b'%', high, low]).next()
            }
            _ => None,
        };
        if let Some(value) = escaped {
            if value.is_ascii_alphanumeric() || matches!(value, b'-' | b'.' | b'_' | b'~') {
                out.push(char::from(value));
            } else {
                out.push_str(percent_encode_byte(value));
            }
            i += 3;
            continue;
        }
        let outside_uris =
            OUTSIDE_URIS.contains(&byte) || (byte == b'#' && in_fragment) || !byte.is_ascii();
        if outside_uris {
            out.push_str(percent_encode_byte(byte));
        } else {
            in_fragment |= byte == b'#';
            out.push(char::from(byte));
        }
        i += 1;
    }
    if out == serialised {
        return url;
    }
    let canonical = Url::parse(&out);
    debug_assert!(canonical.is_ok(), "escaping keeps a URL a URL: {out}");
    canonical.unwrap_or(url)
}

/// What RFC 3986 does not allow past the host, and a `%` that starts no escape.
const OUTSIDE_URIS: &[u8] = b"[]|^{}\\`\"<> %";

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

/// Reads an absolute URI that is to be written as it is (an identifier).
///
/// The URL parser percent-encodes what a web URL cannot hold, but takes the path of a URI
/// such as `tag:` or `urn:` nearly as it is; a character RFC 3986 leaves out of every URI (a
/// space, `"`, `<`, `>`, `\\`, `^`, `` ` ``, `{`, `|`, `}`) is refused there, so that the
/// identifier is a URI that feed readers compare as written.
pub(crate) fn parse_uri(text: &str) -> Result<Url, Error> {
    let url = parse_absolute(text)?;
    match url.as_str().chars().find(|&c| !in_uri(c)) {
        Some(c) => Err(ErrorKind::InvalidUrl {
            found: text.to_owned(),
            reason: format!(
                "`{c}` is not allowed in a URI; expected it percent-encoded, as `{}`",
                percent_encoding::utf8_percent_encode(
                    c.encode_utf8(&mut [0; 4]),
                    percent_encoding::NON_ALPHANUMERIC
                )
            ),
        }
        .into()),
        None => Ok(url),
    }
}

/// Whether RFC 3986 allows `c` in a URI: an unreserved or reserved character, or the `%`
/// of a percent-encoded octet.
fn in_uri(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)
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
