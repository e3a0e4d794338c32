//! Snapshots of every output for a person, in both languages, and the checks that do not need
//! a snapshot: French number formats, JSON unchanged by the language, a self-contained HTML.

use crate::support::{CLEARVIEW, run};

const APPLE: &str = "examples/nl-acm-apple-dating-apps.toml";

/// Runs a command that must succeed and returns its standard output.
fn output(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "{args:?} failed: {stderr}");
    stdout
}

fn compute(file: &str, format: &str, lang: &str, as_of: &str) -> String {
    output(&["compute", file, "--format", format, "--lang", lang, "--as-of", as_of])
}

fn explain(file: &str, lang: &str, as_of: &str) -> String {
    output(&["explain", file, "--lang", lang, "--as-of", as_of])
}

#[test]
fn snapshots_of_clearview_in_both_languages() {
    for lang in ["en", "fr"] {
        for format in ["table", "markdown", "html"] {
            insta::assert_snapshot!(
                format!("clearview_{format}_{lang}"),
                compute(CLEARVIEW, format, lang, "2023-05-10")
            );
        }
        insta::assert_snapshot!(
            format!("clearview_explain_{lang}"),
            explain(CLEARVIEW, lang, "2023-05-10")
        );
    }
}

#[test]
fn snapshots_of_a_capped_weekly_dwangsom_in_both_languages() {
    for lang in ["en", "fr"] {
        insta::assert_snapshot!(format!("apple_html_{lang}"), compute(APPLE, "html", lang, "2022-06-30"));
        insta::assert_snapshot!(format!("apple_explain_{lang}"), explain(APPLE, lang, "2022-06-30"));
    }
}

#[test]
fn french_writes_amounts_with_narrow_spaces_and_the_symbol_after() {
    let table = compute(CLEARVIEW, "table", "fr", "2023-05-10");
    assert!(table.contains("5\u{202F}200\u{202F}000\u{A0}€"), "{table}");
    assert!(table.contains("(5,2\u{A0}M€)"), "{table}");
    assert!(table.contains("mar. 20 déc. 2022"), "{table}");
    assert!(!table.contains("€5,200,000"), "{table}");
    let markdown = compute(CLEARVIEW, "markdown", "fr", "2023-05-10");
    assert!(markdown.contains("5\u{202F}200\u{202F}000,00\u{A0}€"), "{markdown}");
    let english = compute(CLEARVIEW, "markdown", "en", "2023-05-10");
    assert!(english.contains("€5,200,000.00"), "{english}");
}

#[test]
fn explain_shows_the_arithmetic_and_the_source_of_each_step() {
    let en = explain(CLEARVIEW, "en", "2023-05-10");
    let line = en
        .lines()
        .find(|l| l.contains("CPC art. 641 al. 2"))
        .expect("the months step cites CPC art. 641 al. 2");
    assert!(line.contains("19 Oct 2022 + 2 months = 19 Dec 2022"), "{line}");
    assert!(en.contains("52 days × €100,000 = €5,200,000"), "{en}");
    let fr = explain(CLEARVIEW, "fr", "2023-05-10");
    assert!(fr.contains("19 oct. 2022 + 2 mois = 19 déc. 2022"), "{fr}");
    assert!(fr.contains("52 jours × 100\u{202F}000\u{A0}€"), "{fr}");
}

#[test]
fn the_language_comes_from_the_locale_unless_given() {
    let french = crate::support::astreinte()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "fr_FR.UTF-8")
        .args(["compute", CLEARVIEW, "--as-of", "2023-05-10"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&french.stdout).contains("Échéance et premier jour de retard"));
    let c = crate::support::astreinte()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "fr_FR.UTF-8")
        .env("LC_ALL", "C")
        .args(["compute", CLEARVIEW, "--as-of", "2023-05-10"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&c.stdout).contains("Deadline and first day of delay"));
    let flag = crate::support::astreinte()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "fr_FR.UTF-8")
        .args(["compute", CLEARVIEW, "--as-of", "2023-05-10", "--lang", "en"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&flag.stdout).contains("Deadline and first day of delay"));
}

