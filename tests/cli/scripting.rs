//! Scripting: exit statuses, the machine formats parsed back, `--output`, `--quiet`, colour,
//! standard input, mixed batches and a closed pipe.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use rust_decimal::Decimal;

use crate::json_types::{Money, parse_compute, parse_ndjson};
use crate::support::{CLEARVIEW, astreinte, astreinte_process, repo, run, run_with_stdin, temp_dir_with};

/// Two cases in one file: the first computes and passes, the second has a bad amount.
const TWO_CASES: &str = r#"
[[case]]
title = "A"
currency = "EUR"
rules = "plain"
order = { decided = 2023-01-02, deadline = 2023-01-31 }
penalty = { amount = 100 }
liquidation = [{ through = 2023-02-10, expected = 1000, expected_days = 10 }]

[[case]]
title = "B"
currency = "EUR"
rules = "plain"
order = { decided = 2023-01-02, deadline = 2023-01-31 }
penalty = { amount = "12.5.0" }
"#;

/// Not TOML at all: the file yields no case.
const NOT_TOML: &str = "title = \"broken\"\ncurrency = EUR\n";

fn clearview() -> String {
    std::fs::read_to_string(repo(CLEARVIEW)).unwrap()
}

/// A directory holding a good file, a file that is not TOML, and a two-case file with one bad
/// case, in that path order.
fn mixed_batch() -> tempfile::TempDir {
    temp_dir_with(&[
        ("a-good.toml", &clearview()),
        ("b-not-toml.toml", NOT_TOML),
        ("c-two-cases.toml", TWO_CASES),
    ])
}

fn path(dir: &tempfile::TempDir) -> &str {
    dir.path().to_str().unwrap()
}

// ---- check ----

#[test]
fn check_compares_days_deadline_and_accrued_and_shows_each_difference() {
    let text = clearview()
        .replace("expected_days = 52", "expected_days = 53")
        .replace("deadline = 2022-12-19", "deadline = 2022-12-20")
        .replace("accrued = 9000000", "accrued = 9100000")
        .replace("accrued_days = 90", "accrued_days = 91");
    let dir = temp_dir_with(&[("case.toml", &text)]);
    let (code, out, err) = run(&["check", path(&dir)]);
    assert_eq!(code, 1, "{out}{err}");
    for line in [
        "deadline: expected 2022-12-20, computed 2022-12-19",
        "liquidation 1 (2022-12-20 to 2023-02-09) days: expected 53, computed 52",
        "accrued as of 2023-05-10: expected €9,100,000, computed €9,000,000 (90 days)",
        "accrued days as of 2023-05-10: expected 91, computed 90",
    ] {
        assert!(out.contains(line), "missing {line:?} in:\n{out}");
    }
    // The figures that do match are not listed as differences.
    assert!(!out.contains("amount: expected"), "{out}");
    assert_eq!(out.lines().last(), Some("0 passed, 1 failed"));
}

#[test]
fn a_case_with_its_own_as_of_checks_the_same_on_any_day() {
    for as_of in [&[][..], &["--as-of", "2022-01-01"][..], &["--as-of", "2031-06-30"][..]] {
        let mut args = vec!["check", CLEARVIEW];
        args.extend_from_slice(as_of);
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{args:?}: {out}{err}");
        assert!(out.contains("6 expected figures match"), "{out}");
        assert_eq!(out.lines().last(), Some("1 passed, 0 failed"));
    }
}

#[test]
fn an_accrued_figure_without_as_of_is_refused_as_bad_input() {
    let text = clearview().replace("as_of = 2023-05-10\n", "");
    let dir = temp_dir_with(&[("case.toml", &text)]);
    let (code, out, err) = run(&["check", path(&dir)]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("expected.as_of"), "{err}");
    assert!(err.contains("case.toml:"), "{err}");
    assert_eq!(out.lines().last(), Some("0 passed, 1 failed"));
}

