//! The décompte of a case: the liquidated sums owed, the legal interest on each, the costs, the
//! payments and their imputation, the balance due on the as-of date, and the limitation of each
//! sum (issue 16). Pure: no I/O and no clock; every figure exact ([`crate::money::exact`]).
//!
//! The rules, each stated in the README ("The décompte") and where the law is silent, chosen:
//!
//! - **The sums**: each pronounced liquidation (decided by the as-of date) for what it awarded,
//!   or what was computed when the decision gave no figure. Projections bear no interest.
//! - **First day of interest** (`interest.from`): by default the day after the liquidating
//!   decision (C. civ. 1231-7: "à compter du prononcé du jugement"; the day of the decision not
//!   counted, as in the service-public.fr example, fiche F20688); `"service"`: the day after
//!   the day the decision was served (`liquidation[N].served`); a date: that day for every
//!   sum, or the day after a later sum's own decision.
//! - **Interest** is computed on each sum by [`crate::interest::compute`], from its first day
//!   through the day before the as-of date: the balance is what a payment on the as-of date
//!   would have to be (that day not counted, service-public.fr fiche F783).
//! - **CMF L313-3** (fr-legal): the two months run from `interest.enforceable` when given (or
//!   the sum's own decision, if later), else from the sum's service, else from its decision (the
//!   juge de l'exécution's decisions are enforceable at once, CPCE R121-21).
//! - **Payments** go to the sums oldest first, the oldest being the one whose interest started
//!   first (C. civ. 1342-10 al. 2; BW 6:43 lid 2: "de oudste"); within a sum, to costs, then
//!   interest, then principal (C. civ. 1343-1; BW 6:44). Costs are imputed with the oldest sum
//!   counted. A payment made after a sum's decision but before its interest starts lowers the
//!   sum itself. What a payment exceeds of everything owed when made stays `unapplied`.
//! - **Limitation**: see [`limitation`]. A time-barred sum is shown, with the day it became
//!   so; it is left out of the balance only when the case says so (`exclude_barred`).

mod limitation;

use chrono::NaiveDate;
use rust_decimal::Decimal;

pub use limitation::{Barred, Limitation, Row, Runs};

use crate::interest::{self, Claim, InterestError, Regime, RegimeOption, Terms};
use crate::lang::message::Fault;
use crate::lang::{Lang, Message};
use crate::money::exact::{self, Loss};
use crate::report::{
    BalanceOutstanding, BalanceReport, CostLine, LimitationRule, PaymentLine, PaymentPart, SumBalance, SumLimitation,
};
use crate::source::Location;

/// Where each liquidated sum's interest starts (`interest.from`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Start {
    /// The day after the liquidating decision (C. civ. 1231-7).
    #[default]
    Decision,
    /// The day after the decision was served (`liquidation[N].served`).
    Service,
    /// A day given, for every sum decided before it.
    Date(NaiveDate),
}

impl Start {
    /// The name in case files and the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Start::Decision => "decision",
            Start::Service => "service",
            Start::Date(_) => "date",
        }
    }

    /// Reads `decision` or `service` (a date is written as a bare TOML date).
    pub fn parse(text: &str) -> Option<Start> {
        match text.trim() {
            "decision" => Some(Start::Decision),
            "service" => Some(Start::Service),
            _ => None,
        }
    }
}

/// What the case file says about the décompte: `[interest]`, `[[payment]]`, `[[cost]]` and
/// `liquidation[N].served`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decompte {
    /// The regime and its options; `enforceable` is the day given for every sum, if any.
    pub(crate) terms: Terms,
    pub start: Start,
    /// Per liquidation (index = number - 1): the day its decision was served, if given.
    pub served: Vec<Option<NaiveDate>>,
    pub limitation: Option<Limitation>,
    /// Leave wholly time-barred sums out of the balance.
    pub exclude_barred: bool,
    pub payments: Vec<Payment>,
    pub costs: Vec<Cost>,
    /// The day the décompte is drawn up (`interest.as_of`): the balance is computed on it, or
    /// on the run's as-of date when that is earlier. A décompte keeps its date whatever day it
    /// is computed on, and its rates stay within the published tables.
    pub as_of: Option<NaiveDate>,
    /// Where `[interest]` is written.
    pub location: Location,
}

