//! One event as a `VEVENT`: planned first (every value checked, every time converted), then
//! written, so that a refused event leaves no line behind.
//!
//! The writer takes an event and where it comes from ([`Source`]). Recurring schedules
//! will add an optional rule to the plan (`RRULE`, `EXDATE`), and sub-events a parent
//! `UID` (`RELATED-TO`), without changing what is written for the others.

use chrono::{DateTime, Datelike as _, FixedOffset, NaiveDate, NaiveDateTime, Timelike as _};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::line::Lines;
use super::zone::{self, Written};
use crate::export::ExportError;
use crate::model::article::Article;
use crate::model::event::Event;
use crate::model::event::location::Location;
use crate::model::event::moment::Moment;
use crate::model::event::status::EventStatus;
use crate::model::place::Place;
use crate::model::web_url::WebUrl;

/// Where an event comes from: what gives it the `UID`, `DTSTAMP`, `URL` and `CATEGORIES`
/// that the event itself does not carry.
#[derive(Debug, Clone, Copy)]
pub(super) enum Source<'a> {
    /// An event given alone: its `UID` is its URL, its `DTSTAMP` the calendar's stamp.
    Alone {
        /// The calendar's stamp.
        stamp: Option<&'a DateTime<FixedOffset>>,
    },
    /// The event at `index` of an article's events.
    Article {
        /// The article.
        article: &'a Article,
        /// Where the event is in the article's list, from 0.
        index: usize,
    },
}

impl Source<'_> {
    /// The path of `field` of the event, as an error names it.
    fn field(&self, field: &str) -> String {
        match self {
            Source::Alone { .. } => field.to_owned(),
            Source::Article { index, .. } => format!("events[{index}].{field}"),
        }
    }
}

/// When something happens, as a calendar writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    /// A whole day: `VALUE=DATE`.
    Date(NaiveDate),
    /// An instant, in Riga time or in UTC.
    Time(Written),
}

/// An event checked and ready to write.
#[derive(Debug)]
pub(super) struct Planned<'a> {
    event: &'a Event,
    source: Source<'a>,
    /// `DTSTAMP`, in UTC.
    stamp: NaiveDateTime,
    start: When,
    /// `DTEND`: the day after the last for an all-day event; for a timed one, the end when
    /// it is later than the start (a `DTEND` must be).
    end: Option<When>,
    /// The start before the event was rescheduled.
    previous_start: Option<When>,
    /// `URL`: the event's own page, or else the article's.
    url: &'a WebUrl,
}

const YEARS_OF_TIMES: &str = "a time between the years 1 and 9999 in UTC";
const YEARS_OF_DATES: &str = "a date between the years 1 and 9999";
const LAST_DAY: &str = "a date before 9999-12-31, since a calendar ends an all-day event on the \
                        day after its last";

/// Checks `event` from `source` and converts its times.
///
/// # Errors
///
/// [`ExportError::Missing`] for an event without a location, an event given alone without a URL
/// or without the calendar's stamp; [`ExportError::ImpossibleTime`] for a time no calendar can
/// hold.
pub(super) fn plan<'a>(event: &'a Event, source: Source<'a>) -> Result<Planned<'a>, ExportError> {
    if event.location().is_none() {
        return Err(ExportError::Missing {
            field: source.field("location"),
            expected: "a place or an online address, which a calendar entry needs",
        });
    }
    let (stamp, stamp_field, url) = match source {
        Source::Alone { stamp } => {
            let Some(url) = event.url() else {
                return Err(ExportError::Missing {
                    field: source.field("url"),
                    expected: "the event's own page, which its `UID` is made from",
                });
            };
            let Some(stamp) = stamp else {
                return Err(ExportError::Missing {
                    field: "stamp".to_owned(),
                    expected: "the calendar's stamp, which an event given alone takes as \
                               its `DTSTAMP`",
                });
            };
            (stamp, "stamp".to_owned(), url)
        }
        Source::Article { article, .. } => {
            let (stamp, field) = match article.updated() {
                Some(updated) => (updated, "updated"),
                None => (article.published(), "published"),
            };
            (
                stamp,
                field.to_owned(),
                event.url().unwrap_or(article.url()),
            )
        }
    };
    let stamp_utc = stamp.naive_utc();
    if !(1..=9999).contains(&stamp_utc.year()) {
        return Err(ExportError::ImpossibleTime {
            field: stamp_field,
            found: stamp.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false),
            expected: YEARS_OF_TIMES,
        });
    }
    let start = when(event.start(), || source.field("start"))?;
    let end = match (event.start(), event.end()) {
        (Moment::Date(first), last) => {
            let (last, field) = match last {
                Some(last) => (last.date(), "end"),
                None => (*first, "start"),
            };
            let after = last.succ_opt().filter(|day| day.year() <= 9999);
            let Some(after) = after else {
                return Err(ExportError::ImpossibleTime {
                    field: source.field(field),
                    found: last.to_string(),
                    expected: LAST_DAY,
                });
            };
            Some(When::Date(after))
        }
        (Moment::Instant(first), Some(Moment::Instant(last)))
            if last.timestamp() > first.timestamp() =>
        {
            Some(when(&Moment::Instant(*last), || source.field("end"))?)
        }
        // No end, or one in the same second as the start: the entry ends as it starts.
        _ => None,
    };
    let previous_start = match event.status() {
        EventStatus::Rescheduled { previous_start } => {
            Some(previous(previous_start, || source.field("previousStart"))?)
        }
        _ => None,
    };
    Ok(Planned {
        event,
        source,
        stamp: stamp_utc,
        start,
        end,
        previous_start,
        url,
    })
}

