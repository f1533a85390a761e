//! News articles: the centre of the model. The categories they are filed under, the
//! documents attached to them and their translations are its modules.

pub(crate) mod category;
pub(crate) mod document;
pub(crate) mod translation;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::model::article::category::{Category, CategoryJson};
use crate::model::article::document::{Document, DocumentBuilder};
use crate::model::article::translation::{Translation, TranslationJson};
use crate::model::error::{Error, ErrorKind};
use crate::model::event::{Event, EventBuilder};
use crate::model::image::{Image, ImageBuilder};
use crate::model::instant::{self, Rfc3339};
use crate::model::language::Language;
use crate::model::organization::{Organization, OrganizationBuilder};
use crate::model::person::{Person, PersonBuilder};
use crate::model::text::{Html, Text};
use crate::model::web_url::WebUrl;
use crate::model::web_url::parse_uri;
use crate::model::{Nested, each, optional};
use crate::rfc3339;
use crate::slug::Slug;

/// A news article: what a municipal site publishes every day.
///
/// Title, canonical URL and publication instant are required; everything else is optional.
/// The slug derives from the title (in the article's language) unless given; the stable
/// identifier feeds use is the URL unless given.
///
/// # Example
///
/// ```
/// use jaunumi::{Article, Organization, OrganizationKind};
///
/// let publisher = Organization::builder("Ventspils Digitālais centrs")
///     .kind(OrganizationKind::MunicipalInstitution)
///     .build()?;
/// let article = Article::builder(
///     "Ventspils Digitālais centrs dalās pieredzē ar Jūrmalas pašvaldības IT speciālistiem",
///     "https://vdc.ventspils.lv/jaunumi/ventspils-digitalais-centrs-dalas-pieredze/",
///     jaunumi::riga::at(2018, 1, 17, 15, 30)?,
/// )
/// .publisher(publisher)
/// .section("Jaunumi")
/// .build()?;
/// assert_eq!(article.published().to_rfc3339(), "2018-01-17T15:30:00+02:00");
/// assert_eq!(article.id().as_str(), article.url().as_str());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", try_from = "ArticleBuilder")]
pub struct Article {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Url>,
    title: Text,
    url: WebUrl,
    slug: Slug,
    #[serde(serialize_with = "instant::serialize")]
    published: DateTime<FixedOffset>,
    #[serde(
        serialize_with = "instant::serialize_optional",
        skip_serializing_if = "Option::is_none"
    )]
    updated: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<Html>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    authors: Vec<Person>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Organization>,
    #[serde(skip_serializing_if = "Option::is_none")]
    section: Option<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    categories: Vec<Category>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<Image>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    gallery: Vec<Image>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    documents: Vec<Document>,
    language: Language,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    translations: Vec<Translation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    events: Vec<Event>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    mentions: Vec<Organization>,
}

