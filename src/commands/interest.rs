//! `astreinte interest`: legal interest on one sum, from flags.

use super::Streams;
use crate::cli::{InterestArgs, TableOrJson};
use crate::error::{Error, ExitStatus};
use crate::interest::{Claim, Terms, compute};
use crate::lang::Lang;
use crate::render::interest::{write_json, write_table};

pub(super) fn run(args: &InterestArgs, l: Lang, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let through = match (args.through, args.until) {
        (Some(t), _) => t,
        (None, Some(until)) if until <= args.from => {
            return Err(Error::Usage(format!(
                "--until {until}: the day of payment is not counted, and it is not after the first day of interest (--from {}): no day of interest is left",
                args.from
            )));
        }
        (None, Some(until)) => until.pred_opt().unwrap_or(until),
        (None, None) => return Err(Error::Usage("give --through DATE or --until DATE".into())),
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
    let report = compute(&claim, &terms).map_err(|e| Error::Usage(format!("{}: {e}", e.flag())))?;
    match args.format {
        TableOrJson::Json => write_json(&report, io.stdout)?,
        TableOrJson::Table => write_table(&report, io.stdout, l)?,
    }
    Ok(ExitStatus::Success)
}
