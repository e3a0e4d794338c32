//! `astreinte quick`: one penalty over one period, from flags.

use super::Streams;
use crate::cli::{QuickArgs, TableOrJson};
use crate::engine::{QuickInput, quick};
use crate::error::{Error, ExitStatus, Usage};
use crate::lang::Lang;

pub(super) fn run(args: &QuickArgs, l: Lang, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let through = match (args.through, args.until) {
        (Some(t), _) => t,
        (None, Some(u)) => u
            .pred_opt()
            .filter(|d| crate::dates::supported(*d))
            .ok_or_else(|| Error::from(Usage::NothingBefore(u)))?,
        (None, None) => return Err(Error::from(Usage::NoEnd)),
    };
    if through < args.from {
        return Err(Error::from(Usage::PeriodReversed {
            from: args.from,
            through,
        }));
    }
    if args.partial.is_some() && !args.per.is_long() {
        return Err(Error::from(Usage::PartialForShortUnit(args.per)));
    }
    let report = quick(&QuickInput {
        rate: args.amount,
        per: args.per,
        partial: args.partial.unwrap_or_default(),
        cap: args.cap,
        currency: args.currency,
        from: args.from,
        through,
    })
    // The location is the command line itself: say what went wrong without it.
    .map_err(|e| Error::from(Usage::Compute(e)))?;
    match args.format {
        TableOrJson::Json => crate::render::quick::write_json(io.stdout, &report)?,
        TableOrJson::Table => crate::render::quick::write_table(io.stdout, &report, l)?,
    }
    Ok(ExitStatus::Success)
}
