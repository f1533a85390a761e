//! Feeds: a site's list of articles, with what RSS and Atom say about it. The links between
//! the pages of a paged feed are its module.

pub(crate) mod paging;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::model::article::{Article, ArticleBuilder};
use crate::model::error::{Error, ErrorKind};
use crate::model::feed::paging::{Paging, PagingBuilder};
use crate::model::instant::{self, Rfc3339};
use crate::model::language::Language;
use crate::model::organization::{Organization, OrganizationBuilder};
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::model::{Nested, each, optional};

/// A feed: a site's (or a section's) list of articles, with the metadata RSS 2.0 and Atom
/// need.
///
/// Title, description, the page of the site it lists (`home_url`) and the feed's own
/// address (`feed_url`) are required: RSS requires a channel description, and feed
/// validators want every feed to name its own address.
///
/// # Example
///
/// ```
/// use jaunumi::{Article, Feed};
///
/// let article = Article::builder(
///     "Ventspils Digitālais centrs dalās pieredzē ar Jūrmalas pašvaldības IT speciālistiem",
///     "https://vdc.ventspils.lv/jaunumi/1/",
///     jaunumi::riga::at(2018, 1, 17, 15, 30)?,
/// )
/// .build()?;
/// let feed = Feed::builder(
///     "Ventspils Digitālais centrs: jaunumi",
///     "Ventspils Digitālā centra jaunumi",
///     "https://vdc.ventspils.lv/jaunumi/",
///     "https://vdc.ventspils.lv/jaunumi/feed/",
/// )
/// .article(article)
/// .build()?;
/// assert_eq!(feed.articles().len(), 1);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", try_from = "FeedBuilder")]
pub struct Feed {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Url>,
    title: Text,
    description: Text,
    home_url: WebUrl,
    feed_url: WebUrl,
    language: Language,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Organization>,
    #[serde(skip_serializing_if = "Option::is_none")]
    icon: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logo: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rights: Option<Text>,
    #[serde(
        serialize_with = "instant::serialize_optional",
        skip_serializing_if = "Option::is_none"
    )]
    updated: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Paging::is_empty")]
    paging: Paging,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hubs: Vec<WebUrl>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    articles: Vec<Article>,
}