/// A payment received (`[[payment]]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub date: NaiveDate,
    pub amount: Decimal,
    pub note: Option<String>,
}

/// A cost owed beside the sums (`[[cost]]`): bailiff's fees, article 700, dépens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cost {
    pub date: NaiveDate,
    pub amount: Decimal,
    pub label: String,
}

/// A pronounced liquidation, as the balance takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sum {
    pub liquidation: usize,
    pub decided: NaiveDate,
    pub amount: Decimal,
    /// The first and last days of delay of its period: the days forfeited.
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

/// Why the balance could not be computed: the key concerned (below the case) and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct BalanceError {
    pub key: String,
    pub problem: BalanceProblem,
}

/// In English.
impl std::fmt::Display for BalanceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.say(&Message::Fault(Fault::Balance(&self.problem))))
    }
}

/// Why the balance could not be computed, as a fact each language words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BalanceProblem {
    /// A payment before the first liquidated sum counted was decided, on `first`.
    PaymentBeforeSums { date: NaiveDate, first: NaiveDate },
    /// A payment, and no liquidation pronounced by `as_of`.
    PaymentBeforeAnyDecision { date: NaiveDate, as_of: NaiveDate },
    /// A limitation rule not confirmed, and unconfirmed data not allowed.
    LimitationUnconfirmed(Limitation),
    /// No day follows a decision's date.
    NoDayAfter,
    /// Interest runs from each decision's service, and liquidation `liquidation`, decided on
    /// `decided`, gives none.
    ServedMissing { liquidation: usize, decided: NaiveDate },
    /// A sum's limitation date is outside the supported dates.
    LimitationOutOfRange,
    /// Interest could not be computed under `regime`.
    Interest { error: InterestError, regime: Regime },
    /// A figure of the balance has no exact decimal.
    Arithmetic(Loss),
}

impl BalanceError {
    fn new(key: impl Into<String>, problem: BalanceProblem) -> Self {
        BalanceError {
            key: key.into(),
            problem,
        }
    }
}

fn inexact(loss: Loss) -> BalanceError {
    BalanceError::new("interest", BalanceProblem::Arithmetic(loss))
}

