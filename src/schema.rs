//! JSON Schema (draft 2020-12) of the model's JSON form, for projects that produce or
//! consume it in other languages.
//!
//! The schemas are derived from the same types that deserialise the JSON, so they cannot
//! drift from what the crate accepts. They say everything JSON Schema can: required fields,
//! no unknown fields, text that is not empty and holds no character XML 1.0 cannot carry,
//! absolute `http`/`https` URLs, Latvian postal codes, registration numbers, languages,
//! dates with offsets, and an event's `end` of the same kind as its `start`.
//!
//! One rule needs a comparison JSON Schema has no keyword for: a later point in time must
//! not precede an earlier one (an event's `end` and its `start`, an article's `updated` and
//! its `published`). The schemas state it with the extension keyword
//! [`NOT_BEFORE_KEYWORD`]; validators that do not know it ignore it, as JSON Schema says of
//! unknown keywords, and the crate itself always enforces it.
//!
//! # Example
//!
//! ```
//! let schema = jaunumi::schema::article();
//! let json = serde_json::to_value(&schema)?;
//! assert_eq!(json["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert!(json["required"].as_array().is_some_and(|r| r.contains(&"title".into())));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use schemars::transform::RecursiveTransform;
use schemars::{JsonSchema, Schema, SchemaGenerator, generate::SchemaSettings};
use serde_json::Value;

use crate::model::article::Article;
use crate::model::event::Event;
use crate::model::feed::Feed;
use crate::model::organization::Organization;

pub use crate::model::json_schema::NOT_BEFORE_KEYWORD;

/// The JSON Schema of an [`Article`].
///
/// # Example
///
/// ```
/// let schema = serde_json::to_value(jaunumi::schema::article())?;
/// assert_eq!(schema["title"], "Article");
/// assert_eq!(schema["x-jaunumi-notBefore"]["updated"], "published");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn article() -> Schema {
    generate::<Article>()
}

/// The JSON Schema of an [`Organization`].
///
/// # Example
///
/// ```
/// let schema = serde_json::to_value(jaunumi::schema::organization())?;
/// assert_eq!(schema["title"], "Organization");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn organization() -> Schema {
    generate::<Organization>()
}

/// The JSON Schema of an [`Event`].
///
/// # Example
///
/// ```
/// let schema = serde_json::to_value(jaunumi::schema::event())?;
/// assert_eq!(schema["x-jaunumi-notBefore"]["end"], "start");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn event() -> Schema {
    generate::<Event>()
}

/// The JSON Schema of a [`Feed`], with its articles.
///
/// # Example
///
/// ```
/// let schema = serde_json::to_value(jaunumi::schema::feed())?;
/// assert_eq!(schema["title"], "Feed");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn feed() -> Schema {
    generate::<Feed>()
}

fn generate<T: JsonSchema>() -> Schema {
    SchemaGenerator::new(
        SchemaSettings::draft2020_12().with_transform(RecursiveTransform(plain_description)),
    )
    .into_root_schema_for::<T>()
}

/// Keeps the prose of a description taken from rustdoc: no Rust example, no intra-doc link
/// brackets.
fn plain_description(schema: &mut Schema) {
    if let Some(Value::String(description)) = schema.get_mut("description") {
        if let Some(example) = description.find("\n\n# Example") {
            description.truncate(example);
        }
        *description = description.replace("[`", "`").replace("`]", "`");
    }
}
