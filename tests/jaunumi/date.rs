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

use chrono::NaiveDate;

/// What `parse` gives, as the tables write it: the ISO value, or `error: <message>`.
fn outcome(phrase: &str, reference: impl Into<Option<NaiveDate>>) -> String {
    match jaunumi::date::parse(phrase, reference) {
        Ok(value) => value.to_string(),
        Err(err) => format!("error: {err}"),
    }
}
