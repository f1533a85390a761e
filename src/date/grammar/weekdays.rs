//! Terms led by a weekday: before its date (`Trešdien, 17. janvārī`,
//! `trešd. 17.01.2024.`), which it must name, or alone (`piektdien`): a day of the
//! reference date's week, or, by the tense of the verb beside it (`piektdien notika`,
//! `notiks otrdien`), the latest such day on or before the reference date or the next on or
//! after it. A weekday in the plural (`trešdienās`) recurs ([`recurring`](super::recurring)).

use crate::date::grammar::{Grammar, Mode};
use crate::date::lex::Kind;
use crate::date::lexicon::Word;
use crate::date::syntax::{Node, Span, Term};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<'_, T> {
    /// A term led by the weekday `word` at `i`, with a time after.
    pub(super) fn weekday_led(&mut self, i: usize, word: Word, out: &mut Term) -> Option<usize> {
        let (weekday, abbreviated) = match word {
            Word::Weekday(weekday) | Word::Weekdays(weekday) => (weekday, false),
            Word::WeekdayAbbr(weekday) => (weekday, true),
            _ => {
                debug_assert!(false, "a weekday's rule led by {word:?}");
                return None;
            }
        };
        let span = Span::of(self.tok(i));
        let mut j = i + 1;
        if abbreviated && self.tight(j, Kind::Dot) {
            j += 1;
        }
        let k = self.skip_comma(j);
        if let Some(m) = self.dated(k, out) {
            out.weekday = Some((weekday, span));
            return Some(m);
        }
        match word {
            // An abbreviation alone (`Tr`, `se`) is too likely some other word.
            Word::WeekdayAbbr(_) => None,
            // Not before its date, the `-as` form is the plural: `trešdienās`.
            Word::Weekdays(_) => self.recurring_from(j, out),
            _ => self.lone_weekday(i, weekday, out),
        }
    }

    /// The weekday `weekday` at `i`, written alone, with a time after it, placed by the
    /// tense of a verb right after it (and its time) or right before it. In a whole text the
    /// verb after it is read with it (`pirmdien notika`); in running text it is left to the
    /// sentence.
    pub(super) fn lone_weekday(&mut self, i: usize, weekday: u8, out: &mut Term) -> Option<usize> {
        *out = Term::new(Node::Weekday {
            weekday,
            weeks: 0,
            tense: None,
        });
        let j = self.time_after(out, i + 1, None, false);
        let (tense, next) = match self.word(j) {
            Some(Word::Verb(tense)) if self.mode == Mode::WholeText => (Some(tense), j + 1),
            Some(Word::Verb(tense)) => (Some(tense), j),
            _ => match self.word_before(i) {
                Some(Word::Verb(tense)) => (Some(tense), j),
                _ => (None, j),
            },
        };
        if let Node::Weekday { tense: t, .. } = &mut out.node {
            *t = tense;
        }
        Some(next)
    }
}
