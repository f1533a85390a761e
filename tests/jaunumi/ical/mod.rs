//! iCalendar: golden calendars, what no reader checks (folding, CRLF, the VTIMEZONE, the
//! exclusive all-day end, escaping, UTC in the gap and the fold, stable UIDs, the same
//! bytes every time), the errors word for word, and properties over arbitrary events.
//! Real readers check the same calendars in `.ci/ical.sh`.

pub(crate) mod arbitrary;
#[cfg(feature = "cli")]
mod cli;
mod errors;
mod format;
mod golden;
mod properties;

use std::path::PathBuf;

use jaunumi::ical::Calendar;
use jaunumi::{Article, Event, Feed, FeedBuilder, Language, Text};

pub(crate) type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A file of tests/data/ical.
pub(crate) fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/ical")
        .join(name)
}

/// The records of a JSON Lines file.
fn records<T: serde::de::DeserializeOwned>(name: &str) -> Result<Vec<T>> {
    let text = std::fs::read_to_string(data(name))?;
    let mut records = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        records.push(serde_json::from_str(line)?);
    }
    Ok(records)
}

/// The feed of tests/data/ical/rich.feed.json with the articles of rich.jsonl: an event
/// of every kind the model has, times around the changes of the clocks and before 2001,
/// and text full of what iCalendar escapes.
pub(crate) fn rich_feed() -> Result<Feed> {
    let builder: FeedBuilder =
        serde_json::from_str(&std::fs::read_to_string(data("rich.feed.json"))?)?;
    Ok(builder
        .articles(records::<Article>("rich.jsonl")?)
        .build()?)
}

/// The calendar of tests/data/ical/events.calendar.json and the events of events.jsonl,
/// given alone.
pub(crate) fn events_calendar() -> Result<(Calendar, Vec<Event>)> {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("events.calendar.json"))?)?;
    let field = |name: &str| {
        json[name]
            .as_str()
            .ok_or(format!("`{name}` in the calendar"))
    };
    let calendar = Calendar::new()
        .name(Text::new(field("name")?)?)
        .description(Text::new(field("description")?)?)
        .url(field("url")?.parse()?)
        .language(Language::new(field("language")?)?)
        .stamp(chrono::DateTime::parse_from_rfc3339(field("stamp")?)?);
    Ok((calendar, records::<Event>("events.jsonl")?))
}

/// The content lines of a calendar, unfolded as a reader unfolds them.
pub(crate) fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split_terminator("\r\n")
        .map(str::to_owned)
        .collect()
}

/// The lines of each VEVENT, unfolded, in order.
pub(crate) fn vevents(ics: &str) -> Vec<Vec<String>> {
    let mut events = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in unfolded(ics) {
        match line.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.extend(current.take()),
            _ => {
                if let Some(event) = &mut current {
                    event.push(line);
                }
            }
        }
    }
    events
}

/// The one line of `event` whose name (before `;` or `:`) is `name`.
pub(crate) fn property<'a>(event: &'a [String], name: &str) -> Option<&'a str> {
    event
        .iter()
        .find(|line| {
            line.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with([';', ':']))
        })
        .map(String::as_str)
}

/// A TEXT value unescaped as RFC 5545 §3.3.11 says.
pub(crate) fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}
