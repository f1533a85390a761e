//! `jaunumi` ("news" in Latvian): one typed, validated model of Latvian municipal news and
//! events, Latvian-aware slugs and dates, and standards-true outputs built from the model.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod atom;
mod error;
mod model;
pub mod riga;
pub mod rss;
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
pub mod schema;
pub mod slug;
mod xml;

pub use error::{Error, ErrorKind, ExportError};
pub use model::*;
pub use slug::Slug;
