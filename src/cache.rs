//! Cache headers for any output: its strong `ETag`, its `Last-Modified`, and the answer to a
//! conditional request (RFC 9110), so that a reader polling a feed is told "not modified"
//! (`304`) instead of downloading it again.
//!
//! - The `ETag` is a hash of the bytes: SHA-256, its first 128 bits in hexadecimal, quoted
//!   (`"3a7bd3e2360a3d29eea436fcfb7e44c7"`). A standard digest, the same on every platform
//!   and in every version of the crate, so the tag changes exactly when the bytes do.
//! - `Last-Modified` is the newest `updated` (or else `published`) of the articles, or the
//!   feed's own `updated`, as an IMF-fixdate (`Wed, 17 Jan 2018 10:00:00 GMT`).
//! - [`CacheHeaders::not_modified`] answers a request's `If-None-Match` and
//!   `If-Modified-Since`: `If-None-Match` by weak comparison (`W/"…"` matches `"…"`), with
//!   `*` and lists; `If-Modified-Since` only when there is no `If-None-Match`, and an
//!   unreadable date is ignored, as RFC 9110 says.
//!
//! # Example
//!
//! ```
//! use jaunumi::cache::CacheHeaders;
//!
//! let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2018, 1, 17, 12, 0)?)
//!     .build()?;
//! let feed = jaunumi::Feed::builder("J", "Jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
//!     .article(article)
//!     .build()?;
//! let rss = jaunumi::rss::to_vec(&feed)?;
//! let headers = CacheHeaders::for_feed(&rss, &feed);
//! assert_eq!(headers.last_modified().as_deref(), Some("Wed, 17 Jan 2018 10:00:00 GMT"));
//! assert!(headers.not_modified(Some(headers.etag()), None));
//! assert!(headers.not_modified(None, Some("Wed, 17 Jan 2018 10:00:00 GMT")));
//! assert!(!headers.not_modified(Some("\"other\""), Some("Wed, 17 Jan 2018 10:00:00 GMT")));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::io;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, FixedOffset};
use sha2::{Digest, Sha256};

use crate::model::article::Article;
use crate::model::feed::Feed;

/// An output's `ETag` and `Last-Modified`.
///
/// Its `Display` writes them as header lines (`ETag: "…"`, `Last-Modified: …`), each ended
/// by a line feed.
///
/// # Example
///
/// ```
/// let headers = jaunumi::cache::CacheHeaders::new(b"<rss/>", None);
/// assert_eq!(headers.to_string(), format!("ETag: {}\n", headers.etag()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheHeaders {
    etag: String,
    /// Whole seconds since 1970 in UTC: what an HTTP date can carry.
    last_modified: Option<u64>,
}

