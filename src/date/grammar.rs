//! The grammar of Latvian date expressions: tokens to a small syntax tree, without
//! allocating and without looking at the calendar. [`super::resolve`] gives the tree its
//! value.
//!
//! Every rule takes the index of a token and the end (or expression) to write what it
//! reads into, and returns the index after what it read, or `None` (and then what it
//! wrote means nothing); the longest reading wins because every rule reads as far as it
//! can.

use super::lex::{Kind, Tok, Toks};
use super::lexicon::{Part, Period, Unit, Word};

/// Byte offsets `start..end` in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Span {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl Span {
    fn of(tok: Tok) -> Span {
        Span {
            start: tok.start,
            end: tok.end,
        }
    }

    fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: other.end,
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

/// What one end of an expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Node {
    /// A day of a month; `month` is [`PENDING`] while a range start waits for its end's
    /// month (`17.–19. janvārī`).
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
    /// `2022.` before `–2038. gadam`: a year waiting for its end's year word.
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

/// The month of a day that takes its month from the end of its range.
pub(crate) const PENDING: u32 = u32::MAX;

/// One end of an expression: a node with its weekday and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct End {
    pub(crate) node: Node,
    /// A weekday written with the date, to check against it.
    pub(crate) weekday: Option<(u8, Span)>,
    pub(crate) time: Option<Clock>,
    /// The end of a time range on the same day (`plkst. 10.00–12.00`).
    pub(crate) time_end: Option<Clock>,
    /// `naktī uz piektdienu`: an hour from noon on falls on the day before.
    pub(crate) night_before: bool,
}

impl End {
    const fn new(node: Node) -> End {
        End {
            node,
            weekday: None,
            time: None,
            time_end: None,
            night_before: false,
        }
    }

    /// Whether the end still waits for its range's other end.
    fn pending(&self) -> bool {
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

/// A whole expression, filled in place by the grammar: the ends are written where they
/// stay, not built and returned up through every rule (an end is 88 bytes, and was
/// copied at each of the half a dozen rules it passed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Expr {
    /// The one end, or the start of a range.
    pub(crate) start: End,
    /// The end of a range.
    pub(crate) end: End,
    pub(crate) shape: Shape,
}

/// Which ends of an [`Expr`] it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// One end, in `start`.
    One,
    /// A range; an open end is `false`.
    Range { start: bool, end: bool },
}

/// An [`Expr`] as its ends.
#[derive(Debug, Clone, Copy)]
pub(crate) enum View<'e> {
    /// One end.
    One(&'e End),
    /// A range; an open end is `None`.
    Range(Option<&'e End>, Option<&'e End>),
}

impl Expr {
    /// An expression to fill; what it holds before the grammar reads one means nothing.
    pub(crate) const fn new() -> Expr {
        Expr {
            start: End::new(Node::Time),
            end: End::new(Node::Time),
            shape: Shape::One,
        }
    }

    /// Its ends.
    pub(crate) fn view(&self) -> View<'_> {
        match self.shape {
            Shape::One => View::One(&self.start),
            Shape::Range { start, end } => {
                View::Range(start.then_some(&self.start), end.then_some(&self.end))
            }
        }
    }

    /// Whether every end is a day written in digits only.
    pub(crate) fn numeric(&self) -> bool {
        match self.view() {
            View::One(end) => end.numeric(),
            View::Range(start, end) => {
                start.is_none_or(End::numeric) && end.is_none_or(End::numeric)
            }
        }
    }

    /// Makes it the one end in `start`, if that does not wait for another end.
    fn one(&mut self, next: usize) -> Option<usize> {
        self.shape = Shape::One;
        (!self.start.pending()).then_some(next)
    }

    /// Makes it a range from `start` on, open at its end.
    fn open_end(&mut self, next: usize) -> Option<usize> {
        self.shape = Shape::Range {
            start: true,
            end: false,
        };
        (!self.start.pending()).then_some(next)
    }

    /// Makes it a range of `start` and `end`; a pending start takes what it waits for
    /// from the end. Nothing changes when the two do not make a range.
    fn combine(&mut self, next: usize) -> Option<usize> {
        if self.end.pending() {
            return None;
        }
        match (&mut self.start.node, self.end.node) {
            (
                Node::Day {
                    month: month @ PENDING,
                    year,
                    month_span,
                    ..
                },
                Node::Day {
                    month: end_month,
                    year: end_year,
                    month_span: end_span,
                    ..
                },
            ) => {
                *month = end_month;
                *month_span = end_span;
                if *year == YearRef::Implicit {
                    *year = end_year;
                }
            }
            (Node::YearPending(year), Node::Year(_)) => {
                let year = *year;
                self.start.node = Node::Year(year);
            }
            (Node::Day { month: PENDING, .. } | Node::YearPending(_), _) => return None,
            _ => {}
        }
        self.shape = Shape::Range {
            start: true,
            end: true,
        };
        Some(next)
    }
}

