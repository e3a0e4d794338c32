//! A checked case: the domain types the engine works on. Every value here has passed
//! validation, so the engine only has to count.

use chrono::NaiveDate;
use rust_decimal::Decimal;

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
    /// The figures `astreinte check` compares with the computation, beyond the liquidations' own.
    pub expected: Expectations,
    /// Where the case begins in its file.
    pub origin: Location,
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

/// The unit a penalty is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    /// A sum per calendar day of delay.
    Day,
}

impl Per {
    /// The name used in case files.
    pub fn code(self) -> &'static str {
        match self {
            Per::Day => "day",
        }
    }
}

/// A periodic penalty attached to the order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Penalty {
    /// What must be done, when a case has several obligations.
    pub obligation: Option<String>,
    /// The sum per unit, positive.
    pub rate: Decimal,
    pub per: Per,
    /// The first day counted, when the order fixes it; otherwise the day after the deadline.
    pub from: Option<NaiveDate>,
    /// The first day the order was obeyed: it and the days after it do not count.
    pub complied: Option<NaiveDate>,
}

/// A decision liquidating the penalty over a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Liquidation {
    pub decided: Option<NaiveDate>,
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
    /// Where the liquidation is written, for errors found while computing.
    pub location: Location,
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
}

impl Expectations {
    /// Whether the table expects anything at all (`as_of` alone expects nothing).
    pub fn is_empty(&self) -> bool {
        self.deadline.is_none() && self.accrual_start.is_none() && self.accrued.is_none() && self.accrued_days.is_none()
    }
}
