//! The computation: the sub-periods, the rate of each, the events between them.

use std::collections::BTreeSet;

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use super::rates::{
    BE_LEGAL, ECB_MRO, FR_ANNUAL, FR_INDIVIDUAL, FR_OTHER, FR_TWO_RATES_FROM, NL_COMMERCIAL, NL_LEGAL, RateRow, Table,
};
use super::{
    Basis, Capitalisation, Claim, Creditor, Imputation, InterestDay, InterestError, InterestReport, Outstanding,
    Period, ReferenceDay, Regime, RegimeOption, Terms,
};
use crate::money::exact::{self, Exact, Loss};

/// The CMF L313-3 majoration, in points.
const MAJORATION_POINTS: i64 = 5;
const MAJORATION_SOURCE: &str = "CMF L313-3";

/// Computes the interest on `claim` under `terms`.
///
/// The period `[claim.from, claim.through]` is cut into sub-periods wherever the base or the
/// rate may change: a new rate in the table, the first day of the CMF L313-3 majoration, a
/// capitalisation day, a payment (which lowers the base from its own day), and 1 January under
/// act/act. Each sub-period's interest is `base × days × rate / (100 × year)`, rounded once
/// to the currency's minor unit, half up; the total is the sum of those rounded parts.
///
/// Events of one day happen in this order: capitalisation (the year's interest becomes
/// principal at the start of the anniversary), then costs that day, then payments (each to
/// costs, then interest, then principal: C. civ. 1343-1, BW 6:44). Payments dated the day after
/// the last day of interest are applied to the final balance.
pub(crate) fn compute(claim: &Claim, terms: &Terms) -> Result<InterestReport, InterestError> {
    check_claim(claim)?;
    check_terms(terms)?;
    let end = claim.through.succ_opt().ok_or(InterestError::DateOutOfRange {
        day: InterestDay::DayAfterLast,
    })?;
    let plan = Plan::new(terms, claim)?;
    let capitalisation_days = capitalisation_days(terms, claim, end);

    let mut starts = BTreeSet::from([claim.from]);
    let inside = |d: &NaiveDate| claim.from < *d && *d <= claim.through;
    starts.extend(plan.changes().filter(inside));
    starts.extend(plan.majoration_from.iter().copied().filter(inside));
    starts.extend(capitalisation_days.iter().copied().filter(inside));
    starts.extend(claim.payments.iter().map(|p| p.date).filter(inside));
    if terms.basis == Basis::ActAct {
        starts.extend((claim.from.year() + 1..=claim.through.year()).filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1)));
    }
    let starts: Vec<NaiveDate> = starts.into_iter().collect();

    let mut walk = Walk::new(claim, &capitalisation_days);
    let mut periods = Vec::with_capacity(starts.len());
    let mut unconfirmed = false;
    for (i, &start) in starts.iter().enumerate() {
        let next = starts.get(i + 1).copied().unwrap_or(end);
        walk.events_on(start)?;
        if walk.principal.is_zero() {
            continue;
        }
        let rate = plan.rate_on(start)?;
        unconfirmed |= !rate.confirmed;
        let period = period(start, next, walk.principal, rate, terms.basis, claim.minor_units)?;
        walk.interest = exact::add(walk.interest, period.amount)?;
        periods.push(period);
    }
    walk.events_on(end)?;

    let total = money(exact::sum(periods.iter().map(|p| p.amount))?, claim.minor_units);
    let digits = claim.minor_units;
    Ok(InterestReport {
        regime: terms.regime,
        creditor: terms.creditor,
        basis: terms.basis,
        from: claim.from,
        through: claim.through,
        principal: money(claim.principal, digits),
        enforceable: terms.enforceable,
        majoration_waived: terms.regime == Regime::FrLegal && !terms.majoration,
        majoration_from: plan.majoration_from,
        capitalisation_anchor: (terms.capitalise || terms.regime.compounds_by_law())
            .then(|| terms.anchor.unwrap_or(claim.from)),
        reference_day: plan.reference,
        periods,
        capitalisations: walk.capitalisations,
        payments: walk.imputations,
        total,
        outstanding: Outstanding {
            principal: money(walk.principal, digits),
            interest: money(walk.interest, digits),
            costs: money(walk.costs, digits),
        },
        unconfirmed,
    })
}

