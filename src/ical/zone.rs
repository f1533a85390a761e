//! Europe/Riga as a `VTIMEZONE`, and instants as the local times it describes.
//!
//! The calendar carries one rule, the one in force since 2001 (the European Union's):
//! summer time (`+03:00`) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
//! last Sunday of October. A local time is written only where that rule is the one readers
//! apply and where it names one instant; every other instant is written in UTC.

use chrono::{DateTime, Datelike as _, FixedOffset, NaiveDate, NaiveDateTime, TimeDelta, Weekday};

use super::line::Lines;

/// The `TZID` of the calendar's one time zone.
pub(super) const TZID: &str = "Europe/Riga";

/// Riga's offset in winter, in seconds.
const WINTER: i32 = 2 * 3600;
/// Riga's offset in summer, in seconds.
const SUMMER: i32 = 3 * 3600;

/// The first year the `VTIMEZONE`'s rule describes: Latvia kept winter time through 2000
/// and has followed the European Union's rule since 25 March 2001.
pub(super) const FIRST_YEAR: i32 = 2001;

/// The last year local times are written in: the last year of changes in chrono-tz's
/// tables (the model's own Riga time), and well before the years libical stops expanding
/// a `VTIMEZONE`'s rules (it reads summer times after about 2580 an hour off).
pub(super) const LAST_YEAR: i32 = 2099;

/// The lines of the `VTIMEZONE`, in the shape of libical's `vzic` reference for the rule
/// in force since 2001: each onset is the local time before the change (03:00 in March,
/// 04:00 in October), repeated by `RRULE`.
pub(super) fn write(lines: &mut Lines) {
    lines.line("BEGIN", "VTIMEZONE");
    lines.line("TZID", TZID);
    lines.line("BEGIN", "DAYLIGHT");
    lines.line("TZOFFSETFROM", "+0200");
    lines.line("TZOFFSETTO", "+0300");
    lines.line("TZNAME", "EEST");
    lines.line("DTSTART", "20010325T030000");
    lines.line("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    lines.line("END", "DAYLIGHT");
    lines.line("BEGIN", "STANDARD");
    lines.line("TZOFFSETFROM", "+0300");
    lines.line("TZOFFSETTO", "+0200");
    lines.line("TZNAME", "EET");
    lines.line("DTSTART", "20011028T040000");
    lines.line("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    lines.line("END", "STANDARD");
    lines.line("END", "VTIMEZONE");
}

/// How an instant is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Written {
    /// As Riga local time, `DTSTART;TZID=Europe/Riga:20240623T190000`.
    Local(NaiveDateTime),
    /// In UTC, `DTSTART:20240331T013000Z`.
    Utc(NaiveDateTime),
}

/// The last Sunday of `month` in `year`, at 01:00 UTC: when the clocks change.
fn change(year: i32, month: u32) -> Option<NaiveDateTime> {
    let last = NaiveDate::from_ymd_opt(year, month, 31)?;
    let back = last.weekday().num_days_from_sunday();
    let sunday = last - TimeDelta::days(i64::from(back));
    debug_assert_eq!(sunday.weekday(), Weekday::Sun);
    sunday.and_hms_opt(1, 0, 0)
}

/// How `instant` (whole seconds) is written: in Riga local time when the `VTIMEZONE`'s
/// rule covers it and its local time names it alone, in UTC otherwise. `None` when no
/// calendar can hold it (outside the years 1 to 9999).
///
/// In UTC are:
/// - instants before the rule's first onset (01:00 UTC on 25 March 2001): the calendar
///   does not carry the older rules, and readers disagree on times before a zone's first
///   onset;
/// - instants after 2099 (in UTC), where the model's Riga time has no summer time and
///   libical, far enough on, stops applying the rule;
/// - instants whose Riga local time occurs twice (03:00–03:59 on the last Sunday of
///   October);
/// - instants written with one of Riga's offsets at a local time that Riga skips
///   (03:00–03:59 on the last Sunday of March, such as `03:30+02:00`), which readers would
///   resolve each their own way if the text were taken for Riga time.
pub(super) fn written(instant: &DateTime<FixedOffset>) -> Option<Written> {
    let utc = instant.naive_utc();
    let year = utc.year();
    if !(1..=9999).contains(&year) {
        return None;
    }
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Some(Written::Utc(utc));
    }
    let spring = change(year, 3)?;
    let autumn = change(year, 10)?;
    if utc < spring && year == FIRST_YEAR {
        return Some(Written::Utc(utc));
    }
    let hour = TimeDelta::hours(1);
    if autumn - hour <= utc && utc < autumn + hour {
        return Some(Written::Utc(utc));
    }
    let offset = instant.offset().local_minus_utc();
    if offset == WINTER || offset == SUMMER {
        let own = instant.naive_local();
        let skipped = spring + TimeDelta::seconds(i64::from(WINTER));
        if own.date() == skipped.date() && skipped <= own && own < skipped + hour {
            return Some(Written::Utc(utc));
        }
    }
    let summer = spring <= utc && utc < autumn;
    let local = utc + TimeDelta::seconds(i64::from(if summer { SUMMER } else { WINTER }));
    Some(Written::Local(local))
}

#[cfg(test)]
mod tests {
    use chrono::{Offset as _, TimeZone as _, Timelike as _, Utc};

    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn local(text: &str) -> Option<Written> {
        Some(Written::Local(text.parse().unwrap()))
    }

