//! The integration tests of `jaunumi`, as one test binary. Data files live in tests/data.
// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

/// The seed item, exactly as the `ventspils` example models it.
#[path = "../../examples/ventspils/seed.rs"]
#[allow(dead_code)]
mod seed;

#[cfg(feature = "cli")]
mod cli;
mod date;
mod errors;
mod feeds;
mod model;
mod properties;
#[cfg(feature = "schemars")]
mod schema;
mod slug;
