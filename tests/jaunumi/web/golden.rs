//! The new outputs byte for byte, with the feeds' golden check (`JAUNUMI_BLESS=1` rewrites
//! them; review the diff).

use jaunumi::WebUrl;

use super::{Result, media_feed};
use crate::feeds::golden::golden;
use crate::seed;

#[test]
fn media_rss_and_atom() -> Result {
    let feed = media_feed()?;
    golden("media.rss.xml", &jaunumi::rss::to_string(&feed)?)?;
    golden("media.atom.xml", &jaunumi::atom::to_string(&feed)?)
}

#[test]
fn json_feeds() -> Result {
    golden(
        "seed.feed.json",
        &jaunumi::jsonfeed::to_string(&seed::feed()?)?,
    )?;
    golden(
        "media.feed.json",
        &jaunumi::jsonfeed::to_string(&media_feed()?)?,
    )
}

#[test]
fn sitemaps() -> Result {
    let home: WebUrl = seed::SITE.parse()?;
    golden(
        "seed.sitemap.xml",
        &jaunumi::sitemap::to_string(&home, &[seed::article()?])?,
    )?;
    let feed = media_feed()?;
    let home = feed.home_url();
    golden(
        "media.sitemap.xml",
        &jaunumi::sitemap::to_string(home, feed.articles())?,
    )?;
    let mut news = Vec::new();
    let now = jaunumi::riga::at(2024, 4, 1, 8, 0)?;
    jaunumi::sitemap::news_to_writer(&mut news, home, now, feed.articles())?;
    golden("media.news.xml", &String::from_utf8(news)?)?;
    let base: WebUrl = "https://www.kuldiga.lv/sitemaps/".parse()?;
    let mut set = jaunumi::sitemap::Set::start(&base, "sitemap", |_| Ok(std::io::sink()))?;
    for article in feed.articles() {
        set.write(article)?;
    }
    golden(
        "media.sitemap-index.xml",
        &jaunumi::sitemap::index_to_string(&set.finish()?)?,
    )
}

#[test]
fn every_way_of_writing_gives_the_same_bytes() -> Result {
    let feed = media_feed()?;
    let json = jaunumi::jsonfeed::to_vec(&feed)?;
    assert_eq!(
        jaunumi::jsonfeed::to_vec(&feed)?,
        json,
        "the same bytes on every run"
    );
    assert_eq!(jaunumi::jsonfeed::to_string(&feed)?.as_bytes(), json);
    let mut written = Vec::new();
    jaunumi::jsonfeed::to_writer(&mut written, &feed)?;
    assert_eq!(written, json);
    let mut streamed = jaunumi::jsonfeed::Writer::start(Vec::new(), &feed)?;
    for article in feed.articles() {
        streamed.write(article)?;
    }
    assert_eq!(streamed.finish()?, json);

    let home = feed.home_url();
    let sitemap = jaunumi::sitemap::to_vec(home, feed.articles())?;
    assert_eq!(
        jaunumi::sitemap::to_string(home, feed.articles())?.as_bytes(),
        sitemap
    );
    let mut streamed = jaunumi::sitemap::Writer::start(Vec::new(), home)?;
    for article in feed.articles() {
        streamed.write(article)?;
    }
    assert_eq!(streamed.finish()?, sitemap);
    let files = super::sitemap::set_of(feed.articles(), None)?;
    assert_eq!(files.len(), 1);
    assert_eq!(
        files[0].1, sitemap,
        "one file of a set is the sitemap alone"
    );
    Ok(())
}
