//! What the calendar refuses, word for word, and that a refused event leaves nothing
//! behind: the calendar stays well formed and the streaming writer takes the next event.

use std::error::Error as _;
use std::io;

use jaunumi::ical::{self, Calendar, Writer};
use jaunumi::{Article, Event, Feed, Location, Moment, Place, PostalAddress};
use jaunumi::{ExportError as Error, ExportFormat};

use super::format::well_formed;
use super::{Result, vevents};
use crate::Broken;

fn venue() -> Result<Place> {
    Ok(Place::builder(
        "Ventspils teātra nams",
        PostalAddress::builder().locality("Ventspils").build()?,
    )
    .build()?)
}

fn stamped() -> Result<Calendar> {
    Ok(Calendar::new().stamp(jaunumi::riga::at(2024, 1, 1, 9, 0)?))
}

fn moment(text: &str) -> Result<Moment> {
    Ok(Moment::parse(text)?)
}

/// An event that the calendar takes.
fn good(name: &str) -> Result<Event> {
    Ok(Event::builder(name, moment("2024-06-23")?)
        .location(Location::Physical(venue()?))
        .url(format!("https://ventspils.lv/pasakumi/{name}"))
        .build()?)
}

fn refused(result: std::result::Result<String, Error>) -> Error {
    result.expect_err("the calendar must refuse it")
}

#[test]
fn an_event_without_a_location() -> Result {
    let event = Event::builder("Talka", moment("2024-04-27")?)
        .url("https://ventspils.lv/talka")
        .build()?;
    let err = refused(stamped()?.to_string(std::slice::from_ref(&event)));
    assert!(matches!(&err, Error::Missing { field, .. } if field == "location"));
    assert_eq!(
        err.to_string(),
        "location: expected a place or an online address, which a calendar entry needs, \
         found none"
    );
    assert!(err.source().is_none());

    let article = Article::builder(
        "Talka",
        "https://ventspils.lv/j/1",
        jaunumi::riga::at(2024, 4, 1, 9, 0)?,
    )
    .event(good("a")?)
    .event(event)
    .build()?;
    let feed = Feed::builder(
        "P",
        "P",
        "https://ventspils.lv/",
        "https://ventspils.lv/rss",
    )
    .article(article)
    .build()?;
    assert_eq!(
        refused(ical::to_string(&feed)).to_string(),
        "events[1].location: expected a place or an online address, which a calendar entry \
         needs, found none"
    );
    Ok(())
}

#[test]
fn an_event_alone_without_a_url_or_a_stamp() -> Result {
    let no_url = Event::builder("Talka", moment("2024-04-27")?)
        .location(Location::Physical(venue()?))
        .build()?;
    assert_eq!(
        refused(stamped()?.to_string(&[no_url])).to_string(),
        "url: expected the event's own page, which its `UID` is made from, found none"
    );
    assert_eq!(
        refused(Calendar::new().to_string(&[good("a")?])).to_string(),
        "stamp: expected the calendar's stamp, which an event given alone takes as its \
         `DTSTAMP`, found none"
    );
    // A calendar without a stamp can still be written: with no events, or events of
    // articles, which bring their own time.
    assert!(Calendar::new().to_string(&[]).is_ok());
    Ok(())
}

