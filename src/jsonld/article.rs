//! An article's page: `NewsArticle`, its `WebPage`, primary image and breadcrumbs, and
//! the organisations, people and events it names, each once, linked by `@id`.

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use super::Error;
use super::breadcrumb::{Breadcrumb, BreadcrumbList};
use super::event::{self, EventNode};
use super::node::{
    ImageNode, Instant, OneOrMany, OrganizationNode, PersonNode, Ref, Refs, Registry,
    add_organization, entry, organization_id, person_id, site_of, with_fragment,
};
use super::report::Warning;
use crate::{Article, Event, Language, Organization, Person, Translation};

/// The graph of an article's page, planned: every `@id` chosen, every node placed once,
/// Google's rules checked. Writing it cannot fail but for the writer.
#[derive(Debug)]
pub(super) struct ArticleGraph<'a> {
    article: &'a Article,
    trail: &'a [Breadcrumb],
    site: String,
    article_id: String,
    page_id: String,
    image_id: Option<String>,
    breadcrumb_id: Option<String>,
    publisher: Option<String>,
    authors: Vec<String>,
    mentions: Vec<String>,
    organizations: Registry<'a, Organization>,
    persons: Registry<'a, Person>,
    events: Vec<(String, &'a Event, Vec<String>)>,
    warnings: Vec<Warning>,
}

impl<'a> ArticleGraph<'a> {
    pub(super) fn new(article: &'a Article, trail: &'a [Breadcrumb]) -> Result<Self, Error> {
        let url = article.url().as_url();
        let site = site_of(url);
        let mut warnings = Vec::new();
        let mut organizations = Registry::default();
        let mut persons = Registry::default();

        if article.image().is_none() {
            warnings.push(Warning::recommended(
                "image".to_owned(),
                "NewsArticle",
                "image",
            ));
        }
        let publisher = article.publisher().map(|publisher| {
            add_organization(
                &mut organizations,
                &site,
                publisher,
                "publisher",
                &mut warnings,
            );
            organization_id(&site, publisher)
        });
        let mut authors = Vec::new();
        for (i, person) in article.authors().iter().enumerate() {
            let id = person_id(&site, person);
            let field = || format!("authors[{i}]");
            persons.add(&id, person, "Person", field, &mut warnings);
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
                    add_organization(&mut organizations, &site, organizer, &at, &mut warnings);
                    organization_id(&site, organizer)
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
            add_organization(
                &mut organizations,
                &site,
                organization,
                &field,
                &mut warnings,
            );
            push_once(&mut mentions, organization_id(&site, organization));
        }

        Ok(Self {
            article,
            trail,
            article_id: with_fragment(url, "article"),
            page_id: with_fragment(url, "webpage"),
            image_id: article.image().map(|_| with_fragment(url, "primaryimage")),
            breadcrumb_id: (!trail.is_empty()).then(|| with_fragment(url, "breadcrumb")),
            site,
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

impl Serialize for ArticleGraph<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("@context", "https://schema.org")?;
        map.serialize_entry("@graph", &Nodes(self))?;
        map.end()
    }
}

/// The nodes in the order Yoast writes them: the article, its page, its image, the
/// breadcrumbs, then organisations, people and events.
struct Nodes<'g, 'a>(&'g ArticleGraph<'a>);

impl Serialize for Nodes<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let graph = self.0;
        let article = graph.article;
        let mut seq = serializer.serialize_seq(None)?;
        seq.serialize_element(&ArticleNode(graph))?;
        seq.serialize_element(&PageNode(graph))?;
        if let (Some(id), Some(image)) = (&graph.image_id, article.image()) {
            seq.serialize_element(&ImageNode {
                id: Some(id),
                image,
                language: Some(article.language()),
            })?;
        }
        if let Some(id) = &graph.breadcrumb_id {
            seq.serialize_element(&BreadcrumbList {
                id,
                trail: graph.trail,
                name: article.title(),
                url: article.url(),
            })?;
        }
        for (id, organization) in graph.organizations.iter() {
            let site = &graph.site;
            seq.serialize_element(&OrganizationNode {
                id,
                organization,
                site,
            })?;
        }
        for (id, person) in graph.persons.iter() {
            seq.serialize_element(&PersonNode { id, person })?;
        }
        for (id, event, organizers) in &graph.events {
            seq.serialize_element(&EventNode {
                id,
                event,
                organizers,
            })?;
        }
        seq.end()
    }
}

