//! How the JSON is laid out (compact or indented), how strings are escaped (as JSON needs,
//! or also safe inside an HTML `<script>` element), and the writer that writes some values
//! through `serde_json` and the structure around them itself.
//!
//! # Performance
//!
//! In HTML, every string is searched for the characters a script element must not hold as
//! they are (`<`, `>`, `&`, U+2028, U+2029) eight bytes at a time within a 64-bit word,
//! where most text holds none; only the bytes around one are looked at closer. The test
//! `every_unsafe_character_at_every_offset` holds the result equal to a plain replacement
//! one character at a time.

use std::io;

use serde::Serialize;
use serde_json::ser::Formatter;

use crate::export::{ExportError, ExportFormat};
use crate::model::text::HtmlText;

/// A `serde_json` formatter with the layout and escaping an exporter asks for. Its state (the indentation) lives here, so that a streaming writer can write
/// some values through `serde_json` and the structure around them itself.
#[derive(Debug, Clone, Default)]
pub(crate) struct Format {
    pretty: bool,
    html: bool,
    depth: usize,
    has_value: bool,
}

impl Format {
    pub(crate) fn new(pretty: bool, html: bool) -> Self {
        Self {
            pretty,
            html,
            depth: 0,
            has_value: false,
        }
    }

    fn newline<W: ?Sized + io::Write>(&self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b"\n")?;
        for _ in 0..self.depth {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }

    pub(crate) fn open<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        bracket: &[u8],
    ) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    pub(crate) fn close<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        bracket: &[u8],
    ) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        if self.pretty && self.has_value {
            self.newline(writer)?;
        }
        writer.write_all(bracket)
    }

    /// Before an array element or an object key.
    pub(crate) fn item<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        if self.pretty {
            self.newline(writer)?;
        }
        Ok(())
    }

    /// After an array element or an object value.
    pub(crate) fn item_end(&mut self) {
        self.has_value = true;
    }

    /// Between an object key and its value.
    pub(crate) fn colon<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(if self.pretty { b": " } else { b":" })
    }
}

impl Formatter for &mut Format {
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.item_end();
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.colon(writer)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.item_end();
        Ok(())
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if self.html {
            write_script_safe(writer, fragment)
        } else {
            writer.write_all(fragment.as_bytes())
        }
    }
}

/// Writes a fragment of a JSON string (which `serde_json` has already escaped as JSON
/// needs) with `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes: inside a `<script>`
/// element no `</script>`, `<!--` or `]]>` can then appear, and a JSON reader sees the same
/// string. (HTML entities would not do: script content is not decoded, so a JSON reader
/// would see `&lt;` literally.)
fn write_script_safe<W: ?Sized + io::Write>(writer: &mut W, fragment: &str) -> io::Result<()> {
    let bytes = fragment.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(at) = next_unsafe(bytes, i) {
        let escape: &[u8] = match bytes.get(at..) {
            Some([b'<', ..]) => b"\\u003c",
            Some([b'>', ..]) => b"\\u003e",
            Some([b'&', ..]) => b"\\u0026",
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
            Some([0xe2, 0x80, 0xa8, ..]) => b"\\u2028",
            Some([0xe2, 0x80, 0xa9, ..]) => b"\\u2029",
            // Another character that starts with E2, such as `–` or `“`.
            _ => {
                i = at + 1;
                continue;
            }
        };
        let before = bytes.get(start..at);
        debug_assert!(
            before.is_some(),
            "`start` is never past the next unsafe byte"
        );
        writer.write_all(before.unwrap_or_default())?;
        writer.write_all(escape)?;
        start = at + if escape.starts_with(b"\\u20") { 3 } else { 1 };
        i = start;
    }
    let rest = bytes.get(start..);
    debug_assert!(rest.is_some(), "`start` is never past the end");
    writer.write_all(rest.unwrap_or_default())
}

