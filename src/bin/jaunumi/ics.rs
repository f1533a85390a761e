//! `jaunumi ics`: an iCalendar of the events of articles given as JSON Lines, streaming.

use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use jaunumi::ical::{self, Calendar};
use jaunumi::{Article, ArticleBuilder, ExportError};

use crate::failure::Failure;
use crate::input;

const AFTER_HELP: &str = "\
The calendar (media type text/calendar; charset=utf-8) holds one VEVENT per event of the \
articles, written as they are read, in constant memory; the articles inside FEED.json, if \
any, come first. FEED.json gives the calendar its name, description, page and language; \
without it the calendar has none.

An article line that is invalid, or has an event a calendar cannot hold (one without a \
location, a time outside the years 1 to 9999), is reported on standard error as \
`LINE: FIELD: message`, and none of its events is written. Without --skip-invalid it stops \
the command with exit status 1, and the calendar on standard output is then incomplete: left \
unclosed, so that no client takes it for a whole calendar. With --skip-invalid the line is \
left out and the calendar is completed (exit status 0). Other errors exit with status 2.";

/// Write an iCalendar of the events of articles given as JSON Lines to standard output.
#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub(crate) struct Args {
    /// A feed's metadata, as JSON (`jaunumi schema feed` describes it): the calendar's
    /// name, description, page and language.
    #[arg(long, value_name = "FEED.json")]
    feed: Option<PathBuf>,
    /// The articles as JSON Lines (one article per line; blank lines are skipped); standard
    /// input when absent.
    #[arg(value_name = "ARTICLES.jsonl")]
    articles: Option<PathBuf>,
    /// Leave out invalid article lines, reporting each on standard error, instead of stopping
    /// at the first.
    #[arg(long)]
    skip_invalid: bool,
}

/// Writes the events of `article`: `Ok(false)` when the calendar refused them, after
/// reporting why, after `at` (`3: ` for a line, `FEED.json: articles[0].` for an article of
/// the feed's own).
fn write(
    calendar: &mut ical::Writer<impl Write>,
    article: &Article,
    at: &str,
    errors: &mut impl Write,
) -> Result<bool, Failure> {
    match calendar.write_article(article) {
        Ok(()) => Ok(true),
        Err(err @ ExportError::Io { .. }) => Err(err.into()),
        Err(refused) => {
            writeln!(errors, "{at}{refused}")?;
            Ok(false)
        }
    }
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let feed = match &args.feed {
        Some(path) => Some((path, input::feed(path)?)),
        None => None,
    };
    let head = feed
        .as_ref()
        .map_or_else(Calendar::new, |(_, feed)| Calendar::from_feed(feed));
    let reader = input::open(args.articles.as_deref())?;
    let out = BufWriter::new(io::stdout().lock());
    let mut calendar = ical::Writer::start(out, &head)?;
    let mut errors = io::stderr().lock();
    if let Some((path, feed)) = &feed {
        for (index, article) in feed.articles().iter().enumerate() {
            let at = format!("{}: articles[{index}].", path.display());
            if !write(&mut calendar, article, &at, &mut errors)? && !args.skip_invalid {
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    for (index, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let written = match input::record::<ArticleBuilder, Article>(&line) {
            Ok(article) => write(
                &mut calendar,
                &article,
                &format!("{}: ", index + 1),
                &mut errors,
            )?,
            Err(invalid) => {
                writeln!(
                    errors,
                    "{}: {}: {}",
                    index + 1,
                    invalid.field,
                    invalid.message
                )?;
                false
            }
        };
        if !written && !args.skip_invalid {
            // The calendar stays unclosed; dropping the buffer writes out what it holds.
            return Ok(ExitCode::FAILURE);
        }
    }
    calendar.finish()?;
    Ok(ExitCode::SUCCESS)
}
