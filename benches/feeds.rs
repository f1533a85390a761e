//! RSS 2.0 and Atom 1.0 side by side with the peers, on 10,000 generated Latvian articles of
//! 2 to 5 KB each, every run writing into a fresh `Vec<u8>`:
//!
//! - `rss/jaunumi`: `jaunumi::rss::to_vec` from the model (a fresh `Vec` the size of the
//!   document, which the library estimates from the feed); `rss/jaunumi-to_writer`:
//!   `jaunumi::rss::to_writer` into `Vec::new()`, growing as it goes; `rss/rss-crate`: the
//!   `rss` crate building its `Channel` from the same data (what a user of that crate does)
//!   and writing it into `Vec::new()`.
//! - `atom/…` likewise, with the `atom_syndication` crate building its `Feed`.
//! - `rss/floor` and `atom/floor`: no XML at all, only the articles' text (title, URL,
//!   summary, body) copied into a fresh `Vec` and padded to the document's length. It reads
//!   the same memory and writes as many new bytes as a writer must, so it is the fastest any
//!   writer of these documents can be on the machine at hand: the ratio of a peer to it is
//!   the most any library could show.
//!
//! - `prepared/…`: the same writers into a fresh `Vec` whose memory was touched before the
//!   timing, so that the kernel's cost of new pages, the same for every side, is left out.
//!
//! The model is built once, outside the timing: it is what a `jaunumi` user holds already.
//! The peers' documents are a little smaller (no `media`, `docs`, `image` or paging
//! elements in these data), so the comparison does not favour `jaunumi`.
//!
//! ```text
//! cargo bench --bench feeds -- --warm-up-time 1 --measurement-time 5
//! ```
//!
//! A fresh `Vec` of the feed's size gets either pages new to the process, which the kernel
//! must supply (on a small machine, in more time than `jaunumi` takes to write the feed),
//! or memory the process freed before: glibc serves a request that large from freed heap
//! memory when it has enough, and maps new pages otherwise, so which one a side gets
//! depends on what ran before it. The floors show which case a run was in. To give every
//! side reused memory, whatever the order, keep glibc from mapping and from trimming:
//!
//! ```text
//! MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=4294967296 cargo bench --bench feeds
//! ```
//!
//! The machine notes and the figures are in benches/README.md.

// A bench fails by panicking, and reports the sizes it measures on standard output.
#![allow(clippy::expect_used, clippy::print_stdout)]

mod support;

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use support::articles::{self, ArticleData};

const ARTICLES: usize = 10_000;
const SEED: u64 = 20_180_117;

/// The rss crate's channel, built from the data as a user of that crate builds it.
fn rss_channel(data: &[ArticleData]) -> rss::Channel {
    let items = data
        .iter()
        .map(|a| rss::Item {
            title: Some(a.title.clone()),
            link: Some(a.url.clone()),
            description: Some(a.summary.clone()),
            content: Some(a.body_html.clone()),
            categories: a
                .categories
                .iter()
                .map(|c| rss::Category {
                    name: (*c).to_owned(),
                    domain: None,
                })
                .collect(),
            guid: Some(rss::Guid {
                value: a.url.clone(),
                permalink: true,
            }),
            pub_date: Some(a.published.to_rfc2822()),
            enclosure: Some(rss::Enclosure {
                url: a.image.url.clone(),
                length: a.image.length.to_string(),
                mime_type: a.image.media_type.to_owned(),
            }),
            dublin_core_ext: Some(rss::extension::dublincore::DublinCoreExtension {
                creators: vec![a.author.clone()],
                ..Default::default()
            }),
            ..Default::default()
        })
        .collect();
    let namespaces = BTreeMap::from([
        ("atom".to_owned(), "http://www.w3.org/2005/Atom".to_owned()),
        (
            "content".to_owned(),
            "http://purl.org/rss/1.0/modules/content/".to_owned(),
        ),
        (
            "dc".to_owned(),
            "http://purl.org/dc/elements/1.1/".to_owned(),
        ),
    ]);
    rss::Channel {
        title: "Pašvaldības jaunumi".to_owned(),
        link: format!("{}/jaunumi/", articles::SITE),
        description: "Latvijas pašvaldības jaunumi".to_owned(),
        language: Some("lv".to_owned()),
        copyright: Some("© Pašvaldība".to_owned()),
        last_build_date: data.iter().map(|a| a.updated).max().map(|d| d.to_rfc2822()),
        generator: Some("rss".to_owned()),
        items,
        namespaces,
        ..Default::default()
    }
}

/// atom_syndication's feed, built from the data as a user of that crate builds it.
fn atom_feed(data: &[ArticleData]) -> atom_syndication::Feed {
    use atom_syndication::{Category, Content, Entry, Feed, Link, Person, Text};
    let publisher = Person {
        name: "Latvijas pašvaldība".to_owned(),
        uri: Some(format!("{}/", articles::SITE)),
        ..Default::default()
    };
    let entries = data
        .iter()
        .map(|a| Entry {
            id: a.url.clone(),
            title: Text::plain(a.title.clone()),
            updated: a.updated,
            published: Some(a.published),
            authors: vec![Person {
                name: a.author.clone(),
                ..Default::default()
            }],
            links: vec![
                Link {
                    href: a.url.clone(),
                    rel: "alternate".to_owned(),
                    mime_type: Some("text/html".to_owned()),
                    ..Default::default()
                },
                Link {
                    href: a.image.url.clone(),
                    rel: "enclosure".to_owned(),
                    mime_type: Some(a.image.media_type.to_owned()),
                    length: Some(a.image.length.to_string()),
                    ..Default::default()
                },
            ],
            categories: a
                .categories
                .iter()
                .map(|c| Category {
                    term: (*c).to_owned(),
                    ..Default::default()
                })
                .collect(),
            summary: Some(Text::plain(a.summary.clone())),
            content: Some(Content {
                value: Some(a.body_html.clone()),
                content_type: Some("html".to_owned()),
                ..Default::default()
            }),
            ..Default::default()
        })
        .collect();
    Feed {
        id: format!("{}/jaunumi/feed/", articles::SITE),
        title: Text::plain("Pašvaldības jaunumi"),
        subtitle: Some(Text::plain("Latvijas pašvaldības jaunumi")),
        updated: data.iter().map(|a| a.updated).max().unwrap_or_default(),
        authors: vec![publisher],
        links: vec![
            Link {
                href: format!("{}/jaunumi/", articles::SITE),
                rel: "alternate".to_owned(),
                ..Default::default()
            },
            Link {
                href: format!("{}/jaunumi/feed/", articles::SITE),
                rel: "self".to_owned(),
                ..Default::default()
            },
        ],
        rights: Some(Text::plain("© Pašvaldība")),
        lang: Some("lv".to_owned()),
        entries,
        ..Default::default()
    }
}