impl Article {
    /// Starts an article from its title, canonical URL and publication instant.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder(
    ///     "Jūrmalas IT speciālisti viesojas Ventspilī",
    ///     "https://vdc.ventspils.lv/jaunumi/1/",
    ///     jaunumi::riga::at(2018, 1, 17, 12, 0)?,
    /// )
    /// .build()?;
    /// assert_eq!(article.slug().as_str(), "jurmalas-it-specialisti-viesojas-ventspili");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(
        title: impl Into<String>,
        url: impl Into<String>,
        published: DateTime<FixedOffset>,
    ) -> ArticleBuilder {
        ArticleBuilder {
            id: None,
            title: title.into(),
            url: url.into(),
            slug: None,
            published: Nested::Checked(published),
            updated: None,
            summary: None,
            body: None,
            authors: Vec::new(),
            publisher: None,
            section: None,
            categories: Vec::new(),
            keywords: Vec::new(),
            image: None,
            gallery: Vec::new(),
            documents: Vec::new(),
            language: None,
            translations: Vec::new(),
            events: Vec::new(),
            mentions: Vec::new(),
        }
    }

    /// The stable identifier feeds give the article: the one set, or else its URL.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .id("tag:ventspils.lv,2024:jaunumi/1")
    ///     .build()?;
    /// assert_eq!(article.id().as_str(), "tag:ventspils.lv,2024:jaunumi/1");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id(&self) -> &Url {
        self.id.as_ref().unwrap_or(self.url.as_url())
    }

    /// Whether the identifier is the article's own URL (a permanent link).
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .build()?;
    /// assert!(article.id_is_url());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id_is_url(&self) -> bool {
        self.id.as_ref().is_none_or(|id| id == self.url.as_url())
    }

    /// The headline.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder(" Jaunumi ", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .build()?;
    /// assert_eq!(article.title().as_str(), "Jaunumi");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn title(&self) -> &Text {
        &self.title
    }

    /// The canonical URL of the article's page.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .build()?;
    /// assert_eq!(article.url().as_str(), "https://ventspils.lv/j/1");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> &WebUrl {
        &self.url
    }

    /// The URL slug: the one set, or else the slug of the title in the article's language.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Ēnu diena", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 2, 14, 9, 0)?)
    ///     .build()?;
    /// assert_eq!(article.slug().as_str(), "enu-diena");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn slug(&self) -> &Slug {
        &self.slug
    }

    /// When it was first published, with its UTC offset.
    ///
    /// # Example
    ///
    /// ```
    /// let published = jaunumi::riga::at(2024, 7, 1, 9, 0)?;
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", published).build()?;
    /// assert_eq!(article.published().to_rfc3339(), "2024-07-01T09:00:00+03:00");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn published(&self) -> &DateTime<FixedOffset> {
        &self.published
    }

    /// When it was last changed, if it was; never before it was published.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .updated(jaunumi::riga::at(2024, 7, 2, 10, 0)?)
    ///     .build()?;
    /// assert!(article.updated().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn updated(&self) -> Option<&DateTime<FixedOffset>> {
        self.updated.as_ref()
    }

    /// The short summary, in plain text.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .summary("Īsumā par svarīgāko.")
    ///     .build()?;
    /// assert!(article.summary().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn summary(&self) -> Option<&Text> {
        self.summary.as_ref()
    }

    /// The body, in HTML.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .body(jaunumi::Html::new("<p>Teksts</p>")?)
    ///     .build()?;
    /// assert_eq!(article.body().map(|b| b.to_text()), Some("Teksts".to_owned()));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn body(&self) -> Option<&Html> {
        self.body.as_ref()
    }

    /// Who wrote it.
    ///
    /// # Example
    ///
    /// ```
    /// let author = jaunumi::Person::builder("Ilze Kalniņa").build()?;
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .author(author)
    ///     .build()?;
    /// assert_eq!(article.authors().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn authors(&self) -> &[Person] {
        &self.authors
    }

    /// Who published it.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils Digitālais centrs").build()?;
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .publisher(org)
    ///     .build()?;
    /// assert!(article.publisher().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn publisher(&self) -> Option<&Organization> {
        self.publisher.as_ref()
    }

    /// The section of the site it appears in, such as `Jaunumi`.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .section("Jaunumi")
    ///     .build()?;
    /// assert_eq!(article.section().map(|s| s.as_str()), Some("Jaunumi"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn section(&self) -> Option<&Text> {
        self.section.as_ref()
    }

    /// The categories it is filed under.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .category(jaunumi::Category::builder("Digitalizācija").build()?)
    ///     .build()?;
    /// assert_eq!(article.categories()[0].name().as_str(), "Digitalizācija");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// Keywords for search.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .keyword("atvērtais kods")
    ///     .build()?;
    /// assert_eq!(article.keywords()[0].as_str(), "atvērtais kods");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn keywords(&self) -> &[Text] {
        &self.keywords
    }

    /// The main image.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta").build()?;
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .image(image)
    ///     .build()?;
    /// assert!(article.image().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn image(&self) -> Option<&Image> {
        self.image.as_ref()
    }

    /// The photo gallery: the pictures shown with the article besides its main image, in
    /// order, each with its own alternative text and credit.
    ///
    /// # Example
    ///
    /// ```
    /// let photo = jaunumi::Image::builder("https://ventspils.lv/g/1.jpg", "Talkas dalībnieki")
    ///     .credit("Foto: Jānis Bērziņš")
    ///     .build()?;
    /// let article = jaunumi::Article::builder("Talka", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 4, 27, 15, 0)?)
    ///     .gallery_image(photo)
    ///     .build()?;
    /// assert_eq!(article.gallery().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn gallery(&self) -> &[Image] {
        &self.gallery
    }

    /// The documents attached to it: decisions, regulations, forms.
    ///
    /// # Example
    ///
    /// ```
    /// let decision = jaunumi::Document::builder("Domes lēmums", "https://ventspils.lv/l.pdf", "application/pdf").build()?;
    /// let article = jaunumi::Article::builder("Domes sēde", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 4, 25, 15, 0)?)
    ///     .document(decision)
    ///     .build()?;
    /// assert_eq!(article.documents()[0].media_type(), "application/pdf");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// The language it is written in; Latvian unless set.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("News", "https://ventspils.lv/en/n/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .language(jaunumi::Language::ENGLISH)
    ///     .build()?;
    /// assert_eq!(article.language().as_str(), "en");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn language(&self) -> &Language {
        &self.language
    }

    /// The same article in other languages.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 7, 1, 9, 0)?)
    ///     .translation(jaunumi::Translation::new("en", "https://ventspils.lv/en/n/1")?)
    ///     .build()?;
    /// assert_eq!(article.translations().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn translations(&self) -> &[Translation] {
        &self.translations
    }

    /// The events it reports or announces.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?).build()?;
    /// let article = jaunumi::Article::builder("Talka", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 4, 1, 9, 0)?)
    ///     .event(event)
    ///     .build()?;
    /// assert_eq!(article.events().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The organisations it names, besides its publisher.
    ///
    /// # Example
    ///
    /// ```
    /// let lata = jaunumi::Organization::builder("Latvijas atvērto tehnoloģiju asociācija").build()?;
    /// let article = jaunumi::Article::builder("Balva", "https://ventspils.lv/j/1", jaunumi::riga::at(2017, 2, 1, 9, 0)?)
    ///     .mention(lata)
    ///     .build()?;
    /// assert_eq!(article.mentions().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mentions(&self) -> &[Organization] {
        &self.mentions
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Article {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Article".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = ArticleBuilder::json_schema(generator);
        crate::model::json_schema::chronological(&mut schema, "published", "updated");
        schema
    }
}

