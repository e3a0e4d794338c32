//! A figure never wraps (issue 17 item 7): every output for a person (the `compute` table,
//! `explain`, `when`, `deadline`, `holidays`, `quick`, `interest`), for every example and in
//! every language, written for a terminal of 80 and of 60 columns (`COLUMNS`, as a pipe reads
//! it, or `--width`), has no line wider than that, and every figure of the output written
//! without a limit is there whole, on one line: no amount, count, rate or date is broken.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

use crate::support::astreinte;

const WIDTHS: [usize; 2] = [80, 60];
const LANGS: [&str; 3] = ["en", "fr", "nl"];
const AS_OF: &str = "2030-12-31";

/// Runs `args` with `COLUMNS` set to `columns` (none: no limit); the run must succeed.
fn run_at(args: &[&str], columns: Option<usize>) -> String {
    let mut cmd = astreinte();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args(args);
    if let Some(columns) = columns {
        cmd.env("COLUMNS", columns.to_string());
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} COLUMNS={columns:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every command line whose output is for a person, in `lang`: each example through `compute`,
/// `explain` and `when`, and the README's `deadline`, `holidays`, `quick` and `interest`.
fn commands(lang: &str) -> Vec<Vec<String>> {
    let lines: [&[&str]; 14] = [
        &["compute", "examples/", "--as-of", AS_OF],
        &["explain", "examples/", "--as-of", AS_OF],
        &["when", "examples/", "--reaches", "25000000"],
        &["deadline", "--from", "2022-10-19", "--within", "2 months"],
        &[
            "deadline",
            "--from",
            "2019-09-23",
            "--within",
            "1 month",
            "--rules",
            "be-cj",
        ],
        &[
            "deadline",
            "--from",
            "2006-01-17",
            "--within",
            "2 months",
            "--rules",
            "eu-court",
            "--distance",
            "ten-days",
        ],
        &[
            "deadline",
            "--from",
            "2024-03-29",
            "--within",
            "6 weeks",
            "--rules",
            "nl-atw",
            "--calendar",
            "NL",
        ],
        &["holidays", "--calendar", "FR", "--year", "2024"],
        &["holidays", "--calendar", "FR-57", "--year", "2023"],
        &["holidays", "--calendar", "NL", "--year", "2024"],
        &[
            "holidays",
            "--calendar",
            "BE",
            "--from",
            "2024-04-01",
            "--to",
            "2024-12-31",
        ],
        &[
            "quick",
            "--amount",
            "5000000",
            "--per",
            "week",
            "--from",
            "2022-01-17",
            "--until",
            "2022-02-22",
            "--cap",
            "50000000",
        ],
        &[
            "quick",
            "--amount",
            "100000",
            "--from",
            "2022-12-20",
            "--through",
            "2023-02-09",
        ],
        &[
            "interest",
            "--amount",
            "2000",
            "--from",
            "2015-09-18",
            "--until",
            "2016-04-10",
            "--regime",
            "fr-legal",
            "--creditor",
            "individual",
            "--enforceable",
            "2015-09-17",
        ],
    ];
    lines
        .iter()
        .map(|line| line.iter().chain(&["--lang", lang]).map(|a| a.to_string()).collect())
        .collect()
}

/// The words of a line of text or of a table: separated by ordinary spaces and the table's
/// borders, never by U+00A0 or U+202F (which are inside figures).
fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split([' ', '│', '┆']).filter(|w| !w.is_empty())
}

/// The figures of `text`: each word holding a digit, with the check mark after it.
fn figures(text: &str) -> HashSet<String> {
    let mut found = HashSet::new();
    for line in text.lines() {
        let words: Vec<&str> = words(line).collect();
        for (i, word) in words.iter().enumerate() {
            if word.contains(|c: char| c.is_ascii_digit()) {
                match words.get(i + 1).copied() {
                    Some(mark @ ("✓" | "✗")) => found.insert(format!("{word} {mark}")),
                    _ => found.insert(word.to_string()),
                };
            }
        }
    }
    found
}

/// How a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Form {
    /// `2022-10-19`, `19/10/2022`, `19-10-2022`.
    Digits,
    /// `19 Oct 2022`, `19 octobre 2022`.
    Words,
    /// `Wed 19 Oct 2022`, `mer. 19 oct. 2022`, `wo 19 okt. 2022`.
    WithWeekday,
}

