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
