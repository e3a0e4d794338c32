//! `astreinte interest`: legal interest on one sum (issue 16). The worked figures come from
//! tests/fixtures/interest/worked.json, written by tests/fixtures/interest/oracle.py, a
//! separate computation in Python with exact fractions (rerun it after changing a case).

use serde_json::Value;

use crate::support::{repo, run};

const SERVICE_PUBLIC: [&str; 13] = [
    "interest",
    "--amount",
    "2000",
    "--from",
    "2015-09-18",
    "--until",
    "2016-04-10",
    "--regime",
    "fr-legal",
    "--creditor",
    "individual",
    "--enforceable",
    "2015-09-17",
];

fn json(args: &[&str]) -> Value {
    let (code, out, err) = run(&[args, &["--format", "json"]].concat());
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// service-public.fr, fiche F783: 14.34 + 22.40 + 52.27 = 89.01.
#[test]
fn the_service_public_example_in_json() {
    let v = json(&SERVICE_PUBLIC);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["regime"], "fr-legal");
    assert_eq!(
        (v["from"].as_str(), v["through"].as_str()),
        (Some("2015-09-18"), Some("2016-04-09"))
    );
    let parts: Vec<(&str, &str, i64, &str, &str)> = v["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["from"].as_str().unwrap(),
                p["through"].as_str().unwrap(),
                p["days"].as_i64().unwrap(),
                p["rate"].as_str().unwrap(),
                p["amount"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        parts,
        [
            ("2015-09-18", "2015-11-17", 61, "4.29", "14.34"),
            ("2015-11-18", "2015-12-31", 44, "9.29", "22.40"),
            ("2016-01-01", "2016-04-09", 100, "9.54", "52.27"),
        ]
    );
    assert_eq!(v["total"], "89.01");
    assert_eq!(v["outstanding"]["principal"], "2000.00");
    assert_eq!(v["outstanding"]["interest"], "89.01");
    assert!(v["periods"][1]["source"].as_str().unwrap().contains("CMF L313-3"));
}

#[test]
fn the_service_public_example_as_a_table_in_english_and_french() {
    let (code, en, err) = run(&SERVICE_PUBLIC);
    assert_eq!(code, 0, "{err}");
    assert!(
        en.contains("2015-11-18 to 2015-12-31, 44 days, rate 9.29%, base €2,000.00 = €22.40"),
        "{en}"
    );
    assert!(en.contains("Interest: 14.34 + 22.40 + 52.27 = €89.01"), "{en}");
    assert!(
        en.contains("Owed on Sun 10 Apr 2016: principal €2,000.00 + interest €89.01 = €2,089.01"),
        "{en}"
    );
    let (code, fr, err) = run(&[&["--lang", "fr"], &SERVICE_PUBLIC[..]].concat());
    assert_eq!(code, 0, "{err}");
    let fr = fr.replace(['\u{202F}', '\u{A0}'], " ");
    assert!(
        fr.contains("du 18/09/2015 au 17/11/2015, 61 jours, taux 4,29 %, base 2 000,00 € = 14,34 €"),
        "{fr}"
    );
    assert!(fr.contains("Intérêts : 14,34 + 22,40 + 52,27 = 89,01 €"), "{fr}");
    assert!(fr.contains("365 jours même en année bissextile"), "{fr}");
}

/// Every case of the oracle, through the binary: the periods, capitalisations, payments,
/// total and balance are those the separate Python computation found.
#[test]
fn the_worked_cases_match_the_independent_oracle() {
    let text = std::fs::read_to_string(repo("tests/fixtures/interest/worked.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert!(cases.len() >= 6);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let mut args = vec!["interest"];
        args.extend(case["args"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()));
        let v = json(&args);
        let fields = |p: &Value, keys: &[&str]| keys.iter().map(|k| p[*k].clone()).collect::<Vec<_>>();
        let period_keys = ["from", "through", "days", "base", "rate", "amount"];
        let mine: Vec<_> = v["periods"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| fields(p, &period_keys))
            .collect();
        let theirs: Vec<_> = case["periods"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| fields(p, &period_keys))
            .collect();
        assert_eq!(mine, theirs, "{name}: periods");
        assert_eq!(v["capitalisations"], case["capitalisations"], "{name}: capitalisations");
        let payment_keys = ["date", "amount", "to_interest", "to_principal"];
        let mine: Vec<_> = v["payments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| fields(p, &payment_keys))
            .collect();
        let theirs: Vec<_> = case["payments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| fields(p, &payment_keys))
            .collect();
        assert_eq!(mine, theirs, "{name}: payments");
        assert_eq!(v["total"], case["total"], "{name}: total");
        assert_eq!(v["outstanding"], case["outstanding"], "{name}: outstanding");
    }
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo("schema/interest.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::meta::validate(&schema).unwrap_or_else(|e| panic!("not a valid JSON Schema: {e}"));
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

#[test]
fn the_schema_is_published_listed_and_satisfied() {
    let (code, out, _) = run(&["schema", "interest"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        std::fs::read_to_string(repo("schema/interest.schema.json")).unwrap()
    );
    let (_, list, _) = run(&["schema"]);
    assert!(list.lines().any(|l| l.starts_with("interest ")), "{list}");
    let v = validator();
    let text = std::fs::read_to_string(repo("tests/fixtures/interest/worked.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    let mut runs: Vec<Vec<String>> = cases
        .iter()
        .map(|c| {
            c["args"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap().to_string())
                .collect()
        })
        .collect();
    runs.push(
        "--amount 1000 --from 2026-07-01 --through 2026-07-31 --regime fr-legal --creditor other --allow-unconfirmed"
            .split(' ')
            .map(String::from)
            .collect(),
    );
    runs.push(
        "--amount 1000000 --from 2023-03-16 --through 2023-04-14 --regime eu-ecb --decided 2023-01-20 --guarantee --basis act/act"
            .split(' ')
            .map(String::from)
            .collect(),
    );
    for args in runs {
        let args: Vec<&str> = std::iter::once("interest")
            .chain(args.iter().map(String::as_str))
            .collect();
        let instance = json(&args);
        let problems: Vec<String> = v
            .iter_errors(&instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(problems.is_empty(), "{args:?}: {problems:#?}");
    }
    // The schema does hold the contract: a number for an amount is refused.
    let mut wrong = json(&SERVICE_PUBLIC);
    wrong["total"] = Value::from(89.01);
    assert!(!v.is_valid(&wrong));
}

/// Bad input: a message naming the flag and what to write instead, exit status 2.
#[test]
fn bad_input_is_refused_with_the_flag_and_status_2() {
    let base = [
        "interest",
        "--amount",
        "1000",
        "--from",
        "2020-01-01",
        "--through",
        "2020-12-31",
    ];
    for (extra, words) in [
        (
            &["--regime", "fr-legl"][..],
            &["--regime", "did you mean `fr-legal`?", "`nl-commercial`"][..],
        ),
        (
            &["--regime", "nl-legal", "--payment", "2019-12-31=100"][..],
            &["--payment", "before the first day of interest"][..],
        ),
        (
            &["--regime", "nl-legal", "--payment", "2021-01-02=100"][..],
            &["--payment", "after the period"][..],
        ),
        (
            &["--regime", "nl-legal", "--payment", "2020-05-01"][..],
            &["--payment", "DATE=AMOUNT"][..],
        ),
        (
            &["--regime", "fr-legal"][..],
            &["--creditor", "two rates from 1 January 2015", "`individual`"][..],
        ),
        (
            &["--regime", "be-legal", "--rate", "4"][..],
            &["--rate", "does not apply to be-legal"][..],
        ),
        (&["--regime", "fixed"][..], &["--rate", "annual rate"][..]),
        (
            &["--regime", "eu-ecb", "--guarantee"][..],
            &["--decided", "art. 83(4)"][..],
        ),
        (
            &["--regime", "nl-legal", "--enforceable", "2019-11-01"][..],
            &["--enforceable", "French"][..],
        ),
        (
            &["--regime", "fixed", "--rate", "-1"][..],
            &["--rate", "zero or above"][..],
        ),
        (
            &["--regime", "nl-legal", "--basis", "30/360"][..],
            &["--basis", "act/365"][..],
        ),
    ] {
        let args = [&base[..], extra].concat();
        let (code, out, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        for w in words {
            assert!(err.contains(w), "{args:?}: `{w}` not in {err}");
        }
    }
}

#[test]
fn a_negative_or_zero_amount_is_refused() {
    for amount in ["-5", "0", "--amount=-5"] {
        let args: Vec<&str> = if amount.starts_with("--") {
            vec![
                "interest",
                amount,
                "--from",
                "2020-01-01",
                "--through",
                "2020-02-01",
                "--regime",
                "nl-legal",
            ]
        } else {
            vec![
                "interest",
                "--amount",
                amount,
                "--from",
                "2020-01-01",
                "--through",
                "2020-02-01",
                "--regime",
                "nl-legal",
            ]
        };
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains("--amount") && err.contains("above zero"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn a_date_outside_the_rate_tables_is_refused_with_what_they_cover() {
    let (code, _, err) = run(&[
        "interest",
        "--amount",
        "1000",
        "--from",
        "1995-01-01",
        "--through",
        "1995-12-31",
        "--regime",
        "be-legal",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("be-legal rate table covers 1996-09-01 to 2026-12-31"),
        "{err}"
    );
    assert!(err.contains("1995-01-01"), "{err}");
    let (code, _, err) = run(&[
        "interest",
        "--amount",
        "1000",
        "--from",
        "2026-01-01",
        "--through",
        "2026-08-31",
        "--regime",
        "fr-legal",
        "--creditor",
        "individual",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("covers 2015-01-01 to 2026-06-30"), "{err}");
}

#[test]
fn an_unconfirmed_rate_needs_the_flag_and_is_marked() {
    let args = [
        "interest",
        "--amount",
        "1000",
        "--from",
        "2026-07-01",
        "--through",
        "2026-07-31",
        "--regime",
        "fr-legal",
        "--creditor",
        "other",
    ];
    let (code, _, err) = run(&args);
    assert_eq!(code, 2);
    assert!(
        err.contains("UNCONFIRMED") && err.contains("--allow-unconfirmed"),
        "{err}"
    );
    let allowed = [&args[..], &["--allow-unconfirmed"]].concat();
    let (code, out, err) = run(&allowed);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("[UNCONFIRMED]") && out.contains("UNCONFIRMED rates were used"),
        "{out}"
    );
    let v = json(&allowed);
    assert_eq!(v["unconfirmed"], true);
    assert_eq!(v["periods"][0]["confirmed"], false);
    // In French, the mark is French too (it was `[UNCONFIRMED]` in a French line).
    let (code, out, err) = run(&[&allowed[..], &["--lang", "fr"]].concat());
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("[NON CONFIRMÉ]") && !out.contains("[UNCONFIRMED]") && out.contains("NON CONFIRMÉS"),
        "{out}"
    );
}

#[test]
fn until_the_first_day_leaves_no_day_of_interest() {
    let (code, _, err) = run(&[
        "interest",
        "--amount",
        "1000",
        "--from",
        "2020-01-01",
        "--until",
        "2020-01-01",
        "--regime",
        "nl-legal",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--until 2020-01-01") && err.contains("no day of interest"),
        "{err}"
    );
}
