//! The scanner: text to tokens, byte by byte, without allocating.
//!
//! Whitespace (ASCII, no-break and thin spaces) separates tokens and is remembered as
//! [`Tok::space`]. A run of ASCII digits is one number; a run of letters is one word,
//! folded and packed as it is scanned and looked up in the [lexicon](super::lexicon);
//! every dash (`-`, `–`, `—`, `−`) is [`Kind::Dash`].

use super::lexicon::{self, MAX_WORD, Word};

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
    pub(crate) start: u32,
    /// Byte offset just after it.
    pub(crate) end: u32,
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

    /// The end of the text at byte `pos`.
    fn end_at(pos: usize, space: bool) -> Tok {
        let pos = u32::try_from(pos).unwrap_or(u32::MAX);
        Tok {
            start: pos,
            end: pos,
            space,
            ..Tok::END
        }
    }

    /// Byte offset of its first byte.
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just after it.
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }

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
///
/// Offsets are kept as `u32`, which keeps a token small; text beyond 4 GiB is read as
/// the end of the text.
pub(crate) fn next(text: &str, mut pos: usize) -> Tok {
    let bytes = text.as_bytes();
    let from = pos;
    while bytes.get(pos) == Some(&b' ') {
        pos += 1;
    }
    loop {
        let n = space_len(bytes, pos);
        if n == 0 {
            break;
        }
        pos += n;
    }
    let space = pos > from;
    let Some(&b) = bytes.get(pos) else {
        return Tok::end_at(pos, space);
    };
    let (kind, end, value, digits) = if b.is_ascii_digit() {
        let mut value: u32 = 0;
        let mut end = pos;
        while let Some(&d) = bytes.get(end) {
            if !d.is_ascii_digit() {
                break;
            }
            value = value.saturating_mul(10).saturating_add(u32::from(d - b'0'));
            end += 1;
        }
        let digits = u8::try_from(end - pos).unwrap_or(u8::MAX);
        (Kind::Num, end, value, digits)
    } else {
        let (kind, end) = match b {
            b'.' => (Kind::Dot, pos + 1),
            b',' => (Kind::Comma, pos + 1),
            b':' => (Kind::Colon, pos + 1),
            b'/' => (Kind::Slash, pos + 1),
            b'-' => (Kind::Dash, pos + 1),
            b'%' => (Kind::Measure, pos + 1),
            b if b.is_ascii_alphabetic() => word(text, pos),
            b if b < 0x80 => (Kind::Other, pos + 1),
            _ => {
                let c = text
                    .get(pos..)
                    .and_then(|s| s.chars().next())
                    .unwrap_or('\u{FFFD}');
                match c {
                    '–' | '—' | '‒' | '−' => (Kind::Dash, pos + c.len_utf8()),
                    '€' => (Kind::Measure, pos + c.len_utf8()),
                    c if c.is_alphabetic() => word(text, pos),
                    c => (Kind::Other, pos + c.len_utf8()),
                }
            }
        };
        (kind, end, 0, 0)
    };
    match (u32::try_from(pos), u32::try_from(end)) {
        (Ok(start), Ok(end)) => Tok {
            kind,
            start,
            end,
            value,
            digits,
            space,
        },
        _ => Tok::end_at(pos, space),
    }
}

/// Scans the word that starts at `start`, folding and hashing it: its meaning and end.
fn word(text: &str, start: usize) -> (Kind, usize) {
    let bytes = text.as_bytes();
    let mut pos = start;
    // The folded letters, packed little-endian: the first eight in `low`, the rest in
    // `high` (two `u64` shifts are cheaper than one `u128` shift).
    let mut low = 0u64;
    let mut high = 0u64;
    let mut len = 0u32;
    // A letter that does not fold (not Latvian) or a word too long for the table.
    let mut foreign = false;
    while let Some(&b) = bytes.get(pos) {
        let folded;
        if b.is_ascii_alphabetic() {
            folded = b | 0x20;
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
        if len < 8 {
            low |= u64::from(folded) << (8 * len);
        } else if len < MAX_WORD as u32 {
            high |= u64::from(folded) << (8 * (len - 8));
        } else {
            foreign = true;
        }
        len += 1;
    }
    let packed = u128::from(low) | (u128::from(high) << 64);
    let word = if foreign {
        Word::Other
    } else {
        lexicon::lookup(packed)
    };
    (Kind::Word(word), pos)
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
    /// The end token, once scanning has reached it.
    end: Option<Tok>,
}

/// How many tokens one expression may span.
pub(crate) const CAP: usize = 28;

impl<'t> Toks<'t> {
    /// The tokens of `text` from byte `start` on.
    pub(crate) fn new(text: &'t str, start: usize) -> Self {
        Self {
            text,
            buf: [Tok::END; CAP],
            len: 0,
            next: start,
            end: None,
        }
    }

    /// Token `i`, or an end token past the buffer or the text.
    pub(crate) fn get(&mut self, i: usize) -> Tok {
        if i < self.len
            && let Some(tok) = self.buf.get(i)
        {
            return *tok;
        }
        if let Some(end) = self.end {
            return end;
        }
        while self.len <= i {
            let tok = next(self.text, self.next);
            if tok.kind == Kind::End || self.len == CAP {
                let end = Tok::end_at(self.next, false);
                self.end = Some(end);
                return end;
            }
            self.next = tok.end();
            if let Some(slot) = self.buf.get_mut(self.len) {
                *slot = tok;
            }
            self.len += 1;
        }
        self.buf.get(i).copied().unwrap_or(Tok::END)
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
            pos = tok.end();
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
