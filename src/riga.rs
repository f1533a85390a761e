//! Instants from Riga local time (Europe/Riga), with their real UTC offset.
//!
//! Latvia is on Eastern European Time: `+02:00` in winter and `+03:00` from the last
//! Sunday of March to the last Sunday of October. The model keeps every instant as a
//! `chrono::DateTime<FixedOffset>`, so an article published at noon in January reads
//! `12:00+02:00` and one in July `12:00+03:00`, in every output.
//!
//! Two local times need a rule: the hour skipped in spring (`03:00`–`03:59` on the last
//! Sunday of March) and the hour repeated in autumn (`03:00`–`03:59` on the last Sunday of
//! October). [`LocalTimePolicy`] holds the rule; the default refuses a skipped time and
//! takes the earlier of a repeated one.
//!
//! # Performance
//!
//! chrono-tz answers a local time by a binary search of the zone's whole history. For
//! Europe/Riga from 1900 to 2100, [`LocalTimePolicy::resolve`] first asks a memo of what
//! chrono-tz says about each year, filled the first time the year is asked for: the offset
//! when the year begins and the stretches of local time that each change skips or repeats.
//! A local time outside those stretches takes the offset of the last change before it,
//! without a search; every other time, and every other zone, is chrono-tz's. The tests
//! `resolve_matches_chrono_tz` and `resolve_matches_chrono_tz_in_the_gap_and_the_fold` hold
//! `resolve` equal to chrono-tz alone under every policy, and the memo's own
//! `the_memo_says_what_chrono_tz_says_from_1900_to_2100` checks every hour of those years
//! and every minute and second around each change.

use chrono::{
    DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, Offset as _, TimeDelta, TimeZone,
    Utc,
};
use chrono_tz::Tz;

mod error;
mod memo;

pub use error::Error;

/// The Europe/Riga time zone.
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::riga::TIME_ZONE.name(), "Europe/Riga");
/// ```
pub const TIME_ZONE: Tz = chrono_tz::Europe::Riga;

/// The instant of a Riga local date and time, under the default [`LocalTimePolicy`].
///
/// # Errors
///
/// [`Error::InvalidDate`] or [`Error::InvalidTime`] when the numbers do not name a date or a
/// time of day, and [`Error::NonexistentLocalTime`] for a time in the hour skipped when
/// daylight saving time begins.
///
/// # Example
///
/// ```
/// let winter = jaunumi::riga::at(2018, 1, 17, 12, 0)?;
/// assert_eq!(winter.to_rfc3339(), "2018-01-17T12:00:00+02:00");
/// let summer = jaunumi::riga::at(2018, 7, 17, 12, 0)?;
/// assert_eq!(summer.to_rfc3339(), "2018-07-17T12:00:00+03:00");
/// assert!(jaunumi::riga::at(2024, 3, 31, 3, 30).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn at(
    year: i32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
) -> Result<DateTime<FixedOffset>, Error> {
    let date =
        NaiveDate::from_ymd_opt(year, month, day).ok_or(Error::InvalidDate { year, month, day })?;
    let local = date
        .and_hms_opt(hour, minute, 0)
        .ok_or(Error::InvalidTime { hour, minute })?;
    local_time(local)
}

/// The instant of a Riga local date-time, under the default [`LocalTimePolicy`].
///
/// # Errors
///
/// [`Error::NonexistentLocalTime`] for a time in the hour skipped when daylight saving time
/// begins.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
///
/// let local = NaiveDate::from_ymd_opt(2024, 10, 27).and_then(|d| d.and_hms_opt(3, 30, 0));
/// let instant = jaunumi::riga::local_time(local.ok_or("not a date")?)?;
/// assert_eq!(instant.to_rfc3339(), "2024-10-27T03:30:00+03:00");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn local_time(local: NaiveDateTime) -> Result<DateTime<FixedOffset>, Error> {
    LocalTimePolicy::DEFAULT.resolve(TIME_ZONE, local)
}

/// The Riga local reading of a UTC instant.
///
/// # Example
///
/// ```
/// use chrono::{TimeZone, Utc};
///
/// let utc = Utc.with_ymd_and_hms(2018, 1, 17, 10, 0, 0).single().ok_or("no instant")?;
/// assert_eq!(jaunumi::riga::from_utc(utc).to_rfc3339(), "2018-01-17T12:00:00+02:00");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_utc(utc: DateTime<Utc>) -> DateTime<FixedOffset> {
    utc.with_timezone(&TIME_ZONE).fixed_offset()
}

