//! The traits every validated string type of the model shares.

/// Implements `FromStr`, `TryFrom<String>`, `From<T> for String`, `Display`, `AsRef<str>`
/// and, with the `schemars` feature, `JsonSchema` for a newtype `T(String)` that has
/// `fn new(&str) -> Result<T, Error>`. Serde goes through the same validation with
/// `#[serde(into = "String", try_from = "String")]` on the type.
macro_rules! string_newtype {
    ($type:ident, $schema:tt) => {
        impl std::str::FromStr for $type {
            type Err = crate::model::error::Error;

            fn from_str(text: &str) -> Result<Self, crate::model::error::Error> {
                Self::new(text)
            }
        }

        impl TryFrom<String> for $type {
            type Error = crate::model::error::Error;

            fn try_from(text: String) -> Result<Self, crate::model::error::Error> {
                Self::new(&text)
            }
        }

        impl From<$type> for String {
            fn from(value: $type) -> Self {
                value.0
            }
        }

        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $type {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $type {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($type).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!($schema)
            }
        }
    };
}

pub(crate) use string_newtype;
