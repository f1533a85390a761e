//! The script element: whatever the text, it cannot be left early, and it holds exactly
//! the graph's JSON.

use jaunumi::jsonld::{self, Page};
use jaunumi::{
    Admission, Article, Event, Feed, Html, Image, Location, Moment, Organization, OrganizationKind,
    Person, Place, PostalAddress, Slug, Text, WebUrl,
};
use proptest::prelude::*;
use serde_json::Value;

const START: &str = r#"<script type="application/ld+json">"#;
const END: &str = "</script>";

/// The JSON inside a script element, parsed; the element must hold nothing else.
pub(super) fn script_json(html: &str) -> Value {
    let json = html
        .strip_prefix(START)
        .and_then(|rest| rest.strip_suffix(END))
        .unwrap();
    assert!(
        !json.contains('<') && !json.contains('>') && !json.contains('&'),
        "{json}"
    );
    assert!(!json.contains(['\u{2028}', '\u{2029}']), "{json}");
    serde_json::from_str(json).unwrap()
}

/// Text meant to break out: closing tags, comments, CDATA ends, line separators, quotes,
/// backslashes, and any other character a model value can hold.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "</script>", "</SCRIPT >", "</script", "<script>alert(1)</script>", "<!--", "-->",
            "<!--<script>", "]]>", "<![CDATA[", "\u{2028}", "\u{2029}", "\"", "'", "\\", "\\u003c",
            "&", "&lt;/script&gt;", "<", ">", "/", "<\u{2028}/script>", "\u{e2}\u{80}",
        ])
        .prop_map(str::to_owned),
        2 => any::<char>().prop_map(String::from),
        2 => "[a-zāēīūšž ]{1,6}",
    ];
    prop::collection::vec(piece, 1..8).prop_map(|pieces| pieces.concat())
}

/// Hostile text that the model takes (its rules: not empty, no control characters).
fn text() -> impl Strategy<Value = String> {
    hostile()
        .prop_map(|t| {
            if Text::new(&t).is_ok() {
                t
            } else {
                format!(
                    "x{}",
                    t.replace(
                        |c: char| Text::new(&c.to_string()).is_err() && !c.is_whitespace(),
                        ""
                    )
                )
            }
        })
        .prop_filter("model text", |t| Text::new(t).is_ok())
}

fn organization() -> impl Strategy<Value = Organization> {
    (text(), prop::option::of(text()), any::<bool>()).prop_map(|(name, area, url)| {
        let mut builder = Organization::builder(name).kind(OrganizationKind::Ngo);
        if let Some(area) = area {
            builder = builder.area_served(area);
        }
        if url {
            builder = builder.url("https://example.lv/?q=</script>");
        }
        builder.build().unwrap()
    })
}

fn event() -> impl Strategy<Value = Event> {
    (
        text(),
        prop::option::of(text()),
        text(),
        0..4u8,
        organization(),
    )
        .prop_map(|(name, description, place, location, organizer)| {
            let day = "2024-05-04".parse::<Moment>().unwrap();
            let mut builder = Event::builder(name, day)
                .organizer(organizer)
                .admission(Admission::Free);
            if let Some(description) = description {
                builder = builder.description(description);
            }
            let place = Place::builder(place, PostalAddress::builder().build().unwrap())
                .build()
                .unwrap();
            let url: WebUrl = "https://meet.example.lv/<x>".parse().unwrap();
            builder = match location {
                0 => builder,
                1 => builder.location(Location::Physical(place)),
                2 => builder.location(Location::Online(url)),
                _ => builder.location(Location::Mixed { place, url }),
            };
            builder.build().unwrap()
        })
}

prop_compose! {
    fn article()(
        title in text(),
        summary in prop::option::of(text()),
        body in prop::option::of(text()),
        keywords in prop::collection::vec(text(), 0..3),
        author in text(),
        publisher in organization(),
        alt in text(),
        events in prop::collection::vec(event(), 0..2),
    ) -> Article {
        let published = jaunumi::riga::at(2024, 5, 1, 12, 0).unwrap();
        let image = Image::builder("https://example.lv/a.jpg?<b>", alt).build().unwrap();
        let mut builder = Article::builder(title, "https://example.lv/j/1?a=</script>", published)
            .author(Person::builder(author).build().unwrap())
            .publisher(publisher)
            .image(image)
            .section("Jaunumi")
            // A title may have nothing to make a slug from.
            .slug(Slug::new("jaunumi").unwrap());
        if let Some(summary) = summary {
            builder = builder.summary(summary);
        }
        if let Some(body) = body.and_then(|b| Html::new(&b).ok()) {
            builder = builder.body(body);
        }
        for keyword in keywords {
            builder = builder.keyword(keyword);
        }
        for event in events {
            builder = builder.event(event);
        }
        builder.build().unwrap()
    }
}

/// The script element of `page` holds exactly `to_value`'s JSON, or both refuse.
fn same_json(page: &impl Page) -> Result<(), TestCaseError> {
    match (jsonld::to_html(page), jsonld::to_value(page)) {
        (Ok(html), Ok(value)) => {
            let json = html
                .output
                .strip_prefix(START)
                .and_then(|r| r.strip_suffix(END));
            let json = json.ok_or_else(|| TestCaseError::fail("not a script element"))?;
            prop_assert!(!json.contains("</"), "{}", json);
            prop_assert!(!json.contains("<!--"), "{}", json);
            prop_assert!(!json.contains("]]>"), "{}", json);
            let parsed: Value =
                serde_json::from_str(json).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(parsed, value.output);
            prop_assert_eq!(html.warnings, value.warnings);
        }
        (Err(a), Err(b)) => prop_assert_eq!(a.to_string(), b.to_string()),
        (html, value) => prop_assert!(
            false,
            "{:?} but {:?}",
            html.map(|r| r.output),
            value.map(|r| r.output)
        ),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_script_element_holds_the_graph(article in article()) {
        same_json(&article)?;
    }

    #[test]
    fn the_listing_script_element_holds_the_graph(articles in prop::collection::vec(article(), 0..3), title in text()) {
        let feed = Feed::builder(title, "Jaunumi", "https://example.lv/<j>/", "https://example.lv/rss")
            .articles(articles)
            .build()
            .unwrap();
        same_json(&feed)?;
    }
}

#[test]
fn escapes() {
    let title = "A</script><script>alert(\"x\")</script> <!--<script> ]]> \u{2028}\u{2029} & 'q'";
    let published = jaunumi::riga::at(2024, 5, 1, 12, 0).unwrap();
    let article = Article::builder(title, "https://example.lv/j/1", published)
        .build()
        .unwrap();
    let html = jsonld::to_html(&article).unwrap().output;
    assert!(html.contains(
        r#""headline":"A\u003c/script\u003e\u003cscript\u003ealert(\"x\")\u003c/script\u003e \u003c!--\u003cscript\u003e ]]\u003e \u2028\u2029 \u0026 'q'""#
    ));
    assert_eq!(script_json(&html)["@graph"][0]["headline"], title);
    // Plain JSON-LD (for a .jsonld file) keeps the characters as they are.
    assert!(
        jsonld::to_string(&article)
            .unwrap()
            .output
            .contains(title.replace('"', "\\\"").as_str())
    );
}
