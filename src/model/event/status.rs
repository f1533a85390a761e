//! Whether an event goes ahead as planned, and how people attend it.

use serde::{Deserialize, Serialize};

use crate::model::event::moment::Moment;

/// Whether an event goes ahead as planned.
///
/// In JSON: `status` is `scheduled`, `cancelled`, `postponed`, `rescheduled` (with
/// `previousStart`) or `movedOnline`.
///
/// # Example
///
/// ```
/// use jaunumi::{EventStatus, Moment};
///
/// let status = EventStatus::Rescheduled { previous_start: "2024-05-01".parse::<Moment>()? };
/// assert_ne!(status, EventStatus::Scheduled);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum EventStatus {
    /// Going ahead as planned (the default).
    #[default]
    Scheduled,
    /// Called off.
    Cancelled,
    /// Put off to a date not yet known.
    Postponed,
    /// Moved to a new start; the event's start is the new one.
    Rescheduled {
        /// The start it had before.
        previous_start: Moment,
    },
    /// Moved from a physical place to online attendance.
    MovedOnline,
}

impl EventStatus {
    /// The keyword of the JSON form.
    pub(crate) fn keyword(&self) -> StatusKeyword {
        match self {
            EventStatus::Scheduled => StatusKeyword::Scheduled,
            EventStatus::Cancelled => StatusKeyword::Cancelled,
            EventStatus::Postponed => StatusKeyword::Postponed,
            EventStatus::Rescheduled { .. } => StatusKeyword::Rescheduled,
            EventStatus::MovedOnline => StatusKeyword::MovedOnline,
        }
    }
}

/// The `status` keyword of the JSON form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "EventStatus"))]
pub(crate) enum StatusKeyword {
    #[default]
    Scheduled,
    Cancelled,
    Postponed,
    Rescheduled,
    MovedOnline,
}

/// How people attend an event, as schema.org `eventAttendanceMode` says it.
///
/// # Example
///
/// ```
/// use jaunumi::{AttendanceMode, Event};
///
/// let url = "https://meet.example.lv/sede".parse()?;
/// let start = jaunumi::riga::at(2024, 1, 17, 10, 0)?;
/// let event = Event::builder("Domes sēde", start)
///     .location(jaunumi::Location::Online(url))
///     .build()?;
/// assert_eq!(event.attendance_mode(), Some(AttendanceMode::Online));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttendanceMode {
    /// In person only.
    Offline,
    /// Online only.
    Online,
    /// In person and online.
    Mixed,
}