/// The grammar over the tokens of one text from one start position.
///
/// `WHOLE`: reading a whole text (`parse`), not finding expressions in running text
/// (`extract`): a label (`Publicēts:`) and a month alone (`martā`) are read, and the
/// tokens are all scanned at once. A parameter of the type, so that each use gets its
/// own code, without a test of the mode at every look at a token.
pub(crate) struct Grammar<'t, const WHOLE: bool> {
    pub(crate) toks: Toks<'t, WHOLE>,
}

impl<'t, const WHOLE: bool> Grammar<'t, WHOLE> {
    #[inline]
    pub(crate) fn new(text: &'t str, start: usize) -> Self {
        Self {
            toks: Toks::new(text, start),
        }
    }

    // The token readers are always inlined: a read is a comparison and a load, less than
    // the call, and the grammar reads a token a dozen times a phrase.
    #[inline(always)]
    fn tok(&mut self, i: usize) -> Tok {
        self.toks.get(i)
    }

    #[inline(always)]
    fn kind(&mut self, i: usize) -> Kind {
        self.toks.kind(i)
    }

    #[inline(always)]
    fn word(&mut self, i: usize) -> Option<Word> {
        self.toks.word(i)
    }

    /// Whether token `i` is `kind` with no space before it.
    // Inlined: every caller passes a kind without data, so the comparison is one byte.
    #[inline(always)]
    fn tight(&mut self, i: usize, kind: Kind) -> bool {
        let tok = self.tok(i);
        tok.kind == kind && !tok.space
    }

    /// The expression at token `i`, written into `out`, and the index after it.
    pub(crate) fn expr(&mut self, i: usize, out: &mut Expr) -> Option<usize> {
        let mut i = i;
        let mut first = self.word(i);
        if WHOLE && first == Some(Word::Label) {
            i += 1;
            if self.kind(i) == Kind::Colon {
                i += 1;
            }
            first = self.word(i);
        }
        match first {
            Some(Word::From) => return self.range_from(i + 1, out),
            Some(Word::Since) => {
                let j = self.end(i + 1, &mut out.start)?;
                return out.open_end(j);
            }
            Some(Word::Starting) => {
                let j = match self.word(i + 1) {
                    Some(Word::With | Word::From) => i + 2,
                    _ => return None,
                };
                let j = self.end(j, &mut out.start)?;
                return out.open_end(j);
            }
            Some(Word::Until) => {
                let j = self.skip_even(i + 1);
                let j = self.end(j, &mut out.end)?;
                if out.end.time_end.is_some() || out.end.pending() {
                    return None;
                }
                out.shape = Shape::Range {
                    start: false,
                    end: true,
                };
                return Some(j);
            }
            _ => {}
        }
        if let Some(j) = self.end(i, &mut out.start) {
            if let Some(k) = self.continue_range(j, out) {
                return Some(k);
            }
            if let Some(j) = out.one(j) {
                return Some(j);
            }
        }
        // `10.00–12.00`: a time range needs no `plkst.`.
        let j = self.bare_time_range(i, &mut out.start)?;
        out.one(j)
    }

    fn skip_even(&mut self, i: usize) -> usize {
        if self.word(i) == Some(Word::Even) {
            i + 1
        } else {
            i
        }
    }

