//! The one result type: what the engine found for a case, ready for any renderer.
//!
//! Amounts are exact decimals (serialized as strings, as rust_decimal writes them), dates are
//! dates (`YYYY-MM-DD`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

mod balance;
mod judge;

pub use balance::{
    BalanceOutstanding, BalanceReport, CostLine, LimitationRule, PaymentLine, PaymentPart, SumBalance, SumLimitation,
};
pub use judge::{Article, Ground, Rule, Ruling, SuppressionReport};

use crate::calendar::CalendarId;
use crate::case::filing::Filing;
use crate::case::{Kind, Partial, Per};
use crate::engine::Quantity;
use crate::money::Currency;
use crate::source::Location;
use crate::timelimit::{RuleSet, Step};

/// Everything computed for one case.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct CaseReport {
    pub title: String,
    pub authority: Option<String>,
    pub reference: Option<String>,
    /// Where the case is written.
    pub source: Location,
    #[serde(serialize_with = "code")]
    pub currency: Currency,
    /// The rule set the deadline was derived under (serialized as its code, `fr-cpc`).
    pub rules: RuleSet,
    /// The holiday calendar used (serialized as its code, `FR`).
    pub calendar: CalendarId,
    /// The last day to comply.
    #[serde(serialize_with = "crate::dates::iso")]
    pub deadline: NaiveDate,
    /// How the deadline and the first day of delay were derived, step by step.
    pub derivation: Vec<Step>,
    /// The first day any penalty counts.
    #[serde(serialize_with = "crate::dates::iso")]
    pub accrual_start: NaiveDate,
    /// Each penalty as it runs.
    pub penalties: Vec<PenaltyReport>,
    /// Each liquidation, in order.
    pub liquidations: Vec<LiquidationReport>,
    /// Days of delay before the first liquidation's period or between two liquidations' periods
    /// (an explicit `from` after the first day not yet liquidated), that no liquidation covers:
    /// not yet liquidated, in date order. Only stretches that count something are listed.
    pub gaps: Vec<Period>,
    /// What has run after the last liquidation's period and is not yet liquidated, as of
    /// `as_of`.
    pub accrued: Period,
    pub totals: Totals,
    /// The date the accrued amount is computed at.
    #[serde(serialize_with = "crate::dates::iso")]
    pub as_of: NaiveDate,
    /// Observations a reader should not miss (gaps between liquidations, days after compliance).
    pub notes: Vec<Note>,
    /// The most all penalties together can come to, if the case sets one.
    pub cap: Option<Decimal>,
    /// The day the case's cap was reached, if it was by `as_of`: nothing accrues after it.
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub cap_reached: Option<NaiveDate>,
    /// Fixed sums ordered alongside the penalties.
    pub lump_sums: Vec<LumpSumReport>,
    /// Who receives which part of the liquidated sums (`[[share]]`, CJA L911-8), with each
    /// one's total over the liquidations; empty when the file gives no share.
    pub shares: Vec<ShareReport>,
    /// The décompte on `as_of` (`[interest]`, `[[payment]]`, `[[cost]]`): the liquidated sums
    /// with their interest, the costs, the payments and the balance due; `null` when the case
    /// has no `[interest]` table.
    pub balance: Option<BalanceReport>,
    /// The parties, the court, the docket, the service and who draws the statement up: keys
    /// written only when the file gives them (`court`, `docket`, `parties`, `order_served`,
    /// `drawn_up`).
    #[serde(flatten)]
    pub filing: Filing,
}

impl CaseReport {
    /// The gap just before liquidation `number` (1-based): the days of delay after the one
    /// before it (or from the first day of delay) that its period leaves out, if any count.
    pub fn gap_before(&self, number: usize) -> Option<&Period> {
        let index = number.checked_sub(1)?;
        let this = self.liquidations.get(index)?;
        let previous = index.checked_sub(1).and_then(|i| self.liquidations.get(i));
        self.gaps.iter().find(|g| {
            g.through.is_some_and(|t| t < this.from) && previous.is_none_or(|p| g.from.is_some_and(|f| f > p.through))
        })
    }

    /// Whether any liquidation is only projected as of `as_of`.
    pub fn has_projections(&self) -> bool {
        self.liquidations.iter().any(|q| q.status == Status::Projected)
    }

