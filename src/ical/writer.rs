//! The streaming writer: the calendar's head, one event at a time, the end.

use std::fmt;
use std::io;

use chrono::{DateTime, FixedOffset};

use super::event::{self, Source};
use super::line::Lines;
use super::{Calendar, zone};
use crate::export::{ExportError, ExportFormat};
use crate::model::article::Article;
use crate::model::event::Event;

/// The `PRODID` of every calendar the crate writes (RFC 5545 §3.7.3).
const PRODID: &str = "-//jaunumi//NONSGML jaunumi//EN";

/// A calendar written as it goes: its head and the `VTIMEZONE` first, then one `VEVENT`
/// per event, in constant memory however many events there are.
///
/// [`Writer::start`] writes the calendar's own properties; [`Writer::write`] writes an
/// event given alone and [`Writer::write_article`] the events of an article;
/// [`Writer::finish`] closes the calendar. An event that is refused is refused before any
/// of its lines are written, so the writer goes on with the next as if it had not been
/// offered. Each event reaches the underlying writer in one `write_all`, when it is
/// complete. Nothing is written when a writer is dropped: a calendar left unfinished stays
/// unfinished, so an error is never hidden behind a well-formed end.
///
/// # Example
///
/// ```
/// use jaunumi::{Event, Location, Moment};
///
/// let calendar = jaunumi::ical::Calendar::new().stamp(jaunumi::riga::at(2024, 1, 1, 9, 0)?);
/// let mut ics = jaunumi::ical::Writer::start(Vec::new(), &calendar)?;
/// for day in 1..=3 {
///     let event = Event::builder(format!("Tiešraide {day}"), format!("2024-02-0{day}").parse::<Moment>()?)
///         .location(Location::Online("https://www.youtube.com/@ventspils".parse()?))
///         .url(format!("https://ventspils.lv/pasakumi/{day}"))
///         .build()?;
///     ics.write(&event)?;
/// }
/// let text = String::from_utf8(ics.finish()?)?;
/// assert_eq!(text.matches("BEGIN:VEVENT").count(), 3);
/// assert!(text.contains("\r\nDTSTART;VALUE=DATE:20240203\r\nDTEND;VALUE=DATE:20240204\r\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Writer<W: io::Write> {
    writer: W,
    lines: Lines,
    stamp: Option<DateTime<FixedOffset>>,
}

impl<W: io::Write> fmt::Debug for Writer<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer").finish_non_exhaustive()
    }
}

