//! Every output read back by a real client, feed-rs: what it finds equals the model's
//! values. feed-rs keeps instants in UTC, so the offsets are checked in the raw text.

use chrono::{DateTime, FixedOffset};
use jaunumi::{Article, Category, Feed, Image, Organization, Paging, Person, Translation};

use super::{seed, texts_of, unescape_html};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A feed that uses every part of the model the feeds carry.
pub(super) fn rich_feed() -> Result<Feed> {
    let publisher = Organization::builder("Ventspils valstspilsētas pašvaldība")
        .url("https://www.ventspils.lv/")
        .build()?;
    let culture = Category::builder("Kultūra")
        .term("kultura")
        .scheme("https://www.ventspils.lv/jaunumi/kategorijas")
        .build()?;
    let first = Article::builder(
        "Muzeju nakts & „Gaismas pils“ <2024>",
        "https://www.ventspils.lv/jaunumi/muzeju-nakts?gads=2024&x=1",
        jaunumi::riga::at(2024, 5, 18, 9, 30)?,
    )
    .updated(jaunumi::riga::at(2024, 5, 19, 10, 15)?)
    .summary("Ieeja bez maksas; A & B < C > D ]]> tests 🎉")
    .body(jaunumi::Html::new(
        "<p>Programma: <strong>koncerts</strong> &amp; izstāde ]]> tests.</p>\n<p>Vairāk <a href=\"https://www.ventspils.lv/?a=1&amp;b=2\">šeit</a>.</p>",
    )?)
    .author(
        Person::builder("Ilze Kalniņa")
            .url("https://www.ventspils.lv/kontakti/kalnina")
            .build()?,
    )
    .author(Person::builder("Jānis Bērziņš").build()?)
    .category(culture)
    .category(Category::builder("Tūrisms").build()?)
    .image(
        Image::builder("https://www.ventspils.lv/uploads/2024/05/nakts.jpg", "Pils naktī")
            .media_type("image/jpeg")
            .length(183_204)
            .build()?,
    )
    .translation(Translation::new("en", "https://www.ventspils.lv/en/news/museum-night")?)
    .translation(Translation::new("ru", "https://www.ventspils.lv/ru/novosti/noch-muzeev")?)
    .build()?;
    let second = Article::builder(
        "Ziemā ceļu tīrīšana notiek naktīs",
        "https://www.ventspils.lv/jaunumi/celu-tirisana",
        jaunumi::riga::at(2024, 1, 17, 12, 0)?,
    )
    .id("tag:ventspils.lv,2024:jaunumi/celu-tirisana")
    .body(jaunumi::Html::new(
        "<p>Sniega izvešana tiek plānota naktīs.</p>",
    )?)
    .publisher(
        Organization::builder("Ventspils komunālā pārvalde")
            .url("https://komunala.ventspils.lv/")
            .build()?,
    )
    .image(
        Image::builder(
            "https://www.ventspils.lv/uploads/2024/01/sniegs.png",
            "Sniegs",
        )
        .build()?,
    )
    .language(jaunumi::Language::RUSSIAN)
    .build()?;
    let third = Article::builder(
        "Domes sēde",
        "https://www.ventspils.lv/jaunumi/domes-sede",
        jaunumi::riga::at(2023, 12, 1, 8, 0)?,
    )
    .build()?;
    Ok(Feed::builder(
        "Ventspils: jaunumi",
        "Ventspils valstspilsētas pašvaldības jaunumi",
        "https://www.ventspils.lv/jaunumi/",
        "https://www.ventspils.lv/jaunumi/feed/",
    )
    .publisher(publisher)
    .icon("https://www.ventspils.lv/favicon.png")
    .logo("https://www.ventspils.lv/logo.png")
    .rights("© Ventspils valstspilsētas pašvaldība")
    .paging(
        Paging::builder()
            .first("https://www.ventspils.lv/jaunumi/feed/")
            .next("https://www.ventspils.lv/jaunumi/feed/?paged=2")
            .last("https://www.ventspils.lv/jaunumi/feed/?paged=9")
            .build()?,
    )
    .articles([first, second, third])
    .build()?)
}

