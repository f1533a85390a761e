//! `jaunumi`: the command-line front end of the `jaunumi` crate, for municipal sites that are
//! not written in Rust. Every subcommand is a thin layer over the library.

mod check;
mod date;
mod failure;
mod feed;
mod headers;
mod ics;
mod input;
mod jsonld;
mod schema;
mod sitemap;
mod slug;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::failure::Failure;

/// Latvian municipal news: validate, slug, read dates, export feeds, JSON-LD, calendars and
/// sitemaps.
#[derive(Debug, Parser)]
#[command(name = "jaunumi", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the JSON Schema of a model type.
    Schema(schema::Args),
    /// Check articles given as JSON Lines; print one line per invalid record.
    Check(check::Args),
    /// Read Latvian date expressions, one per line, and write their ISO 8601 values.
    Date(date::DateArgs),
    /// Find the Latvian date expressions in paragraphs, one per line, and write them as JSON.
    Extract(date::ExtractArgs),
    /// Slug titles: one title per line on standard input, one slug per line on standard output.
    Slug(slug::Args),
    /// Write an RSS 2.0, Atom 1.0 or JSON Feed 1.1 feed, or the JSON-LD of its listing page,
    /// from a feed's metadata and articles as JSON Lines.
    Feed(feed::Args),
    /// Write the schema.org JSON-LD graph of one article given as JSON, or its script element.
    Jsonld(jsonld::Args),
    /// Write an iCalendar of the events of articles given as JSON Lines.
    Ics(ics::Args),
    /// Write the XML sitemaps (or Google News sitemaps) of articles given as JSON Lines,
    /// and their index.
    Sitemap(sitemap::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Schema(args) => schema::run(&args).map_err(Failure::from),
        Command::Check(args) => check::run(&args).map_err(Failure::from),
        Command::Date(args) => date::run_date(&args).map_err(Failure::from),
        Command::Extract(args) => date::run_extract(&args).map_err(Failure::from),
        Command::Slug(args) => slug::run(&args).map_err(Failure::from),
        Command::Feed(args) => feed::run(&args),
        Command::Jsonld(args) => jsonld::run(&args),
        Command::Ics(args) => ics::run(&args),
        Command::Sitemap(args) => sitemap::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(failure) if failure.is_broken_pipe() => ExitCode::SUCCESS,
        Err(failure) => {
            // The one place the binary reports an error of its own.
            #[allow(clippy::print_stderr)]
            {
                eprintln!("jaunumi: {}", failure.report());
            }
            ExitCode::from(2)
        }
    }
}
