//! A reference model of the counting rules, and properties holding the engine to it (issue 19).
//!
//! The model (model.rs) walks the calendar one day at a time over the README's "How days are
//! counted" and the rules decided for this round (/work/helpers/RULES.md: R1, every day
//! liquidated at most once and gaps kept as days still to be liquidated; R3, prorata parts
//! rounded from the unit's running total and caps applied to running totals). It shares no
//! code with the engine: its own month arithmetic (calendar.rs), its own rounding, no unit
//! numbers. The engine is driven from case-file text through `case::load` and
//! `engine::compute`, and read back through the JSON contract (engine.rs), as
//! `compute --format json` prints it.
//!
//! Each property runs 512 cases by default (the whole binary takes well under a minute in debug
//! on two cores); `REFERENCE_CASES=N` runs N per property:
//!
//! ```text
//! REFERENCE_CASES=100000 cargo test --release --test reference
//! ```
//!
//! A failure prints the case file proptest shrank it to, with the model's figures written as
//! `expected` keys (so that `astreinte check` verifies them) and the figures that differ.
//! Minimal cases found this way are kept in found/ and replayed by
//! [`found_cases_agree_with_the_model`].

// A test binary may unwrap, expect, panic and index, and its `pub` items are shared between
// its own modules: the denials of Cargo.toml `[lints]` are for the library and the binary.
#![allow(
    unreachable_pub,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod calendar;
mod compare;
mod engine;
mod judge;
mod model;
mod orders;
mod scenario;
mod strategy;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rust_decimal::Decimal;

use calendar::shift;
use scenario::{Expected, Liquidation, Per, Scenario};
use strategy::{Prorata, Shape};

/// Cases per property: `REFERENCE_CASES`, or `default`.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("REFERENCE_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        // The minimal cases worth keeping are in found/, as case files.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The case file of `s` with the model's figures, for a failure message.
fn case_file(s: &Scenario, model: &Expected) -> String {
    format!(
        "--- case file (astreinte compute --as-of {}; `check` verifies the model's figures) ---\n{}---",
        s.as_of,
        s.to_toml(Some(model))
    )
}

/// The engine's figures for `s`, or a failure naming the case file.
fn engine_figures(s: &Scenario, model: &Expected) -> Result<Expected, TestCaseError> {
    let json = engine::run(&s.to_toml(None), s.as_of)
        .map_err(|e| TestCaseError::fail(format!("the engine refused a valid case: {e}\n{}", case_file(s, model))))?;
    engine::figures(&json, s)
        .map_err(|e| TestCaseError::fail(format!("the report lacks a figure: {e}\n{}", case_file(s, model))))
}

/// The engine gives the model's figures for `s`.
fn agrees(s: &Scenario) -> Result<(), TestCaseError> {
    let model = model::expected(s);
    let engine = engine_figures(s, &model)?;
    let differences = compare::differences(&model, &engine);
    if differences.is_empty() {
        return Ok(());
    }
    Err(TestCaseError::fail(format!(
        "the engine differs from the reference model:\n  {}\n{}",
        differences.join("\n  "),
        case_file(s, &model)
    )))
}

/// The engine's figures for `s` (no model): for the invariants, which compare the engine with
/// itself.
fn computed(s: &Scenario) -> Result<Expected, TestCaseError> {
    engine_figures(s, &model::expected(s))
}

fn same(what: &str, a: &Scenario, b: &Scenario, names: [&str; 2]) -> Result<(), TestCaseError> {
    let (x, y) = (computed(a)?, computed(b)?);
    let differences = compare::between(&x, &y, names);
    if differences.is_empty() {
        return Ok(());
    }
    Err(TestCaseError::fail(format!(
        "{what}:\n  {}\n--- {} ---\n{}--- {} ---\n{}---",
        differences.join("\n  "),
        names[0],
        a.to_toml(Some(&model::expected(a))),
        names[1],
        b.to_toml(Some(&model::expected(b)))
    )))
}