/// The authors an Atom entry carries: its own, else its publisher, else the feed's.
fn atom_authors(feed: &Feed, article: &Article) -> Vec<(Option<String>, Option<String>)> {
    if article.authors().is_empty() {
        let publisher = article.publisher().or(feed.publisher());
        publisher
            .map(|p| (Some(p.name().to_string()), p.url().map(|u| u.to_string())))
            .into_iter()
            .collect()
    } else {
        article
            .authors()
            .iter()
            .map(|p| (Some(p.name().to_string()), p.url().map(|u| u.to_string())))
            .collect()
    }
}

/// Each raw date text parses to the model's instant with the model's own offset.
fn same_instants_and_offsets(
    texts: &[String],
    expected: &[&DateTime<FixedOffset>],
    parse: fn(&str) -> chrono::ParseResult<DateTime<FixedOffset>>,
) -> Result {
    assert_eq!(texts.len(), expected.len());
    for (text, expected) in texts.iter().zip(expected) {
        let parsed = parse(text)?;
        assert_eq!(&parsed, *expected, "{text}");
        assert_eq!(parsed.offset(), expected.offset(), "{text}");
    }
    Ok(())
}

/// What feed-rs reads from the RSS of `feed` equals the model.
pub(super) fn rss_reads_back(feed: &Feed) -> Result {
    let bytes = jaunumi::rss::to_vec(feed)?;
    let parsed = feed_rs::parser::parse(bytes.as_slice())?;
    assert_eq!(
        parsed.title.map(|t| t.content).as_deref(),
        Some(feed.title().as_str())
    );
    assert_eq!(
        parsed.description.map(|t| t.content).as_deref(),
        Some(feed.description().as_str())
    );
    assert_eq!(
        parsed.links.first().map(|l| l.href.as_str()),
        Some(feed.home_url().as_str())
    );
    assert_eq!(parsed.entries.len(), feed.articles().len());
    for (entry, article) in parsed.entries.iter().zip(feed.articles()) {
        assert_eq!(
            entry.title.as_ref().map(|t| t.content.as_str()),
            Some(article.title().as_str())
        );
        assert_eq!(
            entry.links.first().map(|l| l.href.as_str()),
            Some(article.url().as_str())
        );
        assert_eq!(entry.id, article.id().as_str());
        assert_eq!(entry.published, Some(article.published().to_utc()));
        let creators: Vec<_> = entry.authors.iter().map(|p| p.name.as_deref()).collect();
        let authors: Vec<_> = article
            .authors()
            .iter()
            .map(|p| Some(p.name().as_str()))
            .collect();
        assert_eq!(creators, authors);
        let categories: Vec<_> = entry
            .categories
            .iter()
            .map(|c| (c.term.as_str(), c.scheme.as_deref()))
            .collect();
        let expected: Vec<_> = article
            .categories()
            .iter()
            .map(|c| (c.name().as_str(), c.scheme().map(|s| s.as_str())))
            .collect();
        assert_eq!(categories, expected);
        // A body without text gives an empty description, which feed-rs reads as none.
        let description = article
            .summary()
            .map(|s| s.to_string())
            .or_else(|| article.body().map(|b| b.to_text()))
            .filter(|d| !d.is_empty());
        assert_eq!(
            entry.summary.as_ref().map(|s| unescape_html(&s.content)),
            description
        );
        assert_eq!(
            entry.content.as_ref().and_then(|c| c.body.as_deref()),
            article.body().map(|b| b.as_str())
        );
        match article.image() {
            Some(image) => assert!(rss_image_reads_back(entry, image), "{:?}", entry.media),
            None => assert!(entry.media.is_empty()),
        }
    }
    let xml = String::from_utf8(bytes)?;
    let published: Vec<_> = feed.articles().iter().map(|a| a.published()).collect();
    same_instants_and_offsets(
        &texts_of(&xml, "pubDate")?,
        &published,
        DateTime::parse_from_rfc2822,
    )?;
    Ok(())
}

/// The image as feed-rs reads an RSS enclosure or Media RSS content.
fn rss_image_reads_back(entry: &feed_rs::model::Entry, image: &Image) -> bool {
    entry.media.iter().flat_map(|m| &m.content).any(|content| {
        content.url.as_ref().map(|u| u.as_str()) == Some(image.url().as_str())
            && content.size == image.length()
            && content
                .content_type
                .as_ref()
                .map(|t| t.to_string())
                .as_deref()
                == image.media_type()
    })
}

