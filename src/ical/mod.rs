//! iCalendar (RFC 5545): the events of a feed's articles, or events given alone, as a
//! calendar that residents subscribe to in Google Calendar, Outlook, Apple Calendar or
//! Thunderbird, and that each of them reads the same.
//!
//! # The calendar
//!
//! `VCALENDAR` with `VERSION:2.0`, `PRODID`, `CALSCALE:GREGORIAN`, the calendar's name,
//! description and page as RFC 7986 `NAME`, `DESCRIPTION` and `URL` (and as the de-facto
//! `X-WR-CALNAME` and `X-WR-CALDESC` that older clients read), `X-WR-TIMEZONE:Europe/Riga`,
//! one `VTIMEZONE` for Europe/Riga, and one `VEVENT` per event. There is no `METHOD`: a
//! published calendar needs none, and `METHOD:PUBLISH` would require an `ORGANIZER` with an
//! address in every event.
//!
//! # Times and Riga
//!
//! The `VTIMEZONE` holds the rule in force in Latvia since 2001 in the shape clients read
//! best: a `DAYLIGHT` and a `STANDARD` sub-component, each with
//! `RRULE:FREQ=YEARLY;BYMONTH=3|10;BYDAY=-1SU` and its onset at the local time before the
//! change (03:00 in March, 04:00 in October), as libical's `vzic` writes it. (A list of
//! `RDATE`s, which some generators write, is read only in part by ical.js, Thunderbird's
//! engine.)
//!
//! A timed event is written as `DTSTART;TZID=Europe/Riga:20240623T190000`, the local time
//! computed by the very rule the calendar publishes, so a reader that applies the
//! `VTIMEZONE` gets back the model's instant. An instant is written in UTC
//! (`DTSTART:20241027T003000Z`) instead, so that no reader can resolve it differently, when:
//!
//! - it lies before 25 March 2001 01:00 UTC, the rule's first onset. **Events before 2001
//!   are written in UTC**: Latvia's older rules (Moscow time until 1989, summer time ending
//!   in September until 1996, no summer time at all in 2000) would take a dozen more
//!   sub-components, some of which readers handle poorly, for events that a municipal
//!   calendar rarely holds; in UTC they are exact in every reader;
//! - it lies after 2099 (in UTC): chrono-tz, the model's Riga time, has no summer time
//!   after 2099, and libical stops applying a `VTIMEZONE`'s rule some centuries on;
//! - its Riga local time occurs twice (03:00–03:59 on the last Sunday of October);
//! - it is written with one of Riga's offsets at a local time Riga skips (03:00–03:59 on the
//!   last Sunday of March, such as `2024-03-31T03:30:00+02:00`).
//!
//! Times have whole seconds: a fraction of a second in the model is dropped. An all-day
//! event is `DTSTART;VALUE=DATE` with an exclusive `DTEND;VALUE=DATE`: a one-day event on
//! 23 June ends on 24 June. A timed event has a `DTEND` when its end is later than its start;
//! otherwise it ends as it starts, as RFC 5545 says of a `VEVENT` without one.
//!
//! # Each event
//!
//! - `UID`: stable for the same event across exports. For an event of an article, the
//!   article's id followed by `#event-` and the event's place in the article's list from 1
//!   (`https://www.ventspils.lv/jaunumi/ligo/#event-1`, the `@id` JSON-LD gives it when the
//!   id is the article's URL); for an event given alone, the event's own URL, which it must
//!   then have.
//! - `DTSTAMP`: never the clock. For an event of an article, the article's `updated`, or else
//!   its `published`: when the information was last revised, as RFC 5545 defines `DTSTAMP`
//!   for a calendar without `METHOD`. For an event given alone, the [`Calendar`]'s stamp.
//! - `STATUS` and `SEQUENCE`: scheduled is `CONFIRMED`, sequence 0; postponed (to a date not
//!   yet known) is `TENTATIVE`, sequence 1: it will take place, but not at the time shown;
//!   moved online is `CONFIRMED`, sequence 1; rescheduled is `CONFIRMED` at its new start,
//!   sequence 2, with the previous start in `X-JAUNUMI-PREVIOUS-START` (a date, or the
//!   instant in UTC); cancelled is `CANCELLED`, sequence 3. The sequence follows an event's
//!   life, so each change a municipality announces raises it and a client keeping the old
//!   entry takes the new one.
//! - `SUMMARY` and `DESCRIPTION` (plain text), with a `LANGUAGE` parameter: the event's
//!   language.
//! - `LOCATION`: the place's name and address (street, locality, region, postal code, and
//!   the country when it is not Latvia), or the online address of an online event; `GEO`
//!   from the place's coordinates; `CONFERENCE` (RFC 7986) with the online address of an
//!   online or mixed event. An event moved online is no longer at its place: only its
//!   online address is written.
//! - `URL`: the event's own page, or else the article's.
//! - `ORGANIZER`: the first organiser with an e-mail address, as `CN` and a `mailto:` URI;
//!   none when no organiser has one (a calendar address must reach someone).
//! - `CATEGORIES`: the names of the article's categories, in the article's language.
//! - `IMAGE` (RFC 7986): the event's picture.
//!
//! # Text
//!
//! Text values escape `\`, `;`, `,` and line ends (`\\`, `\;`, `\,`, `\n`); a quoted
//! parameter (`CN="…"`) escapes `"`, `^` and line ends as RFC 6868 says. Lines are folded
//! at 75 octets, never inside a UTF-8 sequence or an escape, and end with CRLF. The same
//! events give the same bytes: nothing is read from the clock, nothing from a hash map.
//!
//! # Refused events
//!
//! An event without a location, an event given alone without a URL (or without the
//! calendar's stamp), or a time no calendar can hold is an [`ExportError`] naming the
//! field, before any line of the event is written: with the streaming [`Writer`], the other
//! events are written as if the refused one had not been offered. An end before the start
//! is refused by the model itself.
//!
//! # Example
//!
//! ```
//! use jaunumi::{Article, Event, Feed, Location, Moment, Place, PostalAddress};
//!
//! let hall = Place::builder(
//!     "Teātra nams",
//!     PostalAddress::builder().street("Lielais prospekts 1").locality("Ventspils").build()?,
//! )
//! .build()?;
//! let concert = Event::builder("Līgo koncerts", jaunumi::riga::at(2024, 6, 23, 19, 0)?)
//!     .end(jaunumi::riga::at(2024, 6, 23, 22, 0)?)
//!     .location(Location::Physical(hall))
//!     .build()?;
//! let article = Article::builder("Līgo koncerts Ventspilī", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 6, 1, 9, 0)?)
//!     .event(concert)
//!     .build()?;
//! let feed = Feed::builder("Pasākumi", "Ventspils pasākumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
//!     .article(article)
//!     .build()?;
//! let ics = jaunumi::ical::to_string(&feed)?;
//! assert!(ics.contains(
//!     "\r\nUID:https://ventspils.lv/j/1#event-1\r\n\
//!      DTSTAMP:20240601T060000Z\r\n\
//!      DTSTART;TZID=Europe/Riga:20240623T190000\r\n\
//!      DTEND;TZID=Europe/Riga:20240623T220000\r\n"
//! ));
//! assert!(ics.contains("\r\nLOCATION;LANGUAGE=lv:Teātra nams\\, Lielais prospekts 1\\, Ventspils\r\n"));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io;

