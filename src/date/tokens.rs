//! The tokens of one text from a start position, kept in a fixed buffer as the
//! [grammar](crate::date::grammar) asks for them by index.
//!
//! A date expression is short: looking further than [`CAP`] tokens ahead sees the end of
//! the text. Two buffers fill it two ways: [`Scanned`] scans every token at once, for a
//! whole text (`parse`), which is read to its end anyway; [`OnDemand`] scans a token when it
//! is first asked for, for running text (`extract`), where most places lead to no
//! expression after a token or two. Either way, once a token is scanned, a look at it
//! reads it from the buffer.

use crate::date::lex::{self, Kind, Tok};

/// How many tokens one expression may span: enough for a list of eleven days and their
/// time (`1., 2., … un 11. jūlijā plkst. 10.00`), three tokens a day and five for the time.
pub(crate) const CAP: usize = 40;

/// Tokens by index.
pub(crate) trait Tokens {
    /// Token `i`, or an end-of-text token past the text or past [`CAP`] tokens.
    fn get(&mut self, i: usize) -> Tok;
}

/// Every token of a text from a start position, scanned at once by [`Scanned::scan`]
/// before the grammar reads one.
///
/// Made empty and then scanned where it stays: a buffer scanned and then returned from a
/// function is copied out of it.
pub(crate) struct Scanned {
    /// The tokens, then end-of-text tokens.
    buf: [Tok; CAP],
}

impl Scanned {
    /// No tokens yet: only end-of-text tokens.
    pub(crate) const EMPTY: Scanned = Scanned {
        buf: [Tok::END_OF_TEXT; CAP],
    };

    /// Scans the tokens of `text` from byte `start` on.
    #[inline(always)]
    pub(crate) fn scan(&mut self, text: &str, start: usize) {
        fill(&mut self.buf, 0, start, text, CAP);
    }
}

impl Tokens for Scanned {
    #[inline(always)]
    fn get(&mut self, i: usize) -> Tok {
        self.buf.get(i).copied().unwrap_or(Tok::END_OF_TEXT)
    }
}

/// The tokens of a text from a start position, each scanned when first asked for.
pub(crate) struct OnDemand<'t> {
    text: &'t str,
    /// The tokens scanned; once the text ends, the slots after its last token hold
    /// end-of-text tokens, and `len` is [`CAP`].
    buf: [Tok; CAP],
    /// How many slots hold what scanning found: [`CAP`] once the text or the buffer has
    /// ended, so that a look at any slot past the text needs no more scanning.
    len: usize,
    /// Where scanning goes on.
    next: usize,
}

impl<'t> OnDemand<'t> {
    /// The tokens of `text` from byte `start` on, none scanned yet.
    #[inline]
    pub(crate) fn new(text: &'t str, start: usize) -> Self {
        Self {
            text,
            buf: [Tok::END_OF_TEXT; CAP],
            len: 0,
            next: start,
        }
    }

    /// Scans on to token `i`, and gives it.
    #[inline(never)]
    fn scan_to(&mut self, i: usize) -> Tok {
        let (len, next) = fill(
            &mut self.buf,
            self.len,
            self.next,
            self.text,
            CAP.min(i + 1),
        );
        (self.len, self.next) = (len, next);
        match self.buf.get(i) {
            Some(tok) if i < len => *tok,
            _ => Tok::END_OF_TEXT,
        }
    }
}

impl Tokens for OnDemand<'_> {
    #[inline(always)]
    fn get(&mut self, i: usize) -> Tok {
        if i < self.len
            && let Some(tok) = self.buf.get(i)
        {
            return *tok;
        }
        self.scan_to(i)
    }
}

/// Scans the tokens of `text` from byte `next` into `buf` from slot `len` on, until `last`
/// slots are filled or the text ends; gives how many slots hold what scanning found
/// ([`CAP`] once the text has ended: the slots after hold end-of-text tokens already) and
/// where scanning goes on.
#[inline(always)]
fn fill(
    buf: &mut [Tok; CAP],
    mut len: usize,
    mut next: usize,
    text: &str,
    last: usize,
) -> (usize, usize) {
    while len < last {
        let tok = lex::scan(text, next);
        let Some(slot) = buf.get_mut(len) else {
            break;
        };
        if tok.kind == Kind::EndOfText {
            len = CAP;
            break;
        }
        *slot = tok;
        next = tok.end();
        len += 1;
        // A mark right after the token (`17.`, `janvārī,`, `10:`) is stored with it,
        // without a turn of the loop to skip space and tell its kind.
        if let Some(mark) = lex::mark_at(text.as_bytes(), next)
            && let Some(slot) = buf.get_mut(len)
        {
            *slot = mark;
            next += 1;
            len += 1;
        }
    }
    (len, next)
}
