//! Penalty schedules end to end: units beyond days, caps, rate changes, suspensions, several
//! obligations, lump sums, violations, successive liquidations.

use crate::json_types::{CaseJson, FractionJson, Money, parse_compute};
use crate::support::{run, run_with_stdin};

fn case(file: &str, as_of: &str) -> CaseJson {
    let (code, out, err) = run(&["compute", file, "--format", "json", "--as-of", as_of]);
    assert_eq!(code, 0, "{err}");
    parse_compute(&out).cases.remove(0)
}

fn case_from_text(text: &str, as_of: &str) -> CaseJson {
    let (code, out, err) = run_with_stdin(&["compute", "-", "--format", "json", "--as-of", as_of], text);
    assert_eq!(code, 0, "{err}");
    parse_compute(&out).cases.remove(0)
}

const HEAD: &str = "title = \"T\"\ncurrency = \"EUR\"\n[order]\ndecided = 2023-01-02\ndeadline = 2023-01-31\n";

#[test]
fn acm_apple_counts_completed_weeks_and_stops_at_the_cap() {
    let c = case("examples/nl-acm-apple-dating-apps.toml", "2022-08-01");
    let first = &c.liquidations[0];
    assert_eq!(first.amount, Money::of(25_000_000));
    let seg = &first.segments[0];
    assert_eq!((seg.per.as_str(), seg.units, seg.days), ("week", 5, 35));
    assert_eq!(
        (seg.from.as_str(), seg.forfeited.as_str()),
        ("2022-01-17", "2022-02-20")
    );
    let p = &c.penalties[0];
    assert_eq!(p.cap, Some(Money::of(50_000_000)));
    assert_eq!(p.cap_reached.as_deref(), Some("2022-03-27"));
    assert_eq!(p.partial.as_deref(), Some("completed"));
    assert_eq!(c.accrued.amount, Money::of(0));
    assert_eq!(c.totals.liquidated, Money::of(50_000_000));
    assert!(
        c.notes
            .iter()
            .any(|n| n.contains("reached on 2022-03-27") && n.contains("nothing accrues")),
        "{:?}",
        c.notes
    );
}

