//! The slug policy as one pass over the text: the plain-text loop ([`PLAIN`],
//! [`table_run`], [`Writer::plain`]) for ASCII and Latvian letters, spaces, punctuation,
//! quotes and dashes, and the general path ([`Writer::non_ascii`], [`Writer::fallback`]) for
//! the rest, a character at a time. Why there are two, and which test holds them to the
//! same slugs, is in the [`slug` module's docs](super#performance).

use unicode_segmentation::UnicodeSegmentation;

use crate::slug::cyrillic;

/// What an ASCII character does in a slug.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ascii {
    /// A letter or a digit, written in lower case.
    Letter,
    /// An apostrophe: removed without ending the word (`Mayor's` is `mayors`).
    Apostrophe,
    /// `&`: written as the conjunction of the slug's language, as a word of its own.
    Ampersand,
    /// Anything else: writes nothing and ends the word. How surely the end of the slug word
    /// is also the end of a Unicode word (see [`Gap`]).
    Break(Gap),
}

/// The class of every byte; bytes above ASCII never reach it from text, and would end a word.
const ASCII: [Ascii; 256] = {
    let mut table = [Ascii::Break(Gap::Soft); 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = match byte as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => Ascii::Letter,
            b'\'' | b'`' => Ascii::Apostrophe,
            b'&' => Ascii::Ampersand,
            // UAX #29 keeps these inside a word between some letters or digits (`3.5`,
            // `latvija.gov.lv`, `a_b`, Hebrew `"`).
            b'.' | b',' | b':' | b';' | b'_' | b'"' => Ascii::Break(Gap::Soft),
            _ => Ascii::Break(Gap::Hard),
        };
        byte += 1;
    }
    table
};

/// Whether the text between two slug words ends a Unicode word (UAX #29), which decides
/// where a slug that is too long may be cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    /// No gap: the next letter continues the word.
    None,
    /// The slug word ends; the Unicode word may go on (`3.5`), so a cut here needs the
    /// UAX #29 word boundaries.
    Soft,
    /// The slug word ends and so does the Unicode word: the text between them holds a space,
    /// a dash, a quote or another mark that UAX #29 always breaks at.
    Hard,
}

/// The Latvian letters, and the pre-1946 `ō` and `ŗ`, without their diacritics.
///
/// `deunicode` gives the same letters (a unit test holds the two together); this match only
/// keeps the most frequent non-ASCII letters of Latvian text on the fast path.
const fn latvian(c: char) -> Option<u8> {
    let base = match c {
        'ā' | 'Ā' => b'a',
        'č' | 'Č' => b'c',
        'ē' | 'Ē' => b'e',
        'ģ' | 'Ģ' => b'g',
        'ī' | 'Ī' => b'i',
        'ķ' | 'Ķ' => b'k',
        'ļ' | 'Ļ' => b'l',
        'ņ' | 'Ņ' => b'n',
        'ō' | 'Ō' => b'o',
        'ŗ' | 'Ŗ' => b'r',
        'š' | 'Š' => b's',
        'ū' | 'Ū' => b'u',
        'ž' | 'Ž' => b'z',
        _ => return None,
    };
    Some(base)
}

/// [`latvian`] for Latin Extended-A (U+0100 to U+017F), where all the Latvian letters lie,
/// by code point less 0x100; 0 for the other letters of the block.
const LATIN_EXTENDED_A: [u8; 128] = {
    let mut table = [0; 128];
    let mut index = 0;
    while index < 128 {
        if let Some(c) = char::from_u32(0x100 + index as u32)
            && let Some(base) = latvian(c)
        {
            table[index] = base;
        }
        index += 1;
    }
    table
};

