//! Terms led by a weekday: before its date (`Trešdien, 17. janvārī`,
//! `trešd. 17.01.2024.`), which it must name, or alone (`piektdien`), a day of the
//! reference date's week.

use crate::date::grammar::Grammar;
use crate::date::lex::Kind;
use crate::date::lexicon::Word;
use crate::date::syntax::{Node, Span, Term};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<T> {
    /// A term led by the weekday `word` at `i`, with a time after.
    pub(super) fn weekday_led(&mut self, i: usize, word: Word, out: &mut Term) -> Option<usize> {
        let (weekday, abbreviated) = match word {
            Word::Weekday(weekday) => (weekday, false),
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
        // An abbreviation alone (`Tr`, `se`) is too likely some other word.
        if abbreviated {
            return None;
        }
        *out = Term::new(Node::Weekday { weekday, weeks: 0 });
        Some(self.time_after(out, j, None, false))
    }
}