/// An [`Article`] under construction. It is also the JSON form that deserialisation checks.
///
/// # Example
///
/// ```
/// let err = jaunumi::Article::builder("Jaunumi", "javascript:alert(1)", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
///     .build()
///     .unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "url: expected an http or https URL, found scheme `javascript` in `javascript:alert(1)`",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "A news article of a Latvian municipal site: title, canonical URL and publication instant are required."
    )
)]
pub struct ArticleBuilder {
    /// A stable identifier for feeds (an absolute `http`, `https`, `tag` or `urn` URI); the
    /// article's URL when absent.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<String>", extend("format" = "uri")))]
    id: Option<String>,
    /// The headline.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    title: String,
    /// The canonical URL of the article's page.
    #[cfg_attr(feature = "schemars", schemars(with = "WebUrl"))]
    url: String,
    /// The URL slug; derived from the title in the article's language when absent.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Slug>"))]
    slug: Option<Nested<Slug, String>>,
    /// When it was first published: an RFC 3339 date-time with offset.
    #[cfg_attr(feature = "schemars", schemars(with = "DateTime<FixedOffset>"))]
    published: Nested<DateTime<FixedOffset>, Rfc3339>,
    /// When it was last changed, not before `published`.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<DateTime<FixedOffset>>"))]
    updated: Option<Nested<DateTime<FixedOffset>, Rfc3339>>,
    /// A short summary in plain text.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    summary: Option<String>,
    /// The body in HTML.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Html>"))]
    body: Option<Nested<Html, String>>,
    /// Who wrote it.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Person>"))]
    authors: Vec<Nested<Person, PersonBuilder>>,
    /// Who published it.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Organization>"))]
    publisher: Option<Nested<Organization, OrganizationBuilder>>,
    /// The section of the site it appears in.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    section: Option<String>,
    /// The categories it is filed under.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Category>"))]
    categories: Vec<Nested<Category, CategoryJson>>,
    /// Keywords for search.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Text>"))]
    keywords: Vec<String>,
    /// The main image.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Image>"))]
    image: Option<Nested<Image, ImageBuilder>>,
    /// The photo gallery, besides the main image.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Image>"))]
    gallery: Vec<Nested<Image, ImageBuilder>>,
    /// The documents attached to it.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Document>"))]
    documents: Vec<Nested<Document, DocumentBuilder>>,
    /// The language it is written in; `lv` when absent.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Language>"))]
    language: Option<Nested<Language, String>>,
    /// The same article in other languages.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Translation>"))]
    translations: Vec<Nested<Translation, TranslationJson>>,
    /// The events it reports or announces.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Event>"))]
    events: Vec<Nested<Event, EventBuilder>>,
    /// The organisations it names, besides its publisher.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Organization>"))]
    mentions: Vec<Nested<Organization, OrganizationBuilder>>,
}

