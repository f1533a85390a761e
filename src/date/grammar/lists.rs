//! Lists of days that share a month, a year or a time: `12., 19. un 26. jūlijā`,
//! `30. aprīlī un 2. maijā no pulksten 8:00 līdz 16:00`, `5. un 6. augustā plkst. 10.00`.
//!
//! A list is read after its first day ([`Grammar::list_after`]) and kept as where each day
//! starts ([`List`]); a day is read again on its own when it is wanted
//! ([`Grammar::list_item`]), with what the list shares:
//!
//! - a day without a month (`12.`) takes the month of the next day that has one, and a day
//!   without a year the first year written with a day of the list;
//! - the time written after the last day (`plkst. 10.00`, `no 8:00 līdz 16:00`) is the time
//!   of every day;
//! - the list as one expression, for `parse`, is the range that covers its days: from the
//!   first day at its time to the last at the end of its time window, or through the whole
//!   last day ([`Expr::spread_time`]).
//!
//! Its days are days with a month word or waiting for one, without a weekday and, but for the
//! last, without a time, joined by `,`, `un` or `, un`. Digits alone (`17.01.`) make no list,
//! nor does a weekday (`Pirmdien, 15. janvārī, un otrdien, 16. janvārī` are two dates); a
//! list ends with its last day that has a month.

use crate::date::grammar::Grammar;
use crate::date::lex::Kind;
use crate::date::lexicon::Word;
use crate::date::syntax::{Expr, List, Node, Shape, Term, YearRef};
use crate::date::tokens::Tokens;

/// Whether a term may be a day of a list.
fn listed(term: &Term) -> bool {
    matches!(term.node, Node::Day { numeric: false, .. }) && term.weekday.is_none()
}

impl<T: Tokens> Grammar<'_, T> {
    /// A list whose first day, read into `out.from`, runs from token `i` to `j`: its days
    /// into `out.list`, the range that covers them into `out`, and the index after its last
    /// day with a month.
    pub(super) fn list_after(&mut self, i: usize, j: usize, out: &mut Expr) -> Option<usize> {
        if !matches!(self.kind(j), Kind::Comma | Kind::Word(Word::And))
            || !listed(&out.from)
            || out.from.time.is_some()
        {
            return None;
        }
        let mut list = List::EMPTY;
        list.push(i);
        // The days up to the last with a month, and where that one ends.
        let (mut len, mut end) = (usize::from(!out.from.pending()), j);
        let mut next = j;
        let mut day = Term::new(Node::Time);
        loop {
            let start = match (self.kind(next), self.word(next + 1)) {
                (Kind::Comma, Some(Word::And)) => next + 2,
                (Kind::Comma | Kind::Word(Word::And), _) => next + 1,
                _ => break,
            };
            let Some(after) = self.term(start, &mut day) else {
                break;
            };
            if !listed(&day) || !list.push(start) {
                break;
            }
            next = after;
            if !day.pending() {
                (len, end) = (list.len(), after);
            }
            if day.time.is_some() {
                break;
            }
        }
        if len < 2 {
            return None;
        }
        list.truncate(len);
        let first = self.list_day(&list, 0)?;
        let last = self.list_day(&list, len - 1)?;
        (out.from, out.to, out.list) = (first, last, list);
        out.shape = Shape::Range {
            from: true,
            to: true,
        };
        out.spread_time();
        Some(end)
    }

    /// Day `k` of the list of `expr`, as an expression of its own: the day with the month,
    /// year and time the list shares, and the frame of the list; with the token indices where
    /// the day starts and just after it ends.
    pub(crate) fn list_item(&mut self, expr: &Expr, k: usize) -> Option<(Expr, usize, usize)> {
        let start = expr.list.start(k)?;
        let mut item = Expr::new();
        let end = self.term(start, &mut item.from)?;
        item.from = self.list_day(&expr.list, k)?;
        let last = expr.list.len().checked_sub(1)?;
        if k < last && item.from.time.is_none() {
            let last = self.list_day(&expr.list, last)?;
            item.from.time = last.time;
            item.from.time_until = last.time_until;
        }
        item.frame = expr.frame;
        Some((item, start, end))
    }

    /// Day `k` of `list`, read again, with the month of the next day that has one and the
    /// first year written in the list.
    fn list_day(&mut self, list: &List, k: usize) -> Option<Term> {
        let mut day = Term::new(Node::Time);
        self.term(list.start(k)?, &mut day)?;
        let mut year = None;
        let mut other = Term::new(Node::Time);
        for n in 0..list.len() {
            self.term(list.start(n)?, &mut other)?;
            if n >= k && day.pending() && !other.pending() {
                day.take_month(&other);
            }
            if year.is_none() {
                year = other.year().filter(|&y| y != YearRef::Implicit);
            }
        }
        if let (Node::Day { year: y, .. }, Some(shared)) = (&mut day.node, year)
            && *y == YearRef::Implicit
        {
            *y = shared;
        }
        debug_assert!(!day.pending(), "a day of a list without a month");
        Some(day)
    }
}
