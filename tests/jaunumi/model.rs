//! The model as a user builds it, reads it from JSON and writes it back.

use chrono::{DateTime, FixedOffset};
use jaunumi::{
    Admission, Article, AttendanceMode, Category, CountryCode, Email, Event, EventStatus, Feed,
    Html, Image, Language, Location, Moment, Organization, OrganizationKind, Paging, Person, Place,
    PostalAddress, PostalCode, Price, RegistrationNumber, Slug, Telephone, Text, Translation,
    WebUrl,
};

use crate::seed;

#[test]
fn every_public_type_is_send_and_sync() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<Article>();
    send_sync::<jaunumi::ArticleBuilder>();
    send_sync::<Admission>();
    send_sync::<AttendanceMode>();
    send_sync::<Category>();
    send_sync::<jaunumi::CategoryBuilder>();
    send_sync::<jaunumi::Coordinates>();
    send_sync::<CountryCode>();
    send_sync::<Email>();
    send_sync::<jaunumi::Error>();
    send_sync::<jaunumi::ErrorKind>();
    send_sync::<Event>();
    send_sync::<jaunumi::EventBuilder>();
    send_sync::<EventStatus>();
    send_sync::<Feed>();
    send_sync::<jaunumi::FeedBuilder>();
    send_sync::<Html>();
    send_sync::<Image>();
    send_sync::<jaunumi::ImageBuilder>();
    send_sync::<Language>();
    send_sync::<Location>();
    send_sync::<Moment>();
    send_sync::<Organization>();
    send_sync::<jaunumi::OrganizationBuilder>();
    send_sync::<OrganizationKind>();
    send_sync::<Paging>();
    send_sync::<jaunumi::PagingBuilder>();
    send_sync::<Person>();
    send_sync::<jaunumi::PersonBuilder>();
    send_sync::<Place>();
    send_sync::<jaunumi::PlaceBuilder>();
    send_sync::<PostalAddress>();
    send_sync::<jaunumi::PostalAddressBuilder>();
    send_sync::<PostalCode>();
    send_sync::<Price>();
    send_sync::<RegistrationNumber>();
    send_sync::<Slug>();
    send_sync::<Telephone>();
    send_sync::<Text>();
    send_sync::<Translation>();
    send_sync::<WebUrl>();
    send_sync::<jaunumi::riga::LocalTimePolicy>();
    send_sync::<jaunumi::riga::Gap>();
    send_sync::<jaunumi::riga::Fold>();
    send_sync::<jaunumi::slug::Slugger>();
    send_sync::<jaunumi::date::Error>();
    send_sync::<jaunumi::date::ErrorKind>();
    send_sync::<jaunumi::date::Match<'static>>();
    send_sync::<jaunumi::date::Matches<'static>>();
    send_sync::<jaunumi::date::Latvian>();
    send_sync::<jaunumi::date::Style>();
    send_sync::<jaunumi::date::Parser>();
    send_sync::<jaunumi::date::YearPolicy>();
    send_sync::<jaunumi::date::Point>();
    send_sync::<jaunumi::date::Precision>();
    send_sync::<jaunumi::date::Range>();
    send_sync::<jaunumi::date::Value>();
    send_sync::<jaunumi::ExportError>();
}

