//! Liquidation periods (rule R1): a period that cannot be liquidated is refused at its key,
//! the days no liquidation covers stay not yet liquidated and are shown in every format, and
//! a liquidation not pronounced by the as-of date is a projection, never shown as awarded.

use serde_json::Value;

use crate::json_types::{StatusJson, SummaryLine, parse_compute, parse_ndjson, parse_summary};
use crate::support::{run, temp_dir_with};

const HEAD: &str = "title = \"Periods\"\ncurrency = \"EUR\"\nrules = \"plain\"\n[order]\ndecided = 2022-12-01\ndeadline = 2023-01-01\n[penalty]\namount = 100\n";

/// The case file `text`, computed with `args` after it: (status, stdout, stderr).
fn compute_text(text: &str, args: &[&str]) -> (i32, String, String) {
    let dir = temp_dir_with(&[("case.toml", text)]);
    let path = dir.path().join("case.toml");
    let path = path.to_str().unwrap();
    let (code, out, err) = run(&[&["compute", path][..], args].concat());
    (code, out, err.replace(path, "case.toml"))
}

/// The first line of a refusal, without its file name.
fn refusal(text: &str, as_of: &str) -> String {
    let (code, out, err) = compute_text(text, &["--as-of", as_of]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.is_empty(), "wrote a result: {out}");
    err.lines().next().unwrap_or_default().to_string()
}

