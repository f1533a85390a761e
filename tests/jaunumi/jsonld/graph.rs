//! What the graph says: types, `@id`s and links, dates, events, translations, and that
//! every way of writing a page gives the same JSON.

use std::collections::BTreeSet;

use jaunumi::jsonld::{self, Breadcrumb, ListingWriter, Printer};
use jaunumi::{
    Admission, Article, Event, EventStatus, Location, Organization, OrganizationKind, Place,
    PostalAddress, Price, Translation,
};
use serde_json::{Value, json};

use super::{full_article, kuldiga_listing, seed};

fn published() -> chrono::DateTime<chrono::FixedOffset> {
    jaunumi::riga::at(2024, 7, 1, 9, 30).unwrap()
}

fn graph_of(article: &Article) -> Vec<Value> {
    let value = jsonld::to_value(article).unwrap().output;
    value["@graph"].as_array().unwrap().clone()
}

fn node<'g>(graph: &'g [Value], id: &str) -> &'g Value {
    graph
        .iter()
        .find(|n| n["@id"] == id)
        .unwrap_or_else(|| panic!("no node {id}"))
}

#[test]
fn organisation_kinds_give_schema_org_types() {
    for (kind, expected) in [
        (OrganizationKind::Municipality, "GovernmentOrganization"),
        (
            OrganizationKind::MunicipalInstitution,
            "GovernmentOrganization",
        ),
        (OrganizationKind::StateInstitution, "GovernmentOrganization"),
        (OrganizationKind::School, "EducationalOrganization"),
        (OrganizationKind::Library, "Library"),
        (OrganizationKind::Ngo, "NGO"),
        (OrganizationKind::Company, "Corporation"),
        (OrganizationKind::Other, "Organization"),
    ] {
        let publisher = Organization::builder("X")
            .kind(kind)
            .url("https://x.lv/")
            .build()
            .unwrap();
        let article = Article::builder("J", "https://x.lv/j/1", published())
            .publisher(publisher)
            .build()
            .unwrap();
        assert_eq!(
            node(&graph_of(&article), "https://x.lv/#organization")["@type"],
            expected
        );
    }
}

#[test]
fn ids_and_links() {
    let graph = graph_of(&full_article());
    let page = "https://www.kuldiga.lv/en/news/old-town-concert";
    let article = node(&graph, &format!("{page}#article"));
    assert_eq!(
        article["isPartOf"],
        json!({"@id": format!("{page}#webpage")})
    );
    assert_eq!(article["mainEntityOfPage"], article["isPartOf"]);
    // The main image first, then the gallery's, each a node of the graph.
    assert_eq!(
        article["image"],
        json!([
            {"@id": format!("{page}#primaryimage")},
            {"@id": format!("{page}#image-1")},
            {"@id": format!("{page}#image-2")}
        ])
    );
    let primary = node(&graph, &format!("{page}#primaryimage"));
    assert_eq!(primary["contentUrl"], primary["url"]);
    assert_eq!(primary["creditText"], "Foto: Jānis Bērziņš");
    assert_eq!(
        primary["creator"],
        json!({"@type": "Person", "name": "Jānis Bērziņš", "url": "https://www.kuldiga.lv/en/authors/janis-berzins"})
    );
    assert_eq!(primary["copyrightNotice"], "© Kuldīgas novada pašvaldība");
    assert_eq!(
        primary["license"],
        "https://creativecommons.org/licenses/by/4.0/"
    );
    assert_eq!(
        primary["acquireLicensePage"],
        "https://www.kuldiga.lv/en/photo-use/"
    );
    let second = node(&graph, &format!("{page}#image-1"));
    assert_eq!(second["creator"]["@type"], "EducationalOrganization");
    assert_eq!(second["caption"], "The music school choir on the square");
    assert_eq!(
        article["associatedMedia"],
        json!([
            {"@type": "MediaObject", "name": "Council decision No. 112 on the concert venue",
             "contentUrl": "https://www.kuldiga.lv/files/decision-112.pdf",
             "encodingFormat": "application/pdf", "contentSize": "183204 B"},
            {"@type": "MediaObject", "name": "Binding regulations No. 5 on public events",
             "contentUrl": "https://www.kuldiga.lv/files/regulations-5.pdf",
             "encodingFormat": "application/pdf"}
        ])
    );
    assert_eq!(article["identifier"], "tag:kuldiga.lv,2024:jaunumi/812");
    assert_eq!(
        article["author"],
        json!([
            {"@id": "https://www.kuldiga.lv/en/authors/anna-kalnina#person"},
            {"@id": "https://www.kuldiga.lv/#/schema/person/janis-berzins"}
        ])
    );
    assert_eq!(
        article["articleSection"],
        json!(["News", "Culture", "Events"])
    );
    assert_eq!(article["datePublished"], "2024-07-01T09:30:00+03:00");
    assert_eq!(article["dateModified"], "2024-07-02T16:05:00+03:00");
    // The music school's parent is the publisher: one node, referred to twice.
    let school = node(&graph, "https://muzikasskola.kuldiga.lv/#organization");
    assert_eq!(
        school["parentOrganization"],
        json!({"@id": "https://www.kuldiga.lv/#organization"})
    );
    let publisher = node(&graph, "https://www.kuldiga.lv/#organization");
    // The logo as an ImageObject with its size, as Yoast writes it.
    assert_eq!(
        publisher["logo"],
        json!({"@type": "ImageObject", "url": "https://www.kuldiga.lv/logo.png", "width": 600, "height": 200})
    );
    assert_eq!(
        publisher["identifier"],
        json!({"@type": "PropertyValue", "name": "Reģistrācijas numurs", "value": "90000056357"})
    );
    // Each @id once, and every reference to a node of the graph.
    let ids: Vec<&str> = graph.iter().map(|n| n["@id"].as_str().unwrap()).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "{ids:?}");
    let mentions: Vec<&str> = article["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["@id"].as_str().unwrap())
        .collect();
    assert_eq!(
        mentions,
        [
            "https://www.kuldiga.lv/#/schema/organization/latvijas-muzikas-izglitibas-biedriba",
            "https://www.kkf.lv/#organization",
            "https://www.kuldiga.lv/#organization",
            "https://www.kuldiga.lv/#/schema/organization/kulturas-centrs",
            "https://muzikasskola.kuldiga.lv/#organization",
        ]
    );
    assert!(mentions.iter().all(|m| unique.contains(m)));
}