impl Feed {
    /// Starts a feed from its title, description, the page of the site it lists and its own
    /// address.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder(
    ///     "Jaunumi",
    ///     "Ventspils pilsētas jaunumi",
    ///     "https://www.ventspils.lv/",
    ///     "https://www.ventspils.lv/rss",
    /// )
    /// .build()?;
    /// assert!(feed.articles().is_empty());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(
        title: impl Into<String>,
        description: impl Into<String>,
        home_url: impl Into<String>,
        feed_url: impl Into<String>,
    ) -> FeedBuilder {
        FeedBuilder {
            id: None,
            title: title.into(),
            description: description.into(),
            home_url: home_url.into(),
            feed_url: feed_url.into(),
            language: None,
            publisher: None,
            icon: None,
            logo: None,
            rights: None,
            updated: None,
            paging: None,
            hubs: Vec::new(),
            articles: Vec::new(),
        }
    }

    /// The feed's stable identifier (Atom `id`): the one set, or else the feed's address.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "Jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss").build()?;
    /// assert_eq!(feed.id().as_str(), "https://ventspils.lv/rss");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id(&self) -> &Url {
        self.id.as_ref().unwrap_or(self.feed_url.as_url())
    }

    /// The feed's title.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("Jaunumi", "J", "https://ventspils.lv/", "https://ventspils.lv/rss").build()?;
    /// assert_eq!(feed.title().as_str(), "Jaunumi");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn title(&self) -> &Text {
        &self.title
    }

    /// What the feed holds, in a sentence.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "Pilsētas jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss").build()?;
    /// assert_eq!(feed.description().as_str(), "Pilsētas jaunumi");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn description(&self) -> &Text {
        &self.description
    }

    /// The page of the site the feed lists (RSS channel `link`, Atom `link rel="alternate"`).
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/jaunumi/", "https://ventspils.lv/rss").build()?;
    /// assert_eq!(feed.home_url().as_str(), "https://ventspils.lv/jaunumi/");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn home_url(&self) -> &WebUrl {
        &self.home_url
    }

    /// The feed's own address (`link rel="self"`).
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss").build()?;
    /// assert_eq!(feed.feed_url().as_str(), "https://ventspils.lv/rss");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn feed_url(&self) -> &WebUrl {
        &self.feed_url
    }

    /// The feed's language; Latvian unless set.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss").build()?;
    /// assert_eq!(feed.language().as_str(), "lv");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn language(&self) -> &Language {
        &self.language
    }

    /// Who publishes the feed.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils valstspilsētas pašvaldība").build()?;
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .publisher(org)
    ///     .build()?;
    /// assert!(feed.publisher().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn publisher(&self) -> Option<&Organization> {
        self.publisher.as_ref()
    }

    /// A small square image for the feed (Atom `icon`), such as the site's favicon.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .icon("https://ventspils.lv/favicon.png")
    ///     .build()?;
    /// assert!(feed.icon().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn icon(&self) -> Option<&WebUrl> {
        self.icon.as_ref()
    }

    /// A larger image for the feed (Atom `logo`, RSS `image`).
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .logo("https://ventspils.lv/logo.png")
    ///     .build()?;
    /// assert!(feed.logo().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn logo(&self) -> Option<&WebUrl> {
        self.logo.as_ref()
    }

    /// The copyright statement (RSS `copyright`, Atom `rights`).
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .rights("© Ventspils valstspilsētas pašvaldība")
    ///     .build()?;
    /// assert!(feed.rights().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rights(&self) -> Option<&Text> {
        self.rights.as_ref()
    }

    /// When the feed last changed, if set. Exporters that need it and find it unset use the
    /// newest article's update or publication instant; never the clock.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .updated(jaunumi::riga::at(2018, 1, 17, 16, 0)?)
    ///     .build()?;
    /// assert!(feed.updated().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn updated(&self) -> Option<&DateTime<FixedOffset>> {
        self.updated.as_ref()
    }

    /// The links to the other pages of a paged feed.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss").build()?;
    /// assert!(feed.paging().is_empty());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn paging(&self) -> &Paging {
        &self.paging
    }

    /// The WebSub hubs the feed's publisher notifies of each change (RSS and Atom
    /// `link rel="hub"`, JSON Feed `hubs`): readers subscribed there get the new articles at
    /// once instead of polling. See [`websub`](crate::websub).
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .hub("https://pubsubhubbub.appspot.com/")
    ///     .build()?;
    /// assert_eq!(feed.hubs()[0].as_str(), "https://pubsubhubbub.appspot.com/");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn hubs(&self) -> &[WebUrl] {
        &self.hubs
    }

    /// The articles, in the order the feed lists them (normally newest first).
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss").build()?;
    /// assert_eq!(feed.articles().len(), 0);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// The newest time one of its articles was published or updated: what the feed's
    /// `updated` defaults to.
    pub(crate) fn newest(&self) -> Option<&DateTime<FixedOffset>> {
        self.articles
            .iter()
            .map(|a| a.updated().unwrap_or(a.published()))
            .max()
    }

    /// Roughly how many bytes the feed takes written out, its articles' text and the markup
    /// around it: enough to write it into memory without growing the buffer more than once.
    pub(crate) fn size_hint(&self) -> usize {
        self.articles.iter().fold(2048, |sum, article| {
            sum + 1024
                + article.title().as_str().len()
                + article.summary().map_or(0, |s| s.as_str().len() * 9 / 8)
                + article.body().map_or(0, |b| b.as_str().len())
        })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Feed {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Feed".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        FeedBuilder::json_schema(generator)
    }
}

