//! `jaunumi` ("news" in Latvian): one typed, validated model of the news and events that
//! Latvian municipalities and their institutions publish, and the standard outputs built
//! from it.
//!
//! - A model ([`Article`], [`Organization`], [`Event`], [`Place`], [`PostalAddress`],
//!   [`Person`], [`Image`], [`Feed`]) that checks every value when it is built and again when
//!   it is read from JSON, with errors that name the field, say what was wrong and what was
//!   expected.
//! - Latvian-aware URL slugs ([`slug`]).
//! - Latvian dates read from text, found in paragraphs and written back in Latvian
//!   ([`date`]).
//! - Instants with their real Europe/Riga offset ([`riga`]).
//! - RSS 2.0 ([`rss`]) and Atom 1.0 ([`atom`]) feeds written straight from the model, whole
//!   or streamed one article at a time, with the media types to serve them with.
//! - A JSON Schema of the model for projects in other languages ([`schema`], with the
//!   `schemars` feature).
//! - schema.org JSON-LD of an article's page or a listing page, as one linked graph, and
//!   the only safe way to put it into HTML ([`jsonld`]).
//! - iCalendar of the events of a feed's articles, or of events alone, that every calendar
//!   client reads the same, with Riga's time zone ([`ical`]).
//! - XML sitemaps and Google News sitemaps, split through a sitemap index at the protocol's
//!   limits ([`sitemap`]), and JSON Feed 1.1 ([`jsonfeed`]).
//! - WebSub: the hubs every feed advertises and the body to POST to them ([`websub`]);
//!   cache headers and conditional GET for any output ([`cache`]).
//!
//! # Quick start
//!
//! ```
//! use jaunumi::{Article, Organization, OrganizationKind};
//!
//! let ventspils = Organization::builder("Ventspils pilsētas pašvaldība")
//!     .kind(OrganizationKind::Municipality)
//!     .url("https://www.ventspils.lv/")
//!     .build()?;
//! let centre = Organization::builder("Ventspils Digitālais centrs")
//!     .kind(OrganizationKind::MunicipalInstitution)
//!     .parent(ventspils)
//!     .build()?;
//! let article = Article::builder(
//!     "Ventspils Digitālais centrs dalās pieredzē ar Jūrmalas pašvaldības IT speciālistiem",
//!     "https://vdc.ventspils.lv/jaunumi/vdc-dalas-pieredze/",
//!     jaunumi::riga::at(2018, 1, 17, 12, 0)?,
//! )
//! .publisher(centre)
//! .section("Jaunumi")
//! .build()?;
//!
//! assert_eq!(
//!     article.slug().as_str(),
//!     "ventspils-digitalais-centrs-dalas-pieredze-ar-jurmalas-pasvaldibas-it-specialistiem",
//! );
//! assert_eq!(article.published().to_rfc3339(), "2018-01-17T12:00:00+02:00");
//!
//! // The same article, as JSON and back: the same checks apply.
//! let json = serde_json::to_string(&article)?;
//! assert_eq!(serde_json::from_str::<Article>(&json)?, article);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The model at a glance
//!
//! Every type with several fields has a builder: required values are the arguments of
//! `builder`, optional ones are chained, and `build` checks them all. The builder is also
//! the JSON form of the type (camelCase field names, unknown fields refused), so JSON goes
//! through exactly the same checks and a wrong value gets the same [`Error`], with the full
//! path of the field (`publisher.address.postalCode`, `authors[1].url`).
//!
//! - Text is [`Text`] (trimmed, not empty, nothing XML 1.0 cannot carry) or [`Html`] (a body;
//!   [`Html::to_text`] reads it as plain text, [`Html::sanitize`] cleans untrusted HTML), so
//!   no output can put one where the other belongs.
//! - Addresses are [`WebUrl`]s: absolute `http` or `https` only.
//! - An [`Image`] carries its alternative text and, as Latvian news photos do, its credit,
//!   [`Creator`], copyright notice and licence; an article a gallery and attached
//!   [`Document`]s; an organisation a [`Logo`] with its size.
//! - Validated values have their own types: [`Slug`], [`Language`] (BCP 47), [`PostalCode`]
//!   (`LV-3601`), [`CountryCode`], [`RegistrationNumber`] (with its check digit), [`Email`],
//!   [`Telephone`], [`Price`], [`Coordinates`].
//! - An [`Event`] starts and ends at [`Moment`]s: both dates (all day) or both instants; its
//!   [`Location`] is a [`Place`], an online address, or both.
//!
//! # Dates and time zones
//!
//! Instants are `chrono::DateTime<FixedOffset>`: they carry the offset they were written
//! with, and every output writes it. [`riga`] builds them from Riga local time through
//! chrono-tz, so an article published at noon in January reads `12:00+02:00` and one in July
//! `12:00+03:00`. A local time in the hour skipped in spring is an error; one in the hour
//! repeated in autumn takes the earlier instant, unless a [`riga::LocalTimePolicy`] says
//! otherwise. Nothing in the crate reads the clock: output depends only on input.
//!
//! # Errors
//!
//! One error type per area, each `#[non_exhaustive]`, with messages that say what was
//! expected and what was found:
//!
//! - [`Error`] (with its [`ErrorKind`]): a value the model refused, with the path of its
//!   field (`publisher.address.postalCode`).
//! - [`ExportError`]: an output that could not be written, for every exporter (RSS, Atom,
//!   JSON-LD, iCalendar, sitemaps, JSON Feed): the format needs what the model lacks, or the
//!   writer failed (the I/O error is then the [`source`](std::error::Error::source), not
//!   part of the message).
//! - [`date::Error`]: a Latvian date expression that could not be read.
//!
//! # How the crate is built
//!
//! The model is the ground floor: it knows no output or input format, and a test keeps it
//! so. Below it are two leaves that import nothing of the crate: the characters XML carries
//! and how markup escapes them, and the RFC 3339 text of instants. Each exporter ([`rss`],
//! [`atom`], [`jsonld`], [`ical`], [`sitemap`], [`jsonfeed`], [`schema`]) stands on the
//! model and imports it by path, RSS, Atom and sitemaps through a shared XML writer, JSON-LD
//! and JSON Feed through a shared JSON writer; [`ExportError`] stands between them.
//! [`websub`] and [`cache`] stand on the model too, and write nothing themselves.
//!
//! # Crate features
//!
//! - `schemars` (default): [`schema`], the JSON Schema of the model, and `JsonSchema` for
//!   every model type.
//! - `ammonia` (default): [`Html::sanitize`], cleaning untrusted HTML with ammonia.
//! - `cli`: the `jaunumi` command-line program (`cargo install jaunumi --features cli`).
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod atom;
pub mod cache;
pub mod date;
mod escape;
mod export;
pub mod ical;
mod json;
pub mod jsonfeed;
pub mod jsonld;
mod model;
mod rfc3339;
pub mod riga;
pub mod rss;
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
pub mod schema;
pub mod sitemap;
pub mod slug;
pub mod websub;
mod xml;