/// An amount written with at least the currency's decimals (`22.40`, not `22.4`).
fn money(amount: Decimal, digits: u32) -> Decimal {
    if amount.scale() >= digits {
        return amount;
    }
    let mut padded = amount;
    padded.rescale(digits);
    if padded == amount { padded } else { amount }
}

fn too_precise(amount: Decimal, digits: u32) -> bool {
    amount.normalize().scale() > digits
}

fn check_claim(claim: &Claim) -> Result<(), InterestError> {
    let digits = claim.minor_units;
    if claim.principal <= Decimal::ZERO {
        return Err(InterestError::PrincipalNotPositive {
            amount: claim.principal,
        });
    }
    if too_precise(claim.principal, digits) {
        return Err(InterestError::PrincipalTooPrecise {
            amount: claim.principal,
            digits,
        });
    }
    if claim.through < claim.from {
        return Err(InterestError::EmptyPeriod {
            from: claim.from,
            through: claim.through,
        });
    }
    let end = claim.through.succ_opt();
    for p in &claim.payments {
        let (date, amount) = (p.date, p.amount);
        if amount <= Decimal::ZERO {
            return Err(InterestError::PaymentNotPositive { date, amount });
        }
        if too_precise(amount, digits) {
            return Err(InterestError::PaymentTooPrecise { date, amount, digits });
        }
        if date < claim.from {
            return Err(InterestError::PaymentBeforeStart {
                date,
                amount,
                from: claim.from,
            });
        }
        if end.is_some_and(|end| date > end) {
            return Err(InterestError::PaymentAfterEnd {
                date,
                amount,
                through: claim.through,
            });
        }
    }
    for c in &claim.costs {
        if c.amount <= Decimal::ZERO || too_precise(c.amount, digits) {
            return Err(InterestError::CostNotPositive {
                label: c.label.clone(),
                amount: c.amount,
            });
        }
        if end.is_some_and(|end| c.date > end) {
            return Err(InterestError::CostAfterEnd {
                label: c.label.clone(),
                date: c.date,
                through: claim.through,
            });
        }
    }
    Ok(())
}

/// Refuses what the regime does not use, rather than ignore it silently.
fn check_terms(terms: &Terms) -> Result<(), InterestError> {
    let regime = terms.regime;
    let not_for = |option| Err(InterestError::NotForRegime { option, regime });
    let french = regime == Regime::FrLegal;
    let european = regime == Regime::EuEcb;
    if terms.creditor.is_some() && !french {
        return not_for(RegimeOption::Creditor);
    }
    if terms.enforceable.is_some() && !french {
        return not_for(RegimeOption::Enforceable);
    }
    if !terms.majoration && !french {
        return not_for(RegimeOption::NoMajoration);
    }
    if terms.decided.is_some() && !european {
        return not_for(RegimeOption::Decided);
    }
    if terms.guarantee && !european {
        return not_for(RegimeOption::Guarantee);
    }
    if terms.guarantee && terms.decided.is_none() {
        return Err(InterestError::GuaranteeWithoutDecision);
    }
    if terms.capitalise && european {
        return not_for(RegimeOption::Capitalise);
    }
    if terms.anchor.is_some() && european {
        return not_for(RegimeOption::Anchor);
    }
    if terms.anchor.is_some() && !terms.capitalise && !regime.compounds_by_law() {
        return Err(InterestError::AnchorWithoutCapitalisation { regime });
    }
    match (regime, terms.rate) {
        (Regime::Fixed, None) => Err(InterestError::RateMissing),
        (Regime::Fixed, Some(rate)) if rate < Decimal::ZERO => Err(InterestError::NegativeRate { rate }),
        (Regime::Fixed, Some(_)) | (_, None) => Ok(()),
        (_, Some(_)) => not_for(RegimeOption::Rate),
    }
}

/// The days interest is capitalised: each anniversary of the anchor (default: the first day
/// of interest) after the first day of interest, up to the day after the last one. Each is
/// counted from the anchor itself (29 February + 1 year = 28 February; + 4 years = 29 February).
fn capitalisation_days(terms: &Terms, claim: &Claim, end: NaiveDate) -> Vec<NaiveDate> {
    if !(terms.capitalise || terms.regime.compounds_by_law()) {
        return Vec::new();
    }
    let anchor = terms.anchor.unwrap_or(claim.from);
    (1_u32..)
        .map_while(|years| {
            let day = anchor.checked_add_months(Months::new(years.checked_mul(12)?))?;
            (day <= end).then_some(day)
        })
        .filter(|day| *day > claim.from)
        .collect()
}

