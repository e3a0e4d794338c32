//! The malformed corpus (tests/malformed/*.toml): every file is refused with exit status 2 and
//! a message naming the file, line and column (and the key, where there is one) and saying what
//! was expected. Each message is a committed snapshot (tests/cli/snapshots/), reviewed by hand:
//! `INSTA_UPDATE=always cargo test --test cli malformed` rewrites them after a deliberate change.

use std::path::Path;

use crate::support::{repo, run, temp_dir_with};

/// The corpus, sorted by name.
fn corpus() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(repo("tests/malformed"))
        .expect("tests/malformed exists")
        .map(|e| e.expect("a directory entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    names
}

/// `error: FILE:LINE:COLUMN: ...` → (line, column), both at least 1.
fn position(first_line: &str, file: &str) -> (usize, usize) {
    let rest = first_line
        .strip_prefix(&format!("error: {file}:"))
        .unwrap_or_else(|| panic!("the message does not start with the file: {first_line}"));
    let mut parts = rest.splitn(3, ':');
    let mut number = || -> usize {
        parts
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no line:column in {first_line}"))
    };
    let (line, column) = (number(), number());
    assert!(line >= 1 && column >= 1, "{first_line}");
    (line, column)
}

/// Refusals about the text itself, before any key is read: they have a position but no key.
const NO_KEY: &[&str] = &[
    "05-unclosed-table-header",
    "07-unclosed-inline-table",
    "100-binary-garbage",
    "101-latin1-accent",
    "98-nul-bytes",
];

#[test]
fn the_corpus_holds_at_least_fifty_files() {
    assert!(corpus().len() >= 50, "{} files", corpus().len());
}

#[test]
fn every_malformed_file_is_refused_with_its_position_key_and_snapshot() {
    for name in corpus() {
        let file = format!("tests/malformed/{name}");
        let (code, out, err) = run(&["compute", &file, "--as-of", "2024-01-01"]);
        assert_eq!(code, 2, "{file}: exit status {code}, stderr: {err}");
        // A batch computes its good cases; a single-case file writes nothing.
        assert!(
            out.is_empty() || name.contains("batch"),
            "{file}: wrote a result: {out}"
        );
        let first = err.lines().next().unwrap_or_default();
        let (line, _) = position(first, &file);
        let text = std::fs::read(repo(&file)).expect("read the file");
        let lines = text.split(|b| *b == b'\n').count();
        assert!(line <= lines, "{file}: line {line} of {lines}");
        let stem = name.trim_end_matches(".toml");
        if !NO_KEY.contains(&stem) {
            let key = first.split('`').nth(1);
            assert!(key.is_some_and(|k| !k.is_empty()), "{file}: no key in {first}");
        }
        insta::assert_snapshot!(stem, err);
    }
}

#[test]
fn the_whole_corpus_as_json_lists_one_error_per_file_with_its_position() {
    let (code, out, _) = run(&[
        "compute",
        "tests/malformed",
        "--format",
        "json",
        "--as-of",
        "2024-01-01",
    ]);
    assert_eq!(code, 2);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("the JSON output parses");
    let errors = doc["errors"].as_array().expect("an errors array");
    // The good cases of the batch files compute: a syntax error stops only its own case, or,
    // for a multi-line string never closed, the cases from there to the end of the file.
    let titles: Vec<&str> = doc["cases"]
        .as_array()
        .expect("a cases array")
        .iter()
        .filter_map(|c| c["title"].as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "First", "Third", // 102
            "First", "Third", // 103
            "First", // 104
            "First", "Third", // 106
            "First", "Third", // 185
            "First", // 85
        ]
    );
    let files: std::collections::BTreeSet<&str> = errors.iter().filter_map(|e| e["file"].as_str()).collect();
    assert_eq!(files.len(), corpus().len());
    for e in errors {
        assert!(e["line"].as_u64().is_some_and(|l| l >= 1), "{e}");
        assert!(e["column"].as_u64().is_some_and(|c| c >= 1), "{e}");
        assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()), "{e}");
    }
}