const MONTHS: [[&str; 12]; 6] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
    ],
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
];

const WEEKDAYS: [&str; 21] = [
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.", "ma",
    "di", "wo", "do", "vr", "za", "zo",
];

/// `word` without the punctuation around it (a month's abbreviation keeps its point).
fn bare(word: &str) -> &str {
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches([',', ';', ':', ')', '\u{A0}', '\u{202F}'])
}

/// The dates written on each line of `text`, with how each is written.
fn dates(text: &str) -> Vec<(NaiveDate, Form)> {
    let mut found = Vec::new();
    for line in text.lines() {
        let words: Vec<&str> = words(line).map(bare).collect();
        for (i, word) in words.iter().enumerate() {
            let word = word.trim_end_matches('.');
            if let Some(d) = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(word, f).ok())
                .filter(|_| word.len() == 10)
            {
                found.push((d, Form::Digits));
                continue;
            }
            // A day, its month, its year; the day of the week before them, or not.
            let (Some(month), Some(year)) = (words.get(i + 1), words.get(i + 2)) else {
                continue;
            };
            let day = word.strip_suffix("er").unwrap_or(word).parse::<u32>().ok();
            let month = MONTHS.iter().find_map(|names| names.iter().position(|m| m == month));
            let year = year.parse::<i32>().ok().filter(|_| year.len() == 4);
            if let (Some(day), Some(month), Some(year)) = (day, month, year) {
                let date = NaiveDate::from_ymd_opt(year, month as u32 + 1, day).unwrap();
                let weekday = i > 0 && WEEKDAYS.contains(&words[i - 1]);
                found.push((date, if weekday { Form::WithWeekday } else { Form::Words }));
            }
        }
    }
    found
}

fn count(dates: &[(NaiveDate, Form)]) -> HashMap<(NaiveDate, Form), usize> {
    let mut counts = HashMap::new();
    for d in dates {
        *counts.entry(*d).or_default() += 1;
    }
    counts
}

/// What `narrow` must be, `wide` being the same output without a limit: no line wider than
/// `columns`; every figure of `wide` whole on a line of `narrow`; no part of a figure alone;
/// every date of `wide` as often in `narrow`, written the same way or, for a date with its
/// weekday, in digits (a table narrowed writes its dates short).
fn assert_fits(what: &str, wide: &str, narrow: &str, columns: usize) {
    let too_wide: Vec<&str> = narrow.lines().filter(|l| l.width() > columns).collect();
    assert!(
        too_wide.is_empty(),
        "{what} at {columns}: lines too wide:\n{}",
        too_wide.join("\n")
    );
    let lines: Vec<&str> = narrow.lines().collect();
    for figure in figures(wide) {
        assert!(
            lines.iter().any(|l| l.contains(&figure)),
            "{what} at {columns}: `{figure}` is not whole on any line:\n{narrow}"
        );
    }
    let known = figures(wide);
    let wide_dates = dates(wide);
    let days: HashSet<NaiveDate> = wide_dates.iter().map(|(d, _)| *d).collect();
    for line in &lines {
        for word in words(line).filter(|w| w.contains(|c: char| c.is_ascii_digit())) {
            let whole = known.iter().any(|f| f == word || f.split(' ').any(|part| part == word))
                || dates(word).iter().any(|(d, _)| days.contains(d));
            assert!(
                whole,
                "{what} at {columns}: `{word}` is part of a figure:\n{line}\n\n{narrow}"
            );
        }
    }
    let (before, after) = (count(&wide_dates), count(&dates(narrow)));
    let n =
        |counts: &HashMap<(NaiveDate, Form), usize>, d: NaiveDate, f: Form| counts.get(&(d, f)).copied().unwrap_or(0);
    for d in days {
        let (words_then, words_now) = (n(&before, d, Form::Words), n(&after, d, Form::Words));
        let long_then = n(&before, d, Form::WithWeekday) + n(&before, d, Form::Digits);
        let long_now = n(&after, d, Form::WithWeekday) + n(&after, d, Form::Digits);
        assert!(
            words_now >= words_then && long_now >= long_then,
            "{what} at {columns}: {d} is written {words_then}+{long_then} times without a limit, \
             {words_now}+{long_now} times whole:\n{narrow}"
        );
    }
}

