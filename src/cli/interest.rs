//! The arguments of `astreinte interest`, as clap parses them (the contract: domain.md 4.3).

use chrono::NaiveDate;
use clap::Args;
use rust_decimal::Decimal;

use super::{TableOrJson, parse_amount, parse_date};
use crate::interest::{Basis, Creditor, Payment, Regime};

/// Arguments of `astreinte interest`.
#[derive(Debug, Args)]
pub struct InterestArgs {
    /// The sum that bears interest (a decimal such as 2000 or 1250.50, at most in cents).
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount, allow_negative_numbers = true)]
    pub amount: Decimal,
    /// The first day of interest (counted).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: NaiveDate,
    /// The day of payment: the first day not counted.
    #[arg(long, value_name = "DATE", value_parser = parse_date, required_unless_present = "through", conflicts_with = "through")]
    pub until: Option<NaiveDate>,
    /// The last day of interest (counted).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub through: Option<NaiveDate>,
    /// fr-legal, nl-legal, nl-commercial, be-legal, eu-ecb or fixed.
    #[arg(long, value_name = "REGIME", value_parser = parse_regime)]
    pub regime: Regime,
    /// fr-legal from 2015: individual (a natural person not acting for professional needs) or
    /// other (CMF L313-2).
    #[arg(long, value_name = "CREDITOR", value_parser = parse_creditor)]
    pub creditor: Option<Creditor>,
    /// fr-legal: the day the decision became enforceable; the rate is majorated by 5 points
    /// from the day after the two months that follow (CMF L313-3).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub enforceable: Option<NaiveDate>,
    /// fr-legal: the juge de l'exécution waived the majoration (CMF L313-3 al. 2).
    #[arg(long)]
    pub no_majoration: bool,
    /// Capitalise the interest each year (C. civ. 1343-2, when ordered; always for nl-*).
    #[arg(long)]
    pub capitalise: bool,
    /// The day whose anniversaries are the capitalisation days (e.g. the court demand);
    /// default: the first day of interest.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub anchor: Option<NaiveDate>,
    /// Days in a year: act/365 (365 even in a leap year) or act/act.
    #[arg(long, value_name = "BASIS", default_value = "act/365", value_parser = parse_basis)]
    pub basis: Basis,
    /// A payment, DATE=AMOUNT (repeat for several): to interest first, then to the principal,
    /// which it lowers from that day.
    #[arg(long = "payment", value_name = "DATE=AMOUNT", value_parser = parse_payment)]
    pub payments: Vec<Payment>,
    /// eu-ecb: the day the decision was adopted: the ECB rate of the first day of its month.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub decided: Option<NaiveDate>,
    /// eu-ecb: a bank guarantee was accepted instead of payment (+ 1.5 points, not 3.5).
    #[arg(long)]
    pub guarantee: bool,
    /// fixed: the annual rate in percent (such as 4.5).
    #[arg(long, value_name = "PERCENT", value_parser = parse_rate, allow_negative_numbers = true)]
    pub rate: Option<Decimal>,
    /// Use rates marked UNCONFIRMED in the tables (they are marked in the output).
    #[arg(long)]
    pub allow_unconfirmed: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
    pub format: TableOrJson,
}

fn parse_regime(text: &str) -> Result<Regime, String> {
    text.parse().map_err(|e: crate::interest::UnknownRegime| e.to_string())
}

fn parse_creditor(text: &str) -> Result<Creditor, String> {
    text.parse()
}

fn parse_basis(text: &str) -> Result<Basis, String> {
    text.parse()
}

/// A rate in percent, zero or above.
fn parse_rate(text: &str) -> Result<Decimal, String> {
    let rate = crate::money::parse_decimal(text).map_err(|e| e.to_string())?;
    if rate < Decimal::ZERO {
        return Err(format!(
            "expected an annual rate of zero or above, in percent, found {text}"
        ));
    }
    Ok(rate)
}

/// `2016-01-15=500`.
fn parse_payment(text: &str) -> Result<Payment, String> {
    let (date, amount) = text.split_once('=').ok_or_else(|| {
        format!("`{text}` is not DATE=AMOUNT: write the day and the sum paid, such as 2016-01-15=500")
    })?;
    Ok(Payment {
        date: parse_date(date.trim())?,
        amount: parse_amount(amount.trim())?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payments_are_read_as_date_equals_amount() {
        let p = parse_payment("2016-01-15=500.25").unwrap();
        assert_eq!(
            (p.date.to_string(), p.amount.to_string()),
            ("2016-01-15".into(), "500.25".into())
        );
        assert!(parse_payment("2016-01-15").unwrap_err().contains("DATE=AMOUNT"));
        assert!(parse_payment("2016-01-15=-5").unwrap_err().contains("above zero"));
        assert!(parse_payment("15/01/2016=5").unwrap_err().contains("not a date"));
    }
}
