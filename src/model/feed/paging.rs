//! The links between the pages of a paged feed (RFC 5005).

use serde::{Deserialize, Serialize};

use crate::model::error::Error;
use crate::model::optional;
use crate::model::web_url::WebUrl;

/// The links between the pages of a paged feed (RFC 5005): first, previous, next, last.
///
/// # Example
///
/// ```
/// use jaunumi::Paging;
///
/// let paging = Paging::builder()
///     .first("https://vdc.ventspils.lv/feed/")
///     .next("https://vdc.ventspils.lv/feed/?paged=2")
///     .build()?;
/// assert_eq!(paging.next().map(|u| u.as_str()), Some("https://vdc.ventspils.lv/feed/?paged=2"));
/// assert!(paging.previous().is_none());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", try_from = "PagingBuilder")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Paging {
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<WebUrl>,
}

impl Paging {
    /// Starts paging links with none set.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().build()?;
    /// assert!(paging.is_empty());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> PagingBuilder {
        PagingBuilder::default()
    }

    /// The first page.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().first("https://ventspils.lv/feed/").build()?;
    /// assert!(paging.first().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first(&self) -> Option<&WebUrl> {
        self.first.as_ref()
    }

    /// The page before this one.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().previous("https://ventspils.lv/feed/?paged=1").build()?;
    /// assert!(paging.previous().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn previous(&self) -> Option<&WebUrl> {
        self.previous.as_ref()
    }

    /// The page after this one.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().next("https://ventspils.lv/feed/?paged=3").build()?;
    /// assert!(paging.next().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn next(&self) -> Option<&WebUrl> {
        self.next.as_ref()
    }

    /// The last page.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().last("https://ventspils.lv/feed/?paged=40").build()?;
    /// assert!(paging.last().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last(&self) -> Option<&WebUrl> {
        self.last.as_ref()
    }

    /// Whether no link is set.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::Paging::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.first.is_none()
            && self.previous.is_none()
            && self.next.is_none()
            && self.last.is_none()
    }

    /// The links there are, each with its RFC 5005 relation (`first`, `previous`, `next`,
    /// `last`), in that order.
    pub(crate) fn links(&self) -> impl Iterator<Item = (&'static str, &WebUrl)> {
        [
            ("first", self.first.as_ref()),
            ("previous", self.previous.as_ref()),
            ("next", self.next.as_ref()),
            ("last", self.last.as_ref()),
        ]
        .into_iter()
        .filter_map(|(rel, url)| Some((rel, url?)))
    }
}

/// [`Paging`] under construction. It is also the JSON form that deserialisation checks.
///
/// # Example
///
/// ```
/// let err = jaunumi::Paging::builder().next("?paged=2").build().unwrap_err();
/// assert_eq!(err.field(), "next");
/// ```
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(description = "The links between the pages of a paged feed (RFC 5005).")
)]
pub struct PagingBuilder {
    /// The first page.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    first: Option<String>,
    /// The page before this one.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    previous: Option<String>,
    /// The page after this one.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    next: Option<String>,
    /// The last page.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    last: Option<String>,
}

impl PagingBuilder {
    /// Sets the first page.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().first("https://ventspils.lv/feed/").build()?;
    /// assert!(paging.first().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first(mut self, url: impl Into<String>) -> Self {
        self.first = Some(url.into());
        self
    }

    /// Sets the page before this one.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().previous("https://ventspils.lv/feed/").build()?;
    /// assert!(paging.previous().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn previous(mut self, url: impl Into<String>) -> Self {
        self.previous = Some(url.into());
        self
    }

    /// Sets the page after this one.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().next("https://ventspils.lv/feed/?paged=2").build()?;
    /// assert!(paging.next().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn next(mut self, url: impl Into<String>) -> Self {
        self.next = Some(url.into());
        self
    }

    /// Sets the last page.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().last("https://ventspils.lv/feed/?paged=9").build()?;
    /// assert!(paging.last().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last(mut self, url: impl Into<String>) -> Self {
        self.last = Some(url.into());
        self
    }

    /// Checks every link and builds the paging links.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming `first`, `previous`, `next` or `last` when it is not an absolute
    /// `http`/`https` URL.
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Paging::builder().last("feed?paged=9").build().unwrap_err();
    /// assert_eq!(err.field(), "last");
    /// ```
    pub fn build(self) -> Result<Paging, Error> {
        Ok(Paging {
            first: optional(self.first, "first", WebUrl::parse)?,
            previous: optional(self.previous, "previous", WebUrl::parse)?,
            next: optional(self.next, "next", WebUrl::parse)?,
            last: optional(self.last, "last", WebUrl::parse)?,
        })
    }
}

impl TryFrom<PagingBuilder> for Paging {
    type Error = Error;

    fn try_from(builder: PagingBuilder) -> Result<Self, Error> {
        builder.build()
    }
}
