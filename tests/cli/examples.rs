//! Every case file in examples/ and tests/cases/ carries its own expected figures; each must be
//! reproduced, and each file must expect at least one.

use std::path::PathBuf;

use crate::json_types::parse_compute;
use crate::support::{repo, run};

fn case_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["examples", "tests/cases"] {
        for entry in std::fs::read_dir(repo(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_case_file_reproduces_its_expected_figures() {
    let files = case_files();
    assert!(files.len() >= 5, "too few case files: {files:?}");
    for file in files {
        let name = file.to_str().unwrap();
        let (code, out, err) = run(&["compute", name, "--format", "json", "--as-of", "2030-12-31"]);
        assert_eq!(code, 0, "{name}: {err}");
        let doc = parse_compute(&out);
        let mut checked = 0;
        for case in &doc.cases {
            for liq in &case.liquidations {
                if let Some(expected) = liq.expected {
                    assert_eq!(
                        liq.amount, expected,
                        "{name}: {} liquidation {}..{}",
                        case.title, liq.from, liq.through
                    );
                    checked += 1;
                }
            }
        }
        if checked == 0 {
            // A file may expect only figures JSON does not compare here (the shares of a
            // liquidation): `check` must verify at least one.
            let (code, out, err) = run(&["check", name, "--as-of", "2030-12-31"]);
            assert_eq!(code, 0, "{name}: {out}{err}");
            assert!(
                out.starts_with("ok ") && out.contains("expected figure"),
                "{name} expects nothing: {out}"
            );
        }
    }
}

#[test]
fn check_passes_on_the_whole_examples_directory() {
    let (code, out, err) = run(&["check", "examples", "--as-of", "2030-12-31"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.lines().last().unwrap().ends_with(" 0 failed"), "{out}");
}

/// `check` also verifies what JSON does not compare above: expected days, deadlines and
/// accrued figures (`[expected]`), in every case file.
#[test]
fn check_passes_on_every_case_file_with_nothing_skipped() {
    let (code, out, err) = run(&["check", "examples", "tests/cases"]);
    assert_eq!(code, 0, "{out}{err}");
    let files = case_files().len();
    let last = out.lines().last().unwrap();
    let passed: usize = last.split(' ').next().unwrap().parse().unwrap();
    assert!(passed >= files, "{out}");
    assert!(last.ends_with(" passed, 0 failed"), "{out}");
}