proptest! {
    #![proptest_config(config(512))]

    /// Days, weeks to years counted `completed` or `started`, violations; rate changes,
    /// suspensions, compliance, penalty and case caps, several penalties, lump sums and 0-3
    /// liquidations following each other, all pronounced.
    #[test]
    fn whole_units_days_and_violations_agree_with_the_model(
        s in strategy::scenario(Shape { prorata: Prorata::Never, gaps_and_projected: false, ..Shape::EVERYTHING }),
    ) {
        agrees(&s)?;
    }

    /// The same with every penalty counted by days of a longer unit (`prorata`, rule R3).
    #[test]
    fn prorata_agrees_with_the_model(
        s in strategy::scenario(Shape { prorata: Prorata::Only, gaps_and_projected: false, ..Shape::EVERYTHING }),
    ) {
        agrees(&s)?;
    }

    /// The same with rates that give every day a whole number of cents: nothing is rounded, so
    /// any difference is one of days or units, not of rounding.
    #[test]
    fn prorata_with_whole_cents_a_day_agrees_with_the_model(
        s in strategy::scenario(Shape { prorata: Prorata::Only, gaps_and_projected: false, whole_cents_a_day: true, one_penalty: false, orders: true, judge: true }),
    ) {
        agrees(&s)?;
    }

    /// Liquidations leaving days to no liquidation, undecided or decided after the as-of date
    /// (rule R1: gaps are reported and owed, projected liquidations are not awarded).
    #[test]
    fn gaps_and_projected_liquidations_agree_with_the_model(
        s in strategy::scenario(Shape { prorata: Prorata::Never, ..Shape::EVERYTHING }),
    ) {
        agrees(&s)?;
    }

    /// Every shape at once.
    #[test]
    fn every_schedule_agrees_with_the_model(s in strategy::scenario(Shape::EVERYTHING)) {
        agrees(&s)?;
    }

    /// Rule R1: a liquidation out of order, overlapping an earlier one, ending before the first
    /// day of delay or after the as-of date is refused, never computed.
    #[test]
    fn invalid_liquidation_schedules_are_refused(
        s in strategy::scenario(Shape::EVERYTHING),
        kind in 0u8..5, which in any::<prop::sample::Index>(), k in 0u16..40,
    ) {
        let (bad, what) = invalid(&s, kind, which, i64::from(k));
        if let Ok(json) = engine::run(&bad.to_toml(None), bad.as_of) {
            let shown: Vec<_> = json["liquidations"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|l| format!("{} to {}: {} days, {}", l["from"], l["through"], l["days"], l["amount"]))
                .collect();
            return Err(TestCaseError::fail(format!(
                "{what}: computed instead of refused ({})\n--- case file (astreinte compute --as-of {}) ---\n{}---",
                shown.join("; "),
                bad.as_of,
                bad.to_toml(None)
            )));
        }
    }

    /// A `[[penalty.change]]` to the rate already in force changes no figure (rule R3).
    #[test]
    fn a_change_to_the_rate_in_force_changes_nothing(
        s in strategy::scenario(Shape::WITHOUT_JUDGE),
        which in any::<prop::sample::Index>(), offset in -40i64..800,
    ) {
        let p = which.index(s.penalties.len());
        // An escalation or changes after a stretch take no change by date (the file refuses it).
        let mut s = s;
        s.penalties[p].escalation = None;
        s.penalties[p].after_changes.clear();
        let date = shift(s.start_of(&s.penalties[p]), offset).max(s.decided);
        prop_assume!(s.penalties[p].changes.iter().all(|c| c.0 != date));
        let mut with = s.clone();
        let penalty = &mut with.penalties[p];
        let rate = penalty.rate_on(date);
        penalty.changes.push((date, rate));
        penalty.changes.sort_by_key(|c| c.0);
        same(&format!("a change to {rate} on {date}, the rate in force, changed figures"), &s, &with, ["without", "with"])?;
    }

    /// Cutting a liquidation in two at any day leaves every total exactly equal, and the two
    /// parts add up to the whole (rule R3: every amount is a difference of running totals).
    #[test]
    fn splitting_a_liquidation_leaves_every_total_equal(
        s in strategy::scenario(Shape::EVERYTHING),
        which in any::<prop::sample::Index>(), cut in any::<prop::sample::Index>(), explicit in any::<bool>(),
    ) {
        let mut whole = s.clone();
        // A period of two days at least to cut, from the first day of delay on (a part ending
        // before it would be refused, R1): a liquidation of two days or more, or one added.
        let first_cut = |w: &Scenario, n: usize| effective_from(w, n).max(w.accrual_start());
        let long = |w: &Scenario, n: usize| calendar::days_from(first_cut(w, n), w.liquidations[n].through) >= 1;
        let candidates: Vec<usize> = (0..whole.liquidations.len()).filter(|&n| long(&whole, n)).collect();
        let n = if candidates.is_empty() {
            let next = whole.liquidations.last().map_or(whole.accrual_start(), |l| shift(l.through, 1));
            let through = whole.as_of.max(shift(next, 1));
            whole.as_of = through;
            whole.liquidations.push(Liquidation {
                from: None, through, until: false, decided: None, awarded: None, awarded_rate: None, suppressions: Vec::new(),
            });
            whole.liquidations.len() - 1
        } else {
            candidates[which.index(candidates.len())]
        };
        // What the judge did applies to the whole period: the parts are counted only.
        whole.liquidations[n].awarded = None;
        whole.liquidations[n].awarded_rate = None;
        whole.liquidations[n].suppressions.clear();
        let from = first_cut(&whole, n);
        let days = calendar::days_from(from, whole.liquidations[n].through);
        let at = shift(from, cut.index(days as usize) as i64);
        let mut split = whole.clone();
        let second = Liquidation {
            from: explicit.then(|| shift(at, 1)),
            ..split.liquidations[n].clone()
        };
        split.liquidations[n].through = at;
        split.liquidations.insert(n + 1, second);
        let (mut a, b) = (computed(&whole)?, computed(&split)?);
        let mut joined = b.clone();
        // Shares are rounded per liquidation (each decision splits its own sum): not additive.
        for l in a.liquidations.iter_mut().chain(joined.liquidations.iter_mut()) {
            l.shares.clear();
        }
        let (first, second) = (&b.liquidations[n], &b.liquidations[n + 1]);
        joined.liquidations[n].through = second.through;
        joined.liquidations[n].days = first.days + second.days;
        joined.liquidations[n].amount = first.amount + second.amount;
        joined.liquidations[n].awarded = first.awarded.zip(second.awarded).map(|(x, y)| x + y);
        joined.liquidations[n].units = first
            .units
            .iter()
            .zip(&second.units)
            .map(|(x, y)| x.zip(*y).map(|(x, y)| x + y))
            .collect();
        joined.liquidations.remove(n + 1);
        let differences = compare::between(&a, &joined, ["whole", "split"]);
        prop_assert!(
            differences.is_empty(),
            "liquidation {} cut after {at}:\n  {}\n--- whole ---\n{}--- split ---\n{}---",
            n + 1,
            differences.join("\n  "),
            whole.to_toml(Some(&model::expected(&whole))),
            split.to_toml(Some(&model::expected(&split)))
        );
    }

    /// Rule R1: the liquidations, the gaps and the accrued period hold every day of delay
    /// through the as-of date exactly once, and their amounts add up to what the same case
    /// accrues with no liquidation at all; totals and caps do not change.
    #[test]
    fn liquidating_counts_every_day_exactly_once(s in strategy::scenario(Shape::EVERYTHING)) {
        let mut none = s.clone();
        none.liquidations.clear();
        let (all, parts) = (computed(&none)?, computed(&s)?);
        let days = parts.liquidations.iter().map(|l| l.days).sum::<i64>()
            + parts.gaps.iter().map(|g| g.counted.days).sum::<i64>()
            + parts.accrued.days;
        let amount = parts.liquidations.iter().map(|l| l.amount).sum::<Decimal>()
            + parts.gaps.iter().map(|g| g.counted.amount).sum::<Decimal>()
            + parts.accrued.amount;
        let mut wrong = Vec::new();
        if days != all.accrued.days {
            wrong.push(format!("days: {days} in the periods, {} in all", all.accrued.days));
        }
        if amount != all.accrued.amount {
            wrong.push(format!("amounts: {amount} in the periods, {} in all", all.accrued.amount));
        }
        let overall = |e: &Expected| (e.totals.overall.normalize(), e.cap_reached);
        if overall(&parts) != overall(&all) {
            wrong.push(format!("totals.overall, cap_reached: {:?} then {:?} with no liquidation", overall(&parts), overall(&all)));
        }
        let penalties = |e: &Expected| e.penalties.iter().map(|p| (p.total.normalize(), p.cap_reached)).collect::<Vec<_>>();
        if penalties(&parts) != penalties(&all) {
            wrong.push(format!("penalties (total, cap_reached): {:?} then {:?} with no liquidation", penalties(&parts), penalties(&all)));
        }
        prop_assert!(wrong.is_empty(), "{}\n{}", wrong.join("\n"), case_file(&s, &model::expected(&s)));
    }

    /// A cap is never passed, and the total equals it exactly once it is reported reached (a
    /// penalty's cap on its total, the case's on all penalties together).
    #[test]
    fn a_cap_is_never_passed_and_is_met_exactly_once_reached(s in strategy::scenario(Shape::EVERYTHING)) {
        let e = computed(&s)?;
        let model = model::expected(&s);
        let mut wrong = Vec::new();
        for (n, (p, figures)) in s.penalties.iter().zip(&e.penalties).enumerate() {
            if let Some(cap) = p.cap {
                if figures.total > cap {
                    wrong.push(format!("penalties[{n}].total {} passes its cap {cap}", figures.total));
                }
                if figures.cap_reached.is_some() != (figures.total == cap) {
                    wrong.push(format!(
                        "penalties[{n}]: cap {cap}, cap_reached {:?}, total {}",
                        figures.cap_reached, figures.total
                    ));
                }
            }
        }
        if let Some(cap) = s.cap {
            let total = e.totals.overall - e.totals.lump_sums;
            if total > cap {
                wrong.push(format!("the penalties together come to {total}, past the case's cap {cap}"));
            }
            if e.cap_reached.is_some() != (total == cap) {
                wrong.push(format!("case cap {cap}, cap_reached {:?}, penalties together {total}", e.cap_reached));
            }
        }
        prop_assert!(wrong.is_empty(), "{}\n{}", wrong.join("\n"), case_file(&s, &model));
    }

    /// A suspended day is never counted: a new suspension takes exactly its days of delay out
    /// of every period, and (a penalty per day or per violation, no cap) exactly their amounts.
    #[test]
    fn suspended_days_never_count(
        // The days and amounts removed are worked out here for a plain rate; the judge's
        // rulings settled for the scenario drawn need not hold once a suspension is added.
        s in strategy::scenario(Shape { one_penalty: true, orders: false, judge: false, ..Shape::EVERYTHING }),
        offset in -20i64..600, length in 0i64..60,
    ) {
        let p = &s.penalties[0];
        let start = s.start_of(p);
        let mut first = shift(start, offset).max(s.decided);
        if let Some(complied) = p.complied {
            // Suspensions end before compliance: none if it came with the decision.
            if complied <= s.decided {
                return Ok(());
            }
            first = first.min(shift(complied, -1));
        }
        let last = shift(first, length);
        let mut base = s.clone();
        base.penalties[0].suspensions.retain(|(a, b)| *b < first || *a > last);
        let mut with = base.clone();
        with.penalties[0].suspensions.push((first, last));
        with.penalties[0].suspensions.sort();
        let (x, y) = (computed(&base)?, computed(&with)?);
        let p = &base.penalties[0];
        let runs = |d: NaiveDate| p.runs_on(start, d);
        let counts = p.per != Per::Violation;
        let removed = |from: NaiveDate, through: NaiveDate| -> (i64, Decimal) {
            let mut d = from.max(first);
            let (mut days, mut amount) = (0, Decimal::ZERO);
            while d <= through.min(last) {
                if runs(d) {
                    days += i64::from(counts);
                    let found: i64 = p.violations.iter().filter(|v| v.0 == d).map(|v| v.1).sum();
                    amount += p.rate_on(d) * Decimal::from(if counts { 1 } else { found });
                }
                d = shift(d, 1);
            }
            (days, amount)
        };
        let exact_amounts = matches!(p.per, Per::Day | Per::Violation) && p.cap.is_none() && s.cap.is_none();
        let mut wrong = Vec::new();
        let mut periods: Vec<(String, NaiveDate, NaiveDate, i64, i64, Decimal, Decimal)> = Vec::new();
        for (n, (a, b)) in x.liquidations.iter().zip(&y.liquidations).enumerate() {
            periods.push((format!("liquidations[{n}]"), a.from, a.through, a.days, b.days, a.amount, b.amount));
        }
        let next = base.liquidations.last().map_or(base.accrual_start(), |l| shift(l.through, 1));
        periods.push(("accrued".into(), next, base.as_of, x.accrued.days, y.accrued.days, x.accrued.amount, y.accrued.amount));
        for (name, from, through, days_before, days_after, amount_before, amount_after) in periods {
            let (days, amount) = removed(from, through);
            if days_after != days_before - days {
                wrong.push(format!("{name}: {days_before} days, {days_after} with the suspension, expected {}", days_before - days));
            }
            if exact_amounts && amount_after != amount_before - amount {
                wrong.push(format!("{name}: {amount_before}, {amount_after} with the suspension, expected {}", amount_before - amount));
            }
        }
        prop_assert!(
            wrong.is_empty(),
            "suspended {first} to {last}:\n  {}\n--- without ---\n{}--- with ---\n{}---",
            wrong.join("\n  "),
            base.to_toml(Some(&model::expected(&base))),
            with.to_toml(Some(&model::expected(&with)))
        );
    }

    /// Every figure grows with the as-of date, and a cap reached stays reached on its day;
    /// the liquidations and gaps do not move.
    #[test]
    fn every_figure_is_monotone_in_as_of(s in strategy::scenario(Shape::EVERYTHING), later in 1i64..500) {
        let mut then = s.clone();
        then.as_of = shift(s.as_of, later);
        let (a, b) = (computed(&s)?, computed(&then)?);
        let mut wrong = Vec::new();
        let grows = |wrong: &mut Vec<String>, what: String, x: Decimal, y: Decimal| {
            if y < x {
                wrong.push(format!("{what}: {x} on {}, {y} on {}", s.as_of, then.as_of));
            }
        };
        grows(&mut wrong, "accrued.days".into(), a.accrued.days.into(), b.accrued.days.into());
        grows(&mut wrong, "accrued.amount".into(), a.accrued.amount, b.accrued.amount);
        let t = (&a.totals, &b.totals);
        for (what, x, y) in [
            ("liquidated", t.0.liquidated, t.1.liquidated),
            ("awarded", t.0.awarded, t.1.awarded),
            ("unliquidated", t.0.unliquidated, t.1.unliquidated),
            ("lump_sums", t.0.lump_sums, t.1.lump_sums),
            ("overall", t.0.overall, t.1.overall),
        ] {
            grows(&mut wrong, format!("totals.{what}"), x, y);
        }
        for (n, (x, y)) in a.penalties.iter().zip(&b.penalties).enumerate() {
            grows(&mut wrong, format!("penalties[{n}].total"), x.total, y.total);
            if x.cap_reached.is_some() && x.cap_reached != y.cap_reached {
                wrong.push(format!("penalties[{n}].cap_reached: {:?}, then {:?}", x.cap_reached, y.cap_reached));
            }
        }
        if a.cap_reached.is_some() && a.cap_reached != b.cap_reached {
            wrong.push(format!("cap_reached: {:?}, then {:?}", a.cap_reached, b.cap_reached));
        }
        let fixed = |e: &Expected| {
            let liquidations: Vec<_> = e.liquidations.iter().map(|l| (l.from, l.through, l.days, l.amount.normalize())).collect();
            let gaps: Vec<_> = e.gaps.iter().map(|g| (g.counted.days, g.counted.amount.normalize())).collect();
            format!("{liquidations:?} {gaps:?}")
        };
        if fixed(&a) != fixed(&b) {
            wrong.push(format!("liquidations and gaps moved: {} then {}", fixed(&a), fixed(&b)));
        }
        prop_assert!(
            wrong.is_empty(),
            "as of {} and {}:\n  {}\n{}",
            s.as_of,
            then.as_of,
            wrong.join("\n  "),
            case_file(&s, &model::expected(&s))
        );
    }
}

