//! `jaunumi jsonld`: the library's graph, or its script element, from an article's JSON.

use jaunumi::jsonld::{self, Printer};

use super::{data, seed};
use crate::cli::run_with_stderr as run;

#[test]
fn the_seed_graph_and_its_script_element() {
    let article = seed::article().unwrap();
    let json = serde_json::to_string_pretty(&article).unwrap();
    let warnings: String = jsonld::check(&article)
        .unwrap()
        .iter()
        .map(|w| format!("jaunumi: warning: {w}\n"))
        .collect();

    let (code, out, err) = run(&["jsonld"], &json);
    assert_eq!(
        (code, out, &err),
        (
            0,
            jsonld::to_string(&article).unwrap().output + "\n",
            &warnings
        )
    );

    let (code, out, _) = run(&["jsonld", "--html"], &json);
    assert_eq!(
        (code, out),
        (0, jsonld::to_html(&article).unwrap().output + "\n")
    );

    let path = data("jsonld/full-article.json");
    let (code, out, _) = run(&["jsonld", "--pretty", path.to_str().unwrap()], "");
    let full = Printer::new()
        .pretty(true)
        .to_string(&super::full_article())
        .unwrap()
        .output;
    assert_eq!((code, out), (0, full + "\n"));

    let (code, out, err) = run(&["jsonld", "--strict"], &json);
    assert_eq!((code, out.is_empty(), err), (1, false, warnings));
}

#[test]
fn refusals_write_nothing() {
    let blank =
        r#"{"title":" ","url":"https://ventspils.lv/j/1","published":"2018-01-17T12:00:00+02:00"}"#;
    assert_eq!(
        run(&["jsonld"], blank),
        (
            1,
            String::new(),
            "jaunumi: title: must not be empty\n".to_owned()
        )
    );
    let nowhere = r#"{"title":"Talka","url":"https://ventspils.lv/j/1","published":"2018-01-17T12:00:00+02:00","events":[{"name":"Talka","start":"2018-04-27"}]}"#;
    assert_eq!(
        run(&["jsonld", "--html"], nowhere),
        (
            1,
            String::new(),
            "jaunumi: events[0].location: expected a value for schema.org `location`, which \
             Google requires for an Event, found none\n"
                .to_owned()
        )
    );
}

/// `jaunumi feed --format jsonld` writes the listing page's graph, the articles of FEED.json
/// first, then those read as JSON Lines, exactly as the library's streaming writer does.
#[test]
fn the_listing_of_a_feed() {
    let feed = seed::feed().unwrap();
    let article = seed::article().unwrap();
    let dir = std::env::temp_dir().join(format!("jaunumi-jsonld-feed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let feed_path = dir.join("feed.json");
    std::fs::write(&feed_path, serde_json::to_string(&feed).unwrap()).unwrap();
    let line = serde_json::to_string(&article).unwrap();
    let args = [
        "feed",
        "--format",
        "jsonld",
        "--feed",
        feed_path.to_str().unwrap(),
    ];
    let (code, out, err) = run(&args, &format!("{line}\n\n{line}\n"));
    std::fs::remove_dir_all(&dir).unwrap();

    let mut expected = jsonld::ListingWriter::start(Vec::new(), &feed).unwrap();
    for article in [&article; 3] {
        expected.write(article).unwrap();
    }
    let expected = String::from_utf8(expected.finish().unwrap()).unwrap();
    assert_eq!((code, out, err), (0, expected, String::new()));
}
