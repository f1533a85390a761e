//! CDATA sections, which hold HTML bodies: faster to write and to read than escaped text.

use std::io;

use crate::escape;

pub(super) const CDATA_START: &[u8] = b"<![CDATA[";
pub(super) const CDATA_END: &[u8] = b"]]>";

/// Writes `content` as CDATA sections. A `]]>` is split between two sections
/// (`]]]]><![CDATA[>`), and a carriage return, which CDATA cannot protect from a parser's
/// line-end handling, goes between sections as a character reference.
pub(super) fn sections(out: &mut impl io::Write, content: &str) -> io::Result<()> {
    let bytes = content.as_bytes();
    let mut section = 0;
    for at in escape::cdata_splits(bytes) {
        if bytes.get(at) == Some(&b'\r') {
            one_section(out, &content[section..at])?;
            out.write_all(b"&#13;")?;
            section = at + 1;
        } else {
            // `]]>`: both `]` close this section; the `>` opens the next.
            one_section(out, &content[section..at + 2])?;
            section = at + 2;
        }
    }
    one_section(out, &content[section..])
}

/// Writes `content` as one CDATA section, unless it is empty.
fn one_section(out: &mut impl io::Write, content: &str) -> io::Result<()> {
    if content.is_empty() {
        return Ok(());
    }
    out.write_all(CDATA_START)?;
    out.write_all(content.as_bytes())?;
    out.write_all(CDATA_END)
}

#[cfg(test)]
mod tests {
    fn cdata(content: &str) -> String {
        let mut out = Vec::new();
        let _ = super::sections(&mut out, content);
        format!("<c>{}</c>", String::from_utf8_lossy(&out))
    }

    #[test]
    fn cdata_sections_split_where_they_must() {
        assert_eq!(cdata("<p>a</p>"), "<c><![CDATA[<p>a</p>]]></c>");
        assert_eq!(cdata("a]]>b"), "<c><![CDATA[a]]]]><![CDATA[>b]]></c>");
        assert_eq!(cdata("]]]>"), "<c><![CDATA[]]]]]><![CDATA[>]]></c>");
        assert_eq!(cdata("]]>"), "<c><![CDATA[]]]]><![CDATA[>]]></c>");
        assert_eq!(cdata("a]b]]c"), "<c><![CDATA[a]b]]c]]></c>");
        assert_eq!(cdata("a\r\nb"), "<c><![CDATA[a]]>&#13;<![CDATA[\nb]]></c>");
        assert_eq!(cdata("\r"), "<c>&#13;</c>");
    }
}
