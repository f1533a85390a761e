//! The seed news item of `jaunumi`, modelled and exported.
//!
//! ```text
//! cargo run --example ventspils            # prints the article (JSON) and every export
//! cargo run --example ventspils -- out/    # writes them into out/ instead
//! ```
//!
//! The files: `article.json` (the model's own JSON), `feed.rss.xml` (RSS 2.0),
//! `feed.atom.xml` (Atom 1.0), `article.jsonld` (the schema.org graph of the article's page),
//! `article.html` (a minimal page holding that graph in its script element) and `events.ics`
//! (the feed's events as an iCalendar). The
//! integration tests build their golden files from the same seed module, so these outputs are
//! exactly the ones the tests pin. Warnings about recommended schema.org properties the seed
//! lacks (it has no image, no author) go to standard error.

// The integration tests share this module and use parts of it the example does not.
#[allow(dead_code)]
mod seed;

use std::io::Write;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let article = seed::article()?;
    let feed = seed::feed()?;

    let mut json = serde_json::to_vec_pretty(&article)?;
    json.push(b'\n');

    let graph = jaunumi::jsonld::Printer::new()
        .pretty(true)
        .to_string(&article)?;
    for warning in &graph.warnings {
        writeln!(std::io::stderr(), "warning: {warning}")?;
    }
    let mut jsonld = graph.output.into_bytes();
    jsonld.push(b'\n');

    let outputs = [
        ("article.json", json),
        ("feed.rss.xml", jaunumi::rss::to_vec(&feed)?),
        ("feed.atom.xml", jaunumi::atom::to_vec(&feed)?),
        ("article.jsonld", jsonld),
        ("article.html", page(&article)?.into_bytes()),
        ("events.ics", jaunumi::ical::to_vec(&feed)?),
    ];

    match std::env::args_os().nth(1).map(PathBuf::from) {
        Some(dir) => {
            std::fs::create_dir_all(&dir)?;
            for (name, bytes) in &outputs {
                let path = dir.join(name);
                std::fs::write(&path, bytes)?;
                writeln!(std::io::stderr(), "wrote {}", path.display())?;
            }
        }
        None => {
            let mut out = std::io::stdout().lock();
            for (name, bytes) in &outputs {
                writeln!(out, "==> {name}")?;
                out.write_all(bytes)?;
                if !bytes.ends_with(b"\n") {
                    writeln!(out)?;
                }
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// A minimal page for the article, with its JSON-LD in the one safe script element the crate
/// writes.
fn page(article: &jaunumi::Article) -> Result<String, Box<dyn std::error::Error>> {
    // The script element escapes its own content; the title needs HTML's escaping.
    let script = jaunumi::jsonld::to_html(article)?.output;
    let title = article
        .title()
        .as_str()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n{script}\n</head>\n<body>\n<h1>{title}</h1>\n</body>\n</html>\n",
        lang = article.language(),
    ))
}
