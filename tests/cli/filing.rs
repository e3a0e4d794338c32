//! Issue 17, item 1: the parties, the court, the docket, the service of the order and who draws
//! the statement up, shown in the statement when given, checked with located errors, and the
//! case file named without the machine's path.

use crate::support::{astreinte, temp_dir_with};

const FILED: &str = r#"title = "Dupont v SCI Les Tilleuls"
reference = "SAN-1"
currency = "EUR"
rules = "plain"
court = "Tribunal judiciaire de Lyon, juge de l'exécution"
docket = "24/05678"

[[party]]
role = "creditor"
name = "M. Jean Dupont"
represented_by = "Me Claire Martin"

[[party]]
role = "debtor"
name = "SCI Les Tilleuls"
served = 2024-01-31

[statement]
drawn_up_by = "Me Claire Martin"
at = "Lyon"
on = 2024-06-30

[order]
decided = 2024-01-18
served = 2024-01-25
deadline = 2024-02-29

[penalty]
amount = 150
per = "day"
"#;

/// Runs `args` in `dir` and gives (status, stdout, stderr).
fn run_in(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = astreinte()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_statement_shows_the_parties_the_court_and_who_drew_it_up() {
    let dir = temp_dir_with(&[("case.toml", FILED)]);
    let (code, md, err) = run_in(
        dir.path(),
        &["compute", "case.toml", "--format", "markdown", "--as-of", "2024-03-10"],
    );
    assert_eq!(code, 0, "{err}");
    for shown in [
        "- **Court**: Tribunal judiciaire de Lyon, juge de l'exécution",
        "- **Docket no.**: 24/05678",
        "- **Creditor**: M. Jean Dupont, represented by Me Claire Martin",
        "- **Debtor**: SCI Les Tilleuls (served on 31 January 2024)",
        "- **Order served on**: 25 January 2024",
        "Drawn up by Me Claire Martin at Lyon on 30 June 2024.",
        "Signature:",
    ] {
        assert!(md.contains(shown), "`{shown}` missing:\n{md}");
    }
    let (_, fr, _) = run_in(
        dir.path(),
        &[
            "compute",
            "case.toml",
            "--format",
            "html",
            "--lang",
            "fr",
            "--as-of",
            "2024-03-10",
        ],
    );
    assert!(
        fr.contains("<dt>Créancier</dt><dd>M. Jean Dupont, représenté par Me Claire Martin</dd>"),
        "{fr}"
    );
    assert!(
        fr.contains("Établi par Me Claire Martin à Lyon, le 30 juin 2024."),
        "{fr}"
    );
}

#[test]
fn a_statement_without_them_omits_them() {
    let (code, md, err) = crate::support::run(&[
        "compute",
        crate::support::CLEARVIEW,
        "--format",
        "markdown",
        "--as-of",
        "2023-05-10",
    ]);
    assert_eq!(code, 0, "{err}");
    for absent in [
        "Court",
        "Docket",
        "Creditor",
        "Debtor",
        "served",
        "Drawn up",
        "Signature",
    ] {
        assert!(!md.contains(absent), "`{absent}` shown:\n{md}");
    }
}

#[test]
fn json_carries_them_only_when_given() {
    let dir = temp_dir_with(&[("case.toml", FILED)]);
    let (code, json, err) = run_in(
        dir.path(),
        &["compute", "case.toml", "--format", "json", "--as-of", "2024-03-10"],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let case = &v["cases"][0];
    assert_eq!(case["docket"], "24/05678");
    assert_eq!(case["order_served"], "2024-01-25");
    assert_eq!(case["parties"][1]["role"], "debtor");
    assert_eq!(case["parties"][1]["served"], "2024-01-31");
    assert_eq!(case["drawn_up"]["on"], "2024-06-30");
    let (_, plain, _) = crate::support::run(&["compute", crate::support::CLEARVIEW, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&plain).unwrap();
    for key in ["court", "docket", "parties", "order_served", "drawn_up"] {
        assert!(v["cases"][0].get(key).is_none(), "{key}");
    }
}

#[test]
fn an_absolute_path_is_never_printed() {
    let dir = temp_dir_with(&[("dossiers/2024/case.toml", FILED)]);
    let absolute = dir.path().join("dossiers/2024/case.toml");
    let absolute = absolute.to_str().unwrap();
    // From the directory above: relative to it.
    let (code, md, err) = run_in(dir.path(), &["compute", absolute, "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    assert!(md.contains("dossiers/2024/case.toml:1"), "{md}");
    assert!(!md.contains(absolute), "{md}");
    // From elsewhere: the file's name alone.
    let elsewhere = tempfile::tempdir().unwrap();
    let (_, html, _) = run_in(elsewhere.path(), &["compute", absolute, "--format", "html"]);
    assert!(html.contains("<dd>case.toml:1</dd>"), "{html}");
    assert!(!html.contains(absolute), "{html}");
}

/// Each mistake names its key and position.
#[test]
fn mistakes_are_located() {
    for (from, to, key, says) in [
        (
            "role = \"debtor\"",
            "role = \"defendant\"",
            "party[2].role",
            "unknown role `defendant`",
        ),
        ("name = \"SCI Les Tilleuls\"\n", "", "party[2].name", "missing"),
        (
            "served = 2024-01-31",
            "served = 2023-01-31",
            "party[2].served",
            "before it was decided",
        ),
        (
            "served = 2024-01-25",
            "served = 2024-01-01",
            "order.served",
            "before it was decided",
        ),
        (
            "on = 2024-06-30",
            "on = 2023-06-30",
            "statement.on",
            "before the order was decided",
        ),
        ("docket = \"24/05678\"", "docket = \"  \"", "docket", "is empty"),
        (
            "at = \"Lyon\"",
            "at = \"Lyon\"\nplace = \"x\"",
            "statement.place",
            "unknown key `place`",
        ),
    ] {
        assert!(FILED.contains(from), "{from}");
        let dir = temp_dir_with(&[("case.toml", &FILED.replacen(from, to, 1))]);
        let (code, _, err) = run_in(dir.path(), &["compute", "case.toml"]);
        assert_eq!(code, 2, "{key}: {err}");
        assert!(err.contains("case.toml:"), "{key}: {err}");
        assert!(err.contains(key), "{key}: {err}");
        assert!(err.contains(says), "{key}: {err}");
    }
}

/// Issue 17, item 2: the HTML is laid out for print: the paper and margins, the running header
/// with the docket and the parties, the page number, dates that never wrap, sections, rows and
/// charts kept whole.
#[test]
fn the_html_statement_is_laid_out_for_print() {
    let dir = temp_dir_with(&[("case.toml", FILED)]);
    let html = |extra: &[&str]| {
        let args = [
            &["compute", "case.toml", "--format", "html", "--as-of", "2024-03-10"],
            extra,
        ]
        .concat();
        let (code, out, err) = run_in(dir.path(), &args);
        assert_eq!(code, 0, "{err}");
        out
    };
    let a4 = html(&[]);
    assert!(a4.contains("@page { size: A4; margin: 18mm 16mm 20mm;"), "{a4}");
    assert!(
        a4.contains("@bottom-right { content: \"page \" counter(page) \" / \" counter(pages); }"),
        "{a4}"
    );
    assert!(
        a4.contains("@page case-1 { @top-left { content: \"24/05678 · M. Jean Dupont v SCI Les Tilleuls\"; } }"),
        "{a4}"
    );
    assert!(a4.contains("<section class=\"case\" style=\"page: case-1\">"), "{a4}");
    assert!(a4.contains("<td class=\"date\">2024-03-01</td>"), "{a4}");
    assert!(a4.contains("td.date { white-space: nowrap; }"), "{a4}");
    assert!(
        a4.contains("div.part, figure, dl.facts, tr, li, div.signature { break-inside: avoid; }"),
        "{a4}"
    );
    assert!(
        a4.contains("<div class=\"part\">\n<h2>1. Deadline and first day of delay</h2>"),
        "{a4}"
    );
    let letter = html(&["--paper", "letter"]);
    assert!(letter.contains("@page { size: letter;"), "{letter}");
    let (_, fr, _) = run_in(
        dir.path(),
        &[
            "compute",
            "case.toml",
            "--format",
            "html",
            "--lang",
            "fr",
            "--as-of",
            "2024-03-10",
        ],
    );
    assert!(
        fr.contains("content: \"24/05678 · M. Jean Dupont c.\\a0 SCI Les Tilleuls\""),
        "{fr}"
    );
}

/// Issue 17, item 6 (in part): `check` lines in the language of the run, the marker, the
/// case's position, the figure's name and the closing line kept as they are for scripts.
#[test]
fn check_lines_are_in_the_language_of_the_run() {
    let civil = std::fs::read_to_string(crate::support::repo("examples/fr-civil-two-liquidations.toml")).unwrap();
    let dir = temp_dir_with(&[("bad.toml", &civil.replacen("expected = 13800", "expected = 13900", 1))]);
    let (code, fr, _) = run_in(dir.path(), &["check", "bad.toml", "--lang", "fr"]);
    assert_eq!(code, 1, "{fr}");
    assert!(
        fr.contains("FAIL Dupont v SCI Les Tilleuls: repairs under astreinte (bad.toml:"),
        "{fr}"
    );
    assert!(
        fr.contains("liquidation 1 (2024-03-01 to 2024-05-31) amount\u{A0}: attendu €13,900, calculé €13,800"),
        "{fr}"
    );
    assert!(fr.ends_with("0 passed, 1 failed\n"), "{fr}");
    let (code, nl, _) = run_in(
        &crate::support::repo(""),
        &["check", "examples/fr-civil-two-liquidations.toml", "--lang", "nl"],
    );
    assert_eq!(code, 0, "{nl}");
    assert!(
        nl.contains("(examples/fr-civil-two-liquidations.toml:1): 2 verwachte cijfers kloppen"),
        "{nl}"
    );
    let (_, en, _) = run_in(
        &crate::support::repo(""),
        &["check", "examples/fr-civil-two-liquidations.toml"],
    );
    assert!(en.contains(": 2 expected figures match"), "{en}");
    // A case that cannot be computed: its position is followed by `:` as in an error line,
    // in every language, so that one pattern reads both.
    let broken = temp_dir_with(&[(
        "broken.toml",
        &civil.replacen("currency = \"EUR\"", "currency = \"EURO\"", 1),
    )]);
    for lang in ["fr", "nl", "en"] {
        let (code, out, err) = run_in(broken.path(), &["check", "broken.toml", "--lang", lang]);
        assert_eq!(code, 2, "{lang}: {out}");
        let fail = out.lines().find(|l| l.starts_with("FAIL ")).expect("a FAIL line");
        let error = err.lines().next().expect("an error line");
        let position = error
            .split_once(": ")
            .map(|(_, rest)| rest)
            .expect("error: FILE:LINE:COLUMN: ...");
        let position = &position[..position.find(": `").expect("the key after the position") + 1];
        assert!(
            fail.starts_with(&format!("FAIL {position} ")),
            "{lang}: {fail} / {error}"
        );
    }
}
