//! The scanner: text to tokens, byte by byte, without allocating.
//!
//! Whitespace (ASCII, no-break and thin spaces) separates tokens and is remembered as
//! [`Tok::space`]. A run of ASCII digits is one number; a run of letters is one word,
//! folded and hashed as it is scanned and looked up in the [lexicon](super::lexicon);
//! every dash (`-`, `–`, `—`, `−`) is [`Kind::Dash`].

use super::lexicon::{self, HASH_START, MAX_WORD, Word};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of ASCII digits; its value is in [`Tok::value`].
    Num,
    /// A word and its meaning.
    Word(Word),
    /// `.`
    Dot,
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// `/`
    Slash,
    /// `-`, `–`, `—`, `‒` or `−`.
    Dash,
    /// `%` or `€`: after `17.01` it makes a number.
    Measure,
    /// Any other character.
    Other,
    /// The end of the text.
    End,
}

/// A token and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub(crate) kind: Kind,
    /// Byte offset of its first byte.
    pub(crate) start: usize,
    /// Byte offset just after it.
    pub(crate) end: usize,
    /// A number's value (saturating at `u32::MAX`); 0 for other tokens.
    pub(crate) value: u32,
    /// A number's count of digits (saturating at 255); 0 for other tokens.
    pub(crate) digits: u8,
    /// Whether whitespace came before it.
    pub(crate) space: bool,
}

impl Tok {
    pub(crate) const END: Tok = Tok {
        kind: Kind::End,
        start: 0,
        end: 0,
        value: 0,
        digits: 0,
        space: false,
    };

    /// The word's meaning, or [`Word::Other`] for a token that is not a word.
    pub(crate) fn word(&self) -> Option<Word> {
        match self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }
}

/// The length of the whitespace character starting at `pos`, or 0.
fn space_len(bytes: &[u8], pos: usize) -> usize {
    match bytes.get(pos) {
        Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) => 1,
        Some(0xC2) if bytes.get(pos + 1) == Some(&0xA0) => 2,
        Some(0xE2)
            if bytes.get(pos + 1) == Some(&0x80)
                && matches!(bytes.get(pos + 2), Some(0x80..=0x8A | 0xAF)) =>
        {
            3
        }
        _ => 0,
    }
}

/// The token that starts at or after byte `pos` of `text` (after whitespace).
pub(crate) fn next(text: &str, mut pos: usize) -> Tok {
    let bytes = text.as_bytes();
    let from = pos;
    loop {
        let n = space_len(bytes, pos);
        if n == 0 {
            break;
        }
        pos += n;
    }
    let space = pos > from;
    let mut tok = Tok {
        kind: Kind::End,
        start: pos,
        end: pos,
        value: 0,
        digits: 0,
        space,
    };
    let Some(&b) = bytes.get(pos) else {
        return tok;
    };
    if b.is_ascii_digit() {
        let mut value: u32 = 0;
        let mut digits: u32 = 0;
        let mut end = pos;
        while let Some(&d) = bytes.get(end) {
            if !d.is_ascii_digit() {
                break;
            }
            value = value.saturating_mul(10).saturating_add(u32::from(d - b'0'));
            digits += 1;
            end += 1;
        }
        tok.kind = Kind::Num;
        tok.end = end;
        tok.value = value;
        tok.digits = u8::try_from(digits).unwrap_or(u8::MAX);
        return tok;
    }
    let (kind, len) = match b {
        b'.' => (Kind::Dot, 1),
        b',' => (Kind::Comma, 1),
        b':' => (Kind::Colon, 1),
        b'/' => (Kind::Slash, 1),
        b'-' => (Kind::Dash, 1),
        b'%' => (Kind::Measure, 1),
        b if b.is_ascii_alphabetic() => return word(text, tok),
        b if b < 0x80 => (Kind::Other, 1),
        _ => {
            let c = text
                .get(pos..)
                .and_then(|s| s.chars().next())
                .unwrap_or('\u{FFFD}');
            match c {
                '–' | '—' | '‒' | '−' => (Kind::Dash, c.len_utf8()),
                '€' => (Kind::Measure, c.len_utf8()),
                c if c.is_alphabetic() => return word(text, tok),
                c => (Kind::Other, c.len_utf8()),
            }
        }
    };
    tok.kind = kind;
    tok.end = pos + len;
    tok
}

