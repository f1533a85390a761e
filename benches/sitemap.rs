//! Sitemaps beside the sitemap-rs crate, on 50,000 generated Latvian articles
//! (`support::articles`), side by side in one run: each side builds and writes the same
//! urlset (`loc`, `lastmod` with its offset, the main image's `image:image`) from the
//! model, into one `Vec<u8>` cleared before each run.
//!
//! - `sitemap-rs`: a `sitemap_rs::url::Url` per article (its instant as the jiff `Zoned`
//!   sitemap-rs takes, at the article's own offset), `UrlSet::new`, `UrlSet::write`;
//! - `jaunumi`: `jaunumi::sitemap::to_writer(&mut out, &home, &articles)`.
//!
//! Issue 19 asks for at least twice sitemap-rs's throughput. The time is the bench thread's
//! time on a CPU (`/proc/thread-self/schedstat`), wall time where that is not available.
//!
//! ```text
//! cargo bench --bench sitemap -- --warm-up-time 2 --measurement-time 10
//! ```

// A bench fails by panicking, and reports the sizes it measures on standard output.
#![allow(clippy::expect_used, clippy::print_stdout)]

mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jaunumi::{Article, WebUrl};
use sitemap_rs::image::Image;
use sitemap_rs::jiff::tz::{Offset, TimeZone};
use sitemap_rs::jiff::{Timestamp, Zoned};
use sitemap_rs::url::Url;
use sitemap_rs::url_set::UrlSet;

const ARTICLES: usize = 50_000;
const SEED: u64 = 20_180_117;

/// The urlset of `articles` through sitemap-rs: built from the model, then written.
fn sitemap_rs(out: &mut Vec<u8>, articles: &[Article]) {
    let urls: Vec<Url> = articles
        .iter()
        .map(|article| {
            let instant = article.updated().unwrap_or(article.published());
            let offset =
                Offset::from_seconds(instant.offset().local_minus_utc()).expect("a Riga offset");
            let lastmod: Zoned = Timestamp::from_second(instant.timestamp())
                .expect("a timestamp")
                .to_zoned(TimeZone::fixed(offset));
            let mut url = Url::builder(article.url().to_string());
            url.last_modified(lastmod);
            if let Some(image) = article.image() {
                url.images(vec![Image::new(image.url().to_string())]);
            }
            url.build().expect("a valid url")
        })
        .collect();
    UrlSet::new(urls)
        .expect("at most 50,000 URLs")
        .write(out)
        .expect("writes into a Vec");
}

fn sitemap(c: &mut Criterion) {
    let articles: Vec<Article> = support::articles::generate(SEED, ARTICLES)
        .iter()
        .map(support::articles::to_article)
        .collect::<Result<_, _>>()
        .expect("the generated articles are valid");
    let home: WebUrl = "https://pasvaldiba.lv/".parse().expect("a web URL");

    let mut out = Vec::new();
    sitemap_rs(&mut out, &articles);
    let theirs = out.len();
    out.clear();
    jaunumi::sitemap::to_writer(&mut out, &home, &articles).expect("one file");
    let ours = out.len();
    println!("{ARTICLES} articles: sitemap-rs {theirs} bytes, jaunumi {ours} bytes");
    out = Vec::with_capacity(theirs.max(ours) * 2);

    let mut group = c.benchmark_group("sitemap-50k-articles");
    group.throughput(Throughput::Elements(ARTICLES as u64));
    group.bench_function("sitemap-rs", |b| {
        b.iter_custom(|runs| {
            timed(runs, || {
                out.clear();
                sitemap_rs(&mut out, black_box(&articles));
                black_box(out.len());
            })
        });
    });
    group.bench_function("jaunumi", |b| {
        b.iter_custom(|runs| {
            timed(runs, || {
                out.clear();
                jaunumi::sitemap::to_writer(&mut out, &home, black_box(&articles))
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

criterion_group!(benches, sitemap);
criterion_main!(benches);
