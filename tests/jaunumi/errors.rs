//! Every message of the model's errors and of the exporters' error, pinned: what a user
//! reads when a value is refused or an output cannot be written.

use jaunumi::{
    Article, Category, Coordinates, CountryCode, Email, Event, Html, Image, Language, Moment,
    Organization, Person, PostalAddress, PostalCode, Price, RegistrationNumber, Slug, Telephone,
    Text, Translation, WebUrl,
};

fn published() -> chrono::DateTime<chrono::FixedOffset> {
    jaunumi::riga::at(2018, 1, 17, 12, 0).expect("a Riga instant")
}

fn article(title: &str) -> jaunumi::ArticleBuilder {
    Article::builder(title, "https://vdc.ventspils.lv/jaunumi/1/", published())
}

/// The error of a refused value, as text.
fn refused<T: std::fmt::Debug>(result: Result<T, jaunumi::Error>) -> String {
    result.expect_err("the value must be refused").to_string()
}

#[test]
fn empty_text() {
    assert_eq!(refused(Text::new(" \n\t")), "must not be empty");
    assert_eq!(refused(article("   ").build()), "title: must not be empty");
    assert_eq!(refused(Html::new("")), "must not be empty");
}

#[test]
fn forbidden_character() {
    assert_eq!(
        refused(article("Rīga\u{b}Jūrmala").build()),
        "title: found U+000B at byte 5, which XML 1.0 cannot carry; expected text without \
         control characters other than tab, line feed and carriage return"
    );
    assert_eq!(
        refused(Text::new("\u{ffff}")),
        "found U+FFFF at byte 0, which XML 1.0 cannot carry; expected text without control \
         characters other than tab, line feed and carriage return"
    );
}

#[test]
fn invalid_url() {
    assert_eq!(
        refused(WebUrl::parse("/jaunumi/1")),
        "expected an absolute URL such as `https://www.ventspils.lv/`, found `/jaunumi/1` \
         (relative URL without a base)"
    );
    assert_eq!(
        refused(WebUrl::parse("https://")),
        "expected an absolute URL such as `https://www.ventspils.lv/`, found `https://` \
         (empty host)"
    );
}

#[test]
fn unsupported_scheme() {
    assert_eq!(
        refused(article("Jaunumi").id("ftp://ventspils.lv/1").build()),
        "id: expected an http, https, tag or urn URL, found scheme `ftp` in `ftp://ventspils.lv/1`"
    );
    assert_eq!(
        refused(WebUrl::parse("javascript:alert(1)")),
        "expected an http or https URL, found scheme `javascript` in `javascript:alert(1)`"
    );
}

#[test]
fn invalid_slug() {
    assert_eq!(
        refused(Slug::new("Jūrmala--IT")),
        "expected a slug of lowercase ASCII letters and digits joined by single hyphens, \
         found `Jūrmala--IT`"
    );
}

#[test]
fn nothing_to_slug() {
    assert_eq!(
        refused(article("🎉 … 🎉").build()),
        "slug: expected text with a letter or digit to build a slug from, found `🎉 … 🎉`"
    );
}

#[test]
fn invalid_language() {
    assert_eq!(
        refused(Language::new("latviešu")),
        "expected a BCP 47 language tag such as `lv`, `en` or `ru`, found `latviešu`"
    );
}

#[test]
fn translations() -> Result<(), jaunumi::Error> {
    let english = Translation::new("en", "https://vdc.ventspils.lv/en/news/1/")?;
    assert_eq!(
        refused(
            article("Jaunumi")
                .translation(english.clone())
                .translation(english)
                .build()
        ),
        "translations[1].language: language `en` appears more than once; expected each \
         language once"
    );
    assert_eq!(
        refused(
            article("Jaunumi")
                .translation(Translation::new("lv", "https://vdc.ventspils.lv/lv/1/")?)
                .build()
        ),
        "translations[0].language: translation language `lv` is the article's own language; \
         expected another language"
    );
    Ok(())
}