impl ArticleBuilder {
    /// Sets a stable identifier for feeds, other than the URL: an absolute `http`,
    /// `https`, `tag` (RFC 4151) or `urn` URI.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .id("urn:uuid:5a0e1f5c-3f2b-4b8e-9a55-2f3c1d2e4b6a")
    ///     .build()?;
    /// assert!(!article.id_is_url());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets the URL slug instead of deriving it from the title.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .slug(jaunumi::Slug::new("jaunumi-2024")?)
    ///     .build()?;
    /// assert_eq!(article.slug().as_str(), "jaunumi-2024");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn slug(mut self, slug: Slug) -> Self {
        self.slug = Some(Nested::Checked(slug));
        self
    }

    /// Sets when it was last changed.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .updated(jaunumi::riga::at(2024, 1, 1, 11, 0)?)
    ///     .build()?;
    /// assert!(article.updated().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn updated(mut self, updated: DateTime<FixedOffset>) -> Self {
        self.updated = Some(Nested::Checked(updated));
        self
    }

    /// Sets a short summary in plain text.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .summary("Īsumā.")
    ///     .build()?;
    /// assert!(article.summary().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn summary(mut self, summary: impl Into<String>) -> Self {
        self.summary = Some(summary.into());
        self
    }

    /// Sets the body in HTML.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .body(jaunumi::Html::new("<p>Teksts</p>")?)
    ///     .build()?;
    /// assert!(article.body().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn body(mut self, body: Html) -> Self {
        self.body = Some(Nested::Checked(body));
        self
    }

    /// Adds an author.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .author(jaunumi::Person::builder("Jānis Bērziņš").build()?)
    ///     .build()?;
    /// assert_eq!(article.authors().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn author(mut self, author: Person) -> Self {
        self.authors.push(Nested::Checked(author));
        self
    }

    /// Sets who published it.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .publisher(jaunumi::Organization::builder("Ventspils").build()?)
    ///     .build()?;
    /// assert!(article.publisher().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn publisher(mut self, publisher: Organization) -> Self {
        self.publisher = Some(Nested::Checked(publisher));
        self
    }

    /// Sets the section of the site it appears in.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .section("Jaunumi")
    ///     .build()?;
    /// assert!(article.section().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn section(mut self, section: impl Into<String>) -> Self {
        self.section = Some(section.into());
        self
    }

    /// Adds a category.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .category(jaunumi::Category::builder("Izglītība").build()?)
    ///     .build()?;
    /// assert_eq!(article.categories().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn category(mut self, category: Category) -> Self {
        self.categories.push(Nested::Checked(category));
        self
    }

    /// Adds a keyword.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .keyword("IKT")
    ///     .build()?;
    /// assert_eq!(article.keywords().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn keyword(mut self, keyword: impl Into<String>) -> Self {
        self.keywords.push(keyword.into());
        self
    }

    /// Sets the main image.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta").build()?;
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .image(image)
    ///     .build()?;
    /// assert!(article.image().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn image(mut self, image: Image) -> Self {
        self.image = Some(Nested::Checked(image));
        self
    }

    /// Adds a picture to the photo gallery, after those already added.
    ///
    /// # Example
    ///
    /// ```
    /// let photo = jaunumi::Image::builder("https://ventspils.lv/g/1.jpg", "Koncerts").build()?;
    /// let article = jaunumi::Article::builder("Koncerts", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .gallery_image(photo)
    ///     .build()?;
    /// assert_eq!(article.gallery().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn gallery_image(mut self, image: Image) -> Self {
        self.gallery.push(Nested::Checked(image));
        self
    }

    /// Attaches a document, after those already attached.
    ///
    /// # Example
    ///
    /// ```
    /// let rules = jaunumi::Document::builder("Saistošie noteikumi", "https://ventspils.lv/sn.pdf", "application/pdf").build()?;
    /// let article = jaunumi::Article::builder("Jauni noteikumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .document(rules)
    ///     .build()?;
    /// assert_eq!(article.documents().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn document(mut self, document: Document) -> Self {
        self.documents.push(Nested::Checked(document));
        self
    }

    /// Sets the language it is written in.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Новости", "https://ventspils.lv/ru/n/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .language(jaunumi::Language::RUSSIAN)
    ///     .build()?;
    /// assert_eq!(article.language(), &jaunumi::Language::RUSSIAN);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(Nested::Checked(language));
        self
    }

    /// Adds a translation: the same article in another language.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .translation(jaunumi::Translation::new("en", "https://ventspils.lv/en/n/1")?)
    ///     .build()?;
    /// assert_eq!(article.translations().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn translation(mut self, translation: Translation) -> Self {
        self.translations.push(Nested::Checked(translation));
        self
    }

    /// Adds an event it reports or announces.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?).build()?;
    /// let article = jaunumi::Article::builder("Talka", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 4, 1, 9, 0)?)
    ///     .event(event)
    ///     .build()?;
    /// assert_eq!(article.events().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn event(mut self, event: Event) -> Self {
        self.events.push(Nested::Checked(event));
        self
    }

    /// Adds an organisation it names, besides its publisher.
    ///
    /// # Example
    ///
    /// ```
    /// let ministry = jaunumi::Organization::builder("Vides aizsardzības un reģionālās attīstības ministrija")
    ///     .kind(jaunumi::OrganizationKind::StateInstitution)
    ///     .build()?;
    /// let article = jaunumi::Article::builder("Projekts", "https://ventspils.lv/j/1", jaunumi::riga::at(2018, 1, 17, 12, 0)?)
    ///     .mention(ministry)
    ///     .build()?;
    /// assert_eq!(article.mentions().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mention(mut self, organization: Organization) -> Self {
        self.mentions.push(Nested::Checked(organization));
        self
    }

    /// Checks every field and builds the article.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field that is wrong: `title`, `summary`, `section`,
    /// `keywords[i]` (empty, or a character XML cannot carry), `url` (not an absolute
    /// `http`/`https` URL), `id` (not an absolute `http`, `https`, `tag` or `urn` URI),
    /// `published`, `updated` (not RFC 3339 with an offset; `updated` before `published`),
    /// `slug` (not a slug, or a title with nothing to make one from), `language`,
    /// `translations[i]` (in the article's own language, or a language twice); errors
    /// inside `body`, `authors[i]`, `publisher`, `categories[i]`, `image`, `gallery[i]`,
    /// `documents[i]`, `events[i]` and `mentions[i]` carry their path.
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Article::builder("Jaunumi", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 2, 9, 0)?)
    ///     .updated(jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "updated: expected a time not before `published` (`2024-01-02T09:00:00+02:00`), \
    ///      found `2024-01-01T09:00:00+02:00`",
    /// );
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<Article, Error> {
        let id = optional(self.id, "id", identifier)?;
        let title = Text::new(&self.title).map_err(|e| e.at("title"))?;
        let url = WebUrl::parse(&self.url).map_err(|e| e.at("url"))?;
        let language = Nested::check_optional(self.language, "language")?.unwrap_or_default();
        let slug = match self.slug {
            Some(slug) => slug.check("slug")?,
            None => Slug::from_title(title.as_str(), &language).map_err(|e| e.at("slug"))?,
        };
        let published = self.published.check("published")?;
        let updated = Nested::check_optional(self.updated, "updated")?;
        if let Some(updated) = updated
            && updated < published
        {
            return Err(Error::from(ErrorKind::OutOfOrder {
                found: rfc3339::format(&updated),
                earlier_field: "published",
                earlier: rfc3339::format(&published),
            })
            .at("updated"));
        }
        let translations = Nested::check_each(self.translations, "translations")?;
        check_translations(&translations, &language)?;
        Ok(Article {
            id,
            title,
            url,
            slug,
            published,
            updated,
            summary: optional(self.summary, "summary", Text::new)?,
            body: Nested::check_optional(self.body, "body")?,
            authors: Nested::check_each(self.authors, "authors")?,
            publisher: Nested::check_optional(self.publisher, "publisher")?,
            section: optional(self.section, "section", Text::new)?,
            categories: Nested::check_each(self.categories, "categories")?,
            keywords: each(self.keywords, "keywords", Text::new)?,
            image: Nested::check_optional(self.image, "image")?,
            gallery: Nested::check_each(self.gallery, "gallery")?,
            documents: Nested::check_each(self.documents, "documents")?,
            language,
            translations,
            events: Nested::check_each(self.events, "events")?,
            mentions: Nested::check_each(self.mentions, "mentions")?,
        })
    }
}