/// A [`Feed`] under construction. It is also the JSON form that deserialisation checks.
///
/// # Example
///
/// ```
/// let err = jaunumi::Feed::builder("J", "", "https://ventspils.lv/", "https://ventspils.lv/rss")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.to_string(), "description: must not be empty");
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "A feed: a site's list of articles, with the metadata RSS 2.0 and Atom need."
    )
)]
pub struct FeedBuilder {
    /// A stable identifier (an absolute URI); the feed's address when absent.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<String>", extend("format" = "uri")))]
    id: Option<String>,
    /// The feed's title.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    title: String,
    /// What the feed holds, in a sentence.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    description: String,
    /// The page of the site the feed lists.
    #[cfg_attr(feature = "schemars", schemars(with = "WebUrl"))]
    home_url: String,
    /// The feed's own address.
    #[cfg_attr(feature = "schemars", schemars(with = "WebUrl"))]
    feed_url: String,
    /// The feed's language; `lv` when absent.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Language>"))]
    language: Option<Nested<Language, String>>,
    /// Who publishes the feed.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Organization>"))]
    publisher: Option<Nested<Organization, OrganizationBuilder>>,
    /// A small square image for the feed.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    icon: Option<String>,
    /// A larger image for the feed.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    logo: Option<String>,
    /// The copyright statement.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    rights: Option<String>,
    /// When the feed last changed: an RFC 3339 date-time with offset.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<DateTime<FixedOffset>>"))]
    updated: Option<Nested<DateTime<FixedOffset>, Rfc3339>>,
    /// The links to the other pages of a paged feed.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Paging>"))]
    paging: Option<Nested<Paging, PagingBuilder>>,
    /// The WebSub hubs the publisher notifies of each change.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<WebUrl>"))]
    hubs: Vec<String>,
    /// The articles, in the order the feed lists them.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Article>"))]
    articles: Vec<Nested<Article, ArticleBuilder>>,
}

