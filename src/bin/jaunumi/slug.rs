//! `jaunumi slug`: one slug per title, from standard input to standard output.

use std::io;
use std::num::NonZeroUsize;
use std::process::ExitCode;

use jaunumi::Language;
use jaunumi::slug::Slugger;

use crate::input;

/// [`Slugger::DEFAULT_MAX_LEN`], which is not zero.
const DEFAULT_MAX_LEN: NonZeroUsize = match NonZeroUsize::new(Slugger::DEFAULT_MAX_LEN) {
    Some(max_len) => max_len,
    None => NonZeroUsize::MIN,
};

/// Reads one title per line and writes its slug on a line of its own, in order: an empty
/// line where a title has nothing to make a slug of.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The longest slug, in characters; longer ones are cut at the end of a word.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_LEN)]
    max_len: NonZeroUsize,
    /// The language of the titles, a BCP 47 tag such as `lv`, `en` or `ru`: `&` becomes
    /// `un`, `and` or `i`.
    #[arg(long, value_name = "TAG", default_value = "lv")]
    lang: Language,
}

/// Runs the command: a closed standard output (`jaunumi slug | head`) ends it quietly.
pub(crate) fn run(args: &Args) -> io::Result<ExitCode> {
    let slugger = Slugger::new()
        .with_max_len(args.max_len.get())
        .with_language(&args.lang);
    input::each_line(|title, out| {
        out.write_all(slugger.slugify(title).as_bytes())?;
        out.write_all(b"\n")
    })?;
    Ok(ExitCode::SUCCESS)
}