#[test]
fn invalid_postal_code() {
    assert_eq!(
        refused(PostalAddress::builder().postal_code("LV3601").build()),
        "postalCode: expected a Latvian postal code such as `LV-3601`, found `LV3601`"
    );
    assert_eq!(
        refused(PostalCode::new("lv-3601")),
        "expected a Latvian postal code such as `LV-3601`, found `lv-3601`"
    );
}

#[test]
fn invalid_country_code() {
    assert_eq!(
        refused(CountryCode::new("LVA")),
        "expected an ISO 3166-1 alpha-2 country code such as `LV`, found `LVA`"
    );
}

#[test]
fn invalid_registration_number() {
    assert_eq!(
        refused(RegistrationNumber::new("9000005635")),
        "expected a Latvian registration number of 11 digits, found `9000005635`"
    );
}

#[test]
fn registration_number_checksum() {
    assert_eq!(
        refused(
            Organization::builder("Ventspils")
                .registration_number("90000056358")
                .build()
        ),
        "registrationNumber: registration number `90000056358` fails the check digit of \
         Latvian legal entity numbers; expected a number as the Register of Enterprises issued it"
    );
}

#[test]
fn invalid_email() {
    assert_eq!(
        refused(Email::new("Dome <dome@jurmala.lv>")),
        "expected an e-mail address such as `info@ventspils.lv`, found `Dome <dome@jurmala.lv>`"
    );
}

#[test]
fn invalid_telephone() {
    assert_eq!(
        refused(Telephone::new("tālr. 112")),
        "expected a telephone number of 7 to 15 digits, optionally with a leading `+`, spaces, \
         hyphens and parentheses, found `tālr. 112`"
    );
}

#[test]
fn invalid_media_type() {
    assert_eq!(
        refused(
            Image::builder("https://vdc.ventspils.lv/a.jpg", "Attēls")
                .media_type("jpeg")
                .build()
        ),
        "mediaType: expected a media type such as `image/jpeg`, found `jpeg`"
    );
}

#[test]
fn invalid_currency_and_price() {
    assert_eq!(
        refused(Price::new("5", "eur")),
        "expected an ISO 4217 currency code such as `EUR`, found `eur`"
    );
    assert_eq!(
        refused(Price::new("5.255", "EUR")),
        "expected a price such as `5` or `12.50`, found `5.255`"
    );
}

#[test]
fn out_of_range() {
    assert_eq!(
        refused(Coordinates::new(f64::NAN, 21.5)),
        "latitude: expected degrees from -90 to 90, found `NaN`"
    );
    assert_eq!(
        refused(
            Image::builder("https://vdc.ventspils.lv/a.jpg", "Attēls")
                .length(0)
                .build()
        ),
        "length: expected a whole number of at least 1, found `0`"
    );
}

#[test]
fn invalid_instant() {
    let json = r#"{"title":"J","url":"https://vdc.ventspils.lv/1","published":"2018-01-17 12:00"}"#;
    assert_eq!(
        serde_json::from_str::<Article>(json).map_err(|e| e.to_string()),
        Err(
            "published: expected an RFC 3339 date-time with offset such as \
             `2018-01-17T12:00:00+02:00`, found `2018-01-17 12:00`"
                .to_owned()
        )
    );
}

#[test]
fn invalid_moment() {
    assert_eq!(
        refused(Moment::parse("17.01.2018")),
        "expected a date such as `2018-01-17` or a date-time with offset such as \
         `2018-01-17T12:00:00+02:00`, found `17.01.2018`"
    );
}

#[test]
fn out_of_order() -> Result<(), Box<dyn std::error::Error>> {
    assert_eq!(
        refused(
            article("Jaunumi")
                .updated(jaunumi::riga::at(2018, 1, 16, 12, 0)?)
                .build()
        ),
        "updated: expected a time not before `published` (`2018-01-17T12:00:00+02:00`), \
         found `2018-01-16T12:00:00+02:00`"
    );
    assert_eq!(
        refused(
            Event::builder("Vizīte", jaunumi::riga::at(2018, 1, 17, 12, 0)?)
                .end(jaunumi::riga::at(2018, 1, 17, 11, 0)?)
                .build()
        ),
        "end: expected a time not before `start` (`2018-01-17T12:00:00+02:00`), found \
         `2018-01-17T11:00:00+02:00`"
    );
    Ok(())
}

