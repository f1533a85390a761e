//! Google's structured-data rules: a missing required property is an error and nothing
//! is written; a missing recommended one is a warning, pinned here word for word.

use std::io;

use jaunumi::jsonld::{self, Breadcrumb, Warning, WarningKind, Warnings};
use jaunumi::{Article, Event, ExportError as Error, ExportFormat, Moment};

use super::{full_article, seed};
use crate::Broken;

fn lines(warnings: &Warnings) -> Vec<String> {
    warnings.iter().map(Warning::to_string).collect()
}

#[test]
fn seed_warnings() {
    let article = seed::article().unwrap();
    assert_eq!(
        lines(&jsonld::check(&article).unwrap()),
        [
            "image: expected a value for schema.org `image`, which Google recommends for a \
             NewsArticle, found none",
            "events[0].image: expected a value for schema.org `image`, which Google recommends \
             for an Event, found none",
            "events[0].admission: expected a value for schema.org `offers`, which Google \
             recommends for an Event, found none",
        ]
    );
    // Every export returns the same warnings as `check`.
    let report = jsonld::to_string(&article).unwrap();
    assert_eq!(report.warnings, jsonld::check(&article).unwrap());
    assert_eq!(jsonld::to_html(&article).unwrap().warnings, report.warnings);
    assert_eq!(
        jsonld::to_value(&article).unwrap().warnings,
        report.warnings
    );
    assert_eq!(
        jsonld::to_writer(io::sink(), &article).unwrap(),
        report.warnings
    );
    assert!(jsonld::check(&seed::feed().unwrap()).unwrap().is_empty());
}

#[test]
fn full_article_warnings() {
    let warnings = jsonld::check(&full_article()).unwrap();
    let summary: Vec<(&str, &str, &str, WarningKind)> = warnings
        .iter()
        .map(|w| (w.field(), w.node(), w.property(), w.kind()))
        .collect();
    use WarningKind::{Merged, Recommended};
    assert_eq!(
        summary,
        [
            ("authors[1].url", "Person", "url", Recommended),
            ("events[1].description", "Event", "description", Recommended),
            ("events[1].end", "Event", "endDate", Recommended),
            ("events[1].image", "Event", "image", Recommended),
            (
                "events[1].organizers[0].url",
                "Organization",
                "url",
                Recommended
            ),
            ("events[2].admission.url", "Offer", "url", Recommended),
            (
                "events[2].organizers[1].url",
                "Organization",
                "url",
                Recommended
            ),
            ("mentions[2]", "GovernmentOrganization", "@id", Merged),
        ]
    );
    assert_eq!(
        warnings.as_slice()[7].to_string(),
        "mentions[2]: expected one description per `@id`, found a GovernmentOrganization \
         with the `@id` of an earlier node but other details; written as a reference to the \
         earlier one"
    );
}

fn published() -> chrono::DateTime<chrono::FixedOffset> {
    jaunumi::riga::at(2024, 4, 1, 9, 0).unwrap()
}

#[test]
fn an_article_with_nothing_to_spare() {
    let bare = Article::builder("Jaunumi", "https://ventspils.lv/j/1", published())
        .build()
        .unwrap();
    assert_eq!(
        lines(&jsonld::check(&bare).unwrap()),
        [
            "image: expected a value for schema.org `image`, which Google recommends for a \
             NewsArticle, found none",
            "authors: expected a value for schema.org `author`, which Google recommends for a \
             NewsArticle, found none",
        ]
    );
    // Without a byline the publisher is the author, and Google wants its URL.
    let publisher = jaunumi::Organization::builder("Ventspils").build().unwrap();
    let published_by = Article::builder("Jaunumi", "https://ventspils.lv/j/1", published())
        .publisher(publisher)
        .build()
        .unwrap();
    assert_eq!(
        lines(&jsonld::check(&published_by).unwrap())[1],
        "publisher.url: expected a value for schema.org `url`, which Google recommends for an \
         Organization, found none"
    );
}

/// An event without a location breaks Google's rules: an error, and not a byte written.
#[test]
fn an_event_needs_a_location() {
    let talka = Event::builder("Talka", "2024-04-27".parse::<Moment>().unwrap())
        .build()
        .unwrap();
    let article = Article::builder("Talka", "https://ventspils.lv/j/1", published())
        .event(talka)
        .build()
        .unwrap();
    let mut out = Vec::new();
    let err = jsonld::to_writer(&mut out, &article).unwrap_err();
    assert!(out.is_empty());
    assert_eq!(
        err.to_string(),
        "events[0].location: expected a value for schema.org `location`, which Google \
         requires for an Event, found none"
    );
    assert!(matches!(
        &err,
        Error::Required { field, node: "Event", property: "location", .. } if field == "events[0].location"
    ));
    assert!(jsonld::check(&article).is_err());
    assert!(jsonld::to_html(&article).is_err());
    // A listing does not write its articles' events, so nothing is missing there.
    let feed = jaunumi::Feed::builder(
        "J",
        "J",
        "https://ventspils.lv/j/",
        "https://ventspils.lv/rss",
    )
    .article(article)
    .build()
    .unwrap();
    assert!(jsonld::to_string(&feed).is_ok());
}