/// The balance of `sums` under `decompte` on `as_of`, in a currency of `digits` decimals.
pub fn compute(
    decompte: &Decompte,
    sums: &[Sum],
    as_of: NaiveDate,
    digits: u32,
) -> Result<BalanceReport, BalanceError> {
    let rule = limitation_rule(decompte)?;
    let mut plans = Vec::with_capacity(sums.len());
    for sum in sums {
        plans.push(plan(decompte, sum, rule.as_ref(), as_of)?);
    }
    plans.sort_by_key(|p| (p.start, p.sum.liquidation));

    let mut payments: Vec<(usize, &Payment)> = decompte
        .payments
        .iter()
        .enumerate()
        .filter(|(_, p)| p.date <= as_of)
        .collect();
    payments.sort_by_key(|(i, p)| (p.date, *i));
    let earliest = plans.iter().map(|p| p.sum.decided).min();
    for (i, p) in &payments {
        if earliest.is_none_or(|first| p.date < first) {
            return Err(BalanceError::new(
                format!("payment[{}].date", i + 1),
                match earliest {
                    Some(first) => BalanceProblem::PaymentBeforeSums { date: p.date, first },
                    None => BalanceProblem::PaymentBeforeAnyDecision { date: p.date, as_of },
                },
            ));
        }
    }
    let costs: Vec<&Cost> = decompte.costs.iter().filter(|c| c.date <= as_of).collect();
    let mut ledger = Ledger {
        remaining: payments.iter().map(|(_, p)| p.amount).collect(),
        parts: vec![Vec::new(); payments.len()],
        to_costs: vec![Decimal::ZERO; payments.len()],
        costs_left: exact::sum(costs.iter().map(|c| c.amount)).map_err(inexact)?,
    };
    let cost_owner = plans.iter().position(|p| !p.excluded);

    let mut lines = Vec::with_capacity(plans.len());
    let mut unconfirmed = rule.is_some_and(|r| !r.confirmed);
    for (k, plan) in plans.iter().enumerate() {
        let owns_costs = cost_owner == Some(k);
        let line = balance_of(
            decompte,
            plan,
            &payments,
            &costs,
            owns_costs,
            &mut ledger,
            as_of,
            digits,
        )?;
        unconfirmed |= line.periods.iter().any(|p| !p.confirmed);
        lines.push(line);
    }

    if cost_owner.is_none() {
        ledger.costs_only(&payments, &costs).map_err(inexact)?;
    }

    let counted = |l: &&SumBalance| !l.excluded;
    let sum = |values: &mut dyn Iterator<Item = Decimal>| exact::sum(values).map_err(inexact);
    let principal = sum(&mut lines.iter().filter(counted).map(|l| l.amount))?;
    let interest = sum(&mut lines.iter().map(|l| l.interest))?;
    let outstanding = BalanceOutstanding {
        principal: sum(&mut lines.iter().filter(counted).map(|l| l.outstanding_principal))?,
        interest: sum(&mut lines.iter().filter(counted).map(|l| l.outstanding_interest))?,
        costs: money(ledger.costs_left, digits),
    };
    let due = sum(&mut [outstanding.principal, outstanding.interest, outstanding.costs].into_iter())?;
    let wholly = |l: &&SumBalance| l.limitation.as_ref().is_some_and(|x| x.status == Barred::Wholly);
    let time_barred = sum(&mut lines.iter().filter(wholly).map(|l| l.amount))?;
    let excluded = sum(&mut lines.iter().filter(|l| l.excluded).map(|l| l.amount))?;

    let payment_lines = payments
        .iter()
        .enumerate()
        .map(|(k, (_, p))| payment_line(p, k, &ledger, digits))
        .collect::<Result<Vec<_>, Loss>>()
        .map_err(inexact)?;
    let paid = sum(&mut payments.iter().map(|(_, p)| p.amount))?;
    let unapplied = sum(&mut ledger.remaining.iter().copied())?;
    Ok(BalanceReport {
        as_of,
        regime: decompte.terms.regime,
        creditor: decompte.terms.creditor,
        basis: decompte.terms.basis,
        interest_from: decompte.start,
        majoration_waived: decompte.terms.regime == Regime::FrLegal && !decompte.terms.majoration,
        capitalised: decompte.terms.capitalise || decompte.terms.regime.compounds_by_law(),
        sums: lines,
        costs: costs
            .iter()
            .map(|c| CostLine {
                date: c.date,
                amount: money(c.amount, digits),
                label: c.label.clone(),
            })
            .collect(),
        payments: payment_lines,
        limitation: rule.map(|r| LimitationRule {
            rule: r.rule,
            months: r.months,
            source: r.source,
            confirmed: r.confirmed,
            caveat: r.caveat,
        }),
        principal: money(principal, digits),
        interest: money(interest, digits),
        costs_total: money(sum(&mut costs.iter().map(|c| c.amount))?, digits),
        paid: money(paid, digits),
        unapplied: money(unapplied, digits),
        due: money(due, digits),
        outstanding,
        time_barred: money(time_barred, digits),
        excluded: money(excluded, digits),
        unconfirmed,
    })
}

