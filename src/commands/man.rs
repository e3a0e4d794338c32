//! `astreinte man`: the manual pages, generated from the clap definition, with the sections a
//! manual has and `--help` has not: exit status, environment, files, examples, see also.

use clap::CommandFactory;

use super::Streams;
use crate::cli::{Cli, LONG_VERSION, ManArgs};
use crate::error::{Error, ExitStatus, Usage};

/// The day of the build (see build.rs): the date of every page.
const DATE: &str = env!("ASTREINTE_BUILD_DATE");
const VERSION: &str = env!("CARGO_PKG_VERSION");

pub(super) fn run(args: &ManArgs, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    io.stdout.write_all(page(args.subcommand.as_deref())?.as_bytes())?;
    Ok(ExitStatus::Success)
}

/// The roff source of the program's page (`None`) or of one subcommand's, named as git names
/// its own: astreinte-compute(1).
pub(super) fn page(subcommand: Option<&str>) -> Result<String, Error> {
    // `help` is no page of its own: `astreinte help X` is `astreinte X --help`.
    let mut program = Cli::command().disable_help_subcommand(true);
    // Building the program hands its global options down to each subcommand.
    program.build();
    let mut out = Vec::new();
    match subcommand {
        None => program_page(&program, &mut out)?,
        Some(name) => {
            let found = program.find_subcommand(name).ok_or_else(|| {
                let names = program.get_subcommands().map(|c| c.get_name().to_string()).collect();
                Error::from(Usage::NoSubcommand {
                    name: name.to_string(),
                    names,
                })
            })?;
            subcommand_page(found, &mut out)?;
        }
    }
    Ok(once_preamble(&String::from_utf8_lossy(&out)))
}

/// clap_mangen starts each section it renders with the same two-line preamble: one is enough.
fn once_preamble(page: &str) -> String {
    const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    match page.split_once(PREAMBLE) {
        Some((before, after)) => format!("{before}{PREAMBLE}{}", after.replace(PREAMBLE, "")),
        None => page.to_string(),
    }
}

fn man(command: clap::Command, title: &str) -> clap_mangen::Man {
    clap_mangen::Man::new(command)
        .title(title)
        .date(DATE)
        .source(format!("astreinte {VERSION}"))
        .manual("User Commands")
}

fn program_page(program: &clap::Command, out: &mut Vec<u8>) -> Result<(), Error> {
    let page = man(program.clone(), "astreinte");
    page.render_title(out)?;
    page.render_name_section(out)?;
    page.render_synopsis_section(out)?;
    page.render_description_section(out)?;
    paragraphs(out, DESCRIPTION);
    page.render_options_section(out)?;
    page.render_subcommands_section(out)?;
    exit_status(out);
    environment(out);
    files(out);
    section(out, "EXAMPLES");
    examples(out, EXAMPLES);
    let mut pages: Vec<String> = program
        .get_subcommands()
        .map(|c| format!("astreinte-{}(1)", c.get_name()))
        .collect();
    pages.push("the README, /usr/share/doc/astreinte/README.md once installed".to_string());
    pages.push("https://github.com/astreinte/astreinte".to_string());
    see_also(out, &pages);
    version(out);
    Ok(())
}

fn subcommand_page(command: &clap::Command, out: &mut Vec<u8>) -> Result<(), Error> {
    let title = format!("astreinte-{}", command.get_name());
    let after = command.get_after_help().map(ToString::to_string).unwrap_or_default();
    // The text after each subcommand's options: notes, then `Examples:` and one per line.
    let (notes, examples_text) = match after.split_once("Examples:\n") {
        Some((notes, examples)) => (notes.to_string(), examples.to_string()),
        None => (after.clone(), String::new()),
    };
    let page = man(command.clone().after_help(None::<&str>), &title);
    page.render_title(out)?;
    page.render_name_section(out)?;
    page.render_synopsis_section(out)?;
    page.render_description_section(out)?;
    paragraphs(out, &notes);
    page.render_options_section(out)?;
    if !examples_text.trim().is_empty() {
        section(out, "EXAMPLES");
        literal(out, &examples_text);
    }
    exit_status(out);
    if command.get_name() != "completions" && command.get_name() != "man" {
        environment(out);
    }
    see_also(out, &["astreinte(1)".to_string()]);
    version(out);
    Ok(())
}

const DESCRIPTION: &str = "\
astreinte reads case files in TOML (see FILES), derives the compliance deadline step by step \
under the procedural rules that apply, each step with its legal source, counts the days of delay \
of each liquidation period and of the period not yet liquidated, and prints the totals as a \
table, JSON, NDJSON, CSV, a summary, or a statement in Markdown or HTML. Money is an exact \
decimal throughout; dates are calendar dates.