proptest! {
    #![proptest_config(config(512))]

    /// `when --reaches` finds the first day the model's running total (every penalty capped,
    /// then the case's cap) reaches a figure, and that day's total: figures taken from the
    /// model's own totals, and a cent (a minor unit) below them.
    #[test]
    fn when_finds_the_first_day_a_total_is_reached(
        s in strategy::scenario(Shape::EVERYTHING),
        day in any::<prop::sample::Index>(), below in any::<bool>(),
    ) {
        let totals = model::running_totals(&s);
        if totals.last().is_none_or(|t| t.1 <= Decimal::ZERO) {
            return Ok(()); // nothing to reach
        }
        let positive: Vec<_> = totals.iter().filter(|t| t.1 > Decimal::ZERO).collect();
        let mut target = positive[day.index(positive.len())].1;
        let unit = Decimal::new(1, s.minor_units());
        if below && target > unit {
            target -= unit;
        }
        let expected = totals.iter().find(|t| t.1 >= target).map(|t| (t.0, t.1.normalize()));
        let found = engine::when(&s.to_toml(None), target)
            .map_err(TestCaseError::fail)?
            .map(|(day, amount)| (day, amount.normalize()));
        prop_assert_eq!(
            found,
            expected,
            "when --reaches {}: engine, then model\n{}",
            target,
            case_file(&s, &model::expected(&s))
        );
    }
}

