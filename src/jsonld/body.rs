//! An article's body as the contents of a JSON string (`articleBody`), read from its HTML
//! in the same pass that escapes it.
//!
//! # Performance
//!
//! The body is the largest value of a graph. Through `serde_json` its text would be read
//! three times (from the HTML, to escape it, to write it); here the model's one-pass HTML
//! reader escapes it for JSON as it reads, into a buffer the thread keeps for every
//! article, and the escaped text is written as it is. Markup the reader leaves to
//! html5ever goes through `serde_json` as before. The property test
//! `body_text_is_html5evers_text_as_serde_json_escapes_it` holds the JSON string equal to
//! `serde_json`'s escaping of [`Html::to_text`].

use crate::model::text::{Escaper, Html, HtmlText};

/// The contents of a JSON string, escaped exactly as `serde_json` escapes them: `"` and `\`
/// with a backslash, a line break as `\n`. No other character JSON escapes can be in the
/// text of [`Html`]: the model refuses control characters but tab, line feed and carriage
/// return, and the reader turns those into spaces and line breaks.
struct JsonString;

impl Escaper for JsonString {
    const ESCAPED: &'static [u8] = b"\"\\";
    const LINE_BREAK: &'static str = "\\n";

    fn push(out: &mut String, c: char) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
}

/// The text of `body` as [`Html::to_text`] reads it, escaped for a JSON string into
/// `buffer` where the HTML's one-pass reader reads it, or else as the text itself, still to
/// escape.
pub(super) fn text<'b>(body: &Html, buffer: &'b mut String) -> HtmlText<'b> {
    body.escaped_text::<JsonString>(buffer)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::text::samples::{FIXED, LEFT, READ, body, token};

    /// The text as JSON: the escaped contents in quotes, or the plain text through
    /// `serde_json`; `None` for markup the model refuses.
    fn json(html: &str) -> Result<Option<(String, bool)>, TestCaseError> {
        let Ok(html) = Html::new(html) else {
            return Ok(None);
        };
        let mut buffer = String::new();
        let (written, escaped) = match text(&html, &mut buffer) {
            HtmlText::Escaped(contents) => (format!("\"{contents}\""), true),
            HtmlText::Plain(plain) => (
                serde_json::to_string(&plain).map_err(|e| TestCaseError::fail(e.to_string()))?,
                false,
            ),
        };
        let expected = serde_json::to_string(&html.to_text())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&written, &expected, "html: {:?}", html);
        Ok(Some((written, escaped)))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Escaped in the reader's pass or through `serde_json`, the body's text is the
        /// same JSON string.
        #[test]
        fn body_text_is_html5evers_text_as_serde_json_escapes_it(
            tokens in prop::collection::vec(token([READ, LEFT].concat()), 1..40),
        ) {
            json(&tokens.concat())?;
        }

        #[test]
        fn news_bodies_are_escaped_in_the_readers_pass(html in body()) {
            let escaped = json(&html)?.is_some_and(|(_, escaped)| escaped);
            prop_assert!(escaped, "html: {:?}", html);
        }
    }

    #[test]
    fn fixed_cases() -> Result<(), TestCaseError> {
        for &(html, fast) in FIXED {
            let escaped = json(html)?.is_some_and(|(_, escaped)| escaped);
            prop_assert_eq!(escaped, fast, "html: {:?}", html);
        }
        let quoted = json("<p>\"Citāts\" \\ &quot;x&quot;</p><p>a</p>")?;
        prop_assert_eq!(
            quoted.map(|(json, _)| json),
            Some(r#""\"Citāts\" \\ \"x\"\n\na""#.to_owned())
        );
        Ok(())
    }
}
