//! A listing page (a feed's page of articles): `CollectionPage` with an `ItemList` of its
//! articles, written as they come.

use std::io;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::Printer;
use super::breadcrumb::{Breadcrumb, BreadcrumbList};
use super::node::{
    Instant, OrganizationNode, Ref, Registry, add_organization, site_of, with_fragment,
};
use crate::export::ExportError;
use crate::json::format::Out;
use crate::model::article::Article;
use crate::model::feed::Feed;

/// Writes the JSON-LD graph of a listing page article by article, without holding the
/// articles: [`start`](ListingWriter::start) writes the page, its breadcrumbs and its
/// publisher, [`write`](ListingWriter::write) adds an article to its `ItemList`, and
/// [`finish`](ListingWriter::finish) closes the graph and gives the writer back. Nothing is
/// written on drop: a writer dropped unfinished leaves the JSON cut off.
///
/// The feed given to `start` describes the page; its own articles are not written (write
/// them, or others, one by one). [`to_writer`](super::to_writer) with a [`Feed`] writes
/// the same bytes for the feed's own articles.
///
/// # Example
///
/// ```
/// use jaunumi::jsonld::ListingWriter;
/// use jaunumi::{Article, Feed};
///
/// let feed = Feed::builder(
///     "Ventspils Digitālais centrs: jaunumi",
///     "Ventspils Digitālā centra jaunumi",
///     "https://vdc.ventspils.lv/jaunumi/",
///     "https://vdc.ventspils.lv/jaunumi/feed/",
/// )
/// .build()?;
/// let mut listing = ListingWriter::start(Vec::new(), &feed)?;
/// for day in 1..=3 {
///     let url = format!("https://vdc.ventspils.lv/jaunumi/{day}/");
///     let article = Article::builder(format!("Jaunumi {day}"), url, jaunumi::riga::at(2024, 1, day, 9, 0)?)
///         .build()?;
///     listing.write(&article)?;
/// }
/// let json: serde_json::Value = serde_json::from_slice(&listing.finish()?)?;
/// let list = &json["@graph"][1];
/// assert_eq!(list["@type"], "ItemList");
/// assert_eq!(list["numberOfItems"], 3);
/// assert_eq!(list["itemListElement"][2]["item"]["headline"], "Jaunumi 3");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct ListingWriter<W: io::Write> {
    out: Out<W>,
    count: usize,
}