/// The state of the plain-text loop: what the previous byte was, as an offset into [`PLAIN`].
const AFTER_LETTER: usize = 0;
/// After 0xC4, the first byte of U+0100 to U+013F.
const AFTER_C4: usize = 256;
/// After 0xC5, the first byte of U+0140 to U+017F.
const AFTER_C5: usize = 512;
/// After a space, another ASCII mark between words, or a quote or dash of the table.
const AFTER_MARK: usize = 768;
/// After 0xE2, the first byte of the quotes and dashes of U+2000 to U+203F.
const AFTER_E2: usize = 1024;
/// After a mark that the loop writes without the table (`–`, the no-break space, `&`): as
/// [`AFTER_MARK`], except that 0xE2 leaves, so that a character begun after one of them
/// and not finished can be taken back (see [`Writer::plain`]).
const AFTER_OTHER_MARK: usize = 1280;
/// The length of [`PLAIN`], a power of two, so that an index masked to it needs no bounds
/// check.
const STATES: usize = 2048;

/// The last bytes of the quotes and dashes that the table writes: `—` `“` `”` `„` `…`
/// (0xE2 0x80 and these). `–` is not among them: its last byte, 0x93, is also the last byte
/// of `ē`, after which the loop is in another state.
const QUOTE_ENDS: [u8; 5] = [0x94, 0x9c, 0x9d, 0x9e, 0xa6];

/// A byte that leaves the plain-text loop.
const LEAVE: u8 = 0xff;
/// The bit that tells [`LEAVE`] from what the loop writes, which is ASCII.
const LEAVE_BIT: u8 = 0x80;

/// Writes `byte` at `at` in `buf`, which has room for it.
#[inline(always)]
fn put(buf: &mut [u8], at: usize, byte: u8) {
    // [`Writer::plain`] makes the room before the loop starts.
    debug_assert!(at < buf.len(), "no room at {at} in {} bytes", buf.len());
    if let Some(to) = buf.get_mut(at) {
        *to = byte;
    }
}

/// What the plain-text loop writes for a byte, by state and byte: the byte in lower case
/// for ASCII letters and digits; for the first mark after a letter (a space, `.`, `:`, a
/// quote or a dash of [`QUOTE_ENDS`] ...) a hyphen, hard or [soft](SOFT_HYPHEN) as the
/// mark is, and nothing (0) for the marks after it; nothing for the first byte of a
/// Latvian letter, and its base letter for the second; anything else, apostrophes and `&`
/// too, [leaves](LEAVE) for the general path.
///
/// A quote or a dash writes its hyphen at its first byte, 0xE2, before the loop knows
/// that the character is one: where it is not (`’`, `€`), the loop [takes the hyphen
/// back](Writer::plain). After 0xE2 0x80 the loop is in the state after a letter, whose
/// row has nothing else to do with a continuation byte.
///
/// A run of marks takes the hyphen of its first mark, where [`Writer::hyphen`] takes the
/// hardest: `2020. gada` is written `2020+gada`, where the general path writes
/// `2020-gada`. Both are `2020-gada` in the end; where the slug is too long, a soft
/// hyphen only sends the cut to the Unicode word boundaries, which end a word at the
/// space all the same.
const PLAIN: [u8; STATES] = {
    let mut table = [LEAVE; STATES];
    let mut state = 0;
    while state < STATES {
        let first_mark = state == AFTER_LETTER;
        let later_mark = state == AFTER_MARK || state == AFTER_OTHER_MARK;
        if first_mark || later_mark {
            let mut byte = 0;
            while byte < 128 {
                table[state + byte] = match ASCII[byte] {
                    Ascii::Letter => (byte as u8).to_ascii_lowercase(),
                    Ascii::Break(Gap::Hard) if first_mark => b'-',
                    Ascii::Break(_) if first_mark => SOFT_HYPHEN,
                    Ascii::Break(_) => 0,
                    _ => LEAVE,
                };
                byte += 1;
            }
            table[state + 0xc4] = 0;
            table[state + 0xc5] = 0;
        }
        state += 256;
    }
    let mut index = 0;
    while index < 128 {
        let base = LATIN_EXTENDED_A[index];
        if base != 0 {
            let state = if index < 64 { AFTER_C4 } else { AFTER_C5 };
            table[state + 0x80 + index % 64] = base;
        }
        index += 1;
    }
    table[AFTER_LETTER + 0xe2] = b'-';
    table[AFTER_MARK + 0xe2] = 0;
    table[AFTER_E2 + 0x80] = 0;
    let mut end = 0;
    while end < QUOTE_ENDS.len() {
        table[AFTER_LETTER + QUOTE_ENDS[end] as usize] = 0;
        end += 1;
    }
    table
};

