//! Peak memory of writing a calendar: streams COUNT lazily generated events
//! (benches/support/events.rs) into `io::sink()`, one event in memory at a time, with
//! `jaunumi::ical::Writer`; or, for comparison, builds the `icalendar` crate's `Calendar`
//! from the same events and writes it, as that crate requires.
//!
//! ```text
//! cargo build --release --example ical_memory
//! /usr/bin/time -v target/release/examples/ical_memory jaunumi 1000
//! /usr/bin/time -v target/release/examples/ical_memory jaunumi 100000
//! /usr/bin/time -v target/release/examples/ical_memory icalendar-crate 100000
//! ```
//!
//! "Maximum resident set size" is the peak.

#[path = "../benches/support/mod.rs"]
mod support;

use std::io::{self, Write as _};

use icalendar::Component as _;
use support::events;

const SEED: u64 = 20_240_331;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(mode), Some(count)) = (args.next(), args.next()) else {
        return Err("usage: ical_memory jaunumi|icalendar-crate COUNT".into());
    };
    let count: usize = count.parse()?;
    let stamp = jaunumi::riga::at(2025, 12, 1, 9, 0)?;
    let mut written = 0;
    match mode.as_str() {
        "jaunumi" => {
            let calendar = jaunumi::ical::Calendar::new()
                .name(jaunumi::Text::new("Pašvaldības pasākumi")?)
                .stamp(stamp);
            let mut ics = jaunumi::ical::Writer::start(io::sink(), &calendar)?;
            for data in events::stream(SEED, count) {
                ics.write(&events::to_event(&data)?)?;
                written += 1;
            }
            ics.finish()?;
        }
        "icalendar-crate" => {
            let mut calendar = icalendar::Calendar::new();
            calendar.name("Pašvaldības pasākumi");
            for data in events::stream(SEED, count) {
                let mut event = icalendar::Event::new();
                event
                    .uid(&data.url)
                    .timestamp(stamp.to_utc())
                    .summary(&data.name)
                    .url(&data.url);
                if let Some(description) = &data.description {
                    event.description(description);
                }
                calendar.push(event.done());
                written += 1;
            }
            write!(io::sink(), "{}", calendar.done())?;
        }
        other => {
            return Err(
                format!("unknown mode `{other}`: expected jaunumi or icalendar-crate").into(),
            );
        }
    }
    writeln!(io::stderr(), "{mode}: {written} events written")?;
    Ok(())
}
