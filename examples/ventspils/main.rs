//! The seed news item of `jaunumi`, modelled and exported.
//!
//! ```text
//! cargo run --example ventspils            # prints the article (JSON) and every export
//! cargo run --example ventspils -- out/    # writes them into out/ instead
//! ```
//!
//! The files: `article.json` (the model's own JSON), `feed.rss.xml` (RSS 2.0) and
//! `feed.atom.xml` (Atom 1.0). The integration tests build their golden files from the same
//! seed module, so these outputs are exactly the ones the tests pin.

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
    let outputs = [
        ("article.json", json),
        ("feed.rss.xml", jaunumi::rss::to_vec(&feed)?),
        ("feed.atom.xml", jaunumi::atom::to_vec(&feed)?),
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
