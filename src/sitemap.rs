//! XML sitemaps (sitemaps.org protocol 0.9) of a site's articles, Google News sitemaps, and
//! the sitemap index that ties several files together.
//!
//! # A sitemap
//!
//! A `urlset` with one `url` per article: `loc` (its URL), `lastmod` (its last change, or
//! its publication, as a W3C Datetime with the instant's own offset: the real Riga offset
//! for Riga times, `2018-01-17T12:00:00+02:00`), an `xhtml:link rel="alternate"` per
//! language version (the article's own first, then its translations, as Google asks: every
//! version lists them all), and an `image:image` with its `image:loc` for the main image
//! and each picture of the gallery.
//!
//! # A Google News sitemap
//!
//! The same, for the articles published in the two days (48 hours) before a given instant
//! only, each with `news:news`: `news:publication` (`news:name`, the article's publisher's
//! name, and `news:language`, the primary language subtag of the article's language),
//! `news:publication_date` and `news:title`. The window is measured between instants, so a
//! change of Riga's offset inside it neither widens nor narrows it; an article published
//! after the instant is not in it either. The instant is always given: nothing reads the
//! clock.
//!
//! # Limits, and the index
//!
//! One file holds at most 50,000 URLs ([`MAX_URLS`]) and 52,428,800 bytes
//! ([`MAX_BYTES`]) uncompressed; a news sitemap at most 1,000 URLs ([`MAX_NEWS`]). A
//! [`Writer`] writes one file and refuses the URL that would go past a limit
//! ([`ExportError::Full`]); a [`Set`] opens as many files as the articles need, through a
//! function it is given, and gives back their [`Part`]s for the `sitemapindex`
//! ([`index_to_writer`]).
//!
//! A file without articles (no article at all, or none in a news sitemap's window) still
//! holds one `url`, the site's home page: the schema requires one, and Search Console refuses
//! an empty `urlset`.
//!
//! Every file is streamed in constant memory, UTF-8 without a byte order mark, and the same
//! bytes for the same articles.
//!
//! # Example
//!
//! ```
//! use jaunumi::Article;
//!
//! let article = Article::builder(
//!     "Jūrmalas IT speciālisti viesojas Ventspilī",
//!     "https://vdc.ventspils.lv/jaunumi/1/",
//!     jaunumi::riga::at(2018, 1, 17, 12, 0)?,
//! )
//! .build()?;
//! let home: jaunumi::WebUrl = "https://vdc.ventspils.lv/".parse()?;
//! let xml = jaunumi::sitemap::to_string(&home, &[article])?;
//! assert!(xml.contains("<loc>https://vdc.ventspils.lv/jaunumi/1/</loc>"));
//! assert!(xml.contains("<lastmod>2018-01-17T12:00:00+02:00</lastmod>"));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::io;

use chrono::{DateTime, FixedOffset, TimeDelta};

use crate::export::{ExportError, ExportFormat};
use crate::model::article::Article;
use crate::model::web_url::WebUrl;
use crate::xml::writer::{Value, XmlWriter};

/// The media type to serve a sitemap or a sitemap index with (`Content-Type`).
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::sitemap::MEDIA_TYPE, "application/xml; charset=utf-8");
/// ```
pub const MEDIA_TYPE: &str = "application/xml; charset=utf-8";

/// The most URLs one sitemap holds (and the most sitemaps one index lists).
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::sitemap::MAX_URLS, 50_000);
/// ```
pub const MAX_URLS: usize = 50_000;

/// The most bytes one sitemap takes, uncompressed: 50 MiB.
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::sitemap::MAX_BYTES, 50 * 1024 * 1024);
/// ```
pub const MAX_BYTES: u64 = 52_428_800;

/// The most URLs one Google News sitemap holds.
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::sitemap::MAX_NEWS, 1_000);
/// ```
pub const MAX_NEWS: usize = 1_000;

const SITEMAPS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML: &str = "http://www.w3.org/1999/xhtml";
const IMAGE: &str = "http://www.google.com/schemas/sitemap-image/1.1";
const NEWS: &str = "http://www.google.com/schemas/sitemap-news/0.9";

/// What closes a `urlset`: counted before a URL is let in, so that the file stays within
/// [`MAX_BYTES`] once closed.
const URLSET_END: u64 = "\n</urlset>\n".len() as u64;

