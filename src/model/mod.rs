//! The validated model, the ground floor of the crate: it knows no output or input format.
//! Its modules are private to the crate; every public type is re-exported at the crate root.
//!
//! Each type with more than one field has a builder: required values are the arguments of
//! `builder`, optional ones are chained, and `build` is the one place that checks them. The
//! builder is also the JSON form of its type: deserialisation reads the builder and calls
//! `build`, so JSON cannot bypass a rule and a wrong JSON value gets the constructor's error,
//! with the path of the field that held it.

pub(crate) mod address;
pub(crate) mod article;
pub(crate) mod contact;
pub(crate) mod error;
pub(crate) mod event;
pub(crate) mod feed;
pub(crate) mod image;
pub(crate) mod instant;
#[cfg(feature = "schemars")]
pub(crate) mod json_schema;
pub(crate) mod language;
pub(crate) mod newtype;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod place;
pub(crate) mod text;
pub(crate) mod web_url;

use serde::{Deserialize, Deserializer};

use crate::model::error::Error;

/// Checks an optional raw value, naming `field` in the error.
fn optional<T>(
    value: Option<String>,
    field: &str,
    check: impl FnOnce(&str) -> Result<T, Error>,
) -> Result<Option<T>, Error> {
    value
        .map(|v| check(&v).map_err(|e| e.at(field)))
        .transpose()
}

/// Checks each raw value of a list, naming `field[i]` in the error.
fn each<T>(
    values: Vec<String>,
    field: &str,
    check: impl Fn(&str) -> Result<T, Error>,
) -> Result<Vec<T>, Error> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| check(v).map_err(|e| e.at_index(i).at(field)))
        .collect()
}

/// A model value inside a builder: already checked when it came from Rust, still to be
/// checked when it came from JSON. Deserialisation always gives the unchecked form, so that
/// an error inside it carries the full path (`publisher.address.postalCode`).
#[derive(Debug, Clone)]
enum Nested<T, B> {
    Checked(T),
    Unchecked(B),
}

impl<T, B: TryInto<T, Error = Error>> Nested<T, B> {
    fn check(self, field: &str) -> Result<T, Error> {
        match self {
            Nested::Checked(value) => Ok(value),
            Nested::Unchecked(builder) => builder.try_into().map_err(|e| e.at(field)),
        }
    }

    fn check_optional(nested: Option<Self>, field: &str) -> Result<Option<T>, Error> {
        nested.map(|n| n.check(field)).transpose()
    }

    fn check_each(list: Vec<Self>, field: &str) -> Result<Vec<T>, Error> {
        list.into_iter()
            .enumerate()
            .map(|(i, n)| match n {
                Nested::Checked(value) => Ok(value),
                Nested::Unchecked(builder) => {
                    builder.try_into().map_err(|e| e.at_index(i).at(field))
                }
            })
            .collect()
    }
}

impl<'de, T, B: Deserialize<'de>> Deserialize<'de> for Nested<T, B> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        B::deserialize(deserializer).map(Nested::Unchecked)
    }
}
