//! iCalendar side by side with the `icalendar` crate, on 10,000 generated Latvian events
//! (benches/support/events.rs: two thirds of the timed ones around changes of the clocks,
//! a fifth all-day, some cancelled, online or both), every run writing into a fresh
//! `Vec<u8>`:
//!
//! - `ical/jaunumi`: `Calendar::to_vec` from the model, the events given alone (each one's
//!   `UID` its URL), what a `jaunumi` user holds already: the model is built once, outside
//!   the timing;
//! - `ical/jaunumi-writer`: the streaming `Writer` into `Vec::new()`, growing as it goes;
//! - `ical/icalendar-crate`: the `icalendar` crate's `Calendar` built from the same data
//!   (what a user of that crate does: Riga local times computed with chrono-tz and given as
//!   `TZID=Europe/Riga`, the day after an all-day event's last as its end, the place as one
//!   line of text) and written with its `Display` into `Vec::new()`. It writes no
//!   `VTIMEZONE`, no `GEO`, `CONFERENCE`, `ORGANIZER` or `LANGUAGE`, so the comparison does
//!   not favour `jaunumi`.
//!
//! ```text
//! cargo bench --bench ical -- --warm-up-time 1 --measurement-time 5
//! ```

// A bench fails by panicking, and reports the sizes it measures on standard output.
#![allow(clippy::expect_used, clippy::print_stdout)]

mod support;

use std::hint::black_box;
use std::io::Write as _;

use chrono::{TimeDelta, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use icalendar::{CalendarDateTime, Component as _, EventLike as _};
use support::events::{self, EventData, Status, When};

const EVENTS: usize = 10_000;
const SEED: u64 = 20_240_331;

fn stamp() -> chrono::DateTime<chrono::FixedOffset> {
    jaunumi::riga::at(2025, 12, 1, 9, 0).expect("a Riga instant")
}

/// A start or end as a user of the icalendar crate writes it: Riga local time by chrono-tz.
fn riga(when: When, exclusive: bool) -> icalendar::DatePerhapsTime {
    match when {
        When::Day(day) if exclusive => (day + TimeDelta::days(1)).into(),
        When::Day(day) => day.into(),
        When::At(instant) => CalendarDateTime::WithTimezone {
            date_time: instant
                .with_timezone(&chrono_tz::Europe::Riga)
                .naive_local(),
            tzid: "Europe/Riga".to_owned(),
        }
        .into(),
    }
}

/// The icalendar crate's calendar, built from the data as a user of that crate builds it.
fn icalendar_calendar(data: &[EventData]) -> icalendar::Calendar {
    let stamp = stamp().with_timezone(&Utc);
    let mut calendar = icalendar::Calendar::new();
    calendar
        .name("Pašvaldības pasākumi")
        .timezone("Europe/Riga");
    for event in data {
        let mut e = icalendar::Event::new();
        e.uid(&event.url)
            .timestamp(stamp)
            .summary(&event.name)
            .url(&event.url)
            .starts(riga(event.start, false));
        match (event.start, event.end) {
            (When::Day(first), None) => {
                e.ends(riga(When::Day(first), true));
            }
            (_, Some(end)) => {
                e.ends(riga(end, true));
            }
            (When::At(_), None) => {}
        }
        if let Some(description) = &event.description {
            e.description(description);
        }
        match (&event.place, &event.online) {
            (Some(place), _) => {
                e.location(&format!(
                    "{}, {}, {}",
                    place.name, place.street, place.locality
                ));
            }
            (None, Some(url)) => {
                e.location(url);
            }
            (None, None) => {}
        }
        let (status, sequence) = match event.status {
            Status::Scheduled => (icalendar::EventStatus::Confirmed, 0),
            Status::Postponed => (icalendar::EventStatus::Tentative, 1),
            Status::MovedOnline => (icalendar::EventStatus::Confirmed, 1),
            Status::Rescheduled(_) => (icalendar::EventStatus::Confirmed, 2),
            Status::Cancelled => (icalendar::EventStatus::Cancelled, 3),
        };
        e.status(status).sequence(sequence);
        calendar.push(e.done());
    }
    calendar.done()
}

fn ical(c: &mut Criterion) {
    let data = events::generate(SEED, EVENTS);
    let models: Vec<jaunumi::Event> = data
        .iter()
        .map(events::to_event)
        .collect::<Result<_, _>>()
        .expect("the generated events are valid");
    let calendar = jaunumi::ical::Calendar::new()
        .name(jaunumi::Text::new("Pašvaldības pasākumi").expect("a name"))
        .stamp(stamp());
    let ours = calendar.to_vec(&models).expect("writing to memory");
    let theirs = icalendar_calendar(&data).to_string();
    println!(
        "{EVENTS} events: jaunumi {:.2} MB, icalendar crate {:.2} MB",
        ours.len() as f64 / 1e6,
        theirs.len() as f64 / 1e6,
    );

    let mut group = c.benchmark_group("ical");
    group.throughput(Throughput::Elements(EVENTS as u64));
    group.sample_size(20);
    group.bench_function("jaunumi", |b| {
        b.iter(|| {
            calendar
                .to_vec(black_box(&models))
                .expect("writing to memory")
        })
    });
    group.bench_function("jaunumi-writer", |b| {
        b.iter(|| {
            let mut writer =
                jaunumi::ical::Writer::start(Vec::new(), &calendar).expect("writing to memory");
            for event in black_box(&models) {
                writer.write(event).expect("a valid event");
            }
            writer.finish().expect("writing to memory")
        })
    });
    group.bench_function("icalendar-crate", |b| {
        b.iter(|| {
            let calendar = icalendar_calendar(black_box(&data));
            let mut out = Vec::new();
            write!(out, "{calendar}").expect("writing to memory");
            out
        })
    });
    group.finish();
}

criterion_group!(benches, ical);
criterion_main!(benches);
