//! The JSON Schema of the model: golden copies, and a real validator (the `jsonschema`
//! crate) agreeing with the crate on valid and invalid instances.

use std::path::PathBuf;

use chrono::{DateTime, Datelike};
use jsonschema::{Keyword, ValidationError, Validator};
use serde_json::{Map, Value, json};

use crate::seed;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/schema")
        .join(name)
}

/// Compares `actual` with the golden file, or rewrites the file when `JAUNUMI_BLESS` is set.
pub(crate) fn assert_golden(path: &std::path::Path, actual: &str) {
    if std::env::var_os("JAUNUMI_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e} (JAUNUMI_BLESS=1 writes it)", path.display()));
    assert!(
        expected == actual,
        "{} drifted from the generated output; review the change and rerun with JAUNUMI_BLESS=1",
        path.display()
    );
}

#[test]
fn schemas_match_their_golden_copies() {
    for (name, schema) in [
        ("article.json", jaunumi::schema::article()),
        ("organization.json", jaunumi::schema::organization()),
        ("event.json", jaunumi::schema::event()),
        ("feed.json", jaunumi::schema::feed()),
    ] {
        let mut text = serde_json::to_string_pretty(&schema).unwrap();
        text.push('\n');
        assert_golden(&golden(name), &text);
    }
}

/// `x-jaunumi-notBefore`: `{"later": "earlier"}` pairs, compared as instants or dates.
struct NotBefore(Vec<(String, String)>);

fn moment(value: &Value) -> Option<(bool, i64)> {
    let text = value.as_str()?.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(text) {
        return Some((true, instant.timestamp_millis()));
    }
    let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    Some((false, i64::from(date.num_days_from_ce())))
}

impl NotBefore {
    fn holds(&self, instance: &Value) -> bool {
        let Some(object) = instance.as_object() else {
            return true;
        };
        self.0.iter().all(|(later, earlier)| {
            match (
                object.get(later).and_then(moment),
                object.get(earlier).and_then(moment),
            ) {
                (Some((kind_l, l)), Some((kind_e, e))) if kind_l == kind_e => l >= e,
                _ => true,
            }
        })
    }
}

impl<'i> Keyword<'i> for NotBefore {
    fn validate(&self, instance: &'i Value) -> Result<(), ValidationError<'i>> {
        if self.holds(instance) {
            Ok(())
        } else {
            Err(ValidationError::custom(
                "a later point in time precedes an earlier one",
            ))
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        self.holds(instance)
    }
}

fn validator(schema: &schemars::Schema) -> Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .with_keyword(
            jaunumi::schema::NOT_BEFORE_KEYWORD,
            |_parent: &Map<String, Value>, value: &Value, _path| {
                let pairs = value
                    .as_object()
                    .map(|pairs| {
                        pairs
                            .iter()
                            .filter_map(|(later, earlier)| {
                                Some((later.clone(), earlier.as_str()?.to_owned()))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Ok(Box::new(NotBefore(pairs)))
            },
        )
        .build(&serde_json::to_value(schema).unwrap())
        .unwrap()
}

fn seed_article() -> Value {
    serde_json::to_value(seed::article().unwrap()).unwrap()
}

#[test]
fn valid_instances_validate() {
    let article = validator(&jaunumi::schema::article());
    let seed = seed_article();
    assert!(
        article.is_valid(&seed),
        "{:?}",
        article
            .iter_errors(&seed)
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    );
    let minimal = json!({"title": " Jaunumi ", "url": "https://ventspils.lv/1", "published": "2018-01-17T12:00:00+02:00"});
    assert!(article.is_valid(&minimal));
    let feed = validator(&jaunumi::schema::feed());
    let seed_feed = serde_json::to_value(seed::feed().unwrap()).unwrap();
    assert!(
        feed.is_valid(&seed_feed),
        "{:?}",
        feed.iter_errors(&seed_feed)
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    );
    let organization = validator(&jaunumi::schema::organization());
    assert!(organization.is_valid(&serde_json::to_value(seed::digital_centre().unwrap()).unwrap()));
    let event = validator(&jaunumi::schema::event());
    assert!(event.is_valid(&serde_json::to_value(seed::visit().unwrap()).unwrap()));
    assert!(event.is_valid(&json!({"name": "Koncerts", "start": "2024-05-04T18:00:00+03:00", "end": "2024-05-04T20:00:00+03:00"})));
}

/// Each invalid instance: the schema refuses it, and so does the crate.
#[test]
fn invalid_instances_do_not_validate() {
    let base = seed_article();
    let with = |field: &str, value: Value| {
        let mut instance = base.clone();
        instance[field] = value;
        instance
    };
    let article = validator(&jaunumi::schema::article());
    let invalid_articles = [
        ("empty title", with("title", json!("   "))),
        ("relative URL", with("url", json!("/jaunumi/1"))),
        ("javascript URL", with("url", json!("javascript:alert(1)"))),
        ("bad postal code", {
            let mut i = base.clone();
            i["publisher"]["address"]["postalCode"] = json!("3601");
            i
        }),
        ("control character", with("title", json!("Rīga\u{b}"))),
        (
            "updated before published",
            with("updated", json!("2018-01-16T12:00:00+02:00")),
        ),
        ("unknown field", with("titel", json!("x"))),
        ("an event ending before its start", {
            let mut i = base.clone();
            i["events"][0]["end"] = json!("2018-01-16");
            i
        }),
    ];
    for (what, instance) in invalid_articles {
        assert!(
            !article.is_valid(&instance),
            "the schema accepts an article with {what}"
        );
        assert!(
            serde_json::from_value::<jaunumi::Article>(instance).is_err(),
            "the crate accepts an article with {what}"
        );
    }

    let event = validator(&jaunumi::schema::event());
    for (what, instance) in [
        (
            "end before start",
            json!({"name": "Festivāls", "start": "2024-07-14", "end": "2024-07-12"}),
        ),
        (
            "instant end before start",
            json!({"name": "K", "start": "2024-05-04T18:00:00+03:00", "end": "2024-05-04T17:00:00+03:00"}),
        ),
        (
            "date start, instant end",
            json!({"name": "K", "start": "2024-05-04", "end": "2024-05-04T20:00:00+03:00"}),
        ),
        (
            "no offset",
            json!({"name": "K", "start": "2024-05-04T18:00:00"}),
        ),
        (
            "empty location",
            json!({"name": "K", "start": "2024-05-04", "location": {}}),
        ),
    ] {
        assert!(
            !event.is_valid(&instance),
            "the schema accepts an event with {what}"
        );
        assert!(
            serde_json::from_value::<jaunumi::Event>(instance).is_err(),
            "the crate accepts an event with {what}"
        );
    }
}
