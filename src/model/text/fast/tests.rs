//! The fast path against html5ever: wherever it answers, it answers the same, as it is and
//! escaped.

use proptest::prelude::*;

use super::super::samples::{FIXED, LEFT, READ, body, token};
use super::super::{Escaper, parsed_text};
use super::{to_text, to_text_into};

/// An escaper for the tests: `"` and `\\` as words in brackets, line breaks as `|`.
struct Marked;

impl Escaper for Marked {
    const ESCAPED: &'static [u8] = b"\"\\";
    const LINE_BREAK: &'static str = "|";

    fn push(out: &mut String, c: char) {
        match c {
            '"' => out.push_str("[quote]"),
            '\\' => out.push_str("[backslash]"),
            c => out.push(c),
        }
    }
}

/// html5ever's text escaped as [`Marked`] escapes it, a character at a time.
fn marked(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\n' => out.push_str(Marked::LINE_BREAK),
            c => Marked::push(&mut out, c),
        }
    }
    out
}

/// Both paths on `html`: the fast one must agree with html5ever or step aside, as it is and
/// escaped.
fn agree(html: &str) -> Result<Option<String>, TestCaseError> {
    let fast = to_text(html);
    let mut escaped = String::new();
    let read = to_text_into::<Marked>(html, &mut escaped);
    prop_assert_eq!(fast.is_some(), read, "html: {:?}", html);
    if let Some(fast) = &fast {
        let parsed = parsed_text(html);
        prop_assert_eq!(fast, &parsed, "html: {:?}", html);
        prop_assert_eq!(escaped, marked(&parsed), "html: {:?}", html);
    } else {
        prop_assert!(escaped.is_empty(), "html: {:?}", html);
    }
    Ok(fast)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn agrees_with_html5ever_or_steps_aside(tokens in prop::collection::vec(token([READ, LEFT].concat()), 0..40)) {
        agree(&tokens.concat())?;
    }

    /// Near misses: only elements the fast path reads, in any order.
    #[test]
    fn agrees_on_misnested_known_elements(tokens in prop::collection::vec(token(READ.to_vec()), 0..16)) {
        agree(&tokens.concat())?;
    }

    #[test]
    fn reads_news_bodies(html in body()) {
        prop_assert!(agree(&html)?.is_some(), "fast path refused {:?}", html);
    }
}

#[test]
fn fixed_cases() -> Result<(), TestCaseError> {
    for &(html, fast) in FIXED {
        prop_assert_eq!(agree(html)?.is_some(), fast, "html: {:?}", html);
    }
    Ok(())
}
