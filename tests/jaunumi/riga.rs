//! Every message of `riga::Error`, pinned, and the same message once it is the model's
//! `Error` or the date parser's, as `?` makes it.

use chrono::{DateTime, FixedOffset, NaiveDate};
use jaunumi::riga;

/// The three ways a Riga local date and time names no instant, with their messages.
fn refusals() -> [(Result<DateTime<FixedOffset>, riga::Error>, &'static str); 3] {
    [
        (
            riga::at(2023, 2, 29, 12, 0),
            "expected a calendar date, found year 2023, month 2, day 29",
        ),
        (
            riga::at(2024, 1, 17, 24, 0),
            "expected a time of day from 00:00 to 23:59, found hour 24, minute 0",
        ),
        (
            riga::at(2024, 3, 31, 3, 30),
            "local time `2024-03-31T03:30` does not exist in Europe/Riga: the clocks skip it \
             when daylight saving time begins",
        ),
    ]
}

#[test]
fn each_refusal_says_what_was_expected() {
    let [date, time, gap] = refusals().map(|(result, _)| result.unwrap_err());
    assert_eq!(
        date,
        riga::Error::InvalidDate {
            year: 2023,
            month: 2,
            day: 29
        }
    );
    assert_eq!(
        time,
        riga::Error::InvalidTime {
            hour: 24,
            minute: 0
        }
    );
    assert_eq!(
        gap,
        riga::Error::NonexistentLocalTime {
            local: "2024-03-31T03:30".into(),
            zone: "Europe/Riga",
        }
    );
    for (result, message) in refusals() {
        assert_eq!(result.unwrap_err().to_string(), message);
    }
}

/// What existing code does: `riga::at(..)?` in a function that returns the model's error.
fn published(at: Result<DateTime<FixedOffset>, riga::Error>) -> Result<String, jaunumi::Error> {
    Ok(at?.to_rfc3339())
}

#[test]
fn the_model_error_made_from_a_riga_error_has_its_message_and_kind() {
    for (result, message) in refusals() {
        let err = published(result).unwrap_err();
        assert_eq!(err.to_string(), message);
        assert_eq!(err.field(), "");
    }
    let err = published(riga::at(2024, 3, 31, 3, 30)).unwrap_err();
    assert_eq!(
        err.kind(),
        &jaunumi::ErrorKind::LocalTime(riga::Error::NonexistentLocalTime {
            local: "2024-03-31T03:30".into(),
            zone: "Europe/Riga",
        })
    );
    assert_eq!(
        published(riga::at(2018, 1, 17, 12, 0)).unwrap(),
        "2018-01-17T12:00:00+02:00"
    );
    let boxed: Box<dyn std::error::Error> = riga::at(2023, 2, 29, 12, 0).unwrap_err().into();
    assert_eq!(
        boxed.to_string(),
        "expected a calendar date, found year 2023, month 2, day 29"
    );
}

#[test]
fn a_date_in_the_gap_carries_the_riga_error() {
    let err = jaunumi::date::parse("2025. gada 30. martā plkst. 3.30", None).unwrap_err();
    assert_eq!(
        err.kind(),
        &jaunumi::date::ErrorKind::LocalTime(riga::Error::NonexistentLocalTime {
            local: "2025-03-30T03:30".into(),
            zone: "Europe/Riga",
        })
    );
    // The message once, not again as a source.
    assert!(std::error::Error::source(&err).is_none());
    let local = NaiveDate::from_ymd_opt(2025, 3, 30).and_then(|d| d.and_hms_opt(3, 30, 0));
    let from_riga = riga::local_time(local.unwrap()).unwrap_err();
    assert_eq!(err.to_string(), from_riga.to_string());
    assert_eq!(jaunumi::date::Error::from(from_riga), err);
}

#[test]
fn riga_errors_are_send_sync_static_and_std_errors() {
    fn check<E: std::error::Error + Send + Sync + 'static>() {}
    check::<riga::Error>();
    let err: Box<dyn std::error::Error> = Box::new(riga::at(2023, 2, 29, 12, 0).unwrap_err());
    assert!(err.source().is_none());
}