/// The two days before the instant a news sitemap is written for.
fn news_window() -> TimeDelta {
    TimeDelta::hours(48)
}

/// Writes the sitemap of `articles` into `writer` (pass `&mut w` to keep it): one
/// `urlset`, `home` (the site's home page) standing in for the articles when there are
/// none.
///
/// # Errors
///
/// [`ExportError::Full`] when the articles do not fit in one file (write them with a
/// [`Set`]); [`ExportError::Io`] when the writer fails.
///
/// # Example
///
/// ```
/// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
/// let mut out = Vec::new();
/// jaunumi::sitemap::to_writer(&mut out, &home, &[])?;
/// assert!(String::from_utf8(out)?.contains("<url>\n    <loc>https://ventspils.lv/</loc>\n  </url>"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_writer<W: io::Write>(
    writer: W,
    home: &WebUrl,
    articles: &[Article],
) -> Result<(), ExportError> {
    let mut sitemap = Writer::start(writer, home)?;
    for article in articles {
        sitemap.write(article)?;
    }
    sitemap.finish()?;
    Ok(())
}

/// The sitemap of `articles` as bytes.
///
/// # Errors
///
/// [`ExportError::Full`] when the articles do not fit in one file.
///
/// # Example
///
/// ```
/// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
/// assert!(jaunumi::sitemap::to_vec(&home, &[])?.ends_with(b"</urlset>\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_vec(home: &WebUrl, articles: &[Article]) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::with_capacity(512 + articles.len() * 256);
    to_writer(&mut out, home, articles)?;
    Ok(out)
}

/// The sitemap of `articles` as a string.
///
/// # Errors
///
/// [`ExportError::Full`] when the articles do not fit in one file.
///
/// # Example
///
/// ```
/// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
/// let xml = jaunumi::sitemap::to_string(&home, &[])?;
/// assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_string(home: &WebUrl, articles: &[Article]) -> Result<String, ExportError> {
    into_string(to_vec(home, articles)?)
}

/// Writes the Google News sitemap of the `articles` published in the two days before `now`
/// into `writer` (pass `&mut w` to keep it); the others are left out.
///
/// # Errors
///
/// [`ExportError::Full`] when more than [`MAX_NEWS`] articles are in the window (write them
/// with a [`Set`]); [`ExportError::Missing`] for an article in the window without a
/// publisher, whose name Google News needs; [`ExportError::Io`] when the writer fails.
///
/// # Example
///
/// ```
/// use jaunumi::{Article, Organization};
///
/// let centre = Organization::builder("Ventspils Digitālais centrs").build()?;
/// let article = Article::builder("Jaunumi", "https://vdc.ventspils.lv/j/1", jaunumi::riga::at(2024, 3, 30, 12, 0)?)
///     .publisher(centre)
///     .build()?;
/// let home: jaunumi::WebUrl = "https://vdc.ventspils.lv/".parse()?;
/// let now = jaunumi::riga::at(2024, 3, 31, 12, 0)?;
/// let mut out = Vec::new();
/// jaunumi::sitemap::news_to_writer(&mut out, &home, now, &[article])?;
/// let xml = String::from_utf8(out)?;
/// assert!(xml.contains("<news:name>Ventspils Digitālais centrs</news:name>"));
/// assert!(xml.contains("<news:publication_date>2024-03-30T12:00:00+02:00</news:publication_date>"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn news_to_writer<W: io::Write>(
    writer: W,
    home: &WebUrl,
    now: DateTime<FixedOffset>,
    articles: &[Article],
) -> Result<(), ExportError> {
    let mut sitemap = Writer::news(writer, home, now)?;
    for article in articles {
        sitemap.write(article)?;
    }
    sitemap.finish()?;
    Ok(())
}

/// The bytes the writer wrote, which are UTF-8: model text and ASCII.
fn into_string(bytes: Vec<u8>) -> Result<String, ExportError> {
    String::from_utf8(bytes).map_err(|e| ExportError::Io {
        format: ExportFormat::Sitemap,
        source: io::Error::new(io::ErrorKind::InvalidData, e),
    })
}

/// What a file holds: every article, or Google News' window before an instant.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Urls,
    News { now: DateTime<FixedOffset> },
}