/// The first day of liquidation `n`: its own `from`, or the day after the previous one (the
/// first day of delay for the first).
fn effective_from(s: &Scenario, n: usize) -> NaiveDate {
    s.liquidations[n].from.unwrap_or_else(|| match n {
        0 => s.accrual_start(),
        _ => shift(s.liquidations[n - 1].through, 1),
    })
}

/// `s` made invalid in one of the ways rule R1 refuses, and how.
fn invalid(s: &Scenario, kind: u8, which: prop::sample::Index, k: i64) -> (Scenario, String) {
    let mut bad = s.clone();
    if bad.liquidations.is_empty() {
        let through = bad.as_of.max(bad.accrual_start());
        bad.as_of = through;
        bad.liquidations.push(Liquidation {
            from: None,
            through,
            until: false,
            decided: None,
            awarded: None,
            awarded_rate: None,
            suppressions: Vec::new(),
        });
    }
    let count = bad.liquidations.len();
    let n = which.index(count);
    let start = bad.accrual_start();
    match kind {
        0 if count >= 2 => {
            let n = n.min(count - 2);
            bad.liquidations.swap(n, n + 1);
            for l in &mut bad.liquidations[n..=n + 1] {
                l.from = None;
            }
            let what = format!("liquidations {} and {} out of order", n + 1, n + 2);
            (bad, what)
        }
        1 if n >= 1 => {
            let previous = bad.liquidations[n - 1].through;
            let from = shift(previous, -k).max(shift(start, -1));
            bad.liquidations[n].from = Some(from);
            (
                bad,
                format!("liquidation {} from {from}, overlapping the previous one", n + 1),
            )
        }
        2 => {
            let through = shift(start, -1 - k % 5);
            let first = &mut bad.liquidations[0];
            first.through = through;
            first.from = (k % 2 == 1).then(|| shift(through, -3));
            first.decided = first.decided.map(|d| d.max(through));
            bad.liquidations.truncate(1);
            (
                bad,
                format!("a liquidation through {through}, before the first day of delay {start}"),
            )
        }
        _ => {
            let last = bad.liquidations.last_mut().expect("a liquidation");
            let through = shift(bad.as_of, 1 + k);
            last.through = through;
            last.decided = None;
            last.awarded = None;
            let what = format!("a liquidation through {through}, after the as-of date {}", bad.as_of);
            (bad, what)
        }
    }
}

