//! Latvian dates: table-driven cases, the seed item, extraction, formatting, properties,
//! error messages, the shared corpus and the command line.
// Tests fail by panicking and report by printing; the crate lints deny both elsewhere.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout
)]

#[cfg(feature = "cli")]
mod cli;
mod corpus;
mod errors;
mod extract;
mod format;
mod table;