fn feeds(c: &mut Criterion) {
    let data = articles::generate(SEED, ARTICLES);
    let models: Result<Vec<_>, _> = data.iter().map(articles::to_article).collect();
    let feed = articles::feed_builder()
        .publisher(articles::publisher().expect("the publisher is valid"))
        .articles(models.expect("the generated articles are valid"))
        .build()
        .expect("the generated feed is valid");
    let body_bytes: usize = data.iter().map(|a| a.body_html.len()).sum();
    println!(
        "{ARTICLES} articles, {:.1} MB of HTML bodies; RSS {:.1} MB, Atom {:.1} MB",
        body_bytes as f64 / 1e6,
        jaunumi::rss::to_vec(&feed).map_or(0, |v| v.len()) as f64 / 1e6,
        jaunumi::atom::to_vec(&feed).map_or(0, |v| v.len()) as f64 / 1e6,
    );

    // The least any writer does: read the articles' text and write the document's length.
    let floor = |length: usize| {
        let mut out = Vec::with_capacity(length);
        for article in feed.articles() {
            out.extend_from_slice(article.title().as_str().as_bytes());
            out.extend_from_slice(article.url().as_str().as_bytes());
            out.extend_from_slice(article.summary().map_or("", |s| s.as_str()).as_bytes());
            out.extend_from_slice(article.body().map_or("", |b| b.as_str()).as_bytes());
        }
        out.resize(length.max(out.len()), b' ');
        out
    };
    let rss_length = jaunumi::rss::to_vec(&feed).map_or(0, |v| v.len());
    let atom_length = jaunumi::atom::to_vec(&feed).map_or(0, |v| v.len());

    let mut rss = c.benchmark_group("rss");
    rss.throughput(Throughput::Elements(ARTICLES as u64));
    rss.sample_size(10);
    rss.bench_function("jaunumi", |b| {
        b.iter(|| jaunumi::rss::to_vec(black_box(&feed)).expect("writing to memory"))
    });
    rss.bench_function("jaunumi-to_writer", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            jaunumi::rss::to_writer(&mut out, black_box(&feed)).expect("writing to memory");
            out
        })
    });
    rss.bench_function("rss-crate", |b| {
        b.iter(|| {
            let channel = rss_channel(black_box(&data));
            channel.write_to(Vec::new()).expect("writing to memory")
        })
    });
    rss.bench_function("floor", |b| b.iter(|| floor(black_box(rss_length))));
    rss.finish();

    let mut atom = c.benchmark_group("atom");
    atom.throughput(Throughput::Elements(ARTICLES as u64));
    atom.sample_size(10);
    atom.bench_function("jaunumi", |b| {
        b.iter(|| jaunumi::atom::to_vec(black_box(&feed)).expect("writing to memory"))
    });
    atom.bench_function("jaunumi-to_writer", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            jaunumi::atom::to_writer(&mut out, black_box(&feed)).expect("writing to memory");
            out
        })
    });
    atom.bench_function("atom_syndication", |b| {
        b.iter(|| {
            let feed = atom_feed(black_box(&data));
            feed.write_to(Vec::new()).expect("writing to memory")
        })
    });
    atom.bench_function("floor", |b| b.iter(|| floor(black_box(atom_length))));
    atom.finish();

    // The same writers into a fresh buffer whose pages were touched before the timing: the
    // kernel's cost of providing new memory, the same for both sides, is left out, and the
    // libraries' work remains.
    let capacity = atom_length * 11 / 10;
    let prepared = || {
        let mut buffer = vec![1_u8; capacity];
        buffer.clear();
        buffer
    };
    let mut group = c.benchmark_group("prepared");
    group.throughput(Throughput::Elements(ARTICLES as u64));
    group.sample_size(10);
    group.bench_function("rss/jaunumi", |b| {
        b.iter_batched_ref(
            prepared,
            |out| jaunumi::rss::to_writer(out, black_box(&feed)).expect("writing to memory"),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("rss/rss-crate", |b| {
        b.iter_batched_ref(
            prepared,
            |out| {
                let channel = rss_channel(black_box(&data));
                channel
                    .write_to(out)
                    .map(|_| ())
                    .expect("writing to memory")
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("atom/jaunumi", |b| {
        b.iter_batched_ref(
            prepared,
            |out| jaunumi::atom::to_writer(out, black_box(&feed)).expect("writing to memory"),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("atom/atom_syndication", |b| {
        b.iter_batched_ref(
            prepared,
            |out| {
                let peer = atom_feed(black_box(&data));
                peer.write_to(out).map(|_| ()).expect("writing to memory")
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, feeds);
criterion_main!(benches);