/// The rate in force on a day, with its source.
#[derive(Clone)]
struct RateAt {
    base: Decimal,
    source: String,
    points: Decimal,
    points_source: Option<&'static str>,
    confirmed: bool,
}

/// Where the rate of each day comes from.
enum RateSource {
    /// One table (nl-legal, nl-commercial, be-legal).
    Table(Table),
    /// fr-legal: the annual table, then from 2015 the creditor's (none if not given).
    French { creditor: Option<Table> },
    /// One rate for the whole period (eu-ecb, fixed).
    Fixed(RateAt),
}

struct Plan {
    source: RateSource,
    /// fr-legal: the first day of the majorated rate.
    majoration_from: Option<NaiveDate>,
    reference: Option<ReferenceDay>,
    allow_unconfirmed: bool,
}

const FR_ANNUAL_TABLE: Table = Table {
    name: "fr-legal (annual, before 2015)",
    rows: FR_ANNUAL,
};
const ECB_TABLE: Table = Table {
    name: "ECB main refinancing rate",
    rows: ECB_MRO,
};

impl Plan {
    fn new(terms: &Terms, claim: &Claim) -> Result<Plan, InterestError> {
        let mut plan = Plan {
            source: RateSource::Table(FR_ANNUAL_TABLE),
            majoration_from: None,
            reference: None,
            allow_unconfirmed: terms.allow_unconfirmed,
        };
        plan.source = match terms.regime {
            Regime::FrLegal => {
                plan.majoration_from = terms.enforceable.filter(|_| terms.majoration).and_then(majoration_from);
                RateSource::French {
                    creditor: terms.creditor.map(|c| match c {
                        Creditor::Individual => Table {
                            name: "fr-legal (individual creditor)",
                            rows: FR_INDIVIDUAL,
                        },
                        Creditor::Other => Table {
                            name: "fr-legal (other creditor)",
                            rows: FR_OTHER,
                        },
                    }),
                }
            }
            Regime::NlLegal => RateSource::Table(Table {
                name: "nl-legal",
                rows: NL_LEGAL,
            }),
            Regime::NlCommercial => RateSource::Table(Table {
                name: "nl-commercial",
                rows: NL_COMMERCIAL,
            }),
            Regime::BeLegal => RateSource::Table(Table {
                name: "be-legal",
                rows: BE_LEGAL,
            }),
            Regime::EuEcb => {
                let reference = eu_reference_day(terms, claim)?;
                plan.reference = Some(reference);
                let (row, table) = covered(ECB_TABLE, reference.date)?;
                let points = if terms.guarantee {
                    Decimal::new(15, 1)
                } else {
                    Decimal::new(35, 1)
                };
                RateSource::Fixed(RateAt {
                    base: row.percent(),
                    source: format!("ECB main refinancing rate on {}: {}", reference.date, row.source),
                    points,
                    points_source: Some(reference.rule),
                    confirmed: plan.confirmed(row, table)?,
                })
            }
            Regime::Fixed => RateSource::Fixed(RateAt {
                base: terms.rate.unwrap_or_default().normalize(),
                source: "the rate given (contractual or ordered)".to_string(),
                points: Decimal::ZERO,
                points_source: None,
                confirmed: true,
            }),
        };
        // Every day of the period must have a rate: the tables are contiguous, so the ends do.
        plan.row_on(claim.from)?;
        plan.row_on(claim.through)?;
        Ok(plan)
    }

    /// The row in force on `day` and its table, for the regimes with tables.
    fn row_on(&self, day: NaiveDate) -> Result<Option<(&'static RateRow, Table)>, InterestError> {
        let table = match &self.source {
            RateSource::Fixed(_) => return Ok(None),
            RateSource::Table(table) => *table,
            RateSource::French { .. } if day < FR_TWO_RATES_FROM => FR_ANNUAL_TABLE,
            RateSource::French { creditor: Some(table) } => *table,
            RateSource::French { creditor: None } => return Err(InterestError::CreditorMissing { needed: day }),
        };
        covered(table, day).map(Some)
    }

