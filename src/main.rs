//! The `astreinte` binary: parses the command line, runs it, maps the outcome to an exit status.
#![forbid(unsafe_code)]

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use astreinte::cli::Cli;
use astreinte::commands::{Streams, run};
use clap::Parser;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let today = chrono::Local::now().date_naive();
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut err = io::stderr().lock();
    let mut streams = Streams {
        stdin: &mut stdin.lock(),
        stdout: &mut out,
        stderr: &mut err,
    };
    let status = match run(cli, today, &mut streams) {
        Ok(status) => status,
        Err(e) => {
            if !e.is_silent() {
                let _ = writeln!(io::stderr(), "error: {e}");
            }
            e.exit_status()
        }
    };
    // A flush error here means the reader went away; nothing more can be said to it.
    let _ = out.flush();
    status.into()
}
