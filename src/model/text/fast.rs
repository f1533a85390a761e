//! The fast path of [`Html::to_text`](super::Html::to_text): one pass over the bytes, no
//! tree, for the markup news bodies are made of.
//!
//! This path reads the same HTML5 tokens as html5ever (tags with any attributes, text,
//! character references) and gives exactly the text the parsed tree gives, as long as the
//! tree is the obvious one:
//!
//! - elements from a fixed list of paragraphs, headings, lists, sections and inline
//!   formatting, every end tag closing the element opened last (so the tree builder has
//!   nothing to repair: no implied end tags, no adoption agency, no foster parenting);
//! - no `<p>` open when a block starts (HTML would close it), no heading directly in a
//!   heading, no list item in a list item, no link in a link;
//! - character references `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric
//!   ones (with their `;`) to characters every output can carry.
//!
//! Anything else (comments, tables, scripts, any other element or reference, a stray end
//! tag, a tag cut off by the end) returns `None`, and the caller parses with html5ever.
//!
//! The text can come escaped for a format above the model, in the same pass: an
//! [`Escaper`] says which bytes it escapes, how, and how it writes a line break.
//!
//! # Performance
//!
//! html5ever builds a DOM, and for a body of a few kilobytes that costs ten times as much as
//! writing the whole article as JSON, where an export (JSON-LD) needs the text of every body.
//! This
//! path reads the bytes once, without a tree, copies runs of words whole, and looks for the
//! bytes that end a run eight at a time within a 64-bit word. The property tests in
//! `fast/tests.rs` (`agrees_with_html5ever_or_steps_aside`, `reads_news_bodies` and the
//! rest) hold its text equal to html5ever's on generated markup, as it is and escaped; the
//! JSON-LD export's `body_text_is_html5evers_text_as_serde_json_escapes_it` holds its JSON
//! form equal to `serde_json`'s escaping of html5ever's text.

use super::{AsIs, Break, Escaper, TextCollector};

/// The text of `html`, or `None` when the markup is outside the subset this path reads
/// exactly.
pub(super) fn to_text(html: &str) -> Option<String> {
    let mut text = String::with_capacity(html.len());
    to_text_into::<AsIs>(html, &mut text).then_some(text)
}

/// [`to_text`] into `buffer`, which must be empty (a separator is written only after
/// text), escaped as `E` escapes it: whether the markup was in the subset. On `false`,
/// `buffer` is left empty.
pub(super) fn to_text_into<E: Escaper>(html: &str, buffer: &mut String) -> bool {
    debug_assert!(buffer.is_empty(), "a separator is written only after text");
    let mut text = TextCollector::<E> {
        out: std::mem::take(buffer),
        ..TextCollector::default()
    };
    let read = read(html, &mut text).is_some();
    *buffer = text.out;
    if !read {
        buffer.clear();
    }
    read
}