    /// The days in force of every row of the tables the period may use.
    fn changes(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let rows: [&'static [RateRow]; 2] = match &self.source {
            RateSource::Table(table) => [table.rows, &[]],
            RateSource::French { creditor } => [FR_ANNUAL, creditor.map_or(&[][..], |t| t.rows)],
            RateSource::Fixed(_) => [&[], &[]],
        };
        rows.into_iter().flatten().map(|r| r.from)
    }

    fn confirmed(&self, row: &RateRow, table: Table) -> Result<bool, InterestError> {
        if row.confirmed || self.allow_unconfirmed {
            return Ok(row.confirmed);
        }
        Err(InterestError::Unconfirmed {
            table: table.name,
            from: row.from,
            through: row.through,
            rate: row.percent(),
            text: row.source,
        })
    }

    fn rate_on(&self, day: NaiveDate) -> Result<RateAt, InterestError> {
        if let RateSource::Fixed(rate) = &self.source {
            return Ok(rate.clone());
        }
        let Some((row, table)) = self.row_on(day)? else {
            return Err(InterestError::DateOutOfRange {
                day: InterestDay::DayOfInterest,
            });
        };
        let majorated = self.majoration_from.is_some_and(|m| day >= m);
        Ok(RateAt {
            base: row.percent(),
            source: row.source.to_string(),
            points: if majorated {
                Decimal::from(MAJORATION_POINTS)
            } else {
                Decimal::ZERO
            },
            points_source: majorated.then_some(MAJORATION_SOURCE),
            confirmed: self.confirmed(row, table)?,
        })
    }
}

/// The row of `table` in force on `day`, or why there is none.
fn covered(table: Table, day: NaiveDate) -> Result<(&'static RateRow, Table), InterestError> {
    match (table.row_on(day), table.span()) {
        (Some(row), _) => Ok((row, table)),
        (None, Some((first, last))) => Err(InterestError::OutsideTables {
            table: table.name,
            first,
            last,
            needed: day,
        }),
        (None, None) => Err(InterestError::DateOutOfRange {
            day: InterestDay::DayOfInterest,
        }),
    }
}

/// CMF L313-3: the rate is majorated "à l'expiration d'un délai de deux mois à compter du jour
/// où la décision de justice est devenue exécutoire": the two months end on the day with the
/// same number as the day it became enforceable, or the last day of the month when there is
/// none (CPC art. 641 al. 2), and the majorated rate applies from the next day. No weekend or
/// holiday extension (CPC art. 642 concerns the time limits of procedure, not this one).
pub(crate) fn majoration_from(enforceable: NaiveDate) -> Option<NaiveDate> {
    enforceable.checked_add_months(Months::new(2))?.succ_opt()
}

/// Reg. 1268/2012 art. 83: the ECB rate "in force on the first calendar day of the month in
/// which the deadline falls" (para. 2), or, with a guarantee accepted instead of payment, of
/// the month "in which the decision imposing a fine has been adopted" (para. 4). Interest runs
/// from the day after the deadline (para. 3): the deadline is the day before the first day of
/// interest. Commission decisions themselves often fix the rate of the first day of the month
/// of the decision: given the day of the decision without a guarantee, that month is used.
fn eu_reference_day(terms: &Terms, claim: &Claim) -> Result<ReferenceDay, InterestError> {
    let first_of_month = |d: NaiveDate| d.with_day(1);
    let (day, rule) = match (terms.decided, terms.guarantee) {
        (Some(decided), true) => (
            first_of_month(decided),
            "Reg. 1268/2012 art. 83(4): guarantee, rate of the first day of the month of the decision",
        ),
        (Some(decided), false) => (
            first_of_month(decided),
            "Reg. 1268/2012 art. 83(2), rate of the first day of the month of the decision as the decision fixes it",
        ),
        (None, _) => (
            claim.from.pred_opt().and_then(first_of_month),
            "Reg. 1268/2012 art. 83(2): rate of the first day of the month of the payment deadline",
        ),
    };
    let date = day.ok_or(InterestError::DateOutOfRange {
        day: InterestDay::FirstOfDeadlineMonth,
    })?;
    Ok(ReferenceDay { date, rule })
}

