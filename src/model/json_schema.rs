//! The rules of the model's JSON form that JSON Schema states with more than the derived
//! schemas say: a later point in time not before an earlier one, and an event's `end` of
//! the same kind as its `start`. The model's `JsonSchema` implementations add them;
//! [`crate::schema`] generates the schemas.

use schemars::Schema;
use serde_json::{Value, json};

/// The extension keyword for "this point in time is not before that one", on an object
/// schema: `{"x-jaunumi-notBefore": {"end": "start"}}` means that the object's `end`, when
/// present, is not before its `start`. Both are RFC 3339 date-times with offsets (compared
/// as instants) or both dates.
///
/// # Example
///
/// ```
/// let schema = serde_json::to_value(jaunumi::schema::event())?;
/// assert_eq!(schema[jaunumi::schema::NOT_BEFORE_KEYWORD], serde_json::json!({"end": "start"}));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const NOT_BEFORE_KEYWORD: &str = "x-jaunumi-notBefore";

/// Adds to an object schema the rule that `later` is not before `earlier`.
pub(crate) fn chronological(schema: &mut Schema, earlier: &str, later: &str) {
    let rules = schema
        .ensure_object()
        .entry(NOT_BEFORE_KEYWORD)
        .or_insert_with(|| json!({}));
    if let Value::Object(rules) = rules {
        rules.insert(later.to_owned(), Value::String(earlier.to_owned()));
    }
}

/// Adds to the event schema the rule that `end` is a date when `start` is a date, and a
/// date-time when `start` is a date-time.
pub(crate) fn end_like_start(schema: &mut Schema) {
    const DATE: &str = "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$";
    let object = schema.ensure_object();
    object.insert(
        "if".to_owned(),
        json!({ "properties": { "start": { "pattern": DATE } } }),
    );
    object.insert(
        "then".to_owned(),
        json!({ "properties": { "end": { "pattern": DATE } } }),
    );
    object.insert(
        "else".to_owned(),
        json!({ "properties": { "end": { "not": { "pattern": DATE } } } }),
    );
}
