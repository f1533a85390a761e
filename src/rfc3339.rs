//! Instants as RFC 3339 text with their own offset, seconds always, fractions only when
//! there are any (`2018-01-17T12:00:00+02:00`): exactly chrono's
//! `to_rfc3339_opts(SecondsFormat::AutoSi, false)`, which the model's JSON, Atom and
//! JSON-LD write. A leaf: it imports nothing of the crate.
//!
//! # Performance
//!
//! The instants of news (four-digit years, whole seconds, offsets in whole minutes) are
//! put together from fixed-width digits, the local date and time read once; anything else
//! goes to chrono, whose general formatter costs several times as much, and every feed entry
//! and graph writes two or three instants. The property test `format_is_chronos_rfc3339`
//! holds the two equal for every instant.

use chrono::{DateTime, Datelike as _, FixedOffset, SecondsFormat, Timelike as _};

/// An instant as RFC 3339 with its own offset, seconds always, fractions only when there
/// are any: `2018-01-17T12:00:00+02:00`.
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

/// `n` (below 100) as two decimal digits: the digits of RFC 3339 here, and of RFC 822 in
/// the RSS writer.
pub(crate) fn two_digits(n: u32) -> [u8; 2] {
    [b'0' + (n / 10 % 10) as u8, b'0' + (n % 10) as u8]
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