/// What feed-rs reads from the Atom of `feed` equals the model.
pub(super) fn atom_reads_back(feed: &Feed) -> Result {
    let bytes = jaunumi::atom::to_vec(feed)?;
    let parsed = feed_rs::parser::parse(bytes.as_slice())?;
    assert_eq!(parsed.id, feed.id().as_str());
    assert_eq!(
        parsed.title.map(|t| t.content).as_deref(),
        Some(feed.title().as_str())
    );
    let newest = feed
        .articles()
        .iter()
        .map(|a| a.updated().unwrap_or(a.published()))
        .max();
    assert_eq!(
        parsed.updated,
        feed.updated().or(newest).map(|u| u.to_utc())
    );
    assert_eq!(parsed.entries.len(), feed.articles().len());
    for (entry, article) in parsed.entries.iter().zip(feed.articles()) {
        assert_eq!(entry.id, article.id().as_str());
        assert_eq!(
            entry.title.as_ref().map(|t| t.content.as_str()),
            Some(article.title().as_str())
        );
        let alternate: Vec<_> = entry
            .links
            .iter()
            .filter(|l| l.rel.as_deref() == Some("alternate"))
            .map(|l| (l.href.as_str(), l.href_lang.as_deref()))
            .collect();
        let mut expected = vec![(article.url().as_str(), None)];
        expected.extend(
            article
                .translations()
                .iter()
                .map(|t| (t.url().as_str(), Some(t.language().as_str()))),
        );
        assert_eq!(alternate, expected);
        assert_eq!(entry.published, Some(article.published().to_utc()));
        assert_eq!(
            entry.updated,
            Some(article.updated().unwrap_or(article.published()).to_utc())
        );
        let authors: Vec<_> = entry
            .authors
            .iter()
            .map(|p| (p.name.clone(), p.uri.clone()))
            .collect();
        assert_eq!(authors, atom_authors(feed, article));
        let categories: Vec<_> = entry
            .categories
            .iter()
            .map(|c| (c.term.as_str(), c.label.as_deref(), c.scheme.as_deref()))
            .collect();
        let expected: Vec<_> = article.categories().iter().map(atom_category).collect();
        assert_eq!(categories, expected);
        // Without a summary or a body, the title stands as the summary.
        let summary = match (article.summary(), article.body()) {
            (Some(summary), _) => Some(summary.as_str()),
            (None, None) => Some(article.title().as_str()),
            (None, Some(_)) => None,
        };
        assert_eq!(entry.summary.as_ref().map(|s| s.content.as_str()), summary);
        assert_eq!(
            entry.content.as_ref().and_then(|c| c.body.as_deref()),
            article.body().map(|b| b.as_str())
        );
        let enclosure = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref() == Some("enclosure"))
            .map(|l| (l.href.as_str(), l.media_type.as_deref(), l.length));
        let image = article
            .image()
            .map(|i| (i.url().as_str(), i.media_type(), i.length()));
        assert_eq!(enclosure, image);
    }
    let xml = String::from_utf8(bytes)?;
    let published: Vec<_> = feed.articles().iter().map(|a| a.published()).collect();
    same_instants_and_offsets(
        &texts_of(&xml, "published")?,
        &published,
        DateTime::parse_from_rfc3339,
    )?;
    Ok(())
}

fn atom_category(category: &Category) -> (&str, Option<&str>, Option<&str>) {
    match category.term() {
        Some(term) => (
            term.as_str(),
            Some(category.name().as_str()),
            category.scheme().map(|s| s.as_str()),
        ),
        None => (
            category.name().as_str(),
            None,
            category.scheme().map(|s| s.as_str()),
        ),
    }
}

#[test]
fn seed_rss_reads_back() -> Result {
    rss_reads_back(&seed::feed()?)
}

#[test]
fn seed_atom_reads_back() -> Result {
    atom_reads_back(&seed::feed()?)
}

#[test]
fn rich_rss_reads_back() -> Result {
    rss_reads_back(&rich_feed()?)
}

#[test]
fn rich_atom_reads_back() -> Result {
    atom_reads_back(&rich_feed()?)
}