    /// The first date of the report outside the supported range ([`crate::dates::RANGE`]):
    /// the key of the case it comes from, and what it is (`a unit counted`...); `None` when
    /// every date can be written `YYYY-MM-DD`. The engine refuses a report that has one: no
    /// output may show a year of five digits or a sign.
    pub fn date_out_of_range(&self) -> Option<(String, Quantity)> {
        const DATE: Quantity = Quantity::Date;
        const UNIT: Quantity = Quantity::UnitCounted;
        // The keys are written only for the date found: most reports have none.
        let several = self.penalties.len() > 1;
        let penalty = |i: usize| {
            if several {
                format!("penalty[{}]", i + 1)
            } else {
                "penalty".into()
            }
        };
        if outside(
            [self.deadline, self.accrual_start, self.as_of]
                .into_iter()
                .chain(self.derivation.iter().map(|s| s.date)),
        ) {
            return Some(("order".into(), DATE));
        }
        let penalty_outside = self.penalties.iter().position(|p| {
            outside(
                [p.from]
                    .into_iter()
                    .chain(p.complied)
                    .chain(p.cap_reached)
                    .chain(p.decided)
                    .chain(p.through)
                    .chain(p.changes.iter().map(|c| c.from))
                    .chain(suspension_dates(&p.suspensions)),
            )
        });
        if let Some(i) = penalty_outside {
            return Some((penalty(i), DATE));
        }
        for l in &self.liquidations {
            let key = || format!("liquidation[{}]", l.number);
            if outside(
                l.decided
                    .into_iter()
                    .chain([l.from, l.through])
                    .chain(suspension_dates(&l.suspensions))
                    .chain(l.ruling.suppressions.iter().flat_map(|s| [s.from, s.through])),
            ) {
                return Some((key(), DATE));
            }
            if outside(segment_dates(&l.segments))
                || outside(l.ruling.suppressions.iter().flat_map(|s| segment_dates(&s.segments)))
            {
                return Some((key(), UNIT));
            }
        }
        // The period up to `as_of` is the penalty's: its unit is what runs on.
        let a = &self.accrued;
        if let Some(s) = a
            .segments
            .iter()
            .find(|s| outside(segment_dates(std::slice::from_ref(s))))
        {
            // Each segment is a penalty's, and carries its obligation.
            #[allow(clippy::expect_used, reason = "each segment is a penalty's")]
            let i = self
                .penalties
                .iter()
                .position(|p| p.obligation.as_ref() == s.obligation.as_ref())
                .expect("a segment's obligation is one of the penalties'");
            return Some((penalty(i), UNIT));
        }
        if outside(
            a.from
                .into_iter()
                .chain(a.through)
                .chain(suspension_dates(&a.suspensions)),
        ) {
            return Some(("penalty".into(), DATE));
        }
        if outside(self.cap_reached) {
            return Some(("cap".into(), DATE));
        }
        if let Some(i) = self.lump_sums.iter().position(|l| outside([l.date])) {
            return Some((format!("lump_sum[{}]", i + 1), DATE));
        }
        if outside(self.notes.iter().flat_map(Note::dates)) {
            return Some(("penalty".into(), DATE));
        }
        None
    }
}

/// Whether any of `dates` is outside the supported range ([`crate::dates::RANGE`]).
fn outside(dates: impl IntoIterator<Item = NaiveDate>) -> bool {
    dates.into_iter().any(|d| !crate::dates::supported(d))
}

/// Every date of `segments`.
fn segment_dates(segments: &[Segment]) -> impl Iterator<Item = NaiveDate> + '_ {
    segments.iter().flat_map(|s| [s.from, s.through, s.forfeited])
}

/// Every date of `suspensions`.
fn suspension_dates(suspensions: &[SuspensionSpan]) -> impl Iterator<Item = NaiveDate> + '_ {
    suspensions.iter().flat_map(|s| [s.from, s.through])
}

impl QuickReport {
    /// What in the report has a date outside the supported range (`a unit counted`...); see
    /// [`CaseReport::date_out_of_range`].
    pub(crate) fn date_out_of_range(&self) -> Option<Quantity> {
        let outside = |d: NaiveDate| !crate::dates::supported(d);
        if [self.from, self.through]
            .into_iter()
            .chain(self.cap_reached)
            .any(outside)
        {
            Some(Quantity::Date)
        } else {
            segment_dates(&self.segments)
                .any(outside)
                .then_some(Quantity::UnitCounted)
        }
    }
}

