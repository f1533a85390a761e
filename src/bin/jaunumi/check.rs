//! `jaunumi check`: validate articles given as JSON Lines.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use jaunumi::{Article, ArticleBuilder};

use crate::input;

/// Check articles given as JSON Lines (one article per line; blank lines are skipped).
///
/// Prints `LINE: FIELD: message` for each invalid article (FIELD is `-` when the line is not
/// a JSON object) and exits with 1 if any is invalid, 0 otherwise.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The JSON Lines file; standard input when absent.
    file: Option<PathBuf>,
}

pub(crate) fn run(args: &Args) -> io::Result<ExitCode> {
    let mut out = io::stdout().lock();
    let mut invalid = false;
    let reader = input::open(args.file.as_deref())?;
    for (index, line) in io::BufRead::lines(reader).enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        if let Err(err) = input::record::<ArticleBuilder, Article>(&line) {
            invalid = true;
            writeln!(out, "{}: {}: {}", index + 1, err.field, err.message)?;
        }
    }
    out.flush()?;
    Ok(if invalid {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
