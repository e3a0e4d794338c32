//! Figures and dates at the limits: an exact figure however large it is, while it fits in a
//! decimal (79,228,162,514,264,337,593,543,950,335); beyond that, and beyond the supported
//! dates, a clear error with exit status 2, never a panic.

use crate::support::{run, temp_dir_with};

fn days_inclusive(from: &str, through: &str) -> u128 {
    let parse = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date");
    u128::try_from((parse(through) - parse(from)).num_days() + 1).expect("positive")
}

#[test]
fn ten_to_the_twenty_a_day_over_ten_thousand_years_is_exact() {
    let (code, out, err) = run(&[
        "quick",
        "--amount",
        "100000000000000000000",
        "--from",
        "0001-01-01",
        "--through",
        "9999-12-31",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let expected = 10u128.pow(20) * days_inclusive("0001-01-01", "9999-12-31");
    assert_eq!(doc["amount"].as_str(), Some(expected.to_string().as_str()));
}

#[test]
fn ten_to_the_twenty_five_a_day_over_ten_thousand_years_is_too_large() {
    let (code, out, err) = run(&[
        "quick",
        "--amount",
        "10000000000000000000000000",
        "--from",
        "0001-01-01",
        "--through",
        "9999-12-31",
    ]);
    assert_eq!(code, 2, "{out}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("amount too large"), "{err}");
    assert!(err.contains("79228162514264337593543950335"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Rates, caps and lump sums at the largest decimal, in a case file.
#[test]
fn figures_at_the_largest_decimal_end_in_a_clear_error() {
    let head = "title = \"Max\"\ncurrency = \"EUR\"\nrules = \"plain\"\n[order]\ndecided = 2023-01-02\ndeadline = 2023-01-31\n";
    let max = "\"79228162514264337593543950335\"";
    let cases = [
        (
            "rate",
            format!("{head}[penalty]\namount = {max}\n[[liquidation]]\nthrough = 2023-02-05\n"),
            "`liquidation[1]`: amount too large",
        ),
        (
            "two penalties",
            format!(
                "{head}[[penalty]]\namount = {max}\nper = \"year\"\npartial = \"started\"\n[[penalty]]\namount = {max}\nper = \"year\"\npartial = \"started\"\n"
            ),
            "amount too large",
        ),
        (
            "lump sums",
            format!("{head}[penalty]\namount = 1\n[[lump_sum]]\namount = {max}\n[[lump_sum]]\namount = 1\n"),
            "`lump_sum`: amount too large",
        ),
        (
            "prorata share",
            format!(
                "{head}[penalty]\namount = {max}\nper = \"year\"\npartial = \"prorata\"\n[[liquidation]]\nthrough = 2023-03-01\n"
            ),
            // 29/365 of the largest amount fits, but not to the cent: 28 digits and 2 decimals.
            "`liquidation[1]`: amount cannot be represented exactly",
        ),
    ];
    for (name, text, words) in cases {
        let dir = temp_dir_with(&[("max.toml", &text)]);
        let path = dir.path().join("max.toml");
        for format in ["table", "json", "ndjson", "csv"] {
            let (code, _, err) = run(&[
                "compute",
                path.to_str().expect("UTF-8"),
                "--as-of",
                "2024-06-01",
                "--format",
                format,
            ]);
            assert_eq!(code, 2, "{name} ({format}): {err}");
            assert!(err.contains(words), "{name} ({format}): {err}");
            assert!(err.contains("max.toml:"), "{name} ({format}): {err}");
        }
    }
}

#[test]
fn when_with_the_largest_target_answers_never() {
    let (code, out, err) = run(&[
        "when",
        "examples/cnil-clearview-2023.toml",
        "--reaches",
        "79228162514264337593543950335",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("never reaches"), "{out}");
}

/// Dates where a calendar or chrono ends: each refused with exit status 2 and a message.
#[test]
fn dates_beyond_the_supported_range_are_errors() {
    let runs: [(&[&str], &str); 5] = [
        (
            &[
                "quick",
                "--amount",
                "1",
                "--from",
                "0000-01-01",
                "--until",
                "0000-01-01",
            ],
            "outside the supported dates",
        ),
        (
            &["deadline", "--from", "9999-12-31", "--within", "2 months"],
            "ends after 9999-12-31, the last supported date",
        ),
        (
            &["deadline", "--from", "1582-10-15", "--within", "1 month"],
            "year 1582 is out of range",
        ),
        (
            &["deadline", "--from", "2020-01-01", "--within", "99999999999 days"],
            "too large",
        ),
        (&["holidays", "--year", "1582"], "out of range"),
    ];
    for (args, words) in runs {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(words), "{args:?}: {err}");
    }
}
