//! The shared synthetic corpus (../shared/bench/dates-10k.expected.tsv), read from the path in
//! `JAUNUMI_DATE_CORPUS`; `.ci/run` runs it with `--ignored`. It fails, not skips, when the
//! variable is unset.

use chrono::NaiveDate;

#[test]
#[ignore = "needs the shared corpus; .ci/run runs it"]
fn shared_corpus_is_read_entirely() {
    let path = std::env::var("JAUNUMI_DATE_CORPUS")
        .expect("JAUNUMI_DATE_CORPUS must name dates-10k.expected.tsv");
    let tsv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut total = 0;
    let mut mismatches = Vec::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [phrase, reference, kind, expected] = fields[..] else {
            panic!(
                "line {}: expected 4 tab-separated fields, found {line:?}",
                n + 1
            );
        };
        let reference = NaiveDate::parse_from_str(reference, "%Y-%m-%d")
            .unwrap_or_else(|e| panic!("line {}: reference {reference:?}: {e}", n + 1));
        total += 1;
        let got = super::outcome(phrase, reference);
        if got != expected {
            mismatches.push(format!(
                "line {}: {phrase:?} ({kind}, reference {reference}): expected {expected}, found {got}",
                n + 1
            ));
        }
    }
    assert!(
        total >= 10_000,
        "expected at least 10,000 phrases, found {total}"
    );
    let correct = total - mismatches.len();
    println!("shared corpus: {correct}/{total} read correctly");
    assert!(
        mismatches.is_empty(),
        "{} of {total} phrases misread; the first:\n{}",
        mismatches.len(),
        mismatches
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