The commands that read case files (compute, check, explain, when) take files, directories \
(every *.toml below them, in path order) and - for standard input, in any mix; each file is \
read once however it is reached. Without --as-of, the period not yet liquidated is counted up \
to today: give --as-of DATE for a figure that does not change from one day to the next.

Results go to standard output; messages (errors, with the file, line, column and key \
concerned) to standard error. A case that cannot be read or computed is reported and the other \
cases are still computed; the exit status then says so.";

fn exit_status(out: &mut Vec<u8>) {
    section(out, "EXIT STATUS");
    items(
        out,
        &[
            ("0", "Success."),
            (
                "1",
                "check: a computed figure differs from an expected figure of a case file.",
            ),
            (
                "2",
                "Bad input or usage: a file could not be read, parsed, validated or computed (the \
                 other inputs were still processed), the command line was wrong, or --output names \
                 one of the inputs.",
            ),
            (
                "128+N",
                "A run writing to --output FILE was ended by signal N (SIGHUP 129, SIGINT 130, \
                 SIGTERM 143): its temporary file is removed and FILE is left as it was.",
            ),
        ],
    );
    paragraphs(
        out,
        "When several apply, the highest of 0, 1 and 2 wins: check on a batch with one mismatch \
         and one unreadable file exits 2. Output closed early (check cases/ | head -1) does not \
         change the status: every input is still read and computed.",
    );
}

fn environment(out: &mut Vec<u8>) {
    section(out, "ENVIRONMENT");
    items(
        out,
        &[
            (
                "NO_COLOR",
                "Set and not empty: no colour under --color auto (the default). --color always \
                 colours all the same, --color never never does. Only the table and the lines of \
                 check are ever coloured, and only on a terminal under auto.",
            ),
            (
                "COLUMNS",
                "When standard output is not a terminal (or its width cannot be read) and --width \
                 is not given: the \
                 most columns a line for a person may take (tables, explain, deadline, holidays, \
                 quick, interest, when); tables narrow to fit and no figure is broken across \
                 lines. On a terminal its own width is used; 0 or a value that is not a number: \
                 no limit. A file given with --output has no width but --width's.",
            ),
            (
                "LC_ALL, LC_MESSAGES, LANG",
                "Without --lang, the first of these, in this order, that is set and not empty \
                 chooses the language of tables, statements and explanations: a value beginning \
                 with fr (fr, fr_FR.UTF-8, fr_BE...) gives French, with nl (nl_NL.UTF-8, \
                 nl_BE...) Dutch, any other (C, POSIX, \
                 en_US.UTF-8, de_DE...) or none English. JSON, NDJSON, summary and CSV are the \
                 same in every language.",
            ),
            (
                "ASTREINTE_CHROMIUM",
                "The browser --format pdf prints the statement with (a path or a name); without \
                 it, chromium, chromium-browser, google-chrome or google-chrome-stable, the first \
                 found on the PATH.",
            ),
            (
                "ASTREINTE_MAX_INPUT_BYTES",
                "Lowers the most one input may hold (1 GiB, 1073741824 bytes); it cannot raise it.",
            ),
        ],
    );
}

fn files(out: &mut Vec<u8>) {
    section(out, "FILES");
    paragraphs(
        out,
        "A case file is TOML: one case with its keys at the top level, or several [[case]] \
         tables with the same keys. Dates are bare TOML dates (2022-10-19, no quotes). Amounts \
         are TOML integers (100000) or decimal strings (\"100000.50\"); a TOML float is refused, \
         its exact figure being already lost. A minimal case, CNIL v Clearview AI:",
    );
    literal(
        out,
        "title = \"CNIL v Clearview AI\"
currency = \"EUR\"
rules = \"fr-cpc\"

[order]
decided = 2022-10-17
notified = 2022-10-19
comply_within = \"2 months\"

[penalty]
amount = 100000
per = \"day\"

[[liquidation]]
decided = 2023-04-13
through = 2023-02-09
expected = 5200000
",
    );
    paragraphs(out, "The keys:");
    items(
        out,
        &[
            (
                "title, currency",
                "The case's name and its ISO 4217 currency (both required); authority and reference are optional.",
            ),
            (
                "rules, calendar",
                "How a time limit is counted (fr-cpc, fr-admin-franc, be-cj, nl-atw, eu-court, lu, \
                 plain) and the public holidays that extend it (FR, FR-57, ..., BE, NL, LU, none; \
                 default: the rule set's own). calendar_adjust adds or removes non-working days.",
            ),
            (
                "[order]",
                "decided (required), notified, and either comply_within (\"2 months\", \"15 jours\") \
                 or deadline (a date); distance (overseas, abroad, ten-days) and month_end (clamp, \
                 error).",
            ),
            (
                "[penalty] or [[penalty]]",
                "amount (above zero) per unit (day, week, month, quarter, semester, year, violation); \
                 partial (completed, started, prorata), from, complied, cap, obligation; \
                 [[penalty.change]] a new rate from a date, [[penalty.suspension]] days that do not \
                 count, [[penalty.violation]] violations found on a date.",
            ),
            (
                "cap, [[lump_sum]]",
                "The most all penalties can come to; fixed sums owed alongside them.",
            ),
            (
                "[[liquidation]]",
                "Each decision that liquidated a period, in order: through (last day counted) or \
                 until (first day not counted), from, decided, awarded (when the court moderated), \
                 and expected, expected_days for check.",
            ),
            (
                "[expected]",
                "Figures of the whole case that check verifies: as_of (the date they are counted \
                 to), deadline, accrual_start, accrued, accrued_days, unliquidated, total.",
            ),
        ],
    );
    paragraphs(
        out,
        "astreinte init writes a commented starter case file. The bundled examples are in \
         /usr/share/doc/astreinte/examples/ once installed (examples/ in the source). The JSON \
         outputs have JSON Schemas, printed by astreinte schema. The README gives every key, \
         rule and format in full.",
    );
}

