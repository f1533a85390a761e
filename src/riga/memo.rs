//! Riga's offsets for the years 1900–2100, memoised from chrono-tz: the fast path of
//! [`LocalTimePolicy::resolve`](crate::riga::LocalTimePolicy::resolve) (see the
//! `# Performance` paragraph of [`riga`](crate::riga)).
//!
//! Each year asks chrono-tz once, the first time one of its local times is resolved: the
//! offset in force when the year begins, and for each change of offset the local stretch
//! that the change skips or repeats. A local time outside those stretches names exactly
//! one instant, at the offset of the last change before it; a local time inside one is
//! left to chrono-tz, as is every year outside 1900–2100. The tests compare this with
//! chrono-tz for every hour of those years and every minute and second around each change
//! (and, on demand, every minute).

use std::sync::OnceLock;

use chrono::{
    DateTime, Datelike as _, FixedOffset, NaiveDate, NaiveDateTime, Offset as _, TimeZone as _,
    Timelike as _,
};

use crate::riga::TIME_ZONE;

/// The first year memoised.
const FIRST_YEAR: i32 = 1900;
/// The last year memoised.
const LAST_YEAR: i32 = 2100;
/// How many years are memoised.
const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;
/// The most changes of offset a memoised year may have (Riga has at most three); a
/// year with more is left to chrono-tz.
const MAX_CHANGES: usize = 4;
const DAY: i64 = 86_400;
/// How far apart the scan asks chrono-tz for the offset. Two changes closer than this
/// that cancel out would go unseen; Riga has none, as the tests show.
const STEP: i64 = DAY;

/// Each year's offsets, scanned when first needed.
static MEMO: [OnceLock<Option<Year>>; YEARS] = [const { OnceLock::new() }; YEARS];

/// One change of offset, in seconds of local time from the start of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Change {
    /// Where the stretch of local time that the change skips or repeats begins.
    from: i64,
    /// Where it ends: local times from here on name one instant at `offset`.
    to: i64,
    /// The offset after the change.
    offset: FixedOffset,
}

/// The offsets of the local times of one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Year {
    /// The offset in force before the first change.
    offset: FixedOffset,
    /// The changes whose stretches reach into the year, in order; the first `len` count,
    /// and the others begin and end at `i64::MAX`.
    changes: [Change; MAX_CHANGES],
    len: usize,
}

/// The instant of a Riga local time that names exactly one instant, as chrono-tz gives
/// it; `None` for a time in a skipped or repeated stretch, or outside 1900–2100.
#[inline]
pub(super) fn single(local: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
    let index = usize::try_from(local.year() - FIRST_YEAR).ok()?;
    let year = MEMO
        .get(index)?
        .get_or_init(|| Year::scan(local.year()))
        .as_ref()?;
    let second =
        i64::from(local.ordinal0()) * DAY + i64::from(local.time().num_seconds_from_midnight());
    // As chrono does for a time zone's single offset.
    let offset = year.offset(second)?;
    let utc = local.checked_sub_offset(offset)?;
    Some(DateTime::from_naive_utc_and_offset(utc, offset))
}

impl Year {
    /// The offset of the local time `second` seconds into the year, when that time names
    /// exactly one instant.
    ///
    /// Every slot is looked at, without a branch on the changes (whether a date in the news
    /// falls in summer or winter time is as good as random); the unused slots begin and end
    /// at `i64::MAX`, which no second reaches.
    #[inline(always)]
    fn offset(&self, second: i64) -> Option<FixedOffset> {
        let mut offset = self.offset;
        let mut single = true;
        for change in &self.changes {
            let past = second >= change.to;
            single &= past | (second < change.from);
            offset = if past { change.offset } else { offset };
        }
        single.then_some(offset)
    }

    /// Asks chrono-tz for the offsets of `year`'s local times; `None` when the year has
    /// more changes than fit.
    fn scan(year: i32) -> Option<Year> {
        let start = NaiveDate::from_ymd_opt(year, 1, 1)?
            .and_hms_opt(0, 0, 0)?
            .and_utc()
            .timestamp();
        let end = NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            .and_hms_opt(0, 0, 0)?
            .and_utc()
            .timestamp();
        // An offset is less than a day, so a change whose stretch reaches into the year
        // happens within a day of its local start or end; scan from two days before.
        let mut at = start - 2 * DAY;
        let mut before = offset_at(at)?;
        let mut memo = Year {
            offset: before,
            changes: [Change {
                from: i64::MAX,
                to: i64::MAX,
                offset: before,
            }; MAX_CHANGES],
            len: 0,
        };
        while at < end + 2 * DAY {
            let after = offset_at(at + STEP)?;
            if after != before {
                let utc = first_second_at(at, at + STEP, before)?;
                let (a, b) = (
                    utc + i64::from(before.local_minus_utc()) - start,
                    utc + i64::from(after.local_minus_utc()) - start,
                );
                let change = Change {
                    from: a.min(b),
                    to: a.max(b),
                    offset: after,
                };
                if change.to <= 0 {
                    // Over before the year begins.
                    memo.offset = after;
                } else if change.from < end - start {
                    *memo.changes.get_mut(memo.len)? = change;
                    memo.len += 1;
                }
            }
            before = after;
            at += STEP;
        }
        Some(memo)
    }
}

