//! From syntax to value: picks the years the text leaves out, checks days, weekdays, the
//! words in apposition before a date and times against the calendar, and turns Riga local
//! times into instants.

use chrono::{DateTime, Datelike as _, FixedOffset, Month, Months, NaiveDate, TimeDelta};

use crate::date::error::{Error, ErrorKind, most_days};
use crate::date::lexicon::Tense;
use crate::date::parse::{Parser, YearPolicy};
use crate::date::syntax::{Clock, Expr, Frame, Node, Span, Term, View, YearRef};
use crate::date::value::{Point, Range, Value, ends_before};

/// Resolves the syntax of one expression of `text`.
pub(crate) struct Resolver<'a> {
    pub(crate) parser: &'a Parser,
    pub(crate) text: &'a str,
    /// The expression as written, for messages.
    pub(crate) found: &'a str,
    /// The day of a time written alone: the reference day, or in running text the day
    /// of the date before it in its paragraph, else of the date after it there.
    pub(crate) anchor: Option<NaiveDate>,
}

/// A point before its time is placed on it.
enum Base {
    Day(NaiveDate),
    Other(Point),
}

impl Resolver<'_> {
    /// The text of a span, for a message.
    fn slice(&self, span: Span) -> String {
        let written = self.text.get(span.start as usize..span.end as usize);
        debug_assert!(written.is_some(), "a span inside a character: {span:?}");
        written.unwrap_or(self.found).to_owned()
    }

    fn error(&self, kind: ErrorKind) -> Error {
        kind.into()
    }

    fn out_of_range(&self) -> Error {
        self.error(ErrorKind::OutOfRange {
            found: self.found.to_owned(),
        })
    }

    fn reference(&self) -> Result<NaiveDate, Error> {
        self.parser.reference().ok_or_else(|| {
            self.error(ErrorKind::NoReference {
                found: self.found.to_owned(),
            })
        })
    }

    /// The value of the expression.
    // Inlined into `parse` and `extract`, its only callers.
    #[inline(always)]
    pub(crate) fn value(&self, expr: &Expr) -> Result<Value, Error> {
        match expr.frame {
            None => self.unframed(expr, None),
            Some(frame) => self.framed(expr, frame),
        }
    }

    /// The value of an expression with a frame before it: the date, in the year of the
    /// frame when it has none of its own, and where it starts (or ends, when its start is
    /// open) in the frame.
    #[inline(never)]
    fn framed(&self, expr: &Expr, frame: Frame) -> Result<Value, Error> {
        let named = match self.base(&Term::new(frame.node), None)? {
            Base::Day(day) => Point::Date(day),
            Base::Other(point) => point,
        };
        let (Some(first), Some(last)) = (named.first_day(), named.last_day()) else {
            return Err(self.out_of_range());
        };
        // A week may run into the next year: a date of its last days' month is in that one.
        let opening = match expr.view() {
            View::Single(term) => Some(term),
            View::Range(from, to) => from.or(to),
        };
        let month = opening.and_then(|term| match term.node {
            Node::Day { month, .. } | Node::Month { month, .. } => Some(month),
            _ => None,
        });
        let year = match month {
            Some(month) if last.year() != first.year() && month < first.month() => last.year(),
            _ => first.year(),
        };
        let value = self.unframed(expr, Some(year))?;
        let point = match value {
            Value::Point(point) => Some(point),
            Value::Range(range) => range.start().or(range.end()),
        };
        match point.and_then(|point| point.first_day()) {
            Some(day) if day < first || day > last => {
                Err(self.error(ErrorKind::AppositionMismatch {
                    found: self.slice(frame.span),
                    date: day,
                    named,
                }))
            }
            _ => Ok(value),
        }
    }

    /// The value of the expression, its days and months without a year in `year` when
    /// given.
    #[inline(always)]
    fn unframed(&self, expr: &Expr, year: Option<i32>) -> Result<Value, Error> {
        match expr.view() {
            View::Single(term) => {
                if let Node::SchoolYear(year) = term.node {
                    let start = Point::Month {
                        year,
                        month: Month::September,
                    };
                    let last = Point::Month {
                        year: year + 1,
                        month: Month::August,
                    };
                    return Range::new(Some(start), Some(last)).map(Value::Range);
                }
                match (term.time, term.time_until) {
                    (Some(_), Some(until)) => {
                        let start = self.point(term, year)?;
                        let Point::Instant(from) = start else {
                            return Ok(Value::Point(start));
                        };
                        let day = from.date_naive();
                        let mut to = self.instant(day, until)?;
                        if to < from {
                            // An evening that runs past midnight.
                            let next = day.succ_opt().ok_or_else(|| self.out_of_range())?;
                            to = self.instant(next, until)?;
                        }
                        Range::new(Some(start), Some(Point::Instant(to))).map(Value::Range)
                    }
                    _ => self.point(term, year).map(Value::Point),
                }
            }
            View::Range(from, to) => self.range(from, to, year),
        }
    }

    /// A range; its days and months without a year start in `year` when given.
    fn range(
        &self,
        from: Option<&Term>,
        to: Option<&Term>,
        year: Option<i32>,
    ) -> Result<Value, Error> {
        let (start, end) = match (from, to) {
            (Some(s), Some(e)) if implicit(s) && !implicit(e) && year.is_none() => {
                // `no 28. decembra līdz 2024. gada 1. janvārim`: the start takes the end's year.
                let end = self.point(e, None)?;
                let year = year_of(&end).ok_or_else(|| self.out_of_range())?;
                // The year before, when the start would come after the end or does not exist
                // in the end's year (`no 29. februāra līdz 2025. gada 1. martam`).
                let start = match self.point(s, Some(year)) {
                    Ok(start) if !ends_before(&start, &end) => start,
                    Ok(_) => self.point(s, Some(year - 1))?,
                    Err(err) => self.point(s, Some(year - 1)).map_err(|_| err)?,
                };
                (Some(start), Some(end))
            }
            (Some(s), Some(e)) if implicit(e) => {
                // `no 28. decembra līdz 1. janvārim`: the end takes the start's year, or
                // the next one.
                let start = self.point(s, year)?;
                let year = year_of(&start).ok_or_else(|| self.out_of_range())?;
                // Days that share one month word (`no 19. līdz 17. janvārim`) do not cross a
                // year; other ends take the next year when they would come before the start or
                // do not exist in its year (`no 27. decembra līdz 29. februārim` in a year
                // before a leap year).
                let end = match self.point(e, Some(year)) {
                    Ok(end) if same_month(s, e) || !ends_before(&start, &end) => end,
                    Err(err) if same_month(s, e) => return Err(err),
                    Ok(_) => self.point(e, Some(year + 1))?,
                    Err(err) => self.point(e, Some(year + 1)).map_err(|_| err)?,
                };
                (Some(start), Some(end))
            }
            (s, e) => (
                s.map(|s| self.point(s, year)).transpose()?,
                e.map(|e| self.point(e, year)).transpose()?,
            ),
        };
        Range::new(start, end).map(Value::Range)
    }

    /// The point a term names; `year` is the year it takes when the text leaves it out.
    // Inlined, with `base` and `day`, into `value`, so that what they find is not returned
    // through memory.
    #[inline(always)]
    fn point(&self, term: &Term, year: Option<i32>) -> Result<Point, Error> {
        match self.base(term, year)? {
            Base::Other(point) => Ok(point),
            Base::Day(mut day) => match term.time {
                None => Ok(Point::Date(day)),
                Some(clock) => {
                    if term.night_before && clock.hour >= 12 {
                        day = day.pred_opt().ok_or_else(|| self.out_of_range())?;
                    }
                    self.instant(day, clock).map(Point::Instant)
                }
            },
        }
    }

    #[inline(always)]
    fn base(&self, term: &Term, year: Option<i32>) -> Result<Base, Error> {
        let point = match term.node {
            Node::Day {
                year: written,
                month,
                day,
                day_span,
                month_span,
                numeric: _,
                slash,
            } => {
                let date = self.day(written, year, month, day, day_span, month_span, slash)?;
                if let Some((weekday, span)) = term.weekday
                    && date.weekday().num_days_from_monday() != u32::from(weekday)
                {
                    return Err(self.error(ErrorKind::WeekdayMismatch {
                        found: self.slice(span),
                        date,
                        actual: date.weekday(),
                    }));
                }
                return Ok(Base::Day(date));
            }
            Node::Month {
                year: written,
                month,
            } => {
                let month = month_numbered(month).ok_or_else(|| self.out_of_range())?;
                let year = match (written, year) {
                    (YearRef::Absolute(y), _) => y,
                    (YearRef::Relative(r), _) => self.reference()?.year() + i32::from(r),
                    (YearRef::Implicit, Some(y)) => y,
                    (YearRef::Implicit, None) => self.month_year(month)?,
                };
                Point::Month { year, month }
            }
            Node::Year(year) | Node::YearPending(year) | Node::SchoolYear(year) => {
                Point::Year(year)
            }
            Node::RelativeYear(years) => Point::Year(self.reference()?.year() + i32::from(years)),
            Node::RelativeMonth(months) => {
                let reference = self.reference()?;
                let index = reference.year() * 12 + reference.month0() as i32 + i32::from(months);
                let month = month_numbered(index.rem_euclid(12).unsigned_abs() + 1)
                    .ok_or_else(|| self.out_of_range())?;
                Point::Month {
                    year: index.div_euclid(12),
                    month,
                }
            }
            Node::RelativeWeek(weeks) => {
                let day = self
                    .reference()?
                    .checked_add_signed(TimeDelta::weeks(i64::from(weeks)))
                    .ok_or_else(|| self.out_of_range())?;
                Point::Week(day.iso_week())
            }
            Node::Week { year, week, span } => {
                let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)
                    .ok_or_else(|| {
                        self.error(ErrorKind::InvalidWeek {
                            found: self.slice(span),
                            year,
                        })
                    })?;
                Point::Week(monday.iso_week())
            }
            Node::Days(days) => {
                let day = self
                    .reference()?
                    .checked_add_signed(TimeDelta::days(i64::from(days)))
                    .ok_or_else(|| self.out_of_range())?;
                return Ok(Base::Day(day));
            }
            Node::Months(months) => {
                let reference = self.reference()?;
                let count = Months::new(months.unsigned_abs());
                let day = if months < 0 {
                    reference.checked_sub_months(count)
                } else {
                    reference.checked_add_months(count)
                };
                return day.map(Base::Day).ok_or_else(|| self.out_of_range());
            }
            Node::Weekday {
                weekday,
                weeks,
                tense,
            } => {
                let reference = self.reference()?;
                let days =
                    i64::from(weekday) - i64::from(reference.weekday().num_days_from_monday());
                // The day of the reference's week, or by the verb's tense the latest such day
                // on or before it or the next on or after it.
                let offset = match tense {
                    Some(Tense::Past) if days > 0 => days - 7,
                    Some(Tense::Future) if days < 0 => days + 7,
                    _ => days,
                } + 7 * i64::from(weeks);
                let day = reference
                    .checked_add_signed(TimeDelta::days(offset))
                    .ok_or_else(|| self.out_of_range())?;
                return Ok(Base::Day(day));
            }
            Node::Recurring => {
                return Err(self.error(ErrorKind::Recurring {
                    found: self.found.to_owned(),
                }));
            }
            Node::Time => {
                let day = match self.anchor {
                    Some(day) => day,
                    None => self.reference()?,
                };
                return Ok(Base::Day(day));
            }
        };
        Ok(Base::Other(point))
    }

    /// A day of a month, its year as written, given, or picked by the policy.
    #[allow(clippy::too_many_arguments)] // the parts of one `Node::Day`, kept flat
    #[inline(always)]
    fn day(
        &self,
        written: YearRef,
        given: Option<i32>,
        month: u32,
        day: u32,
        day_span: Span,
        month_span: Span,
        slash: bool,
    ) -> Result<NaiveDate, Error> {
        if !(1..=12).contains(&month) {
            if slash && (13..=31).contains(&month) && (1..=12).contains(&day) {
                return Err(self.error(ErrorKind::MonthFirst {
                    found: self.found.to_owned(),
                }));
            }
            return Err(self.error(ErrorKind::InvalidMonth {
                found: self.slice(month_span),
            }));
        }
        let invalid_day = |year| {
            self.error(ErrorKind::InvalidDay {
                found: self.slice(day_span),
                month,
                year,
            })
        };
        let year = match (written, given) {
            (YearRef::Absolute(y), _) => y,
            (YearRef::Relative(r), _) => self.reference()?.year() + i32::from(r),
            (YearRef::Implicit, Some(y)) => y,
            (YearRef::Implicit, None) => {
                // February has 29 days in the years that have it; the policy finds one.
                if day == 0 || day > most_days(month) {
                    return Err(invalid_day(None));
                }
                return self.day_year(month, day);
            }
        };
        NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| invalid_day(Some(year)))
    }

    /// The date of a year-less day under the year policy.
    fn day_year(&self, month: u32, day: u32) -> Result<NaiveDate, Error> {
        let reference = self.reference()?;
        let y = reference.year();
        let on = |year: i32| NaiveDate::from_ymd_opt(year, month, day);
        let (found, first, last) = match self.parser.year_policy() {
            YearPolicy::Nearest => {
                let this_year = on(y);
                // Within half a year of the reference, the date is nearer than in the
                // year before or after, which are 365 or 366 days further. In the
                // reference's year the distance is the difference of the days of the year.
                if let Some(date) = this_year
                    && date.ordinal().abs_diff(reference.ordinal()) <= 182
                {
                    (Some(date), y - 1, y + 1)
                } else {
                    let days = reference.num_days_from_ce();
                    let distance = |date: NaiveDate| (date.num_days_from_ce() - days).abs();
                    let mut best: Option<(i32, NaiveDate)> = None;
                    for date in [on(y - 1), this_year, on(y + 1)].into_iter().flatten() {
                        if best.is_none_or(|(d, _)| distance(date) < d) {
                            best = Some((distance(date), date));
                        }
                    }
                    (best.map(|(_, date)| date), y - 1, y + 1)
                }
            }
            YearPolicy::Reference => (on(y), y, y),
            YearPolicy::Past => (
                on(y).filter(|d| *d <= reference).or_else(|| on(y - 1)),
                y - 1,
                y,
            ),
            YearPolicy::Future => (
                on(y).filter(|d| *d >= reference).or_else(|| on(y + 1)),
                y,
                y + 1,
            ),
        };
        found.ok_or_else(|| {
            self.error(ErrorKind::NoLeapYear {
                found: self.found.to_owned(),
                first,
                last,
            })
        })
    }

    /// The year of a year-less month under the year policy.
    fn month_year(&self, month: Month) -> Result<i32, Error> {
        let reference = self.reference()?;
        let y = reference.year();
        let m = i32::from(month.number_from_month() as u8);
        let r = reference.month() as i32;
        Ok(match self.parser.year_policy() {
            YearPolicy::Nearest => {
                let mut best = (i32::MAX, y);
                for year in [y - 1, y, y + 1] {
                    let distance = ((year - y) * 12 + m - r).abs();
                    if distance < best.0 {
                        best = (distance, year);
                    }
                }
                best.1
            }
            YearPolicy::Reference => y,
            YearPolicy::Past if m > r => y - 1,
            YearPolicy::Future if m < r => y + 1,
            YearPolicy::Past | YearPolicy::Future => y,
        })
    }

    /// The instant of a local day and time under the parser's zone and policy.
    fn instant(&self, day: NaiveDate, clock: Clock) -> Result<DateTime<FixedOffset>, Error> {
        let invalid = || {
            self.error(ErrorKind::InvalidTime {
                found: self.slice(clock.span),
            })
        };
        if clock.minute > 59 || clock.second > 59 || clock.hour > 24 {
            return Err(invalid());
        }
        let (day, hour) = if clock.hour == 24 {
            if clock.minute != 0 || clock.second != 0 {
                return Err(invalid());
            }
            // `24.00` is the midnight that ends the day: 00.00 of the next.
            (day.succ_opt().ok_or_else(|| self.out_of_range())?, 0)
        } else {
            (day, clock.hour)
        };
        let local = day
            .and_hms_opt(
                u32::from(hour),
                u32::from(clock.minute),
                u32::from(clock.second),
            )
            .ok_or_else(invalid)?;
        self.parser
            .local_time_policy()
            .resolve(self.parser.time_zone(), local)
            .map_err(Error::from)
    }
}

/// The month numbered `number`, 1–12: the only numbers a month word or a month's
/// arithmetic gives.
fn month_numbered(number: u32) -> Option<Month> {
    let month = u8::try_from(number)
        .ok()
        .and_then(|number| Month::try_from(number).ok());
    debug_assert!(month.is_some(), "month {number}");
    month
}

/// Whether the term is a day or month whose year the text leaves out.
fn implicit(term: &Term) -> bool {
    matches!(
        term.node,
        Node::Day {
            year: YearRef::Implicit,
            ..
        } | Node::Month {
            year: YearRef::Implicit,
            ..
        }
    )
}

fn year_of(point: &Point) -> Option<i32> {
    match point {
        Point::Week(week) => Some(week.year()),
        _ => point.first_day().map(|day| day.year()),
    }
}

/// Whether the start took its month from the end (`no 19. līdz 17. janvārim`): both
/// name the month with the same word.
fn same_month(from: &Term, to: &Term) -> bool {
    match (from.node, to.node) {
        (Node::Day { month_span: a, .. }, Node::Day { month_span: b, .. }) => a == b,
        _ => false,
    }
}
