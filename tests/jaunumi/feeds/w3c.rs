//! What the W3C Feed Validation Service would report, and how the exporters write it so that
//! it does not (tests/python/check_feed_rules.py carries the validator's rules into CI).

use jaunumi::{Article, ErrorKind, Feed, Organization, Paging};

use super::texts_of;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn feed_of(article: Article) -> Result<Feed> {
    Ok(Feed::builder(
        "Jaunumi",
        "Ventspils jaunumi",
        "https://ventspils.lv/",
        "https://ventspils.lv/rss",
    )
    .publisher(Organization::builder("Ventspils").build()?)
    .article(article)
    .build()?)
}

fn article(title: &str, url: &str) -> Result<Article> {
    Ok(Article::builder(title, url, jaunumi::riga::at(2024, 5, 18, 9, 30)?).build()?)
}

/// `CharacterData` and `ContainsHTML`: `<` or `&` in RSS plain text, written as XML's own
/// entities, reads to text that looks like markup to readers that take it as HTML.
#[test]
fn rss_plain_text_has_hexadecimal_references() -> Result {
    let title = "Skola <Pūce> & AT&T &amp;";
    let article = Article::builder(
        title,
        "https://ventspils.lv/j/1",
        jaunumi::riga::at(2024, 5, 18, 9, 30)?,
    )
    .author(jaunumi::Person::builder("Ilze <ilze>").build()?)
    .category(jaunumi::Category::builder("Kultūra & sports").build()?)
    .build()?;
    let xml = jaunumi::rss::to_string(&feed_of(article)?)?;
    assert!(xml.contains("<title>Skola &#x3C;Pūce&#x3E; &#x26; AT&#x26;T &#x26;amp;</title>"));
    assert!(xml.contains("<dc:creator>Ilze &#x3C;ilze&#x3E;</dc:creator>"));
    assert!(xml.contains("<category>Kultūra &#x26; sports</category>"));
    assert_eq!(texts_of(&xml, "title")?[1], title);
    // The description is HTML to readers, and stays escaped as HTML.
    Ok(())
}

/// `MissingTextualContent`: an Atom entry with neither content nor a summary.
#[test]
fn atom_entry_without_text_has_its_title_as_summary() -> Result {
    let xml = jaunumi::atom::to_string(&feed_of(article(
        "Domes sēde & budžets",
        "https://ventspils.lv/j/2",
    )?)?)?;
    assert!(xml.contains("<summary type=\"text\">Domes sēde &amp; budžets</summary>"));
    let with_body = Article::builder(
        "Domes sēde",
        "https://ventspils.lv/j/3",
        jaunumi::riga::at(2024, 5, 18, 9, 30)?,
    )
    .body(jaunumi::Html::new("<p>Darba kārtība</p>")?)
    .build()?;
    let xml = jaunumi::atom::to_string(&feed_of(with_body)?)?;
    assert!(!xml.contains("<summary"));
    Ok(())
}

/// `ProblematicalRFC822Date`: the validator takes offsets that are not whole or half hours
/// for mistakes, so such an instant is written in UTC.
#[test]
fn rss_dates_with_quarter_hour_offsets_are_written_in_utc() -> Result {
    let published = chrono::DateTime::parse_from_rfc3339("2024-05-18T09:30:00+05:45")?;
    let article = Article::builder("Katmandu", "https://ventspils.lv/j/4", published).build()?;
    let xml = jaunumi::rss::to_string(&feed_of(article)?)?;
    assert!(xml.contains("<pubDate>Sat, 18 May 2024 03:45:00 +0000</pubDate>"));
    let half = chrono::DateTime::parse_from_rfc3339("2024-05-18T09:30:00-03:30")?;
    let article = Article::builder("Ņūfaundlenda", "https://ventspils.lv/j/5", half).build()?;
    let xml = jaunumi::rss::to_string(&feed_of(article)?)?;
    assert!(xml.contains("<pubDate>Sat, 18 May 2024 09:30:00 -0330</pubDate>"));
    Ok(())
}