#[test]
fn machine_readable_outputs_do_not_depend_on_the_language() {
    for format in ["json", "ndjson", "csv"] {
        let en = compute("examples", format, "en", "2024-12-31");
        let fr = compute("examples", format, "fr", "2024-12-31");
        assert_eq!(en, fr, "--format {format} changed with --lang");
    }
}

#[test]
fn the_html_statement_stands_alone() {
    let html = compute(APPLE, "html", "fr", "2022-06-30");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("<style>"));
    assert!(html.contains("<svg") && html.contains("class=\"cap\"") && html.contains("class=\"liquidation\""));
    for external in ["<script", "<link", "src=", "url("] {
        assert!(!html.contains(external), "the page loads something: {external}");
    }
    let without_namespace = html.replace("http://www.w3.org/2000/svg", "");
    assert!(!without_namespace.contains("http"), "the page refers to a URL");
    assert!(html.trim_end().ends_with("</html>"));
}

/// Issue 17, item 5: a Dutch dwangsom in Dutch, every format for a person.
#[test]
fn snapshots_of_a_dutch_civil_dwangsom_in_dutch() {
    let file = "examples/nl-civiele-dwangsom-zes-maanden.toml";
    for format in ["table", "markdown", "html"] {
        insta::assert_snapshot!(
            format!("dwangsom_{format}_nl"),
            compute(file, format, "nl", "2024-12-01")
        );
    }
    insta::assert_snapshot!("dwangsom_explain_nl", explain(file, "nl", "2024-12-01"));
    insta::assert_snapshot!("apple_html_nl", compute(APPLE, "html", "nl", "2022-06-30"));
}

#[test]
fn dutch_is_written_with_its_numbers_dates_vocabulary_and_title() {
    let md = compute(
        "examples/nl-civiele-dwangsom-zes-maanden.toml",
        "markdown",
        "nl",
        "2024-12-01",
    );
    for shown in [
        "# Dwangsomberekening — Van Dijk / Dakwerken Noord BV",
        "- **Schuldeiser**: mr. J. van Dijk, vertegenwoordigd door mr. E. de Boer",
        "- **Zaaknummer**: C/13/745123",
        "€\u{A0}50.000,00",
        "| 12-09-2024 | 31-10-2024 | 50 | 50 dagen × €\u{A0}1.000 |",
        "Atw art. 1 lid 1",
        "Opgemaakt door mr. E. de Boer te Amsterdam op 2 december 2024.",
    ] {
        assert!(md.contains(shown), "`{shown}` missing:\n{md}");
    }
    assert!(!md.contains("Décompte"), "{md}");
    // The French and English of the same dwangsom say what it is.
    let fr = compute(APPLE, "markdown", "fr", "2022-06-30");
    assert!(fr.starts_with("# Décompte d’astreinte — ACM v Apple"), "{fr}");
    let nl = compute(APPLE, "markdown", "nl", "2022-06-30");
    assert!(nl.starts_with("# Dwangsomberekening — ACM v Apple"), "{nl}");
}

/// The remarks a reader of ACM v Apple missed: the week of 21 February counted in the second
/// liquidation though its period starts on the 22nd.
#[test]
fn a_unit_begun_before_its_liquidation_period_is_explained() {
    let md = compute(APPLE, "markdown", "en", "2022-06-30");
    assert!(
        md.contains("liquidation 2 counts a week that began on 2022-02-21, before its period (from 2022-02-22)"),
        "{md}"
    );
    let nl = compute(APPLE, "markdown", "nl", "2022-06-30");
    assert!(
        nl.contains("invordering nr. 2 telt een week die begon op 21-02-2022"),
        "{nl}"
    );
}

/// Dutch time limits are accepted wherever a limit is written.
#[test]
fn dutch_time_limits_are_accepted() {
    for (within, deadline) in [
        ("6 maanden", "2024-09-11"),
        ("2 weken", "2024-03-25"),
        ("30 dagen", "2024-04-10"),
    ] {
        let (code, out, err) = run(&[
            "deadline",
            "--from",
            "2024-03-11",
            "--within",
            within,
            "--rules",
            "plain",
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{within}: {err}");
        assert!(
            out.contains(&format!("\"deadline\":\"{deadline}\""))
                || out.contains(&format!("\"deadline\": \"{deadline}\"")),
            "{within}: {out}"
        );
    }
}
