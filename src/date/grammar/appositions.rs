//! A relative word, a week or a year, then the date it names: in apposition, after a comma
//! or not (`Šodien, 5. martā`, `Rīt, 12.04.2023.`, `Nākamnedēļ, 3. jūnijā`,
//! `Šovakar, 14. februārī, plkst. 19.00`, `nākamajā pirmdienā, 17. martā`), or as the year a
//! date or range without a year of its own falls in (`2023. gadā, 14. jūlijā`,
//! `2022. gadā no 3. marta līdz 5. aprīlim`, `šogad no 1. līdz 15. jūnijam`).
//!
//! The date (a day or a month, a range or a list of them) is the value; the word before it
//! is its [`Frame`]: the date takes its year from it, and must lie in it, which the
//! [resolver](crate::date::resolve) checks.

use crate::date::grammar::Grammar;
use crate::date::syntax::{Expr, Frame, Span, View, YearRef};
use crate::date::tokens::Tokens;

impl<T: Tokens> Grammar<'_, T> {
    /// The date after the term read into `out.from` from token `i` to `j`, when that term can
    /// frame it; the index after the date. `out` is left as it was when no date follows.
    pub(super) fn apposition(&mut self, i: usize, j: usize, out: &mut Expr) -> Option<usize> {
        let span = Span::of(self.tok(i)).through(Span::of(self.tok(j.saturating_sub(1))));
        let (frame, year_only) = Frame::of(&out.from, span)?;
        let kept = out.from;
        let k = self.skip_comma(j);
        if let Some(end) = self.expr_at(k, out, false)
            && may_frame(out, year_only)
        {
            out.frame = Some(frame);
            return Some(end);
        }
        *out = Expr::new();
        out.from = kept;
        None
    }
}

/// Whether a frame may stand before the expression: every term of it names a day or a
/// month, and, when the frame is a year, the first has no year of its own.
fn may_frame(expr: &Expr, year_only: bool) -> bool {
    let (first, last) = match expr.view() {
        View::Single(term) => (Some(term), None),
        View::Range(from, to) => (from, to),
    };
    let Some(opening) = first.or(last) else {
        return false;
    };
    first.into_iter().chain(last).all(|term| term.dated())
        && (!year_only || opening.year() == Some(YearRef::Implicit))
}
