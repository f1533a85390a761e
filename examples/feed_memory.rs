//! Peak memory of writing a feed: streams COUNT lazily generated articles (2 to 5 KB of
//! HTML each) into `io::sink()`, one article in memory at a time, with `jaunumi`'s streaming
//! writers; or, for comparison, builds the `rss` crate's `Channel` from the same articles
//! and writes it, as that crate requires.
//!
//! ```text
//! cargo build --release --example feed_memory
//! /usr/bin/time -v target/release/examples/feed_memory rss 100000        # jaunumi::rss
//! /usr/bin/time -v target/release/examples/feed_memory atom 100000       # jaunumi::atom
//! /usr/bin/time -v target/release/examples/feed_memory rss-crate 100000  # the rss crate
//! ```
//!
//! "Maximum resident set size" is the peak.

#[path = "../benches/support/mod.rs"]
mod support;

use std::io::{self, Write as _};

use support::articles;

const SEED: u64 = 20_180_117;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(mode), Some(count)) = (args.next(), args.next()) else {
        return Err("usage: feed_memory rss|atom|rss-crate COUNT".into());
    };
    let count: usize = count.parse()?;
    // Stamped with a fixed time: the newest article is not known before the stream ends.
    let feed = articles::feed_builder()
        .publisher(articles::publisher()?)
        .updated(jaunumi::riga::at(2026, 1, 1, 0, 0)?)
        .build()?;
    let mut written = 0;
    match mode.as_str() {
        "rss" => {
            let mut rss = jaunumi::rss::Writer::start(io::sink(), &feed)?;
            for data in articles::stream(SEED, count) {
                rss.write(&articles::to_article(&data)?)?;
                written += 1;
            }
            rss.finish()?;
        }
        "atom" => {
            let mut atom = jaunumi::atom::Writer::start(io::sink(), &feed)?;
            for data in articles::stream(SEED, count) {
                atom.write(&articles::to_article(&data)?)?;
                written += 1;
            }
            atom.finish()?;
        }
        "rss-crate" => {
            let items: Vec<rss::Item> = articles::stream(SEED, count)
                .map(|a| rss::Item {
                    title: Some(a.title),
                    link: Some(a.url.clone()),
                    description: Some(a.summary),
                    content: Some(a.body_html),
                    guid: Some(rss::Guid {
                        value: a.url,
                        permalink: true,
                    }),
                    pub_date: Some(a.published.to_rfc2822()),
                    ..Default::default()
                })
                .collect();
            written = items.len();
            let channel = rss::Channel {
                title: feed.title().to_string(),
                link: feed.home_url().to_string(),
                description: feed.description().to_string(),
                items,
                ..Default::default()
            };
            channel.write_to(io::sink())?;
        }
        other => {
            return Err(format!("unknown mode `{other}`: expected rss, atom or rss-crate").into());
        }
    }
    writeln!(io::stderr(), "{mode}: {written} articles written")?;
    Ok(())
}
