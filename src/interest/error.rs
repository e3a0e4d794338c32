//! Why interest could not be computed. Each error names what is wrong and what to give
//! instead; [`InterestError::flag`] says which command-line flag it concerns.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Regime;
use crate::money::exact::Loss;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum InterestError {
    #[error("the sum must be above zero, found {amount}")]
    PrincipalNotPositive { amount: Decimal },
    #[error("{amount} has more decimals than the currency's minor unit ({digits}): write the sum in cents at most")]
    PrincipalTooPrecise { amount: Decimal, digits: u32 },
    #[error("payment of {date}: the amount must be above zero, found {amount}")]
    PaymentNotPositive { date: NaiveDate, amount: Decimal },
    #[error("payment of {date}: {amount} has more decimals than the currency's minor unit ({digits})")]
    PaymentTooPrecise {
        date: NaiveDate,
        amount: Decimal,
        digits: u32,
    },
    #[error(
        "payment of {amount} on {date}: it is before the first day of interest ({from}); a sum paid before interest runs lowers the sum itself: give the sum net of it"
    )]
    PaymentBeforeStart {
        date: NaiveDate,
        amount: Decimal,
        from: NaiveDate,
    },
    #[error(
        "payment of {amount} on {date}: it is after the period, which ends on {through}; extend the period to the day before the payment, or leave the payment out"
    )]
    PaymentAfterEnd {
        date: NaiveDate,
        amount: Decimal,
        through: NaiveDate,
    },
    #[error("cost `{label}`: the amount must be above zero, found {amount}")]
    CostNotPositive { label: String, amount: Decimal },
    #[error("cost `{label}` of {date}: it is after the period, which ends on {through}")]
    CostAfterEnd {
        label: String,
        date: NaiveDate,
        through: NaiveDate,
    },
    #[error("the period ends ({through}) before it starts ({from})")]
    EmptyPeriod { from: NaiveDate, through: NaiveDate },
    #[error(
        "the {table} rate table covers {first} to {last}, and the period needs {needed}: no rate is known for that day (a new rate is one row in src/interest/rates/)"
    )]
    OutsideTables {
        table: &'static str,
        first: NaiveDate,
        last: NaiveDate,
        needed: NaiveDate,
    },
    #[error(
        "fr-legal has two rates from 1 January 2015 (CMF L313-2), and the period runs on {needed}: give the creditor, `individual` (a natural person not acting for professional needs) or `other`"
    )]
    CreditorMissing { needed: NaiveDate },
    #[error(
        "the {table} rate of {rate} % for {from} to {through} is not confirmed ({text}): it is refused unless you allow unconfirmed rates (--allow-unconfirmed), which marks it in the output"
    )]
    Unconfirmed {
        table: &'static str,
        from: NaiveDate,
        through: NaiveDate,
        rate: Decimal,
        text: &'static str,
    },
    #[error("{what} does not apply to {regime}: {why}")]
    NotForRegime {
        what: &'static str,
        regime: Regime,
        why: &'static str,
    },
    #[error("the fixed regime needs the annual rate, in percent (such as 4.5)")]
    RateMissing,
    #[error("the rate must be zero or above, found {rate}")]
    NegativeRate { rate: Decimal },
    #[error(
        "with a guarantee, the rate is the ECB rate of the first day of the month the decision imposing the fine was adopted (Reg. 1268/2012 art. 83(4)): give the day of the decision"
    )]
    GuaranteeWithoutDecision,
    #[error(
        "the anchor places the capitalisation days, and {regime} capitalises only when asked: ask for capitalisation too"
    )]
    AnchorWithoutCapitalisation { regime: Regime },
    #[error("{day} is outside the supported dates ({})", crate::dates::RANGE)]
    DateOutOfRange { day: &'static str },
    #[error("{}", match .0 {
        Loss::TooLarge => "the interest exceeds the largest amount held exactly (about 7.9 × 10^28)",
        Loss::Inexact => "the interest needs more digits than an amount holds exactly",
    })]
    Arithmetic(Loss),
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
            InterestError::NotForRegime { what, .. } => what,
            InterestError::RateMissing | InterestError::NegativeRate { .. } => "--rate",
            InterestError::GuaranteeWithoutDecision => "--decided",
            InterestError::AnchorWithoutCapitalisation { .. } => "--anchor",
            InterestError::DateOutOfRange { .. } => "--from/--through",
            InterestError::Arithmetic(_) => "--amount",
        }
    }
}
