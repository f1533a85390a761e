//! `jaunumi date` and `jaunumi extract`, run as a user runs them.

use std::io::{Read as _, Write as _};
use std::process::{Command, Stdio};

fn run(args: &[&str], input: &str) -> (String, String, bool) {
    let (code, stdout, stderr) = crate::cli::run_with_stderr(args, input);
    (stdout, stderr, code == 0)
}

#[test]
fn date_writes_one_value_or_error_per_line() {
    let input = "Trešdien, 17. janvārī\nTrešdien, 17. janvārī\r\n\n2016″\nno 2003. gada\n";
    let (out, err, ok) = run(&["date", "--reference", "2018-01-20"], input);
    assert!(ok, "{err}");
    assert_eq!(
        out,
        "2018-01-17\n2018-01-17\nerror: expected a date expression, found empty text\n\
         error: expected a month, a year word or a time word with the number, found only `2016″`\n\
         2003/..\n"
    );
    let (out, _, ok) = run(
        &["date", "--reference", "2017-01-20"],
        "Trešdien, 17. janvārī\n",
    );
    assert!(ok);
    assert_eq!(
        out,
        "error: `Trešdien` contradicts 2017-01-17, which is a Tuesday\n"
    );
}

#[test]
fn date_without_a_reference_uses_today_in_riga() {
    let (out, err, ok) = run(&["date"], "šodien\n2024. gadā\n");
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].len(), "2024-01-17".len(), "{out}");
    assert_eq!(lines[1], "2024");
}

#[test]
fn extract_writes_one_json_array_per_paragraph() {
    let seed = include_str!("../../data/seed/ventspils-digitalais-centrs.txt");
    let (out, err, ok) = run(&["extract", "--reference", "2018-01-20"], seed);
    assert!(ok, "{err}");
    assert_eq!(out.lines().count(), seed.lines().count());
    let found: Vec<serde_json::Value> = out
        .lines()
        .flat_map(|line| {
            serde_json::from_str::<Vec<serde_json::Value>>(line).expect("a JSON array per line")
        })
        .collect();
    let texts: Vec<&str> = found.iter().map(|m| m["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "Trešdien, 17. janvārī",
            "pagājuša gada sākumā",
            "no 2003. gada",
            "2009. gadā",
            "no 2008. gada"
        ]
    );
    assert_eq!(
        found[0],
        serde_json::json!({"start": 0, "end": 24, "text": "Trešdien, 17. janvārī", "value": "2018-01-17"})
    );
    let (out, _, _) = run(
        &["extract", "--reference", "2024-01-10"],
        "Sēde 31. februārī.\n",
    );
    assert_eq!(
        out,
        "[{\"start\":6,\"end\":20,\"text\":\"31. februārī\",\"error\":\"expected a day from 1 to 29 in February, found `31`\"}]\n"
    );
}

#[test]
fn date_reads_appositions_lists_shared_times_and_refuses_recurring_days() {
    let input = "Šodien, 5. martā\n12., 19. un 26. jūlijā\n2023. gada 8.–10. martā plkst. 9.30\n\
                 otrdien notiks\nkatru otrdienu\n";
    let (out, err, ok) = run(&["date", "--reference", "2025-03-06"], input);
    assert!(ok, "{err}");
    assert_eq!(
        out,
        "error: `Šodien` contradicts 2025-03-05: it names 2025-03-06\n\
         2025-07-12/2025-07-26\n\
         2023-03-08T09:30+02:00/2023-03-10\n\
         2025-03-11\n\
         error: expected one date or range, found `katru otrdienu`, which recurs\n"
    );
}

#[test]
fn extract_gives_each_day_of_a_list_with_the_list() {
    let (out, err, ok) = run(
        &["extract", "--reference", "2025-03-06"],
        "Tirgus 5. un 6. augustā plkst. 10.00, izņemot otrdienas.\n",
    );
    assert!(ok, "{err}");
    let list = r#""list":{"start":7,"end":37,"text":"5. un 6. augustā plkst. 10.00"}"#;
    assert_eq!(
        out,
        format!(
            "[{{\"start\":7,\"end\":9,\"text\":\"5.\",\"value\":\"2025-08-05T10:00+03:00\",{list}}},\
             {{\"start\":13,\"end\":37,\"text\":\"6. augustā plkst. 10.00\",\
             \"value\":\"2025-08-06T10:00+03:00\",{list}}}]\n"
        )
    );
}

#[test]
fn a_bad_reference_is_refused_by_the_argument_parser() {
    let (_, err, ok) = run(&["date", "--reference", "17.01.2024"], "");
    assert!(!ok);
    assert!(err.contains("--reference"), "{err}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jaunumi"))
        .args(["date", "--reference", "2024-01-10"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("jaunumi starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 4];
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"17. janvari\n").expect("first line");
    stdout.read_exact(&mut first).expect("first output");
    drop(stdout);
    // Write until the command notices the closed pipe and stops reading.
    let line = "17. janvārī\n".repeat(1000);
    for _ in 0..1000 {
        if stdin.write_all(line.as_bytes()).is_err() {
            break;
        }
    }
    drop(stdin);
    let output = child.wait_with_output().expect("jaunumi ends");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(output.status.success(), "{err}");
}
