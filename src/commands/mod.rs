//! The subcommands: each reads its inputs, runs the engine and hands results to a renderer.

mod batch;
mod check;
mod compute;
mod deadline;
mod holidays;
mod quick;
mod when;

use std::io::{Read, Write};

use chrono::NaiveDate;

use crate::cli::{Cli, Command};
use crate::error::{Error, ExitStatus};

/// The standard streams, passed in so that tests can drive a whole run in memory.
pub struct Streams<'a> {
    pub stdin: &'a mut dyn Read,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
}

/// Runs a parsed command line. `today` is the default for `--as-of`.
pub fn run(cli: Cli, today: NaiveDate, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let status = match cli.command {
        Command::Compute(args) => compute::run(&args, today, io)?,
        Command::Check(args) => check::run(&args, today, io)?,
        Command::Deadline(args) => deadline::run(&args, io)?,
        Command::Holidays(args) => holidays::run(&args, today, io)?,
        Command::Quick(args) => quick::run(&args, io)?,
        Command::When(args) => when::run(&args, io)?,
    };
    io.stdout.flush()?;
    Ok(status)
}
