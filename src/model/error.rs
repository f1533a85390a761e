//! The error type of the model: which field, what was wrong, what was expected.

use std::fmt;

use crate::riga;

/// A value that the model refused, with the path of the field that held it.
///
/// The path uses the JSON field names of the model (`publisher.address.postalCode`,
/// `authors[1].url`), so the same error reads the same whether the value came from a
/// constructor or from JSON. A value checked on its own (`"x".parse::<Slug>()`) has an
/// empty path.
///
/// # Example
///
/// ```
/// use jaunumi::{Article, ErrorKind};
///
/// let published = jaunumi::riga::at(2018, 1, 17, 12, 0)?;
/// let err = Article::builder("  ", "https://vdc.ventspils.lv/jaunumi/1", published)
///     .build()
///     .unwrap_err();
/// assert_eq!(err.field(), "title");
/// assert_eq!(err.kind(), &ErrorKind::Empty);
/// assert_eq!(err.to_string(), "title: must not be empty");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    path: String,
    kind: ErrorKind,
}

impl Error {
    /// An error about a value on its own, not yet placed in a field.
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Self {
            path: String::new(),
            kind,
        }
    }

    /// Places the error inside `field` of the enclosing value: `name` becomes
    /// `publisher.name` when called with `publisher`.
    pub(crate) fn at(mut self, field: &str) -> Self {
        if self.path.is_empty() {
            self.path = field.to_owned();
        } else if self.path.starts_with('[') {
            self.path.insert_str(0, field);
        } else {
            self.path.insert(0, '.');
            self.path.insert_str(0, field);
        }
        self
    }

    /// Places the error at `index` of a list field: `name` becomes `[1].name`,
    /// and after [`Error::at`] with `authors`, `authors[1].name`.
    pub(crate) fn at_index(mut self, index: usize) -> Self {
        let prefix = if self.path.is_empty() || self.path.starts_with('[') {
            format!("[{index}]")
        } else {
            format!("[{index}].")
        };
        self.path.insert_str(0, &prefix);
        self
    }

    /// The path of the field that held the refused value, in JSON field names
    /// (`title`, `publisher.address.postalCode`, `authors[0].name`); empty when the
    /// value was checked on its own.
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::PostalAddress::builder()
    ///     .postal_code("3601")
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.field(), "postalCode");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn field(&self) -> &str {
        &self.path
    }

    /// What was wrong with the value.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::{ErrorKind, WebUrl};
    ///
    /// let err = "/jaunumi/1".parse::<WebUrl>().unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InvalidUrl { .. }));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

impl std::error::Error for Error {}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Self::new(kind)
    }
}

/// `riga`'s error as the model's, with the same message: `riga::at(..)?` works in a function
/// that returns the model's error.
impl From<riga::Error> for Error {
    fn from(err: riga::Error) -> Self {
        Self::new(ErrorKind::LocalTime(err))
    }
}