    /// After `no`: `no X līdz Y`, `no X–Y`, or the open `no X`.
    fn range_from(&mut self, i: usize, out: &mut Expr) -> Option<usize> {
        let Some(j) = self.end(i, &mut out.start) else {
            let j = self.bare_time_range(i, &mut out.start)?;
            return out.one(j);
        };
        if out.start.time_end.is_some() {
            return out.one(j);
        }
        if self.word(j) == Some(Word::Until) {
            let k = self.skip_even(j + 1);
            if let Some(m) = self.end(k, &mut out.end)
                && let Some(m) = out.combine(m)
            {
                return Some(m);
            }
        }
        if let Some(k) = self.continue_range(j, out) {
            return Some(k);
        }
        out.open_end(j)
    }

    /// A dash or slash after the start in `out`, which ends before `j`: `17.–19. janvārī`,
    /// `2022.–2038. gadam`, `2023./2024. mācību gadā`.
    fn continue_range(&mut self, j: usize, out: &mut Expr) -> Option<usize> {
        match self.kind(j) {
            Kind::Dash => {
                let k = self.end(j + 1, &mut out.end)?;
                out.combine(k)
            }
            Kind::Slash => {
                let Node::YearPending(first) = out.start.node else {
                    return None;
                };
                let year = self.tok(j + 1);
                if year.kind != Kind::Num || year.digits() != 4 || !self.tight(j + 2, Kind::Dot) {
                    return None;
                }
                let mut k = j + 3;
                let school = self.word(k) == Some(Word::School);
                if school {
                    k += 1;
                }
                let k = self.year_word(k)?;
                let second = i32::try_from(year.value).ok()?;
                if school {
                    if second != first + 1 {
                        return None;
                    }
                    out.start = End::new(Node::SchoolYear(first));
                    out.shape = Shape::One;
                } else {
                    out.start = End::new(Node::Year(first));
                    out.end = End::new(Node::Year(second));
                    out.shape = Shape::Range {
                        start: true,
                        end: true,
                    };
                }
                Some(k)
            }
            _ => None,
        }
    }

    /// A year word at `i` (`gada`, `gadā`, `g.`), and the index after it.
    fn year_word(&mut self, i: usize) -> Option<usize> {
        match self.word(i) {
            Some(Word::Unit(Unit::Year)) => Some(i + 1),
            Some(Word::G) if self.tight(i + 1, Kind::Dot) => Some(i + 2),
            _ => None,
        }
    }

    /// One end of an expression at `i`.
    // Inlined, with the rules it picks kept out of line: a date led by a number, the most
    // common, then costs no frame of its own around the call, where it paid for saving and
    // restoring the registers that the rules led by a word use.
    #[inline(always)]
    pub(crate) fn end(&mut self, i: usize, out: &mut End) -> Option<usize> {
        match self.kind(i) {
            Kind::Num => self.number_led(i, out),
            Kind::Word(word) => self.word_led(i, word, out),
            _ => None,
        }
    }

    /// An end that names a day (with its weekday and time).
    fn dated(&mut self, i: usize, out: &mut End) -> Option<usize> {
        let j = self.end(i, out)?;
        match out.node {
            Node::Day { month, .. } if month != PENDING => Some(j),
            _ => None,
        }
    }

