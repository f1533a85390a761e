//! The integration tests of `jaunumi`, as one test binary. Data files live in tests/data.
// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

/// The seed item, exactly as the `ventspils` example models it.
#[path = "../../examples/ventspils/seed.rs"]
#[allow(dead_code)]
mod seed;

/// A writer that refuses everything: a pipe closed at the other end.
#[derive(Debug)]
struct Broken;

impl std::io::Write for Broken {
    fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
        Err(std::io::Error::new(
            std::io::ErrorKind::BrokenPipe,
            "pipe closed",
        ))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

mod architecture;
#[cfg(feature = "cli")]
mod cli;
mod date;
mod errors;
mod feeds;
mod ical;
mod jsonld;
mod model;
mod properties;
mod riga;
#[cfg(feature = "schemars")]
mod schema;
mod slug;
mod web;
