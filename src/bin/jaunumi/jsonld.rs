//! `jaunumi jsonld`: one article's JSON-LD graph, or its script element for HTML.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use jaunumi::jsonld::Printer;
use jaunumi::{Article, ArticleBuilder, ExportError};

use crate::failure::Failure;
use crate::{headers, input};

const AFTER_HELP: &str = "\
The graph goes to standard output; each warning (a property Google recommends that the \
article lacks) goes to standard error as `jaunumi: warning: FIELD: message`. An invalid \
article, or one that lacks a property Google requires (an event's location), is reported \
on standard error as `jaunumi: FIELD: message` and exits with status 1, writing nothing. \
With --strict, warnings exit with status 1 too (the graph is still written). Other errors \
exit with status 2.

--html writes the graph as a <script type=\"application/ld+json\"> element whose JSON \
escapes <, >, &, U+2028 and U+2029, so that no text in the article can end the element: \
the way to put JSON-LD into a page.";

/// Write the schema.org JSON-LD graph of one article's page, given as JSON.
#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub(crate) struct Args {
    /// The article as JSON (`jaunumi schema article` describes it); standard input when
    /// absent.
    #[arg(value_name = "ARTICLE.json")]
    file: Option<PathBuf>,
    /// Write a `<script type="application/ld+json">` element, safe to put into HTML.
    #[arg(long)]
    html: bool,
    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,
    /// Exit with status 1 when there are warnings.
    #[arg(long)]
    strict: bool,
    /// Also write the HTTP headers to serve the output with (Content-Type, ETag,
    /// Last-Modified: the article's update, or else its publication) to this file.
    #[arg(long, value_name = "FILE")]
    headers: Option<PathBuf>,
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let mut json = String::new();
    input::open(args.file.as_deref())?.read_to_string(&mut json)?;
    let mut errors = io::stderr().lock();
    let article = match input::record::<ArticleBuilder, Article>(&json) {
        Ok(article) => article,
        Err(invalid) => {
            writeln!(errors, "jaunumi: {}: {}", invalid.field, invalid.message)?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let printer = Printer::new().pretty(args.pretty);
    let mut out = jaunumi::cache::TagWriter::new(BufWriter::new(io::stdout().lock()));
    let written = if args.html {
        printer.to_html_writer(&mut out, &article)
    } else {
        printer.to_writer(&mut out, &article)
    };
    let warnings = match written {
        Ok(warnings) => warnings,
        Err(err @ ExportError::Io { .. }) => return Err(err.into()),
        Err(err) => {
            writeln!(errors, "jaunumi: {err}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    writeln!(out)?;
    let modified = article.updated().unwrap_or(article.published());
    let (mut out, tags) = out.finish(Some(modified));
    out.flush()?;
    if let Some(path) = &args.headers {
        let media_type = if args.html {
            "text/html; charset=utf-8"
        } else {
            "application/ld+json"
        };
        headers::write(path, media_type, &tags)?;
    }
    for warning in &warnings {
        writeln!(errors, "jaunumi: warning: {warning}")?;
    }
    Ok(if args.strict && !warnings.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
