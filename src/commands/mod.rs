//! The subcommands: each reads its inputs, runs the engine and hands results to a renderer.

mod batch;
mod check;
mod completions;
mod compute;
mod deadline;
mod expectation;
mod explain;
mod holidays;
mod init;
mod interest;
mod man;
mod quick;
mod schema;
mod when;

use std::io::{Read, Write};

use chrono::NaiveDate;

use crate::cli::{Cli, Command};
use crate::error::{Error, ExitStatus};
use crate::render::{Presentation, Terminal};

/// The standard streams, passed in so that tests can drive a whole run in memory.
pub struct Streams<'a> {
    pub stdin: &'a mut dyn Read,
    /// Where the results go: standard output, or the `--output` file.
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    /// Whether `stdout` is a terminal, and whether NO_COLOR is set.
    pub terminal: Terminal,
    /// The most bytes one input may hold: [`MAX_INPUT_BYTES`](crate::input::MAX_INPUT_BYTES)
    /// but in tests of that limit.
    pub max_input: u64,
}

/// Runs a parsed command line. `today` gives the default for `--as-of`; it is called only when
/// a command needs it (reading the clock means reading the time zone: a run given its dates
/// does without).
pub fn run(cli: Cli, today: &dyn Fn() -> NaiveDate, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let presentation = Presentation {
        color: cli.global.color.enabled(io.terminal),
        width: cli.global.width.filter(|&columns| columns > 0),
        quiet: cli.global.quiet,
        lang: cli.global.lang.unwrap_or_default(),
        paper: Default::default(),
    };
    match presentation.width {
        Some(columns) if for_a_person(&cli.command) => {
            let mut fitted = crate::render::fill::Fitted::new(&mut *io.stdout, columns);
            let mut io = Streams {
                stdin: &mut *io.stdin,
                stdout: &mut fitted,
                stderr: &mut *io.stderr,
                terminal: io.terminal,
                max_input: io.max_input,
            };
            run_command(cli, today, presentation, &mut io)
        }
        _ => run_command(cli, today, presentation, io),
    }
}

/// Whether the output of `command` is text for a person, whose lines fit `--width`; `check`'s
/// lines are left whole for the scripts that read them.
fn for_a_person(command: &Command) -> bool {
    use crate::cli::TableOrJson::Table;
    match command {
        Command::Compute(args) => args.format == crate::render::Format::Table,
        Command::Explain(_) => true,
        Command::Deadline(args) => args.format == Table,
        Command::Holidays(args) => args.format == Table,
        Command::Quick(args) => args.format == Table,
        Command::Interest(args) => args.format == Table,
        Command::When(args) => args.format == Table,
        Command::Check(_) | Command::Schema(_) | Command::Init(_) | Command::Completions(_) | Command::Man(_) => false,
    }
}

fn run_command(
    cli: Cli,
    today: &dyn Fn() -> NaiveDate,
    presentation: Presentation,
    io: &mut Streams<'_>,
) -> Result<ExitStatus, Error> {
    let status = match cli.command {
        Command::Compute(args) => compute::run(&args, today, presentation, io)?,
        Command::Check(args) => check::run(&args, today, presentation, io)?,
        Command::Schema(args) => schema::run(&args, io)?,
        Command::Deadline(args) => deadline::run(&args, presentation, io)?,
        Command::Holidays(args) => holidays::run(&args, today, presentation, io)?,
        Command::Quick(args) => quick::run(&args, presentation.lang, io)?,
        Command::Interest(args) => interest::run(&args, presentation.lang, io)?,
        Command::When(args) => when::run(&args, presentation.lang, io)?,
        Command::Explain(args) => explain::run(&args, today, presentation, io)?,
        Command::Init(args) => init::run(&args, cli.global.output.as_deref(), io)?,
        Command::Completions(args) => completions::run(&args, io)?,
        Command::Man(args) => man::run(&args, io)?,
    };
    io.stdout.flush()?;
    Ok(status)
}