#[test]
fn the_seed_article_is_modelled_as_a_careful_reader_takes_it() {
    let article = seed::article().unwrap();
    assert_eq!(
        article.title().as_str(),
        "Ventspils Digitālais centrs dalās pieredzē ar Jūrmalas pašvaldības IT speciālistiem"
    );
    assert_eq!(
        article.slug().as_str(),
        "ventspils-digitalais-centrs-dalas-pieredze-ar-jurmalas-pasvaldibas-it-specialistiem"
    );
    assert_eq!(
        article.published().to_rfc3339(),
        "2018-01-17T12:00:00+02:00"
    );
    assert_eq!(article.section().map(Text::as_str), Some("Jaunumi"));
    assert_eq!(article.language(), &Language::LATVIAN);

    let publisher = article.publisher().unwrap();
    assert_eq!(publisher.name().as_str(), "Ventspils Digitālais centrs");
    assert_eq!(publisher.kind(), OrganizationKind::MunicipalInstitution);
    let parent = publisher.parent().unwrap();
    assert_eq!(parent.name().as_str(), "Ventspils pilsētas pašvaldība");
    assert_eq!(parent.kind(), OrganizationKind::Municipality);

    let [visit] = article.events() else {
        panic!("the seed reports one event")
    };
    assert_eq!(
        visit.start(),
        &Moment::Date(chrono::NaiveDate::from_ymd_opt(2018, 1, 17).unwrap())
    );
    assert_eq!(visit.start().date().format("%A").to_string(), "Wednesday");
    assert_eq!(visit.attendance_mode(), Some(AttendanceMode::Offline));
    assert_eq!(
        visit
            .location()
            .and_then(Location::place)
            .map(|p| p.name().as_str()),
        Some("Ventspils Digitālais centrs")
    );
    assert_eq!(
        visit.organizers()[0].name().as_str(),
        "Ventspils Digitālais centrs"
    );

    let named: Vec<&str> = article
        .mentions()
        .iter()
        .map(|o| o.name().as_str())
        .collect();
    assert_eq!(
        named,
        [
            "Jūrmalas pilsētas pašvaldība",
            "Ventspils pilsētas pašvaldība",
            "Latvijas atvērto tehnoloģiju asociācija",
            "Vides aizsardzības un reģionālās attīstības ministrija",
        ]
    );
    let body = article.body().unwrap().to_text();
    assert!(body.starts_with("Trešdien, 17. janvārī, Ventspils Digitālajā centrā"));
    assert_eq!(body.matches("\n\n").count(), 3, "four paragraphs");
}

#[test]
fn riga_offsets_follow_daylight_saving_time() {
    let cases = [
        ((2018, 1, 17, 12, 0), "2018-01-17T12:00:00+02:00"),
        ((2024, 3, 31, 2, 59), "2024-03-31T02:59:00+02:00"),
        ((2024, 3, 31, 4, 0), "2024-03-31T04:00:00+03:00"),
        ((2024, 7, 1, 9, 0), "2024-07-01T09:00:00+03:00"),
        ((2024, 10, 27, 3, 30), "2024-10-27T03:30:00+03:00"),
        ((2024, 10, 27, 4, 0), "2024-10-27T04:00:00+02:00"),
        ((2025, 3, 30, 4, 0), "2025-03-30T04:00:00+03:00"),
        ((2025, 10, 26, 2, 59), "2025-10-26T02:59:00+03:00"),
    ];
    for ((y, mo, d, h, mi), expected) in cases {
        assert_eq!(
            jaunumi::riga::at(y, mo, d, h, mi).unwrap().to_rfc3339(),
            expected
        );
    }
    assert!(jaunumi::riga::at(2025, 3, 30, 3, 0).is_err());
}