/// A fixed sum ordered alongside the penalties.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct LumpSumReport {
    #[serde(serialize_with = "crate::dates::iso")]
    pub date: NaiveDate,
    pub amount: Decimal,
    pub reason: Option<String>,
}

/// A penalty as the engine applied it.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct PenaltyReport {
    pub obligation: Option<String>,
    pub rate: Decimal,
    /// The unit (serialized as its code: `day`, `week`... `violation`).
    pub per: Per,
    /// The first day counted.
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    /// The first day the order was obeyed (not counted), if it was.
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub complied: Option<NaiveDate>,
    /// For units longer than a day: `completed`, `started` or `prorata`; `null` otherwise.
    pub partial: Option<Partial>,
    /// The most this penalty can come to, if capped.
    pub cap: Option<Decimal>,
    /// The day the cap was reached, if it was by the end of the last period computed.
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub cap_reached: Option<NaiveDate>,
    /// Rate changes, in date order.
    pub changes: Vec<RateChangeReport>,
    /// Suspensions, in date order, with the days each removes.
    pub suspensions: Vec<SuspensionSpan>,
    /// What this penalty has come to over every period computed (liquidated and not).
    pub total: Decimal,
    /// `provisional` or `definitive` (CPCE L131-2; CJA L911-6).
    pub kind: Kind,
    /// The article that makes it of its kind.
    pub kind_article: Article,
    /// The date of the decision that ordered it, when not the case's order (a new astreinte
    /// after a liquidation).
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub decided: Option<NaiveDate>,
    /// The last day it runs, when the judge set its duration (`through`, or `duration` from
    /// its first day).
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub through: Option<NaiveDate>,
    /// The multiplier of the rate (`count`: per person, per site); 1 when not written. The
    /// segments' `rate` is the rate for all of them.
    pub count: i64,
    /// The escalation of the rate, with the steps taken by `as_of`, if the order sets one.
    pub escalation: Option<EscalationReport>,
    /// The items brought into compliance, by date, each with the first unit it lowered.
    pub reductions: Vec<ReductionReport>,
    /// The periods of established breach, with the days of delay each counts by `as_of`;
    /// empty when every day of delay counts.
    pub breaches: Vec<BreachReport>,
    /// The event that fixed its first day (`first_day`), with the practice it follows; only
    /// the human formats show it (the JSON has the first day itself, `from`, and the
    /// derivation's source).
    #[serde(skip)]
    pub first_day: Option<crate::case::FirstDay>,
}

/// `[penalty.escalation]` as applied: the rule, and each step taken by `as_of`.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct EscalationReport {
    /// The rate is multiplied by it at each step (or `null`).
    pub factor: Option<Decimal>,
    /// The rate is raised by it at each step (or `null`).
    pub add: Option<Decimal>,
    /// How often: `"1 day"`, `"30 days"`, `"1 month"`.
    pub every: String,
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub until: Option<NaiveDate>,
    pub max_rate: Option<Decimal>,
    /// The steps that took effect by `as_of`, in order.
    pub steps: Vec<EscalationStep>,
}

/// One step of an escalation: from `from`, the rate per unit is `rate` (before `count`).
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct EscalationStep {
    /// 1 for the first rise.
    pub step: u32,
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    pub rate: Decimal,
}

/// An item brought into compliance and what it took off the rate.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct ReductionReport {
    #[serde(serialize_with = "crate::dates::iso")]
    pub date: NaiveDate,
    pub item: Option<String>,
    /// What it takes off the rate per unit (before `count`).
    pub amount: Decimal,
    /// The share of the rate it was written as (`"1/214"`), if it was.
    pub share: Option<String>,
    /// The first unit counted at the lowered rate: for a penalty per unit of time, the unit
    /// ending on or after `date` (its amount is fixed at its end); for one per day, the day
    /// after `date`.
    #[serde(serialize_with = "crate::dates::iso")]
    pub lowers_from: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    pub lowers_through: NaiveDate,
}

