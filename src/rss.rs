//! RSS 2.0: the feed every reader and aggregator takes, written straight from the model.
//!
//! The document declares the `atom`, `content`, `dc` and `media` namespaces once, on its
//! root, and holds:
//!
//! - on the channel: `title`, `link` (the site's page, never the feed itself),
//!   `description`, `language`, `copyright`, `lastBuildDate` (the feed's `updated`, or the
//!   newest article's time; left out when neither is known as the channel starts),
//!   `generator`, `docs`, `image` (the feed's logo, when its file name does not say it is
//!   other than the GIF, JPEG or PNG RSS takes there), `atom:link rel="self"`, the paging
//!   links of RFC 5005 (`first`, `previous`, `next`, `last`) and the WebSub hubs
//!   (`rel="hub"`) as `atom:link`s;
//! - on each item: `title`, `link`, `description` (the summary, or the text of the body;
//!   plain text, escaped as HTML because readers take it as HTML), `content:encoded` (the
//!   HTML body), one `dc:creator` per author (RSS `author` demands an e-mail address),
//!   `category` (its name, with the scheme as `domain`), `guid` (`isPermaLink="true"` only
//!   when it is the article's URL), `pubDate`, and the image: an `enclosure` where its
//!   media type and size are known (RSS requires both), a Media RSS `media:content` with
//!   its alternative text (and its `media:credit` and `media:copyright`) otherwise. RSS
//!   allows one enclosure an item, so the gallery's pictures are `media:content
//!   medium="image"` and the attached documents `media:content medium="document"` with
//!   their `media:title`. Translations are left to Atom: an `atom:link
//!   rel="alternate"` in an item makes feedparser, and readers built on it, take the
//!   translation for the item's own link.
//!
//! Plain text (titles, the channel's description, copyright, authors, categories,
//! alternative text: everything but an item's description, which readers take as HTML) has
//! its `&`, `<` and `>` as hexadecimal character references (`&#x26;`, `&#x3C;`, `&#x3E;`),
//! as the RSS Advisory Board's profile asks, since readers differ on whether those elements
//! hold HTML.
//!
//! Dates are RFC 822 with English names and a numeric offset (`Wed, 17 Jan 2018 12:00:00
//! +0200`): never a zone name, and in UTC only when the offset is not a whole or half hour.
//! The output is UTF-8 without a byte order mark, begins with `<?xml`, and is the same bytes
//! for the same feed.
//!
//! # Example
//!
//! ```
//! use jaunumi::{Article, Feed};
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
//!     "https://vdc.ventspils.lv/jaunumi/feed/",
//! )
//! .article(article)
//! .build()?;
//! let xml = jaunumi::rss::to_string(&feed)?;
//! assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""));
//! assert!(xml.contains("<pubDate>Wed, 17 Jan 2018 12:00:00 +0200</pubDate>"));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::io;

use crate::export::{ExportError, ExportFormat};
use crate::model::article::Article;
use crate::model::feed::Feed;
use crate::model::image::Image;
use crate::model::web_url::WebUrl;
use crate::xml::decimal::Decimal;
use crate::xml::writer::{Value, XmlWriter};

/// The media type to serve an RSS feed with (`Content-Type`).
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::rss::MEDIA_TYPE, "application/rss+xml; charset=utf-8");
/// ```
pub const MEDIA_TYPE: &str = "application/rss+xml; charset=utf-8";

/// Whether a logo can be the channel's `image`: RSS 2.0 takes a GIF, JPEG or PNG there, so a
/// logo whose file name says it is another format (`logo.svg`, `logo.webp`) is left out (the
/// W3C validator warns of it: `ImageUrlFormat`); one whose name says nothing is kept.
fn is_rss_image(logo: &WebUrl) -> bool {
    let path = logo.as_url().path();
    let name = path.rsplit_once('/').map_or(path, |(_, name)| name);
    match name.rsplit_once('.') {
        Some((_, extension)) if extension.chars().all(|c| c.is_ascii_alphanumeric()) => {
            ["gif", "jpg", "jpeg", "png"]
                .iter()
                .any(|known| extension.eq_ignore_ascii_case(known))
        }
        _ => true,
    }
}

