//! The command line, as clap parses it. Only shapes are checked here; meanings are checked
//! where the values are used.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use rust_decimal::Decimal;

use crate::case::{Partial, Per};
use crate::lang::Lang;
use crate::money::Currency;

use crate::render::{ColorChoice, Format, Paper};

mod interest;
pub(crate) use interest::InterestArgs;

/// Computes periodic penalty payments (astreinte, dwangsom, EU periodic penalties) from
/// case files, exactly.
#[derive(Debug, Parser)]
#[command(
    name = "astreinte",
    version,
    long_version = LONG_VERSION,
    long_about = None,
    after_help = "Exit status: 0 success, 1 `check` found a figure that differs from its expected
value, 2 bad input or usage, 128+N ended by signal N while writing --output.
The manual: `man astreinte` once installed, else `astreinte man | man -l -`."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// Parses `args` (the program name first), as [`Cli::parse_from`] does: exits with the
    /// help, the version or an error message when that is what they ask for or hold.
    pub fn parse_lazily(args: Vec<std::ffi::OsString>) -> Cli {
        crate::fast::cli::parse(&args).unwrap_or_else(|| Cli::parse_from(args))
    }
}

/// `astreinte --version`: the version, the commit and day of the build, and the target (see
/// build.rs); `-V` gives the version alone.
pub(crate) const LONG_VERSION: &str = concat!(env!("ASTREINTE_LONG_VERSION"), "\n", env!("ASTREINTE_BUILD_TARGET"));

/// Options every subcommand takes, shown under their own heading in each one's help.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Write the output to FILE instead of standard output. FILE is replaced only once the
    /// output is complete, never left half-written; messages still go to standard error.
    #[arg(long, short = 'o', global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print only results and errors, leaving out the lines that only report success.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, global = true, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// The language of tables, statements and explanations; default: from LC_ALL, LC_MESSAGES
    /// or LANG (fr* gives French, nl* Dutch, anything else English). JSON, NDJSON and CSV do
    /// not change.
    #[arg(long, value_enum, global = true, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// The most columns a line of a table or a text for a person may take: tables narrow to
    /// fit and no figure is ever broken across lines. Default: the terminal's width when
    /// standard output is a terminal, else COLUMNS if set, else no limit; 0: no limit.
    /// JSON, NDJSON, CSV, summary, Markdown and HTML do not change.
    #[arg(long, global = true, value_name = "N")]
    pub width: Option<usize>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compute each case: the deadline, every liquidation, and what has accrued since.
    #[command(after_help = "Without --as-of, the period not yet liquidated is counted up to today.

Examples:
  astreinte compute examples/cnil-clearview-2023.toml
  astreinte compute examples/ --format json --as-of 2023-06-30
  astreinte compute case.toml --format html --lang fr --output decompte.html
  astreinte compute case.toml --format markdown > statement.md
  cat case.toml | astreinte compute -")]
    Compute(ComputeArgs),
    /// Recompute each case and compare every `expected` figure; exit 1 on any mismatch.
    #[command(
        after_help = "With --quiet, only the FAIL lines and the closing `N passed, N failed`.