/// A moment as a calendar writes it.
fn when(moment: &Moment, field: impl FnOnce() -> String) -> Result<When, ExportError> {
    match moment {
        Moment::Date(date) if (1..=9999).contains(&date.year()) => Ok(When::Date(*date)),
        Moment::Date(date) => Err(ExportError::ImpossibleTime {
            field: field(),
            found: date.to_string(),
            expected: YEARS_OF_DATES,
        }),
        Moment::Instant(instant) => {
            zone::written(instant)
                .map(When::Time)
                .ok_or_else(|| ExportError::ImpossibleTime {
                    field: field(),
                    found: moment.to_string(),
                    expected: YEARS_OF_TIMES,
                })
        }
    }
}

/// The start an event had before it was rescheduled: a date, or the instant in UTC, since
/// it goes into a property of the crate's own, for which no reader resolves a `TZID`.
fn previous(moment: &Moment, field: impl FnOnce() -> String) -> Result<When, ExportError> {
    match moment {
        Moment::Instant(instant) if (1..=9999).contains(&instant.naive_utc().year()) => {
            Ok(When::Time(Written::Utc(instant.naive_utc())))
        }
        _ => when(moment, field),
    }
}

/// `STATUS`: the three a `VEVENT` has. A postponed event will take place, but not at the
/// time shown: `TENTATIVE`. A rescheduled event or one moved online takes place as
/// written: `CONFIRMED`.
fn status(status: &EventStatus) -> &'static str {
    match status {
        EventStatus::Scheduled | EventStatus::Rescheduled { .. } | EventStatus::MovedOnline => {
            "CONFIRMED"
        }
        EventStatus::Postponed => "TENTATIVE",
        EventStatus::Cancelled => "CANCELLED",
    }
}

/// `SEQUENCE`: how far along an event's life its status is, so that each change a
/// municipality announces (put off, moved online, moved to a new time, called off) raises
/// it: scheduled 0, postponed or moved online 1, rescheduled 2, cancelled 3.
fn sequence(status: &EventStatus) -> &'static str {
    match status {
        EventStatus::Scheduled => "0",
        EventStatus::Postponed | EventStatus::MovedOnline => "1",
        EventStatus::Rescheduled { .. } => "2",
        EventStatus::Cancelled => "3",
    }
}

/// What a `mailto:` URI escapes of an address (RFC 6068): all but letters, digits, `@` and
/// the marks that need no escape in a URI.
const MAILTO: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+');

/// Writes the planned event.
pub(super) fn write(lines: &mut Lines, planned: &Planned<'_>) {
    let event = planned.event;
    let language = event.language().as_str();
    lines.line("BEGIN", "VEVENT");

    lines.name("UID").colon();
    match planned.source {
        Source::Alone { .. } => {
            lines.text(planned.url.as_str());
        }
        Source::Article { article, index } => {
            lines.text(article.id().as_str()).raw("#event-");
            number(lines, index + 1);
        }
    }
    lines.end();
    lines.name("DTSTAMP").colon();
    date_time(lines, planned.stamp);
    lines.raw("Z").end();

    moment(lines, "DTSTART", planned.start, false);
    if let Some(end) = planned.end {
        moment(lines, "DTEND", end, false);
    }
    lines.line("SEQUENCE", sequence(event.status()));
    lines.line("STATUS", status(event.status()));

    lines.text_line("SUMMARY", Some(language), event.name().as_str());
    if let Some(description) = event.description() {
        lines.text_line("DESCRIPTION", Some(language), description.as_str());
    }
    location(lines, event, language);
    lines.line("URL", planned.url.as_str());
    if let Some(organizer) = event.organizers().iter().find(|o| o.email().is_some()) {
        lines
            .name("ORGANIZER")
            .quoted_param("CN", organizer.name().as_str());
        lines.colon().raw("mailto:");
        if let Some(email) = organizer.email() {
            for piece in utf8_percent_encode(email.as_str(), MAILTO) {
                lines.raw(piece);
            }
        }
        lines.end();
    }
    if let Source::Article { article, .. } = planned.source
        && !article.categories().is_empty()
    {
        lines
            .name("CATEGORIES")
            .param("LANGUAGE", article.language().as_str())
            .colon();
        for (i, category) in article.categories().iter().enumerate() {
            if i > 0 {
                lines.raw(",");
            }
            lines.text(category.name().as_str());
        }
        lines.end();
    }
    if let Some(image) = event.image() {
        lines.name("IMAGE").param("VALUE", "URI");
        if let Some(media_type) = image.media_type() {
            lines.param("FMTTYPE", media_type);
        }
        lines.colon().raw(image.url().as_str()).end();
    }
    if let Some(previous) = planned.previous_start {
        moment(lines, "X-JAUNUMI-PREVIOUS-START", previous, true);
    }
    lines.line("END", "VEVENT");
}

