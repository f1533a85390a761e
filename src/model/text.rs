//! Plain text and HTML: two types, so that no output can put one where the other belongs.

use ego_tree::iter::Edge;
use serde::{Deserialize, Serialize};

use crate::escape;
use crate::model::error::{Error, ErrorKind};
use crate::model::newtype::string_newtype;

mod fast;

/// Plain text that every output can carry: trimmed, not empty, and free of the characters
/// XML 1.0 cannot hold.
///
/// Construction trims surrounding whitespace and refuses text that is then empty. It
/// refuses, rather than strips, the control characters XML 1.0 forbids (everything below
/// U+0020 but tab, line feed and carriage return), DEL and the C1 controls U+0080–U+009F
/// (in CMS text, a sign of mis-decoded Windows-1252), and the non-characters U+FFFE and
/// U+FFFF: one of them in a headline would otherwise make a whole feed unreadable.
///
/// # Example
///
/// ```
/// use jaunumi::Text;
///
/// let title = Text::new("  Ventspils Digitālais centrs  ")?;
/// assert_eq!(title.as_str(), "Ventspils Digitālais centrs");
/// assert_eq!(
///     Text::new("Jūrmala\u{b}").unwrap_err().to_string(),
///     "found U+000B at byte 8, which XML 1.0 cannot carry; expected text without control \
///      characters other than tab, line feed and carriage return",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Text(
    String,
    /// Whether the text holds a character some markup context escapes
    /// ([`escape::has_markup_characters`]): a fact of its characters, found once when it is
    /// made, so that writers copy most text as it is rather than search it each time.
    bool,
);

impl Text {
    /// Checks and trims plain text.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Empty`] when nothing but whitespace is left, and
    /// [`ErrorKind::ForbiddenCharacter`] for the first character XML 1.0 cannot carry.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::Text::new(" \n ").is_err());
    /// ```
    pub fn new(text: &str) -> Result<Self, Error> {
        let text = checked(text)?;
        Ok(Self(text.to_owned(), escape::has_markup_characters(text)))
    }

    /// The text.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Text::new("Jaunumi")?.as_str(), "Jaunumi");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the text holds `&`, `<`, `>`, `"`, a tab, a line feed or a carriage return:
    /// a character some markup context escapes.
    pub(crate) fn has_markup_characters(&self) -> bool {
        self.1
    }
}

/// An HTML fragment, such as an article body: trimmed, not empty, and free of the
/// characters XML 1.0 cannot hold (the same rule as [`Text`]).
///
/// [`Html::new`] takes HTML the site already trusts, as it is; [`Html::sanitize`] cleans
/// untrusted HTML first. [`Html::to_text`] reads it as plain text, for outputs that need
/// text (JSON-LD `articleBody`, an RSS description).
///
/// # Example
///
/// ```
/// use jaunumi::Html;
///
/// let body = Html::new("<p>Trešdien, 17.&nbsp;janvārī,</p><p>Jūrmalas IT speciālisti</p>")?;
/// assert_eq!(body.to_text(), "Trešdien, 17.\u{a0}janvārī,\n\nJūrmalas IT speciālisti");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Html(
    String,
    /// Whether the HTML holds `]]>` or a carriage return ([`escape::breaks_cdata`]): a fact
    /// of its characters, found once when it is made, rather than each time a writer puts
    /// the body in CDATA.
    bool,
);