    #[inline(never)]
    fn word_led(&mut self, i: usize, word: Word, out: &mut End) -> Option<usize> {
        match word {
            Word::Weekday(weekday) | Word::WeekdayAbbr(weekday) => {
                let abbr = matches!(word, Word::WeekdayAbbr(_));
                let span = Span::of(self.tok(i));
                let mut j = i + 1;
                if abbr && self.tight(j, Kind::Dot) {
                    j += 1;
                }
                let k = if self.kind(j) == Kind::Comma {
                    j + 1
                } else {
                    j
                };
                if let Some(m) = self.dated(k, out) {
                    out.weekday = Some((weekday, span));
                    return Some(m);
                }
                if abbr {
                    return None;
                }
                *out = End::new(Node::Weekday { weekday, weeks: 0 });
                Some(self.time_after(out, j, None, false))
            }
            Word::Modifier(offset) => match self.word(i + 1)? {
                Word::Weekday(weekday) => {
                    *out = End::new(Node::Weekday {
                        weekday,
                        weeks: offset,
                    });
                    Some(self.time_after(out, i + 2, None, false))
                }
                Word::Unit(Unit::Week) => {
                    *out = End::new(Node::RelativeWeek(offset));
                    Some(i + 2)
                }
                Word::Unit(Unit::Month) => {
                    *out = End::new(Node::RelativeMonth(offset));
                    Some(self.part(i + 2))
                }
                Word::Unit(Unit::Year) => self.year_tail(YearRef::Relative(offset), i + 2, out),
                _ => None,
            },
            Word::Sh => {
                // `š. g.`
                if self.tight(i + 1, Kind::Dot) && self.word(i + 2) == Some(Word::G) {
                    let j = if self.tight(i + 3, Kind::Dot) {
                        i + 4
                    } else {
                        i + 3
                    };
                    return self.year_tail(YearRef::Relative(0), j, out);
                }
                None
            }
            Word::RelativeDay(days) => {
                *out = End::new(Node::Days(i32::from(days)));
                Some(self.time_after(out, i + 1, None, false))
            }
            Word::RelativeDayPeriod(days, period) => {
                *out = End::new(Node::Days(i32::from(days)));
                Some(self.time_after(out, i + 1, Some(period), false))
            }
            Word::RelativeYear(years) => {
                *out = End::new(Node::RelativeYear(years));
                Some(self.part(i + 1))
            }
            Word::RelativeWeek(weeks) => {
                *out = End::new(Node::RelativeWeek(weeks));
                Some(i + 1)
            }
            Word::RelativeMonth(months) => {
                *out = End::new(Node::RelativeMonth(months));
                Some(self.part(i + 1))
            }
            Word::Ago | Word::After => {
                let sign = if word == Word::Ago { -1 } else { 1 };
                let count = self.tok(i + 1);
                let (count, j) = match count.kind {
                    Kind::Num if count.digits() <= 3 => (count.value, i + 2),
                    Kind::Word(Word::Numeral(n)) => (u32::from(n), i + 2),
                    _ => (1, i + 1),
                };
                let count = i32::try_from(count).ok()? * sign;
                let node = match self.word(j)? {
                    Word::Unit(Unit::Day) => Node::Days(count),
                    Word::Unit(Unit::Week) => Node::Days(count * 7),
                    Word::Unit(Unit::Month) => Node::Months(count),
                    Word::Unit(Unit::Year) => Node::Months(count * 12),
                    _ => return None,
                };
                *out = End::new(node);
                Some(j + 1)
            }
            Word::Clock => {
                let (clock, j) = self.clock(i)?;
                *out = End::new(Node::Time);
                out.time = Some(clock);
                let j = self.time_range(out, j, true);
                // `Plkst. 00.14 naktī uz piektdienu`.
                if self.word(j) == Some(Word::Towards)
                    && let Some(Word::Weekday(weekday)) = self.word(j + 1)
                {
                    out.node = Node::Weekday { weekday, weeks: 0 };
                    out.night_before = true;
                    return Some(j + 2);
                }
                Some(j)
            }
            Word::Month(month) => {
                let month = u32::from(month);
                let next = self.tok(i + 1);
                if next.kind == Kind::Num && next.digits() <= 2 {
                    // `Novembris 17, 2022`.
                    let j = if self.kind(i + 2) == Kind::Comma {
                        i + 3
                    } else {
                        i + 2
                    };
                    let year = self.tok(j);
                    if year.kind == Kind::Num && year.digits() == 4 {
                        *out = End::new(Node::Day {
                            year: YearRef::Absolute(i32::try_from(year.value).ok()?),
                            month,
                            day: next.value,
                            day_span: Span::of(next),
                            month_span: Span::of(self.tok(i)),
                            numeric: false,
                            slash: false,
                        });
                        return Some(self.time_after(out, j + 1, None, false));
                    }
                    return None;
                }
                if next.kind == Kind::Num && next.digits() == 4 && !self.tight(i + 2, Kind::Dot) {
                    let year = i32::try_from(next.value).ok()?;
                    *out = End::new(Node::Month {
                        year: YearRef::Absolute(year),
                        month,
                    });
                    return Some(i + 2);
                }
                *out = End::new(Node::Month {
                    year: YearRef::Implicit,
                    month,
                });
                if let Some(Word::Part(_)) = self.word(i + 1) {
                    return Some(i + 2);
                }
                if WHOLE {
                    return Some(i + 1);
                }
                None
            }
            _ => None,
        }
    }

