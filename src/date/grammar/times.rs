//! Times of day: a term led by `plkst.` (`plkst. 10.00`, `Plkst. 00.14 naktī uz
//! piektdienu`), the time after a day (`, plkst. 10.00`, `no plkst. 10 līdz 12`, `14:30`
//! after a numeric date), time ranges (`10.00–12.00`, `līdz pat 12.00`) and day periods
//! (`plkst. 8 vakarā`, `no rīta`).

use crate::date::grammar::Grammar;
use crate::date::lex::Kind;
use crate::date::lexicon::{Period, Word};
use crate::date::syntax::{Clock, Node, Span, Term};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<'_, T> {
    /// A term led by the clock word at `i`: a time alone, on the reference day, or the
    /// night before a weekday (`naktī uz piektdienu`).
    pub(super) fn clock_led(&mut self, i: usize, out: &mut Term) -> Option<usize> {
        let (clock, j) = self.clock(i)?;
        *out = Term::new(Node::Time);
        out.time = Some(clock);
        let j = self.time_range(out, j, true);
        // `Plkst. 00.14 naktī uz piektdienu`.
        if self.word(j) == Some(Word::Towards)
            && let Some(Word::Weekday(weekday)) = self.word(j + 1)
        {
            out.node = Node::Weekday {
                weekday,
                weeks: 0,
                tense: None,
            };
            out.night_before = true;
            return Some(j + 2);
        }
        Some(j)
    }

    /// The time after a day that ends before `j`, written into `term`: `, plkst. 10.00`,
    /// `plkst. 10.00–12.00`, `no plkst. 10 līdz 12`, and where a `bare` time may follow
    /// (after a date, not after a weekday alone) also one without `plkst.`, right after the
    /// day: `14:30`, `10.00–12.00`, `no 10.00 līdz 12.00`, an hour range `10–12`; `period` is
    /// the day period of a word like `šovakar`. The index after the time, or `j` when there
    /// is none.
    // Inlined as the test of the token that may start a time, with the reading out of line
    // ([`Grammar::time_at`]): most days have no time.
    #[inline(always)]
    pub(super) fn time_after(
        &mut self,
        term: &mut Term,
        j: usize,
        period: Option<Period>,
        bare: bool,
    ) -> usize {
        let k = self.skip_comma(j);
        match self.kind(k) {
            Kind::Word(Word::Clock | Word::From) => self.time_at(term, j, k, period, bare),
            Kind::Num if bare && k == j => self.time_at(term, j, k, period, bare),
            _ => j,
        }
    }

    /// [`Grammar::time_after`] where a time may start at `k`.
    #[inline(never)]
    fn time_at(
        &mut self,
        term: &mut Term,
        j: usize,
        k: usize,
        period: Option<Period>,
        bare: bool,
    ) -> usize {
        // Whether the time is written without `plkst.`, and whether as an hour alone.
        let (found, bare, hour) = match self.word(k) {
            Some(Word::Clock) => (self.clock(k), false, false),
            Some(Word::From) if self.word(k + 1) == Some(Word::Clock) => {
                (self.clock(k + 1), false, false)
            }
            Some(Word::From) if bare && k == j => (self.clock_digits(k + 1, false), true, false),
            _ if bare && k == j => match self.clock_digits(k, false) {
                Some(found) => (Some(found), true, false),
                None => (self.hour_before_dash(k), true, true),
            },
            _ => (None, false, false),
        };
        let Some((clock, m)) = found else {
            return j;
        };
        let mut clock = Some(clock);
        let m = self.period(&mut clock, m, period);
        term.time = clock;
        let end = self.time_range(term, m, true);
        // Without `plkst.`, a time before a unit is a number (`12. martā 10.50 eiro`), and an
        // hour is a time only with the end of its range (`10–12`).
        let number = matches!(self.kind(end), Kind::Word(Word::Measure) | Kind::Measure)
            || (hour && term.time_until.is_none());
        if bare && number {
            (term.time, term.time_until) = (None, None);
            return j;
        }
        end
    }

    /// `10` of `10–12` at `i`: an hour from 0 to 24 before a dash, the start of an hour
    /// range written without `plkst.` (its end is read by [`Grammar::time_range`]).
    fn hour_before_dash(&mut self, i: usize) -> Option<(Clock, usize)> {
        let h = self.tok(i);
        if h.kind != Kind::Num || h.digits() > 2 || h.value > 24 || self.kind(i + 1) != Kind::Dash {
            return None;
        }
        let clock = Clock {
            hour: u8::try_from(h.value).ok()?,
            minute: 0,
            second: 0,
            span: Span::of(h),
        };
        Some((clock, i + 1))
    }

    /// `plkst. 10.00` at the clock word `i`, with its day period.
    #[inline(always)]
    fn clock(&mut self, i: usize) -> Option<(Clock, usize)> {
        let j = self.skip_clock_word(i);
        let (clock, k) = self.clock_digits(j, true)?;
        let mut clock = Some(clock);
        let k = self.period(&mut clock, k, None);
        clock.map(|c| (c, k))
    }

    /// After `plkst.` / `pulksten` at `i`, or at `i`; after `pulkstenis rādīs` also the
    /// verb (`kad pulkstenis rādīs 3.00`).
    fn skip_clock_word(&mut self, i: usize) -> usize {
        if self.word(i) != Some(Word::Clock) {
            i
        } else if self.tight(i + 1, Kind::Dot) {
            i + 2
        } else if let Some(Word::Verb(_)) = self.word(i + 1) {
            i + 2
        } else {
            i + 1
        }
    }

    /// Where a time range ends, after a time at `j`: `–12.00`, `līdz pat 12.00`,
    /// `- plkst. 12`, written into `term`; the index after it, or `j`.
    fn time_range(&mut self, term: &mut Term, j: usize, hour_alone: bool) -> usize {
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
                term.time_until = clock;
                n
            }
            None => j,
        }
    }

    /// A day period after a time at `j` (`vakarā`, `no rīta`) places an hour up to 12;
    /// `default` is the period of a word like `šovakar`.
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
    // Inlined, as are `clock` and `separated`, so that what they find is not returned
    // through memory.
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
                span: Span::of(h).through(Span::of(mm)),
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
                clock.span = clock.span.through(Span::of(ss));
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
    pub(super) fn bare_time_range(&mut self, i: usize, out: &mut Term) -> Option<usize> {
        let (clock, j) = self.clock_digits(i, false)?;
        if !matches!(self.kind(j), Kind::Dash) && self.word(j) != Some(Word::Until) {
            return None;
        }
        *out = Term::new(Node::Time);
        out.time = Some(clock);
        let k = self.time_range(out, j, false);
        out.time_until?;
        Some(k)
    }
}
