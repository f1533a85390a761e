//! What the XML outputs share: the characters XML 1.0 can carry, escaping, CDATA sections,
//! RFC 822 dates, and a thin layer over quick-xml's writer that RSS and Atom both write
//! through.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};
use quick_xml::events::{BytesCData, BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::model::instant::push_two_digits;
use crate::{Article, Feed};

/// Whether XML 1.0 (and so every output of the crate) carries `c`: everything but the C0
/// controls other than tab, line feed and carriage return, DEL, the C1 controls and the
/// non-characters U+FFFE and U+FFFF. (DEL and the C1 controls are allowed by XML 1.0 but
/// discouraged, and in CMS text they are mis-decoded Windows-1252; the model refuses them.)
pub(crate) fn carries(c: char) -> bool {
    let forbidden_control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    !(forbidden_control || matches!(c, '\u{fffe}' | '\u{ffff}'))
}

/// The replacement of each byte in character data inside an element: `&`, `<` and `>` (so
/// that `]]>` never appears), and a carriage return, which a parser would otherwise turn
/// into a line feed.
static TEXT: [Option<&str>; 256] = table(&[
    (b'&', "&amp;"),
    (b'<', "&lt;"),
    (b'>', "&gt;"),
    (b'\r', "&#13;"),
]);

/// In a double-quoted attribute value: as [`TEXT`], and `"`; tab and line feed too, which
/// attribute-value normalisation would otherwise turn into spaces.
static ATTRIBUTE: [Option<&str>; 256] = table(&[
    (b'&', "&amp;"),
    (b'<', "&lt;"),
    (b'>', "&gt;"),
    (b'\r', "&#13;"),
    (b'"', "&quot;"),
    (b'\t', "&#9;"),
    (b'\n', "&#10;"),
]);

/// Plain text in an RSS element that is not HTML (a title, a category): as [`TEXT`], but `&`,
/// `<` and `>` as hexadecimal character references, which the RSS Advisory Board's profile
/// asks for because readers differ on whether such elements hold HTML (the W3C validator's
/// `CharacterData` and `ContainsHTML` warnings otherwise).
static PLAIN_TEXT: [Option<&str>; 256] = table(&[
    (b'&', "&#x26;"),
    (b'<', "&#x3C;"),
    (b'>', "&#x3E;"),
    (b'\r', "&#13;"),
]);

/// Plain text in an element whose content readers take as HTML (an RSS `description`):
/// escaped for HTML, then for XML, in one pass.
static HTML_TEXT: [Option<&str>; 256] = table(&[
    (b'&', "&amp;amp;"),
    (b'<', "&amp;lt;"),
    (b'>', "&amp;gt;"),
    (b'\r', "&#13;"),
]);

const fn table(replacements: &[(u8, &'static str)]) -> [Option<&'static str>; 256] {
    let mut table = [None; 256];
    let mut i = 0;
    while i < replacements.len() {
        table[replacements[i].0 as usize] = Some(replacements[i].1);
        i += 1;
    }
    table
}

/// `text` with every byte that `table` replaces replaced, from the first such byte at
/// `first` on; borrowed when there is none, which is the common case. Every byte replaced
/// is ASCII, so the result stays UTF-8.
fn replace<'a>(text: &'a str, first: Option<usize>, table: &[Option<&str>; 256]) -> Cow<'a, str> {
    let Some(first) = first else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 32);
    let mut copied = 0;
    for (i, &byte) in text.as_bytes().iter().enumerate().skip(first) {
        if let Some(replacement) = table[usize::from(byte)] {
            out.push_str(&text[copied..i]);
            out.push_str(replacement);
            copied = i + 1;
        }
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Where the first `&`, `<`, `>` or carriage return is: the bytes [`TEXT`] and
/// [`HTML_TEXT`] replace, found with `memchr` because most text has none.
fn first_in_text(bytes: &[u8]) -> Option<usize> {
    let markup = memchr::memchr3(b'&', b'<', b'>', bytes);
    memchr::memchr(b'\r', &bytes[..markup.unwrap_or(bytes.len())]).or(markup)
}

/// Plain text escaped for element content.
pub(crate) fn escape_text(text: &str) -> Cow<'_, str> {
    replace(text, first_in_text(text.as_bytes()), &TEXT)
}

/// Plain text escaped for an RSS element that is not HTML, the markup characters as
/// hexadecimal references.
pub(crate) fn escape_plain_text(text: &str) -> Cow<'_, str> {
    replace(text, first_in_text(text.as_bytes()), &PLAIN_TEXT)
}