/// The first byte from `i` on that is `<`, `>`, `&` or E2 (which starts U+2028 and
/// U+2029), eight bytes at a time: in a word, the lowest flagged byte is the first match.
fn next_unsafe(bytes: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let equal = |x: u64, b: u8| {
        let y = x ^ (ONES * u64::from(b));
        y.wrapping_sub(ONES) & !y & HIGH
    };
    while let Some(chunk) = bytes
        .get(i..i + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
    {
        let x = u64::from_le_bytes(chunk);
        let found = equal(x, b'<') | equal(x, b'>') | equal(x, b'&') | equal(x, 0xe2);
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    let at = rest
        .iter()
        .position(|b| matches!(b, b'<' | b'>' | b'&' | 0xe2))?;
    Some(i + at)
}

/// The writer's failure inside a `serde_json` error, as the export's: the only error
/// `serde_json` can give on the crate's own values (and on its own output read back).
pub(crate) fn write_error(what: ExportFormat) -> impl Fn(serde_json::Error) -> ExportError {
    move |err| {
        debug_assert!(
            err.is_io(),
            "serde_json refused the crate's own JSON: {err}"
        );
        ExportError::Io {
            format: what,
            source: err.into(),
        }
    }
}

/// Where a document goes: the writer, the layout, what is written (for the errors), and
/// whether it sits in a `<script type="application/ld+json">` element.
#[derive(Debug)]
pub struct Out<W> {
    writer: W,
    format: Format,
    what: ExportFormat,
}

/// What opens and closes the script element; the JSON inside never holds `</`.
const SCRIPT_START: &[u8] = b"<script type=\"application/ld+json\">";
const SCRIPT_END: &[u8] = b"</script>";

impl<W: io::Write> Out<W> {
    pub(crate) fn new(writer: W, format: Format, what: ExportFormat) -> Self {
        Self {
            writer,
            format,
            what,
        }
    }

    /// Opens the script element, in HTML.
    pub(crate) fn begin(&mut self) -> Result<(), ExportError> {
        if self.format.html {
            self.writer
                .write_all(SCRIPT_START)
                .map_err(ExportError::io(self.what))?;
            if self.format.pretty {
                self.writer
                    .write_all(b"\n")
                    .map_err(ExportError::io(self.what))?;
            }
        }
        Ok(())
    }

    /// Closes the script element, in HTML.
    pub(crate) fn end(&mut self) -> Result<(), ExportError> {
        if self.format.html {
            if self.format.pretty {
                self.writer
                    .write_all(b"\n")
                    .map_err(ExportError::io(self.what))?;
            }
            self.writer
                .write_all(SCRIPT_END)
                .map_err(ExportError::io(self.what))?;
        }
        Ok(())
    }

    /// Writes a whole value through `serde_json`.
    pub(crate) fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), ExportError> {
        let mut serializer =
            serde_json::Serializer::with_formatter(&mut self.writer, &mut self.format);
        value
            .serialize(&mut serializer)
            .map_err(write_error(self.what))
    }

    /// Opens an object (`{`) or array (`[`) whose items follow.
    pub(crate) fn open(&mut self, bracket: &[u8]) -> Result<(), ExportError> {
        self.format
            .open(&mut self.writer, bracket)
            .map_err(ExportError::io(self.what))
    }

    /// Closes the object or array, which is then the value of its key or element.
    pub(crate) fn close(&mut self, bracket: &[u8]) -> Result<(), ExportError> {
        self.format
            .close(&mut self.writer, bracket)
            .map_err(ExportError::io(self.what))?;
        self.format.item_end();
        Ok(())
    }

    /// Starts a key whose value follows (closed by [`Out::close`] when it is a container).
    pub(crate) fn key(&mut self, first: bool, key: &str) -> Result<(), ExportError> {
        self.format
            .item(&mut self.writer, first)
            .map_err(ExportError::io(self.what))?;
        self.value(key)?;
        self.format
            .colon(&mut self.writer)
            .map_err(ExportError::io(self.what))
    }

    /// Writes `key: value`.
    pub(crate) fn entry<T: Serialize + ?Sized>(
        &mut self,
        first: bool,
        key: &str,
        value: &T,
    ) -> Result<(), ExportError> {
        self.key(first, key)?;
        self.value(value)?;
        self.format.item_end();
        Ok(())
    }

    /// Starts an array element (closed by [`Out::close`]).
    pub(crate) fn item(&mut self, first: bool) -> Result<(), ExportError> {
        self.format
            .item(&mut self.writer, first)
            .map_err(ExportError::io(self.what))
    }

    /// Writes an array element.
    pub(crate) fn element<T: Serialize + ?Sized>(
        &mut self,
        first: bool,
        value: &T,
    ) -> Result<(), ExportError> {
        self.item(first)?;
        self.value(value)?;
        self.format.item_end();
        Ok(())
    }

    /// Writes a JSON string whose contents are already escaped as `serde_json` escapes
    /// them: through the formatter like any other string, so that in HTML it is made
    /// script-safe the same way.
    pub(crate) fn escaped_string(&mut self, contents: &str) -> Result<(), ExportError> {
        let mut format = &mut self.format;
        format
            .begin_string(&mut self.writer)
            .and_then(|()| format.write_string_fragment(&mut self.writer, contents))
            .and_then(|()| format.end_string(&mut self.writer))
            .map_err(ExportError::io(self.what))
    }

    /// Starts an object written key by key.
    pub(crate) fn object(&mut self) -> Result<Object<'_, W>, ExportError> {
        self.open(b"{")?;
        Ok(Object {
            out: self,
            first: true,
        })
    }

    pub(crate) fn into_inner(self) -> W {
        self.writer
    }
}

