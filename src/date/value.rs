//! The value of a date expression: a point of some precision, or a range of points with
//! possibly open ends, written as ISO 8601.

use std::fmt;

use chrono::{DateTime, FixedOffset, IsoWeek, Month, NaiveDate, Timelike as _};

use crate::date::error::{Error, ErrorKind};

/// How precise a point is.
///
/// # Example
///
/// ```
/// use jaunumi::date::{self, Precision};
///
/// let value = date::parse("2018. gada decembrī", None)?;
/// assert_eq!(value.precision(), Precision::Month);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Precision {
    /// An instant: a date and a local time with its UTC offset.
    Instant,
    /// A calendar date.
    Date,
    /// A month of a year.
    Month,
    /// A year.
    Year,
    /// An ISO 8601 week.
    Week,
}

/// One point in time, as precise as the text was.
///
/// `Display` writes ISO 8601: `2024-01-17T10:00+02:00` (seconds only when not zero),
/// `2024-01-17`, `2024-01`, `2024`, `2024-W03`.
///
/// # Example
///
/// ```
/// use chrono::{Datelike as _, Month, NaiveDate};
/// use jaunumi::date::Point;
///
/// let day = NaiveDate::from_ymd_opt(2024, 1, 17).ok_or("not a date")?;
/// assert_eq!(Point::Date(day).to_string(), "2024-01-17");
/// assert_eq!(Point::Month { year: 2018, month: Month::December }.to_string(), "2018-12");
/// assert_eq!(Point::Year(2003).to_string(), "2003");
/// assert_eq!(Point::Week(day.iso_week()).to_string(), "2024-W03");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Point {
    /// A date and local time with its UTC offset.
    Instant(DateTime<FixedOffset>),
    /// A calendar date.
    Date(NaiveDate),
    /// A month of a year.
    Month {
        /// The year.
        year: i32,
        /// The month.
        month: Month,
    },
    /// A year.
    Year(i32),
    /// An ISO 8601 week.
    Week(IsoWeek),
}

impl Point {
    /// How precise the point is.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::{Point, Precision};
    ///
    /// assert_eq!(Point::Year(2024).precision(), Precision::Year);
    /// ```
    pub fn precision(&self) -> Precision {
        match self {
            Point::Instant(_) => Precision::Instant,
            Point::Date(_) => Precision::Date,
            Point::Month { .. } => Precision::Month,
            Point::Year(_) => Precision::Year,
            Point::Week(_) => Precision::Week,
        }
    }

    /// The first calendar day the point covers (the day of an instant), or `None` for a
    /// year outside chrono's calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jaunumi::date::Point;
    ///
    /// assert_eq!(Point::Year(2024).first_day(), NaiveDate::from_ymd_opt(2024, 1, 1));
    /// ```
    pub fn first_day(&self) -> Option<NaiveDate> {
        match *self {
            Point::Instant(instant) => Some(instant.date_naive()),
            Point::Date(date) => Some(date),
            Point::Month { year, month } => {
                NaiveDate::from_ymd_opt(year, month.number_from_month(), 1)
            }
            Point::Year(year) => NaiveDate::from_ymd_opt(year, 1, 1),
            Point::Week(week) => {
                NaiveDate::from_isoywd_opt(week.year(), week.week(), chrono::Weekday::Mon)
            }
        }
    }

    /// The last calendar day the point covers (the day of an instant), or `None` for a
    /// year outside chrono's calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::{Month, NaiveDate};
    /// use jaunumi::date::Point;
    ///
    /// let february = Point::Month { year: 2024, month: Month::February };
    /// assert_eq!(february.last_day(), NaiveDate::from_ymd_opt(2024, 2, 29));
    /// ```
    pub fn last_day(&self) -> Option<NaiveDate> {
        match *self {
            Point::Instant(instant) => Some(instant.date_naive()),
            Point::Date(date) => Some(date),
            Point::Month { year, month } => {
                let days = u32::from(month.num_days(year)?);
                NaiveDate::from_ymd_opt(year, month.number_from_month(), days)
            }
            Point::Year(year) => NaiveDate::from_ymd_opt(year, 12, 31),
            Point::Week(week) => {
                NaiveDate::from_isoywd_opt(week.year(), week.week(), chrono::Weekday::Sun)
            }
        }
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Point::Instant(instant) => {
                write!(
                    f,
                    "{}T{:02}:{:02}",
                    instant.date_naive(),
                    instant.hour(),
                    instant.minute()
                )?;
                if instant.second() != 0 {
                    write!(f, ":{:02}", instant.second())?;
                }
                write_offset(f, *instant.offset())
            }
            Point::Date(date) => write!(f, "{date}"),
            Point::Month { year, month } => {
                write_year(f, year)?;
                write!(f, "-{:02}", month.number_from_month())
            }
            Point::Year(year) => write_year(f, year),
            Point::Week(week) => {
                write_year(f, week.year())?;
                write!(f, "-W{:02}", week.week())
            }
        }
    }
}

