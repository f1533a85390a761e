//! Terms relative to the reference date: relative words (`vakar`, `šovakar`, `šogad`,
//! `nākamnedēļ`, `šomēnes`), a modifier and what it makes relative
//! (`pagājušajā nedēļā`, `nākamajā pirmdienā`, `pagājušā gada 21. augustā`), offsets
//! (`pirms 3 dienām`, `pēc nedēļas`) and `š. g.` (this year).

use crate::date::grammar::Grammar;
use crate::date::lex::Kind;
use crate::date::lexicon::{Unit, Word};
use crate::date::syntax::{Node, Term, YearRef};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<'_, T> {
    /// A term led by the relative word `word` at `i`.
    pub(super) fn relative_led(&mut self, i: usize, word: Word, out: &mut Term) -> Option<usize> {
        match word {
            Word::RelativeDay(days) => {
                *out = Term::new(Node::Days(i32::from(days)));
                Some(self.time_after(out, i + 1, None, false))
            }
            Word::RelativeDayPeriod(days, period) => {
                *out = Term::new(Node::Days(i32::from(days)));
                Some(self.time_after(out, i + 1, Some(period), false))
            }
            Word::RelativeWeek(weeks) => {
                *out = Term::new(Node::RelativeWeek(weeks));
                Some(i + 1)
            }
            Word::RelativeMonth(months) => {
                *out = Term::new(Node::RelativeMonth(months));
                Some(self.part(i + 1))
            }
            Word::RelativeYear(years) => {
                *out = Term::new(Node::RelativeYear(years));
                Some(self.part(i + 1))
            }
            Word::Modifier(offset) => self.modified(i + 1, offset, out),
            Word::Ago => self.offset(i + 1, -1, out),
            Word::After => self.offset(i + 1, 1, out),
            Word::Sh => self.this_year(i, out),
            _ => {
                debug_assert!(false, "a relative rule led by {word:?}");
                None
            }
        }
    }

    /// The weekday or unit at `i` that a modifier makes relative, `offset` weeks, months or
    /// years from the reference's: `pagājušajā piektdienā`, `nākamajā nedēļā`,
    /// `pagājušajā mēnesī`, `pagājušā gada 21. augustā`.
    fn modified(&mut self, i: usize, offset: i8, out: &mut Term) -> Option<usize> {
        match self.word(i)? {
            Word::Weekday(weekday) | Word::Weekdays(weekday) => {
                *out = Term::new(Node::Weekday {
                    weekday,
                    weeks: offset,
                    tense: None,
                });
                Some(self.time_after(out, i + 1, None, false))
            }
            Word::Unit(Unit::Week) => {
                *out = Term::new(Node::RelativeWeek(offset));
                Some(i + 1)
            }
            Word::Unit(Unit::Month) => {
                *out = Term::new(Node::RelativeMonth(offset));
                Some(self.part(i + 1))
            }
            Word::Unit(Unit::Year) => self.year_tail(YearRef::Relative(offset), i + 1, out),
            _ => None,
        }
    }

    /// After `pirms` (`sign` −1) or `pēc` (+1), a count and a unit at `i`:
    /// `pirms 3 dienām`, `pirms divām dienām`, `pēc nedēļas` (a count of one).
    fn offset(&mut self, i: usize, sign: i32, out: &mut Term) -> Option<usize> {
        let count = self.tok(i);
        let (count, j) = match count.kind {
            Kind::Num if count.digits() <= 3 => (count.value, i + 1),
            Kind::Word(Word::Numeral(n)) => (u32::from(n), i + 1),
            _ => (1, i),
        };
        let count = i32::try_from(count).ok()? * sign;
        let node = match self.word(j)? {
            Word::Unit(Unit::Day) => Node::Days(count),
            Word::Unit(Unit::Week) => Node::Days(count * 7),
            Word::Unit(Unit::Month) => Node::Months(count),
            Word::Unit(Unit::Year) => Node::Months(count * 12),
            _ => return None,
        };
        *out = Term::new(node);
        Some(j + 1)
    }

    /// `š. g.` at `i` (this year), and what follows it: `š. g. 11. aprīlī`.
    fn this_year(&mut self, i: usize, out: &mut Term) -> Option<usize> {
        if !self.tight(i + 1, Kind::Dot) || self.word(i + 2) != Some(Word::G) {
            return None;
        }
        let j = if self.tight(i + 3, Kind::Dot) {
            i + 4
        } else {
            i + 3
        };
        self.year_tail(YearRef::Relative(0), j, out)
    }
}