// The public API: each type has one public path, at the crate root, whatever module
// defines it.
pub use export::{ExportError, ExportFormat};
pub use model::address::{CountryCode, PostalAddress, PostalAddressBuilder, PostalCode};
pub use model::article::category::{Category, CategoryBuilder};
pub use model::article::document::{Document, DocumentBuilder};
pub use model::article::translation::Translation;
pub use model::article::{Article, ArticleBuilder};
pub use model::contact::{Email, Telephone};
pub use model::error::{Error, ErrorKind};
pub use model::event::admission::Admission;
pub use model::event::location::Location;
pub use model::event::moment::Moment;
pub use model::event::price::Price;
pub use model::event::status::{AttendanceMode, EventStatus};
pub use model::event::{Event, EventBuilder};
pub use model::feed::paging::{Paging, PagingBuilder};
pub use model::feed::{Feed, FeedBuilder};
pub use model::image::creator::Creator;
pub use model::image::{Image, ImageBuilder};
pub use model::language::Language;
pub use model::organization::logo::{Logo, LogoBuilder};
pub use model::organization::{
    Organization, OrganizationBuilder, OrganizationKind, RegistrationNumber,
};
pub use model::person::{Person, PersonBuilder};
pub use model::place::{Coordinates, Place, PlaceBuilder};
pub use model::text::{Html, Text};
pub use model::web_url::WebUrl;
pub use slug::Slug;

// The README's examples compile and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
