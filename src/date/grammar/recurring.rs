//! Days that recur, which name no one date: a weekday in the plural (`trešdienās`,
//! `pirmdienās un ceturtdienās`), a weekday after `katru` (`katru otrdienu`,
//! `katras nedēļas otrdienā`, `katra mēneša pirmajā pirmdienā`, also `katru dienu`) or
//! `izņemot` (`izņemot otrdienas`), and kinds of days (`darba dienās`, `brīvdienās`), with
//! the time written after them (`otrdienās no plkst. 10 līdz 12`,
//! `katru otrdienu 10.00–12.00`). The term is [`Node::Recurring`]: `parse` refuses it, and
//! `extract` passes over it, time and all, so that no part of it is taken for one date.

use crate::date::grammar::Grammar;
use crate::date::lex::Kind;
use crate::date::lexicon::{Unit, Word};
use crate::date::syntax::{Node, Term};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<'_, T> {
    /// A term led by the word of recurring days `word` at `i`.
    pub(super) fn recurring_led(&mut self, i: usize, word: Word, out: &mut Term) -> Option<usize> {
        let j = match word {
            Word::Every => self.every(i + 1)?,
            Word::Except => self.days(i + 1)?,
            Word::KindOfDay | Word::RecurringDays => self.days(i)?,
            _ => {
                debug_assert!(false, "a rule of recurring days led by {word:?}");
                return None;
            }
        };
        self.recurring_from(j, out)
    }

    /// After recurring days that end before `j`: more days joined by `,` and `un`
    /// (`pirmdienās un ceturtdienās`), then the time after them, written into `out`.
    pub(super) fn recurring_from(&mut self, mut j: usize, out: &mut Term) -> Option<usize> {
        loop {
            let k = match (self.kind(j), self.word(j + 1)) {
                (Kind::Comma, Some(Word::And)) => j + 2,
                (Kind::Comma | Kind::Word(Word::And), _) => j + 1,
                _ => break,
            };
            match self.days(k) {
                Some(next) => j = next,
                None => break,
            }
        }
        *out = Term::new(Node::Recurring);
        Some(self.time_after(out, j, None, true))
    }

    /// Days at `i` that recur after `katru` or `izņemot` or in a list of such days: a
    /// weekday in any form, `darba dienās`, `brīvdienās`.
    fn days(&mut self, i: usize) -> Option<usize> {
        match self.word(i)? {
            Word::Weekday(_) | Word::Weekdays(_) | Word::RecurringDays => Some(i + 1),
            Word::KindOfDay if self.word(i + 1) == Some(Word::Unit(Unit::Day)) => Some(i + 2),
            _ => None,
        }
    }

    /// What `katru` makes recur, at `i`: days (`katru otrdienu`, `katru darba dienu`), a day
    /// (`katru dienu`), or a week, month or year (`katru gadu`), with a weekday of it
    /// (`katras nedēļas otrdienā`, `katra mēneša pirmajā pirmdienā`).
    fn every(&mut self, i: usize) -> Option<usize> {
        if let Some(j) = self.days(i) {
            return Some(j);
        }
        match self.word(i)? {
            Word::Unit(Unit::Day) => Some(i + 1),
            Word::Unit(_) => {
                let j = i + 1;
                match (self.word(j), self.word(j + 1)) {
                    (Some(Word::Weekday(_) | Word::Weekdays(_)), _) => Some(j + 1),
                    (Some(Word::Other), Some(Word::Weekday(_) | Word::Weekdays(_))) => Some(j + 2),
                    _ => Some(j),
                }
            }
            _ => None,
        }
    }
}
