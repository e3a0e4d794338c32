//! Issue 17, item 3: `--format pdf`, the HTML statement printed by headless Chromium, read back
//! with poppler's `pdftotext` and `pdfinfo`. `.ci/run` installs chromium and poppler-utils when
//! they are missing; a CI run fails if they still cannot run, a local run skips with the reason.

use std::path::Path;
use std::process::Command;

use crate::support::{astreinte, run, temp_dir_with};

const CIVIL: &str = "examples/fr-civil-two-liquidations.toml";

fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether Chromium and poppler are here; if not, a local run skips (CI fails).
fn tools() -> bool {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .any(|b| runs(b, "--version"));
    let poppler = runs("pdfinfo", "-v") && runs("pdftotext", "-v");
    if chromium && poppler {
        return true;
    }
    let reason = "chromium and poppler-utils are needed (apt-get install -y chromium poppler-utils; .ci/run does it)";
    assert!(std::env::var("CI").as_deref() != Ok("true"), "{reason}");
    eprintln!("skipped: {reason}");
    false
}

fn pdf(args: &[&str], path: &Path) {
    let out = path.to_str().unwrap();
    let (code, _, err) = run(&[args, &["--format", "pdf", "-o", out]].concat());
    assert_eq!(code, 0, "{err}");
}

fn info(path: &Path) -> String {
    let out = Command::new("pdfinfo").arg(path).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pages(path: &Path) -> usize {
    let info = info(path);
    let line = info
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .expect("pdfinfo gives the pages");
    line.trim_start_matches("Pages:").trim().parse().unwrap()
}

/// The text of page `n` (1-based).
fn page_text(path: &Path, n: usize) -> String {
    let n = n.to_string();
    let out = Command::new("pdftotext")
        .args(["-layout", "-f", &n, "-l", &n])
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_statement_prints_to_an_a4_pdf_with_its_header_and_page_numbers() {
    if !tools() {
        return;
    }
    let dir = temp_dir_with(&[]);
    let a4 = dir.path().join("décompte.pdf");
    pdf(&["compute", CIVIL, "--lang", "fr", "--as-of", "2024-10-31"], &a4);
    assert!(info(&a4).contains("(A4)"), "{}", info(&a4));
    let total = pages(&a4);
    assert!((2..=4).contains(&total), "{total} pages");
    let first = page_text(&a4, 1);
    for shown in [
        "24/05678 (illustrative) · M. Jean Dupont c. SCI Les Tilleuls",
        "Décompte d’astreinte — Dupont v SCI Les Tilleuls",
        "Créancier",
        "13 800,00 €",
        &format!("page 1 / {total}"),
    ] {
        assert!(
            first.contains(shown) || page_text(&a4, 2).contains(shown),
            "`{shown}` missing:\n{first}"
        );
    }
    let last = page_text(&a4, total);
    assert!(last.contains(&format!("page {total} / {total}")), "{last}");
    assert!(last.contains("Établi par Me Claire Martin à Lyon"), "{last}");

    let letter = dir.path().join("letter.pdf");
    pdf(
        &["compute", CIVIL, "--paper", "letter", "--as-of", "2024-10-31"],
        &letter,
    );
    assert!(info(&letter).contains("(letter)"), "{}", info(&letter));
}

/// Every example printed in one document: each case on pages of its own, none of them but its
/// last with fewer than 10 lines, and no case on more than three pages.
#[test]
fn every_example_prints_without_short_pages() {
    if !tools() {
        return;
    }
    let dir = temp_dir_with(&[]);
    let all = dir.path().join("examples.pdf");
    pdf(&["compute", "examples", "--as-of", "2024-10-31"], &all);
    let texts: Vec<String> = (1..=pages(&all)).map(|n| page_text(&all, n)).collect();
    // A page's running header is its first line: the same as the next page's within a case.
    let header = |t: &String| {
        t.lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim()
            .to_string()
    };
    let mut run_length = 1;
    for (n, pair) in texts.windows(2).enumerate() {
        let lines = pair[0].lines().filter(|l| !l.trim().is_empty()).count();
        if header(&pair[0]) == header(&pair[1]) {
            assert!(
                lines >= 10,
                "page {}: {lines} lines, not the last of its case:\n{}",
                n + 1,
                pair[0]
            );
            run_length += 1;
            assert!(run_length <= 3, "page {}: a case on more than three pages", n + 2);
        } else {
            run_length = 1;
        }
        assert!(
            pair[0].contains(&format!("page {} / {}", n + 1, texts.len())),
            "page {}",
            n + 1
        );
    }
    let cases = std::fs::read_dir("examples").unwrap().count();
    assert!(
        texts.len() >= cases && texts.len() <= 3 * cases,
        "{} pages",
        texts.len()
    );
}

#[test]
fn without_chromium_the_error_says_what_to_install() {
    let dir = temp_dir_with(&[]);
    let out = astreinte()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PATH", dir.path())
        .env_remove("ASTREINTE_CHROMIUM")
        .args(["compute", CIVIL, "--format", "pdf", "-o"])
        .arg(dir.path().join("x.pdf"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("headless Chromium, which is not installed"), "{err}");
    assert!(err.contains("apt-get install chromium"), "{err}");
    assert!(!dir.path().join("x.pdf").exists(), "a PDF was left behind");
}

#[test]
fn without_chromium_the_error_is_in_the_language_of_the_run() {
    let dir = temp_dir_with(&[]);
    for (lang, word, words) in [
        ("fr", "erreur", "qui n’est pas installé"),
        ("nl", "fout", "dat niet geïnstalleerd is"),
        ("en", "error", "which is not installed"),
    ] {
        let out = astreinte()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("PATH", dir.path())
            .env_remove("ASTREINTE_CHROMIUM")
            .args(["compute", CIVIL, "--format", "pdf", "--lang", lang, "-o"])
            .arg(dir.path().join("x.pdf"))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{lang}: {err}");
        assert!(err.starts_with(word), "{lang}: {err}");
        assert!(err.contains(words), "{lang}: {err}");
        assert!(err.contains("apt-get install chromium"), "{lang}: {err}");
        // Worded by the catalogue, not quoted as a message of the system.
        assert!(!err.contains("système") && !err.contains("systeem"), "{lang}: {err}");
        assert!(!dir.path().join("x.pdf").exists(), "{lang}: a PDF was left behind");
    }
}

#[test]
fn a_chosen_browser_that_does_not_run_is_named_in_the_language_of_the_run() {
    let dir = temp_dir_with(&[]);
    let out = astreinte()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("ASTREINTE_CHROMIUM", "/nonexistent/chrome")
        .args(["compute", CIVIL, "--format", "pdf", "--lang", "fr", "-o"])
        .arg(dir.path().join("x.pdf"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("ASTREINTE_CHROMIUM vaut `/nonexistent/chrome`, qui ne se lance pas"),
        "{err}"
    );
    assert!(!dir.path().join("x.pdf").exists(), "a PDF was left behind");
}