/// The state after each byte.
const NEXT: [u16; 256] = {
    let mut table = [AFTER_LETTER as u16; 256];
    let mut byte = 0;
    while byte < 128 {
        if let Ascii::Break(_) = ASCII[byte] {
            table[byte] = AFTER_MARK as u16;
        }
        byte += 1;
    }
    table[0xc4] = AFTER_C4 as u16;
    table[0xc5] = AFTER_C5 as u16;
    table[0xe2] = AFTER_E2 as u16;
    let mut end = 0;
    while end < QUOTE_ENDS.len() {
        table[QUOTE_ENDS[end] as usize] = AFTER_MARK as u16;
        end += 1;
    }
    table
};

/// Writes `rest` into `buf` from `len` by [`PLAIN`], starting in `state`, up to the first
/// byte that leaves (or the end): how many bytes it read, the length written to, and the
/// state after the last byte read.
///
/// Out of line, so that the loop is compiled on its own, apart from the bookkeeping of
/// [`Writer::plain`] around it.
#[inline(never)]
fn table_run(
    rest: &[u8],
    buf: &mut [u8],
    mut len: usize,
    mut state: usize,
) -> (usize, usize, usize) {
    // Two bytes at a time, with one test for both of whether to leave.
    let mut read = 0;
    for pair in rest.chunks_exact(2) {
        // `as_chunks` would need no `else`, but measured slower here.
        let &[first, second] = pair else {
            debug_assert!(false, "a chunk of {} bytes", pair.len());
            break;
        };
        let first_out = PLAIN[(state | usize::from(first)) & (STATES - 1)];
        let between = usize::from(NEXT[usize::from(first)]);
        let second_out = PLAIN[(between | usize::from(second)) & (STATES - 1)];
        if (first_out | second_out) & LEAVE_BIT != 0 {
            break;
        }
        state = usize::from(NEXT[usize::from(second)]);
        put(buf, len, first_out);
        len += usize::from(first_out != 0);
        put(buf, len, second_out);
        len += usize::from(second_out != 0);
        read += 2;
    }
    // Then one at a time, up to the byte that leaves (or the last byte).
    debug_assert!(read <= rest.len());
    for &byte in rest.get(read..).unwrap_or_default() {
        let out = PLAIN[(state | usize::from(byte)) & (STATES - 1)];
        if out == LEAVE {
            break;
        }
        state = usize::from(NEXT[usize::from(byte)]);
        put(buf, len, out);
        len += usize::from(out != 0);
        read += 1;
    }
    (read, len, state)
}

/// A hyphen written for a [`Gap::Soft`], until the slug is finished: where the slug is too
/// long, only the hyphens of hard gaps can be cut at without asking UAX #29.
const SOFT_HYPHEN: u8 = b'+';

/// A buffer of `len` zero bytes.
// `vec![0; len]` asks the allocator for zeroed memory (`calloc`), slower for the short
// buffers of headlines than allocating and then zeroing (benches/README.md).
#[allow(clippy::slow_vector_initialization)]
fn zeroed(len: usize) -> Vec<u8> {
    let mut buf = Vec::with_capacity(len);
    buf.resize(len, 0);
    buf
}

/// Writes the words of a text as a slug, joining them with single hyphens.
#[derive(Debug)]
struct Writer {
    /// The slug so far is `buf[..len]`; the plain-text loop makes room for the rest of the
    /// text before it starts, so that it never grows `buf`.
    buf: Vec<u8>,
    len: usize,
    /// What ended the last word written, until the next letter starts a new one.
    gap: Gap,
    /// The word that `&` becomes.
    conjunction: &'static str,
}