impl Kind {
    fn most(self) -> usize {
        match self {
            Kind::Urls => MAX_URLS,
            Kind::News { .. } => MAX_NEWS,
        }
    }
}

/// One sitemap file written as it goes, in constant memory: [`Writer::start`] (or
/// [`Writer::news`]) opens the `urlset`, [`Writer::write`] adds an article,
/// [`Writer::finish`] closes it. Nothing is written when a writer is dropped.
///
/// Each article's `url` is put together before it is written: one that would take the file
/// past [`MAX_URLS`] (or [`MAX_NEWS`]) or [`MAX_BYTES`] is refused with
/// [`ExportError::Full`] and nothing of it is written, so the caller can finish this file
/// and start another ([`Set`] does so).
///
/// # Example
///
/// ```
/// use jaunumi::Article;
///
/// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
/// let mut sitemap = jaunumi::sitemap::Writer::start(Vec::new(), &home)?;
/// for n in 1..=3 {
///     let article = Article::builder(format!("Jaunums {n}"), format!("https://ventspils.lv/j/{n}"), jaunumi::riga::at(2024, 1, n, 9, 0)?)
///         .build()?;
///     sitemap.write(&article)?;
/// }
/// assert_eq!(sitemap.len(), 3);
/// let xml = String::from_utf8(sitemap.finish()?)?;
/// assert_eq!(xml.matches("<url>").count(), 3);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Writer<W: io::Write> {
    out: W,
    /// Where each `url` is put together before it is let in.
    xml: XmlWriter<Vec<u8>>,
    kind: Kind,
    home: WebUrl,
    urls: usize,
    bytes: u64,
    lastmod: Option<DateTime<FixedOffset>>,
}

impl<W: io::Write> fmt::Debug for Writer<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer")
            .field("kind", &self.kind)
            .field("urls", &self.urls)
            .field("bytes", &self.bytes)
            .finish_non_exhaustive()
    }
}

