//! Finding dates in running text: the seed item, numbers that are not dates, one match for
//! what belongs together, times that take the day of the date before (or else after) in
//! their paragraph, errors, and the shapes of issue 15 (appositions, a year before a date,
//! ranges of months, lists, a time after a range of days, lenient and official forms,
//! tenses, recurring days), each with what must not match beside it.

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
fn a_time_alone_takes_the_day_of_the_date_before_else_of_the_date_after() {
    let text = "Sākums plkst. 9.00. Sēde notiks 2024. gada 17. janvārī. Reģistrācija no plkst. 9.30, \
                sēdes sākums plkst. 10.00.";
    assert_eq!(
        found(text, reference(2024, 1, 10)),
        pairs(&[
            ("plkst. 9.00", "2024-01-17T09:00+02:00"),
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
        "un",
        "Šodien",
        "šogad",
        "nākamnedēļ",
        "IV",
        "V",
        "katru",
        "izņemot",
        "otrdienas",
        "notika",
        "mēnešos",
        "Martā",
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

#[test]
fn a_relative_word_before_its_date_is_one_match_that_must_agree() {
    let text = "Šodien, 6. martā, plkst. 10.00 domē notiks sēde. Rīt , 7 . martā, būs talka, \
                bet parīt, 12. martā — koncerts. Nākamnedēļ, 10. martā, sāksies remonts; \
                vakar 5. martā to apstiprināja.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            ("Šodien, 6. martā, plkst. 10.00", "2025-03-06T10:00+02:00"),
            ("Rīt , 7 . martā", "2025-03-07"),
            (
                "parīt, 12. martā",
                "error: `parīt` contradicts 2025-03-12: it names 2025-03-08"
            ),
            ("Nākamnedēļ, 10. martā", "2025-03-10"),
            ("vakar 5. martā", "2025-03-05"),
        ])
    );
}

#[test]
fn a_year_before_a_date_or_range_without_one_is_its_year() {
    let text = "2022. gadā no 3. marta līdz 5. aprīlim notika remonts, šogad no 1. līdz \
                15. jūnijam — atkal. 2023. gadā, 14. jūlijā, atklāja parku. Uzņēmums dibināts \
                2009. gadā, 17.01.2024. mainīja nosaukumu; 2024. gadā 15 eiro.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            (
                "2022. gadā no 3. marta līdz 5. aprīlim",
                "2022-03-03/2022-04-05"
            ),
            ("šogad no 1. līdz 15. jūnijam", "2025-06-01/2025-06-15"),
            ("2023. gadā, 14. jūlijā", "2023-07-14"),
            ("2009. gadā", "2009"),
            ("17.01.2024.", "2024-01-17"),
            ("2024. gadā", "2024"),
        ])
    );
}

#[test]
fn ranges_of_months_with_their_noun() {
    let text = "Dati par 2020.gada februāra - maija mēnesim un 2021. gada februāra–maija \
                mēnešos rāda, ka janvāra–marta periodā bezdarbs saruka. Marta Kalniņa piebilda, \
                ka Maija un Augusts to zināja, un no februāra līdz maijam gaidāms vairāk.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            ("2020.gada februāra - maija mēnesim", "2020-02/2020-05"),
            ("2021. gada februāra–maija mēnešos", "2021-02/2021-05"),
            ("janvāra–marta periodā", "2025-01/2025-03"),
            ("no februāra līdz maijam", "2025-02/2025-05"),
        ])
    );
}

/// (text, value or `error: …`, the list's text) of every match.
fn found_in_lists(text: &str, reference: Option<NaiveDate>) -> Vec<(&str, String, Option<&str>)> {
    date::extract(text, reference)
        .map(|m| {
            let value = match m.result() {
                Ok(value) => value.to_string(),
                Err(err) => format!("error: {err}"),
            };
            (m.as_str(), value, m.list_as_str())
        })
        .collect()
}