impl<W: io::Write> Writer<W> {
    /// Writes the calendar's head: `VERSION`, `PRODID`, `CALSCALE`, the calendar's name,
    /// description and page, `X-WR-TIMEZONE`, and Riga's `VTIMEZONE`.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let ics = jaunumi::ical::Writer::start(Vec::new(), &jaunumi::ical::Calendar::new())?;
    /// let text = String::from_utf8(ics.finish()?)?;
    /// assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//jaunumi//NONSGML jaunumi//EN\r\nCALSCALE:GREGORIAN\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(writer: W, calendar: &Calendar) -> Result<Self, ExportError> {
        let mut lines = Lines::default();
        lines.line("BEGIN", "VCALENDAR");
        lines.line("VERSION", "2.0");
        lines.line("PRODID", PRODID);
        lines.line("CALSCALE", "GREGORIAN");
        let language = calendar.language.as_str();
        if let Some(name) = &calendar.name {
            lines.text_line("NAME", Some(language), name.as_str());
            lines.text_line("X-WR-CALNAME", None, name.as_str());
        }
        if let Some(description) = &calendar.description {
            lines.text_line("DESCRIPTION", Some(language), description.as_str());
            lines.text_line("X-WR-CALDESC", None, description.as_str());
        }
        if let Some(url) = &calendar.url {
            lines.line("URL", url.as_str());
        }
        lines.line("X-WR-TIMEZONE", zone::TZID);
        zone::write(&mut lines);
        let mut calendar_writer = Self {
            writer,
            lines,
            stamp: calendar.stamp,
        };
        calendar_writer.send()?;
        Ok(calendar_writer)
    }

    /// Writes an event given alone: its `UID` is its URL, its `DTSTAMP` the calendar's
    /// stamp, its `URL` its own page.
    ///
    /// # Errors
    ///
    /// [`ExportError::Missing`] for an event without a location or a URL, or when the calendar
    /// has no stamp; [`ExportError::ImpossibleTime`] for a time no calendar can hold (nothing of
    /// the event is written, and the writer takes the next); [`ExportError::Io`] when the
    /// writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::{Event, Location, Moment};
    ///
    /// let calendar = jaunumi::ical::Calendar::new().stamp(jaunumi::riga::at(2024, 1, 1, 9, 0)?);
    /// let mut ics = jaunumi::ical::Writer::start(Vec::new(), &calendar)?;
    /// let no_place = Event::builder("Talka", "2024-04-27".parse::<Moment>()?)
    ///     .url("https://ventspils.lv/talka")
    ///     .build()?;
    /// assert!(ics.write(&no_place).is_err());
    /// let online = Event::builder("Domes sēde", jaunumi::riga::at(2024, 4, 25, 9, 0)?)
    ///     .location(Location::Online("https://www.youtube.com/@ventspils".parse()?))
    ///     .url("https://ventspils.lv/dome/sede")
    ///     .build()?;
    /// ics.write(&online)?;
    /// let text = String::from_utf8(ics.finish()?)?;
    /// assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    /// assert!(text.contains("\r\nUID:https://ventspils.lv/dome/sede\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write(&mut self, event: &Event) -> Result<(), ExportError> {
        let source = Source::Alone {
            stamp: self.stamp.as_ref(),
        };
        let planned = event::plan(event, source)?;
        event::write(&mut self.lines, &planned);
        self.send()
    }

    /// Writes the events of an article, or none of them: each one's `UID` is the article's
    /// id followed by `#event-` and its place in the article's list from 1
    /// (`https://ventspils.lv/j/1#event-1`), its `DTSTAMP` the article's `updated` or else
    /// its `published`, its `URL` its own page or else the article's, its `CATEGORIES` the
    /// article's categories.
    ///
    /// # Errors
    ///
    /// [`ExportError::Missing`] for an event without a location; [`ExportError::ImpossibleTime`] for a
    /// time no calendar can hold (the field is named as in the article's JSON,
    /// `events[1].start`; none of the article's events is written, and the writer takes
    /// the next); [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::{Article, Event, Location, Moment};
    ///
    /// let event = Event::builder("Jāņi", "2024-06-23".parse::<Moment>()?)
    ///     .end("2024-06-24".parse::<Moment>()?)
    ///     .location(Location::Online("https://www.youtube.com/@ventspils".parse()?))
    ///     .build()?;
    /// let article = Article::builder("Jāņi Ventspilī", "https://ventspils.lv/j/1", jaunumi::riga::at(2024, 6, 1, 9, 0)?)
    ///     .event(event)
    ///     .build()?;
    /// let mut ics = jaunumi::ical::Writer::start(Vec::new(), &jaunumi::ical::Calendar::new())?;
    /// ics.write_article(&article)?;
    /// let text = String::from_utf8(ics.finish()?)?;
    /// assert!(text.contains("\r\nUID:https://ventspils.lv/j/1#event-1\r\n"));
    /// assert!(text.contains("\r\nDTEND;VALUE=DATE:20240625\r\n"));
    /// assert!(text.contains("\r\nDTSTAMP:20240601T060000Z\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_article(&mut self, article: &Article) -> Result<(), ExportError> {
        // Every event is checked before any is written.
        for index in 0..article.events().len() {
            event::plan(&article.events()[index], Source::Article { article, index })?;
        }
        for (index, event) in article.events().iter().enumerate() {
            let planned = event::plan(event, Source::Article { article, index })?;
            event::write(&mut self.lines, &planned);
        }
        self.send()
    }

    /// Closes the calendar, flushes the writer and hands it back.
    ///
    /// # Errors
    ///
    /// [`ExportError::Io`] when the writer fails.
    ///
    /// # Example
    ///
    /// ```
    /// let ics = jaunumi::ical::Writer::start(Vec::new(), &jaunumi::ical::Calendar::new())?;
    /// assert!(ics.finish()?.ends_with(b"END:VTIMEZONE\r\nEND:VCALENDAR\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn finish(mut self) -> Result<W, ExportError> {
        self.lines.line("END", "VCALENDAR");
        self.send()?;
        self.writer
            .flush()
            .map_err(ExportError::io(ExportFormat::Calendar))?;
        Ok(self.writer)
    }

    /// Hands the lines written so far to the writer.
    fn send(&mut self) -> Result<(), ExportError> {
        self.writer
            .write_all(self.lines.as_bytes())
            .map_err(ExportError::io(ExportFormat::Calendar))?;
        self.lines.clear();
        Ok(())
    }
}
