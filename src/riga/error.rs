//! Why a Riga local date and time names no instant.

/// A local date and time that [`riga`](crate::riga) could not turn into an instant.
///
/// It converts into the model's [`Error`](crate::Error), as
/// [`ErrorKind::LocalTime`](crate::ErrorKind::LocalTime) with the same message, so `?` on
/// [`riga::at`](crate::riga::at) works in a function that returns the model's error, as it
/// does in one that returns `Box<dyn std::error::Error>`.
///
/// # Example
///
/// ```
/// use jaunumi::riga;
///
/// let err = riga::at(2024, 3, 31, 3, 30).unwrap_err();
/// assert!(matches!(err, riga::Error::NonexistentLocalTime { .. }));
/// assert_eq!(
///     err.to_string(),
///     "local time `2024-03-31T03:30` does not exist in Europe/Riga: the clocks skip it when \
///      daylight saving time begins",
/// );
///
/// fn published() -> Result<chrono::DateTime<chrono::FixedOffset>, jaunumi::Error> {
///     Ok(riga::at(2018, 1, 17, 12, 0)?)
/// }
/// assert_eq!(published()?.to_rfc3339(), "2018-01-17T12:00:00+02:00");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Year, month and day do not name a calendar date.
    #[error("expected a calendar date, found year {year}, month {month}, day {day}")]
    InvalidDate {
        /// The year as given.
        year: i32,
        /// The month as given.
        month: u32,
        /// The day as given.
        day: u32,
    },
    /// Hour and minute do not name a time of day.
    #[error("expected a time of day from 00:00 to 23:59, found hour {hour}, minute {minute}")]
    InvalidTime {
        /// The hour as given.
        hour: u32,
        /// The minute as given.
        minute: u32,
    },
    /// A local time falls in the hour skipped when daylight saving time begins.
    #[error(
        "local time `{local}` does not exist in {zone}: the clocks skip it when daylight saving \
         time begins"
    )]
    NonexistentLocalTime {
        /// The local date and time, as `2024-03-31T03:30`.
        local: String,
        /// The IANA name of the time zone.
        zone: &'static str,
    },
}
