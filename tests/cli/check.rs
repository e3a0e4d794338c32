//! `astreinte check`: exit 0 when every expected figure matches, 1 on a mismatch, 2 on bad input.

use crate::support::{CLEARVIEW, repo, run, temp_dir_with};

#[test]
fn passes_when_the_expected_figure_is_reproduced() {
    let (code, out, _) = run(&["check", CLEARVIEW, "--as-of", "2023-05-10"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.lines().last(), Some("1 passed, 0 failed"));
}

#[test]
fn a_mismatch_exits_1_and_shows_expected_and_computed() {
    let text = std::fs::read_to_string(repo(CLEARVIEW))
        .unwrap()
        .replace("expected = 5200000", "expected = 5300000");
    let dir = temp_dir_with(&[("case.toml", &text)]);
    let (code, out, _) = run(&["check", dir.path().to_str().unwrap(), "--as-of", "2023-05-10"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("expected €5,300,000, computed €5,200,000"), "{out}");
    assert_eq!(out.lines().last(), Some("0 passed, 1 failed"));
}

#[test]
fn unreadable_input_exits_2_and_the_rest_is_still_checked() {
    let (code, out, err) = run(&["check", CLEARVIEW, "no/such/file.toml", "--as-of", "2023-05-10"]);
    assert_eq!(code, 2);
    assert!(err.contains("no/such/file.toml"), "{err}");
    assert!(out.contains("ok   CNIL v Clearview AI"), "{out}");
    assert_eq!(out.lines().last(), Some("1 passed, 1 failed"));
}

/// A case with several errors: `check` reports every one on standard error (in the order of
/// the file, each with its position and key), counts the case once as failed, and checks the
/// others.
#[test]
fn every_error_of_a_case_is_reported_and_the_other_cases_are_still_checked() {
    let file = "tests/malformed/185-batch-case-with-three-mistakes.toml";
    let (code, out, err) = run(&["check", file, "--as-of", "2024-01-01"]);
    assert_eq!(code, 2, "{out}{err}");
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(
        errors
            .iter()
            .map(|l| l.split(": ").nth(1).unwrap_or(""))
            .collect::<Vec<_>>(),
        [
            format!("{file}:15:12"),
            format!("{file}:19:12"),
            format!("{file}:26:11")
        ],
        "{err}"
    );
    assert!(errors[1].contains("`case[2].order.notified`"), "{err}");
    assert!(out.contains(&format!("FAIL {file}:15:12")), "{out}");
    assert_eq!(out.lines().last(), Some("0 passed, 1 failed, 2 skipped"), "{out}");
}
