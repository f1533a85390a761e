//! `jaunumi feed`: the command writes what the library writes, and handles invalid lines as
//! its help says.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use super::seed;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A directory of its own for each test, under the target directory.
fn scratch(name: &str) -> Result<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("feed-cli")
        .join(name);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// The seed feed's metadata as FEED.json, with its `updated` and without its articles, and
/// the articles as JSON Lines.
fn seed_files(dir: &Path, articles: &[String]) -> Result<(PathBuf, PathBuf)> {
    let mut feed = serde_json::to_value(seed::feed()?)?;
    let object = feed.as_object_mut().ok_or("the feed is a JSON object")?;
    object.remove("articles");
    object.insert("updated".into(), "2018-01-17T12:00:00+02:00".into());
    let feed_path = dir.join("feed.json");
    std::fs::write(&feed_path, serde_json::to_string_pretty(&feed)?)?;
    let articles_path = dir.join("articles.jsonl");
    std::fs::write(&articles_path, articles.join("\n") + "\n")?;
    Ok((feed_path, articles_path))
}

fn jaunumi(args: &[&str], stdin: Option<&[u8]>) -> Result<Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jaunumi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin.unwrap_or_default())?;
    }
    Ok(child.wait_with_output()?)
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

/// `jaunumi feed --format FORMAT [FLAGS] --feed FEED [ARTICLES]`.
fn feed_command(
    format: &str,
    flags: &[&str],
    feed: &Path,
    articles: Option<&Path>,
    stdin: Option<&[u8]>,
) -> Result<Output> {
    let mut args = vec!["feed", "--format", format];
    args.extend(flags);
    args.extend(["--feed", path(feed)]);
    args.extend(articles.map(path));
    jaunumi(&args, stdin)
}

#[test]
fn writes_the_golden_files() -> Result {
    let dir = scratch("golden")?;
    let article = serde_json::to_string(&seed::article()?)?;
    let (feed, articles) = seed_files(&dir, &[article])?;
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden");
    for (format, file) in [("rss", "seed.rss.xml"), ("atom", "seed.atom.xml")] {
        let output = feed_command(format, &[], &feed, Some(&articles), None)?;
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            String::from_utf8(output.stdout)?,
            std::fs::read_to_string(golden.join(file))?
        );
        assert!(output.stderr.is_empty());
    }
    Ok(())
}

#[test]
fn reads_standard_input() -> Result {
    let dir = scratch("stdin")?;
    let article = serde_json::to_string(&seed::article()?)?;
    let (feed, _) = seed_files(&dir, &[])?;
    let output = feed_command("rss", &[], &feed, None, Some(article.as_bytes()))?;
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout)?.matches("<item>").count(),
        1
    );
    Ok(())
}

fn two_good_one_bad() -> Result<Vec<String>> {
    let good = serde_json::to_string(&seed::article()?)?;
    let bad = r#"{"title": " ", "url": "https://vdc.ventspils.lv/j/2", "published": "2018-01-18T12:00:00+02:00"}"#;
    Ok(vec![good.clone(), bad.to_owned(), String::new(), good])
}

#[test]
fn an_invalid_line_stops_with_its_number() -> Result {
    let dir = scratch("invalid")?;
    let (feed, articles) = seed_files(&dir, &two_good_one_bad()?)?;
    let output = feed_command("atom", &[], &feed, Some(&articles), None)?;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stderr)?,
        "2: title: must not be empty\n"
    );
    let xml = String::from_utf8(output.stdout)?;
    assert_eq!(xml.matches("<entry>").count(), 1);
    assert!(!xml.contains("</feed>"));
    Ok(())
}

#[test]
fn skip_invalid_leaves_the_line_out() -> Result {
    let dir = scratch("skip")?;
    let (feed, articles) = seed_files(&dir, &two_good_one_bad()?)?;
    let output = feed_command("rss", &["--skip-invalid"], &feed, Some(&articles), None)?;
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stderr)?,
        "2: title: must not be empty\n"
    );
    let xml = String::from_utf8(output.stdout)?;
    assert_eq!(xml.matches("<item>").count(), 2);
    assert!(xml.ends_with("</rss>\n"));
    Ok(())
}

#[test]
fn atom_without_updated_says_so() -> Result {
    let dir = scratch("no-updated")?;
    let (feed, articles) = seed_files(&dir, &[])?;
    let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&feed)?)?;
    json.as_object_mut().ok_or("object")?.remove("updated");
    std::fs::write(&feed, json.to_string())?;
    let output = feed_command("atom", &[], &feed, Some(&articles), None)?;
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr)?,
        "jaunumi: expected the feed's `updated`, or an article to take it from, to date an atom feed, found neither\n"
    );
    assert!(output.stdout.is_empty());
    Ok(())
}

#[test]
fn an_invalid_feed_names_its_field() -> Result {
    let dir = scratch("bad-feed")?;
    let feed = dir.join("feed.json");
    std::fs::write(
        &feed,
        r#"{"title": "J", "description": "J", "homeUrl": "/", "feedUrl": "https://ventspils.lv/rss"}"#,
    )?;
    let output = feed_command("rss", &[], &feed, None, Some(b""))?;
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr)?;
    assert!(stderr.starts_with("jaunumi: "), "{stderr}");
    assert!(
        stderr.contains("feed.json: homeUrl: expected an absolute URL"),
        "{stderr}"
    );
    Ok(())
}
