//! For arbitrary model values, with every character that XML needs escaped, `]]>`, quotes,
//! emoji, right-to-left text and the control characters the model accepts (tab, line
//! feed, carriage return): both outputs are well-formed XML that quick-xml reads to the
//! end, and read back through feed-rs to the model's values.

use chrono::{DateTime, FixedOffset, TimeDelta};
use jaunumi::{
    Article, Category, Feed, Html, Image, Language, Organization, Person, Slug, Translation,
};
use proptest::prelude::*;

use super::read_back::{atom_reads_back, rss_reads_back};
use super::texts_of;

/// Text as the model takes it: trimmed, not empty, and full of what XML must escape.
fn text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("<".to_owned()),
        Just("&".to_owned()),
        Just(">".to_owned()),
        Just("]]>".to_owned()),
        Just("]]]]>".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("„Gaismas pils“".to_owned()),
        Just("🎄🇱🇻".to_owned()),
        Just("שלום עולם".to_owned()),
        Just("مرحبا".to_owned()),
        Just("\t".to_owned()),
        Just("\n".to_owned()),
        Just("\r".to_owned()),
        Just("\r\n".to_owned()),
        Just("&amp;".to_owned()),
        Just("&#13;".to_owned()),
        "[a-zA-Z0-9āčēģīķļņšūžĀŠŽ ]{1,12}",
    ];
    prop::collection::vec(fragment, 1..10)
        .prop_map(|parts| parts.concat())
        .prop_filter("model text is not blank", |s| !s.trim().is_empty())
}

/// An instant in Riga time, to the second, between 2000 and 2035.
fn instant() -> impl Strategy<Value = DateTime<FixedOffset>> {
    (946_684_800_i64..2_051_222_400).prop_filter_map("a representable instant", |seconds| {
        DateTime::from_timestamp(seconds, 0).map(jaunumi::riga::from_utc)
    })
}

