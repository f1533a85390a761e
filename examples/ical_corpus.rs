//! Calendars for real iCalendar readers to check (`.ci/ical.sh`), and what the model says
//! they hold.
//!
//! ```text
//! cargo run --example ical_corpus -- articles 1000 > articles.jsonl   # 1,000 events in articles
//! cargo run --example ical_corpus -- feed > feed.json                 # the calendar's feed
//! cargo run --example ical_corpus -- arbitrary 300 > arbitrary.jsonl  # proptest's articles
//! cargo run --example ical_corpus -- seed > seed.jsonl                # the seed item
//! jaunumi ics --feed feed.json articles.jsonl > generated.ics
//! cargo run --example ical_corpus -- expected articles.jsonl > expected.json
//! cargo run --example ical_corpus -- expected-events EVENTS.jsonl CALENDAR.json > expected.json
//! ```
//!
//! `articles` writes the generated events of `benches/support/events.rs` (crowded around the
//! changes of the clocks of 2024 and 2025) in articles of one to five. `arbitrary` writes
//! articles whose events proptest generates (tests/jaunumi/ical/arbitrary.rs), from the
//! year 1 to 9998, in any offset, the same on every run.
//!
//! `expected` reads articles as JSON Lines and writes, for each event, under the `UID` the
//! module's docs give it (the article's id, `#event-`, its place from 1), what the model
//! holds: its start and end (a date, or the instant in UTC to the second), its stamp (the
//! article's `updated` or else `published`, in UTC), its status, name and description.
//! `expected-events` does the same for events given alone (`UID` their URL), stamped with
//! the `stamp` of CALENDAR.json. Nothing here goes through `jaunumi::ical`: the readers'
//! view of the calendar is compared with the model, not with the writer.

// The tests' strategies: a value they build from what they generated cannot fail, and they
// fail, as tests do, by panicking.
#[allow(clippy::unwrap_used)]
#[path = "../tests/jaunumi/ical/arbitrary.rs"]
mod arbitrary;
#[allow(dead_code)]
#[path = "ventspils/seed.rs"]
mod seed;
#[path = "../benches/support/mod.rs"]
mod support;

use std::io::{self, BufRead, BufWriter, Write};

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use jaunumi::{Article, Event, EventStatus, Moment};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::{Map, Value, json};
use support::articles::SITE;
use support::events;

const SEED: u64 = 20_240_331;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = BufWriter::new(io::stdout().lock());
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["articles", count] => generated(&mut out, count.parse()?)?,
        ["feed"] => {
            let feed = jaunumi::Feed::builder(
                "Pašvaldības pasākumi",
                "Koncerti, sēdes, talkas un svētki, ap pulksteņu pārgrozīšanu",
                format!("{SITE}/pasakumi/"),
                format!("{SITE}/pasakumi/feed/"),
            )
            .updated(jaunumi::riga::at(2025, 12, 1, 9, 0)?)
            .build()?;
            serde_json::to_writer_pretty(&mut out, &feed)?;
            out.write_all(b"\n")?;
        }
        ["arbitrary", count] => {
            let mut runner = TestRunner::deterministic();
            for index in 1..=count.parse::<usize>()? {
                let article = arbitrary::article(index)
                    .new_tree(&mut runner)
                    .map_err(|e| format!("proptest: {e}"))?
                    .current();
                serde_json::to_writer(&mut out, &article)?;
                out.write_all(b"\n")?;
            }
        }
        ["seed"] => {
            serde_json::to_writer(&mut out, &seed::article()?)?;
            out.write_all(b"\n")?;
        }
        ["expected", articles] => {
            let mut expected = Map::new();
            for line in lines(articles)? {
                let article: Article = serde_json::from_str(&line)?;
                let stamp = article.updated().unwrap_or(article.published());
                for (index, event) in article.events().iter().enumerate() {
                    let uid = format!("{}#event-{}", article.id(), index + 1);
                    expected.insert(uid, describe(event, stamp));
                }
            }
            serde_json::to_writer_pretty(&mut out, &expected)?;
            out.write_all(b"\n")?;
        }
        ["expected-events", events, calendar] => {
            let calendar: Value = serde_json::from_str(&std::fs::read_to_string(calendar)?)?;
            let stamp = DateTime::parse_from_rfc3339(
                calendar["stamp"].as_str().ok_or("the calendar's `stamp`")?,
            )?;
            let mut expected = Map::new();
            for line in lines(events)? {
                let event: Event = serde_json::from_str(&line)?;
                let uid = event.url().ok_or("an event given alone has a `url`")?;
                expected.insert(uid.to_string(), describe(&event, &stamp));
            }
            serde_json::to_writer_pretty(&mut out, &expected)?;
            out.write_all(b"\n")?;
        }
        _ => {
            return Err(
                "usage: ical_corpus articles COUNT | feed | arbitrary COUNT | seed | \
                        expected ARTICLES.jsonl | expected-events EVENTS.jsonl CALENDAR.json"
                    .into(),
            );
        }
    }
    out.flush()?;
    Ok(())
}

