//! Text from a case file that would act on its reader: control characters (ESC, BEL, OSC and
//! CSI sequences, C1 controls, DEL, carriage returns, bidirectional overrides) never reach a
//! terminal raw, and a CSV cell never reaches a spreadsheet as a formula.

use std::process::Stdio;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::json_types::parse_compute;
use crate::support::{astreinte_process, run, run_with_stdin, temp_dir_with};

/// Commission v Hungary (two penalties, a lump sum, a liquidation), with `title`, `reference`,
/// the obligations and the reasons given (TOML basic strings: `\u001b` is ESC).
fn hungary(title: &str, reference: &str, obligations: [&str; 2], reason: &str) -> String {
    format!(
        r#"title = "{title}"
authority = "Court \u0007of\u009b Justice\u007f"
reference = "{reference}"
currency = "EUR"
rules = "plain"
calendar = "none"

[order]
decided = 2024-06-13
deadline = 2024-06-13

[[penalty]]
obligation = "{}"
amount = 900000
per = "day"
from = 2024-06-13

[[penalty.suspension]]
from = 2024-07-01
through = 2024-07-02
reason = "{reason}"

[[penalty]]
obligation = "{}"
amount = 100000
per = "day"
from = 2024-06-13
cap = 1000000

[[lump_sum]]
amount = 200000000
date = 2024-06-13
reason = "{reason}"

[[liquidation]]
through = 2024-09-13
expected = 82900000
"#,
        obligations[0], obligations[1]
    )
}

/// Every way a case's text can try to act on a terminal: an OSC sequence that retitles the
/// window (ended by BEL), a CSI that clears the screen, a carriage return that writes over the
/// line, a forged line, a C1 CSI, DEL, a right-to-left override.
fn hostile() -> String {
    hungary(
        "Acme \\u001b]0;owned\\u0007 \\u001b[2J\\rforged\\nTotal: 0",
        "C-123/22 \\u202e",
        ["\\u001b[31masylum\\u001b[0m", "returns\\tand\\u009b31m more"],
        "\\u0007bell \\u001b[8mhidden",
    )
}

/// The control characters that must not come out raw (tab and line feed are the output's own
/// and are checked apart).
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| (c.is_control() && c != '\n' && c != '\t') || ('\u{202a}'..='\u{202e}').contains(&c))
        .collect()
}

/// Asserts `out` has none of the case's characters raw and shows them as escapes.
fn assert_escaped(what: &str, out: &str) {
    assert_eq!(raw_controls(out), Vec::<char>::new(), "{what}: {out}");
    assert!(out.contains("\\u{1b}"), "{what}: no visible escape in {out}");
    // Every forged line is shown on the title's own line.
    assert!(!out.lines().any(|l| l.starts_with("Total: 0")), "{what}: {out}");
}

/// Runs `args` on the hostile case and checks that its output shows every control character
/// escaped.
fn assert_shown_escaped(args: &[&str]) {
    let dir = temp_dir_with(&[("hostile.toml", &hostile())]);
    let file = dir.path().join("hostile.toml");
    let file = file.to_str().unwrap();
    let (code, out, err) = run(&[args, &[file, "--as-of", "2024-12-31"]].concat());
    assert_eq!(code, 0, "{args:?}: {err}");
    let out = if args.contains(&"--color") {
        // The table's own colours stay: only they may use ESC.
        out.replace("\u{1b}[", "")
    } else if args.contains(&"markdown") {
        // Markdown's own escapes of `\`, `[` and `]` undone: the text as a reader sees it.
        out.replace("\\\\", "\\").replace("\\[", "[").replace("\\]", "]")
    } else {
        out
    };
    assert_escaped(&format!("{args:?}"), &out);
    for shown in ["\\u{7}", "\\u{9b}", "\\u{7f}", "\\u{202e}", "\\r", "\\u{1b}[31masylum"] {
        assert!(out.contains(shown), "{args:?}: {shown} not in {out}");
    }
}

