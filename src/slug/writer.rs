//! The slug policy as one pass over the text: ASCII, Latvian letters and the common
//! punctuation of Latvian headlines are handled inline; the ICAO table takes Cyrillic, and
//! `deunicode` the rare rest. Truncation consults the Unicode word boundaries (UAX #29) only
//! when a slug is too long.

use unicode_segmentation::UnicodeSegmentation;

use super::cyrillic;

/// What an ASCII character does in a slug.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ascii {
    /// A lowercase letter or a digit, written as it is.
    Keep,
    /// An uppercase letter, written in lower case.
    Upper,
    /// An apostrophe: removed without ending the word (`Mayor's` is `mayors`).
    Apostrophe,
    /// `&`: written as the conjunction of the slug's language, as a word of its own.
    Ampersand,
    /// Anything else: writes nothing and ends the word.
    Break,
}

/// The class of every byte; bytes above ASCII never reach it from text, and would break a word.
const ASCII: [Ascii; 256] = {
    let mut table = [Ascii::Break; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = match byte as u8 {
            b'a'..=b'z' | b'0'..=b'9' => Ascii::Keep,
            b'A'..=b'Z' => Ascii::Upper,
            b'\'' | b'`' => Ascii::Apostrophe,
            b'&' => Ascii::Ampersand,
            _ => Ascii::Break,
        };
        byte += 1;
    }
    table
};

/// The Latvian letters, and the pre-1946 `ō` and `ŗ`, without their diacritics.
///
/// `deunicode` gives the same letters (a unit test holds the two together); this match only
/// keeps the most frequent non-ASCII letters of Latvian text on the fast path.
fn latvian(c: char) -> Option<u8> {
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

/// Writes the words of a text as a slug, lazily joining them with single hyphens.
#[derive(Debug)]
struct Writer {
    out: String,
    /// A word ended since the last letter written: the next letter starts a new word.
    gap: bool,
    /// The word that `&` becomes.
    conjunction: &'static str,
}

impl Writer {
    fn new(capacity: usize, conjunction: &'static str) -> Self {
        Self {
            out: String::with_capacity(capacity),
            gap: false,
            conjunction,
        }
    }

    fn write(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_ascii() {
                self.ascii(c as u8);
            } else {
                self.non_ascii(c);
            }
        }
    }

    /// Writes a lowercase ASCII letter or digit.
    #[inline]
    fn keep(&mut self, byte: u8) {
        if self.gap {
            if !self.out.is_empty() {
                self.out.push('-');
            }
            self.gap = false;
        }
        self.out.push(char::from(byte));
    }

    #[inline]
    fn ascii(&mut self, byte: u8) {
        match ASCII[usize::from(byte)] {
            Ascii::Keep => self.keep(byte),
            Ascii::Upper => self.keep(byte.to_ascii_lowercase()),
            Ascii::Apostrophe => {}
            Ascii::Ampersand => {
                self.gap = true;
                for byte in self.conjunction.bytes() {
                    self.keep(byte);
                }
                self.gap = true;
            }
            Ascii::Break => self.gap = true,
        }
    }

    fn non_ascii(&mut self, c: char) {
        if let Some(base) = latvian(c) {
            return self.keep(base);
        }
        match c {
            // The quotes, dashes and spaces of Latvian headlines.
            '„' | '“' | '”' | '«' | '»' | '–' | '—' | '…' | '″' | '′' | '\u{a0}' => {
                self.gap = true
            }
            // Typographic apostrophes.
            '’' | '‘' => {}
            '\u{400}'..='\u{4ff}' => match cyrillic::romanize(c) {
                Some(latin) => {
                    for byte in latin.bytes() {
                        self.keep(byte);
                    }
                }
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
    #[cold]
    fn fallback(&mut self, c: char) {
        let Some(latin) = deunicode::deunicode_char(c) else {
            self.gap = true;
            return;
        };
        if c.is_alphanumeric() {
            for byte in latin.bytes() {
                self.ascii(byte);
            }
            return;
        }
        match latin.as_bytes() {
            [] => {}
            &[mark] if mark.is_ascii_punctuation() => self.ascii(mark),
            _ => self.gap = true,
        }
    }
}

/// The slug of `text` under the policy, at most `max_len` characters long.
pub(super) fn slugify(text: &str, max_len: usize, conjunction: &'static str) -> String {
    let mut writer = Writer::new(text.len(), conjunction);
    writer.write(text);
    let mut slug = writer.out;
    if slug.len() > max_len {
        let cut = word_cut(text, &slug, max_len, conjunction);
        slug.truncate(cut);
    }
    slug
}

/// Where to cut `slug`, the slug of `text` and longer than `max_len`: at the end of the last
/// whole Unicode word (UAX #29) that fits, so that `3.5` or `latvija.gov.lv` is never split;
/// failing that at the end of the last whole slug word; failing that (the first word alone is
/// too long) at `max_len`.
fn word_cut(text: &str, slug: &str, max_len: usize, conjunction: &'static str) -> usize {
    // The slug of the text up to each word boundary is a prefix of the whole slug; where the
    // whole slug has a hyphen right after that prefix, the prefix ends in whole words.
    let mut writer = Writer::new(max_len + 1, conjunction);
    let mut cut = 0;
    for segment in text.split_word_bounds() {
        writer.write(segment);
        let end = writer.out.len();
        if end > max_len {
            break;
        }
        if slug.as_bytes().get(end) == Some(&b'-') {
            cut = end;
        }
    }
    if cut > 0 {
        cut
    } else {
        hyphen_cut(slug, max_len)
    }
}

/// The length of the longest prefix of `slug` that ends in whole slug words and is at most
/// `max_len` long; `max_len` itself when the first word alone is longer.
pub(super) fn hyphen_cut(slug: &str, max_len: usize) -> usize {
    if slug.len() <= max_len {
        return slug.len();
    }
    let head = slug.as_bytes().get(..=max_len).unwrap_or_default();
    match head.iter().rposition(|&byte| byte == b'-') {
        Some(hyphen) if hyphen > 0 => hyphen,
        _ => max_len,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latvian_fast_path_agrees_with_deunicode() {
        for c in "āĀčČēĒģĢīĪķĶļĻņŅōŌŗŖšŠūŪžŽ".chars() {
            let fast = latvian(c).map(|byte| char::from(byte).to_string());
            let slow = deunicode::deunicode_char(c).map(str::to_ascii_lowercase);
            assert_eq!(fast, slow, "{c}");
        }
    }

    #[test]
    fn apostrophes_and_ampersand_classes() {
        assert_eq!(ASCII[usize::from(b'\'')], Ascii::Apostrophe);
        assert_eq!(ASCII[usize::from(b'&')], Ascii::Ampersand);
        assert_eq!(ASCII[usize::from(b'-')], Ascii::Break);
        assert_eq!(ASCII[0x80], Ascii::Break);
    }

    #[test]
    fn hyphen_cut_keeps_whole_words() {
        assert_eq!(hyphen_cut("latvijas-atverto-tehnologiju", 16), 8);
        assert_eq!(hyphen_cut("latvijas-atverto-tehnologiju", 17), 16);
        assert_eq!(hyphen_cut("latvijas-atverto", 16), 16);
        assert_eq!(hyphen_cut("pasvaldibas", 4), 4);
    }
}
