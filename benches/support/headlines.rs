//! Latvian municipal news headlines.
