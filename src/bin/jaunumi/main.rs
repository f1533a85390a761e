//! `jaunumi`: the command-line front end of the `jaunumi` crate, for municipal sites that are
//! not written in Rust. Every subcommand is a thin layer over the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Latvian municipal news: validate, slug, read dates, export feeds and JSON-LD.
#[derive(Debug, Parser)]
#[command(name = "jaunumi", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {}
}
