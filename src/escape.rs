//! The characters of the crate's text and how markup escapes them: which characters XML 1.0
//! carries, which bytes each markup context replaces and with what, and where a CDATA
//! section must split.
//!
//! A leaf: it imports nothing of the crate. The model holds its text to these rules
//! ([`carries`]) and records, when text is made, the facts found here
//! ([`has_markup_characters`], [`breaks_cdata`]); the XML writer escapes with them.
//!
//! # Performance
//!
//! [`Escape::first`] looks for the first byte to replace sixteen bytes at a time, with no
//! early exit inside a block, which the compiler can test with vector comparisons: most
//! text holds no such byte and is a few dozen bytes long, where `memchr`'s set-up would
//! cost more than the search. Only a block that holds one is read byte by byte. URLs,
//! which can hold only `&`, are searched with `memchr`. The tests `the_first_byte_to_escape_is_found_at_every_length_and_place`
//! and `the_block_search_finds_what_a_plain_search_finds` hold the search equal to a plain
//! search byte by byte.

/// Whether XML 1.0 (and so every output of the crate) carries `c`: everything but the C0
/// controls other than tab, line feed and carriage return, DEL, the C1 controls and the
/// non-characters U+FFFE and U+FFFF. (DEL and the C1 controls are allowed by XML 1.0 but
/// discouraged, and in CMS text they are mis-decoded Windows-1252; the model refuses them.)
pub(crate) fn carries(c: char) -> bool {
    let forbidden_control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    !(forbidden_control || matches!(c, '\u{fffe}' | '\u{ffff}'))
}

/// The bytes replaced in character data inside an element: `&`, `<` and `>` (so that `]]>`
/// never appears), and a carriage return, which a parser would otherwise turn into a line
/// feed.
const MARKUP: [u8; 4] = [b'&', b'<', b'>', b'\r'];

/// The bytes replaced in a double-quoted attribute value: [`MARKUP`], `"`, and tab and line
/// feed, which attribute-value normalisation would otherwise turn into spaces.
const IN_ATTRIBUTES: [u8; 7] = [b'&', b'<', b'>', b'\r', b'"', b'\t', b'\n'];

/// Plain text in element content.
static TEXT: [Option<&str>; 256] = table(MARKUP, ["&amp;", "&lt;", "&gt;", "&#13;"]);

/// A double-quoted attribute value.
static ATTRIBUTE: [Option<&str>; 256] = table(
    IN_ATTRIBUTES,
    ["&amp;", "&lt;", "&gt;", "&#13;", "&quot;", "&#9;", "&#10;"],
);

/// Plain text in an RSS element that is not HTML (a title, a category): as [`TEXT`], but `&`,
/// `<` and `>` as hexadecimal character references, which the RSS Advisory Board's profile
/// asks for because readers differ on whether such elements hold HTML (the W3C validator's
/// `CharacterData` and `ContainsHTML` warnings otherwise).
static PLAIN_TEXT: [Option<&str>; 256] = table(MARKUP, ["&#x26;", "&#x3C;", "&#x3E;", "&#13;"]);

/// Plain text in an element whose content readers take as HTML (an RSS `description`):
/// escaped for HTML, then for XML, in one pass.
static HTML_TEXT: [Option<&str>; 256] =
    table(MARKUP, ["&amp;amp;", "&amp;lt;", "&amp;gt;", "&#13;"]);

/// The replacement of each byte: `replacements[i]` for `bytes[i]`, none for the others.
const fn table<const N: usize>(
    bytes: [u8; N],
    replacements: [&'static str; N],
) -> [Option<&'static str>; 256] {
    let mut table = [None; 256];
    let mut i = 0;
    while i < N {
        table[bytes[i] as usize] = Some(replacements[i]);
        i += 1;
    }
    table
}

/// 1 when `b` is one of `bytes`, else 0, without a branch, so that [`first_of`] can test a
/// whole block at once.
#[inline(always)]
fn one_of<const N: usize>(bytes: [u8; N], b: u8) -> u8 {
    bytes
        .iter()
        .fold(0, |found, &special| found | u8::from(b == special))
}

/// The contexts text is escaped for, each with the bytes it replaces.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Escape {
    /// Plain text in element content ([`TEXT`]).
    Text,
    /// Plain text in an RSS element readers may take as HTML ([`PLAIN_TEXT`]).
    PlainText,
    /// Plain text in an element readers take as HTML ([`HTML_TEXT`]).
    HtmlText,
    /// A double-quoted attribute value ([`ATTRIBUTE`]).
    Attribute,
    /// A URL or identifier of the model in element content or an attribute value. A
    /// serialised web URL (WHATWG rules, as the `url` crate writes it) has no `<`, `>`, `"`,
    /// tab, line feed or carriage return, and the model refuses them in identifiers (which
    /// the crate keeps as written): only `&` needs escaping.
    Url,
}

