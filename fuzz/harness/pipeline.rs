//! The whole path from bytes to output, as one function the fuzzer and the replay test share.
//!
//! It is compiled twice: by the fuzz crate (fuzz/fuzz_targets/*.rs, `cargo fuzz`) and by the
//! normal test run (tests/fuzz_replay.rs, stable Rust), so a saved input that once crashed is
//! replayed on every `cargo test`. It uses only the library's public API.
//!
//! Every input must end either in output or in a clean error: a panic is the failure the
//! fuzzer looks for, and the checks below turn a silently wrong outcome into one.

use astreinte::case::load;
use astreinte::command_line::{Cli, ExitStatus, MAX_INPUT_BYTES, Streams, run};
use astreinte::engine::{compute, when};
use astreinte::lang::Lang;
use astreinte::render::{Format, Presentation, RunInfo, Terminal};
use astreinte::source::Source;
use chrono::NaiveDate;
use clap::{Parser, ValueEnum};
use rust_decimal::Decimal;

/// The dates every case is computed at: an ordinary day, and the last day of four-digit
/// years, which stretches every count to its longest.
fn as_of_dates() -> [NaiveDate; 2] {
    [
        NaiveDate::from_ymd_opt(2024, 6, 15).unwrap_or(NaiveDate::MIN),
        NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX),
    ]
}

/// Feeds `data` through the library (parse, validate, compute, every renderer in every
/// language, `when`) and through the command line in memory (`compute` in every format,
/// `explain`, `check`, `when`), as standard input. Panics only when an invariant breaks.
pub fn exercise(data: &[u8]) {
    library(data, &as_of_dates());
    command_line(data, as_of_dates()[0]);
}

/// [`exercise`], computing at `as_of` only (in the library, and as the command line's today).
pub fn exercise_at(data: &[u8], as_of: NaiveDate) {
    library(data, &[as_of]);
    command_line(data, as_of);
}

/// Whether every date `text` shows is in the supported range, 0001-01-01 to 9999-12-31: as
/// `YYYY-MM-DD` (four digits, no sign), as `DD/MM/YYYY`, or after a month's name (`5 Oct 2010`,
/// `déc. 2022`); `Err` quotes the first that is not. Used on outputs, when the input itself
/// holds no such text (a title may quote anything).
pub fn dates_in_range(text: &str) -> Result<(), String> {
    const MONTHS: &[&str] = &[
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
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
        "janv.",
        "févr.",
        "avr.",
        "juil.",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ];
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut i = 0;
    while i < bytes.len() {
        if !digit(i) || (i > 0 && digit(i - 1)) {
            i += 1;
            continue;
        }
        let start = i;
        while digit(i) {
            i += 1;
        }
        let run = &text[start..i];
        let sign = start > 0 && matches!(bytes[start - 1], b'+' | b'-');
        let before = &text[..start.saturating_sub(usize::from(sign))];
        let after = &bytes[i..];
        let iso = after.len() >= 6
            && after[0] == b'-'
            && after[1..3].iter().all(u8::is_ascii_digit)
            && after[3] == b'-'
            && after[4..6].iter().all(u8::is_ascii_digit)
            && !after.get(6).is_some_and(u8::is_ascii_digit);
        let b = before.as_bytes();
        let slashed = b.len() >= 6
            && b[b.len() - 1] == b'/'
            && b[b.len() - 4] == b'/'
            && [2, 3, 5, 6].iter().all(|&k| b[b.len() - k].is_ascii_digit());
        let after_month = before
            .strip_suffix(' ')
            .is_some_and(|b| MONTHS.iter().any(|m| b.ends_with(m)));
        let year_ok = !sign && run.len() <= 4 && run.parse::<u32>().is_ok_and(|y| y >= 1);
        let bad = if iso || slashed {
            !year_ok || run.len() != 4
        } else {
            after_month && !year_ok
        };
        if bad {
            let from = start.saturating_sub(12);
            let to = (i + 12).min(text.len());
            let shown: String = text.get(from..to).map_or_else(|| run.to_string(), str::to_string);
            return Err(format!("a date outside 0001-01-01..=9999-12-31 is shown: {shown:?}"));
        }
    }
    Ok(())
}

