//! Finding a word of the [lexicon](crate::date::lexicon) by its folded form.
//!
//! A word is looked up *folded*: lowercase ASCII with the Latvian diacritics removed
//! (`Janvārī`, `janvārī` and `janvari` all fold to `janvari`). The scanner folds each letter
//! as it reads it and packs it into a key ([`pack`]); [`lookup`] finds the key's entry.
//!
//! # Performance
//!
//! A lookup allocates nothing and compares no strings for a word of up to [`KEY_LETTERS`]
//! letters: a folded letter is 1 to 26, packed in five bits of a `u64`, so such a key holds
//! the whole word and no two words share one; a multiply hashes it into an open-addressing
//! table built at compile time, and a probe is one comparison of keys. A longer word keeps
//! its last [`KEY_LETTERS`] letters in its key, marked long, and a probe that finds that key
//! compares the whole folded word with the entry's form; there is no limit on a word's
//! length. The test `lookup_is_the_plain_search` holds this equal to the plain reference, a
//! search of every entry by its folded form, for every form of the lexicon and for the words
//! one letter away from each.

use crate::date::lexicon::{ENTRIES, Word};

/// How many letters a key holds whole: five bits each in a `u64`.
pub(crate) const KEY_LETTERS: usize = 12;

/// The bits of the last [`KEY_LETTERS`] letters of a key.
const LETTER_BITS: u64 = (1 << (5 * KEY_LETTERS)) - 1;

/// The mark of a key of a word longer than [`KEY_LETTERS`]: no key of a shorter word has it.
const LONG: u64 = 1 << 63;

/// Packs `letter` (folded: an ASCII lowercase letter) after the letters of `packed`, in its
/// five low bits, 1 to 26. Past [`KEY_LETTERS`] letters the first ones are pushed out.
pub(crate) const fn pack(packed: u64, letter: u8) -> u64 {
    (packed << 5) | (letter & 0x1F) as u64
}

/// The ASCII letter that a Latvian letter folds to, from the two bytes of its UTF-8 form
/// (`ā` is `C4 81`), or `None` for any other two-byte sequence.
pub(crate) const fn fold_pair(lead: u8, next: u8) -> Option<u8> {
    match (lead, next) {
        (0xC4, 0x80 | 0x81) => Some(b'a'),
        (0xC4, 0x8C | 0x8D) => Some(b'c'),
        (0xC4, 0x92 | 0x93) => Some(b'e'),
        (0xC4, 0xA2 | 0xA3) => Some(b'g'),
        (0xC4, 0xAA | 0xAB) => Some(b'i'),
        (0xC4, 0xB6 | 0xB7) => Some(b'k'),
        (0xC4, 0xBB | 0xBC) => Some(b'l'),
        (0xC5, 0x85 | 0x86) => Some(b'n'),
        (0xC5, 0xA0 | 0xA1) => Some(b's'),
        (0xC5, 0xAA | 0xAB) => Some(b'u'),
        (0xC5, 0xBD | 0xBE) => Some(b'z'),
        _ => None,
    }
}

/// [`fold_pair`] as a table for the scanner, indexed by the lead byte (`C4` or `C5`) and
/// the low six bits of the second: the letter, or 0.
static PAIRS: [[u8; 64]; 2] = {
    let mut pairs = [[0; 64]; 2];
    let mut lead = 0;
    while lead < 2 {
        let mut next = 0;
        while next < 64 {
            if let Some(letter) = fold_pair(0xC4 + lead as u8, 0x80 + next as u8) {
                pairs[lead][next] = letter;
            }
            next += 1;
        }
        lead += 1;
    }
    pairs
};

/// What [`fold_pair`] says, by a table lookup.
pub(crate) fn fold(lead: u8, next: u8) -> Option<u8> {
    let row = PAIRS.get(usize::from(lead.wrapping_sub(0xC4)))?;
    let letter = *row.get(usize::from(next.wrapping_sub(0x80)))?;
    (letter != 0).then_some(letter)
}