    /// A part word (`sākumā`) at `i` is read and kept out of the value.
    fn part(&mut self, i: usize) -> usize {
        match self.word(i) {
            Some(Word::Part(Part::Any)) => i + 1,
            _ => i,
        }
    }

    /// What follows a year word: a day, a month, a week or nothing.
    fn year_tail(&mut self, year: YearRef, i: usize, out: &mut End) -> Option<usize> {
        let tok = self.tok(i);
        if tok.kind == Kind::Num && tok.digits() <= 2 {
            // `2024. gada 2. nedēļā`
            if let YearRef::Absolute(y) = year
                && self.tight(i + 1, Kind::Dot)
                && self.word(i + 2) == Some(Word::Unit(Unit::Week))
            {
                *out = End::new(Node::Week {
                    year: y,
                    week: tok.value,
                    span: Span::of(tok),
                });
                return Some(i + 3);
            }
            if let Some(j) = self.number_led(i, out) {
                if let Node::Day { year: y, .. } = &mut out.node
                    && *y == YearRef::Implicit
                {
                    *y = year;
                }
                return Some(j);
            }
        }
        if let Some(Word::Month(month)) = self.word(i) {
            *out = End::new(Node::Month {
                year,
                month: u32::from(month),
            });
            return Some(self.part(i + 1));
        }
        let node = match year {
            YearRef::Absolute(y) => Node::Year(y),
            YearRef::Relative(r) => Node::RelativeYear(r),
            YearRef::Implicit => return None,
        };
        *out = End::new(node);
        Some(self.part(i))
    }

    fn number_led(&mut self, i: usize, out: &mut End) -> Option<usize> {
        let a = self.tok(i);
        let b = self.tok(i + 1);
        match b.kind {
            Kind::Dot if !b.space => self.number_dot(i, a, out),
            Kind::Word(Word::Month(m) | Word::MonthAbbr(m)) if a.digits() <= 2 => {
                self.day_month(i, a, u32::from(m), i + 1, out)
            }
            Kind::Dash if !b.space => {
                // `2024-01-17` or `20-02-2017`.
                let (m, last) = self.separated(i, Kind::Dash)?;
                let (year, day) = match (a.digits(), last.digits()) {
                    (4, 1..=2) => (a, last),
                    (1..=2, 4) => (last, a),
                    _ => return None,
                };
                *out = self.numeric_day(year_value(year)?, m, day, false);
                Some(self.time_after(out, i + 5, None, true))
            }
            Kind::Slash if !b.space && a.digits() <= 2 => {
                // `17/01/2024`.
                let (m, y) = self.separated(i, Kind::Slash)?;
                if !(y.digits() == 4 || y.digits() == 2) {
                    return None;
                }
                *out = self.numeric_day(year_value(y)?, m, a, true);
                Some(self.time_after(out, i + 5, None, true))
            }
            _ => None,
        }
    }

    /// The middle and last numbers of `a-b-c` or `a/b/c` at `i`, written without spaces,
    /// the middle one of at most two digits.
    // Inlined: see `clock_digits`.
    #[inline(always)]
    fn separated(&mut self, i: usize, separator: Kind) -> Option<(Tok, Tok)> {
        let middle = self.tok(i + 2);
        let last = self.tok(i + 4);
        let tight = middle.kind == Kind::Num
            && !middle.space
            && middle.digits() <= 2
            && self.tight(i + 3, separator)
            && last.kind == Kind::Num
            && !last.space;
        tight.then_some((middle, last))
    }

    fn numeric_day(&mut self, year: i32, month: Tok, day: Tok, slash: bool) -> End {
        End::new(Node::Day {
            year: YearRef::Absolute(year),
            month: month.value,
            day: day.value,
            day_span: Span::of(day),
            month_span: Span::of(month),
            numeric: true,
            slash,
        })
    }

