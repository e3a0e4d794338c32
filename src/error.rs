//! Errors that end a run, and the one place that maps outcomes to exit statuses.

use std::process::ExitCode;

use crate::lang::{Label, Lang};

/// How a run ended, as the shell sees it.
///
/// | status | meaning |
/// |---|---|
/// | 0 | success |
/// | 1 | `check`: a computed figure differs from an `expected` one |
/// | 2 | bad input or usage: a file could not be read, parsed or computed (the others still were) |
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExitStatus {
    Success = 0,
    Mismatch = 1,
    BadInput = 2,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        ExitCode::from(status as u8)
    }
}

/// An error that stops the whole run (a bad case does not: it is reported and the run goes on).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Writing the output failed.
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
    /// The `--output` file could not be created or put in place.
    #[error("cannot write {path}: {source}")]
    OutputFile { path: String, source: std::io::Error },
    /// The `--output` file is one of the inputs: writing it would destroy a case file.
    #[error(
        "--output {output}: this file is also an input of the run ({input}); writing the results there would destroy it: choose another output file"
    )]
    OutputIsInput { output: String, input: String },
    /// A command-line value was refused after clap accepted its shape.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// The exit status for this error. A closed pipe (`astreinte ... | head`) is not a failure
    /// of astreinte: the reader has what it wanted.
    pub fn exit_status(&self) -> ExitStatus {
        match self {
            Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Success,
            Error::Output(_) | Error::OutputFile { .. } | Error::OutputIsInput { .. } | Error::Usage(_) => {
                ExitStatus::BadInput
            }
        }
    }

    /// The line that reports the error on standard error, in `lang`: `error: ...`.
    pub fn report(&self, lang: Lang) -> String {
        format!("{}{} {self}", lang.word(Label::Error), lang.word(Label::Colon))
    }

    /// Whether the error should be reported at all.
    pub fn is_silent(&self) -> bool {
        matches!(self, Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}
