//! The figures a case file expects, each set against what was computed: what `check` reports.
//!
//! A case may expect, per liquidation, the amount (`expected`) and the days of delay
//! (`expected_days`); and for the whole case, in an `[expected]` table, the `deadline`, the
//! `accrual_start` (first day of delay), the not-yet-liquidated `accrued` amount and
//! `accrued_days` (after the last liquidation), `unliquidated` (with the gaps between
//! liquidations) and the overall `total`, as of `[expected].as_of`. The judge's figures too:
//! per liquidation what was awarded (`expected_awarded`, given or worked out from
//! `awarded_rate` and the suppressions) and suppressed (`expected_suppressed`,
//! `expected_suppressed_days`); for the case, `totals.awarded` and `totals.suppressed`
//! (`[expected].awarded`, `.suppressed`).

use std::fmt::Display;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::case::Case;
use crate::money::format_money;
use crate::report::{CapScope, CaseReport, Note, PenaltyReport, Reach};

/// One expected figure and the computed one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Comparison {
    /// What the figure is, e.g. `liquidation 1 (2022-12-20 to 2023-02-09) amount`.
    pub what: String,
    pub expected: String,
    pub computed: String,
    pub matches: bool,
}

impl Comparison {
    fn new<T: PartialEq>(what: String, expected: T, computed: T, show: impl Fn(&T) -> String) -> Self {
        Comparison {
            what,
            matches: expected == computed,
            expected: show(&expected),
            computed: show(&computed),
        }
    }
}

impl std::fmt::Display for Comparison {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: expected {}, computed {}",
            self.what, self.expected, self.computed
        )
    }
}

/// Every figure `case` expects, compared with `report` (computed from it), in file order.
pub(super) fn compare(case: &Case, report: &CaseReport) -> Vec<Comparison> {
    let cur = report.currency;
    let money = |d: &rust_decimal::Decimal| format_money(*d, cur);
    let plain = |v: &dyn Display| v.to_string();
    let mut all = Vec::new();
    let e = &case.expected;
    if let Some(deadline) = e.deadline {
        all.push(Comparison::new("deadline".into(), deadline, report.deadline, |d| {
            plain(d)
        }));
    }
    if let Some(start) = e.accrual_start {
        all.push(Comparison::new(
            "first day of delay (accrual_start)".into(),
            start,
            report.accrual_start,
            |d| plain(d),
        ));
    }
    for (written, computed) in case.liquidations.iter().zip(&report.liquidations) {
        let name = format!(
            "liquidation {} ({} to {})",
            computed.number, computed.from, computed.through
        );
        if let Some(amount) = written.expected {
            let mut c = Comparison::new(format!("{name} amount"), amount, computed.amount, money);
            c.computed = format!("{} ({} days)", c.computed, computed.days);
            all.push(c);
        }
        if let Some(days) = written.expected_days {
            all.push(Comparison::new(format!("{name} days"), days, computed.days, |d| {
                plain(d)
            }));
        }
        if let Some(units) = written.expected_units {
            let counted: i64 = computed.segments.iter().map(|s| s.units).sum();
            all.push(Comparison::new(format!("{name} units"), units, counted, |u| plain(u)));
        }
        all.extend(judged(&name, &written.judgment, computed, money));
    }
    let as_of = report.as_of;
    if let Some(amount) = e.accrued {
        let mut c = Comparison::new(format!("accrued as of {as_of}"), amount, report.accrued.amount, money);
        c.computed = format!("{} ({} days)", c.computed, report.accrued.days);
        all.push(c);
    }
    if let Some(days) = e.accrued_days {
        all.push(Comparison::new(
            format!("accrued days as of {as_of}"),
            days,
            report.accrued.days,
            |d| plain(d),
        ));
    }
    if let Some(amount) = e.unliquidated {
        all.push(Comparison::new(
            format!("not yet liquidated (gaps and accrued) as of {as_of}"),
            amount,
            report.totals.unliquidated,
            money,
        ));
    }
    if let Some(amount) = e.total {
        all.push(Comparison::new(
            format!("overall total as of {as_of}"),
            amount,
            report.totals.overall,
            money,
        ));
    }
    if let Some(day) = e.cap_reached {
        all.push(cap_reached(case, report, day));
    }
    for &(amount, on) in &e.reaches {
        all.push(reaches(case, amount, on));
    }
    for (share, computed) in case.shares.iter().zip(&report.shares) {
        if let Some(amount) = share.expected {
            all.push(Comparison::new(
                format!("share to {}", share.to),
                amount,
                computed.total,
                money,
            ));
        }
    }
    if let Some(amount) = e.awarded {
        all.push(Comparison::new(
            format!("total awarded by the liquidations pronounced as of {as_of}"),
            amount,
            report.totals.awarded,
            money,
        ));
    }
    if let Some(amount) = e.suppressed {
        all.push(Comparison::new(
            format!("total suppressed by the liquidations pronounced as of {as_of}"),
            amount,
            report.totals.suppressed,
            money,
        ));
    }
    all.extend(balance(case, report, money));
    all
}

