//! Parsing a command line by building only the subcommand it names.
//!
//! Plain path: [`Cli::parse_from`], which builds the definition of every subcommand, each with
//! its copy of the global options, before it parses. Seam: [`Cli::parse_lazily`] asks [`parse`]
//! first. Anything the one subcommand does not accept (`--help`, `--version`, a typo, a
//! missing value) gives `None`, and the full definition parses it: help, suggestions and error
//! messages are its own.
//!
//! clap's `#[command(defer = true)]`, which builds a subcommand's arguments only when it is
//! used, would make this module unneeded, but it changes the help (a subcommand's description
//! becomes its arguments' struct's) and the order of options in shell completions.

use std::ffi::OsString;

use clap::{Args, FromArgMatches};

use crate::cli::{
    CheckArgs, Cli, CompletionsArgs, ComputeArgs, DeadlineArgs, ExplainArgs, GlobalArgs, HolidaysArgs, InitArgs,
    InterestArgs, ManArgs, QuickArgs, SchemaArgs, WhenArgs,
};

/// The command line `args` (the program name first) as [`Cli::parse_from`] reads it, if its
/// first argument names a subcommand and the subcommand alone accepts the rest.
pub(crate) fn parse(args: &[OsString]) -> Option<Cli> {
    let subcommand = one_subcommand(args.get(1)?.to_str()?)?;
    let command = GlobalArgs::augment_args(clap::Command::new("astreinte")).subcommand(subcommand);
    let matches = command.try_get_matches_from(args).ok()?;
    Cli::from_arg_matches(&matches).ok()
}

/// The arguments of the subcommand `name`, as the full definition has them (a test holds the
/// names to the full definition's).
fn one_subcommand(name: &str) -> Option<clap::Command> {
    let bare = || clap::Command::new(name.to_string());
    Some(match name {
        "compute" => ComputeArgs::augment_args(bare()),
        "check" => CheckArgs::augment_args(bare()),
        "quick" => QuickArgs::augment_args(bare()),
        "interest" => InterestArgs::augment_args(bare()),
        "when" => WhenArgs::augment_args(bare()),
        "schema" => SchemaArgs::augment_args(bare()),
        "deadline" => DeadlineArgs::augment_args(bare()),
        "holidays" => HolidaysArgs::augment_args(bare()),
        "explain" => ExplainArgs::augment_args(bare()),
        "init" => InitArgs::augment_args(bare()),
        "completions" => CompletionsArgs::augment_args(bare()),
        "man" => ManArgs::augment_args(bare()),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    /// Every subcommand of the full definition, and only those, is built alone here, with the
    /// same arguments.
    #[test]
    fn each_subcommand_is_built_as_the_full_definition_builds_it() {
        let full = Cli::command();
        let ids = |c: &clap::Command| c.get_arguments().map(|a| a.get_id().to_string()).collect::<Vec<_>>();
        let mut named = 0;
        for sub in full.get_subcommands() {
            let alone = one_subcommand(sub.get_name());
            assert_eq!(alone.as_ref().map(ids), Some(ids(sub)), "{}", sub.get_name());
            named += 1;
        }
        assert_eq!(named, 12);
        assert!(one_subcommand("help").is_none() && one_subcommand("Compute").is_none());
    }

    fn args(line: &str) -> Vec<OsString> {
        std::iter::once("astreinte")
            .chain(line.split(' '))
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn building_one_subcommand_parses_as_the_full_definition_does() {
        for line in [
            "compute examples/a.toml --as-of 2023-02-09",
            "compute a.toml b/ - --format ndjson -q --color never --lang fr -o out.json",
            "check examples --quiet",
            "quick --amount 100000 --per week --from 2022-01-17 --until 2022-02-22 --cap 5 --partial started",
            "when a.toml --reaches 25000000 --format json",
            "deadline --from 2022-10-19 --within 2-months --rules be-cj --calendar BE",
            "holidays --calendar NL --from 2024-04-01 --to 2024-06-30",
            "explain a.toml --as-of 2023-05-10",
            "schema compute",
            "init --template dwangsom --force",
            "completions bash",
            "man",
        ] {
            let lazy = parse(&args(line));
            assert!(lazy.is_some(), "{line}: not parsed by the one-subcommand path");
            assert_eq!(
                format!("{lazy:?}"),
                format!("{:?}", Some(Cli::parse_from(args(line)))),
                "{line}"
            );
        }
    }

    #[test]
    fn help_version_and_errors_go_to_the_full_definition() {
        for line in [
            "compute --help",
            "compute -h",
            "--version",
            "--help",
            "help compute",
            "--lang fr compute a.toml",
            "compute",
            "compute a.toml --format yaml",
            "comptue a.toml",
            "COMPUTE a.toml",
            "quick --amount 1 --from 2022-01-01",
            "holidays --year 2023 --from 2023-01-01",
        ] {
            assert!(parse(&args(line)).is_none(), "{line}");
        }
    }
}
