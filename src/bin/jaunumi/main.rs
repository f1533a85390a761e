//! `jaunumi`: the command-line front end of the `jaunumi` crate, for municipal sites that are
//! not written in Rust. Every subcommand is a thin layer over the library.

mod check;
mod feed;
mod input;
mod schema;

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
enum Command {
    /// Print the JSON Schema of a model type.
    Schema(schema::Args),
    /// Check articles given as JSON Lines; print one line per invalid record.
    Check(check::Args),
    /// Write an RSS 2.0 or Atom 1.0 feed from a feed's metadata and articles as JSON Lines.
    Feed(feed::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Schema(args) => schema::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Feed(args) => feed::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            // The one place the binary reports an error of its own.
            #[allow(clippy::print_stderr)]
            {
                eprintln!("jaunumi: {err}");
            }
            ExitCode::from(2)
        }
    }
}
