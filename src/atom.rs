//! Atom 1.0 (RFC 4287), written straight from the model.
//!
//! The document holds:
//!
//! - on the feed: `id` (the feed's identifier: its address unless another is set), `title`,
//!   `subtitle` (the description), `updated` (the feed's own, or else the newest time among
//!   its articles: never the clock, never 1970), `link rel="alternate"` (the site's page),
//!   `link rel="self"`, the paging links of RFC 5005 (`first`, `previous`, `next`, `last`),
//!   the WebSub hubs (`link rel="hub"`),
//!   `author` (the publisher), `generator`, `icon`, `logo`, `rights`, and `xml:lang`;
//! - on each entry: `id` (the article's identifier: its URL, or the `tag:`, `urn:` or other
//!   URI it was given), `title`, `updated` (its last change, or its publication), `published`,
//!   `author` with `name` and `uri` (its authors; else its publisher; else the feed's
//!   publisher, so that every entry has one), `link rel="alternate"`, one
//!   `link rel="alternate" hreflang=…` per translation, `link rel="enclosure"` for the image
//!   and for each picture of the gallery and attached document (with its `title`),
//!   `category` with `term`, `scheme` and `label`, `summary type="text"` (the title when the
//!   article has neither a summary nor a body, so that every entry has text),
//!   `content type="html"`, and `xml:lang` when its language is not the feed's.
//!
//! Dates are RFC 3339 with the instant's own offset (`2018-01-17T12:00:00+02:00`, the real
//! Riga offset for Riga times). The output is UTF-8 without a byte order mark, begins with
//! `<?xml`, and is the same bytes for the same feed.
//!
//! # Example
//!
//! ```
//! use jaunumi::{Article, Feed, Organization};
//!
//! let article = Article::builder(
//!     "Jūrmalas IT speciālisti viesojas Ventspilī",
//!     "https://vdc.ventspils.lv/jaunumi/1/",
//!     jaunumi::riga::at(2018, 1, 17, 12, 0)?,
//! )
//! .build()?;
//! let feed = Feed::builder(
//!     "Ventspils Digitālais centrs: jaunumi",
//!     "Ventspils Digitālā centra jaunumi",
//!     "https://vdc.ventspils.lv/jaunumi/",
//!     "https://vdc.ventspils.lv/jaunumi/feed/atom/",
//! )
//! .publisher(Organization::builder("Ventspils Digitālais centrs").build()?)
//! .article(article)
//! .build()?;
//! let xml = jaunumi::atom::to_string(&feed)?;
//! assert!(xml.contains("<updated>2018-01-17T12:00:00+02:00</updated>"));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::io;

use chrono::{DateTime, FixedOffset};

use crate::export::{ExportError, ExportFormat};
use crate::model::article::Article;
use crate::model::feed::Feed;
use crate::model::language::Language;
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::xml::decimal::Decimal;
use crate::xml::writer::{Value, XmlWriter};

/// The media type to serve an Atom feed with (`Content-Type`).
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::atom::MEDIA_TYPE, "application/atom+xml; charset=utf-8");
/// ```
pub const MEDIA_TYPE: &str = "application/atom+xml; charset=utf-8";

/// Where the generator is described.
const GENERATOR_URI: &str = "https://crates.io/crates/jaunumi";

/// Writes `feed` with its articles as Atom 1.0 into `writer`.
///
/// The writer is taken by value, as in `serde_json`: pass `&mut w` to keep it. Many small
/// writes go to it, so give it a buffer (`io::BufWriter`) when it is a file or a socket.
///
/// # Errors
///
/// [`ExportError::Io`] when the writer fails; [`ExportError::NoUpdated`] when the feed has
/// neither an `updated` time nor an article; [`ExportError::NoAuthor`] for an article
/// without authors or publisher in a feed without a publisher.
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/atom")
///     .updated(jaunumi::riga::at(2024, 1, 1, 9, 0)?)
///     .build()?;
/// let mut out = Vec::new();
/// jaunumi::atom::to_writer(&mut out, &feed)?;
/// assert!(out.starts_with(b"<?xml"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_writer<W: io::Write>(writer: W, feed: &Feed) -> Result<(), ExportError> {
    let mut atom = Writer::start(writer, feed)?;
    for article in feed.articles() {
        atom.write(article)?;
    }
    atom.finish()?;
    Ok(())
}

