//! The `astreinte` binary: parses the command line, runs it, maps the outcome to an exit status.
#![forbid(unsafe_code)]
// No panic reachable from input: a bad case must end in an error naming its file, line and key.
// Tests may unwrap (`not(test)`). Integer arithmetic (`clippy::arithmetic_side_effects`) is
// not denied: it fires on every `i + 1` over an index; money goes through `checked_*` (see
// `money` and `engine`), day counts stay far inside `i64` (dates span under 200 million days),
// and the fuzz target and property tests watch for the rest.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::string_slice
    )
)]

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use astreinte::cli::Cli;
use astreinte::commands::{Streams, run};
use astreinte::error::{Error, ExitStatus};
use astreinte::lang::Lang;
use astreinte::output::ReplacingFile;
use astreinte::render::Terminal;
use chrono::NaiveDate;

/// Bytes gathered before each write to standard output: a batch writes hundreds of megabytes,
/// and the default 8 KiB would make that tens of thousands of system calls. Below the 128 KiB
/// from which the allocator maps memory apart, which would cost a one-case run two more calls.
const OUTPUT_BUFFER: usize = 64 * 1024;

fn main() -> ExitCode {
    let mut cli = Cli::parse_lazily(std::env::args_os().collect());
    // The locale is read here, not in the library, which takes nothing from the environment.
    cli.global.lang.get_or_insert_with(Lang::from_env);
    let outcome = match cli.global.output.clone() {
        Some(path) => to_file(cli, &path),
        None => to_stdout(cli),
    };
    match outcome {
        Ok(status) => status.into(),
        Err(e) => {
            if !e.is_silent() {
                let _ = writeln!(io::stderr(), "error: {e}");
            }
            e.exit_status().into()
        }
    }
}

/// Today in the local time zone: the default `--as-of`.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// NO_COLOR set to anything but the empty string (<https://no-color.org>).
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

fn to_stdout(cli: Cli) -> Result<ExitStatus, Error> {
    let stdout = io::stdout();
    let terminal = Terminal {
        is_terminal: stdout.is_terminal(),
        no_color: no_color(),
    };
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, stdout.lock());
    let status = run_with(cli, &mut out, terminal)?;
    out.flush()?;
    Ok(status)
}

/// `--output FILE`: the file is replaced only once the run has written everything.
fn to_file(cli: Cli, path: &Path) -> Result<ExitStatus, Error> {
    let file_error = |source| Error::OutputFile {
        path: path.display().to_string(),
        source,
    };
    let mut file = ReplacingFile::create(path).map_err(file_error)?;
    let terminal = Terminal {
        is_terminal: false,
        no_color: no_color(),
    };
    let status = run_with(cli, &mut file, terminal)?;
    file.commit().map_err(file_error)?;
    Ok(status)
}

fn run_with(cli: Cli, out: &mut dyn Write, terminal: Terminal) -> Result<ExitStatus, Error> {
    let stdin = io::stdin();
    // Not locked for the whole run: a worker thread's panic message needs the lock too, and
    // the process would hang waiting for it rather than abort with the message.
    let mut err = io::stderr();
    let mut streams = Streams {
        stdin: &mut stdin.lock(),
        stdout: out,
        stderr: &mut err,
        terminal,
    };
    run(cli, &today, &mut streams)
}
