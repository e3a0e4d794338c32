//! `astreinte quick`: one penalty over one period, from command-line figures.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::accrual::{limit_error, period};
use super::{ComputeError, Reached, Run, first_day_reaching};
use crate::case::{Partial, Penalty, Per};
use crate::dates::days_between;
use crate::money::Currency;
use crate::report::QuickReport;
use crate::source::Location;

/// What `quick` is asked: a rate per unit, from a first day through a last day.
#[derive(Debug, Clone)]
pub(crate) struct QuickInput {
    pub rate: Decimal,
    pub per: Per,
    pub partial: Partial,
    pub cap: Option<Decimal>,
    pub currency: Currency,
    /// The first day counted; units are counted from it.
    pub from: NaiveDate,
    /// The last day counted.
    pub through: NaiveDate,
}

/// Counts `input` exactly as a case file with one penalty and one liquidation would be.
pub(crate) fn quick(input: &QuickInput) -> Result<QuickReport, ComputeError> {
    let here = Location {
        file: "<command line>".into(),
        line: 0,
        column: 0,
    };
    let penalty = Penalty {
        partial: input.partial,
        cap: input.cap,
        from: Some(input.from),
        ..Penalty::simple(input.rate, input.per)
    };
    let run = Run::new(&penalty, input.from, input.currency.minor_units());
    // The rate is what makes the figures: an error about them names it.
    let counted = period(std::slice::from_ref(&run), input.from, input.through, None, &here)
        .map_err(|e| e.concerning("--amount"))?;
    let units = counted.period.segments.iter().map(|s| s.units).sum();
    let cap_reached = match input.cap {
        Some(cap) => match first_day_reaching(std::slice::from_ref(&run), None, cap).map_err(|l| {
            limit_error(
                l,
                &here,
                super::Quantity::CapDay(crate::report::CapScope::Penalty(None)),
            )
        })? {
            Reached::On(day, _) if day <= input.through => Some(day),
            _ => None,
        },
        None => None,
    };
    let report = QuickReport {
        currency: input.currency,
        from: input.from,
        through: input.through,
        days: days_between(input.from, input.through),
        units,
        amount: counted.period.amount,
        rate: input.rate,
        per: input.per,
        partial: input.per.is_long().then_some(input.partial),
        cap: input.cap,
        cap_reached,
        segments: counted.period.segments,
    };
    // As for a case: a date no `YYYY-MM-DD` can write is refused before any output.
    if let Some(what) = report.date_out_of_range() {
        return Err(ComputeError::OutOfRange {
            location: here,
            field: None,
            what,
        });
    }
    Ok(report)
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn quick_example() {
        use crate::case::{Partial, Per};
        use crate::engine::{QuickInput, quick};
        use chrono::NaiveDate;
        use rust_decimal::Decimal;
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        // ACM v Apple: €5M per completed week from Mon 17 Jan 2022; by Mon 21 Feb, five weeks.
        let r = quick(&QuickInput {
            rate: Decimal::from(5_000_000),
            per: Per::Week,
            partial: Partial::Completed,
            cap: Some(Decimal::from(50_000_000)),
            currency: "EUR".parse().unwrap(),
            from: d(2022, 1, 17),
            through: d(2022, 2, 21),
        })
        .unwrap();
        assert_eq!((r.days, r.units, r.amount), (36, 5, Decimal::from(25_000_000)));
    }
}