    /// A number followed by a dot: `2024. gada`, `2024.01.17.`, `17.01.2024.`,
    /// `17. janvārī`, `17.01.`, `17.–19.`, `2022.–`.
    fn number_dot(&mut self, i: usize, a: Tok, out: &mut End) -> Option<usize> {
        let c = self.tok(i + 2);
        if a.digits() == 4 {
            let year = i32::try_from(a.value).ok()?;
            if let Some(j) = self.year_word(i + 2) {
                return self.year_tail(YearRef::Absolute(year), j, out);
            }
            if c.kind == Kind::Num && !c.space && c.digits() <= 2 {
                // `2024.01.17.`
                let d = self.tok(i + 4);
                if self.tight(i + 3, Kind::Dot)
                    && d.kind == Kind::Num
                    && !d.space
                    && d.digits() <= 2
                {
                    let mut j = i + 5;
                    if self.tight(j, Kind::Dot) {
                        j += 1;
                    }
                    *out = self.numeric_day(year, c, d, false);
                    return Some(self.time_after(out, j, None, true));
                }
                return None;
            }
            if matches!(c.kind, Kind::Dash | Kind::Slash | Kind::Word(Word::Until)) {
                *out = End::new(Node::YearPending(year));
                return Some(i + 2);
            }
            return None;
        }
        if a.digits() > 2 {
            return None;
        }
        match c.kind {
            Kind::Word(Word::Month(m) | Word::MonthAbbr(m)) => {
                self.day_month(i, a, u32::from(m), i + 2, out)
            }
            Kind::Num if !c.space && c.digits() <= 2 => {
                if self.tight(i + 3, Kind::Dot) {
                    let y = self.tok(i + 4);
                    // `17.01.2024.`, `8.1.2009`, `17.01.24`; a two-digit year only with a
                    // two-digit day and month (`2.1.24` is a version number).
                    let two_digit_ok = a.digits() == 2 && c.digits() == 2;
                    if y.kind == Kind::Num
                        && !y.space
                        && (y.digits() == 4 || (y.digits() == 2 && two_digit_ok))
                    {
                        let mut j = i + 5;
                        if self.tight(j, Kind::Dot) {
                            j += 1;
                        }
                        *out = self.numeric_day(year_value(y)?, c, a, false);
                        return Some(self.time_after(out, j, None, true));
                    }
                    // `17.01.`
                    return self.day_month_numeric(a, c, i + 4, out);
                }
                // `17.01`
                self.day_month_numeric(a, c, i + 3, out)
            }
            Kind::Dash | Kind::Word(Word::Until) => {
                // `17.–19. janvārī`, `no 17. līdz 19. janvārim`: the month comes later.
                *out = End::new(Node::Day {
                    year: YearRef::Implicit,
                    month: PENDING,
                    day: a.value,
                    day_span: Span::of(a),
                    month_span: Span::default(),
                    numeric: false,
                    slash: false,
                });
                Some(i + 2)
            }
            _ => None,
        }
    }

    /// `17.01` or `17.01.` without a year: a two-digit month 01–12, a day 1–31, and no
    /// unit after it (`17.01 m3` is a number).
    fn day_month_numeric(
        &mut self,
        day: Tok,
        month: Tok,
        j: usize,
        out: &mut End,
    ) -> Option<usize> {
        if month.digits() != 2 || !(1..=12).contains(&month.value) || !(1..=31).contains(&day.value)
        {
            return None;
        }
        match self.kind(j) {
            Kind::Word(Word::Measure) | Kind::Measure | Kind::Num => return None,
            Kind::Dot | Kind::Comma if self.kind(j + 1) == Kind::Num && !self.tok(j + 1).space => {
                return None;
            }
            _ => {}
        }
        *out = End::new(Node::Day {
            year: YearRef::Implicit,
            month: month.value,
            day: day.value,
            day_span: Span::of(day),
            month_span: Span::of(month),
            numeric: true,
            slash: false,
        });
        Some(self.time_after(out, j, None, true))
    }