#[test]
fn check_on_a_mixed_batch_reports_the_bad_and_checks_the_rest() {
    let dir = mixed_batch();
    let (code, out, err) = run(&["check", path(&dir)]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("ok   CNIL v Clearview AI"), "{out}");
    assert!(out.contains("ok   A ("), "{out}");
    assert_eq!(out.matches("FAIL").count(), 2, "{out}");
    assert_eq!(out.lines().last(), Some("2 passed, 2 failed"));
    // Each problem names its file, line and column on standard error.
    assert!(err.contains("b-not-toml.toml:2:"), "{err}");
    assert!(
        err.contains("c-two-cases.toml:15:") && err.contains("case[2].penalty.amount"),
        "{err}"
    );
}

#[test]
fn check_counts_a_case_expecting_nothing_as_skipped() {
    let text = clearview()
        .lines()
        .filter(|l| !l.starts_with("expected") && !l.starts_with("accru") && !l.starts_with("as_of"))
        .filter(|l| !l.starts_with("deadline") && !l.starts_with("[expected]"))
        .collect::<Vec<_>>()
        .join("\n");
    let dir = temp_dir_with(&[("nothing.toml", &text)]);
    let (code, out, err) = run(&["check", path(&dir), CLEARVIEW]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("skip CNIL v Clearview AI"), "{out}");
    assert_eq!(out.lines().last(), Some("1 passed, 0 failed, 1 skipped"));
}

#[test]
fn quiet_keeps_failures_and_the_closing_line_only() {
    let text = clearview().replace("expected = 5200000", "expected = 5300000");
    let dir = temp_dir_with(&[("wrong.toml", &text)]);
    let (code, out, _) = run(&["check", "--quiet", CLEARVIEW, path(&dir)]);
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains("ok "), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("FAIL CNIL v Clearview AI"), "{out}");
    assert!(lines[1].contains("expected €5,300,000, computed €5,200,000"), "{out}");
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(lines[2], "1 passed, 1 failed");
}

// ---- exit statuses of compute and usage ----

#[test]
fn compute_exits_0_on_success_and_2_on_any_bad_input() {
    assert_eq!(run(&["compute", "examples", "--format", "json"]).0, 0);
    let dir = mixed_batch();
    assert_eq!(run(&["compute", path(&dir), "--format", "json"]).0, 2);
    assert_eq!(run(&["compute", "no/such.toml"]).0, 2);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["compute", CLEARVIEW, "--format", "xml"][..],
        &["compute", CLEARVIEW, "--as-of", "2023-13-01"][..],
        &["check"][..],
        &["schema", "nonsense"][..],
        &["compute", CLEARVIEW, "--color", "sometimes"][..],
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(!err.is_empty(), "{args:?}");
    }
}

// ---- formats ----

#[test]
fn ndjson_has_one_line_per_case_and_per_failure_in_input_order() {
    let dir = mixed_batch();
    let (code, out, err) = run(&["compute", path(&dir), "--format", "ndjson", "--as-of", "2023-05-10"]);
    assert_eq!(code, 2, "{err}");
    let lines = parse_ndjson(&out);
    let kinds: Vec<&str> = lines
        .iter()
        .map(|l| match (&l.case, &l.error) {
            (Some(_), None) => "case",
            (None, Some(_)) => "error",
            _ => panic!("a line must hold exactly one of case and error: {l:?}"),
        })
        .collect();
    assert_eq!(kinds, ["case", "error", "case", "error"]);
    assert!(lines.iter().all(|l| l.schema_version == 1));
    let clearview = lines[0].case.as_ref().unwrap();
    assert_eq!(clearview.liquidations[0].amount, Money::of(5_200_000));
    assert_eq!(clearview.accrued.days, 90);
    let not_toml = lines[1].error.as_ref().unwrap();
    assert!(
        not_toml.file.ends_with("b-not-toml.toml") && not_toml.line == 2,
        "{not_toml:?}"
    );
    assert_eq!(lines[2].case.as_ref().unwrap().title, "A");
    let bad_case = lines[3].error.as_ref().unwrap();
    assert_eq!(bad_case.field.as_deref(), Some("case[2].penalty.amount"));
    assert_eq!(bad_case.line, 15);
}