/// A period of established breach and the days of delay it counts.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct BreachReport {
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    pub through: NaiveDate,
    /// The days of it that count by `as_of`: on or after the first day, not suspended.
    pub days: i64,
}

/// One `[[share]]` and what it receives over every liquidation.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct ShareReport {
    pub to: String,
    /// Its part of each liquidated sum (`"1/2"`), if it has one.
    pub part: Option<String>,
    /// The fixed sum it takes of each liquidated sum, if it has one.
    pub amount: Option<Decimal>,
    /// Whether it takes what the other shares leave, rounding included.
    pub rest: bool,
    /// What it receives from every liquidation together.
    pub total: Decimal,
}

/// What one share receives of one liquidation.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct LiquidationShare {
    pub to: String,
    pub amount: Decimal,
}

/// A new rate from a date on.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct RateChangeReport {
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    pub rate: Decimal,
    /// For a change written `after = "30 days"`: that stretch (`from` is the day it ends on);
    /// `null` for a change written with its date.
    pub after: Option<String>,
}

/// Days on which a penalty does not run, within some period.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct SuspensionSpan {
    pub obligation: Option<String>,
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    pub through: NaiveDate,
    /// Days removed (only those on which the penalty would otherwise have run).
    pub days: i64,
    pub reason: Option<String>,
}

/// A liquidation: the period, the days counted in it and what they come to.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct LiquidationReport {
    /// 1-based, in the order written.
    pub number: usize,
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub decided: Option<NaiveDate>,
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    pub through: NaiveDate,
    /// Days of delay counted in the period (a day counts once however many penalties run on it).
    pub days: i64,
    /// The computed amount: the sum of the segments.
    pub amount: Decimal,
    /// What the decision ordered, if it differs from the computation (moderation).
    pub awarded: Option<Decimal>,
    /// Whether the liquidation was pronounced by `as_of`, or is only a projection.
    pub status: Status,
    /// The figure the case file expects.
    pub expected: Option<Decimal>,
    pub segments: Vec<Segment>,
    /// Suspended days inside the period, deducted from `days`.
    pub suspensions: Vec<SuspensionSpan>,
    /// What the case's cap removed from the sum of the segments (`amount` is after it).
    pub case_cap_cut: Decimal,
    /// What each `[[share]]` receives of what is owed under this liquidation (the awarded
    /// amount of a pronounced one, the computed amount otherwise); they add up to it exactly.
    pub shares: Vec<LiquidationShare>,
    /// The rates ordered and awarded, the days suppressed, whether the figure was moderated
    /// and the articles behind them (written among the liquidation's own keys).
    #[serde(flatten)]
    pub ruling: Ruling,
}

impl LiquidationReport {
    /// What is owed under this liquidation: the awarded amount when a pronounced decision gives
    /// one, the computed amount otherwise (a projection has nothing awarded yet).
    pub fn owed(&self) -> Decimal {
        match (self.status, self.awarded) {
            (Status::Pronounced, Some(awarded)) => awarded,
            _ => self.amount,
        }
    }
}

/// Whether a liquidation was pronounced as of the report's date (JSON `status`).
///
/// Only a decision liquidates (CPCE L131-3): a liquidation without a `decided` date, or
/// decided after `as_of`, had not been pronounced as of `as_of`, so its computed figure is a
/// projection and is never shown as awarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Status {
    /// Decided on or before `as_of`.
    Pronounced,
    /// Without a decision date, or decided after `as_of`.
    Projected,
}

impl Status {
    /// The status of a liquidation `decided` on that date (if it was), as of `as_of`.
    pub fn of(decided: Option<NaiveDate>, as_of: NaiveDate) -> Self {
        match decided {
            Some(d) if d <= as_of => Status::Pronounced,
            _ => Status::Projected,
        }
    }

    /// The JSON code: `pronounced` or `projected`.
    pub fn code(self) -> &'static str {
        match self {
            Status::Pronounced => "pronounced",
            Status::Projected => "projected",
        }
    }
}

