//! The calendars of the seed feed, of the rich feed (tests/data/ical/rich.*) and of events
//! given alone (tests/data/ical/events.*), byte for byte, with the feeds' golden check. A
//! change to the output fails here; when it is meant, regenerate with `JAUNUMI_BLESS=1 cargo
//! test --all-features` and review the diff.

use jaunumi::ical::{self, Calendar, Writer};

use super::{Result, events_calendar, rich_feed};
use crate::feeds::golden::golden;
use crate::seed;

#[test]
fn seed_ics() -> Result {
    golden("seed.ics", &ical::to_string(&seed::feed()?)?)
}

#[test]
fn rich_ics() -> Result {
    golden("rich.ics", &ical::to_string(&rich_feed()?)?)
}

#[test]
fn events_ics() -> Result {
    let (calendar, events) = events_calendar()?;
    golden("events.ics", &calendar.to_string(&events)?)
}

#[test]
fn every_way_of_writing_a_feed_gives_the_same_bytes() -> Result {
    let feed = rich_feed()?;
    let bytes = ical::to_vec(&feed)?;
    assert_eq!(ical::to_vec(&feed)?, bytes, "the same bytes on every run");
    assert_eq!(ical::to_string(&feed)?.as_bytes(), bytes);
    let mut written = Vec::new();
    ical::to_writer(&mut written, &feed)?;
    assert_eq!(written, bytes);
    let mut streamed = Writer::start(Vec::new(), &Calendar::from_feed(&feed))?;
    for article in feed.articles() {
        streamed.write_article(article)?;
    }
    assert_eq!(streamed.finish()?, bytes);
    Ok(())
}

#[test]
fn every_way_of_writing_events_gives_the_same_bytes() -> Result {
    let (calendar, events) = events_calendar()?;
    let bytes = calendar.to_vec(&events)?;
    assert_eq!(
        calendar.to_vec(&events)?,
        bytes,
        "the same bytes on every run"
    );
    assert_eq!(calendar.to_string(&events)?.as_bytes(), bytes);
    let mut written = Vec::new();
    calendar.to_writer(&mut written, &events)?;
    assert_eq!(written, bytes);
    let mut streamed = Writer::start(Vec::new(), &calendar)?;
    for event in &events {
        streamed.write(event)?;
    }
    assert_eq!(streamed.finish()?, bytes);
    Ok(())
}
