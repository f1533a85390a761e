//! RSS 2.0 and Atom 1.0: golden files of the seed feed, read-back through feed-rs, property
//! tests on arbitrary model values, the exporters' errors, and what the W3C Feed Validation
//! Service would warn of.

#[cfg(feature = "cli")]
mod cli;
mod errors;
pub(crate) mod golden;
mod properties;
mod read_back;
mod w3c;

use quick_xml::events::Event;

use crate::seed;

/// Reads `xml` to its end with quick-xml, checking that end tags match; the text of every
/// element named `name` (its character data, CDATA and references, decoded).
pub(crate) fn texts_of(xml: &str, name: &str) -> Result<Vec<String>, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut texts = Vec::new();
    let mut inside: Option<String> = None;
    loop {
        match reader.read_event()? {
            Event::Start(start) if start.name().0 == name => inside = Some(String::new()),
            Event::End(end) if end.name().0 == name => texts.extend(inside.take()),
            Event::Text(text) => {
                if let Some(inside) = &mut inside {
                    inside.push_str(&text.xml10_content());
                }
            }
            Event::CData(cdata) => {
                if let Some(inside) = &mut inside {
                    inside.push_str(&cdata.xml10_content());
                }
            }
            Event::GeneralRef(reference) => {
                if let Some(inside) = &mut inside {
                    let character = match reference.resolve_char_ref()? {
                        Some(c) => c,
                        None => match &*reference.xml10_content() {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            "apos" => '\'',
                            other => panic!("undeclared entity &{other};"),
                        },
                    };
                    inside.push(character);
                }
            }
            Event::Eof => return Ok(texts),
            _ => {}
        }
    }
}

/// HTML text as plain text: the three references the RSS description uses.
pub(crate) fn unescape_html(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}
