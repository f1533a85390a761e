//! JSON-LD beside the articles' own serde JSON, on 10,000 generated Latvian articles of 2 to
//! 5 KB each (`support::articles`), side by side in one run:
//!
//! - `serde_json`: `serde_json::to_writer(&mut out, &article)` for every article: the
//!   article's own JSON, the yardstick (issue 6 allows the graph 1.5 times its cost);
//! - `jsonld`: `jaunumi::jsonld::to_writer(&mut out, &article)`: each article's page graph;
//! - `jsonld-html`: `jaunumi::jsonld::to_html_writer`: the same as a script element.
//!
//! Every side writes into one `Vec<u8>`, cleared before each run and large enough for all,
//! so that what is measured is the writing, not the kernel's new pages. The model is built
//! once, outside the timing: it is what a `jaunumi` user holds already.
//!
//! The time is the bench thread's time on a CPU, as Linux counts it
//! (`/proc/thread-self/schedstat`), so that what else a shared machine runs does not count
//! (the sides run one after the other, and wall time made their ratio swing by half under
//! load); where that is not available, wall time.
//!
//! ```text
//! cargo bench --bench jsonld -- --warm-up-time 2 --measurement-time 10
//! ```

// A bench fails by panicking, and reports the sizes it measures on standard output.
#![allow(clippy::expect_used, clippy::print_stdout)]

mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jaunumi::Article;
use jaunumi::jsonld::Warnings;

const ARTICLES: usize = 10_000;
const SEED: u64 = 20_180_117;

fn jsonld(c: &mut Criterion) {
    let articles: Vec<Article> = support::articles::generate(SEED, ARTICLES)
        .iter()
        .map(support::articles::to_article)
        .collect::<Result<_, _>>()
        .expect("the generated articles are valid");

    // The sizes of what each side writes, and room for the largest.
    let mut out = Vec::new();
    for article in &articles {
        serde_json::to_writer(&mut out, article).expect("serde_json writes into a Vec");
    }
    let serde_bytes = out.len();
    out.clear();
    for article in &articles {
        let _warnings = jaunumi::jsonld::to_writer(&mut out, article).expect("valid graphs");
    }
    let jsonld_bytes = out.len();
    println!(
        "{ARTICLES} articles: serde JSON {serde_bytes} bytes, JSON-LD graphs {jsonld_bytes} bytes"
    );
    out = Vec::with_capacity(jsonld_bytes.max(serde_bytes) * 2);

    let mut group = c.benchmark_group("jsonld-10k-articles");
    group.throughput(Throughput::Elements(ARTICLES as u64));
    group.bench_function("serde_json", |b| {
        b.iter_custom(|runs| {
            timed(runs, || {
                out.clear();
                for article in &articles {
                    serde_json::to_writer(&mut out, black_box(article)).expect("writes into a Vec");
                }
                black_box(out.len());
            })
        });
    });
    // The graph, and the same as a script element.
    type Write = fn(&mut Vec<u8>, &Article) -> Result<Warnings, jaunumi::ExportError>;
    let writers: [(&str, Write); 2] = [
        ("jsonld", |out, article| {
            jaunumi::jsonld::to_writer(out, article)
        }),
        ("jsonld-html", |out, article| {
            jaunumi::jsonld::to_html_writer(out, article)
        }),
    ];
    for (name, write) in writers {
        group.bench_function(name, |b| {
            b.iter_custom(|runs| {
                timed(runs, || {
                    out.clear();
                    for article in &articles {
                        let warnings =
                            write(&mut out, black_box(article)).expect("writes into a Vec");
                        black_box(&warnings);
                    }
                    black_box(out.len());
                })
            });
        });
    }
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

criterion_group!(benches, jsonld);
criterion_main!(benches);
