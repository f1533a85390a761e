//! `jaunumi date` and `jaunumi extract`: Latvian date expressions, one per line or found in
//! paragraphs, streamed from standard input to standard output.

use std::io;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, NaiveDate};
use clap::Args;
use jaunumi::date::Parser;
use serde::Serialize;

use crate::input;

/// Read one Latvian date expression per line; write its ISO 8601 value or
/// `error: <message>` per line.
#[derive(Debug, Args)]
pub(crate) struct DateArgs {
    /// The date that relative and year-less expressions are resolved against
    /// [default: today in Riga]
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference: Option<NaiveDate>,
}

/// Read one paragraph per line; write one JSON array of the date expressions found in it
/// per line, each with `start` and `end` (byte offsets), `text`, and `value` or `error`;
/// a day of a list of days (`12., 19. un 26. jūlijā`) also with the `list` it is one of
/// (`start`, `end`, `text`).
#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    /// The date that relative and year-less expressions are resolved against
    /// [default: today in Riga]
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference: Option<NaiveDate>,
}

/// One match as JSON.
#[derive(Serialize)]
struct Found<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    list: Option<List<'t>>,
}

/// The list a day of a list is one of, as JSON.
#[derive(Serialize)]
struct List<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

/// Runs `jaunumi date`.
pub(crate) fn run_date(args: &DateArgs) -> io::Result<ExitCode> {
    let parser = parser(args.reference);
    input::each_line(|line, out| match parser.parse(line) {
        Ok(value) => writeln!(out, "{value}"),
        Err(err) => writeln!(out, "error: {err}"),
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `jaunumi extract`.
pub(crate) fn run_extract(args: &ExtractArgs) -> io::Result<ExitCode> {
    let parser = parser(args.reference);
    input::each_line(|line, out| {
        let found: Vec<Found<'_>> = parser
            .extract(line)
            .map(|m| Found {
                start: m.start(),
                end: m.end(),
                text: m.as_str(),
                value: m.value().map(ToString::to_string),
                error: m.error().map(ToString::to_string),
                list: m
                    .list_range()
                    .zip(m.list_as_str())
                    .map(|(range, text)| List {
                        start: range.start,
                        end: range.end,
                        text,
                    }),
            })
            .collect();
        serde_json::to_writer(&mut *out, &found)?;
        out.write_all(b"\n")
    })?;
    Ok(ExitCode::SUCCESS)
}

fn parser(reference: Option<NaiveDate>) -> Parser {
    Parser::new().with_reference(reference.unwrap_or_else(today_in_riga))
}

/// Today's date in Riga, from the system clock.
fn today_in_riga() -> NaiveDate {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    DateTime::from_timestamp(now, 0)
        .unwrap_or_default()
        .with_timezone(&jaunumi::riga::TIME_ZONE)
        .date_naive()
}
