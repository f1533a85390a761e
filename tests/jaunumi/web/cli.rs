//! `jaunumi sitemap`, `jaunumi feed --format jsonfeed` and `--headers`: the commands write
//! what the library writes.

use std::path::PathBuf;

use super::{Result, media_feed};
use crate::cli::run_with_stderr;

fn scratch(name: &str) -> Result<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("web-cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn articles_jsonl() -> Result<String> {
    let mut lines = String::new();
    for article in media_feed()?.articles() {
        lines.push_str(&serde_json::to_string(article)?);
        lines.push('\n');
    }
    Ok(lines)
}

#[test]
fn sitemap_writes_the_files_the_index_and_the_robots_line() -> Result {
    let dir = scratch("sitemap")?;
    let out = dir.to_str().ok_or("a UTF-8 path")?;
    let headers = dir.join("headers.txt");
    let (code, stdout, stderr) = run_with_stderr(
        &[
            "sitemap",
            "--base-url",
            "https://www.kuldiga.lv/",
            "--out",
            out,
            "--headers",
            headers.to_str().ok_or("a UTF-8 path")?,
        ],
        &articles_jsonl()?,
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(stdout, "Sitemap: https://www.kuldiga.lv/sitemap.xml\n");
    let feed = media_feed()?;
    let expected = jaunumi::sitemap::to_string(feed.home_url(), feed.articles())?;
    assert_eq!(
        std::fs::read_to_string(dir.join("sitemap-1.xml"))?,
        expected
    );
    let index = std::fs::read_to_string(dir.join("sitemap.xml"))?;
    assert!(index.contains("<loc>https://www.kuldiga.lv/sitemap-1.xml</loc>"));
    let tags = jaunumi::cache::CacheHeaders::new(index.as_bytes(), feed.articles()[0].updated());
    assert_eq!(
        std::fs::read_to_string(headers)?,
        format!("Content-Type: application/xml; charset=utf-8\n{tags}")
    );

    let news_dir = scratch("news")?;
    let (code, stdout, _) = run_with_stderr(
        &[
            "sitemap",
            "--news",
            "--now",
            "2024-04-01T08:00:00+03:00",
            "--base-url",
            "https://www.kuldiga.lv/",
            "--out",
            news_dir.to_str().ok_or("a UTF-8 path")?,
        ],
        &articles_jsonl()?,
    );
    assert_eq!(code, 0);
    assert_eq!(stdout, "Sitemap: https://www.kuldiga.lv/sitemap-news.xml\n");
    let news = std::fs::read_to_string(news_dir.join("sitemap-news-1.xml"))?;
    assert_eq!(news.matches("<news:news>").count(), 1);
    // --now needs --news, and --news needs --now.
    let (code, _, _) = run_with_stderr(&["sitemap", "--news", "--base-url", "https://x.lv/"], "");
    assert_eq!(code, 2);
    Ok(())
}

#[test]
fn feed_writes_json_feed_and_its_headers() -> Result {
    let dir = scratch("jsonfeed")?;
    let mut meta = serde_json::to_value(media_feed()?)?;
    meta.as_object_mut().ok_or("an object")?.remove("articles");
    let feed_path = dir.join("feed.json");
    std::fs::write(&feed_path, serde_json::to_string(&meta)?)?;
    let headers = dir.join("headers.txt");
    let (code, stdout, stderr) = run_with_stderr(
        &[
            "feed",
            "--format",
            "jsonfeed",
            "--feed",
            feed_path.to_str().ok_or("a UTF-8 path")?,
            "--headers",
            headers.to_str().ok_or("a UTF-8 path")?,
        ],
        &articles_jsonl()?,
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
    let feed = media_feed()?;
    assert_eq!(stdout, jaunumi::jsonfeed::to_string(&feed)?);
    let tags = jaunumi::cache::CacheHeaders::for_feed(stdout.as_bytes(), &feed);
    assert_eq!(
        std::fs::read_to_string(headers)?,
        format!("Content-Type: application/feed+json\n{tags}")
    );
    Ok(())
}
