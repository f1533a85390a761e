//! Deterministic synthetic Latvian municipal text for the benches, generated in-crate in the
//! style of the shared corpus generator (../shared/bench/gen_corpus.py), so that `cargo bench`
//! works for any user. Every generator takes a seed and gives the same data on every run.
// Each bench or example uses only some of these generators; the rest are dead code there.
#![allow(dead_code)]

pub(crate) mod articles;
pub(crate) mod dates;
pub(crate) mod events;
pub(crate) mod headlines;
