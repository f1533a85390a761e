use super::*;

#[test]
fn text_is_trimmed_and_checked() {
    assert_eq!(
        Text::new("  Jaunumi\n").map(String::from),
        Ok("Jaunumi".to_owned())
    );
    assert_eq!(Text::new(" \t\n"), Err(Error::from(ErrorKind::Empty)));
    assert_eq!(
        Text::new("a\tb\nc\rd").map(String::from),
        Ok("a\tb\nc\rd".to_owned())
    );
}

#[test]
fn every_character_xml_cannot_carry_is_refused_with_its_offset() {
    let forbidden = (0u32..0x20)
        .filter(|c| ![0x9, 0xA, 0xD].contains(c))
        .chain(0x7F..=0x9F)
        .chain([0xFFFE, 0xFFFF])
        .filter_map(char::from_u32);
    for character in forbidden {
        let text = format!("Rīga{character}");
        assert_eq!(
            Text::new(&text),
            Err(Error::from(ErrorKind::ForbiddenCharacter {
                character,
                offset: 5
            })),
            "{:?}",
            character
        );
        assert!(Html::new(&text).is_err());
    }
}

#[test]
fn characters_xml_carries() {
    for c in [
        '\t',
        '\n',
        '\r',
        ' ',
        'ā',
        '\u{a0}',
        '\u{2028}',
        '\u{fffd}',
        '😀',
        '\u{10ffff}',
    ] {
        assert!(crate::escape::carries(c), "{c:?}");
    }
}

#[test]
fn html_to_text_reads_what_a_reader_sees() {
    let cases = [
        ("<p>Viens</p><p>Divi</p>", "Viens\n\nDivi"),
        ("<p>Rinda<br>otra</p>", "Rinda\notra"),
        ("  <em>Jā</em>  un   <strong>nē</strong> ", "Jā un nē"),
        (
            "A &amp; B &lt;3 &quot;c&quot; &#x201C;d&#x201D;",
            "A & B <3 \"c\" “d”",
        ),
        (
            "<script>alert(1)</script><p>Teksts</p><style>p{}</style>",
            "Teksts",
        ),
        ("<ul><li>Viens</li><li>Divi</li></ul>", "Viens\n\nDivi"),
        ("<table><tr><td>A</td><td>B</td></tr></table>", "A B"),
        ("<img src=x alt=attēls>", ""),
        ("Teksts&#11;ar vadības zīmi", "Tekstsar vadības zīmi"),
        ("<p>]]&gt; un ]]></p>", "]]> un ]]>"),
        ("<div><div><p>Dziļi</p></div></div>", "Dziļi"),
    ];
    for (html, text) in cases {
        assert_eq!(
            Html::new(html).map(|h| h.to_text()),
            Ok(text.to_owned()),
            "{html}"
        );
    }
}

#[test]
fn deeply_nested_html_does_not_exhaust_a_small_stack() {
    // A walk that recursed once per element would need far more than this stack for 2,000
    // levels; the walk over the tree is iterative.
    let reader = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(|| {
            let html = format!("{}Dziļi{}", "<div>".repeat(2_000), "</div>".repeat(2_000));
            Html::new(&html).map(|h| h.to_text())
        })
        .unwrap();
    assert_eq!(reader.join().unwrap(), Ok("Dziļi".to_owned()));
}

#[cfg(feature = "ammonia")]
#[test]
fn sanitize_removes_what_runs_and_keeps_what_reads() {
    let cases = [
        (
            "<p onclick=\"x()\">Sveiki<script>x()</script></p>",
            "<p>Sveiki</p>",
        ),
        (
            "<a href=\"javascript:x()\">saite</a>",
            "<a rel=\"noopener noreferrer\">saite</a>",
        ),
        (
            "<a href=\"https://ventspils.lv/\">saite</a>",
            "<a href=\"https://ventspils.lv/\" rel=\"noopener noreferrer\">saite</a>",
        ),
        (
            "Teksts\u{b} ar <b>vadības</b> zīmi",
            "Teksts ar <b>vadības</b> zīmi",
        ),
    ];
    for (untrusted, clean) in cases {
        assert_eq!(
            Html::sanitize(untrusted).map(String::from),
            Ok(clean.to_owned())
        );
    }
    assert_eq!(
        Html::sanitize("<script>x()</script>"),
        Err(Error::from(ErrorKind::Empty))
    );
}