    fn utc(text: &str) -> Option<Written> {
        Some(Written::Utc(text.parse().unwrap()))
    }

    #[test]
    fn local_time_where_it_names_one_instant() {
        assert_eq!(
            written(&at("2024-06-23T19:00:00+03:00")),
            local("2024-06-23T19:00:00")
        );
        assert_eq!(
            written(&at("2024-01-17T10:00:00Z")),
            local("2024-01-17T12:00:00")
        );
        // The last minute before each change, and the first after the fold.
        assert_eq!(
            written(&at("2024-03-31T02:59:59+02:00")),
            local("2024-03-31T02:59:59")
        );
        assert_eq!(
            written(&at("2024-03-31T04:00:00+03:00")),
            local("2024-03-31T04:00:00")
        );
        assert_eq!(
            written(&at("2024-10-27T02:59:59+03:00")),
            local("2024-10-27T02:59:59")
        );
        assert_eq!(
            written(&at("2024-10-27T04:00:00+02:00")),
            local("2024-10-27T04:00:00")
        );
    }

    #[test]
    fn utc_in_the_fold_and_for_a_local_time_riga_skips() {
        assert_eq!(
            written(&at("2024-10-27T03:00:00+03:00")),
            utc("2024-10-27T00:00:00")
        );
        assert_eq!(
            written(&at("2024-10-27T03:59:59+02:00")),
            utc("2024-10-27T01:59:59")
        );
        assert_eq!(
            written(&at("2024-03-31T03:30:00+02:00")),
            utc("2024-03-31T01:30:00")
        );
        assert_eq!(
            written(&at("2024-03-31T03:30:00+03:00")),
            utc("2024-03-31T00:30:00")
        );
        // 03:30 in another offset is not a Riga local time: it is 06:30 there.
        assert_eq!(
            written(&at("2024-03-31T03:30:00Z")),
            local("2024-03-31T06:30:00")
        );
    }

    #[test]
    fn utc_before_the_rule_and_after_2099_and_none_outside_what_a_calendar_holds() {
        assert_eq!(
            written(&at("2000-06-01T12:00:00+02:00")),
            utc("2000-06-01T10:00:00")
        );
        assert_eq!(
            written(&at("2001-03-25T02:59:59+02:00")),
            utc("2001-03-25T00:59:59")
        );
        assert_eq!(
            written(&at("2001-03-25T04:00:00+03:00")),
            local("2001-03-25T04:00:00")
        );
        assert_eq!(
            written(&at("2099-12-31T23:59:59Z")),
            local("2100-01-01T01:59:59")
        );
        assert_eq!(
            written(&at("2100-07-01T12:00:00+03:00")),
            utc("2100-07-01T09:00:00")
        );
        assert_eq!(
            written(&at("9999-12-31T23:00:00Z")),
            utc("9999-12-31T23:00:00")
        );
        assert_eq!(written(&at("0000-12-31T23:00:00Z")), None);
        assert_eq!(written(&at("0001-01-01T00:30:00+01:00")), None);
        assert_eq!(
            written(&at("9999-12-31T23:30:00-01:00")),
            None,
            "year 10000 in UTC"
        );
    }

    /// The rule the calendar publishes is chrono-tz's (the model's) for every year from
    /// 2001 to 2099, where chrono-tz's tables of changes end: the same instants of change,
    /// and nothing else changes in between. (Later instants are still written exactly:
    /// their local time comes from the rule, not from chrono-tz.)
    #[test]
    fn the_rule_is_the_tz_databases_from_2001() {
        let riga = chrono_tz::Europe::Riga;
        let offset_at = |utc: NaiveDateTime| riga.offset_from_utc_datetime(&utc).fix();
        for year in FIRST_YEAR..=2099 {
            let spring = change(year, 3).unwrap();
            let autumn = change(year, 10).unwrap();
            let second = TimeDelta::seconds(1);
            assert_eq!(offset_at(spring - second).local_minus_utc(), WINTER);
            assert_eq!(offset_at(spring).local_minus_utc(), SUMMER, "{year}");
            assert_eq!(offset_at(autumn - second).local_minus_utc(), SUMMER);
            assert_eq!(offset_at(autumn).local_minus_utc(), WINTER);
            // Every hour of the year: the rule's offset is chrono-tz's.
            let mut utc = NaiveDate::from_ymd_opt(year, 1, 1)
                .unwrap()
                .and_hms_opt(0, 30, 0)
                .unwrap();
            while utc.year() == year {
                let instant = Utc.from_utc_datetime(&utc).with_timezone(&offset_at(utc));
                match written(&instant).unwrap() {
                    Written::Local(local) => {
                        assert_eq!(local, instant.naive_local(), "{instant}");
                        assert!(riga.from_local_datetime(&local).single().is_some());
                    }
                    Written::Utc(at) => {
                        assert_eq!(at, utc);
                        assert!(
                            (autumn - TimeDelta::hours(1) <= utc
                                && utc < autumn + TimeDelta::hours(1))
                                || (year == FIRST_YEAR && utc < spring),
                            "{instant} in UTC"
                        );
                    }
                }
                utc += TimeDelta::minutes(if utc.hour() < 5 { 15 } else { 60 });
            }
        }
        // Before 2001 the tz database has other rules (none at all in 2000).
        assert_eq!(
            offset_at("2000-07-01T00:00:00".parse().unwrap()).local_minus_utc(),
            WINTER
        );
    }
}
