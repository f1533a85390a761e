//! The JSON-LD export: golden graphs, the schema.org vocabulary, Google's rules, safe
//! embedding in HTML, the streaming listing.

use std::path::PathBuf;

use jaunumi::{Article, Feed};

use crate::seed;

#[cfg(feature = "cli")]
mod cli;
mod escaping;
mod golden;
mod graph;
mod rules;
mod vocabulary;

/// A file under tests/data.
fn data(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

/// An article that uses every field the export writes: authors with and without URLs,
/// an image, categories, translations (it is the English version of a Latvian original),
/// three events (a rescheduled paid concert at a place, a postponed free online meeting,
/// a library day moved online with both a place and a stream) and organisations of every
/// kind, one of them named twice with different details.
fn full_article() -> Article {
    let json = std::fs::read_to_string(data("jsonld/full-article.json")).unwrap();
    serde_json::from_str(&json).unwrap()
}

/// The listing page of the Kuldīga site, holding `articles`, published by the full
/// article's publisher.
fn kuldiga_listing(articles: impl IntoIterator<Item = Article>) -> Feed {
    Feed::builder(
        "Jaunumi",
        "Visi jaunumi",
        "https://www.kuldiga.lv/jaunumi/",
        "https://www.kuldiga.lv/rss",
    )
    .publisher(full_article().publisher().unwrap().clone())
    .updated(jaunumi::riga::at(2024, 7, 2, 17, 0).unwrap())
    .rights("© Kuldīgas novada pašvaldība")
    .articles(articles)
    .build()
    .unwrap()
}
