//! The exporters' one error: why an output (RSS, Atom, JSON-LD, iCalendar, sitemaps, JSON
//! Feed) could not be written.
//!
//! It stands above the model and below every exporter, which imports it by path. An
//! exporter adds a variant for each way its format can refuse what the model allows, with
//! a message in the crate's form (the field, what was expected, what was found), and one for
//! its writer's failure, whose I/O error is the [`source`](std::error::Error::source) and
//! not part of the message.

use std::{fmt, io};

/// Why an export could not be written.
///
/// Writing fails when the writer does, or when the model lacks something the format needs
/// that the model leaves optional: an Atom feed needs a time for its `updated` before its
/// first entry, and an author for every entry; Google requires an event's location in
/// JSON-LD. Every exporter of the crate returns this type.
///
/// # Example
///
/// ```
/// use jaunumi::{ExportError, Feed};
///
/// let feed = Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/atom")
///     .build()?;
/// let err = jaunumi::atom::to_string(&feed).unwrap_err();
/// assert!(matches!(err, ExportError::NoUpdated));
/// assert_eq!(
///     err.to_string(),
///     "expected the feed's `updated`, or an article to take it from, to date an atom feed, found neither",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// The writer failed; the I/O error is the [`source`](std::error::Error::source), and
    /// the output may be cut off.
    #[error("could not write the {format}")]
    Io {
        /// What was being written.
        format: ExportFormat,
        /// The writer's error.
        #[source]
        source: io::Error,
    },
    /// An Atom feed had neither its own `updated` time nor an article to take it from. A
    /// streaming writer cannot wait for the articles: the time precedes them.
    #[error(
        "expected the feed's `updated`, or an article to take it from, to date an atom feed, \
         found neither"
    )]
    NoUpdated,
    /// An Atom entry had no author of its own, no publisher, and the feed no publisher to
    /// stand in for them.
    #[error(
        "expected an author for the atom entry `{id}` (its own, its publisher or the feed's \
         publisher), found none"
    )]
    NoAuthor {
        /// The entry's identifier.
        id: String,
    },
    /// A property Google requires for a JSON-LD node has no value in the model (for an
    /// event: its location). Nothing was written.
    #[error(
        "{field}: expected a value for schema.org `{property}`, which Google requires for {}, \
         found none",
        with_article(node)
    )]
    #[non_exhaustive]
    Required {
        /// The path of the missing model field, in JSON field names (`events[0].location`).
        field: String,
        /// The schema.org type of the node (`Event`).
        node: &'static str,
        /// The schema.org property (`location`).
        property: &'static str,
    },
    /// A value the output needs has none: an event's `location` in a calendar; the `url`
    /// of an event given alone to a calendar, which its `UID` is made from; a calendar's
    /// `stamp`, which an event given alone takes as its `DTSTAMP`. Nothing of the item was
    /// written.
    #[error("{field}: expected {expected}, found none")]
    #[non_exhaustive]
    Missing {
        /// The path of the missing field, in the model's JSON field names
        /// (`events[0].location`), or the option's name (`stamp`).
        field: String,
        /// What the output needs there.
        expected: &'static str,
    },
    /// A sitemap (or sitemap index) is full: the URL would take it past the protocol's
    /// limit. Nothing of it was written; a [`sitemap::Set`](crate::sitemap::Set) starts
    /// the next file.
    #[error(
        "expected at most {limit} in one sitemap, found more; split them into several files with an index"
    )]
    #[non_exhaustive]
    Full {
        /// The limit reached (`50,000 URLs`, `1,000 news URLs`, `52,428,800 bytes`).
        limit: &'static str,
    },
    /// A time the output cannot hold: in a calendar, one before the year 1 or after 9999, in
    /// UTC or in Riga, or an all-day event ending on 9999-12-31, whose exclusive end would be
    /// in the year 10000. Nothing of the item was written.
    #[error("{field}: expected {expected}, found `{found}`")]
    #[non_exhaustive]
    ImpossibleTime {
        /// The path of the field, in the model's JSON field names (`events[0].start`).
        field: String,
        /// The time as the model holds it.
        found: String,
        /// The times the output can hold there.
        expected: &'static str,
    },
}

impl ExportError {
    /// The error of a failed write of `format`, for `map_err`.
    pub(crate) fn io(format: ExportFormat) -> impl FnOnce(io::Error) -> Self {
        move |source| Self::Io { format, source }
    }
}

/// What an exporter was writing when its writer failed, as [`ExportError::Io`] names it.
///
/// # Example
///
/// ```
/// use jaunumi::ExportFormat;
///
/// assert_eq!(ExportFormat::Feed.to_string(), "feed");
/// assert_eq!(ExportFormat::JsonLd.to_string(), "JSON-LD");
/// assert_eq!(ExportFormat::Calendar.to_string(), "calendar");
/// assert_eq!(ExportFormat::Sitemap.to_string(), "sitemap");
/// assert_eq!(ExportFormat::JsonFeed.to_string(), "JSON Feed");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportFormat {
    /// An RSS or Atom feed.
    Feed,
    /// JSON-LD, alone or in its `script` element.
    JsonLd,
    /// An iCalendar calendar.
    Calendar,
    /// An XML sitemap or sitemap index.
    Sitemap,
    /// A JSON Feed.
    JsonFeed,
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExportFormat::Feed => "feed",
            ExportFormat::JsonLd => "JSON-LD",
            ExportFormat::Calendar => "calendar",
            ExportFormat::Sitemap => "sitemap",
            ExportFormat::JsonFeed => "JSON Feed",
        })
    }
}

/// `an Event`, `a NewsArticle`: a schema.org type with its indefinite article.
pub(crate) fn with_article(node: &str) -> String {
    let vowel = node.starts_with(['A', 'E', 'I', 'O', 'U']);
    format!("{} {node}", if vowel { "an" } else { "a" })
}