impl CacheHeaders {
    /// The headers of `bytes`, last modified at `last_modified` (if known).
    ///
    /// # Example
    ///
    /// ```
    /// let at = jaunumi::riga::at(2024, 7, 1, 12, 0)?;
    /// let headers = jaunumi::cache::CacheHeaders::new(b"{}", Some(&at));
    /// assert_eq!(headers.etag(), "\"44136fa355b3678a1146ad16f7e8649e\"");
    /// assert_eq!(headers.last_modified().as_deref(), Some("Mon, 01 Jul 2024 09:00:00 GMT"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(bytes: &[u8], last_modified: Option<&DateTime<FixedOffset>>) -> Self {
        Self::from_digest(Sha256::new_with_prefix(bytes), last_modified)
    }

    fn from_digest(hasher: Sha256, last_modified: Option<&DateTime<FixedOffset>>) -> Self {
        let digest = hasher.finalize();
        let mut etag = String::with_capacity(34);
        etag.push('"');
        for byte in digest.iter().take(16) {
            etag.push(hex(byte >> 4));
            etag.push(hex(byte & 0xf));
        }
        etag.push('"');
        Self {
            etag,
            last_modified: last_modified.and_then(|at| u64::try_from(at.timestamp()).ok()),
        }
    }

    /// The headers of an output of `feed`: last modified at the feed's `updated`, or else
    /// the newest time among its articles.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss").build()?;
    /// let rss = jaunumi::rss::to_vec(&feed)?;
    /// assert_eq!(jaunumi::cache::CacheHeaders::for_feed(&rss, &feed).last_modified(), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_feed(bytes: &[u8], feed: &Feed) -> Self {
        Self::new(bytes, feed.updated().or_else(|| feed.newest()))
    }

    /// The headers of an output of `articles` (a sitemap, a page's JSON-LD): last modified
    /// at the newest `updated` or `published` among them.
    ///
    /// # Example
    ///
    /// ```
    /// let a = jaunumi::Article::builder("A", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .updated(jaunumi::riga::at(2024, 1, 3, 9, 0)?)
    ///     .build()?;
    /// let b = jaunumi::Article::builder("B", "https://ventspils.lv/j/2", jaunumi::riga::at(2024, 1, 2, 9, 0)?).build()?;
    /// let headers = jaunumi::cache::CacheHeaders::for_articles(b"", &[a, b]);
    /// assert_eq!(headers.last_modified().as_deref(), Some("Wed, 03 Jan 2024 07:00:00 GMT"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_articles(bytes: &[u8], articles: &[Article]) -> Self {
        let newest = articles
            .iter()
            .map(|a| a.updated().unwrap_or(a.published()))
            .max();
        Self::new(bytes, newest)
    }

    /// The strong `ETag`, quoted.
    ///
    /// # Example
    ///
    /// ```
    /// let etag = jaunumi::cache::CacheHeaders::new(b"", None).etag().to_owned();
    /// assert_eq!(etag, "\"e3b0c44298fc1c149afbf4c8996fb924\"");
    /// ```
    pub fn etag(&self) -> &str {
        &self.etag
    }

    /// `Last-Modified` as an IMF-fixdate, when known (and not before 1970).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::cache::CacheHeaders::new(b"", None).last_modified(), None);
    /// ```
    pub fn last_modified(&self) -> Option<String> {
        self.last_modified.map(|seconds| {
            httpdate::fmt_http_date(SystemTime::UNIX_EPOCH + Duration::from_secs(seconds))
        })
    }

    /// Whether a GET or HEAD with these `If-None-Match` and `If-Modified-Since` header
    /// values is answered `304 Not Modified` (RFC 9110, 13.1.2, 13.1.3 and 13.2.2).
    ///
    /// `If-None-Match` (`*`, or a list of entity tags, weak or strong) is compared weakly:
    /// it matches when any tag has this `ETag`'s opaque part, and then the answer is "not
    /// modified"; when it is given, `If-Modified-Since` is not looked at. Otherwise an
    /// `If-Modified-Since` date (in any of the three forms HTTP allows) not before
    /// `Last-Modified` is "not modified"; an unreadable date, or an output without
    /// `Last-Modified`, is not.
    ///
    /// # Example
    ///
    /// ```
    /// let at = jaunumi::riga::at(2024, 7, 1, 12, 0)?;
    /// let headers = jaunumi::cache::CacheHeaders::new(b"{}", Some(&at));
    /// let weak = format!("\"x\", W/{}", headers.etag());
    /// assert!(headers.not_modified(Some(&weak), None));
    /// assert!(headers.not_modified(Some("*"), None));
    /// assert!(!headers.not_modified(None, Some("Mon, 01 Jul 2024 08:59:59 GMT")));
    /// assert!(headers.not_modified(None, Some("Monday, 01-Jul-24 09:00:00 GMT")));
    /// assert!(!headers.not_modified(None, Some("gestern")));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn not_modified(
        &self,
        if_none_match: Option<&str>,
        if_modified_since: Option<&str>,
    ) -> bool {
        if let Some(tags) = if_none_match {
            return matches_any(tags, &self.etag);
        }
        let (Some(since), Some(modified)) = (if_modified_since, self.last_modified) else {
            return false;
        };
        match httpdate::parse_http_date(since.trim()) {
            Ok(since) => since
                .duration_since(SystemTime::UNIX_EPOCH)
                .is_ok_and(|since| since.as_secs() >= modified),
            Err(_) => false,
        }
    }
}

