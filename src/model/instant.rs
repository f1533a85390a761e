//! Instants in JSON: RFC 3339 date-times with their UTC offset.

use chrono::{DateTime, Datelike as _, FixedOffset, SecondsFormat, Timelike as _};
use serde::{Deserialize, Serializer};

use crate::model::error::{Error, ErrorKind};

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
    match fixed_width(instant)
        .as_ref()
        .map(|text| std::str::from_utf8(text))
    {
        Some(Ok(text)) => text.to_owned(),
        _ => instant.to_rfc3339_opts(SecondsFormat::AutoSi, false),
    }
}

/// Appends `instant` to `out` as [`format`] writes it, without allocating when `out` has
/// room.
pub(crate) fn push(out: &mut Vec<u8>, instant: &DateTime<FixedOffset>) {
    match fixed_width(instant) {
        Some(text) => out.extend_from_slice(&text),
        None => out.extend_from_slice(
            instant
                .to_rfc3339_opts(SecondsFormat::AutoSi, false)
                .as_bytes(),
        ),
    }
}

/// The 25 bytes of `instant` in RFC 3339 when it has the fixed width of news instants (a
/// year of four digits, whole seconds, an offset in whole minutes); `None` otherwise.
fn fixed_width(instant: &DateTime<FixedOffset>) -> Option<[u8; 25]> {
    // The local fields read once: `DateTime`'s own accessors each add the offset again.
    let local = instant.naive_local();
    let offset = instant.offset().local_minus_utc();
    let Ok(year @ 0..=9999) = u32::try_from(local.year()) else {
        return None;
    };
    if local.nanosecond() != 0 || offset % 60 != 0 {
        return None;
    }
    let minutes = offset.unsigned_abs() / 60;
    let sign = if offset < 0 { b'-' } else { b'+' };
    let [c0, c1] = two_digits(year / 100);
    let [y0, y1] = two_digits(year % 100);
    let [mo0, mo1] = two_digits(local.month());
    let [d0, d1] = two_digits(local.day());
    let [h0, h1] = two_digits(local.hour());
    let [mi0, mi1] = two_digits(local.minute());
    let [s0, s1] = two_digits(local.second());
    let [oh0, oh1] = two_digits(minutes / 60);
    let [om0, om1] = two_digits(minutes % 60);
    Some([
        c0, c1, y0, y1, b'-', mo0, mo1, b'-', d0, d1, b'T', h0, h1, b':', mi0, mi1, b':', s0, s1,
        sign, oh0, oh1, b':', om0, om1,
    ])
}

/// `n` (below 100) as two decimal digits.
pub(crate) fn two_digits(n: u32) -> [u8; 2] {
    [b'0' + (n / 10 % 10) as u8, b'0' + (n % 10) as u8]
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