/// A stretch of units at one rate for one penalty: the unit of every total.
///
/// For a daily penalty `from`..`through` are the days counted. For a longer unit they are the
/// days of the units counted (which may begin before the period when a unit is attributed to
/// the period holding its last day), and for a violation the date it was found.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Segment {
    pub obligation: Option<String>,
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    pub through: NaiveDate,
    /// Days run inside the segment, suspended days excluded (0 for violations).
    pub days: i64,
    pub rate: Decimal,
    /// The unit (serialized as its code: `day`, `week`... `violation`).
    pub per: Per,
    /// `units × rate`, or the prorata share, less what a cap removed.
    pub amount: Decimal,
    /// Whole units counted: days for `per = "day"`, violations for `per = "violation"`; 0 for
    /// a prorata fraction of a unit.
    pub units: i64,
    /// A prorata fraction of one unit: `days` of a unit of `of` days.
    pub fraction: Option<Fraction>,
    /// The day the segment's sum was forfeited: the last unit's last day (`completed`), first
    /// day (`started`), the last day (day, prorata), or the violation's date.
    #[serde(serialize_with = "crate::dates::iso")]
    pub forfeited: NaiveDate,
    /// What the penalty's cap removed from this segment.
    pub capped: Decimal,
}

/// Part of one unit, counted by days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Fraction {
    pub days: i64,
    pub of: i64,
}

/// A period of accrual outside any liquidation.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Period {
    /// The first day counted, if any day is.
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub from: Option<NaiveDate>,
    /// The last day counted, if any day is.
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub through: Option<NaiveDate>,
    pub days: i64,
    pub amount: Decimal,
    pub segments: Vec<Segment>,
    /// Suspended days inside the period, deducted from `days`.
    pub suspensions: Vec<SuspensionSpan>,
    /// What the case's cap removed from the sum of the segments (`amount` is after it).
    pub case_cap_cut: Decimal,
}

impl Period {
    /// A period in which nothing is counted.
    pub fn empty() -> Self {
        Period {
            from: None,
            through: None,
            days: 0,
            amount: Decimal::ZERO,
            segments: Vec::new(),
            suspensions: Vec::new(),
            case_cap_cut: Decimal::ZERO,
        }
    }
}

/// Sums over the case.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Totals {
    /// The computed amounts of all liquidations.
    pub liquidated: Decimal,
    /// What the pronounced liquidations ordered (awarded where given, computed otherwise);
    /// projected liquidations are not in it.
    pub awarded: Decimal,
    /// The computed amounts of the projected liquidations (not pronounced as of `as_of`).
    pub projected: Decimal,
    /// Accrued and not yet liquidated, as of `as_of`: the gaps and the accrued period.
    pub unliquidated: Decimal,
    /// The lump sums owed by `as_of`.
    pub lump_sums: Decimal,
    /// Computed: `liquidated + unliquidated + lump_sums`.
    pub overall: Decimal,
    /// Owed after moderation: `awarded + projected + unliquidated + lump_sums`, each day once.
    pub owed: Decimal,
    /// What the pronounced liquidations suppressed for a cause étrangère (part of
    /// `liquidated`, not of `awarded`).
    pub suppressed: Decimal,
    /// Per obligation (one entry per penalty, in the order written), before the case's cap.
    pub by_obligation: Vec<ObligationTotal>,
}

/// What one penalty has come to.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct ObligationTotal {
    pub obligation: Option<String>,
    /// In the liquidations (computed, before moderation, which applies to a liquidation whole).
    pub liquidated: Decimal,
    /// Accrued and not yet liquidated (the gaps and the accrued period).
    pub unliquidated: Decimal,
    pub total: Decimal,
}

/// `astreinte quick`: one penalty over one period.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct QuickReport {
    #[serde(serialize_with = "code")]
    pub currency: Currency,
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    pub through: NaiveDate,
    /// Days in the period.
    pub days: i64,
    /// Whole units counted.
    pub units: i64,
    pub amount: Decimal,
    pub rate: Decimal,
    pub per: Per,
    /// For units longer than a day, how a part of one counts; `null` otherwise.
    pub partial: Option<Partial>,
    pub cap: Option<Decimal>,
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub cap_reached: Option<NaiveDate>,
    pub segments: Vec<Segment>,
}