/// The minimal cases found by the properties above, kept as case files with the model's
/// figures: each must agree with the model, and each file must be exactly what the model
/// writes for it (below its comments), so that its `expected` figures stay the model's. A file
/// with the comment line `# expect: refused` holds a schedule rule R1 refuses instead.
#[test]
fn found_cases_agree_with_the_model() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/found");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/reference/found")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("a case file");
        let name = path.file_name().expect("a name").to_string_lossy();
        let s = match Scenario::from_toml(&text) {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("{name}: not read: {e}"));
                continue;
            }
        };
        if text.lines().any(|l| l.trim() == "# expect: refused") {
            if let Ok(json) = engine::run(&s.to_toml(None), s.as_of) {
                failures.push(format!(
                    "{name}: computed instead of refused ({} liquidations)",
                    json["liquidations"].as_array().map_or(0, Vec::len)
                ));
            }
            continue;
        }
        let model = model::expected(&s);
        let body: String = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        if body != s.to_toml(Some(&model)) {
            failures.push(format!(
                "{name}: not the model's figures; the model writes:\n{}",
                s.to_toml(Some(&model))
            ));
        }
        if let Err(e) = agrees(&s) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(!paths.is_empty(), "no case file in {}", dir.display());
    assert!(
        failures.is_empty(),
        "{} of {} found cases fail:\n\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n\n")
    );
}