impl Escape {
    fn table(self) -> &'static [Option<&'static str>; 256] {
        match self {
            Self::Text => &TEXT,
            Self::PlainText => &PLAIN_TEXT,
            Self::HtmlText => &HTML_TEXT,
            Self::Attribute | Self::Url => &ATTRIBUTE,
        }
    }

    /// Where the first byte to replace is, if any.
    pub(crate) fn first(self, bytes: &[u8]) -> Option<usize> {
        match self {
            Self::Text | Self::PlainText | Self::HtmlText => first_of(bytes, |b| one_of(MARKUP, b)),
            Self::Attribute => first_of(bytes, |b| one_of(IN_ATTRIBUTES, b)),
            Self::Url => memchr::memchr(b'&', bytes),
        }
    }

    /// Appends `text` to `out`, escaped. Every byte replaced is ASCII, so what `out` gets
    /// is UTF-8.
    pub(crate) fn push(self, out: &mut Vec<u8>, text: &str) {
        let table = self.table();
        let mut rest = text.as_bytes();
        while let Some(at) = self.first(rest) {
            let (before, from) = rest.split_at(at);
            out.extend_from_slice(before);
            let replacement = from.first().and_then(|&b| table[usize::from(b)]);
            debug_assert!(
                replacement.is_some(),
                "`first` stops only where `table` replaces"
            );
            out.extend_from_slice(replacement.unwrap_or_default().as_bytes());
            rest = from.get(1..).unwrap_or_default();
        }
        out.extend_from_slice(rest);
    }
}

/// Whether `text` holds one of the characters some markup context replaces: `&`, `<`, `>`,
/// `"`, a tab, a line feed or a carriage return ([`MARKUP`] and the rest of
/// [`IN_ATTRIBUTES`]). Text without them goes into any element or attribute as it is.
pub(crate) fn has_markup_characters(text: &str) -> bool {
    Escape::Attribute.first(text.as_bytes()).is_some()
}

/// Where the first byte that is `special` is (`special` gives 1 for such a byte, 0 for any
/// other): sixteen bytes at a time, the last block overlapping the one before, and byte by
/// byte only in a block that holds one or in text shorter than a block (see the module's
/// `# Performance`).
#[inline]
fn first_of(bytes: &[u8], special: impl Fn(u8) -> u8) -> Option<usize> {
    let holds = |block: &[u8; 16]| block.iter().fold(0, |found, &b| found | special(b)) != 0;
    let within = |from: usize| {
        let rest = bytes.get(from..)?;
        rest.iter()
            .position(|&b| special(b) != 0)
            .map(|at| from + at)
    };
    let mut offset = 0;
    while let Some(block) = bytes
        .get(offset..)
        .and_then(|rest| rest.first_chunk::<16>())
    {
        if holds(block) {
            return within(offset);
        }
        offset += 16;
    }
    match bytes.last_chunk::<16>() {
        // The bytes after the last whole block, read as part of the last sixteen.
        Some(last) if offset < bytes.len() => holds(last).then(|| within(offset)).flatten(),
        Some(_) => None,
        None => within(0),
    }
}

/// Whether `text` holds `]]>` or a carriage return: the two things a CDATA section cannot
/// hold as they are (`]]>` would end it; a parser's line-end handling would turn the carriage
/// return into a line feed), so that CDATA must split there ([`cdata_splits`]).
pub(crate) fn breaks_cdata(text: &str) -> bool {
    cdata_splits(text.as_bytes()).next().is_some()
}

