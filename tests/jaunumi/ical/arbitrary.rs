//! Arbitrary valid articles with events, for the property tests here and for the batch
//! `examples/ical_corpus.rs arbitrary` writes for Python's icalendar to read back.
//!
//! Times reach from the year 1 to 9998 with any offset to the minute (−14:00 to +14:00),
//! with extra weight around Riga's changes of the clocks since 2001 and on the hour skipped
//! and the hour repeated; text holds everything iCalendar escapes (`\`, `;`, `,`, line
//! ends), what RFC 6868 escapes in a parameter (`"`, `^`), and long runs of two-, three-
//! and four-byte UTF-8 to fold.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};
use jaunumi::{
    Article, Category, Event, EventStatus, Location, Moment, Organization, Place, PostalAddress,
};
use proptest::prelude::*;

/// Text as the model takes it, full of what iCalendar escapes and folds.
pub(crate) fn text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("\\".to_owned()),
        Just(";".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("\"".to_owned()),
        Just("^".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\r".to_owned()),
        Just("\t".to_owned()),
        Just("„Jūras vārti“".to_owned()),
        Just("ĀČĒĢĪĶĻŅŠŪŽ€".to_owned()),
        Just("🎄🇱🇻🎉".to_owned()),
        Just("שלום".to_owned()),
        "[a-zA-Z0-9āčēģīķļņšūž ]{1,40}",
    ];
    prop::collection::vec(fragment, 1..12)
        .prop_map(|parts| parts.concat())
        .prop_filter("model text is not blank", |s| !s.trim().is_empty())
}

/// The instants the clocks changed in Riga in 2001–2030, at 01:00 UTC.
fn changes() -> Vec<i64> {
    let mut changes = Vec::new();
    for year in 2001..=2030 {
        for month in [3, 10] {
            let last = NaiveDate::from_ymd_opt(year, month, 31).unwrap();
            let back = chrono::Datelike::weekday(&last).num_days_from_sunday();
            let sunday = last - TimeDelta::days(i64::from(back));
            changes.push(sunday.and_hms_opt(1, 0, 0).unwrap().and_utc().timestamp());
        }
    }
    changes
}

/// Seconds since 1970 from the third day of the year 1 to 9998, more often near a change of
/// the clocks.
fn seconds() -> impl Strategy<Value = i64> {
    let changes = changes();
    prop_oneof![
        2 => -62_135_596_800_i64 + 3 * 86_400..253_370_764_800,
        3 => (0..changes.len(), -7_200_i64..7_200).prop_map(move |(i, s)| changes[i] + s),
        2 => 946_684_800_i64..1_893_456_000,
    ]
}

/// An offset to the minute, from −14:00 to +14:00; Riga's two more often.
fn offset() -> impl Strategy<Value = FixedOffset> {
    prop_oneof![
        2 => Just(2 * 3600),
        2 => Just(3 * 3600),
        1 => Just(0),
        1 => (-14 * 60..=14 * 60).prop_map(|minutes: i32| minutes * 60),
    ]
    .prop_map(|seconds| FixedOffset::east_opt(seconds).unwrap())
}

/// An instant with an offset, whose local reading stays in the years 1 to 9999.
pub(crate) fn instant() -> impl Strategy<Value = DateTime<FixedOffset>> {
    (seconds(), offset(), 0_u32..1_000_000_000).prop_map(|(seconds, offset, nanos)| {
        let nanos = if nanos % 3 == 0 { 0 } else { nanos };
        DateTime::from_timestamp(seconds, nanos)
            .unwrap()
            .with_timezone(&offset)
    })
}

/// A start and an end of one kind, the end not before the start.
fn times() -> impl Strategy<Value = (Moment, Option<Moment>)> {
    prop_oneof![
        (instant(), proptest::option::of(0_i64..400_000)).prop_map(|(start, length)| {
            let end = length.map(|seconds| Moment::Instant(start + TimeDelta::seconds(seconds)));
            (Moment::Instant(start), end)
        }),
        (2_i32..=9998, 1_u32..=366, proptest::option::of(0_i64..40)).prop_map(
            |(year, day, length)| {
                let start = NaiveDate::from_yo_opt(year, day)
                    .or_else(|| NaiveDate::from_yo_opt(year, 365))
                    .unwrap();
                let end = length.map(|days| Moment::Date(start + TimeDelta::days(days)));
                (Moment::Date(start), end)
            }
        ),
    ]
}