/// A year as ISO 8601 writes it: four digits, a sign beyond 0000–9999.
fn write_year(f: &mut fmt::Formatter<'_>, year: i32) -> fmt::Result {
    if (0..=9999).contains(&year) {
        write!(f, "{year:04}")
    } else {
        write!(f, "{year:+05}")
    }
}

/// `+02:00`.
fn write_offset(f: &mut fmt::Formatter<'_>, offset: FixedOffset) -> fmt::Result {
    let seconds = offset.local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    write!(f, "{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// A range of points; either end may be open, not both.
///
/// `Display` writes `start/end`, an open end as `..` (ISO 8601-2): `2003/..`,
/// `../2016-09-23`.
///
/// # Example
///
/// ```
/// use jaunumi::date::{Point, Range};
///
/// let range = Range::new(Some(Point::Year(2003)), None)?;
/// assert_eq!(range.to_string(), "2003/..");
/// assert!(Range::new(Some(Point::Year(2024)), Some(Point::Year(2023))).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Range {
    start: Option<Point>,
    end: Option<Point>,
}

impl Range {
    /// A range from `start` to `end`; `None` is an open end.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OpenRange`] when both ends are open, and [`ErrorKind::EndBeforeStart`]
    /// when the end lies before the start: an instant before the start instant, or a
    /// point whose first day comes before the start's first day.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::{Point, Range};
    ///
    /// let err = Range::new(Some(Point::Year(2024)), Some(Point::Year(2023))).unwrap_err();
    /// assert_eq!(err.to_string(), "expected an end not before the start 2024, found 2023");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(start: Option<Point>, end: Option<Point>) -> Result<Range, Error> {
        match (start, end) {
            (None, None) => Err(ErrorKind::OpenRange.into()),
            (Some(s), Some(e)) if ends_before(&s, &e) => {
                Err(ErrorKind::EndBeforeStart { start: s, end: e }.into())
            }
            _ => Ok(Range { start, end }),
        }
    }

    /// The start, `None` when open.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::{self, Point};
    ///
    /// let value = date::parse("no 2003. gada", None)?;
    /// assert_eq!(value.range().and_then(|r| r.start()), Some(Point::Year(2003)));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(&self) -> Option<Point> {
        self.start
    }

    /// The end, `None` when open.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// let value = date::parse("no 2003. gada", None)?;
    /// assert_eq!(value.range().and_then(|r| r.end()), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn end(&self) -> Option<Point> {
        self.end
    }
}

/// Whether `end` lies before `start`.
pub(crate) fn ends_before(start: &Point, end: &Point) -> bool {
    match (start, end) {
        (Point::Instant(s), Point::Instant(e)) => e < s,
        _ => match (start.first_day(), end.first_day()) {
            (Some(s), Some(e)) => e < s,
            _ => false,
        },
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.start {
            Some(point) => write!(f, "{point}")?,
            None => f.write_str("..")?,
        }
        f.write_str("/")?;
        match &self.end {
            Some(point) => write!(f, "{point}"),
            None => f.write_str(".."),
        }
    }
}

/// The value of a date expression: one point or a range.
///
/// `Display` writes ISO 8601, a range as `start/end`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::date::{self, Precision};
///
/// let reference = NaiveDate::from_ymd_opt(2024, 1, 10);
/// let value = date::parse("17.–19. janvārī", reference)?;
/// assert_eq!(value.to_string(), "2024-01-17/2024-01-19");
/// assert!(value.is_range());
/// assert_eq!(value.precision(), Precision::Date);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Value {
    /// One point.
    Point(Point),
    /// A range.
    Range(Range),
}

impl Value {
    /// How precise the value is: of a range, its start's (or its end's when the start is
    /// open).
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::{self, Precision};
    ///
    /// assert_eq!(date::parse("2024. gadā", None)?.precision(), Precision::Year);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn precision(&self) -> Precision {
        match self {
            Value::Point(point) => point.precision(),
            Value::Range(range) => {
                let point = range.start.or(range.end);
                debug_assert!(point.is_some(), "a range with neither end");
                point.map_or(Precision::Date, |p| p.precision())
            }
        }
    }

    /// Whether the value is a range.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// assert!(date::parse("2022.–2038. gadam", None)?.is_range());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_range(&self) -> bool {
        matches!(self, Value::Range(_))
    }

    /// The point, when the value is one.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::{self, Point};
    ///
    /// assert_eq!(date::parse("2024. gadā", None)?.point(), Some(Point::Year(2024)));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn point(&self) -> Option<Point> {
        match self {
            Value::Point(point) => Some(*point),
            Value::Range(_) => None,
        }
    }

    /// The range, when the value is one.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// let value = date::parse("2022.–2038. gadam", None)?;
    /// assert_eq!(value.range().map(|r| r.to_string()).as_deref(), Some("2022/2038"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn range(&self) -> Option<Range> {
        match self {
            Value::Point(_) => None,
            Value::Range(range) => Some(*range),
        }
    }
}

impl From<Point> for Value {
    fn from(point: Point) -> Self {
        Value::Point(point)
    }
}

impl From<Range> for Value {
    fn from(range: Range) -> Self {
        Value::Range(range)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Point(point) => point.fmt(f),
            Value::Range(range) => range.fmt(f),
        }
    }
}
