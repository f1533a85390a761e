//! The shape of the crate, read from its sources: the model is the ground floor, and
//! modules import each other by path, so that the import graph can be read from the `use`
//! lines.
//!
//! The checks read the code as tokens, without comments and literals, and find every path
//! that starts at the crate root (`crate::`, `$crate::`, `jaunumi::`, or as many `super::`
//! as the module is deep), single (`crate::xml::Chars`) or grouped
//! (`use crate::{Error, xml};`), and the first name of each.

use std::path::{Path, PathBuf};

/// The modules that stand above the model: exporters, importers and what builds on them,
/// those there are and those to come. The model names none of them.
const ABOVE_THE_MODEL: &[&str] = &[
    "xml",
    "rss",
    "atom",
    "jsonld",
    "schema",
    "ical",
    "json",
    "sitemap",
    "jsonfeed",
    "websub",
    "cache",
    "import",
    "aggregate",
];

/// The source with comments, string, byte-string and character literals each replaced by a
/// space; lifetimes stay.
fn code(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            out.push(' ');
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if let Some(hashes) = raw_string(&chars, i) {
            // A raw string: r"…", r#"…"#, br"…".
            i += usize::from(c == 'b') + 1 + hashes + 1;
            let end: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            while i < chars.len() && !chars[i..].starts_with(&end) {
                i += 1;
            }
            i += end.len();
            out.push(' ');
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push(' ');
        } else if c == '\'' && (at(i + 1) == '\\' || at(i + 2) == '\'') {
            // A character literal ('x', '\n', '\'', '\u{a0}'); a lifetime ('a) has no
            // closing quote.
            i += if at(i + 1) == '\\' { 3 } else { 2 };
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push(' ');
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// How many `#` the raw string starting at `chars[i]` has (`r"…"`, `r#"…"#`, `br"…"`), or
/// `None` when none starts there (a raw identifier such as `r#type` is not one).
fn raw_string(chars: &[char], i: usize) -> Option<usize> {
    if i > 0
        && chars
            .get(i - 1)
            .is_some_and(|p| p.is_alphanumeric() || *p == '_')
    {
        return None;
    }
    let rest = match chars.get(i..)? {
        ['r', rest @ ..] | ['b', 'r', rest @ ..] => rest,
        _ => return None,
    };
    let hashes = rest.iter().take_while(|&&h| h == '#').count();
    (rest.get(hashes) == Some(&'"')).then_some(hashes)
}

/// The code as tokens: identifiers, `::`, and single characters of punctuation.
fn tokens(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(chars[start..i].iter().collect());
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            tokens.push("::".to_owned());
            i += 2;
        } else {
            if !c.is_whitespace() {
                tokens.push(c.to_string());
            }
            i += 1;
        }
    }
    tokens
}

/// The first name of every path from the crate root in `source`, for a module `depth`
/// levels below the root (`src/model/mod.rs` is 1 deep, `src/model/text.rs` 2): `xml` for
/// `crate::xml::Chars`, `Error` and `xml` for `use crate::{Error, xml};`, `*` for a glob.
fn from_the_root(source: &str, depth: usize) -> Vec<String> {
    let tokens = tokens(&code(source));
    let token = |i: usize| tokens.get(i).map_or("", String::as_str);
    let mut names = Vec::new();
    // The braces open, and the levels at which the inline modules open (`mod tests {`):
    // each is one level deeper for `super`.
    let mut braces = 0;
    let mut inline = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match token(i) {
            "mod" if token(i + 2) == "{" => inline.push(braces),
            "{" => braces += 1,
            "}" => {
                braces -= 1;
                if inline.last() == Some(&braces) {
                    inline.pop();
                }
            }
            _ => {}
        }
        // Where the path goes on after its root, if a root starts here.
        let after = match token(i) {
            "crate" | "jaunumi" if token(i + 1) == "::" => Some(i + 2),
            "super" if token(i.wrapping_sub(1)) != "::" => {
                let mut j = i;
                let mut supers = 0;
                while token(j) == "super" && token(j + 1) == "::" {
                    supers += 1;
                    j += 2;
                }
                (supers >= depth + inline.len() && supers > 0).then_some(j)
            }
            _ => None,
        };
        let Some(start) = after else {
            i += 1;
            continue;
        };
        if token(start) == "{" {
            // A group: the first name of each item at its top level.
            let mut level = 0;
            let mut item_start = true;
            let mut j = start;
            loop {
                match token(j) {
                    "" => break,
                    "{" => {
                        level += 1;
                        item_start = level == 1;
                    }
                    "}" => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    "," if level == 1 => item_start = true,
                    name if item_start && level == 1 => {
                        if name != "self" {
                            names.push(name.to_owned());
                        }
                        item_start = false;
                    }
                    _ => {}
                }
                j += 1;
            }
            i = j;
        } else {
            names.push(token(start).to_owned());
            i = start;
        }
    }
    names
}

/// How many levels below the crate root the module of `path` (relative to `src/`) is.
fn depth(path: &Path) -> usize {
    let components = path.components().count();
    match path.file_stem().and_then(|s| s.to_str()) {
        Some("mod" | "lib") => components - 1,
        _ => components,
    }
}

/// Every `.rs` file under `dir`, recursively, in a fixed order.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// `(file, name)` for every path in `files` from the crate root whose first name `refused`
/// refuses.
fn refused_paths(files: &[PathBuf], refused: impl Fn(&str) -> bool) -> Vec<String> {
    let src = src();
    let mut found = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).expect("a file under src/");
        let source = std::fs::read_to_string(file).expect("a readable source file");
        for name in from_the_root(&source, depth(relative)) {
            if refused(&name) {
                found.push(format!("{}: {name}", relative.display()));
            }
        }
    }
    found
}

