//! Every error message, pinned to its exact text, each reached through `parse` where text
//! can reach it.

use chrono::NaiveDate;
use jaunumi::date::{self, ErrorKind, Parser, Point, Range, YearPolicy};

fn message(text: &str, reference: Option<NaiveDate>) -> String {
    date::parse(text, reference).unwrap_err().to_string()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn empty() {
    let err = date::parse(" \u{a0}\t", None).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Empty);
    assert_eq!(
        err.to_string(),
        "expected a date expression, found empty text"
    );
}

#[test]
fn unrecognized() {
    let err = date::parse("  rīt kādreiz ", day(2024, 1, 1)).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Trailing { .. }));
    assert_eq!(
        message("Nr. 17", None),
        "expected a Latvian date expression such as `17. janvārī`, found `Nr. 17`"
    );
}

#[test]
fn trailing() {
    assert_eq!(
        message("2024. gada 17. janvārī tika atklāts", None),
        "expected the end of the text after the date `2024. gada 17. janvārī`, found `tika atklāts`"
    );
}

#[test]
fn bare_number() {
    assert_eq!(
        message("2024", None),
        "expected a month, a year word or a time word with the number, found only `2024`"
    );
}

#[test]
fn invalid_month() {
    assert_eq!(
        message("17.13.2024.", None),
        "expected a month from 1 to 12, found `13`"
    );
    assert_eq!(
        message("2024-00-17", None),
        "expected a month from 1 to 12, found `00`"
    );
}

#[test]
fn month_first() {
    assert_eq!(
        message("01/17/2024", None),
        "expected day, month and year in that order, found `01/17/2024` with the month first"
    );
}

#[test]
fn invalid_day() {
    assert_eq!(
        message("29.02.2023.", None),
        "expected a day from 1 to 28 in February 2023, found `29`"
    );
    assert_eq!(
        message("31. februārī", Some(day(2024, 1, 1))),
        "expected a day from 1 to 29 in February, found `31`"
    );
}

#[test]
fn no_leap_year() {
    assert_eq!(
        message("29. februārī", Some(day(2022, 6, 1))),
        "expected a leap year from 2021 to 2023 for `29. februārī`, found none"
    );
    let past = Parser::new()
        .with_reference(day(2022, 6, 1))
        .with_year_policy(YearPolicy::Past);
    assert_eq!(
        past.parse("29. februārī").unwrap_err().to_string(),
        "expected a leap year from 2021 to 2022 for `29. februārī`, found none"
    );
}

#[test]
fn invalid_week() {
    assert_eq!(
        message("2024. gada 53. nedēļā", None),
        "expected a week from 1 to 52 of 2024, found `53`"
    );
}

#[test]
fn invalid_time() {
    assert_eq!(
        message("plkst. 10.60", Some(day(2024, 1, 1))),
        "expected a time of day from 0.00 to 24.00, found `10.60`"
    );
}

#[test]
fn nonexistent_local_time() {
    assert_eq!(
        message("2025. gada 30. martā plkst. 3.30", None),
        "local time `2025-03-30T03:30` does not exist in Europe/Riga: the clocks skip it when \
         daylight saving time begins"
    );
}

#[test]
fn weekday_mismatch() {
    let err = date::parse("trešdien, 17. janvārī", day(2017, 1, 20)).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::WeekdayMismatch {
            found: "trešdien".into(),
            date: day(2017, 1, 17),
            actual: chrono::Weekday::Tue,
        }
    );
    assert_eq!(
        err.to_string(),
        "`trešdien` contradicts 2017-01-17, which is a Tuesday"
    );
}

#[test]
fn apposition_mismatch() {
    let err = date::parse("Šodien, 5. martā", day(2025, 3, 6)).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::AppositionMismatch {
            found: "Šodien".into(),
            date: day(2025, 3, 5),
            named: Point::Date(day(2025, 3, 6)),
        }
    );
    assert_eq!(
        err.to_string(),
        "`Šodien` contradicts 2025-03-05: it names 2025-03-06"
    );
    assert_eq!(
        message("Nākamnedēļ, 3. jūnijā", Some(day(2025, 3, 6))),
        "`Nākamnedēļ` contradicts 2025-06-03: it names 2025-W11"
    );
}

#[test]
fn recurring() {
    let err = date::parse("katru otrdienu 10.00–12.00", day(2025, 3, 6)).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::Recurring {
            found: "katru otrdienu 10.00–12.00".into(),
        }
    );
    assert_eq!(
        err.to_string(),
        "expected one date or range, found `katru otrdienu 10.00–12.00`, which recurs"
    );
}

#[test]
fn end_before_start() {
    assert_eq!(
        message("02.03.2020. – 02.09.2019.", None),
        "expected an end not before the start 2020-03-02, found 2019-09-02"
    );
}

#[test]
fn no_reference() {
    assert_eq!(
        message("vakar", None),
        "expected a reference date to resolve `vakar`, found none"
    );
}

#[test]
fn out_of_range() {
    assert_eq!(
        message("pēc 999 gadiem", Some(NaiveDate::MAX)),
        "expected a date within the years chrono can represent, found `pēc 999 gadiem`"
    );
}

#[test]
fn open_range() {
    let err = Range::new(None, None).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::OpenRange);
    assert_eq!(
        err.to_string(),
        "expected a range with a start or an end, found neither"
    );
    assert!(Range::new(Some(Point::Year(2024)), None).is_ok());
}

#[test]
fn errors_are_send_sync_static_and_std_errors() {
    fn check<E: std::error::Error + Send + Sync + 'static>() {}
    check::<date::Error>();
    let err: Box<dyn std::error::Error> = Box::new(date::parse("", None).unwrap_err());
    assert!(err.source().is_none());
}