/// The model reproduces the published and documented figures it is meant to follow.
mod documented {
    use super::*;
    use scenario::{Partial, Penalty, Style};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn penalty(rate: i64, per: Per) -> Penalty {
        Penalty {
            obligation: None,
            rate: Decimal::from(rate),
            per,
            partial: None,
            from: None,
            complied: None,
            cap: None,
            changes: Vec::new(),
            suspensions: Vec::new(),
            violations: Vec::new(),
            escalation: None,
            after_changes: Vec::new(),
            reductions: Vec::new(),
            breaches: Vec::new(),
            count: None,
            definitive: None,
            decided: None,
            end: None,
        }
    }

    fn liquidation(through: NaiveDate) -> Liquidation {
        Liquidation {
            from: None,
            through,
            until: false,
            decided: None,
            awarded: None,
            awarded_rate: None,
            suppressions: Vec::new(),
        }
    }

    fn case(deadline: NaiveDate, penalty: Penalty, liquidations: Vec<Liquidation>, as_of: NaiveDate) -> Scenario {
        Scenario {
            currency: "EUR",
            decided: d(2020, 1, 1).min(deadline),
            deadline,
            cap: None,
            penalties: vec![penalty],
            lump_sums: Vec::new(),
            liquidations,
            as_of,
            style: Style::TopLevel,
            shares: Vec::new(),
        }
    }