/// What to do with a local time in the hour skipped when daylight saving time begins.
///
/// # Example
///
/// ```
/// use jaunumi::riga::{Gap, LocalTimePolicy};
///
/// let policy = LocalTimePolicy::DEFAULT.with_gap(Gap::Forward);
/// # let _ = policy;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Gap {
    /// Refuse it with [`Error::NonexistentLocalTime`] (the default).
    #[default]
    Reject,
    /// Move it forward by the length of the gap, as a clock that was not yet set
    /// forward would show it: `03:30` becomes `04:30+03:00`.
    Forward,
}

/// Which instant to take for a local time that occurs twice when daylight saving time ends.
///
/// # Example
///
/// ```
/// use jaunumi::riga::{Fold, LocalTimePolicy};
///
/// let policy = LocalTimePolicy::DEFAULT.with_fold(Fold::Later);
/// # let _ = policy;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Fold {
    /// The first occurrence, still on summer time (the default).
    #[default]
    Earlier,
    /// The second occurrence, already on winter time.
    Later,
}

/// How to turn a local date-time into an instant when the clocks change.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::riga::{Fold, LocalTimePolicy, TIME_ZONE};
///
/// const LATER: LocalTimePolicy = LocalTimePolicy::DEFAULT.with_fold(Fold::Later);
/// let local = NaiveDate::from_ymd_opt(2024, 10, 27).and_then(|d| d.and_hms_opt(3, 30, 0));
/// let instant = LATER.resolve(TIME_ZONE, local.ok_or("not a date")?)?;
/// assert_eq!(instant.to_rfc3339(), "2024-10-27T03:30:00+02:00");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct LocalTimePolicy {
    gap: Gap,
    fold: Fold,
}

impl LocalTimePolicy {
    /// Refuse skipped times, take the earlier of repeated ones.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::riga::{Fold, Gap, LocalTimePolicy};
    ///
    /// assert_eq!(LocalTimePolicy::DEFAULT, LocalTimePolicy::default());
    /// assert_eq!((LocalTimePolicy::DEFAULT.gap(), LocalTimePolicy::DEFAULT.fold()), (Gap::Reject, Fold::Earlier));
    /// ```
    pub const DEFAULT: LocalTimePolicy = LocalTimePolicy {
        gap: Gap::Reject,
        fold: Fold::Earlier,
    };

    /// The same policy with another rule for skipped times.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::riga::{Gap, LocalTimePolicy};
    ///
    /// assert_eq!(LocalTimePolicy::DEFAULT.with_gap(Gap::Forward).gap(), Gap::Forward);
    /// ```
    pub const fn with_gap(self, gap: Gap) -> Self {
        Self { gap, ..self }
    }

    /// The same policy with another rule for repeated times.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::riga::{Fold, LocalTimePolicy};
    ///
    /// assert_eq!(LocalTimePolicy::DEFAULT.with_fold(Fold::Later).fold(), Fold::Later);
    /// ```
    pub const fn with_fold(self, fold: Fold) -> Self {
        Self { fold, ..self }
    }

    /// The rule for skipped times.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::riga::{Gap, LocalTimePolicy};
    ///
    /// assert_eq!(LocalTimePolicy::DEFAULT.gap(), Gap::Reject);
    /// ```
    pub const fn gap(&self) -> Gap {
        self.gap
    }

    /// The rule for repeated times.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::riga::{Fold, LocalTimePolicy};
    ///
    /// assert_eq!(LocalTimePolicy::DEFAULT.fold(), Fold::Earlier);
    /// ```
    pub const fn fold(&self) -> Fold {
        self.fold
    }

