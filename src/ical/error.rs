//! The error of the iCalendar export.

use std::io;

/// Why an event was not written into a calendar.
///
/// An event that cannot be written is refused whole before any of its lines are: the
/// calendar stays well formed, and a [`Writer`](super::Writer) takes the next event as
/// if the refused one had not been offered.
///
/// # Example
///
/// ```
/// use jaunumi::{Event, Moment};
///
/// // A calendar entry says where: this event has no location.
/// let event = Event::builder("Talka", "2024-04-27".parse::<Moment>()?)
///     .url("https://ventspils.lv/talka")
///     .build()?;
/// let calendar = jaunumi::ical::Calendar::new().stamp(jaunumi::riga::at(2024, 4, 1, 9, 0)?);
/// let err = calendar.to_string(&[event]).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "location: expected a place or an online address, which a calendar entry needs, \
///      found none",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A value the calendar needs has none: an event's `location`; the `url` of an event
    /// given alone, which its `UID` is made from; the calendar's `stamp`, which an event
    /// given alone takes as its `DTSTAMP`. Nothing of the event was written.
    #[error("{field}: expected {expected}, found none")]
    #[non_exhaustive]
    Missing {
        /// The path of the missing field, in the model's JSON field names
        /// (`events[0].location`), or `stamp` for the calendar's.
        field: String,
        /// What the calendar needs there.
        expected: &'static str,
    },
    /// A time no calendar can hold: before the year 1 or after 9999, in UTC or in Riga, or
    /// an all-day event ending on 9999-12-31, whose exclusive end would be in the year
    /// 10000. Nothing of the event was written.
    #[error("{field}: expected {expected}, found `{found}`")]
    #[non_exhaustive]
    ImpossibleTime {
        /// The path of the field, in the model's JSON field names (`events[0].start`).
        field: String,
        /// The time as the model holds it.
        found: String,
        /// The times a calendar can hold there.
        expected: &'static str,
    },
    /// The writer failed; the calendar may be cut off.
    #[error("could not write the calendar")]
    Write(#[source] io::Error),
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        Error::Write(err)
    }
}
