//! When an event starts or ends: a date or an instant.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use serde::{Deserialize, Serialize, Serializer};

use crate::model::error::{Error, ErrorKind};

/// When an event starts or ends: a calendar date for an all-day event, or an instant with
/// its UTC offset (schema.org `Date` or `DateTime`).
///
/// In JSON it is a string: `2018-01-17` or `2018-01-17T10:00:00+02:00`.
///
/// # Example
///
/// ```
/// use jaunumi::Moment;
///
/// let day: Moment = "2018-01-17".parse()?;
/// assert!(matches!(day, Moment::Date(_)));
/// let ten = jaunumi::riga::at(2018, 1, 17, 10, 0)?;
/// assert_eq!(Moment::from(ten).to_string(), "2018-01-17T10:00:00+02:00");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Moment {
    /// A calendar date, for an event that takes whole days.
    Date(NaiveDate),
    /// An instant with its UTC offset.
    Instant(DateTime<FixedOffset>),
}

impl Moment {
    /// Reads a date (`2018-01-17`) or an RFC 3339 date-time with offset
    /// (`2018-01-17T10:00:00+02:00`).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidMoment`] for anything else, such as a date-time without an offset.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::Moment::parse("2018-01-17T10:00:00").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, Error> {
        let text = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d")
            && text.len() == 10
        {
            return Ok(Moment::Date(date));
        }
        DateTime::parse_from_rfc3339(text)
            .map(Moment::Instant)
            .map_err(|_| {
                ErrorKind::InvalidMoment {
                    found: text.to_owned(),
                }
                .into()
            })
    }

    /// The calendar date: the date itself, or the local date of the instant in its offset.
    ///
    /// # Example
    ///
    /// ```
    /// let ten = jaunumi::riga::at(2018, 1, 17, 10, 0)?;
    /// assert_eq!(jaunumi::Moment::from(ten).date().to_string(), "2018-01-17");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date(&self) -> NaiveDate {
        match self {
            Moment::Date(date) => *date,
            Moment::Instant(instant) => instant.date_naive(),
        }
    }

    /// What kind of moment it is, in words: `a date` or `a date-time with offset`.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Moment::Date(_) => "a date",
            Moment::Instant(_) => "a date-time with offset",
        }
    }

    /// Whether `self` lies before `other`, when both are of the same kind.
    pub(crate) fn is_before(&self, other: &Moment) -> bool {
        match (self, other) {
            (Moment::Date(a), Moment::Date(b)) => a < b,
            (Moment::Instant(a), Moment::Instant(b)) => a < b,
            _ => false,
        }
    }
}

impl From<NaiveDate> for Moment {
    fn from(date: NaiveDate) -> Self {
        Moment::Date(date)
    }
}

impl From<DateTime<FixedOffset>> for Moment {
    fn from(instant: DateTime<FixedOffset>) -> Self {
        Moment::Instant(instant)
    }
}

impl std::str::FromStr for Moment {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Self::parse(text)
    }
}

impl TryFrom<String> for Moment {
    type Error = Error;

    fn try_from(text: String) -> Result<Self, Error> {
        Self::parse(&text)
    }
}

/// RFC 3339 / ISO 8601: `2018-01-17` or `2018-01-17T10:00:00+02:00` (fractions of a second
/// only when there are any).
impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Moment::Date(date) => write!(f, "{}", date.format("%Y-%m-%d")),
            Moment::Instant(instant) => {
                f.write_str(&instant.to_rfc3339_opts(SecondsFormat::AutoSi, false))
            }
        }
    }
}

impl Serialize for Moment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Moment::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Moment {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Moment".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date (`2018-01-17`) for an all-day event, or an RFC 3339 date-time with offset (`2018-01-17T10:00:00+02:00`).",
            "anyOf": [
                { "type": "string", "format": "date", "pattern": "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$" },
                { "type": "string", "format": "date-time" },
            ],
        })
    }
}