#[test]
fn no_figure_is_broken_and_no_line_is_wider_than_80_or_60_columns() {
    for lang in LANGS {
        for args in commands(lang) {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let wide = run_at(&args, None);
            for columns in WIDTHS {
                let narrow = run_at(&args, Some(columns));
                assert_fits(&args.join(" "), &wide, &narrow, columns);
            }
        }
    }
}

#[test]
fn the_width_option_wins_over_columns_and_zero_means_no_limit() {
    let args = ["compute", "examples/cnil-clearview-2023.toml", "--as-of", "2023-05-10"];
    let wide = run_at(&args, None);
    let with_columns = run_at(&args, Some(60));
    assert_ne!(wide, with_columns);
    assert_eq!(run_at(&[&args[..], &["--width", "60"]].concat(), None), with_columns);
    assert_eq!(
        run_at(&[&args[..], &["--width", "60"]].concat(), Some(200)),
        with_columns
    );
    assert_eq!(run_at(&[&args[..], &["--width", "0"]].concat(), Some(60)), wide);
    // COLUMNS that is not a number is no limit.
    let mut cmd = astreinte();
    let out = cmd
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .env("COLUMNS", "wide")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), wide);
    // A file given with --output has no width but --width.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("table.txt");
    let mut cmd = astreinte();
    let out = cmd
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .arg("--output")
        .arg(&file)
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), wide);
}

#[test]
fn outputs_for_scripts_and_documents_do_not_change_with_the_width() {
    let file = "examples/fr-conseil-etat-428409-air-quality.toml";
    for format in ["json", "ndjson", "csv", "summary", "markdown", "html"] {
        let args = ["compute", file, "--as-of", AS_OF, "--format", format, "--lang", "fr"];
        assert_eq!(run_at(&args, Some(60)), run_at(&args, None), "{format}");
    }
    for args in [
        &["check", "examples/"][..],
        &[
            "deadline",
            "--from",
            "2022-10-19",
            "--within",
            "2 months",
            "--format",
            "json",
        ],
        &["when", "examples/", "--reaches", "25000000", "--format", "json"],
    ] {
        assert_eq!(run_at(args, Some(60)), run_at(args, None), "{args:?}");
    }
}

#[test]
fn snapshots_of_a_case_at_60_columns_in_each_language() {
    let file = "examples/fr-conseil-etat-428409-air-quality.toml";
    for lang in LANGS {
        let table = run_at(&["compute", file, "--as-of", "2024-06-30", "--lang", lang], Some(60));
        insta::assert_snapshot!(format!("air_quality_table_60_columns_{lang}"), table);
    }
}

#[test]
fn the_readme_shows_what_a_terminal_of_60_columns_gets() {
    let command = "astreinte compute examples/cnil-clearview-2023.toml --as-of 2023-05-10 --width 60";
    let readme = std::fs::read_to_string(crate::support::repo("README.md")).unwrap();
    let shown = readme
        .split(&format!("$ {command}\n"))
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README shows the example at 60 columns");
    let args: Vec<&str> = command.split(' ').skip(1).collect();
    assert_eq!(shown, run_at(&args, None));
}

/// On a terminal, its own width is used, whatever COLUMNS says: run under `script`, which gives
/// the program a terminal (util-linux; the test says so and passes where it is missing).
#[test]
fn a_terminal_gets_its_own_width() {
    let has_script = std::process::Command::new("sh")
        .args(["-c", "command -v script"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        eprintln!("skipped: no `script` to give the program a terminal");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let command = format!(
        "stty rows 24 cols 60 && {} compute examples/cnil-clearview-2023.toml --as-of 2023-05-10 --lang fr",
        env!("CARGO_BIN_EXE_astreinte")
    );
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &command])
        .arg(dir.path().join("typescript"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n");
    let piped = run_at(
        &[
            "compute",
            "examples/cnil-clearview-2023.toml",
            "--as-of",
            "2023-05-10",
            "--lang",
            "fr",
        ],
        Some(60),
    );
    assert_eq!(text, piped);
}
