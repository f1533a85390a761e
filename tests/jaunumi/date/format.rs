//! Writing values in Latvian, and reading every style back: parse(format(v)) == v.

use chrono::{Duration, NaiveDate};
use jaunumi::date::{self, Point, Range, Style, Value};
use proptest::prelude::*;

const STYLES: [Style; 5] = [
    Style::Dateline,
    Style::Running,
    Style::Short,
    Style::Weekday,
    Style::Numeric,
];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn latvian(text: &str, reference: Option<NaiveDate>, style: Style) -> String {
    date::format(&date::parse(text, reference).unwrap(), style).to_string()
}

#[test]
fn the_forms_of_the_issue() {
    let r = Some(day(2024, 1, 10));
    assert_eq!(
        latvian("17.01.2024.", None, Style::Dateline),
        "2024. gada 17. janvāris"
    );
    assert_eq!(
        latvian("17.01.2024.", None, Style::Running),
        "2024. gada 17. janvārī"
    );
    assert_eq!(
        latvian("17.01.2024.", None, Style::Weekday),
        "trešdien, 17. janvārī"
    );
    assert_eq!(
        latvian("2024. gada 17. janvārī", None, Style::Numeric),
        "17.01.2024."
    );
    assert_eq!(latvian("17.01.2024.", None, Style::Short), "17. janvārī");
    assert_eq!(
        latvian("17.01.2024. 10:00", None, Style::Running),
        "2024. gada 17. janvārī plkst. 10.00"
    );
    assert_eq!(
        latvian("17.01.2024. 10:00", None, Style::Weekday),
        "trešdien, 17. janvārī, plkst. 10.00"
    );
    assert_eq!(
        latvian("17.–19. janvārī", r, Style::Short),
        "17.–19. janvārī"
    );
    assert_eq!(
        latvian("17.–19. janvārī", r, Style::Running),
        "2024. gada 17.–19. janvārī"
    );
    assert_eq!(
        latvian("17.–19. janvārī", r, Style::Numeric),
        "17.01.–19.01.2024."
    );
    assert_eq!(
        latvian("no 28. decembra līdz 1. janvārim", r, Style::Short),
        "no 28. decembra līdz 1. janvārim"
    );
    assert_eq!(
        latvian("02.09.2019. – 02.03.2020.", None, Style::Numeric),
        "02.09.2019.–02.03.2020."
    );
    assert_eq!(
        latvian("17. janvārī plkst. 10.00–12.00", r, Style::Running),
        "2024. gada 17. janvārī plkst. 10.00–12.00"
    );
    assert_eq!(
        latvian("no 2003. gada", None, Style::Running),
        "no 2003. gada"
    );
    assert_eq!(
        latvian("līdz 23. septembrim", Some(day(2016, 9, 1)), Style::Running),
        "līdz 2016. gada 23. septembrim"
    );
}

#[test]
fn months_years_and_weeks() {
    assert_eq!(
        latvian("2018. gada decembrī", None, Style::Dateline),
        "2018. gada decembris"
    );
    assert_eq!(
        latvian("2018. gada decembrī", None, Style::Running),
        "2018. gada decembrī"
    );
    assert_eq!(latvian("2024. gadā", None, Style::Dateline), "2024. gads");
    assert_eq!(latvian("2024. gadā", None, Style::Numeric), "2024. g.");
    assert_eq!(
        latvian("2024. gada 3. nedēļā", None, Style::Running),
        "2024. gada 3. nedēļā"
    );
    assert_eq!(
        latvian(
            "no 2014. gada maija līdz 2018. gada aprīlim",
            None,
            Style::Running
        ),
        "no 2014. gada maija līdz 2018. gada aprīlim"
    );
    assert_eq!(
        latvian("2022.–2038. gadam", None, Style::Running),
        "no 2022. gada līdz 2038. gadam"
    );
}