impl<W: io::Write> ListingWriter<W> {
    /// Starts the listing of `feed`'s page, compact and without breadcrumbs (see
    /// [`Printer::listing_writer`] for more).
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/j/", "https://ventspils.lv/rss").build()?;
    /// let listing = jaunumi::jsonld::ListingWriter::start(Vec::new(), &feed)?;
    /// let json = String::from_utf8(listing.finish()?)?;
    /// assert!(json.ends_with(r#""itemListElement":[],"numberOfItems":0}]}"#));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(writer: W, feed: &Feed) -> Result<Self, ExportError> {
        Printer::new().listing_writer(writer, feed)
    }

    pub(super) fn begin(
        mut out: Out<W>,
        feed: &Feed,
        trail: &[Breadcrumb],
    ) -> Result<Self, ExportError> {
        let url = feed.home_url().as_url();
        let site = site_of(url);
        let page_id = with_fragment(url, "webpage");
        let list_id = with_fragment(url, "itemlist");
        let breadcrumb_id = (!trail.is_empty()).then(|| with_fragment(url, "breadcrumb"));
        let mut organizations = Registry::default();
        let publisher = feed.publisher().map(|publisher| {
            // A feed has one publisher, so nothing is merged and nothing warned.
            add_organization(
                &mut organizations,
                &site,
                publisher,
                "publisher",
                &mut Vec::new(),
            )
        });

        out.begin()?;
        out.open(b"{")?;
        out.entry(true, "@context", "https://schema.org")?;
        out.key(false, "@graph")?;
        out.open(b"[")?;
        out.element(
            true,
            &PageNode {
                feed,
                id: &page_id,
                list_id: &list_id,
                breadcrumb_id: breadcrumb_id.as_deref(),
                publisher: publisher.as_deref(),
            },
        )?;
        if let Some(id) = &breadcrumb_id {
            let list = BreadcrumbList {
                id,
                trail,
                name: feed.title(),
                url: feed.home_url(),
            };
            out.element(false, &list)?;
        }
        for (id, organization, parent) in organizations.iter() {
            let node = OrganizationNode {
                id,
                organization,
                parent,
            };
            out.element(false, &node)?;
        }
        out.item(false)?;
        out.open(b"{")?;
        out.entry(true, "@type", "ItemList")?;
        out.entry(false, "@id", &list_id)?;
        out.key(false, "itemListElement")?;
        out.open(b"[")?;
        Ok(Self { out, count: 0 })
    }

    /// Adds an article to the list.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/j/", "https://ventspils.lv/rss").build()?;
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .build()?;
    /// let mut listing = jaunumi::jsonld::ListingWriter::start(Vec::new(), &feed)?;
    /// listing.write(&article)?;
    /// let json = String::from_utf8(listing.finish()?)?;
    /// assert!(json.contains(r#"{"@type":"ListItem","position":1,"url":"https://ventspils.lv/j/1","#));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write(&mut self, article: &Article) -> Result<(), ExportError> {
        self.count += 1;
        let item = ItemNode {
            position: self.count,
            article,
        };
        self.out.element(self.count == 1, &item)
    }

    /// Closes the list and the graph, and gives the writer back (unflushed).
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/j/", "https://ventspils.lv/rss").build()?;
    /// let bytes = jaunumi::jsonld::ListingWriter::start(Vec::new(), &feed)?.finish()?;
    /// let json: serde_json::Value = serde_json::from_slice(&bytes)?;
    /// assert_eq!(json["@graph"][0]["@type"], "CollectionPage");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn finish(mut self) -> Result<W, ExportError> {
        // `itemListElement`, then the `ItemList`, then `@graph`.
        self.out.close(b"]")?;
        self.out.entry(false, "numberOfItems", &self.count)?;
        self.out.close(b"}")?;
        self.out.close(b"]")?;
        self.out.close(b"}")?;
        self.out.end()?;
        Ok(self.out.into_inner())
    }
}

/// The `CollectionPage`.
struct PageNode<'a> {
    feed: &'a Feed,
    id: &'a str,
    list_id: &'a str,
    breadcrumb_id: Option<&'a str>,
    publisher: Option<&'a str>,
}

impl Serialize for PageNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let feed = self.feed;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "CollectionPage")?;
        map.serialize_entry("@id", self.id)?;
        map.serialize_entry("url", feed.home_url().as_str())?;
        map.serialize_entry("name", feed.title().as_str())?;
        map.serialize_entry("description", feed.description().as_str())?;
        if let Some(publisher) = self.publisher {
            map.serialize_entry("publisher", &Ref(publisher))?;
        }
        if let Some(updated) = feed.updated() {
            map.serialize_entry("dateModified", &Instant(updated))?;
        }
        if let Some(rights) = feed.rights() {
            map.serialize_entry("copyrightNotice", rights.as_str())?;
        }
        if let Some(id) = self.breadcrumb_id {
            map.serialize_entry("breadcrumb", &Ref(id))?;
        }
        map.serialize_entry("mainEntity", &Ref(self.list_id))?;
        map.serialize_entry("inLanguage", feed.language().as_str())?;
        map.end()
    }
}

/// A `ListItem` of the list: the article's page, and the article in brief under the
/// `@id` its own page's graph gives it.
struct ItemNode<'a> {
    position: usize,
    article: &'a Article,
}

impl Serialize for ItemNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("@type", "ListItem")?;
        map.serialize_entry("position", &self.position)?;
        map.serialize_entry("url", self.article.url().as_str())?;
        map.serialize_entry("item", &BriefNode(self.article))?;
        map.end()
    }
}

/// An article in brief.
struct BriefNode<'a>(&'a Article);

impl Serialize for BriefNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let article = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "NewsArticle")?;
        map.serialize_entry("@id", &with_fragment(article.url().as_url(), "article"))?;
        map.serialize_entry("headline", article.title().as_str())?;
        map.serialize_entry("datePublished", &Instant(article.published()))?;
        let modified = article.updated().unwrap_or(article.published());
        map.serialize_entry("dateModified", &Instant(modified))?;
        if let Some(image) = article.image() {
            map.serialize_entry("image", image.url().as_str())?;
        }
        map.serialize_entry("inLanguage", article.language().as_str())?;
        map.end()
    }
}
