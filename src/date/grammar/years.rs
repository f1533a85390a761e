//! What follows a year: `2024. gada`, `2024. g.`, then a day, a month, an ISO week or
//! nothing (`2024. gada 17. janvārī`, `2018. gada decembrī`, `2024. gada 3. nedēļā`).

use crate::date::grammar::Grammar;
use crate::date::lex::Kind;
use crate::date::lexicon::{Unit, Word};
use crate::date::syntax::{Node, Span, Term, YearRef};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<'_, T> {
    /// A year word at `i` (`gada`, `gadā`, `g.`), and the index after it.
    pub(super) fn year_word(&mut self, i: usize) -> Option<usize> {
        match self.word(i) {
            Some(Word::Unit(Unit::Year)) => Some(i + 1),
            Some(Word::G) if self.tight(i + 1, Kind::Dot) => Some(i + 2),
            _ => None,
        }
    }

    /// What follows a year and its year word at `i`: a day, a month, a week or nothing.
    pub(super) fn year_tail(&mut self, year: YearRef, i: usize, out: &mut Term) -> Option<usize> {
        debug_assert!(year != YearRef::Implicit, "a year word without its year");
        let tok = self.tok(i);
        if tok.kind == Kind::Num && tok.digits() <= 2 {
            // `2024. gada 2. nedēļā`
            if let YearRef::Absolute(y) = year
                && self.tight(i + 1, Kind::Dot)
                && self.word(i + 2) == Some(Word::Unit(Unit::Week))
            {
                *out = Term::new(Node::Week {
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
            *out = Term::new(Node::Month {
                year,
                month: u32::from(month),
            });
            return Some(self.month_rest(i + 1));
        }
        let node = match year {
            YearRef::Absolute(y) => Node::Year(y),
            YearRef::Relative(r) => Node::RelativeYear(r),
            YearRef::Implicit => return None,
        };
        *out = Term::new(node);
        Some(self.part(i))
    }
}
