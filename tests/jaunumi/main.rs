//! The integration tests of `jaunumi`, as one test binary. Data files live in tests/data.
mod feeds;
