//! The liquidation periods of a case (R1): each day of delay from the first through `as_of` is
//! counted once, in a liquidation, a gap or the accrued period, and none is lost; periods
//! that cannot be liquidated are refused.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::{ComputeError, compute};
use crate::calendar::{Calendar, CalendarId};
use crate::case::{Case, Due, Expectations, Liquidation, Order, Partial, Penalty, Per, RateChange, Suspension};
use crate::engine::testing::{d, shift};
use crate::report::{CaseReport, Status};
use crate::source::Location;
use crate::timelimit::{MonthEnd, RuleSet};

fn here(line: usize) -> Location {
    Location {
        file: "t.toml".into(),
        line,
        column: 1,
    }
}

/// A liquidation `from..=through`, decided on `decided`, written at line `line` (its
/// `through` on the next).
fn liquidation(from: Option<NaiveDate>, through: NaiveDate, decided: Option<NaiveDate>, line: usize) -> Liquidation {
    Liquidation {
        decided,
        served: None,
        from,
        through,
        awarded: None,
        expected: None,
        expected_days: None,
        expected_units: None,
        location: here(line),
        through_location: here(line + 1),
        judgment: Default::default(),
    }
}

/// A case under plain rules whose order fixes `deadline`, with one penalty and `liquidations`.
fn case(deadline: NaiveDate, penalty: Penalty, liquidations: Vec<Liquidation>) -> Case {
    Case {
        title: "periods".into(),
        authority: None,
        reference: None,
        currency: "EUR".parse().unwrap(),
        rules: RuleSet::Plain,
        calendar: Calendar::new(CalendarId::None),
        order: Order {
            decided: shift(deadline, -30),
            notified: None,
            due: Due::By(deadline),
            distance: None,
            month_end: MonthEnd::default(),
            due_at: None,
        },
        penalties: vec![penalty],
        liquidations,
        cap: None,
        lump_sums: Vec::new(),
        expected: Expectations::default(),
        shares: Vec::new(),
        origin: here(1),
        number: None,
        jurisdiction: Default::default(),
        balance: None,
        filing: Default::default(),
    }
}

fn daily(rate: i64) -> Penalty {
    Penalty::simple(Decimal::from(rate), Per::Day)
}

/// The example: €100 a day from 2 Jan 2023, liquidated through 31 Mar and then
/// through 31 Jan: the second period ends before it starts, and is refused rather than
/// counted again (it gave 17,800 where 119 days make 11,900).
#[test]
fn a_liquidation_listed_out_of_order_is_refused() {
    let c = case(
        d(2023, 1, 1),
        daily(100),
        vec![
            liquidation(None, d(2023, 3, 31), None, 10),
            liquidation(None, d(2023, 1, 31), None, 13),
        ],
    );
    let err = compute(&c, d(2023, 4, 30)).unwrap_err();
    assert!(matches!(err, ComputeError::OutOfOrder { .. }), "{err}");
    assert_eq!(err.field(), Some("liquidation[2].through"));
    assert_eq!(err.location().line, 14);
    assert!(
        err.to_string()
            .contains("list liquidations in the order of their periods"),
        "{err}"
    );
}

#[test]
fn a_period_overlapping_the_one_before_is_refused_at_its_from() {
    let c = case(
        d(2023, 1, 1),
        daily(100),
        vec![
            liquidation(None, d(2023, 3, 31), None, 10),
            liquidation(Some(d(2023, 3, 15)), d(2023, 4, 30), None, 13),
        ],
    );
    let err = compute(&c, d(2023, 5, 31)).unwrap_err();
    assert!(matches!(err, ComputeError::Overlap { .. }), "{err}");
    assert_eq!(err.field(), Some("liquidation[2].from"));
}

#[test]
fn a_period_ending_before_the_first_day_of_delay_is_refused() {
    let c = case(
        d(2024, 4, 4),
        daily(100),
        vec![liquidation(None, d(2024, 3, 20), None, 10)],
    );
    let err = compute(&c, d(2024, 6, 15)).unwrap_err();
    assert!(matches!(err, ComputeError::BeforeDelay { .. }), "{err}");
    assert_eq!(err.field(), Some("liquidation[1].through"));
    assert!(
        err.to_string().contains("before the first day of delay (2024-04-05)"),
        "{err}"
    );
}

