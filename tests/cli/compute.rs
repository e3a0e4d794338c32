//! `astreinte compute`: the Clearview case end to end, as a table and as JSON.

use crate::json_types::{Money, parse_compute};
use crate::support::{CLEARVIEW, repo, run, run_with_stdin, temp_dir_with};

#[test]
fn clearview_table_shows_each_derived_date_and_the_headline() {
    let (code, out, err) = run(&["compute", CLEARVIEW, "--as-of", "2023-05-10"]);
    assert_eq!(code, 0, "stderr: {err}");
    for expected in [
        "Wed 19 Oct 2022",
        "notification",
        "+ 2 months",
        "Mon 19 Dec 2022",
        "CPC art. 641 al. 2",
        "Tue 20 Dec 2022",
        "first day of delay",
        "2022-12-20",
        "2023-02-09",
        "€100,000/day",
        "52 days × €100,000 = €5,200,000 (€5.2M)",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}

#[test]
fn clearview_json_has_the_documented_keys_and_exact_amounts() {
    let (code, out, err) = run(&["compute", CLEARVIEW, "--format", "json", "--as-of", "2023-02-09"]);
    assert_eq!(code, 0, "stderr: {err}");
    let doc = parse_compute(&out);
    assert_eq!(doc.schema_version, 1);
    assert_eq!(doc.as_of, "2023-02-09");
    assert!(doc.errors.is_empty());
    let case = &doc.cases[0];
    assert_eq!(case.currency, "EUR");
    assert_eq!(case.deadline, "2022-12-19");
    assert_eq!(case.accrual_start, "2022-12-20");
    let liq = &case.liquidations[0];
    assert_eq!(
        (liq.from.as_str(), liq.through.as_str(), liq.days),
        ("2022-12-20", "2023-02-09", 52)
    );
    assert_eq!(liq.amount, Money::of(5_200_000));
    assert_eq!(liq.expected, Some(Money::of(5_200_000)));
    assert_eq!(liq.awarded, None);
    // Everything up to the as-of date is liquidated.
    assert_eq!((case.accrued.days, case.accrued.amount), (0, Money::of(0)));
    assert_eq!(case.accrued.from, None);
    let months = case
        .derivation
        .iter()
        .find(|s| s.action == "+ 2 months")
        .expect("a months step");
    assert_eq!(months.date, "2022-12-19");
    assert_eq!(months.source, "CPC art. 641 al. 2");
    assert!(months.rule.contains("same number"), "{}", months.rule);
}

#[test]
fn as_of_adds_what_has_run_since_the_last_liquidated_day() {
    let (code, out, _) = run(&["compute", CLEARVIEW, "--format", "json", "--as-of", "2023-02-19"]);
    assert_eq!(code, 0);
    let accrued = &parse_compute(&out).cases[0].accrued;
    assert_eq!(accrued.from.as_deref(), Some("2023-02-10"));
    assert_eq!(accrued.through.as_deref(), Some("2023-02-19"));
    assert_eq!((accrued.days, accrued.amount), (10, Money::of(1_000_000)));
}

#[test]
fn compliance_stops_the_accrual_and_its_day_does_not_count() {
    let (code, out, _) = run(&[
        "compute",
        "examples/fr-civil-two-liquidations.toml",
        "--format",
        "json",
        "--as-of",
        "2030-01-01",
    ]);
    assert_eq!(code, 0);
    let case = &parse_compute(&out).cases[0];
    assert_eq!(case.accrued.from.as_deref(), Some("2024-10-01"));
    assert_eq!(case.accrued.through.as_deref(), Some("2024-10-14"));
    assert_eq!((case.accrued.days, case.accrued.amount), (14, Money::of(2_100)));
    assert_eq!(case.liquidations[0].awarded, Some(Money::of(8_000)));
}

#[test]
fn the_default_as_of_is_today() {
    let (code, out, _) = run(&["compute", CLEARVIEW, "--format", "json"]);
    assert_eq!(code, 0);
    let today = chrono::Local::now().date_naive().to_string();
    assert_eq!(parse_compute(&out).as_of, today);
}

#[test]
fn reads_standard_input() {
    let text = std::fs::read_to_string(repo(CLEARVIEW)).unwrap();
    let (code, out, err) = run_with_stdin(&["compute", "-", "--format", "json", "--as-of", "2023-03-01"], &text);
    assert_eq!(code, 0, "{err}");
    let doc = parse_compute(&out);
    assert_eq!(doc.cases[0].liquidations[0].days, 52);
}

#[test]
fn a_directory_gives_every_toml_file_in_it_recursively() {
    let clearview = std::fs::read_to_string(repo(CLEARVIEW)).unwrap();
    let dir = temp_dir_with(&[
        ("a.toml", &clearview),
        ("sub/b.toml", &clearview),
        ("notes.txt", "not a case"),
    ]);
    let (code, out, err) = run(&[
        "compute",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        "2023-03-01",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(parse_compute(&out).cases.len(), 2);
}

#[test]
fn several_cases_in_one_file_come_out_in_order() {
    let text = r#"
[[case]]
title = "first"
currency = "EUR"
order = { decided = 2023-01-02, deadline = 2023-01-31 }
penalty = { amount = 10 }

[[case]]
title = "second"
currency = "USD"
order = { decided = 2023-01-02, deadline = 2023-01-31 }
penalty = { amount = "0.25" }
"#;
    let (code, out, err) = run_with_stdin(&["compute", "-", "--format", "json", "--as-of", "2023-02-04"], text);
    assert_eq!(code, 0, "{err}");
    let doc = parse_compute(&out);
    let titles: Vec<_> = doc.cases.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["first", "second"]);
    assert_eq!(doc.cases[0].accrued.amount, Money::of(40));
    assert_eq!(doc.cases[1].accrued.amount.0.to_string(), "1.00");
}

#[test]
fn a_bad_file_in_a_batch_is_reported_and_the_others_still_computed() {
    let clearview = std::fs::read_to_string(repo(CLEARVIEW)).unwrap();
    let bad = clearview.replace("amount = 100000", "amount = 100000.5");
    let dir = temp_dir_with(&[
        ("1-good.toml", &clearview),
        ("2-bad.toml", &bad),
        ("3-good.toml", &clearview),
    ]);
    let (code, out, err) = run(&[
        "compute",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        "2023-03-01",
    ]);
    assert_eq!(code, 2);
    let doc = parse_compute(&out);
    assert_eq!(doc.cases.len(), 2);
    assert_eq!(doc.errors.len(), 1);
    assert!(doc.errors[0].file.ends_with("2-bad.toml"));
    assert_eq!(doc.errors[0].field.as_deref(), Some("penalty.amount"));
    let line = 1 + clearview.lines().position(|l| l.starts_with("amount = ")).unwrap();
    assert_eq!((doc.errors[0].line, doc.errors[0].column), (line, 10));
    assert!(doc.errors[0].message.contains("float"), "{}", doc.errors[0].message);
    assert!(err.contains("2-bad.toml:"), "{err}");
}

#[test]
fn the_first_day_of_delay_cites_the_rule_set_applied() {
    for (file, source) in [
        (CLEARVIEW, "CPC art. 642 al. 1"),
        ("examples/be-astreinte-month-to-eve.toml", "C. jud. art. 53 al. 1"),
    ] {
        let (code, out, err) = run(&["compute", file, "--format", "json", "--as-of", "2030-01-01"]);
        assert_eq!(code, 0, "{err}");
        let doc = parse_compute(&out);
        let step = doc.cases[0]
            .derivation
            .iter()
            .find(|s| s.action == "first day of delay")
            .expect("a step");
        assert_eq!(step.source, source, "{file}");
    }
}

/// Issue 17 item 7: `compute` says what `deadline` says of the rule set's scope when the case
/// counts a time limit with it (the Atw does not extend a period the order itself sets), and
/// says nothing of it when the order fixes the date or the rule set has no such limit.
#[test]
fn a_limit_counted_under_the_atw_carries_the_deadline_command_s_note() {
    let atw = "examples/nl-civiele-dwangsom-zes-maanden.toml";
    let (code, out, err) = run(&["compute", atw, "--as-of", "2024-12-01"]);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(
        out.contains("Note: the Algemene termijnenwet extends limits set by statute"),
        "{out}"
    );
    let fixed = "title = \"t\"\ncurrency = \"EUR\"\nrules = \"nl-atw\"\n[order]\ndecided = 2024-01-01\ndeadline = 2024-02-01\n[penalty]\namount = 100\nper = \"day\"\n";
    let (code, out, err) = run_with_stdin(&["compute", "-", "--as-of", "2024-03-01"], fixed);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(!out.contains("Algemene termijnenwet"), "{out}");
    let (_, out, _) = run(&["compute", CLEARVIEW, "--as-of", "2023-05-10"]);
    assert!(!out.contains("Note: the Algemene"), "{out}");
}
