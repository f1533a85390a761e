//! `jaunumi schema`: print the JSON Schema of a model type.

use std::io::{self, Write};
use std::process::ExitCode;

/// Print the JSON Schema (draft 2020-12) of a model type.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Which type.
    #[arg(value_enum)]
    kind: Kind,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Kind {
    Article,
    Organization,
    Event,
    Feed,
}

pub(crate) fn run(args: &Args) -> io::Result<ExitCode> {
    let schema = match args.kind {
        Kind::Article => jaunumi::schema::article(),
        Kind::Organization => jaunumi::schema::organization(),
        Kind::Event => jaunumi::schema::event(),
        Kind::Feed => jaunumi::schema::feed(),
    };
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema)?;
    writeln!(out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
