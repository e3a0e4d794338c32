//! Issue 15, real orders, end to end: escalating rates, changes after a stretch, reductions per
//! item, breach days, `count`, the first day under EU practice, shares, and `check` on every
//! published figure (a figure expected but not computable fails, it is never skipped).

use serde_json::Value;

use crate::support::{run, temp_dir_with};

fn json(file: &str, as_of: &str) -> Value {
    let (code, out, err) = run(&["compute", file, "--format", "json", "--as-of", as_of]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn strings(values: &Value, key: &str) -> Vec<String> {
    values
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v[key].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn an_escalation_lists_its_steps_and_counts_each_unit_at_the_rate_of_its_day() {
    let doc = json("examples/us-biolitec-escalating-contempt.toml", "2013-09-15");
    let case = &doc["cases"][0];
    let e = &case["penalties"][0]["escalation"];
    assert_eq!(
        (e["factor"].as_str(), e["every"].as_str()),
        (Some("2"), Some("1 month"))
    );
    assert_eq!(strings(&e["steps"], "from"), ["2013-06-01", "2013-07-01", "2013-08-01"]);
    assert_eq!(strings(&e["steps"], "rate"), ["2000000", "4000000", "8000000"]);
    let segments = &case["liquidations"][0]["segments"];
    assert_eq!(strings(segments, "rate"), ["1000000", "2000000", "4000000", "8000000"]);
    // September began by 15 September: its fine is due, at the maximum.
    assert_eq!(case["accrued"]["amount"], "8000000");
}

#[test]
fn a_reduction_lowers_the_whole_unit_it_falls_in_and_says_which() {
    let doc = json("examples/eu-italy-c196-13-landfills.toml", "2019-01-01");
    let p = &doc["cases"][0]["penalties"][0];
    let reductions = &p["reductions"];
    assert_eq!(strings(reductions, "lowers_from")[0], "2016-12-02");
    assert_eq!(strings(reductions, "lowers_through")[0], "2017-06-01");
    // The semester 2 June - 1 December 2017 is fixed at its end: €42.8M less €26.6M.
    let gaps = &doc["cases"][0]["gaps"];
    assert_eq!(strings(gaps, "amount"), ["171200000", "31800000"]);
}

#[test]
fn only_days_of_breach_count_and_the_cap_holds_across_them() {
    let doc = json("examples/nl-coa-ter-apel-breach-days.toml", "2026-12-31");
    let case = &doc["cases"][0];
    assert_eq!(case["accrued"]["days"], 100);
    assert_eq!(case["accrued"]["amount"], "5000000");
    assert_eq!(
        strings(&case["penalties"][0]["breaches"], "from"),
        ["2025-09-30", "2025-10-31", "2026-01-13"]
    );
    let days: Vec<i64> = case["penalties"][0]["breaches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["days"].as_i64().unwrap())
        .collect();
    assert_eq!(days, [21, 19, 60]);
    assert_eq!(case["penalties"][0]["cap_reached"], "2026-03-13");
}

#[test]
fn the_first_day_after_the_judgment_and_from_notification_are_cited() {
    let doc = json("examples/eu-greece-kouroupitos-c387-97.toml", "2001-01-01");
    let step = doc["cases"][0]["derivation"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(step["date"], "2000-07-05");
    assert!(step["source"].as_str().unwrap().contains("C-387/97"), "{step}");
    let doc = json("examples/eu-poland-c204-21.toml", "2024-01-01");
    let steps = doc["cases"][0]["derivation"].as_array().unwrap();
    let step = steps.iter().find(|s| s["date"] == "2021-11-03").unwrap().clone();
    assert!(step["source"].as_str().unwrap().contains("C-204/21 R"), "{step}");
    assert_eq!(doc["cases"][0]["accrual_start"], "2021-11-03");
}

#[test]
fn shares_split_each_liquidation_exactly() {
    let doc = json("tests/cases/shares-in-thirds.toml", "2024-03-01");
    let case = &doc["cases"][0];
    assert_eq!(
        strings(&case["liquidations"][0]["shares"], "amount"),
        ["333.34", "333.33", "333.33"]
    );
    assert_eq!(strings(&case["shares"], "total"), ["333.34", "333.33", "333.33"]);
    assert_eq!(case["shares"][0]["part"], "1/3");
}

#[test]
fn count_multiplies_the_rate_of_every_segment() {
    let doc = json("tests/cases/count-per-person-per-day.toml", "2024-01-20");
    let case = &doc["cases"][0];
    assert_eq!(case["penalties"][0]["count"], 3);
    assert_eq!(case["penalties"][0]["rate"], "500");
    assert_eq!(case["liquidations"][0]["segments"][0]["rate"], "1500");
}

const CASE: &str = r#"
title = "Checked"
currency = "EUR"
rules = "plain"
[order]
decided = 2024-01-03
deadline = 2024-01-10
[penalty]
amount = 100
[[liquidation]]
through = 2024-01-20
expected_units = 10
"#;

fn check(text: &str) -> (i32, String) {
    let dir = temp_dir_with(&[("case.toml", text)]);
    let path = dir.path().join("case.toml");
    let (code, out, err) = run(&["check", path.to_str().unwrap(), "--as-of", "2024-06-01"]);
    (code, format!("{out}{err}"))
}

#[test]
fn check_compares_units_reaches_and_cap_reached() {
    let ok = format!("{CASE}[expected]\nreaches = {{ amount = 1000, on = 2024-01-20 }}\n");
    let (code, out) = check(&ok);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 expected figures match"), "{out}");
    let wrong = format!(
        "{}[expected]\nreaches = {{ amount = 1000, on = 2024-01-19 }}\n",
        CASE.replace("expected_units = 10", "expected_units = 9")
    );
    let (code, out) = check(&wrong);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("units: expected 9, computed 10"), "{out}");
    assert!(
        out.contains("the day the total reaches €1,000: expected 2024-01-19, computed 2024-01-20"),
        "{out}"
    );
    // €100 a day from 11 January, capped at €1,550: reached on the 16th day, 26 January.
    let capped = format!(
        "{}[expected]\ncap_reached = 2024-01-26\n",
        CASE.replace("amount = 100\n", "amount = 100\ncap = 1550\n")
    );
    let (code, out) = check(&capped);
    assert_eq!(code, 0, "{out}");
    let (code, out) = check(&capped.replace("2024-01-26", "2024-01-25"));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("cap_reached): expected 2024-01-25, computed 2024-01-26"),
        "{out}"
    );
}

#[test]
fn a_figure_expected_but_not_computable_is_a_failure_not_a_skip() {
    // No cap to reach, and a total that stops (compliance) short of the amount.
    let text = format!(
        "{}[expected]\ncap_reached = 2024-02-01\nreaches = {{ amount = 5000, on = 2024-03-01 }}\n",
        CASE.replace("amount = 100\n", "amount = 100\ncomplied = 2024-01-31\n")
    );
    let (code, out) = check(&text);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("cap_reached): expected 2024-02-01, computed no cap in the case"),
        "{out}"
    );
    assert!(
        out.contains("expected 2024-03-01, computed never: the total stops at €2,000"),
        "{out}"
    );
    assert!(out.contains("0 passed, 1 failed"), "{out}");
}
