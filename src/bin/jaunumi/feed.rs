//! `jaunumi feed`: write an RSS 2.0, Atom 1.0 or JSON Feed 1.1 feed, or the schema.org
//! JSON-LD of the feed's listing page, from the feed's metadata (JSON) and its articles
//! (JSON Lines), streaming.

use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset};
use jaunumi::cache::TagWriter;
use jaunumi::{Article, ArticleBuilder, ExportError, Feed};

use crate::failure::Failure;
use crate::{headers, input};

const AFTER_HELP: &str = "\
The articles are written as they are read, in constant memory; the articles inside \
FEED.json, if any, come first. An Atom feed needs its `updated` time before the first \
entry: give it in FEED.json when the articles come as JSON Lines. JSON-LD describes the page \
that lists the articles (the feed's `homeUrl`): a CollectionPage with an ItemList of them.

An invalid article line is reported on standard error as `LINE: FIELD: message`. Without \
--skip-invalid it stops the command with exit status 1, and the feed on standard output is \
then incomplete: left unclosed, so that no reader takes it for a whole feed. With \
--skip-invalid the line is left out and the feed is completed (exit status 0). Other errors \
exit with status 2.

--headers FILE writes the headers to serve the feed with: its Content-Type, its strong ETag \
(a hash of the bytes written) and its Last-Modified (the feed's `updated`, or else the \
newest time among its articles).";

/// Write a feed to standard output from the feed's metadata and articles given as JSON Lines.
#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub(crate) struct Args {
    /// The output format.
    #[arg(long, value_enum)]
    format: Format,
    /// The feed's metadata, as JSON (`jaunumi schema feed` describes it).
    #[arg(long, value_name = "FEED.json")]
    feed: PathBuf,
    /// The articles as JSON Lines (one article per line; blank lines are skipped); standard
    /// input when absent.
    #[arg(value_name = "ARTICLES.jsonl")]
    articles: Option<PathBuf>,
    /// Leave out invalid article lines, reporting each on standard error, instead of stopping
    /// at the first.
    #[arg(long)]
    skip_invalid: bool,
    /// Also write the HTTP headers to serve the feed with (Content-Type, ETag,
    /// Last-Modified) to this file.
    #[arg(long, value_name = "FILE")]
    headers: Option<PathBuf>,
}

/// The feed formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    /// RSS 2.0.
    Rss,
    /// Atom 1.0 (RFC 4287).
    Atom,
    /// JSON Feed 1.1.
    Jsonfeed,
    /// schema.org JSON-LD of the listing page: a CollectionPage with an ItemList.
    Jsonld,
}

impl Format {
    fn media_type(self) -> &'static str {
        match self {
            Format::Rss => jaunumi::rss::MEDIA_TYPE,
            Format::Atom => jaunumi::atom::MEDIA_TYPE,
            Format::Jsonfeed => jaunumi::jsonfeed::MEDIA_TYPE,
            Format::Jsonld => "application/ld+json",
        }
    }
}

/// The writer of the chosen format.
enum Output<W: Write> {
    Rss(jaunumi::rss::Writer<W>),
    Atom(jaunumi::atom::Writer<W>),
    Jsonfeed(jaunumi::jsonfeed::Writer<W>),
    Jsonld(jaunumi::jsonld::ListingWriter<W>),
}

impl<W: Write> Output<W> {
    fn start(format: Format, writer: W, feed: &Feed) -> Result<Self, ExportError> {
        Ok(match format {
            Format::Rss => Output::Rss(jaunumi::rss::Writer::start(writer, feed)?),
            Format::Atom => Output::Atom(jaunumi::atom::Writer::start(writer, feed)?),
            Format::Jsonfeed => Output::Jsonfeed(jaunumi::jsonfeed::Writer::start(writer, feed)?),
            Format::Jsonld => Output::Jsonld(jaunumi::jsonld::ListingWriter::start(writer, feed)?),
        })
    }

    fn write(&mut self, article: &Article) -> Result<(), ExportError> {
        match self {
            Output::Rss(rss) => rss.write(article),
            Output::Atom(atom) => atom.write(article),
            Output::Jsonfeed(json) => json.write(article),
            Output::Jsonld(listing) => listing.write(article),
        }
    }

    fn finish(self) -> Result<W, ExportError> {
        match self {
            Output::Rss(rss) => rss.finish(),
            Output::Atom(atom) => atom.finish(),
            Output::Jsonfeed(json) => json.finish(),
            Output::Jsonld(listing) => listing.finish(),
        }
    }
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let feed = input::feed(&args.feed)?;
    let reader = input::open(args.articles.as_deref())?;
    let out = TagWriter::new(BufWriter::new(io::stdout().lock()));
    let mut output = Output::start(args.format, out, &feed)?;
    // The newest time among the articles written: Last-Modified when the feed has no
    // `updated` of its own.
    let mut newest: Option<DateTime<FixedOffset>> = None;
    let mut write = |output: &mut Output<_>, article: &Article| {
        newest = newest.max(Some(*article.updated().unwrap_or(article.published())));
        output.write(article)
    };
    for article in feed.articles() {
        write(&mut output, article)?;
    }
    let mut errors = io::stderr().lock();
    for (index, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match input::record::<ArticleBuilder, Article>(&line) {
            Ok(article) => write(&mut output, &article)?,
            Err(invalid) => {
                writeln!(
                    errors,
                    "{}: {}: {}",
                    index + 1,
                    invalid.field,
                    invalid.message
                )?;
                if !args.skip_invalid {
                    // The document stays unclosed; dropping the buffer writes out what it
                    // holds.
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
    }
    let (mut out, tags) = output.finish()?.finish(feed.updated().or(newest.as_ref()));
    out.flush()?;
    if let Some(path) = &args.headers {
        headers::write(path, args.format.media_type(), &tags)?;
    }
    Ok(ExitCode::SUCCESS)
}
