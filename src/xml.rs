//! What the XML outputs share: escaped text, CDATA sections, RFC 822 dates, and a thin
//! layer over quick-xml's writer that RSS and Atom both write through. The rules of the
//! characters and their escapes are [`crate::escape`]'s.

use std::io;

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

use crate::escape::{self, Escape};
use crate::model::article::Article;
use crate::model::feed::Feed;
use crate::model::text::{Html, Text};
use crate::model::web_url::WebUrl;
use crate::rfc3339::{self, two_digits};

/// Text to write in an element: a model [`Text`], which knows whether it holds a character
/// markup escapes, or any `str`, which is searched.
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
    fn word(word: &'a str) -> Self {
        debug_assert!(!escape::has_markup_characters(word), "{word}");
        Self {
            text: word,
            verbatim: true,
        }
    }

    /// Appends the text to `out`, escaped as `escape` says unless it needs no escaping.
    #[inline(always)]
    fn push(self, escape: Escape, out: &mut Vec<u8>) {
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
        text.into().push(escape, &mut self.pending);
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
        rfc3339::push(&mut self.pending, instant);
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
        if html.breaks_cdata() {
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

/// Writes `content` as CDATA sections. A `]]>` is split between two sections
/// (`]]]]><![CDATA[>`), and a carriage return, which CDATA cannot protect from a parser's
/// line-end handling, goes between sections as a character reference.
fn cdata_sections(out: &mut impl io::Write, content: &str) -> io::Result<()> {
    let bytes = content.as_bytes();
    let mut section = 0;
    for at in escape::cdata_splits(bytes) {
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
        value.push(escape, out);
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
    fn text_knows_whether_it_needs_escaping_and_is_escaped_when_it_does()
    -> Result<(), Box<dyn std::error::Error>> {
        let plain = Text::new("Jūrmala „RD“ 🎄 'x'")?;
        assert!(!plain.has_markup_characters());
        let amp = Text::new("Kalniņš & partneri")?;
        assert!(amp.has_markup_characters());
        let mut xml = XmlWriter::new(Vec::new());
        xml.empty("c", &[("label", (&plain).into()), ("term", (&amp).into())])?;
        xml.text("t", &[], &amp)?;
        assert_eq!(
            String::from_utf8(xml.finish()?)?.trim(),
            "<c label=\"Jūrmala „RD“ 🎄 'x'\" term=\"Kalniņš &amp; partneri\"/>\n\
             <t>Kalniņš &amp; partneri</t>"
        );
        for special in *b"&<>\r\"\t\n" {
            let text = Text::new(&format!("a{}b", char::from(special)))?;
            assert!(text.has_markup_characters(), "{special}");
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
            assert_eq!(html.breaks_cdata(), !whole, "{html}");
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