/// The limitation row the case names, refused if unconfirmed and not allowed.
fn limitation_rule(decompte: &Decompte) -> Result<Option<Row>, BalanceError> {
    let Some(rule) = decompte.limitation else {
        return Ok(None);
    };
    let row = rule.row();
    if !row.confirmed && !decompte.terms.allow_unconfirmed {
        return Err(BalanceError::new(
            "interest.limitation",
            BalanceProblem::LimitationUnconfirmed(rule),
        ));
    }
    Ok(Some(row))
}

/// A sum with its first day of interest and its limitation, before any payment.
struct Plan {
    sum: Sum,
    served: Option<NaiveDate>,
    start: NaiveDate,
    limitation: Option<SumLimitation>,
    excluded: bool,
}

fn plan(decompte: &Decompte, sum: &Sum, rule: Option<&Row>, as_of: NaiveDate) -> Result<Plan, BalanceError> {
    let n = sum.liquidation;
    let served = decompte.served.get(n.wrapping_sub(1)).copied().flatten();
    let day_after = |d: NaiveDate| {
        d.succ_opt()
            .ok_or_else(|| BalanceError::new(format!("liquidation[{n}].decided"), BalanceProblem::NoDayAfter))
    };
    let start = match decompte.start {
        Start::Decision => day_after(sum.decided)?,
        Start::Service => match served {
            Some(s) => day_after(s)?,
            None => {
                return Err(BalanceError::new(
                    format!("liquidation[{n}].served"),
                    BalanceProblem::ServedMissing {
                        liquidation: n,
                        decided: sum.decided,
                    },
                ));
            }
        },
        Start::Date(d) => d.max(day_after(sum.decided)?),
    };
    let limitation = match rule {
        Some(row) => {
            let from = served.unwrap_or(sum.decided);
            let (first_barred, barred) = limitation::dates(row, from, sum.first_day, sum.last_day)
                .ok_or_else(|| BalanceError::new(format!("liquidation[{n}]"), BalanceProblem::LimitationOutOfRange))?;
            Some(SumLimitation {
                first_barred,
                barred,
                status: limitation::status(first_barred, barred, as_of),
            })
        }
        None => None,
    };
    let excluded = decompte.exclude_barred && limitation.as_ref().is_some_and(|l| l.status == Barred::Wholly);
    Ok(Plan {
        sum: *sum,
        served,
        start,
        limitation,
        excluded,
    })
}

/// The payments and costs as the sums consume them.
struct Ledger {
    /// Per payment (in date order): what it has left to pay.
    remaining: Vec<Decimal>,
    /// Per payment: what it paid of each sum.
    parts: Vec<Vec<PaymentPart>>,
    /// Per payment: what it paid of the costs.
    to_costs: Vec<Decimal>,
    /// The costs not yet paid.
    costs_left: Decimal,
}