impl Html {
    /// Takes trusted HTML as it is, after the checks of [`Text::new`].
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Empty`] and [`ErrorKind::ForbiddenCharacter`], as for [`Text::new`].
    ///
    /// # Example
    ///
    /// ```
    /// let body = jaunumi::Html::new("<p>Jaunumi</p>")?;
    /// assert_eq!(body.as_str(), "<p>Jaunumi</p>");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(html: &str) -> Result<Self, Error> {
        let html = checked(html)?;
        Ok(Self(html.to_owned(), escape::breaks_cdata(html)))
    }

    /// Cleans untrusted HTML with [`ammonia`]'s default policy (scripts, styles, event
    /// handler attributes and `javascript:` links go; common formatting, links and images
    /// stay, and links get `rel="noopener noreferrer"`), then checks it as [`Html::new`]
    /// does. Characters XML 1.0 cannot carry are removed before cleaning.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Empty`] when nothing is left after cleaning.
    ///
    /// # Example
    ///
    /// ```
    /// let body = jaunumi::Html::sanitize("<p onclick=\"x()\">Sveiki<script>x()</script></p>")?;
    /// assert_eq!(body.as_str(), "<p>Sveiki</p>");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "ammonia")]
    #[cfg_attr(docsrs, doc(cfg(feature = "ammonia")))]
    pub fn sanitize(untrusted: &str) -> Result<Self, Error> {
        let carried: String = untrusted.chars().filter(|&c| escape::carries(c)).collect();
        Self::new(&ammonia::clean(&carried))
    }

    /// The HTML as given.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Html::new("<b>Jā</b>")?.as_str(), "<b>Jā</b>");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the HTML holds `]]>` or a carriage return, which a CDATA section cannot hold
    /// as they are.
    pub(crate) fn breaks_cdata(&self) -> bool {
        self.1
    }

    /// The text a reader sees, parsed with an HTML5 parser (html5ever, through
    /// [`scraper`]): tags go, character references are decoded, runs of whitespace become
    /// one space, block elements (paragraphs, headings, list items, table rows …) are
    /// separated by a blank line and `<br>` by a line break; `script`, `style`, `template`
    /// and `noscript` are skipped. Characters XML 1.0 cannot carry, which numeric character
    /// references can produce, are dropped. Empty when the HTML holds no text.
    ///
    /// Markup in the common subset of news bodies (well-nested paragraphs, headings, lists
    /// and inline formatting, the usual character references) takes a one-pass fast path
    /// that gives the same text without building a tree; anything else goes through
    /// html5ever.
    ///
    /// # Example
    ///
    /// ```
    /// let body = jaunumi::Html::new("<h3>Kontakti</h3><p>A &amp; B<br>tālr. 63601111</p>")?;
    /// assert_eq!(body.to_text(), "Kontakti\n\nA & B\ntālr. 63601111");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_text(&self) -> String {
        fast::to_text(&self.0).unwrap_or_else(|| parsed_text(&self.0))
    }

    /// [`Html::to_text`] escaped as `E` escapes text: by the fast path, in the same pass
    /// that reads the HTML, into `buffer` (cleared first, so that one buffer serves many
    /// bodies); or, for markup only html5ever reads, as the text itself, still to escape.
    pub(crate) fn escaped_text<'b, E: Escaper>(&self, buffer: &'b mut String) -> HtmlText<'b> {
        buffer.clear();
        if fast::to_text_into::<E>(&self.0, buffer) {
            HtmlText::Escaped(buffer)
        } else {
            HtmlText::Plain(parsed_text(&self.0))
        }
    }
}

/// How a format above the model writes text, for [`Html::escaped_text`]: which bytes it
/// escapes, how, and how it writes a line break. The model knows no format; an exporter
/// implements this for its own.
pub(crate) trait Escaper {
    /// The bytes the format writes otherwise than as they are: ASCII, and none of HTML's
    /// whitespace, `<` or `&` (which the text of HTML never holds as they are).
    const ESCAPED: &'static [u8];
    /// A line break, as the format writes it.
    const LINE_BREAK: &'static str;
    /// Appends `c` as the format writes it: escaped when it is one of [`Self::ESCAPED`].
    fn push(out: &mut String, c: char);
}

/// Text as it is: [`Html::to_text`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct AsIs;

impl Escaper for AsIs {
    const ESCAPED: &'static [u8] = &[];
    const LINE_BREAK: &'static str = "\n";

    fn push(out: &mut String, c: char) {
        out.push(c);
    }
}

