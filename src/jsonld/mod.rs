//! schema.org JSON-LD for search engines and aggregators: an article's page or a listing
//! page as one linked `@graph`, and the only safe way to put it into HTML.
//!
//! # The graph
//!
//! Each page is one `@graph` whose nodes refer to each other by `@id`, each node written
//! once, in the shape Yoast SEO gives WordPress sites (so a site can switch without
//! search engines losing anything), with what Yoast leaves out: real Riga offsets on
//! every date, events, registration numbers, parent organisations and areas served.
//!
//! An [`Article`]'s page holds:
//!
//! - `NewsArticle` `<url>#article`: `headline`, `description` (the summary),
//!   `articleBody` (the body as plain text, [`Html::to_text`](crate::Html::to_text)),
//!   `author` (its people, or else its publisher), `publisher`, `datePublished`,
//!   `dateModified` (the update, or else the publication), `image` (the main image, then
//!   the gallery's), `associatedMedia` (the attached documents, as `MediaObject`s with
//!   `name`, `contentUrl`, `encodingFormat` and `contentSize`), `isPartOf` and
//!   `mainEntityOfPage` the `WebPage`, `inLanguage`, `articleSection` (the
//!   section, then the categories), `keywords`, `about` its events, `mentions` the
//!   organisations it names, and `workTranslation` or `translationOfWork` for its
//!   language versions (the Latvian version is taken as the original: Latvian is the
//!   working language of a Latvian municipality);
//! - `WebPage` `<url>#webpage` (`url`, `name`, `primaryImageOfPage`, `breadcrumb`,
//!   `inLanguage`: each fact is stated once, so the article's summary and dates are on the
//!   `NewsArticle` only, where Yoast repeats them); `ImageObject` `<url>#primaryimage`
//!   and one `<url>#image-1` … per picture of the gallery (`url`, `caption`, `width`,
//!   `height`, `encodingFormat`, and for an image that says anything of its rights Google's
//!   image-licence metadata: `contentUrl`, `creditText`, `creator`, `copyrightNotice`,
//!   `license`, `acquireLicensePage`); `BreadcrumbList`
//!   `<url>#breadcrumb` when a [trail](Printer::trail) is given;
//! - every organisation once: publisher, parents, event organisers, mentions. Its type
//!   comes from its [`OrganizationKind`](crate::OrganizationKind): `GovernmentOrganization`
//!   for a municipality and for municipal and state institutions,
//!   `EducationalOrganization`, `Library`, `NGO`, `Corporation`, or `Organization`; its
//!   logo is an `ImageObject` with `url`, `width` and `height`, as Yoast writes it. Its
//!   `@id` is `<its url>#organization` (`https://site/#organization` for a site's own
//!   publisher), or `https://site/#/schema/organization/<slug of its name>` without a URL;
//! - every author once, `Person` (`<url>#person` or `https://site/#/schema/person/<slug>`);
//! - every event, `Event` `<url>#event-1` …: `startDate` and `endDate` (dates for an
//!   all-day event, instants with their offset otherwise), `eventStatus` and
//!   `eventAttendanceMode` as `https://schema.org/…` URLs, `previousStartDate`, `location`
//!   (`Place` with `PostalAddress` and `GeoCoordinates`, `VirtualLocation`, or both),
//!   `organizer`, `offers` (`price` 0 and `isAccessibleForFree` for a free event), `image`,
//!   `inLanguage`.
//!
//! A [`Feed`]'s page (a listing) holds a `CollectionPage` `<home url>#webpage`, its
//! `BreadcrumbList` when a trail is given, its publisher, and an `ItemList`
//! `<home url>#itemlist` of `ListItem`s, each the article in brief under the `@id` its own
//! page gives it. [`ListingWriter`] writes one article at a time.
//!
//! # Google's rules: errors and warnings
//!
//! A property Google requires that the model lacks (an event's `location`) is an
//! [`ExportError::Required`], and nothing is written. A property Google recommends that the
//! model lacks (an article's `image`, an author's `url`, an event's `endDate`, `offers`,
//! `organizer`, an image's `creditText`, `creator`, `copyrightNotice`, `license` and
//! `acquireLicensePage` …) is a [`Warning`]: every export returns its warnings with its output, in
//! a [`Report`] or as [`Warnings`], so they are there to read; [`check`] gives them
//! without writing.
//!
//! # In HTML
//!
//! [`to_html`] and [`to_html_writer`] give a `<script type="application/ld+json">`
//! element whose JSON escapes `<`, `>`, `&`, U+2028 and U+2029 as `\u003c`, `\u003e`,
//! `\u0026`, `\u2028` and `\u2029`: whatever the text (`</script>`, `<!--`, `]]>`), the
//! element cannot be left early, and a JSON reader gets the same values back. HTML
//! entities would not do: a script element's text is not decoded. Put JSON-LD into HTML
//! this way only.
//!
//! # Output
//!
//! The same model gives the same bytes: keys in a fixed order, no clock read. The
//! streaming functions write straight into the writer, every value through
//! `serde_json`'s serializer with a formatter of the crate's (compact or indented, plain
//! or script-safe) but one: the article's body, whose text the HTML reader escapes for
//! JSON as it reads it (exactly as `serde_json` would), so that the largest value is read
//! once. No `serde_json::Value` is built; [`to_value`] parses what they write.
//!
//! # Example
//!
//! ```
//! use jaunumi::jsonld::{self, Report};
//! use jaunumi::{Article, Organization, OrganizationKind};
//!
//! let centre = Organization::builder("Ventspils Digitālais centrs")
//!     .kind(OrganizationKind::MunicipalInstitution)
//!     .url("https://vdc.ventspils.lv/")
//!     .build()?;
//! let article = Article::builder(
//!     "Ventspils Digitālais centrs dalās pieredzē ar Jūrmalas pašvaldības IT speciālistiem",
//!     "https://vdc.ventspils.lv/jaunumi/pieredze/",
//!     jaunumi::riga::at(2018, 1, 17, 12, 0)?,
//! )
//! .publisher(centre)
//! .build()?;
//!
//! let Report { output, warnings } = jsonld::to_value(&article)?;
//! let graph = &output["@graph"];
//! assert_eq!(graph[0]["@type"], "NewsArticle");
//! assert_eq!(graph[0]["datePublished"], "2018-01-17T12:00:00+02:00");
//! assert_eq!(graph[0]["publisher"]["@id"], "https://vdc.ventspils.lv/#organization");
//! assert_eq!(graph[2]["@type"], "GovernmentOrganization");
//! // The article has no image, which Google recommends.
//! assert_eq!(warnings.iter().map(|w| w.field()).collect::<Vec<_>>(), ["image"]);
//!
//! let script = jsonld::to_html(&article)?.output;
//! assert!(script.starts_with(r#"<script type="application/ld+json">{"@context""#));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io;