    /// A day and a month word at `m`: `17. janvārī`, `17 janv. 2024`, with a time after.
    fn day_month(
        &mut self,
        i: usize,
        day: Tok,
        month: u32,
        m: usize,
        out: &mut End,
    ) -> Option<usize> {
        let month_tok = self.tok(m);
        let mut j = m + 1;
        if matches!(month_tok.kind, Kind::Word(Word::MonthAbbr(_))) && self.tight(j, Kind::Dot) {
            j += 1;
        }
        let mut year = YearRef::Implicit;
        let y = self.tok(j);
        if y.kind == Kind::Num && y.digits() == 4 {
            if self.tight(j + 1, Kind::Dot) {
                if let Some(k) = self.year_word(j + 2) {
                    year = YearRef::Absolute(i32::try_from(y.value).ok()?);
                    j = k;
                }
            } else if self.kind(j + 1) != Kind::Dash {
                year = YearRef::Absolute(i32::try_from(y.value).ok()?);
                j += 1;
            }
        }
        *out = End::new(Node::Day {
            year,
            month,
            day: day.value,
            day_span: Span::of(self.tok(i)),
            month_span: Span::of(month_tok),
            numeric: false,
            slash: false,
        });
        Some(self.time_after(out, j, None, false))
    }

    /// A time after a day at `j`: `, plkst. 10.00`, `plkst. 10.00–12.00`,
    /// `no plkst. 10 līdz 12`, and after a numeric date also a bare `14:30`.
    // Inlined as the test of the token that may start a time, with the reading out of
    // line ([`Grammar::time_at`]): most days have no time, and then the test costs no
    // frame of its own.
    #[inline(always)]
    fn time_after(
        &mut self,
        end: &mut End,
        j: usize,
        period: Option<Period>,
        numeric: bool,
    ) -> usize {
        let k = if self.kind(j) == Kind::Comma {
            j + 1
        } else {
            j
        };
        match self.kind(k) {
            Kind::Word(Word::Clock | Word::From) => self.time_at(end, j, k, period, numeric),
            Kind::Num if numeric && k == j => self.time_at(end, j, k, period, numeric),
            _ => j,
        }
    }

    /// [`Grammar::time_after`] where a time may start at `k`.
    #[inline(never)]
    fn time_at(
        &mut self,
        end: &mut End,
        j: usize,
        k: usize,
        period: Option<Period>,
        numeric: bool,
    ) -> usize {
        let (clock, m) = match self.word(k) {
            Some(Word::Clock) => match self.clock(k) {
                Some(found) => found,
                None => return j,
            },
            Some(Word::From) if self.word(k + 1) == Some(Word::Clock) => match self.clock(k + 1) {
                Some(found) => found,
                None => return j,
            },
            _ if numeric && k == j => match self.clock_digits(k, false) {
                Some(found) => found,
                None => return j,
            },
            _ => return j,
        };
        let mut clock = Some(clock);
        let m = self.period(&mut clock, m, period);
        end.time = clock;
        self.time_range(end, m, true)
    }

    /// `plkst. 10.00` at the clock word `i`, with its day period.
    // Inlined: see `clock_digits`.
    #[inline(always)]
    fn clock(&mut self, i: usize) -> Option<(Clock, usize)> {
        let j = self.skip_clock_word(i);
        let (clock, k) = self.clock_digits(j, true)?;
        let mut clock = Some(clock);
        let k = self.period(&mut clock, k, None);
        clock.map(|c| (c, k))
    }

    /// Skips `plkst.` / `pulksten` at `i` if it is there.
    fn skip_clock_word(&mut self, i: usize) -> usize {
        if self.word(i) == Some(Word::Clock) {
            if self.tight(i + 1, Kind::Dot) {
                i + 2
            } else {
                i + 1
            }
        } else {
            i
        }
    }

    /// A time range's end after a time: `–12.00`, `līdz pat 12.00`, `- plkst. 12`.
    fn time_range(&mut self, end: &mut End, j: usize, hour_alone: bool) -> usize {
        let k = match (self.kind(j), self.word(j)) {
            (Kind::Dash, _) => j + 1,
            (_, Some(Word::Until)) => self.skip_even(j + 1),
            _ => return j,
        };
        let m = self.skip_clock_word(k);
        match self.clock_digits(m, hour_alone || m > k) {
            Some((clock, n)) => {
                let mut clock = Some(clock);
                let n = self.period(&mut clock, n, None);
                end.time_end = clock;
                n
            }
            None => j,
        }
    }

