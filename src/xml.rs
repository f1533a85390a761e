//! What the XML outputs share: the characters XML 1.0 can carry.

/// Whether XML 1.0 (and so every output of the crate) carries `c`: everything but the C0
/// controls other than tab, line feed and carriage return, DEL, the C1 controls and the
/// non-characters U+FFFE and U+FFFF. (DEL and the C1 controls are allowed by XML 1.0 but
/// discouraged, and in CMS text they are mis-decoded Windows-1252; the model refuses them.)
pub(crate) fn carries(c: char) -> bool {
    let forbidden_control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    !(forbidden_control || matches!(c, '\u{fffe}' | '\u{ffff}'))
}