#[test]
fn ndjson_lines_are_written_as_each_case_is_computed() {
    // The first input is a file, the second standard input, held open: the file's line must
    // arrive while astreinte is still waiting for standard input.
    let mut child = astreinte_process()
        .args(["compute", CLEARVIEW, "-", "--format", "ndjson"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut first = String::new();
        let mut reader = BufReader::new(stdout);
        reader.read_line(&mut first).unwrap();
        tx.send(first).unwrap();
        let mut rest = String::new();
        reader.read_to_string(&mut rest).unwrap();
        tx.send(rest).unwrap();
    });
    // Generous: this detects a line held back until the end, not slowness.
    let first = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("the first case's line must come before standard input is closed");
    assert!(first.contains("\"title\":\"CNIL v Clearview AI"), "{first}");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(TWO_CASES.as_bytes()).unwrap();
    drop(stdin);
    let rest = rx.recv().unwrap();
    assert_eq!(parse_ndjson(&rest).len(), 2, "{rest}");
    assert_eq!(child.wait().unwrap().code(), Some(2));
}

#[test]
fn every_output_is_written_as_each_case_is_computed() {
    // As above, for every format and command writing a case at a time: none may hold its
    // output until the end (`--format json` held its whole document, 190 bytes of memory per
    // byte of input; `when` its answers). The first input's case must be out, whole, while
    // astreinte waits for standard input.
    let title = |out: &str| out.contains("Clearview");
    // The end of the first element of the JSON document's array, after the title.
    let element = |out: &str| {
        out.split_once("Clearview")
            .is_some_and(|(_, after)| after.contains("\n    }"))
    };
    // Whether the first case is out, whole, given what was read so far.
    type CaseDone<'a> = &'a dyn Fn(&str) -> bool;
    let runs: [(&[&str], CaseDone); 11] = [
        (&["compute", "--format", "json"], &element),
        (&["compute", "--format", "ndjson"], &title),
        (&["compute", "--format", "summary"], &title),
        (&["compute", "--format", "csv"], &title),
        (&["compute", "--format", "table"], &title),
        (&["compute", "--format", "markdown"], &title),
        (&["compute", "--format", "html"], &title),
        (&["explain"], &title),
        (&["check"], &title),
        (&["when", "--reaches", "1000"], &title),
        (&["when", "--reaches", "1000", "--format", "json"], &element),
    ];
    for (args, case_done) in runs {
        let mut child = astreinte_process()
            .args(args)
            .args([CLEARVIEW, "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut chunk = [0; 4096];
            while let Ok(n @ 1..) = stdout.read(&mut chunk) {
                if tx.send(String::from_utf8_lossy(&chunk[..n]).into_owned()).is_err() {
                    break;
                }
            }
        });
        let mut out = String::new();
        while !case_done(&out) {
            // Generous: this detects output held back until the end, not slowness.
            let more = rx.recv_timeout(Duration::from_secs(120));
            out += &more.unwrap_or_else(|_| {
                panic!("{args:?}: the first case must be out before standard input is closed: {out}")
            });
        }
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(TWO_CASES.as_bytes()).unwrap();
        drop(stdin);
        let first = out.len();
        out.extend(rx.iter());
        assert!(
            out.len() > first,
            "{args:?}: nothing written for standard input's cases: {out}"
        );
        assert_eq!(child.wait().unwrap().code(), Some(2), "{args:?}");
    }
}

/// The CSV output, parsed back by an independent RFC 4180 reader.
fn csv_records(text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows = reader.records().map(|r| r.unwrap()).collect();
    (header, rows)
}