#[test]
fn a_period_ending_after_the_as_of_date_is_refused_and_computes_as_of_its_end() {
    let c = case(
        d(2024, 4, 4),
        daily(100),
        vec![liquidation(None, d(2030, 1, 1), None, 10)],
    );
    let err = compute(&c, d(2024, 6, 15)).unwrap_err();
    assert!(matches!(err, ComputeError::AfterAsOf { .. }), "{err}");
    assert_eq!(err.field(), Some("liquidation[1].through"));
    assert_eq!(err.location().line, 11);
    assert!(err.to_string().contains("--as-of 2030-01-01"), "{err}");
    // As of its last day, the same case is a projection.
    let report = compute(&c, d(2030, 1, 1)).unwrap();
    assert_eq!(report.liquidations[0].status, Status::Projected);
}

#[test]
fn a_leading_gap_is_not_yet_liquidated() {
    // Delay from 2 Jan; the first liquidation starts on 1 Feb: January stays to be liquidated.
    let c = case(
        d(2023, 1, 1),
        daily(100),
        vec![liquidation(
            Some(d(2023, 2, 1)),
            d(2023, 2, 28),
            Some(d(2023, 3, 10)),
            10,
        )],
    );
    let r = compute(&c, d(2023, 3, 31)).unwrap();
    assert_eq!(r.gaps.len(), 1);
    let gap = &r.gaps[0];
    assert_eq!(
        (gap.from, gap.through, gap.days),
        (Some(d(2023, 1, 2)), Some(d(2023, 1, 31)), 30)
    );
    assert_eq!(r.accrued.days, 31);
    assert_eq!(r.totals.unliquidated, Decimal::from(6_100));
    assert_eq!(r.totals.overall, Decimal::from(8_900));
    assert_eq!(r.gap_before(1).map(|g| g.days), Some(30));
}

#[test]
fn a_liquidation_not_yet_decided_is_projected_and_not_awarded() {
    let mut later = liquidation(None, d(2023, 1, 31), Some(d(2023, 2, 20)), 10);
    later.awarded = Some(Decimal::from(1_000));
    let c = case(
        d(2023, 1, 1),
        daily(100),
        vec![later, liquidation(None, d(2023, 2, 10), None, 14)],
    );
    let before = compute(&c, d(2023, 2, 15)).unwrap();
    assert_eq!(before.liquidations[0].status, Status::Projected);
    assert_eq!(before.liquidations[1].status, Status::Projected);
    assert_eq!(before.totals.awarded, Decimal::ZERO);
    assert_eq!(before.totals.projected, Decimal::from(4_000));
    // Each day once, at its computed amount: 45 days.
    assert_eq!(before.totals.owed, Decimal::from(4_500));
    let after = compute(&c, d(2023, 2, 20)).unwrap();
    assert_eq!(after.liquidations[0].status, Status::Pronounced);
    assert_eq!(after.totals.awarded, Decimal::from(1_000));
    assert_eq!(after.totals.projected, Decimal::from(1_000));
    assert_eq!(after.totals.owed, Decimal::from(1_000 + 1_000 + 1_000));
}

/// One liquidation as drawn: an explicit `from` this many days after the first day not yet
/// liquidated (a gap; for the first, possibly before the first day of delay), its length,
/// and when it was decided, in days after its end.
type Drawn = (Option<i64>, i64, Option<i64>);

fn any_unit() -> impl Strategy<Value = (Per, Partial)> {
    let per = prop::sample::select(vec![
        Per::Day,
        Per::Week,
        Per::Month,
        Per::Quarter,
        Per::Semester,
        Per::Year,
    ]);
    let partial = prop::sample::select(vec![Partial::Completed, Partial::Started, Partial::Prorata]);
    (per, partial).prop_map(|(per, partial)| (per, if per == Per::Day { Partial::Completed } else { partial }))
}