use serde_json::Value;

use crate::export::{ExportError, ExportFormat};
use crate::model::article::Article;
use crate::model::feed::Feed;

mod article;
mod body;
mod breadcrumb;
mod event;
mod listing;
mod node;
mod report;

pub use breadcrumb::Breadcrumb;

pub use listing::ListingWriter;
pub use report::{Report, Warning, WarningKind, Warnings};

use crate::json::format::{self, Format, Out};
use article::ArticleGraph;

/// A page the crate writes a graph of: an [`Article`] (its own page) or a [`Feed`] (a
/// listing page). Sealed: the crate's types only.
///
/// # Example
///
/// ```
/// fn warnings_of(page: &impl jaunumi::jsonld::Page) -> usize {
///     jaunumi::jsonld::check(page).map_or(0, |w| w.len())
/// }
/// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/j/", "https://ventspils.lv/rss").build()?;
/// assert_eq!(warnings_of(&feed), 0);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Page: sealed::Sealed {}

impl Page for Article {}
impl Page for Feed {}

mod sealed {
    use std::io;

    use super::breadcrumb::Breadcrumb;
    use super::report::Warning;
    use super::{ArticleGraph, ListingWriter};
    use crate::export::ExportError;
    use crate::json::format::Out;
    use crate::model::article::Article;
    use crate::model::feed::Feed;

    pub trait Sealed {
        /// The warnings, or the error, without writing.
        fn check(&self, trail: &[Breadcrumb]) -> Result<Vec<Warning>, ExportError>;

        /// Writes the graph into `out`.
        fn write<W: io::Write>(
            &self,
            out: Out<W>,
            trail: &[Breadcrumb],
        ) -> Result<(W, Vec<Warning>), ExportError>;
    }

    impl Sealed for Article {
        fn check(&self, trail: &[Breadcrumb]) -> Result<Vec<Warning>, ExportError> {
            Ok(ArticleGraph::new(self, trail)?.into_warnings())
        }

        fn write<W: io::Write>(
            &self,
            mut out: Out<W>,
            trail: &[Breadcrumb],
        ) -> Result<(W, Vec<Warning>), ExportError> {
            let graph = ArticleGraph::new(self, trail)?;
            out.begin()?;
            graph.write(&mut out)?;
            out.end()?;
            Ok((out.into_inner(), graph.into_warnings()))
        }
    }

