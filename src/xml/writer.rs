//! The writer RSS, Atom and sitemaps write through: quick-xml's, with their few operations.

use std::borrow::Cow;
use std::io;

use chrono::{DateTime, FixedOffset};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

use crate::escape::Escape;
use crate::model::text::{Html, Text};
use crate::model::web_url::WebUrl;
use crate::rfc3339;
use crate::xml::cdata;
use crate::xml::chars::Chars;
use crate::xml::decimal::Decimal;
use crate::xml::rfc822;

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
/// its own indented by two spaces a level. An element that holds only text, or nothing, is
/// put together in a buffer the writer keeps (line break, indentation, start tag, escaped
/// text, end tag) with the same bytes quick-xml would write for it, and the buffer goes
/// out before quick-xml writes the next tag (see the module's `# Performance`). An
/// article's body goes out straight from the model, not through the buffer.
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
        let content = String::from_utf8_lossy(&self.pending);
        debug_assert!(
            matches!(content, Cow::Borrowed(_)),
            "a name and escaped `str`s are UTF-8"
        );
        self.inner
            .write_event(Event::Start(BytesStart::from_content(content, name.len())))?;
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
    /// `>` as hexadecimal character references ([`Escape::PlainText`]).
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

    /// An element holding an instant in RFC 822 (RSS dates; see [`rfc822::push`]).
    #[inline(always)]
    pub(crate) fn rfc822(&mut self, name: &str, instant: &DateTime<FixedOffset>) -> io::Result<()> {
        self.open_leaf(name, &[]);
        rfc822::push(&mut self.pending, instant);
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
        // All of `INDENT`, then cut to the depth.
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
    /// [`cdata::sections`]).
    pub(crate) fn cdata(
        &mut self,
        name: &str,
        attributes: &[(&str, Value<'_>)],
        html: &Html,
    ) -> io::Result<()> {
        self.open_leaf(name, attributes);
        if html.breaks_cdata() {
            self.write_pending()?;
            cdata::sections(self.inner.get_mut(), html.as_str())?;
        } else {
            // The one section's opening and closing go with the elements around it.
            self.pending.extend_from_slice(cdata::CDATA_START);
            self.write_pending()?;
            self.inner.get_mut().write_all(html.as_str().as_bytes())?;
            self.pending.extend_from_slice(cdata::CDATA_END);
        }
        self.close_leaf(name);
        Ok(())
    }

    /// The underlying writer, for what the elements written so far have put there (the
    /// elements put together and not yet written are not in it: see
    /// [`Self::write_pending`]).
    pub(crate) fn inner_mut(&mut self) -> &mut W {
        self.inner.get_mut()
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use quick_xml::events::{BytesCData, BytesText};

    use super::*;

    #[test]
    fn text_is_escaped_as_its_element_or_attribute_needs() -> Result<(), Box<dyn std::error::Error>>
    {
        let plain = Text::new("Jūrmala „RD“ 🎄 'x'")?;
        let amp = Text::new("Kalniņš & partneri")?;
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
    fn html_that_cdata_carries_whole_goes_in_one_section() -> Result<(), Box<dyn std::error::Error>>
    {
        for html in ["<p>a]b]]c</p>", "<p>a]]>b</p>", "<p>a\r\nb</p>"] {
            let html = Html::new(html)?;
            let mut xml = XmlWriter::new(Vec::new());
            xml.cdata("c", &[], &html)?;
            let written = String::from_utf8_lossy(&xml.finish()?).into_owned();
            let mut sections = Vec::new();
            cdata::sections(&mut sections, html.as_str())?;
            let expected = format!("<c>{}</c>", String::from_utf8_lossy(&sections));
            assert_eq!(written.trim(), expected);
        }
        Ok(())
    }

    /// An element of a generated document: one that holds others, text, HTML or nothing.
    #[derive(Debug, Clone)]
    enum Node {
        Parent(&'static str, Vec<(&'static str, String)>, Vec<Node>),
        Text(&'static str, Vec<(&'static str, String)>, String),
        Html(&'static str, String),
        Empty(&'static str, Vec<(&'static str, String)>),
    }

    fn node() -> impl Strategy<Value = Node> {
        let name = prop::sample::select(vec!["item", "title", "atom:link", "media:content"]);
        let attributes = prop::collection::vec(
            (
                prop::sample::select(vec!["href", "rel", "type"]),
                "[a-z&<\"\t ]{0,8}",
            ),
            0..3,
        );
        let text = "[a-zā&<>\r\n ]{0,12}";
        let leaf = prop_oneof![
            (name.clone(), attributes.clone(), text).prop_map(|(n, a, t)| Node::Text(n, a, t)),
            (name.clone(), "<p>[a-z\\]>]{1,12}</p>").prop_map(|(n, h)| Node::Html(n, h)),
            (name.clone(), attributes.clone()).prop_map(|(n, a)| Node::Empty(n, a)),
        ];
        leaf.prop_recursive(4, 24, 4, move |inner| {
            (
                name.clone(),
                attributes.clone(),
                prop::collection::vec(inner, 0..4),
            )
                .prop_map(|(n, a, c)| Node::Parent(n, a, c))
        })
    }

    fn values<'a>(attributes: &'a [(&'static str, String)]) -> Vec<(&'a str, Value<'a>)> {
        attributes
            .iter()
            .map(|(key, value)| (*key, value.as_str().into()))
            .collect()
    }

    fn write(xml: &mut XmlWriter<Vec<u8>>, node: &Node) -> io::Result<()> {
        match node {
            Node::Parent(name, attributes, children) => {
                xml.start(name, &values(attributes))?;
                for child in children {
                    write(xml, child)?;
                }
                xml.end(name)
            }
            Node::Text(name, attributes, text) => {
                xml.text(name, &values(attributes), text.as_str())
            }
            Node::Html(name, html) => match Html::new(html) {
                Ok(html) => xml.cdata(name, &[], &html),
                Err(_) => Ok(()),
            },
            Node::Empty(name, attributes) => xml.empty(name, &values(attributes)),
        }
    }

    /// The same element as quick-xml writes it from its events, the text escaped as the
    /// crate escapes it.
    fn reference(xml: &mut quick_xml::Writer<Vec<u8>>, node: &Node) -> io::Result<()> {
        let start = |name: &str, attributes: &[(&'static str, String)]| {
            let mut tag = Vec::new();
            push_tag_content(&mut tag, name, &values(attributes));
            BytesStart::from_content(String::from_utf8_lossy(&tag).into_owned(), name.len())
        };
        match node {
            Node::Parent(name, attributes, children) => {
                xml.write_event(Event::Start(start(name, attributes)))?;
                for child in children {
                    reference(xml, child)?;
                }
                xml.write_event(Event::End(BytesEnd::new(*name)))
            }
            Node::Text(name, attributes, text) => {
                let mut escaped = Vec::new();
                Escape::Text.push(&mut escaped, text);
                xml.write_event(Event::Start(start(name, attributes)))?;
                let escaped = String::from_utf8_lossy(&escaped).into_owned();
                xml.write_event(Event::Text(BytesText::from_escaped(escaped)))?;
                xml.write_event(Event::End(BytesEnd::new(*name)))
            }
            Node::Html(name, html) => match Html::new(html) {
                Ok(html) if !html.breaks_cdata() => {
                    xml.write_event(Event::Start(BytesStart::new(*name)))?;
                    xml.write_event(Event::CData(BytesCData::new(html.as_str())))?;
                    xml.write_event(Event::End(BytesEnd::new(*name)))
                }
                Ok(html) => {
                    xml.write_event(Event::Start(BytesStart::new(*name)))?;
                    let mut sections = Vec::new();
                    cdata::sections(&mut sections, html.as_str())?;
                    let sections = String::from_utf8_lossy(&sections).into_owned();
                    xml.write_event(Event::Text(BytesText::from_escaped(sections)))?;
                    xml.write_event(Event::End(BytesEnd::new(*name)))
                }
                Err(_) => Ok(()),
            },
            Node::Empty(name, attributes) => xml.write_event(Event::Empty(start(name, attributes))),
        }
    }

    proptest! {
        /// The elements the writer puts together itself are the bytes quick-xml writes for
        /// the same events, line breaks and indentation included.
        #[test]
        fn elements_put_together_are_the_bytes_quick_xml_writes(
            nodes in prop::collection::vec(node(), 1..4),
        ) {
            let mut xml = XmlWriter::new(Vec::new());
            let mut plain = quick_xml::Writer::new_with_indent(Vec::new(), b' ', 2);
            xml.declaration().map_err(|e| TestCaseError::fail(e.to_string()))?;
            plain
                .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            xml.start("feed", &[]).map_err(|e| TestCaseError::fail(e.to_string()))?;
            plain
                .write_event(Event::Start(BytesStart::new("feed")))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            for node in &nodes {
                write(&mut xml, node).map_err(|e| TestCaseError::fail(e.to_string()))?;
                reference(&mut plain, node).map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
            xml.end("feed").map_err(|e| TestCaseError::fail(e.to_string()))?;
            plain
                .write_event(Event::End(BytesEnd::new("feed")))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let written = xml.finish().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let mut expected = plain.into_inner();
            expected.push(b'\n');
            prop_assert_eq!(String::from_utf8_lossy(&written), String::from_utf8_lossy(&expected));
        }
    }
}