#[test]
fn every_date_from_1900_to_2100_in_every_style_reads_back() {
    let mut date = day(1900, 1, 1);
    let last = day(2100, 12, 31);
    let mut checked = 0;
    while date <= last {
        let value = Value::Point(Point::Date(date));
        for style in STYLES {
            let text = date::format(&value, style).to_string();
            let back = date::parse(&text, date);
            assert_eq!(back, Ok(value), "{date} as {style:?}: {text:?}");
            checked += 1;
        }
        date += Duration::days(1);
    }
    assert_eq!(checked, 73_414 * 5);
}

fn a_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..73_414).prop_map(|n| day(1900, 1, 1) + Duration::days(n))
}

fn a_style() -> impl Strategy<Value = Style> {
    proptest::sample::select(STYLES.to_vec())
}

proptest! {
    #[test]
    fn instants_read_back(date in a_date(), hour in 0u32..24, minute in 0u32..60, style in a_style()) {
        // Riga's offsets before 1926 had seconds (local mean time), which minutes cannot
        // carry; from then on every local time reads back.
        prop_assume!(chrono::Datelike::year(&date) >= 1926);
        let local = date.and_hms_opt(hour, minute, 0).unwrap();
        let Ok(instant) = jaunumi::riga::local_time(local) else {
            return Ok(()); // in the spring-forward gap
        };
        let value = Value::Point(Point::Instant(instant));
        let text = date::format(&value, style).to_string();
        prop_assert_eq!(date::parse(&text, date), Ok(value), "{:?}", text);
    }

    #[test]
    fn date_ranges_read_back(start in a_date(), days in 1i64..364, style in a_style()) {
        let end = start + Duration::days(days);
        prop_assume!(end <= day(2100, 12, 31));
        let value = Value::Range(Range::new(Some(Point::Date(start)), Some(Point::Date(end))).unwrap());
        let text = date::format(&value, style).to_string();
        prop_assert_eq!(date::parse(&text, start), Ok(value), "{:?}", text);
    }

    #[test]
    fn open_ranges_months_and_years_read_back(year in 1000i32..9999, month in 1u8..=12, open_end in any::<bool>(), style in a_style()) {
        let month = chrono::Month::try_from(month).unwrap();
        for point in [Point::Year(year), Point::Month { year, month }] {
            let range = if open_end { Range::new(Some(point), None) } else { Range::new(None, Some(point)) };
            for value in [Value::Point(point), Value::Range(range.unwrap())] {
                let text = date::format(&value, style).to_string();
                prop_assert_eq!(date::parse(&text, None), Ok(value), "{:?}", text);
            }
        }
    }

    #[test]
    fn parse_and_extract_never_panic(text in "\\PC{0,80}") {
        let _ = date::parse(&text, day(2024, 1, 10));
        let _ = date::parse(&text, None);
        for m in date::extract(&text, day(2024, 1, 10)) {
            prop_assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
            prop_assert_eq!(&text[m.range()], m.as_str());
        }
    }

    #[test]
    fn extract_spans_slice_to_their_text(
        parts in proptest::collection::vec(proptest::sample::select(vec![
            "17. janvārī", "Trešdien, 17. janvārī", "plkst. 10.00", "2024. gadā", "no 2003. gada",
            "vakar", "Nr. 17", "10 000 eiro", "ēdnīca", "„Pīlādzis“", "17.01.2024.", "–", ",", ".",
            "31. februārī", "17.–19. martā", "🎄", "\u{a0}", "32.01.2024.", "piektdien",
        ]), 0..12)
    ) {
        let text = parts.join(" ");
        let mut previous_end = 0;
        for m in date::extract(&text, day(2024, 1, 10)) {
            prop_assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
            prop_assert!(m.start() >= previous_end && m.start() < m.end());
            prop_assert_eq!(&text[m.range()], m.as_str());
            prop_assert_eq!(m.value().is_some(), m.error().is_none());
            previous_end = m.end();
        }
    }
}