/// The example: liquidated through 31 Mar, then through 31 Jan. It gave an overall
/// total of 17,800 (January counted twice) with exit 0; 119 days are 11,900.
#[test]
fn a_liquidation_listed_out_of_order_is_refused_not_counted_twice() {
    let text = format!("{HEAD}[[liquidation]]\nthrough = 2023-03-31\n[[liquidation]]\nthrough = 2023-01-31\n");
    assert_eq!(
        refusal(&text, "2023-04-30"),
        "error: case.toml:12:11: `liquidation[2].through`: the period ends on 2023-01-31, but liquidation[1] already runs through 2023-03-31: list liquidations in the order of their periods (this one before liquidation[1]), each starting after the one before ends"
    );
    // In the order of their periods, each day counts once: 119 days.
    let ordered = format!("{HEAD}[[liquidation]]\nthrough = 2023-01-31\n[[liquidation]]\nthrough = 2023-03-31\n");
    let (code, out, err) = compute_text(&ordered, &["--as-of", "2023-04-30", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc = parse_compute(&out);
    assert_eq!(doc.cases[0].totals.overall.0, 11_900.into());
}

#[test]
fn a_period_overlapping_the_one_before_is_refused_at_its_from() {
    let text = format!(
        "{HEAD}[[liquidation]]\nthrough = 2023-03-31\n[[liquidation]]\nfrom = 2023-03-15\nthrough = 2023-04-30\n"
    );
    assert_eq!(
        refusal(&text, "2023-05-31"),
        "error: case.toml:12:8: `liquidation[2].from`: the period starts on 2023-03-15, but days up to 2023-03-31 were already liquidated by liquidation[1]: liquidation periods must not overlap; start it on 2023-04-01 (from = 2023-04-01) or leave `from` out"
    );
}

#[test]
fn a_period_ending_before_it_starts_says_what_to_write() {
    let text = format!("{HEAD}[[liquidation]]\nfrom = 2023-03-10\nthrough = 2023-03-01\n");
    assert_eq!(
        refusal(&text, "2023-05-31"),
        "error: case.toml:11:11: `liquidation[1].through`: the period ends (2023-03-01) before it starts (2023-03-10): write the last day counted, on or after 2023-03-10, or correct `from`"
    );
}

/// It printed `From 2024-04-05 Through 2024-03-20` with only a note.
#[test]
fn a_period_ending_before_the_first_day_of_delay_is_refused() {
    let text =
        HEAD.replace("deadline = 2023-01-01", "deadline = 2024-04-04") + "[[liquidation]]\nthrough = 2024-03-20\n";
    assert_eq!(
        refusal(&text, "2024-06-15"),
        "error: case.toml:10:11: `liquidation[1].through`: the period ends on 2024-03-20, before the first day of delay (2024-04-05): there is nothing to liquidate; end it on or after 2024-04-05, or remove this liquidation"
    );
}

/// It liquidated 2,098 days, including days that had not happened.
#[test]
fn a_period_ending_after_the_as_of_date_is_refused_and_projected_as_of_its_end() {
    let text =
        HEAD.replace("deadline = 2023-01-01", "deadline = 2024-04-04") + "[[liquidation]]\nthrough = 2030-01-01\n";
    assert_eq!(
        refusal(&text, "2024-06-15"),
        "error: case.toml:10:11: `liquidation[1].through`: the period ends on 2030-01-01, after the as-of date (2024-06-15): those days have not happened yet; to project them, compute as of 2030-01-01 or later (`--as-of 2030-01-01`, or `expected.as_of` for `check`)"
    );
    let (code, out, err) = compute_text(&text, &["--as-of", "2030-01-01", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc = parse_compute(&out);
    assert_eq!(doc.cases[0].liquidations[0].status, StatusJson::Projected);
    assert_eq!(doc.cases[0].liquidations[0].days, 2_098);
}

/// `check` computes a case at its `expected.as_of`: a period after that date is refused there,
/// whatever `--as-of` says.
#[test]
fn check_refuses_a_period_after_the_expected_as_of() {
    let text =
        format!("{HEAD}[[liquidation]]\nthrough = 2023-03-31\nexpected = 8900\n[expected]\nas_of = 2023-02-28\n");
    let dir = temp_dir_with(&[("case.toml", &text)]);
    let path = dir.path().join("case.toml");
    let (code, out, err) = run(&["check", path.to_str().unwrap(), "--as-of", "2030-01-01"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("`liquidation[1].through`: the period ends on 2023-03-31, after the as-of date (2023-02-28)"),
        "{err}"
    );
    assert!(out.ends_with("0 passed, 1 failed\n"), "{out}");
}

/// A leading gap (January, before the first liquidation's `from`) and a gap between the two
/// liquidations (1-14 March); the second liquidation is not decided.
const GAPS: &str = "[[liquidation]]\ndecided = 2023-03-10\nfrom = 2023-02-01\nthrough = 2023-02-28\n\
                    [[liquidation]]\nfrom = 2023-03-15\nthrough = 2023-03-31\n";

fn gaps_case() -> String {
    format!("{HEAD}{GAPS}")
}

fn compute_gaps(format: &str, lang: &str) -> String {
    let (code, out, err) = compute_text(
        &gaps_case(),
        &["--as-of", "2023-04-30", "--format", format, "--lang", lang],
    );
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn gaps_are_not_yet_liquidated_in_the_json_totals() {
    let doc = parse_compute(&compute_gaps("json", "en"));
    let case = &doc.cases[0];
    let gaps: Vec<(Option<&str>, Option<&str>, i64)> = case
        .gaps
        .iter()
        .map(|g| (g.from.as_deref(), g.through.as_deref(), g.days))
        .collect();
    assert_eq!(
        gaps,
        [
            (Some("2023-01-02"), Some("2023-01-31"), 30),
            (Some("2023-03-01"), Some("2023-03-14"), 14)
        ]
    );
    // 30 + 14 days in the gaps and 30 accrued in April: 74 days; 28 + 17 liquidated.
    let t = &case.totals;
    assert_eq!(t.unliquidated.0, 7_400.into());
    assert_eq!(t.liquidated.0, 4_500.into());
    assert_eq!(t.overall.0, 11_900.into());
    // The first liquidation was pronounced, the second is a projection: never awarded.
    let statuses: Vec<StatusJson> = case.liquidations.iter().map(|q| q.status).collect();
    assert_eq!(statuses, [StatusJson::Pronounced, StatusJson::Projected]);
    assert_eq!((t.awarded.0, t.projected.0), (2_800.into(), 1_700.into()));
    assert_eq!(t.owed.0, 11_900.into());
    assert!(
        case.notes.iter().any(|n| n.contains("come before liquidation 1")),
        "{:?}",
        case.notes
    );
}

#[test]
fn gaps_are_in_ndjson_and_summary_lines() {
    let lines = parse_ndjson(&compute_gaps("ndjson", "en"));
    let case = lines[0].case.as_ref().unwrap();
    assert_eq!(case.gaps.len(), 2);
    let summary = parse_summary(&compute_gaps("summary", "en"));
    let SummaryLine::Case(line) = &summary[0] else {
        panic!("{summary:?}");
    };
    let days: Vec<i64> = line.gaps.iter().map(|g| g.days).collect();
    assert_eq!(days, [30, 14]);
    assert_eq!(line.liquidations[1].status, StatusJson::Projected);
    assert_eq!(line.totals.unliquidated.0, 7_400.into());
}

#[test]
fn gaps_are_rows_of_the_csv() {
    let csv = compute_gaps("csv", "en");
    let periods: Vec<&str> = csv.lines().skip(1).filter_map(|row| row.split(',').nth(8)).collect();
    assert_eq!(periods, ["liquidation", "liquidation", "gap", "gap", "accrued"]);
    let gap = csv.lines().find(|row| row.contains(",gap,")).unwrap();
    assert!(gap.contains(",2023-01-02,2023-01-31,30,30,100,day,3000,"), "{gap}");
}

#[test]
fn gaps_and_projections_are_shown_in_tables_explanations_and_statements() {
    for (lang, gap, projected) in [
        ("en", "Not yet liquidated, before liquidation #2", "projected"),
        ("fr", "Non encore liquidé, avant la liquidation n°\u{A0}2", "projetée"),
    ] {
        for format in ["table", "markdown", "html"] {
            let out = compute_gaps(format, lang);
            assert!(out.contains(gap), "{format} {lang}:\n{out}");
            assert!(out.contains(projected), "{format} {lang}:\n{out}");
        }
        let dir = temp_dir_with(&[("case.toml", &gaps_case())]);
        let path = dir.path().join("case.toml");
        let (code, out, err) = run(&[
            "explain",
            path.to_str().unwrap(),
            "--as-of",
            "2023-04-30",
            "--lang",
            lang,
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(gap) && out.contains(projected), "{out}");
    }
    let table = compute_gaps("table", "en");
    assert!(
        table.contains("Not yet liquidated, before liquidation #1: 2023-01-02 to 2023-01-31, 30 days × €100 = €3,000"),
        "{table}"
    );
    assert!(
        table.contains("Total liquidated: €4,500 computed, €2,800 awarded, €1,700 projected (not pronounced); not yet liquidated: €7,400"),
        "{table}"
    );
    let statement = compute_gaps("markdown", "fr");
    assert!(
        statement.contains("- **Liquidé, montant prononcé**\u{A0}: 2\u{202F}800,00\u{A0}€"),
        "{statement}"
    );
    assert!(
        statement.contains("- **Liquidé, projeté (non prononcé)**\u{A0}: 1\u{202F}700,00\u{A0}€"),
        "{statement}"
    );
}

/// Without a decision date nothing was pronounced: the computed figure is not shown as
/// awarded, in any column or total.
#[test]
fn a_liquidation_without_a_decision_is_never_shown_as_awarded() {
    let text = format!("{HEAD}[[liquidation]]\nthrough = 2023-01-31\n");
    let (code, out, err) = compute_text(
        &text,
        &["--as-of", "2023-01-31", "--format", "markdown", "--lang", "fr"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("| 1 | — | du 02/01/2023 au 31/01/2023 | 30 | 3\u{202F}000,00\u{A0}€ | projetée |"),
        "{out}"
    );
    assert!(
        out.contains("- **Liquidé, montant prononcé**\u{A0}: 0,00\u{A0}€"),
        "{out}"
    );
    let (_, json, _) = compute_text(&text, &["--as-of", "2023-01-31", "--format", "json"]);
    let doc: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["cases"][0]["liquidations"][0]["status"], "projected");
    assert_eq!(doc["cases"][0]["totals"]["awarded"], "0");
    assert_eq!(doc["cases"][0]["totals"]["projected"], "3000");
    assert_eq!(doc["cases"][0]["totals"]["owed"], "3000");
}