#[test]
fn events() {
    let graph = graph_of(&full_article());
    let page = "https://www.kuldiga.lv/en/news/old-town-concert";
    let concert = node(&graph, &format!("{page}#event-1"));
    assert_eq!(concert["startDate"], "2024-07-14T19:00:00+03:00");
    assert_eq!(concert["endDate"], "2024-07-14T21:00:00+03:00");
    assert_eq!(concert["previousStartDate"], "2024-07-07T19:00:00+03:00");
    assert_eq!(
        concert["eventStatus"],
        "https://schema.org/EventRescheduled"
    );
    assert_eq!(
        concert["eventAttendanceMode"],
        "https://schema.org/OfflineEventAttendanceMode"
    );
    assert_eq!(
        concert["location"]["geo"],
        json!({"@type": "GeoCoordinates", "latitude": 56.9686, "longitude": 21.9689})
    );
    assert_eq!(
        concert["offers"],
        json!({"@type": "Offer", "price": "7.50", "priceCurrency": "EUR", "url": "https://www.bilesuparadize.lv/kuldiga"})
    );
    assert_eq!(concert["isAccessibleForFree"], Value::Null);
    let meeting = node(&graph, &format!("{page}#event-2"));
    assert_eq!(meeting["eventStatus"], "https://schema.org/EventPostponed");
    assert_eq!(
        meeting["location"],
        json!({"@type": "VirtualLocation", "url": "https://www.youtube.com/@kuldiganovads"})
    );
    assert_eq!(
        meeting["eventAttendanceMode"],
        "https://schema.org/OnlineEventAttendanceMode"
    );
    assert_eq!(meeting["offers"], json!({"@type": "Offer", "price": 0}));
    assert_eq!(meeting["isAccessibleForFree"], true);
    assert_eq!(meeting["inLanguage"], "lv");
    let open_day = node(&graph, &format!("{page}#event-3"));
    assert_eq!(open_day["startDate"], "2024-08-01");
    assert_eq!(open_day["endDate"], "2024-08-02");
    assert_eq!(
        open_day["eventStatus"],
        "https://schema.org/EventMovedOnline"
    );
    assert_eq!(
        open_day["eventAttendanceMode"],
        "https://schema.org/OnlineEventAttendanceMode"
    );
    let kinds: Vec<&Value> = open_day["location"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| &l["@type"])
        .collect();
    assert_eq!(kinds, ["Place", "VirtualLocation"]);
    assert_eq!(open_day["isAccessibleForFree"], true);
    assert_eq!(
        open_day["organizer"],
        json!([
            {"@id": "https://biblioteka.kuldiga.lv/#organization"},
            {"@id": "https://www.kuldiga.lv/#/schema/organization/sia-kuldigas-udens"}
        ])
    );
    let article = node(&graph, &format!("{page}#article"));
    assert_eq!(article["about"].as_array().unwrap().len(), 3);
}

