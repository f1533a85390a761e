//! An article's page: `NewsArticle`, its `WebPage`, primary image and breadcrumbs, and
//! the organisations, people and events it names, each once, linked by `@id`.

use std::cell::RefCell;
use std::io;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::body;
use super::breadcrumb::{Breadcrumb, BreadcrumbList};
use super::event::{self, EventNode};
use super::node::{
    ImageNode, OneOrMany, OrganizationNode, PersonNode, Ref, Refs, Registry, Strs,
    add_organization, image_rights, person_id, site_of, with_fragment,
};
use super::report::Warning;
use crate::export::ExportError;
use crate::json::format::Out;
use crate::model::article::Article;
use crate::model::article::document::Document;
use crate::model::article::translation::Translation;
use crate::model::event::Event;
use crate::model::language::Language;
use crate::model::organization::Organization;
use crate::model::person::Person;
use crate::model::text::Text;
use crate::rfc3339;

thread_local! {
    /// The text of the body being written: one buffer for every article a thread writes,
    /// instead of one allocation each.
    static BODY_TEXT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The graph of an article's page, planned: every `@id` chosen, every node placed once,
/// Google's rules checked. Writing it cannot fail but for the writer.
#[derive(Debug)]
pub(super) struct ArticleGraph<'a> {
    article: &'a Article,
    trail: &'a [Breadcrumb],
    article_id: String,
    page_id: String,
    image_id: Option<String>,
    gallery_ids: Vec<String>,
    breadcrumb_id: Option<String>,
    published: String,
    modified: String,
    publisher: Option<String>,
    authors: Vec<String>,
    mentions: Vec<String>,
    organizations: Registry<'a, Organization>,
    persons: Registry<'a, Person>,
    events: Vec<(String, &'a Event, Vec<String>)>,
    warnings: Vec<Warning>,
}

impl<'a> ArticleGraph<'a> {
    pub(super) fn new(article: &'a Article, trail: &'a [Breadcrumb]) -> Result<Self, ExportError> {
        let url = article.url().as_url();
        let site = site_of(url);
        let mut warnings = Vec::new();
        let mut organizations = Registry::default();
        let mut persons = Registry::default();

        if article.image().is_none() && article.gallery().is_empty() {
            warnings.push(Warning::recommended(
                "image".to_owned(),
                "NewsArticle",
                "image",
            ));
        }
        let images = article.image().map(|image| ("image".to_owned(), image));
        let gallery = (article.gallery().iter().enumerate())
            .map(|(i, image)| (format!("gallery[{i}]"), image));
        for (field, image) in images.into_iter().chain(gallery) {
            for (property, model, given) in image_rights(image) {
                if !given {
                    let field = format!("{field}.{model}");
                    warnings.push(Warning::recommended(field, "ImageObject", property));
                }
            }
        }
        let publisher = article.publisher().map(|publisher| {
            add_organization(
                &mut organizations,
                &site,
                publisher,
                "publisher",
                &mut warnings,
            )
        });
        let mut authors = Vec::new();
        for (i, person) in article.authors().iter().enumerate() {
            let id = person_id(&site, person);
            let field = || format!("authors[{i}]");
            persons.add(id.clone(), person, None, "Person", field, &mut warnings);
            if person.url().is_none() {
                warnings.push(Warning::recommended(
                    format!("authors[{i}].url"),
                    "Person",
                    "url",
                ));
            }
            push_once(&mut authors, id);
        }
        // An item without a byline is the work of the institution that published it.
        match (authors.is_empty(), article.publisher(), &publisher) {
            (false, _, _) => {}
            (true, Some(publisher), Some(id)) => {
                authors.push(id.clone());
                if publisher.url().is_none() {
                    let field = "publisher.url".to_owned();
                    warnings.push(Warning::recommended(field, "Organization", "url"));
                }
            }
            _ => warnings.push(Warning::recommended(
                "authors".to_owned(),
                "NewsArticle",
                "author",
            )),
        }

        let mut events = Vec::new();
        for (i, event) in article.events().iter().enumerate() {
            let field = format!("events[{i}]");
            event::check(event, &field, &mut warnings)?;
            let organizers = event
                .organizers()
                .iter()
                .enumerate()
                .map(|(j, organizer)| {
                    let at = format!("{field}.organizers[{j}]");
                    add_organization(&mut organizations, &site, organizer, &at, &mut warnings)
                })
                .collect();
            events.push((
                with_fragment(url, &format!("event-{}", i + 1)),
                event,
                organizers,
            ));
        }
        let mut mentions = Vec::new();
        for (i, organization) in article.mentions().iter().enumerate() {
            let field = format!("mentions[{i}]");
            let id = add_organization(
                &mut organizations,
                &site,
                organization,
                &field,
                &mut warnings,
            );
            push_once(&mut mentions, id);
        }

        Ok(Self {
            article,
            trail,
            article_id: with_fragment(url, "article"),
            page_id: with_fragment(url, "webpage"),
            image_id: article.image().map(|_| with_fragment(url, "primaryimage")),
            gallery_ids: (1..=article.gallery().len())
                .map(|n| with_fragment(url, &format!("image-{n}")))
                .collect(),
            breadcrumb_id: (!trail.is_empty()).then(|| with_fragment(url, "breadcrumb")),
            published: rfc3339::format(article.published()),
            // Not changed since publication: modified when published, as Yoast says it.
            modified: rfc3339::format(article.updated().unwrap_or(article.published())),
            publisher,
            authors,
            mentions,
            organizations,
            persons,
            events,
            warnings,
        })
    }

    pub(super) fn into_warnings(self) -> Vec<Warning> {
        self.warnings
    }
}

fn push_once(ids: &mut Vec<String>, id: String) {
    if !ids.contains(&id) {
        ids.push(id);
    }
}

impl ArticleGraph<'_> {
    /// Writes the graph: the nodes in the order Yoast writes them (the article, its page,
    /// its image, the breadcrumbs), then organisations, people and events.
    pub(super) fn write<W: io::Write>(&self, out: &mut Out<W>) -> Result<(), ExportError> {
        let article = self.article;
        out.open(b"{")?;
        out.entry(true, "@context", "https://schema.org")?;
        out.key(false, "@graph")?;
        out.open(b"[")?;
        out.item(true)?;
        self.write_article(out)?;
        out.element(false, &PageNode(self))?;
        if let (Some(id), Some(image)) = (&self.image_id, article.image()) {
            let language = Some(article.language());
            let image = ImageNode {
                id: Some(id),
                image,
                language,
            };
            out.element(false, &image)?;
        }
        for (id, image) in self.gallery_ids.iter().zip(article.gallery()) {
            let language = Some(article.language());
            let image = ImageNode {
                id: Some(id),
                image,
                language,
            };
            out.element(false, &image)?;
        }
        if let Some(id) = &self.breadcrumb_id {
            let list = BreadcrumbList {
                id,
                trail: self.trail,
                name: article.title(),
                url: article.url(),
            };
            out.element(false, &list)?;
        }
        for (id, organization, parent) in self.organizations.iter() {
            let node = OrganizationNode {
                id,
                organization,
                parent,
            };
            out.element(false, &node)?;
        }
        for (id, person, _) in self.persons.iter() {
            out.element(false, &PersonNode { id, person })?;
        }
        for (id, event, organizers) in &self.events {
            let node = EventNode {
                id,
                event,
                organizers,
            };
            out.element(false, &node)?;
        }
        out.close(b"]")?;
        out.close(b"}")
    }

    /// Writes the `NewsArticle`, key by key: its body's text goes straight from the HTML
    /// to the JSON string ([`body::text`]), read once, where a value through `serde_json`
    /// would be read three times (to text, to escape, to write).
    fn write_article<W: io::Write>(&self, out: &mut Out<W>) -> Result<(), ExportError> {
        let article = self.article;
        let mut node = out.object()?;
        node.entry("@type", "NewsArticle")?;
        node.entry("@id", &self.article_id)?;
        node.entry("isPartOf", &Ref(&self.page_id))?;
        node.entry("mainEntityOfPage", &Ref(&self.page_id))?;
        if !article.id_is_url() {
            node.entry("identifier", article.id().as_str())?;
        }
        node.entry("headline", article.title().as_str())?;
        node.optional("description", article.summary().map(Text::as_str))?;
        if let Some(body) = article.body() {
            BODY_TEXT.with(|buffer| match buffer.try_borrow_mut() {
                Ok(mut buffer) => {
                    node.text("articleBody", &body::text(body, &mut buffer))?;
                    // A body of a rare size need not stay in memory.
                    if buffer.capacity() > 1 << 16 {
                        *buffer = String::new();
                    }
                    Ok(())
                }
                Err(_) => node.text("articleBody", &body::text(body, &mut String::new())),
            })?;
        }
        if !self.authors.is_empty() {
            node.entry("author", &Refs(&self.authors))?;
        }
        if let Some(publisher) = &self.publisher {
            node.entry("publisher", &Ref(publisher))?;
        }
        node.entry("datePublished", &self.published)?;
        node.entry("dateModified", &self.modified)?;
        let images: Vec<&String> = self.image_id.iter().chain(&self.gallery_ids).collect();
        match images.as_slice() {
            [] => {}
            [one] => node.entry("image", &Ref(one))?,
            many => {
                let refs: Vec<Ref<'_>> = many.iter().map(|id| Ref(id)).collect();
                node.entry("image", &refs)?;
            }
        }
        if !article.documents().is_empty() {
            let media: Vec<MediaNode<'_>> = article.documents().iter().map(MediaNode).collect();
            node.entry("associatedMedia", &OneOrMany(&media))?;
        }
        node.entry("inLanguage", article.language().as_str())?;
        let mut sections: Vec<&str> = Vec::new();
        let names = article.categories().iter().map(|c| c.name().as_str());
        for name in article
            .section()
            .map(|s| s.as_str())
            .into_iter()
            .chain(names)
        {
            if !sections.contains(&name) {
                sections.push(name);
            }
        }
        if !sections.is_empty() {
            node.entry("articleSection", &OneOrMany(&sections))?;
        }
        if !article.keywords().is_empty() {
            node.entry("keywords", &Strs(article.keywords()))?;
        }
        if !self.events.is_empty() {
            let about: Vec<Ref<'_>> = self.events.iter().map(|(id, ..)| Ref(id)).collect();
            node.entry("about", &OneOrMany(&about))?;
        }
        if !self.mentions.is_empty() {
            node.entry("mentions", &Refs(&self.mentions))?;
        }
        match Translations::of(article) {
            Translations::None => {}
            Translations::Original(translations) => {
                node.entry("workTranslation", &TranslationList(&translations))?;
            }
            Translations::Translated { original, others } => {
                let original = TranslationNode {
                    translation: original,
                    others: &others,
                };
                node.entry("translationOfWork", &original)?;
            }
        }
        node.end()
    }
}