#[test]
fn a_list_of_days_is_a_match_a_day_each_with_the_list_and_what_it_shares() {
    let text = "Tirgus notiks 12., 19. un 26. jūlijā, gadatirgus 30. aprīlī un 2. maijā no \
                pulksten 8:00 līdz 16:00, ekskursijas 5. un 6. augustā plkst. 10.00. Uzvarēja \
                1., 2. un 3. vietas ieguvēji no 5. un 6. klases.";
    let july = Some("12., 19. un 26. jūlijā");
    let fair = Some("30. aprīlī un 2. maijā no pulksten 8:00 līdz 16:00");
    let august = Some("5. un 6. augustā plkst. 10.00");
    assert_eq!(
        found_in_lists(text, reference(2025, 3, 6)),
        [
            ("12.", "2025-07-12".to_owned(), july),
            ("19.", "2025-07-19".to_owned(), july),
            ("26. jūlijā", "2025-07-26".to_owned(), july),
            (
                "30. aprīlī",
                "2025-04-30T08:00+03:00/2025-04-30T16:00+03:00".to_owned(),
                fair
            ),
            (
                "2. maijā no pulksten 8:00 līdz 16:00",
                "2025-05-02T08:00+03:00/2025-05-02T16:00+03:00".to_owned(),
                fair
            ),
            ("5.", "2025-08-05T10:00+03:00".to_owned(), august),
            (
                "6. augustā plkst. 10.00",
                "2025-08-06T10:00+03:00".to_owned(),
                august
            ),
        ]
    );
    let spans: Vec<_> = date::extract(text, reference(2025, 3, 6))
        .map(|m| (m.range(), m.list_range().unwrap()))
        .collect();
    for (range, list) in &spans {
        assert!(
            list.start <= range.start && range.end <= list.end,
            "{range:?} in {list:?}"
        );
    }
    assert_eq!(Some(&text[spans[0].1.clone()]), july);
}

#[test]
fn a_time_after_a_range_of_days_belongs_to_its_start_not_its_end() {
    let text = "Konference notiks 2023. gada 8.–10. martā plkst. 9.30, darbnīcas no 12. līdz \
                14. aprīlim no 10.00 līdz 16.00.";
    assert_eq!(
        found(text, reference(2023, 3, 1)),
        pairs(&[
            (
                "2023. gada 8.–10. martā plkst. 9.30",
                "2023-03-08T09:30+02:00/2023-03-10"
            ),
            (
                "no 12. līdz 14. aprīlim no 10.00 līdz 16.00",
                "2023-04-12T10:00+03:00/2023-04-14T16:00+03:00"
            ),
        ])
    );
}

#[test]
fn lenient_forms_read_alike_everywhere() {
    let text = "Līgums noslēgts 3 marts 2023 gads, sēde 2019.gada 3.martā plkst.14:00, \
                pārskats par 2023 gada 3. martu; muzejam ir 2000 gadu vēsture.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            ("3 marts 2023 gads", "2023-03-03"),
            ("2019.gada 3.martā plkst.14:00", "2019-03-03T14:00+02:00"),
            ("2023 gada 3. martu", "2023-03-03"),
        ])
    );
}

#[test]
fn roman_months_bare_times_and_a_month_opening_a_sentence() {
    let text = "Sēde 15. XI plkst. 10.00, protokols 3. IV; koncerts 12. martā 19:00, \
                pieņemšana 12. martā 10–12, visiem. Martā notiks arī seminārs. Uzvarēja 1. I grupa, \
                3. V. Zariņš un II pasaules kara veterāni; 12. martā 10.50 eiro. Maija teica, \
                ka martā būs silts.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            ("15. XI plkst. 10.00", "2024-11-15T10:00+02:00"),
            ("3. IV", "2025-04-03"),
            ("12. martā 19:00", "2025-03-12T19:00+02:00"),
            (
                "12. martā 10–12",
                "2025-03-12T10:00+02:00/2025-03-12T12:00+02:00"
            ),
            ("Martā", "2025-03"),
            ("12. martā", "2025-03-12"),
        ])
    );
}

