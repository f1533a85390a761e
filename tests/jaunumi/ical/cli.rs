//! `jaunumi ics`: the command writes what the library writes, and handles invalid lines as
//! its help says.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use super::{Result, data};

fn ics(args: &[&str], stdin: &[u8]) -> Result<Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jaunumi"))
        .arg("ics")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin)?;
    }
    Ok(child.wait_with_output()?)
}

fn path(name: &str) -> String {
    data(name).to_string_lossy().into_owned()
}

fn golden(name: &str) -> Result<Vec<u8>> {
    Ok(std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/golden")
            .join(name),
    )?)
}

#[test]
fn writes_the_golden_calendar_from_a_file_and_from_standard_input() -> Result {
    let feed = path("rich.feed.json");
    let articles = path("rich.jsonl");
    let out = ics(&["--feed", &feed, &articles], b"")?;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, golden("rich.ics")?);
    assert!(out.stderr.is_empty());

    let out = ics(&["--feed", &feed], &std::fs::read(data("rich.jsonl"))?)?;
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout, golden("rich.ics")?);
    Ok(())
}

#[test]
fn a_calendar_without_a_feed_has_no_name() -> Result {
    let out = ics(&[&path("rich.jsonl")], b"")?;
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout)?;
    assert!(text.starts_with(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//jaunumi//NONSGML jaunumi//EN\r\n\
         CALSCALE:GREGORIAN\r\nX-WR-TIMEZONE:Europe/Riga\r\nBEGIN:VTIMEZONE\r\n"
    ));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 21);
    Ok(())
}

const GOOD: &str = r#"{"title":"Koncerts","url":"https://ventspils.lv/j/1","published":"2024-06-01T09:00:00+03:00","events":[{"name":"Koncerts","start":"2024-06-23","location":{"url":"https://www.youtube.com/@ventspils"}}]}"#;
const NO_PLACE: &str = r#"{"title":"Talka","url":"https://ventspils.lv/j/2","published":"2024-06-01T09:00:00+03:00","events":[{"name":"Koncerts","start":"2024-06-23","location":{"url":"https://www.youtube.com/@ventspils"}},{"name":"Talka","start":"2024-04-27"}]}"#;
const BAD_JSON: &str =
    r#"{"title":"","url":"https://ventspils.lv/j/3","published":"2024-06-01T09:00:00+03:00"}"#;

#[test]
fn an_invalid_line_stops_the_calendar_unclosed() -> Result {
    let input = format!("{GOOD}\n\n{NO_PLACE}\n{GOOD}\n");
    let out = ics(&[], input.as_bytes())?;
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr)?,
        "3: events[1].location: expected a place or an online address, which a calendar \
         entry needs, found none\n"
    );
    let text = String::from_utf8(out.stdout)?;
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    assert!(!text.contains("END:VCALENDAR"));
    Ok(())
}

#[test]
fn skip_invalid_leaves_the_lines_out_and_completes_the_calendar() -> Result {
    let input = format!("{GOOD}\n{NO_PLACE}\n{BAD_JSON}\n{GOOD}\n");
    let out = ics(&["--skip-invalid"], input.as_bytes())?;
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stderr)?,
        "2: events[1].location: expected a place or an online address, which a calendar \
         entry needs, found none\n3: title: must not be empty\n"
    );
    let text = String::from_utf8(out.stdout)?;
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
    assert!(!text.contains("Talka"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    Ok(())
}

#[test]
fn an_unreadable_feed_exits_with_status_2() -> Result {
    let out = ics(&["--feed", "/nonexistent/feed.json"], b"")?;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)?.starts_with("jaunumi: /nonexistent/feed.json: "));
    assert!(out.stdout.is_empty());
    Ok(())
}
