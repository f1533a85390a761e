//! What the exporters refuse, and their messages, word for word.

use std::error::Error as _;
use std::io;

use jaunumi::{Article, ExportError, ExportFormat, Feed};

use crate::Broken;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn bare_feed() -> Result<Feed> {
    Ok(Feed::builder(
        "Jaunumi",
        "Ventspils jaunumi",
        "https://ventspils.lv/",
        "https://ventspils.lv/atom",
    )
    .build()?)
}

#[test]
fn atom_needs_a_time_for_updated() -> Result {
    let err = jaunumi::atom::to_vec(&bare_feed()?).unwrap_err();
    assert!(matches!(err, ExportError::NoUpdated));
    assert_eq!(
        err.to_string(),
        "expected the feed's `updated`, or an article to take it from, to date an atom feed, found neither"
    );
    assert!(err.source().is_none());
    Ok(())
}

#[test]
fn rss_needs_no_time() -> Result {
    let xml = jaunumi::rss::to_string(&bare_feed()?)?;
    assert!(!xml.contains("lastBuildDate"));
    Ok(())
}

#[test]
fn atom_needs_an_author_for_every_entry() -> Result {
    let article = Article::builder(
        "Jaunumi",
        "https://ventspils.lv/j/1",
        jaunumi::riga::at(2024, 1, 1, 9, 0)?,
    )
    .build()?;
    let feed = Feed::builder(
        "J",
        "Jaunumi",
        "https://ventspils.lv/",
        "https://ventspils.lv/atom",
    )
    .article(article)
    .build()?;
    let err = jaunumi::atom::to_vec(&feed).unwrap_err();
    assert!(matches!(&err, ExportError::NoAuthor { id } if id == "https://ventspils.lv/j/1"));
    assert_eq!(
        err.to_string(),
        "expected an author for the atom entry `https://ventspils.lv/j/1` (its own, its \
         publisher or the feed's publisher), found none"
    );
    assert!(err.source().is_none());
    Ok(())
}

#[test]
fn a_failing_writer_is_the_source_not_the_message() -> Result {
    let feed = super::seed::feed()?;
    for err in [
        jaunumi::rss::to_writer(Broken, &feed).unwrap_err(),
        jaunumi::atom::to_writer(Broken, &feed).unwrap_err(),
    ] {
        assert_eq!(err.to_string(), "could not write the feed");
        let source = err.source().map(|s| s.to_string());
        assert_eq!(source.as_deref(), Some("pipe closed"));
        assert!(
            matches!(&err, ExportError::Io { format: ExportFormat::Feed, source } if source.kind() == io::ErrorKind::BrokenPipe)
        );
    }
    Ok(())
}

#[test]
fn errors_and_writers_cross_threads() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<ExportError>();
    send_sync::<jaunumi::rss::Writer<Vec<u8>>>();
    send_sync::<jaunumi::atom::Writer<Vec<u8>>>();
}

#[test]
fn a_dropped_writer_writes_nothing_more() -> Result {
    let feed = super::seed::feed()?;
    let mut out = Vec::new();
    {
        let rss = jaunumi::rss::Writer::start(&mut out, &feed)?;
        drop(rss);
    }
    let xml = String::from_utf8(out)?;
    assert!(xml.ends_with("type=\"application/rss+xml\"/>"), "{xml}");
    assert!(!xml.contains("</rss>"));
    Ok(())
}