/// `feed` with its articles as Atom 1.0 bytes.
///
/// # Errors
///
/// [`ExportError::NoUpdated`] and [`ExportError::NoAuthor`], as for [`to_writer`].
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/atom")
///     .updated(jaunumi::riga::at(2024, 1, 1, 9, 0)?)
///     .build()?;
/// let bytes = jaunumi::atom::to_vec(&feed)?;
/// assert!(bytes.ends_with(b"</feed>\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_vec(feed: &Feed) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::with_capacity(feed.size_hint());
    to_writer(&mut out, feed)?;
    Ok(out)
}

/// `feed` with its articles as an Atom 1.0 document.
///
/// # Errors
///
/// [`ExportError::NoUpdated`] and [`ExportError::NoAuthor`], as for [`to_writer`].
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/atom")
///     .updated(jaunumi::riga::at(2024, 7, 1, 9, 0)?)
///     .build()?;
/// let xml = jaunumi::atom::to_string(&feed)?;
/// assert!(xml.contains("<updated>2024-07-01T09:00:00+03:00</updated>"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_string(feed: &Feed) -> Result<String, ExportError> {
    let xml = String::from_utf8(to_vec(feed)?);
    debug_assert!(xml.is_ok(), "the writer writes UTF-8");
    Ok(xml.unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// An Atom 1.0 document written as it goes: the feed's metadata first, then one entry per
/// article, in constant memory however many articles there are.
///
/// [`Writer::start`] writes the feed's metadata (its articles, if any, are not written:
/// pass them to [`Writer::write`]); [`Writer::finish`] closes the document. Atom's feed
/// `updated` comes before the entries, so a feed streamed without its articles must carry
/// its own ([`FeedBuilder::updated`](crate::FeedBuilder::updated)). Nothing is written when
/// a writer is dropped: a document left unfinished stays unfinished, so an error is never
/// hidden behind a well-formed end.
///
/// # Example
///
/// ```
/// use jaunumi::{Article, Feed, Organization};
///
/// let feed = Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/atom")
///     .publisher(Organization::builder("Ventspils valstspilsētas pašvaldība").build()?)
///     .updated(jaunumi::riga::at(2024, 1, 3, 9, 0)?)
///     .build()?;
/// let mut atom = jaunumi::atom::Writer::start(Vec::new(), &feed)?;
/// for n in 1..=3 {
///     let published = jaunumi::riga::at(2024, 1, n, 9, 0)?;
///     let article = Article::builder(format!("Jaunums {n}"), format!("https://ventspils.lv/j/{n}"), published)
///         .build()?;
///     atom.write(&article)?;
/// }
/// let xml = String::from_utf8(atom.finish()?)?;
/// assert_eq!(xml.matches("<entry>").count(), 3);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Writer<W: io::Write> {
    xml: XmlWriter<W>,
    language: Language,
    /// The feed's publisher, as the author of entries without one: name and page.
    publisher: Option<(Text, Option<WebUrl>)>,
}

