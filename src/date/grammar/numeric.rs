//! Terms led by a number: numeric dates, a day and a month word, a day waiting for its
//! month, and years.

use crate::date::grammar::Grammar;
use crate::date::lex::{Kind, Tok};
use crate::date::lexicon::{Unit, Word};
use crate::date::syntax::{Node, PENDING, Span, Term, YearRef};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<'_, T> {
    /// A term led by the number at `i`.
    pub(super) fn number_led(&mut self, i: usize, out: &mut Term) -> Option<usize> {
        let a = self.tok(i);
        let b = self.tok(i + 1);
        match b.kind {
            Kind::Dot if !b.space => self.number_dot(i, a, out),
            // `17 . janvārī`, typed with a space too many.
            Kind::Dot if a.digits() <= 2 => match self.word(i + 2) {
                Some(Word::Month(m) | Word::MonthAbbr(m)) => {
                    self.day_month(i, a, u32::from(m), i + 2, out)
                }
                _ => None,
            },
            Kind::Word(Word::Month(m) | Word::MonthAbbr(m)) if a.digits() <= 2 => {
                self.day_month(i, a, u32::from(m), i + 1, out)
            }
            // `2023 gada 3. martā`: a year without its dot, before a day or a month only (not
            // `2000 gadu`).
            Kind::Word(Word::Unit(Unit::Year)) if a.digits() == 4 => {
                let year = YearRef::Absolute(i32::try_from(a.value).ok()?);
                let j = self.year_tail(year, i + 2, out)?;
                matches!(out.node, Node::Day { .. } | Node::Month { .. }).then_some(j)
            }
            Kind::Dash if !b.space => {
                // `2024-01-17` or `20-02-2017`.
                let (m, last) = self.separated(i, Kind::Dash)?;
                let (year, day) = match (a.digits(), last.digits()) {
                    (4, 1..=2) => (a, last),
                    (1..=2, 4) => (last, a),
                    _ => return None,
                };
                *out = numeric_day(year_value(year)?, m, day, false);
                Some(self.time_after(out, i + 5, None, true))
            }
            Kind::Slash if !b.space && a.digits() <= 2 => {
                // `17/01/2024`.
                let (m, y) = self.separated(i, Kind::Slash)?;
                if !(y.digits() == 4 || y.digits() == 2) {
                    return None;
                }
                *out = numeric_day(year_value(y)?, m, a, true);
                Some(self.time_after(out, i + 5, None, true))
            }
            _ => None,
        }
    }

    /// The middle and last numbers of `a-b-c` or `a/b/c` at `i`, written without spaces,
    /// the middle one of at most two digits.
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

    /// A number followed by a dot: `2024. gada`, `2024.01.17.`, `17.01.2024.`,
    /// `17. janvārī`, `17.01.`, `17.–19.`, `2022.–`.
    fn number_dot(&mut self, i: usize, a: Tok, out: &mut Term) -> Option<usize> {
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
                    *out = numeric_day(year, c, d, false);
                    return Some(self.time_after(out, j, None, true));
                }
                return None;
            }
            if matches!(c.kind, Kind::Dash | Kind::Slash | Kind::Word(Word::Until)) {
                *out = Term::new(Node::YearPending(year));
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
            Kind::Word(Word::RomanMonth(m)) if self.roman(i + 2) => {
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
                        *out = numeric_day(year_value(y)?, c, a, false);
                        return Some(self.time_after(out, j, None, true));
                    }
                    // `17.01.`
                    return self.day_month_numeric(a, c, i + 4, out);
                }
                // `17.01`
                self.day_month_numeric(a, c, i + 3, out)
            }
            Kind::Dash | Kind::Word(Word::Until | Word::And) | Kind::Comma => {
                // `17.–19. janvārī`, `no 17. līdz 19. janvārim`, `12., 19. un 26. jūlijā`:
                // the month comes later.
                *out = Term::new(Node::Day {
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

    /// Whether the Roman numeral at `i` is a month: written in capitals, and, of one letter
    /// (`I`, `V`, `X`), not before a dot, where it is an initial (`3. V. Kalniņš`), nor
    /// before a word other than `plkst.`, where it numbers something (`1. I grupa`).
    fn roman(&mut self, i: usize) -> bool {
        let tok = self.tok(i);
        let written = self.written(tok);
        if !written.bytes().all(|b| b.is_ascii_uppercase()) {
            return false;
        }
        written.len() > 1
            || !(self.tight(i + 1, Kind::Dot)
                || matches!(self.kind(i + 1), Kind::Word(word) if word != Word::Clock))
    }

    /// `17.01` or `17.01.` without a year: a two-digit month 01–12, a day 1–31, and no
    /// unit after it (`17.01 m3` is a number).
    fn day_month_numeric(
        &mut self,
        day: Tok,
        month: Tok,
        j: usize,
        out: &mut Term,
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
        *out = Term::new(Node::Day {
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
}

/// A day written in digits only, with its year.
fn numeric_day(year: i32, month: Tok, day: Tok, slash: bool) -> Term {
    Term::new(Node::Day {
        year: YearRef::Absolute(year),
        month: month.value,
        day: day.value,
        day_span: Span::of(day),
        month_span: Span::of(month),
        numeric: true,
        slash,
    })
}

/// The year a number names; two-digit years are this century.
fn year_value(tok: Tok) -> Option<i32> {
    let value = i32::try_from(tok.value).ok()?;
    Some(if tok.digits() == 2 {
        2000 + value
    } else {
        value
    })
}