impl<W: io::Write> Writer<W> {
    /// Opens a sitemap of every article given; `home`, the site's home page, is its one URL
    /// if none is.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let sitemap = jaunumi::sitemap::Writer::start(Vec::new(), &home)?;
    /// assert!(sitemap.is_empty());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(writer: W, home: &WebUrl) -> Result<Self, ExportError> {
        Self::open(writer, home, Kind::Urls)
    }

    /// Opens a Google News sitemap of the articles published in the two days before `now`;
    /// `home` is its one URL (without `news:news`) if none is.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let now = jaunumi::riga::at(2024, 3, 31, 12, 0)?;
    /// let xml = String::from_utf8(jaunumi::sitemap::Writer::news(Vec::new(), &home, now)?.finish()?)?;
    /// assert!(xml.contains("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\""));
    /// assert!(xml.contains("<loc>https://ventspils.lv/</loc>"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn news(writer: W, home: &WebUrl, now: DateTime<FixedOffset>) -> Result<Self, ExportError> {
        Self::open(writer, home, Kind::News { now })
    }

    fn open(mut out: W, home: &WebUrl, kind: Kind) -> Result<Self, ExportError> {
        let mut xml = XmlWriter::new(Vec::with_capacity(4096));
        let head = (xml.declaration())
            .and_then(|()| urlset(&mut xml, kind))
            .and_then(|()| xml.write_pending());
        head.map_err(ExportError::io(ExportFormat::Sitemap))?;
        let bytes = xml.inner_mut();
        out.write_all(bytes)
            .map_err(ExportError::io(ExportFormat::Sitemap))?;
        let written = bytes.len() as u64;
        bytes.clear();
        Ok(Self {
            out,
            xml,
            kind,
            home: home.clone(),
            urls: 0,
            bytes: written,
            lastmod: None,
        })
    }

    /// Adds an article's `url`; in a news sitemap, an article outside the window is left
    /// out (and is no error).
    ///
    /// # Errors
    ///
    /// [`ExportError::Full`] when the article would take the file past its limits (nothing
    /// of it is written); [`ExportError::Missing`] for an article of a news sitemap without
    /// a publisher (nothing of it is written); [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let old = jaunumi::Article::builder("Vecs", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// let mut news = jaunumi::sitemap::Writer::news(Vec::new(), &home, jaunumi::riga::at(2024, 3, 1, 9, 0)?)?;
    /// news.write(&old)?;
    /// assert!(news.is_empty());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write(&mut self, article: &Article) -> Result<(), ExportError> {
        let publication = match self.kind {
            Kind::Urls => None,
            Kind::News { now } => {
                let published = article.published();
                if *published > now || now.signed_duration_since(*published) > news_window() {
                    return Ok(());
                }
                let publisher = article.publisher().ok_or_else(|| ExportError::Missing {
                    field: "publisher".to_owned(),
                    expected: "the publisher whose name Google News knows the publication by",
                })?;
                Some(publisher.name().as_str())
            }
        };
        url(&mut self.xml, article, publication).map_err(ExportError::io(ExportFormat::Sitemap))?;
        let staged = self.xml.inner_mut();
        let size = staged.len() as u64;
        let full = self.urls >= self.kind.most() || self.bytes + size + URLSET_END > MAX_BYTES;
        // A URL that does not fit even an empty file is written all the same: no split
        // would help it.
        if full && self.urls > 0 {
            staged.clear();
            return Err(ExportError::Full {
                limit: match self.kind {
                    Kind::Urls if self.urls >= MAX_URLS => "50,000 URLs",
                    Kind::News { .. } if self.urls >= MAX_NEWS => "1,000 news URLs",
                    _ => "52,428,800 bytes",
                },
            });
        }
        self.out
            .write_all(staged)
            .map_err(ExportError::io(ExportFormat::Sitemap))?;
        staged.clear();
        self.urls += 1;
        self.bytes += size;
        let lastmod = *article.updated().unwrap_or(article.published());
        self.lastmod = self.lastmod.max(Some(lastmod));
        Ok(())
    }

    /// How many URLs the file holds.
    ///
    /// # Example
    ///
    /// ```
    /// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// assert_eq!(jaunumi::sitemap::Writer::start(Vec::new(), &home)?.len(), 0);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn len(&self) -> usize {
        self.urls
    }

    /// Whether the file holds no article yet.
    ///
    /// # Example
    ///
    /// ```
    /// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// assert!(jaunumi::sitemap::Writer::start(Vec::new(), &home)?.is_empty());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.urls == 0
    }

    /// The newest `lastmod` of the file's URLs: the sitemap's own `lastmod` in an index.
    ///
    /// # Example
    ///
    /// ```
    /// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// assert_eq!(jaunumi::sitemap::Writer::start(Vec::new(), &home)?.lastmod(), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lastmod(&self) -> Option<&DateTime<FixedOffset>> {
        self.lastmod.as_ref()
    }

    /// Closes the `urlset` (with the home page as its one URL when it holds no article),
    /// flushes the writer and hands it back.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let home: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let out = jaunumi::sitemap::Writer::start(Vec::new(), &home)?.finish()?;
    /// assert!(out.ends_with(b"</url>\n</urlset>\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn finish(mut self) -> Result<W, ExportError> {
        let mut xml = self.xml;
        let end = (if self.urls == 0 {
            home_url(&mut xml, &self.home)
        } else {
            Ok(())
        })
        .and_then(|()| xml.end("urlset"))
        .and_then(|()| xml.finish());
        let tail = end.map_err(ExportError::io(ExportFormat::Sitemap))?;
        let written = self.out.write_all(&tail).and_then(|()| self.out.flush());
        written.map_err(ExportError::io(ExportFormat::Sitemap))?;
        Ok(self.out)
    }
}

/// The `urlset` start tag, with the namespaces its URLs use.
fn urlset(xml: &mut XmlWriter<Vec<u8>>, kind: Kind) -> io::Result<()> {
    let news = match kind {
        Kind::Urls => Value::Absent,
        Kind::News { .. } => NEWS.into(),
    };
    xml.start(
        "urlset",
        &[
            ("xmlns", SITEMAPS.into()),
            ("xmlns:xhtml", XHTML.into()),
            ("xmlns:image", IMAGE.into()),
            ("xmlns:news", news),
        ],
    )
}

/// The home page as a `url` of its own.
fn home_url(xml: &mut XmlWriter<Vec<u8>>, home: &WebUrl) -> io::Result<()> {
    xml.start("url", &[])?;
    xml.url("loc", &[], home.as_str())?;
    xml.end("url")
}