/// One sub-period, `[from, next)`, on `base` at `rate`.
fn period(
    from: NaiveDate,
    next: NaiveDate,
    base: Decimal,
    rate: RateAt,
    basis: Basis,
    digits: u32,
) -> Result<Period, InterestError> {
    let days = (next - from).num_days();
    let year_days = match basis {
        Basis::Act365 => 365,
        Basis::ActAct if from.leap_year() => 366,
        Basis::ActAct => 365,
    };
    let annual = exact::add(rate.base, rate.points)?.normalize();
    let amount = part(base, days, annual, year_days, digits)?;
    let through = next.pred_opt().unwrap_or(from);
    Ok(Period {
        from,
        through,
        days,
        base: money(base, digits),
        rate: annual,
        base_rate: rate.base,
        rate_source: rate.source,
        points: rate.points,
        points_source: rate.points_source,
        year_days,
        amount: money(amount, digits),
        confirmed: rate.confirmed,
    })
}

/// `base × days × rate / (100 × year_days)`, rounded once to `digits` decimals, half up (all
/// terms are zero or above, so half away from zero is half up).
fn part(base: Decimal, days: i64, rate: Decimal, year_days: i64, digits: u32) -> Result<Decimal, Loss> {
    Exact::of(base)
        .times(days)?
        .product(Exact::of(rate))?
        .share(100 * year_days, digits)?
        .to_decimal()
}

/// The balance as the days go by.
struct Walk<'a> {
    claim: &'a Claim,
    capitalisation_days: &'a [NaiveDate],
    principal: Decimal,
    interest: Decimal,
    costs: Decimal,
    /// Costs not yet owed (sorted by date, reversed: the next one last).
    costs_ahead: Vec<&'a super::Cost>,
    /// Payments not yet applied (sorted by date, reversed).
    payments_ahead: Vec<&'a super::Payment>,
    capitalisations: Vec<Capitalisation>,
    imputations: Vec<Imputation>,
}

impl<'a> Walk<'a> {
    fn new(claim: &'a Claim, capitalisation_days: &'a [NaiveDate]) -> Walk<'a> {
        let mut costs_ahead: Vec<_> = claim.costs.iter().collect();
        costs_ahead.sort_by_key(|c| std::cmp::Reverse(c.date));
        let mut payments_ahead: Vec<_> = claim.payments.iter().collect();
        // Stable: payments of one day keep the order they were given in.
        payments_ahead.reverse();
        payments_ahead.sort_by_key(|p| std::cmp::Reverse(p.date));
        Walk {
            claim,
            capitalisation_days,
            principal: claim.principal,
            interest: Decimal::ZERO,
            costs: Decimal::ZERO,
            costs_ahead,
            payments_ahead,
            capitalisations: Vec::new(),
            imputations: Vec::new(),
        }
    }

    /// Capitalisation, then costs, then payments, of `day` (and costs before it).
    fn events_on(&mut self, day: NaiveDate) -> Result<(), InterestError> {
        if self.capitalisation_days.contains(&day) && !self.interest.is_zero() {
            self.principal = exact::add(self.principal, self.interest)?;
            self.capitalisations.push(Capitalisation {
                date: day,
                amount: money(self.interest, self.claim.minor_units),
                principal: money(self.principal, self.claim.minor_units),
            });
            self.interest = Decimal::ZERO;
        }
        while let Some(cost) = self.costs_ahead.pop_if(|c| c.date <= day) {
            self.costs = exact::add(self.costs, cost.amount)?;
        }
        while let Some(payment) = self.payments_ahead.pop_if(|p| p.date == day) {
            let imputation = self.impute(payment.date, payment.amount)?;
            self.imputations.push(imputation);
        }
        Ok(())
    }

    /// Costs first, then interest, then principal (C. civ. 1343-1; BW 6:44).
    fn impute(&mut self, date: NaiveDate, amount: Decimal) -> Result<Imputation, InterestError> {
        let digits = self.claim.minor_units;
        let mut rest = amount;
        let mut take = |owed: &mut Decimal| -> Result<Decimal, Loss> {
            let paid = rest.min(*owed);
            *owed = exact::sub(*owed, paid)?;
            rest = exact::sub(rest, paid)?;
            Ok(money(paid, digits))
        };
        let to_costs = take(&mut self.costs)?;
        let to_interest = take(&mut self.interest)?;
        let to_principal = take(&mut self.principal)?;
        Ok(Imputation {
            date,
            amount: money(amount, digits),
            to_costs,
            to_interest,
            to_principal,
            unapplied: money(rest, digits),
        })
    }
}
