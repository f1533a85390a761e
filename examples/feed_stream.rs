//! Generated Latvian municipal news for `jaunumi feed`: the feed's metadata as JSON and its
//! articles as JSON Lines, the same on every run.
//!
//! ```text
//! cargo run --example feed_stream -- feed 1000 > feed.json
//! cargo run --example feed_stream -- articles 1000 > articles.jsonl
//! jaunumi feed --format atom --feed feed.json articles.jsonl > feed.atom.xml
//! ```
//!
//! The feed carries the newest time of the first COUNT articles as its `updated`, which an Atom feed needs
//! before its first entry. `seed` prints the seed item of examples/ventspils as one line.

#[allow(dead_code)]
#[path = "ventspils/seed.rs"]
mod seed;
#[path = "../benches/support/mod.rs"]
mod support;

use std::io::{self, BufWriter, Write};

use support::articles;

const SEED: u64 = 20_180_117;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut out = BufWriter::new(io::stdout().lock());
    match (args.next().as_deref(), args.next()) {
        (Some("articles"), Some(count)) => {
            for data in articles::stream(SEED, count.parse()?) {
                serde_json::to_writer(&mut out, &articles::to_article(&data)?)?;
                out.write_all(b"\n")?;
            }
        }
        (Some("feed"), Some(count)) => {
            let newest = articles::stream(SEED, count.parse()?)
                .map(|a| a.updated)
                .max();
            let mut feed = articles::feed_builder().publisher(articles::publisher()?);
            if let Some(newest) = newest {
                feed = feed.updated(newest);
            }
            serde_json::to_writer_pretty(&mut out, &feed.build()?)?;
            out.write_all(b"\n")?;
        }
        (Some("seed"), None) => {
            serde_json::to_writer(&mut out, &seed::article()?)?;
            out.write_all(b"\n")?;
        }
        _ => return Err("usage: feed_stream articles COUNT | feed COUNT | seed".into()),
    }
    out.flush()?;
    Ok(())
}