#[test]
fn mixed_moments() -> Result<(), Box<dyn std::error::Error>> {
    assert_eq!(
        refused(
            Event::builder("Vizīte", "2018-01-17".parse::<Moment>()?)
                .end(jaunumi::riga::at(2018, 1, 17, 12, 0)?)
                .build()
        ),
        "end: expected a date like `start`, found `2018-01-17T12:00:00+02:00`"
    );
    Ok(())
}

#[test]
fn missing_and_not_allowed() {
    let event = |extra: &str| {
        serde_json::from_str::<Event>(&format!(
            r#"{{"name":"Koncerts","start":"2024-05-04"{extra}}}"#
        ))
        .map_err(|e| e.to_string())
    };
    assert_eq!(
        event(r#","status":"rescheduled""#),
        Err("previousStart: must be given when `status` is `rescheduled`".to_owned())
    );
    assert_eq!(
        event(r#","previousStart":"2024-05-01""#),
        Err("previousStart: must not be given unless `status` is `rescheduled`".to_owned())
    );
    assert_eq!(
        event(r#","location":{}"#),
        Err("location: must be given as a `place`, a `url` or both".to_owned())
    );
    assert_eq!(
        event(r#","admission":{"type":"paid","price":"5"}"#),
        Err("admission.currency: must be given when `type` is `paid`".to_owned())
    );
    assert_eq!(
        event(r#","admission":{"type":"free","price":"5"}"#),
        Err("admission.price: must not be given unless `type` is `paid`".to_owned())
    );
}

#[test]
fn paths_through_nested_values() {
    let json = r#"{
        "title": "Jaunumi",
        "url": "https://vdc.ventspils.lv/1",
        "published": "2018-01-17T12:00:00+02:00",
        "publisher": {"name": "VDC", "parent": {"name": "Ventspils", "address": {"postalCode": "3601"}}}
    }"#;
    let err = serde_json::from_str::<Article>(json).map_err(|e| e.to_string());
    assert_eq!(
        err,
        Err(
            "publisher.parent.address.postalCode: expected a Latvian postal code such as \
             `LV-3601`, found `3601`"
                .to_owned()
        )
    );
    let built = Person::builder("Jānis").url("berzins").build();
    assert_eq!(
        refused(built),
        "url: expected an absolute URL such as `https://www.ventspils.lv/`, found `berzins` \
         (relative URL without a base)"
    );
    let category = serde_json::from_str::<Category>(r#"{"name":"Sports","scheme":"k"}"#);
    assert!(category.is_err());
}

/// Every way an export fails, with its message word for word; a writer's failure is the
/// source, never part of the message.
#[test]
fn export_errors() -> Result<(), Box<dyn std::error::Error>> {
    use std::error::Error as _;

    use jaunumi::{ExportError, Feed};

    let empty = || {
        Feed::builder(
            "Jaunumi",
            "Ventspils jaunumi",
            "https://ventspils.lv/",
            "https://ventspils.lv/atom",
        )
    };
    let without_author = article("Jaunumi").build()?;
    let without_location = article("Talka")
        .event(Event::builder("Talka", "2024-04-27".parse::<Moment>()?).build()?)
        .build()?;
    let seed = crate::seed::article()?;
    let cases: Vec<(ExportError, &str, Option<&str>)> = vec![
        (
            jaunumi::atom::to_vec(&empty().build()?).unwrap_err(),
            "expected the feed's `updated`, or an article to take it from, to date an atom \
             feed, found neither",
            None,
        ),
        (
            jaunumi::atom::to_vec(&empty().article(without_author).build()?).unwrap_err(),
            "expected an author for the atom entry `https://vdc.ventspils.lv/jaunumi/1/` (its \
             own, its publisher or the feed's publisher), found none",
            None,
        ),
        (
            jaunumi::jsonld::to_string(&without_location).unwrap_err(),
            "events[0].location: expected a value for schema.org `location`, which Google \
             requires for an Event, found none",
            None,
        ),
        (
            jaunumi::rss::to_writer(crate::Broken, &empty().build()?).unwrap_err(),
            "could not write the feed",
            Some("pipe closed"),
        ),
        (
            jaunumi::jsonld::to_writer(crate::Broken, &seed).unwrap_err(),
            "could not write the JSON-LD",
            Some("pipe closed"),
        ),
        (
            jaunumi::jsonfeed::to_writer(crate::Broken, &empty().build()?).unwrap_err(),
            "could not write the JSON Feed",
            Some("pipe closed"),
        ),
        (
            jaunumi::sitemap::to_writer(crate::Broken, &"https://ventspils.lv/".parse()?, &[])
                .unwrap_err(),
            "could not write the sitemap",
            Some("pipe closed"),
        ),
        (
            {
                let home = "https://ventspils.lv/".parse()?;
                let now = jaunumi::riga::at(2024, 6, 10, 12, 0)?;
                let news = article("Ziņa").build()?;
                let mut writer = jaunumi::sitemap::Writer::news(Vec::new(), &home, now)?;
                let mut err = None;
                for n in 0..=jaunumi::sitemap::MAX_NEWS {
                    let article =
                        Article::builder("Ziņa", format!("https://ventspils.lv/j/{n}"), now)
                            .publisher(Organization::builder("Ventspils").build()?)
                            .build()?;
                    err = writer.write(&article).err();
                }
                let _ = news;
                err.ok_or("the 1,001st news URL is refused")?
            },
            "expected at most 1,000 news URLs in one sitemap, found more; split them into \
             several files with an index",
            None,
        ),
    ];
    for (err, message, source) in cases {
        assert_eq!(err.to_string(), message);
        assert_eq!(
            err.source().map(|s| s.to_string()).as_deref(),
            source,
            "{message}"
        );
    }
    Ok(())
}

/// The new media values: a creator is one of two, a document and a logo name their field.
#[test]
fn media_values() {
    let creator = |json: &str| {
        serde_json::from_str::<jaunumi::Creator>(json)
            .expect_err("the creator must be refused")
            .to_string()
    };
    assert_eq!(
        creator(r#"{"person": {"name": "A"}, "organization": {"name": "B"}}"#),
        "organization: must not be given with a `person`: a creator is one or the other"
    );
    assert_eq!(
        creator("{}"),
        "must be given as a `person` or an `organization`"
    );
    assert_eq!(
        refused(jaunumi::Document::builder("Lēmums", "https://ventspils.lv/l.pdf", "PDF").build()),
        "mediaType: expected a media type such as `image/jpeg`, found `PDF`"
    );
    assert_eq!(
        refused(
            jaunumi::Document::builder("Lēmums", "https://ventspils.lv/l.pdf", "application/pdf")
                .length(0)
                .build()
        ),
        "length: expected a whole number of at least 1, found `0`"
    );
    assert_eq!(
        refused(Organization::builder("Ventspils").logo("logo.png").build()),
        "logo: expected an absolute URL such as `https://www.ventspils.lv/`, found `logo.png` \
         (relative URL without a base)"
    );
    assert_eq!(
        refused(
            Organization::builder("Ventspils")
                .logo(jaunumi::Logo::builder("https://ventspils.lv/logo.png").size(600, 0))
                .build()
        ),
        "logo.height: expected a whole number of at least 1, found `0`"
    );
    assert_eq!(
        refused(
            Image::builder("https://ventspils.lv/a.jpg", "Osta")
                .license("CC BY 4.0")
                .build()
        ),
        "license: expected an absolute URL such as `https://www.ventspils.lv/`, found `CC BY \
         4.0` (relative URL without a base)"
    );
    assert_eq!(
        refused(
            jaunumi::Feed::builder(
                "J",
                "J",
                "https://ventspils.lv/",
                "https://ventspils.lv/rss"
            )
            .hub("pubsubhubbub")
            .build()
        ),
        "hubs[0]: expected an absolute URL such as `https://www.ventspils.lv/`, found \
         `pubsubhubbub` (relative URL without a base)"
    );
}