#[derive(Debug, Clone)]
struct ArticleParts {
    title: String,
    published: DateTime<FixedOffset>,
    updated_after: Option<u32>,
    summary: Option<String>,
    body: Option<String>,
    authors: Vec<String>,
    categories: Vec<(String, Option<&'static str>, bool)>,
    image: Option<(String, Option<u64>, bool)>,
    tag_id: bool,
    russian: bool,
    english: bool,
}

fn article_parts() -> impl Strategy<Value = ArticleParts> {
    (
        (text(), instant(), proptest::option::of(0_u32..10_000_000)),
        (proptest::option::of(text()), proptest::option::of(text())),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(
            (
                text(),
                proptest::option::of(prop_oneof![Just("kultura"), Just("sports-2024")]),
                any::<bool>(),
            ),
            0..3,
        ),
        proptest::option::of((
            text(),
            proptest::option::of(1_u64..10_000_000),
            any::<bool>(),
        )),
        (any::<bool>(), any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(
                (title, published, updated_after),
                (summary, body),
                authors,
                categories,
                image,
                (tag_id, russian, english),
            )| {
                ArticleParts {
                    title,
                    published,
                    updated_after,
                    summary,
                    body,
                    authors,
                    categories,
                    image,
                    tag_id,
                    russian,
                    english,
                }
            },
        )
}

fn build_article(index: usize, parts: ArticleParts) -> Result<Article, jaunumi::Error> {
    let url = format!("https://www.ventspils.lv/jaunumi/{index}?a=1&b=\"2\"");
    // A slug of its own: a title of only punctuation has none to derive.
    let mut builder = Article::builder(parts.title, url, parts.published)
        .slug(Slug::new(&format!("jaunums-{index}"))?);
    if let Some(seconds) = parts.updated_after {
        builder = builder.updated(parts.published + TimeDelta::seconds(i64::from(seconds)));
    }
    if let Some(summary) = parts.summary {
        builder = builder.summary(summary);
    }
    if let Some(body) = parts.body {
        builder = builder.body(Html::new(&format!("<p>{body}</p>"))?);
    }
    for name in parts.authors {
        builder = builder.author(
            Person::builder(name)
                .url(format!("https://ventspils.lv/p/{index}"))
                .build()?,
        );
    }
    for (name, term, scheme) in parts.categories {
        let mut category = Category::builder(name);
        if let Some(term) = term {
            category = category.term(term);
        }
        if scheme {
            category = category.scheme("https://ventspils.lv/kategorijas?x=1&y=2");
        }
        builder = builder.category(category.build()?);
    }
    if let Some((alt, length, typed)) = parts.image {
        let mut image = Image::builder(format!("https://ventspils.lv/i/{index}.jpg"), alt);
        if let Some(length) = length {
            image = image.length(length);
        }
        if typed {
            image = image.media_type("image/jpeg");
        }
        builder = builder.image(image.build()?);
    }
    if parts.tag_id {
        builder = builder.id(format!("tag:ventspils.lv,2024:jaunumi/{index}"));
    }
    if parts.russian {
        builder = builder.language(Language::RUSSIAN);
    }
    if parts.english {
        builder = builder.translation(Translation::new(
            "en",
            &format!("https://ventspils.lv/en/{index}"),
        )?);
    }
    builder.build()
}

fn feed() -> impl Strategy<Value = Feed> {
    (
        (text(), text(), proptest::option::of(text()), text()),
        (instant(), any::<bool>()),
        prop::collection::vec(article_parts(), 0..4),
    )
        .prop_filter_map(
            "a valid feed",
            |((title, description, rights, publisher), (updated, dated), articles)| {
                let articles_empty = articles.is_empty();
                let articles: Result<Vec<_>, _> = articles
                    .into_iter()
                    .enumerate()
                    .map(|(i, parts)| build_article(i, parts))
                    .collect();
                let mut builder = Feed::builder(
                    title,
                    description,
                    "https://www.ventspils.lv/jaunumi/?a=1&b=2",
                    "https://www.ventspils.lv/jaunumi/feed/",
                )
                .publisher(Organization::builder(publisher).build().ok()?)
                .articles(articles.ok()?);
                if let Some(rights) = rights {
                    builder = builder.rights(rights);
                }
                // Atom needs a time before its entries; a feed without articles must carry one.
                if dated || articles_empty {
                    builder = builder.updated(updated);
                }
                builder.build().ok()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn rss_is_well_formed_and_reads_back(feed in feed()) {
        let xml = jaunumi::rss::to_string(&feed).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let titles = texts_of(&xml, "title").map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(titles.len(), feed.articles().len() + 1);
        rss_reads_back(&feed).map_err(|e| TestCaseError::fail(e.to_string()))?;
    }

    #[test]
    fn atom_is_well_formed_and_reads_back(feed in feed()) {
        let xml = jaunumi::atom::to_string(&feed).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let titles = texts_of(&xml, "title").map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(titles.len(), feed.articles().len() + 1);
        atom_reads_back(&feed).map_err(|e| TestCaseError::fail(e.to_string()))?;
    }

    #[test]
    fn output_is_the_same_bytes_every_time(feed in feed()) {
        prop_assert_eq!(jaunumi::rss::to_vec(&feed).ok(), jaunumi::rss::to_vec(&feed).ok());
        prop_assert_eq!(jaunumi::atom::to_vec(&feed).ok(), jaunumi::atom::to_vec(&feed).ok());
    }
}

#[test]
fn titles_keep_every_character() -> Result<(), Box<dyn std::error::Error>> {
    let title = "A&B < C > D ]]> \"x\" 'y'\tz\r\nw 🎄 שלום";
    let article = Article::builder(
        title,
        "https://ventspils.lv/j/1",
        jaunumi::riga::at(2024, 1, 1, 9, 0)?,
    )
    .build()?;
    let feed = Feed::builder(
        "J",
        "J",
        "https://ventspils.lv/",
        "https://ventspils.lv/rss",
    )
    .publisher(Organization::builder("Ventspils").build()?)
    .article(article)
    .build()?;
    // RSS writes the markup characters of plain text as hexadecimal references, as the RSS
    // Advisory Board's profile asks; Atom as XML's own entities.
    for (xml, escaped) in [
        (
            jaunumi::rss::to_string(&feed)?,
            "A&#x26;B &#x3C; C &#x3E; D ]]&#x3E; \"x\" 'y'\tz&#13;\nw 🎄 שלום",
        ),
        (
            jaunumi::atom::to_string(&feed)?,
            "A&amp;B &lt; C &gt; D ]]&gt; \"x\" 'y'\tz&#13;\nw 🎄 שלום",
        ),
    ] {
        assert_eq!(texts_of(&xml, "title")?[1], title);
        assert!(xml.contains(escaped), "{xml}");
    }
    Ok(())
}