/// The `NewsArticle`.
struct ArticleNode<'g, 'a>(&'g ArticleGraph<'a>);

impl Serialize for ArticleNode<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let graph = self.0;
        let article = graph.article;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "NewsArticle")?;
        map.serialize_entry("@id", &graph.article_id)?;
        map.serialize_entry("isPartOf", &Ref(&graph.page_id))?;
        map.serialize_entry("mainEntityOfPage", &Ref(&graph.page_id))?;
        map.serialize_entry("url", article.url())?;
        if !article.id_is_url() {
            map.serialize_entry("identifier", article.id().as_str())?;
        }
        map.serialize_entry("headline", article.title())?;
        entry(&mut map, "description", article.summary())?;
        if let Some(body) = article.body() {
            map.serialize_entry("articleBody", &body.to_text())?;
        }
        if !graph.authors.is_empty() {
            map.serialize_entry("author", &Refs(&graph.authors))?;
        }
        if let Some(publisher) = &graph.publisher {
            map.serialize_entry("publisher", &Ref(publisher))?;
        }
        map.serialize_entry("datePublished", &Instant(article.published()))?;
        let modified = article.updated().unwrap_or(article.published());
        map.serialize_entry("dateModified", &Instant(modified))?;
        if let (Some(id), Some(image)) = (&graph.image_id, article.image()) {
            map.serialize_entry("image", &Ref(id))?;
            map.serialize_entry("thumbnailUrl", image.url())?;
        }
        map.serialize_entry("inLanguage", article.language())?;
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
            map.serialize_entry("articleSection", &OneOrMany(&sections))?;
        }
        if !article.keywords().is_empty() {
            map.serialize_entry("keywords", article.keywords())?;
        }
        if !graph.events.is_empty() {
            let about: Vec<Ref<'_>> = graph.events.iter().map(|(id, ..)| Ref(id)).collect();
            map.serialize_entry("about", &OneOrMany(&about))?;
        }
        if !graph.mentions.is_empty() {
            map.serialize_entry("mentions", &Refs(&graph.mentions))?;
        }
        match Translations::of(article) {
            Translations::None => {}
            Translations::Original(translations) => {
                map.serialize_entry("workTranslation", &TranslationList(&translations))?;
            }
            Translations::Translated { original, others } => {
                let original = TranslationNode {
                    translation: original,
                    others: &others,
                };
                map.serialize_entry("translationOfWork", &original)?;
            }
        }
        map.end()
    }
}

/// The `WebPage` the article is the main entity of.
struct PageNode<'g, 'a>(&'g ArticleGraph<'a>);

impl Serialize for PageNode<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let graph = self.0;
        let article = graph.article;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "WebPage")?;
        map.serialize_entry("@id", &graph.page_id)?;
        map.serialize_entry("url", article.url())?;
        map.serialize_entry("name", article.title())?;
        entry(&mut map, "description", article.summary())?;
        if let Some(id) = &graph.image_id {
            map.serialize_entry("primaryImageOfPage", &Ref(id))?;
        }
        map.serialize_entry("datePublished", &Instant(article.published()))?;
        let modified = article.updated().unwrap_or(article.published());
        map.serialize_entry("dateModified", &Instant(modified))?;
        if let Some(id) = &graph.breadcrumb_id {
            map.serialize_entry("breadcrumb", &Ref(id))?;
        }
        map.serialize_entry("inLanguage", article.language())?;
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
        map.serialize_entry("url", url)?;
        map.serialize_entry("inLanguage", self.translation.language())?;
        if !self.others.is_empty() {
            map.serialize_entry("workTranslation", &TranslationList(self.others))?;
        }
        map.end()
    }
}
