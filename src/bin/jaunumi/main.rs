//! `jaunumi`: the command-line front end of the `jaunumi` crate, for municipal sites that are
//! not written in Rust. Every subcommand is a thin layer over the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod slug;

/// Latvian municipal news: validate, slug, read dates, export feeds and JSON-LD.
#[derive(Debug, Parser)]
#[command(name = "jaunumi", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Slug titles: one title per line on standard input, one slug per line on standard output.
    Slug(slug::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Slug(args) => slug::run(args),
    }
}