#[test]
fn mixed_attendance() {
    let place = Place::builder("Dome", PostalAddress::builder().build().unwrap())
        .build()
        .unwrap();
    let url = "https://meet.ventspils.lv/sede".parse().unwrap();
    let event = Event::builder("Sēde", published())
        .location(Location::Mixed { place, url })
        .admission(Admission::Paid {
            price: Price::new("3", "EUR").unwrap(),
            url: None,
        })
        .status(EventStatus::Cancelled)
        .build()
        .unwrap();
    let article = Article::builder("Sēde", "https://ventspils.lv/j/1", published())
        .event(event)
        .build()
        .unwrap();
    let graph = graph_of(&article);
    let event = node(&graph, "https://ventspils.lv/j/1#event-1");
    assert_eq!(
        event["eventAttendanceMode"],
        "https://schema.org/MixedEventAttendanceMode"
    );
    assert_eq!(event["eventStatus"], "https://schema.org/EventCancelled");
    assert_eq!(event["offers"]["price"], "3.00");
}

#[test]
fn translations() {
    let article = |language: &str, translations: &[(&str, &str)]| {
        let mut builder = Article::builder("J", "https://ventspils.lv/j/1", published())
            .language(language.parse().unwrap());
        for (language, url) in translations {
            builder = builder.translation(Translation::new(language, url).unwrap());
        }
        let graph = graph_of(&builder.build().unwrap());
        let node = node(&graph, "https://ventspils.lv/j/1#article").clone();
        (
            node["workTranslation"].clone(),
            node["translationOfWork"].clone(),
        )
    };
    let english = json!({"@type": "NewsArticle", "@id": "https://ventspils.lv/en/n/1#article", "url": "https://ventspils.lv/en/n/1", "inLanguage": "en"});
    let russian = json!({"@type": "NewsArticle", "@id": "https://ventspils.lv/ru/n/1#article", "url": "https://ventspils.lv/ru/n/1", "inLanguage": "ru"});
    let en = ("en", "https://ventspils.lv/en/n/1");
    let ru = ("ru", "https://ventspils.lv/ru/n/1");
    let lv = ("lv", "https://ventspils.lv/lv/n/1");
    // The Latvian original lists its translations.
    assert_eq!(
        article("lv", &[en, ru]),
        (json!([english, russian]), Value::Null)
    );
    // A translation names the Latvian original, which lists the others.
    let original = json!({"@type": "NewsArticle", "@id": "https://ventspils.lv/lv/n/1#article", "url": "https://ventspils.lv/lv/n/1", "inLanguage": "lv", "workTranslation": russian});
    assert_eq!(article("en", &[lv, ru]), (Value::Null, original));
    // Without a Latvian version, the article at hand is the original.
    assert_eq!(article("en", &[ru]), (russian.clone(), Value::Null));
    assert_eq!(article("lv", &[]), (Value::Null, Value::Null));
}

#[test]
fn breadcrumbs_end_with_the_page() {
    let trail = [
        Breadcrumb::new("Sākums", "https://vdc.ventspils.lv/").unwrap(),
        Breadcrumb::new("Jaunumi", "https://vdc.ventspils.lv/jaunumi/").unwrap(),
    ];
    let article = seed::article().unwrap();
    let value = Printer::new()
        .trail(&trail)
        .to_value(&article)
        .unwrap()
        .output;
    let list = &value["@graph"][2];
    assert_eq!(list["@type"], "BreadcrumbList");
    let names: Vec<&str> = list["itemListElement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Sākums", "Jaunumi", seed::HEADLINE]);
    assert_eq!(list["itemListElement"][2]["position"], 3);
    assert_eq!(value["@graph"][1]["breadcrumb"]["@id"], list["@id"]);
    // No trail, no breadcrumbs.
    let plain = jsonld::to_value(&article).unwrap().output;
    assert!(
        plain["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["@type"] != "BreadcrumbList")
    );
}

