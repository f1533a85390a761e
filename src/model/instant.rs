//! Instants in JSON: RFC 3339 date-times with their UTC offset.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serializer};

use crate::model::error::{Error, ErrorKind};
use crate::rfc3339;

/// An instant as read from JSON, checked when its model value is built.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub(crate) struct Rfc3339(String);

impl TryFrom<Rfc3339> for DateTime<FixedOffset> {
    type Error = Error;

    fn try_from(text: Rfc3339) -> Result<Self, Error> {
        parse(&text.0)
    }
}

/// Reads an RFC 3339 date-time; the offset is required.
pub(crate) fn parse(text: &str) -> Result<DateTime<FixedOffset>, Error> {
    DateTime::parse_from_rfc3339(text.trim()).map_err(|_| {
        ErrorKind::InvalidInstant {
            found: text.to_owned(),
        }
        .into()
    })
}

/// Writes an instant in JSON as RFC 3339 with its own offset ([`rfc3339::format`]).
pub(crate) fn serialize<S: Serializer>(
    instant: &DateTime<FixedOffset>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&rfc3339::format(instant))
}

pub(crate) fn serialize_optional<S: Serializer>(
    instant: &Option<DateTime<FixedOffset>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match instant {
        Some(instant) => serialize(instant, serializer),
        None => serializer.serialize_none(),
    }
}