/// The folded letter of the character at byte `i` of `bytes` and the byte after it; the
/// letter is 0 for a character that is not a Latvian letter.
const fn folded_at(bytes: &[u8], i: usize) -> (u8, usize) {
    let b = bytes[i];
    if b < 0x80 {
        let letter = if b.is_ascii_alphabetic() {
            b.to_ascii_lowercase()
        } else {
            0
        };
        return (letter, i + 1);
    }
    if i + 1 < bytes.len()
        && let Some(letter) = fold_pair(b, bytes[i + 1])
    {
        return (letter, i + 2);
    }
    // Not a Latvian letter: step over the rest of its UTF-8 form.
    let mut next = i + 1;
    while next < bytes.len() && bytes[next] & 0xC0 == 0x80 {
        next += 1;
    }
    (0, next)
}

/// The key of `word` and whether every character folded to a letter.
const fn key_of(word: &str) -> (u64, bool) {
    let bytes = word.as_bytes();
    let (mut packed, mut letters, mut i) = (0, 0, 0);
    let mut all_letters = !bytes.is_empty();
    while i < bytes.len() {
        let (letter, next) = folded_at(bytes, i);
        all_letters &= letter != 0;
        packed = pack(packed, letter);
        letters += 1;
        i = next;
    }
    let key = if letters > KEY_LETTERS {
        long_key(packed)
    } else {
        packed
    };
    (key, all_letters)
}

/// The key of a word longer than [`KEY_LETTERS`], from its packed letters.
const fn long_key(packed: u64) -> u64 {
    (packed & LETTER_BITS) | LONG
}

/// Whether two words fold to the same letters.
const fn folds_alike(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, next_i) = folded_at(a, i);
        let (y, next_j) = folded_at(b, j);
        if x == 0 || x != y {
            return false;
        }
        (i, j) = (next_i, next_j);
    }
    i == a.len() && j == b.len()
}

/// The table slot of a key: one multiply.
const fn hash(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_BITS)) as usize
}

const TABLE_BITS: u32 = 10;
const TABLE_SIZE: usize = 1 << TABLE_BITS;
const EMPTY: u16 = u16::MAX;

/// The key of each entry of [`ENTRIES`], in their order.
static KEYS: [u64; ENTRIES.len()] = {
    let mut keys = [0; ENTRIES.len()];
    let mut i = 0;
    while i < ENTRIES.len() {
        keys[i] = key_of(ENTRIES[i].0).0;
        i += 1;
    }
    keys
};

/// Open addressing over the hashes of [`KEYS`]: the index of an entry in [`ENTRIES`], or
/// [`EMPTY`]. A form that folds like an earlier one is left out: the first one wins.
static TABLE: [u16; TABLE_SIZE] = {
    let mut table = [EMPTY; TABLE_SIZE];
    let mut i = 0;
    while i < ENTRIES.len() {
        let mut slot = hash(KEYS[i]);
        let mut seen = false;
        while table[slot] != EMPTY {
            let other = table[slot] as usize;
            if KEYS[other] == KEYS[i] && folds_alike(ENTRIES[other].0, ENTRIES[i].0) {
                seen = true;
                break;
            }
            slot = (slot + 1) & (TABLE_SIZE - 1);
        }
        if !seen {
            table[slot] = i as u16;
        }
        i += 1;
    }
    table
};

/// The meaning of a word of at most [`KEY_LETTERS`] letters, given its packed letters.
pub(crate) fn lookup(packed: u64) -> Word {
    debug_assert!(packed & !LETTER_BITS == 0, "more than a key's letters");
    find(packed, |_| true)
}

/// The meaning of a word longer than [`KEY_LETTERS`] letters, given the word as written and
/// its packed letters (the last [`KEY_LETTERS`] of them).
#[cold]
pub(crate) fn lookup_long(word: &str, packed: u64) -> Word {
    find(long_key(packed), |form| folds_alike(form, word))
}

