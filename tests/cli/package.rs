//! The published crate (`cargo package --list`): what the build, the doctests, `astreinte init`
//! and `astreinte schema` need, the licences and the examples; of tests/ only the Rust sources
//! (cargo would otherwise warn that it drops the test targets); no fixtures, fuzz corpora,
//! benchmarks or documents of the repository's own.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::support::repo;

fn packaged() -> BTreeSet<String> {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["package", "--list", "--locked", "--allow-dirty"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn files_under(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, into);
        } else {
            into.push(path);
        }
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

#[test]
fn the_published_crate_carries_no_tests_fuzz_benches_or_docs() {
    let list = packaged();
    for path in &list {
        // The test targets' sources stay, so that cargo keeps the targets; their data does not.
        if path.starts_with("tests/") && path.ends_with(".rs") && !path.starts_with("tests/reference/found/") {
            continue;
        }
        for kept_out in [
            "tests/",
            "fuzz/",
            "benches/",
            "docs/",
            "proptest-regressions/",
            "scripts/",
            ".ci/",
            "target/",
        ] {
            assert!(!path.starts_with(kept_out), "{path} is in the published crate");
        }
    }
    for needed in [
        "Cargo.toml",
        "Cargo.lock",
        "build.rs",
        "README.md",
        "CHANGELOG.md",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "src/lib.rs",
        "src/main.rs",
    ] {
        assert!(
            list.contains(needed),
            "{needed} is not in the published crate: {list:?}"
        );
    }
}

#[test]
fn the_published_crate_carries_every_source_and_what_include_str_reads() {
    let list = packaged();
    let mut sources = Vec::new();
    files_under(&repo("src"), &mut sources);
    let mut included = 0;
    for file in &sources {
        assert!(
            list.contains(&relative(file)),
            "{} is not in the published crate",
            relative(file)
        );
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for macro_name in ["include_str!(\"", "include_bytes!(\""] {
            for (at, _) in text.match_indices(macro_name) {
                let rest = &text[at + macro_name.len()..];
                let target = &rest[..rest.find('"').unwrap()];
                let path = file.parent().unwrap().join(target).canonicalize().unwrap();
                assert!(
                    list.contains(&relative(&path)),
                    "{} reads {} (include_str!), which is not in the published crate",
                    relative(file),
                    relative(&path)
                );
                included += 1;
            }
        }
    }
    assert!(
        included >= 13,
        "the templates, schemas and the statement's CSS: {included}"
    );
    let mut examples = Vec::new();
    files_under(&repo("examples"), &mut examples);
    for example in examples {
        assert!(list.contains(&relative(&example)), "{}", relative(&example));
    }
}