/// An article's `url`, with `news:news` when it has a publication.
fn url(
    xml: &mut XmlWriter<Vec<u8>>,
    article: &Article,
    publication: Option<&str>,
) -> io::Result<()> {
    xml.start("url", &[])?;
    xml.url("loc", &[], article.url().as_str())?;
    xml.rfc3339("lastmod", article.updated().unwrap_or(article.published()))?;
    if !article.translations().is_empty() {
        alternate(xml, article.language().as_str(), article.url())?;
        for translation in article.translations() {
            alternate(xml, translation.language().as_str(), translation.url())?;
        }
    }
    for image in article.image().into_iter().chain(article.gallery()) {
        xml.start("image:image", &[])?;
        xml.url("image:loc", &[], image.url().as_str())?;
        xml.end("image:image")?;
    }
    if let Some(name) = publication {
        xml.start("news:news", &[])?;
        xml.start("news:publication", &[])?;
        xml.text("news:name", &[], name)?;
        let language = article.language().as_str();
        let primary = language.split('-').next().unwrap_or(language);
        xml.verbatim("news:language", &primary.to_ascii_lowercase())?;
        xml.end("news:publication")?;
        xml.rfc3339("news:publication_date", article.published())?;
        xml.text("news:title", &[], article.title())?;
        xml.end("news:news")?;
    }
    xml.end("url")
}

/// An `xhtml:link rel="alternate"` to a language version.
fn alternate(xml: &mut XmlWriter<Vec<u8>>, language: &str, url: &WebUrl) -> io::Result<()> {
    xml.empty(
        "xhtml:link",
        &[
            ("rel", Value::word("alternate")),
            ("hreflang", language.into()),
            ("href", url.into()),
        ],
    )
}

/// A file of a [`Set`], as the sitemap index lists it: its name, its address and the newest
/// `lastmod` of its URLs.
///
/// # Example
///
/// ```
/// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
/// let set = jaunumi::sitemap::Set::start(&base, "sitemap", |_| Ok(Vec::new()))?;
/// let parts = set.finish()?;
/// assert_eq!(parts[0].name(), "sitemap-1.xml");
/// assert_eq!(parts[0].url().as_str(), "https://ventspils.lv/sitemap-1.xml");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    name: String,
    url: WebUrl,
    lastmod: Option<DateTime<FixedOffset>>,
}

impl Part {
    /// The file's name (`sitemap-1.xml`).
    ///
    /// # Example
    ///
    /// ```
    /// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let parts = jaunumi::sitemap::Set::start(&base, "sitemap-news", |_| Ok(Vec::new()))?.finish()?;
    /// assert_eq!(parts[0].name(), "sitemap-news-1.xml");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file's address: the base URL joined with its name, as a link is resolved (so a
    /// base that is a directory ends with `/`: `https://ventspils.lv/sitemaps/`).
    ///
    /// # Example
    ///
    /// ```
    /// let base: jaunumi::WebUrl = "https://ventspils.lv/sitemaps/".parse()?;
    /// let parts = jaunumi::sitemap::Set::start(&base, "sitemap", |_| Ok(Vec::new()))?.finish()?;
    /// assert_eq!(parts[0].url().as_str(), "https://ventspils.lv/sitemaps/sitemap-1.xml");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> &WebUrl {
        &self.url
    }

    /// The newest `lastmod` of the file's URLs, if it holds any article.
    ///
    /// # Example
    ///
    /// ```
    /// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let parts = jaunumi::sitemap::Set::start(&base, "sitemap", |_| Ok(Vec::new()))?.finish()?;
    /// assert_eq!(parts[0].lastmod(), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lastmod(&self) -> Option<&DateTime<FixedOffset>> {
        self.lastmod.as_ref()
    }
}

