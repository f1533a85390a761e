//! Properties of the model over arbitrary input: nothing panics, and what is valid
//! round-trips through JSON unchanged.

use jaunumi::{Article, Event, Feed, Html, Organization, PostalAddress, Text};
use proptest::prelude::*;
use serde_json::Value;

/// Any JSON value, nested a few levels, with keys the model knows and keys it does not.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("title".to_owned()),
        Just("url".to_owned()),
        Just("published".to_owned()),
        Just("updated".to_owned()),
        Just("name".to_owned()),
        Just("start".to_owned()),
        Just("end".to_owned()),
        Just("publisher".to_owned()),
        Just("address".to_owned()),
        Just("postalCode".to_owned()),
        Just("location".to_owned()),
        Just("events".to_owned()),
        "\\PC{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::String),
        Just(Value::String("https://ventspils.lv/1".to_owned())),
        Just(Value::String("2018-01-17T12:00:00+02:00".to_owned())),
        Just(Value::String("2018-01-17".to_owned())),
        Just(Value::String("LV-3601".to_owned())),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Plain text as a site might send it: anything, control characters included.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof!["\\PC{0,40}", ".{0,40}", "[\\x00-\\x20a-zā]{0,10}"]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn constructors_never_panic(text in any_text(), lat in any::<f64>(), lon in any::<f64>()) {
        let _ = Text::new(&text);
        let _ = Html::new(&text).map(|h| h.to_text());
        let _ = jaunumi::WebUrl::parse(&text);
        let _ = jaunumi::Slug::new(&text);
        let _ = jaunumi::Language::new(&text);
        let _ = jaunumi::PostalCode::new(&text);
        let _ = jaunumi::CountryCode::new(&text);
        let _ = jaunumi::RegistrationNumber::new(&text);
        let _ = jaunumi::Email::new(&text);
        let _ = jaunumi::Telephone::new(&text);
        let _ = jaunumi::Moment::parse(&text);
        let _ = jaunumi::Price::new(&text, &text);
        let _ = jaunumi::Coordinates::new(lat, lon);
        let _ = Organization::builder(text.clone()).url(text.clone()).email(text.clone()).build();
        let _ = PostalAddress::builder().postal_code(text.clone()).country(text.clone()).build();
        let published = jaunumi::riga::at(2018, 1, 17, 12, 0).unwrap();
        let _ = Article::builder(text.clone(), text.clone(), published).summary(text).build();
    }

    #[test]
    fn deserializers_never_panic(value in json_value()) {
        let _ = serde_json::from_value::<Article>(value.clone());
        let _ = serde_json::from_value::<Event>(value.clone());
        let _ = serde_json::from_value::<Organization>(value.clone());
        let _ = serde_json::from_value::<Feed>(value);
    }

    #[test]
    fn valid_text_round_trips(text in any_text()) {
        if let Ok(valid) = Text::new(&text) {
            prop_assert_eq!(valid.as_str(), text.trim());
            let json = serde_json::to_string(&valid).unwrap();
            prop_assert_eq!(serde_json::from_str::<Text>(&json).unwrap(), valid);
        }
    }

    #[test]
    fn valid_articles_round_trip(
        title in "\\PC{1,60}",
        summary in proptest::option::of("\\PC{1,60}"),
        body in proptest::option::of("\\PC{1,60}"),
        minutes in 0i64..(60 * 24 * 365 * 30),
        updated_after in proptest::option::of(0i64..100_000),
        section in proptest::option::of("\\PC{1,20}"),
        keywords in prop::collection::vec("\\PC{1,20}", 0..3),
    ) {
        let start = chrono::DateTime::parse_from_rfc3339("2000-01-01T00:00:00+02:00").unwrap();
        let published = jaunumi::riga::from_utc((start + chrono::TimeDelta::minutes(minutes)).to_utc());
        let mut builder = Article::builder(title, "https://vdc.ventspils.lv/jaunumi/1/", published);
        if let Some(summary) = summary {
            builder = builder.summary(summary);
        }
        if let Some(Ok(body)) = body.map(|b| Html::new(&b)) {
            builder = builder.body(body);
        }
        if let Some(after) = updated_after {
            builder = builder.updated(published + chrono::TimeDelta::seconds(after));
        }
        if let Some(section) = section {
            builder = builder.section(section);
        }
        for keyword in keywords {
            builder = builder.keyword(keyword);
        }
        if let Ok(article) = builder.build() {
            let json = serde_json::to_string(&article).unwrap();
            let back: Article = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &article);
            prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
        }
    }
}
