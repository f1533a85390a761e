//! A feed served over HTTP on 127.0.0.1 with its cache headers, answering conditional GETs
//! with `jaunumi::cache` — the server `.ci/web.sh` points Python's feedparser at.
//!
//! `cargo run --example conditional_get -- FEED.rss.xml REQUESTS` serves the file as RSS
//! for at most REQUESTS requests (then exits), on a free port it prints first. Each GET gets
//! `200` with the feed, its `ETag` and `Last-Modified`, or `304 Not Modified` when its
//! `If-None-Match` or `If-Modified-Since` says the reader has it. Last-Modified is given
//! as the third argument (RFC 3339), as the exporter of the feed knows it.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use jaunumi::cache::CacheHeaders;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: conditional_get FEED REQUESTS LAST-MODIFIED")?;
    let requests: usize = args.next().ok_or("REQUESTS")?.parse()?;
    let modified = chrono::DateTime::parse_from_rfc3339(&args.next().ok_or("LAST-MODIFIED")?)?;
    let body = std::fs::read(&path)?;
    let headers = CacheHeaders::new(&body, Some(&modified));
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let mut stdout = std::io::stdout();
    writeln!(stdout, "{}", listener.local_addr()?.port())?;
    stdout.flush()?;
    for stream in listener.incoming().take(requests) {
        let mut stream = stream?;
        let mut reader = BufReader::new(stream.try_clone()?);
        let (mut if_none_match, mut if_modified_since) = (None, None);
        let mut line = String::new();
        reader.read_line(&mut line)?;
        loop {
            line.clear();
            if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                let value = value.trim().to_owned();
                match name.trim().to_ascii_lowercase().as_str() {
                    "if-none-match" => if_none_match = Some(value),
                    "if-modified-since" => if_modified_since = Some(value),
                    _ => {}
                }
            }
        }
        let last_modified = headers.last_modified().unwrap_or_default();
        let common = format!(
            "ETag: {}\r\nLast-Modified: {last_modified}\r\nConnection: close\r\n",
            headers.etag()
        );
        if headers.not_modified(if_none_match.as_deref(), if_modified_since.as_deref()) {
            write!(stream, "HTTP/1.1 304 Not Modified\r\n{common}\r\n")?;
        } else {
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n{common}\r\n",
                jaunumi::rss::MEDIA_TYPE,
                body.len()
            )?;
            stream.write_all(&body)?;
        }
        stream.flush()?;
    }
    Ok(())
}
