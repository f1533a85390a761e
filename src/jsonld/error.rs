//! The error of the JSON-LD export.

use std::io;

/// Why a JSON-LD graph was not written.
///
/// # Example
///
/// ```
/// use jaunumi::{Article, Event, Moment};
///
/// // Google requires an event's location; this one has none.
/// let event = Event::builder("Talka", "2024-04-27".parse::<Moment>()?).build()?;
/// let article = Article::builder("Talka", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 4, 1, 9, 0)?)
///     .event(event)
///     .build()?;
/// let err = jaunumi::jsonld::to_string(&article).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "events[0].location: expected a value for schema.org `location`, which Google \
///      requires for an Event, found none",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A property Google requires for a node has no value in the model (for an event:
    /// its location). Nothing was written.
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
    /// The writer failed; the output may be cut off.
    #[error("could not write the JSON-LD")]
    Write(#[source] io::Error),
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        Error::Write(err)
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        // An I/O error comes back as itself; anything else (which the crate's own values
        // cannot cause) as invalid data.
        Error::Write(io::Error::from(err))
    }
}

/// `an Event`, `a NewsArticle`: a schema.org type with its indefinite article.
pub(super) fn with_article(node: &str) -> String {
    let vowel = node.starts_with(['A', 'E', 'I', 'O', 'U']);
    format!("{} {node}", if vowel { "an" } else { "a" })
}
