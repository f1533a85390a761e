//! What the XML outputs, RSS and Atom, share: the writer they write through
//! ([`writer::XmlWriter`], a thin layer over quick-xml that escapes everything it is given),
//! the text it escapes ([`chars`]), CDATA sections ([`cdata`]), RFC 822 dates
//! ([`rfc822`]) and numbers ([`decimal`]). Which characters XML carries and how each
//! context escapes them is [`crate::escape`]'s; RFC 3339 dates are [`crate::rfc3339`]'s.
//!
//! # Performance
//!
//! quick-xml writes the declaration and the elements that hold others. An element that
//! holds only text or nothing (most of a feed) is put together by the writer itself in a
//! buffer it keeps (line break, indentation, start tag, escaped text, end tag) with the
//! element writers inlined where they are called, so that names and attribute lists are
//! constants there; the buffer goes out in one write before quick-xml writes the next tag.
//! An article is then one write rather than a dozen, nothing is allocated once the buffer
//! has grown to an article's size, and text the model knows holds no markup character
//! ([`crate::model::text::Text::has_markup_characters`]) is copied without a search. The
//! property test `elements_put_together_are_the_bytes_quick_xml_writes` (in [`writer`])
//! holds the bytes equal to those quick-xml writes for the same events; the goldens and the
//! read-back tests hold the whole documents. RFC 822 dates are put together from
//! fixed-width digits, the local date and time read once; `rfc822_is_chronos_format` (in
//! [`rfc822`]) holds them equal to chrono's formatter.

pub(crate) mod cdata;
pub(crate) mod chars;
pub(crate) mod decimal;
pub(crate) mod rfc822;
pub(crate) mod writer;
