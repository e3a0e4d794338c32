//! Going through every case of every input, reporting the bad ones and going on.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use super::Streams;
use super::parallel::ordered_map;
use crate::case::{Case, Cases, InputError, cases};
use crate::engine::{ComputeError, compute};
use crate::error::Error;
use crate::input::{ReadError, expand, read};
use crate::render::{CaseBytes, Failure};
use crate::report::CaseReport;

/// What happened to one case (or to an input that yielded none).
pub enum Outcome {
    /// The case as read, and what was computed for it.
    Computed {
        case: Box<Case>,
        report: Box<CaseReport>,
    },
    /// A computed case already rendered, when the caller gave a renderer: the case and its
    /// report were dropped on the thread that made them (freeing their many small allocations
    /// from another thread made the threads contend for the allocator's locks).
    Rendered(Vec<u8>),
    Failed(Failure),
}

/// The longest a computed result waits in the output buffer while the next cases are computed.
/// Flushing after every case would cost a system call per case (a 100,000-case batch spent a
/// quarter of its time there); flushing on a timer keeps the output streaming all the same.
const FLUSH_EVERY: Duration = Duration::from_millis(100);

/// Computes every case of `inputs`, in order, each as of the date `as_of` gives for it,
/// calling `each` with the outcome (rendered by `render` already, if given: a batch's cases are
/// computed and rendered on every core, and handed to `each` in input order). Failures are
/// also written to standard error. Returns
/// whether any failed.
///
/// What `each` writes is flushed before each input is read (standard input may keep the run
/// waiting: what is done must be out first), and at least every [`FLUSH_EVERY`] while an
/// input's cases are computed.
pub fn for_each_case(
    inputs: &[PathBuf],
    as_of: impl Fn(&Case) -> NaiveDate + Sync,
    render: Option<&dyn CaseBytes>,
    io: &mut Streams<'_>,
    mut each: impl FnMut(&mut dyn Write, Outcome) -> Result<(), Error>,
) -> Result<bool, Error> {
    let mut failed = false;
    for input in expand(inputs) {
        io.stdout.flush()?;
        let source = match input.and_then(|i| read(&i, io.stdin)) {
            Ok(source) => source,
            Err(e) => {
                failed = true;
                writeln!(io.stderr, "error: {e}")?;
                each(io.stdout, Outcome::Failed(read_failure(&e)))?;
                continue;
            }
        };
        let mut flushed = Instant::now();
        let mut consume = |done: Done| -> Result<(), Error> {
            let outcome = match done {
                Done::Computed(case, report) => Outcome::Computed { case, report },
                Done::Rendered(bytes) => Outcome::Rendered(bytes?),
                Done::Failed { message, failure } => {
                    failed = true;
                    writeln!(io.stderr, "error: {message}")?;
                    Outcome::Failed(failure)
                }
            };
            each(io.stdout, outcome)?;
            if flushed.elapsed() >= FLUSH_EVERY {
                io.stdout.flush()?;
                flushed = Instant::now();
            }
            Ok(())
        };
        match cases(&source) {
            // Each table is parsed and computed on its own: spread over the cores.
            Cases::Batch { batch, .. } => {
                ordered_map(
                    batch.len(),
                    |i| compute_one(batch.load(i), &as_of, render),
                    &mut consume,
                )?;
            }
            other => other
                .map(|case| compute_one(case, &as_of, render))
                .try_for_each(&mut consume)?,
        }
    }
    Ok(failed)
}

/// A case computed, or why it could not be: the message for standard error with the failure.
enum Done {
    Computed(Box<Case>, Box<CaseReport>),
    Rendered(std::io::Result<Vec<u8>>),
    Failed { message: String, failure: Failure },
}

fn compute_one(
    case: Result<Case, InputError>,
    as_of: &impl Fn(&Case) -> NaiveDate,
    render: Option<&dyn CaseBytes>,
) -> Done {
    match case {
        Ok(case) => match compute(&case, as_of(&case)) {
            Ok(report) => match render {
                Some(r) => Done::Rendered(r.case_bytes(&report)),
                None => Done::Computed(Box::new(case), Box::new(report)),
            },
            Err(e) => Done::Failed {
                message: e.to_string(),
                failure: compute_failure(&e),
            },
        },
        Err(e) => Done::Failed {
            message: e.render(),
            failure: input_failure(&e),
        },
    }
}

fn read_failure(e: &ReadError) -> Failure {
    let (file, line, column) = match e {
        ReadError::NotUtf8 { path, line, column, .. } => (path.clone(), *line, *column),
        ReadError::Io { path, .. } | ReadError::Missing { path } => (path.clone(), 0, 0),
    };
    Failure {
        file,
        line,
        column,
        field: None,
        message: e.to_string(),
    }
}

fn input_failure(e: &InputError) -> Failure {
    Failure {
        file: e.location.file.clone(),
        line: e.location.line,
        column: e.location.column,
        field: e.field.clone(),
        message: e.message.clone(),
    }
}

fn compute_failure(e: &ComputeError) -> Failure {
    let at = e.location();
    Failure {
        file: at.file.clone(),
        line: at.line,
        column: at.column,
        field: e.field().map(str::to_string),
        message: e.to_string(),
    }
}
