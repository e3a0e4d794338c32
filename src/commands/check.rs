//! `astreinte check`: every expected figure against the computation.
//!
//! One line per case: `ok`, `skip` (nothing expected), or `FAIL` followed by one indented line
//! per figure that differs, worded in the language of the run (`--lang`) after the marker, the
//! case's name and position, and the figure's name, which stay as they are for scripts. Then
//! the closing line `N passed, N failed[, N skipped]`, which CI tools read: always in English. A case whose `[expected]` table gives `as_of` is computed at that date, so the
//! check gives the same answer on any day; the others at `--as-of` or today.

use std::io::Write;

use chrono::NaiveDate;

use super::Streams;
use super::batch::{Outcome, for_each_case};
use super::expectation::compare;
use crate::cli::CheckArgs;
use crate::error::{Error, ExitStatus};
use crate::lang::{Label, Message};
use crate::render::{Paint, Presentation};
use crate::visible::visible;

/// The counts behind the closing line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    passed: usize,
    failed: usize,
    skipped: usize,
    mismatch: bool,
}

pub(super) fn run(
    args: &CheckArgs,
    today: &dyn Fn() -> NaiveDate,
    look: Presentation,
    io: &mut Streams<'_>,
) -> Result<ExitStatus, Error> {
    let run_as_of = args.as_of.unwrap_or_else(today);
    let mut tally = Tally::default();
    let unreadable = for_each_case(
        &args.inputs,
        |case| case.expected.as_of.unwrap_or(run_as_of),
        None,
        look.lang,
        io,
        |out, outcome| report_case(out, outcome, look, &mut tally),
    )?;
    writeln!(io.stdout, "{}", closing_line(&tally))?;
    Ok(if unreadable {
        ExitStatus::BadInput
    } else if tally.mismatch {
        ExitStatus::Mismatch
    } else {
        ExitStatus::Success
    })
}

fn report_case(out: &mut dyn Write, outcome: Outcome, look: Presentation, tally: &mut Tally) -> Result<(), Error> {
    let fail = Paint::Red.apply("FAIL", look.color);
    match outcome {
        Outcome::Computed { case, report } => {
            let comparisons = compare(&case, &report);
            let name = format!(
                "{} ({}:{})",
                visible(&report.title),
                visible(&report.source.file),
                report.source.line
            );
            let wrong: Vec<_> = comparisons.iter().filter(|c| !c.matches).collect();
            if !wrong.is_empty() {
                tally.failed += 1;
                tally.mismatch = true;
                writeln!(out, "{fail} {name}")?;
                for c in wrong {
                    let differs = Message::CheckDiffers {
                        what: &c.what,
                        expected: &c.expected,
                        computed: &c.computed,
                    };
                    writeln!(out, "     {}", look.lang.say(&differs))?;
                }
            } else if comparisons.is_empty() {
                tally.skipped += 1;
                if !look.quiet {
                    let skip = Paint::Yellow.apply("skip", look.color);
                    let colon = look.lang.word(Label::Colon);
                    writeln!(
                        out,
                        "{skip} {name}{colon} {}",
                        look.lang.say(&Message::CheckNothingExpected)
                    )?;
                }
            } else {
                tally.passed += 1;
                if !look.quiet {
                    let matches = Message::CheckMatches {
                        count: comparisons.len(),
                    };
                    let ok = Paint::Green.apply("ok", look.color);
                    let colon = look.lang.word(Label::Colon);
                    writeln!(out, "{ok}   {name}{colon} {}", look.lang.say(&matches))?;
                }
            }
        }
        // Not produced here (check gives `for_each_case` no renderer); written out as given.
        Outcome::Rendered(bytes) => out.write_all(bytes)?,
        Outcome::Failed(f) => {
            tally.failed += 1;
            writeln!(
                out,
                "{fail} {}:{}:{}{} {}",
                visible(&f.file),
                f.line,
                f.column,
                look.lang.word(Label::Colon),
                look.lang.say(&Message::CheckNotComputed)
            )?;
        }
    }
    Ok(())
}

/// `N passed, N failed`, then `, N skipped` when any case expects nothing.
fn closing_line(t: &Tally) -> String {
    let skipped = if t.skipped > 0 {
        format!(", {} skipped", t.skipped)
    } else {
        String::new()
    };
    format!("{} passed, {} failed{skipped}", t.passed, t.failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closing_line_names_skipped_cases_only_when_there_are_some() {
        let mut t = Tally {
            passed: 3,
            failed: 1,
            ..Tally::default()
        };
        assert_eq!(closing_line(&t), "3 passed, 1 failed");
        t.skipped = 2;
        assert_eq!(closing_line(&t), "3 passed, 1 failed, 2 skipped");
    }
}
