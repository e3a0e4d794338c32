//! Money is exact or refused (issue 13 items 2 and 3; README "Bad input and limits"): no figure
//! is rounded to fit a decimal, and a cap that holds a total lets it compute whatever the
//! uncapped figures would come to.

use serde_json::Value;

use crate::support::{run, temp_dir_with};

const HEAD: &str = "title = \"Exact\"\ncurrency = \"EUR\"\n[order]\ndecided = 2023-01-02\ndeadline = 2023-01-31\n";

/// Runs `args` on a case file holding `HEAD` and then `rest`.
fn on_case(rest: &str, args: &[&str]) -> (i32, String, String) {
    let dir = temp_dir_with(&[("case.toml", &format!("{HEAD}{rest}"))]);
    let path = dir.path().join("case.toml");
    let path = path.to_str().expect("UTF-8");
    let mut all = vec![args[0], path];
    all.extend(&args[1..]);
    run(&all)
}

/// The examples: a rate at the last digit a decimal holds × 3 days, and a lump sum of
/// 10^28 beside 0.1 liquidated, were printed rounded with exit status 0.
#[test]
fn figures_that_would_lose_a_digit_are_refused_naming_the_key() {
    let rate = "[penalty]\namount = \"7.9228162514264337593543950335\"\n";
    let cases = [
        (
            format!("{rate}[[liquidation]]\nthrough = 2023-02-03\n"),
            "`liquidation[1]`: amount cannot be represented exactly",
        ),
        (rate.to_string(), "`penalty.amount`: amount cannot be represented exactly"),
        (
            "[penalty]\namount = \"0.1\"\ncomplied = 2023-02-02\n[[liquidation]]\nthrough = 2023-02-01\n[[lump_sum]]\namount = \"10000000000000000000000000000\"\n".to_string(),
            "`lump_sum`: amount cannot be represented exactly",
        ),
    ];
    for (rest, words) in cases {
        for format in ["table", "json", "csv"] {
            let (code, out, err) = on_case(&rest, &["compute", "--as-of", "2023-03-01", "--format", format]);
            assert_eq!(code, 2, "{format}: {out}{err}");
            assert!(err.contains(words), "{format}: {err}");
            assert!(!out.contains("23.76844875427930127806318510"), "{out}");
        }
    }
    // The same rate from the command line.
    let (code, out, err) = run(&[
        "quick",
        "--amount",
        "7.9228162514264337593543950335",
        "--from",
        "2023-02-01",
        "--through",
        "2023-02-03",
    ]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("`--amount`: amount cannot be represented exactly"),
        "{err}"
    );
    // A day of it is exact.
    let (code, out, err) = run(&[
        "quick",
        "--amount",
        "7.9228162514264337593543950335",
        "--from",
        "2023-02-01",
        "--through",
        "2023-02-01",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["amount"], "7.9228162514264337593543950335");
}

/// An amount written with more digits than a decimal holds is refused as written, in a case
/// file and on the command line, never rounded.
#[test]
fn amounts_with_more_digits_than_a_decimal_holds_are_refused() {
    let (code, _, err) = on_case(
        "[penalty]\namount = \"1.00000000000000000000000000001\"\n",
        &["compute", "--as-of", "2023-03-01"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("`penalty.amount`: amount cannot be represented exactly"),
        "{err}"
    );
    for args in [
        &[
            "quick",
            "--amount",
            "1.00000000000000000000000000001",
            "--from",
            "2023-02-01",
            "--through",
            "2023-02-03",
        ][..],
        &[
            "quick",
            "--amount",
            "5",
            "--cap",
            "10000000000000000000000000000.1",
            "--from",
            "2023-02-01",
            "--through",
            "2023-02-03",
        ][..],
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("cannot be represented exactly"), "{args:?}: {err}");
    }
}

/// Item 3: a cap that keeps the total small lets it compute at any as-of date, however large
/// the rate (the uncapped total would pass the largest decimal on the second day).
#[test]
fn a_total_held_by_its_cap_computes_at_any_as_of() {
    let case =
        "[penalty]\namount = \"79228162514264337593543950335\"\ncap = 1000\n[[liquidation]]\nthrough = 2023-02-05\n";
    for as_of in ["2023-02-05", "2500-01-01", "9999-12-31"] {
        let (code, out, err) = on_case(case, &["compute", "--as-of", as_of, "--format", "json"]);
        assert_eq!(code, 0, "{as_of}: {err}");
        let doc: Value = serde_json::from_str(&out).expect("JSON");
        let c = &doc["cases"][0];
        assert_eq!(c["liquidations"][0]["amount"], "1000", "{as_of}");
        assert_eq!(c["totals"]["overall"], "1000", "{as_of}");
        assert_eq!(c["penalties"][0]["cap_reached"], "2023-02-01", "{as_of}");
    }
    let (code, out, err) = on_case(case, &["when", "--reaches", "1000", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["cases"][0]["date"], "2023-02-01");
    let (code, out, err) = run(&[
        "quick",
        "--amount",
        "79228162514264337593543950335",
        "--cap",
        "1000",
        "--from",
        "2023-02-01",
        "--through",
        "9999-12-31",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["amount"], "1000");
}

/// Issue 19, class 1, as every output sees it: the prorata total stops on its cap exactly, on
/// the day `cap_reached` names.
#[test]
fn a_prorata_total_stops_exactly_on_its_cap() {
    let case = "[penalty]\namount = 10\nper = \"week\"\npartial = \"prorata\"\ncap = \"9.46\"\n[[liquidation]]\nthrough = 2023-02-02\n[[liquidation]]\nthrough = 2023-02-04\n";
    let (code, out, err) = on_case(case, &["compute", "--as-of", "2023-03-31", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    let c = &doc["cases"][0];
    let amounts: Vec<&str> = c["liquidations"]
        .as_array()
        .expect("liquidations")
        .iter()
        .map(|l| l["amount"].as_str().expect("an amount"))
        .collect();
    assert_eq!(amounts, ["2.86", "2.85"]);
    assert_eq!(c["accrued"]["amount"], "3.75");
    assert_eq!(c["totals"]["overall"], "9.46");
    assert_eq!(c["penalties"][0]["cap_reached"], "2023-02-07");
}