    impl Sealed for Feed {
        fn check(&self, _: &[Breadcrumb]) -> Result<Vec<Warning>, ExportError> {
            Ok(Vec::new())
        }

        fn write<W: io::Write>(
            &self,
            out: Out<W>,
            trail: &[Breadcrumb],
        ) -> Result<(W, Vec<Warning>), ExportError> {
            let mut listing = ListingWriter::begin(out, self, trail)?;
            for article in self.articles() {
                listing.write(article)?;
            }
            Ok((listing.finish()?, Vec::new()))
        }
    }
}

/// How to write: compact (the default) or indented, with or without a breadcrumb trail.
/// The free functions of this module use the default.
///
/// # Example
///
/// ```
/// use jaunumi::jsonld::{Breadcrumb, Printer};
///
/// let trail = [
///     Breadcrumb::new("Sākums", "https://vdc.ventspils.lv/")?,
///     Breadcrumb::new("Jaunumi", "https://vdc.ventspils.lv/jaunumi/")?,
/// ];
/// let article = jaunumi::Article::builder("Jaunumi", "https://vdc.ventspils.lv/jaunumi/1/", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
///     .build()?;
/// let json = Printer::new().pretty(true).trail(&trail).to_string(&article)?.output;
/// assert!(json.starts_with("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": [\n"));
/// assert!(json.contains("\"@id\": \"https://vdc.ventspils.lv/jaunumi/1/#breadcrumb\""));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Printer<'t> {
    pretty: bool,
    trail: &'t [Breadcrumb],
}