#[test]
fn csv_has_a_header_and_one_row_per_segment_matching_the_json() {
    let args = ["compute", "examples", "--as-of", "2024-12-31", "--format"];
    let (code, csv_out, err) = run(&[&args[..], &["csv"]].concat());
    assert_eq!(code, 0, "{err}");
    let (code, json_out, _) = run(&[&args[..], &["json"]].concat());
    assert_eq!(code, 0);
    let doc = parse_compute(&json_out);
    let (header, rows) = csv_records(&csv_out);
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name}"))
    };
    let (title, period, from, through, days, rate, per, amount) = (
        column("title"),
        column("period"),
        column("from"),
        column("through"),
        column("days"),
        column("rate"),
        column("per"),
        column("amount"),
    );
    let (units, forfeited, capped) = (column("units"), column("forfeited"), column("capped"));
    let mut expected_rows = Vec::new();
    for case in &doc.cases {
        for l in &case.liquidations {
            for s in &l.segments {
                expected_rows.push((&case.title, "liquidation", s));
            }
        }
        // Gaps (days no liquidation covers) come after the liquidations, before `accrued`.
        for s in case.gaps.iter().flat_map(|g| &g.segments) {
            expected_rows.push((&case.title, "gap", s));
        }
        for s in &case.accrued.segments {
            expected_rows.push((&case.title, "accrued", s));
        }
    }
    assert_eq!(rows.len(), expected_rows.len(), "{csv_out}");
    for (row, (case_title, kind, s)) in rows.iter().zip(expected_rows) {
        assert_eq!(&row[title], case_title.as_str());
        assert_eq!(&row[period], kind);
        assert_eq!((&row[from], &row[through]), (s.from.as_str(), s.through.as_str()));
        assert_eq!(&row[per], s.per.as_str());
        assert_eq!(row[days].parse::<i64>().unwrap(), s.days);
        assert_eq!(Decimal::from_str_exact(&row[rate]).unwrap(), s.rate.0);
        assert_eq!(Decimal::from_str_exact(&row[amount]).unwrap(), s.amount.0);
        assert_eq!(row[units].parse::<i64>().unwrap(), s.units);
        assert_eq!(&row[forfeited], s.forfeited.as_str());
        assert_eq!(Decimal::from_str_exact(&row[capped]).unwrap(), s.capped.0);
    }
    assert!(csv_out.contains("\r\n"), "rows end with CRLF (RFC 4180)");
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks_and_keeps_exact_amounts() {
    let case = r#"
title = """Smith, "Jr." v Jones
second line"""
currency = "EUR"
rules = "plain"
[order]
decided = 2023-01-02
deadline = 2023-01-31
[penalty]
amount = "0.10"
[[liquidation]]
through = 2023-02-03
"#;
    let (code, out, err) = run_with_stdin(&["compute", "-", "--format", "csv", "--as-of", "2023-02-03"], case);
    assert_eq!(code, 0, "{err}");
    let (header, rows) = csv_records(&out);
    assert_eq!(rows.len(), 1, "{out}");
    let get = |name: &str| rows[0][header.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(get("title"), "Smith, \"Jr.\" v Jones\nsecond line");
    assert_eq!(get("file"), "<stdin>");
    assert_eq!(get("rate"), "0.10");
    assert_eq!(get("days"), "3");
    assert_eq!(Decimal::from_str_exact(&get("amount")).unwrap(), Decimal::new(30, 2));
}

#[test]
fn stdin_works_for_every_format() {
    let text = clearview();
    for format in ["table", "json", "ndjson", "csv"] {
        let (code, out, err) = run_with_stdin(&["compute", "-", "--format", format, "--as-of", "2023-05-10"], &text);
        assert_eq!(code, 0, "{format}: {err}");
        assert!(out.contains("5200000") || out.contains("5,200,000"), "{format}: {out}");
    }
    let (code, out, _) = run_with_stdin(&["check", "-"], &text);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("(<stdin>:1)"), "{out}");
}

// ---- --output ----

#[test]
fn output_writes_the_file_and_nothing_on_stdout() {
    let dir = temp_dir_with(&[("old.json", "old")]);
    let target = dir.path().join("old.json");
    let (code, out, err) = run(&[
        "compute",
        CLEARVIEW,
        "--format",
        "json",
        "--output",
        target.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "{out}");
    let doc = parse_compute(&std::fs::read_to_string(&target).unwrap());
    assert_eq!(doc.cases.len(), 1);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["old.json"], "no temporary file is left behind");
}

