//! The committed JSON Schemas (schema/*.json): printed by `astreinte schema`, valid schemas
//! themselves, and satisfied by real outputs. Checked by an independent validator (the
//! `jsonschema` crate) and, for the shapes, by the test-side types of json_types.rs.

use serde_json::{Value, json};

use crate::json_types::{SummaryLine, parse_compute, parse_ndjson, parse_summary};
use crate::support::{CLEARVIEW, repo, run, temp_dir_with};

const NAMES: [&str; 7] = ["compute", "ndjson", "summary", "deadline", "holidays", "quick", "when"];

fn committed(name: &str) -> String {
    std::fs::read_to_string(repo(&format!("schema/{name}.schema.json"))).unwrap()
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&committed(name)).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{name}: not a usable schema: {e}"))
}

fn problems(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn assert_valid(name: &str, instance: &Value) {
    let found = problems(&validator(name), instance);
    assert!(found.is_empty(), "{name}: {found:#?}\n{instance:#}");
}

fn assert_invalid(name: &str, instance: &Value, why: &str) {
    assert!(
        !problems(&validator(name), instance).is_empty(),
        "{name} accepted {why}:\n{instance:#}"
    );
}

#[test]
fn the_binary_prints_the_committed_schemas_which_are_valid_schemas() {
    for name in NAMES {
        let (code, out, err) = run(&["schema", name]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out, committed(name), "{name}");
        let schema: Value = serde_json::from_str(&out).unwrap();
        if let Err(e) = jsonschema::meta::validate(&schema) {
            panic!("{name} is not a valid JSON Schema: {e}");
        }
        assert_eq!(schema["properties"]["schema_version"]["const"], json!(1), "{name}");
    }
    let (code, list, _) = run(&["schema"]);
    assert_eq!(code, 0);
    for name in NAMES {
        assert!(list.lines().any(|l| l.starts_with(name)), "{name} not listed:\n{list}");
    }
}

fn compute_json(args: &[&str]) -> (String, Value) {
    let (_, out, err) = run(&[&["compute", "--format", "json"][..], args].concat());
    let value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (out, value)
}

#[test]
fn real_compute_outputs_satisfy_the_schema_and_the_test_side_types() {
    let bad = temp_dir_with(&[
        ("bad.toml", "title = 1\n"),
        ("two.toml", "[[case]]\ntitle = \"x\"\n[[case]]\ntitle = \"y\"\n"),
    ]);
    let bad_dir = bad.path().to_str().unwrap();
    for args in [
        &["examples", "tests/cases", "--as-of", "2024-09-30"][..],
        &["examples", "--as-of", "2019-01-01"][..],
        &["examples", "tests/cases", "--as-of", "2040-01-01"][..],
        &[CLEARVIEW, bad_dir, "no/such/file.toml", "--as-of", "2023-05-10"][..],
    ] {
        let (text, value) = compute_json(args);
        assert_valid("compute", &value);
        let doc = parse_compute(&text);
        assert!(!doc.cases.is_empty(), "{args:?}");
    }
    let (text, _) = compute_json(&[CLEARVIEW, bad_dir, "no/such/file.toml"]);
    assert_eq!(parse_compute(&text).errors.len(), 4, "{text}");
}

#[test]
fn every_ndjson_line_satisfies_the_line_schema() {
    let bad = temp_dir_with(&[("bad.toml", "title = 1\n")]);
    let (code, out, _) = run(&[
        "compute",
        "examples",
        "tests/cases",
        bad.path().to_str().unwrap(),
        "--format",
        "ndjson",
        "--as-of",
        "2024-09-30",
    ]);
    assert_eq!(code, 2);
    for line in out.lines() {
        assert_valid("ndjson", &serde_json::from_str(line).unwrap());
    }
    let lines = parse_ndjson(&out);
    assert_eq!(lines.iter().filter(|l| l.error.is_some()).count(), 1);
    assert!(lines.len() >= 9, "{out}");
}

#[test]
fn every_summary_line_satisfies_the_summary_schema() {
    let bad = temp_dir_with(&[("bad.toml", "title = 1\n")]);
    let (code, out, _) = run(&[
        "compute",
        "examples",
        "tests/cases",
        bad.path().to_str().unwrap(),
        "--format",
        "summary",
        "--as-of",
        "2024-09-30",
    ]);
    assert_eq!(code, 2);
    for line in out.lines() {
        assert_valid("summary", &serde_json::from_str(line).unwrap());
    }
    let lines = parse_summary(&out);
    let errors = lines.iter().filter(|l| matches!(l, SummaryLine::Error(_))).count();
    assert_eq!(errors, 1, "{out}");
    assert!(lines.len() >= 9, "{out}");
    // A case line without its totals, and one with an error as well, are refused.
    let case = out.lines().find(|l| !l.contains("\"error\"")).unwrap();
    let mut value: Value = serde_json::from_str(case).unwrap();
    value.as_object_mut().unwrap().remove("totals");
    assert_invalid("summary", &value, "a case line without totals");
    let mut value: Value = serde_json::from_str(case).unwrap();
    value["error"] = json!({"file": "f", "line": 1, "column": 1, "field": null, "message": "m"});
    assert_invalid("summary", &value, "a case line with an error");
}

/// Mutates the Clearview JSON output at `pointer`.
fn clearview_with(pointer: &str, change: impl FnOnce(&mut Value)) -> Value {
    let (_, mut value) = compute_json(&[CLEARVIEW, "--as-of", "2023-05-10"]);
    change(value.pointer_mut(pointer).unwrap_or_else(|| panic!("no {pointer}")));
    value
}

fn remove_key(key: &'static str) -> impl FnOnce(&mut Value) {
    move |v| {
        v.as_object_mut().unwrap().remove(key).expect("the key was there");
    }
}

#[test]
fn the_compute_schema_refuses_what_breaks_the_contract_and_allows_new_keys() {
    let amount_as_number = clearview_with("/cases/0/liquidations/0/amount", |v| *v = json!(5200000));
    assert_invalid("compute", &amount_as_number, "an amount as a JSON number");
    let bad_date = clearview_with("/cases/0/deadline", |v| *v = json!("19/12/2022"));
    assert_invalid("compute", &bad_date, "a date not written YYYY-MM-DD");
    let other_version = clearview_with("/schema_version", |v| *v = json!(2));
    assert_invalid("compute", &other_version, "another schema_version");
    for (pointer, key) in [
        ("", "as_of"),
        ("/cases/0", "deadline"),
        ("/cases/0", "accrual_start"),
        ("/cases/0/liquidations/0", "days"),
        ("/cases/0/liquidations/0", "awarded"),
        ("/cases/0/accrued", "amount"),
    ] {
        assert_invalid("compute", &clearview_with(pointer, remove_key(key)), key);
    }
    // The compatibility promise: keys may be added anywhere without a new version.
    let added = clearview_with("/cases/0/liquidations/0", |v| {
        v.as_object_mut().unwrap().insert("units".into(), json!(52));
    });
    assert_valid("compute", &added);
}

#[test]
fn an_ndjson_line_holds_a_case_or_an_error() {
    let case = clearview_with("/cases/0", |_| {})["cases"][0].clone();
    assert_valid("ndjson", &json!({"schema_version": 1, "case": case}));
    let error = json!({"file": "a.toml", "line": 2, "column": 1, "field": null, "message": "m"});
    assert_valid("ndjson", &json!({"schema_version": 1, "error": error}));
    assert_invalid("ndjson", &json!({"schema_version": 1}), "a line with neither");
    assert_invalid(
        "ndjson",
        &json!({"schema_version": 1, "case": case, "error": error}),
        "a line with both",
    );
}

#[test]
fn real_deadline_and_holidays_outputs_satisfy_their_schemas() {
    let runs: [(&str, &[&str]); 6] = [
        ("deadline", &["--from", "2022-10-19", "--within", "2 months"]),
        (
            "deadline",
            &["--from", "2019-09-23", "--within", "1 month", "--rules", "be-cj"],
        ),
        (
            "deadline",
            &[
                "--from",
                "2006-01-17",
                "--within",
                "2 months",
                "--rules",
                "eu-court",
                "--distance",
                "ten-days",
            ],
        ),
        ("holidays", &["--calendar", "FR", "--year", "2023"]),
        (
            "holidays",
            &["--calendar", "NL", "--from", "2024-04-01", "--to", "2024-06-30"],
        ),
        ("holidays", &["--calendar", "none", "--year", "2024"]),
    ];
    for (command, args) in runs {
        let (code, out, err) = run(&[&[command][..], args, &["--format", "json"]].concat());
        assert_eq!(code, 0, "{command} {args:?}: {err}");
        let value: Value = serde_json::from_str(&out).unwrap();
        assert_valid(command, &value);
    }
}

#[test]
fn real_quick_and_when_outputs_satisfy_their_schemas() {
    let runs: [(&str, &[&str]); 5] = [
        (
            "quick",
            &["--amount", "100000", "--from", "2022-12-20", "--through", "2023-02-09"],
        ),
        (
            "quick",
            &[
                "--amount",
                "5000000",
                "--per",
                "week",
                "--from",
                "2022-01-17",
                "--until",
                "2022-04-30",
                "--cap",
                "50000000",
            ],
        ),
        (
            "quick",
            &[
                "--amount",
                "3100",
                "--per",
                "month",
                "--partial",
                "prorata",
                "--from",
                "2023-01-31",
                "--through",
                "2023-04-10",
            ],
        ),
        ("when", &["examples/eu-poland-c204-21.toml", "--reaches", "540000000"]),
        (
            "when",
            &["examples/nl-acm-apple-dating-apps.toml", "--reaches", "60000000"],
        ),
    ];
    for (command, args) in runs {
        let (code, out, err) = run(&[&[command][..], args, &["--format", "json"]].concat());
        assert_eq!(code, 0, "{command} {args:?}: {err}");
        let value: Value = serde_json::from_str(&out).unwrap();
        assert_valid(command, &value);
    }
    let mut when_number: Value = serde_json::from_str(
        &run(&[
            "when",
            "examples/eu-poland-c204-21.toml",
            "--reaches",
            "1",
            "--format",
            "json",
        ])
        .1,
    )
    .unwrap();
    when_number["cases"][0]["amount"] = json!(1);
    assert_invalid("when", &when_number, "an amount as a JSON number");
}

/// The other commands' documents, as the contract (domain.md 4.2) fixes their keys.
#[test]
fn the_other_schemas_hold_the_contract_keys() {
    let deadline = json!({
        "schema_version": 1, "from": "2022-10-19", "deadline": "2022-12-19",
        "steps": [{"date": "2022-12-19", "action": "+ 2 months", "rule": "r", "source": "CPC art. 641 al. 2"}]
    });
    let holidays = json!({
        "schema_version": 1, "calendar": "FR", "year": 2023,
        "holidays": [{"date": "2023-01-01", "name": "Jour de l'an"}]
    });
    let quick = json!({
        "schema_version": 1, "from": "2022-12-20", "through": "2023-02-09", "days": 52,
        "units": 52, "amount": "5200000"
    });
    for (name, doc) in [("deadline", &deadline), ("holidays", &holidays), ("quick", &quick)] {
        assert_valid(name, doc);
        for key in doc.as_object().unwrap().keys() {
            let mut without = doc.clone();
            without.as_object_mut().unwrap().remove(key);
            assert_invalid(name, &without, &format!("a document without `{key}`"));
        }
        let mut added = doc.clone();
        added.as_object_mut().unwrap().insert("new_key".into(), json!(true));
        assert_valid(name, &added);
    }
    let mut quick_number = quick.clone();
    quick_number["amount"] = json!(5200000);
    assert_invalid("quick", &quick_number, "an amount as a JSON number");
}

/// A case with several errors is one error record in each JSON format, listing them all in
/// `errors` (and counting those past the limit in `unlisted_errors`), as the schemas say; a
/// case with one error keeps the record it always had.
#[test]
fn a_case_with_several_errors_is_one_record_listing_them_all_in_every_json_format() {
    let batch = "tests/malformed/185-batch-case-with-three-mistakes.toml";
    let expected = [
        (15, "case[2].currency"),
        (19, "case[2].order.notified"),
        (26, "case[2].liquidation[1].awarded"),
    ];
    let listed = |e: &crate::json_types::ErrorJson| -> Vec<(usize, String)> {
        e.errors
            .iter()
            .map(|one| (one.line, one.field.clone().unwrap_or_default()))
            .collect()
    };
    let expected: Vec<(usize, String)> = expected.iter().map(|(l, f)| (*l, f.to_string())).collect();

    let (text, value) = compute_json(&[batch, "--as-of", "2024-01-01"]);
    assert_valid("compute", &value);
    let doc = parse_compute(&text);
    assert_eq!(doc.cases.len(), 2, "{text}");
    assert_eq!(doc.errors.len(), 1, "{text}");
    let record = &doc.errors[0];
    assert_eq!((record.line, record.field.as_deref()), (15, Some("case[2].currency")));
    assert_eq!(listed(record), expected);
    assert_eq!(record.unlisted_errors, 0);
    assert!(value["errors"][0].get("unlisted_errors").is_none(), "{text}");
    let mut broken = value.clone();
    broken["errors"][0]["errors"][1] = json!({"file": "f", "message": "m"});
    assert_invalid("compute", &broken, "an error of `errors` without its position and key");

    for format in ["ndjson", "summary"] {
        let (code, out, err) = run(&["compute", batch, "--format", format, "--as-of", "2024-01-01"]);
        assert_eq!(code, 2, "{err}");
        for line in out.lines() {
            assert_valid(format, &serde_json::from_str(line).unwrap());
        }
        let errors: Vec<crate::json_types::ErrorJson> = if format == "ndjson" {
            parse_ndjson(&out).into_iter().filter_map(|l| l.error).collect()
        } else {
            parse_summary(&out)
                .into_iter()
                .filter_map(|l| match l {
                    SummaryLine::Error(e) => Some(e.error),
                    SummaryLine::Case(_) => None,
                })
                .collect()
        };
        assert_eq!(errors.len(), 1, "{format}: {out}");
        assert_eq!(listed(&errors[0]), expected, "{format}");
        assert_eq!(
            out.lines().count(),
            3,
            "{format}: the other two cases are computed\n{out}"
        );
    }

    // Past the limit: twenty listed, the others counted.
    let (text, value) = compute_json(&["tests/malformed/183-more-mistakes-than-listed.toml"]);
    assert_valid("compute", &value);
    let record = &parse_compute(&text).errors[0];
    assert_eq!((record.errors.len(), record.unlisted_errors), (20, 5), "{text}");
    assert_eq!(record.errors[19].field.as_deref(), Some("liquidation[20].awarded"));

    // One error: no `errors` key, as before.
    let (_, value) = compute_json(&["tests/malformed/25-typo-amout.toml"]);
    assert_valid("compute", &value);
    let record = value["errors"][0].as_object().unwrap();
    assert!(
        !record.contains_key("errors") && !record.contains_key("unlisted_errors"),
        "{value:#}"
    );
}