    /// The instant that the local date-time `local` names in `zone`.
    ///
    /// # Errors
    ///
    /// [`Error::NonexistentLocalTime`] when `local` falls in a gap and the policy is
    /// [`Gap::Reject`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jaunumi::riga::{Gap, LocalTimePolicy, TIME_ZONE};
    ///
    /// let local = NaiveDate::from_ymd_opt(2024, 3, 31).and_then(|d| d.and_hms_opt(3, 30, 0));
    /// let local = local.ok_or("not a date")?;
    /// assert!(LocalTimePolicy::DEFAULT.resolve(TIME_ZONE, local).is_err());
    /// let forward = LocalTimePolicy::DEFAULT.with_gap(Gap::Forward).resolve(TIME_ZONE, local)?;
    /// assert_eq!(forward.to_rfc3339(), "2024-03-31T04:30:00+03:00");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn resolve(&self, zone: Tz, local: NaiveDateTime) -> Result<DateTime<FixedOffset>, Error> {
        // Most local times name one instant, whatever the policy: for Riga, the memo of
        // what chrono-tz says about each year answers those without a search.
        if zone == TIME_ZONE
            && let Some(instant) = memo::single(local)
        {
            return Ok(instant);
        }
        self.resolve_with_chrono_tz(zone, local)
    }

    /// [`LocalTimePolicy::resolve`], asking chrono-tz every time.
    fn resolve_with_chrono_tz(
        &self,
        zone: Tz,
        local: NaiveDateTime,
    ) -> Result<DateTime<FixedOffset>, Error> {
        match zone.from_local_datetime(&local) {
            LocalResult::Single(instant) => Ok(instant.fixed_offset()),
            LocalResult::Ambiguous(earlier, later) => Ok(match self.fold {
                Fold::Earlier => earlier.fixed_offset(),
                Fold::Later => later.fixed_offset(),
            }),
            LocalResult::None => match self.gap {
                Gap::Reject => Err(Error::NonexistentLocalTime {
                    local: local.format("%Y-%m-%dT%H:%M").to_string(),
                    zone: zone.name(),
                }),
                Gap::Forward => {
                    // The offset in force before the gap (a day earlier: clock changes are
                    // months apart), applied to the local reading, gives the instant that a
                    // clock not yet set forward means.
                    let day_before = local - TimeDelta::days(1);
                    let before = zone.offset_from_utc_datetime(&day_before).fix();
                    let utc = local - TimeDelta::seconds(i64::from(before.local_minus_utc()));
                    Ok(utc.and_utc().with_timezone(&zone).fixed_offset())
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::*;

    const POLICIES: [LocalTimePolicy; 4] = [
        LocalTimePolicy::DEFAULT,
        LocalTimePolicy::DEFAULT.with_gap(Gap::Forward),
        LocalTimePolicy::DEFAULT.with_fold(Fold::Later),
        LocalTimePolicy::DEFAULT
            .with_gap(Gap::Forward)
            .with_fold(Fold::Later),
    ];

    /// A result in terms that tell offsets apart (`DateTime` equality compares instants).
    fn seen(result: Result<DateTime<FixedOffset>, Error>) -> Result<(NaiveDateTime, i32), String> {
        result
            .map(|instant| (instant.naive_utc(), instant.offset().local_minus_utc()))
            .map_err(|err| err.to_string())
    }

    fn check(local: NaiveDateTime) {
        for zone in [TIME_ZONE, chrono_tz::Europe::Tallinn] {
            for policy in POLICIES {
                assert_eq!(
                    seen(policy.resolve(zone, local)),
                    seen(policy.resolve_with_chrono_tz(zone, local)),
                    "{local} in {zone} under {policy:?}"
                );
            }
        }
    }

    #[test]
    fn resolve_matches_chrono_tz_in_the_gap_and_the_fold() {
        for (year, month, day) in [
            (1926, 5, 11),
            (1940, 8, 5),
            (1944, 10, 13),
            (2024, 3, 31),
            (2024, 10, 27),
            (2100, 10, 31),
        ] {
            let day = NaiveDate::from_ymd_opt(year, month, day).unwrap();
            for minute in 0..24 * 60 {
                check(day.and_hms_opt(minute / 60, minute % 60, 0).unwrap());
            }
        }
    }

    proptest! {
        #[test]
        fn resolve_matches_chrono_tz(
            seconds in -2_240_000_000i64..4_200_000_000i64,
            nanos in prop_oneof![Just(0u32), 0u32..1_000_000_000],
        ) {
            // From before 1900 to after 2100, where the memo ends and chrono-tz answers.
            let local = DateTime::from_timestamp(seconds, nanos).unwrap().naive_utc();
            check(local);
        }
    }
}
