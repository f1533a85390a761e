//! Writing values in Latvian, in the forms news uses; [`parse`](crate::date::parse()) reads
//! every form back.

use std::fmt;

use chrono::{DateTime, Datelike as _, FixedOffset, NaiveDate, Timelike as _};

use crate::date::value::{Point, Value};

/// How to write a value in Latvian.
///
/// | style | date | instant | range |
/// | --- | --- | --- | --- |
/// | `Dateline` | `2024. gada 17. janvāris` | `2024. gada 17. janvāris plkst. 10.00` | as `Running` |
/// | `Running` | `2024. gada 17. janvārī` | `2024. gada 17. janvārī plkst. 10.00` | `2024. gada 17.–19. janvārī`, `no 2023. gada 28. decembra līdz 2024. gada 1. janvārim` |
/// | `Short` | `17. janvārī` | `17. janvārī plkst. 10.00` | `17.–19. janvārī`, `no 28. decembra līdz 1. janvārim` |
/// | `Weekday` | `trešdien, 17. janvārī` | `trešdien, 17. janvārī, plkst. 10.00` | as `Short` |
/// | `Numeric` | `17.01.2024.` | `17.01.2024. plkst. 10.00` | `17.01.–19.01.2024.`, `02.09.2019.–02.03.2020.` |
///
/// `Short` and `Weekday` leave the year out of days, so reading them back needs a
/// reference date near the value. Months, years and weeks always carry their year
/// (`2024. gada janvārī`, `2024. gadā`, `2024. gada 3. nedēļā`); `Numeric` writes those as
/// `Running` does, but a year as `2024. g.`. An instant is written in its own offset's
/// local time, seconds only when not zero (`plkst. 10:00:30`).
///
/// # Example
///
/// ```
/// use jaunumi::date::{self, Style};
///
/// let value = date::parse("17.01.2024.", None)?;
/// assert_eq!(date::format(&value, Style::Dateline).to_string(), "2024. gada 17. janvāris");
/// assert_eq!(date::format(&value, Style::Weekday).to_string(), "trešdien, 17. janvārī");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Style {
    /// The dateline form, in the nominative: `2024. gada 17. janvāris`.
    Dateline,
    /// Running text, in the locative: `2024. gada 17. janvārī` (the default).
    #[default]
    Running,
    /// Running text without the year: `17. janvārī`.
    Short,
    /// Running text with the weekday, without the year: `trešdien, 17. janvārī`.
    Weekday,
    /// The official numeric form: `17.01.2024.`.
    Numeric,
}

/// A value written in Latvian: see [`format()`].
///
/// # Example
///
/// ```
/// use jaunumi::date::{self, Style};
///
/// let value = date::parse("2024-01-17", None)?;
/// let latvian: date::Latvian = date::format(&value, Style::Numeric);
/// assert_eq!(latvian.to_string(), "17.01.2024.");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Latvian {
    value: Value,
    style: Style,
}

/// Writes `value` in Latvian in `style`; the result implements `Display`, so it writes
/// straight into a formatter or `to_string()` without an intermediate copy.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::date::{self, Style};
///
/// let reference = NaiveDate::from_ymd_opt(2024, 1, 5);
/// let value = date::parse("no 28. decembra līdz 1. janvārim", reference)?;
/// assert_eq!(value.to_string(), "2023-12-28/2024-01-01");
/// assert_eq!(date::format(&value, Style::Short).to_string(), "no 28. decembra līdz 1. janvārim");
/// assert_eq!(
///     date::format(&value, Style::Running).to_string(),
///     "no 2023. gada 28. decembra līdz 2024. gada 1. janvārim",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn format(value: &Value, style: Style) -> Latvian {
    Latvian {
        value: *value,
        style,
    }
}

const NOMINATIVE: [&str; 12] = [
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
];
const GENITIVE: [&str; 12] = [
    "janvāra",
    "februāra",
    "marta",
    "aprīļa",
    "maija",
    "jūnija",
    "jūlija",
    "augusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
];
const DATIVE: [&str; 12] = [
    "janvārim",
    "februārim",
    "martam",
    "aprīlim",
    "maijam",
    "jūnijam",
    "jūlijam",
    "augustam",
    "septembrim",
    "oktobrim",
    "novembrim",
    "decembrim",
];
const LOCATIVE: [&str; 12] = [
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
];
const WEEKDAYS: [&str; 7] = [
    "pirmdien",
    "otrdien",
    "trešdien",
    "ceturtdien",
    "piektdien",
    "sestdien",
    "svētdien",
];

/// The grammatical case a point is written in: alone (nominative or locative), after
/// `no` (genitive) or after `līdz` (dative).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Nominative,
    Genitive,
    Dative,
    Locative,
}

impl Case {
    fn month(self, month0: u32) -> &'static str {
        let forms = match self {
            Case::Nominative => &NOMINATIVE,
            Case::Genitive => &GENITIVE,
            Case::Dative => &DATIVE,
            Case::Locative => &LOCATIVE,
        };
        let name = forms.get(month0 as usize).copied();
        debug_assert!(name.is_some(), "month0 {month0}");
        name.unwrap_or("")
    }

    fn year(self) -> &'static str {
        match self {
            Case::Nominative => "gads",
            Case::Genitive => "gada",
            Case::Dative => "gadam",
            Case::Locative => "gadā",
        }
    }

    fn week(self) -> &'static str {
        match self {
            Case::Nominative => "nedēļa",
            Case::Genitive => "nedēļas",
            Case::Dative => "nedēļai",
            Case::Locative => "nedēļā",
        }
    }
}