#[test]
fn a_weekday_alone_follows_the_tense_of_the_verb_beside_it() {
    // 2025-03-12 is a Wednesday.
    let text = "Pirmdien notika sēde, bet otrdien atklās izstādi. Koncerts notiks sestdien, \
                svētdien atklāja parku. Piektdien Ventspilī strādās tirgus.";
    assert_eq!(
        found(text, reference(2025, 3, 12)),
        pairs(&[
            ("Pirmdien", "2025-03-10"),
            ("otrdien", "2025-03-18"),
            ("sestdien", "2025-03-15"),
            ("svētdien", "2025-03-09"),
            ("Piektdien", "2025-03-14"),
        ])
    );
}

#[test]
fn days_that_recur_are_no_date_with_their_times() {
    let text = "Bibliotēka strādā katru dienu, izņemot otrdienas; trešdienās no plkst. 10 līdz \
                12, pirmdienās un ceturtdienās 9.00–17.00, darba dienās no 8.00 līdz 17.00, \
                brīvdienās slēgta. Katru otrdienu 10.00–12.00 un katra mēneša pirmajā pirmdienā \
                konsultācijas, bet 12. martā bibliotēka būs slēgta.";
    assert_eq!(
        found(text, reference(2025, 3, 12)),
        pairs(&[("12. martā", "2025-03-12")])
    );
}

#[test]
fn a_time_alone_takes_the_date_before_it_in_its_paragraph() {
    let text = "Vasaras laiks sāksies svētdien, 30. martā, kad pulkstenis rādīs 3.00 un \
                rādītāji jāpagriež uz 4.00.";
    assert_eq!(
        found(text, reference(2025, 3, 20)),
        pairs(&[
            ("svētdien, 30. martā", "2025-03-30"),
            (
                "pulkstenis rādīs 3.00",
                "error: local time `2025-03-30T03:00` does not exist in Europe/Riga: the clocks \
                 skip it when daylight saving time begins"
            ),
        ])
    );
    let text = "Sēde notiks 2025. gada 20. martā. Reģistrācija plkst. 9.30.\n\n\
                Ekskursija plkst. 14.00.\r\n\r\nPusdienas plkst. 13.00, 21. martā plkst. 15.00.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            ("2025. gada 20. martā", "2025-03-20"),
            ("plkst. 9.30", "2025-03-20T09:30+02:00"),
            ("plkst. 14.00", "2025-03-06T14:00+02:00"),
            ("plkst. 13.00", "2025-03-21T13:00+02:00"),
            ("21. martā plkst. 15.00", "2025-03-21T15:00+02:00"),
        ])
    );
}

#[test]
fn a_time_alone_before_any_date_takes_the_date_after_it_in_its_paragraph() {
    let text = "Reģistrācija no plkst. 9.30, atklāšana plkst. 10.00. Konference notiks \
                2025. gada 14. maijā Rēzeknē, bet 2024. gadā tā notika Ludzā.";
    let expected = [
        ("no plkst. 9.30", "2025-05-14T09:30+03:00/.."),
        ("plkst. 10.00", "2025-05-14T10:00+03:00"),
        ("2025. gada 14. maijā", "2025-05-14"),
        ("2024. gadā", "2024"),
    ];
    assert_eq!(found(text, reference(2025, 3, 6)), pairs(&expected));
    let text = "Registracija no plkst. 9.30, atklasana plkst. 10.00. Konference notiks \
                2025. gada 14. maija Rezekne, bet 2024. gada ta notika Ludza.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            expected[0],
            expected[1],
            ("2025. gada 14. maija", "2025-05-14"),
            ("2024. gada", "2024"),
        ])
    );
}