impl<W: io::Write> fmt::Debug for Writer<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl<W: io::Write> Writer<W> {
    /// Writes the XML declaration and the feed's metadata.
    ///
    /// `updated` is the feed's own, or else the newest time among the feed's articles.
    ///
    /// # Errors
    ///
    /// [`ExportError::NoUpdated`] when the feed has neither (nothing is written then), and
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/atom")
    ///     .build()?;
    /// assert!(jaunumi::atom::Writer::start(Vec::new(), &feed).is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(writer: W, feed: &Feed) -> Result<Self, ExportError> {
        let updated = feed
            .updated()
            .or_else(|| feed.newest())
            .ok_or(ExportError::NoUpdated)?;
        let mut xml = XmlWriter::new(writer);
        head(&mut xml, feed, updated).map_err(ExportError::io(ExportFormat::Feed))?;
        Ok(Self {
            xml,
            language: feed.language().clone(),
            publisher: feed
                .publisher()
                .map(|p| (p.name().clone(), p.url().cloned())),
        })
    }

    /// Writes one article as an entry.
    ///
    /// # Errors
    ///
    /// [`ExportError::NoAuthor`] when the article has no authors and no publisher and the
    /// feed no publisher (nothing is written then), and [`ExportError::Io`] when the writer
    /// fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/atom")
    ///     .updated(jaunumi::riga::at(2024, 2, 14, 9, 0)?)
    ///     .build()?;
    /// let article = jaunumi::Article::builder("Ēnu diena", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 2, 14, 9, 0)?)
    ///     .author(jaunumi::Person::builder("Ilze Kalniņa").build()?)
    ///     .build()?;
    /// let mut atom = jaunumi::atom::Writer::start(Vec::new(), &feed)?;
    /// atom.write(&article)?;
    /// let xml = String::from_utf8(atom.finish()?)?;
    /// assert!(xml.contains("<name>Ilze Kalniņa</name>"));
    /// assert!(xml.contains("<id>https://ventspils.lv/j/1</id>"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write(&mut self, article: &Article) -> Result<(), ExportError> {
        let publisher = match (article.publisher(), &self.publisher) {
            (Some(own), _) => Some((own.name(), own.url())),
            (None, Some((name, url))) => Some((name, url.as_ref())),
            (None, None) => None,
        };
        if article.authors().is_empty() && publisher.is_none() {
            return Err(ExportError::NoAuthor {
                id: article.id().to_string(),
            });
        }
        entry(&mut self.xml, article, &self.language, publisher)
            .map_err(ExportError::io(ExportFormat::Feed))
    }

    /// Closes the document, flushes the writer and hands it back.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/atom")
    ///     .updated(jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .build()?;
    /// let out = jaunumi::atom::Writer::start(Vec::new(), &feed)?.finish()?;
    /// assert!(out.ends_with(b"</generator>\n</feed>\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn finish(mut self) -> Result<W, ExportError> {
        let finished = self.xml.end("feed").and_then(|()| self.xml.finish());
        finished.map_err(ExportError::io(ExportFormat::Feed))
    }
}

/// The XML declaration and the feed's metadata, `updated` among them.
fn head<W: io::Write>(
    xml: &mut XmlWriter<W>,
    feed: &Feed,
    updated: &DateTime<FixedOffset>,
) -> io::Result<()> {
    xml.declaration()?;
    xml.start(
        "feed",
        &[
            ("xmlns", "http://www.w3.org/2005/Atom".into()),
            ("xml:lang", feed.language().as_str().into()),
        ],
    )?;
    xml.url("id", &[], feed.id().as_str())?;
    xml.text("title", &[], feed.title())?;
    xml.text("subtitle", &[], feed.description())?;
    xml.rfc3339("updated", updated)?;
    link(xml, "alternate", "text/html", feed.home_url())?;
    link(xml, "self", "application/atom+xml", feed.feed_url())?;
    for (rel, url) in feed.paging().links() {
        link(xml, rel, "application/atom+xml", url)?;
    }
    for hub in feed.hubs() {
        xml.empty("link", &[("rel", Value::word("hub")), ("href", hub.into())])?;
    }
    if let Some(publisher) = feed.publisher() {
        person(xml, publisher.name(), publisher.url())?;
    }
    xml.text("generator", &[("uri", GENERATOR_URI.into())], "jaunumi")?;
    if let Some(icon) = feed.icon() {
        xml.url("icon", &[], icon.as_str())?;
    }
    if let Some(logo) = feed.logo() {
        xml.url("logo", &[], logo.as_str())?;
    }
    if let Some(rights) = feed.rights() {
        xml.text("rights", &[], rights)?;
    }
    // The feed's metadata reaches the writer now, before any entry.
    xml.write_pending()
}

