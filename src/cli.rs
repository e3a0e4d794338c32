//! The command line, as clap parses it. Only shapes are checked here; meanings are checked
//! where the values are used.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::render::Format;

/// Computes periodic penalty payments (astreinte, dwangsom, EU periodic penalties) from
/// case files, exactly.
#[derive(Debug, Parser)]
#[command(name = "astreinte", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compute each case: the deadline, every liquidation, and what has accrued since.
    #[command(
        after_help = "Examples:\n  astreinte compute examples/cnil-clearview-2023.toml\n  astreinte compute examples/ --format json --as-of 2023-06-30\n  cat case.toml | astreinte compute -"
    )]
    Compute(ComputeArgs),
    /// Recompute each case and compare every `expected` figure; exit 1 on any mismatch.
    #[command(after_help = "Examples:\n  astreinte check examples/\n  astreinte check cases/*.toml")]
    Check(CheckArgs),
}

/// Arguments of `astreinte compute`.
#[derive(Debug, Args)]
pub struct ComputeArgs {
    /// Case files, directories (searched for *.toml) or `-` for standard input.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The date to compute accrued amounts at (YYYY-MM-DD); default: today.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

/// Arguments of `astreinte check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Case files, directories (searched for *.toml) or `-` for standard input.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    /// The date to compute accrued amounts at (YYYY-MM-DD); default: today.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

/// Reads a date written `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| format!("`{text}` is not a date: expected YYYY-MM-DD, such as 2023-02-09 ({e})"))
}
