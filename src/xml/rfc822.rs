//! RFC 822 dates (as RFC 2822 updates them), the dates of RSS.

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};

use crate::rfc3339::two_digits;

const WEEKDAYS: [[u8; 3]; 7] = [
    *b"Mon", *b"Tue", *b"Wed", *b"Thu", *b"Fri", *b"Sat", *b"Sun",
];
const MONTHS: [[u8; 3]; 12] = [
    *b"Jan", *b"Feb", *b"Mar", *b"Apr", *b"May", *b"Jun", *b"Jul", *b"Aug", *b"Sep", *b"Oct",
    *b"Nov", *b"Dec",
];

/// Appends an instant in the date-time format of RFC 822 (as RFC 2822 updates it), with English
/// day and month names and a numeric offset, to the second: `Wed, 17 Jan 2018 12:00:00
/// +0200`. An offset that is not a whole or half hour (`+0545`, or one with seconds, which
/// the format cannot carry) is written as the same instant in UTC: the W3C validator takes
/// other offsets for mistakes (`ProblematicalRFC822Date`).
pub(crate) fn push(out: &mut Vec<u8>, instant: &DateTime<FixedOffset>) {
    let instant = if instant.offset().local_minus_utc() % 1800 == 0 {
        *instant
    } else {
        instant.with_timezone(&Utc).fixed_offset()
    };
    let offset = instant.offset().local_minus_utc();
    let minutes = offset.unsigned_abs() / 60;
    let sign = if offset < 0 { b'-' } else { b'+' };
    // The local date and time, read once.
    let local = instant.naive_local();
    let [w0, w1, w2] = WEEKDAYS[local.weekday().num_days_from_monday() as usize];
    let [m0, m1, m2] = MONTHS[local.month0() as usize];
    let [d0, d1] = two_digits(local.day());
    out.extend_from_slice(&[w0, w1, w2, b',', b' ', d0, d1, b' ', m0, m1, m2, b' ']);
    match u32::try_from(local.year()) {
        Ok(year @ 1000..=9999) => {
            let [c0, c1] = two_digits(year / 100);
            let [y0, y1] = two_digits(year % 100);
            out.extend_from_slice(&[c0, c1, y0, y1]);
        }
        // A year RFC 822 was not written for: as many digits as it takes, at least four.
        _ => out.extend_from_slice(format!("{:04}", local.year()).as_bytes()),
    }
    let [h0, h1] = two_digits(local.hour());
    let [mi0, mi1] = two_digits(local.minute());
    let [s0, s1] = two_digits(local.second());
    let [oh0, oh1] = two_digits(minutes / 60);
    let [om0, om1] = two_digits(minutes % 60);
    out.extend_from_slice(&[
        b' ', h0, h1, b':', mi0, mi1, b':', s0, s1, b' ', sign, oh0, oh1, om0, om1,
    ]);
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset, Utc};
    use proptest::prelude::*;

    fn rfc822(instant: &DateTime<FixedOffset>) -> String {
        let mut out = Vec::new();
        super::push(&mut out, instant);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn rfc822_dates() -> Result<(), Box<dyn std::error::Error>> {
        let winter = crate::riga::at(2018, 1, 17, 12, 0)?;
        assert_eq!(rfc822(&winter), "Wed, 17 Jan 2018 12:00:00 +0200");
        let summer = crate::riga::at(2024, 7, 1, 9, 5)?;
        assert_eq!(rfc822(&summer), "Mon, 01 Jul 2024 09:05:00 +0300");
        let west = DateTime::parse_from_rfc3339("2024-12-29T23:59:59.9-03:30")?;
        assert_eq!(rfc822(&west), "Sun, 29 Dec 2024 23:59:59 -0330");
        let odd = DateTime::parse_from_rfc3339("1879-06-01T12:00:00+01:36")?
            .with_timezone(&FixedOffset::east_opt(5794).ok_or("an offset")?);
        assert_eq!(rfc822(&odd), "Sun, 01 Jun 1879 10:24:00 +0000");
        let kathmandu = DateTime::parse_from_rfc3339("2024-05-18T09:30:00+05:45")?;
        assert_eq!(rfc822(&kathmandu), "Sat, 18 May 2024 03:45:00 +0000");
        Ok(())
    }

    proptest! {
        /// The digits put together here and chrono's formatter write the same date for
        /// every instant of years 0 to 9999, in its own offset when that is a whole or half
        /// hour and in UTC otherwise.
        #[test]
        fn rfc822_is_chronos_format(
            seconds in -62_000_000_000_i64..253_000_000_000,
            nanos in 0_u32..1_000_000_000,
            offset in prop_oneof![
                Just(0),
                Just(7200),
                Just(10_800),
                (-48_i32..49).prop_map(|h| h * 1800),
                -86_399_i32..86_400,
            ],
        ) {
            let offset = FixedOffset::east_opt(offset).unwrap_or(FixedOffset::east_opt(0).unwrap());
            if let Some(utc) = DateTime::from_timestamp(seconds, nanos) {
                let instant = utc.with_timezone(&offset);
                let shown = if offset.local_minus_utc() % 1800 == 0 {
                    instant
                } else {
                    instant.with_timezone(&Utc).fixed_offset()
                };
                let expected = shown.format("%a, %d %b %Y %H:%M:%S %z").to_string();
                prop_assert_eq!(rfc822(&instant), expected);
            }
        }
    }
}
