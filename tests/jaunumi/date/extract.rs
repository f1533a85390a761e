//! Finding dates in running text: the seed item, numbers that are not dates, one match for
//! what belongs together, times that take the day of the match before, and errors.

use chrono::NaiveDate;
use jaunumi::date;

const SEED: &str = include_str!("../../data/seed/ventspils-digitalais-centrs.txt");

fn reference(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// (text, value or `error: …`) of every match.
fn found(text: &str, reference: Option<NaiveDate>) -> Vec<(String, String)> {
    date::extract(text, reference)
        .map(|m| {
            let value = match m.result() {
                Ok(value) => value.to_string(),
                Err(err) => format!("error: {err}"),
            };
            (m.as_str().to_owned(), value)
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(t, v)| ((*t).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn the_seed_item_yields_its_dates_and_not_the_award_name() {
    assert_eq!(
        found(SEED, reference(2018, 1, 20)),
        pairs(&[
            ("Trešdien, 17. janvārī", "2018-01-17"),
            ("pagājuša gada sākumā", "2017"),
            ("no 2003. gada", "2003/.."),
            ("2009. gadā", "2009"),
            ("no 2008. gada", "2008/.."),
        ])
    );
    assert!(!SEED.is_empty() && SEED.contains("balva 2016″"));
}

#[test]
fn the_seed_item_a_year_earlier_has_a_contradicting_weekday() {
    let first = date::extract(SEED, reference(2017, 1, 20))
        .next()
        .expect("a match");
    assert_eq!(first.as_str(), "Trešdien, 17. janvārī");
    assert_eq!(
        first.error().map(ToString::to_string).as_deref(),
        Some("`Trešdien` contradicts 2017-01-17, which is a Tuesday")
    );
}

#[test]
fn numbers_that_are_not_dates_are_not_found() {
    let text = "Gads 2024, punkts 17. un 3.30; Nr. 17; 17. Saeima; LVS 8:2017; 1,5 gadi; \
                10 000 eiro; +371 67331814; balva 2016″; 17.01 m3; 01/17/2024; 32.01.2024.; \
                versija 2.1.24; 3.5. punkts; 48 pašvaldības; 12,5 %; 17.01 %; 100. gadadiena.";
    assert_eq!(found(text, reference(2024, 1, 10)), pairs(&[]));
}

#[test]
fn weekday_date_and_time_are_one_match_and_a_range_is_one_match() {
    let text = "Trešdien, 17. janvārī, plkst. 10.00 notiks sēde, bet izstāde būs atvērta \
                17.–19. janvārī un no 28. decembra līdz 1. janvārim.";
    assert_eq!(
        found(text, reference(2024, 1, 10)),
        pairs(&[
            (
                "Trešdien, 17. janvārī, plkst. 10.00",
                "2024-01-17T10:00+02:00"
            ),
            ("17.–19. janvārī", "2024-01-17/2024-01-19"),
            ("no 28. decembra līdz 1. janvārim", "2023-12-28/2024-01-01"),
        ])
    );
}

#[test]
fn a_time_alone_takes_the_day_of_the_match_before_else_the_reference_day() {
    let text = "Sākums plkst. 9.00. Sēde notiks 2024. gada 17. janvārī. Reģistrācija no plkst. 9.30, \
                sēdes sākums plkst. 10.00.";
    assert_eq!(
        found(text, reference(2024, 1, 10)),
        pairs(&[
            ("plkst. 9.00", "2024-01-10T09:00+02:00"),
            ("2024. gada 17. janvārī", "2024-01-17"),
            ("no plkst. 9.30", "2024-01-17T09:30+02:00/.."),
            ("plkst. 10.00", "2024-01-17T10:00+02:00"),
        ])
    );
}

#[test]
fn clear_dates_that_name_no_date_are_matches_with_their_error() {
    let text = "Pasākums 2024. gada 31. martā plkst. 3.30 un 31. februārī, kā arī plkst. 25.00.";
    assert_eq!(
        found(text, reference(2024, 1, 10)),
        pairs(&[
            (
                "2024. gada 31. martā plkst. 3.30",
                "error: local time `2024-03-31T03:30` does not exist in Europe/Riga: the clocks \
                 skip it when daylight saving time begins"
            ),
            (
                "31. februārī",
                "error: expected a day from 1 to 29 in February, found `31`"
            ),
            (
                "plkst. 25.00",
                "error: expected a time of day from 0.00 to 24.00, found `25.00`"
            ),
        ])
    );
}

#[test]
fn relative_expressions_in_text() {
    let text = "Vakar plkst. 8 vakarā Ogrē notika koncerts, bet pagājušajā piektdienā — talka. \
                Pirms divām dienām domē tika lemts par šā gada 30. septembri, nākamnedēļ — par \
                pērn iesākto.";
    assert_eq!(
        found(text, reference(2025, 3, 14)),
        pairs(&[
            ("Vakar plkst. 8 vakarā", "2025-03-13T20:00+02:00"),
            ("pagājušajā piektdienā", "2025-03-07"),
            ("Pirms divām dienām", "2025-03-12"),
            ("šā gada 30. septembri", "2025-09-30"),
            ("nākamnedēļ", "2025-W12"),
            ("pērn", "2024"),
        ])
    );
}

#[test]
fn weeks_two_away_in_text() {
    let text = "Remonts, ko atlika aizpagājušajā nedēļā, sāksies aiznākamnedēļ; tāmi saskaņoja \
                aizpagājušonedēļ, līgumu parakstīs aiznākamajā nedēļā.";
    assert_eq!(
        found(text, reference(2025, 3, 14)),
        pairs(&[
            ("aizpagājušajā nedēļā", "2025-W09"),
            ("aiznākamnedēļ", "2025-W13"),
            ("aizpagājušonedēļ", "2025-W09"),
            ("aiznākamajā nedēļā", "2025-W13"),
        ])
    );
}

#[test]
fn spans_slice_to_the_text_and_offsets_are_bytes() {
    let text =
        "Ēdnīca „Pīlādzis“ strādās Pirmdien, 15. janvārī, un Otrdien 16.01.2024. plkst. 9:00";
    for m in date::extract(text, reference(2024, 1, 10)) {
        assert_eq!(&text[m.range()], m.as_str());
        assert_eq!((m.start(), m.end()), (m.range().start, m.range().end));
    }
    assert_eq!(
        found(text, reference(2024, 1, 10)),
        pairs(&[
            ("Pirmdien, 15. janvārī", "2024-01-15"),
            ("Otrdien 16.01.2024. plkst. 9:00", "2024-01-16T09:00+02:00"),
        ])
    );
}

#[test]
fn without_a_reference_relative_matches_carry_an_error() {
    assert_eq!(
        found("Vakar un 2024. gadā", None),
        pairs(&[
            (
                "Vakar",
                "error: expected a reference date to resolve `Vakar`, found none"
            ),
            ("2024. gadā", "2024"),
        ])
    );
}

/// Text of date words, numbers, marks and other characters run together in any order.
fn date_like_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let words = proptest::sample::select(vec![
        "17",
        "2024",
        "01",
        ".",
        ":",
        "/",
        "-",
        "–",
        ",",
        " ",
        "\u{a0}",
        "janvārī",
        "Trešdien",
        "gada",
        "plkst",
        "no",
        "līdz",
        "pagājušajā",
        "nedēļā",
        "aiznākamnedēļ",
        "priekšpusdienā",
        "Müller",
        "ß",
        "€",
    ]);
    let piece = prop_oneof![words.prop_map(String::from), "\\PC{1,3}"];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

    /// Whatever the text, `parse` and `extract` end without a panic (test builds check the
    /// grammar's `debug_assert!`s), and the matches come in order, apart, on the text.
    #[test]
    fn any_text_is_read_without_a_panic(text in date_like_text()) {
        let _ = date::parse(&text, reference(2025, 3, 14));
        let _ = date::parse(&text, None);
        let mut after = 0;
        for m in date::extract(&text, reference(2025, 3, 14)) {
            proptest::prop_assert!(m.start() >= after && m.start() < m.end(), "{:?} in {text:?}", m.range());
            proptest::prop_assert_eq!(text.get(m.range()), Some(m.as_str()));
            after = m.end();
        }
    }
}
