//! Slugs of 10,000 generated Latvian headlines: `jaunumi::slug::slugify` beside
//! `slug::slugify`, in the same run, so the ratio of their throughputs is a fair one.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod support;

/// The seed of the headlines: the same 10,000 titles on every run.
const SEED: u64 = 20_240_117;
const HEADLINES: usize = 10_000;

fn slugify(c: &mut Criterion) {
    let titles = support::headlines::generate(SEED, HEADLINES);
    let bytes: usize = titles.iter().map(String::len).sum();
    let mut group = c.benchmark_group("slugify-10k-headlines");
    group.throughput(Throughput::Bytes(u64::try_from(bytes).unwrap_or(u64::MAX)));
    group.bench_function("jaunumi", |b| {
        b.iter(|| {
            for title in &titles {
                black_box(jaunumi::slug::slugify(black_box(title)));
            }
        });
    });
    group.bench_function("slug", |b| {
        b.iter(|| {
            for title in &titles {
                black_box(slug::slugify(black_box(title)));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, slugify);
criterion_main!(benches);
