//! A checked case: the domain types the engine works on. Every value here has passed
//! validation, so the engine only has to count.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::filing::Filing;
use super::judge::{Judgment, Jurisdiction, Terms};
use super::orders::{Breach, ChangeAfter, Escalation, FirstDay, Reduction, Share};
use crate::calendar::Calendar;
use crate::money::Currency;
use crate::source::Location;
use crate::timelimit::{Counting, Distance, MonthEnd, RuleSet, TimeLimit};

/// One case: an order with its penalty, and the liquidations decided so far.
#[derive(Debug, Clone)]
pub struct Case {
    pub title: String,
    pub authority: Option<String>,
    pub reference: Option<String>,
    pub currency: Currency,
    /// How the compliance time limit is counted.
    pub rules: RuleSet,
    /// The non-working days for the extension rules.
    pub calendar: Calendar,
    pub order: Order,
    /// At least one.
    pub penalties: Vec<Penalty>,
    /// In the order written; the engine checks that they follow each other.
    pub liquidations: Vec<Liquidation>,
    /// The most all penalties of the case can come to together.
    pub cap: Option<Decimal>,
    /// Fixed sums ordered alongside the penalties.
    pub lump_sums: Vec<LumpSum>,
    /// The figures `astreinte check` compares with the computation, beyond the liquidations' own.
    pub expected: Expectations,
    /// Who receives which part of each liquidated sum (CJA L911-8); empty: the claimant, whole.
    pub shares: Vec<Share>,
    /// Where the case begins in its file.
    pub origin: Location,
    /// The case's place (1-based) in its file's `[[case]]` array; `None` for a file holding
    /// one case. Errors name keys with it: `case[3].order.comply_within`.
    pub number: Option<usize>,
    /// Whose law governs the astreintes (CPCE or CJA): which articles apply.
    pub jurisdiction: Jurisdiction,
    /// The décompte's terms (`[interest]`, `[[payment]]`, `[[cost]]`), when the case has them.
    pub balance: Option<crate::balance::Decompte>,
    /// The parties, the court, the docket, the service and who draws the statement up.
    pub filing: Filing,
}

impl Case {
    /// The path of `key` in the case file: `case[3].order.comply_within` in a batch.
    ///
    /// ```
    /// assert_eq!(astreinte::case::key_path(Some(3), "order"), "case[3].order");
    /// assert_eq!(astreinte::case::key_path(None, "order"), "order");
    /// ```
    pub fn key(&self, key: &str) -> String {
        key_path(self.number, key)
    }
}

/// The path of `key` in the `number`th case of a batch, or in a file holding one case.
pub fn key_path(number: Option<usize>, key: impl std::fmt::Display) -> String {
    match number {
        Some(n) => format!("case[{n}].{key}"),
        None => key.to_string(),
    }
}

/// The order that attached the penalty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub decided: NaiveDate,
    /// When the order was served on the party; time limits run from here when given
    /// (Cass. 2e civ., 6 Oct 2022, 21-14.996: failing a date fixed by the judge, from notification).
    pub notified: Option<NaiveDate>,
    pub due: Due,
    /// The distance extension the party benefits from (`order.distance`), if any.
    pub distance: Option<Distance>,
    /// What to do with a month end the last month lacks (`order.month_end`).
    pub month_end: MonthEnd,
    /// Where `order.comply_within` (or `order.deadline`) is written, and that key (below the
    /// case: see [`Case::key`]): a deadline
    /// that cannot be derived (a year without a calendar) is reported there. `None` for a case
    /// built in code: such an error is then reported at the case's origin, under `order`.
    pub due_at: Option<(Location, &'static str)>,
}

impl Order {
    /// The date a time limit runs from, and the name of that event.
    pub fn trigger(&self) -> (NaiveDate, &'static str) {
        match self.notified {
            Some(n) => (n, "notification"),
            None => (self.decided, "decision"),
        }
    }

