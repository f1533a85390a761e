//! The syntax tree of one date expression, as the [grammar](crate::date::grammar) reads it
//! and before the [resolver](crate::date::resolve) looks at the calendar: an [`Expr`] is
//! one [`Term`] or a range of two, with the [`Frame`] written before it and the [`List`] of
//! days it may be, and a term is a [`Node`] (what it names) with the weekday and the time
//! written with it.

use crate::date::lex::Tok;
use crate::date::lexicon::Tense;
use crate::date::tokens::CAP;

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
    /// A weekday of the reference's ISO week, moved by `weeks`; or, by the `tense` of the
    /// verb beside it, the latest such day on or before the reference or the next on or
    /// after it.
    Weekday {
        weekday: u8,
        weeks: i8,
        tense: Option<Tense>,
    },
    /// A school year from 1 September of the year (`2023./2024. mācību gadā`).
    SchoolYear(i32),
    /// A time alone: the reference day, or in text the day of the match before.
    Time,
    /// Days that recur (`trešdienās`, `katru otrdienu`): no one date.
    Recurring,
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

    /// A day waiting for its month takes the month of `later`, a day written after it,
    /// and its year when it has none of its own (`17.–19. janvārī`, `12., 19. un 26. jūlijā
    /// 2024`). Nothing changes for any other term.
    pub(crate) fn take_month(&mut self, later: &Term) {
        if let (
            Node::Day {
                month: month @ PENDING,
                year,
                month_span,
                ..
            },
            Node::Day {
                month: later_month,
                year: later_year,
                month_span: later_span,
                ..
            },
        ) = (&mut self.node, later.node)
        {
            *month = later_month;
            *month_span = later_span;
            if *year == YearRef::Implicit {
                *year = later_year;
            }
        }
    }

    /// Whether it is a day with its month, or a month: what a [`Frame`] may stand before.
    pub(crate) fn dated(&self) -> bool {
        match self.node {
            Node::Day { month, .. } => month != PENDING,
            Node::Month { .. } => true,
            _ => false,
        }
    }

    /// The year written with a day or month.
    pub(crate) fn year(&self) -> Option<YearRef> {
        match self.node {
            Node::Day { year, .. } | Node::Month { year, .. } => Some(year),
            _ => None,
        }
    }
}

/// What a word or phrase before a date says of it, in apposition (`Šodien, 5. martā`,
/// `Nākamnedēļ, 3. jūnijā`) or as the year it falls in (`2022. gadā no 3. marta līdz
/// 5. aprīlim`, `šogad no 1. līdz 15. jūnijam`): the day, week, month or year it names.
/// The date takes its year from it and must lie in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Frame {
    /// What the word or phrase names: [`Node::Days`], [`Node::Weekday`] of another week,
    /// [`Node::RelativeWeek`], [`Node::Week`], [`Node::RelativeMonth`],
    /// [`Node::RelativeYear`] or [`Node::Year`].
    pub(crate) node: Node,
    /// Where it is written, for a message.
    pub(crate) span: Span,
}

impl Frame {
    /// The frame a term written at `span` (read alone, with no time) can be before a date,
    /// and whether only a date without a year of its own may follow it (a year does not
    /// stand in apposition to another: `2009. gadā, 17.01.2024.` is two dates).
    pub(crate) fn of(term: &Term, span: Span) -> Option<(Frame, bool)> {
        if term.time.is_some() || term.weekday.is_some() {
            return None;
        }
        let year_only = match term.node {
            // A weekday alone before a date is checked against it as its weekday
            // (`Trešdien, 17. janvārī`); only a weekday of another week frames one.
            Node::Weekday { weeks, .. } if weeks != 0 => false,
            Node::Days(_) | Node::RelativeWeek(_) | Node::Week { .. } | Node::RelativeMonth(_) => {
                false
            }
            Node::Year(_) | Node::RelativeYear(_) => true,
            _ => return None,
        };
        let frame = Frame {
            node: term.node,
            span,
        };
        Some((frame, year_only))
    }
}

/// How many days a list may have: more than fit in the tokens of one expression
/// ([`CAP`]), where each day takes two at least.
pub(crate) const MAX_ITEMS: usize = CAP / 2;

/// The days of a list that share a month, a year or a time (`12., 19. un 26. jūlijā`,
/// `30. aprīlī un 2. maijā no 8:00 līdz 16:00`): where each starts, as token indices, read
/// again one by one ([`crate::date::grammar`]'s `list_item`). Empty for an expression that
/// is not a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct List {
    starts: [u8; MAX_ITEMS],
    len: u8,
}

impl List {
    /// No days: not a list.
    pub(crate) const EMPTY: List = List {
        starts: [0; MAX_ITEMS],
        len: 0,
    };

    /// How many days it has.
    pub(crate) fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Whether it has no days: the expression is not a list.
    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Where day `k` starts.
    pub(crate) fn start(&self, k: usize) -> Option<usize> {
        let day = self.starts.get(..self.len())?.get(k);
        day.map(|&i| usize::from(i))
    }

    /// Adds a day that starts at token `i`; `false` when the list is full.
    pub(crate) fn push(&mut self, i: usize) -> bool {
        let len = self.len();
        match (u8::try_from(i), self.starts.get_mut(len)) {
            (Ok(i), Some(slot)) => {
                *slot = i;
                self.len += 1;
                true
            }
            _ => false,
        }
    }

    /// Keeps the first `len` days.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.len = self.len.min(u8::try_from(len).unwrap_or(u8::MAX));
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
    /// The frame written before it, if any.
    pub(crate) frame: Option<Frame>,
    /// The days of a list, which its terms (a range) cover.
    pub(crate) list: List,
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
            frame: None,
            list: List::EMPTY,
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

    /// Whether every term is a day written in digits only, with no frame before it: digits
    /// that may be some other number.
    pub(crate) fn numeric(&self) -> bool {
        if self.frame.is_some() {
            return false;
        }
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
            (Node::Day { month: PENDING, .. }, Node::Day { .. }) => {
                self.from.take_month(&self.to);
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

    /// A time written once after the last of several days (`8.–10. martā plkst. 9.30`,
    /// `5. un 6. augustā no 10.00 līdz 12.00`) is the time of each day: the days run from
    /// the first at that time to the last at the end of its time window, or, with no window,
    /// through the whole last day. Nothing changes unless both terms are days and only the
    /// last has a time.
    pub(crate) fn spread_time(&mut self) {
        let days = matches!(
            (self.from.node, self.to.node),
            (Node::Day { .. }, Node::Day { .. })
        );
        if !days || self.from.time.is_some() {
            return;
        }
        self.from.time = self.to.time;
        self.to.time = self.to.time_until.take();
    }
}
