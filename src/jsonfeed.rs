//! JSON Feed 1.1 (jsonfeed.org/version/1.1): the feed for readers that take JSON, written
//! straight from the model.
//!
//! The document holds:
//!
//! - on the feed: `version`, `title`, `home_page_url`, `feed_url`, `description`, `icon`
//!   (the feed's logo) and `favicon` (its icon), `language`, `authors` (the publisher) and,
//!   for JSON Feed 1.0 readers (feedparser among them), `author`, `hubs` (the WebSub hubs,
//!   `{"type": "WebSub", "url": …}`), `next_url` (the next page of a paged feed);
//! - on each item: `id` (the article's identifier, a string), `url`, `title`,
//!   `content_html` (the body; without one, `content_text` is the summary or else the
//!   title, since an item must have one of the two), `summary`, `image` (the main image's
//!   address), `date_published` and `date_modified` (RFC 3339 with the instant's own
//!   offset: the real Riga offset for Riga times), `authors` and `author`, `tags` (the
//!   categories' names), `language`, and `attachments`: the attached documents and the
//!   gallery's pictures whose media type is known (`url`, `mime_type`, `title`,
//!   `size_in_bytes`).
//!
//! What JSON Feed has no place for is in the item's `_jaunumi` extension, and only when
//! there is something: the main image's alternative text (`image_alt`, which the model
//! requires for accessibility) and credit (`image_credit`).
//!
//! The output is compact UTF-8 JSON ending with a line feed, the same bytes for the same
//! feed.
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
//!     "https://vdc.ventspils.lv/jaunumi/feed.json",
//! )
//! .article(article)
//! .build()?;
//! let json: serde_json::Value = serde_json::from_slice(&jaunumi::jsonfeed::to_vec(&feed)?)?;
//! assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
//! assert_eq!(json["items"][0]["date_published"], "2018-01-17T12:00:00+02:00");
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::io;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::export::{ExportError, ExportFormat};
use crate::json::format::{Format, Out};
use crate::model::article::Article;
use crate::model::feed::Feed;
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::rfc3339;

/// The media type to serve a JSON Feed with (`Content-Type`).
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::jsonfeed::MEDIA_TYPE, "application/feed+json");
/// ```
pub const MEDIA_TYPE: &str = "application/feed+json";

/// The version the document declares.
const VERSION: &str = "https://jsonfeed.org/version/1.1";

/// What the `_jaunumi` extension is, as JSON Feed asks of an extension.
const ABOUT: &str = "https://docs.rs/jaunumi/latest/jaunumi/jsonfeed/";

/// Writes `feed` with its articles as JSON Feed 1.1 into `writer` (pass `&mut w` to keep
/// it). Many small writes go to it, so give it a buffer when it is a file or a socket.
///
/// # Errors
///
/// [`ExportError::Io`] when the writer fails.
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/feed.json")
///     .build()?;
/// let mut out = Vec::new();
/// jaunumi::jsonfeed::to_writer(&mut out, &feed)?;
/// assert!(out.starts_with(br#"{"version":"https://jsonfeed.org/version/1.1","#));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_writer<W: io::Write>(writer: W, feed: &Feed) -> Result<(), ExportError> {
    let mut json = Writer::start(writer, feed)?;
    for article in feed.articles() {
        json.write(article)?;
    }
    json.finish()?;
    Ok(())
}

/// `feed` with its articles as JSON Feed 1.1 bytes.
///
/// # Errors
///
/// None in practice: writing into memory does not fail. The `Result` keeps the surface of
/// [`to_writer`].
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/feed.json")
///     .build()?;
/// assert!(jaunumi::jsonfeed::to_vec(&feed)?.ends_with(b"\"items\":[]}\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_vec(feed: &Feed) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::with_capacity(feed.size_hint());
    to_writer(&mut out, feed)?;
    Ok(out)
}

/// `feed` with its articles as a JSON Feed 1.1 document.
///
/// # Errors
///
/// None in practice, as for [`to_vec`].
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/feed.json")
///     .build()?;
/// assert!(jaunumi::jsonfeed::to_string(&feed)?.contains(r#""home_page_url":"https://ventspils.lv/""#));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_string(feed: &Feed) -> Result<String, ExportError> {
    String::from_utf8(to_vec(feed)?).map_err(|e| ExportError::Io {
        format: ExportFormat::JsonFeed,
        source: io::Error::new(io::ErrorKind::InvalidData, e),
    })
}

