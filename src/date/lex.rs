//! The scanner: text to tokens, without allocating.
//!
//! Whitespace (ASCII, no-break and thin spaces) separates tokens and is remembered as
//! [`Tok::space`]. A run of ASCII digits is one number; a run of letters is one word,
//! folded and packed as it is scanned and looked up in the
//! [lexicon](crate::date::lexicon); every dash (`-`, `–`, `—`, `−`) is [`Kind::Dash`].
//!
//! # Performance
//!
//! A number's digits are read eight bytes at a time ([`swar`], held equal to a loop over
//! the bytes by its test `agrees_with_a_byte_at_a_time`); a word's letters a byte at a
//! time, each folded and packed into the word's key as it is read, so the word is looked
//! up without being copied ([`keys`], held equal to a plain search of the lexicon by
//! `lookup_is_the_plain_search`). The one space that separates most tokens is skipped by
//! arithmetic rather than by a branch whose outcome varies from token to token.

use crate::date::lexicon::Word;
use crate::date::lexicon::keys::{self, KEY_LETTERS};
use crate::date::swar;

/// What a token is.
///
/// A plain byte tag, with [`Kind::EndOfText`] first: a buffer of end-of-text tokens is
/// all zeros.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Kind {
    /// The end of the text.
    EndOfText,
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
    /// Whether whitespace came before it.
    pub(crate) space: bool,
}

impl Tok {
    /// The end of the text.
    pub(crate) const END_OF_TEXT: Tok = Tok {
        kind: Kind::EndOfText,
        start: 0,
        end: 0,
        value: 0,
        space: false,
    };

