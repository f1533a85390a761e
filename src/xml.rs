//! What the XML outputs share: the characters XML 1.0 can carry, escaping, CDATA sections,
//! RFC 822 dates, and a thin layer over quick-xml's writer that RSS and Atom both write
//! through.

use std::io;

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

use crate::model::article::Article;
use crate::model::feed::Feed;
use crate::model::instant::two_digits;
use crate::model::text::{Html, Text};
use crate::model::web_url::WebUrl;

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

/// 1 when `b` is one of `bytes`, else 0: comparisons with no branch, which the search for
/// them in [`first_of`] turns into vector comparisons.
#[inline(always)]
fn one_of<const N: usize>(bytes: [u8; N], b: u8) -> u8 {
    bytes
        .iter()
        .fold(0, |found, &special| found | u8::from(b == special))
}

/// The contexts text is escaped for, each with the bytes it replaces.
#[derive(Debug, Clone, Copy)]
enum Escape {
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
    /// the crate keeps as written): only `&` needs escaping, and `memchr` finds it fast.
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
    fn first(self, bytes: &[u8]) -> Option<usize> {
        match self {
            Self::Text | Self::PlainText | Self::HtmlText => first_of(bytes, |b| one_of(MARKUP, b)),
            Self::Attribute => first_of(bytes, |b| one_of(IN_ATTRIBUTES, b)),
            Self::Url => memchr::memchr(b'&', bytes),
        }
    }

    /// Appends `chars` to `out`, escaped unless they are known to need none.
    #[inline(always)]
    fn push_chars(self, out: &mut Vec<u8>, chars: Chars<'_>) {
        if chars.escapes_nothing {
            out.extend_from_slice(chars.text.as_bytes());
        } else {
            self.push(out, chars.text);
        }
    }

    /// Appends `text` to `out`, escaped. Every byte replaced is ASCII, so what `out` gets
    /// is UTF-8.
    fn push(self, out: &mut Vec<u8>, text: &str) {
        let table = self.table();
        let mut rest = text.as_bytes();
        while let Some(at) = self.first(rest) {
            let (before, from) = rest.split_at(at);
            out.extend_from_slice(before);
            if let Some(replacement) = from.first().and_then(|&b| table[usize::from(b)]) {
                out.extend_from_slice(replacement.as_bytes());
            }
            rest = from.get(1..).unwrap_or_default();
        }
        out.extend_from_slice(rest);
    }
}

/// Whether `text` holds none of the bytes escaped in any context ([`IN_ATTRIBUTES`], of
/// which [`MARKUP`] is part), so that it goes into any element or attribute as it is.
/// [`Text`] asks once, when it is made.
pub(crate) fn escapes_nothing(text: &str) -> bool {
    Escape::Attribute.first(text.as_bytes()).is_none()
}

/// Text to write in an element: a model [`Text`], which knows whether it needs escaping,
/// or any `str`, which is searched.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Chars<'a> {
    text: &'a str,
    escapes_nothing: bool,
}

impl<'a> Chars<'a> {
    /// A word or number the crate writes itself (`alternate`, `true`, a length, a language
    /// tag): nothing in it to escape, so it is written as it is.
    fn word(word: &'a str) -> Self {
        debug_assert!(escapes_nothing(word), "{word}");
        Self {
            text: word,
            escapes_nothing: true,
        }
    }
}

impl<'a> From<&'a str> for Chars<'a> {
    fn from(text: &'a str) -> Self {
        Self {
            text,
            escapes_nothing: false,
        }
    }
}

impl<'a> From<&'a Text> for Chars<'a> {
    fn from(text: &'a Text) -> Self {
        Self {
            text: text.as_str(),
            escapes_nothing: text.escapes_nothing(),
        }
    }
}

/// Where the first byte that is `special` is (`special` gives 1 for such a byte, 0 for any
/// other). Most text has none, and most of it is a few dozen bytes: it is read sixteen
/// bytes at a time with no early exit inside a block, which the compiler turns into a few
/// vector comparisons a block (faster on such text than `memchr`'s set-up), the last block
/// overlapping the one before; only a block that holds one, or text shorter than a block, is
/// read byte by byte.
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