/// A JSON Feed written as it goes: the feed's metadata first, then one item per article,
/// in constant memory however many articles there are.
///
/// [`Writer::start`] writes the feed's metadata (its articles, if any, are not written:
/// pass them to [`Writer::write`]); [`Writer::finish`] closes the document. Nothing is
/// written when a writer is dropped: a document left unfinished stays unfinished.
///
/// # Example
///
/// ```
/// use jaunumi::{Article, Feed};
///
/// let feed = Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/feed.json")
///     .build()?;
/// let mut json = jaunumi::jsonfeed::Writer::start(Vec::new(), &feed)?;
/// for n in 1..=3 {
///     let published = jaunumi::riga::at(2024, 1, n, 9, 0)?;
///     let article = Article::builder(format!("Jaunums {n}"), format!("https://ventspils.lv/j/{n}"), published)
///         .build()?;
///     json.write(&article)?;
/// }
/// let value: serde_json::Value = serde_json::from_slice(&json.finish()?)?;
/// assert_eq!(value["items"].as_array().map(Vec::len), Some(3));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Writer<W: io::Write> {
    out: Out<W>,
    first: bool,
}

impl<W: io::Write> fmt::Debug for Writer<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer").finish_non_exhaustive()
    }
}

impl<W: io::Write> Writer<W> {
    /// Writes the feed's metadata and opens its `items`.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/feed.json")
    ///     .hub("https://websub.ventspils.lv/")
    ///     .build()?;
    /// let json = jaunumi::jsonfeed::Writer::start(Vec::new(), &feed)?;
    /// let text = String::from_utf8(json.finish()?)?;
    /// assert!(text.contains(r#""hubs":[{"type":"WebSub","url":"https://websub.ventspils.lv/"}]"#));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(writer: W, feed: &Feed) -> Result<Self, ExportError> {
        let mut out = Out::new(writer, Format::new(false, false), ExportFormat::JsonFeed);
        let mut head = out.object()?;
        head.entry("version", VERSION)?;
        head.entry("title", feed.title().as_str())?;
        head.entry("home_page_url", feed.home_url().as_str())?;
        head.entry("feed_url", feed.feed_url().as_str())?;
        head.entry("description", feed.description().as_str())?;
        head.optional("icon", feed.logo().map(WebUrl::as_str))?;
        head.optional("favicon", feed.icon().map(WebUrl::as_str))?;
        head.entry("language", feed.language().as_str())?;
        if let Some(publisher) = feed.publisher() {
            let author = Author {
                name: publisher.name(),
                url: publisher.url(),
            };
            head.entry("authors", &[author])?;
            head.entry("author", &author)?;
        }
        if !feed.hubs().is_empty() {
            head.entry("hubs", &Hubs(feed.hubs()))?;
        }
        head.optional("next_url", feed.paging().next().map(WebUrl::as_str))?;
        head.open("items", b"[")?;
        Ok(Self { out, first: true })
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
    /// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/feed.json")
    ///     .build()?;
    /// let article = jaunumi::Article::builder("Ēnu diena", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 14, 9, 0)?)
    ///     .build()?;
    /// let mut json = jaunumi::jsonfeed::Writer::start(Vec::new(), &feed)?;
    /// json.write(&article)?;
    /// let text = String::from_utf8(json.finish()?)?;
    /// assert!(text.contains(r#""date_published":"2024-07-14T09:00:00+03:00""#));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write(&mut self, article: &Article) -> Result<(), ExportError> {
        self.out.item(self.first)?;
        self.first = false;
        item(&mut self.out, article)
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
    /// let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/feed.json")
    ///     .build()?;
    /// let out = jaunumi::jsonfeed::Writer::start(Vec::new(), &feed)?.finish()?;
    /// assert!(out.ends_with(b"]}\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn finish(mut self) -> Result<W, ExportError> {
        self.out.close(b"]")?;
        self.out.close(b"}")?;
        let mut writer = self.out.into_inner();
        (writer.write_all(b"\n"))
            .and_then(|()| writer.flush())
            .map_err(ExportError::io(ExportFormat::JsonFeed))?;
        Ok(writer)
    }
}

