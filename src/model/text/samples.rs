//! Generated HTML for the tests of [`Html::to_text`](super::Html::to_text) and of every
//! escaper that uses its fast path: the markup news bodies are made of, near misses, and
//! markup the fast path leaves to html5ever.

use proptest::prelude::*;

/// Fixed cases, each with whether the fast path reads it.
pub(crate) const FIXED: &[(&str, bool)] = &[
    ("<h3>Kontakti</h3><p>A &amp; B<br>tālr. 63601111</p>", true),
    ("<p>a</div>b</p>", false),
    ("<ul><li>a</ol>b</ul>", false),
    ("<p>a<div>b</div></p>", false),
    ("<li>a<li>b", false),
    ("<p>a &#+65; b</p>", false),
    ("<p title=\"x > y\">a</p>", true),
    ("a < b &amp c", false),
    ("a < b & c", true),
    ("<P CLASS=x>Liels</P>", true),
    ("<p>\"Citāts\" \\ &quot;x&quot; &#92;</p><p>a\"</p>", true),
    ("<p>nepabeigts <b", false),
];

/// Elements the fast path reads.
pub(crate) const READ: &[&str] = &[
    "p",
    "P",
    "div",
    "section",
    "article",
    "aside",
    "nav",
    "main",
    "header",
    "footer",
    "address",
    "blockquote",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "H3",
    "h6",
    "ul",
    "ol",
    "li",
    "a",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "s",
    "small",
    "span",
    "code",
    "sub",
    "sup",
    "mark",
    "abbr",
    "cite",
    "q",
    "time",
    "br",
    "BR",
    "hr",
    "img",
    "wbr",
];

/// Elements it leaves to html5ever.
pub(crate) const LEFT: &[&str] = &[
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "dl",
    "dt",
    "dd",
    "script",
    "style",
    "template",
    "noscript",
    "textarea",
    "title",
    "nobr",
    "font",
    "search",
    "details",
    "summary",
    "h7",
    "form",
    "button",
    "select",
    "option",
    "svg",
    "math",
    "body",
    "html",
    "xmp",
    "plaintext",
];

const ATTRIBUTES: &[&str] = &[
    "",
    " class=\"lead\"",
    " title='a > b'",
    " href=\"https://ventspils.lv/?a=1&amp;b=2\"",
    " id=x",
    " disabled",
    "/",
    " /",
    " =x",
    " a=\"1\"b=2",
    " data-x = \"</p>\"",
    " a/b",
    " x='",
];

const REFERENCES: &[&str] = &[
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&apos;",
    "&nbsp;",
    "&#65;",
    "&#x41;",
    "&#X41;",
    "&#x1F600;",
    "&#0;",
    "&#128;",
    "&#xD800;",
    "&#12",
    "&copy;",
    "&copy",
    "&ampx",
    "&amp",
    "& ",
    "&",
    "&#;",
    "&#x;",
    "&#+1;",
    "&#9;",
    "&#32;",
    "&#10;",
    "&#13;",
    "&#xFFFE;",
    "&#x110000;",
    "&#00000065;",
    "&#xfdd0;",
    "&#x10FFFF;",
    "&AMP;",
    "&lt",
    "&notin;",
];

const MARKUP: &[&str] = &[
    "<",
    "< ",
    "<3",
    "</",
    "</ ",
    "<!-- c -->",
    "<!---->",
    "<!doctype html>",
    "<?x?>",
    "</>",
    "<1",
    "<p",
    "<a href=\"x",
    "]]>",
    ">",
    "<ā>",
];

/// A token of HTML: a word, whitespace, a tag of one of `elements` with or without
/// attributes, a character reference or other markup.
pub(crate) fn token(elements: Vec<&'static str>) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Zāēīūšžčņļķģ0-9.,!?„“\"'\\\\]{1,8}",
        3 => prop::sample::select(vec![" ", "  ", "\n", "\t", "\r\n", "\r", "\u{c}", "\u{a0}", "\u{2028}"])
            .prop_map(str::to_owned),
        3 => (prop::sample::select(elements.clone()), prop::sample::select(ATTRIBUTES))
            .prop_map(|(name, attributes)| format!("<{name}{attributes}>")),
        3 => (prop::sample::select(elements), prop::sample::select(&["", " ", " x=1"][..]))
            .prop_map(|(name, tail)| format!("</{name}{tail}>")),
        2 => prop::sample::select(REFERENCES).prop_map(str::to_owned),
        1 => prop::sample::select(MARKUP).prop_map(str::to_owned),
    ]
}

/// Well-nested markup of the kind news bodies are made of, which the fast path must read.
pub(crate) fn inline(depth: u32) -> BoxedStrategy<String> {
    let word = prop_oneof![
        "[a-zA-Zāēīūšžčņļķģ0-9.,!?„“]{1,8}",
        prop::sample::select(vec![
            "&amp;", "&nbsp;", "&quot;", "&#8211;", " ", "\n", "<br>", "a < b"
        ])
        .prop_map(str::to_owned),
    ];
    if depth == 0 {
        return prop::collection::vec(word, 1..6)
            .prop_map(|w| w.join(" "))
            .boxed();
    }
    prop::collection::vec(
        prop_oneof![
            2 => word.prop_map(|w| format!("{w} ")),
            1 => (prop::sample::select(vec!["b", "strong", "em", "span", "i"]), inline(depth - 1))
                .prop_map(|(tag, inner)| format!("<{tag}>{inner}</{tag}>")),
            // A link holds no link: HTML would close the outer one.
            1 => inline(0).prop_map(|inner| format!("<a href=\"https://ventspils.lv/?a=1&b=2\">{inner}</a>")),
        ],
        1..5,
    )
    .prop_map(|parts| parts.concat())
    .boxed()
}

/// A news body: blocks of well-nested inline markup.
pub(crate) fn body() -> impl Strategy<Value = String> {
    let block = prop_oneof![
        inline(2).prop_map(|t| format!("<p>{t}</p>")),
        (1..=6u8, inline(1)).prop_map(|(level, t)| format!("<h{level}>{t}</h{level}>")),
        prop::collection::vec(inline(1), 1..4).prop_map(|items| {
            let items: String = items.iter().map(|i| format!("<li>{i}</li>\n")).collect();
            format!("<ul>\n{items}</ul>")
        }),
        inline(1).prop_map(|t| format!("<blockquote><p>{t}</p></blockquote>")),
        Just("<hr>".to_owned()),
        inline(1).prop_map(|t| format!(
            "<figure><img src=\"a.jpg\" alt=\"x > y\"><figcaption>{t}</figcaption></figure>"
        )),
    ];
    prop::collection::vec(block, 1..6).prop_map(|blocks| blocks.join("\n"))
}
