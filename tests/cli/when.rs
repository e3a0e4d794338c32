//! `astreinte when`: the first day an amount is reached, or why never.

use crate::json_types::{Money, parse_when};
use crate::support::run;

#[test]
fn acm_reaches_25_million_on_the_fifth_sunday() {
    let (code, out, err) = run(&[
        "when",
        "examples/nl-acm-apple-dating-apps.toml",
        "--reaches",
        "25000000",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let doc = parse_when(&out);
    assert_eq!(doc.schema_version, 1);
    assert_eq!(doc.reaches, Money::of(25_000_000));
    let a = &doc.cases[0];
    assert_eq!(a.date.as_deref(), Some("2022-02-20"));
    assert_eq!(a.amount, Money::of(25_000_000));
    assert!(a.never.is_none());
}

#[test]
fn a_cap_or_compliance_means_never() {
    let (_, out, _) = run(&[
        "when",
        "examples/nl-acm-apple-dating-apps.toml",
        "--reaches",
        "60000000",
        "--format",
        "json",
    ]);
    let a = &parse_when(&out).cases[0];
    assert_eq!(a.date, None);
    assert_eq!(a.amount, Money::of(50_000_000));
    assert!(a.never.as_deref().unwrap().contains("cap"), "{a:?}");

    let (_, out, _) = run(&["when", "examples/eu-poland-c204-21.toml", "--reaches", "600000000"]);
    assert!(out.contains("never reaches €600,000,000"), "{out}");
    assert!(out.contains("€556,500,000"), "{out}");
}

#[test]
fn poland_across_the_rate_change() {
    // €534M by 20 Apr 2023, then €0.5M a day: €540M on the 12th day at the new rate, 2 May.
    let (_, out, _) = run(&[
        "when",
        "examples/eu-poland-c204-21.toml",
        "--reaches",
        "540000000",
        "--format",
        "json",
    ]);
    assert_eq!(parse_when(&out).cases[0].date.as_deref(), Some("2023-05-02"));
    let (_, out, _) = run(&["when", "examples/eu-poland-c204-21.toml", "--reaches", "540000000"]);
    assert!(out.contains("reaches €540,000,000 on Tue 2 May 2023"), "{out}");
}

#[test]
fn a_bad_amount_or_file_exits_2() {
    assert_eq!(run(&["when", "examples/eu-poland-c204-21.toml", "--reaches", "0"]).0, 2);
    assert_eq!(run(&["when", "no/such/file.toml", "--reaches", "10"]).0, 2);
}

/// Why a figure is never reached is worded in the language of the run (it was English inside
/// the French sentence), and stays the same English sentence in the JSON.
#[test]
fn why_never_is_worded_in_the_language_of_the_run() {
    let acm = "examples/nl-acm-apple-dating-apps.toml";
    let (_, out, _) = run(&["when", acm, "--reaches", "60000000", "--lang", "fr"]);
    assert!(
        out.contains("n’atteint jamais 60\u{202F}000\u{202F}000\u{A0}€\u{A0}: le plafond arrête le total à 50\u{202F}000\u{202F}000\u{A0}€"),
        "{out}"
    );
    let (_, out, _) = run(&["when", acm, "--reaches", "60000000", "--lang", "en"]);
    assert!(
        out.contains("never reaches €60,000,000: the cap holds the total at €50,000,000"),
        "{out}"
    );
    let (_, out, _) = run(&["when", acm, "--reaches", "60000000", "--format", "json", "--lang", "fr"]);
    let never = parse_when(&out).cases[0].never.clone();
    assert_eq!(never.as_deref(), Some("the cap holds the total at €50,000,000"));

    let civil = "examples/fr-civil-two-liquidations.toml";
    let (_, out, _) = run(&["when", civil, "--reaches", "540000000", "--lang", "fr"]);
    assert!(
        out.contains(": les astreintes cessent de courir (exécution ou dernier manquement) à "),
        "{out}"
    );
    let (_, out, _) = run(&[
        "when",
        "examples/cnil-clearview-2023.toml",
        "--reaches",
        "1000000000000",
        "--lang",
        "fr",
    ]);
    assert!(
        out.contains("\u{A0}: pas avant le 31 déc. 9999\u{A0}: le total est alors de "),
        "{out}"
    );
    assert!(!out.contains("not before"), "{out}");
}

/// A case with several errors: each is on standard error, and the JSON document's message for
/// the case holds them all.
#[test]
fn every_error_of_a_case_is_reported() {
    let file = "tests/malformed/181-three-mistakes-in-three-tables.toml";
    let (code, out, err) = run(&["when", file, "--reaches", "1000", "--format", "json"]);
    assert_eq!(code, 2, "{out}{err}");
    for key in ["`currency`", "`order.notified`", "`liquidation[1].awarded`"] {
        assert_eq!(
            err.lines()
                .filter(|l| l.starts_with("error: ") && l.contains(key))
                .count(),
            1,
            "{key}: {err}"
        );
    }
    let doc = parse_when(&out);
    assert_eq!(doc.errors.len(), 1, "{out}");
    assert!(doc.errors[0].contains("`liquidation[1].awarded`"), "{out}");
}
