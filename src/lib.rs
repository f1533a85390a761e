//! `jaunumi` ("news" in Latvian): one typed, validated model of Latvian municipal news and
//! events, Latvian-aware slugs and dates, and standards-true outputs built from the model.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod date;
mod error;
mod model;
pub mod riga;
pub mod slug;

pub use error::{Error, ErrorKind};
pub use model::*;
pub use slug::Slug;