impl<'t> Printer<'t> {
    /// Compact, without a trail.
    ///
    /// # Example
    ///
    /// ```
    /// let printer = jaunumi::jsonld::Printer::new();
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/j/", "https://ventspils.lv/rss").build()?;
    /// assert!(!printer.to_string(&feed)?.output.contains('\n'));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new() -> Self {
        Self {
            pretty: false,
            trail: &[],
        }
    }

    /// Indents the JSON by two spaces per level, one key or element per line.
    ///
    /// # Example
    ///
    /// ```
    /// let printer = jaunumi::jsonld::Printer::new().pretty(true);
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/j/", "https://ventspils.lv/rss").build()?;
    /// assert!(printer.to_string(&feed)?.output.contains("\n  \"@graph\": [\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn pretty(self, pretty: bool) -> Self {
        Self { pretty, ..self }
    }

    /// Sets the pages above the page, from the home page down to its parent: the graph
    /// then holds a `BreadcrumbList` that ends with the page itself.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::jsonld::{Breadcrumb, Printer};
    ///
    /// let trail = [Breadcrumb::new("Sākums", "https://vdc.ventspils.lv/")?];
    /// let feed = jaunumi::Feed::builder("Jaunumi", "J", "https://vdc.ventspils.lv/jaunumi/", "https://vdc.ventspils.lv/rss")
    ///     .build()?;
    /// let json = Printer::new().trail(&trail).to_value(&feed)?.output;
    /// let crumbs = &json["@graph"][1]["itemListElement"];
    /// assert_eq!(crumbs[0]["name"], "Sākums");
    /// assert_eq!(crumbs[1]["item"], "https://vdc.ventspils.lv/jaunumi/");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn trail(self, trail: &'t [Breadcrumb]) -> Self {
        Self { trail, ..self }
    }

    fn out<W: io::Write>(&self, writer: W, html: bool) -> Out<W> {
        Out::new(writer, Format::new(self.pretty, html), ExportFormat::JsonLd)
    }

    /// Checks the page against Google's rules without writing: the warnings, or the
    /// error writing would give.
    ///
    /// # Errors
    ///
    /// [`ExportError::Required`] when a property Google requires is missing.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// let warnings = jaunumi::jsonld::Printer::new().check(&article)?;
    /// assert_eq!(warnings.len(), 2);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check<P: Page>(&self, page: &P) -> Result<Warnings, ExportError> {
        Ok(Warnings::new(page.check(self.trail)?))
    }

    /// Writes the page's graph as JSON into `writer`, and returns the warnings.
    ///
    /// # Errors
    ///
    /// [`ExportError::Required`] (before writing anything) when a property Google requires is
    /// missing; [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// let mut out = Vec::new();
    /// let warnings = jaunumi::jsonld::Printer::new().to_writer(&mut out, &article)?;
    /// assert!(out.starts_with(b"{\"@context\""));
    /// assert_eq!(warnings.len(), 2);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_writer<W: io::Write, P: Page>(
        &self,
        writer: W,
        page: &P,
    ) -> Result<Warnings, ExportError> {
        let (_, warnings) = page.write(self.out(writer, false), self.trail)?;
        Ok(Warnings::new(warnings))
    }

    /// The page's graph as a JSON string, with the warnings.
    ///
    /// # Errors
    ///
    /// [`ExportError::Required`] when a property Google requires is missing.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// let report = jaunumi::jsonld::Printer::new().to_string(&article)?;
    /// assert!(report.output.contains(r#""@id":"https://ventspils.lv/j/1#article""#));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_string<P: Page>(&self, page: &P) -> Result<Report<String>, ExportError> {
        self.string(page, false)
    }

    /// The page's graph as a [`serde_json::Value`], with the warnings.
    ///
    /// # Errors
    ///
    /// [`ExportError::Required`] when a property Google requires is missing.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
    /// let value = jaunumi::jsonld::Printer::new().to_value(&article)?.output;
    /// assert_eq!(value["@graph"][1]["@type"], "WebPage");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_value<P: Page>(&self, page: &P) -> Result<Report<Value>, ExportError> {
        let (bytes, warnings) = page.write(self.out(Vec::new(), false), self.trail)?;
        Ok(Report {
            output: serde_json::from_slice(&bytes)
                .map_err(format::write_error(ExportFormat::JsonLd))?,
            warnings: Warnings::new(warnings),
        })
    }

    /// Writes the page's graph as a `<script type="application/ld+json">` element, safe
    /// in any HTML (see [the module docs](self#in-html)), and returns the warnings.
    ///
    /// # Errors
    ///
    /// [`ExportError::Required`] (before writing anything) when a property Google requires is
    /// missing; [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("</script><script>alert(1)</script>", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .build()?;
    /// let mut html = Vec::new();
    /// jaunumi::jsonld::Printer::new().to_html_writer(&mut html, &article)?;
    /// let html = String::from_utf8(html)?;
    /// assert!(html.contains(r#""headline":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e""#));
    /// assert_eq!(html.matches("</script>").count(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_html_writer<W: io::Write, P: Page>(
        &self,
        writer: W,
        page: &P,
    ) -> Result<Warnings, ExportError> {
        let (_, warnings) = page.write(self.out(writer, true), self.trail)?;
        Ok(Warnings::new(warnings))
    }

    /// The page's graph as a `<script type="application/ld+json">` element, safe in any
    /// HTML (see [the module docs](self#in-html)), with the warnings.
    ///
    /// # Errors
    ///
    /// [`ExportError::Required`] when a property Google requires is missing.
    ///
    /// # Example
    ///
    /// ```
    /// let article = jaunumi::Article::builder("A & B <!--", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
    ///     .build()?;
    /// let html = jaunumi::jsonld::Printer::new().to_html(&article)?.output;
    /// assert!(html.contains(r#""headline":"A \u0026 B \u003c!--""#));
    /// assert!(html.ends_with("}]}</script>"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_html<P: Page>(&self, page: &P) -> Result<Report<String>, ExportError> {
        self.string(page, true)
    }

    fn string<P: Page>(&self, page: &P, html: bool) -> Result<Report<String>, ExportError> {
        let (bytes, warnings) = page.write(self.out(Vec::new(), html), self.trail)?;
        let output = String::from_utf8(bytes);
        debug_assert!(output.is_ok(), "the graph is written as UTF-8");
        let output = output.unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Ok(Report {
            output,
            warnings: Warnings::new(warnings),
        })
    }

    /// Starts a listing of `feed`'s page, written article by article.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/j/", "https://ventspils.lv/rss").build()?;
    /// let listing = jaunumi::jsonld::Printer::new().pretty(true).listing_writer(Vec::new(), &feed)?;
    /// let json = String::from_utf8(listing.finish()?)?;
    /// assert!(json.ends_with("\"numberOfItems\": 0\n    }\n  ]\n}"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn listing_writer<W: io::Write>(
        &self,
        writer: W,
        feed: &Feed,
    ) -> Result<ListingWriter<W>, ExportError> {
        ListingWriter::begin(self.out(writer, false), feed, self.trail)
    }

    /// Starts a listing of `feed`'s page as a `<script type="application/ld+json">`
    /// element, written article by article.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("J", "J", "https://ventspils.lv/j/", "https://ventspils.lv/rss").build()?;
    /// let listing = jaunumi::jsonld::Printer::new().listing_html_writer(Vec::new(), &feed)?;
    /// let html = String::from_utf8(listing.finish()?)?;
    /// assert!(html.starts_with("<script type=\"application/ld+json\">{"));
    /// assert!(html.ends_with("}</script>"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn listing_html_writer<W: io::Write>(
        &self,
        writer: W,
        feed: &Feed,
    ) -> Result<ListingWriter<W>, ExportError> {
        ListingWriter::begin(self.out(writer, true), feed, self.trail)
    }
}

