//! The exporters' one error: why an output (RSS, Atom, JSON-LD, and those to come) could
//! not be written.
//!
//! It stands above the model and below every exporter, which imports it by path. An
//! exporter adds a variant for each way its format can refuse what the model allows, with
//! a message in the crate's form (the field, what was expected, what was found), and one for
//! its writer's failure, whose I/O error is the [`source`](std::error::Error::source) and
//! not part of the message.

use std::io;

/// Why an export could not be written.
///
/// Writing fails when the writer does, or when the model lacks something the format needs
/// that the model leaves optional: an Atom feed needs a time for its `updated` before its
/// first entry, and an author for every entry; Google requires an event's location in
/// JSON-LD. Every exporter of the crate returns this type ([`jsonld::Error`] is another
/// name for it).
///
/// [`jsonld::Error`]: crate::jsonld::Error
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
    /// The writer of a feed (RSS or Atom) failed; the I/O error is the
    /// [`source`](std::error::Error::source), and the document may be cut off.
    #[error("could not write the feed")]
    Io(#[source] io::Error),
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
    /// The writer of JSON-LD failed; the I/O error is the
    /// [`source`](std::error::Error::source), and the output may be cut off.
    #[error("could not write the JSON-LD")]
    Write(#[source] io::Error),
}

/// `an Event`, `a NewsArticle`: a schema.org type with its indefinite article.
pub(crate) fn with_article(node: &str) -> String {
    let vowel = node.starts_with(['A', 'E', 'I', 'O', 'U']);
    format!("{} {node}", if vowel { "an" } else { "a" })
}