/// The RSS `docs` URL: the specification the feed follows.
const SPECIFICATION: &str = "https://www.rssboard.org/rss-specification";

/// Writes `feed` with its articles as RSS 2.0 into `writer`.
///
/// The writer is taken by value, as in `serde_json`: pass `&mut w` to keep it. Many small
/// writes go to it, so give it a buffer (`io::BufWriter`) when it is a file or a socket.
///
/// # Errors
///
/// [`ExportError::Io`] when the writer fails.
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
///     .build()?;
/// let mut out = Vec::new();
/// jaunumi::rss::to_writer(&mut out, &feed)?;
/// assert!(out.starts_with(b"<?xml"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_writer<W: io::Write>(writer: W, feed: &Feed) -> Result<(), ExportError> {
    let mut rss = Writer::start(writer, feed)?;
    for article in feed.articles() {
        rss.write(article)?;
    }
    rss.finish()?;
    Ok(())
}

/// `feed` with its articles as RSS 2.0 bytes.
///
/// # Errors
///
/// None in practice: writing into memory does not fail. The `Result` keeps the surface of
/// [`to_writer`].
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
///     .build()?;
/// let bytes = jaunumi::rss::to_vec(&feed)?;
/// assert!(bytes.ends_with(b"</rss>\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_vec(feed: &Feed) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::with_capacity(feed.size_hint());
    to_writer(&mut out, feed)?;
    Ok(out)
}

/// `feed` with its articles as an RSS 2.0 document.
///
/// # Errors
///
/// None in practice, as for [`to_vec`].
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
///     .build()?;
/// let xml = jaunumi::rss::to_string(&feed)?;
/// assert!(xml.contains("<link>https://ventspils.lv/</link>"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_string(feed: &Feed) -> Result<String, ExportError> {
    let xml = String::from_utf8(to_vec(feed)?);
    debug_assert!(xml.is_ok(), "the writer writes UTF-8");
    Ok(xml.unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// An RSS 2.0 document written as it goes: the channel first, then one item per article,
/// in constant memory however many articles there are.
///
/// [`Writer::start`] writes the channel from the feed's metadata (its articles, if any, are
/// not written: pass them to [`Writer::write`]); [`Writer::finish`] closes the document.
/// Nothing is written when a writer is dropped: a document left unfinished stays
/// unfinished, so an error is never hidden behind a well-formed end.
///
/// # Example
///
/// ```
/// use jaunumi::{Article, Feed};
///
/// let feed = Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
///     .updated(jaunumi::riga::at(2024, 1, 2, 9, 0)?)
///     .build()?;
/// let mut rss = jaunumi::rss::Writer::start(Vec::new(), &feed)?;
/// for n in 1..=3 {
///     let published = jaunumi::riga::at(2024, 1, n, 9, 0)?;
///     let article = Article::builder(format!("Jaunums {n}"), format!("https://ventspils.lv/j/{n}"), published)
///         .build()?;
///     rss.write(&article)?;
/// }
/// let xml = String::from_utf8(rss.finish()?)?;
/// assert_eq!(xml.matches("<item>").count(), 3);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Writer<W: io::Write> {
    xml: XmlWriter<W>,
}

impl<W: io::Write> fmt::Debug for Writer<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer").finish_non_exhaustive()
    }
}