/// A penalty starting the day after `deadline`: a unit, rate changes, suspensions, compliance
/// and sometimes a cap.
fn any_penalty() -> impl Strategy<Value = (NaiveDate, Penalty)> {
    (
        0i64..8_000,
        any_unit(),
        (1i64..100_000, 0u32..3),
        proptest::collection::vec((-40i64..500, 1i64..100_000, 0u32..3), 0..3),
        proptest::collection::vec((0i64..200, 0i64..60), 0..3),
        proptest::option::weighted(0.4, -5i64..900),
        proptest::option::weighted(0.15, 1i64..10_000_000),
    )
        .prop_map(|(offset, (per, partial), rate, changes, suspensions, complied, cap)| {
            let deadline = shift(d(1995, 1, 1), offset);
            let start = shift(deadline, 1);
            let mut changes: Vec<RateChange> = changes
                .into_iter()
                .map(|(at, units, scale)| RateChange {
                    from: shift(start, at),
                    rate: Decimal::new(units, scale),
                })
                .collect();
            changes.sort_by_key(|c| c.from);
            changes.dedup_by_key(|c| c.from);
            let mut at = shift(start, -10);
            let suspensions = suspensions
                .into_iter()
                .map(|(gap, length)| {
                    let from = shift(at, gap + 1);
                    at = shift(from, length);
                    Suspension {
                        from,
                        through: at,
                        reason: None,
                    }
                })
                .collect();
            let penalty = Penalty {
                partial,
                changes,
                suspensions,
                complied: complied.map(|days| shift(start, days)),
                cap: cap.map(|c| Decimal::new(c, 2)),
                ..Penalty::simple(Decimal::new(rate.0, rate.1), per)
            };
            (deadline, penalty)
        })
}

fn any_liquidations() -> impl Strategy<Value = Vec<Drawn>> {
    proptest::collection::vec(
        (
            proptest::option::of(-20i64..60),
            0i64..400,
            proptest::option::of(-5i64..40),
        ),
        0..=4,
    )
}

/// The liquidations drawn, laid out after `start`: each explicit `from` after the previous
/// period (only the first may start before `start`), each ending on or after `start`.
fn laid_out(start: NaiveDate, drawn: &[Drawn]) -> Vec<Liquidation> {
    let mut next = start;
    let mut out = Vec::new();
    for (i, (gap, length, decided)) in drawn.iter().enumerate() {
        let from = gap.map(|g| shift(next, if i == 0 { g } else { g.abs() }));
        let through = shift(from.unwrap_or(next).max(start), *length);
        let decided = decided.map(|days| shift(through, days.abs()));
        out.push(liquidation(from, through, decided, 10 + 4 * i));
        next = shift(through, 1);
    }
    out
}

/// Whether `day` is a day of delay of `penalty`, run from `start`: on or after it, before
/// compliance, not suspended.
fn is_delay(penalty: &Penalty, start: NaiveDate, day: NaiveDate) -> bool {
    day >= start
        && penalty.complied.is_none_or(|c| day < c)
        && !penalty.suspensions.iter().any(|s| s.from <= day && day <= s.through)
}

