//! Sitemaps: the limits (50,000 URLs, 50 MiB, 1,000 news URLs) split through the index,
//! Google News' two-day window across a change of Riga's offset, the empty file, and the
//! values read back.

use std::cell::RefCell;
use std::io;
use std::rc::Rc;

use chrono::{DateTime, FixedOffset};
use jaunumi::sitemap::{self, MAX_BYTES, MAX_NEWS, MAX_URLS, Set};
use jaunumi::{Article, ExportError, Image, Organization, WebUrl};

use super::Result;

/// A writer whose bytes stay readable after the set has it.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl io::Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Each file a set wrote: its name and its bytes.
type Files = Vec<(String, Vec<u8>)>;

fn base() -> WebUrl {
    "https://www.ventspils.lv/".parse().unwrap()
}

/// Every file a set writes for `articles` (a news set when `now` is given): its name and
/// bytes, and the index of the parts.
pub(super) fn set_of(articles: &[Article], now: Option<DateTime<FixedOffset>>) -> Result<Files> {
    Ok(set_with_index(articles.iter(), now)?.0)
}

fn set_with_index<'a>(
    articles: impl Iterator<Item = &'a Article>,
    now: Option<DateTime<FixedOffset>>,
) -> Result<(Files, String)> {
    let files: Rc<RefCell<Vec<(String, Shared)>>> = Rc::default();
    let opened = Rc::clone(&files);
    let open = move |name: &str| {
        let writer = Shared::default();
        opened.borrow_mut().push((name.to_owned(), writer.clone()));
        Ok(writer)
    };
    let mut set = match now {
        Some(now) => Set::news(&base(), "sitemap-news", now, open)?,
        None => Set::start(&base(), "sitemap", open)?,
    };
    for article in articles {
        set.write(article)?;
    }
    let index = sitemap::index_to_string(&set.finish()?)?;
    let files = files
        .borrow()
        .iter()
        .map(|(name, shared)| (name.clone(), shared.0.borrow().clone()))
        .collect();
    Ok((files, index))
}

fn publisher() -> Organization {
    Organization::builder("Ventspils valstspilsētas pašvaldība")
        .build()
        .unwrap()
}

fn news_article(n: usize, published: DateTime<FixedOffset>) -> Article {
    Article::builder(
        format!("Ziņa {n}"),
        format!("https://www.ventspils.lv/jaunumi/{n}"),
        published,
    )
    .publisher(publisher())
    .build()
    .unwrap()
}

fn count(xml: &[u8], element: &str) -> usize {
    String::from_utf8_lossy(xml).matches(element).count()
}

#[test]
fn a_thousand_news_urls_a_file_then_the_next() -> Result {
    let now = jaunumi::riga::at(2024, 6, 10, 12, 0)?;
    let articles: Vec<Article> = (0..2 * MAX_NEWS + 1)
        .map(|n| news_article(n, now))
        .collect();
    let (files, index) = set_with_index(articles.iter(), Some(now))?;
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "sitemap-news-1.xml",
            "sitemap-news-2.xml",
            "sitemap-news-3.xml"
        ]
    );
    let news: Vec<usize> = files
        .iter()
        .map(|(_, xml)| count(xml, "<news:news>"))
        .collect();
    assert_eq!(news, [1000, 1000, 1]);
    assert_eq!(count(index.as_bytes(), "<sitemap>"), 3);
    assert!(index.contains("<loc>https://www.ventspils.lv/sitemap-news-3.xml</loc>"));
    // The single-file writer refuses the 1,001st, and names the limit.
    let mut writer = sitemap::Writer::news(Vec::new(), &base(), now)?;
    for article in &articles[..MAX_NEWS] {
        writer.write(article)?;
    }
    let err = writer.write(&articles[MAX_NEWS]).unwrap_err();
    assert!(matches!(
        err,
        ExportError::Full {
            limit: "1,000 news URLs",
            ..
        }
    ));
    assert_eq!(writer.len(), MAX_NEWS);
    Ok(())
}

/// The last Sunday of October 2024 Riga went from +03:00 to +02:00. The window is 48 hours
/// between instants: an article 48 hours before is in, one 48 hours and a minute before is
/// out, whatever their offsets say; one published after the instant is out.
#[test]
fn the_two_day_window_across_the_change_of_offset() -> Result {
    let now = DateTime::parse_from_rfc3339("2024-10-28T10:00:00+02:00")?;
    let cases = [
        ("2024-10-26T11:00:00+03:00", true), // 48 hours before, in summer time
        ("2024-10-26T10:59:00+03:00", false), // 48 hours and a minute before
        ("2024-10-26T10:00:00+03:00", false), // two calendar days before, 49 hours
        ("2024-10-27T03:30:00+02:00", true), // the repeated hour, in winter time
        ("2024-10-27T03:30:00+03:00", true), // the repeated hour, in summer time
        ("2024-10-28T10:00:00+02:00", true), // the instant itself
        ("2024-10-28T10:00:01+02:00", false), // after it
    ];
    for (n, (published, inside)) in cases.iter().enumerate() {
        let article = news_article(n, DateTime::parse_from_rfc3339(published)?);
        let mut writer = sitemap::Writer::news(Vec::new(), &base(), now)?;
        writer.write(&article)?;
        assert_eq!(writer.len() == 1, *inside, "{published}");
        let xml = String::from_utf8(writer.finish()?)?;
        if *inside {
            // The publication date keeps the offset it was published with.
            let date = format!("<news:publication_date>{published}</news:publication_date>");
            assert!(xml.contains(&date), "{xml}");
        }
    }
    Ok(())
}