impl<W: io::Write> Writer<W> {
    /// Writes the XML declaration, the root and the channel's metadata.
    ///
    /// `lastBuildDate` is the feed's `updated`, or else the newest time among the feed's
    /// own articles; a feed with neither has none (RSS does not require it, and it must
    /// come before the first item).
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .build()?;
    /// let rss = jaunumi::rss::Writer::start(Vec::new(), &feed)?;
    /// let xml = String::from_utf8(rss.finish()?)?;
    /// assert!(xml.contains("<atom:link href=\"https://ventspils.lv/rss\" rel=\"self\" type=\"application/rss+xml\"/>"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(writer: W, feed: &Feed) -> Result<Self, ExportError> {
        let mut xml = XmlWriter::new(writer);
        channel(&mut xml, feed).map_err(ExportError::io(ExportFormat::Feed))?;
        Ok(Self { xml })
    }

    /// Writes one article as an item.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .build()?;
    /// let article = jaunumi::Article::builder("Ēnu diena", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 2, 14, 9, 0)?)
    ///     .author(jaunumi::Person::builder("Ilze Kalniņa").build()?)
    ///     .build()?;
    /// let mut rss = jaunumi::rss::Writer::start(Vec::new(), &feed)?;
    /// rss.write(&article)?;
    /// let xml = String::from_utf8(rss.finish()?)?;
    /// assert!(xml.contains("<dc:creator>Ilze Kalniņa</dc:creator>"));
    /// assert!(xml.contains("<guid isPermaLink=\"true\">https://ventspils.lv/j/1</guid>"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write(&mut self, article: &Article) -> Result<(), ExportError> {
        item(&mut self.xml, article).map_err(ExportError::io(ExportFormat::Feed))
    }

    /// Closes the channel and the document, flushes the writer and hands it back.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .build()?;
    /// let out = jaunumi::rss::Writer::start(Vec::new(), &feed)?.finish()?;
    /// assert!(out.ends_with(b"  </channel>\n</rss>\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn finish(mut self) -> Result<W, ExportError> {
        let finished = (self.xml.end("channel"))
            .and_then(|()| self.xml.end("rss"))
            .and_then(|()| self.xml.finish());
        finished.map_err(ExportError::io(ExportFormat::Feed))
    }
}

/// The XML declaration, the root and the channel's metadata.
fn channel<W: io::Write>(xml: &mut XmlWriter<W>, feed: &Feed) -> io::Result<()> {
    xml.declaration()?;
    xml.start(
        "rss",
        &[
            ("version", Value::word("2.0")),
            ("xmlns:atom", "http://www.w3.org/2005/Atom".into()),
            (
                "xmlns:content",
                "http://purl.org/rss/1.0/modules/content/".into(),
            ),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/".into()),
            ("xmlns:media", "http://search.yahoo.com/mrss/".into()),
        ],
    )?;
    xml.start("channel", &[])?;
    xml.plain_text("title", &[], feed.title())?;
    xml.url("link", &[], feed.home_url().as_str())?;
    xml.plain_text("description", &[], feed.description())?;
    xml.verbatim("language", feed.language().as_str())?;
    if let Some(rights) = feed.rights() {
        xml.plain_text("copyright", &[], rights)?;
    }
    if let Some(updated) = feed.updated().or_else(|| feed.newest()) {
        xml.rfc822("lastBuildDate", updated)?;
    }
    xml.verbatim("generator", "jaunumi")?;
    xml.verbatim("docs", SPECIFICATION)?;
    if let Some(logo) = feed.logo().filter(|logo| is_rss_image(logo)) {
        xml.start("image", &[])?;
        xml.url("url", &[], logo.as_str())?;
        xml.plain_text("title", &[], feed.title())?;
        xml.url("link", &[], feed.home_url().as_str())?;
        xml.end("image")?;
    }
    xml.empty(
        "atom:link",
        &[
            ("href", feed.feed_url().into()),
            ("rel", Value::word("self")),
            ("type", Value::word("application/rss+xml")),
        ],
    )?;
    for (rel, url) in feed.paging().links() {
        xml.empty(
            "atom:link",
            &[
                ("href", url.into()),
                ("rel", Value::word(rel)),
                ("type", Value::word("application/rss+xml")),
            ],
        )?;
    }
    for hub in feed.hubs() {
        xml.empty(
            "atom:link",
            &[("href", hub.into()), ("rel", Value::word("hub"))],
        )?;
    }
    // The channel's metadata reaches the writer now, before any item.
    xml.write_pending()
}