/// How many times each day is counted by the periods of `report` (liquidations, gaps,
/// accrued), each period's days being the days of delay within its bounds; checks on the way
/// that each period's `days` is that number.
fn counted_days(report: &CaseReport, penalty: &Penalty) -> Result<BTreeMap<NaiveDate, u32>, TestCaseError> {
    let start = report.accrual_start;
    let mut bounds: Vec<(NaiveDate, NaiveDate, i64, String)> = report
        .liquidations
        .iter()
        .map(|q| (q.from, q.through, q.days, format!("liquidation {}", q.number)))
        .collect();
    for (i, p) in report.gaps.iter().chain([&report.accrued]).enumerate() {
        match (p.from, p.through) {
            (Some(from), Some(through)) => bounds.push((from, through, p.days, format!("period {i}"))),
            _ => prop_assert_eq!(p.days, 0),
        }
    }
    let mut seen = BTreeMap::new();
    for (from, through, days, name) in bounds {
        let mut held = 0;
        for day in from.iter_days().take_while(|day| *day <= through) {
            if is_delay(penalty, start, day) {
                held += 1;
                *seen.entry(day).or_insert(0) += 1;
            }
        }
        prop_assert_eq!(held, days, "{} ({} to {})", name, from, through);
    }
    Ok(seen)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Every day of delay from the first through `as_of` is counted exactly once, in a
    /// liquidation, a gap or the accrued period; and the
    /// amounts of those periods add up to the amount of the whole stretch counted at once.
    #[test]
    fn every_day_of_delay_is_counted_once_and_the_amounts_add_up(
        (deadline, penalty) in any_penalty(),
        drawn in any_liquidations(),
        beyond in 0i64..400,
        before_start in 0i64..15,
    ) {
        let start = shift(deadline, 1);
        let liquidations = laid_out(start, &drawn);
        let as_of = match liquidations.last() {
            Some(last) => shift(last.through, beyond),
            None => shift(start, beyond - before_start),
        };
        let c = case(deadline, penalty.clone(), liquidations);
        let report = compute(&c, as_of).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(report.accrual_start, start);

        let seen = counted_days(&report, &penalty)?;
        let expected: Vec<NaiveDate> = start
            .iter_days()
            .take_while(|day| *day <= as_of)
            .filter(|day| is_delay(&penalty, start, *day))
            .collect();
        let twice: Vec<&NaiveDate> = seen.iter().filter(|(_, n)| **n > 1).map(|(day, _)| day).collect();
        prop_assert!(twice.is_empty(), "counted more than once: {:?}", twice);
        let counted: Vec<NaiveDate> = seen.keys().copied().collect();
        prop_assert_eq!(counted, expected);

        let t = &report.totals;
        let gaps = report.gaps.iter().fold(Decimal::ZERO, |sum, g| sum + g.amount);
        prop_assert_eq!(t.unliquidated, gaps + report.accrued.amount);
        prop_assert_eq!(t.overall, t.liquidated + t.unliquidated);
        prop_assert_eq!(t.owed, t.awarded + t.projected + t.unliquidated);
        for q in &report.liquidations {
            let pronounced = q.decided.is_some_and(|day| day <= as_of);
            prop_assert_eq!(q.status == Status::Pronounced, pronounced);
        }

        // Every amount is a difference of capped running totals (R3), so the parts add up to
        // the whole stretch exactly, whatever the mode and the cap.
        {
            let whole = compute(&case(deadline, penalty.clone(), Vec::new()), as_of)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(t.overall, whole.totals.overall, "parts {:?}", report.liquidations.iter().map(|q| q.amount).collect::<Vec<_>>());
        }
    }

    /// Whatever the liquidations, a case computes with each day once, or is refused at the
    /// liquidation concerned with one of R1's refusals.
    #[test]
    fn any_schedule_is_counted_once_or_refused_at_its_key(
        (deadline, penalty) in any_penalty(),
        periods in proptest::collection::vec((proptest::option::of(-30i64..400), -30i64..400), 1..=4),
        as_of in -30i64..500,
    ) {
        let start = shift(deadline, 1);
        let liquidations: Vec<Liquidation> = periods
            .iter()
            .enumerate()
            .map(|(i, (from, through))| liquidation(from.map(|f| shift(start, f)), shift(start, *through), None, 10 + 4 * i))
            .collect();
        let as_of = shift(start, as_of);
        let c = case(deadline, penalty.clone(), liquidations);
        match compute(&c, as_of) {
            Ok(report) => {
                let seen = counted_days(&report, &penalty)?;
                prop_assert!(seen.values().all(|n| *n == 1), "{:?}", seen);
                let all = start.iter_days().take_while(|day| *day <= as_of).filter(|day| is_delay(&penalty, start, *day)).count();
                prop_assert_eq!(seen.len(), all);
            }
            Err(e) => {
                prop_assert!(
                    matches!(
                        e,
                        ComputeError::Reversed { .. }
                            | ComputeError::OutOfOrder { .. }
                            | ComputeError::Overlap { .. }
                            | ComputeError::BeforeDelay { .. }
                            | ComputeError::AfterAsOf { .. }
                    ),
                    "{}", e
                );
                prop_assert!(e.field().is_some_and(|f| f.starts_with("liquidation[")), "{}", e);
            }
        }
    }
}

