//! Text the writer escapes: a model [`Text`], which knows whether it holds a character markup
//! escapes, or any `str`, which is searched.

use crate::escape::{self, Escape};
use crate::model::text::Text;

/// Text to write in an element or an attribute.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Chars<'a> {
    text: &'a str,
    /// Whether the text holds none of the characters any context escapes (see
    /// [`escape::has_markup_characters`]), so that it is copied as it is.
    verbatim: bool,
}

impl<'a> Chars<'a> {
    /// A word or number the crate writes itself (`alternate`, `true`, a length, a language
    /// tag): nothing in it to escape, so it is written as it is.
    pub(super) fn word(word: &'a str) -> Self {
        debug_assert!(!escape::has_markup_characters(word), "{word}");
        Self {
            text: word,
            verbatim: true,
        }
    }

    /// Appends the text to `out`, escaped as `escape` says unless it needs no escaping.
    #[inline(always)]
    pub(super) fn push(self, escape: Escape, out: &mut Vec<u8>) {
        if self.verbatim {
            out.extend_from_slice(self.text.as_bytes());
        } else {
            escape.push(out, self.text);
        }
    }
}

impl<'a> From<&'a str> for Chars<'a> {
    fn from(text: &'a str) -> Self {
        Self {
            text,
            verbatim: false,
        }
    }
}

impl<'a> From<&'a Text> for Chars<'a> {
    fn from(text: &'a Text) -> Self {
        Self {
            text: text.as_str(),
            verbatim: !text.has_markup_characters(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_copied_as_it_is_is_text_without_markup_characters()
    -> Result<(), Box<dyn std::error::Error>> {
        for (text, verbatim) in [
            ("Jūrmala „RD“ 🎄 'x'", true),
            ("Kalniņš & partneri", false),
            ("a\"b", false),
        ] {
            let text = Text::new(text)?;
            assert_eq!(Chars::from(&text).verbatim, verbatim, "{text}");
            for escape in [Escape::Text, Escape::Attribute] {
                let (mut written, mut searched) = (Vec::new(), Vec::new());
                Chars::from(&text).push(escape, &mut written);
                Chars::from(text.as_str()).push(escape, &mut searched);
                assert_eq!(written, searched, "{text}");
            }
        }
        Ok(())
    }
}
