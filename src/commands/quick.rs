//! `astreinte quick`: one penalty over one period, from flags.

use super::Streams;
use crate::cli::{QuickArgs, TableOrJson};
use crate::engine::{QuickInput, quick};
use crate::error::{Error, ExitStatus};
use crate::lang::{Lang, short_date};
use crate::lang::{long_date, money_with_compact, rate};
use crate::render::text::{equation, term};

pub fn run(args: &QuickArgs, l: Lang, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
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
            let money = |a| crate::lang::money(a, cur, l);
            let mode = report
                .partial
                .map(|m| crate::render::partial_mode(m, report.per, l))
                .unwrap_or_default();
            let days = crate::lang::units(report.days, crate::case::Per::Day, l);
            match l {
                Lang::En => writeln!(
                    io.stdout,
                    "{} from {} through {} ({days}){mode}",
                    rate(report.rate, report.per, cur, l),
                    long_date(report.from, l),
                    long_date(report.through, l),
                )?,
                Lang::Fr => writeln!(
                    io.stdout,
                    "{} du {} au {} inclus ({days}){mode}",
                    rate(report.rate, report.per, cur, l),
                    long_date(report.from, l),
                    long_date(report.through, l),
                )?,
            }
            for s in &report.segments {
                let (from, through, forfeited) = (
                    short_date(s.from, l),
                    short_date(s.through, l),
                    short_date(s.forfeited, l),
                );
                let term = term(s, cur, l);
                let amount = money(s.amount);
                match l {
                    Lang::En => writeln!(
                        io.stdout,
                        "  {from} to {through}: {term} = {amount} (forfeited {forfeited})"
                    )?,
                    Lang::Fr => writeln!(
                        io.stdout,
                        "  du {from} au {through} : {term} = {amount} (encouru le {forfeited})"
                    )?,
                }
            }
            writeln!(
                io.stdout,
                "{}",
                equation(&report.segments, rust_decimal::Decimal::ZERO, report.amount, cur, l)
            )?;
            if let Some(cap) = report.cap {
                let cap_text = money_with_compact(cap, cur, l);
                match (report.cap_reached, l) {
                    (Some(day), Lang::En) => writeln!(
                        io.stdout,
                        "Cap {cap_text} reached on {}: nothing accrues after it",
                        long_date(day, l)
                    )?,
                    (Some(day), Lang::Fr) => writeln!(
                        io.stdout,
                        "Plafond de {cap_text} atteint le {} : plus rien ne court ensuite",
                        long_date(day, l)
                    )?,
                    (None, Lang::En) => writeln!(io.stdout, "Cap {cap_text} not reached")?,
                    (None, Lang::Fr) => writeln!(io.stdout, "Plafond de {cap_text} non atteint")?,
                }
            }
        }
    }
    Ok(ExitStatus::Success)
}
