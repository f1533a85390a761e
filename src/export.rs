//! The exporters' error: why an output could not be written.

use std::fmt;

/// Why a feed could not be written.
///
/// Writing fails when the writer does, or when the feed lacks something the format needs
/// that the model leaves optional: an Atom feed needs a time for its `updated` before its
/// first entry, and an author for every entry.
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
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportError {
    /// The writer failed; the I/O error is the [`source`](std::error::Error::source).
    Io(std::io::Error),
    /// An Atom feed had neither its own `updated` time nor an article to take it from. A
    /// streaming writer cannot wait for the articles: the time precedes them.
    NoUpdated,
    /// An Atom entry had no author of its own, no publisher, and the feed no publisher to
    /// stand in for them.
    NoAuthor {
        /// The entry's identifier.
        id: String,
    },
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Io(_) => f.write_str("could not write the feed"),
            ExportError::NoUpdated => f.write_str(
                "expected the feed's `updated`, or an article to take it from, to date an atom \
                 feed, found neither",
            ),
            ExportError::NoAuthor { id } => write!(
                f,
                "expected an author for the atom entry `{id}` (its own, its publisher or the \
                 feed's publisher), found none"
            ),
        }
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Io(err) => Some(err),
            ExportError::NoUpdated | ExportError::NoAuthor { .. } => None,
        }
    }
}

impl From<std::io::Error> for ExportError {
    fn from(err: std::io::Error) -> Self {
        ExportError::Io(err)
    }
}