/// The generated events, in articles of one to five.
fn generated(out: &mut impl Write, count: usize) -> Result {
    let mut rng = fastrand::Rng::with_seed(SEED);
    let mut events = events::stream(SEED, count).peekable();
    let mut index = 0;
    while events.peek().is_some() {
        index += 1;
        // Published within the two years, at a whole minute.
        let minutes = rng.i64(0..2 * 365 * 24 * 60);
        let published = DateTime::from_timestamp(1_704_067_200 + minutes * 60, 0)
            .map(jaunumi::riga::from_utc)
            .ok_or("a time of 2024 or 2025")?;
        let mut article = Article::builder(
            format!("Pasākumu apskats nr. {index}"),
            format!("{SITE}/jaunumi/pasakumi-{index}/"),
            published,
        );
        if rng.bool() {
            article = article.updated(published + chrono::TimeDelta::minutes(rng.i64(1..5_000)));
        }
        if rng.u8(..3) == 0 {
            article = article.id(format!("tag:example-pasvaldiba.lv,2024:pasakumi/{index}"));
        }
        if rng.bool() {
            article = article.category(jaunumi::Category::builder("Kultūra, sports").build()?);
        }
        for _ in 0..rng.usize(1..=5) {
            if let Some(data) = events.next() {
                article = article.event(events::to_event(&data)?);
            }
        }
        serde_json::to_writer(&mut *out, &article.build()?)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The non-blank lines of a file.
fn lines(path: &str) -> Result<Vec<String>> {
    let file = io::BufReader::new(std::fs::File::open(path)?);
    let mut lines = Vec::new();
    for line in file.lines() {
        let line = line?;
        if !line.trim().is_empty() {
            lines.push(line);
        }
    }
    Ok(lines)
}

/// A date as `YYYY-MM-DD`, an instant in UTC to the whole second (iCalendar has no
/// fractions).
fn moment(moment: &Moment) -> Value {
    match moment {
        Moment::Date(day) => json!(day.format("%Y-%m-%d").to_string()),
        Moment::Instant(instant) => json!(utc(instant)),
        _ => Value::Null,
    }
}

fn utc(instant: &DateTime<FixedOffset>) -> String {
    let seconds = instant.with_timezone(&Utc);
    let whole =
        seconds - chrono::TimeDelta::nanoseconds(i64::from(seconds.timestamp_subsec_nanos()));
    whole.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn describe(event: &Event, stamp: &DateTime<FixedOffset>) -> Value {
    let status = match event.status() {
        EventStatus::Scheduled => "scheduled",
        EventStatus::Cancelled => "cancelled",
        EventStatus::Postponed => "postponed",
        EventStatus::Rescheduled { .. } => "rescheduled",
        EventStatus::MovedOnline => "movedOnline",
        _ => "unknown",
    };
    json!({
        "start": moment(event.start()),
        "end": event.end().map_or(Value::Null, moment),
        "stamp": utc(stamp),
        "status": status,
        "summary": event.name().as_str(),
        "description": event.description().map(|d| d.as_str()),
    })
}
