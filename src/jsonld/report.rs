//! What the export says besides the JSON: the warnings about missing recommended
//! properties.

use std::fmt;

use crate::export::with_article;

/// The output of an export together with its warnings.
///
/// Destructure it to take both: `let Report { output, warnings } = jsonld::to_string(&a)?;`.
///
/// # Example
///
/// ```
/// use jaunumi::jsonld::{self, Report};
///
/// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
///     .build()?;
/// let Report { output, warnings } = jsonld::to_string(&article)?;
/// assert!(output.starts_with(r#"{"@context":"https://schema.org","@graph":["#));
/// // No image, and no author or publisher to name as its author.
/// assert_eq!(warnings.len(), 2);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use = "a report holds the output and the warnings about it"]
pub struct Report<T> {
    /// The output: the JSON-LD as a string or a `serde_json::Value`.
    pub output: T,
    /// What Google recommends that the model did not have.
    pub warnings: Warnings,
}

/// The warnings of an export, in the order of the graph: each is a property Google
/// recommends for a node, whose model field was empty, or a node described twice.
///
/// # Example
///
/// ```
/// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
///     .publisher(jaunumi::Organization::builder("Ventspils").url("https://ventspils.lv/").build()?)
///     .build()?;
/// let warnings = jaunumi::jsonld::check(&article)?;
/// let fields: Vec<&str> = warnings.iter().map(|w| w.field()).collect();
/// assert_eq!(fields, ["image"]);
/// assert_eq!(
///     warnings.to_string(),
///     "image: expected a value for schema.org `image`, which Google recommends for a \
///      NewsArticle, found none\n",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use = "warnings name the properties Google recommends that the output lacks"]
pub struct Warnings(Vec<Warning>);

impl Warnings {
    pub(super) fn new(warnings: Vec<Warning>) -> Self {
        Self(warnings)
    }

    /// Whether there are none.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/j/", "https://ventspils.lv/rss").build()?;
    /// assert!(jaunumi::jsonld::check(&feed)?.is_empty());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many there are.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// assert_eq!(jaunumi::jsonld::check(&article)?.len(), 2);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The warnings, in the order of the graph.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// for warning in jaunumi::jsonld::check(&article)?.iter() {
    ///     assert_eq!(warning.node(), "NewsArticle");
    /// }
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Warning> {
        self.0.iter()
    }

    /// The warnings as a slice.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// let warnings = jaunumi::jsonld::check(&article)?;
    /// assert_eq!(warnings.as_slice()[0].property(), "image");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_slice(&self) -> &[Warning] {
        &self.0
    }
}

impl IntoIterator for Warnings {
    type Item = Warning;
    type IntoIter = std::vec::IntoIter<Warning>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Warnings {
    type Item = &'a Warning;
    type IntoIter = std::slice::Iter<'a, Warning>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// One warning per line.
impl fmt::Display for Warnings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for warning in &self.0 {
            writeln!(f, "{warning}")?;
        }
        Ok(())
    }
}

/// Something the graph lacks or merged: which model field, which schema.org node and
/// property.
///
/// # Example
///
/// ```
/// use jaunumi::jsonld::WarningKind;
///
/// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
///     .author(jaunumi::Person::builder("Jānis Bērziņš").build()?)
///     .build()?;
/// let warnings = jaunumi::jsonld::check(&article)?;
/// let author = &warnings.as_slice()[1];
/// assert_eq!(author.field(), "authors[0].url");
/// assert_eq!(author.node(), "Person");
/// assert_eq!(author.property(), "url");
/// assert_eq!(author.kind(), WarningKind::Recommended);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    field: String,
    node: &'static str,
    property: &'static str,
    kind: WarningKind,
}

/// What a [`Warning`] is about.
///
/// # Example
///
/// ```
/// use jaunumi::jsonld::WarningKind;
///
/// assert_ne!(WarningKind::Recommended, WarningKind::Merged);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WarningKind {
    /// Google recommends the property for the node, and the model field that gives it
    /// was empty.
    Recommended,
    /// The node has the `@id` of a node that came earlier in the graph with other
    /// details (two organisations with one web site, two people with one name and no
    /// URL). The graph describes each `@id` once, so this one became a reference to the
    /// earlier one and its own details were left out.
    Merged,
}

impl Warning {
    pub(super) fn recommended(field: String, node: &'static str, property: &'static str) -> Self {
        Self {
            field,
            node,
            property,
            kind: WarningKind::Recommended,
        }
    }

    pub(super) fn merged(field: String, node: &'static str) -> Self {
        Self {
            field,
            node,
            property: "@id",
            kind: WarningKind::Merged,
        }
    }

    /// The path of the model field, in JSON field names: the empty field for
    /// [`WarningKind::Recommended`] (`image`, `events[0].end`), the value that was merged
    /// for [`WarningKind::Merged`] (`mentions[1]`).
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// assert_eq!(jaunumi::jsonld::check(&article)?.as_slice()[1].field(), "authors");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The schema.org type of the node (`NewsArticle`, `Event`, `Person`).
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// assert_eq!(jaunumi::jsonld::check(&article)?.as_slice()[0].node(), "NewsArticle");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn node(&self) -> &'static str {
        self.node
    }

    /// The schema.org property (`image`, `endDate`), or `@id` for
    /// [`WarningKind::Merged`].
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// assert_eq!(jaunumi::jsonld::check(&article)?.as_slice()[1].property(), "author");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn property(&self) -> &'static str {
        self.property
    }

    /// What the warning is about.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::jsonld::WarningKind;
    ///
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// assert_eq!(jaunumi::jsonld::check(&article)?.as_slice()[0].kind(), WarningKind::Recommended);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> WarningKind {
        self.kind
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            WarningKind::Recommended => write!(
                f,
                "{}: expected a value for schema.org `{}`, which Google recommends for {}, \
                 found none",
                self.field,
                self.property,
                with_article(self.node)
            ),
            WarningKind::Merged => write!(
                f,
                "{}: expected one description per `@id`, found {} with the `@id` of an \
                 earlier node but other details; written as a reference to the earlier one",
                self.field,
                with_article(self.node)
            ),
        }
    }
}