/// The décompte's figures the file expects (`balance_due`, `balance_interest`), compared
/// exactly; without a balance (no `[interest]` table) each is a failure that says why.
fn balance(case: &Case, report: &CaseReport, money: impl Fn(&Decimal) -> String) -> Vec<Comparison> {
    let e = &case.expected;
    let as_of = report.as_of;
    let wanted = [
        (e.balance_due, "balance due", report.balance.as_ref().map(|b| b.due)),
        (
            e.balance_interest,
            "interest of the balance",
            report.balance.as_ref().map(|b| b.interest),
        ),
    ];
    wanted
        .into_iter()
        .filter_map(|(expected, name, computed)| {
            let expected = expected?;
            let what = format!("{name} as of {as_of}");
            Some(match computed {
                Some(computed) => Comparison::new(what, expected, computed, &money),
                None => not_computable(
                    what,
                    money(&expected),
                    "not computed: the case has no [interest] table".into(),
                ),
            })
        })
        .collect()
}

/// The judge's figures of one liquidation (`name`) that the file expects: what was awarded
/// (the computed figure when the decision changed nothing), suppressed, and the days suppressed.
fn judged(
    name: &str,
    written: &crate::case::Judgment,
    computed: &crate::report::LiquidationReport,
    money: impl Fn(&rust_decimal::Decimal) -> String,
) -> Vec<Comparison> {
    let mut all = Vec::new();
    if let Some(amount) = written.expected_awarded {
        let awarded = computed.awarded.unwrap_or(computed.amount);
        all.push(Comparison::new(format!("{name} awarded"), amount, awarded, &money));
    }
    if let Some(amount) = written.expected_suppressed {
        let mut c = Comparison::new(format!("{name} suppressed"), amount, computed.ruling.suppressed, &money);
        c.computed = format!("{} ({} days)", c.computed, computed.ruling.suppressed_days);
        all.push(c);
    }
    if let Some(days) = written.expected_suppressed_days {
        all.push(Comparison::new(
            format!("{name} days suppressed"),
            days,
            computed.ruling.suppressed_days,
            |d| d.to_string(),
        ));
    }
    all
}

/// A figure expected that cannot be computed: a failure that says why, never a skip.
fn not_computable(what: String, expected: String, why: String) -> Comparison {
    Comparison {
        what,
        expected,
        computed: why,
        matches: false,
    }
}

