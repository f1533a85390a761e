//! Instants in JSON: RFC 3339 date-times with their UTC offset.

use chrono::{DateTime, Datelike as _, FixedOffset, SecondsFormat, Timelike as _};
use serde::{Deserialize, Serializer};

use crate::{Error, ErrorKind};

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

/// Writes an instant as RFC 3339 with its own offset, seconds always, fractions only when
/// there are any: `2018-01-17T12:00:00+02:00`.
///
/// Exactly chrono's `to_rfc3339_opts(SecondsFormat::AutoSi, false)`, which the instants of
/// news (whole seconds, four-digit years, offsets in whole minutes) skip: every feed entry
/// and graph writes two or three instants, and chrono's general formatter costs ten times
/// these fixed-width digits. Anything else goes to chrono; a property test holds the two
/// together.
pub(crate) fn format(instant: &DateTime<FixedOffset>) -> String {
    let mut out = String::with_capacity(25);
    push(&mut out, instant);
    out
}

/// Appends `instant` to `out` as [`format`] writes it, without allocating when `out` has
/// room.
pub(crate) fn push(out: &mut String, instant: &DateTime<FixedOffset>) {
    let local = instant.naive_local();
    let offset = instant.offset().local_minus_utc();
    let Ok(year @ 0..=9999) = u32::try_from(local.year()) else {
        out.push_str(&instant.to_rfc3339_opts(SecondsFormat::AutoSi, false));
        return;
    };
    if local.nanosecond() != 0 || offset % 60 != 0 {
        out.push_str(&instant.to_rfc3339_opts(SecondsFormat::AutoSi, false));
        return;
    }
    push_two_digits(out, year / 100);
    push_two_digits(out, year % 100);
    out.push('-');
    push_two_digits(out, local.month());
    out.push('-');
    push_two_digits(out, local.day());
    out.push('T');
    push_two_digits(out, local.hour());
    out.push(':');
    push_two_digits(out, local.minute());
    out.push(':');
    push_two_digits(out, local.second());
    out.push(if offset < 0 { '-' } else { '+' });
    let minutes = offset.unsigned_abs() / 60;
    push_two_digits(out, minutes / 60);
    out.push(':');
    push_two_digits(out, minutes % 60);
}

/// `n` (below 100) as two decimal digits.
pub(crate) fn push_two_digits(out: &mut String, n: u32) {
    out.push(char::from(b'0' + (n / 10 % 10) as u8));
    out.push(char::from(b'0' + (n % 10) as u8));
}

pub(crate) fn serialize<S: Serializer>(
    instant: &DateTime<FixedOffset>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format(instant))
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

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use proptest::prelude::*;

    proptest! {
        /// The fixed-width digits and chrono write the same text for every instant: years
        /// before 0 and after 9999, fractions, leap seconds, offsets with seconds.
        #[test]
        fn format_is_chronos_rfc3339(
            seconds in -70_000_000_000_i64..260_000_000_000,
            nanos in prop_oneof![Just(0_u32), Just(500_000_000), 0_u32..2_000_000_000],
            offset in prop_oneof![
                Just(0),
                Just(7200),
                Just(10_800),
                (-1439_i32..1440).prop_map(|m| m * 60),
                -86_399_i32..86_400,
            ],
        ) {
            let offset = FixedOffset::east_opt(offset).unwrap();
            if let Some(utc) = DateTime::from_timestamp(seconds, nanos) {
                let instant = utc.with_timezone(&offset);
                prop_assert_eq!(
                    super::format(&instant),
                    instant.to_rfc3339_opts(SecondsFormat::AutoSi, false)
                );
            }
        }
    }

    #[test]
    fn riga_in_winter_and_summer() {
        let winter = DateTime::parse_from_rfc3339("2018-01-17T12:00:00+02:00").unwrap();
        let summer = DateTime::parse_from_rfc3339("0999-07-01T00:05:09-03:30").unwrap();
        assert_eq!(super::format(&winter), "2018-01-17T12:00:00+02:00");
        assert_eq!(super::format(&summer), "0999-07-01T00:05:09-03:30");
    }
}
