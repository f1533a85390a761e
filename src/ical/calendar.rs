//! The calendar's own properties, and the ways to write a calendar of events given alone.

use std::io;

use chrono::{DateTime, FixedOffset};

use super::Writer;
use crate::export::ExportError;
use crate::model::event::Event;
use crate::model::feed::Feed;
use crate::model::language::Language;
use crate::model::text::Text;
use crate::model::web_url::WebUrl;

/// A calendar's own properties: its name, description and page (RFC 7986 `NAME`,
/// `DESCRIPTION` and `URL`, and the de-facto `X-WR-CALNAME` and `X-WR-CALDESC` that
/// older clients read), the language they are written in, and the stamp of events given
/// alone.
///
/// Every property is optional. The stamp is the instant the calendar's information was
/// last revised: events given alone ([`Writer::write`], [`Calendar::to_writer`]) take it
/// as their `DTSTAMP`, since the crate never reads the clock; events of an article take
/// the article's own time instead.
///
/// # Example
///
/// ```
/// use jaunumi::ical::Calendar;
/// use jaunumi::{Event, Location, Place, PostalAddress, Text};
///
/// let hall = Place::builder("Ventspils teātra nams „Jūras vārti“", PostalAddress::builder().locality("Ventspils").build()?)
///     .build()?;
/// let concert = Event::builder("Līgo koncerts", jaunumi::riga::at(2024, 6, 23, 19, 0)?)
///     .location(Location::Physical(hall))
///     .url("https://www.ventspils.lv/pasakumi/ligo")
///     .build()?;
/// let calendar = Calendar::new()
///     .name(Text::new("Ventspils pasākumi")?)
///     .stamp(jaunumi::riga::at(2024, 6, 1, 9, 0)?);
/// let ics = calendar.to_string(&[concert])?;
/// assert!(ics.contains("\r\nNAME;LANGUAGE=lv:Ventspils pasākumi\r\n"));
/// assert!(ics.contains("\r\nDTSTART;TZID=Europe/Riga:20240623T190000\r\n"));
/// assert!(ics.contains("\r\nDTSTAMP:20240601T060000Z\r\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calendar {
    pub(super) name: Option<Text>,
    pub(super) description: Option<Text>,
    pub(super) url: Option<WebUrl>,
    pub(super) language: Language,
    pub(super) stamp: Option<DateTime<FixedOffset>>,
}