impl fmt::Display for CacheHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "ETag: {}", self.etag)?;
        if let Some(date) = self.last_modified() {
            writeln!(f, "Last-Modified: {date}")?;
        }
        Ok(())
    }
}

/// A writer that passes everything on to the writer it wraps and hashes it on the way, so
/// that an output streamed in constant memory gets its [`CacheHeaders`] when it ends: the
/// same as [`CacheHeaders::new`] gives for the same bytes.
///
/// # Example
///
/// ```
/// use jaunumi::cache::{CacheHeaders, TagWriter};
///
/// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss").build()?;
/// let mut rss = jaunumi::rss::Writer::start(TagWriter::new(Vec::new()), &feed)?;
/// let (bytes, headers) = rss.finish()?.finish(None);
/// assert_eq!(headers, CacheHeaders::new(&bytes, None));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct TagWriter<W> {
    inner: W,
    hasher: Sha256,
}

impl<W> fmt::Debug for TagWriter<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TagWriter").finish_non_exhaustive()
    }
}

impl<W: io::Write> TagWriter<W> {
    /// Wraps `inner`.
    ///
    /// # Example
    ///
    /// ```
    /// use std::io::Write as _;
    ///
    /// let mut out = jaunumi::cache::TagWriter::new(Vec::new());
    /// out.write_all(b"{}")?;
    /// assert_eq!(out.finish(None).1.etag(), "\"44136fa355b3678a1146ad16f7e8649e\"");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            hasher: Sha256::new(),
        }
    }

    /// Hands back the wrapped writer and the headers of everything written, last modified
    /// at `last_modified` (if known).
    ///
    /// # Example
    ///
    /// ```
    /// let out = jaunumi::cache::TagWriter::new(Vec::new());
    /// let (bytes, headers) = out.finish(None);
    /// assert!(bytes.is_empty());
    /// assert_eq!(headers.last_modified(), None);
    /// ```
    pub fn finish(self, last_modified: Option<&DateTime<FixedOffset>>) -> (W, CacheHeaders) {
        (
            self.inner,
            CacheHeaders::from_digest(self.hasher, last_modified),
        )
    }
}

impl<W: io::Write> io::Write for TagWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let written = self.inner.write(buf)?;
        self.hasher.update(buf.get(..written).unwrap_or(buf));
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A digit of hexadecimal, lower case.
fn hex(nibble: u8) -> char {
    char::from(b"0123456789abcdef"[usize::from(nibble & 0xf)])
}

/// Whether `If-None-Match` (`*` or a comma-separated list of entity tags) matches `etag` by
/// weak comparison: the opaque tags equal, either or both weak.
fn matches_any(header: &str, etag: &str) -> bool {
    let header = header.trim();
    if header == "*" {
        return true;
    }
    let opaque = |tag: &str| {
        let tag = tag.trim();
        tag.strip_prefix("W/").unwrap_or(tag).to_owned()
    };
    let own = opaque(etag);
    // An entity tag's opaque part is quoted and holds no `"`; a comma can only fall between
    // tags, or inside a quoted tag, which splitting on quotes keeps whole.
    let mut rest = header;
    while let Some(start) = rest.find('"') {
        let prefix = rest[..start].trim_start_matches([',', ' ', '\t']);
        let Some(end) = rest[start + 1..].find('"') else {
            return false;
        };
        let quoted = &rest[start..start + end + 2];
        if (prefix.is_empty() || prefix == "W/") && quoted == own {
            return true;
        }
        rest = &rest[start + end + 2..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_lists() {
        let etag = "\"abc\"";
        for (header, matched) in [
            ("\"abc\"", true),
            ("W/\"abc\"", true),
            ("\"x\", \"abc\"", true),
            ("\"x\",W/\"abc\" , \"y\"", true),
            ("*", true),
            (" * ", true),
            ("\"abcd\"", false),
            ("\"ab\"", false),
            ("abc", false),
            ("\"x, abc\"", false),
            ("", false),
            ("\"abc", false),
        ] {
            assert_eq!(matches_any(header, etag), matched, "{header}");
        }
    }
}