impl Writer {
    fn new(text: &str, conjunction: &'static str) -> Self {
        Self {
            // Room for the slug of plain text, and for [`Writer::finish`] to round its
            // length up to a multiple of 16.
            buf: zeroed(text.len() + 16),
            len: 0,
            gap: Gap::None,
            conjunction,
        }
    }

    fn write(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            if ASCII[usize::from(byte)] == Ascii::Letter || byte & 0xfe == 0xc4 {
                self.start_word();
                let end = self.plain(bytes, at);
                // The plain-text loop takes back a letter of Latin Extended-A other than
                // the Latvian ones, for the general path below.
                if end > at {
                    at = end;
                    continue;
                }
            }
            if byte.is_ascii() {
                at += 1;
                match ASCII[usize::from(byte)] {
                    Ascii::Letter => self.letter(byte),
                    Ascii::Apostrophe => {}
                    Ascii::Ampersand => self.conjunction(Gap::Hard),
                    Ascii::Break(gap) => self.end_word(gap),
                }
            } else {
                // The plain-text loop stops only at the start of a character.
                debug_assert!(text.is_char_boundary(at), "{at} inside a character");
                let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                at += c.len_utf8();
                self.non_ascii(c);
            }
        }
    }

    /// Writes plain text from `at` (which starts a word) and gives where it ends, at the
    /// start of a character.
    ///
    /// A character that the table begins but cannot finish (`’` or `€` after 0xE2, a letter
    /// of Latin Extended-A other than the Latvian ones) is taken back to its first byte,
    /// with the hyphen that 0xE2 wrote after a letter, and left to the general path. The
    /// state before it is the state after the byte before it, as [`NEXT`] has it: marks
    /// written without the table go to [`AFTER_OTHER_MARK`], where 0xE2 leaves at once.
    #[inline(always)]
    fn plain(&mut self, bytes: &[u8], mut at: usize) -> usize {
        let mut state = AFTER_LETTER;
        let mut len = self.len;
        loop {
            // The loop writes at most a byte for each byte it reads; the general path may
            // have written more (`щ` as `shch`), and so may `&` below (as `-un-`).
            let room = len + bytes.len().saturating_sub(at) + 8;
            if self.buf.len() < room {
                self.buf.resize(room, 0);
            }
            let buf = self.buf.as_mut_slice();
            debug_assert!(at <= bytes.len());
            let rest = bytes.get(at..).unwrap_or_default();
            let read;
            (read, len, state) = table_run(rest, buf, len, state);
            at += read;
            if bytes.get(at).is_some_and(|&byte| byte & 0xc0 == 0x80) {
                // Back to the first byte of the character, and to the state before it.
                let mut lead = at;
                while lead > 0 && bytes.get(lead).is_some_and(|&byte| byte & 0xc0 == 0x80) {
                    lead -= 1;
                }
                let before = lead
                    .checked_sub(1)
                    .and_then(|before| bytes.get(before))
                    .map_or(AFTER_LETTER, |&byte| usize::from(NEXT[usize::from(byte)]));
                if bytes.get(lead) == Some(&0xe2) && before == AFTER_LETTER {
                    // The hyphen that 0xE2 wrote after a letter.
                    debug_assert!(len > 0, "no hyphen to take back");
                    len = len.saturating_sub(1);
                }
                state = before;
                at = lead;
            }
            // The marks that the table cannot write: hard marks like a space.
            let (mark, word) = match bytes.get(at..).unwrap_or_default() {
                // – (and anything else of 0xE2 0x80 that the table did not write)
                [0xe2, 0x80, 0x93 | 0x94 | 0x9c | 0x9d | 0x9e | 0xa6, ..] => (3, ""),
                // The no-break space, « ».
                [0xc2, 0xa0 | 0xab | 0xbb, ..] => (2, ""),
                // A word of its own.
                [b'&', ..] => (1, self.conjunction),
                _ => break,
            };
            if state == AFTER_LETTER {
                put(buf, len, b'-');
                len += 1;
            }
            if !word.is_empty() {
                for &letter in word.as_bytes() {
                    put(buf, len, letter);
                    len += 1;
                }
                put(buf, len, b'-');
                len += 1;
            }
            state = AFTER_OTHER_MARK;
            at += mark;
        }
        self.len = len;
        at
    }

    /// Writes one byte.
    fn push(&mut self, byte: u8) {
        match self.buf.get_mut(self.len) {
            Some(to) => *to = byte,
            None => self.buf.push(byte),
        }
        self.len += 1;
    }

    /// The last byte written.
    fn last(&self) -> Option<u8> {
        self.buf.get(self.len.checked_sub(1)?).copied()
    }

    /// Writes an ASCII letter or digit, in lower case.
    fn letter(&mut self, byte: u8) {
        self.start_word();
        self.push(byte.to_ascii_lowercase());
    }

    /// Writes the hyphen before a word, if a word came before it and the hyphen is not
    /// there yet.
    #[inline(always)]
    fn start_word(&mut self) {
        if self.gap != Gap::None {
            self.hyphen();
        }
    }

    fn hyphen(&mut self) {
        // A space at the end of plain text wrote its hyphen already; a hard gap after a
        // soft hyphen makes it hard.
        match self.last() {
            None | Some(b'-') => {}
            Some(SOFT_HYPHEN) if self.gap == Gap::Hard => {
                self.len -= 1;
                self.push(b'-');
            }
            Some(SOFT_HYPHEN) => {}
            Some(_) if self.gap == Gap::Hard => self.push(b'-'),
            Some(_) => self.push(SOFT_HYPHEN),
        }
        self.gap = Gap::None;
    }

    fn end_word(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    /// The slug, at most `max_len` long, cut as [`slugify`] says.
    fn finish(mut self, text: &str, max_len: usize) -> String {
        // A space at the end of plain text wrote a hyphen that no word follows.
        if matches!(self.last(), Some(b'-' | SOFT_HYPHEN)) {
            self.len -= 1;
        }
        if self.len > max_len {
            self.len = self.cut(text, max_len);
        }
        // Only ASCII is ever written, past `len` too (the buffer starts zeroed), so the
        // check that the slug is UTF-8 may run over whole blocks of 16 bytes, without a
        // byte-by-byte tail.
        let len = self.len;
        let blocks = len.next_multiple_of(16);
        let checked = if blocks <= self.buf.len() {
            blocks
        } else {
            len
        };
        self.buf.truncate(checked);
        // The plain-text loop writes soft hyphens without keeping count of them.
        for byte in &mut self.buf {
            // Without a branch, so that the loop runs many bytes at a time.
            *byte ^= u8::from(*byte == SOFT_HYPHEN) * (SOFT_HYPHEN ^ b'-');
        }
        // So the `Err` arm below and a `len` inside a character cannot happen.
        debug_assert!(self.buf.is_ascii(), "the slug writer wrote more than ASCII");
        match String::from_utf8(self.buf) {
            Ok(mut slug) => {
                if slug.is_char_boundary(len) {
                    slug.truncate(len);
                }
                slug
            }
            Err(not_utf8) => {
                let mut bytes = not_utf8.into_bytes();
                bytes.truncate(len);
                String::from_utf8_lossy(&bytes).into_owned()
            }
        }
    }

    /// Where to cut the slug, longer than `max_len`: at the last hyphen within the limit
    /// when it stands for a hard gap; otherwise at the end of the last Unicode word that
    /// fits; otherwise at the end of the last slug word that fits; otherwise (the first
    /// word alone is too long) at `max_len`.
    #[cold]
    fn cut(&self, text: &str, max_len: usize) -> usize {
        debug_assert!(max_len < self.len && self.len <= self.buf.len());
        let head = self.buf.get(..=max_len).unwrap_or_default();
        let last_hyphen = head
            .iter()
            .rposition(|&byte| byte == b'-' || byte == SOFT_HYPHEN);
        match last_hyphen {
            Some(hyphen) if head.get(hyphen) == Some(&b'-') => hyphen,
            Some(hyphen) => self.word_cut(text, max_len).unwrap_or(hyphen),
            None => max_len,
        }
    }

    /// The end of the last whole Unicode word (UAX #29) of `text` whose slug fits in
    /// `max_len`, so that `3.5` or `latvija.gov.lv` is never split.
    fn word_cut(&self, text: &str, max_len: usize) -> Option<usize> {
        // The slug of the text up to each word boundary is a prefix of the whole slug;
        // where the whole slug has a hyphen right after that prefix, the prefix ends in
        // whole words.
        let mut prefix = Writer::new(text, self.conjunction);
        let mut cut = None;
        for segment in text.split_word_bounds() {
            prefix.write(segment);
            // The prefix may end in the hyphen of a space, which the whole slug has too.
            let end = match prefix.last() {
                Some(b'-' | SOFT_HYPHEN) => prefix.len - 1,
                _ => prefix.len,
            };
            if end > max_len {
                break;
            }
            if matches!(self.buf.get(end).copied(), Some(b'-' | SOFT_HYPHEN)) && end > 0 {
                cut = Some(end);
            }
        }
        cut
    }

    fn letters(&mut self, latin: &str) {
        for byte in latin.bytes() {
            self.letter(byte);
        }
    }

    fn conjunction(&mut self, gap: Gap) {
        self.end_word(gap);
        self.letters(self.conjunction);
        self.end_word(gap);
    }

    /// A character other than ASCII and the Latvian letters.
    fn non_ascii(&mut self, c: char) {
        match c {
            // The quotes, dashes and spaces of Latvian headlines.
            '„' | '“' | '”' | '«' | '»' | '–' | '—' | '…' | '″' | '′' | '\u{a0}' =>
            {
                self.end_word(Gap::Hard);
            }
            // Typographic apostrophes.
            '’' | '‘' => {}
            '\u{400}'..='\u{4ff}' => match cyrillic::romanize(c) {
                Some(latin) => self.letters(latin),
                None => self.fallback(c),
            },
            _ => self.fallback(c),
        }
    }

    /// Everything else, through `deunicode`: letters and digits of any script are
    /// transliterated (which also decomposes ligatures, `ß`, `Æ` and full-width forms); what
    /// `deunicode` writes as nothing (combining marks, variation selectors, joiners, soft
    /// hyphens, direction marks) stays inside the word; a mark that `deunicode` folds to one
    /// ASCII punctuation mark acts as that mark (full-width `＆` is `&`); every other symbol,
    /// emoji included, writes nothing and ends the word.
    ///
    /// Word ends found here are [`Gap::Soft`]: whether UAX #29 breaks at them is left to
    /// UAX #29.
    ///
    /// `deunicode` is the transliteration of the `slug` crate, called here a character at a
    /// time: `slug::slugify`, that crate's one function, writes a hyphen for every mark,
    /// and so cannot tell `＆`, an apostrophe such as `ʼ`, a combining mark and an emoji
    /// apart.
    #[cold]
    fn fallback(&mut self, c: char) {
        let Some(latin) = deunicode::deunicode_char(c) else {
            return self.end_word(Gap::Soft);
        };
        let latin = match latin.as_bytes() {
            _ if c.is_alphanumeric() => latin,
            [] => return,
            [mark] if mark.is_ascii_punctuation() => latin,
            _ => return self.end_word(Gap::Soft),
        };
        for byte in latin.bytes() {
            match ASCII[usize::from(byte)] {
                Ascii::Letter => self.letter(byte),
                Ascii::Apostrophe => {}
                Ascii::Ampersand => self.conjunction(Gap::Soft),
                Ascii::Break(_) => self.end_word(Gap::Soft),
            }
        }
    }
}