const EXAMPLES: &[(&str, &str)] = &[
    (
        "Compute a case as of a date, as a table:",
        "astreinte compute examples/cnil-clearview-2023.toml --as-of 2023-05-10",
    ),
    (
        "Every case of a folder as JSON, into a file written whole or not at all:",
        "astreinte compute cases/ --format json --as-of 2025-01-01 --output computed.json",
    ),
    (
        "A French statement to print, in HTML:",
        "astreinte compute case.toml --format html --lang fr --output decompte.html",
    ),
    (
        "Check every expected figure, as a CI job does (exit 1 on a mismatch):",
        "astreinte check --quiet cases/",
    ),
    (
        "How a deadline is reached, step by step:",
        "astreinte deadline --from 2022-10-19 --within \"2 months\"",
    ),
    (
        "One penalty over one period, without a case file:",
        "astreinte quick --amount 100000 --from 2022-12-20 --through 2023-02-09",
    ),
    (
        "Start a case file:",
        "astreinte init --template civil --output my-case.toml",
    ),
];

fn examples(out: &mut Vec<u8>, examples: &[(&str, &str)]) {
    for (what, command) in examples {
        paragraphs(out, what);
        literal(out, command);
    }
}

fn see_also(out: &mut Vec<u8>, pages: &[String]) {
    section(out, "SEE ALSO");
    let text = pages
        .iter()
        .map(|page| match page.split_once('(') {
            // astreinte-compute(1) in bold, as man pages name man pages.
            Some((name, rest)) if !page.contains(' ') => format!("\\fB{}\\fR({rest}", escape(name)),
            _ => escape(page),
        })
        .collect::<Vec<_>>()
        .join(",\n");
    // No hyphenation: a page's name broken across two lines cannot be searched for.
    line(out, ".ad l");
    line(out, ".nh");
    line(out, &text);
    line(out, ".hy");
    line(out, ".ad");
}

fn version(out: &mut Vec<u8>) {
    section(out, "VERSION");
    // The long version is two lines: the version with its commit and day, then the target.
    line(out, &escape(&format!("astreinte {}", LONG_VERSION.replace('\n', ", "))));
}

fn section(out: &mut Vec<u8>, name: &str) {
    line(out, &format!(".SH \"{name}\""));
}

/// Filled paragraphs, one per blank-line-separated block of `text`.
fn paragraphs(out: &mut Vec<u8>, text: &str) {
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        line(out, ".PP");
        line(
            out,
            &escape(&paragraph.split_whitespace().collect::<Vec<_>>().join(" ")),
        );
    }
}

/// A tagged list: each tag in bold, its text indented below it.
fn items(out: &mut Vec<u8>, items: &[(&str, &str)]) {
    for (tag, text) in items {
        line(out, ".TP");
        line(out, &format!("\\fB{}\\fR", escape(tag)));
        line(out, &escape(&text.split_whitespace().collect::<Vec<_>>().join(" ")));
    }
}

/// Lines shown as written (commands, a file), indented, in a fixed-width font where there is one.
fn literal(out: &mut Vec<u8>, text: &str) {
    line(out, ".PP");
    line(out, ".RS 4");
    line(out, ".nf");
    for text_line in text.trim_end().lines() {
        // The examples of --help are indented by two spaces for the terminal.
        line(out, &escape(text_line.strip_prefix("  ").unwrap_or(text_line)));
    }
    line(out, ".fi");
    line(out, ".RE");
}

fn line(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(text.as_bytes());
    out.push(b'\n');
}

/// Text as roff prints it: a backslash is `\e`, a hyphen `\-` (so that options and file names
/// copied from the page work), and a line may not start with a control character.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roff_control_characters_are_escaped() {
        assert_eq!(escape(".hidden -x a\\b"), "\\&.hidden \\-x a\\eb");
        assert_eq!(escape("'quoted'"), "\\&'quoted'");
    }
}
