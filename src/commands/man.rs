//! `astreinte man`: the manual page, generated from the clap definition.

use clap::CommandFactory;

use super::Streams;
use crate::cli::{Cli, ManArgs};
use crate::error::{Error, ExitStatus};

pub fn run(args: &ManArgs, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let program = Cli::command();
    let page = match &args.subcommand {
        None => program,
        Some(name) => {
            let names: Vec<String> = program.get_subcommands().map(|c| c.get_name().to_string()).collect();
            let found = program
                .find_subcommand(name)
                .cloned()
                .ok_or_else(|| Error::Usage(format!("no subcommand `{name}`: expected one of {}", names.join(", "))))?;
            // The page of a subcommand is named as git names its own: astreinte-compute(1).
            let full = format!("astreinte-{}", found.get_name());
            found.name(full)
        }
    };
    clap_mangen::Man::new(page).render(io.stdout)?;
    Ok(ExitStatus::Success)
}