/// Checks a page against Google's rules without writing: the warnings, or the error
/// writing would give.
///
/// # Errors
///
/// [`ExportError::Required`] when a property Google requires is missing.
///
/// # Example
///
/// ```
/// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
/// let warnings = jaunumi::jsonld::check(&article)?;
/// assert_eq!(warnings.as_slice()[0].field(), "image");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check<P: Page>(page: &P) -> Result<Warnings, ExportError> {
    Printer::new().check(page)
}

/// Writes a page's graph as compact JSON into `writer` (pass `&mut w` to keep it), and
/// returns the warnings.
///
/// # Errors
///
/// [`ExportError::Required`] (before writing anything) when a property Google requires is
/// missing; [`ExportError::Io`] when the writer fails.
///
/// # Example
///
/// ```
/// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
/// let mut out = Vec::new();
/// let warnings = jaunumi::jsonld::to_writer(&mut out, &article)?;
/// let json: serde_json::Value = serde_json::from_slice(&out)?;
/// assert_eq!(json["@graph"][0]["headline"], "J");
/// assert_eq!(warnings.len(), 2);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_writer<W: io::Write, P: Page>(writer: W, page: &P) -> Result<Warnings, ExportError> {
    Printer::new().to_writer(writer, page)
}

/// A page's graph as a compact JSON string, with the warnings.
///
/// # Errors
///
/// [`ExportError::Required`] when a property Google requires is missing.
///
/// # Example
///
/// ```
/// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
/// let jaunumi::jsonld::Report { output, warnings } = jaunumi::jsonld::to_string(&article)?;
/// assert!(output.contains(r#""datePublished":"2024-01-01T09:00:00+02:00""#));
/// assert!(!warnings.is_empty());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_string<P: Page>(page: &P) -> Result<Report<String>, ExportError> {
    Printer::new().to_string(page)
}

/// A page's graph as a [`serde_json::Value`], with the warnings.
///
/// # Errors
///
/// [`ExportError::Required`] when a property Google requires is missing.
///
/// # Example
///
/// ```
/// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?).build()?;
/// let value = jaunumi::jsonld::to_value(&article)?.output;
/// assert_eq!(value["@context"], "https://schema.org");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_value<P: Page>(page: &P) -> Result<Report<Value>, ExportError> {
    Printer::new().to_value(page)
}

/// Writes a page's graph as a `<script type="application/ld+json">` element, safe in any
/// HTML (see [the module docs](self#in-html)), and returns the warnings.
///
/// # Errors
///
/// [`ExportError::Required`] (before writing anything) when a property Google requires is
/// missing; [`ExportError::Io`] when the writer fails.
///
/// # Example
///
/// ```
/// let article = jaunumi::Article::builder("J", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
///     .summary("Rindu\u{2028}atdalītājs")
///     .build()?;
/// let mut html = Vec::new();
/// jaunumi::jsonld::to_html_writer(&mut html, &article)?;
/// assert!(String::from_utf8(html)?.contains(r#""description":"Rindu\u2028atdalītājs""#));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_html_writer<W: io::Write, P: Page>(writer: W, page: &P) -> Result<Warnings, ExportError> {
    Printer::new().to_html_writer(writer, page)
}

/// A page's graph as a `<script type="application/ld+json">` element, safe in any HTML
/// (see [the module docs](self#in-html)), with the warnings.
///
/// # Errors
///
/// [`ExportError::Required`] when a property Google requires is missing.
///
/// # Example
///
/// ```
/// let article = jaunumi::Article::builder("Vārds ]]> <!-- --> </script>", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 1, 1, 9, 0)?)
///     .build()?;
/// let html = jaunumi::jsonld::to_html(&article)?.output;
/// let json = html
///     .strip_prefix(r#"<script type="application/ld+json">"#)
///     .and_then(|rest| rest.strip_suffix("</script>"))
///     .ok_or("not a script element")?;
/// assert!(!json.contains('<') && !json.contains('>'));
/// assert_eq!(serde_json::from_str::<serde_json::Value>(json)?, jaunumi::jsonld::to_value(&article)?.output);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_html<P: Page>(page: &P) -> Result<Report<String>, ExportError> {
    Printer::new().to_html(page)
}
