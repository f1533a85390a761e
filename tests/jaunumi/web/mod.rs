//! What else a news site serves: sitemaps and Google News sitemaps, JSON Feed, WebSub hubs,
//! cache headers, and the media (credits, galleries, documents) the feeds carry. Golden
//! files, limits, read-back by feed-rs, and the exact values a user relies on.

mod cache;
#[cfg(feature = "cli")]
mod cli;
mod golden;
mod jsonfeed;
mod sitemap;
mod websub;

use std::path::PathBuf;

use jaunumi::{Article, Feed, Logo, Organization};

pub(crate) type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

pub(crate) fn data(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

/// The article of tests/data/jsonld/full-article.json: credited images, a gallery,
/// documents, translations, a publisher with a sized logo.
pub(crate) fn full_article() -> Result<Article> {
    Ok(serde_json::from_str(&std::fs::read_to_string(data(
        "jsonld/full-article.json",
    ))?)?)
}

/// The Kuldīga feed that carries the full article and one plain article: hubs, media,
/// documents.
pub(crate) fn media_feed() -> Result<Feed> {
    let kuldiga = Organization::builder("Kuldīgas novada pašvaldība")
        .url("https://www.kuldiga.lv/")
        .logo(Logo::builder("https://www.kuldiga.lv/logo.png").size(600, 200))
        .build()?;
    let plain = Article::builder(
        "Kuldīgas novada dome pieņem budžetu",
        "https://www.kuldiga.lv/jaunumi/budzets-2024",
        jaunumi::riga::at(2024, 3, 31, 9, 15)?,
    )
    .summary("Dome apstiprina 2024. gada budžetu.")
    .publisher(kuldiga.clone())
    .image(
        jaunumi::Image::builder("https://www.kuldiga.lv/images/dome.jpg", "Domes sēžu zāle")
            .media_type("image/jpeg")
            .length(120_000)
            .credit("Foto: Kuldīgas novada pašvaldība")
            .build()?,
    )
    .build()?;
    Ok(Feed::builder(
        "Kuldīgas novada jaunumi",
        "Kuldīgas novada pašvaldības jaunumi",
        "https://www.kuldiga.lv/",
        "https://www.kuldiga.lv/jaunumi/feed/",
    )
    .publisher(kuldiga)
    .logo("https://www.kuldiga.lv/logo.png")
    .icon("https://www.kuldiga.lv/favicon.png")
    .hub("https://pubsubhubbub.appspot.com/")
    .hub("https://websub.kuldiga.lv/hub")
    .articles([full_article()?, plain])
    .build()?)
}