impl fmt::Display for Latvian {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.value {
            Value::Point(point) => {
                let case = if self.style == Style::Dateline {
                    Case::Nominative
                } else {
                    Case::Locative
                };
                write_point(f, &point, self.style, case, true, true)
            }
            Value::Range(range) => {
                let style = match self.style {
                    Style::Dateline => Style::Running,
                    Style::Weekday => Style::Short,
                    other => other,
                };
                match (range.start(), range.end()) {
                    (Some(start), Some(end)) => write_range(f, &start, &end, style),
                    (Some(start), None) => {
                        f.write_str("no ")?;
                        write_point(f, &start, style, Case::Genitive, true, false)
                    }
                    (None, Some(end)) => {
                        f.write_str("līdz ")?;
                        write_point(f, &end, style, Case::Dative, true, false)
                    }
                    (None, None) => Ok(()),
                }
            }
        }
    }
}

fn write_range(
    f: &mut fmt::Formatter<'_>,
    start: &Point,
    end: &Point,
    style: Style,
) -> fmt::Result {
    match (start, end) {
        (Point::Date(a), Point::Date(b)) if style == Style::Numeric => {
            if a.year() == b.year() {
                write!(f, "{:02}.{:02}.–", a.day(), a.month())?;
            } else {
                write_numeric(f, *a)?;
                f.write_str("–")?;
            }
            write_numeric(f, *b)
        }
        (Point::Date(a), Point::Date(b))
            if style != Style::Numeric && a.year() == b.year() && a.month() == b.month() =>
        {
            if style != Style::Short {
                write!(f, "{}. gada ", a.year())?;
            }
            write!(
                f,
                "{}.–{}. {}",
                a.day(),
                b.day(),
                Case::Locative.month(a.month0())
            )
        }
        (Point::Instant(a), Point::Instant(b)) if a.date_naive() == b.date_naive() => {
            write_point(
                f,
                &Point::Date(a.date_naive()),
                style,
                Case::Locative,
                true,
                false,
            )?;
            f.write_str(" ")?;
            write_time(f, a)?;
            f.write_str("–")?;
            write_clock(f, b)
        }
        _ => {
            f.write_str("no ")?;
            write_point(f, start, style, Case::Genitive, true, false)?;
            f.write_str(" līdz ")?;
            let same_year = match (start, end) {
                (Point::Date(_) | Point::Instant(_), Point::Date(_) | Point::Instant(_)) => {
                    start.first_day().map(|d| d.year()) == end.first_day().map(|d| d.year())
                }
                _ => false,
            };
            write_point(f, end, style, Case::Dative, !same_year, false)
        }
    }
}

fn write_numeric(f: &mut fmt::Formatter<'_>, day: NaiveDate) -> fmt::Result {
    write!(f, "{:02}.{:02}.{}.", day.day(), day.month(), day.year())
}

/// A day in `case`, with its year unless the style or `with_year` leaves it out.
fn write_day(
    f: &mut fmt::Formatter<'_>,
    day: NaiveDate,
    style: Style,
    case: Case,
    with_year: bool,
) -> fmt::Result {
    match style {
        Style::Numeric => write_numeric(f, day),
        Style::Short | Style::Weekday => {
            write!(f, "{}. {}", day.day(), case.month(day.month0()))
        }
        Style::Dateline | Style::Running => {
            if with_year {
                write!(f, "{}. gada ", day.year())?;
            }
            write!(f, "{}. {}", day.day(), case.month(day.month0()))
        }
    }
}

fn write_point(
    f: &mut fmt::Formatter<'_>,
    point: &Point,
    style: Style,
    case: Case,
    with_year: bool,
    alone: bool,
) -> fmt::Result {
    match *point {
        Point::Date(day) => {
            if style == Style::Weekday && alone {
                let weekday = day.weekday().num_days_from_monday() as usize;
                let name = WEEKDAYS.get(weekday).copied();
                debug_assert!(name.is_some(), "weekday {weekday}");
                write!(f, "{}, ", name.unwrap_or(""))?;
            }
            write_day(f, day, style, case, with_year)
        }
        Point::Instant(instant) => {
            let day = instant.date_naive();
            write_point(f, &Point::Date(day), style, case, with_year, alone)?;
            if style == Style::Weekday && alone {
                f.write_str(", ")?;
            } else {
                f.write_str(" ")?;
            }
            write_time(f, &instant)
        }
        Point::Month { year, month } => {
            let name = case.month(month.number_from_month() - 1);
            write!(f, "{year}. gada {name}")
        }
        Point::Year(year) => {
            if style == Style::Numeric && alone {
                write!(f, "{year}. g.")
            } else {
                write!(f, "{year}. {}", case.year())
            }
        }
        Point::Week(week) => write!(f, "{}. gada {}. {}", week.year(), week.week(), case.week()),
    }
}

/// `plkst. 10.00`, or with seconds `plkst. 10:00:30`.
fn write_time(f: &mut fmt::Formatter<'_>, instant: &DateTime<FixedOffset>) -> fmt::Result {
    f.write_str("plkst. ")?;
    write_clock(f, instant)
}

fn write_clock(f: &mut fmt::Formatter<'_>, instant: &DateTime<FixedOffset>) -> fmt::Result {
    if instant.second() == 0 {
        write!(f, "{}.{:02}", instant.hour(), instant.minute())
    } else {
        write!(
            f,
            "{}:{:02}:{:02}",
            instant.hour(),
            instant.minute(),
            instant.second()
        )
    }
}
