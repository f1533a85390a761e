//! What the JSON outputs, JSON-LD and JSON Feed, share: a writer that writes the values
//! through `serde_json` and the structure around them itself, so that a document can be
//! streamed item by item, compact or indented, and (for JSON-LD in HTML) with every string
//! safe inside a `<script>` element ([`format`]).

pub(crate) mod format;