fn library(data: &[u8], as_of_dates: &[NaiveDate]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let check_dates = dates_in_range(text).is_ok();
    let source = Source::new("fuzz.toml", text);
    for case in load(&source) {
        let case = match case {
            Ok(case) => case,
            Err(e) => {
                // An error must say where: a position inside the file, and a message.
                assert!(e.location.line >= 1 && e.location.column >= 1, "{e:?}");
                assert!(!e.message().trim().is_empty(), "{e:?}");
                let _ = e.render();
                continue;
            }
        };
        for &as_of in as_of_dates {
            let report = match compute(&case, as_of) {
                Ok(report) => report,
                Err(e) => {
                    assert!(
                        e.location().line >= 1 || e.location().file.as_ref() != "fuzz.toml",
                        "{e:?}"
                    );
                    continue;
                }
            };
            // `pdf` is the `html` document printed by a browser: the HTML is exercised here,
            // and starting a browser per input is for tests/cli/pdf.rs alone.
            let every = Format::value_variants()
                .iter()
                .filter(|f| **f != Format::Pdf)
                .flat_map(|f| Lang::value_variants().iter().map(move |l| (*f, *l)));
            for (format, lang) in every {
                let presentation = Presentation {
                    lang,
                    ..Presentation::default()
                };
                let mut renderer = format.renderer(presentation);
                let mut out = Vec::new();
                let rendered = renderer
                    .begin(&mut out, &RunInfo { as_of })
                    .and_then(|()| renderer.case(&mut out, &report))
                    .and_then(|()| renderer.finish(&mut out));
                assert!(rendered.is_ok(), "{format:?} failed to render: {rendered:?}");
                assert!(
                    std::str::from_utf8(&out).is_ok(),
                    "{format:?} wrote bytes that are not UTF-8"
                );
                if format == Format::Json {
                    let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&out);
                    assert!(parsed.is_ok(), "the JSON output does not parse: {parsed:?}");
                }
                if check_dates && let Err(e) = dates_in_range(&String::from_utf8_lossy(&out)) {
                    panic!("{format:?} {lang:?}: {e}");
                }
            }
        }
        for target in [Decimal::ONE, Decimal::from(1_000_000), Decimal::MAX] {
            if let Ok(reach) = when(&case, target) {
                let written = format!("{:?} {:?}", reach.date.map(|d| d.to_string()), reach.never);
                if check_dates && let Err(e) = dates_in_range(&written) {
                    panic!("when {target}: {e}");
                }
            }
        }
    }
}

fn command_line(data: &[u8], today: NaiveDate) {
    let commands: [&[&str]; 11] = [
        &["astreinte", "compute", "-", "--format", "table"],
        &["astreinte", "compute", "-", "--format", "json"],
        &["astreinte", "compute", "-", "--format", "ndjson"],
        &["astreinte", "compute", "-", "--format", "csv"],
        &["astreinte", "compute", "-", "--format", "markdown", "--lang", "fr"],
        &["astreinte", "compute", "-", "--format", "html", "--lang", "en"],
        &["astreinte", "explain", "-", "--lang", "fr"],
        &["astreinte", "explain", "-", "--lang", "en"],
        &["astreinte", "check", "-"],
        &["astreinte", "when", "-", "--reaches", "1000000"],
        &["astreinte", "when", "-", "--reaches", "1000000", "--format", "json"],
    ];
    for args in commands {
        let cli = match Cli::try_parse_from(args) {
            Ok(cli) => cli,
            Err(e) => panic!("the harness's own command line is refused: {e}"),
        };
        let mut stdin = data;
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut streams = Streams {
            stdin: &mut stdin,
            stdout: &mut out,
            stderr: &mut err,
            terminal: Terminal {
                is_terminal: false,
                no_color: true,
            },
            max_input: MAX_INPUT_BYTES,
        };
        let status = run(cli, &|| today, &mut streams);
        let status = match status {
            Ok(status) => status,
            Err(e) => panic!("{args:?}: writing to memory cannot fail, yet: {e}"),
        };
        let err = String::from_utf8_lossy(&err);
        // Exit status 2 exactly when an error was explained on standard error, in the language
        // of the run.
        let explained = ["error: ", "erreur\u{A0}: ", "fout: "]
            .iter()
            .any(|prefix| err.contains(prefix));
        assert_eq!(
            status == ExitStatus::BadInput,
            explained,
            "{args:?}: status {status:?}, stderr: {err}"
        );
        if args.contains(&"json") && status == ExitStatus::Success {
            let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&out);
            assert!(parsed.is_ok(), "{args:?}: the JSON output does not parse: {parsed:?}");
        }
        let input_dates_in_range = std::str::from_utf8(data).is_ok_and(|t| dates_in_range(t).is_ok());
        if input_dates_in_range && let Err(e) = dates_in_range(&String::from_utf8_lossy(&out)) {
            panic!("{args:?}: {e}");
        }
    }
}
