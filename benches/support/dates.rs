//! Latvian date phrases and paragraphs.