/// The day the cap is reached (the case's cap, or that of the one penalty with a cap), as
/// reached by the as-of date or as it would be if the order is still not obeyed.
fn cap_reached(case: &Case, report: &CaseReport, expected: NaiveDate) -> Comparison {
    let what = "the day the cap is reached (cap_reached)".to_string();
    let capped: Vec<&PenaltyReport> = report.penalties.iter().filter(|p| p.cap.is_some()).collect();
    let scope = match (case.cap, capped.as_slice()) {
        (Some(_), _) => CapScope::Case,
        (None, [one]) => CapScope::Penalty(one.obligation.clone()),
        (None, []) => return not_computable(what, expected.to_string(), "no cap in the case".into()),
        (None, _) => {
            return not_computable(
                what,
                expected.to_string(),
                "several penalties have a cap and the case none: which one is meant cannot be told".into(),
            );
        }
    };
    let day = report.notes.iter().find_map(|n| match n {
        Note::CapReached { scope: s, on, .. } if *s == scope => Some((*on, false)),
        Note::CapAhead { scope: s, on, .. } if *s == scope => Some((*on, true)),
        _ => None,
    });
    match day {
        Some((on, projected)) => {
            let mut c = Comparison::new(what, expected, on, |d| d.to_string());
            if projected {
                c.computed = format!("{on} (after the as-of date {}: projected)", report.as_of);
            }
            c
        }
        None => not_computable(what, expected.to_string(), "never reached".into()),
    }
}

/// The first day the case's total reaches `amount`, as `astreinte when --reaches` finds it.
fn reaches(case: &Case, amount: Decimal, expected: NaiveDate) -> Comparison {
    let shown = format_money(amount, case.currency);
    let what = format!("the day the total reaches {shown}");
    match crate::engine::when(case, amount) {
        Ok(Reach { date: Some(day), .. }) => Comparison::new(what, expected, day, |d| d.to_string()),
        Ok(Reach { amount: most, .. }) => not_computable(
            what,
            expected.to_string(),
            format!("never: the total stops at {}", format_money(most, case.currency)),
        ),
        Err(e) => not_computable(what, expected.to_string(), format!("not computable: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::case::load;
    use crate::engine::compute;
    use crate::source::Source;

    const CASE: &str = r#"
title = "T"
currency = "EUR"
rules = "plain"
[order]
decided = 2023-01-02
deadline = 2023-01-31
[penalty]
amount = 100
[[liquidation]]
through = 2023-02-10
expected = 1000
expected_days = 11
[expected]
as_of = 2023-02-20
deadline = 2023-01-31
accrual_start = 2023-02-01
accrued = 1000
accrued_days = 10
"#;

    fn compared(text: &str) -> Vec<Comparison> {
        let case = load(&Source::new("t.toml", text)).remove(0).unwrap();
        let as_of = case.expected.as_of.unwrap();
        let report = compute(&case, as_of).unwrap();
        compare(&case, &report)
    }

    #[test]
    fn every_expected_figure_is_compared() {
        let all = compared(CASE);
        let whats: Vec<&str> = all.iter().map(|c| c.what.as_str()).collect();
        assert_eq!(
            whats,
            [
                "deadline",
                "first day of delay (accrual_start)",
                "liquidation 1 (2023-02-01 to 2023-02-10) amount",
                "liquidation 1 (2023-02-01 to 2023-02-10) days",
                "accrued as of 2023-02-20",
                "accrued days as of 2023-02-20",
            ]
        );
        // 1 to 10 Feb is 10 days, not 11: only the days figure is wrong.
        let wrong: Vec<&str> = all.iter().filter(|c| !c.matches).map(|c| c.what.as_str()).collect();
        assert_eq!(wrong, ["liquidation 1 (2023-02-01 to 2023-02-10) days"]);
        assert_eq!(
            all[3].to_string(),
            "liquidation 1 (2023-02-01 to 2023-02-10) days: expected 11, computed 10"
        );
        assert_eq!(all[4].computed, "€1,000 (10 days)");
    }

    #[test]
    fn a_wrong_deadline_is_a_mismatch() {
        let all = compared(&CASE.replace("deadline = 2023-01-31\naccrual", "deadline = 2023-01-30\naccrual"));
        assert_eq!(all[0].to_string(), "deadline: expected 2023-01-30, computed 2023-01-31");
        assert!(!all[0].matches);
        assert_eq!(
            NaiveDate::from_ymd_opt(2023, 1, 31).unwrap().to_string(),
            all[0].computed
        );
    }
}
