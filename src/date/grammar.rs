//! The grammar of Latvian date expressions: tokens to a [syntax tree](crate::date::syntax),
//! without allocating and without looking at the calendar; the
//! [resolver](crate::date::resolve) gives the tree its value.
//!
//! Every rule takes the index of a token and the term (or expression) to write what it
//! reads into, and returns the index after what it read, or `None` (and then what it wrote
//! means nothing). Each rule reads as far as it can, so the longest reading wins.
//!
//! An expression is led by a number or by a word whose [`Lead`] the lexicon gives
//! ([`Word::lead`]); the rules are grouped by what leads what they read, one file each:
//!
//! - [`numeric`]: a number: numeric dates (`17.01.2024.`, `2024-01-17`, `17/01/2024`), a day
//!   and a month word (`17. janvārī`), a day waiting for its month (`17.–`), and a year
//!   (`2024. gada`), which [`years`] reads on from;
//! - [`years`]: what follows a year word: a day, a month, an ISO week or nothing;
//! - [`months`]: a month name: `Novembris 17, 2022`, `Janvāris 2024`, a month alone;
//! - [`weekdays`]: a weekday, before its date or alone;
//! - [`relative`]: words relative to the reference date (`vakar`, `šogad`,
//!   `pagājušajā nedēļā`, `pirms 3 dienām`, `š. g.`);
//! - [`times`]: `plkst.` and what follows a day: times, time ranges, day periods;
//! - [`recurring`]: days that recur (`katru otrdienu`, `trešdienās`, `darba dienās`), which
//!   name no one date;
//! - [`ranges`]: `no`, `līdz`, `kopš`, `sākot`, and a dash or slash between two terms.
//!
//! Two rules read on after a whole first term, whatever led it:
//!
//! - [`lists`]: days joined by `,` and `un` that share a month, a year or a time
//!   (`12., 19. un 26. jūlijā`);
//! - [`appositions`]: a relative word, a week or a year, then the date it names
//!   (`Šodien, 5. martā`, `2022. gadā no 3. marta līdz 5. aprīlim`).
//!
//! The words are read folded ([`crate::date::lexicon`]). Where the folded form leaves open
//! what the written one says, a rule looks at the text as written: a Roman numeral must be
//! written in capitals, a month alone opens a sentence in the locative (`Martā`), and a
//! weekday alone looks for a verb before it.

mod appositions;
mod lists;
mod months;
mod numeric;
mod ranges;
mod recurring;
mod relative;
mod times;
mod weekdays;
mod years;

use crate::date::lex::{self, Kind, Tok};
use crate::date::lexicon::{Lead, Part, Word};
use crate::date::syntax::{Expr, Node, PENDING, Term};
use crate::date::tokens::Tokens;

/// What the grammar reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A whole text that is one expression (`parse`): also a dateline's label before it
    /// (`Publicēts: 09.10.2017.`) and a month alone (`martā`).
    WholeText,
    /// Expressions in running text (`extract`), where a label is a word of the sentence
    /// and a month alone says too little.
    RunningText,
}

/// The grammar over the tokens of one text from one start position.
pub(crate) struct Grammar<'t, T> {
    pub(crate) tokens: T,
    mode: Mode,
    /// The whole text the tokens are of, for what a rule reads as written.
    text: &'t str,
}

/// Whether a token may lead an expression: a number, or a word with a [`Lead`].
pub(crate) fn leads(kind: Kind) -> bool {
    match kind {
        Kind::Num => true,
        Kind::Word(word) => word.lead().is_some(),
        _ => false,
    }
}

impl<'t, T: Tokens> Grammar<'t, T> {
    #[inline(always)]
    pub(crate) fn new(tokens: T, mode: Mode, text: &'t str) -> Self {
        Self { tokens, mode, text }
    }

    // The token readers are inlined: the grammar reads tokens many times a phrase.
    #[inline(always)]
    fn tok(&mut self, i: usize) -> Tok {
        self.tokens.get(i)
    }

    #[inline(always)]
    fn kind(&mut self, i: usize) -> Kind {
        self.tokens.get(i).kind
    }

    #[inline(always)]
    fn word(&mut self, i: usize) -> Option<Word> {
        self.tokens.get(i).word()
    }

    /// Whether token `i` is `kind` with no space before it.
    #[inline(always)]
    fn tight(&mut self, i: usize, kind: Kind) -> bool {
        let tok = self.tok(i);
        tok.kind == kind && !tok.space
    }