/// The interest on one sum and what the payments paid of it.
#[allow(clippy::too_many_arguments)]
fn balance_of(
    decompte: &Decompte,
    plan: &Plan,
    payments: &[(usize, &Payment)],
    costs: &[&Cost],
    owns_costs: bool,
    ledger: &mut Ledger,
    as_of: NaiveDate,
    digits: u32,
) -> Result<SumBalance, BalanceError> {
    let sum = plan.sum;
    let n = sum.liquidation;
    let terms = terms_for(decompte, plan);
    let mut line = SumBalance {
        liquidation: n,
        decided: sum.decided,
        served: plan.served,
        amount: money(sum.amount, digits),
        interest_from: None,
        enforceable: terms.enforceable,
        majoration_from: None,
        periods: Vec::new(),
        capitalisations: Vec::new(),
        interest: money(Decimal::ZERO, digits),
        outstanding_principal: money(sum.amount, digits),
        outstanding_interest: money(Decimal::ZERO, digits),
        limitation: plan.limitation.clone(),
        excluded: plan.excluded,
    };
    if plan.excluded {
        return Ok(line);
    }
    // Paid after the decision and before interest runs: the sum itself is lowered.
    let mut principal = sum.amount;
    for (k, (_, p)) in payments.iter().enumerate() {
        let rest = ledger.remaining.get(k).copied().unwrap_or_default();
        if p.date < sum.decided || p.date >= plan.start || rest.is_zero() || principal.is_zero() {
            continue;
        }
        let paid = rest.min(principal);
        principal = exact::sub(principal, paid).map_err(inexact)?;
        ledger
            .take(k, n, Decimal::ZERO, Decimal::ZERO, paid, digits)
            .map_err(inexact)?;
    }
    let through = as_of.pred_opt().unwrap_or(as_of);
    let later: Vec<usize> = (0..payments.len())
        .filter(|&k| {
            payments.get(k).is_some_and(|(_, p)| p.date >= plan.start)
                && ledger.remaining.get(k).is_some_and(|r| !r.is_zero())
        })
        .collect();
    if principal.is_zero() || plan.start > through {
        // No day of interest: costs (if this sum carries them), then principal.
        for k in later {
            let rest = ledger.remaining.get(k).copied().unwrap_or_default();
            let to_costs = if owns_costs {
                rest.min(ledger.costs_left)
            } else {
                Decimal::ZERO
            };
            let to_principal = exact::sub(rest, to_costs).map_err(inexact)?.min(principal);
            principal = exact::sub(principal, to_principal).map_err(inexact)?;
            ledger.costs_left = exact::sub(ledger.costs_left, to_costs).map_err(inexact)?;
            ledger
                .take(k, n, to_costs, Decimal::ZERO, to_principal, digits)
                .map_err(inexact)?;
        }
        line.outstanding_principal = money(principal, digits);
        return Ok(line);
    }
    let claim = Claim {
        principal,
        from: plan.start,
        through,
        payments: later
            .iter()
            .filter_map(|&k| {
                let (_, p) = payments.get(k)?;
                Some(interest::Payment {
                    date: p.date,
                    amount: ledger.remaining.get(k).copied()?,
                })
            })
            .collect(),
        costs: if owns_costs {
            costs
                .iter()
                .map(|c| interest::Cost {
                    label: c.label.clone(),
                    date: c.date,
                    amount: c.amount,
                })
                .collect()
        } else {
            Vec::new()
        },
        minor_units: digits,
    };
    let report = interest::compute(&claim, &terms).map_err(|e| located(e, decompte.terms.regime))?;
    for (&k, imputation) in later.iter().zip(&report.payments) {
        ledger
            .take(
                k,
                n,
                imputation.to_costs,
                imputation.to_interest,
                imputation.to_principal,
                digits,
            )
            .map_err(inexact)?;
    }
    if owns_costs {
        ledger.costs_left = report.outstanding.costs;
    }
    line.interest_from = Some(plan.start);
    line.majoration_from = report.majoration_from;
    line.periods = report.periods;
    line.capitalisations = report.capitalisations;
    line.interest = report.total;
    line.outstanding_principal = report.outstanding.principal;
    line.outstanding_interest = report.outstanding.interest;
    Ok(line)
}

impl Ledger {
    /// Every sum left out: the payments pay the costs owed on their day, and nothing else.
    fn costs_only(&mut self, payments: &[(usize, &Payment)], costs: &[&Cost]) -> Result<(), Loss> {
        let mut paid = Decimal::ZERO;
        for (k, (_, p)) in payments.iter().enumerate() {
            let owed = exact::sum(costs.iter().filter(|c| c.date <= p.date).map(|c| c.amount))?;
            let take = exact::sub(owed, paid)?.min(self.remaining.get(k).copied().unwrap_or_default());
            if take.is_zero() {
                continue;
            }
            paid = exact::add(paid, take)?;
            self.costs_left = exact::sub(self.costs_left, take)?;
            if let Some(rest) = self.remaining.get_mut(k) {
                *rest = exact::sub(*rest, take)?;
            }
            if let Some(c) = self.to_costs.get_mut(k) {
                *c = exact::add(*c, take)?;
            }
        }
        Ok(())
    }

