//! Month names: a day and its month word (`17. janvārī`, `17 janv. 2024`), and terms led by
//! a month name: `Novembris 17, 2022`, `Janvāris 2024`, `marta sākumā`, and in a whole text
//! a month alone (`martā`).

use crate::date::grammar::{Grammar, Mode};
use crate::date::lex::{Kind, Tok};
use crate::date::lexicon::Word;
use crate::date::syntax::{Node, Span, Term, YearRef};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<T> {
    /// A term led by the month name `word` at `i`.
    pub(super) fn month_led(&mut self, i: usize, word: Word, out: &mut Term) -> Option<usize> {
        let Word::Month(month) = word else {
            debug_assert!(false, "a month's rule led by {word:?}");
            return None;
        };
        let month = u32::from(month);
        let next = self.tok(i + 1);
        if next.kind == Kind::Num && next.digits() <= 2 {
            return self.month_first(i, month, out);
        }
        if next.kind == Kind::Num && next.digits() == 4 && !self.tight(i + 2, Kind::Dot) {
            // `Janvāris 2024`.
            let year = i32::try_from(next.value).ok()?;
            *out = Term::new(Node::Month {
                year: YearRef::Absolute(year),
                month,
            });
            return Some(i + 2);
        }
        *out = Term::new(Node::Month {
            year: YearRef::Implicit,
            month,
        });
        if let Some(Word::Part(_)) = self.word(i + 1) {
            return Some(i + 2);
        }
        (self.mode == Mode::WholeText).then_some(i + 1)
    }

    /// `Novembris 17, 2022`: the month first, as English date patterns put it, then the
    /// day and the year.
    fn month_first(&mut self, i: usize, month: u32, out: &mut Term) -> Option<usize> {
        let day = self.tok(i + 1);
        let j = self.skip_comma(i + 2);
        let year = self.tok(j);
        if year.kind != Kind::Num || year.digits() != 4 {
            return None;
        }
        *out = Term::new(Node::Day {
            year: YearRef::Absolute(i32::try_from(year.value).ok()?),
            month,
            day: day.value,
            day_span: Span::of(day),
            month_span: Span::of(self.tok(i)),
            numeric: false,
            slash: false,
        });
        Some(self.time_after(out, j + 1, None, false))
    }

    /// A day at `i` and a month word at `m`: `17. janvārī`, `17 janv. 2024`, with a year
    /// and a time after.
    pub(super) fn day_month(
        &mut self,
        i: usize,
        day: Tok,
        month: u32,
        m: usize,
        out: &mut Term,
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
        *out = Term::new(Node::Day {
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
}
