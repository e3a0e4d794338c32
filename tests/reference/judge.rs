//! Properties of the judge's hand (issue 20), holding the engine to the rules whatever the
//! schedule: a suppressed day never counts in what is awarded, moderation by rate never raises
//! a figure, and a definitive astreinte is awarded its computed figure.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rust_decimal::Decimal;
use serde_json::Value;

use super::calendar::{days_from, shift};
use super::scenario::{End, Liquidation, Penalty, Per, Scenario};
use super::strategy::{self, Shape};
use super::{case_file, config, effective_from, engine, model};

/// A liquidation of `s` to work on: the `which`th, or one added through the as-of date.
fn some_liquidation(s: &mut Scenario, which: prop::sample::Index) -> usize {
    if s.liquidations.is_empty() {
        let through = s.as_of.max(s.accrual_start());
        s.as_of = through;
        s.liquidations.push(Liquidation {
            from: None,
            through,
            until: false,
            decided: Some(through),
            awarded: None,
            awarded_rate: None,
            suppressions: Vec::new(),
        });
    }
    which.index(s.liquidations.len())
}

/// The engine's report of `s` as JSON, or a failure naming the case file.
fn report(s: &Scenario) -> Result<Value, TestCaseError> {
    engine::run(&s.to_toml(None), s.as_of).map_err(|e| {
        TestCaseError::fail(format!(
            "the engine refused a valid case: {e}\n{}",
            case_file(s, &model::expected(s))
        ))
    })
}

fn money(v: &Value, key: &str) -> Decimal {
    v[key]
        .as_str()
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| panic!("no amount `{key}` in {v}"))
}

/// What a liquidation of the JSON report awarded: `awarded`, or the computed amount.
fn awarded(l: &Value) -> Decimal {
    if l["awarded"].is_null() {
        money(l, "amount")
    } else {
        money(l, "awarded")
    }
}

