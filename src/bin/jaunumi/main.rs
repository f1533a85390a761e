//! `jaunumi`: the command-line front end of the `jaunumi` crate, for municipal sites that are
//! not written in Rust. Every subcommand is a thin layer over the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod date;

/// Latvian municipal news: validate, slug, read dates, export feeds and JSON-LD.
#[derive(Debug, Parser)]
#[command(name = "jaunumi", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read Latvian date expressions, one per line, and write their ISO 8601 values.
    Date(date::DateArgs),
    /// Find the Latvian date expressions in paragraphs, one per line, and write them as JSON.
    Extract(date::ExtractArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Date(args) => date::run_date(&args),
        Command::Extract(args) => date::run_extract(&args),
    }
}