/// Where CDATA sections must split in `bytes`: each carriage return and each `]]>`, by the
/// position of its first byte.
pub(crate) fn cdata_splits(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr2_iter(b']', b'\r', bytes).filter(|&at| {
        bytes.get(at) == Some(&b'\r')
            || bytes.get(at..).is_some_and(|rest| rest.starts_with(b"]]>"))
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn only_what_must_be_escaped_is() {
        let escaped = |escape: Escape, text: &str| {
            let mut out = Vec::new();
            escape.push(&mut out, text);
            String::from_utf8_lossy(&out).into_owned()
        };
        for escape in [
            Escape::Text,
            Escape::PlainText,
            Escape::HtmlText,
            Escape::Attribute,
            Escape::Url,
        ] {
            let plain = "Jūrmala „RD“ 🎄 'x' https://ventspils.lv/?a=1";
            assert_eq!(escaped(escape, plain), plain, "{escape:?}");
        }
        for (escape, text, expected) in [
            (
                Escape::Text,
                "A&B < C > D ]]> \"x\"\r\n",
                "A&amp;B &lt; C &gt; D ]]&gt; \"x\"&#13;\n",
            ),
            (
                Escape::Attribute,
                "a&b<\"c\">\t\n\r'",
                "a&amp;b&lt;&quot;c&quot;&gt;&#9;&#10;&#13;'",
            ),
            (Escape::HtmlText, "A & <b>", "A &amp;amp; &amp;lt;b&amp;gt;"),
            (
                Escape::PlainText,
                "A&B <b> ]]>\r\n",
                "A&#x26;B &#x3C;b&#x3E; ]]&#x3E;&#13;\n",
            ),
            (
                Escape::Url,
                "https://ventspils.lv/?a=1&b=2",
                "https://ventspils.lv/?a=1&amp;b=2",
            ),
        ] {
            assert_eq!(escaped(escape, text), expected, "{escape:?}");
        }
    }

    /// Each context, with the bytes it replaces.
    const CONTEXTS: [(Escape, &[u8]); 5] = [
        (Escape::Text, &MARKUP),
        (Escape::PlainText, &MARKUP),
        (Escape::HtmlText, &MARKUP),
        (Escape::Attribute, &IN_ATTRIBUTES),
        (Escape::Url, b"&"),
    ];

    #[test]
    fn the_first_byte_to_escape_is_found_at_every_length_and_place() {
        for (escape, specials) in CONTEXTS {
            for special in specials {
                assert!(escape.table()[usize::from(*special)].is_some(), "{special}");
            }
            for length in 0..50 {
                let plain = "a".repeat(length);
                assert_eq!(escape.first(plain.as_bytes()), None, "{escape:?} {length}");
                for at in 0..length {
                    for &special in specials {
                        // The first special byte, with more after it.
                        let mut bytes = plain.clone().into_bytes();
                        bytes[at] = special;
                        if let Some(later) = bytes.get_mut(at + 1..) {
                            later.fill(specials[0]);
                        }
                        assert_eq!(escape.first(&bytes), Some(at), "{escape:?} {length} {at}");
                    }
                }
            }
        }
    }

    proptest! {
        /// The block search and a plain search byte by byte find the same first byte, in
        /// text of every length made of ordinary bytes and the ones each context replaces.
        #[test]
        fn the_block_search_finds_what_a_plain_search_finds(
            bytes in prop::collection::vec(
                prop_oneof![
                    8 => Just(b'a'),
                    1 => prop::sample::select(b"&<>\r\"\t\n]'".to_vec()),
                    1 => any::<u8>(),
                ],
                0..80,
            ),
        ) {
            for (escape, specials) in CONTEXTS {
                let plain = bytes.iter().position(|b| specials.contains(b));
                prop_assert_eq!(escape.first(&bytes), plain, "{:?}", escape);
            }
        }
    }

    #[test]
    fn markup_characters_and_cdata_breaks() {
        assert!(!has_markup_characters("Jūrmala „RD“ 🎄 'x' ]]"));
        for special in ["&", "<", ">", "\"", "\t", "\n", "\r"] {
            assert!(
                has_markup_characters(&format!("a{special}b")),
                "{special:?}"
            );
        }
        assert!(!breaks_cdata("<p>a]b]]c</p>"));
        assert!(breaks_cdata("<p>a]]>b</p>"));
        assert!(breaks_cdata("<p>a\r\nb</p>"));
    }
}