#[test]
fn rss_offsets_are_riga_offsets() -> Result {
    let xml = jaunumi::rss::to_string(&rich_feed()?)?;
    assert_eq!(
        texts_of(&xml, "pubDate")?,
        [
            "Sat, 18 May 2024 09:30:00 +0300",
            "Wed, 17 Jan 2024 12:00:00 +0200",
            "Fri, 01 Dec 2023 08:00:00 +0200",
        ]
    );
    assert_eq!(
        texts_of(&xml, "lastBuildDate")?,
        ["Sun, 19 May 2024 10:15:00 +0300"]
    );
    Ok(())
}

#[test]
fn atom_dates_are_rfc3339_with_riga_offsets() -> Result {
    let xml = jaunumi::atom::to_string(&rich_feed()?)?;
    assert_eq!(
        texts_of(&xml, "updated")?,
        [
            "2024-05-19T10:15:00+03:00",
            "2024-05-19T10:15:00+03:00",
            "2024-01-17T12:00:00+02:00",
            "2023-12-01T08:00:00+02:00",
        ]
    );
    Ok(())
}

#[test]
fn rss_guid_is_a_permalink_only_for_the_url() -> Result {
    let xml = jaunumi::rss::to_string(&rich_feed()?)?;
    assert!(xml.contains(
        "<guid isPermaLink=\"true\">https://www.ventspils.lv/jaunumi/muzeju-nakts?gads=2024&amp;x=1</guid>"
    ));
    assert!(xml.contains(
        "<guid isPermaLink=\"false\">tag:ventspils.lv,2024:jaunumi/celu-tirisana</guid>"
    ));
    Ok(())
}

#[test]
fn rss_image_is_an_enclosure_only_with_length_and_type() -> Result {
    let xml = jaunumi::rss::to_string(&rich_feed()?)?;
    assert_eq!(xml.matches("<enclosure ").count(), 1);
    assert!(xml.contains(
        "<enclosure url=\"https://www.ventspils.lv/uploads/2024/05/nakts.jpg\" length=\"183204\" type=\"image/jpeg\"/>"
    ));
    assert!(xml.contains(
        "<media:content url=\"https://www.ventspils.lv/uploads/2024/01/sniegs.png\" medium=\"image\">\n        <media:description type=\"plain\">Sniegs</media:description>\n      </media:content>"
    ));
    Ok(())
}

#[test]
fn namespaces_are_declared_once_on_the_root() -> Result {
    let xml = jaunumi::rss::to_string(&rich_feed()?)?;
    for namespace in ["xmlns:atom=", "xmlns:content=", "xmlns:dc=", "xmlns:media="] {
        assert_eq!(xml.matches(namespace).count(), 1, "{namespace}");
    }
    assert!(
        xml.lines()
            .nth(1)
            .is_some_and(|root| root.contains("xmlns:dc="))
    );
    Ok(())
}

#[test]
fn paging_links_in_both_formats() -> Result {
    let feed = rich_feed()?;
    let rss = jaunumi::rss::to_string(&feed)?;
    assert!(rss.contains(
        "<atom:link href=\"https://www.ventspils.lv/jaunumi/feed/?paged=2\" rel=\"next\" type=\"application/rss+xml\"/>"
    ));
    assert!(!rss.contains("rel=\"previous\""));
    let atom = feed_rs::parser::parse(jaunumi::atom::to_vec(&feed)?.as_slice())?;
    let links: Vec<_> = atom
        .links
        .iter()
        .map(|l| (l.rel.as_deref().unwrap_or(""), l.href.as_str()))
        .collect();
    assert_eq!(
        links,
        [
            ("alternate", "https://www.ventspils.lv/jaunumi/"),
            ("self", "https://www.ventspils.lv/jaunumi/feed/"),
            ("first", "https://www.ventspils.lv/jaunumi/feed/"),
            ("next", "https://www.ventspils.lv/jaunumi/feed/?paged=2"),
            ("last", "https://www.ventspils.lv/jaunumi/feed/?paged=9"),
        ]
    );
    Ok(())
}

#[test]
fn atom_entry_language_only_where_it_differs() -> Result {
    let xml = jaunumi::atom::to_string(&rich_feed()?)?;
    assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"lv\">"));
    assert_eq!(xml.matches("<entry xml:lang=\"ru\">").count(), 1);
    assert_eq!(xml.matches("<entry>").count(), 2);
    Ok(())
}