    /// How the order's time limit is counted under `rules`, with the order's options.
    pub fn counting(&self, rules: RuleSet) -> Counting {
        Counting {
            rules,
            distance: self.distance,
            month_end: self.month_end,
        }
    }
}

/// When the order must be obeyed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Within a time limit from notification (or from the decision when no notification is given).
    Within(TimeLimit),
    /// By a date the order fixes: the last day to comply.
    By(NaiveDate),
}

/// The unit a penalty is counted in (Awb 5:32b al. 1: a sum at once, per unit of time or per
/// violation; CJ 1385ter for Belgium; CPCE L131-1 leaves the unit to the judge).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    /// A sum per calendar day of delay.
    Day,
    /// Seven days, counted from the first day of accrual.
    Week,
    /// Calendar months counted from the first day of accrual: unit `k` begins on the start date
    /// plus `k` months (clamped to the month's end), always added to the start date itself.
    Month,
    /// Three such months.
    Quarter,
    /// Six such months (Conseil d'État 428409: €10M per semester).
    Semester,
    /// Twelve such months.
    Year,
    /// A sum per violation found, on the violation's date (People v Trump 2024: $1,000 each).
    Violation,
}

impl Per {
    /// Every unit, in the order documented.
    pub const ALL: [Per; 7] = [
        Per::Day,
        Per::Week,
        Per::Month,
        Per::Quarter,
        Per::Semester,
        Per::Year,
        Per::Violation,
    ];

    /// The name used in case files.
    pub fn code(self) -> &'static str {
        match self {
            Per::Day => "day",
            Per::Week => "week",
            Per::Month => "month",
            Per::Quarter => "quarter",
            Per::Semester => "semester",
            Per::Year => "year",
            Per::Violation => "violation",
        }
    }

    /// Reads a unit: the English name, its plural, or the French name.
    ///
    /// ```
    /// use astreinte::case::Per;
    /// assert_eq!(Per::parse("weeks"), Some(Per::Week));
    /// assert_eq!(Per::parse("semestre"), Some(Per::Semester));
    /// assert_eq!(Per::parse("fortnight"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Per> {
        crate::fast::codes::as_written(&Per::ALL, Per::code, text).or_else(|| Per::from_words(text))
    }

    /// [`Per::parse`] by its words, whatever the case and blanks around them (the plain path
    /// of `fast::codes`).
    pub(crate) fn from_words(text: &str) -> Option<Per> {
        Some(match text.trim().to_lowercase().as_str() {
            "day" | "days" | "jour" | "jours" => Per::Day,
            "week" | "weeks" | "semaine" | "semaines" => Per::Week,
            "month" | "months" | "mois" => Per::Month,
            "quarter" | "quarters" | "trimestre" | "trimestres" => Per::Quarter,
            "semester" | "semesters" | "semestre" | "semestres" => Per::Semester,
            "year" | "years" | "an" | "ans" | "année" | "années" => Per::Year,
            "violation" | "violations" | "infraction" | "infractions" => Per::Violation,
            _ => return None,
        })
    }

    /// Whether the unit is a stretch of time longer than a day, for which `partial` matters.
    pub fn is_long(self) -> bool {
        !matches!(self, Per::Day | Per::Violation)
    }
}

/// Written as its code (`day`, `week`... `violation`), as in case files and the JSON.
impl serde::Serialize for Per {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// How a unit longer than a day counts when only part of it has run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Partial {
    /// Only completed units count; a unit is forfeited on its last day (Awb 5:33: forfeited by
    /// law as each unit elapses). The default: nothing is owed for time that has not elapsed.
    #[default]
    Completed,
    /// A started unit counts in full, forfeited on its first day.
    Started,
    /// Each day counts for its share of its unit (`rate × days ÷ days in the unit`), each
    /// share rounded to the currency's minor unit, half away from zero.
    Prorata,
}