proptest! {
    #![proptest_config(config(512))]

    /// A suppressed day never counts in what is awarded: suppressing days of a liquidation
    /// changes none of the computed figures, and what it awards is its amount less exactly what
    /// the suppressed days come to (their days of delay, and for a rate per day or per
    /// violation without a cap, the sum of their rates).
    #[test]
    fn a_suppressed_day_never_counts_in_what_is_awarded(
        s in strategy::scenario(Shape::WITHOUT_ORDERS),
        which in any::<prop::sample::Index>(), start in any::<prop::sample::Index>(), length in 0i64..60,
    ) {
        let mut base = s.clone();
        let n = some_liquidation(&mut base, which);
        let l = &mut base.liquidations[n];
        (l.awarded, l.awarded_rate) = (None, None);
        l.suppressions.clear();
        let from = effective_from(&base, n);
        let through = base.liquidations[n].through;
        let first = shift(from, start.index(days_from(from, through) as usize + 1) as i64);
        let last = shift(first, length).min(through);
        let mut with = base.clone();
        with.liquidations[n].suppressions = vec![Some((first, last))];
        let (x, y) = (report(&base)?, report(&with)?);
        let (a, b) = (&x["liquidations"][n], &y["liquidations"][n]);
        let mut wrong = Vec::new();
        if a["days"] != b["days"] || money(a, "amount") != money(b, "amount") {
            wrong.push(format!("days, amount: {} {} then {} {} with the suppression", a["days"], a["amount"], b["days"], b["amount"]));
        }
        let suppressed = money(b, "suppressed");
        if awarded(b) != money(b, "amount") - suppressed {
            wrong.push(format!("awarded {} is not amount {} less suppressed {suppressed}", awarded(b), b["amount"]));
        }
        // The days of delay and (where each day or violation is its rate) the amount of the
        // suppressed stretch, day by day.
        let (mut days, mut amount) = (0i64, Decimal::ZERO);
        let mut date = first;
        while date <= last {
            let running: Vec<&Penalty> = base
                .penalties
                .iter()
                .filter(|p| p.runs_on(base.start_of(p), date) && !p.is_suspended(date))
                .collect();
            if running.iter().any(|p| p.per != Per::Violation) {
                days += 1;
            }
            for p in &running {
                let count = match p.per {
                    Per::Violation => p.violations.iter().filter(|v| v.0 == date).map(|v| v.1).sum(),
                    _ => 1,
                };
                amount += p.rate_on(date) * Decimal::from(count);
            }
            date = shift(date, 1);
        }
        if b["suppressed_days"].as_i64() != Some(days) {
            wrong.push(format!("suppressed_days {}, {days} days of delay from {first} to {last}", b["suppressed_days"]));
        }
        let plain = base.cap.is_none() && base.penalties.iter().all(|p| matches!(p.per, Per::Day | Per::Violation) && p.cap.is_none());
        if plain && suppressed != amount {
            wrong.push(format!("suppressed {suppressed}, the days from {first} to {last} come to {amount}"));
        }
        let pronounced = with.liquidations[n].decided.is_some_and(|d| d <= with.as_of);
        let totals = |v: &Value, key: &str| money(&v["totals"], key);
        if totals(&x, "liquidated") != totals(&y, "liquidated") {
            wrong.push("totals.liquidated changed".into());
        }
        let taken = if pronounced { suppressed } else { Decimal::ZERO };
        if totals(&y, "awarded") != totals(&x, "awarded") - taken || totals(&y, "suppressed") != totals(&x, "suppressed") + taken {
            wrong.push(format!("totals.awarded {} then {}, totals.suppressed {}", x["totals"]["awarded"], y["totals"]["awarded"], y["totals"]["suppressed"]));
        }
        prop_assert!(
            wrong.is_empty(),
            "liquidation {} suppressing {first} to {last}:\n  {}\n{}",
            n + 1,
            wrong.join("\n  "),
            case_file(&with, &model::expected(&with))
        );
    }

    /// Moderation by rate never raises a figure: whatever rate a liquidation is given, the
    /// engine either refuses it where the model does (several astreintes or rates in the
    /// period, a cap holding it, a rate above the ordered one, a definitive astreinte), or
    /// awards at most its amount less what is suppressed.
    #[test]
    fn moderation_by_rate_never_raises_a_figure(
        s in strategy::scenario(Shape::WITHOUT_ORDERS),
        which in any::<prop::sample::Index>(), tenths in 0i64..=13, base_rate in any::<prop::sample::Index>(),
    ) {
        let mut with = s.clone();
        let n = some_liquidation(&mut with, which);
        let rates: Vec<Decimal> = with.penalties.iter().flat_map(|p| std::iter::once(p.rate).chain(p.changes.iter().map(|c| c.1))).collect();
        let rate = (rates[base_rate.index(rates.len())] * Decimal::from(tenths) / Decimal::from(10)).trunc_with_scale(with.minor_units());
        let l = &mut with.liquidations[n];
        (l.awarded, l.awarded_rate) = (None, Some(rate));
        let refusal = model::refusal(&with, n);
        match (engine::run(&with.to_toml(None), with.as_of), refusal) {
            (Ok(json), None) => {
                let l = &json["liquidations"][n];
                let due = money(l, "amount") - money(l, "suppressed");
                prop_assert!(
                    awarded(l) <= due && awarded(l) >= Decimal::ZERO,
                    "awarded {} at rate {rate}, amount {} less suppressed {}\n{}",
                    awarded(l), l["amount"], l["suppressed"], case_file(&with, &model::expected(&with))
                );
            }
            (Err(_), Some(_)) => {}
            (Ok(_), Some(why)) => {
                return Err(TestCaseError::fail(format!(
                    "awarded_rate = {rate}: computed, but the model refuses it ({why:?})\n--- case file ---\n{}---",
                    with.to_toml(None)
                )));
            }
            (Err(e), None) => {
                return Err(TestCaseError::fail(format!(
                    "awarded_rate = {rate}: refused ({e}), but the model allows it\n{}",
                    case_file(&with, &model::expected(&with))
                )));
            }
        }
    }

    /// A definitive astreinte's rate is never changed at liquidation: a new one ordered after
    /// the first (provisional) astreinte and liquidated is awarded exactly its computed figure
    /// less what is suppressed, and a sum a minor unit away from that is refused.
    #[test]
    fn a_definitive_astreinte_is_awarded_its_computed_figure(
        s in strategy::scenario(Shape::EVERYTHING),
        after in 1i64..200, to_start in 0i64..40, months in 1u32..6, length in 0i64..300, rate in 1i64..5000,
    ) {
        let mut s = s;
        let last = s.liquidations.last().map_or(s.accrual_start(), |l| l.through);
        let decided = shift(s.decided, after).max(shift(last, 1));
        let from = shift(decided, to_start);
        s.penalties.push(Penalty {
            obligation: Some("definitive".into()),
            rate: Decimal::new(rate, s.minor_units()),
            per: Per::Day,
            partial: None,
            from: Some(from),
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
            definitive: Some(true),
            decided: Some(decided),
            end: Some(End::Months(months)),
        });
        if s.penalties.len() == 2 && s.penalties[0].obligation.is_none() {
            s.penalties[0].obligation = Some("first".into());
        }
        let through = shift(from, length);
        s.as_of = s.as_of.max(through);
        s.liquidations.push(Liquidation {
            from: None,
            through,
            until: false,
            decided: Some(through),
            awarded: None,
            awarded_rate: None,
            suppressions: Vec::new(),
        });
        model::settle(&mut s, &[]);
        let json = report(&s)?;
        let mut wrong = Vec::new();
        let mut definitive = Vec::new();
        for (n, l) in json["liquidations"].as_array().into_iter().flatten().enumerate() {
            let counts = l["grounds"].as_array().into_iter().flatten().any(|g| g["rule"] == "definitive_rate");
            if counts {
                definitive.push(n);
                let due = money(l, "amount") - money(l, "suppressed");
                if awarded(l) != due || l["moderated"] != Value::Bool(false) {
                    wrong.push(format!("liquidation {}: awarded {}, amount {} less suppressed {}", n + 1, awarded(l), l["amount"], l["suppressed"]));
                }
            }
        }
        let added = s.liquidations.len() - 1;
        if !definitive.contains(&added) {
            wrong.push(format!("liquidation {} from the definitive astreinte's first day ({from}) does not count it", added + 1));
        }
        prop_assert!(wrong.is_empty(), "{}\n{}", wrong.join("\n"), case_file(&s, &model::expected(&s)));
        let l = &json["liquidations"][added];
        let off = money(l, "amount") - money(l, "suppressed") + Decimal::new(1, s.minor_units());
        let mut moderated = s.clone();
        moderated.liquidations[added].awarded = Some(off);
        prop_assert!(
            engine::run(&moderated.to_toml(None), moderated.as_of).is_err(),
            "awarded = {off} for a definitive astreinte: computed instead of refused\n--- case file ---\n{}---",
            moderated.to_toml(None)
        );
    }
}

/// The strategies draw the judge's shapes often enough to be tested: astreintes ending, later
/// and definitive ones, rates awarded and days suppressed.
#[test]
fn the_strategy_draws_the_judges_shapes() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = strategy::scenario(Shape::EVERYTHING);
    let (mut ends, mut later, mut definitive, mut rates, mut suppressions) = (0, 0, 0, 0, 0);
    for _ in 0..400 {
        let s = strategy.new_tree(&mut runner).expect("a scenario").current();
        ends += usize::from(s.penalties.iter().any(|p| p.end.is_some()));
        later += usize::from(s.penalties.iter().any(|p| p.decided.is_some()));
        definitive += usize::from(s.penalties.iter().any(Penalty::is_definitive));
        rates += usize::from(s.liquidations.iter().any(|l| l.awarded_rate.is_some()));
        suppressions += usize::from(s.liquidations.iter().any(|l| !l.suppressions.is_empty()));
    }
    let counts = [ends, later, definitive, rates, suppressions];
    assert!(
        counts.iter().all(|&c| c >= 10),
        "of 400 (ends, later, definitive, rates, suppressions): {counts:?}"
    );
}