/// One article as an entry, its author the publisher's when it has none of its own.
fn entry<W: io::Write>(
    xml: &mut XmlWriter<W>,
    article: &Article,
    language: &Language,
    publisher: Option<(&Text, Option<&WebUrl>)>,
) -> io::Result<()> {
    if article.language() == language {
        xml.start("entry", &[])?;
    } else {
        xml.start("entry", &[("xml:lang", article.language().as_str().into())])?;
    }
    xml.url("id", &[], article.id().as_str())?;
    xml.text("title", &[], article.title())?;
    xml.rfc3339("updated", article.updated().unwrap_or(article.published()))?;
    xml.rfc3339("published", article.published())?;
    for author in article.authors() {
        person(xml, author.name(), author.url())?;
    }
    if let (true, Some((name, url))) = (article.authors().is_empty(), publisher) {
        person(xml, name, url)?;
    }
    link(xml, "alternate", "text/html", article.url())?;
    for translation in article.translations() {
        xml.empty(
            "link",
            &[
                ("rel", Value::word("alternate")),
                ("type", Value::word("text/html")),
                ("hreflang", translation.language().as_str().into()),
                ("href", translation.url().into()),
            ],
        )?;
    }
    if let Some(image) = article.image() {
        let length = image.length().map(Decimal::new);
        xml.empty(
            "link",
            &[
                ("rel", Value::word("enclosure")),
                ("type", image.media_type().into()),
                ("length", length.as_ref().into()),
                ("href", image.url().into()),
            ],
        )?;
    }
    for image in article.gallery() {
        let length = image.length().map(Decimal::new);
        xml.empty(
            "link",
            &[
                ("rel", Value::word("enclosure")),
                ("type", image.media_type().into()),
                ("length", length.as_ref().into()),
                ("title", image.alt().into()),
                ("href", image.url().into()),
            ],
        )?;
    }
    for document in article.documents() {
        let length = document.length().map(Decimal::new);
        xml.empty(
            "link",
            &[
                ("rel", Value::word("enclosure")),
                ("type", document.media_type().into()),
                ("length", length.as_ref().into()),
                ("title", document.title().into()),
                ("href", document.url().into()),
            ],
        )?;
    }
    for category in article.categories() {
        // A slug (the term when there is one) has nothing to escape.
        let name = category.name();
        let (term, label) = match category.term() {
            Some(term) => (Value::word(term.as_str()), Some(name)),
            None => (name.into(), None),
        };
        xml.empty(
            "category",
            &[
                ("term", term),
                ("label", label.into()),
                ("scheme", category.scheme().into()),
            ],
        )?;
    }
    // An entry with neither a summary nor a body gets its title as its summary: readers
    // then have text to show, and the W3C validator no `MissingTextualContent` to warn of.
    let summary = article
        .summary()
        .or_else(|| article.body().is_none().then(|| article.title()));
    if let Some(summary) = summary {
        xml.text("summary", &[("type", Value::word("text"))], summary)?;
    }
    if let Some(body) = article.body() {
        xml.cdata("content", &[("type", Value::word("html"))], body)?;
    }
    xml.end("entry")
}

/// A link with its relation and media type.
fn link<W: io::Write>(
    xml: &mut XmlWriter<W>,
    rel: &str,
    media_type: &str,
    url: &WebUrl,
) -> io::Result<()> {
    xml.empty(
        "link",
        &[
            ("rel", Value::word(rel)),
            ("type", Value::word(media_type)),
            ("href", url.into()),
        ],
    )
}

/// A person construct (`author`): a name, and a page about them when known.
fn person<W: io::Write>(
    xml: &mut XmlWriter<W>,
    name: &Text,
    url: Option<&WebUrl>,
) -> io::Result<()> {
    xml.start("author", &[])?;
    xml.text("name", &[], name)?;
    if let Some(url) = url {
        xml.url("uri", &[], url.as_str())?;
    }
    xml.end("author")
}
