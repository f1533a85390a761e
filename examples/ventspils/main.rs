//! The seed news item of `jaunumi`, modelled and exported.
//!
//! ```text
//! cargo run --example ventspils
//! ```
//!
//! prints the seed article as JSON.

// The integration tests share this module and use parts of it the example does not.
#[allow(dead_code)]
mod seed;

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let article = seed::article()?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &article)?;
    writeln!(out)?;
    Ok(())
}