impl Calendar {
    /// A calendar with no name, description or page, in Latvian, without a stamp.
    ///
    /// # Example
    ///
    /// ```
    /// let ics = jaunumi::ical::Calendar::new().to_string(&[])?;
    /// assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    /// assert!(!ics.contains("X-WR-CALNAME"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// The calendar of a feed: its title, description and home page, in its language,
    /// stamped with its `updated` or else the newest time one of its articles was
    /// published or changed.
    ///
    /// # Example
    ///
    /// ```
    /// let feed = jaunumi::Feed::builder("Pasākumi", "Ventspils pasākumi", "https://ventspils.lv/pasakumi/", "https://ventspils.lv/rss")
    ///     .build()?;
    /// let ics = jaunumi::ical::Calendar::from_feed(&feed).to_string(&[])?;
    /// assert!(ics.contains("\r\nX-WR-CALNAME:Pasākumi\r\n"));
    /// assert!(ics.contains("\r\nURL:https://ventspils.lv/pasakumi/\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_feed(feed: &Feed) -> Self {
        let newest = feed
            .articles()
            .iter()
            .map(|a| a.updated().unwrap_or(a.published()))
            .max();
        Self {
            name: Some(feed.title().clone()),
            description: Some(feed.description().clone()),
            url: Some(feed.home_url().clone()),
            language: feed.language().clone(),
            stamp: feed.updated().or(newest).copied(),
        }
    }

    /// Sets the calendar's name (`NAME`, `X-WR-CALNAME`).
    ///
    /// # Example
    ///
    /// ```
    /// let calendar = jaunumi::ical::Calendar::new().name(jaunumi::Text::new("Pasākumi")?);
    /// assert!(calendar.to_string(&[])?.contains("\r\nX-WR-CALNAME:Pasākumi\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(self, name: Text) -> Self {
        Self {
            name: Some(name),
            ..self
        }
    }

    /// Sets the calendar's description (`DESCRIPTION`, `X-WR-CALDESC`).
    ///
    /// # Example
    ///
    /// ```
    /// let calendar = jaunumi::ical::Calendar::new()
    ///     .description(jaunumi::Text::new("Kultūra, sports, izglītība")?);
    /// assert!(calendar.to_string(&[])?.contains("\r\nX-WR-CALDESC:Kultūra\\, sports\\, izglītība\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn description(self, description: Text) -> Self {
        Self {
            description: Some(description),
            ..self
        }
    }

    /// Sets the page where the calendar's events are listed (`URL`).
    ///
    /// # Example
    ///
    /// ```
    /// let calendar = jaunumi::ical::Calendar::new().url("https://ventspils.lv/pasakumi/".parse()?);
    /// assert!(calendar.to_string(&[])?.contains("\r\nURL:https://ventspils.lv/pasakumi/\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(self, url: WebUrl) -> Self {
        Self {
            url: Some(url),
            ..self
        }
    }

    /// Sets the language of the name and description (Latvian unless set).
    ///
    /// # Example
    ///
    /// ```
    /// let calendar = jaunumi::ical::Calendar::new()
    ///     .name(jaunumi::Text::new("Events")?)
    ///     .language(jaunumi::Language::ENGLISH);
    /// assert!(calendar.to_string(&[])?.contains("\r\nNAME;LANGUAGE=en:Events\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn language(self, language: Language) -> Self {
        Self { language, ..self }
    }

    /// Sets the instant the calendar's information was last revised: the `DTSTAMP` of
    /// events given alone.
    ///
    /// # Example
    ///
    /// ```
    /// let calendar = jaunumi::ical::Calendar::new().stamp(jaunumi::riga::at(2024, 6, 1, 9, 0)?);
    /// # let _ = calendar;
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn stamp(self, stamp: DateTime<FixedOffset>) -> Self {
        Self {
            stamp: Some(stamp),
            ..self
        }
    }

    /// Writes the calendar with one `VEVENT` per event into `writer` (pass `&mut w` to
    /// keep it). Each event's `UID` is its URL and its `DTSTAMP` the calendar's stamp.
    ///
    /// # Errors
    ///
    /// [`ExportError::Missing`] for an event without a location or a URL, or when the calendar
    /// has no stamp and there is an event; [`ExportError::ImpossibleTime`] for a time no calendar
    /// can hold; [`ExportError::Io`] when the writer fails. The events before the refused one
    /// are written, the calendar is left unclosed.
    ///
    /// # Example
    ///
    /// ```
    /// let calendar = jaunumi::ical::Calendar::new();
    /// let mut out = Vec::new();
    /// calendar.to_writer(&mut out, &[])?;
    /// assert!(out.ends_with(b"END:VCALENDAR\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_writer<W: io::Write>(&self, writer: W, events: &[Event]) -> Result<(), ExportError> {
        let mut calendar = Writer::start(writer, self)?;
        for event in events {
            calendar.write(event)?;
        }
        calendar.finish()?;
        Ok(())
    }

    /// The calendar of `events` as bytes.
    ///
    /// # Errors
    ///
    /// As for [`Calendar::to_writer`], but for the writer's, which cannot fail.
    ///
    /// # Example
    ///
    /// ```
    /// let bytes = jaunumi::ical::Calendar::new().to_vec(&[])?;
    /// assert!(bytes.starts_with(b"BEGIN:VCALENDAR\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_vec(&self, events: &[Event]) -> Result<Vec<u8>, ExportError> {
        let mut out = Vec::with_capacity(super::SIZE_OF_HEAD + events.len() * super::SIZE_OF_EVENT);
        self.to_writer(&mut out, events)?;
        Ok(out)
    }

    /// The calendar of `events` as a string.
    ///
    /// # Errors
    ///
    /// As for [`Calendar::to_vec`].
    ///
    /// # Example
    ///
    /// ```
    /// let ics = jaunumi::ical::Calendar::new().to_string(&[])?;
    /// assert!(ics.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Riga\r\n"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_string(&self, events: &[Event]) -> Result<String, ExportError> {
        super::into_string(self.to_vec(events)?)
    }
}
