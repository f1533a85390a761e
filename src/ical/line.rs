//! Content lines (RFC 5545 §3.1): `NAME;PARAM=value:value`, text escaped, folded at 75
//! octets without splitting a UTF-8 sequence or an escape, each ended by CRLF.

/// The most octets a line may hold before its CRLF (RFC 5545 §3.1), the space that starts
/// a continuation line included.
pub(super) const LIMIT: usize = 75;

/// What a TEXT value (RFC 5545 §3.3.11) escapes: backslash, semicolon, comma and line
/// ends (a CRLF pair, a lone CR and a lone LF each become `\n`).
static TEXT: [Option<&[u8]>; 256] = {
    let mut table: [Option<&[u8]>; 256] = [None; 256];
    table[b'\\' as usize] = Some(b"\\\\");
    table[b';' as usize] = Some(b"\\;");
    table[b',' as usize] = Some(b"\\,");
    table[b'\n' as usize] = Some(b"\\n");
    table[b'\r' as usize] = Some(b"\\n");
    table
};

/// What a quoted parameter value escapes (RFC 6868): `^` as `^^`, `"` as `^'` and line ends
/// as `^n`.
static PARAMETER: [Option<&[u8]>; 256] = {
    let mut table: [Option<&[u8]>; 256] = [None; 256];
    table[b'^' as usize] = Some(b"^^");
    table[b'"' as usize] = Some(b"^'");
    table[b'\n' as usize] = Some(b"^n");
    table[b'\r' as usize] = Some(b"^n");
    table
};

/// Content lines written into a buffer, folded as they are written.
///
/// A line starts with [`Lines::name`], takes parameters and pieces of its value, and ends
/// with [`Lines::end`]. Every byte goes through [`Lines::push`], which knows how many octets
/// the current line holds and starts a continuation line (CRLF and a space) before the
/// octet that would be the 76th, stepping back to the start of a UTF-8 sequence; an escape
/// (`\,`, `^'`) is never split either.
#[derive(Debug, Default)]
pub(super) struct Lines {
    buf: Vec<u8>,
    /// Octets in the current physical line.
    column: usize,
}

