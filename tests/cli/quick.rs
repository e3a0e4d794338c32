//! `astreinte quick`: one penalty from flags.

use crate::json_types::{Money, parse_quick};
use crate::support::run;

#[test]
fn clearview_from_flags() {
    let (code, out, err) = run(&[
        "quick",
        "--amount",
        "100000",
        "--from",
        "2022-12-20",
        "--through",
        "2023-02-09",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let q = parse_quick(&out);
    assert_eq!(q.schema_version, 1);
    assert_eq!((q.from.as_str(), q.through.as_str()), ("2022-12-20", "2023-02-09"));
    assert_eq!((q.days, q.units, q.amount), (52, 52, Money::of(5_200_000)));
    assert_eq!((q.per.as_str(), q.partial.as_deref()), ("day", None));
}

#[test]
fn weeks_with_a_cap_and_until() {
    let (code, out, _) = run(&[
        "quick",
        "--amount",
        "5000000",
        "--per",
        "week",
        "--from",
        "2022-01-17",
        "--until",
        "2022-05-01",
        "--cap",
        "50000000",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let q = parse_quick(&out);
    assert_eq!(q.through, "2022-04-30");
    assert_eq!((q.units, q.amount), (10, Money::of(50_000_000)));
    assert_eq!(q.cap_reached.as_deref(), Some("2022-03-27"));
    assert_eq!(q.segments[0].forfeited, "2022-03-27");
}

#[test]
fn started_and_prorata_months() {
    let args = |partial: &'static str| {
        [
            "quick",
            "--amount",
            "3000",
            "--per",
            "month",
            "--from",
            "2023-01-15",
            "--through",
            "2023-03-01",
            "--partial",
            partial,
            "--format",
            "json",
        ]
    };
    let amount = |partial| parse_quick(&run(&args(partial)).1).amount;
    // Months 15 Jan-14 Feb (complete), 15 Feb-14 Mar (15 of 28 days run).
    assert_eq!(amount("completed"), Money::of(3_000));
    assert_eq!(amount("started"), Money::of(6_000));
    assert_eq!(amount("prorata").0.to_string(), "4607.14");
}

#[test]
fn the_table_shows_the_equation() {
    let (code, out, _) = run(&[
        "quick",
        "--amount",
        "100",
        "--from",
        "2023-03-03",
        "--through",
        "2023-03-12",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("10 days × €100 = €1,000"), "{out}");
}

#[test]
fn bad_flags_exit_2() {
    for args in [
        &["quick", "--amount", "100", "--from", "2023-03-03"][..],
        &[
            "quick",
            "--amount",
            "-1",
            "--from",
            "2023-03-03",
            "--through",
            "2023-03-04",
        ],
        &[
            "quick",
            "--amount",
            "1",
            "--from",
            "2023-03-03",
            "--through",
            "2023-03-01",
        ],
        &[
            "quick",
            "--amount",
            "1",
            "--per",
            "fortnight",
            "--from",
            "2023-03-03",
            "--through",
            "2023-03-04",
        ],
        &[
            "quick",
            "--amount",
            "1",
            "--partial",
            "started",
            "--from",
            "2023-03-03",
            "--through",
            "2023-03-04",
        ],
        &[
            "quick",
            "--amount",
            "1.5.0",
            "--from",
            "2023-03-03",
            "--through",
            "2023-03-04",
        ],
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(!err.is_empty());
    }
}