    /// The end of the text at byte `pos`.
    fn end_of_text_at(pos: usize, space: bool) -> Tok {
        let pos = u32::try_from(pos).unwrap_or(u32::MAX);
        Tok {
            start: pos,
            end: pos,
            space,
            ..Tok::END_OF_TEXT
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

    /// A number's count of digits; 0 for other tokens.
    pub(crate) fn digits(&self) -> u32 {
        match self.kind {
            Kind::Num => self.end - self.start,
            _ => 0,
        }
    }

    /// The word's meaning, or `None` for a token that is not a word.
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

/// The position after the whitespace at `from`, and the byte there (`None` at the end
/// of the text). One ASCII space is skipped by arithmetic, anything else by
/// [`skip_more_space`].
#[inline(always)]
fn skip_space(bytes: &[u8], from: usize) -> (usize, Option<u8>) {
    let pos = from + usize::from(bytes.get(from) == Some(&b' '));
    match bytes.get(pos) {
        Some(&b) if b.is_ascii_graphic() => (pos, Some(b)),
        _ => {
            let pos = skip_more_space(bytes, pos);
            (pos, bytes.get(pos).copied())
        }
    }
}

/// [`skip_space`] for the rest: runs of spaces, other whitespace, the end of the text.
fn skip_more_space(bytes: &[u8], mut pos: usize) -> usize {
    loop {
        match bytes.get(pos) {
            Some(b' ') => pos += 1,
            Some(&b) if b.is_ascii_graphic() => return pos,
            _ => match space_len(bytes, pos) {
                0 => return pos,
                n => pos += n,
            },
        }
    }
}

/// The kind of each ASCII character that is a token by itself (digits, letters and
/// whitespace are read before this is asked).
static MARKS: [Kind; 128] = {
    let mut marks = [Kind::Other; 128];
    marks[b'.' as usize] = Kind::Dot;
    marks[b',' as usize] = Kind::Comma;
    marks[b':' as usize] = Kind::Colon;
    marks[b'/' as usize] = Kind::Slash;
    marks[b'-' as usize] = Kind::Dash;
    marks[b'%' as usize] = Kind::Measure;
    marks
};

/// The token that starts at or after byte `from` of `text` (after whitespace).
///
/// Offsets are kept as `u32`, which keeps a token small; text beyond 4 GiB is read as
/// the end of the text.
pub(crate) fn next(text: &str, from: usize) -> Tok {
    scan(text, from)
}

/// [`next`], inlined into the loops that read a token at a time: the one that fills a
/// buffer of tokens ([`crate::date::tokens`]) and the one that looks for a token that
/// leads an expression ([`crate::date::extract()`]). Returned from a call, a token goes
/// through memory, and the first look at its kind waits for it.
#[inline(always)]
pub(crate) fn scan(text: &str, from: usize) -> Tok {
    let bytes = text.as_bytes();
    let (pos, b) = skip_space(bytes, from);
    let space = pos > from;
    let Some(b) = b else {
        return Tok::end_of_text_at(pos, space);
    };
    let (kind, end, value) = if b.is_ascii_digit() {
        number(bytes, pos)
    } else if b.is_ascii_alphabetic() {
        let (kind, end) = word(text, pos);
        (kind, end, 0)
    } else if let Some(&mark) = MARKS.get(usize::from(b)) {
        (mark, pos + 1, 0)
    } else {
        let (kind, end) = non_ascii(text, pos);
        (kind, end, 0)
    };
    // The start is before the end, so it fits when the end does.
    match u32::try_from(end) {
        Ok(end) => Tok {
            kind,
            start: pos as u32,
            end,
            value,
            space,
        },
        Err(_) => Tok::end_of_text_at(pos, space),
    }
}

/// The number at `start`: its end and value (saturating at `u32::MAX`).
#[inline(always)]
fn number(bytes: &[u8], start: usize) -> (Kind, usize, u32) {
    let (count, values) = swar::digits(swar::load(bytes, start));
    if count < 8 {
        return (Kind::Num, start + count, swar::value(values, count));
    }
    long_number(bytes, start)
}

/// [`number`] for eight digits or more.
#[cold]
fn long_number(bytes: &[u8], start: usize) -> (Kind, usize, u32) {
    // Wrapping arithmetic in 64 bits, without a saturation check per digit: it is exact
    // up to 19 digits, and a longer number saturates by its length.
    let mut value: u64 = 0;
    let mut end = start;
    while let Some(&b) = bytes.get(end) {
        let digit = b.wrapping_sub(b'0');
        if digit > 9 {
            break;
        }
        value = value.wrapping_mul(10).wrapping_add(u64::from(digit));
        end += 1;
    }
    let value = if end - start > 19 {
        u32::MAX
    } else {
        u32::try_from(value).unwrap_or(u32::MAX)
    };
    (Kind::Num, end, value)
}

/// The token at a character outside ASCII: a dash, the euro sign, a word or another
/// character.
fn non_ascii(text: &str, pos: usize) -> (Kind, usize) {
    let c = text.get(pos..).and_then(|s| s.chars().next());
    debug_assert!(
        c.is_some(),
        "a token starts inside a character, at byte {pos}"
    );
    let c = c.unwrap_or('\u{FFFD}');
    match c {
        '–' | '—' | '‒' | '−' => (Kind::Dash, pos + c.len_utf8()),
        '€' => (Kind::Measure, pos + c.len_utf8()),
        c if c.is_alphabetic() => word(text, pos),
        c => (Kind::Other, pos + c.len_utf8()),
    }
}

/// Each byte as the start of a letter of a word: an ASCII letter lowercased, 1 for a
/// byte outside ASCII (a letter to fold, or not a letter), 0 for any other byte.
static LETTERS: [u8; 256] = {
    let mut letters = [1; 256];
    let mut b = 0;
    while b < 128 {
        letters[b] = if (b as u8).is_ascii_alphabetic() {
            (b as u8).to_ascii_lowercase()
        } else {
            0
        };
        b += 1;
    }
    letters
};

/// Scans the word that starts at `start`, a byte at a time through [`LETTERS`], folding
/// and packing it: its meaning and end.
#[inline(always)]
fn word(text: &str, start: usize) -> (Kind, usize) {
    let bytes = text.as_bytes();
    let mut pos = start;
    // The folded letters, packed into the word's key (a word longer than a key pushes its
    // first letters out, and is compared whole), and how many letters took two bytes.
    let mut packed = 0u64;
    let mut pairs = 0;
    loop {
        // A run of ASCII letters, in a loop of its own, with no count kept (the bytes read
        // give it). `b` ends as the byte that stopped the run, or an ASCII letter or 0 at
        // the end of the text.
        let mut b = 0;
        while let Some(&next) = bytes.get(pos) {
            b = next;
            let letter = LETTERS[usize::from(b)];
            if letter <= 1 {
                break;
            }
            packed = keys::pack(packed, letter);
            pos += 1;
        }
        // Only a byte outside ASCII may start another letter, to fold.
        if b < 0x80 {
            break;
        }
        match bytes.get(pos + 1).and_then(|&next| keys::fold(b, next)) {
            Some(letter) => {
                packed = keys::pack(packed, letter);
                pos += 2;
                pairs += 1;
            }
            // A letter that does not fold: not a Latvian word.
            None if letter_at(text, pos) => {
                return (Kind::Word(Word::Other), word_end(text, pos));
            }
            None => break,
        }
    }
    let count = pos - start - pairs;
    let word = if count > KEY_LETTERS {
        let written = text.get(start..pos);
        debug_assert!(written.is_some(), "a word ends inside a character");
        keys::lookup_long(written.unwrap_or(""), packed)
    } else {
        keys::lookup(packed)
    };
    (Kind::Word(word), pos)
}

/// Whether a letter outside ASCII starts at byte `pos`.
fn letter_at(text: &str, pos: usize) -> bool {
    match text.as_bytes().get(pos) {
        Some(&b) if b >= 0x80 => text
            .get(pos..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphabetic),
        _ => false,
    }
}

/// The end of the run of letters at `pos`.
fn word_end(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..);
    debug_assert!(rest.is_some(), "a letter inside a character, at byte {pos}");
    let rest = rest.unwrap_or("");
    let letters = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    pos + letters
}

/// The mark ([`Kind::Dot`], [`Kind::Comma`], [`Kind::Colon`], [`Kind::Slash`],
/// [`Kind::Dash`] or [`Kind::Measure`]) at byte `pos`, as a token without space before it.
#[inline(always)]
pub(crate) fn mark_at(bytes: &[u8], pos: usize) -> Option<Tok> {
    let kind = MARKS.get(usize::from(*bytes.get(pos)?)).copied()?;
    if kind == Kind::Other {
        return None;
    }
    let start = u32::try_from(pos).ok()?;
    Some(Tok {
        kind,
        start,
        end: start.checked_add(1)?,
        value: 0,
        space: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            let tok = next(text, pos);
            if tok.kind == Kind::EndOfText {
                return out;
            }
            out.push(tok.kind);
            pos = tok.end();
        }
    }

    #[test]
    fn scans_numbers_words_and_marks() {
        use crate::date::lexicon::Word as W;
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
        assert_eq!(kinds("janvārīß"), vec![Kind::Word(Word::Other)]);
        assert_eq!(
            kinds("janvārī–2"),
            vec![Kind::Word(Word::Month(1)), Kind::Dash, Kind::Num]
        );
        // Longer than a packed key: looked up whole.
        assert_eq!(
            kinds("PRIEKŠPUSDIENĀ septiņpadsmit xseptiņpadsmit"),
            vec![
                Kind::Word(Word::Period(crate::date::lexicon::Period::Morning)),
                Kind::Word(Word::Numeral(17)),
                Kind::Word(Word::Other),
            ]
        );
        assert_eq!(
            kinds("pirmdienāpirmdienāpirmdienā"),
            vec![Kind::Word(Word::Other)]
        );
    }

    #[test]
    fn numbers_saturate() {
        let tok = next("99999999999999", 0);
        assert_eq!((tok.value, tok.digits()), (u32::MAX, 14));
    }
}
