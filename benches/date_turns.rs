//! `date` parsing beside chrono's `DateTime::parse_from_rfc3339`, timed in turns: the same
//! 10,000 phrases and 10,000 timestamps as the `date` bench's `parse 10k` group.
//!
//! Criterion times one side and then the other. On a shared machine whose speed drifts over
//! seconds, the ratio of the two medians carries that drift. Here the sides take turns (all
//! the phrases, then all the timestamps) for [`ROUNDS`] rounds, and the fastest round of each
//! side is kept: the one least disturbed, taken within a second of the other side's. What it
//! cannot remove is the layout of the code: where the linker puts each side's functions moves
//! the ratio by a few percent from one build to the next (benches/README.md has the figures).
//!
//! `cargo bench --bench date_turns` prints both times and their ratio, and the median of
//! the ratios of the rounds: the two sides of a round are timed within milliseconds of each
//! other, where criterion's medians are seconds apart.

use std::hint::black_box;
use std::io::{self, Write as _};
use std::time::{Duration, Instant};

use chrono::DateTime;
use jaunumi::date::Parser;

mod support;

const N: usize = 10_000;
/// How many turns each side takes.
const ROUNDS: usize = 400;

fn main() -> io::Result<()> {
    let phrases: Vec<(String, Parser)> = support::dates::phrases(17, N)
        .into_iter()
        .map(|(text, reference)| (text, Parser::new().with_reference(reference)))
        .collect();
    let timestamps = support::dates::timestamps(18, N);
    // `cargo bench` passes `--bench`; run otherwise (`cargo test --benches`), one round
    // shows that the bench works, as criterion's test mode does.
    let rounds = if std::env::args().any(|arg| arg == "--bench") {
        ROUNDS
    } else {
        1
    };
    let mut rounds_timed = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = Instant::now();
        for (text, parser) in &phrases {
            let _ = black_box(parser.parse(black_box(text)));
        }
        let parse = start.elapsed();
        let start = Instant::now();
        for text in &timestamps {
            let _ = black_box(DateTime::parse_from_rfc3339(black_box(text)));
        }
        rounds_timed.push((parse, start.elapsed()));
    }
    let parse = rounds_timed.iter().map(|&(parse, _)| parse).min();
    let rfc3339 = rounds_timed.iter().map(|&(_, rfc3339)| rfc3339).min();
    let (Some(parse), Some(rfc3339)) = (parse, rfc3339) else {
        return Ok(());
    };
    // Each round's two sides ran within a few milliseconds of each other, so the ratio of
    // a round is taken at one speed of the machine; their median leaves out the rounds that
    // a change of speed split.
    let mut ratios: Vec<f64> = rounds_timed
        .iter()
        .map(|(parse, rfc3339)| parse.as_secs_f64() / rfc3339.as_secs_f64())
        .collect();
    ratios.sort_by(f64::total_cmp);
    let median = ratios.get(ratios.len() / 2).copied().unwrap_or(f64::NAN);
    let each = |total: Duration| total.as_secs_f64() * 1e9 / N as f64;
    writeln!(
        io::stdout().lock(),
        "parse 10k, in turns: jaunumi::date::Parser::parse {:.1} ns a phrase, \
         chrono::DateTime::parse_from_rfc3339 {:.1} ns a timestamp: {:.2}× \
         (the fastest of {rounds} rounds each); median of the rounds' ratios {median:.2}×",
        each(parse),
        each(rfc3339),
        parse.as_secs_f64() / rfc3339.as_secs_f64(),
    )
}
