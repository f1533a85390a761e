//! The validated model. Private modules; every type is re-exported at the crate root.

mod language;

pub use language::Language;