#[test]
fn the_model_names_no_exporter_or_importer() {
    let files = sources(&src().join("model"));
    assert!(
        files.len() > 20 && files.iter().any(|f| f.ends_with("model/mod.rs")),
        "the model's sources were not found: {files:?}"
    );
    let found = refused_paths(&files, |name| {
        ABOVE_THE_MODEL.contains(&name) || name == "*"
    });
    assert!(
        found.is_empty(),
        "the model is the ground floor; these name what stands above it:\n{}",
        found.join("\n")
    );
}

#[test]
fn modules_import_each_other_by_path_not_through_the_crate_root() {
    let src = src();
    let files: Vec<PathBuf> = sources(&src)
        .into_iter()
        .filter(|file| {
            let relative = file.strip_prefix(&src).expect("a file under src/");
            let first = relative
                .components()
                .next()
                .and_then(|c| c.as_os_str().to_str());
            let area = first.map(|f| f.trim_end_matches(".rs"));
            !matches!(area, Some("lib" | "bin"))
        })
        .collect();
    assert!(
        files.len() > 40,
        "the crate's sources were not found: {files:?}"
    );
    // A type or a glob from the root is a re-export: `crate::Error`, `crate::{Article, …}`.
    let found = refused_paths(&files, |name| {
        name == "*" || name.starts_with(|c: char| c.is_uppercase())
    });
    assert!(
        found.is_empty(),
        "these import through the crate root's re-exports, not by path:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_matcher_finds_every_path_from_the_root() {
    let cases: &[(&str, usize, &[&str])] = &[
        ("use crate::{Error, xml};", 2, &["Error", "xml"]),
        ("fn f() { crate::rss::Writer::start(w, f) }", 2, &["rss"]),
        (
            "use crate::{\n    model::text::Text,\n    jsonld::{self, Printer},\n};",
            2,
            &["model", "jsonld"],
        ),
        ("use crate::{self as root, atom::Writer};", 2, &["atom"]),
        ("use crate::model::text::Text;", 2, &["model"]),
        ("use crate :: xml :: writer;", 2, &["xml"]),
        ("use crate::*;", 2, &["*"]),
        ("$crate::xml::escape(x)", 2, &["xml"]),
        ("/// jaunumi::rss::to_string(&feed)\nfn f() {}", 2, &[]),
        ("let d = jaunumi::rss::to_string(&feed);", 2, &["rss"]),
        ("// use crate::xml;\n/* crate::atom */ fn f() {}", 2, &[]),
        (
            "let s = \"crate::xml\"; let r = r#\"crate::atom\"#;",
            2,
            &[],
        ),
        (
            "let c = '\"'; crate::atom::f(); let q = '\\'';",
            2,
            &["atom"],
        ),
        (
            "fn f<'a>(x: &'a str) -> &'a str { crate::schema::g(x) }",
            2,
            &["schema"],
        ),
        ("use super::super::atom;", 2, &["atom"]),
        ("use super::super::atom;", 3, &[]),
        ("use super::xml;", 1, &["xml"]),
        ("use super::text::Text;", 2, &[]),
        ("mod tests { use super::*; }", 1, &[]),
        (
            "mod a { mod b { use super::super::Error; } } use super::Text;",
            1,
            &["Text"],
        ),
        (
            "mod sealed { use super::super::xml; } fn f() { crate::Feed::builder() }",
            1,
            &["xml", "Feed"],
        ),
        (
            "use crate::escape::carries; use crate::xml_chars::X;",
            2,
            &["escape", "xml_chars"],
        ),
        (
            "let r#type = br\"crate::xml\"; crate::rss::f(r#type);",
            2,
            &["rss"],
        ),
    ];
    for &(source, depth, expected) in cases {
        assert_eq!(
            from_the_root(source, depth),
            expected,
            "{source:?} at depth {depth}"
        );
    }
}

#[test]
fn the_model_check_refuses_an_exporter_in_a_path_or_a_group() {
    let refuses = |source: &str| {
        from_the_root(source, 2)
            .iter()
            .any(|name| ABOVE_THE_MODEL.contains(&name.as_str()) || name == "*")
    };
    assert!(refuses("use crate::{Error, xml};"));
    assert!(refuses(
        "use crate::{\n    Error,\n    xml::{self, Chars},\n};"
    ));
    assert!(refuses("crate::rss::to_string(&feed)"));
    assert!(refuses("use crate::jsonld::Printer;"));
    assert!(refuses("let s = crate::schema::article();"));
    assert!(refuses("use crate::ical::Calendar;"));
    assert!(refuses("use crate::*;"));
    assert!(!refuses("use crate::model::error::{Error, ErrorKind};"));
    assert!(!refuses("use crate::escape::{self, Escape};"));
    assert!(!refuses("use crate::model::json_schema::chronological;"));
}

#[test]
fn module_depths() {
    for (path, expected) in [
        ("lib.rs", 0),
        ("model/mod.rs", 1),
        ("model/text.rs", 2),
        ("model/text/fast.rs", 3),
        ("model/text/fast/tests.rs", 4),
        ("xml/mod.rs", 1),
    ] {
        assert_eq!(depth(Path::new(path)), expected, "{path}");
    }
}