/// chrono-tz's offset at the UTC instant `timestamp`.
fn offset_at(timestamp: i64) -> Option<FixedOffset> {
    let utc = DateTime::from_timestamp(timestamp, 0)?.naive_utc();
    Some(TIME_ZONE.offset_from_utc_datetime(&utc).fix())
}

/// The first second after `low` whose offset is not `before`, given that `high`'s is not.
fn first_second_at(mut low: i64, mut high: i64, before: FixedOffset) -> Option<i64> {
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if offset_at(middle)? == before {
            low = middle;
        } else {
            high = middle;
        }
    }
    Some(high)
}

#[cfg(test)]
mod tests {
    use chrono::{LocalResult, NaiveTime, TimeDelta};

    use super::*;

    /// chrono-tz's own answer, when it names exactly one instant.
    fn chrono_tz(local: NaiveDateTime) -> Option<(NaiveDateTime, i32)> {
        match TIME_ZONE.from_local_datetime(&local) {
            LocalResult::Single(instant) => Some((
                instant.naive_utc(),
                instant.offset().fix().local_minus_utc(),
            )),
            _ => None,
        }
    }

    /// The memo's answer, in the same terms.
    fn memo(local: NaiveDateTime) -> Option<(NaiveDateTime, i32)> {
        single(local).map(|instant| (instant.naive_utc(), instant.offset().local_minus_utc()))
    }

    fn at(day: NaiveDate, second: i64) -> NaiveDateTime {
        day.and_time(NaiveTime::MIN) + TimeDelta::seconds(second)
    }

    fn days() -> impl Iterator<Item = NaiveDate> {
        let first = NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap();
        first.iter_days().take_while(move |day| *day <= last)
    }

    /// Every hour of 1900–2100; and every minute of each day on which
    /// chrono-tz's answer changes, and every second within two minutes of each end of a
    /// skipped or repeated stretch.
    #[test]
    fn the_memo_says_what_chrono_tz_says_from_1900_to_2100() {
        let mut changing_days = Vec::new();
        let mut last = None;
        for day in days() {
            let mut changes = false;
            for hour in 0..24 {
                let local = at(day, hour * 3600);
                let expected = chrono_tz(local);
                assert_eq!(memo(local), expected, "{local}");
                let offset = expected.map(|(_, offset)| offset);
                changes |= last.is_some_and(|last| last != offset);
                last = Some(offset);
            }
            if changes {
                changing_days.extend([day.pred_opt().unwrap(), day]);
            }
        }
        // The 1926 change to EET, the wars, Soviet and EU summer time: at least two a year
        // since 1981 but 2000.
        assert!(changing_days.len() > 2 * 2 * 100, "{}", changing_days.len());
        for day in changing_days {
            for minute in 0..24 * 60 {
                let local = at(day, minute * 60);
                assert_eq!(memo(local), chrono_tz(local), "{local}");
            }
        }
        for year in FIRST_YEAR..=LAST_YEAR {
            let memo_year = Year::scan(year).unwrap();
            let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            for change in &memo_year.changes[..memo_year.len] {
                for edge in [change.from, change.to] {
                    for second in edge - 120..edge + 120 {
                        let local = at(start, second);
                        assert_eq!(memo(local), chrono_tz(local), "{local}");
                    }
                }
            }
        }
    }

    #[test]
    fn riga_changes_are_where_the_tz_database_puts_them() {
        let changes = |year| {
            let memo = Year::scan(year).unwrap();
            let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            memo.changes[..memo.len]
                .iter()
                .map(|c| (at(start, c.from).to_string(), at(start, c.to).to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            changes(2024),
            [
                ("2024-03-31 03:00:00".into(), "2024-03-31 04:00:00".into()),
                ("2024-10-27 03:00:00".into(), "2024-10-27 04:00:00".into()),
            ]
        );
        // Latvia kept winter time through 2000.
        assert_eq!(changes(2000).len(), 0);
        // Riga Mean Time (+01:36:34) to EET: 23 minutes and 26 seconds skipped.
        assert_eq!(
            changes(1926),
            [("1926-05-11 00:00:00".into(), "1926-05-11 00:23:26".into())]
        );
    }

    /// Every minute of 1900–2100: slow in a debug build, so run on demand:
    /// `cargo test --release --lib riga -- --ignored`.
    #[test]
    #[ignore = "every minute of two centuries; run with --release"]
    fn the_memo_says_what_chrono_tz_says_every_minute() {
        for day in days() {
            for minute in 0..24 * 60 {
                let local = at(day, minute * 60);
                assert_eq!(memo(local), chrono_tz(local), "{local}");
            }
        }
    }
}