impl Partial {
    /// The name used in case files.
    pub fn code(self) -> &'static str {
        match self {
            Partial::Completed => "completed",
            Partial::Started => "started",
            Partial::Prorata => "prorata",
        }
    }

    /// Reads `completed`, `started` or `prorata`.
    pub fn parse(text: &str) -> Option<Partial> {
        match text.trim() {
            "completed" => Some(Partial::Completed),
            "started" => Some(Partial::Started),
            "prorata" | "pro rata" | "pro-rata" => Some(Partial::Prorata),
            _ => None,
        }
    }
}

/// Written as its code (`completed`, `started`, `prorata`), as in case files and the JSON.
impl serde::Serialize for Partial {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// A new rate from a date on (CJEU C-204/21 R: €500,000 per day from 21 Apr 2023, for the
/// future only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateChange {
    pub from: NaiveDate,
    pub rate: Decimal,
}

/// Days on which the penalty does not run (a court-ordered stay, a health emergency). The
/// clock stops: units resume where they stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspension {
    pub from: NaiveDate,
    pub through: NaiveDate,
    pub reason: Option<String>,
}

/// Violations found on one date, for a penalty `per = "violation"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub date: NaiveDate,
    /// At least one.
    pub count: i64,
    pub note: Option<String>,
}

/// A periodic penalty attached to the order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Penalty {
    /// What must be done, when a case has several obligations.
    pub obligation: Option<String>,
    /// The sum per unit, positive.
    pub rate: Decimal,
    pub per: Per,
    /// For units longer than a day: how a unit that has only partly run counts.
    pub partial: Partial,
    /// The first day counted, when the order fixes it; otherwise the day after the deadline.
    pub from: Option<NaiveDate>,
    /// The first day the order was obeyed: it and the days after it do not count.
    pub complied: Option<NaiveDate>,
    /// The most this penalty can come to in all (Awb 5:32b al. 2; CJ 1385ter).
    pub cap: Option<Decimal>,
    /// Rate changes, by date, strictly increasing.
    pub changes: Vec<RateChange>,
    /// Suspensions, by date, not overlapping.
    pub suspensions: Vec<Suspension>,
    /// For `per = "violation"`: the violations, by date.
    pub violations: Vec<Violation>,
    /// A rate that rises by rule (`[penalty.escalation]`).
    pub escalation: Option<Escalation>,
    /// Rate changes once a stretch has run from the first day (`[[penalty.change]] after`), in
    /// increasing order of their stretch.
    pub changes_after: Vec<ChangeAfter>,
    /// Items brought into compliance, each lowering the rate, by date.
    pub reductions: Vec<Reduction>,
    /// The days of established breach, by date, apart; when any is given, only they count.
    pub breaches: Vec<Breach>,
    /// The multiplier of the rate (`count`: per person, per site), at least 1.
    pub count: i64,
    /// When the first day is fixed by an event (`first_day`): `from` holds its date, this the
    /// practice it follows, for the derivation.
    pub first_day: Option<FirstDay>,
    /// Its kind (provisional or definitive), the decision that ordered it and how long it runs.
    pub terms: Terms,
}

impl Penalty {
    /// A penalty of `rate` per `per` with nothing else set: no start, compliance, cap, change,
    /// suspension or violation.
    pub fn simple(rate: Decimal, per: Per) -> Self {
        Penalty {
            obligation: None,
            rate,
            per,
            partial: Partial::default(),
            from: None,
            complied: None,
            cap: None,
            changes: Vec::new(),
            suspensions: Vec::new(),
            violations: Vec::new(),
            escalation: None,
            changes_after: Vec::new(),
            reductions: Vec::new(),
            breaches: Vec::new(),
            count: 1,
            first_day: None,
            terms: Terms::default(),
        }
    }
}

/// A fixed sum ordered alongside a periodic penalty (TFEU 260(2): a lump sum and/or a penalty
/// payment; CJEU C-123/22 Commission v Hungary: €200M and €1M per day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LumpSum {
    pub amount: Decimal,
    /// The day it is owed.
    pub date: NaiveDate,
    pub reason: Option<String>,
}