impl Lines {
    /// The lines written so far.
    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.buf
    }

    /// Forgets the lines written so far, keeping the memory.
    pub(super) fn clear(&mut self) {
        debug_assert_eq!(self.column, 0, "a line was left open");
        self.buf.clear();
    }

    /// Starts a line with a property or component name.
    pub(super) fn name(&mut self, name: &str) -> &mut Self {
        debug_assert_eq!(self.column, 0, "a line was left open");
        self.push(name.as_bytes());
        self
    }

    /// `;NAME=value`, for a value the crate knows needs no quotes (a language tag, a word).
    pub(super) fn param(&mut self, name: &str, value: &str) -> &mut Self {
        self.atom(b";");
        self.push(name.as_bytes());
        self.atom(b"=");
        self.push(value.as_bytes());
        self
    }

    /// `;NAME="value"`, with the value's `^`, `"` and line ends escaped as RFC 6868 says.
    pub(super) fn quoted_param(&mut self, name: &str, value: &str) -> &mut Self {
        self.atom(b";");
        self.push(name.as_bytes());
        self.atom(b"=\"");
        self.escaped(value, &PARAMETER);
        self.atom(b"\"");
        self
    }

    /// The `:` between the name with its parameters and the value.
    pub(super) fn colon(&mut self) -> &mut Self {
        self.atom(b":");
        self
    }

    /// A piece of a TEXT value, escaped.
    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        self.escaped(text, &TEXT);
        self
    }

    /// A piece of a value that needs no escaping: a URI, a date, a word of the crate's own.
    pub(super) fn raw(&mut self, value: &str) -> &mut Self {
        self.push(value.as_bytes());
        self
    }

    /// Bytes of a value that need no escaping (digits, separators).
    pub(super) fn raw_bytes(&mut self, value: &[u8]) -> &mut Self {
        self.push(value);
        self
    }

    /// Ends the line.
    pub(super) fn end(&mut self) {
        self.buf.extend_from_slice(b"\r\n");
        self.column = 0;
    }

    /// A whole line of a name, a `LANGUAGE` parameter if given, and a TEXT value.
    pub(super) fn text_line(&mut self, name: &str, language: Option<&str>, text: &str) {
        self.name(name);
        if let Some(language) = language {
            self.param("LANGUAGE", language);
        }
        self.colon().text(text).end();
    }

    /// A whole line of a name and a value that needs no escaping.
    pub(super) fn line(&mut self, name: &str, value: &str) {
        self.name(name).colon().raw(value).end();
    }

    /// `text` with the bytes `table` replaces replaced; a CRLF pair is one line end.
    fn escaped(&mut self, text: &str, table: &[Option<&[u8]>; 256]) {
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if let Some(escape) = table[usize::from(b)] {
                self.push(&bytes[start..i]);
                self.atom(escape);
                if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            i += 1;
        }
        self.push(&bytes[start..]);
    }

    /// Bytes that must stay on one physical line (an escape): a continuation line first
    /// when they would not fit.
    fn atom(&mut self, bytes: &[u8]) {
        if self.column + bytes.len() > LIMIT {
            self.fold();
        }
        self.buf.extend_from_slice(bytes);
        self.column += bytes.len();
    }

    /// Bytes of whole UTF-8 sequences, folded where the line is full.
    fn push(&mut self, mut bytes: &[u8]) {
        loop {
            let room = LIMIT - self.column;
            if bytes.len() <= room {
                self.buf.extend_from_slice(bytes);
                self.column += bytes.len();
                return;
            }
            // Step back to the first byte of the sequence that would not fit.
            let mut cut = room;
            while cut > 0 && bytes[cut] & 0b1100_0000 == 0b1000_0000 {
                cut -= 1;
            }
            self.buf.extend_from_slice(&bytes[..cut]);
            self.fold();
            bytes = &bytes[cut..];
        }
    }

    /// Ends the physical line and starts a continuation line.
    fn fold(&mut self) {
        self.buf.extend_from_slice(b"\r\n ");
        self.column = 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(write: impl FnOnce(&mut Lines)) -> String {
        let mut lines = Lines::default();
        write(&mut lines);
        String::from_utf8(lines.as_bytes().to_vec()).unwrap()
    }

    /// The lines, unfolded as a reader unfolds them (RFC 5545 §3.1).
    fn unfolded(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    #[test]
    fn text_escapes_backslash_semicolon_comma_and_line_ends() {
        let out = written(|l| {
            l.name("SUMMARY")
                .colon()
                .text("a\\b;c,d\ne\r\nf\rg:h")
                .end()
        });
        assert_eq!(out, "SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng:h\r\n");
    }

    #[test]
    fn quoted_parameters_escape_as_rfc_6868_says() {
        let out = written(|l| {
            l.name("ORGANIZER")
                .quoted_param("CN", "SIA \"Ventspils^\"\nx")
                .colon()
                .raw("mailto:a@b.lv")
                .end()
        });
        assert_eq!(
            out,
            "ORGANIZER;CN=\"SIA ^'Ventspils^^^'^nx\":mailto:a@b.lv\r\n"
        );
    }

    #[test]
    fn folds_at_75_octets() {
        let value = "x".repeat(200);
        let out = written(|l| l.line("DESCRIPTION", &value));
        let lines: Vec<&str> = out.split_terminator("\r\n").collect();
        assert_eq!(
            lines.iter().map(|l| l.len()).collect::<Vec<_>>(),
            [75, 75, 64]
        );
        assert!(lines[1..].iter().all(|l| l.starts_with(' ')));
        assert_eq!(unfolded(&out), format!("DESCRIPTION:{value}\r\n"));
    }

    #[test]
    fn never_splits_a_utf8_sequence() {
        // "DESCRIPTION:" is 12 octets; each "ē" two, each "🎉" four: every offset of a
        // sequence against the fold is tried.
        for prefix in 0..4 {
            for piece in ["ē", "🎉", "ķ€"] {
                let value = format!("{}{}", "a".repeat(prefix), piece.repeat(60));
                let out = written(|l| l.line("DESCRIPTION", &value));
                for line in out.split_terminator("\r\n") {
                    assert!(line.len() <= LIMIT, "{line:?}");
                    assert!(std::str::from_utf8(line.as_bytes()).is_ok());
                }
                assert_eq!(unfolded(&out), format!("DESCRIPTION:{value}\r\n"));
            }
        }
    }

    #[test]
    fn never_splits_an_escape() {
        for prefix in 60..70 {
            let value = format!("{},,,,,,,,,,,,,,,,", "a".repeat(prefix));
            let out = written(|l| l.name("SUMMARY").colon().text(&value).end());
            for line in out.split_terminator("\r\n") {
                assert!(line.len() <= LIMIT);
                assert!(!line.ends_with('\\') || line.ends_with("\\\\"), "{line:?}");
            }
            assert_eq!(unfolded(&out).matches("\\,").count(), 16);
        }
    }
}