    /// The text of a token as written.
    fn written(&self, tok: Tok) -> &'t str {
        let written = self.text.get(tok.start()..tok.end());
        debug_assert!(written.is_some(), "a token inside a character: {tok:?}");
        written.unwrap_or("")
    }

    /// The expression at token `i`, written into `out`, and the index after it.
    pub(crate) fn expr(&mut self, i: usize, out: &mut Expr) -> Option<usize> {
        let i = self.after_label(i);
        self.expr_at(i, out, true)
    }

    /// The expression at token `i`, with a frame before it when `framed` allows one.
    fn expr_at(&mut self, i: usize, out: &mut Expr, framed: bool) -> Option<usize> {
        if let Some(word) = self.word(i)
            && word.lead() == Some(Lead::Range)
        {
            return self.range_led(i, word, out);
        }
        if let Some(j) = self.term(i, &mut out.from) {
            if let Some(k) = self.range_after(j, out) {
                return Some(k);
            }
            if let Some(k) = self.list_after(i, j, out) {
                return Some(k);
            }
            if framed && let Some(k) = self.apposition(i, j, out) {
                return Some(k);
            }
            if let Some(j) = out.single(j) {
                return Some(j);
            }
        }
        // `10.00–12.00`: a time range needs no `plkst.`.
        let j = self.bare_time_range(i, &mut out.from)?;
        out.single(j)
    }

    /// After a dateline's label in a whole text (`Publicēts:`), or at `i`.
    fn after_label(&mut self, i: usize) -> usize {
        if self.mode != Mode::WholeText || self.word(i) != Some(Word::Label) {
            return i;
        }
        if self.kind(i + 1) == Kind::Colon {
            i + 2
        } else {
            i + 1
        }
    }

    /// One term of an expression at `i`.
    // Inlined, with the rules it picks kept out of line: a term led by a number, the most
    // common, then needs no call of its own.
    #[inline(always)]
    pub(crate) fn term(&mut self, i: usize, out: &mut Term) -> Option<usize> {
        match self.kind(i) {
            Kind::Num => self.number_led(i, out),
            Kind::Word(word) => self.word_led(i, word, out),
            _ => None,
        }
    }

    /// A term led by `word` at `i`: the rules of the word's family.
    #[inline(never)]
    fn word_led(&mut self, i: usize, word: Word, out: &mut Term) -> Option<usize> {
        match word.lead()? {
            Lead::Weekday => self.weekday_led(i, word, out),
            Lead::Relative => self.relative_led(i, word, out),
            Lead::Month => self.month_led(i, word, out),
            Lead::Clock => self.clock_led(i, out),
            Lead::Recurring => self.recurring_led(i, word, out),
            // A range word leads an expression ([`Grammar::expr`]), not one of its terms.
            Lead::Range => None,
        }
    }

    /// A term at `i` that names a day (with its weekday and time).
    fn dated(&mut self, i: usize, out: &mut Term) -> Option<usize> {
        let j = self.term(i, out)?;
        match out.node {
            Node::Day { month, .. } if month != PENDING => Some(j),
            _ => None,
        }
    }

    /// The word written right before token `i`: the token before it, or at the first token
    /// the last word of the text before the expression; `None` when a mark or nothing
    /// stands there.
    fn word_before(&mut self, i: usize) -> Option<Word> {
        if let Some(before) = i.checked_sub(1) {
            return self.word(before);
        }
        let start = self.tok(0).start();
        let before = self.text.get(..start)?.trim_end();
        let (last, _) = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()?;
        lex::next(self.text, last).word()
    }

    /// Whether token `i`, the first of the expression, opens a sentence: nothing but
    /// whitespace before it, or the end of a sentence (`.`, `!`, `?`, `…`).
    fn opens_sentence(&mut self, i: usize) -> bool {
        if i != 0 {
            return false;
        }
        let start = self.tok(0).start();
        let before = self.text.get(..start).unwrap_or("").trim_end();
        before.is_empty() || before.ends_with(['.', '!', '?', '…'])
    }

    /// After a comma at `i`, or at `i`.
    fn skip_comma(&mut self, i: usize) -> usize {
        if self.kind(i) == Kind::Comma {
            i + 1
        } else {
            i
        }
    }

    /// After a part word at `i` (`sākumā`, `vidū`, `beigās`), which the value leaves out
    /// (`marta sākumā` is that March), or at `i`.
    fn part(&mut self, i: usize) -> usize {
        match self.word(i) {
            Some(Word::Part(Part::Any)) => i + 1,
            _ => i,
        }
    }
}