/// What was wrong with a refused value.
///
/// Each message says what was found and what was expected; user input appears in
/// backticks.
///
/// # Example
///
/// ```
/// use jaunumi::ErrorKind;
///
/// let kind = ErrorKind::InvalidPostalCode { found: "3601".into() };
/// assert_eq!(
///     kind.to_string(),
///     "expected a Latvian postal code such as `LV-3601`, found `3601`",
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Required text was empty or only whitespace.
    #[error("must not be empty")]
    Empty,
    /// Text held a character that XML 1.0 cannot carry.
    #[error(
        "found {} at byte {offset}, which XML 1.0 cannot carry; expected text without control \
         characters other than tab, line feed and carriage return",
        codepoint(*character)
    )]
    ForbiddenCharacter {
        /// The refused character.
        character: char,
        /// Its byte offset in the text as given.
        offset: usize,
    },
    /// A URL did not parse as an absolute URL.
    #[error(
        "expected an absolute URL such as `https://www.ventspils.lv/`, found `{found}` ({reason})"
    )]
    InvalidUrl {
        /// The text as given.
        found: String,
        /// Why the URL parser refused it.
        reason: String,
    },
    /// A URL had a scheme other than those allowed for the field.
    #[error("expected {expected} URL, found scheme `{scheme}` in `{found}`")]
    UnsupportedScheme {
        /// The URL as given.
        found: String,
        /// Its scheme.
        scheme: String,
        /// Which schemes the field takes, in words.
        expected: &'static str,
    },
    /// A slug did not match `[a-z0-9]+(-[a-z0-9]+)*`.
    #[error(
        "expected a slug of lowercase ASCII letters and digits joined by single hyphens, found `{found}`"
    )]
    InvalidSlug {
        /// The text as given.
        found: String,
    },
    /// Text had no letter or digit to build a slug from.
    #[error("expected text with a letter or digit to build a slug from, found `{found}`")]
    NothingToSlug {
        /// The text as given.
        found: String,
    },
    /// Every numbered variant of a slug that fits the length limit was taken.
    #[error(
        "expected a free slug of at most {max} characters, found `{slug}` and every numbered \
         variant of it taken"
    )]
    NoFreeSlug {
        /// The slug as given.
        slug: String,
        /// The length limit.
        max: usize,
    },
    /// A language tag was not a well-formed BCP 47 tag.
    #[error("expected a BCP 47 language tag such as `lv`, `en` or `ru`, found `{found}`")]
    InvalidLanguage {
        /// The text as given.
        found: String,
    },
    /// The same language appeared twice where each may appear once.
    #[error("language `{language}` appears more than once; expected each language once")]
    DuplicateLanguage {
        /// The repeated language tag.
        language: String,
    },
    /// A translation named the article's own language.
    #[error(
        "translation language `{language}` is the article's own language; expected another language"
    )]
    TranslationInOwnLanguage {
        /// The language tag.
        language: String,
    },
    /// A postal code was not in the Latvian form `LV-1234`.
    #[error("expected a Latvian postal code such as `LV-3601`, found `{found}`")]
    InvalidPostalCode {
        /// The text as given.
        found: String,
    },
    /// A country code was not two ASCII letters.
    #[error("expected an ISO 3166-1 alpha-2 country code such as `LV`, found `{found}`")]
    InvalidCountryCode {
        /// The text as given.
        found: String,
    },
    /// A registration number was not 11 digits.
    #[error("expected a Latvian registration number of 11 digits, found `{found}`")]
    InvalidRegistrationNumber {
        /// The text as given.
        found: String,
    },
    /// A legal entity's registration number failed its check digit.
    #[error(
        "registration number `{found}` fails the check digit of Latvian legal entity numbers; \
         expected a number as the Register of Enterprises issued it"
    )]
    RegistrationNumberChecksum {
        /// The number as given.
        found: String,
    },
    /// An e-mail address was not well formed.
    #[error("expected an e-mail address such as `info@ventspils.lv`, found `{found}`")]
    InvalidEmail {
        /// The text as given.
        found: String,
    },
    /// A telephone number was not well formed.
    #[error(
        "expected a telephone number of 7 to 15 digits, optionally with a leading `+`, spaces, \
         hyphens and parentheses, found `{found}`"
    )]
    InvalidTelephone {
        /// The text as given.
        found: String,
    },
    /// A media type was not of the form `type/subtype`.
    #[error("expected a media type such as `image/jpeg`, found `{found}`")]
    InvalidMediaType {
        /// The text as given.
        found: String,
    },
    /// A currency code was not three upper-case ASCII letters.
    #[error("expected an ISO 4217 currency code such as `EUR`, found `{found}`")]
    InvalidCurrency {
        /// The text as given.
        found: String,
    },
    /// A price was not a non-negative decimal with at most two fraction digits.
    #[error("expected a price such as `5` or `12.50`, found `{found}`")]
    InvalidPrice {
        /// The text as given.
        found: String,
    },
    /// A number lay outside the range its field allows.
    #[error("expected {expected}, found `{found}`")]
    OutOfRange {
        /// The number as given.
        found: String,
        /// The allowed range, in words.
        expected: &'static str,
    },
    /// An instant was not an RFC 3339 date-time with a UTC offset.
    #[error(
        "expected an RFC 3339 date-time with offset such as `2018-01-17T12:00:00+02:00`, found `{found}`"
    )]
    InvalidInstant {
        /// The text as given.
        found: String,
    },
    /// A date or date-time was neither an RFC 3339 date-time nor a calendar date.
    #[error(
        "expected a date such as `2018-01-17` or a date-time with offset such as \
         `2018-01-17T12:00:00+02:00`, found `{found}`"
    )]
    InvalidMoment {
        /// The text as given.
        found: String,
    },
    /// A Riga local date and time named no instant (see [`riga::Error`]); the message is
    /// `riga`'s own.
    #[error(transparent)]
    LocalTime(#[from] riga::Error),
    /// A later point in time came before an earlier one.
    #[error("expected a time not before `{earlier_field}` (`{earlier}`), found `{found}`")]
    OutOfOrder {
        /// The value that came too early.
        found: String,
        /// The field it must not precede.
        earlier_field: &'static str,
        /// That field's value.
        earlier: String,
    },
    /// A value was missing that another field makes necessary.
    #[error("must be given {reason}")]
    Missing {
        /// Which other field makes it necessary, in words.
        reason: &'static str,
    },
    /// A value was given that another field rules out.
    #[error("must not be given {reason}")]
    NotAllowed {
        /// Which other field rules it out, in words.
        reason: &'static str,
    },
    /// An event's end was a date where its start was an instant, or the reverse.
    #[error("expected {expected} like `start`, found `{found}`")]
    MixedMoments {
        /// The value as given.
        found: String,
        /// What the start is, in words.
        expected: &'static str,
    },
}

/// `U+000B`, the way Unicode names a code point.
fn codepoint(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}