/// One article as an item.
fn item<W: io::Write>(out: &mut Out<W>, article: &Article) -> Result<(), ExportError> {
    let mut item = out.object()?;
    item.entry("id", article.id().as_str())?;
    item.entry("url", article.url().as_str())?;
    item.entry("title", article.title().as_str())?;
    match article.body() {
        Some(body) => item.entry("content_html", body.as_str())?,
        None => {
            let text = article.summary().unwrap_or(article.title());
            item.entry("content_text", text.as_str())?;
        }
    }
    item.optional("summary", article.summary().map(Text::as_str))?;
    item.optional("image", article.image().map(|i| i.url().as_str()))?;
    item.entry("date_published", &Instant(article.published()))?;
    item.optional("date_modified", article.updated().map(Instant).as_ref())?;
    if let Some(first) = article.authors().first() {
        let authors: Vec<Author<'_>> = (article.authors().iter())
            .map(|a| Author {
                name: a.name(),
                url: a.url(),
            })
            .collect();
        item.entry("authors", &authors)?;
        let first = Author {
            name: first.name(),
            url: first.url(),
        };
        item.entry("author", &first)?;
    }
    if !article.categories().is_empty() {
        item.entry("tags", &Tags(article))?;
    }
    item.entry("language", article.language().as_str())?;
    let attachments = Attachments(article);
    if attachments.count() > 0 {
        item.entry("attachments", &attachments)?;
    }
    if let Some(image) = article.image() {
        let credit = image.creator().map(|c| c.name()).or(image.credit());
        item.entry(
            "_jaunumi",
            &Extension {
                image_alt: image.alt(),
                image_credit: credit,
            },
        )?;
    }
    item.end()
}

/// An instant as RFC 3339 with its own offset.
struct Instant<'a>(&'a chrono::DateTime<chrono::FixedOffset>);

impl Serialize for Instant<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&rfc3339::format(self.0))
    }
}

/// An author object: `name`, and `url` when known.
#[derive(Clone, Copy)]
struct Author<'a> {
    name: &'a Text,
    url: Option<&'a WebUrl>,
}

impl Serialize for Author<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", self.name.as_str())?;
        if let Some(url) = self.url {
            map.serialize_entry("url", url.as_str())?;
        }
        map.end()
    }
}

/// The WebSub hubs.
struct Hubs<'a>(&'a [WebUrl]);

impl Serialize for Hubs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for hub in self.0 {
            let mut map = std::collections::BTreeMap::new();
            map.insert("type", "WebSub");
            map.insert("url", hub.as_str());
            seq.serialize_element(&map)?;
        }
        seq.end()
    }
}

/// The names of an article's categories.
struct Tags<'a>(&'a Article);

impl Serialize for Tags<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.categories().iter().map(|c| c.name().as_str()))
    }
}

/// An article's attachments: its documents, then the gallery's pictures whose media type is
/// known (JSON Feed requires one).
struct Attachments<'a>(&'a Article);

impl Attachments<'_> {
    fn count(&self) -> usize {
        let images = self.0.gallery().iter().filter(|i| i.media_type().is_some());
        self.0.documents().len() + images.count()
    }
}

impl Serialize for Attachments<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.count()))?;
        for document in self.0.documents() {
            seq.serialize_element(&Attachment {
                url: document.url(),
                mime_type: document.media_type(),
                title: document.title(),
                size: document.length(),
            })?;
        }
        for image in self.0.gallery() {
            if let Some(mime_type) = image.media_type() {
                seq.serialize_element(&Attachment {
                    url: image.url(),
                    mime_type,
                    title: image.alt(),
                    size: image.length(),
                })?;
            }
        }
        seq.end()
    }
}

/// One attachment.
struct Attachment<'a> {
    url: &'a WebUrl,
    mime_type: &'a str,
    title: &'a Text,
    size: Option<u64>,
}

impl Serialize for Attachment<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("url", self.url.as_str())?;
        map.serialize_entry("mime_type", self.mime_type)?;
        map.serialize_entry("title", self.title.as_str())?;
        if let Some(size) = self.size {
            map.serialize_entry("size_in_bytes", &size)?;
        }
        map.end()
    }
}

/// The `_jaunumi` extension: what JSON Feed has no place for.
struct Extension<'a> {
    image_alt: &'a Text,
    image_credit: Option<&'a Text>,
}

impl Serialize for Extension<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("about", ABOUT)?;
        map.serialize_entry("image_alt", self.image_alt.as_str())?;
        if let Some(credit) = self.image_credit {
            map.serialize_entry("image_credit", credit.as_str())?;
        }
        map.end()
    }
}