const WEEKDAYS: [[u8; 3]; 7] = [
    *b"Mon", *b"Tue", *b"Wed", *b"Thu", *b"Fri", *b"Sat", *b"Sun",
];
const MONTHS: [[u8; 3]; 12] = [
    *b"Jan", *b"Feb", *b"Mar", *b"Apr", *b"May", *b"Jun", *b"Jul", *b"Aug", *b"Sep", *b"Oct",
    *b"Nov", *b"Dec",
];

/// Appends an instant in the date-time format of RFC 822 (as RFC 2822 updates it), with English
/// day and month names and a numeric offset, to the second: `Wed, 17 Jan 2018 12:00:00
/// +0200`. An offset that is not a whole or half hour (`+0545`, or one with seconds, which
/// the format cannot carry) is written as the same instant in UTC: the W3C validator takes
/// other offsets for mistakes (`ProblematicalRFC822Date`).
fn push_rfc822(out: &mut Vec<u8>, instant: &DateTime<FixedOffset>) {
    let instant = if instant.offset().local_minus_utc() % 1800 == 0 {
        *instant
    } else {
        instant.with_timezone(&Utc).fixed_offset()
    };
    let offset = instant.offset().local_minus_utc();
    let minutes = offset.unsigned_abs() / 60;
    let sign = if offset < 0 { b'-' } else { b'+' };
    // The local fields read once: `DateTime`'s own accessors each add the offset again.
    let local = instant.naive_local();
    let [w0, w1, w2] = WEEKDAYS[local.weekday().num_days_from_monday() as usize];
    let [m0, m1, m2] = MONTHS[local.month0() as usize];
    let [d0, d1] = two_digits(local.day());
    out.extend_from_slice(&[w0, w1, w2, b',', b' ', d0, d1, b' ', m0, m1, m2, b' ']);
    match u32::try_from(local.year()) {
        Ok(year @ 1000..=9999) => {
            let [c0, c1] = two_digits(year / 100);
            let [y0, y1] = two_digits(year % 100);
            out.extend_from_slice(&[c0, c1, y0, y1]);
        }
        // A year RFC 822 was not written for: as many digits as it takes, at least four.
        _ => out.extend_from_slice(format!("{:04}", local.year()).as_bytes()),
    }
    let [h0, h1] = two_digits(local.hour());
    let [mi0, mi1] = two_digits(local.minute());
    let [s0, s1] = two_digits(local.second());
    let [oh0, oh1] = two_digits(minutes / 60);
    let [om0, om1] = two_digits(minutes % 60);
    out.extend_from_slice(&[
        b' ', h0, h1, b':', mi0, mi1, b':', s0, s1, b' ', sign, oh0, oh1, om0, om1,
    ]);
}

/// The newest time an article was published or changed: the default `updated` of a feed.
pub(crate) fn newest(articles: &[Article]) -> Option<&DateTime<FixedOffset>> {
    articles
        .iter()
        .map(|a| a.updated().unwrap_or(a.published()))
        .max()
}

/// How many bytes a feed's document takes, roughly: enough to write it without growing the
/// buffer more than once.
pub(crate) fn size_hint(feed: &Feed) -> usize {
    feed.articles().iter().fold(2048, |sum, article| {
        sum + 1024
            + article.title().as_str().len()
            + article.summary().map_or(0, |s| s.as_str().len() * 9 / 8)
            + article.body().map_or(0, |b| b.as_str().len())
    })
}

/// An attribute's value, which the writer escapes as its kind needs.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Value<'a> {
    /// Plain text: a label, a media type, a word or number of the crate's own.
    Text(Chars<'a>),
    /// A URL in its serialised form, in which only `&` needs escaping.
    Url(&'a WebUrl),
    /// No value: the attribute is left out, so that optional attributes can be listed with
    /// the others.
    Absent,
}

impl<'a> Value<'a> {
    /// A word the crate writes itself (`alternate`, `true`), written as it is (see
    /// [`Chars::word`]).
    pub(crate) fn word(word: &'a str) -> Self {
        Self::Text(Chars::word(word))
    }
}

impl<'a> From<&'a Decimal> for Value<'a> {
    fn from(number: &'a Decimal) -> Self {
        Self::word(number.as_str())
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(text.into())
    }
}

impl<'a> From<&'a Text> for Value<'a> {
    fn from(text: &'a Text) -> Self {
        Self::Text(text.into())
    }
}

impl<'a> From<&'a WebUrl> for Value<'a> {
    fn from(url: &'a WebUrl) -> Self {
        Self::Url(url)
    }
}