fn instant(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

/// A feed with every field of every type set, to round-trip through JSON.
fn everything() -> Feed {
    let address = PostalAddress::builder()
        .street("Saules iela 9")
        .locality("Ventspils")
        .region("Ventspils valstspilsēta")
        .postal_code("LV-3601")
        .country("lv")
        .build()
        .unwrap();
    let city = Organization::builder("Ventspils pilsētas pašvaldība")
        .kind(OrganizationKind::Municipality)
        .legal_name("Ventspils valstspilsētas pašvaldība")
        .url("https://www.ventspils.lv/")
        .logo("https://www.ventspils.lv/logo.png")
        .address(address.clone())
        .telephone("+371 63601100")
        .email("info@ventspils.lv")
        .registration_number("90000056357")
        .area_served("Ventspils")
        .same_as("https://lv.wikipedia.org/wiki/Ventspils")
        .build()
        .unwrap();
    let centre = Organization::builder("Ventspils Digitālais centrs")
        .kind(OrganizationKind::MunicipalInstitution)
        .parent(city.clone())
        .build()
        .unwrap();
    let image = Image::builder("https://vdc.ventspils.lv/a.jpg", "Vizīte")
        .caption("Foto: VDC")
        .size(1200, 800)
        .media_type("image/jpeg")
        .length(183_204)
        .build()
        .unwrap();
    let place = Place::builder("Ventspils Digitālais centrs", address)
        .coordinates(57.3948, 21.5645)
        .url("https://vdc.ventspils.lv/kontakti/")
        .build()
        .unwrap();
    let event = Event::builder("Vizīte", instant("2018-01-17T10:00:00+02:00"))
        .end(instant("2018-01-17T13:30:00+02:00"))
        .location(Location::Mixed {
            place,
            url: "https://www.youtube.com/@ventspils".parse().unwrap(),
        })
        .organizer(centre.clone())
        .status(EventStatus::Rescheduled {
            previous_start: Moment::Instant(instant("2018-01-10T10:00:00+02:00")),
        })
        .admission(Admission::Paid {
            price: Price::new("7,5", "EUR").unwrap(),
            url: Some("https://bilesuparadize.lv/".parse().unwrap()),
        })
        .description("Pieredzes apmaiņa")
        .url("https://vdc.ventspils.lv/vizite/")
        .image(image.clone())
        .language(Language::LATVIAN)
        .build()
        .unwrap();
    let article = Article::builder(
        "Ventspils Digitālais centrs dalās pieredzē",
        "https://vdc.ventspils.lv/jaunumi/1/",
        instant("2018-01-17T12:00:00+02:00"),
    )
    .id("tag:vdc.ventspils.lv,2018:jaunumi/1")
    .slug(Slug::new("vdc-pieredze").unwrap())
    .updated(instant("2018-01-17T16:45:30.25+02:00"))
    .summary("Īsumā")
    .body(Html::new("<p>Teksts &amp; vēl</p>").unwrap())
    .author(
        Person::builder("Ilze Kalniņa")
            .url("https://vdc.ventspils.lv/ilze/")
            .job_title("speciāliste")
            .build()
            .unwrap(),
    )
    .publisher(centre.clone())
    .section("Jaunumi")
    .category(Category::builder("Digitalizācija").build().unwrap())
    .category(
        Category::builder("IKT")
            .term("ikt")
            .scheme("https://vdc.ventspils.lv/kategorijas/")
            .build()
            .unwrap(),
    )
    .keyword("atvērtais kods")
    .image(image)
    .gallery_image(
        Image::builder("https://vdc.ventspils.lv/g/1.jpg", "Viesi")
            .credit("Foto: Jānis Bērziņš")
            .creator(Person::builder("Jānis Bērziņš").build().unwrap())
            .copyright_notice("© VDC")
            .license("https://creativecommons.org/licenses/by/4.0/")
            .acquire_license_page("https://vdc.ventspils.lv/foto/")
            .build()
            .unwrap(),
    )
    .gallery_image(
        Image::builder("https://vdc.ventspils.lv/g/2.jpg", "Zāle")
            .creator(Organization::builder("Foto studija").build().unwrap())
            .build()
            .unwrap(),
    )
    .document(
        jaunumi::Document::builder(
            "Lēmums",
            "https://vdc.ventspils.lv/l.pdf",
            "application/pdf",
        )
        .length(1024)
        .build()
        .unwrap(),
    )
    .language(Language::LATVIAN)
    .translation(Translation::new("en", "https://vdc.ventspils.lv/en/news/1/").unwrap())
    .translation(Translation::new("ru", "https://vdc.ventspils.lv/ru/novosti/1/").unwrap())
    .event(event)
    .event(
        Event::builder("Talka", "2024-04-27".parse::<Moment>().unwrap())
            .end("2024-04-27".parse::<Moment>().unwrap())
            .location(Location::Online(
                "https://meet.example.lv/".parse().unwrap(),
            ))
            .status(EventStatus::MovedOnline)
            .admission(Admission::Free)
            .build()
            .unwrap(),
    )
    .mention(city)
    .build()
    .unwrap();
    Feed::builder(
        "VDC jaunumi",
        "Ventspils Digitālā centra jaunumi",
        "https://vdc.ventspils.lv/jaunumi/",
        // The second page: the first page has no previous one.
        "https://vdc.ventspils.lv/jaunumi/feed/?paged=2",
    )
    .id("tag:vdc.ventspils.lv,2005:jaunumi")
    .language(Language::LATVIAN)
    .publisher(centre)
    .icon("https://vdc.ventspils.lv/favicon.png")
    .logo("https://vdc.ventspils.lv/logo.png")
    .rights("© VDC")
    .hub("https://pubsubhubbub.appspot.com/")
    .updated(instant("2018-01-18T09:00:00+02:00"))
    .paging(
        Paging::builder()
            .first("https://vdc.ventspils.lv/jaunumi/feed/")
            .previous("https://vdc.ventspils.lv/jaunumi/feed/?paged=1")
            .next("https://vdc.ventspils.lv/jaunumi/feed/?paged=3")
            .last("https://vdc.ventspils.lv/jaunumi/feed/?paged=9")
            .build()
            .unwrap(),
    )
    .article(article)
    .build()
    .unwrap()
}

#[test]
fn every_field_round_trips_through_json() {
    let feed = everything();
    let json = serde_json::to_string(&feed).unwrap();
    let back: Feed = serde_json::from_str(&json).unwrap();
    assert_eq!(back, feed);
    assert_eq!(
        serde_json::to_string(&back).unwrap(),
        json,
        "byte-identical"
    );
}

#[test]
fn json_uses_camel_case_names_and_plain_values() {
    let json = serde_json::to_value(everything()).unwrap();
    let article = &json["articles"][0];
    assert_eq!(article["published"], "2018-01-17T12:00:00+02:00");
    assert_eq!(article["updated"], "2018-01-17T16:45:30.250+02:00");
    assert_eq!(article["id"], "tag:vdc.ventspils.lv,2018:jaunumi/1");
    assert_eq!(article["categories"][0], "Digitalizācija");
    assert_eq!(article["categories"][1]["term"], "ikt");
    assert_eq!(
        article["publisher"]["parent"]["registrationNumber"],
        "90000056357"
    );
    assert_eq!(article["publisher"]["parent"]["areaServed"], "Ventspils");
    assert_eq!(
        article["publisher"]["parent"]["address"]["postalCode"],
        "LV-3601"
    );
    assert_eq!(article["publisher"]["parent"]["address"]["country"], "LV");
    assert_eq!(article["authors"][0]["jobTitle"], "speciāliste");
    assert_eq!(article["image"]["mediaType"], "image/jpeg");
    let event = &article["events"][0];
    assert_eq!(event["status"], "rescheduled");
    assert_eq!(event["previousStart"], "2018-01-10T10:00:00+02:00");
    assert_eq!(
        event["admission"],
        serde_json::json!({"type": "paid", "price": "7.50", "currency": "EUR", "url": "https://bilesuparadize.lv/"})
    );
    assert_eq!(
        event["location"]["place"]["coordinates"]["latitude"],
        57.3948
    );
    assert_eq!(
        event["location"]["url"],
        "https://www.youtube.com/@ventspils"
    );
    assert_eq!(
        article["events"][1]["admission"],
        serde_json::json!({"type": "free"})
    );
    assert_eq!(json["homeUrl"], "https://vdc.ventspils.lv/jaunumi/");
    assert_eq!(
        json["paging"]["next"],
        "https://vdc.ventspils.lv/jaunumi/feed/?paged=3"
    );
}

#[test]
fn defaults_a_user_relies_on() {
    let json = r#"{"title":"  Ēnu diena 2024  ","url":"HTTPS://VDC.Ventspils.LV/j/1","published":"2024-02-14T09:00:00+02:00"}"#;
    let article: Article = serde_json::from_str(json).unwrap();
    assert_eq!(article.title().as_str(), "Ēnu diena 2024");
    assert_eq!(article.url().as_str(), "https://vdc.ventspils.lv/j/1");
    assert_eq!(article.id().as_str(), "https://vdc.ventspils.lv/j/1");
    assert!(article.id_is_url());
    assert_eq!(article.slug().as_str(), "enu-diena-2024");
    assert_eq!(article.language(), &Language::LATVIAN);
    let event: Event = serde_json::from_str(r#"{"name":"Talka","start":"2024-04-27"}"#).unwrap();
    assert_eq!(event.status(), &EventStatus::Scheduled);
    assert_eq!(event.attendance_mode(), None);
    let org: Organization = serde_json::from_str(r#"{"name":"SIA"}"#).unwrap();
    assert_eq!(org.kind(), OrganizationKind::Other);
}

#[test]
fn unknown_fields_are_refused_not_ignored() {
    let json = r#"{"title":"J","url":"https://vdc.ventspils.lv/1","published":"2024-02-14T09:00:00+02:00","titel":"J"}"#;
    let err = serde_json::from_str::<Article>(json)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("unknown field `titel`, expected one of `id`, `title`"),
        "{err}"
    );
}

#[test]
fn identifiers_are_uris_as_written() {
    // The URL parser keeps a `tag:` or `urn:` path nearly as given; characters no URI holds
    // would reach Atom's `<id>` raw (`<` breaks the XML), so they are refused, by field.
    for (id, character) in [
        ("tag:ventspils.lv,2024:<b>", "<"),
        ("urn:vdc:jaunumi 1", " "),
        ("tag:ventspils.lv,2024:\"1\"", "\""),
        ("urn:vdc:{1}", "{"),
    ] {
        let article = Article::builder(
            "J",
            "https://vdc.ventspils.lv/1",
            instant("2024-02-14T09:00:00+02:00"),
        )
        .id(id)
        .build()
        .unwrap_err();
        let feed = Feed::builder(
            "J",
            "J",
            "https://vdc.ventspils.lv/",
            "https://vdc.ventspils.lv/rss",
        )
        .id(id)
        .build()
        .unwrap_err();
        for err in [article, feed] {
            assert_eq!(err.field(), "id");
            let message = err.to_string();
            assert!(
                message.contains(&format!("`{character}` is not allowed in a URI")),
                "{message}"
            );
        }
    }
    // What a URI may hold, percent-encoded octets too, is taken as written.
    let id = "tag:ventspils.lv,2024:jaunumi/%C4%81?a=1&b=(2)";
    let article = Article::builder(
        "J",
        "https://vdc.ventspils.lv/1",
        instant("2024-02-14T09:00:00+02:00"),
    )
    .id(id)
    .author(Person::builder("Ilze").build().unwrap())
    .build()
    .unwrap();
    assert_eq!(article.id().as_str(), id);
}

#[test]
fn price_amounts_are_exact() {
    for (given, amount) in [
        ("0", "0.00"),
        ("5", "5.00"),
        ("7.5", "7.50"),
        ("12,25", "12.25"),
        (" 3.05 ", "3.05"),
    ] {
        assert_eq!(Price::new(given, "EUR").unwrap().amount(), amount);
    }
    assert!(Price::new("0", "EUR").unwrap().is_zero());
    for wrong in [
        "",
        ".5",
        "5,-",
        "1.234",
        "-1",
        "1e3",
        "18446744073709551616",
        "5 EUR",
    ] {
        assert!(Price::new(wrong, "EUR").is_err(), "{wrong}");
    }
}

#[test]
fn telephone_numbers_as_people_write_them() {
    for number in [
        "+371 63601111",
        "63601111",
        "(+371) 2612-3456",
        "+371 (636) 01 111",
        "6360-1111",
    ] {
        assert_eq!(Telephone::new(number).unwrap().as_str(), number);
    }
    for wrong in [
        "112",
        "+371 636 0111 1234 5678",
        "tel. 63601111",
        "63601111+",
        "636+01111",
    ] {
        assert!(Telephone::new(wrong).is_err(), "{wrong}");
    }
}

#[test]
fn registration_numbers_carry_a_check_digit() {
    for number in ["90000056357", "90011524360", "40003032949"] {
        assert_eq!(RegistrationNumber::new(number).unwrap().as_str(), number);
    }
    // Personal codes (first digit 0–3) carry no legal-entity check digit.
    assert!(RegistrationNumber::new("32123456789").is_ok());
    for wrong in ["90000056350", "9000005635", "900000563570", "9000005635a"] {
        assert!(RegistrationNumber::new(wrong).is_err(), "{wrong}");
    }
}

#[test]
fn moments_read_dates_and_instants_only() {
    assert_eq!(
        "2018-01-17".parse::<Moment>().unwrap().to_string(),
        "2018-01-17"
    );
    assert_eq!(
        "2018-01-17T10:00:00+02:00"
            .parse::<Moment>()
            .unwrap()
            .to_string(),
        "2018-01-17T10:00:00+02:00"
    );
    for wrong in [
        "2018-1-17",
        "2018-01-17T10:00:00",
        "17.01.2018",
        "2018-02-30",
        "",
    ] {
        assert!(wrong.parse::<Moment>().is_err(), "{wrong}");
    }
}