/// Plain text escaped for a double-quoted attribute value.
pub(crate) fn escape_attribute(value: &str) -> Cow<'_, str> {
    let first = value
        .bytes()
        .position(|b| ATTRIBUTE[usize::from(b)].is_some());
    replace(value, first, &ATTRIBUTE)
}

/// A URL escaped for element content or an attribute value. A serialised URL (WHATWG rules,
/// as the `url` crate writes it) has no `<`, `>`, `"`, tab, line feed or carriage return:
/// only `&` needs escaping, and `memchr` finds it fast.
pub(crate) fn escape_url(url: &str) -> Cow<'_, str> {
    replace(url, memchr::memchr(b'&', url.as_bytes()), &ATTRIBUTE)
}

/// Plain text escaped as HTML, then for element content.
pub(crate) fn escape_html_text(text: &str) -> Cow<'_, str> {
    replace(text, first_in_text(text.as_bytes()), &HTML_TEXT)
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// An instant in the date-time format of RFC 822 (as RFC 2822 updates it), with English
/// day and month names and a numeric offset, to the second: `Wed, 17 Jan 2018 12:00:00
/// +0200`. An offset that is not a whole or half hour (`+0545`, or one with seconds, which
/// the format cannot carry) is written as the same instant in UTC: the W3C validator takes
/// other offsets for mistakes (`ProblematicalRFC822Date`).
pub(crate) fn rfc822(instant: &DateTime<FixedOffset>) -> String {
    let local = if instant.offset().local_minus_utc() % 1800 == 0 {
        *instant
    } else {
        instant.with_timezone(&Utc).fixed_offset()
    };
    let offset = local.offset().local_minus_utc();
    let (sign, minutes) = if offset < 0 {
        ('-', -offset / 60)
    } else {
        ('+', offset / 60)
    };
    let mut out = String::with_capacity(31);
    out.push_str(WEEKDAYS[local.weekday().num_days_from_monday() as usize]);
    out.push_str(", ");
    push_two_digits(&mut out, local.day());
    out.push(' ');
    out.push_str(MONTHS[local.month0() as usize]);
    out.push(' ');
    match u32::try_from(local.year()) {
        Ok(year @ 1000..=9999) => {
            push_two_digits(&mut out, year / 100);
            push_two_digits(&mut out, year % 100);
        }
        // A year RFC 822 was not written for: as many digits as it takes, at least four.
        _ => {
            let _ = write!(out, "{:04}", local.year());
        }
    }
    out.push(' ');
    push_two_digits(&mut out, local.hour());
    out.push(':');
    push_two_digits(&mut out, local.minute());
    out.push(':');
    push_two_digits(&mut out, local.second());
    out.push(' ');
    out.push(sign);
    push_two_digits(&mut out, (minutes / 60).unsigned_abs());
    push_two_digits(&mut out, (minutes % 60).unsigned_abs());
    out
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

/// quick-xml's writer, with the few operations the feeds need: each escapes what it is
/// given, so a caller never writes unescaped text.
pub(crate) struct XmlWriter<W: io::Write> {
    inner: quick_xml::Writer<W>,
}

impl<W: io::Write> XmlWriter<W> {
    /// A writer that puts each element on a line of its own, indented by two spaces.
    pub(crate) fn new(inner: W) -> Self {
        Self {
            inner: quick_xml::Writer::new_with_indent(inner, b' ', 2),
        }
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`: the first bytes of the document.
    pub(crate) fn declaration(&mut self) -> io::Result<()> {
        self.inner
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
    }

    /// An opening tag with its attributes.
    pub(crate) fn start(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
        self.inner
            .write_event(Event::Start(element(name, attributes)))
    }

    /// A closing tag.
    pub(crate) fn end(&mut self, name: &str) -> io::Result<()> {
        self.inner.write_event(Event::End(BytesEnd::new(name)))
    }

    /// An element without content.
    pub(crate) fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
        self.inner
            .write_event(Event::Empty(element(name, attributes)))
    }

    /// An element holding plain text.
    pub(crate) fn text(
        &mut self,
        name: &str,
        attributes: &[(&str, &str)],
        text: &str,
    ) -> io::Result<()> {
        self.escaped(name, attributes, escape_text(text))
    }

    /// An element holding plain text in RSS, where readers may take it as HTML: `&`, `<` and
    /// `>` as hexadecimal character references (see `PLAIN_TEXT`).
    pub(crate) fn plain_text(
        &mut self,
        name: &str,
        attributes: &[(&str, &str)],
        text: &str,
    ) -> io::Result<()> {
        self.escaped(name, attributes, escape_plain_text(text))
    }

    /// An element holding a URL.
    pub(crate) fn url(&mut self, name: &str, url: &str) -> io::Result<()> {
        self.escaped(name, &[], escape_url(url))
    }

    /// An element holding text that has nothing to escape (a date, a language tag, a word
    /// of the crate's own), written as it is.
    pub(crate) fn verbatim(&mut self, name: &str, text: &str) -> io::Result<()> {
        debug_assert!(first_in_text(text.as_bytes()).is_none(), "{text}");
        self.escaped(name, &[], Cow::Borrowed(text))
    }

    /// An element holding plain text that readers take as HTML.
    pub(crate) fn html_text(&mut self, name: &str, text: &str) -> io::Result<()> {
        self.escaped(name, &[], escape_html_text(text))
    }

    fn escaped(
        &mut self,
        name: &str,
        attributes: &[(&str, &str)],
        escaped: Cow<'_, str>,
    ) -> io::Result<()> {
        self.start(name, attributes)?;
        self.inner
            .write_event(Event::Text(BytesText::from_escaped(escaped)))?;
        self.end(name)
    }

    /// An element holding `content` (HTML) as CDATA sections: faster to write and to read
    /// than escaped text. A `]]>` in the content is split between two sections
    /// (`]]]]><![CDATA[>`), and a carriage return, which CDATA cannot protect from a
    /// parser's line-end handling, goes between sections as a character reference.
    pub(crate) fn cdata(
        &mut self,
        name: &str,
        attributes: &[(&str, &str)],
        content: &str,
    ) -> io::Result<()> {
        self.start(name, attributes)?;
        let bytes = content.as_bytes();
        let mut section = 0;
        for at in memchr::memchr2_iter(b']', b'\r', bytes) {
            if bytes[at] == b'\r' {
                self.cdata_section(&content[section..at])?;
                self.inner
                    .write_event(Event::Text(BytesText::from_escaped("&#13;")))?;
                section = at + 1;
            } else if bytes[at..].starts_with(b"]]>") {
                // Both `]` close this section; the `>` opens the next.
                self.cdata_section(&content[section..at + 2])?;
                section = at + 2;
            }
        }
        self.cdata_section(&content[section..])?;
        self.end(name)
    }

    fn cdata_section(&mut self, content: &str) -> io::Result<()> {
        if content.is_empty() {
            return Ok(());
        }
        self.inner
            .write_event(Event::CData(BytesCData::new(content)))
    }

    /// Ends the document with a line feed and hands back the underlying writer, flushed.
    pub(crate) fn finish(self) -> io::Result<W> {
        let mut inner = self.inner.into_inner();
        inner.write_all(b"\n")?;
        inner.flush()?;
        Ok(inner)
    }
}

/// An element's opening tag; attribute values are escaped here, and the tag is built in
/// one allocation of its final size.
fn element<'a>(name: &'a str, attributes: &[(&str, &str)]) -> BytesStart<'a> {
    if attributes.is_empty() {
        return BytesStart::new(name);
    }
    // Escaping lengthens a value only when it holds `&`, `<`, `"` and the like: rarely.
    let length = attributes.iter().fold(name.len(), |sum, (key, value)| {
        sum + key.len() + value.len() + 4
    });
    let mut content = String::with_capacity(length);
    content.push_str(name);
    for (key, value) in attributes {
        content.push(' ');
        content.push_str(key);
        content.push_str("=\"");
        content.push_str(&escape_attribute(value));
        content.push('"');
    }
    BytesStart::from_content(content, name.len())
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
        assert!(matches!(escape_text("Jūrmala „R&D“"), Cow::Owned(_)));
        assert!(matches!(escape_text("Jūrmala „RD“ 🎄"), Cow::Borrowed(_)));
        assert_eq!(
            escape_text("A&B < C > D ]]> \"x\"\r\n"),
            "A&amp;B &lt; C &gt; D ]]&gt; \"x\"&#13;\n"
        );
        assert_eq!(
            escape_attribute("a&b<\"c\">\t\n\r'"),
            "a&amp;b&lt;&quot;c&quot;&gt;&#9;&#10;&#13;'"
        );
        assert_eq!(escape_html_text("A & <b>"), "A &amp;amp; &amp;lt;b&amp;gt;");
        assert_eq!(
            escape_plain_text("A&B <b> ]]>\r\n"),
            "A&#x26;B &#x3C;b&#x3E; ]]&#x3E;&#13;\n"
        );
        assert!(matches!(
            escape_plain_text("Jūrmala „RD“"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            escape_url("https://ventspils.lv/?a=1&b=2"),
            "https://ventspils.lv/?a=1&amp;b=2"
        );
        assert!(matches!(
            escape_url("https://ventspils.lv/"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn decimals() {
        for n in [0, 7, 10, 183_204, u64::MAX] {
            assert_eq!(Decimal::new(n).as_str(), n.to_string());
        }
    }

    #[test]
    fn rfc822_dates() -> Result<(), crate::Error> {
        let winter = crate::riga::at(2018, 1, 17, 12, 0)?;
        assert_eq!(rfc822(&winter), "Wed, 17 Jan 2018 12:00:00 +0200");
        let summer = crate::riga::at(2024, 7, 1, 9, 5)?;
        assert_eq!(rfc822(&summer), "Mon, 01 Jul 2024 09:05:00 +0300");
        let west = DateTime::parse_from_rfc3339("2024-12-29T23:59:59.9-03:30")
            .map_err(|_| crate::ErrorKind::Empty)?;
        assert_eq!(rfc822(&west), "Sun, 29 Dec 2024 23:59:59 -0330");
        let odd = DateTime::parse_from_rfc3339("1879-06-01T12:00:00+01:36")
            .map_err(|_| crate::ErrorKind::Empty)?
            .with_timezone(&FixedOffset::east_opt(5794).ok_or(crate::ErrorKind::Empty)?);
        assert_eq!(rfc822(&odd), "Sun, 01 Jun 1879 10:24:00 +0000");
        let kathmandu = DateTime::parse_from_rfc3339("2024-05-18T09:30:00+05:45")
            .map_err(|_| crate::ErrorKind::Empty)?;
        assert_eq!(rfc822(&kathmandu), "Sat, 18 May 2024 03:45:00 +0000");
        Ok(())
    }

    fn cdata(content: &str) -> String {
        let mut xml = XmlWriter::new(Vec::new());
        let _ = xml.cdata("c", &[], content);
        String::from_utf8_lossy(&xml.inner.into_inner()).into_owned()
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