#[test]
fn times_no_calendar_can_hold() -> Result {
    let cases = [
        (
            "0000-06-01",
            None,
            "start: expected a date between the years 1 and 9999, found `0000-06-01`",
        ),
        (
            "0001-01-01T00:30:00+01:00",
            None,
            "start: expected a time between the years 1 and 9999 in UTC, found \
             `0001-01-01T00:30:00+01:00`",
        ),
        (
            "9999-12-31T23:30:00-01:00",
            None,
            "start: expected a time between the years 1 and 9999 in UTC, found \
             `9999-12-31T23:30:00-01:00`",
        ),
        (
            "9999-12-30",
            Some("9999-12-31"),
            "end: expected a date before 9999-12-31, since a calendar ends an all-day event \
             on the day after its last, found `9999-12-31`",
        ),
        (
            "9999-12-31",
            None,
            "start: expected a date before 9999-12-31, since a calendar ends an all-day \
             event on the day after its last, found `9999-12-31`",
        ),
        (
            "9999-12-31T10:00:00Z",
            Some("9999-12-31T23:30:00-01:00"),
            "end: expected a time between the years 1 and 9999 in UTC, found \
             `9999-12-31T23:30:00-01:00`",
        ),
    ];
    for (start, end, message) in cases {
        let mut event = Event::builder("Koncerts", moment(start)?)
            .location(Location::Physical(venue()?))
            .url("https://ventspils.lv/k");
        if let Some(end) = end {
            event = event.end(moment(end)?);
        }
        let err = refused(stamped()?.to_string(&[event.build()?]));
        assert!(matches!(err, Error::ImpossibleTime { .. }), "{start}");
        assert_eq!(err.to_string(), message);
    }

    let previous = Event::builder("Koncerts", moment("2024-06-23T19:00:00+03:00")?)
        .location(Location::Physical(venue()?))
        .url("https://ventspils.lv/k")
        .status(jaunumi::EventStatus::Rescheduled {
            previous_start: moment("0000-12-31T23:00:00Z")?,
        })
        .build()?;
    assert_eq!(
        refused(stamped()?.to_string(&[previous])).to_string(),
        "previousStart: expected a time between the years 1 and 9999 in UTC, found \
         `0000-12-31T23:00:00+00:00`"
    );
    let stamp = Calendar::new().stamp(chrono::DateTime::parse_from_rfc3339(
        "0001-01-01T00:00:00+02:00",
    )?);
    assert_eq!(
        refused(stamp.to_string(&[good("a")?])).to_string(),
        "stamp: expected a time between the years 1 and 9999 in UTC, found \
         `0001-01-01T00:00:00+02:00`"
    );
    let old = Article::builder(
        "Vēsture",
        "https://ventspils.lv/j/1",
        chrono::DateTime::parse_from_rfc3339("0000-06-01T12:00:00+02:00")?,
    )
    .event(good("a")?)
    .build()?;
    let mut calendar = Writer::start(Vec::new(), &Calendar::new())?;
    assert_eq!(
        calendar.write_article(&old).unwrap_err().to_string(),
        "published: expected a time between the years 1 and 9999 in UTC, found \
         `0000-06-01T12:00:00+02:00`"
    );
    Ok(())
}

#[test]
fn a_refused_event_leaves_nothing_and_the_stream_goes_on() -> Result {
    let no_place = Event::builder("Talka", moment("2024-04-27")?)
        .url("https://ventspils.lv/talka")
        .build()?;
    let mut calendar = Writer::start(Vec::new(), &stamped()?)?;
    calendar.write(&good("pirmais")?)?;
    assert!(calendar.write(&no_place).is_err());
    calendar.write(&good("otrais")?)?;
    let ics = String::from_utf8(calendar.finish()?)?;
    well_formed(&ics);
    assert!(!ics.contains("Talka"));
    assert_eq!(vevents(&ics).len(), 2);

    // An article is written whole or not at all.
    let mixed = Article::builder(
        "Talka",
        "https://ventspils.lv/j/1",
        jaunumi::riga::at(2024, 4, 1, 9, 0)?,
    )
    .event(good("labs")?)
    .event(no_place)
    .build()?;
    let whole = Article::builder(
        "Koncerts",
        "https://ventspils.lv/j/2",
        jaunumi::riga::at(2024, 4, 1, 9, 0)?,
    )
    .event(good("koncerts")?)
    .build()?;
    let mut calendar = Writer::start(Vec::new(), &Calendar::new())?;
    assert!(calendar.write_article(&mixed).is_err());
    calendar.write_article(&whole)?;
    let ics = String::from_utf8(calendar.finish()?)?;
    well_formed(&ics);
    assert!(!ics.contains("labs"));
    assert_eq!(vevents(&ics).len(), 1);
    Ok(())
}

#[test]
fn a_failing_writer_is_the_source_not_the_message() -> Result {
    let err = Calendar::new().to_writer(Broken, &[]).unwrap_err();
    assert_eq!(err.to_string(), "could not write the calendar");
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("pipe closed")
    );
    assert!(
        matches!(&err, Error::Io { format: ExportFormat::Calendar, source } if source.kind() == io::ErrorKind::BrokenPipe)
    );
    let err = ical::to_writer(Broken, &crate::seed::feed()?).unwrap_err();
    assert!(matches!(
        err,
        Error::Io {
            format: ExportFormat::Calendar,
            ..
        }
    ));
    Ok(())
}

#[test]
fn the_error_is_send_and_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Error>();
    check::<Calendar>();
    check::<Writer<Vec<u8>>>();
}
