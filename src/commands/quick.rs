//! `astreinte quick`: one penalty over one period, from flags.

use super::Streams;
use crate::cli::{QuickArgs, TableOrJson};
use crate::engine::{QuickInput, quick};
use crate::error::{Error, ExitStatus};
use crate::lang::Lang;

pub(super) fn run(args: &QuickArgs, l: Lang, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let through = match (args.through, args.until) {
        (Some(t), _) => t,
        (None, Some(u)) => u.pred_opt().filter(|d| crate::dates::supported(*d)).ok_or_else(|| {
            Error::Usage(format!(
                "--until {u}: no day comes before it in the supported dates, {}",
                crate::dates::RANGE
            ))
        })?,
        (None, None) => return Err(Error::Usage("give --through DATE or --until DATE".into())),
    };
    if through < args.from {
        return Err(Error::Usage(format!(
            "the period ends ({through}) before it starts ({})",
            args.from
        )));
    }
    if args.partial.is_some() && !args.per.is_long() {
        return Err(Error::Usage(format!(
            "--partial applies to units longer than a day, not to `{}`",
            args.per.code()
        )));
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
    .map_err(|e| Error::Usage(e.message().to_string()))?;
    match args.format {
        TableOrJson::Json => crate::render::quick::write_json(io.stdout, &report)?,
        TableOrJson::Table => crate::render::quick::write_table(io.stdout, &report, l)?,
    }
    Ok(ExitStatus::Success)
}