/// The text of an HTML body from [`Html::escaped_text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HtmlText<'b> {
    /// The text, escaped as the format escapes it.
    Escaped(&'b str),
    /// The text itself, still to escape.
    Plain(String),
}

/// [`Html::to_text`] through html5ever: the reference the fast path is tested against.
fn parsed_text(html: &str) -> String {
    let fragment = scraper::Html::parse_fragment(html);
    let mut text = TextCollector::default();
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in fragment.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    scraper::Node::Text(t) => text.push_text(t),
                    scraper::Node::Element(element) => match element.name() {
                        "script" | "style" | "template" | "noscript" => {
                            skipping = Some(node.id());
                        }
                        "br" => text.line_break(Break::Line),
                        name if is_block(name) => text.line_break(Break::Paragraph),
                        "td" | "th" => text.space(),
                        _ => {}
                    },
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none()
                    && let scraper::Node::Element(element) = node.value()
                    && is_block(element.name())
                {
                    text.line_break(Break::Paragraph);
                }
            }
        }
    }
    text.out
}

/// Elements that start a new block of text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "dd"
            | "details"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tr"
            | "ul"
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Space,
    Line,
    Paragraph,
}

/// Collects text with collapsed whitespace; a separator is written only when more text
/// follows it, so the result never starts or ends with whitespace. Line breaks are written
/// as `E` writes them (the fast path escapes the rest).
#[derive(Debug)]
struct TextCollector<E: Escaper = AsIs> {
    out: String,
    pending: Break,
    escaper: std::marker::PhantomData<E>,
}

impl<E: Escaper> Default for TextCollector<E> {
    fn default() -> Self {
        Self {
            out: String::new(),
            pending: Break::None,
            escaper: std::marker::PhantomData,
        }
    }
}

impl TextCollector {
    fn push_text(&mut self, text: &str) {
        for (i, word) in text.split(is_html_space).enumerate() {
            if i > 0 {
                self.space();
            }
            if word.is_empty() {
                continue;
            }
            self.start_word();
            self.out
                .extend(word.chars().filter(|&c| escape::carries(c)));
        }
    }
}

impl<E: Escaper> TextCollector<E> {
    /// Writes the pending separator before a word; the caller then appends the word.
    fn start_word(&mut self) {
        if !self.out.is_empty() {
            match self.pending {
                Break::None => {}
                Break::Space => self.out.push(' '),
                Break::Line => self.out.push_str(E::LINE_BREAK),
                Break::Paragraph => {
                    self.out.push_str(E::LINE_BREAK);
                    self.out.push_str(E::LINE_BREAK);
                }
            }
        }
        self.pending = Break::None;
    }

    fn space(&mut self) {
        self.pending = self.pending.max(Break::Space);
    }

    fn line_break(&mut self, kind: Break) {
        self.pending = self.pending.max(kind);
    }
}

/// ASCII whitespace as HTML defines it.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}')
}

/// `text` trimmed, or why it cannot be model text.
fn checked(text: &str) -> Result<&str, Error> {
    if let Some((offset, character)) = text.char_indices().find(|&(_, c)| !escape::carries(c)) {
        return Err(ErrorKind::ForbiddenCharacter { character, offset }.into());
    }
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(ErrorKind::Empty.into());
    }
    Ok(trimmed)
}

/// The JSON Schema pattern of model text: no character XML 1.0 cannot carry, and at least
/// one that is not whitespace.
#[cfg(feature = "schemars")]
pub(crate) const TEXT_PATTERN: &str = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF][^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]*$";

string_newtype!(Text, {
    "description": "Plain text: not empty after trimming, without control characters other than tab, line feed and carriage return.",
    "type": "string",
    "pattern": TEXT_PATTERN,
});

string_newtype!(Html, {
    "description": "An HTML fragment: not empty after trimming, without control characters other than tab, line feed and carriage return.",
    "type": "string",
    "contentMediaType": "text/html",
    "pattern": TEXT_PATTERN,
});

#[cfg(test)]
pub(crate) mod samples;
#[cfg(test)]
mod tests;