/// The fault sits after 50 MB of comments: it is found, on the right line, and the message
/// stays short.
#[test]
fn a_fifty_megabyte_file_is_read_to_its_fault() {
    let head = "title = \"Big\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n[order]\ndecided = 2023-01-02\ncomply_within = \"1 month\"\n";
    let comment = format!("# {}\n", "x".repeat(97));
    let filler = comment.repeat(50_000_000 / comment.len());
    let text = format!("{head}{filler}[penalty]\namount = 100.10\n");
    assert!(text.len() >= 50_000_000);
    let fault_line = text.lines().count();
    let dir = temp_dir_with(&[("big.toml", &text)]);
    let path = dir.path().join("big.toml");
    let path = path.to_str().expect("a UTF-8 path");
    let (code, _, err) = run(&["compute", path, "--as-of", "2024-01-01"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with(&format!("error: {path}:{fault_line}:10: `penalty.amount`")),
        "{err}"
    );
    assert!(err.len() < 1_000, "{} bytes of message", err.len());
}

/// One line of 50 MB with an unclosed string: the message shows a stretch of the line, not
/// the whole of it.
#[test]
fn a_fifty_megabyte_line_gives_a_short_message() {
    let text = format!("title = \"{}\n", "a".repeat(50_000_000));
    let dir = temp_dir_with(&[("line.toml", &text)]);
    let path = dir.path().join("line.toml");
    let path = path.to_str().expect("a UTF-8 path");
    let (code, _, err) = run(&["compute", path, "--as-of", "2024-01-01"]);
    assert_eq!(code, 2, "{}", err.get(..500).unwrap_or(&err));
    assert!(
        err.starts_with(&format!("error: {path}:1:")),
        "{}",
        err.get(..500).unwrap_or(&err)
    );
    assert!(err.contains("`title`"), "{}", err.get(..500).unwrap_or(&err));
    assert!(err.len() < 1_000, "{} bytes of message", err.len());
}

/// 50 MB of bytes that are not text.
#[test]
fn fifty_megabytes_of_binary_are_refused_at_the_first_bad_byte() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("garbage.toml");
    let mut bytes = b"title = \"x\"\n".to_vec();
    bytes.extend((0..50_000_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8 | 0x80));
    std::fs::write(&path, &bytes).expect("write");
    let path = path.to_str().expect("a UTF-8 path");
    let (code, _, err) = run(&["compute", path]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(&format!("error: {path}:2:1: not UTF-8 text (byte 12")),
        "{err}"
    );
    assert!(err.len() < 1_000);
    assert!(Path::new(path).exists());
}

/// The word each language puts before an error on standard error.
const PREFIXES: [(&str, &str); 3] = [("en", "error: "), ("fr", "erreur\u{A0}: "), ("nl", "fout: ")];

/// An error line of standard error, cut where scripts cut it: the file, line and column, the
/// key (if any), and what is wrong.
#[derive(Debug, PartialEq, Eq)]
struct ErrorLine {
    file: String,
    line: usize,
    column: usize,
    key: Option<String>,
    message: String,
}

/// The error lines of `err` in the language whose prefix is `prefix`, each for `file`; the
/// other lines (the excerpt of the file, underlined) apart. The line that counts a case's
/// errors past those listed names the file alone: its line and column are 0.
fn error_lines(err: &str, prefix: &str, file: &str) -> (Vec<ErrorLine>, Vec<String>) {
    let mut errors = Vec::new();
    let mut others = Vec::new();
    for line in err.lines() {
        let Some(rest) = line.strip_prefix(prefix) else {
            others.push(line.to_string());
            continue;
        };
        let rest = rest
            .strip_prefix(&format!("{file}:"))
            .unwrap_or_else(|| panic!("no file in {line}"));
        if let Some(message) = rest.strip_prefix(' ') {
            errors.push(ErrorLine {
                file: file.to_string(),
                line: 0,
                column: 0,
                key: None,
                message: message.to_string(),
            });
            continue;
        }
        let mut parts = rest.splitn(3, ':');
        let mut number = || -> usize {
            parts
                .next()
                .and_then(|p| p.parse().ok())
                .unwrap_or_else(|| panic!("no line:column in {line}"))
        };
        let (at_line, at_column) = (number(), number());
        let rest = parts.next().and_then(|r| r.strip_prefix(' ')).unwrap_or_default();
        let (key, message) = match rest.strip_prefix('`').and_then(|r| r.split_once("`: ")) {
            Some((key, message)) => (Some(key.to_string()), message.to_string()),
            None => (None, rest.to_string()),
        };
        errors.push(ErrorLine {
            file: file.to_string(),
            line: at_line,
            column: at_column,
            key,
            message,
        });
    }
    (errors, others)
}

/// Issue 17: every malformed file gives, in French and in Dutch, its errors at the same file,
/// line, column and key as in English, with the same excerpt of the file underlined, and what
/// is wrong in the language (never the English left as it is).
#[test]
fn every_malformed_file_keeps_its_position_and_key_in_every_language() {
    for name in corpus() {
        let file = format!("tests/malformed/{name}");
        let runs: Vec<(&str, Vec<ErrorLine>, Vec<String>)> = PREFIXES
            .iter()
            .map(|(lang, prefix)| {
                let (code, _, err) = run(&["compute", &file, "--as-of", "2024-01-01", "--lang", lang]);
                assert_eq!(code, 2, "{file} in {lang}: {err}");
                let (errors, others) = error_lines(&err, prefix, &file);
                assert!(!errors.is_empty(), "{file} in {lang}: no error line in {err}");
                (*lang, errors, others)
            })
            .collect();
        let (_, english, excerpt) = &runs[0];
        for (lang, errors, others) in &runs[1..] {
            assert_eq!(errors.len(), english.len(), "{file} in {lang}");
            for (e, en) in errors.iter().zip(english) {
                assert_eq!(
                    (&e.file, e.line, e.column, &e.key),
                    (&en.file, en.line, en.column, &en.key),
                    "{file} in {lang}"
                );
                assert_ne!(e.message, en.message, "{file}: left in English in {lang}");
            }
            assert_eq!(others, excerpt, "{file} in {lang}: the excerpt differs");
        }
    }
}

