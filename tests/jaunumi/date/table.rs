//! The table of tests/data/dates/cases.tsv: every form the issues name, every month in every
//! case, without diacritics, DST edges in 2024 and 2025, leap years, ranges, relative forms,
//! appositions, lists, tenses, recurring days and the rejections with their exact message.

use chrono::NaiveDate;
use jaunumi::date;

const CASES: &str = include_str!("../../data/dates/cases.tsv");

/// Each case: line number, phrase, reference, expected.
fn cases() -> impl Iterator<Item = (usize, &'static str, Option<NaiveDate>, &'static str)> {
    CASES
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.is_empty())
        .map(|(n, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [phrase, reference, expected] = fields[..] else {
                panic!(
                    "cases.tsv:{}: expected 3 tab-separated fields, found {line:?}",
                    n + 1
                );
            };
            let reference = (reference != "-").then(|| {
                NaiveDate::parse_from_str(reference, "%Y-%m-%d")
                    .unwrap_or_else(|e| panic!("cases.tsv:{}: {reference:?}: {e}", n + 1))
            });
            (n + 1, phrase, reference, expected)
        })
}

#[test]
fn every_case_reads_as_expected() {
    let mut count = 0;
    let mut wrong = Vec::new();
    for (line, phrase, reference, expected) in cases() {
        count += 1;
        let got = super::outcome(phrase, reference);
        if got != expected {
            wrong.push(format!(
                "cases.tsv:{line}: {phrase:?}: expected {expected}, found {got}"
            ));
        }
    }
    assert!(count >= 300, "expected at least 300 cases, found {count}");
    assert!(
        wrong.is_empty(),
        "{} of {count} cases wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The verbs of the table's rows that place a weekday written alone: in running text they are
/// the sentence's, not the match's.
const VERBS: &[&str] = &[
    "notika", "notiek", "notiks", "bija", "būs", "bus", "atklāja", "atklaja", "atklas",
];

/// The months of the table's rows written alone: in running text they are read only opening
/// a sentence (tests/jaunumi/date/extract.rs).
const LONE_MONTHS: &[&str] = &["martā", "Martā", "Janvārī"];

#[test]
fn a_valid_case_is_also_found_whole_in_running_text() {
    let mut lists = 0;
    for (line, phrase, reference, expected) in cases() {
        // Labels and lone months are read by `parse` only; errors are checked above.
        if expected.starts_with("error") || phrase.contains(':') && !phrase.contains("plkst") {
            continue;
        }
        if LONE_MONTHS.contains(&phrase) {
            continue;
        }
        let text = format!("Ziņa: {phrase}; paldies.");
        let found: Vec<_> = date::extract(&text, reference).collect();
        let as_found: Vec<_> = found
            .iter()
            .map(|m| (m.as_str(), m.value().map(ToString::to_string)))
            .collect();
        // A list: a match for each day, each with the whole list, the first starting and the
        // last ending where the range that `parse` gives does.
        if found.first().is_some_and(|m| m.list_range().is_some()) {
            lists += 1;
            assert!(found.len() >= 2, "cases.tsv:{line}: {as_found:?}");
            for m in &found {
                assert_eq!(
                    m.list_as_str(),
                    Some(phrase),
                    "cases.tsv:{line}: {as_found:?}"
                );
            }
            let values: Vec<String> = as_found
                .iter()
                .map(|(text, value)| value.clone().unwrap_or_else(|| panic!("{line}: {text}")))
                .collect();
            let (start, end) = expected.split_once('/').expect("a range");
            assert_eq!(values[0].split('/').next(), Some(start), "cases.tsv:{line}");
            let last = values[values.len() - 1].rsplit('/').next().unwrap();
            assert!(last.starts_with(end), "cases.tsv:{line}: {last} ends {end}");
            continue;
        }
        // A verb after a weekday written alone is the sentence's.
        let written = VERBS
            .iter()
            .find_map(|verb| phrase.strip_suffix(verb))
            .map_or(phrase, str::trim_end);
        assert_eq!(
            as_found,
            [(written, Some(expected.to_owned()))],
            "cases.tsv:{line}: {phrase:?} in running text"
        );
    }
    assert!(lists >= 10, "expected lists among the cases, found {lists}");
}

/// Every day of the year against every reference day of a leap year and the years around
/// it: the nearest year is the one a plain search of the three candidates finds (on a tie,
/// the earlier).
#[test]
fn a_year_less_day_takes_the_nearest_of_three_years() {
    let first = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    let month_days: Vec<(u32, u32)> = NaiveDate::from_ymd_opt(2024, 1, 1)
        .unwrap()
        .iter_days()
        .take(366)
        .map(|d| (chrono::Datelike::month(&d), chrono::Datelike::day(&d)))
        .collect();
    for reference in first.iter_days().take_while(|d| *d <= last).step_by(3) {
        let y = chrono::Datelike::year(&reference);
        let parser = date::Parser::new().with_reference(reference);
        for &(month, day) in &month_days {
            let nearest = [y - 1, y, y + 1]
                .into_iter()
                .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
                .min_by_key(|d| (*d - reference).num_days().abs());
            let phrase = format!("{day:02}.{month:02}.");
            let read = parser.parse(&phrase).ok().map(|v| v.to_string());
            assert_eq!(
                read,
                nearest.map(|d| d.to_string()),
                "{phrase} near {reference}"
            );
        }
    }
}