#[test]
fn a_time_alone_never_takes_a_date_of_the_next_paragraph() {
    let text = "Sākums plkst. 18.00.\n\nKoncerts notiks 7. jūnijā plkst. 19.00.\r\n \r\n\
                Ieeja no plkst. 17.30.\n\t\nIzstāde 8. jūnijā.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            ("plkst. 18.00", "2025-03-06T18:00+02:00"),
            ("7. jūnijā plkst. 19.00", "2025-06-07T19:00+03:00"),
            ("no plkst. 17.30", "2025-03-06T17:30+02:00/.."),
            ("8. jūnijā", "2025-06-08"),
        ])
    );
    // A line break alone does not end a paragraph.
    assert_eq!(
        found(
            "Sākums plkst. 18.00.\nKoncerts 7. jūnijā.",
            reference(2025, 3, 6)
        ),
        pairs(&[
            ("plkst. 18.00", "2025-06-07T18:00+03:00"),
            ("7. jūnijā", "2025-06-07"),
        ])
    );
    // No date in the paragraph and no reference: no day at all.
    assert_eq!(
        found("Sākums plkst. 18.00.\n\nKoncerts 7. jūnijā.", None),
        pairs(&[
            (
                "plkst. 18.00",
                "error: expected a reference date to resolve `plkst. 18.00`, found none"
            ),
            (
                "7. jūnijā",
                "error: expected a reference date to resolve `7. jūnijā`, found none"
            ),
        ])
    );
}

#[test]
fn a_time_alone_before_a_date_takes_its_day_even_in_the_daylight_saving_gap() {
    let text = "Naktī, kad pulkstenis rādīs 3.00, tas jāpagriež uz plkst. 4.00: vasaras laiks \
                sāksies svētdien, 30. martā.";
    let gap = "error: local time `2025-03-30T03:00` does not exist in Europe/Riga: the clocks \
               skip it when daylight saving time begins";
    assert_eq!(
        found(text, reference(2025, 3, 20)),
        pairs(&[
            ("pulkstenis rādīs 3.00", gap),
            ("plkst. 4.00", "2025-03-30T04:00+03:00"),
            ("svētdien, 30. martā", "2025-03-30"),
        ])
    );
    let text = "Nakti, kad pulkstenis radis 3.00, tas japagriez uz plkst. 4.00: vasaras laiks \
                saksies svetdien, 30. marta.";
    assert_eq!(
        found(text, reference(2025, 3, 20)),
        pairs(&[
            ("pulkstenis radis 3.00", gap),
            ("plkst. 4.00", "2025-03-30T04:00+03:00"),
            ("svetdien, 30. marta", "2025-03-30"),
        ])
    );
}

#[test]
fn a_time_alone_looks_past_errors_recurring_days_and_years_and_opens_a_range() {
    let text = "Sākums plkst. 10.00; ne 31. februārī, ne katru otrdienu, ne 2025. gadā vien, bet \
                5. martā. Atklāšana plkst. 12.00, izstāde būs atvērta no 3. līdz 30. aprīlim.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            ("plkst. 10.00", "2025-03-05T10:00+02:00"),
            (
                "31. februārī",
                "error: expected a day from 1 to 29 in February, found `31`"
            ),
            ("2025. gadā", "2025"),
            ("5. martā", "2025-03-05"),
            ("plkst. 12.00", "2025-03-05T12:00+02:00"),
            ("no 3. līdz 30. aprīlim", "2025-04-03/2025-04-30"),
        ])
    );
    let text = "Atklāšana plkst. 12.00, izstāde būs atvērta no 3. līdz 30. aprīlim; pieteikumi \
                līdz plkst. 17.00.\n\nPieteikumi līdz plkst. 17.00, termiņš līdz 23. martam. \
                Tirgus sāksies plkst. 8.00: 12., 19. un 26. jūlijā.";
    assert_eq!(
        found(text, reference(2025, 3, 6)),
        pairs(&[
            ("plkst. 12.00", "2025-04-03T12:00+03:00"),
            ("no 3. līdz 30. aprīlim", "2025-04-03/2025-04-30"),
            ("līdz plkst. 17.00", "../2025-04-30T17:00+03:00"),
            ("līdz plkst. 17.00", "../2025-03-23T17:00+02:00"),
            ("līdz 23. martam", "../2025-03-23"),
            ("plkst. 8.00", "2025-03-23T08:00+02:00"),
            ("12.", "2025-07-12"),
            ("19.", "2025-07-19"),
            ("26. jūlijā", "2025-07-26"),
        ])
    );
}
