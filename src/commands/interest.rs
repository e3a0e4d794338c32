//! `astreinte interest`: legal interest on one sum, from flags.

use super::Streams;
use crate::cli::{InterestArgs, TableOrJson};
use crate::error::{Error, ExitStatus, Usage};
use crate::interest::{Claim, Terms, compute};
use crate::lang::Lang;
use crate::render::interest::{write_json, write_table};

pub(super) fn run(args: &InterestArgs, l: Lang, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let through = match (args.through, args.until) {
        (Some(t), _) => t,
        (None, Some(until)) if until <= args.from => {
            return Err(Error::from(Usage::NoDayOfInterest { until, from: args.from }));
        }
        (None, Some(until)) => until.pred_opt().unwrap_or(until),
        (None, None) => return Err(Error::from(Usage::NoEnd)),
    };
    let claim = Claim {
        principal: args.amount,
        from: args.from,
        through,
        payments: args.payments.clone(),
        costs: Vec::new(),
        minor_units: 2,
    };
    let terms = Terms {
        creditor: args.creditor,
        enforceable: args.enforceable,
        majoration: !args.no_majoration,
        capitalise: args.capitalise,
        anchor: args.anchor,
        basis: args.basis,
        decided: args.decided,
        guarantee: args.guarantee,
        rate: args.rate,
        allow_unconfirmed: args.allow_unconfirmed,
        ..Terms::new(args.regime)
    };
    let report = compute(&claim, &terms).map_err(|e| Error::from(Usage::Interest(e)))?;
    match args.format {
        TableOrJson::Json => write_json(&report, io.stdout)?,
        TableOrJson::Table => write_table(&report, io.stdout, l)?,
    }
    Ok(ExitStatus::Success)
}
