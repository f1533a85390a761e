//! The `jaunumi` binary: `check` and `schema`.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `jaunumi` with `args`, feeding `stdin`; returns exit code and standard output.
pub(crate) fn run(args: &[&str], stdin: &str) -> (i32, String) {
    let (code, stdout, _) = run_with_stderr(args, stdin);
    (code, stdout)
}

/// Runs `jaunumi` with `args`, feeding `stdin`; returns exit code, standard output and
/// standard error.
pub(crate) fn run_with_stderr(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jaunumi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn check_reports_exactly_the_invalid_articles() {
    let lines = [
        r#"{"title":"Ventspils Digitālais centrs dalās pieredzē","url":"https://vdc.ventspils.lv/jaunumi/1/","published":"2018-01-17T12:00:00+02:00"}"#,
        r#"{"title":"  ","url":"https://vdc.ventspils.lv/jaunumi/2/","published":"2018-01-17T12:00:00+02:00"}"#,
        r#"{"title":"Saite","url":"javascript:alert(1)","published":"2018-01-17T12:00:00+02:00"}"#,
        r#"{"title":"Atjaunots","url":"https://vdc.ventspils.lv/jaunumi/3/","published":"2018-01-17T12:00:00+02:00","updated":"2018-01-16T12:00:00+02:00"}"#,
    ];
    let (code, out) = run(&["check"], &(lines.join("\n") + "\n"));
    assert_eq!(
        out,
        "2: title: must not be empty\n\
         3: url: expected an http or https URL, found scheme `javascript` in `javascript:alert(1)`\n\
         4: updated: expected a time not before `published` (`2018-01-17T12:00:00+02:00`), found `2018-01-16T12:00:00+02:00`\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn check_names_fields_of_wrong_json_shapes() {
    let input = "\n{\"title\":5}\n{\"url\":\"https://v.lv/\",\"published\":\"2018-01-17T12:00:00+02:00\"}\nnav json\n";
    let (code, out) = run(&["check"], input);
    assert_eq!(
        out,
        "2: title: invalid type: integer `5`, expected a string\n\
         3: title: missing field `title`\n\
         4: -: expected ident\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn check_accepts_valid_articles_from_a_file() {
    let path = std::env::temp_dir().join(format!("jaunumi-check-{}.jsonl", std::process::id()));
    let seed = serde_json::to_string(&crate::seed::article().unwrap()).unwrap();
    std::fs::write(&path, format!("{seed}\n{seed}\n")).unwrap();
    let (code, out) = run(&["check", path.to_str().unwrap()], "");
    std::fs::remove_file(&path).unwrap();
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn schema_prints_the_schema_of_each_type() {
    for (kind, schema) in [
        ("article", jaunumi::schema::article()),
        ("organization", jaunumi::schema::organization()),
        ("event", jaunumi::schema::event()),
        ("feed", jaunumi::schema::feed()),
    ] {
        let (code, out) = run(&["schema", kind], "");
        assert_eq!(code, 0);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&out).unwrap(),
            serde_json::to_value(schema).unwrap()
        );
    }
}