/// Every way of writing a page gives the same JSON: compact or indented, string, writer,
/// value, script element, and for a listing the streaming writer.
#[test]
fn every_form_agrees() {
    let trail = [Breadcrumb::new("Sākums", "https://www.kuldiga.lv/").unwrap()];
    let article = full_article();
    let feed = kuldiga_listing([article.clone(), seed::article().unwrap()]);
    for pretty in [false, true] {
        let printer = Printer::new().pretty(pretty).trail(&trail);
        for value in [
            printer.to_value(&article).unwrap().output,
            printer.to_value(&feed).unwrap().output,
        ] {
            assert!(value.is_object());
        }
        let string = printer.to_string(&article).unwrap().output;
        let mut written = Vec::new();
        let warnings = printer.to_writer(&mut written, &article).unwrap();
        assert_eq!(warnings, printer.check(&article).unwrap());
        assert_eq!(string.as_bytes(), written);
        let parsed: Value = serde_json::from_str(&string).unwrap();
        assert_eq!(parsed, printer.to_value(&article).unwrap().output);
        assert_eq!(
            parsed,
            Printer::new()
                .trail(&trail)
                .to_value(&article)
                .unwrap()
                .output
        );

        let listing = printer.to_string(&feed).unwrap().output;
        let mut streaming = printer.listing_writer(Vec::new(), &feed).unwrap();
        for article in feed.articles() {
            streaming.write(article).unwrap();
        }
        assert_eq!(listing.as_bytes(), streaming.finish().unwrap());
        let mut html = printer.listing_html_writer(Vec::new(), &feed).unwrap();
        for article in feed.articles() {
            html.write(article).unwrap();
        }
        let html = String::from_utf8(html.finish().unwrap()).unwrap();
        assert_eq!(html, printer.to_html(&feed).unwrap().output);
        assert_eq!(
            super::escaping::script_json(&html),
            printer.to_value(&feed).unwrap().output
        );
        assert_eq!(
            super::escaping::script_json(&printer.to_html(&article).unwrap().output),
            parsed
        );
    }
    // The serde value agrees with serde_json's own pretty printer.
    let compact = jsonld::to_value(&article).unwrap().output;
    assert_eq!(
        serde_json::to_string_pretty(&compact).unwrap().len(),
        Printer::new()
            .pretty(true)
            .to_string(&article)
            .unwrap()
            .output
            .len(),
    );
    let feed_only = ListingWriter::start(Vec::new(), &feed)
        .unwrap()
        .finish()
        .unwrap();
    let value: Value = serde_json::from_slice(&feed_only).unwrap();
    assert_eq!(
        value["@graph"].as_array().unwrap().last().unwrap()["numberOfItems"],
        0
    );
}

#[test]
fn the_same_model_gives_the_same_bytes() {
    let a = jsonld::to_string(&full_article()).unwrap().output;
    let b = jsonld::to_string(&full_article()).unwrap().output;
    assert_eq!(a, b);
}

/// `articleBody` is the body's plain text, whichever way it is read: the one-pass reader
/// for the markup news is made of, html5ever for the rest (tables, comments, other
/// references, misnested tags).
#[test]
fn article_body_is_the_plain_text() {
    for body in [
        "<p>Pirmā rindkopa ar \"pēdiņām\" un \\ slīpsvītru.</p>\n<ul><li>viens</li><li>divi</li></ul>",
        "<table><tr><td>A</td><td>\"B\"</td></tr></table><p>pēc tabulas</p>",
        "<p>a<!-- komentārs -->b &copy; 2024</p>",
        "<p>nepabeigts <b>treknraksts</p><p>turpinās</b></p>",
        "<p>\u{2028}</script>&lt;/script&gt;</p>",
    ] {
        let html = jaunumi::Html::new(body).unwrap();
        let article = Article::builder("J", "https://ventspils.lv/j/1", published())
            .body(html.clone())
            .build()
            .unwrap();
        let graph = graph_of(&article);
        assert_eq!(graph[0]["articleBody"], html.to_text(), "{body}");
        let script = jsonld::to_html(&article).unwrap().output;
        let from_script = super::escaping::script_json(&script);
        assert_eq!(
            from_script["@graph"][0]["articleBody"],
            html.to_text(),
            "{body}"
        );
    }
}
