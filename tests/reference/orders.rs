//! The properties of the shapes of issue 15, on the engine's own figures (compute's JSON):
//! an escalating rate never falls, a reduction never raises what a unit comes to, breach days
//! are the only days counted and all lie within the accrual, and the shares of a liquidation
//! add up to it exactly. Whether the figures are right is the model's business (main.rs); these
//! hold whatever the model says.

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rust_decimal::Decimal;
use serde_json::Value;

use super::calendar::shift;
use super::strategy::{self, Order, Shape};
use super::{config, engine, model, scenario::Scenario};

fn json(s: &Scenario) -> Result<Value, TestCaseError> {
    engine::run(&s.to_toml(None), s.as_of).map_err(|e| {
        TestCaseError::fail(format!(
            "the engine refused a valid case: {e}\n--- case file (as of {}) ---\n{}---",
            s.as_of,
            s.to_toml(Some(&model::expected(s)))
        ))
    })
}

fn money(v: &Value) -> Decimal {
    v.as_str().expect("an amount").parse().expect("a decimal")
}

fn day(v: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(v.as_str().expect("a date"), "%Y-%m-%d").expect("a date")
}

/// Every period of the report: the liquidations, the gaps and the accrued period.
fn periods(report: &Value) -> Vec<&Value> {
    let list = |key: &str| report[key].as_array().into_iter().flatten();
    list("liquidations")
        .chain(list("gaps"))
        .chain([&report["accrued"]])
        .collect()
}

/// The segments of `obligation` over every period, in the order of their days.
fn segments<'v>(report: &'v Value, obligation: &Value) -> Vec<&'v Value> {
    let mut all: Vec<&Value> = periods(report)
        .into_iter()
        .flat_map(|p| p["segments"].as_array().into_iter().flatten())
        .filter(|s| &s["obligation"] == obligation)
        .collect();
    all.sort_by_key(|s| (day(&s["forfeited"]), day(&s["from"])));
    all
}

fn fail(what: String, s: &Scenario) -> TestCaseError {
    TestCaseError::fail(format!(
        "{what}\n--- case file (astreinte compute --as-of {}) ---\n{}---",
        s.as_of,
        s.to_toml(Some(&model::expected(s)))
    ))
}