impl FeedBuilder {
    /// Sets a stable identifier other than the feed's address (any absolute URI).
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .id("tag:ventspils.lv,2005:jaunumi")
    ///     .build()?;
    /// assert_eq!(feed.id().as_str(), "tag:ventspils.lv,2005:jaunumi");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets the feed's language.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("News", "News", "https://ventspils.lv/en/", "https://ventspils.lv/en/rss")
    ///     .language(jaunumi::Language::ENGLISH)
    ///     .build()?;
    /// assert_eq!(feed.language().as_str(), "en");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(Nested::Checked(language));
        self
    }

    /// Sets who publishes the feed.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils").build()?;
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .publisher(org)
    ///     .build()?;
    /// assert!(feed.publisher().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn publisher(mut self, publisher: Organization) -> Self {
        self.publisher = Some(Nested::Checked(publisher));
        self
    }

    /// Sets a small square image for the feed.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .icon("https://ventspils.lv/favicon.png")
    ///     .build()?;
    /// assert!(feed.icon().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn icon(mut self, url: impl Into<String>) -> Self {
        self.icon = Some(url.into());
        self
    }

    /// Sets a larger image for the feed.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .logo("https://ventspils.lv/logo.png")
    ///     .build()?;
    /// assert!(feed.logo().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn logo(mut self, url: impl Into<String>) -> Self {
        self.logo = Some(url.into());
        self
    }

    /// Sets the copyright statement.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .rights("© Ventspils")
    ///     .build()?;
    /// assert!(feed.rights().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rights(mut self, rights: impl Into<String>) -> Self {
        self.rights = Some(rights.into());
        self
    }

    /// Sets when the feed last changed.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .updated(jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .build()?;
    /// assert!(feed.updated().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn updated(mut self, updated: DateTime<FixedOffset>) -> Self {
        self.updated = Some(Nested::Checked(updated));
        self
    }

    /// Sets the links to the other pages of a paged feed.
    ///
    /// # Example
    ///
    /// ```
    /// let paging = jaunumi::Paging::builder().next("https://ventspils.lv/rss?paged=2").build()?;
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .paging(paging)
    ///     .build()?;
    /// assert!(feed.paging().next().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn paging(mut self, paging: Paging) -> Self {
        self.paging = Some(Nested::Checked(paging));
        self
    }

    /// Adds a WebSub hub the publisher notifies of each change (an absolute `http` or
    /// `https` URL).
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .hub("https://websub.ventspils.lv/")
    ///     .build()?;
    /// assert_eq!(feed.hubs().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn hub(mut self, url: impl Into<String>) -> Self {
        self.hubs.push(url.into());
        self
    }

    /// Adds an article, after those already added.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .article(article)
    ///     .build()?;
    /// assert_eq!(feed.articles().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn article(mut self, article: Article) -> Self {
        self.articles.push(Nested::Checked(article));
        self
    }

    /// Adds articles, after those already added.
    ///
    /// # Example
    ///
    /// ```
    /// let published = jaunumi::riga::at(2024, 1, 1, 9, 0)?;
    /// let articles = vec![
    ///     jaunumi::Article::builder("Pirmais", "https://ventspils.lv/j/1", published).build()?,
    ///     jaunumi::Article::builder("Otrais", "https://ventspils.lv/j/2", published).build()?,
    /// ];
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "https://ventspils.lv/rss")
    ///     .articles(articles)
    ///     .build()?;
    /// assert_eq!(feed.articles().len(), 2);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn articles(mut self, articles: impl IntoIterator<Item = Article>) -> Self {
        self.articles
            .extend(articles.into_iter().map(Nested::Checked));
        self
    }

    /// Checks every field and builds the feed.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field that is wrong: `title`, `description`, `rights`
    /// (empty, or a character XML cannot carry), `homeUrl`, `feedUrl`, `icon`, `logo`,
    /// `hubs[i]` (not an absolute `http`/`https` URL), `id` (not an absolute URI), `updated` (not RFC 3339 with
    /// an offset), `language`; errors inside `publisher`, `paging` and `articles[i]` carry
    /// their path. `paging.previous` on a feed that is its own first page, and `paging.next`
    /// on one that is its own last page, are refused: a link past the end of the list.
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/", "/rss").build().unwrap_err();
    /// assert_eq!(err.field(), "feedUrl");
    /// ```
    pub fn build(self) -> Result<Feed, Error> {
        let feed = Feed {
            id: optional(self.id, "id", |id| {
                crate::model::web_url::parse_uri(id.trim())
            })?,
            title: Text::new(&self.title).map_err(|e| e.at("title"))?,
            description: Text::new(&self.description).map_err(|e| e.at("description"))?,
            home_url: WebUrl::parse(&self.home_url).map_err(|e| e.at("homeUrl"))?,
            feed_url: WebUrl::parse(&self.feed_url).map_err(|e| e.at("feedUrl"))?,
            language: Nested::check_optional(self.language, "language")?.unwrap_or_default(),
            publisher: Nested::check_optional(self.publisher, "publisher")?,
            icon: optional(self.icon, "icon", WebUrl::parse)?,
            logo: optional(self.logo, "logo", WebUrl::parse)?,
            rights: optional(self.rights, "rights", Text::new)?,
            updated: Nested::check_optional(self.updated, "updated")?,
            paging: Nested::check_optional(self.paging, "paging")?.unwrap_or_default(),
            hubs: each(self.hubs, "hubs", WebUrl::parse)?,
            articles: Nested::check_each(self.articles, "articles")?,
        };
        let paging = &feed.paging;
        for (end, beyond, field, reason) in [
            (
                paging.first(),
                paging.previous(),
                "previous",
                "when the feed is its own first page (`first` is `feedUrl`)",
            ),
            (
                paging.last(),
                paging.next(),
                "next",
                "when the feed is its own last page (`last` is `feedUrl`)",
            ),
        ] {
            if end == Some(&feed.feed_url) && beyond.is_some() {
                return Err(Error::from(ErrorKind::NotAllowed { reason })
                    .at(field)
                    .at("paging"));
            }
        }
        Ok(feed)
    }
}

impl TryFrom<FeedBuilder> for Feed {
    type Error = Error;

    fn try_from(builder: FeedBuilder) -> Result<Self, Error> {
        builder.build()
    }
}
