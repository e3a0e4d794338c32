//! The judge's hand (issue 20) through the command line: `check` verifies the figures the
//! decision set, the JSON carries them, the CSV lists the days suppressed.

use crate::json_types::parse_compute;
use crate::support::{run, temp_dir_with};

const HISTORY: &str = "tests/cases/provisional-then-definitive.toml";
const CE_420608: &str = "examples/fr-conseil-etat-420608-moderated-by-rate.toml";

#[test]
fn check_verifies_what_was_awarded_and_suppressed() {
    let text = std::fs::read_to_string(crate::support::repo(HISTORY)).unwrap();
    let wrong = text
        .replace("expected_awarded = 9200", "expected_awarded = 9300")
        .replace("expected_suppressed = 1500", "expected_suppressed = 1200")
        .replace("expected_suppressed_days = 5", "expected_suppressed_days = 4")
        .replace("awarded = 26300\n", "awarded = 26000\n")
        .replace("suppressed = 1500\n", "suppressed = 1000\n");
    let dir = temp_dir_with(&[("history.toml", &wrong)]);
    let file = dir.path().join("history.toml");
    let (code, out, err) = run(&["check", file.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}{err}");
    for line in [
        "liquidation 1 (2024-03-01 to 2024-05-31) awarded: expected €9,300, computed €9,200",
        "liquidation 2 (2024-07-01 to 2024-08-31) suppressed: expected €1,200, computed €1,500 (5 days)",
        "liquidation 2 (2024-07-01 to 2024-08-31) days suppressed: expected 4, computed 5",
        "total awarded by the liquidations pronounced as of 2024-12-31: expected €26,000, computed €26,300",
        "total suppressed by the liquidations pronounced as of 2024-12-31: expected €1,000, computed €1,500",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    let (code, out, _) = run(&["check", HISTORY]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("14 expected figures match"), "{out}");
}

#[test]
fn the_json_gives_the_rates_ordered_and_awarded_and_the_article() {
    let (code, out, err) = run(&["compute", CE_420608, "--format", "json", "--as-of", "2020-01-30"]);
    assert_eq!(code, 0, "{err}");
    let doc = parse_compute(&out);
    let l = &doc.cases[0].liquidations[0];
    assert_eq!((l.days, l.amount.0.to_string().as_str()), (253, "25300"));
    assert_eq!(l.awarded.as_ref().map(|a| a.0.to_string()), Some("12650".into()));
    assert_eq!(l.ordered_rate.as_ref().map(|a| a.0.to_string()), Some("100".into()));
    assert_eq!(l.awarded_rate.as_ref().map(|a| a.0.to_string()), Some("50".into()));
    assert!(l.moderated);
    assert_eq!(l.kind.as_deref(), Some("provisional"));
    assert_eq!(
        (l.grounds[0].rule.as_str(), l.grounds[0].article.as_str()),
        ("moderation", "CJA L911-7 al. 3")
    );
    let p = &doc.cases[0].penalties[0];
    assert_eq!(
        (p.kind.as_str(), p.kind_article.as_str()),
        ("provisional", "CJA L911-6")
    );
}

#[test]
fn the_json_gives_the_days_suppressed_and_the_astreintes_of_a_history() {
    let (code, out, err) = run(&["compute", HISTORY, "--format", "json", "--as-of", "2024-12-31"]);
    assert_eq!(code, 0, "{err}");
    let case = &parse_compute(&out).cases[0];
    let l = &case.liquidations[1];
    assert_eq!((l.suppressed.0.to_string().as_str(), l.suppressed_days), ("1500", 5));
    let s = &l.suppressions[0];
    assert_eq!(
        (s.from.as_str(), s.through.as_str(), s.days),
        ("2024-08-05", "2024-08-09", 5)
    );
    assert_eq!(s.reason, "strike at the only supplier (cause étrangère)");
    let rules: Vec<(&str, &str)> = l
        .grounds
        .iter()
        .map(|g| (g.rule.as_str(), g.article.as_str()))
        .collect();
    assert_eq!(
        rules,
        [
            ("suppression", "CPCE L131-4 al. 3"),
            ("definitive_rate", "CPCE L131-4 al. 2")
        ]
    );
    assert!(!l.moderated);
    let definitive = &case.penalties[1];
    assert_eq!(definitive.kind, "definitive");
    assert_eq!(
        (definitive.decided.as_deref(), definitive.through.as_deref()),
        (Some("2024-06-20"), Some("2024-08-31"))
    );
    assert_eq!(case.totals.suppressed.0.to_string(), "1500");
}

#[test]
fn the_csv_lists_the_days_suppressed_after_their_liquidation() {
    let (code, out, err) = run(&["compute", HISTORY, "--format", "csv", "--as-of", "2024-12-31"]);
    assert_eq!(code, 0, "{err}");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let column = |row: &csv::StringRecord, name: &str| row[header.iter().position(|c| c == name).unwrap()].to_string();
    let kinds: Vec<String> = rows.iter().map(|r| column(r, "period")).collect();
    assert_eq!(kinds, ["liquidation", "liquidation", "suppressed"], "{out}");
    let suppressed = rows.last().unwrap();
    let fields: Vec<String> = ["liquidation", "from", "through", "days", "amount"]
        .iter()
        .map(|name| column(suppressed, name))
        .collect();
    assert_eq!(fields, ["2", "2024-08-05", "2024-08-09", "5", "1500"]);
}
