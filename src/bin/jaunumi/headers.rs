//! `--headers FILE`: the HTTP headers to serve an output with, written beside it.

use std::io::{self, Write};
use std::path::Path;

use jaunumi::cache::CacheHeaders;

/// Writes `Content-Type`, `ETag` and (when known) `Last-Modified` to `path`, one header a
/// line, as a web server's configuration or a static host's headers file takes them.
pub(crate) fn write(path: &Path, content_type: &str, headers: &CacheHeaders) -> io::Result<()> {
    let mut file = std::fs::File::create(path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    write!(file, "Content-Type: {content_type}\n{headers}")?;
    file.flush()
}