    /// Payment `k` paid these parts of sum `n` (and of the costs).
    fn take(
        &mut self,
        k: usize,
        n: usize,
        to_costs: Decimal,
        to_interest: Decimal,
        to_principal: Decimal,
        digits: u32,
    ) -> Result<(), Loss> {
        let paid = exact::sum([to_costs, to_interest, to_principal])?;
        if paid.is_zero() {
            return Ok(());
        }
        if let Some(rest) = self.remaining.get_mut(k) {
            *rest = exact::sub(*rest, paid)?;
        }
        if let Some(c) = self.to_costs.get_mut(k) {
            *c = exact::add(*c, to_costs)?;
        }
        if let Some(parts) = self.parts.get_mut(k) {
            parts.push(PaymentPart {
                liquidation: n,
                to_costs: money(to_costs, digits),
                to_interest: money(to_interest, digits),
                to_principal: money(to_principal, digits),
            });
        }
        Ok(())
    }
}

fn payment_line(p: &Payment, k: usize, ledger: &Ledger, digits: u32) -> Result<PaymentLine, Loss> {
    let parts = ledger.parts.get(k).cloned().unwrap_or_default();
    let to_interest = exact::sum(parts.iter().map(|x| x.to_interest))?;
    let to_principal = exact::sum(parts.iter().map(|x| x.to_principal))?;
    Ok(PaymentLine {
        date: p.date,
        amount: money(p.amount, digits),
        note: p.note.clone(),
        to_costs: money(ledger.to_costs.get(k).copied().unwrap_or_default(), digits),
        to_interest: money(to_interest, digits),
        to_principal: money(to_principal, digits),
        unapplied: money(ledger.remaining.get(k).copied().unwrap_or_default(), digits),
        parts,
    })
}

/// The terms of one sum: its own enforceable day (fr-legal) or day of decision (eu-ecb).
fn terms_for(decompte: &Decompte, plan: &Plan) -> Terms {
    let mut terms = decompte.terms.clone();
    terms.enforceable = None;
    terms.decided = None;
    match terms.regime {
        Regime::FrLegal => {
            terms.enforceable = Some(match decompte.terms.enforceable {
                Some(given) => given.max(plan.sum.decided),
                None => plan.served.unwrap_or(plan.sum.decided),
            });
        }
        Regime::EuEcb => terms.decided = Some(plan.sum.decided),
        _ => {}
    }
    terms
}

/// An amount written with at least the currency's decimals.
fn money(amount: Decimal, digits: u32) -> Decimal {
    if amount.scale() >= digits {
        return amount;
    }
    let mut padded = amount;
    padded.rescale(digits);
    padded
}

/// An interest error as a case-file error: the key of `[interest]` it concerns, and for a
/// period the tables do not cover, the row missing and where to find it.
fn located(e: InterestError, regime: Regime) -> BalanceError {
    let key = match &e {
        InterestError::OutsideTables { .. } | InterestError::DateOutOfRange { .. } => "interest.regime",
        InterestError::CreditorMissing { .. } => "interest.creditor",
        InterestError::Unconfirmed { .. } => "interest.allow_unconfirmed",
        InterestError::RateMissing | InterestError::NegativeRate { .. } => "interest.rate",
        InterestError::NotForRegime { option, .. } => match option {
            RegimeOption::Creditor => "interest.creditor",
            RegimeOption::Enforceable => "interest.enforceable",
            RegimeOption::NoMajoration => "interest.majoration",
            RegimeOption::Capitalise => "interest.capitalise",
            RegimeOption::Rate => "interest.rate",
            RegimeOption::Decided | RegimeOption::Guarantee | RegimeOption::Anchor => "interest",
        },
        _ => "interest",
    };
    BalanceError::new(key, BalanceProblem::Interest { error: e, regime })
}

#[cfg(test)]
mod tests;