impl TryFrom<ArticleBuilder> for Article {
    type Error = Error;

    fn try_from(builder: ArticleBuilder) -> Result<Self, Error> {
        builder.build()
    }
}

/// Each translation in a language of its own, none in the article's language.
fn check_translations(translations: &[Translation], own: &Language) -> Result<(), Error> {
    for (i, translation) in translations.iter().enumerate() {
        let language = translation.language();
        let kind = if language == own {
            ErrorKind::TranslationInOwnLanguage {
                language: language.to_string(),
            }
        } else if translations[..i].iter().any(|t| t.language() == language) {
            ErrorKind::DuplicateLanguage {
                language: language.to_string(),
            }
        } else {
            continue;
        };
        return Err(Error::from(kind)
            .at("language")
            .at_index(i)
            .at("translations"));
    }
    Ok(())
}

/// An article identifier: an absolute URI of a scheme feeds accept as an identifier.
fn identifier(text: &str) -> Result<Url, Error> {
    let url = parse_uri(text.trim())?;
    match url.scheme() {
        "http" | "https" | "tag" | "urn" => Ok(url),
        scheme => Err(ErrorKind::UnsupportedScheme {
            found: text.to_owned(),
            scheme: scheme.to_owned(),
            expected: "an http, https, tag or urn",
        }
        .into()),
    }
}