#[test]
fn an_empty_news_sitemap_lists_the_home_page() -> Result {
    let now = jaunumi::riga::at(2024, 6, 10, 12, 0)?;
    let old = news_article(1, jaunumi::riga::at(2024, 6, 1, 12, 0)?);
    let mut out = Vec::new();
    sitemap::news_to_writer(&mut out, &base(), now, &[old])?;
    assert_eq!(
        String::from_utf8(out)?,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\" \
         xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\" \
         xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n  \
         <url>\n    <loc>https://www.ventspils.lv/</loc>\n  </url>\n</urlset>\n"
    );
    let (files, index) = set_with_index([].iter(), Some(now))?;
    assert_eq!(files.len(), 1);
    assert_eq!(count(&files[0].1, "<url>"), 1);
    assert!(!index.contains("<lastmod>"), "{index}");
    Ok(())
}

#[test]
fn a_news_article_needs_its_publisher() -> Result {
    let now = jaunumi::riga::at(2024, 6, 10, 12, 0)?;
    let anonymous = Article::builder("Ziņa", "https://www.ventspils.lv/j/1", now).build()?;
    let mut writer = sitemap::Writer::news(Vec::new(), &base(), now)?;
    assert_eq!(
        writer.write(&anonymous).unwrap_err().to_string(),
        "publisher: expected the publisher whose name Google News knows the publication by, \
         found none"
    );
    assert!(writer.is_empty());
    // A plain sitemap does not need one.
    let mut plain = sitemap::Writer::start(Vec::new(), &base())?;
    plain.write(&anonymous)?;
    assert_eq!(plain.len(), 1);
    Ok(())
}

#[test]
fn fifty_thousand_urls_a_file_then_the_next() -> Result {
    let published = jaunumi::riga::at(2024, 6, 10, 12, 0)?;
    let article = |n: usize| {
        Article::builder("Ziņa", format!("https://www.ventspils.lv/j/{n}"), published)
            .slug(jaunumi::Slug::new("zina").unwrap())
            .build()
            .unwrap()
    };
    let articles: Vec<Article> = (0..MAX_URLS + 1).map(article).collect();
    let (files, index) = set_with_index(articles.iter(), None)?;
    let urls: Vec<usize> = files.iter().map(|(_, xml)| count(xml, "<url>")).collect();
    assert_eq!(urls, [MAX_URLS, 1]);
    assert!(
        files[1]
            .1
            .windows(32)
            .any(|w| w == b"https://www.ventspils.lv/j/50000")
    );
    assert_eq!(count(index.as_bytes(), "<sitemap>"), 2);
    Ok(())
}

#[test]
fn fifty_mebibytes_a_file_then_the_next() -> Result {
    // Articles of about 20 kB each (a gallery of 100 pictures with long addresses): the
    // bytes fill a file long before the URLs do.
    let published = jaunumi::riga::at(2024, 6, 10, 12, 0)?;
    let long = "a".repeat(150);
    let mut builder =
        Article::builder("Galerija", "https://www.ventspils.lv/galerija/0", published)
            .slug(jaunumi::Slug::new("galerija")?);
    for n in 0..100 {
        let url = format!("https://www.ventspils.lv/uploads/{long}/{n}.jpg");
        builder = builder.gallery_image(Image::builder(url, "Foto").build()?);
    }
    let template = builder.build()?;
    let size = sitemap::to_vec(&base(), std::slice::from_ref(&template))?.len();
    let fit = (MAX_BYTES as usize) / (size - 300) + 10;
    let articles = (0..fit).map(|_| &template);
    let (files, _) = set_with_index(articles, None)?;
    assert_eq!(files.len(), 2);
    let first = files[0].1.len() as u64;
    assert!(first <= MAX_BYTES, "{first}");
    // Full: the next URL would not have fitted.
    assert!(first + (size as u64) > MAX_BYTES, "{first}");
    assert_eq!(
        count(&files[0].1, "<url>") + count(&files[1].1, "<url>"),
        fit
    );
    for (_, xml) in &files {
        assert!(xml.ends_with(b"</url>\n</urlset>\n"));
    }
    Ok(())
}

#[test]
fn every_url_title_and_instant_read_back() -> Result {
    let feed = super::media_feed()?;
    let xml = sitemap::to_string(feed.home_url(), feed.articles())?;
    let locs = crate::feeds::texts_of(&xml, "loc")?;
    let expected: Vec<&str> = feed.articles().iter().map(|a| a.url().as_str()).collect();
    assert_eq!(locs, expected);
    let lastmods = crate::feeds::texts_of(&xml, "lastmod")?;
    for (text, article) in lastmods.iter().zip(feed.articles()) {
        let lastmod = DateTime::parse_from_rfc3339(text)?;
        let expected = article.updated().unwrap_or(article.published());
        assert_eq!(&lastmod, expected);
        assert_eq!(lastmod.offset(), expected.offset());
    }
    // Every language version lists them all, its own first.
    assert!(xml.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://www.kuldiga.lv/en/news/old-town-concert\"/>"
    ));
    let images = crate::feeds::texts_of(&xml, "image:loc")?;
    assert_eq!(images.len(), 4, "{images:?}");
    let now = jaunumi::riga::at(2024, 4, 1, 8, 0)?;
    let mut news = Vec::new();
    sitemap::news_to_writer(&mut news, feed.home_url(), now, feed.articles())?;
    let news = String::from_utf8(news)?;
    assert_eq!(
        crate::feeds::texts_of(&news, "news:title")?,
        ["Kuldīgas novada dome pieņem budžetu"]
    );
    assert_eq!(crate::feeds::texts_of(&news, "news:language")?, ["lv"]);
    Ok(())
}