/// Sitemaps of any number of articles, split into as many files as the limits need, each
/// streamed: [`Set::start`] (or [`Set::news`]) takes the address the files are served
/// under, the stem of their names (`sitemap` gives `sitemap-1.xml`, `sitemap-2.xml` …) and
/// a function that opens the writer of each file by its name; [`Set::write`] adds an
/// article, opening the next file when one is full; [`Set::finish`] closes the last and
/// gives back the [`Part`]s for the index ([`index_to_writer`]). The base URL is also the
/// home page an empty file lists.
///
/// # Example
///
/// ```
/// use jaunumi::Article;
///
/// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
/// let mut files = Vec::new();
/// let mut set = jaunumi::sitemap::Set::start(&base, "sitemap", |name| {
///     files.push(name.to_owned());
///     Ok(Vec::new())
/// })?;
/// let article = Article::builder("Jaunums", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
/// set.write(&article)?;
/// let parts = set.finish()?;
/// let index = jaunumi::sitemap::index_to_string(&parts)?;
/// assert!(index.contains("<loc>https://ventspils.lv/sitemap-1.xml</loc>"));
/// assert!(index.contains("<lastmod>2024-01-01T09:00:00+02:00</lastmod>"));
/// assert_eq!(files, ["sitemap-1.xml"]);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Set<W: io::Write, F: FnMut(&str) -> io::Result<W>> {
    open: F,
    base: WebUrl,
    stem: String,
    kind: Kind,
    current: Writer<W>,
    name: String,
    parts: Vec<Part>,
}

impl<W: io::Write, F: FnMut(&str) -> io::Result<W>> fmt::Debug for Set<W, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Set")
            .field("base", &self.base)
            .field("stem", &self.stem)
            .field("current", &self.current)
            .field("parts", &self.parts)
            .finish_non_exhaustive()
    }
}

impl<W: io::Write, F: FnMut(&str) -> io::Result<W>> Set<W, F> {
    /// Starts sitemaps of every article given, opening the first file.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when a file cannot be opened or written.
    ///
    /// # Example
    ///
    /// ```
    /// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let set = jaunumi::sitemap::Set::start(&base, "sitemap", |_| Ok(std::io::sink()))?;
    /// assert_eq!(set.finish()?.len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(base: &WebUrl, stem: &str, open: F) -> Result<Self, ExportError> {
        Self::begin(base, stem, open, Kind::Urls)
    }

    /// Starts Google News sitemaps of the articles published in the two days before `now`,
    /// opening the first file.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when a file cannot be opened or written.
    ///
    /// # Example
    ///
    /// ```
    /// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let now = jaunumi::riga::at(2024, 3, 31, 12, 0)?;
    /// let set = jaunumi::sitemap::Set::news(&base, "sitemap-news", now, |_| Ok(std::io::sink()))?;
    /// assert_eq!(set.finish()?[0].name(), "sitemap-news-1.xml");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn news(
        base: &WebUrl,
        stem: &str,
        now: DateTime<FixedOffset>,
        open: F,
    ) -> Result<Self, ExportError> {
        Self::begin(base, stem, open, Kind::News { now })
    }

    fn begin(base: &WebUrl, stem: &str, mut open: F, kind: Kind) -> Result<Self, ExportError> {
        let name = format!("{stem}-1.xml");
        let current = Writer::open(
            open(&name).map_err(ExportError::io(ExportFormat::Sitemap))?,
            base,
            kind,
        )?;
        Ok(Self {
            open,
            base: base.clone(),
            stem: stem.to_owned(),
            kind,
            current,
            name,
            parts: Vec::new(),
        })
    }

    /// Adds an article, in the next file when this one is full.
    ///
    /// # Errors
    ///
    /// [`ExportError::Missing`] for an article of a news sitemap without a publisher
    /// (nothing of it is written); [`ExportError::Io`] when a file cannot be opened or
    /// written.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::sitemap::{MAX_NEWS, Set};
    /// use jaunumi::{Article, Organization};
    ///
    /// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let now = jaunumi::riga::at(2024, 3, 31, 12, 0)?;
    /// let mut set = Set::news(&base, "sitemap-news", now, |_| Ok(std::io::sink()))?;
    /// let publisher = Organization::builder("Ventspils").build()?;
    /// for n in 0..MAX_NEWS + 1 {
    ///     let article = Article::builder(format!("Ziņa {n}"), format!("https://ventspils.lv/j/{n}"), now)
    ///         .publisher(publisher.clone())
    ///         .build()?;
    ///     set.write(&article)?;
    /// }
    /// assert_eq!(set.finish()?.len(), 2);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write(&mut self, article: &Article) -> Result<(), ExportError> {
        match self.current.write(article) {
            Err(ExportError::Full { .. }) => {
                self.next()?;
                self.current.write(article)
            }
            other => other,
        }
    }

    /// Closes the current file and opens the next.
    fn next(&mut self) -> Result<(), ExportError> {
        let name = format!("{}-{}.xml", self.stem, self.parts.len() + 2);
        let writer = (self.open)(&name).map_err(ExportError::io(ExportFormat::Sitemap))?;
        let next = Writer::open(writer, &self.base, self.kind)?;
        let full = std::mem::replace(&mut self.current, next);
        let name = std::mem::replace(&mut self.name, name);
        self.parts.push(self.part(name, full.lastmod().copied())?);
        full.finish()?;
        Ok(())
    }

    fn part(
        &self,
        name: String,
        lastmod: Option<DateTime<FixedOffset>>,
    ) -> Result<Part, ExportError> {
        let url = self
            .base
            .as_url()
            .join(&name)
            .ok()
            .and_then(|u| WebUrl::parse(u.as_str()).ok());
        let url = url.ok_or_else(|| ExportError::Missing {
            field: "base".to_owned(),
            expected: "a base URL the files' names can be joined to",
        })?;
        Ok(Part { name, url, lastmod })
    }

    /// Closes the last file and gives back every file's [`Part`], in order.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the last file cannot be written.
    ///
    /// # Example
    ///
    /// ```
    /// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
    /// let parts = jaunumi::sitemap::Set::start(&base, "sitemap", |_| Ok(std::io::sink()))?.finish()?;
    /// assert_eq!(parts.len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn finish(mut self) -> Result<Vec<Part>, ExportError> {
        let name = std::mem::take(&mut self.name);
        let part = self.part(name, self.current.lastmod().copied())?;
        self.current.finish()?;
        self.parts.push(part);
        Ok(self.parts)
    }
}

