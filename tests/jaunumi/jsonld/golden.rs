//! Golden files: the seed's graphs, byte for byte, as examples/ventspils writes them.
//! `JAUNUMI_BLESS=1 cargo test` rewrites them; review the diff before committing.

use jaunumi::Feed;
use jaunumi::jsonld::{self, Breadcrumb, Printer};

use super::{data, full_article, seed};

fn golden(name: &str, actual: &str) {
    let path = data("golden").join(name);
    if std::env::var_os("JAUNUMI_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with JAUNUMI_BLESS=1 to create it",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{} differs from the output; run with JAUNUMI_BLESS=1 to accept the change, and \
         review the diff\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

/// The trail of the seed's listing page.
fn seed_trail() -> Vec<Breadcrumb> {
    vec![Breadcrumb::new("Sākums", seed::SITE).unwrap()]
}

#[test]
fn seed_article_graph() {
    let article = seed::article().unwrap();
    let report = Printer::new().pretty(true).to_string(&article).unwrap();
    golden("seed.jsonld", &(report.output + "\n"));
}

#[test]
fn seed_script_element() {
    let article = seed::article().unwrap();
    golden(
        "seed.script.html",
        &(jsonld::to_html(&article).unwrap().output + "\n"),
    );
}

#[test]
fn seed_listing_graph() {
    let feed: Feed = seed::feed().unwrap();
    let trail = seed_trail();
    let report = Printer::new()
        .pretty(true)
        .trail(&trail)
        .to_string(&feed)
        .unwrap();
    golden("seed-listing.jsonld", &(report.output + "\n"));
}

#[test]
fn full_article_graph() {
    let article = full_article();
    let trail = [
        Breadcrumb::new("Home", "https://www.kuldiga.lv/en/").unwrap(),
        Breadcrumb::new("News", "https://www.kuldiga.lv/en/news/").unwrap(),
    ];
    let report = Printer::new()
        .pretty(true)
        .trail(&trail)
        .to_string(&article)
        .unwrap();
    golden("full-article.jsonld", &(report.output + "\n"));
}