#[test]
fn output_keeps_errors_on_stderr_and_still_writes_the_others() {
    let dir = mixed_batch();
    let target = dir.path().join("out.ndjson");
    let (code, out, err) = run(&[
        "compute",
        path(&dir),
        "--format",
        "ndjson",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("b-not-toml.toml"), "{err}");
    assert_eq!(parse_ndjson(&std::fs::read_to_string(&target).unwrap()).len(), 4);
}

#[test]
fn an_output_in_a_missing_directory_exits_2_and_creates_nothing() {
    let dir = temp_dir_with(&[]);
    let target = dir.path().join("missing/out.csv");
    let (code, out, err) = run(&[
        "compute",
        CLEARVIEW,
        "--format",
        "csv",
        "--output",
        target.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("cannot write") && err.contains("out.csv"), "{err}");
    assert!(!dir.path().join("missing").exists());
}

// ---- colour ----

const RED: &str = "\x1b[31m";

fn check_wrong_figure(extra: &[&str], no_color: Option<&str>) -> String {
    let text = clearview().replace("expected = 5200000", "expected = 5300000");
    let dir = temp_dir_with(&[("wrong.toml", &text)]);
    let mut cmd = astreinte();
    match no_color {
        Some(v) => cmd.env("NO_COLOR", v),
        None => cmd.env_remove("NO_COLOR"),
    };
    let out = cmd.arg("check").arg(dir.path()).args(extra).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn colour_only_on_a_terminal_unless_forced() {
    // Standard output is a pipe here: `auto` never colours it.
    assert!(!check_wrong_figure(&[], None).contains('\x1b'));
    assert!(!check_wrong_figure(&["--color", "never"], None).contains('\x1b'));
    assert!(check_wrong_figure(&["--color", "always"], None).contains(&format!("{RED}FAIL")));
    // `--color always` is an explicit choice for this run and wins over NO_COLOR.
    assert!(check_wrong_figure(&["--color", "always"], Some("1")).contains(RED));
}

#[test]
fn table_colours_a_wrong_expected_figure_only_when_asked() {
    let text = clearview().replace("expected = 5200000", "expected = 5300000");
    let (_, plain, _) = run_with_stdin(&["compute", "-"], &text);
    assert!(!plain.contains('\x1b'), "{plain}");
    assert!(plain.contains("€5,300,000 ✗"), "{plain}");
    let (_, coloured, _) = run_with_stdin(&["compute", "-", "--color", "always"], &text);
    assert!(coloured.contains('\x1b'), "{coloured}");
}

// ---- a closed pipe ----

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly_with_status_0() {
    // Enough cases to overflow any pipe buffer, so that writing goes on after the reader left.
    let one = TWO_CASES.split("[[case]]").nth(1).unwrap();
    let many = format!("[[case]]{}", one).repeat(3000);
    let dir = temp_dir_with(&[("many.toml", &many)]);
    for format in ["ndjson", "table", "csv", "json"] {
        let mut child = astreinte_process()
            .args([
                "compute",
                dir.path().to_str().unwrap(),
                "--format",
                format,
                "--as-of",
                "2023-05-10",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        assert!(!first.is_empty(), "{format}");
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The same for a command writing one large JSON document.
    let mut child = astreinte_process()
        .args([
            "holidays",
            "--calendar",
            "FR",
            "--from",
            "1900-01-01",
            "--to",
            "2100-12-31",
        ])
        .args(["--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!((out.status.code(), stderr.as_ref()), (Some(0), ""));
}

#[test]
fn bad_expected_keys_name_their_position() {
    let negative = clearview().replace("expected_days = 52", "expected_days = -1");
    let (code, _, err) = run_with_stdin(&["check", "-"], &negative);
    assert_eq!(code, 2);
    assert!(
        err.contains("<stdin>:33:17") && err.contains("liquidation[1].expected_days"),
        "{err}"
    );
    let misspelt = clearview().replace("accrued_days = 90", "acrued_days = 90");
    let (code, _, err) = run_with_stdin(&["check", "-"], &misspelt);
    assert_eq!(code, 2);
    assert!(err.contains("acrued_days") && err.contains("accrued_days"), "{err}");
}
