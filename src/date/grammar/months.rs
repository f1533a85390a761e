//! Month names: a day and its month word (`17. janvārī`, `17 janv. 2024`, `3. IV`), and
//! terms led by a month name: `Novembris 17, 2022`, `Janvāris 2024`, `marta sākumā`,
//! `marta mēnesī`, and a month alone in a whole text (`martā`), as the first of a range of
//! months (`janvāra–marta`), or opening a sentence (`Martā notiks …`).

use crate::date::grammar::{Grammar, Mode};
use crate::date::lex::{Kind, Tok};
use crate::date::lexicon::{Unit, Word};
use crate::date::syntax::{Node, Span, Term, YearRef};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<'_, T> {
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
        let j = self.month_rest(i + 1);
        (j > i + 1 || self.lone_month(i)).then_some(j)
    }

    /// Whether the month name at `i`, with no number, noun or part after it, is read alone:
    /// in a whole text; in running text as the start of a range of months (`janvāra–marta`,
    /// `februāra līdz maijam`) or opening a sentence in the locative (`Martā notiks …`,
    /// written with its capital and its long vowel: `Marta` and `Maija` are names too).
    fn lone_month(&mut self, i: usize) -> bool {
        if self.mode == Mode::WholeText {
            return true;
        }
        if matches!(self.kind(i + 1), Kind::Dash | Kind::Word(Word::Until))
            && matches!(self.word(i + 2), Some(Word::Month(_)))
        {
            return true;
        }
        let tok = self.tok(i);
        let written = self.written(tok);
        self.opens_sentence(i)
            && written.starts_with(|c: char| c.is_ascii_uppercase())
            && written.ends_with(['ā', 'Ā', 'ī', 'Ī', 'i', 'I'])
    }

    /// The month name at `i` read alone, with a noun or part after it: the end of a range of
    /// months (`janvāra–marta periodā`, `no februāra līdz maijam`).
    pub(super) fn month_alone(&mut self, i: usize, out: &mut Term) -> Option<usize> {
        let Some(Word::Month(month)) = self.word(i) else {
            return None;
        };
        *out = Term::new(Node::Month {
            year: YearRef::Implicit,
            month: u32::from(month),
        });
        Some(self.month_rest(i + 1))
    }

    /// After what may follow a month at `i`: a noun that names it as a month or a stretch
    /// of time (`marta mēnesī`, `februāra–maija mēnešos`, `janvāra–marta periodā`), then a
    /// part (`marta sākumā`); or at `i`.
    pub(super) fn month_rest(&mut self, i: usize) -> usize {
        let i = match self.word(i) {
            Some(Word::Unit(Unit::Month) | Word::Interval) => i + 1,
            _ => i,
        };
        self.part(i)
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

    /// A day at `i` and a month word at `m`: `17. janvārī`, `17 janv. 2024`, `3. IV`, with a
    /// year and a time after (with `plkst.` or without: `12. martā 19:00`).
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
        if matches!(
            month_tok.kind,
            Kind::Word(Word::MonthAbbr(_) | Word::RomanMonth(_))
        ) && self.tight(j, Kind::Dot)
        {
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
                // `3 marts 2023 gads`: the year word without the year's dot.
                j = self.year_word(j + 1).unwrap_or(j + 1);
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
        Some(self.time_after(out, j, None, true))
    }
}
