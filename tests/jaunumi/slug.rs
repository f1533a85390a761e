//! Slugs: the headline table in tests/data/slug, the `Slug` type, the slugger's limits and
//! uniqueness, properties over arbitrary text, and the `jaunumi slug` command.

use std::collections::HashSet;

use jaunumi::slug::{Slugger, slugify};
use jaunumi::{ErrorKind, Language, Slug};
use proptest::prelude::*;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const HEADLINES: &str = include_str!("../data/slug/headlines.tsv");

/// A title of the table, with `\u{...}` escapes replaced by their characters.
fn unescape(title: &str) -> Result<String, Box<dyn std::error::Error>> {
    let mut out = String::with_capacity(title.len());
    let mut rest = title;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let end = after.find('}').ok_or("unclosed \\u{ in the table")?;
        let code = u32::from_str_radix(&after[..end], 16)?;
        out.push(char::from_u32(code).ok_or("not a character")?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// A row of the table.
struct Headline {
    language: Language,
    title: String,
    slug: String,
}

/// The rows of the table.
fn headlines() -> Result<Vec<Headline>, Box<dyn std::error::Error>> {
    let mut rows = Vec::new();
    for line in HEADLINES
        .lines()
        .filter(|line| !line.starts_with('#'))
        .skip(1)
    {
        let mut columns = line.split('\t');
        let (Some(language), Some(title), Some(slug), None) = (
            columns.next(),
            columns.next(),
            columns.next(),
            columns.next(),
        ) else {
            return Err(format!("expected three columns, found `{line}`").into());
        };
        rows.push(Headline {
            language: language.parse()?,
            title: unescape(title)?,
            slug: slug.to_owned(),
        });
    }
    Ok(rows)
}

#[test]
fn headline_table() -> TestResult {
    let rows = headlines()?;
    assert!(rows.len() >= 60, "only {} headlines", rows.len());
    let mut wrong = Vec::new();
    for Headline {
        language,
        title,
        slug: expected,
    } in &rows
    {
        let slug = Slugger::new().with_language(language).slugify(title);
        if &slug != expected {
            wrong.push(format!(
                "{language} {title:?}\n  expected {expected}\n     found {slug}"
            ));
        }
        let checked = Slug::from_title(title, language).map(String::from);
        let expected_checked = if expected.is_empty() {
            Err(ErrorKind::NothingToSlug {
                found: title.clone(),
            })
        } else {
            Ok(expected.clone())
        };
        assert_eq!(checked.map_err(|err| err.kind().clone()), expected_checked);
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    Ok(())
}

#[test]
fn default_policy_is_latvian_within_100() -> TestResult {
    for headline in headlines()? {
        if headline.language == Language::LATVIAN {
            assert_eq!(slugify(&headline.title), headline.slug);
        }
    }
    assert_eq!(Slugger::default(), Slugger::new());
    assert_eq!(Slugger::new().max_len(), Slugger::DEFAULT_MAX_LEN);
    assert_eq!(slugify(&"ā".repeat(150)), "a".repeat(100));
    Ok(())
}

/// The examples in the policy of the `slug` module docs.
#[test]
fn documented_examples() {
    for (title, slug) in [
        ("ﬁ Æ ß Ｒｉｇａ", "fi-ae-ss-riga"),
        ("Nr.1 a/s 97.gadadienas", "nr-1-a-s-97-gadadienas"),
        (
            "Mayor's Mayor’s Mayor‘s Mayorʼs",
            "mayors-mayors-mayors-mayors",
        ),
        ("٣ Ωμέγα 北京", "3-omega-bei-jing"),
        ("„ “ ” « » \" ″ ′ – — … 🎉 ™", ""),
        ("объявление", "obiavlenie"),
    ] {
        assert_eq!(slugify(title), slug, "{title}");
    }
}

#[test]
fn control_characters_end_words() {
    assert_eq!(
        slugify("Rīga\tJūrmala\nCēsis\r\nTukums"),
        "riga-jurmala-cesis-tukums"
    );
    assert_eq!(slugify("\u{0}Ogre\u{7f}Ikšķile"), "ogre-ikskile");
}

#[test]
fn languages_name_the_ampersand() -> TestResult {
    let title = "Ventspils & Jūrmala";
    for (tag, expected) in [
        ("lv", "ventspils-un-jurmala"),
        ("lv-LV", "ventspils-un-jurmala"),
        ("en", "ventspils-and-jurmala"),
        ("ru-LV", "ventspils-i-jurmala"),
        ("de", "ventspils-and-jurmala"),
    ] {
        let language: Language = tag.parse()?;
        assert_eq!(
            Slugger::new().with_language(&language).slugify(title),
            expected
        );
        assert_eq!(Slug::from_title(title, &language)?.as_str(), expected);
    }
    Ok(())
}

#[test]
fn slug_accepts_only_slugs() {
    for good in ["a", "2016", "balva-2016", "a-b-c", "x1-y2"] {
        assert_eq!(Slug::new(good).map(String::from), Ok(good.to_owned()));
    }
    for bad in [
        "", "-", "a-", "-a", "a--b", "A", "jūrmala", "a b", "a_b", "a+b",
    ] {
        assert_eq!(
            Slug::new(bad).map_err(|err| err.to_string()),
            Err(format!(
                "expected a slug of lowercase ASCII letters and digits joined by single \
                 hyphens, found `{bad}`"
            ))
        );
    }
}

#[test]
fn error_messages() {
    let err = Slug::from_title("„…“ 🎄", &Language::LATVIAN).map_err(|err| err.to_string());
    assert_eq!(
        err,
        Err("expected text with a letter or digit to build a slug from, found `„…“ 🎄`".into())
    );
    let kind = ErrorKind::NoFreeSlug {
        slug: "balva".into(),
        max: 7,
    };
    assert_eq!(
        kind.to_string(),
        "expected a free slug of at most 7 characters, found `balva` and every numbered \
         variant of it taken"
    );
}

#[test]
fn slug_traits() -> TestResult {
    let slug: Slug = "jurmalas-it-specialisti".parse()?;
    assert_eq!(slug.to_string(), "jurmalas-it-specialisti");
    assert_eq!(AsRef::<str>::as_ref(&slug), "jurmalas-it-specialisti");
    assert_eq!(String::from(slug.clone()), "jurmalas-it-specialisti");
    assert!(Slug::new("a")? < Slug::new("b")?);
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<Slug>();
    send_sync::<Slugger>();
    Ok(())
}

#[test]
fn serde_goes_through_validation() -> TestResult {
    let slug = Slug::new("balva-2016")?;
    assert_eq!(serde_json::to_string(&slug)?, r#""balva-2016""#);
    assert_eq!(serde_json::from_str::<Slug>(r#""balva-2016""#)?, slug);
    let err = serde_json::from_str::<Slug>(r#""Balva 2016""#).map_err(|err| err.to_string());
    assert_eq!(
        err,
        Err(
            "expected a slug of lowercase ASCII letters and digits joined by single hyphens, \
             found `Balva 2016`"
                .into()
        )
    );
    Ok(())
}

#[cfg(feature = "schemars")]
#[test]
fn json_schema_has_the_pattern() -> TestResult {
    let schema = serde_json::to_value(schemars::schema_for!(Slug))?;
    assert_eq!(schema["type"], "string");
    assert_eq!(schema["pattern"], "^[a-z0-9]+(-[a-z0-9]+)*$");
    Ok(())
}

#[test]
fn limits_cut_at_word_ends() {
    let slugger = Slugger::new().with_max_len(12);
    // Whole words that fit.
    assert_eq!(slugger.slugify("Rīgas dome un Jūrmalas dome"), "rigas-dome");
    // Exactly at the limit.
    assert_eq!(
        Slugger::new().with_max_len(11).slugify("Rīgas domes sēde"),
        "rigas-domes"
    );
    assert_eq!(
        Slugger::new().with_max_len(16).slugify("Rīgas domes sēde"),
        "rigas-domes-sede"
    );
    // A first word longer than the limit is cut inside.
    assert_eq!(slugger.slugify("Ūdenssaimniecības tarifi"), "udenssaimnie");
    // `3.5` and `latvija.gov.lv` are single Unicode words, never split...
    assert_eq!(slugger.slugify("Budžets 3.5 miljoni"), "budzets-3-5");
    assert_eq!(
        Slugger::new()
            .with_max_len(10)
            .slugify("Budžets 3.5 miljoni"),
        "budzets"
    );
    assert_eq!(
        Slugger::new()
            .with_max_len(20)
            .slugify("Portāls latvija.gov.lv"),
        "portals"
    );
    // ...unless the first word alone is too long: then at the last slug word that fits.
    assert_eq!(slugger.slugify("latvija.gov.lv portāls"), "latvija-gov");
    // A hyphen, a dash or `&` ends Unicode words too.
    assert_eq!(slugger.slugify("e-pakalpojumu portāls"), "e");
    assert_eq!(slugger.slugify("Talsi&Tukums"), "talsi-un");
    // A limit of 0 is taken as 1.
    assert_eq!(Slugger::new().with_max_len(0).max_len(), 1);
    assert_eq!(Slugger::new().with_max_len(0).slugify("Ogre"), "o");
}

#[test]
fn unique_numbers_within_the_limit() -> TestResult {
    let slugger = Slugger::new().with_max_len(16);
    let title = slugger.slug("Pilsētas svētki Ventspilī")?;
    assert_eq!(title.as_str(), "pilsetas-svetki");
    let mut taken: HashSet<String> = HashSet::new();
    let mut asked = Vec::new();
    let mut slugs = Vec::new();
    for _ in 0..12 {
        let slug = slugger.unique(&title, |candidate| {
            asked.push(candidate.to_owned());
            taken.contains(candidate)
        })?;
        assert!(slug.as_str().len() <= 16);
        taken.insert(slug.to_string());
        slugs.push(slug.to_string());
    }
    assert_eq!(
        &slugs[..4],
        ["pilsetas-svetki", "pilsetas-2", "pilsetas-3", "pilsetas-4"]
    );
    assert_eq!(slugs[11], "pilsetas-12");
    // Candidates are asked about in order.
    assert_eq!(
        &asked[..3],
        ["pilsetas-svetki", "pilsetas-svetki", "pilsetas-2"]
    );
    Ok(())
}

#[test]
fn unique_cuts_a_slug_longer_than_the_limit() -> TestResult {
    let slug = Slug::new("latvijas-atverto-tehnologiju-asociacijas-balva-2016")?;
    let slugger = Slugger::new().with_max_len(20);
    assert_eq!(
        slugger.unique(&slug, |_| false)?.as_str(),
        "latvijas-atverto"
    );
    let taken = |candidate: &str| candidate == "latvijas-atverto";
    assert_eq!(slugger.unique(&slug, taken)?.as_str(), "latvijas-atverto-2");
    // A first word longer than the room for the number is cut inside.
    let word = Slug::new("udenssaimniecibas")?;
    let short = Slugger::new().with_max_len(10);
    assert_eq!(
        short
            .unique(&word, |candidate| candidate == "udenssaimn")?
            .as_str(),
        "udenssai-2"
    );
    Ok(())
}

#[test]
fn unique_runs_out_of_numbers() -> TestResult {
    let slug = Slug::new("a")?;
    let err = Slugger::new()
        .with_max_len(4)
        .unique(&slug, |_| true)
        .map_err(|err| err.to_string());
    assert_eq!(
        err,
        Err(
            "expected a free slug of at most 4 characters, found `a` and every numbered \
             variant of it taken"
                .into()
        )
    );
    // `a`, `a-2` … `a-99` are all the candidates within 4 characters.
    let mut asked = 0;
    let _ = Slugger::new().with_max_len(4).unique(&slug, |_| {
        asked += 1;
        true
    });
    assert_eq!(asked, 99);
    assert!(
        Slugger::new()
            .with_max_len(1)
            .unique(&slug, |_| true)
            .is_err()
    );
    Ok(())
}

/// The policy, character by character, for the characters of [`plain_text`]: no table, no
/// fast path, no limit.
fn reference(text: &str, conjunction: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let end_word = |word: &mut String, words: &mut Vec<String>| {
        if !word.is_empty() {
            words.push(std::mem::take(word));
        }
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if "āčēģīķļņōŗšūžĀČĒĢĪĶĻŅŌŖŠŪŽ".contains(c) {
            let base = deunicode::deunicode_char(c).unwrap_or("");
            word.push_str(&base.to_ascii_lowercase());
        } else if "'’‘`".contains(c) {
        } else if c == '&' {
            end_word(&mut word, &mut words);
            words.push(conjunction.to_owned());
        } else {
            end_word(&mut word, &mut words);
        }
    }
    end_word(&mut word, &mut words);
    words.join("-")
}

/// Text made of what Latvian headlines are made of, in any order.
fn plain_text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9āčēģīķļņōŗšūžĀČĒĢĪĶĻŅŌŖŠŪŽ .,:;!?()/%&'’‘`\"„“”«»–—…\u{a0}🎉-]{0,160}"
}

/// Any text, weighted towards the characters a slug treats specially.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        plain_text(),
        "[a-zāēīūščžņļķģ Жжщъьыюя ﬁÆßＲ２٣北京Ωé\u{301}\u{ad}\u{200d}\u{fe0f}😀❤&'’.,—-]{0,80}",
        "[& ]{0,40}",
        "[щЩ& ]{0,40}",
    ]
}

proptest! {
    #[test]
    fn output_is_a_slug_or_empty(title in text()) {
        let slug = slugify(&title);
        prop_assert!(slug.is_empty() || Slug::new(&slug).is_ok(), "{slug:?}");
        prop_assert_eq!(Slug::from_title(&title, &Language::LATVIAN).is_ok(), !slug.is_empty());
    }

    #[test]
    fn slugify_is_idempotent(title in text()) {
        let slug = slugify(&title);
        prop_assert_eq!(slugify(&slug), slug);
    }

    #[test]
    fn limits_hold_and_cut_at_word_ends(title in text(), max_len in 1_usize..120) {
        let whole = Slugger::new().with_max_len(usize::MAX).slugify(&title);
        let slug = Slugger::new().with_max_len(max_len).slugify(&title);
        prop_assert!(slug.len() <= max_len);
        prop_assert!(whole.starts_with(&slug));
        // Cut at a word end, or inside the first word when it alone is too long.
        let at_word_end = slug.len() == whole.len() || whole.as_bytes().get(slug.len()) == Some(&b'-');
        prop_assert!(at_word_end || (!slug.contains('-') && slug.len() == max_len), "{slug:?} of {whole:?}");
    }

    #[test]
    fn plain_text_follows_the_reference(title in plain_text()) {
        let slugger = Slugger::new().with_max_len(usize::MAX);
        prop_assert_eq!(slugger.slugify(&title), reference(&title, "un"));
        let english = slugger.with_language(&Language::ENGLISH);
        prop_assert_eq!(english.slugify(&title), reference(&title, "and"));
    }

    /// Whatever comes before, however much it writes (`&`, `щ`), a last word is written whole.
    #[test]
    fn the_last_word_is_written_whole(before in text(), word in "[a-zA-Zāčēģīķļņšūž0-9]{1,30}") {
        let slugger = Slugger::new().with_max_len(usize::MAX);
        let slug = slugger.slugify(&format!("{before} {word}"));
        let last = slugger.slugify(&word);
        prop_assert!(slug == last || slug.ends_with(&format!("-{last}")), "{slug:?} {last:?}");
    }

    #[test]
    fn unique_stays_within_the_limit(title in "[a-z]{1,12}( [a-z]{1,12}){0,8}", max_len in 3_usize..40, taken in 0_usize..30) {
        let slugger = Slugger::new().with_max_len(max_len);
        let slug = slugger.slug(&title).map_err(|err| TestCaseError::fail(err.to_string()))?;
        let mut seen = HashSet::new();
        for _ in 0..taken {
            match slugger.unique(&slug, |candidate| seen.contains(candidate)) {
                Ok(unique) => {
                    prop_assert!(unique.as_str().len() <= max_len);
                    prop_assert!(seen.insert(unique.to_string()));
                }
                Err(err) => {
                    let exhausted = matches!(err.kind(), ErrorKind::NoFreeSlug { .. });
                    prop_assert!(exhausted, "{}", err);
                }
            }
        }
    }
}

/// `jaunumi slug`, the command-line front end.
#[cfg(feature = "cli")]
mod cli {
    use std::io::{Read, Write};
    use std::process::{Child, Command, Stdio};

    use super::TestResult;

    /// `jaunumi slug` with `args`, all three streams piped.
    fn spawn(args: &[&str]) -> std::io::Result<Child> {
        Command::new(env!("CARGO_BIN_EXE_jaunumi"))
            .arg("slug")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
    }

    /// Runs `jaunumi slug` on `input`: its stdout, its stderr, and whether it succeeded.
    fn slug(
        args: &[&str],
        input: &[u8],
    ) -> Result<(String, String, bool), Box<dyn std::error::Error>> {
        let mut child = spawn(args)?;
        child.stdin.take().ok_or("no stdin")?.write_all(input)?;
        let output = child.wait_with_output()?;
        Ok((
            String::from_utf8(output.stdout)?,
            String::from_utf8(output.stderr)?,
            output.status.success(),
        ))
    }

    #[test]
    fn one_slug_per_line() -> TestResult {
        let input =
            "Ventspils Digitālais centrs\n🎉🎉\n\nRīga & Jūrmala\r\nLast line without newline";
        let (stdout, stderr, ok) = slug(&[], input.as_bytes())?;
        assert!(ok, "{stderr}");
        assert_eq!(
            stdout,
            "ventspils-digitalais-centrs\n\n\nriga-un-jurmala\nlast-line-without-newline\n"
        );
        Ok(())
    }

    #[test]
    fn max_len_and_language() -> TestResult {
        let (stdout, _, ok) = slug(
            &["--max-len", "20", "--lang", "en"],
            "Ventspils & Jūrmala IT Specialists\n".as_bytes(),
        )?;
        assert!(ok);
        assert_eq!(stdout, "ventspils-and\n");
        let (stdout, _, ok) = slug(&["--lang", "ru"], "Рига & Юрмала\n".as_bytes())?;
        assert!(ok);
        assert_eq!(stdout, "riga-i-iurmala\n");
        Ok(())
    }

    #[test]
    fn bad_arguments_are_refused() -> TestResult {
        let (_, stderr, ok) = slug(&["--max-len", "0"], b"")?;
        assert!(!ok);
        assert!(stderr.contains("--max-len"), "{stderr}");
        let (_, stderr, ok) = slug(&["--lang", "lv_LV"], b"")?;
        assert!(!ok);
        assert!(
            stderr.contains("expected a BCP 47 language tag"),
            "{stderr}"
        );
        Ok(())
    }

    #[test]
    fn invalid_utf8_is_slugged_lossily() -> TestResult {
        let (stdout, _, ok) = slug(&[], b"R\xffga\nOgre\n")?;
        assert!(ok);
        assert_eq!(stdout, "r-ga\nogre\n");
        Ok(())
    }

    /// A reader that goes away early (`jaunumi slug | head -1`) ends the command quietly.
    #[test]
    fn closed_stdout_is_no_panic() -> TestResult {
        let mut child = spawn(&[])?;
        let mut stdout = child.stdout.take().ok_or("no stdout")?;
        let mut first = [0; 5];
        let mut stdin = child.stdin.take().ok_or("no stdin")?;
        stdin.write_all(b"Ogre\n")?;
        stdin.flush()?;
        stdout.read_exact(&mut first)?;
        assert_eq!(&first, b"ogre\n");
        drop(stdout);
        // Keep writing until the command notices the closed pipe and ends.
        let line = "Ventspils Digitālais centrs dalās pieredzē\n".repeat(1000);
        for _ in 0..100 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
        drop(stdin);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .ok_or("no stderr")?
            .read_to_string(&mut stderr)?;
        let status = child.wait()?;
        assert!(status.success(), "{status}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        Ok(())
    }
}