impl<'a, T: Into<Value<'a>>> From<Option<T>> for Value<'a> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Absent, Into::into)
    }
}

/// quick-xml's writer, with the few operations the feeds need: each escapes what it is
/// given, so a caller never writes unescaped text.
///
/// quick-xml writes the declaration and the elements that hold others, each on a line of
/// its own indented by two spaces a level. An element that holds only text (most of a
/// feed) is put together in a buffer the writer keeps, line break, indentation, start tag,
/// escaped text and end tag, and the buffer goes out in one write before quick-xml writes
/// the next tag: the same bytes as three events an element, at a fraction of the cost, one
/// write an article rather than a dozen, and nothing allocated once the buffer has grown to
/// an article's size. An article's body goes out straight from the model, not through
/// the buffer.
pub(crate) struct XmlWriter<W: io::Write> {
    inner: quick_xml::Writer<W>,
    /// The elements put together and not yet written.
    pending: Vec<u8>,
    /// How many elements are open: the indentation level of the next line.
    depth: usize,
}

/// A line break and the indentation of the deepest line a feed has (five levels) and some:
/// each line takes as much of it as its depth needs.
const INDENT: &[u8; 33] = b"\n                                ";

impl<W: io::Write> XmlWriter<W> {
    /// A writer that puts each element on a line of its own, indented by two spaces.
    pub(crate) fn new(inner: W) -> Self {
        Self {
            inner: quick_xml::Writer::new_with_indent(inner, b' ', 2),
            pending: Vec::with_capacity(4096),
            depth: 0,
        }
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`: the first bytes of the document.
    pub(crate) fn declaration(&mut self) -> io::Result<()> {
        self.write_pending()?;
        self.inner
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
    }

    /// An opening tag with its attributes, of an element that holds others.
    pub(crate) fn start(&mut self, name: &str, attributes: &[(&str, Value<'_>)]) -> io::Result<()> {
        self.write_pending()?;
        self.depth += 1;
        if attributes.is_empty() {
            return self.inner.write_event(Event::Start(BytesStart::new(name)));
        }
        push_tag_content(&mut self.pending, name, attributes);
        // UTF-8: a name and escaped `str`s.
        let tag = std::str::from_utf8(&self.pending)
            .map(|content| BytesStart::from_content(content, name.len()))
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
        self.inner.write_event(Event::Start(tag))?;
        self.pending.clear();
        Ok(())
    }

    /// A closing tag, of an element that holds others.
    pub(crate) fn end(&mut self, name: &str) -> io::Result<()> {
        self.write_pending()?;
        self.depth = self.depth.saturating_sub(1);
        self.inner.write_event(Event::End(BytesEnd::new(name)))
    }

    /// An element without content.
    #[inline(always)]
    pub(crate) fn empty(&mut self, name: &str, attributes: &[(&str, Value<'_>)]) -> io::Result<()> {
        self.begin_line();
        self.pending.push(b'<');
        push_tag_content(&mut self.pending, name, attributes);
        self.pending.extend_from_slice(b"/>");
        Ok(())
    }

    /// An element holding plain text.
    #[inline(always)]
    pub(crate) fn text<'a>(
        &mut self,
        name: &str,
        attributes: &[(&str, Value<'_>)],
        text: impl Into<Chars<'a>>,
    ) -> io::Result<()> {
        self.escaped(name, attributes, Escape::Text, text)
    }

    /// An element holding plain text in RSS, where readers may take it as HTML: `&`, `<` and
    /// `>` as hexadecimal character references (see `PLAIN_TEXT`).
    #[inline(always)]
    pub(crate) fn plain_text<'a>(
        &mut self,
        name: &str,
        attributes: &[(&str, Value<'_>)],
        text: impl Into<Chars<'a>>,
    ) -> io::Result<()> {
        self.escaped(name, attributes, Escape::PlainText, text)
    }

    /// An element holding plain text that readers take as HTML.
    #[inline(always)]
    pub(crate) fn html_text<'a>(
        &mut self,
        name: &str,
        text: impl Into<Chars<'a>>,
    ) -> io::Result<()> {
        self.escaped(name, &[], Escape::HtmlText, text)
    }

    /// An element holding a URL or an identifier (a `WebUrl` or a `Url`, both serialised
    /// with nothing but `&` to escape).
    #[inline(always)]
    pub(crate) fn url(
        &mut self,
        name: &str,
        attributes: &[(&str, Value<'_>)],
        url: &str,
    ) -> io::Result<()> {
        self.escaped(name, attributes, Escape::Url, url)
    }

    /// An element holding `text`, escaped as `escape` says.
    // This and the element writers above are always inlined, so that the names and the
    // attribute lists, constants where they are called, are copied as constants.
    #[inline(always)]
    fn escaped<'a>(
        &mut self,
        name: &str,
        attributes: &[(&str, Value<'_>)],
        escape: Escape,
        text: impl Into<Chars<'a>>,
    ) -> io::Result<()> {
        self.open_leaf(name, attributes);
        escape.push_chars(&mut self.pending, text.into());
        self.close_leaf(name);
        Ok(())
    }

    /// An element holding text that has nothing to escape (a language tag, a word of the
    /// crate's own), written as it is.
    #[inline(always)]
    pub(crate) fn verbatim(&mut self, name: &str, text: &str) -> io::Result<()> {
        self.escaped(name, &[], Escape::Text, Chars::word(text))
    }

    /// An element holding an instant in RFC 3339 (Atom's date constructs).
    #[inline(always)]
    pub(crate) fn rfc3339(
        &mut self,
        name: &str,
        instant: &DateTime<FixedOffset>,
    ) -> io::Result<()> {
        self.open_leaf(name, &[]);
        crate::model::instant::push(&mut self.pending, instant);
        self.close_leaf(name);
        Ok(())
    }

    /// An element holding an instant in RFC 822 (RSS dates; see [`push_rfc822`]).
    #[inline(always)]
    pub(crate) fn rfc822(&mut self, name: &str, instant: &DateTime<FixedOffset>) -> io::Result<()> {
        self.open_leaf(name, &[]);
        push_rfc822(&mut self.pending, instant);
        self.close_leaf(name);
        Ok(())
    }

    /// Begins an element that holds only text: its start tag.
    #[inline(always)]
    fn open_leaf(&mut self, name: &str, attributes: &[(&str, Value<'_>)]) {
        self.begin_line();
        self.pending.push(b'<');
        push_tag_content(&mut self.pending, name, attributes);
        self.pending.push(b'>');
    }

    /// Ends the element begun by [`Self::open_leaf`].
    #[inline(always)]
    fn close_leaf(&mut self, name: &str) {
        self.pending.extend_from_slice(b"</");
        self.pending.extend_from_slice(name.as_bytes());
        self.pending.push(b'>');
    }

    /// A line break and the indentation of the current depth, as quick-xml indents the
    /// elements around it.
    #[inline(always)]
    fn begin_line(&mut self) {
        // All of `INDENT`, then cut to the depth: a copy of a constant length is a few
        // stores, where one of a length known only here would be a call.
        debug_assert!(2 * self.depth < INDENT.len(), "nested deeper than a feed");
        let start = self.pending.len();
        self.pending.extend_from_slice(INDENT);
        self.pending
            .truncate(start + 1 + (2 * self.depth).min(INDENT.len() - 1));
    }

    /// Writes the elements put together since the last write; the writer does so itself
    /// before every tag quick-xml writes, so that an article is written by the time its
    /// end tag is. quick-xml's indentation state needs no update: they leave it as they
    /// found it, a line break due before the next tag.
    pub(crate) fn write_pending(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.inner.get_mut().write_all(&self.pending)?;
            self.pending.clear();
        }
        Ok(())
    }

    /// An element holding HTML as CDATA sections: faster to write and to read than escaped
    /// text. One section holds it all, unless it holds `]]>` or a carriage return (see
    /// [`cdata_sections`]).
    pub(crate) fn cdata(
        &mut self,
        name: &str,
        attributes: &[(&str, Value<'_>)],
        html: &Html,
    ) -> io::Result<()> {
        self.open_leaf(name, attributes);
        if html.splits_cdata() {
            self.write_pending()?;
            cdata_sections(self.inner.get_mut(), html.as_str())?;
        } else {
            // The one section's opening and closing go with the elements around it.
            self.pending.extend_from_slice(CDATA_START);
            self.write_pending()?;
            self.inner.get_mut().write_all(html.as_str().as_bytes())?;
            self.pending.extend_from_slice(CDATA_END);
        }
        self.close_leaf(name);
        Ok(())
    }

    /// Ends the document with a line feed and hands back the underlying writer, flushed.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        self.pending.push(b'\n');
        self.write_pending()?;
        let mut inner = self.inner.into_inner();
        inner.flush()?;
        Ok(inner)
    }
}

const CDATA_START: &[u8] = b"<![CDATA[";
const CDATA_END: &[u8] = b"]]>";

/// Whether `content` holds what [`cdata_sections`] splits sections at: `]]>` or a carriage
/// return. [`Html`] asks once, when it is made.
pub(crate) fn splits_cdata(content: &str) -> bool {
    cdata_splits(content.as_bytes()).next().is_some()
}

/// Where CDATA sections must split in `bytes`: each carriage return and each `]]>`, by the
/// position of its first byte.
fn cdata_splits(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr2_iter(b']', b'\r', bytes).filter(|&at| {
        bytes.get(at) == Some(&b'\r')
            || bytes.get(at..).is_some_and(|rest| rest.starts_with(b"]]>"))
    })
}

/// Writes `content` as CDATA sections. A `]]>` is split between two sections
/// (`]]]]><![CDATA[>`), and a carriage return, which CDATA cannot protect from a parser's
/// line-end handling, goes between sections as a character reference.
fn cdata_sections(out: &mut impl io::Write, content: &str) -> io::Result<()> {
    let bytes = content.as_bytes();
    let mut section = 0;
    for at in cdata_splits(bytes) {
        if bytes.get(at) == Some(&b'\r') {
            cdata_section(out, &content[section..at])?;
            out.write_all(b"&#13;")?;
            section = at + 1;
        } else {
            // `]]>`: both `]` close this section; the `>` opens the next.
            cdata_section(out, &content[section..at + 2])?;
            section = at + 2;
        }
    }
    cdata_section(out, &content[section..])
}

/// Writes `content` as one CDATA section, unless it is empty.
fn cdata_section(out: &mut impl io::Write, content: &str) -> io::Result<()> {
    if content.is_empty() {
        return Ok(());
    }
    out.write_all(CDATA_START)?;
    out.write_all(content.as_bytes())?;
    out.write_all(CDATA_END)
}

/// Appends an element's name and its attributes, each value escaped, as they go between
/// `<` and `>`.
#[inline(always)]
fn push_tag_content(out: &mut Vec<u8>, name: &str, attributes: &[(&str, Value<'_>)]) {
    out.extend_from_slice(name.as_bytes());
    for &(key, value) in attributes {
        let (escape, value) = match value {
            Value::Text(chars) => (Escape::Attribute, chars),
            Value::Url(url) => (Escape::Url, url.as_str().into()),
            Value::Absent => continue,
        };
        out.push(b' ');
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"=\"");
        escape.push_chars(out, value);
        out.push(b'"');
    }
}

/// A number in decimal, without the formatting machinery.
pub(crate) struct Decimal {
    digits: [u8; 20],
    start: usize,
}

impl Decimal {
    pub(crate) fn new(mut n: u64) -> Self {
        let mut digits = [b'0'; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        Self { digits, start }
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits were written.
        std::str::from_utf8(&self.digits[self.start..]).unwrap_or("0")
    }
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn the_first_byte_to_escape_is_found_at_every_length_and_place() {
        for (escape, specials) in [
            (Escape::Text, &MARKUP[..]),
            (Escape::PlainText, &MARKUP),
            (Escape::HtmlText, &MARKUP),
            (Escape::Attribute, &IN_ATTRIBUTES),
            (Escape::Url, b"&"),
        ] {
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

    #[test]
    fn text_knows_whether_it_needs_escaping_and_is_escaped_when_it_does()
    -> Result<(), Box<dyn std::error::Error>> {
        let plain = Text::new("Jūrmala „RD“ 🎄 'x'")?;
        assert!(plain.escapes_nothing());
        let amp = Text::new("Kalniņš & partneri")?;
        assert!(!amp.escapes_nothing());
        let mut xml = XmlWriter::new(Vec::new());
        xml.empty("c", &[("label", (&plain).into()), ("term", (&amp).into())])?;
        xml.text("t", &[], &amp)?;
        assert_eq!(
            String::from_utf8(xml.finish()?)?.trim(),
            "<c label=\"Jūrmala „RD“ 🎄 'x'\" term=\"Kalniņš &amp; partneri\"/>\n\
             <t>Kalniņš &amp; partneri</t>"
        );
        for &special in &IN_ATTRIBUTES {
            let text = Text::new(&format!("a{}b", char::from(special)))?;
            assert!(!text.escapes_nothing(), "{special}");
            let mut xml = XmlWriter::new(Vec::new());
            xml.empty("c", &[("label", (&text).into())])?;
            xml.text("t", &[], &text)?;
            let written = String::from_utf8(xml.finish()?)?;
            let mut attribute = Vec::new();
            Escape::Attribute.push(&mut attribute, text.as_str());
            let mut content = Vec::new();
            Escape::Text.push(&mut content, text.as_str());
            let expected = format!(
                "<c label=\"{}\"/>\n<t>{}</t>",
                String::from_utf8(attribute)?,
                String::from_utf8(content)?
            );
            assert_eq!(written.trim(), expected, "{special}");
        }
        Ok(())
    }

    #[test]
    fn decimals() {
        for n in [0, 7, 10, 183_204, u64::MAX] {
            assert_eq!(Decimal::new(n).as_str(), n.to_string());
        }
    }

    fn rfc822(instant: &DateTime<FixedOffset>) -> String {
        let mut out = Vec::new();
        push_rfc822(&mut out, instant);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn rfc822_dates() -> Result<(), crate::model::error::Error> {
        let winter = crate::riga::at(2018, 1, 17, 12, 0)?;
        assert_eq!(rfc822(&winter), "Wed, 17 Jan 2018 12:00:00 +0200");
        let summer = crate::riga::at(2024, 7, 1, 9, 5)?;
        assert_eq!(rfc822(&summer), "Mon, 01 Jul 2024 09:05:00 +0300");
        let west = DateTime::parse_from_rfc3339("2024-12-29T23:59:59.9-03:30")
            .map_err(|_| crate::model::error::ErrorKind::Empty)?;
        assert_eq!(rfc822(&west), "Sun, 29 Dec 2024 23:59:59 -0330");
        let odd = DateTime::parse_from_rfc3339("1879-06-01T12:00:00+01:36")
            .map_err(|_| crate::model::error::ErrorKind::Empty)?
            .with_timezone(
                &FixedOffset::east_opt(5794).ok_or(crate::model::error::ErrorKind::Empty)?,
            );
        assert_eq!(rfc822(&odd), "Sun, 01 Jun 1879 10:24:00 +0000");
        let kathmandu = DateTime::parse_from_rfc3339("2024-05-18T09:30:00+05:45")
            .map_err(|_| crate::model::error::ErrorKind::Empty)?;
        assert_eq!(rfc822(&kathmandu), "Sat, 18 May 2024 03:45:00 +0000");
        Ok(())
    }

    fn cdata(content: &str) -> String {
        let mut out = Vec::new();
        let _ = cdata_sections(&mut out, content);
        format!("<c>{}</c>", String::from_utf8_lossy(&out))
    }

    #[test]
    fn html_that_cdata_carries_whole_goes_in_one_section() -> Result<(), Box<dyn std::error::Error>>
    {
        for (html, whole) in [
            ("<p>a]b]]c</p>", true),
            ("<p>a]]>b</p>", false),
            ("<p>a\r\nb</p>", false),
        ] {
            let html = Html::new(html)?;
            assert_eq!(html.splits_cdata(), !whole, "{html}");
            let mut xml = XmlWriter::new(Vec::new());
            xml.cdata("c", &[], &html)?;
            let written = String::from_utf8_lossy(&xml.finish()?).into_owned();
            assert_eq!(written.trim(), cdata(html.as_str()));
        }
        Ok(())
    }

    #[test]
    fn cdata_sections_split_where_they_must() {
        assert_eq!(cdata("<p>a</p>"), "<c><![CDATA[<p>a</p>]]></c>");
        assert_eq!(cdata("a]]>b"), "<c><![CDATA[a]]]]><![CDATA[>b]]></c>");
        assert_eq!(cdata("]]]>"), "<c><![CDATA[]]]]]><![CDATA[>]]></c>");
        assert_eq!(cdata("]]>"), "<c><![CDATA[]]]]><![CDATA[>]]></c>");
        assert_eq!(cdata("a]b]]c"), "<c><![CDATA[a]b]]c]]></c>");
        assert_eq!(cdata("a\r\nb"), "<c><![CDATA[a]]>&#13;<![CDATA[\nb]]></c>");
        assert_eq!(cdata("\r"), "<c>&#13;</c>");
    }
}