#[test]
fn a_failing_writer() {
    let article = seed::article().unwrap();
    let err = jsonld::to_writer(Broken, &article).unwrap_err();
    // The cause is the source, not part of the message.
    assert_eq!(err.to_string(), "could not write the JSON-LD");
    let source = std::error::Error::source(&err).unwrap();
    assert_eq!(source.to_string(), "pipe closed");
    assert!(
        matches!(&err, Error::Io { format: ExportFormat::JsonLd, source } if source.kind() == io::ErrorKind::BrokenPipe)
    );
    let err = jsonld::ListingWriter::start(Broken, &seed::feed().unwrap()).unwrap_err();
    assert!(matches!(
        err,
        Error::Io {
            format: ExportFormat::JsonLd,
            ..
        }
    ));
    // The script element's opening is the first write.
    let err = jsonld::to_html_writer(Broken, &article).unwrap_err();
    assert_eq!(err.to_string(), "could not write the JSON-LD");
    assert!(matches!(
        err,
        Error::Io {
            format: ExportFormat::JsonLd,
            ..
        }
    ));
}

#[test]
fn breadcrumb_errors() {
    let err = Breadcrumb::new("Sākums", "/").unwrap_err();
    assert_eq!(
        err.to_string(),
        "url: expected an absolute URL such as `https://www.ventspils.lv/`, found `/` \
         (relative URL without a base)"
    );
    let err = Breadcrumb::new("\u{7}", "https://ventspils.lv/").unwrap_err();
    assert_eq!(err.field(), "name");
}

#[test]
fn public_types_are_send_and_sync() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<Error>();
    send_sync::<Warning>();
    send_sync::<Warnings>();
    send_sync::<WarningKind>();
    send_sync::<Breadcrumb>();
    send_sync::<jsonld::Report<String>>();
    send_sync::<jsonld::Printer<'static>>();
    send_sync::<jsonld::ListingWriter<Vec<u8>>>();
}

/// Google's image-licence metadata: once an `ImageObject` is there, Google asks who made it
/// and on what terms; each missing field is a warning naming the image's field.
#[test]
fn an_image_without_its_rights() {
    let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
        .credit("Foto: Jānis Bērziņš")
        .build()
        .unwrap();
    let photo = jaunumi::Image::builder("https://ventspils.lv/b.jpg", "Pludmale")
        .license("https://creativecommons.org/licenses/by/4.0/")
        .build()
        .unwrap();
    let article = Article::builder("Jaunumi", "https://ventspils.lv/j/1", published())
        .publisher(
            jaunumi::Organization::builder("Ventspils")
                .url("https://ventspils.lv/")
                .build()
                .unwrap(),
        )
        .image(image)
        .gallery_image(photo)
        .build()
        .unwrap();
    assert_eq!(
        lines(&jsonld::check(&article).unwrap()),
        [
            "image.creator: expected a value for schema.org `creator`, which Google recommends \
             for an ImageObject, found none",
            "image.copyrightNotice: expected a value for schema.org `copyrightNotice`, which \
             Google recommends for an ImageObject, found none",
            "image.license: expected a value for schema.org `license`, which Google recommends \
             for an ImageObject, found none",
            "image.acquireLicensePage: expected a value for schema.org `acquireLicensePage`, \
             which Google recommends for an ImageObject, found none",
            "gallery[0].credit: expected a value for schema.org `creditText`, which Google \
             recommends for an ImageObject, found none",
            "gallery[0].creator: expected a value for schema.org `creator`, which Google \
             recommends for an ImageObject, found none",
            "gallery[0].copyrightNotice: expected a value for schema.org `copyrightNotice`, \
             which Google recommends for an ImageObject, found none",
            "gallery[0].acquireLicensePage: expected a value for schema.org \
             `acquireLicensePage`, which Google recommends for an ImageObject, found none",
        ]
    );
    // An image that says nothing of its rights is written as before, without `contentUrl`.
    let plain = Article::builder("Jaunumi", "https://ventspils.lv/j/2", published())
        .image(
            jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
                .build()
                .unwrap(),
        )
        .build()
        .unwrap();
    let graph = jsonld::to_value(&plain).unwrap().output;
    assert_eq!(graph["@graph"][2]["@type"], "ImageObject");
    assert!(graph["@graph"][2].get("contentUrl").is_none());
}