/// The slug of `text` under the policy, at most `max_len` characters long.
pub(super) fn slugify(text: &str, max_len: usize, conjunction: &'static str) -> String {
    let mut writer = Writer::new(text, conjunction);
    writer.write(text);
    writer.finish(text, max_len)
}

/// The length of the longest prefix of `slug` that ends in whole slug words and is at most
/// `max_len` long; `max_len` itself when the first word alone is longer.
pub(super) fn hyphen_cut(slug: &str, max_len: usize) -> usize {
    if slug.len() <= max_len {
        return slug.len();
    }
    debug_assert!(max_len < slug.len());
    let head = slug.as_bytes().get(..=max_len).unwrap_or_default();
    match head.iter().rposition(|&byte| byte == b'-') {
        Some(hyphen) if hyphen > 0 => hyphen,
        _ => max_len,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    impl Writer {
        /// Writes `text` through the general path alone, a character at a time: the
        /// policy without the plain-text loop.
        fn write_char_by_char(&mut self, text: &str) {
            for c in text.chars() {
                match u8::try_from(c) {
                    Ok(byte) if byte.is_ascii() => match ASCII[usize::from(byte)] {
                        Ascii::Letter => self.letter(byte),
                        Ascii::Apostrophe => {}
                        Ascii::Ampersand => self.conjunction(Gap::Hard),
                        Ascii::Break(gap) => self.end_word(gap),
                    },
                    _ => self.non_ascii(c),
                }
            }
        }
    }

    /// [`slugify`] through the general path alone.
    fn slugify_char_by_char(text: &str, max_len: usize) -> String {
        let mut writer = Writer::new(text, "un");
        writer.write_char_by_char(text);
        writer.finish(text, max_len)
    }

    proptest! {
        /// The plain-text loop writes the slug that the general path writes, and a slug
        /// too long is cut in the same place, though the loop writes a run of marks that
        /// starts soft and ends hard (`2020. gada`) as a soft hyphen.
        #[test]
        fn the_loop_writes_what_the_general_path_writes(
            text in "[a-zA-Z0-9āčēģīķļņšūžĀŠŽęőÆ .,:;_!?()/%&'’‘\"„“”«»–—…€™☀\u{a0}🎉щЖ\u{301}-]{0,160}",
            max_len in 1_usize..130,
        ) {
            prop_assert_eq!(slugify(&text, max_len, "un"), slugify_char_by_char(&text, max_len));
        }
    }

    /// Characters that the table begins with 0xE2 or 0xC4 and cannot finish, after a
    /// letter, after the marks of the table and after the marks written without it.
    #[test]
    fn characters_the_loop_takes_back() {
        for text in [
            "Mayor’s",
            "Mayor ’s",
            "a. ’b",
            "a“’b",
            "a–’b",
            "a &’b",
            "a\u{a0}’b",
            "5€ par",
            "5 € par",
            "a™",
            "Saule☀️ spīd",
            "„☀“",
            "Gdańsk ę",
            "a–ę",
            "a &ę",
        ] {
            assert_eq!(
                slugify(text, 100, "un"),
                slugify_char_by_char(text, 100),
                "{text:?}"
            );
        }
    }

    #[test]
    fn soft_then_hard_marks_cut_like_hard_ones() {
        for (text, max_len) in [
            ("Rīga. Jūrmala", 6),
            ("2020. gada 15. maijā", 9),
            ("Nr.1, Nr.2, Nr.3", 8),
            ("3.5: budžets", 4),
            ("„Zaļā josta“. Rīga", 10),
        ] {
            assert_eq!(
                slugify(text, max_len, "un"),
                slugify_char_by_char(text, max_len),
                "{text:?} within {max_len}"
            );
        }
    }

    /// What the plain-text loop writes for the two bytes of a character of Latin
    /// Extended-A, or `None` when the character leaves the loop.
    fn plain_pair(c: char) -> Option<u8> {
        let mut utf8 = [0; 2];
        let [lead, next] = *c.encode_utf8(&mut utf8).as_bytes() else {
            return None;
        };
        assert_eq!(PLAIN[usize::from(lead)], 0, "{c}");
        let base = PLAIN[usize::from(NEXT[usize::from(lead)]) + usize::from(next)];
        (base != LEAVE).then_some(base)
    }

    #[test]
    fn latvian_fast_path_agrees_with_deunicode() {
        for c in "āĀčČēĒģĢīĪķĶļĻņŅōŌŗŖšŠūŪžŽ".chars() {
            let fast = plain_pair(c).map(|base| char::from(base).to_string());
            let slow = deunicode::deunicode_char(c).map(str::to_ascii_lowercase);
            assert_eq!(fast, slow, "{c}");
        }
    }

    /// The plain-text loop writes nothing for the first byte of every letter of Latin
    /// Extended-A, which holds only if the general path writes a letter for every one that
    /// leaves the loop at its second byte.
    #[test]
    fn every_latin_extended_a_character_writes_a_letter() {
        for c in '\u{100}'..='\u{17f}' {
            let slug = slugify(&format!("a {c}"), 100, "un");
            assert!(slug.len() > 2 && slug.starts_with("a-"), "{c}: {slug}");
        }
    }

    #[test]
    fn only_latvian_letters_take_the_fast_path() {
        let fast: String = ('\u{100}'..='\u{17f}')
            .filter(|&c| plain_pair(c).is_some())
            .collect();
        assert_eq!(fast, "ĀāČčĒēĢģĪīĶķĻļŅņŌōŖŗŠšŪūŽž");
    }

    #[test]
    fn ascii_classes() {
        assert_eq!(ASCII[usize::from(b'Q')], Ascii::Letter);
        assert_eq!(ASCII[usize::from(b'\'')], Ascii::Apostrophe);
        assert_eq!(ASCII[usize::from(b'&')], Ascii::Ampersand);
        assert_eq!(ASCII[usize::from(b'-')], Ascii::Break(Gap::Hard));
        assert_eq!(ASCII[usize::from(b' ')], Ascii::Break(Gap::Hard));
        assert_eq!(ASCII[usize::from(b'.')], Ascii::Break(Gap::Soft));
        assert_eq!(ASCII[0x80], Ascii::Break(Gap::Soft));
    }

    /// Every mark that the table calls a hard gap is one where UAX #29 breaks between two
    /// letters and between two digits.
    #[test]
    fn hard_gaps_are_unicode_word_boundaries() {
        let hard = (0..128_u8)
            .filter(|&byte| ASCII[usize::from(byte)] == Ascii::Break(Gap::Hard))
            .map(char::from)
            .chain("„“”«»–—…″′\u{a0}".chars());
        for mark in hard {
            for (left, right) in [("ab", "cd"), ("12", "34")] {
                let text = format!("{left}{mark}{right}");
                let words: Vec<&str> = text.split_word_bounds().collect();
                assert_eq!(words.first(), Some(&left), "{text:?}");
                assert_eq!(words.last(), Some(&right), "{text:?}");
            }
        }
    }

    /// `&` writes more than it reads; the plain-text loop after it still has room.
    #[test]
    fn ampersands_leave_room_for_plain_text() {
        let text = "a&".repeat(40) + "pašvaldības";
        let expected = "a-un-".repeat(40) + "pasvaldibas";
        assert_eq!(slugify(&text, usize::MAX, "un"), expected);
    }

    #[test]
    fn hyphen_cut_keeps_whole_words() {
        assert_eq!(hyphen_cut("latvijas-atverto-tehnologiju", 15), 8);
        assert_eq!(hyphen_cut("latvijas-atverto-tehnologiju", 16), 16);
        assert_eq!(hyphen_cut("latvijas-atverto", 16), 16);
        assert_eq!(hyphen_cut("pasvaldibas", 4), 4);
    }
}
