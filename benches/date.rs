//! Latvian dates side by side with their peers, in one run:
//! `parse` over 10,000 generated phrases against chrono's `DateTime::parse_from_rfc3339`
//! over 10,000 timestamps (bar: at most 4×), and `extract` over 10,000 generated paragraphs
//! against `str::split_whitespace().count()` over the same text (bar: at most 10×).
//! With `JAUNUMI_DATE_CORPUS` naming ../shared/bench/dates-10k.expected.tsv, also `parse`
//! over the shared corpus, for phrases per second against dateparser's 3,400.

use std::hint::black_box;

use chrono::{DateTime, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jaunumi::date::Parser;

mod support;

const N: usize = 10_000;

fn parse(c: &mut Criterion) {
    let phrases: Vec<(String, Parser)> = support::dates::phrases(17, N)
        .into_iter()
        .map(|(text, reference)| (text, Parser::new().with_reference(reference)))
        .collect();
    let timestamps = support::dates::timestamps(18, N);
    let mut group = c.benchmark_group("parse 10k");
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("jaunumi::date::Parser::parse", |b| {
        b.iter(|| {
            for (text, parser) in &phrases {
                let _ = black_box(parser.parse(black_box(text)));
            }
        })
    });
    group.bench_function("chrono::DateTime::parse_from_rfc3339", |b| {
        b.iter(|| {
            for text in &timestamps {
                let _ = black_box(DateTime::parse_from_rfc3339(black_box(text)));
            }
        })
    });
    group.finish();

    // The shared corpus, when it is there: the figure compared with dateparser.
    let Ok(path) = std::env::var("JAUNUMI_DATE_CORPUS") else {
        return;
    };
    let Ok(tsv) = std::fs::read_to_string(&path) else {
        return;
    };
    let corpus: Vec<(&str, Parser)> = tsv
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let phrase = fields.next()?;
            let reference = NaiveDate::parse_from_str(fields.next()?, "%Y-%m-%d").ok()?;
            Some((phrase, Parser::new().with_reference(reference)))
        })
        .collect();
    let mut group = c.benchmark_group("parse shared corpus");
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.bench_function("jaunumi::date::Parser::parse", |b| {
        b.iter(|| {
            for (text, parser) in &corpus {
                let _ = black_box(parser.parse(black_box(text)));
            }
        })
    });
    group.finish();
}

fn extract(c: &mut Criterion) {
    let paragraphs: Vec<(String, Parser)> = support::dates::paragraphs(19, N)
        .into_iter()
        .map(|(text, reference)| (text, Parser::new().with_reference(reference)))
        .collect();
    let bytes: usize = paragraphs.iter().map(|(text, _)| text.len()).sum();
    let mut group = c.benchmark_group("extract 10k paragraphs");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("jaunumi::date::Parser::extract", |b| {
        b.iter(|| {
            for (text, parser) in &paragraphs {
                for found in parser.extract(black_box(text)) {
                    black_box(found);
                }
            }
        })
    });
    group.bench_function("str::split_whitespace().count()", |b| {
        b.iter(|| {
            for (text, _) in &paragraphs {
                black_box(black_box(text).split_whitespace().count());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, parse, extract);
criterion_main!(benches);