    #[test]
    fn clearview_52_days() {
        let s = case(
            d(2022, 12, 19),
            penalty(100_000, Per::Day),
            vec![liquidation(d(2023, 2, 9))],
            d(2023, 5, 10),
        );
        let e = model::expected(&s);
        assert_eq!(
            (e.liquidations[0].days, e.liquidations[0].amount),
            (52, Decimal::from(5_200_000))
        );
    }

    #[test]
    fn acm_weeks_complete_on_sundays_and_the_cap_is_reached_on_27_march() {
        let mut p = penalty(5_000_000, Per::Week);
        p.from = Some(d(2022, 1, 17));
        p.cap = Some(Decimal::from(50_000_000));
        let s = case(d(2022, 1, 15), p, vec![liquidation(d(2022, 2, 21))], d(2022, 6, 1));
        let e = model::expected(&s);
        assert_eq!(e.liquidations[0].amount, Decimal::from(25_000_000));
        assert_eq!(e.penalties[0].cap_reached, Some(d(2022, 3, 27)));
        assert_eq!(e.penalties[0].total, Decimal::from(50_000_000));
    }

    #[test]
    fn conseil_d_etat_semesters_from_11_january() {
        let mut p = penalty(10_000_000, Per::Semester);
        p.from = Some(d(2021, 1, 11));
        let s = case(
            d(2021, 1, 10),
            p,
            vec![liquidation(d(2021, 7, 11)), liquidation(d(2022, 7, 10))],
            d(2022, 7, 10),
        );
        let e = model::expected(&s);
        assert_eq!(e.liquidations[0].amount, Decimal::from(10_000_000));
        assert_eq!(e.liquidations[1].amount, Decimal::from(20_000_000));
    }