#[test]
fn acm_apple_table_shows_the_weeks() {
    let (code, out, _) = run(&[
        "compute",
        "examples/nl-acm-apple-dating-apps.toml",
        "--as-of",
        "2022-08-01",
    ]);
    assert_eq!(code, 0);
    for expected in [
        "5 weeks × €5,000,000",
        "completed weeks count",
        "cap €50,000,000, reached on Sun 27 Mar 2022",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}

#[test]
fn poland_splits_the_period_at_the_rate_change() {
    let c = case("examples/eu-poland-c204-21.toml", "2024-01-01");
    let second = &c.liquidations[1];
    let parts: Vec<_> = second
        .segments
        .iter()
        .map(|s| (s.from.as_str(), s.through.as_str(), s.days, s.rate))
        .collect();
    assert_eq!(
        parts,
        [
            ("2022-01-11", "2023-04-20", 465, Money::of(1_000_000)),
            ("2023-04-21", "2023-06-04", 45, Money::of(500_000)),
        ]
    );
    assert_eq!(c.totals.liquidated, Money::of(556_500_000));
    assert_eq!(c.penalties[0].changes[0].from, "2023-04-21");
    let (_, table, _) = run(&["compute", "examples/eu-poland-c204-21.toml", "--as-of", "2024-01-01"]);
    assert!(
        table.contains("465 days × €1,000,000 + 45 days × €500,000 = €487,500,000"),
        "{table}"
    );
}

#[test]
fn conseil_d_etat_three_liquidations_the_last_moderated() {
    let c = case("examples/fr-conseil-etat-428409-air-quality.toml", "2023-11-24");
    let amounts: Vec<_> = c.liquidations.iter().map(|l| (l.amount, l.awarded)).collect();
    assert_eq!(
        amounts,
        [
            (Money::of(10_000_000), None),
            (Money::of(20_000_000), None),
            (Money::of(20_000_000), Some(Money::of(10_000_000))),
        ]
    );
    assert_eq!(c.liquidations[2].segments[0].units, 2);
    assert_eq!(
        (c.totals.liquidated, c.totals.awarded),
        (Money::of(50_000_000), Money::of(40_000_000))
    );
    // The semester running since 11 Jul 2023 has not completed by 24 Nov: nothing unliquidated.
    assert_eq!(c.totals.unliquidated, Money::of(0));
    assert!(c.accrued.days > 0);
    // A projection: by 10 Jan 2024 it has.
    let later = case("examples/fr-conseil-etat-428409-air-quality.toml", "2024-01-10");
    assert_eq!(later.totals.unliquidated, Money::of(10_000_000));
    assert_eq!(later.totals.owed, Money::of(50_000_000));
}

#[test]
fn hungary_lump_sum_and_two_obligations() {
    let c = case("examples/eu-hungary-c123-22.toml", "2024-09-13");
    let first = &c.liquidations[0];
    assert_eq!((first.days, first.amount), (93, Money::of(93_000_000)));
    assert_eq!(first.segments.len(), 2);
    let by: Vec<_> = c.totals.by_obligation.iter().map(|o| o.total).collect();
    assert_eq!(by, [Money::of(83_700_000), Money::of(9_300_000)]);
    assert_eq!(c.lump_sums[0].amount, Money::of(200_000_000));
    assert_eq!(c.totals.lump_sums, Money::of(200_000_000));
    assert_eq!(c.totals.overall, Money::of(293_000_000));
}

#[test]
fn trump_counts_violations_not_days() {
    let c = case("examples/us-people-v-trump-gag-order.toml", "2024-12-31");
    let seg = &c.liquidations[0].segments[0];
    assert_eq!((seg.per.as_str(), seg.units, seg.days), ("violation", 9, 0));
    assert_eq!(c.totals.liquidated, Money::of(10_000));
    let (_, table, _) = run(&[
        "compute",
        "examples/us-people-v-trump-gag-order.toml",
        "--as-of",
        "2024-12-31",
    ]);
    assert!(table.contains("9 violations × $1,000 = $9,000"), "{table}");
}

#[test]
fn suspended_days_are_shown_and_deducted() {
    let text = format!(
        "{HEAD}[penalty]\namount = 10\n[[penalty.suspension]]\nfrom = 2023-02-10\nthrough = 2023-02-19\nreason = \"stay of execution\"\n[[liquidation]]\nthrough = 2023-02-28\n"
    );
    let c = case_from_text(&text, "2023-03-01");
    let liq = &c.liquidations[0];
    // 1-28 Feb is 28 days, 10 of them suspended.
    assert_eq!((liq.days, liq.amount), (18, Money::of(180)));
    let s = &liq.suspensions[0];
    assert_eq!(
        (s.from.as_str(), s.through.as_str(), s.days),
        ("2023-02-10", "2023-02-19", 10)
    );
    assert_eq!(s.reason.as_deref(), Some("stay of execution"));
    assert_eq!(c.penalties[0].suspensions[0].days, 10);
}

#[test]
fn a_case_cap_limits_several_penalties_together() {
    let text = format!(
        "cap = 250\n{HEAD}[[penalty]]\nobligation = \"a\"\namount = 10\n[[penalty]]\nobligation = \"b\"\namount = 15\n[[liquidation]]\nthrough = 2023-02-28\n"
    );
    let c = case_from_text(&text, "2023-03-10");
    let liq = &c.liquidations[0];
    assert_eq!(liq.amount, Money::of(250));
    assert_eq!(liq.case_cap_cut, Money::of(28 * 25 - 250));
    assert_eq!(c.cap_reached.as_deref(), Some("2023-02-10"));
    assert_eq!(c.accrued.amount, Money::of(0));
}

#[test]
fn prorata_months_are_rounded_to_the_cent() {
    let text = format!(
        "{HEAD}[penalty]\namount = 1000\nper = \"month\"\npartial = \"prorata\"\n[[liquidation]]\nthrough = 2023-02-10\n"
    );
    let c = case_from_text(&text, "2023-02-10");
    let seg = &c.liquidations[0].segments[0];
    // From 1 Feb, the first month is 1-28 Feb: 10/28 × €1,000 = €357.142857... → €357.14.
    assert_eq!(seg.fraction, Some(FractionJson { days: 10, of: 28 }));
    assert_eq!(c.liquidations[0].amount.0.to_string(), "357.14");
}

#[test]
fn a_dutch_case_without_a_maximum_gets_a_note() {
    let text = format!("calendar = \"NL\"\n{HEAD}[penalty]\namount = 10\n");
    let c = case_from_text(&text, "2023-02-10");
    assert!(
        c.notes.iter().any(|n| n.contains("Awb art. 5:32b lid 2")),
        "{:?}",
        c.notes
    );
}

#[test]
fn schedule_keys_are_checked_with_their_position() {
    let cases = [
        (
            "[penalty]\namount = 1\nper = \"fortnight\"\n",
            "penalty.per",
            "expected one of",
        ),
        (
            "[penalty]\namount = 1\npartial = \"started\"\n",
            "penalty.partial",
            "longer than a day",
        ),
        (
            "[penalty]\namount = 1\nper = \"week\"\npartial = \"most\"\n",
            "penalty.partial",
            "prorata",
        ),
        (
            "[penalty]\namount = 1\n[[penalty.suspension]]\nfrom = 2023-03-01\nthrough = 2023-03-10\n[[penalty.suspension]]\nfrom = 2023-03-05\nthrough = 2023-03-20\n",
            "penalty.suspension[2].from",
            "must not overlap",
        ),
        (
            "[penalty]\namount = 1\n[[penalty.change]]\nfrom = 2023-05-01\namount = 2\n[[penalty.change]]\nfrom = 2023-04-01\namount = 3\n",
            "penalty.change[2].from",
            "date order",
        ),
        (
            "[penalty]\namount = 1\n[[penalty.violation]]\ndate = 2023-03-01\n",
            "penalty.violation",
            "per = \"violation\"",
        ),
        (
            "[penalty]\namount = 1\nper = \"violation\"\n",
            "penalty.violation",
            "missing",
        ),
        ("[penalty]\namount = 1\ncap = 0\n", "penalty.cap", "above zero"),
        (
            "[penalty]\namount = 1\n[[lump_sum]]\ndate = 2023-03-01\n",
            "lump_sum[1].amount",
            "missing",
        ),
    ];
    for (tail, key, words) in cases {
        let (code, _, err) = run_with_stdin(&["compute", "-"], &format!("{HEAD}{tail}"));
        assert_eq!(code, 2, "{key}: {err}");
        assert!(err.contains(&format!("`{key}`")), "{key}: {err}");
        assert!(err.contains(words), "{key}: {err}");
    }
}