/// Writes the `sitemapindex` of `parts` into `writer` (pass `&mut w` to keep it): each
/// file's address and `lastmod`.
///
/// # Errors
///
/// [`ExportError::Full`] for more than [`MAX_URLS`] parts; [`ExportError::Io`] when the
/// writer fails.
///
/// # Example
///
/// ```
/// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
/// let parts = jaunumi::sitemap::Set::start(&base, "sitemap", |_| Ok(std::io::sink()))?.finish()?;
/// let mut out = Vec::new();
/// jaunumi::sitemap::index_to_writer(&mut out, &parts)?;
/// assert!(String::from_utf8(out)?.contains("<sitemap>\n    <loc>https://ventspils.lv/sitemap-1.xml</loc>\n  </sitemap>"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn index_to_writer<W: io::Write>(writer: W, parts: &[Part]) -> Result<(), ExportError> {
    if parts.len() > MAX_URLS {
        return Err(ExportError::Full {
            limit: "50,000 sitemaps",
        });
    }
    let mut xml = XmlWriter::new(writer);
    let written = (|| {
        xml.declaration()?;
        xml.start("sitemapindex", &[("xmlns", SITEMAPS.into())])?;
        for part in parts {
            xml.start("sitemap", &[])?;
            xml.url("loc", &[], part.url.as_str())?;
            if let Some(lastmod) = &part.lastmod {
                xml.rfc3339("lastmod", lastmod)?;
            }
            xml.end("sitemap")?;
        }
        xml.end("sitemapindex")?;
        xml.finish()
    })();
    written.map_err(ExportError::io(ExportFormat::Sitemap))?;
    Ok(())
}

/// The `sitemapindex` of `parts` as a string.
///
/// # Errors
///
/// [`ExportError::Full`] for more than [`MAX_URLS`] parts.
///
/// # Example
///
/// ```
/// let base: jaunumi::WebUrl = "https://ventspils.lv/".parse()?;
/// let parts = jaunumi::sitemap::Set::start(&base, "sitemap", |_| Ok(std::io::sink()))?.finish()?;
/// assert!(jaunumi::sitemap::index_to_string(&parts)?.ends_with("</sitemapindex>\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn index_to_string(parts: &[Part]) -> Result<String, ExportError> {
    let mut out = Vec::with_capacity(256 + parts.len() * 128);
    index_to_writer(&mut out, parts)?;
    into_string(out)
}