/// A Dutch case (its rule set or its calendar) without a cap is noted as lacking the maximum
/// Awb 5:32b al. 2 requires; no other is, and a cap silences it.
#[test]
fn the_maximum_is_required_under_dutch_rules_or_on_the_dutch_calendar_only() {
    let no_maximum = |rules: RuleSet, calendar: CalendarId, cap: Option<Decimal>| {
        let mut c = case(d(2023, 1, 1), daily(100), Vec::new());
        c.rules = rules;
        c.calendar = Calendar::new(calendar);
        c.cap = cap;
        let report = compute(&c, d(2023, 2, 1)).unwrap();
        report
            .notes
            .iter()
            .any(|n| matches!(n, crate::report::Note::NoMaximum { .. }))
    };
    for &rules in RuleSet::ALL {
        for &calendar in CalendarId::ALL {
            let dutch = rules == RuleSet::NlAtw || calendar == CalendarId::Nl;
            assert_eq!(no_maximum(rules, calendar, None), dutch, "{rules} {calendar}");
            assert!(
                !no_maximum(rules, calendar, Some(Decimal::from(1000))),
                "{rules} {calendar}"
            );
        }
    }
}

/// The report holds the unit, the partial-unit rule, the rule set and the calendar as the
/// enums the case has, and writes each as its code in the JSON.
#[test]
fn the_report_is_typed_and_serialized_through_codes() {
    let mut weekly = Penalty::simple(Decimal::from(700), Per::Week);
    weekly.partial = Partial::Prorata;
    let mut c = case(d(2023, 1, 1), weekly, Vec::new());
    c.rules = RuleSet::BeCj;
    c.calendar = Calendar::new(CalendarId::Fr57);
    let report = compute(&c, d(2023, 2, 1)).unwrap();
    assert_eq!((report.rules, report.calendar), (RuleSet::BeCj, CalendarId::Fr57));
    let penalty = &report.penalties[0];
    assert_eq!((penalty.per, penalty.partial), (Per::Week, Some(Partial::Prorata)));
    assert!(report.accrued.segments.iter().all(|s| s.per == Per::Week));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["rules"], "be-cj");
    assert_eq!(json["calendar"], "FR-57");
    assert_eq!(json["penalties"][0]["per"], "week");
    assert_eq!(json["penalties"][0]["partial"], "prorata");
    assert_eq!(json["accrued"]["segments"][0]["per"], "week");
    // Every code, as case files write it.
    for per in Per::ALL {
        assert_eq!(serde_json::to_value(per).unwrap(), per.code());
    }
    for partial in [Partial::Completed, Partial::Started, Partial::Prorata] {
        assert_eq!(serde_json::to_value(partial).unwrap(), partial.code());
    }
    for rules in RuleSet::ALL {
        assert_eq!(serde_json::to_value(rules).unwrap(), rules.code());
    }
    // A daily penalty has no partial-unit rule.
    let daily_report = compute(&case(d(2023, 1, 1), daily(1), Vec::new()), d(2023, 2, 1)).unwrap();
    assert_eq!(
        serde_json::to_value(&daily_report).unwrap()["penalties"][0]["partial"],
        serde_json::Value::Null
    );
}

/// A case built in code without any penalty has its first day of delay where the order puts
/// it, the day after the deadline (it was the deadline itself).
#[test]
fn without_a_penalty_the_first_day_of_delay_is_the_day_after_the_deadline() {
    let mut c = case(d(2023, 1, 31), daily(100), Vec::new());
    c.penalties.clear();
    let report = compute(&c, d(2023, 3, 1)).unwrap();
    assert_eq!(report.deadline, d(2023, 1, 31));
    assert_eq!(report.accrual_start, d(2023, 2, 1));
    assert_eq!(report.totals.overall, Decimal::ZERO);
}

/// The message of a refusal comes without its position, which is kept apart: a caller that
/// says where in its own terms (`quick`: the command line) shows the message alone.
#[test]
fn a_refusal_s_message_is_kept_apart_from_its_location() {
    let location = Location {
        file: "a.toml".into(),
        line: 3,
        column: 7,
    };
    let errors = [
        ComputeError::Overflow {
            location: location.clone(),
            field: Some("liquidation[2]".into()),
            what: crate::engine::Quantity::Overall,
        },
        ComputeError::AfterAsOf {
            location: location.clone(),
            field: "liquidation[1].through".into(),
            through: d(2023, 2, 9),
            as_of: d(2023, 1, 1),
        },
    ];
    for e in errors {
        let message = e.message().to_string();
        assert!(!message.contains("a.toml"), "{message}");
        assert!(message.starts_with("`liquidation["), "{message}");
        assert_eq!(e.to_string(), format!("a.toml:3:7: {message}"));
    }
}
