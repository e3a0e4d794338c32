//! The `astreinte` binary: parses the command line, runs it, maps the outcome to an exit status.
// The lints are in Cargo.toml `[lints]`.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use astreinte::command_line::{
    Cli, Error, ExitStatus, FileId, MAX_INPUT_BYTES, PendingFile, ReplacingFile, Streams, UntilClosed, input_at, run,
};
use astreinte::lang::Lang;
use astreinte::render::Terminal;
use chrono::NaiveDate;

/// Bytes gathered before each write to standard output: a batch writes hundreds of megabytes,
/// and the default 8 KiB would make that tens of thousands of system calls. Below the 128 KiB
/// from which the allocator maps memory apart, which would cost a one-case run two more calls.
const OUTPUT_BUFFER: usize = 64 * 1024;

fn main() -> ExitCode {
    let mut cli = Cli::parse_lazily(std::env::args_os().collect());
    // The locale is read here, not in the library, which takes nothing from the environment.
    let lang = *cli.global.lang.get_or_insert_with(Lang::from_env);
    if cli.global.width.is_none() && cli.global.output.is_none() {
        cli.global.width = stdout_width();
    }
    let outcome = match cli.global.output.clone() {
        Some(path) => to_file(cli, &path),
        None => to_stdout(cli),
    };
    match outcome {
        Ok(status) => status.into(),
        Err(e) => {
            if !e.is_silent() {
                let _ = writeln!(io::stderr(), "{}", e.report(lang));
            }
            e.exit_status().into()
        }
    }
}

/// Today in the local time zone: the default `--as-of`.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// How many columns standard output has: the terminal's width when it is a terminal, else
/// COLUMNS when set to a number (0: no limit); `None`: no limit. A file given with `--output`
/// has none.
fn stdout_width() -> Option<usize> {
    let stdout = io::stdout();
    let terminal = stdout
        .is_terminal()
        .then(|| terminal_size::terminal_size_of(&stdout))
        .flatten()
        .map(|(width, _)| usize::from(width.0))
        .filter(|&columns| columns > 0);
    terminal.or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
}

/// NO_COLOR set to anything but the empty string (<https://no-color.org>).
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The most one input may hold: [`MAX_INPUT_BYTES`], or less if `ASTREINTE_MAX_INPUT_BYTES`
/// says so. The tests of the limit lower it (reading a gigabyte is no test); it cannot be raised.
fn max_input() -> u64 {
    std::env::var("ASTREINTE_MAX_INPUT_BYTES")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(MAX_INPUT_BYTES, |n| n.min(MAX_INPUT_BYTES))
}

fn to_stdout(cli: Cli) -> Result<ExitStatus, Error> {
    let stdout = io::stdout();
    let terminal = Terminal {
        is_terminal: stdout.is_terminal(),
        no_color: no_color(),
    };
    // A reader that stops early does not stop the run: the exit status must still tell.
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, UntilClosed::new(stdout.lock()));
    let status = run_with(cli, &mut out, terminal)?;
    out.flush()?;
    Ok(status)
}

/// `--output FILE`: the file is replaced only once the run has written everything; never if it
/// is one of the inputs, and no temporary file is left if the run is interrupted.
fn to_file(cli: Cli, path: &Path) -> Result<ExitStatus, Error> {
    refuse_an_input(&cli, path)?;
    let file_error = |source| Error::OutputFile {
        path: path.display().to_string(),
        source,
    };
    let pending = PendingFile::default();
    remove_on_signal(&pending);
    let file = ReplacingFile::create_into(path, pending).map_err(file_error)?;
    let terminal = Terminal {
        is_terminal: false,
        no_color: no_color(),
    };
    let mut out = UntilClosed::new(file);
    let status = run_with(cli, &mut out, terminal)?;
    out.into_inner().commit().map_err(file_error)?;
    Ok(status)
}

/// Refuses an `--output` file that is also an input of the run (named, found in a directory
/// named, or read as standard input), before anything is read or written: the file is compared
/// by identity, not by name, so that no link or other spelling of its path gets through.
fn refuse_an_input(cli: &Cli, output: &Path) -> Result<(), Error> {
    let inputs = cli.command.inputs();
    let target = match std::fs::metadata(output) {
        // Only a regular file is replaced: a pipe or a device is written to as it is.
        Ok(m) if m.is_file() && !inputs.is_empty() => FileId::of(output, &m),
        _ => return Ok(()),
    };
    let stdin = inputs.iter().any(|i| i.as_os_str() == "-").then(stdin_id).flatten();
    match input_at(inputs, &target, stdin.as_ref()) {
        Some(input) => Err(Error::OutputIsInput {
            output: output.display().to_string(),
            input,
        }),
        None => Ok(()),
    }
}

/// The file standard input reads from, if it is one.
#[cfg(unix)]
fn stdin_id() -> Option<FileId> {
    use std::os::fd::AsFd;
    let file = std::fs::File::from(io::stdin().as_fd().try_clone_to_owned().ok()?);
    let metadata = file.metadata().ok()?;
    Some(FileId::of(Path::new("-"), &metadata))
}

#[cfg(not(unix))]
fn stdin_id() -> Option<FileId> {
    None
}

/// On SIGINT, SIGTERM or SIGHUP, removes the `--output` temporary file (a batch's is hundreds
/// of megabytes), then exits with the conventional status, 128 + the signal's number. Set up
/// before the temporary file is created: none is ever created unwatched.
#[cfg(unix)]
fn remove_on_signal(pending: &PendingFile) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    // Should the handlers not be installed, the signals keep their default: the run ends as
    // it always did, leaving its temporary file.
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    let pending = pending.clone();
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            pending.remove_then(|| std::process::exit(128 + signal));
        }
    });
}

#[cfg(not(unix))]
fn remove_on_signal(_: &PendingFile) {}

fn run_with(cli: Cli, out: &mut dyn Write, terminal: Terminal) -> Result<ExitStatus, Error> {
    let stdin = io::stdin();
    // Not locked for the whole run: a worker thread's panic message needs the lock too, and
    // the process would hang waiting for it rather than abort with the message. Closed early
    // (`check ... 2>&1 | head -1`), it no more decides the exit status than standard output.
    let mut err = UntilClosed::new(io::stderr());
    let mut streams = Streams {
        stdin: &mut stdin.lock(),
        stdout: out,
        stderr: &mut err,
        terminal,
        max_input: max_input(),
    };
    run(cli, &today, &mut streams)
}
