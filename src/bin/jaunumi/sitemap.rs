//! `jaunumi sitemap`: the XML sitemaps (or Google News sitemaps) of articles given as JSON
//! Lines, split into files of at most 50,000 URLs (1,000 for news) and 50 MiB, and their
//! index, with the `Sitemap:` line for robots.txt on standard output.

use std::fs::File;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset};
use jaunumi::sitemap::Set;
use jaunumi::{Article, ArticleBuilder, WebUrl};

use crate::failure::Failure;
use crate::{headers, input};

const AFTER_HELP: &str = "\
The files are written into DIR (the current directory when --out is absent) as they fill: \
sitemap-1.xml, sitemap-2.xml … and their index sitemap.xml (with --news: sitemap-news-1.xml \
… and sitemap-news.xml). BASE is the address DIR is served at, and the home page an empty \
sitemap lists. Standard output gets the line for robots.txt: `Sitemap: BASEsitemap.xml`.

--news writes Google News sitemaps: only the articles published in the two days (48 hours) \
before --now (an RFC 3339 instant with its offset: nothing reads the clock), each with its \
publisher's name as the publication's.

An invalid article line is reported on standard error as `LINE: FIELD: message`. Without \
--skip-invalid it stops the command with exit status 1 (the file being written is left \
unclosed, and no index is written). With --skip-invalid the line is left out. Other errors \
exit with status 2.";

/// Write the sitemaps of articles given as JSON Lines, and their index.
#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub(crate) struct Args {
    /// The address the files are served at (`https://www.ventspils.lv/`).
    #[arg(long, value_name = "BASE")]
    base_url: String,
    /// The directory to write the files into.
    #[arg(long, value_name = "DIR", default_value = ".")]
    out: PathBuf,
    /// Write Google News sitemaps of the two days before --now.
    #[arg(long, requires = "now")]
    news: bool,
    /// The instant a news sitemap is written for, RFC 3339 with its offset.
    #[arg(long, value_name = "INSTANT", requires = "news", value_parser = instant)]
    now: Option<DateTime<FixedOffset>>,
    /// The articles as JSON Lines; standard input when absent.
    #[arg(value_name = "ARTICLES.jsonl")]
    articles: Option<PathBuf>,
    /// Leave out invalid article lines, reporting each on standard error.
    #[arg(long)]
    skip_invalid: bool,
    /// Also write the HTTP headers to serve the index with (Content-Type, ETag,
    /// Last-Modified) to this file.
    #[arg(long, value_name = "FILE")]
    headers: Option<PathBuf>,
}

fn instant(text: &str) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(text.trim())
        .map_err(|_| format!("expected an RFC 3339 instant with its offset, found `{text}`"))
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let base: WebUrl = args.base_url.parse().map_err(|e: jaunumi::Error| {
        io::Error::new(io::ErrorKind::InvalidInput, format!("--base-url: {e}"))
    })?;
    let stem = if args.news { "sitemap-news" } else { "sitemap" };
    let dir = args.out.clone();
    let open = move |name: &str| -> io::Result<BufWriter<File>> {
        let path = dir.join(name);
        File::create(&path)
            .map(BufWriter::new)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
    };
    let mut set = match args.now {
        Some(now) => Set::news(&base, stem, now, open)?,
        None => Set::start(&base, stem, open)?,
    };
    let reader = input::open(args.articles.as_deref())?;
    let mut errors = io::stderr().lock();
    for (index, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match input::record::<ArticleBuilder, Article>(&line) {
            Ok(article) => set.write(&article)?,
            Err(invalid) => {
                writeln!(
                    errors,
                    "{}: {}: {}",
                    index + 1,
                    invalid.field,
                    invalid.message
                )?;
                if !args.skip_invalid {
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
    }
    let parts = set.finish()?;
    let index_name = format!("{stem}.xml");
    let index_path = args.out.join(&index_name);
    let file = File::create(&index_path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", index_path.display())))?;
    let mut index = jaunumi::cache::TagWriter::new(BufWriter::new(file));
    jaunumi::sitemap::index_to_writer(&mut index, &parts)?;
    let newest = parts.iter().filter_map(|p| p.lastmod()).max();
    let (mut file, tags) = index.finish(newest);
    file.flush()?;
    if let Some(path) = &args.headers {
        headers::write(path, jaunumi::sitemap::MEDIA_TYPE, &tags)?;
    }
    let index_url = base
        .as_url()
        .join(&index_name)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, format!("--base-url: {e}")))?;
    let mut out = io::stdout().lock();
    writeln!(out, "Sitemap: {index_url}")?;
    Ok(ExitCode::SUCCESS)
}