fn status(start: Moment) -> impl Strategy<Value = EventStatus> {
    let earlier = match start {
        Moment::Instant(instant) => Moment::Instant(instant - TimeDelta::hours(30)),
        other => Moment::Date(other.date() - TimeDelta::days(1)),
    };
    prop_oneof![
        3 => Just(EventStatus::Scheduled),
        1 => Just(EventStatus::Cancelled),
        1 => Just(EventStatus::Postponed),
        1 => Just(EventStatus::Rescheduled { previous_start: earlier }),
        1 => Just(EventStatus::MovedOnline),
    ]
}

fn place() -> impl Strategy<Value = Place> {
    (
        text(),
        proptest::option::of(text()),
        proptest::option::of((-90.0_f64..=90.0, -180.0_f64..=180.0)),
    )
        .prop_map(|(name, street, point)| {
            let mut address = PostalAddress::builder().locality("Ventspils");
            if let Some(street) = street {
                address = address.street(street);
            }
            let mut place = Place::builder(name, address.build().unwrap());
            if let Some((latitude, longitude)) = point {
                place = place.coordinates(latitude, longitude);
            }
            place.build().unwrap()
        })
}

fn online() -> impl Strategy<Value = jaunumi::WebUrl> {
    "[a-z]{1,20}".prop_map(|path| {
        format!("https://www.youtube.com/@{path},live;1")
            .parse()
            .unwrap()
    })
}

fn location() -> impl Strategy<Value = Location> {
    prop_oneof![
        place().prop_map(Location::Physical),
        online().prop_map(Location::Online),
        (place(), online()).prop_map(|(place, url)| Location::Mixed { place, url }),
    ]
}

/// An event the calendar can hold: with a location, times in the years 1 to 9999.
pub(crate) fn event() -> impl Strategy<Value = Event> {
    times().prop_flat_map(|(start, end)| {
        (
            text(),
            proptest::option::of(text()),
            location(),
            status(start),
            proptest::option::of((text(), "[a-z]{1,10}")),
            any::<bool>(),
            prop_oneof![Just("lv"), Just("en"), Just("ru"), Just("et")],
        )
            .prop_map(
                move |(name, description, location, status, organizer, own_url, language)| {
                    let mut event = Event::builder(name, start)
                        .location(location)
                        .status(status)
                        .language(language.parse().unwrap());
                    if let Some(end) = end {
                        event = event.end(end);
                    }
                    if let Some(description) = description {
                        event = event.description(description);
                    }
                    if let Some((name, user)) = organizer {
                        event = event.organizer(
                            Organization::builder(name)
                                .email(format!("{user}@ventspils.lv"))
                                .build()
                                .unwrap(),
                        );
                    }
                    if own_url {
                        event = event.url("https://www.ventspils.lv/pasakumi/1?a=1,2;3");
                    }
                    event.build().unwrap()
                },
            )
    })
}

/// An article holding one to three events, published in its own time.
pub(crate) fn article(index: usize) -> impl Strategy<Value = Article> {
    (
        prop::collection::vec(event(), 1..=3),
        instant(),
        prop::collection::vec(text(), 0..3),
        any::<bool>(),
    )
        .prop_map(move |(events, published, categories, tag_id)| {
            let mut article = Article::builder(
                format!("Pasākumi {index}"),
                format!("https://www.ventspils.lv/jaunumi/{index}/"),
                published,
            );
            if tag_id {
                article = article.id(format!("tag:ventspils.lv,2024:jaunumi/{index}"));
            }
            for category in categories {
                article = article.category(Category::builder(category).build().unwrap());
            }
            for event in events {
                article = article.event(event);
            }
            article.build().unwrap()
        })
}