proptest! {
    #![proptest_config(config(512))]

    /// Each shape, on every penalty of the case (as far as its unit allows), agrees with the
    /// model: escalation (factor or add, every days, weeks or months, until, max_rate)...
    #[test]
    fn escalation_agrees_with_the_model(s in strategy::scenario_with(Shape::EVERYTHING, Order::Escalation)) {
        super::agrees(&s)?;
    }

    /// ... changes after a stretch from the first day ...
    #[test]
    fn changes_after_a_stretch_agree_with_the_model(s in strategy::scenario_with(Shape::EVERYTHING, Order::ChangesAfter)) {
        super::agrees(&s)?;
    }

    /// ... reductions per item, on days and on completed units ...
    #[test]
    fn reductions_agree_with_the_model(s in strategy::scenario_with(Shape::EVERYTHING, Order::Reductions)) {
        super::agrees(&s)?;
    }

    /// ... breach days ...
    #[test]
    fn breach_days_agree_with_the_model(s in strategy::scenario_with(Shape::EVERYTHING, Order::Breaches)) {
        super::agrees(&s)?;
    }

    /// ... and shares of each liquidation.
    #[test]
    fn shares_agree_with_the_model(s in strategy::scenario_with(Shape::EVERYTHING, Order::Shares)) {
        super::agrees(&s)?;
    }

    /// An escalation only raises the rate: its steps rise and never pass `max_rate`, and the
    /// rate of what a penalty forfeits never falls from one unit to the next.
    #[test]
    fn an_escalating_rate_never_falls(s in strategy::scenario_with(Shape::EVERYTHING, Order::Escalation)) {
        let report = json(&s)?;
        for (p, written) in report["penalties"].as_array().expect("penalties").iter().zip(&s.penalties) {
            let Some(e) = written.escalation.as_ref() else { continue };
            let steps = p["escalation"]["steps"].as_array().expect("steps");
            let mut last = written.rate;
            for step in steps {
                let rate = money(&step["rate"]);
                if rate <= last || e.max_rate.is_some_and(|m| rate > m) {
                    return Err(fail(format!("step {step}: {rate} after {last}, max {:?}", e.max_rate), &s));
                }
                last = rate;
            }
            let mut last = Decimal::ZERO;
            for seg in segments(&report, &p["obligation"]) {
                let rate = money(&seg["rate"]);
                if rate < last {
                    return Err(fail(format!("segment {seg}: rate {rate} after {last}"), &s));
                }
                last = rate;
            }
        }
    }

    /// An item brought into compliance never raises what a unit comes to: without caps (which
    /// move what a later period may count), every liquidation, gap and accrued period counts at
    /// most what it counts with no reduction, and the periods forfeited before the first
    /// reduction counts count exactly the same.
    #[test]
    fn reductions_never_raise_a_unit(s in strategy::scenario_with(Shape::WITHOUT_JUDGE, Order::Reductions)) {
        let mut reduced = s.clone();
        reduced.cap = None;
        for p in &mut reduced.penalties {
            p.cap = None;
        }
        let mut whole = reduced.clone();
        for p in &mut whole.penalties {
            p.reductions.clear();
        }
        let first = reduced.penalties.iter().flat_map(|p| p.reductions.iter().map(|r| r.0)).min();
        let (a, b) = (json(&reduced)?, json(&whole)?);
        for (x, y) in periods(&a).into_iter().zip(periods(&b)) {
            let (with, without) = (money(&x["amount"]), money(&y["amount"]));
            if with > without {
                return Err(fail(format!("{with} with the reductions, {without} without, in {x}"), &reduced));
            }
            let ends_before = x["through"].as_str().is_some_and(|_| first.is_some_and(|f| day(&x["through"]) < f));
            if ends_before && with != without {
                return Err(fail(format!("a period before any reduction changed: {with} against {without}"), &reduced));
            }
        }
    }

    /// With breach days, only they count: every day counted is a breach day, on or after the
    /// penalty's first day, not suspended, before compliance and by the as-of date, and the
    /// days counted are exactly those.
    #[test]
    fn breach_days_are_the_only_days_counted_and_lie_within_the_accrual(
        s in strategy::scenario_with(Shape { one_penalty: true, ..Shape::WITHOUT_JUDGE }, Order::Breaches),
    ) {
        let p = &s.penalties[0];
        if p.breaches.is_empty() {
            return Ok(()); // compliance came before any breach drawn
        }
        let report = json(&s)?;
        let start = s.start_of(p);
        let counts = |d: NaiveDate| {
            d >= start
                && d <= s.as_of
                && !p.is_stopped(d)
                && p.complied.is_none_or(|c| d < c)
        };
        // Walked: the breach days that can count.
        let mut expected = 0i64;
        for &(a, b) in &p.breaches {
            let mut d = a;
            while d <= b {
                expected += i64::from(counts(d));
                d = shift(d, 1);
            }
        }
        let mut counted = 0;
        for period in periods(&report) {
            counted += period["days"].as_i64().expect("days");
            for seg in period["segments"].as_array().into_iter().flatten() {
                for end in [day(&seg["from"]), day(&seg["through"])] {
                    if !counts(end) {
                        return Err(fail(format!("segment {seg} ends on {end}, not a breach day of the accrual"), &s));
                    }
                }
            }
        }
        if counted > expected || (counted != expected && report["liquidations"].as_array().is_some_and(|l| l.is_empty())) {
            return Err(fail(format!("{counted} days counted, {expected} breach days in the accrual"), &s));
        }
        let per_period: i64 = report["penalties"][0]["breaches"]
            .as_array()
            .expect("breaches")
            .iter()
            .map(|b| b["days"].as_i64().expect("days"))
            .sum();
        if per_period != expected {
            return Err(fail(format!("penalties[0].breaches count {per_period} days, {expected} walked"), &s));
        }
    }

    /// The shares of each liquidation add up exactly to what is owed under it, each at least
    /// zero; each share's total is the sum of what it receives.
    #[test]
    fn shares_add_up_to_each_liquidation_exactly(s in strategy::scenario_with(Shape::EVERYTHING, Order::Shares)) {
        let report = json(&s)?;
        let shares = report["shares"].as_array().expect("shares");
        let mut totals = vec![Decimal::ZERO; shares.len()];
        for l in report["liquidations"].as_array().expect("liquidations") {
            let owed = match (l["status"].as_str(), l["awarded"].as_str()) {
                (Some("pronounced"), Some(a)) => a.parse::<Decimal>().expect("awarded"),
                _ => money(&l["amount"]),
            };
            let parts: Vec<Decimal> = l["shares"].as_array().expect("shares").iter().map(|x| money(&x["amount"])).collect();
            if parts.iter().copied().sum::<Decimal>() != owed || parts.iter().any(|p| *p < Decimal::ZERO) {
                return Err(fail(format!("shares {parts:?} of {owed}"), &s));
            }
            for (t, p) in totals.iter_mut().zip(&parts) {
                *t += p;
            }
        }
        for (share, total) in shares.iter().zip(totals) {
            if money(&share["total"]) != total {
                return Err(fail(format!("{share}: the liquidations give it {total}"), &s));
            }
        }
    }
}
