//! `astreinte completions SHELL`: a completion script generated from the clap definition.

use clap::CommandFactory;
use clap_complete::Shell as Target;

use super::Streams;
use crate::cli::{Cli, CompletionsArgs, Shell};
use crate::error::{Error, ExitStatus};

pub(super) fn run(args: &CompletionsArgs, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let target = match args.shell {
        Shell::Bash => Target::Bash,
        Shell::Zsh => Target::Zsh,
        Shell::Fish => Target::Fish,
        Shell::Powershell => Target::PowerShell,
        Shell::Elvish => Target::Elvish,
    };
    let mut command = Cli::command();
    clap_complete::generate(target, &mut command, "astreinte", io.stdout);
    Ok(ExitStatus::Success)
}
