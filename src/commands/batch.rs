//! Going through every case of every input, reporting the bad ones and going on.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::Streams;
use crate::case::{Case, InputError, load};
use crate::engine::{ComputeError, compute};
use crate::error::Error;
use crate::input::{ReadError, expand, read};
use crate::render::Failure;
use crate::report::CaseReport;

/// What happened to one case (or to an input that yielded none).
pub enum Outcome {
    /// The case as read, and what was computed for it.
    Computed {
        case: Box<Case>,
        report: Box<CaseReport>,
    },
    Failed(Failure),
}

/// Computes every case of `inputs`, in order, each as of the date `as_of` gives for it,
/// calling `each` with the outcome. Failures are also written to standard error. Returns
/// whether any failed.
pub fn for_each_case(
    inputs: &[PathBuf],
    as_of: impl Fn(&Case) -> NaiveDate,
    io: &mut Streams<'_>,
    mut each: impl FnMut(&mut dyn Write, Outcome) -> Result<(), Error>,
) -> Result<bool, Error> {
    let mut failed = false;
    for input in expand(inputs) {
        let source = match input.and_then(|i| read(&i, io.stdin)) {
            Ok(source) => source,
            Err(e) => {
                failed = true;
                writeln!(io.stderr, "error: {e}")?;
                each(io.stdout, Outcome::Failed(read_failure(&e)))?;
                continue;
            }
        };
        for case in load(&source) {
            let outcome = match case {
                Ok(case) => match compute(&case, as_of(&case)) {
                    Ok(report) => Outcome::Computed {
                        case: Box::new(case),
                        report: Box::new(report),
                    },
                    Err(e) => {
                        writeln!(io.stderr, "error: {e}")?;
                        Outcome::Failed(compute_failure(&e))
                    }
                },
                Err(e) => {
                    writeln!(io.stderr, "error: {}", e.render())?;
                    Outcome::Failed(input_failure(&e))
                }
            };
            failed |= matches!(outcome, Outcome::Failed(_));
            each(io.stdout, outcome)?;
        }
    }
    Ok(failed)
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