/// Reads `html` into `text`; `None` when the markup is outside the subset.
fn read<E: Escaper>(html: &str, text: &mut TextCollector<E>) -> Option<()> {
    let bytes = html.as_bytes();
    let mut open = Stack::default();
    // `run` is where the text not yet written starts; `i` is the byte being read.
    let mut run = 0;
    let mut i = 0;
    loop {
        if i == run {
            // A run starts at a word: spaces before it are a break.
            while bytes.get(i) == Some(&b' ') {
                text.space();
                i += 1;
            }
            run = i;
        }
        i = skip_words::<E>(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        match CLASS[usize::from(b)] {
            SPACE => {
                // One space between two words stays in the run.
                let next = bytes.get(i + 1);
                if b == b' ' && i > run && next.is_some_and(|&n| is_ordinary::<E>(n)) {
                    i += 1;
                    continue;
                }
                write_run(text, html, run, i);
                text.space();
                i += 1;
                run = i;
            }
            LESS_THAN => {
                let Some(token) = tag(bytes, i)? else {
                    // `<` not starting a tag is text.
                    i += 1;
                    continue;
                };
                write_run(text, html, run, i);
                open.apply(&token, text)?;
                i = token.end;
                run = i;
            }
            AMPERSAND => {
                let (decoded, end) = reference(bytes, i)?;
                write_run(text, html, run, i);
                match decoded {
                    ' ' => text.space(),
                    c => {
                        text.start_word();
                        E::push(&mut text.out, c);
                    }
                }
                i = end;
                run = i;
            }
            _ if escapes::<E>(b) => {
                write_run(text, html, run, i);
                text.start_word();
                E::push(&mut text.out, char::from(b));
                i += 1;
                run = i;
            }
            // A byte `skip_words` stopped at to look closer.
            _ => i += 1,
        }
    }
    write_run(text, html, run, bytes.len());
    Some(())
}

const ORDINARY: u8 = 0;
const SPACE: u8 = 1;
const LESS_THAN: u8 = 2;
const AMPERSAND: u8 = 3;

/// What each byte is to the text: ASCII whitespace as HTML defines it (the input stream
/// turns CR into LF, which is whitespace too), `<`, `&`, or anything else.
static CLASS: [u8; 256] = {
    let mut class = [ORDINARY; 256];
    class[b'\t' as usize] = SPACE;
    class[b'\n' as usize] = SPACE;
    class[0x0c] = SPACE;
    class[b'\r' as usize] = SPACE;
    class[b' ' as usize] = SPACE;
    class[b'<' as usize] = LESS_THAN;
    class[b'&' as usize] = AMPERSAND;
    class
};

fn is_space(b: u8) -> bool {
    CLASS[usize::from(b)] == SPACE
}

/// Whether `E` escapes the ASCII byte `b`: a comparison with each, without a branch.
#[inline(always)]
fn escapes<E: Escaper>(b: u8) -> bool {
    E::ESCAPED
        .iter()
        .fold(false, |found, &escaped| found | (escaped == b))
}

/// Whether `b` is text to copy as it is: ordinary, and not a byte `E` escapes.
fn is_ordinary<E: Escaper>(b: u8) -> bool {
    CLASS[usize::from(b)] == ORDINARY && !escapes::<E>(b)
}

/// From `i`, the first byte that may end a run of words: whitespace other than one space,
/// `<` or `&`; or the end. It may stop early (at a byte that only looks like one), never
/// late.
///
/// Eight bytes at a time: in checked HTML the only bytes below `!` are whitespace. Each
/// mask below flags every byte it looks for, and may also flag bytes above one of them
/// (where the subtraction borrows), so the lowest flag is never past the byte sought.
fn skip_words<E: Escaper>(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    const FIRST: u64 = 0x80;
    const LAST: u64 = 0x80 << 56;
    // Flags the bytes of `x` below `n` (for `n` up to 0x80).
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH;
    let equal = |x: u64, b: u8| below(x ^ (ONES * u64::from(b)), 1);
    // The bytes of `x` that may end a run, given the spaces of the word after it.
    let stops = |x: u64, spaces: u64, next_spaces: u64| {
        // A space followed by another, within the word or across into the next.
        let doubled = spaces & ((spaces >> 8) | ((next_spaces & FIRST) << 56));
        let mut stop = below(x, b' ') | equal(x, b'<') | equal(x, b'&') | doubled;
        for &escaped in E::ESCAPED {
            stop |= equal(x, escaped);
        }
        stop
    };
    // Sixteen bytes a turn, as two words.
    while let Some(chunk) = bytes
        .get(i..i + 16)
        .and_then(|c| <[u8; 16]>::try_from(c).ok())
    {
        let both = u128::from_le_bytes(chunk);
        let (x, y) = (both as u64, (both >> 64) as u64);
        let (x_spaces, y_spaces) = (equal(x, b' '), equal(y, b' '));
        // The byte after the sixteen matters only when they end in a space.
        let after = if y_spaces & LAST != 0 && bytes.get(i + 16).is_some_and(|&b| b <= b' ') {
            FIRST
        } else {
            0
        };
        let (x_stop, y_stop) = (stops(x, x_spaces, y_spaces), stops(y, y_spaces, after));
        if x_stop | y_stop != 0 {
            // The index of the first flagged byte within the sixteen.
            let first = if x_stop != 0 {
                x_stop.trailing_zeros() / 8
            } else {
                8 + y_stop.trailing_zeros() / 8
            };
            return i + first as usize;
        }
        i += 16;
    }
    while bytes
        .get(i)
        .is_some_and(|&b| is_ordinary::<E>(b) || b == b' ')
    {
        if b' ' == bytes[i] && !bytes.get(i + 1).is_some_and(|&n| is_ordinary::<E>(n)) {
            break;
        }
        i += 1;
    }
    i
}

/// Writes the run of words between `start` and `end`: no whitespace but single spaces
/// between words, and perhaps one at the end, which is a break. `Html` is checked at
/// construction, so every character in it can be carried.
fn write_run<E: Escaper>(text: &mut TextCollector<E>, html: &str, start: usize, end: usize) {
    let Some(run) = html.get(start..end).filter(|r| !r.is_empty()) else {
        return;
    };
    let words = run.strip_suffix(' ');
    text.start_word();
    text.out.push_str(words.unwrap_or(run));
    if words.is_some() {
        text.space();
    }
}

/// A start or end tag: its element and the byte after its `>`.
struct Token {
    element: Element,
    end_tag: bool,
    end: usize,
}

/// Reads the tag at `bytes[at] == b'<'`: `Ok(None)` (as `Some(None)`) when the `<` is text,
/// `None` when it starts markup this path does not read.
fn tag(bytes: &[u8], at: usize) -> Option<Option<Token>> {
    let (end_tag, name_start) = match bytes.get(at + 1) {
        Some(b) if b.is_ascii_alphabetic() => (false, at + 1),
        Some(b'/') if bytes.get(at + 2).is_some_and(u8::is_ascii_alphabetic) => (true, at + 2),
        // `</` not followed by a letter, `<!` (comments, doctypes, CDATA) and `<?` are
        // markup of their own.
        Some(b'/' | b'!' | b'?') => return None,
        // A `<` before anything else, or at the end, is text.
        _ => return Some(None),
    };
    let name_end = name_start
        + bytes[name_start..]
            .iter()
            .position(|&b| is_space(b) || b == b'/' || b == b'>')?;
    let element = Element::named(&bytes[name_start..name_end])?;
    let end = skip_attributes(bytes, name_end)?;
    Some(Some(Token {
        element,
        end_tag,
        end,
    }))
}

/// Skips a tag's attributes as the HTML tokenizer reads them, from the byte after the tag
/// name; the byte after the closing `>`, or `None` when the input ends inside the tag.
fn skip_attributes(bytes: &[u8], mut i: usize) -> Option<usize> {
    loop {
        // Before an attribute name (also after `/` that does not close the tag).
        while is_space(*bytes.get(i)?) || bytes[i] == b'/' {
            i += 1;
        }
        if bytes[i] == b'>' {
            return Some(i + 1);
        }
        // The name: its first character may be `=`, then up to space, `/`, `>` or `=`.
        i += 1;
        while !matches!(*bytes.get(i)?, b'/' | b'>' | b'=') && !is_space(bytes[i]) {
            i += 1;
        }
        // After the name.
        while is_space(*bytes.get(i)?) {
            i += 1;
        }
        if bytes[i] != b'=' {
            // `/`, `>` or the next attribute's name.
            continue;
        }
        i += 1;
        while is_space(*bytes.get(i)?) {
            i += 1;
        }
        match bytes[i] {
            quote @ (b'"' | b'\'') => i = find(bytes, i + 1, quote)? + 1,
            // A missing value: the tag ends here.
            b'>' => return Some(i + 1),
            _ => {
                while !is_space(*bytes.get(i)?) && bytes[i] != b'>' {
                    i += 1;
                }
            }
        }
    }
}

/// The first `byte` from `i` on, eight bytes at a time (attribute values are long URLs).
fn find(bytes: &[u8], mut i: usize, byte: u8) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    while let Some(chunk) = bytes
        .get(i..i + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
    {
        let x = u64::from_le_bytes(chunk) ^ (ONES * u64::from(byte));
        // The lowest flagged byte is the first equal one (see `skip_words`).
        let found = x.wrapping_sub(ONES) & !x & (ONES * 0x80);
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    Some(i + bytes.get(i..)?.iter().position(|&b| b == byte)?)
}

/// Reads the character reference at `bytes[at] == b'&'`: the character (a space for
/// whitespace) and the byte after it; `&` before anything but a letter, digit or `#` is
/// the character `&` itself.
fn reference(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let rest = &bytes[at + 1..];
    match rest.first() {
        Some(b'#') => numeric(rest, at),
        Some(b) if b.is_ascii_alphanumeric() => {
            let (name, c) = [
                (&b"amp;"[..], '&'),
                (b"lt;", '<'),
                (b"gt;", '>'),
                (b"quot;", '"'),
                (b"apos;", '\''),
                (b"nbsp;", '\u{a0}'),
            ]
            .into_iter()
            .find(|(name, _)| rest.starts_with(name))?;
            Some((c, at + 1 + name.len()))
        }
        _ => Some(('&', at + 1)),
    }
}

/// `&#1234;` or `&#x4D2;`, with its `;`, to a character every output carries.
fn numeric(rest: &[u8], at: usize) -> Option<(char, usize)> {
    let (radix, digits_start) = match rest.get(1) {
        Some(b'x' | b'X') => (16, 2),
        _ => (10, 1),
    };
    let digits = rest.get(digits_start..)?;
    let len = digits.iter().position(|&b| b == b';')?;
    let is_digit = |b: &u8| {
        if radix == 16 {
            b.is_ascii_hexdigit()
        } else {
            b.is_ascii_digit()
        }
    };
    // Seven digits reach past U+10FFFF with room to spare; `from_str_radix` alone would
    // also take a sign.
    if len == 0 || len > 7 || !digits[..len].iter().all(is_digit) {
        return None;
    }
    let code = u32::from_str_radix(std::str::from_utf8(&digits[..len]).ok()?, radix).ok()?;
    let end = at + 1 + digits_start + len + 1;
    let c = match code {
        0x09 | 0x0a | 0x20 => ' ',
        0x21..=0x7e | 0xa0..=0xd7ff | 0xe000..=0xfdcf | 0xfdf0..=0xfffd => char::from_u32(code)?,
        0x1_0000..=0x10_ffff if code & 0xfffe != 0xfffe => char::from_u32(code)?,
        // Controls, surrogates, noncharacters and the C1 range, which HTML remaps.
        _ => return None,
    };
    Some((c, end))
}

/// The elements this path reads, by what they do to the text and to the tree. A number
/// tells the elements of one kind apart, so that an end tag matches only its own start tag
/// (and compares as one byte, where a name would compare as a string).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Element {
    /// `p`: a block that other blocks close.
    Paragraph,
    /// `h1` … `h6`: a block; a heading right inside another closes it.
    Heading(u8),
    /// `li`: a block; a list item closes an open one.
    ListItem,
    /// `ul`, `ol`: a block that list items belong to.
    List(u8),
    /// `a`: inline; a link inside a link closes it.
    Link,
    /// Other blocks that close an open paragraph.
    Block(u8),
    /// `hr`: a void block.
    Rule,
    /// `br`: a void line break.
    LineBreak,
    /// `img`, `wbr`: void, no text.
    Void,
    /// Inline formatting.
    Inline(u8),
}

impl Element {
    fn named(name: &[u8]) -> Option<Self> {
        // Tag names are ASCII case-insensitive; the longest known one has ten letters.
        let mut lower = [0u8; 10];
        lower.get_mut(..name.len())?.copy_from_slice(name);
        lower.make_ascii_lowercase();
        Some(match lower.get(..name.len())? {
            b"p" => Element::Paragraph,
            b"a" => Element::Link,
            b"li" => Element::ListItem,
            b"ul" => Element::List(0),
            b"ol" => Element::List(1),
            b"br" => Element::LineBreak,
            b"hr" => Element::Rule,
            [b'h', level @ b'1'..=b'6'] => Element::Heading(*level),
            b"img" | b"wbr" => Element::Void,
            b"address" => Element::Block(0),
            b"article" => Element::Block(1),
            b"aside" => Element::Block(2),
            b"blockquote" => Element::Block(3),
            b"div" => Element::Block(4),
            b"figcaption" => Element::Block(5),
            b"figure" => Element::Block(6),
            b"footer" => Element::Block(7),
            b"header" => Element::Block(8),
            b"main" => Element::Block(9),
            b"nav" => Element::Block(10),
            b"section" => Element::Block(11),
            b"abbr" => Element::Inline(0),
            b"b" => Element::Inline(1),
            b"cite" => Element::Inline(2),
            b"code" => Element::Inline(3),
            b"em" => Element::Inline(4),
            b"i" => Element::Inline(5),
            b"mark" => Element::Inline(6),
            b"q" => Element::Inline(7),
            b"s" => Element::Inline(8),
            b"small" => Element::Inline(9),
            b"span" => Element::Inline(10),
            b"strong" => Element::Inline(11),
            b"sub" => Element::Inline(12),
            b"sup" => Element::Inline(13),
            b"time" => Element::Inline(14),
            b"u" => Element::Inline(15),
            _ => return None,
        })
    }

    fn is_block(self) -> bool {
        matches!(
            self,
            Element::Paragraph
                | Element::Heading(_)
                | Element::ListItem
                | Element::List(_)
                | Element::Block(_)
        )
    }
}

/// The open elements, and what the tree builder would do with the next tag.
#[derive(Debug, Default)]
struct Stack {
    open: Vec<Element>,
}

impl Stack {
    /// Applies a tag to the stack and its break to the text; `None` when the tree builder
    /// would do more than push or pop it.
    fn apply<E: Escaper>(&mut self, token: &Token, text: &mut TextCollector<E>) -> Option<()> {
        let element = token.element;
        if token.end_tag {
            // Void elements' end tags (`</br>` is a `<br>`) and any end tag but that of the
            // element opened last ask the tree builder for repairs.
            if self.open.last() != Some(&element) {
                return None;
            }
            self.open.pop();
            if element.is_block() {
                text.line_break(Break::Paragraph);
            }
            return Some(());
        }
        let closes_paragraph = element.is_block() || element == Element::Rule;
        let refused = (closes_paragraph && self.open.contains(&Element::Paragraph))
            || (matches!(element, Element::Heading(_))
                && matches!(self.open.last(), Some(Element::Heading(_))))
            || (element == Element::ListItem && self.in_list_item())
            || (element == Element::Link && self.open.contains(&Element::Link));
        if refused {
            return None;
        }
        match element {
            Element::LineBreak => text.line_break(Break::Line),
            Element::Void => {}
            // A void block opens and closes at once: both give the same break.
            Element::Rule => text.line_break(Break::Paragraph),
            _ => {
                if element.is_block() {
                    text.line_break(Break::Paragraph);
                }
                self.open.push(element);
            }
        }
        Some(())
    }

    /// Whether a list item is open since the innermost list (a new one would close it).
    fn in_list_item(&self) -> bool {
        self.open
            .iter()
            .rev()
            .take_while(|e| !matches!(e, Element::List(_)))
            .any(|&e| e == Element::ListItem)
    }
}

#[cfg(test)]
mod tests;
