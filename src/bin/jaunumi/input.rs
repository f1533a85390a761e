//! Reading JSON records: a file or standard input, line by line, with errors that name the
//! field.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

use jaunumi::{Feed, FeedBuilder};
use serde::de::DeserializeOwned;
use serde_json::error::Category;

/// A file, or standard input when there is none, read line by line.
pub(crate) fn open(path: Option<&Path>) -> io::Result<Box<dyn BufRead>> {
    Ok(match path {
        Some(path) => {
            Box::new(BufReader::new(File::open(path).map_err(|e| {
                io::Error::new(e.kind(), format!("{}: {e}", path.display()))
            })?))
        }
        None => Box::new(io::stdin().lock()),
    })
}

/// Calls `write` for each line of standard input (without its line ending; invalid UTF-8
/// replaced), writing to standard output. Lines are handled as they arrive, and the output
/// is flushed whenever no more input is waiting, so a program that writes a line and waits
/// for the answer gets it.
pub(crate) fn each_line(
    mut write: impl FnMut(&str, &mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut input = BufReader::new(io::stdin().lock());
    let mut output = io::BufWriter::new(io::stdout().lock());
    let mut buf = Vec::new();
    loop {
        if input.buffer().is_empty() {
            output.flush()?;
        }
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            return output.flush();
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        write(line, &mut output)?;
    }
}

/// Why a record was refused: the path of the field, and what was wrong.
#[derive(Debug)]
pub(crate) struct Invalid {
    pub(crate) field: String,
    pub(crate) message: String,
}

/// Reads one JSON record into the builder `B` and builds it, so that a wrong value gets the
/// library's own error with its field path, and a wrong JSON shape gets serde's error with
/// the path where it happened.
pub(crate) fn record<B, T>(line: &str) -> Result<T, Invalid>
where
    B: DeserializeOwned + TryInto<T, Error = jaunumi::Error>,
{
    let mut deserializer = serde_json::Deserializer::from_str(line);
    let builder: B = serde_path_to_error::deserialize(&mut deserializer).map_err(shape)?;
    deserializer.end().map_err(|e| Invalid {
        field: "-".to_owned(),
        message: without_position(&e),
    })?;
    builder.try_into().map_err(|e| Invalid {
        field: e.field().to_owned(),
        message: e.kind().to_string(),
    })
}

fn shape(err: serde_path_to_error::Error<serde_json::Error>) -> Invalid {
    let path = err.path().to_string();
    let inner = err.into_inner();
    let message = without_position(&inner);
    let at = |name: &str| {
        if path == "." {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        }
    };
    // serde names a missing field in its message, at the path of the object that lacks it.
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(name, _)| at(name));
    let field = match (missing, inner.classify()) {
        (Some(field), _) => field,
        (None, Category::Syntax | Category::Eof | Category::Io) => "-".to_owned(),
        (None, Category::Data) if path == "." => "-".to_owned(),
        (None, Category::Data) => path,
    };
    Invalid { field, message }
}

/// serde_json's message without its ` at line L column C` suffix (a record is one line).
fn without_position(err: &serde_json::Error) -> String {
    let message = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    message.strip_suffix(&suffix).unwrap_or(&message).to_owned()
}

/// Reads a feed's JSON from `path`; an error names the file, and for an invalid feed the
/// field (`FEED.json: articles[0].title: must not be empty`).
pub(crate) fn feed(path: &Path) -> io::Result<Feed> {
    let json = std::fs::read_to_string(path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    record::<FeedBuilder, Feed>(&json).map_err(|invalid| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{}: {}: {}", path.display(), invalid.field, invalid.message),
        )
    })
}
