//! `jaunumi slug`: one slug per title, from standard input to standard output.

use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;

use jaunumi::Language;
use jaunumi::slug::Slugger;

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
pub(crate) fn run(args: Args) -> ExitCode {
    let slugger = Slugger::new()
        .with_max_len(args.max_len.get())
        .with_language(&args.lang);
    match slug_lines(
        &slugger,
        &mut BufReader::new(io::stdin().lock()),
        io::stdout().lock(),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            // Nothing more can be said if standard error is gone too.
            let _ = writeln!(io::stderr(), "jaunumi slug: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Slugs `input` line by line into `output`, without reading ahead of what it writes: the
/// output is flushed whenever the input has nothing more buffered, so that a program that
/// writes a title and waits for its slug gets it.
fn slug_lines(
    slugger: &Slugger,
    input: &mut BufReader<impl io::Read>,
    output: impl Write,
) -> io::Result<()> {
    let mut output = BufWriter::new(output);
    let mut line = Vec::new();
    loop {
        if input.buffer().is_empty() {
            output.flush()?;
        }
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let title = String::from_utf8_lossy(&line);
        let title = title.strip_suffix('\n').unwrap_or(&title);
        let title = title.strip_suffix('\r').unwrap_or(title);
        output.write_all(slugger.slugify(title).as_bytes())?;
        output.write_all(b"\n")?;
    }
    output.flush()
}
