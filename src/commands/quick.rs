//! `astreinte quick`: one penalty over one period, from flags.

use super::Streams;
use crate::cli::{QuickArgs, TableOrJson};
use crate::engine::{QuickInput, quick};
use crate::error::{Error, ExitStatus};
use crate::money::format_money;
use crate::render::text::{equation, long_date, money_with_compact};

pub fn run(args: &QuickArgs, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let through = match (args.through, args.until) {
        (Some(t), _) => t,
        (None, Some(u)) => u
            .pred_opt()
            .ok_or_else(|| Error::Usage(format!("--until {u}: no day comes before it")))?,
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
    .map_err(|e| {
        // The location is the command line itself: say what went wrong without it.
        let text = e.to_string();
        let prefix = format!("{}: ", e.location());
        Error::Usage(text.strip_prefix(&prefix).unwrap_or(&text).to_string())
    })?;
    match args.format {
        TableOrJson::Json => {
            serde_json::to_writer_pretty(&mut *io.stdout, &report).map_err(std::io::Error::from)?;
            writeln!(io.stdout)?;
        }
        TableOrJson::Table => {
            let cur = report.currency;
            let mode = report
                .partial
                .as_deref()
                .map(|m| format!(", {m} {}s count", report.per))
                .unwrap_or_default();
            writeln!(
                io.stdout,
                "{}/{} from {} through {} ({} days){mode}",
                format_money(report.rate, cur),
                report.per,
                long_date(report.from),
                long_date(report.through),
                report.days
            )?;
            for s in &report.segments {
                writeln!(
                    io.stdout,
                    "  {} to {}: {} = {} (forfeited {})",
                    s.from,
                    s.through,
                    crate::render::text::term(s, cur),
                    format_money(s.amount, cur),
                    s.forfeited
                )?;
            }
            writeln!(
                io.stdout,
                "{}",
                equation(&report.segments, rust_decimal::Decimal::ZERO, report.amount, cur)
            )?;
            if let Some(cap) = report.cap {
                match report.cap_reached {
                    Some(day) => writeln!(
                        io.stdout,
                        "Cap {} reached on {}: nothing accrues after it",
                        money_with_compact(cap, cur),
                        long_date(day)
                    )?,
                    None => writeln!(io.stdout, "Cap {} not reached", money_with_compact(cap, cur))?,
                }
            }
        }
    }
    Ok(ExitStatus::Success)
}
