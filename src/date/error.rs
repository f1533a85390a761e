//! Why a date expression was refused.

use std::fmt;

use chrono::{Datelike as _, NaiveDate, Weekday};

use crate::date::value::Point;
use crate::riga;

/// A date expression that could not be read, or that names no real date or time.
///
/// The message says what was expected and what was found, with the text as written in
/// backticks.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::date::{self, ErrorKind};
///
/// let err = date::parse("Trešdien, 17. janvārī", NaiveDate::from_ymd_opt(2017, 1, 20))
///     .unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::WeekdayMismatch { .. }));
/// assert_eq!(err.to_string(), "`Trešdien` contradicts 2017-01-17, which is a Tuesday");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    /// What was wrong.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::{self, ErrorKind};
    ///
    /// let err = date::parse("", None).unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Self { kind }
    }
}

impl From<riga::Error> for Error {
    fn from(err: riga::Error) -> Self {
        ErrorKind::from(err).into()
    }
}

/// What was wrong with a date expression.
///
/// # Example
///
/// ```
/// use jaunumi::date::ErrorKind;
///
/// let kind = ErrorKind::InvalidTime { found: "25.00".into() };
/// assert_eq!(kind.to_string(), "expected a time of day from 0.00 to 24.00, found `25.00`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text was empty or only whitespace.
    #[error("expected a date expression, found empty text")]
    Empty,
    /// The text does not start with a date expression.
    #[error("expected a Latvian date expression such as `17. janvārī`, found `{found}`")]
    Unrecognized {
        /// The text as given.
        found: String,
    },
    /// A date expression was followed by more text.
    #[error("expected the end of the text after the date `{read}`, found `{rest}`")]
    Trailing {
        /// The date expression that was read.
        read: String,
        /// The text after it.
        rest: String,
    },
    /// A number stood alone, without a month, a year word or a time word.
    #[error("expected a month, a year word or a time word with the number, found only `{found}`")]
    BareNumber {
        /// The number as given.
        found: String,
    },
    /// A month number was not 1–12.
    #[error("expected a month from 1 to 12, found `{found}`")]
    InvalidMonth {
        /// The month as given.
        found: String,
    },
    /// A numeric date put the month first, as in US usage.
    #[error("expected day, month and year in that order, found `{found}` with the month first")]
    MonthFirst {
        /// The date as given.
        found: String,
    },
    /// A day number does not exist in its month.
    #[error("expected a day from 1 to {} in {}, found `{found}`", last_day(.month, .year), MonthOf(.month, .year))]
    InvalidDay {
        /// The day as given.
        found: String,
        /// The month, 1–12.
        month: u32,
        /// The year, when the text gave or implied one.
        year: Option<i32>,
    },
    /// A year-less 29 February, and no leap year among the years the policy considers.
    #[error("expected a leap year from {first} to {last} for `{found}`, found none")]
    NoLeapYear {
        /// The date as given.
        found: String,
        /// The first year considered.
        first: i32,
        /// The last year considered.
        last: i32,
    },
    /// An ISO week number that the year does not have.
    #[error("expected a week from 1 to {} of {year}, found `{found}`", weeks_in(.year))]
    InvalidWeek {
        /// The week as given.
        found: String,
        /// The year.
        year: i32,
    },
    /// A time of day beyond 24.00 or a minute beyond 59.
    #[error("expected a time of day from 0.00 to 24.00, found `{found}`")]
    InvalidTime {
        /// The time as given.
        found: String,
    },
    /// A local time that names no instant in the parser's time zone: one in the hour skipped
    /// when daylight saving time begins ([`riga::Error::NonexistentLocalTime`]).
    #[error(transparent)]
    LocalTime(#[from] riga::Error),
    /// A weekday that is not the weekday of its date.
    #[error("`{found}` contradicts {date}, which is a {}", weekday_name(.actual))]
    WeekdayMismatch {
        /// The weekday as given.
        found: String,
        /// The date.
        date: NaiveDate,
        /// The weekday of the date.
        actual: Weekday,
    },
    /// A word or phrase before a date that names the day, week, month or year the date is
    /// in (`Šodien, 5. martā`, `Nākamnedēļ, 3. jūnijā`), and under the reference date names
    /// another.
    #[error("`{found}` contradicts {date}: it names {named}")]
    AppositionMismatch {
        /// The word or phrase as given.
        found: String,
        /// The day of the date after it (of its start, for a range).
        date: NaiveDate,
        /// What the word or phrase names.
        named: Point,
    },
    /// Days that recur (`trešdienās`, `katru otrdienu`, `darba dienās`), which name no one
    /// date.
    #[error("expected one date or range, found `{found}`, which recurs")]
    Recurring {
        /// The expression as given.
        found: String,
    },
    /// The end of a range lies before its start.
    #[error("expected an end not before the start {start}, found {end}")]
    EndBeforeStart {
        /// The start.
        start: Point,
        /// The end.
        end: Point,
    },
    /// A relative or year-less expression, and no reference date to resolve it against.
    #[error("expected a reference date to resolve `{found}`, found none")]
    NoReference {
        /// The expression as given.
        found: String,
    },
    /// The date lies outside the calendar chrono can represent.
    #[error("expected a date within the years chrono can represent, found `{found}`")]
    OutOfRange {
        /// The expression as given.
        found: String,
    },
    /// A range with neither a start nor an end.
    #[error("expected a range with a start or an end, found neither")]
    OpenRange,
}

/// The last day that month `month` has in `year`, or in any year when the year is not
/// known.
fn last_day(month: &u32, year: &Option<i32>) -> u32 {
    year.and_then(|year| days_in_month(year, *month))
        .unwrap_or_else(|| most_days(*month))
}

/// A month, with its year when that is known and the month has one: `February 2024`.
struct MonthOf<'a>(&'a u32, &'a Option<i32>);

impl fmt::Display for MonthOf<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let MonthOf(&month, &year) = *self;
        f.write_str(month_name(month))?;
        match year {
            Some(year) if days_in_month(year, month).is_some() => write!(f, " {year}"),
            _ => Ok(()),
        }
    }
}

/// How many ISO weeks `year` has.
fn weeks_in(year: &i32) -> u32 {
    NaiveDate::from_ymd_opt(*year, 12, 28).map_or(52, |d| d.iso_week().week())
}

/// The number of days in `month` of `year`.
pub(crate) fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let month = chrono::Month::try_from(u8::try_from(month).ok()?).ok()?;
    month.num_days(year).map(u32::from)
}

/// The most days month `month` (1–12) has in any year, February's 29 included; 31 for a
/// number that is not a month.
pub(crate) fn most_days(month: u32) -> u32 {
    // A table, not chrono: asking chrono for February builds a date to see a leap year.
    const MOST: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    MOST.get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or(31)
}

fn month_name(month: u32) -> &'static str {
    match month {
        1 => "January",
        2 => "February",
        3 => "March",
        4 => "April",
        5 => "May",
        6 => "June",
        7 => "July",
        8 => "August",
        9 => "September",
        10 => "October",
        11 => "November",
        _ => "December",
    }
}

fn weekday_name(weekday: &Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_days_of_a_month_are_those_of_a_leap_year() {
        let most: Vec<u32> = (1..=12).map(most_days).collect();
        assert_eq!(most, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
        for month in 1..=12 {
            let in_years = [2023, 2024].map(|year| days_in_month(year, month));
            assert_eq!(in_years.into_iter().flatten().max(), Some(most_days(month)));
        }
        assert_eq!((most_days(0), most_days(13)), (31, 31));
    }
}