#[test]
fn the_table_shows_control_characters_escaped() {
    assert_shown_escaped(&["compute", "--format", "table"]);
    assert_shown_escaped(&["compute", "--format", "table", "--lang", "fr"]);
    assert_shown_escaped(&["compute", "--format", "table", "--color", "always"]);
}

#[test]
fn explain_shows_control_characters_escaped() {
    assert_shown_escaped(&["explain"]);
    assert_shown_escaped(&["explain", "--lang", "fr"]);
}

/// A French civil case whose `[calendar_adjust]` closes the deadline's day under a hostile
/// name, and whose order was served on a party with a hostile name on a Sunday: the
/// extension's step and the note on the service name them.
fn closed_day_case() -> String {
    r#"title = "Closed day"
currency = "EUR"
rules = "fr-cpc"

[order]
decided = 2024-05-20
notified = 2024-06-02
comply_within = "1 day"

[calendar_adjust]
add = [{ date = 2024-06-03, name = "strike \u001b]0;owned\u0007 \u001b[2J\rforged\nTotal: 0" }]

[[party]]
role = "debtor"
name = "Acme \u001b[31mred\u001b[0m"
served = 2024-06-02

[penalty]
amount = 10
"#
    .to_string()
}

#[test]
fn the_name_of_a_closed_day_and_of_a_served_party_are_shown_escaped() {
    let dir = temp_dir_with(&[("closed.toml", &closed_day_case())]);
    let file = dir.path().join("closed.toml");
    let file = file.to_str().unwrap();
    for args in [
        &["explain"][..],
        &["explain", "--lang", "fr"],
        &["explain", "--lang", "nl"],
        &["compute", "--format", "table"],
        &["compute", "--format", "markdown"],
    ] {
        let (code, out, err) = run(&[args, &[file, "--as-of", "2024-07-01"]].concat());
        assert_eq!(code, 0, "{args:?}: {err}");
        let out = out.replace("\\\\", "\\").replace("\\[", "[").replace("\\]", "]");
        assert_eq!(raw_controls(&out), Vec::<char>::new(), "{args:?}: {out}");
        assert!(!out.lines().any(|l| l.starts_with("Total: 0")), "{args:?}: {out}");
    }
    let (_, out, _) = run(&["explain", file, "--as-of", "2024-07-01"]);
    assert!(out.contains("strike \\u{1b}]0;owned"), "{out}");
}

#[test]
fn markdown_shows_control_characters_escaped() {
    assert_shown_escaped(&["compute", "--format", "markdown"]);
}

#[test]
fn html_shows_control_characters_escaped() {
    // A control character is not allowed in an HTML document either.
    assert_shown_escaped(&["compute", "--format", "html"]);
}

#[test]
fn check_lines_show_control_characters_escaped() {
    let dir = temp_dir_with(&[("hostile.toml", &hostile())]);
    let file = dir.path().join("hostile.toml");
    let (code, out, err) = run(&["check", file.to_str().unwrap(), "--as-of", "2024-12-31"]);
    assert_eq!(code, 0, "{err}");
    assert_escaped("check", &out);
    let wrong = hostile().replace("expected = 82900000", "expected = 1");
    let (code, out, _) = run_with_stdin(&["check", "-", "--as-of", "2024-12-31"], &wrong);
    assert_eq!(code, 1);
    assert!(out.starts_with("FAIL Acme \\u{1b}]0;owned\\u{7}"), "{out}");
    assert_escaped("check FAIL", &out);
}

