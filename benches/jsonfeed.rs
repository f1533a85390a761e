//! JSON Feed beside the feed's own serde JSON, on a feed of 10,000 generated Latvian
//! articles of 2 to 5 KB each (`support::articles`), side by side in one run:
//!
//! - `serde_json`: `serde_json::to_writer(&mut out, &feed)`: the model's own JSON, the
//!   yardstick (issue 19 allows JSON Feed 1.5 times its cost);
//! - `jsonfeed`: `jaunumi::jsonfeed::to_writer(&mut out, &feed)`.
//!
//! Both write into one `Vec<u8>`, cleared before each run and large enough for either. The
//! time is the bench thread's time on a CPU (`/proc/thread-self/schedstat`), wall time where
//! that is not available.
//!
//! ```text
//! cargo bench --bench jsonfeed -- --warm-up-time 2 --measurement-time 10
//! ```

// A bench fails by panicking, and reports the sizes it measures on standard output.
#![allow(clippy::expect_used, clippy::print_stdout)]

mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jaunumi::{Article, Feed};

const ARTICLES: usize = 10_000;
const SEED: u64 = 20_180_117;

fn jsonfeed(c: &mut Criterion) {
    let articles: Vec<Article> = support::articles::generate(SEED, ARTICLES)
        .iter()
        .map(support::articles::to_article)
        .collect::<Result<_, _>>()
        .expect("the generated articles are valid");
    let feed: Feed = support::articles::feed_builder()
        .publisher(support::articles::publisher().expect("a publisher"))
        .hub("https://pubsubhubbub.appspot.com/")
        .articles(articles)
        .build()
        .expect("a valid feed");

    let mut out = Vec::new();
    serde_json::to_writer(&mut out, &feed).expect("serde_json writes into a Vec");
    let serde_bytes = out.len();
    out.clear();
    jaunumi::jsonfeed::to_writer(&mut out, &feed).expect("writes into a Vec");
    let feed_bytes = out.len();
    println!("{ARTICLES} articles: serde JSON {serde_bytes} bytes, JSON Feed {feed_bytes} bytes");
    out = Vec::with_capacity(serde_bytes.max(feed_bytes) * 2);

    let mut group = c.benchmark_group("jsonfeed-10k-articles");
    group.throughput(Throughput::Elements(ARTICLES as u64));
    group.bench_function("serde_json", |b| {
        b.iter_custom(|runs| {
            timed(runs, || {
                out.clear();
                serde_json::to_writer(&mut out, black_box(&feed)).expect("writes into a Vec");
                black_box(out.len());
            })
        });
    });
    group.bench_function("jsonfeed", |b| {
        b.iter_custom(|runs| {
            timed(runs, || {
                out.clear();
                jaunumi::jsonfeed::to_writer(&mut out, black_box(&feed))
                    .expect("writes into a Vec");
                black_box(out.len());
            })
        });
    });
    group.finish();
}

/// The time `runs` runs of `run` take: on a CPU where Linux tells it, else on the wall.
fn timed(runs: u64, mut run: impl FnMut()) -> Duration {
    let (cpu, wall) = (cpu_time(), Instant::now());
    for _ in 0..runs {
        run();
    }
    match (cpu, cpu_time()) {
        (Some(start), Some(end)) => end.saturating_sub(start),
        _ => wall.elapsed(),
    }
}

/// This thread's time on a CPU so far (Linux).
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

criterion_group!(benches, jsonfeed);
criterion_main!(benches);
