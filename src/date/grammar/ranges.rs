//! Ranges: led by a range word (`no 17. līdz 19. janvārim`, `no 2003. gada`,
//! `kopš 2015. gada`, `sākot ar 1. martu`, `līdz 23. septembrim`), or a dash or slash after
//! a first term (`17.–19. janvārī`, `2022.–2038. gadam`, `2023./2024. mācību gadā`,
//! `janvāra–marta periodā`).

use crate::date::grammar::Grammar;
use crate::date::lex::Kind;
use crate::date::lexicon::Word;
use crate::date::syntax::{Expr, Node, Shape, Term};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<'_, T> {
    /// The expression led by the range word `word` at `i`.
    pub(super) fn range_led(&mut self, i: usize, word: Word, out: &mut Expr) -> Option<usize> {
        match word {
            Word::From => self.range_from(i + 1, out),
            Word::Since => {
                let j = self.range_term(i + 1, &mut out.from)?;
                out.open_to(j)
            }
            Word::Starting => {
                let j = match self.word(i + 1) {
                    Some(Word::With | Word::From) => i + 2,
                    _ => return None,
                };
                let j = self.range_term(j, &mut out.from)?;
                out.open_to(j)
            }
            Word::Until => {
                let j = self.skip_even(i + 1);
                let j = self.range_term(j, &mut out.to)?;
                out.open_from(j)
            }
            _ => {
                debug_assert!(false, "a range's rule led by {word:?}");
                None
            }
        }
    }

    /// After `pat` (even: `līdz pat 12.00`) at `i`, or at `i`.
    pub(super) fn skip_even(&mut self, i: usize) -> usize {
        if self.word(i) == Some(Word::Even) {
            i + 1
        } else {
            i
        }
    }

    /// A term of a range at `i`: a weekday in its `-as` form is the genitive of one day
    /// there (`no pirmdienas`, `līdz piektdienas vakaram`), not the plural.
    fn range_term(&mut self, i: usize, out: &mut Term) -> Option<usize> {
        let j = self.term(i, out)?;
        match (out.node, self.word(i)) {
            (Node::Recurring, Some(Word::Weekdays(weekday))) => self.lone_weekday(i, weekday, out),
            _ => Some(j),
        }
    }

    /// The end of a range at `i`: a term, or, after a month, a month alone
    /// (`janvāra–marta`, `no februāra līdz maijam`).
    fn range_end(&mut self, i: usize, out: &mut Expr) -> Option<usize> {
        if let Some(j) = self.range_term(i, &mut out.to) {
            return Some(j);
        }
        match out.from.node {
            Node::Month { .. } => self.month_alone(i, &mut out.to),
            _ => None,
        }
    }

    /// After `no` at `i`: `no X līdz Y`, `no X–Y`, or the open `no X`.
    fn range_from(&mut self, i: usize, out: &mut Expr) -> Option<usize> {
        let Some(j) = self.range_term(i, &mut out.from) else {
            let j = self.bare_time_range(i, &mut out.from)?;
            return out.single(j);
        };
        if out.from.time_until.is_some() {
            return out.single(j);
        }
        if self.word(j) == Some(Word::Until) {
            let k = self.skip_even(j + 1);
            if let Some(m) = self.range_end(k, out)
                && let Some(m) = out.range(m)
            {
                // A time window after the last day is each day's hours
                // (`no 12. līdz 14. aprīlim no 10.00 līdz 16.00`); one time alone is when
                // the range ends (`no 1. līdz 15. martam plkst. 12.00`, a deadline).
                if out.to.time_until.is_some() {
                    out.spread_time();
                }
                return Some(m);
            }
        }
        if let Some(k) = self.range_after(j, out) {
            return Some(k);
        }
        out.open_to(j)
    }

    /// A dash or slash at `j`, after the first term of `out`: `17.–19. janvārī`,
    /// `2022.–2038. gadam`, `2023./2024. mācību gadā`.
    pub(super) fn range_after(&mut self, j: usize, out: &mut Expr) -> Option<usize> {
        match self.kind(j) {
            Kind::Dash => {
                let k = self.range_end(j + 1, out)?;
                let k = out.range(k)?;
                // `8.–10. martā plkst. 9.30`: the time of each day.
                out.spread_time();
                Some(k)
            }
            Kind::Slash => self.years_slashed(j, out),
            _ => None,
        }
    }

    /// `2023./2024. mācību gadā` (a school year) or `2023./2024. gadā` (two years), the
    /// slash at `j`.
    fn years_slashed(&mut self, j: usize, out: &mut Expr) -> Option<usize> {
        let Node::YearPending(first) = out.from.node else {
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
            out.from = Term::new(Node::SchoolYear(first));
            out.shape = Shape::Single;
        } else {
            out.from = Term::new(Node::Year(first));
            out.to = Term::new(Node::Year(second));
            out.shape = Shape::Range {
                from: true,
                to: true,
            };
        }
        Some(k)
    }
}
