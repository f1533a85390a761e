//! WebSub: the hubs in every feed, and the body a publisher POSTs.

use super::{Result, media_feed};

#[test]
fn every_feed_names_its_hubs() -> Result {
    let feed = media_feed()?;
    let rss = jaunumi::rss::to_string(&feed)?;
    assert!(rss.contains(
        "<atom:link href=\"https://www.kuldiga.lv/jaunumi/feed/\" rel=\"self\" type=\"application/rss+xml\"/>\n    \
         <atom:link href=\"https://pubsubhubbub.appspot.com/\" rel=\"hub\"/>\n    \
         <atom:link href=\"https://websub.kuldiga.lv/hub\" rel=\"hub\"/>"
    ));
    let atom = jaunumi::atom::to_string(&feed)?;
    assert!(atom.contains("<link rel=\"hub\" href=\"https://pubsubhubbub.appspot.com/\"/>"));
    assert!(atom.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://www.kuldiga.lv/jaunumi/feed/\"/>"));
    // feed-rs reads the hubs back as links of the feed.
    let parsed = feed_rs::parser::parse(atom.as_bytes())?;
    let hubs: Vec<&str> = (parsed.links.iter())
        .filter(|l| l.rel.as_deref() == Some("hub"))
        .map(|l| l.href.as_str())
        .collect();
    assert_eq!(
        hubs,
        [
            "https://pubsubhubbub.appspot.com/",
            "https://websub.kuldiga.lv/hub"
        ]
    );
    Ok(())
}

#[test]
fn the_publish_body_is_a_form() -> Result {
    let hub: jaunumi::WebUrl = "https://websub.kuldiga.lv/hub".parse()?;
    let feed: jaunumi::WebUrl = "https://www.kuldiga.lv/jaunumi/feed/?lang=lv&x=ā b".parse()?;
    let body = jaunumi::websub::publish_body(&hub, &feed);
    assert_eq!(
        body,
        "hub.mode=publish&hub.url=https%3A%2F%2Fwww.kuldiga.lv%2Fjaunumi%2Ffeed%2F%3Flang%3Dlv%26x%3D%25C4%2581%2520b"
    );
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    assert_eq!(
        pairs,
        [
            ("hub.mode".to_owned(), "publish".to_owned()),
            ("hub.url".to_owned(), feed.to_string()),
        ]
    );
    Ok(())
}