/// `ImageUrlFormat`: RSS takes a GIF, JPEG or PNG as the channel's image.
#[test]
fn rss_image_only_for_gif_jpeg_or_png() -> Result {
    for (logo, written) in [
        ("https://ventspils.lv/logo.png", true),
        ("https://ventspils.lv/logo.JPEG?v=2", true),
        ("https://ventspils.lv/logo", true),
        ("https://ventspils.lv/logo.svg", false),
        ("https://ventspils.lv/logo.webp?v=2", false),
    ] {
        let feed = Feed::builder(
            "Jaunumi",
            "Ventspils jaunumi",
            "https://ventspils.lv/",
            "https://ventspils.lv/rss",
        )
        .logo(logo)
        .build()?;
        let xml = jaunumi::rss::to_string(&feed)?;
        assert_eq!(xml.contains("<image>"), written, "{logo}");
        // Atom's logo may be any image.
        let feed = Feed::builder(
            "Jaunumi",
            "Ventspils jaunumi",
            "https://ventspils.lv/",
            "https://ventspils.lv/atom",
        )
        .logo(logo)
        .updated(jaunumi::riga::at(2024, 5, 18, 9, 30)?)
        .build()?;
        assert!(
            jaunumi::atom::to_string(&feed)?.contains("<logo>"),
            "{logo}"
        );
    }
    Ok(())
}

/// `InvalidUriChar` and `NonCanonicalURI`: a URL as the WHATWG rules serialise it may hold
/// characters RFC 3986 does not allow, and escapes in any case.
#[test]
fn urls_are_written_as_rfc_3986_uris() -> Result {
    let article = article(
        "Ēnu diena",
        "https://ventspils.lv/j/%c4%93nu-diena/%7Ea%2Db?f[]=1|2^3&x=%2f#a#b",
    )?;
    let expected = "https://ventspils.lv/j/%C4%93nu-diena/~a-b?f%5B%5D=1%7C2%5E3&x=%2F#a%23b";
    assert_eq!(article.url().as_str(), expected);
    let feed = feed_of(article)?;
    let escaped = expected.replace('&', "&amp;");
    let rss = jaunumi::rss::to_string(&feed)?;
    assert!(rss.contains(&format!("<link>{escaped}</link>")));
    assert!(rss.contains(&format!("<guid isPermaLink=\"true\">{escaped}</guid>")));
    let atom = jaunumi::atom::to_string(&feed)?;
    assert!(atom.contains(&format!("<id>{escaped}</id>")));
    // Written again, the URL stays as it is.
    assert_eq!(jaunumi::WebUrl::parse(expected)?.as_str(), expected);
    Ok(())
}

/// `LinkPastEnd`: the first page cannot have a page before it, nor the last one after it.
#[test]
fn paging_past_the_end_is_refused() -> Result {
    let builder = |paging: Paging| {
        Feed::builder(
            "Jaunumi",
            "Ventspils jaunumi",
            "https://ventspils.lv/",
            "https://ventspils.lv/rss",
        )
        .paging(paging)
        .build()
    };
    let err = builder(
        Paging::builder()
            .first("https://ventspils.lv/rss")
            .previous("https://ventspils.lv/rss?paged=0")
            .build()?,
    )
    .unwrap_err();
    assert_eq!(err.field(), "paging.previous");
    assert!(matches!(err.kind(), ErrorKind::NotAllowed { .. }));
    assert_eq!(
        err.to_string(),
        "paging.previous: must not be given when the feed is its own first page (`first` is `feedUrl`)"
    );
    let err = builder(
        Paging::builder()
            .last("https://ventspils.lv/rss")
            .next("https://ventspils.lv/rss?paged=2")
            .build()?,
    )
    .unwrap_err();
    assert_eq!(err.field(), "paging.next");
    // A middle page may have both.
    builder(
        Paging::builder()
            .first("https://ventspils.lv/rss?paged=1")
            .previous("https://ventspils.lv/rss?paged=1")
            .next("https://ventspils.lv/rss?paged=3")
            .last("https://ventspils.lv/rss?paged=9")
            .build()?,
    )?;
    Ok(())
}