/// A document attached to the article, as a `MediaObject`: its title, address, media type
/// and size.
struct MediaNode<'a>(&'a Document);

impl Serialize for MediaNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let document = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "MediaObject")?;
        map.serialize_entry("name", document.title().as_str())?;
        map.serialize_entry("contentUrl", document.url().as_str())?;
        map.serialize_entry("encodingFormat", document.media_type())?;
        if let Some(length) = document.length() {
            map.serialize_entry("contentSize", &format!("{length} B"))?;
        }
        map.end()
    }
}

/// The `WebPage` the article is the main entity of: what identifies the page (its URL and
/// title) and what hangs off it (primary image, breadcrumbs). The article's summary and
/// dates are the article's, stated once on the `NewsArticle` (Yoast repeats them here).
struct PageNode<'g, 'a>(&'g ArticleGraph<'a>);

impl Serialize for PageNode<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let graph = self.0;
        let article = graph.article;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "WebPage")?;
        map.serialize_entry("@id", &graph.page_id)?;
        map.serialize_entry("url", article.url().as_str())?;
        map.serialize_entry("name", article.title().as_str())?;
        if let Some(id) = &graph.image_id {
            map.serialize_entry("primaryImageOfPage", &Ref(id))?;
        }
        if let Some(id) = &graph.breadcrumb_id {
            map.serialize_entry("breadcrumb", &Ref(id))?;
        }
        map.serialize_entry("inLanguage", article.language().as_str())?;
        map.end()
    }
}

