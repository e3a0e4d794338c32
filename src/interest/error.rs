//! Why interest could not be computed. Each error names what is wrong and what to give
//! instead; [`InterestError::flag`] says which command-line flag it concerns.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Regime;
use crate::money::exact::Loss;

/// Why interest could not be computed, as facts each language words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InterestError {
    PrincipalNotPositive {
        amount: Decimal,
    },
    PrincipalTooPrecise {
        amount: Decimal,
        digits: u32,
    },
    PaymentNotPositive {
        date: NaiveDate,
        amount: Decimal,
    },
    PaymentTooPrecise {
        date: NaiveDate,
        amount: Decimal,
        digits: u32,
    },
    PaymentBeforeStart {
        date: NaiveDate,
        amount: Decimal,
        from: NaiveDate,
    },
    PaymentAfterEnd {
        date: NaiveDate,
        amount: Decimal,
        through: NaiveDate,
    },
    CostNotPositive {
        label: String,
        amount: Decimal,
    },
    CostAfterEnd {
        label: String,
        date: NaiveDate,
        through: NaiveDate,
    },
    EmptyPeriod {
        from: NaiveDate,
        through: NaiveDate,
    },
    /// A day the rate table `table` (`first` to `last`) does not cover.
    OutsideTables {
        table: &'static str,
        first: NaiveDate,
        last: NaiveDate,
        needed: NaiveDate,
    },
    CreditorMissing {
        needed: NaiveDate,
    },
    /// A rate marked unconfirmed (`text`: its source), not allowed.
    Unconfirmed {
        table: &'static str,
        from: NaiveDate,
        through: NaiveDate,
        rate: Decimal,
        text: &'static str,
    },
    /// An option the regime does not use.
    NotForRegime {
        option: RegimeOption,
        regime: Regime,
    },
    RateMissing,
    NegativeRate {
        rate: Decimal,
    },
    GuaranteeWithoutDecision,
    AnchorWithoutCapitalisation {
        regime: Regime,
    },
    /// A day of the computation outside the supported dates.
    DateOutOfRange {
        day: InterestDay,
    },
    Arithmetic(Loss),
}

/// In English.
impl std::fmt::Display for InterestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::lang::{Lang, Message, message::Fault};
        f.write_str(&Lang::En.say(&Message::Fault(Fault::Interest(self))))
    }
}

/// An option of an interest computation that only some regimes use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegimeOption {
    /// The creditor decides the rate under fr-legal only (CMF L313-2).
    Creditor,
    /// The majoration of CMF L313-3 is French.
    Enforceable,
    NoMajoration,
    /// The day of the decision fixes the ECB rate of eu-ecb only.
    Decided,
    /// A guarantee lowers the points of eu-ecb only (Reg. 1268/2012 art. 83(4)).
    Guarantee,
    /// Reg. 1268/2012 art. 83 provides simple interest.
    Capitalise,
    Anchor,
    /// The rate comes from the regime's table but for the fixed regime.
    Rate,
}

impl RegimeOption {
    /// The command-line flag that gives it.
    pub fn flag(self) -> &'static str {
        match self {
            RegimeOption::Creditor => "--creditor",
            RegimeOption::Enforceable => "--enforceable",
            RegimeOption::NoMajoration => "--no-majoration",
            RegimeOption::Decided => "--decided",
            RegimeOption::Guarantee => "--guarantee",
            RegimeOption::Capitalise => "--capitalise",
            RegimeOption::Anchor => "--anchor",
            RegimeOption::Rate => "--rate",
        }
    }
}

/// A day of an interest computation that may fall outside the supported dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InterestDay {
    DayAfterLast,
    DayOfInterest,
    /// The first day of the month of the deadline (eu-ecb's reference day).
    FirstOfDeadlineMonth,
}

impl From<Loss> for InterestError {
    fn from(loss: Loss) -> Self {
        InterestError::Arithmetic(loss)
    }
}

impl InterestError {
    /// The command-line flag the error concerns, to locate it.
    pub(crate) fn flag(&self) -> &'static str {
        match self {
            InterestError::PrincipalNotPositive { .. } | InterestError::PrincipalTooPrecise { .. } => "--amount",
            InterestError::PaymentNotPositive { .. }
            | InterestError::PaymentTooPrecise { .. }
            | InterestError::PaymentBeforeStart { .. }
            | InterestError::PaymentAfterEnd { .. } => "--payment",
            InterestError::CostNotPositive { .. } | InterestError::CostAfterEnd { .. } => "cost",
            InterestError::EmptyPeriod { .. } => "--from/--through",
            InterestError::OutsideTables { .. } => "--from/--through",
            InterestError::CreditorMissing { .. } => "--creditor",
            InterestError::Unconfirmed { .. } => "--allow-unconfirmed",
            InterestError::NotForRegime { option, .. } => option.flag(),
            InterestError::RateMissing | InterestError::NegativeRate { .. } => "--rate",
            InterestError::GuaranteeWithoutDecision => "--decided",
            InterestError::AnchorWithoutCapitalisation { .. } => "--anchor",
            InterestError::DateOutOfRange { .. } => "--from/--through",
            InterestError::Arithmetic(_) => "--amount",
        }
    }
}
