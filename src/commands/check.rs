//! `astreinte check`: every `expected` figure against the computation.

use chrono::NaiveDate;

use super::Streams;
use super::batch::{Outcome, for_each_case};
use crate::cli::CheckArgs;
use crate::error::{Error, ExitStatus};
use crate::money::format_money;
use crate::report::CaseReport;

pub fn run(args: &CheckArgs, today: NaiveDate, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let as_of = args.as_of.unwrap_or(today);
    let (mut passed, mut failed, mut skipped) = (0usize, 0usize, 0usize);
    let mut mismatch = false;
    let unreadable = for_each_case(&args.inputs, as_of, io, |out, outcome| {
        match outcome {
            Outcome::Computed(report) => {
                let problems = mismatches(&report);
                let checked = report.liquidations.iter().filter(|l| l.expected.is_some()).count();
                let name = format!("{} ({}:{})", report.title, report.source.file, report.source.line);
                if !problems.is_empty() {
                    failed += 1;
                    mismatch = true;
                    writeln!(out, "FAIL {name}")?;
                    for p in problems {
                        writeln!(out, "     {p}")?;
                    }
                } else if checked == 0 {
                    skipped += 1;
                    writeln!(out, "skip {name}: no expected figure")?;
                } else {
                    passed += 1;
                    let plural = if checked == 1 { "" } else { "s" };
                    writeln!(out, "ok   {name}: {checked} expected figure{plural} match")?;
                }
            }
            Outcome::Failed(f) => {
                failed += 1;
                writeln!(
                    out,
                    "FAIL {}:{}:{}: could not be computed (see the error above)",
                    f.file, f.line, f.column
                )?;
            }
        }
        Ok(())
    })?;
    let skipped_text = if skipped > 0 {
        format!(", {skipped} skipped")
    } else {
        String::new()
    };
    writeln!(io.stdout, "{passed} passed, {failed} failed{skipped_text}")?;
    Ok(if unreadable {
        ExitStatus::BadInput
    } else if mismatch {
        ExitStatus::Mismatch
    } else {
        ExitStatus::Success
    })
}

/// Each `expected` figure that the computation does not reproduce, described.
fn mismatches(report: &CaseReport) -> Vec<String> {
    report
        .liquidations
        .iter()
        .filter_map(|l| {
            let expected = l.expected?;
            (expected != l.amount).then(|| {
                format!(
                    "liquidation {} ({} to {}): expected {}, computed {} ({} days)",
                    l.number,
                    l.from,
                    l.through,
                    format_money(expected, report.currency),
                    format_money(l.amount, report.currency),
                    l.days
                )
            })
        })
        .collect()
}