#[test]
fn when_lines_show_control_characters_escaped() {
    let dir = temp_dir_with(&[("hostile.toml", &hostile())]);
    let file = dir.path().join("hostile.toml");
    for lang in ["en", "fr"] {
        let (code, out, err) = run(&["when", "--reaches", "1000", "--lang", lang, file.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert_escaped("when", &out);
    }
}

#[test]
fn json_keeps_the_text_exactly_with_its_control_characters_escaped_as_json() {
    let dir = temp_dir_with(&[("hostile.toml", &hostile())]);
    let file = dir.path().join("hostile.toml");
    let file = file.to_str().unwrap();
    let title = "Acme \u{1b}]0;owned\u{7} \u{1b}[2J\rforged\nTotal: 0";
    let (code, out, _) = run(&["compute", "--format", "json", file, "--as-of", "2024-12-31"]);
    assert_eq!(code, 0);
    assert!(!out.contains(['\u{1b}', '\u{7}', '\r']), "{out}");
    assert_eq!(parse_compute(&out).cases[0].title, title);
    for format in ["ndjson", "summary"] {
        let (code, out, _) = run(&["compute", "--format", format, file, "--as-of", "2024-12-31"]);
        assert_eq!(code, 0);
        assert!(!out.contains(['\u{1b}', '\u{7}', '\r']), "{format}: {out}");
        let line: serde_json::Value = serde_json::from_str(out.trim_end()).unwrap();
        let title_at = if format == "ndjson" { "/case/title" } else { "/title" };
        assert_eq!(line.pointer(title_at).and_then(|t| t.as_str()), Some(title), "{format}");
    }
    let (code, out, _) = run(&["when", "--reaches", "1000", "--format", "json", file]);
    assert_eq!(code, 0);
    assert!(!out.contains(['\u{1b}', '\u{7}', '\r']), "{out}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc.pointer("/cases/0/title").and_then(|t| t.as_str()), Some(title));
}

#[test]
fn an_error_excerpt_shows_control_characters_escaped_with_the_underline_in_place() {
    // A raw ESC and BEL in a string: TOML refuses them, the error points there, and the line
    // is shown.
    let raw = "title = \"Acme\u{1b}]0;owned\u{7}\"\ncurrency = \"EUR\"\n";
    let (code, _, err) = run_with_stdin(&["compute", "-"], raw);
    assert_eq!(code, 2);
    assert_eq!(raw_controls(&err), Vec::<char>::new(), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    let shown = lines.iter().find(|l| l.contains("title =")).unwrap();
    assert!(shown.ends_with("1 | title = \"Acme\\u{1b}]0;owned\\u{7}\""), "{err}");
    // The underline starts below the escape of the character the error is at.
    let underline = lines.iter().rev().find(|l| l.contains('^')).unwrap();
    let at = underline.find('^').unwrap();
    assert_eq!(shown.get(at..at + 6), Some("\\u{1b}"), "{err}");
}

#[test]
fn an_error_message_shows_a_key_with_control_characters_escaped() {
    let key = hostile().replace("amount = 900000", "\"amount\\u001b[2J\" = 900000");
    let (code, _, err) = run_with_stdin(&["compute", "-"], &key);
    assert_eq!(code, 2);
    assert_eq!(raw_controls(&err), Vec::<char>::new(), "{err}");
    assert!(err.contains("amount\\u{1b}[2J"), "{err}");
}

#[test]
fn error_messages_and_outputs_show_file_names_with_control_characters_escaped() {
    // A case file in a directory, whose name can hold anything: in errors (a case that cannot
    // be read, a file that is not UTF-8) and in the output naming the file.
    let name = "evil\u{1b}]0;owned\u{7}.toml";
    // Too large a total: an error found computing the case, not reading it.
    let too_large = std::fs::read_to_string(crate::support::repo("tests/malformed/89-total-too-large.toml")).unwrap();
    let dir = temp_dir_with(&[
        (name, "title = \"x\"\n"),
        ("ok.toml", &hostile()),
        ("total\u{9b}5m.toml", &too_large),
    ]);
    std::fs::write(dir.path().join("latin1\u{1b}[2J.toml"), b"title = \"caf\xe9\"\n").unwrap();
    for format in ["table", "json"] {
        let (code, out, err) = run(&["compute", dir.path().to_str().unwrap(), "--format", format]);
        assert_eq!(code, 2);
        assert_eq!(raw_controls(&err), Vec::<char>::new(), "{err}");
        for shown in [
            "evil\\u{1b}]0;owned\\u{7}.toml",
            "latin1\\u{1b}[2J.toml",
            "total\\u{9b}5m.toml",
        ] {
            assert!(err.contains(shown), "{shown} not in {err}");
        }
        if format == "table" {
            assert_eq!(raw_controls(&out), Vec::<char>::new(), "{out}");
        }
    }
    let (code, _, err) = run(&["when", "--reaches", "1", dir.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(raw_controls(&err), Vec::<char>::new(), "{err}");
    let (code, out, err) = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(raw_controls(&format!("{out}{err}")), Vec::<char>::new(), "{out}{err}");
}

/// The CSV output, read by an independent RFC 4180 reader, as a list of column -> cell maps.
fn csv_rows(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .map(String::from)
                .zip(r.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

#[test]
fn csv_text_cells_that_a_spreadsheet_would_run_are_neutralised_and_numbers_are_not() {
    let formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    // A case's texts are trimmed when read: a leading tab or carriage return can only come in
    // a file's name.
    let files = [
        (
            "=formula.toml",
            hungary(&formula.replace('"', "\\\""), "+33 1 23", ["-2+3", "@SUM(A1:A9)"], "x"),
        ),
        ("\ttab.toml", hungary("Tabbed", "ref", ["plain obligation", "-"], "x")),
        ("\rreturn.toml", hungary("Returned", "ref", ["a", "b"], "x")),
    ];
    let dir = temp_dir_with(&files.iter().map(|(n, t)| (*n, t.as_str())).collect::<Vec<_>>());
    let out = astreinte_process()
        .current_dir(dir.path())
        .args(["compute", "--format", "csv", "--as-of", "2024-12-31"])
        .args(files.iter().map(|(n, _)| n))
        .stderr(Stdio::inherit())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rows = csv_rows(&String::from_utf8(out.stdout).unwrap());
    let of = |title: &str| rows.iter().filter(|r| r["title"] == title).collect::<Vec<_>>();
    let formulas = of(&format!("'{formula}"));
    assert!(!formulas.is_empty(), "{rows:?}");
    for r in formulas {
        assert_eq!(r["file"], "'=formula.toml");
        assert_eq!(r["reference"], "'+33 1 23");
        assert!(["'-2+3", "'@SUM(A1:A9)"].contains(&r["obligation"].as_str()), "{r:?}");
    }
    for r in of("Tabbed") {
        assert_eq!(r["file"], "'\ttab.toml");
        assert_eq!(r["reference"], "ref");
        assert!(["plain obligation", "'-"].contains(&r["obligation"].as_str()), "{r:?}");
    }
    assert!(of("Returned").iter().all(|r| r["file"] == "'\rreturn.toml"));
    assert_eq!(
        of("Tabbed").len() + of("Returned").len() + of(&format!("'{formula}")).len(),
        rows.len()
    );
    // Numbers and dates as they are: never after a `'`.
    for r in &rows {
        for column in ["line", "liquidation", "days", "units", "rate", "amount", "capped"] {
            let cell = &r[column];
            assert!(cell.is_empty() || cell.parse::<Decimal>().is_ok(), "{column}: {cell:?}");
        }
        for column in [
            "deadline",
            "accrual_start",
            "as_of",
            "decided",
            "from",
            "through",
            "forfeited",
        ] {
            let cell = &r[column];
            assert!(
                cell.is_empty() || NaiveDate::parse_from_str(cell, "%Y-%m-%d").is_ok(),
                "{column}: {cell:?}"
            );
        }
    }
    // The data itself is unchanged: JSON gives the title as written.
    let (_, json, _) = run_with_stdin(
        &["compute", "-", "--format", "json", "--as-of", "2024-12-31"],
        &files[0].1,
    );
    assert_eq!(parse_compute(&json).cases[0].title, formula);
}