/// One article as an item.
fn item<W: io::Write>(xml: &mut XmlWriter<W>, article: &Article) -> io::Result<()> {
    xml.start("item", &[])?;
    xml.plain_text("title", &[], article.title())?;
    xml.url("link", &[], article.url().as_str())?;
    match (article.summary(), article.body()) {
        (Some(summary), _) => xml.html_text("description", summary)?,
        (None, Some(body)) => xml.html_text("description", body.to_text().as_str())?,
        (None, None) => {}
    }
    if let Some(body) = article.body() {
        xml.cdata("content:encoded", &[], body)?;
    }
    for author in article.authors() {
        xml.plain_text("dc:creator", &[], author.name())?;
    }
    for category in article.categories() {
        match category.scheme() {
            Some(scheme) => {
                xml.plain_text("category", &[("domain", scheme.into())], category.name())?
            }
            None => xml.plain_text("category", &[], category.name())?,
        }
    }
    if article.id_is_url() {
        xml.url(
            "guid",
            &[("isPermaLink", Value::word("true"))],
            article.url().as_str(),
        )?;
    } else {
        xml.url(
            "guid",
            &[("isPermaLink", Value::word("false"))],
            article.id().as_str(),
        )?;
    }
    xml.rfc822("pubDate", article.published())?;
    if let Some(image) = article.image() {
        image_element(xml, image)?;
    }
    for image in article.gallery() {
        media_content(xml, image)?;
    }
    for document in article.documents() {
        let length = document.length().map(Decimal::new);
        xml.start(
            "media:content",
            &[
                ("url", document.url().into()),
                ("medium", Value::word("document")),
                ("type", document.media_type().into()),
                ("fileSize", length.as_ref().into()),
            ],
        )?;
        xml.plain_text(
            "media:title",
            &[("type", Value::word("plain"))],
            document.title(),
        )?;
        xml.end("media:content")?;
    }
    xml.end("item")
}

/// The image as an `enclosure` when RSS's required `length` and `type` are known, and as
/// Media RSS otherwise.
fn image_element<W: io::Write>(xml: &mut XmlWriter<W>, image: &Image) -> io::Result<()> {
    let url = image.url();
    if let (Some(length), Some(media_type)) = (image.length(), image.media_type()) {
        let length = Decimal::new(length);
        return xml.empty(
            "enclosure",
            &[
                ("url", url.into()),
                ("length", (&length).into()),
                ("type", media_type.into()),
            ],
        );
    }
    media_content(xml, image)
}

/// The image as Media RSS: `media:content` with its alternative text, and its credit and
/// copyright notice when it has them.
fn media_content<W: io::Write>(xml: &mut XmlWriter<W>, image: &Image) -> io::Result<()> {
    let url = image.url();
    let length = image.length().map(Decimal::new);
    let width = image.width().map(|w| Decimal::new(w.into()));
    let height = image.height().map(|h| Decimal::new(h.into()));
    xml.start(
        "media:content",
        &[
            ("url", url.into()),
            ("medium", Value::word("image")),
            ("type", image.media_type().into()),
            ("fileSize", length.as_ref().into()),
            ("width", width.as_ref().into()),
            ("height", height.as_ref().into()),
        ],
    )?;
    xml.plain_text(
        "media:description",
        &[("type", Value::word("plain"))],
        image.alt(),
    )?;
    // The photographer's (or studio's) name, else the credit as the site shows it.
    let credit = image.creator().map(|c| c.name()).or(image.credit());
    if let Some(credit) = credit {
        xml.plain_text("media:credit", &[], credit)?;
    }
    if let Some(notice) = image.copyright_notice() {
        xml.plain_text("media:copyright", &[], notice)?;
    }
    xml.end("media:content")
}
