//! The table of tests/data/dates/cases.tsv: every form the issue names, every month in every
//! case, without diacritics, DST edges in 2024 and 2025, leap years, ranges, relative forms
//! and the rejections with their exact message.

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

#[test]
fn a_valid_case_is_also_found_whole_in_running_text() {
    for (line, phrase, reference, expected) in cases() {
        // Labels and lone months are read by `parse` only; errors are checked above.
        if expected.starts_with("error") || phrase.contains(':') && !phrase.contains("plkst") {
            continue;
        }
        if phrase == "martā" {
            continue;
        }
        let text = format!("Ziņa: {phrase}; paldies.");
        let found: Vec<_> = date::extract(&text, reference).collect();
        let as_found: Vec<_> = found
            .iter()
            .map(|m| (m.as_str(), m.value().map(ToString::to_string)))
            .collect();
        assert_eq!(
            as_found,
            [(phrase, Some(expected.to_owned()))],
            "cases.tsv:{line}: {phrase:?} in running text"
        );
    }
}