    /// A day period after a time (`vakarā`, `no rīta`) places an hour up to 12; `default`
    /// is the period of a word like `šovakar`.
    fn period(&mut self, clock: &mut Option<Clock>, j: usize, default: Option<Period>) -> usize {
        let (period, next) = match self.word(j) {
            Some(Word::Period(p)) => (Some(p), j + 1),
            Some(Word::From) if self.word(j + 1) == Some(Word::Period(Period::Morning)) => {
                (Some(Period::Morning), j + 2)
            }
            _ => (default, j),
        };
        if let (Some(period), Some(c)) = (period, clock.as_mut())
            && c.hour <= 12
        {
            c.hour = match (period, c.hour) {
                (Period::Morning, 12) | (Period::Night, 12) => 0,
                (Period::Morning, h) => h,
                (Period::Evening, 12) => 12,
                (Period::Evening, h) => h + 12,
                (Period::Night, h) if h <= 5 => h,
                (Period::Night, h) => h + 12,
            };
        }
        next
    }

    /// `10.00`, `10:00`, `10:00:30`, and when `hour_alone` a bare hour `19`. A time without
    /// a clock word (`hour_alone` false) must be a valid one with two-digit minutes.
    // Inlined, as are `clock` and `separated`: an answer of more than two registers is
    // returned through memory, written a field at a time and read back with wider loads,
    // which wait for the stores to reach the cache (timed phrases: 158 -> 150 ns).
    #[inline(always)]
    fn clock_digits(&mut self, i: usize, hour_alone: bool) -> Option<(Clock, usize)> {
        let h = self.tok(i);
        if h.kind != Kind::Num || h.digits() > 2 {
            return None;
        }
        let sep = self.tok(i + 1);
        let mm = self.tok(i + 2);
        if matches!(sep.kind, Kind::Dot | Kind::Colon)
            && !sep.space
            && mm.kind == Kind::Num
            && !mm.space
            && mm.digits() == 2
        {
            let mut clock = Clock {
                hour: u8::try_from(h.value).ok()?,
                minute: u8::try_from(mm.value).ok()?,
                second: 0,
                span: Span::of(h).to(Span::of(mm)),
            };
            let mut j = i + 3;
            let ss = self.tok(i + 4);
            if sep.kind == Kind::Colon
                && self.tight(i + 3, Kind::Colon)
                && ss.kind == Kind::Num
                && !ss.space
                && ss.digits() == 2
            {
                clock.second = u8::try_from(ss.value).ok()?;
                clock.span = clock.span.to(Span::of(ss));
                j = i + 5;
            }
            if !hour_alone
                && (clock.hour > 24 || clock.minute > 59 || (clock.hour == 24 && clock.minute > 0))
            {
                return None;
            }
            return Some((clock, j));
        }
        // A bare hour, but not the day of a date that follows (`līdz 19. janvārim`).
        let after = if sep.kind == Kind::Dot { mm } else { sep };
        let day_of_date = matches!(after.kind, Kind::Word(Word::Month(_) | Word::MonthAbbr(_)))
            || (sep.kind == Kind::Dot && !sep.space && mm.kind == Kind::Num && !mm.space);
        if hour_alone && !day_of_date {
            let clock = Clock {
                hour: u8::try_from(h.value).ok()?,
                minute: 0,
                second: 0,
                span: Span::of(h),
            };
            return Some((clock, i + 1));
        }
        None
    }

    /// `10.00–12.00`, `16:00-17:00`: a time range without a clock word.
    fn bare_time_range(&mut self, i: usize, out: &mut End) -> Option<usize> {
        let (clock, j) = self.clock_digits(i, false)?;
        if !matches!(self.kind(j), Kind::Dash) && self.word(j) != Some(Word::Until) {
            return None;
        }
        *out = End::new(Node::Time);
        out.time = Some(clock);
        let k = self.time_range(out, j, false);
        out.time_end?;
        Some(k)
    }
}

/// Two-digit years are this century.
fn year_value(tok: Tok) -> Option<i32> {
    let value = i32::try_from(tok.value).ok()?;
    Some(if tok.digits() == 2 {
        2000 + value
    } else {
        value
    })
}