/// `LOCATION` (the place's name and address, or the online address), `GEO` and
/// `CONFERENCE`. An event moved online is no longer at its place: only its online
/// address, if the model has one, is written.
fn location(lines: &mut Lines, event: &Event, language: &str) {
    let Some(location) = event.location() else {
        return;
    };
    let moved_online = *event.status() == EventStatus::MovedOnline;
    let place = location.place().filter(|_| !moved_online);
    match (place, location) {
        (Some(place), _) => {
            lines.name("LOCATION").param("LANGUAGE", language).colon();
            place_text(lines, place);
            lines.end();
            if let Some(point) = place.coordinates() {
                // Rust writes the shortest decimal that reads back as the same number,
                // never with an exponent: what `GEO`'s FLOAT values are.
                let geo = format!("{};{}", point.latitude(), point.longitude());
                lines.line("GEO", &geo);
            }
        }
        (None, Location::Online(url) | Location::Mixed { url, .. }) => {
            lines.name("LOCATION").colon().text(url.as_str()).end();
        }
        (None, _) => {}
    }
    if let Some(url) = location.url() {
        lines
            .name("CONFERENCE")
            .param("VALUE", "URI")
            .colon()
            .raw(url.as_str())
            .end();
    }
}

/// A place as one line of text: its name, then its address (street, locality, region,
/// postal code, and the country when it is not Latvia), separated by commas.
fn place_text(lines: &mut Lines, place: &Place) {
    lines.text(place.name().as_str());
    let address = place.address();
    let parts = [
        address.street().map(|t| t.as_str()),
        address.locality().map(|t| t.as_str()),
        address.region().map(|t| t.as_str()),
        address.postal_code().map(|c| c.as_str()),
        Some(address.country().as_str()).filter(|c| *c != "LV"),
    ];
    for part in parts.into_iter().flatten() {
        lines.text(", ").text(part);
    }
}

/// `NAME;TZID=Europe/Riga:…`, `NAME:…Z` or `NAME;VALUE=DATE:…`; with `VALUE=DATE-TIME`
/// too when `typed`, for a property of the crate's own, whose value type no reader knows.
fn moment(lines: &mut Lines, name: &str, when: When, typed: bool) {
    lines.name(name);
    if typed && matches!(when, When::Time(_)) {
        lines.param("VALUE", "DATE-TIME");
    }
    match when {
        When::Date(day) => {
            lines.param("VALUE", "DATE").colon();
            date(lines, day);
        }
        When::Time(Written::Local(local)) => {
            lines.param("TZID", zone::TZID).colon();
            date_time(lines, local);
        }
        When::Time(Written::Utc(utc)) => {
            lines.colon();
            date_time(lines, utc);
            lines.raw("Z");
        }
    }
    lines.end();
}

/// `YYYYMMDD`.
fn date(lines: &mut Lines, day: NaiveDate) {
    // `plan` refused every year a calendar cannot hold.
    debug_assert!((1..=9999).contains(&day.year()), "{day}");
    let mut digits = [0; 8];
    put(&mut digits[0..4], day.year().unsigned_abs());
    put(&mut digits[4..6], day.month());
    put(&mut digits[6..8], day.day());
    lines.raw_bytes(&digits);
}

/// `YYYYMMDDTHHMMSS`, whole seconds.
fn date_time(lines: &mut Lines, time: NaiveDateTime) {
    // `plan` refused every year a calendar cannot hold.
    debug_assert!((1..=9999).contains(&time.year()), "{time}");
    let mut digits = [b'T'; 15];
    put(&mut digits[0..4], time.year().unsigned_abs());
    put(&mut digits[4..6], time.month());
    put(&mut digits[6..8], time.day());
    put(&mut digits[9..11], time.hour());
    put(&mut digits[11..13], time.minute());
    put(&mut digits[13..15], time.second());
    lines.raw_bytes(&digits);
}

/// `n` in decimal digits, filling `out` with leading zeros.
fn put(out: &mut [u8], mut n: u32) {
    for digit in out.iter_mut().rev() {
        *digit = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// `n` in decimal.
fn number(lines: &mut Lines, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    lines.raw_bytes(&digits[at..]);
}