/// Scans the word that starts at `tok.start`, folding and hashing it.
fn word(text: &str, mut tok: Tok) -> Tok {
    let bytes = text.as_bytes();
    let mut pos = tok.start;
    let mut key = [0u8; MAX_WORD];
    let mut len = 0usize;
    let mut hash = HASH_START;
    // A letter that does not fold (not Latvian) or a word too long for the table.
    let mut foreign = false;
    while let Some(&b) = bytes.get(pos) {
        let folded;
        if b.is_ascii_alphabetic() {
            folded = b.to_ascii_lowercase();
            pos += 1;
        } else if b < 0x80 {
            break;
        } else if let Some(letter) = bytes
            .get(pos + 1)
            .and_then(|&next| lexicon::fold_pair(b, next))
        {
            folded = letter;
            pos += 2;
        } else {
            match text.get(pos..).and_then(|s| s.chars().next()) {
                Some(c) if c.is_alphabetic() => {
                    foreign = true;
                    pos += c.len_utf8();
                    continue;
                }
                _ => break,
            }
        }
        if let Some(slot) = key.get_mut(len) {
            *slot = folded;
            len += 1;
        } else {
            foreign = true;
        }
        hash = lexicon::hash_step(hash, folded);
    }
    tok.end = pos;
    tok.kind = Kind::Word(if foreign {
        Word::Other
    } else {
        key.get(..len)
            .map_or(Word::Other, |k| lexicon::lookup(k, hash))
    });
    tok
}

/// The tokens from one start position on, scanned as they are asked for and kept in a
/// fixed buffer: a date expression is short, so looking further than [`CAP`] tokens
/// ahead sees the end of the text.
pub(crate) struct Toks<'t> {
    text: &'t str,
    buf: [Tok; CAP],
    len: usize,
    /// Where scanning goes on.
    next: usize,
}

/// How many tokens one expression may span.
pub(crate) const CAP: usize = 32;

impl<'t> Toks<'t> {
    /// The tokens of `text` from byte `start` on.
    pub(crate) fn new(text: &'t str, start: usize) -> Self {
        Self {
            text,
            buf: [Tok::END; CAP],
            len: 0,
            next: start,
        }
    }

    /// Token `i`, or an end token past the buffer or the text.
    pub(crate) fn get(&mut self, i: usize) -> Tok {
        while self.len <= i && self.len < CAP {
            let tok = next(self.text, self.next);
            if tok.kind == Kind::End {
                return tok;
            }
            self.next = tok.end;
            if let Some(slot) = self.buf.get_mut(self.len) {
                *slot = tok;
            }
            self.len += 1;
        }
        match self.buf.get(i) {
            Some(tok) if i < self.len => *tok,
            _ => Tok {
                start: self.next,
                end: self.next,
                ..Tok::END
            },
        }
    }

    /// The kind of token `i`.
    pub(crate) fn kind(&mut self, i: usize) -> Kind {
        self.get(i).kind
    }

    /// The meaning of token `i` if it is a word.
    pub(crate) fn word(&mut self, i: usize) -> Option<Word> {
        self.get(i).word()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            let tok = next(text, pos);
            if tok.kind == Kind::End {
                return out;
            }
            out.push(tok.kind);
            pos = tok.end;
        }
    }

    #[test]
    fn scans_numbers_words_and_marks() {
        use super::super::lexicon::Word as W;
        assert_eq!(
            kinds("Trešdien, 17.janvārī\u{a0}– 2024.g. m3 €"),
            vec![
                Kind::Word(W::Weekday(2)),
                Kind::Comma,
                Kind::Num,
                Kind::Dot,
                Kind::Word(W::Month(1)),
                Kind::Dash,
                Kind::Num,
                Kind::Dot,
                Kind::Word(W::G),
                Kind::Dot,
                Kind::Word(W::Measure),
                Kind::Num,
                Kind::Measure,
            ]
        );
    }

    #[test]
    fn folds_any_case_and_missing_diacritics() {
        for form in ["JANVĀRĪ", "janvari", "Janvārī", "JANVARI"] {
            assert_eq!(kinds(form), vec![Kind::Word(Word::Month(1))], "{form}");
        }
        assert_eq!(kinds("Müller"), vec![Kind::Word(Word::Other)]);
        assert_eq!(
            kinds("pirmdienāpirmdienāpirmdienā"),
            vec![Kind::Word(Word::Other)]
        );
    }

    #[test]
    fn numbers_saturate() {
        let tok = next("99999999999999", 0);
        assert_eq!((tok.value, tok.digits), (u32::MAX, 14));
    }
}
