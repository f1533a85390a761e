//! Cache headers: the ETag changes exactly with the bytes and is the same streamed or
//! whole; Last-Modified is the newest time; conditional requests answered as RFC 9110 says.

use std::io::Write as _;

use jaunumi::cache::{CacheHeaders, TagWriter};

use super::{Result, media_feed};

#[test]
fn the_etag_is_a_hash_of_the_bytes() -> Result {
    let feed = media_feed()?;
    let rss = jaunumi::rss::to_vec(&feed)?;
    let headers = CacheHeaders::for_feed(&rss, &feed);
    // SHA-256 of the bytes, its first 128 bits: pinned, so that no version of the crate
    // changes the tag of the same bytes.
    assert_eq!(
        CacheHeaders::new(b"jaunumi", None).etag(),
        "\"9cbf3fcb50d13afb1770929d110ba528\""
    );
    assert_eq!(headers.etag().len(), 34);
    let mut changed = rss.clone();
    changed.push(b' ');
    assert_ne!(CacheHeaders::new(&changed, None).etag(), headers.etag());
    // Streamed through TagWriter: the same headers.
    let mut streamed = jaunumi::rss::Writer::start(TagWriter::new(Vec::new()), &feed)?;
    for article in feed.articles() {
        streamed.write(article)?;
    }
    let (bytes, tags) = streamed.finish()?.finish(
        feed.updated()
            .or(Some(jaunumi::riga::at(2024, 7, 2, 16, 5)?).as_ref()),
    );
    assert_eq!(bytes, rss);
    assert_eq!(tags, headers);
    // The newest update among the articles: 2024-07-02 16:05 in Riga, 13:05 GMT.
    assert_eq!(
        headers.last_modified().as_deref(),
        Some("Tue, 02 Jul 2024 13:05:00 GMT")
    );
    assert_eq!(
        headers.to_string(),
        format!(
            "ETag: {}\nLast-Modified: Tue, 02 Jul 2024 13:05:00 GMT\n",
            headers.etag()
        )
    );
    Ok(())
}

#[test]
fn conditional_requests() -> Result {
    let at = chrono::DateTime::parse_from_rfc3339("2024-07-02T16:05:30.5+03:00")?;
    let headers = CacheHeaders::new(b"<rss/>", Some(&at));
    let etag = headers.etag().to_owned();
    let weak = format!("W/{etag}");
    let listed = format!("\"a\", {weak}, \"b\"");
    let exact = "Tue, 02 Jul 2024 13:05:30 GMT";
    let before = "Tue, 02 Jul 2024 13:05:29 GMT";
    let cases: &[(Option<&str>, Option<&str>, bool)] = &[
        (Some(&etag), None, true),
        (Some(&weak), None, true),
        (Some(&listed), None, true),
        (Some("*"), None, true),
        (Some("\"other\""), None, false),
        // If-Modified-Since is not looked at when If-None-Match is there.
        (Some("\"other\""), Some(exact), false),
        (Some(&etag), Some(before), true),
        (None, Some(exact), true),
        (None, Some("Wed, 03 Jul 2024 00:00:00 GMT"), true),
        (None, Some(before), false),
        // RFC 850 and asctime forms are read too; nonsense is ignored.
        (None, Some("Tuesday, 02-Jul-24 13:05:30 GMT"), true),
        (None, Some("Tue Jul  2 13:05:30 2024"), true),
        (None, Some("2024-07-02"), false),
        (None, None, false),
    ];
    for &(if_none_match, if_modified_since, expected) in cases {
        assert_eq!(
            headers.not_modified(if_none_match, if_modified_since),
            expected,
            "{if_none_match:?} {if_modified_since:?}"
        );
    }
    // Without Last-Modified, a date never gives "not modified".
    assert!(!CacheHeaders::new(b"", None).not_modified(None, Some(exact)));
    let mut out = TagWriter::new(Vec::new());
    out.write_all(b"<rss/>")?;
    assert_eq!(out.finish(Some(&at)).1, headers);
    Ok(())
}
