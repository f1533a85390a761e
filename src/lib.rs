//! `jaunumi` ("news" in Latvian): one typed, validated model of Latvian municipal news and
//! events, Latvian-aware slugs and dates, and standards-true outputs built from the model.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod error;
mod model;
pub mod riga;
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
pub mod schema;
pub mod slug;
mod xml;

pub use error::{Error, ErrorKind};
pub use model::*;
pub use slug::Slug;
