//! What figure or date a computation could not hold, named so that an error can say which.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::report::CapScope;

/// A figure (or a date) of a computation: the one that left the range of exact amounts or of
/// supported dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quantity {
    /// The total of the days from `from` to `through`.
    Total {
        from: NaiveDate,
        through: NaiveDate,
    },
    /// An escalating rate, from the day of its step.
    EscalatingRate(NaiveDate),
    /// The day a cap is reached.
    CapDay(CapScope),
    /// The day the accrued amount reaches a figure.
    TargetDay(Decimal),
    /// The amount accrued by the day it reaches a figure.
    AccruedByTarget(Decimal),
    /// What a liquidation's decision comes to, over its period.
    Judgment {
        from: NaiveDate,
        through: NaiveDate,
    },
    PenaltyTotal,
    LiquidationsTotal,
    AwardedTotal,
    SuppressedTotal,
    ProjectedTotal,
    UnliquidatedTotal,
    LumpSums,
    Overall,
    /// The amount a decision suppressed.
    Suppressed,
    /// The computed amount less the suppressed.
    ComputedLessSuppressed,
    /// A share of a liquidated sum.
    Share,
    /// A date of the report.
    Date,
    /// A unit counted.
    UnitCounted,
}
