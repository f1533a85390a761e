//! For arbitrary articles with events (tests/jaunumi/ical/arbitrary.rs): the calendar is
//! well formed (lines of at most 75 octets, CRLF, whole UTF-8 sequences, one VTIMEZONE),
//! each event's text unfolds and unescapes to the model's, and each time reads back, through
//! chrono-tz rather than the writer's own rule, to the model's instant or date.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeDelta, TimeZone as _, Utc};
use jaunumi::{Article, Feed, Moment};
use proptest::prelude::*;

use super::arbitrary;
use super::format::well_formed;
use super::{property, unescape, vevents};

/// A value of DTSTART or DTEND read back: a date, or the UTC instant, resolving a Riga local
/// time with chrono-tz.
fn read(line: &str) -> Moment {
    let (name, value) = line.split_once(':').unwrap();
    if name.ends_with(";VALUE=DATE") {
        return Moment::Date(NaiveDate::parse_from_str(value, "%Y%m%d").unwrap());
    }
    if let Some(utc) = value.strip_suffix('Z') {
        let utc = NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S").unwrap();
        return Moment::Instant(Utc.from_utc_datetime(&utc).fixed_offset());
    }
    assert!(name.ends_with(";TZID=Europe/Riga"), "{line}");
    let local = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").unwrap();
    let instant = chrono_tz::Europe::Riga
        .from_local_datetime(&local)
        .single()
        .unwrap_or_else(|| panic!("{line} names one instant in Riga"));
    Moment::Instant(instant.fixed_offset())
}

/// The model's instant to the whole second.
fn whole(instant: &DateTime<FixedOffset>) -> DateTime<Utc> {
    DateTime::from_timestamp(instant.timestamp(), 0).unwrap()
}

fn same(written: &Moment, model: &Moment) -> bool {
    match (written, model) {
        (Moment::Date(a), Moment::Date(b)) => a == b,
        (Moment::Instant(a), Moment::Instant(b)) => a.with_timezone(&Utc) == whole(b),
        _ => false,
    }
}

fn text(model: &str) -> String {
    model.replace("\r\n", "\n").replace('\r', "\n")
}

fn articles() -> impl Strategy<Value = Vec<Article>> {
    (1_usize..4).prop_flat_map(|count| (1..=count).map(arbitrary::article).collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_event_reads_back_to_the_model(articles in articles()) {
        let feed = Feed::builder("P", "P", "https://ventspils.lv/", "https://ventspils.lv/rss")
            .articles(articles)
            .build()
            .unwrap();
        let ics = jaunumi::ical::to_string(&feed).unwrap();
        well_formed(&ics);
        let events: Vec<_> = feed.articles().iter().flat_map(|a| {
            a.events().iter().enumerate().map(move |(i, e)| (a, i, e))
        }).collect();
        let written = vevents(&ics);
        prop_assert_eq!(written.len(), events.len());
        for ((article, index, event), lines) in events.into_iter().zip(&written) {
            let uid = property(lines, "UID").unwrap();
            prop_assert_eq!(
                unescape(uid.split_once(':').unwrap().1),
                format!("{}#event-{}", article.id(), index + 1)
            );
            let summary = property(lines, "SUMMARY").unwrap().split_once(':').unwrap().1;
            prop_assert_eq!(unescape(summary), text(event.name().as_str()));
            let description = property(lines, "DESCRIPTION")
                .map(|line| unescape(line.split_once(':').unwrap().1));
            prop_assert_eq!(description, event.description().map(|d| text(d.as_str())));

            let start = read(property(lines, "DTSTART").unwrap());
            prop_assert!(same(&start, event.start()), "{:?} for {}", start, event.start());
            let end = property(lines, "DTEND").map(read);
            match (event.start(), event.end(), end) {
                (Moment::Date(first), last, Some(Moment::Date(after))) => {
                    let last = last.map_or(*first, Moment::date);
                    prop_assert_eq!(after, last + TimeDelta::days(1));
                }
                (Moment::Instant(first), Some(Moment::Instant(last)), Some(end))
                    if whole(last) > whole(first) =>
                {
                    prop_assert!(same(&end, &Moment::Instant(*last)));
                }
                (Moment::Instant(first), last, None) => {
                    let ends_at_start = match last {
                        None => true,
                        Some(Moment::Instant(last)) => whole(last) == whole(first),
                        Some(_) => false,
                    };
                    prop_assert!(ends_at_start);
                }
                (start, last, end) => {
                    prop_assert!(false, "start {start}, end {last:?}, written {end:?}");
                }
            }
        }
    }
}