/// A decision liquidating the penalty over a period.
///
/// Liquidations follow each other in the order of their periods, each day at most once: a
/// period that ends before it starts or overlaps an earlier one is refused when the file is
/// read; one that ends before the first day of delay or after the as-of date, when the case is
/// computed. A liquidation without `decided`, or decided after the as-of date, was not
/// pronounced as of that date: its figure is a projection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Liquidation {
    /// The date of the liquidating decision (CPCE L131-3), if pronounced.
    pub decided: Option<NaiveDate>,
    /// The day the liquidating decision was served (`served`), if written: interest and
    /// limitation may run from it, and a service on a Sunday or holiday is noted (CPC art. 664).
    pub served: Option<NaiveDate>,
    /// The first day of the period; when absent, the first day not yet liquidated.
    pub from: Option<NaiveDate>,
    /// The last day of the period, counted (`until` in the file is the day after this).
    pub through: NaiveDate,
    /// What the decision ordered, when it moderated the computed amount (CPCE L131-4).
    pub awarded: Option<Decimal>,
    /// The figure the case file expects the computation to give, for `astreinte check`.
    pub expected: Option<Decimal>,
    /// The number of days of delay the case file expects in the period, for `astreinte check`.
    pub expected_days: Option<i64>,
    /// The number of whole units (days, weeks..., violations) the case file expects in the
    /// period, for `astreinte check`.
    pub expected_units: Option<i64>,
    /// Where the liquidation is written, for errors found while computing.
    pub location: Location,
    /// Where its end (`through`, or `until`) is written: a period ending before the first day
    /// of delay or after the as-of date is refused there.
    pub through_location: Location,
    /// The rate applied and the days suppressed by the decision, if any.
    pub judgment: Judgment,
}

/// The `[expected]` table: figures of the whole case that `astreinte check` verifies.
///
/// The accrued figures depend on the date they are computed at, so a case that expects them
/// also fixes that date (`as_of`): the check then gives the same answer on any day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expectations {
    /// The date the case is computed at by `astreinte check`, instead of `--as-of` or today.
    pub as_of: Option<NaiveDate>,
    /// The last day to comply.
    pub deadline: Option<NaiveDate>,
    /// The first day any penalty counts.
    pub accrual_start: Option<NaiveDate>,
    /// The amount run and not yet liquidated, as of `as_of`.
    pub accrued: Option<Decimal>,
    /// The days of delay run and not yet liquidated, as of `as_of`.
    pub accrued_days: Option<i64>,
    /// Everything not yet liquidated as of `as_of`: the gaps between liquidations and the
    /// accrued period (`totals.unliquidated`).
    pub unliquidated: Option<Decimal>,
    /// The case's overall computed total as of `as_of` (`totals.overall`).
    pub total: Option<Decimal>,
    /// The day the cap is reached: the case's cap, or the one penalty's that has a cap.
    pub cap_reached: Option<NaiveDate>,
    /// `(amount, on)`: the first day the case's accrued total reaches `amount` (as
    /// `astreinte when --reaches` finds it).
    pub reaches: Vec<(Decimal, NaiveDate)>,
    /// What the pronounced liquidations ordered (`totals.awarded`), as of `as_of`.
    pub awarded: Option<Decimal>,
    /// What the pronounced liquidations suppressed (`totals.suppressed`), as of `as_of`.
    pub suppressed: Option<Decimal>,
    /// The balance due on `as_of` (`balance.due`).
    pub balance_due: Option<Decimal>,
    /// The interest accrued by `as_of` (`balance.interest`).
    pub balance_interest: Option<Decimal>,
}

impl Expectations {
    /// Whether the table expects anything at all (`as_of` alone expects nothing).
    pub fn is_empty(&self) -> bool {
        self.deadline.is_none()
            && self.accrual_start.is_none()
            && self.accrued.is_none()
            && self.accrued_days.is_none()
            && self.unliquidated.is_none()
            && self.total.is_none()
            && self.cap_reached.is_none()
            && self.reaches.is_empty()
            && self.awarded.is_none()
            && self.suppressed.is_none()
            && self.balance_due.is_none()
            && self.balance_interest.is_none()
    }
}