/// How the article's language versions relate. A Latvian municipality publishes in
/// Latvian first (the State Language Law makes Latvian its working language), so the
/// Latvian version is the original and the others are its translations; with no Latvian
/// version, the article at hand is taken as the original.
enum Translations<'a> {
    None,
    /// The article is the original; these are its translations.
    Original(Vec<&'a Translation>),
    /// The article translates `original`, as do `others`.
    Translated {
        original: &'a Translation,
        others: Vec<&'a Translation>,
    },
}

impl<'a> Translations<'a> {
    fn of(article: &'a Article) -> Self {
        let all = article.translations();
        if all.is_empty() {
            return Translations::None;
        }
        let latvian = all.iter().find(|t| *t.language() == Language::LATVIAN);
        match latvian {
            Some(original) if *article.language() != Language::LATVIAN => {
                Translations::Translated {
                    original,
                    others: all.iter().filter(|t| !std::ptr::eq(*t, original)).collect(),
                }
            }
            _ => Translations::Original(all.iter().collect()),
        }
    }
}

/// The other language versions, as nodes of their own pages.
struct TranslationList<'a>(&'a [&'a Translation]);

impl Serialize for TranslationList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let nodes: Vec<TranslationNode<'_>> = self
            .0
            .iter()
            .map(|translation| TranslationNode {
                translation,
                others: &[],
            })
            .collect();
        OneOrMany(&nodes).serialize(serializer)
    }
}

/// A language version on its own page: the `NewsArticle` that page's graph describes,
/// with (for the original) its other translations.
struct TranslationNode<'a> {
    translation: &'a Translation,
    others: &'a [&'a Translation],
}

impl Serialize for TranslationNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let url = self.translation.url();
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "NewsArticle")?;
        map.serialize_entry("@id", &with_fragment(url.as_url(), "article"))?;
        map.serialize_entry("url", url.as_str())?;
        map.serialize_entry("inLanguage", self.translation.language().as_str())?;
        if !self.others.is_empty() {
            map.serialize_entry("workTranslation", &TranslationList(self.others))?;
        }
        map.end()
    }
}
