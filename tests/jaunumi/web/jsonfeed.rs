//! JSON Feed read back by feed-rs with the same titles, links and instants as the RSS and
//! Atom of the same feed, and the fields JSON Feed 1.1 defines, exactly.

use serde_json::json;

use super::{Result, media_feed};
use crate::seed;

/// An entry as feed-rs reads it: its title, its first link, its instant.
type Entry = (Option<String>, Vec<String>, Option<i64>);

/// Title, link and instant of each entry, as feed-rs reads `bytes`.
fn entries(bytes: &[u8]) -> Result<Vec<Entry>> {
    let parsed = feed_rs::parser::parse(bytes)?;
    Ok(parsed
        .entries
        .iter()
        .map(|entry| {
            (
                entry.title.as_ref().map(|t| t.content.clone()),
                entry.links.iter().take(1).map(|l| l.href.clone()).collect(),
                entry.published.map(|p| p.timestamp()),
            )
        })
        .collect())
}

#[test]
fn feed_rs_reads_what_rss_and_atom_say() -> Result {
    for feed in [seed::feed()?, media_feed()?] {
        let json = entries(&jaunumi::jsonfeed::to_vec(&feed)?)?;
        let rss = entries(&jaunumi::rss::to_vec(&feed)?)?;
        let atom = entries(&jaunumi::atom::to_vec(&feed)?)?;
        assert_eq!(json, rss);
        assert_eq!(json, atom);
        let expected: Vec<_> = feed
            .articles()
            .iter()
            .map(|a| {
                (
                    Some(a.title().to_string()),
                    vec![a.url().to_string()],
                    Some(a.published().timestamp()),
                )
            })
            .collect();
        assert_eq!(json, expected);
        let parsed = feed_rs::parser::parse(jaunumi::jsonfeed::to_vec(&feed)?.as_slice())?;
        assert_eq!(
            parsed.title.map(|t| t.content).as_deref(),
            Some(feed.title().as_str())
        );
    }
    Ok(())
}

#[test]
fn the_fields_of_json_feed() -> Result {
    let feed = media_feed()?;
    let json: serde_json::Value = serde_json::from_slice(&jaunumi::jsonfeed::to_vec(&feed)?)?;
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["feed_url"], "https://www.kuldiga.lv/jaunumi/feed/");
    assert_eq!(json["icon"], "https://www.kuldiga.lv/logo.png");
    assert_eq!(json["favicon"], "https://www.kuldiga.lv/favicon.png");
    assert_eq!(json["language"], "lv");
    let publisher = json!({"name": "Kuldīgas novada pašvaldība", "url": "https://www.kuldiga.lv/"});
    assert_eq!(json["authors"], json!([publisher]));
    assert_eq!(json["author"], publisher);
    assert_eq!(
        json["hubs"],
        json!([
            {"type": "WebSub", "url": "https://pubsubhubbub.appspot.com/"},
            {"type": "WebSub", "url": "https://websub.kuldiga.lv/hub"}
        ])
    );
    let item = &json["items"][0];
    assert_eq!(item["id"], "tag:kuldiga.lv,2024:jaunumi/812");
    assert_eq!(item["date_published"], "2024-07-01T09:30:00+03:00");
    assert_eq!(item["date_modified"], "2024-07-02T16:05:00+03:00");
    assert_eq!(item["language"], "en");
    assert_eq!(item["tags"], json!(["Culture", "Events", "News"]));
    assert_eq!(item["image"], "https://www.kuldiga.lv/images/concert.jpg");
    assert_eq!(
        item["attachments"],
        json!([
            {"url": "https://www.kuldiga.lv/files/decision-112.pdf", "mime_type": "application/pdf",
             "title": "Council decision No. 112 on the concert venue", "size_in_bytes": 183204},
            {"url": "https://www.kuldiga.lv/files/regulations-5.pdf", "mime_type": "application/pdf",
             "title": "Binding regulations No. 5 on public events"},
            {"url": "https://www.kuldiga.lv/images/concert-2.jpg", "mime_type": "image/jpeg",
             "title": "The music school choir on the square", "size_in_bytes": 198400}
        ])
    );
    assert_eq!(
        item["_jaunumi"],
        json!({
            "about": "https://docs.rs/jaunumi/latest/jaunumi/jsonfeed/",
            "image_alt": "The Town Hall square in Kuldīga",
            "image_credit": "Jānis Bērziņš"
        })
    );
    // Without a body, the text is the summary: an item needs content_html or content_text.
    let plain = &json["items"][1];
    assert_eq!(plain["content_text"], "Dome apstiprina 2024. gada budžetu.");
    assert!(plain.get("content_html").is_none());
    assert!(plain.get("authors").is_none());
    Ok(())
}

#[test]
fn paging_is_next_url() -> Result {
    let paging = jaunumi::Paging::builder()
        .next("https://www.kuldiga.lv/jaunumi/feed/?paged=2")
        .build()?;
    let feed = jaunumi::Feed::builder(
        "J",
        "J",
        "https://www.kuldiga.lv/",
        "https://www.kuldiga.lv/jaunumi/feed/",
    )
    .paging(paging)
    .build()?;
    let json: serde_json::Value = serde_json::from_str(&jaunumi::jsonfeed::to_string(&feed)?)?;
    assert_eq!(
        json["next_url"],
        "https://www.kuldiga.lv/jaunumi/feed/?paged=2"
    );
    assert_eq!(json["items"], json!([]));
    Ok(())
}