/// `astreinte when`: the first day a case's accrued amount reaches a figure, or why it never
/// does. Facts only: the renderer words `never` (see `render::when`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Reach {
    pub title: String,
    pub currency: Currency,
    /// The figure asked about.
    pub reaches: Decimal,
    /// The first day on which the amount accrued since the first day of delay (liquidated or
    /// not, before moderation, lump sums excluded) is at least `reaches`; `None` if never.
    pub date: Option<NaiveDate>,
    /// The amount accrued on `date`, or the most it ever comes to.
    pub amount: Decimal,
    /// Why it never does (a cap, compliance, or the end of the supported range); `None` when
    /// it does.
    pub never: Option<Stop>,
}

/// Why an amount stops growing short of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stop {
    /// A cap (the case's or every penalty's) holds it.
    Cap,
    /// Every penalty ends (compliance, or the last violation) before it gets there.
    End,
    /// It still grows, but does not get there by the last supported date
    /// ([`crate::dates::LAST`]), the latest day searched.
    Horizon,
}

fn code<S: Serializer>(currency: &Currency, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(currency.code())
}

/// Something a reader of a case should not miss, found while computing it: facts only. Worded
/// by each language's catalogue ([`crate::lang::Message::Note`]); serialized as its English
/// sentence (the `notes` strings of the JSON), by the English catalogue (`lang/en.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Note {
    /// Days of delay before liquidation `before` that no liquidation covers (between
    /// liquidation `after` and it, or before the first when `after` is `None`): still to be
    /// liquidated, and counted as not yet liquidated.
    Gap {
        from: NaiveDate,
        through: NaiveDate,
        after: Option<usize>,
        before: usize,
    },
    /// A liquidation whose period holds no day of delay.
    NothingCounted {
        number: usize,
        from: NaiveDate,
        through: NaiveDate,
    },
    /// A cap reached on `on`: nothing accrues after it.
    CapReached {
        scope: CapScope,
        cap: Decimal,
        currency: Currency,
        on: NaiveDate,
    },
    /// A cap that will be reached on `on` if the order is still not obeyed.
    CapAhead {
        scope: CapScope,
        cap: Decimal,
        currency: Currency,
        on: NaiveDate,
    },
    /// A Dutch dwangsom without the maximum Awb 5:32b al. 2 requires.
    NoMaximum { obligation: Option<String> },
    /// Violations dated before the penalty's first day, not counted.
    EarlyViolations {
        obligation: Option<String>,
        count: i128,
        first_day: NaiveDate,
    },
    /// A unit longer than a day counted in liquidation `number` although it began on
    /// `unit_from`, before the liquidation's period (`period_from`): a unit is counted in the
    /// period where it is forfeited (a completed unit on its last day), so the two periods
    /// seem to share a day.
    UnitBeforePeriod {
        number: usize,
        per: Per,
        unit_from: NaiveDate,
        period_from: NaiveDate,
    },
    /// A service dated on a Sunday, a public holiday or a day the case's calendar closes: in
    /// French civil procedure no service (*signification*) may be made on such a day without
    /// the judge's leave (CPC art. 664), so the reader should check that leave was given.
    ServedOnRestDay {
        served: Served,
        date: NaiveDate,
        day: crate::calendar::NonWorking,
    },
}

/// Which service of the case a note speaks of.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Served {
    /// The order's notification (`order.notified`), from which its time limit runs.
    Notification,
    /// The order's service where it differs from its notification (`order.served`).
    Order,
    /// The order's service on one party (`party[N].served`), named.
    Party(String),
    /// The service of liquidation `number`'s decision (`liquidation[N].served`).
    Liquidation(usize),
}

/// Whose cap a note speaks of.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CapScope {
    /// One penalty's (named when the case has several obligations).
    Penalty(Option<String>),
    /// The whole case's.
    Case,
}

impl Note {
    /// The dates the note states.
    fn dates(&self) -> impl Iterator<Item = NaiveDate> {
        let (first, second) = match self {
            Note::Gap { from, through, .. } | Note::NothingCounted { from, through, .. } => {
                (Some(*from), Some(*through))
            }
            Note::CapReached { on, .. } | Note::CapAhead { on, .. } => (Some(*on), None),
            Note::EarlyViolations { first_day, .. } => (Some(*first_day), None),
            Note::UnitBeforePeriod {
                unit_from, period_from, ..
            } => (Some(*unit_from), Some(*period_from)),
            Note::NoMaximum { .. } => (None, None),
            Note::ServedOnRestDay { date, .. } => (Some(*date), None),
        };
        first.into_iter().chain(second)
    }
}