    #[test]
    fn poland_rate_change_465_and_45_days() {
        let mut p = penalty(1_000_000, Per::Day);
        p.from = Some(d(2021, 11, 3));
        p.changes = vec![(d(2023, 4, 21), Decimal::from(500_000))];
        let mut second = liquidation(d(2023, 6, 4));
        second.from = Some(d(2022, 1, 11));
        let s = case(
            d(2021, 11, 2),
            p,
            vec![liquidation(d(2022, 1, 10)), second],
            d(2023, 7, 1),
        );
        let e = model::expected(&s);
        assert_eq!(
            (e.liquidations[0].days, e.liquidations[0].amount),
            (69, Decimal::from(69_000_000))
        );
        assert_eq!(e.liquidations[1].amount, Decimal::from(465_000_000 + 22_500_000));
    }

    #[test]
    fn a_suspended_week_ends_later_by_its_suspended_days() {
        let mut p = penalty(7, Per::Week);
        p.from = Some(d(2023, 1, 2));
        p.suspensions = vec![(d(2023, 1, 9), d(2023, 1, 15))];
        let s = case(
            d(2023, 1, 1),
            p,
            vec![liquidation(d(2023, 1, 21)), liquidation(d(2023, 1, 22))],
            d(2023, 1, 22),
        );
        let e = model::expected(&s);
        assert_eq!(e.liquidations[0].amount, Decimal::from(7));
        assert_eq!(
            (e.liquidations[1].days, e.liquidations[1].amount),
            (1, Decimal::from(7))
        );
        assert_eq!(e.liquidations[0].days, 13);
    }

    /// RULES.md R3: €10/week prorata from Mon 1 Jan 2024, liquidations through 2 Jan and 4 Jan:
    /// 2.86, then 5.71 - 2.86 = 2.85; a redundant change and the issue's caps change nothing.
    #[test]
    fn prorata_parts_are_differences_of_the_rounded_running_total() {
        let mut p = penalty(10, Per::Week);
        p.partial = Some(Partial::Prorata);
        let s = case(
            d(2023, 12, 31),
            p.clone(),
            vec![liquidation(d(2024, 1, 2)), liquidation(d(2024, 1, 4))],
            d(2024, 1, 4),
        );
        let e = model::expected(&s);
        let cents = |c| Decimal::new(c, 2);
        assert_eq!(e.liquidations[0].amount, cents(286));
        assert_eq!(e.liquidations[1].amount, cents(285));
        let mut redundant = s.clone();
        redundant.penalties[0].changes = vec![(d(2024, 1, 4), Decimal::from(10))];
        assert_eq!(model::expected(&redundant), e);
        let mut capped = s.clone();
        capped.penalties[0].cap = Some(cents(946));
        capped.as_of = d(2024, 3, 1);
        let e = model::expected(&capped);
        assert_eq!(e.penalties[0].total, cents(946));
        assert_eq!(e.penalties[0].cap_reached, Some(d(2024, 1, 7)));
        assert_eq!(e.accrued.amount, cents(946 - 571));
    }
}