/// Standard error for the whole corpus under `--lang`, file by file.
fn corpus_in(lang: &str) -> String {
    let mut all = String::new();
    for name in corpus() {
        let file = format!("tests/malformed/{name}");
        let (code, _, err) = run(&["compute", &file, "--as-of", "2024-01-01", "--lang", lang]);
        assert_eq!(code, 2, "{file} in {lang}: {err}");
        all.push_str(&format!("── {name}\n{err}\n"));
    }
    all
}

/// The corpus's messages in French, reviewed by hand as the English ones are.
#[test]
fn the_corpus_in_french() {
    insta::assert_snapshot!("corpus_in_french", corpus_in("fr"));
}

/// The corpus's messages in Dutch.
#[test]
fn the_corpus_in_dutch() {
    insta::assert_snapshot!("corpus_in_dutch", corpus_in("nl"));
}

/// A file with three mistakes, in three tables.
const THREE_MISTAKES: &str = "title = \"Three\"\ncurrency = \"EURO\"\nrules = \"fr-cpc\"\n\
    [order]\ndecided = 2023-03-10\nnotified = 2023-03-01\ncomply_within = \"2 months\"\n\
    [penalty]\namount = 1000\n[[liquidation]]\nthrough = 2023-09-30\nawarded = \"-5\"\n";

/// Issue 17, items 5 and 7 together: a file with three mistakes gives its three errors in one
/// run under `--lang fr` and `--lang nl` as under `--lang en` (in `compute`, `check` and
/// `when`), each after the language's own word, at the same file, line, column and key, with
/// the same excerpt underlined, and what is wrong in the language.
#[test]
fn three_mistakes_are_three_errors_at_the_same_places_in_every_language() {
    let dir = temp_dir_with(&[("three.toml", THREE_MISTAKES)]);
    let path = dir.path().join("three.toml");
    let path = path.to_str().expect("a UTF-8 path");
    let commands: [&[&str]; 3] = [
        &["compute", path, "--as-of", "2024-01-01"],
        &["check", path, "--as-of", "2024-01-01"],
        &["when", path, "--reaches", "1000"],
    ];
    for command in commands {
        let runs: Vec<(&str, Vec<ErrorLine>, Vec<String>)> = PREFIXES
            .iter()
            .map(|(lang, prefix)| {
                let args = [command, &["--lang", lang]].concat();
                let (code, _, err) = run(&args);
                assert_eq!(code, 2, "{command:?} in {lang}: {err}");
                let (errors, others) = error_lines(&err, prefix, path);
                (*lang, errors, others)
            })
            .collect();
        for (lang, errors, _) in &runs {
            let places: Vec<(usize, usize, Option<&str>)> =
                errors.iter().map(|e| (e.line, e.column, e.key.as_deref())).collect();
            assert_eq!(
                places,
                [
                    (2, 12, Some("currency")),
                    (6, 12, Some("order.notified")),
                    (12, 11, Some("liquidation[1].awarded")),
                ],
                "{command:?} in {lang}"
            );
        }
        let (_, english, excerpt) = &runs[0];
        for (lang, errors, others) in &runs[1..] {
            for (e, en) in errors.iter().zip(english) {
                assert_ne!(e.message, en.message, "{command:?}: left in English in {lang}");
            }
            assert_eq!(others, excerpt, "{command:?} in {lang}: the excerpts differ");
        }
    }
}

/// The machine formats keep every error's message in English whatever the language, as each
/// error's `message` always was: the three errors of a case in JSON are the same in every run.
#[test]
fn the_json_records_of_three_mistakes_are_english_in_every_language() {
    let dir = temp_dir_with(&[("three.toml", THREE_MISTAKES)]);
    let path = dir.path().join("three.toml");
    let path = path.to_str().expect("a UTF-8 path");
    let (_, _, english) = run(&["compute", path, "--as-of", "2024-01-01", "--lang", "en"]);
    let (english, _) = error_lines(&english, "error: ", path);
    for lang in ["en", "fr", "nl"] {
        let (code, out, _) = run(&[
            "compute",
            path,
            "--as-of",
            "2024-01-01",
            "--format",
            "json",
            "--lang",
            lang,
        ]);
        assert_eq!(code, 2, "{lang}: {out}");
        let doc: serde_json::Value = serde_json::from_str(&out).expect("the JSON output parses");
        let records = doc["errors"][0]["errors"].as_array().expect("the case's errors");
        let messages: Vec<&str> = records.iter().filter_map(|e| e["message"].as_str()).collect();
        let expected: Vec<&str> = english.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(messages, expected, "{lang}: {out}");
    }
}