/// The meaning of the first entry with `key` whose form is `alike`, or [`Word::Other`].
#[inline(always)]
fn find(key: u64, alike: impl Fn(&str) -> bool) -> Word {
    let mut slot = hash(key);
    loop {
        let index = TABLE[slot];
        if index == EMPTY {
            return Word::Other;
        }
        let index = usize::from(index);
        if let (Some(&found), Some(&(form, word))) = (KEYS.get(index), ENTRIES.get(index)) {
            if found == key && alike(form) {
                return word;
            }
        } else {
            debug_assert!(false, "the table holds an index past the entries: {index}");
        }
        slot = (slot + 1) & (TABLE_SIZE - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::lex::{self, Kind};

    /// The plain reference: the first entry whose form folds like `word`.
    fn plain(word: &str) -> Word {
        ENTRIES
            .iter()
            .find(|(form, _)| folds_alike(form, word))
            .map_or(Word::Other, |&(_, word)| word)
    }

    /// The meaning the scanner gives `word`, read alone.
    fn scanned(word: &str) -> Word {
        let tok = lex::next(word, 0);
        match tok.kind {
            Kind::Word(found) if tok.end() == word.len() => found,
            kind => panic!("{word:?} scans as {kind:?} up to {}", tok.end()),
        }
    }

    #[test]
    fn every_form_is_made_of_latvian_letters() {
        for (form, _) in ENTRIES {
            assert!(
                key_of(form).1,
                "{form} has a character that is not a Latvian letter"
            );
        }
    }

    #[test]
    fn lookup_is_the_plain_search() {
        let letters = ["a", "ā", "š", "z", "ņ"];
        let mut words = Vec::new();
        for (form, _) in ENTRIES {
            let chars: Vec<char> = form.chars().collect();
            words.push(form.to_string());
            words.push(form.to_uppercase());
            words.push(chars.iter().map(|&c| fold_char(c)).collect());
            for at in 0..=chars.len() {
                let (before, after) = chars.split_at(at);
                let (before, after): (String, String) =
                    (before.iter().collect(), after.iter().collect());
                for letter in letters {
                    words.push(format!("{before}{letter}{after}"));
                }
                if let Some(rest) = after.get(1..)
                    && chars.len() > 1
                {
                    words.push(format!("{before}{rest}"));
                }
            }
        }
        words.push("pirmdienāpirmdienāpirmdienā".to_owned());
        for word in &words {
            assert_eq!(scanned(word), plain(word), "{word}");
        }
        assert!(words.len() > 10_000, "{}", words.len());
    }

    /// A character without its diacritic.
    fn fold_char(c: char) -> char {
        let mut utf8 = [0; 4];
        let bytes = c.encode_utf8(&mut utf8).as_bytes();
        match bytes {
            [lead, next] => fold_pair(*lead, *next).map_or(c, char::from),
            _ => c,
        }
    }

    #[test]
    fn long_words_are_found_whole() {
        // The last twelve letters of each of these are those of a form of the lexicon.
        for word in ["xiepriekšējais", "apriekšpusdienā", "tseptiņpadsmit"] {
            assert_eq!(scanned(word), Word::Other, "{word}");
        }
        for word in ["iepriekšējais", "PRIEKŠPUSDIENĀ", "septinpadsmit"] {
            assert_ne!(scanned(word), Word::Other, "{word}");
        }
    }

    #[test]
    fn forms_that_fold_together_mean_the_same() {
        for (a, wa) in ENTRIES {
            for (b, wb) in ENTRIES {
                if folds_alike(a, b) {
                    assert_eq!(wa, wb, "{a} and {b} fold together");
                }
            }
        }
    }

    #[test]
    fn the_fold_table_says_what_fold_pair_says() {
        for lead in 0..=u8::MAX {
            for next in 0..=u8::MAX {
                assert_eq!(fold(lead, next), fold_pair(lead, next), "{lead:x} {next:x}");
            }
        }
    }

    #[test]
    fn unknown_words_are_other() {
        for word in ["saeima", "balva", "ventspils", "janvaaris"] {
            assert_eq!(scanned(word), Word::Other, "{word}");
        }
    }
}
