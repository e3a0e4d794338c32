//! Dates outside 0001-01-01..=9999-12-31: refused where they enter or are derived, with the
//! flag or the key, never written as `+10000-01-01` (which no `YYYY-MM-DD` reader takes).

use crate::support::{repo, run, run_with_stdin};

/// A case of `rules` whose order is decided on `decided` and gives `due` (a `key = value`).
fn case(decided: &str, due: &str) -> String {
    format!(
        "title = \"Range\"\ncurrency = \"EUR\"\nrules = \"plain\"\ncalendar = \"none\"\n[order]\ndecided = {decided}\n{due}\n[penalty]\namount = 100\n"
    )
}

/// No output shows a year of five digits, a signed year or year 0000.
fn assert_no_year_outside(text: &str) {
    for bad in ["+1", "10000-", "0000-", "/0000", "/+1"] {
        assert!(!text.contains(bad), "{bad} in {text}");
    }
}

#[test]
fn command_line_dates_outside_the_range_are_refused_with_their_flag() {
    let case = repo("examples/cnil-clearview.toml");
    let case = case.to_str().unwrap();
    for args in [
        vec!["compute", case, "--as-of", "+10000-01-01"],
        vec!["compute", case, "--as-of", "0000-12-31"],
        vec!["explain", case, "--as-of", "10000-01-01"],
        vec!["check", case, "--as-of=-0001-01-01"],
        vec![
            "quick",
            "--amount",
            "1",
            "--from",
            "0000-01-01",
            "--through",
            "0001-01-01",
        ],
        vec![
            "quick",
            "--amount",
            "1",
            "--from",
            "9999-01-01",
            "--until",
            "+10000-01-01",
        ],
        vec!["deadline", "--from", "+10000-01-01", "--within", "1 day"],
        vec![
            "holidays",
            "--calendar",
            "none",
            "--from",
            "9999-12-01",
            "--to",
            "+10000-01-31",
        ],
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(
            err.contains("is outside the supported dates, 0001-01-01 to 9999-12-31"),
            "{args:?}: {err}"
        );
    }
    for year in ["0", "10000", "-5"] {
        let (code, out, err) = run(&["holidays", "--calendar", "none", "--year", year]);
        assert_eq!(code, 2, "{year}: {err}");
        assert!(out.is_empty());
        assert!(
            err.contains(&format!("--year: {year} is outside the supported dates")),
            "{err}"
        );
    }
    let (code, out, err) = run(&[
        "quick",
        "--amount",
        "1",
        "--from",
        "0001-01-01",
        "--until",
        "0001-01-01",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("--until 0001-01-01: no day comes before it"), "{err}");
    assert_no_year_outside(&err);
}

#[test]
fn the_ends_of_the_range_themselves_compute() {
    let text = case("0001-01-01", "deadline = 0001-01-31");
    let (code, out, err) = run_with_stdin(&["compute", "-", "--as-of", "9999-12-31", "--format", "json"], &text);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"through\": \"9999-12-31\""), "{out}");
    let (code, out, err) = run(&["holidays", "--calendar", "none", "--year", "9999", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"to\": \"9999-12-31\""), "{out}");
    let (code, out, err) = run(&[
        "deadline",
        "--from",
        "9999-11-30",
        "--within",
        "1 month",
        "--rules",
        "plain",
        "--calendar",
        "none",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"first_day_of_delay\": \"9999-12-31\""), "{out}");
}

#[test]
fn a_deadline_or_a_first_day_of_delay_past_9999_is_refused_at_its_key() {
    for (decided, due, key, says) in [
        (
            "2023-01-02",
            "comply_within = \"1000000 months\"",
            "order.comply_within",
            "2023-01-02 + 1000000 months ends after 9999-12-31",
        ),
        (
            "9999-06-02",
            "comply_within = \"1 year\"",
            "order.comply_within",
            "9999-06-02 + 1 year ends after 9999-12-31, the last supported date",
        ),
        (
            "9999-01-02",
            "deadline = 9999-12-31",
            "order.deadline",
            "no day of delay can follow it",
        ),
    ] {
        for command in [
            vec!["compute", "-", "--as-of", "9999-12-31", "--format", "json"],
            vec!["when", "-", "--reaches", "1"],
        ] {
            let (code, out, err) = run_with_stdin(&command, &case(decided, due));
            assert_eq!(code, 2, "{due}: {err}");
            assert!(
                err.contains("<stdin>:7:") && err.contains(&format!("`{key}`: ")) && err.contains(says),
                "{due}: {err}"
            );
            assert_no_year_outside(&out);
            assert_no_year_outside(&err);
        }
    }
    // Under a rule set that extends to working days, and from the deadline command.
    let (code, _, err) = run(&[
        "deadline",
        "--from",
        "9999-12-01",
        "--within",
        "2 months",
        "--rules",
        "plain",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("9999-12-01 + 2 months ends after 9999-12-31"), "{err}");
    let (code, _, err) = run(&[
        "deadline",
        "--from",
        "9999-12-01",
        "--within",
        "30 days",
        "--rules",
        "plain",
        "--calendar",
        "none",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("the deadline 9999-12-31 is the last supported date"),
        "{err}"
    );
}

#[test]
fn a_figure_never_reached_before_the_end_of_the_range_says_so() {
    let text = case("2023-01-02", "deadline = 2023-01-31");
    let (code, out, err) = run_with_stdin(&["when", "-", "--reaches", "1000000000000"], &text);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("not before 9999-12-31"), "{out}");
    let (code, out, err) = run_with_stdin(&["when", "-", "--reaches", "1000000000000", "--format", "json"], &text);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"date\": null"), "{out}");
    assert_no_year_outside(&out);
    // A cap reached only after 9999: no note dates it.
    let capped = text.replace("amount = 100\n", "amount = 100\ncap = 1000000000\n");
    for format in ["json", "table", "markdown", "csv", "summary"] {
        let (code, out, err) = run_with_stdin(&["compute", "-", "--as-of", "2024-01-01", "--format", format], &capped);
        assert_eq!(code, 0, "{err}");
        assert_no_year_outside(&out);
    }
}

#[test]
fn a_unit_counted_past_9999_is_refused_at_its_key() {
    let text = case("9999-01-02", "deadline = 9999-05-31").replace(
        "amount = 100\n",
        "amount = 100\nper = \"year\"\npartial = \"started\"\n",
    );
    let (code, out, err) = run_with_stdin(&["compute", "-", "--as-of", "9999-12-31", "--format", "ndjson"], &text);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("`penalty`: a unit counted reaches beyond the supported dates"),
        "{err}"
    );
    assert_no_year_outside(&out);
    let (code, out, err) = run(&[
        "quick",
        "--amount",
        "1",
        "--per",
        "year",
        "--partial",
        "started",
        "--from",
        "9999-06-01",
        "--through",
        "9999-12-31",
        "--format",
        "json",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("a unit counted reaches beyond the supported dates"),
        "{err}"
    );
}
