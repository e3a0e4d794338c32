//! Errors that end a run, and the one place that maps outcomes to exit statuses.

use std::process::ExitCode;

use chrono::NaiveDate;

use crate::case::Per;
use crate::lang::message::Fault;
use crate::lang::{Label, Lang, Message};

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
    Output(std::io::Error),
    /// `--format pdf`: headless Chromium did not print the statement.
    Print(crate::render::PrintError),
    /// The `--output` file could not be created or put in place.
    OutputFile {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The `--output` file is one of the inputs: writing it would destroy a case file.
    OutputIsInput { output: String, input: String },
    /// A command-line value was refused after clap accepted its shape. Boxed: it is rare, and
    /// keeps every `Result<_, Error>` small.
    Usage(Box<Usage>),
}

/// A renderer's `io::Error` that carries a [`crate::render::PrintError`] becomes
/// [`Error::Print`], so that it is worded in the language of the run; any other is
/// [`Error::Output`].
impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        match e.downcast::<crate::render::PrintError>() {
            Ok(print) => Error::Print(print),
            Err(e) => Error::Output(e),
        }
    }
}

impl From<Usage> for Error {
    fn from(usage: Usage) -> Self {
        Error::Usage(Box::new(usage))
    }
}

/// In English.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.say(&Message::Fault(Fault::Run(self))))
    }
}

/// A command-line value refused after clap accepted its shape: the flags concerned and why.
#[derive(Debug)]
pub enum Usage {
    /// `--format pdf` written to a terminal.
    PdfToTerminal,
    /// `init`: the `--output` file exists, and `--force` is not given.
    OutputExists(String),
    /// `man`: no such subcommand; the ones there are.
    NoSubcommand { name: String, names: Vec<String> },
    /// `--until DATE` with no supported day before it.
    NothingBefore(NaiveDate),
    /// Neither `--through` nor `--until`.
    NoEnd,
    /// A period that ends before it starts.
    PeriodReversed { from: NaiveDate, through: NaiveDate },
    /// `--partial` for a unit of a day.
    PartialForShortUnit(Per),
    /// `interest`: `--until` not after `--from`: no day of interest.
    NoDayOfInterest { until: NaiveDate, from: NaiveDate },
    /// `holidays`: `--to` before `--from`.
    ToBeforeFrom { from: NaiveDate, to: NaiveDate },
    /// `holidays`: a year outside the supported dates.
    YearOutOfRange(i32),
    /// `deadline`: an empty `--event`.
    EmptyEvent,
    /// `deadline`: the deadline is the last supported date.
    NoDayOfDelay(NaiveDate),
    /// A flag's value refused as a case file's would be.
    Value {
        flag: &'static str,
        problem: crate::case::Problem,
    },
    /// `quick`: what could not be computed (the command line is where).
    Compute(crate::engine::ComputeError),
    /// `interest`: what could not be computed, at the flag it concerns.
    Interest(crate::interest::InterestError),
}

impl Error {
    /// The exit status for this error. A closed pipe (`astreinte ... | head`) is not a failure
    /// of astreinte: the reader has what it wanted.
    pub fn exit_status(&self) -> ExitStatus {
        match self {
            Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Success,
            Error::Output(_)
            | Error::Print(_)
            | Error::OutputFile { .. }
            | Error::OutputIsInput { .. }
            | Error::Usage(_) => ExitStatus::BadInput,
        }
    }

    /// The line that reports the error on standard error, in `lang`: `error: ...`.
    pub fn report(&self, lang: Lang) -> String {
        format!(
            "{}{} {}",
            lang.word(Label::Error),
            lang.word(Label::Colon),
            lang.say(&Message::Fault(Fault::Run(self)))
        )
    }

    /// Whether the error should be reported at all.
    pub fn is_silent(&self) -> bool {
        matches!(self, Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}