Examples:
  astreinte check examples/
  astreinte check --quiet cases/*.toml

Exit status: 0 all pass, 1 a figure differs, 2 an input could not be read or
computed (the other inputs are still checked)."
    )]
    Check(CheckArgs),
    /// Compute one penalty over one period from flags, without a case file.
    #[command(after_help = "Examples:
  astreinte quick --amount 100000 --from 2022-12-20 --through 2023-02-09
  astreinte quick --amount 5000000 --per week --from 2022-01-17 \\
      --until 2022-02-22 --cap 50000000 --format json")]
    Quick(QuickArgs),
    /// Legal interest on a sum, period by period and rate by rate, with payments and capitalisation.
    #[command(after_help = "Regimes: fr-legal, nl-legal, nl-commercial, be-legal, eu-ecb, fixed.

Examples:
  astreinte interest --amount 2000 --from 2015-09-18 --until 2016-04-10 \\
      --regime fr-legal --creditor individual --enforceable 2015-09-17
  astreinte interest --amount 10000 --from 2022-03-01 --through 2024-12-31 \\
      --regime nl-legal --payment 2023-09-01=1500 --format json")]
    Interest(InterestArgs),
    /// The first day on which a case's accrued amount reaches a figure, or why it never does.
    #[command(after_help = "Examples:
  astreinte when examples/nl-acm-apple-dating-apps.toml --reaches 25000000
  astreinte when examples/ --reaches 1000000 --format json")]
    When(WhenArgs),
    /// Print the JSON Schema of a JSON output, or list them.
    #[command(after_help = "Examples:
  astreinte schema
  astreinte schema compute > compute.schema.json")]
    Schema(SchemaArgs),
    /// Derive a deadline from a date and a time limit, showing every step and its legal source.
    #[command(after_help = "Rule sets: fr-cpc, fr-admin-franc, be-cj, nl-atw, eu-court, lu, plain.

Examples:
  astreinte deadline --from 2022-10-19 --within \"2 months\"
  astreinte deadline --from 2019-09-23 --within \"1 month\" --rules be-cj
  astreinte deadline --from 2006-01-17 --within \"2 months\" --rules eu-court \\
      --distance ten-days --format json")]
    Deadline(DeadlineArgs),
    /// List the public holidays of a calendar for a year or a range of dates.
    #[command(
        after_help = "Calendars: FR, FR-57, FR-67, FR-68, FR-971, FR-972, FR-973, FR-974, FR-976,
BE, NL, LU, none.

Examples:
  astreinte holidays --calendar FR --year 2023
  astreinte holidays --calendar NL --from 2024-04-01 --to 2024-06-30 \\
      --format json"
    )]
    Holidays(HolidaysArgs),
    /// Explain each case: every date and figure in the order it is derived, with the rule
    /// applied and its legal source, then each liquidation's arithmetic, the caps and totals.
    #[command(after_help = "Examples:
  astreinte explain examples/cnil-clearview-2023.toml --as-of 2023-05-10
  astreinte explain examples/nl-acm-apple-dating-apps.toml --lang fr
  LANG=fr_FR.UTF-8 astreinte explain case.toml")]
    Explain(ExplainArgs),
    /// Write a commented starter case file that `compute` accepts as it is.
    #[command(after_help = "Templates: cnil (CNIL injunction), civil (French civil astreinte),
dwangsom (Dutch, weekly with a maximum), eu (Court of Justice, daily penalty and
lump sum).

Examples:
  astreinte init --template civil --output my-case.toml
  astreinte init --template dwangsom > case.toml && astreinte compute case.toml")]
    Init(InitArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "The Debian package installs the bash, zsh and fish scripts for every user.

Examples:
  mkdir -p ~/.local/share/bash-completion/completions
  astreinte completions bash \\
      > ~/.local/share/bash-completion/completions/astreinte
  mkdir -p ~/.zfunc    # and in ~/.zshrc, before compinit: fpath+=~/.zfunc
  astreinte completions zsh > ~/.zfunc/_astreinte
  mkdir -p ~/.config/fish/completions
  astreinte completions fish > ~/.config/fish/completions/astreinte.fish
  astreinte completions powershell >> $PROFILE"
    )]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), of the whole program or of one subcommand.
    #[command(after_help = "Examples:
  astreinte man | man -l -
  astreinte man compute | man -l -
  astreinte man compute > astreinte-compute.1")]
    Man(ManArgs),
}

impl Command {
    /// What the command reads: files, directories and `-` (none for most commands).
    pub fn inputs(&self) -> &[PathBuf] {
        match self {
            Command::Compute(args) => &args.inputs,
            Command::Check(args) => &args.inputs,
            Command::Explain(args) => &args.inputs,
            Command::When(args) => &args.inputs,
            Command::Quick(_)
            | Command::Interest(_)
            | Command::Schema(_)
            | Command::Deadline(_)
            | Command::Holidays(_)
            | Command::Init(_)
            | Command::Completions(_)
            | Command::Man(_) => &[],
        }
    }
}

/// Arguments of `astreinte explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Case files, directories (searched for *.toml) or `-` for standard input.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    /// The date to compute accrued amounts at (YYYY-MM-DD); default: today.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

/// Arguments of `astreinte init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The kind of case to start from.
    #[arg(long, short = 't', value_enum, default_value_t = Template::Civil)]
    pub template: Template,
    /// Replace the `--output` file if it exists (it is otherwise left alone).
    #[arg(long)]
    pub force: bool,
}

/// The starter case files of `astreinte init`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Template {
    /// A CNIL injunction under astreinte (CNIL v Clearview AI).
    Cnil,
    /// A French civil astreinte, provisional, liquidated by the juge de l'exécution.
    Civil,
    /// A Dutch dwangsom per completed week, with its mandatory maximum.
    Dwangsom,
    /// A daily penalty and a lump sum of the Court of Justice of the European Union.
    Eu,
}

/// Arguments of `astreinte completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The shells completions are written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

/// Arguments of `astreinte man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// A subcommand whose own page to print (e.g. `compute`); default: the program's page.
    #[arg(value_name = "SUBCOMMAND")]
    pub subcommand: Option<String>,
}

/// The output formats of `deadline`, `holidays`, `quick` and `when`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableOrJson {
    /// A table for a terminal.
    Table,
    /// One JSON document.
    Json,
}

/// Arguments of `astreinte deadline`. Names are checked by the command, which lists the valid
/// ones and suggests the closest.
#[derive(Debug, Args)]
pub struct DeadlineArgs {
    /// The day the limit runs from, not itself counted (YYYY-MM-DD): the notification, service...
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: NaiveDate,
    /// The time limit: "15 days", "2 weeks", "2 months", "1 month 15 days", "2 mois"...
    #[arg(long, value_name = "LIMIT")]
    pub within: String,
    /// The rule set: fr-cpc, fr-admin-franc, be-cj, nl-atw, eu-court, lu or plain.
    #[arg(long, value_name = "RULES", default_value = "fr-cpc")]
    pub rules: String,
    /// The holiday calendar; default: the rule set's own (FR, BE, NL, LU or none).
    #[arg(long, value_name = "CALENDAR")]
    pub calendar: Option<String>,
    /// A distance extension: overseas or abroad (fr-cpc, fr-admin-franc), ten-days (eu-court).
    #[arg(long, value_name = "DISTANCE")]
    pub distance: Option<String>,
    /// When the last month lacks the day: clamp (end on its last day) or error.
    #[arg(long, value_name = "POLICY", default_value = "clamp")]
    pub month_end: String,
    /// What starts the limit, as shown in the steps.
    #[arg(long, value_name = "EVENT", default_value = "notification")]
    pub event: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
    pub format: TableOrJson,
}

/// Arguments of `astreinte holidays`.
#[derive(Debug, Args)]
pub struct HolidaysArgs {
    /// The calendar: FR, FR-57, FR-67, FR-68, FR-971, FR-972, FR-973, FR-974, FR-976, BE, NL, LU.
    #[arg(long, value_name = "CALENDAR", default_value = "FR")]
    pub calendar: String,
    /// The year to list; default: the current year.
    #[arg(long, value_name = "YEAR", conflicts_with_all = ["from", "to"], allow_negative_numbers = true)]
    pub year: Option<i32>,
    /// The first day of a range to list (YYYY-MM-DD), with --to.
    #[arg(long, value_name = "DATE", value_parser = parse_date, requires = "to")]
    pub from: Option<NaiveDate>,
    /// The last day of a range to list (YYYY-MM-DD), with --from.
    #[arg(long, value_name = "DATE", value_parser = parse_date, requires = "from")]
    pub to: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
    pub format: TableOrJson,
}

/// Arguments of `astreinte quick`.
#[derive(Debug, Args)]
pub struct QuickArgs {
    /// The sum per unit (a decimal such as 100000 or 1250.50).
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub amount: Decimal,
    /// The unit: day, week, month, quarter, semester or year.
    #[arg(long, value_name = "UNIT", default_value = "day", value_parser = parse_per)]
    pub per: Per,
    /// The first day counted (units are counted from it).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: NaiveDate,
    /// The last day counted.
    #[arg(long, value_name = "DATE", value_parser = parse_date, required_unless_present = "until", conflicts_with = "until")]
    pub through: Option<NaiveDate>,
    /// The first day not counted.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    /// The most the penalty can come to.
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub cap: Option<Decimal>,
    /// For units longer than a day: completed (default), started or prorata.
    #[arg(long, value_name = "MODE", value_parser = parse_partial)]
    pub partial: Option<Partial>,
    /// The ISO 4217 currency, for display and for rounding prorata shares.
    #[arg(long, value_name = "CODE", default_value = "EUR", value_parser = parse_currency)]
    pub currency: Currency,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
    pub format: TableOrJson,
}

/// Arguments of `astreinte when`.
#[derive(Debug, Args)]
pub struct WhenArgs {
    /// Case files, directories (searched for *.toml) or `-` for standard input.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    /// The accrued amount asked about (liquidated or not, before moderation, lump sums excluded).
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub reaches: Decimal,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
    pub format: TableOrJson,
}

/// Reads an amount above zero written as a plain decimal.
pub(crate) fn parse_amount(text: &str) -> Result<Decimal, String> {
    let value = crate::money::parse_decimal(text).map_err(|e| e.to_string())?;
    if value <= Decimal::ZERO {
        return Err(format!("expected an amount above zero, found {text}"));
    }
    Ok(value)
}

fn parse_per(text: &str) -> Result<Per, String> {
    match Per::parse(text) {
        Some(Per::Violation) => Err("`quick` counts time units; a penalty per violation needs a case file".into()),
        Some(per) => Ok(per),
        None => Err(format!(
            "unknown unit `{text}`: expected day, week, month, quarter, semester or year"
        )),
    }
}

fn parse_partial(text: &str) -> Result<Partial, String> {
    Partial::parse(text).ok_or_else(|| format!("unknown `{text}`: expected completed, started or prorata"))
}

fn parse_currency(text: &str) -> Result<Currency, String> {
    text.parse().map_err(|e: crate::money::BadCurrency| e.to_string())
}

/// Arguments of `astreinte compute`.
#[derive(Debug, Args)]
pub struct ComputeArgs {
    /// Case files, directories (searched for *.toml) or `-` for standard input.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    /// Output format: `table` for a person, `json` one document, `ndjson` one line per case as
    /// it is computed, `summary` the same with only the figures, `csv` one row per segment,
    /// `markdown` or `html` a printable statement.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The date to compute accrued amounts at (YYYY-MM-DD); default: today.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// The paper a statement is printed on (`--format html` or `pdf`).
    #[arg(long, value_enum, value_name = "SIZE", default_value_t = Paper::A4)]
    pub paper: Paper,
}

/// Arguments of `astreinte check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Case files, directories (searched for *.toml) or `-` for standard input.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    /// The date to compute accrued amounts at (YYYY-MM-DD) for a case whose `[expected]`
    /// table gives no `as_of`; default: today.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

/// Arguments of `astreinte schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The output whose schema to print; without it, the list of schemas.
    #[arg(value_enum)]
    pub name: Option<SchemaName>,
}

/// The JSON outputs that have a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaName {
    /// `compute --format json`
    Compute,
    /// each line of `compute --format ndjson`
    Ndjson,
    /// each line of `compute --format summary`
    Summary,
    /// `deadline --format json`
    Deadline,
    /// `holidays --format json`
    Holidays,
    /// `quick --format json`
    Quick,
    /// `interest --format json`
    Interest,
    /// `when --format json`
    When,
}

/// Reads a date written `YYYY-MM-DD`, in the supported range ([`crate::dates::RANGE`]).
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let outside = || format!("`{text}` is outside the supported dates, {}", crate::dates::RANGE);
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| {
        // A signed year, or one of five digits or more, is a date, out of range.
        let year = text.split('-').find(|part| !part.is_empty()).unwrap_or("");
        let signed = text.starts_with(['+', '-']);
        if year.len() >= 4 && year.bytes().all(|b| b.is_ascii_digit()) && (signed || year.len() > 4) {
            outside()
        } else {
            format!("`{text}` is not a date: expected YYYY-MM-DD, such as 2023-02-09 ({e})")
        }
    })?;
    if !crate::dates::supported(date) {
        return Err(outside());
    }
    Ok(date)
}