/// An object being written key by key; [`Object::end`] closes it.
pub(crate) struct Object<'o, W> {
    out: &'o mut Out<W>,
    first: bool,
}

impl<W: io::Write> Object<'_, W> {
    /// Writes `key: value`.
    pub(crate) fn entry<T: Serialize + ?Sized>(
        &mut self,
        key: &str,
        value: &T,
    ) -> Result<(), ExportError> {
        self.out.entry(self.first, key, value)?;
        self.first = false;
        Ok(())
    }

    /// Writes `key: value` when there is a value.
    pub(crate) fn optional<T: Serialize + ?Sized>(
        &mut self,
        key: &str,
        value: Option<&T>,
    ) -> Result<(), ExportError> {
        match value {
            Some(value) => self.entry(key, value),
            None => Ok(()),
        }
    }

    /// Writes `key: "text"`, the text's contents escaped for JSON or still to escape.
    pub(crate) fn text(&mut self, key: &str, text: &HtmlText) -> Result<(), ExportError> {
        self.out.key(self.first, key)?;
        self.first = false;
        match text {
            HtmlText::Escaped(contents) => self.out.escaped_string(contents)?,
            HtmlText::Plain(text) => self.out.value(text.as_str())?,
        }
        self.out.format.item_end();
        Ok(())
    }

    /// Starts `key` with an object (`{`) or array (`[`) whose items follow, leaving this
    /// object open: the writer closes both ([`Out::close`]) when the items are written.
    pub(crate) fn open(self, key: &str, bracket: &[u8]) -> Result<(), ExportError> {
        self.out.key(self.first, key)?;
        self.out.open(bracket)
    }

    /// Closes the object.
    pub(crate) fn end(self) -> Result<(), ExportError> {
        self.out.close(b"}")
    }
}

#[cfg(test)]
mod tests {
    use super::write_script_safe;

    /// The escaping, one character at a time.
    fn reference(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '<' => "\\u003c".to_owned(),
                '>' => "\\u003e".to_owned(),
                '&' => "\\u0026".to_owned(),
                '\u{2028}' => "\\u2028".to_owned(),
                '\u{2029}' => "\\u2029".to_owned(),
                c => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn every_unsafe_character_at_every_offset() {
        for special in [
            "<",
            ">",
            "&",
            "\u{2028}",
            "\u{2029}",
            "–",
            "“",
            "\u{2028}<\u{2029}",
            "é",
        ] {
            for before in 0..20 {
                for after in 0..12 {
                    let text = format!("{}{special}{}", "a".repeat(before), "ā".repeat(after));
                    let mut out = Vec::new();
                    write_script_safe(&mut out, &text).unwrap();
                    assert_eq!(
                        String::from_utf8(out).unwrap(),
                        reference(&text),
                        "{text:?}"
                    );
                }
            }
        }
    }
}
