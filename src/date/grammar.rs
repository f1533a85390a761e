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
//! - [`ranges`]: `no`, `līdz`, `kopš`, `sākot`, and a dash or slash between two terms.

mod months;
mod numeric;
mod ranges;
mod relative;
mod times;
mod weekdays;
mod years;

use crate::date::lex::{Kind, Tok};
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
pub(crate) struct Grammar<T> {
    pub(crate) tokens: T,
    mode: Mode,
}

/// Whether a token may lead an expression: a number, or a word with a [`Lead`].
pub(crate) fn leads(kind: Kind) -> bool {
    match kind {
        Kind::Num => true,
        Kind::Word(word) => word.lead().is_some(),
        _ => false,
    }
}

impl<T: Tokens> Grammar<T> {
    #[inline(always)]
    pub(crate) fn new(tokens: T, mode: Mode) -> Self {
        Self { tokens, mode }
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

    /// The expression at token `i`, written into `out`, and the index after it.
    pub(crate) fn expr(&mut self, i: usize, out: &mut Expr) -> Option<usize> {
        let i = self.after_label(i);
        if let Some(word) = self.word(i)
            && word.lead() == Some(Lead::Range)
        {
            return self.range_led(i, word, out);
        }
        if let Some(j) = self.term(i, &mut out.from) {
            if let Some(k) = self.range_after(j, out) {
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
