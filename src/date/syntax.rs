//! The syntax tree of one date expression, as the [grammar](crate::date::grammar) reads it
//! and before the [resolver](crate::date::resolve) looks at the calendar: an [`Expr`] is
//! one [`Term`] or a range of two, and a term is a [`Node`] (what it names) with the
//! weekday and the time written with it.

use crate::date::lex::Tok;

/// Byte offsets `start..end` in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Span {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl Span {
    /// Where a token stands.
    pub(crate) fn of(tok: Tok) -> Span {
        Span {
            start: tok.start,
            end: tok.end,
        }
    }

    /// From the start of this span through the end of `last`.
    pub(crate) fn through(self, last: Span) -> Span {
        Span {
            start: self.start,
            end: last.end,
        }
    }
}

/// The year of a day or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// Not written: the year policy picks it.
    Implicit,
    /// Written as a number; a two-digit year is already in this century.
    Absolute(i32),
    /// `šā gada` 0, `pagājušā gada` −1: relative to the reference year.
    Relative(i8),
}

/// A time of day as written, after its day period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    pub(crate) hour: u8,
    pub(crate) minute: u8,
    pub(crate) second: u8,
    pub(crate) span: Span,
}

/// What a term names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Node {
    /// A day of a month; `month` is [`PENDING`] while the first day of a range waits for
    /// the month written after the last (`17.–19. janvārī`).
    Day {
        year: YearRef,
        month: u32,
        day: u32,
        day_span: Span,
        month_span: Span,
        /// Written in digits only (`17.01.2024.`): an invalid one is a number, not a date,
        /// when found in running text.
        numeric: bool,
        /// Written with slashes (`17/01/2024`).
        slash: bool,
    },
    /// A month of a year.
    Month { year: YearRef, month: u32 },
    /// A year.
    Year(i32),
    /// `2022.` before `–2038. gadam`: a year waiting for the year word after the last.
    YearPending(i32),
    /// A year relative to the reference (`šogad`, `pagājušā gada`).
    RelativeYear(i8),
    /// A month relative to the reference (`šomēnes`).
    RelativeMonth(i8),
    /// An ISO week relative to the reference (`šonedēļ`).
    RelativeWeek(i8),
    /// An ISO week of a year (`2024. gada 2. nedēļā`).
    Week { year: i32, week: u32, span: Span },
    /// Days from the reference (`vakar`, `pirms 3 dienām`).
    Days(i32),
    /// Months from the reference (`pirms mēneša`).
    Months(i32),
    /// A weekday of the reference's ISO week, moved by `weeks`.
    Weekday { weekday: u8, weeks: i8 },
    /// A school year from 1 September of the year (`2023./2024. mācību gadā`).
    SchoolYear(i32),
    /// A time alone: the reference day, or in text the day of the match before.
    Time,
}

/// The month of a day that takes its month from the last day of its range.
pub(crate) const PENDING: u32 = u32::MAX;

/// One term of an expression: a node with the weekday and the time written with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) node: Node,
    /// A weekday written with the date, to check against it.
    pub(crate) weekday: Option<(u8, Span)>,
    pub(crate) time: Option<Clock>,
    /// Where a time range on the same day ends (`12.00` of `plkst. 10.00–12.00`).
    pub(crate) time_until: Option<Clock>,
    /// `naktī uz piektdienu`: an hour from noon on falls on the day before.
    pub(crate) night_before: bool,
}

impl Term {
    pub(crate) const fn new(node: Node) -> Term {
        Term {
            node,
            weekday: None,
            time: None,
            time_until: None,
            night_before: false,
        }
    }

    /// Whether the term still waits for what the last term of its range gives it.
    pub(crate) fn pending(&self) -> bool {
        matches!(
            self.node,
            Node::Day { month: PENDING, .. } | Node::YearPending(_)
        )
    }

    /// Whether it is a day written in digits only, with no weekday.
    pub(crate) fn numeric(&self) -> bool {
        matches!(self.node, Node::Day { numeric: true, .. }) && self.weekday.is_none()
    }
}

/// A whole expression, filled in place by the grammar: its terms are written where they
/// stay, not built and returned up through every rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Expr {
    /// The one term, or where a range starts.
    pub(crate) from: Term,
    /// Where a range ends.
    pub(crate) to: Term,
    pub(crate) shape: Shape,
}

/// Which terms of an [`Expr`] it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// One term, in `from`.
    Single,
    /// A range; an open side is `false`.
    Range { from: bool, to: bool },
}

/// An [`Expr`] as its terms.
#[derive(Debug, Clone, Copy)]
pub(crate) enum View<'e> {
    /// One term.
    Single(&'e Term),
    /// A range; an open side is `None`.
    Range(Option<&'e Term>, Option<&'e Term>),
}

impl Expr {
    /// An expression to fill; what it holds before the grammar reads one means nothing.
    pub(crate) const fn new() -> Expr {
        Expr {
            from: Term::new(Node::Time),
            to: Term::new(Node::Time),
            shape: Shape::Single,
        }
    }

    /// Its terms.
    pub(crate) fn view(&self) -> View<'_> {
        match self.shape {
            Shape::Single => View::Single(&self.from),
            Shape::Range { from, to } => {
                View::Range(from.then_some(&self.from), to.then_some(&self.to))
            }
        }
    }

    /// Whether every term is a day written in digits only.
    pub(crate) fn numeric(&self) -> bool {
        match self.view() {
            View::Single(term) => term.numeric(),
            View::Range(from, to) => from.is_none_or(Term::numeric) && to.is_none_or(Term::numeric),
        }
    }

    /// Makes it the one term in `from`, read up to `next`, if that term does not wait for
    /// another.
    pub(crate) fn single(&mut self, next: usize) -> Option<usize> {
        self.shape = Shape::Single;
        (!self.from.pending()).then_some(next)
    }

    /// Makes it a range from `from` on, open at its end (`no 2003. gada`).
    pub(crate) fn open_to(&mut self, next: usize) -> Option<usize> {
        self.shape = Shape::Range {
            from: true,
            to: false,
        };
        (!self.from.pending()).then_some(next)
    }

    /// Makes it a range up to `to`, open at its start (`līdz 23. septembrim`).
    pub(crate) fn open_from(&mut self, next: usize) -> Option<usize> {
        if self.to.time_until.is_some() || self.to.pending() {
            return None;
        }
        self.shape = Shape::Range {
            from: false,
            to: true,
        };
        Some(next)
    }

    /// Makes it a range from `from` to `to`; a pending `from` takes what it waits for from
    /// `to`. Nothing changes when the two do not make a range.
    pub(crate) fn range(&mut self, next: usize) -> Option<usize> {
        if self.to.pending() {
            return None;
        }
        match (&mut self.from.node, self.to.node) {
            (
                Node::Day {
                    month: month @ PENDING,
                    year,
                    month_span,
                    ..
                },
                Node::Day {
                    month: to_month,
                    year: to_year,
                    month_span: to_span,
                    ..
                },
            ) => {
                *month = to_month;
                *month_span = to_span;
                if *year == YearRef::Implicit {
                    *year = to_year;
                }
            }
            (Node::YearPending(year), Node::Year(_)) => {
                let year = *year;
                self.from.node = Node::Year(year);
            }
            (Node::Day { month: PENDING, .. } | Node::YearPending(_), _) => return None,
            _ => {}
        }
        self.shape = Shape::Range {
            from: true,
            to: true,
        };
        Some(next)
    }
}