use crate::export::{ExportError, ExportFormat};
use crate::model::feed::Feed;

mod calendar;
mod event;
mod line;
mod writer;
mod zone;

pub use calendar::Calendar;
pub use writer::Writer;

/// The media type to serve a calendar with (`Content-Type`).
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::ical::MEDIA_TYPE, "text/calendar; charset=utf-8");
/// ```
pub const MEDIA_TYPE: &str = "text/calendar; charset=utf-8";

/// Roughly how many bytes a calendar's head and end take.
const SIZE_OF_HEAD: usize = 1024;
/// Roughly how many bytes an event takes.
const SIZE_OF_EVENT: usize = 768;

/// Writes the calendar of `feed`'s articles' events into `writer` (pass `&mut w` to keep
/// it): the feed's title, description, home page and language as the calendar's
/// ([`Calendar::from_feed`]), then each article's events in turn
/// ([`Writer::write_article`]).
///
/// # Errors
///
/// [`ExportError::Missing`] or [`ExportError::ImpossibleTime`] for the first article with an event
/// that cannot be written (the articles before it are written, the calendar is left
/// unclosed); [`ExportError::Io`] when the writer fails.
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Pasākumi", "Ventspils pasākumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
///     .build()?;
/// let mut out = Vec::new();
/// jaunumi::ical::to_writer(&mut out, &feed)?;
/// assert!(out.starts_with(b"BEGIN:VCALENDAR\r\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_writer<W: io::Write>(writer: W, feed: &Feed) -> Result<(), ExportError> {
    let mut calendar = Writer::start(writer, &Calendar::from_feed(feed))?;
    for article in feed.articles() {
        calendar.write_article(article)?;
    }
    calendar.finish()?;
    Ok(())
}

/// The calendar of `feed`'s articles' events as bytes.
///
/// # Errors
///
/// As for [`to_writer`], but for the writer's, which cannot fail.
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Pasākumi", "Ventspils pasākumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
///     .build()?;
/// assert!(jaunumi::ical::to_vec(&feed)?.ends_with(b"END:VCALENDAR\r\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_vec(feed: &Feed) -> Result<Vec<u8>, ExportError> {
    let events: usize = feed.articles().iter().map(|a| a.events().len()).sum();
    let mut out = Vec::with_capacity(SIZE_OF_HEAD + events * SIZE_OF_EVENT);
    to_writer(&mut out, feed)?;
    Ok(out)
}

/// The calendar of `feed`'s articles' events as a string.
///
/// # Errors
///
/// As for [`to_vec`].
///
/// # Example
///
/// ```
/// let feed = jaunumi::Feed::builder("Pasākumi", "Ventspils pasākumi", "https://ventspils.lv/", "https://ventspils.lv/rss")
///     .build()?;
/// assert!(jaunumi::ical::to_string(&feed)?.contains("\r\nNAME;LANGUAGE=lv:Pasākumi\r\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_string(feed: &Feed) -> Result<String, ExportError> {
    into_string(to_vec(feed)?)
}

/// The bytes the writer wrote, which are UTF-8: every piece is model text or ASCII, and
/// lines are folded between UTF-8 sequences.
fn into_string(bytes: Vec<u8>) -> Result<String, ExportError> {
    String::from_utf8(bytes).map_err(|e| ExportError::Io {
        format: ExportFormat::Calendar,
        source: io::Error::new(io::ErrorKind::InvalidData, e),
    })
}
