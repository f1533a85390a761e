//! The seed feed, and a feed that uses every part of the model the feeds carry, in both
//! formats, byte for byte. A change to the output fails here; when
//! it is meant, regenerate with `JAUNUMI_BLESS=1 cargo test --all-features` and review the
//! diff.

use std::path::PathBuf;

use super::seed;

pub(crate) fn golden(name: &str, actual: &str) -> Result<(), Box<dyn std::error::Error>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/golden")
        .join(name);
    if std::env::var_os("JAUNUMI_BLESS").is_some() {
        std::fs::write(&path, actual)?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (JAUNUMI_BLESS=1 writes it)", path.display()))?;
    assert!(
        expected == actual,
        "{name} drifted from {}; if the change is meant, regenerate with JAUNUMI_BLESS=1 and \
         review the diff\n--- actual ---\n{actual}",
        path.display()
    );
    Ok(())
}

#[test]
fn seed_rss() -> Result<(), Box<dyn std::error::Error>> {
    golden("seed.rss.xml", &jaunumi::rss::to_string(&seed::feed()?)?)
}

#[test]
fn seed_atom() -> Result<(), Box<dyn std::error::Error>> {
    golden("seed.atom.xml", &jaunumi::atom::to_string(&seed::feed()?)?)
}

#[test]
fn every_exporter_writes_the_same_bytes() -> Result<(), Box<dyn std::error::Error>> {
    let feed = seed::feed()?;
    let rss = jaunumi::rss::to_vec(&feed)?;
    let mut streamed = jaunumi::rss::Writer::start(Vec::new(), &feed)?;
    for article in feed.articles() {
        streamed.write(article)?;
    }
    assert_eq!(streamed.finish()?, rss);
    let mut written = Vec::new();
    jaunumi::rss::to_writer(&mut written, &feed)?;
    assert_eq!(written, rss);
    assert_eq!(jaunumi::rss::to_string(&feed)?.as_bytes(), rss);

    let atom = jaunumi::atom::to_vec(&feed)?;
    let mut streamed = jaunumi::atom::Writer::start(Vec::new(), &feed)?;
    for article in feed.articles() {
        streamed.write(article)?;
    }
    assert_eq!(streamed.finish()?, atom);
    let mut written = Vec::new();
    jaunumi::atom::to_writer(&mut written, &feed)?;
    assert_eq!(written, atom);
    assert_eq!(jaunumi::atom::to_string(&feed)?.as_bytes(), atom);
    Ok(())
}

#[test]
fn nothing_precedes_the_declaration() -> Result<(), Box<dyn std::error::Error>> {
    let feed = seed::feed()?;
    for bytes in [jaunumi::rss::to_vec(&feed)?, jaunumi::atom::to_vec(&feed)?] {
        assert!(bytes.starts_with(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<"));
    }
    Ok(())
}

#[test]
fn rich_rss() -> Result<(), Box<dyn std::error::Error>> {
    golden(
        "rich.rss.xml",
        &jaunumi::rss::to_string(&super::read_back::rich_feed()?)?,
    )
}

#[test]
fn rich_atom() -> Result<(), Box<dyn std::error::Error>> {
    golden(
        "rich.atom.xml",
        &jaunumi::atom::to_string(&super::read_back::rich_feed()?)?,
    )
}
