//! Every shell snippet of the README (each ```sh block) runs as written on a fresh clone, with
//! the binary under test as `astreinte`; or, when it cannot run here, the test names where it
//! does run. A new snippet is run unless it is given a place below.

use std::path::Path;
use std::process::Command;

use crate::support::repo;

struct Snippet {
    line: usize,
    text: String,
}

fn readme() -> String {
    std::fs::read_to_string(repo("README.md")).unwrap()
}

fn shell_snippets() -> Vec<Snippet> {
    let text = readme();
    let mut snippets = Vec::new();
    let mut current: Option<Snippet> = None;
    for (number, line) in text.lines().enumerate() {
        match (&mut current, line) {
            (None, "```sh") => {
                current = Some(Snippet {
                    line: number + 1,
                    text: String::new(),
                })
            }
            (Some(_), "```") => snippets.extend(current.take()),
            (Some(snippet), line) => {
                snippet.text.push_str(line);
                snippet.text.push('\n');
            }
            (None, _) => {}
        }
    }
    snippets
}

/// Where a snippet that does not run in the test suite runs, or why it does not.
fn run_elsewhere(snippet: &str) -> Option<&'static str> {
    [
        (
            "releases/download",
            ".ci/check-release runs it on the files scripts/release built",
        ),
        (
            "REFERENCE_CASES=",
            "minutes long: `cargo test` runs the same properties on 512 cases",
        ),
        ("benches/run.sh", "the benchmarks: minutes long, run by hand"),
        (
            "scripts/build-static",
            "scripts/release makes the same build, in .ci/run",
        ),
    ]
    .into_iter()
    .find(|(mark, _)| snippet.contains(mark))
    .map(|(_, place)| place)
}

/// A fresh folder as a clone has it (what the snippets read), with `astreinte` on the PATH.
fn clone_like() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["examples", "benches"] {
        copy_dir(&repo(folder), &dir.path().join(folder));
    }
    let bin = dir.path().join(".bin");
    std::fs::create_dir(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_astreinte"), bin.join("astreinte")).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    (dir, path)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

fn has(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `script` with bash (`-e`, `-o pipefail`) in `dir`; returns its standard output.
fn run_script(script: &str, dir: &Path, path: &str, what: &str) -> String {
    let out = Command::new("bash")
        .args(["-e", "-o", "pipefail", "-c", script])
        .current_dir(dir)
        .env("PATH", path)
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{script}\n{stdout}\n{stderr}",
        out.status
    );
    stdout.into_owned()
}

#[test]
fn every_shell_snippet_of_the_readme_runs_as_written() {
    let snippets = shell_snippets();
    assert!(snippets.len() >= 8, "{} snippets found", snippets.len());
    let mut ran = 0;
    for snippet in &snippets {
        if let Some(place) = run_elsewhere(&snippet.text) {
            eprintln!("README.md:{}: not run here: {place}", snippet.line);
            continue;
        }
        let what = format!("README.md:{}", snippet.line);
        if snippet.text.contains("jq ") && !has("jq") {
            let reason = "jq is not installed (apt-get install -y jq; .ci/run does it)";
            assert!(std::env::var("CI").as_deref() != Ok("true"), "{what}: {reason}");
            eprintln!("{what}: skipped: {reason}");
            continue;
        }
        // The Quick start runs the binary through cargo, and the tests: this is that run.
        let script = snippet
            .text
            .replace("cargo run --release -- ", "astreinte ")
            .lines()
            .filter(|l| l.trim() != "cargo test")
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!script.contains("cargo "), "{what}: {script}");
        let (dir, path) = clone_like();
        // The CI recipe reads the case files of the repository it runs in: here, the examples.
        if script.contains("cases/") {
            copy_dir(&repo("examples"), &dir.path().join("cases"));
        }
        let out = run_script(&script, dir.path(), &path, &what);
        assert!(
            !out.trim().is_empty() || script.contains("-o ") || script.contains("--quiet"),
            "{what} printed nothing"
        );
        ran += 1;
    }
    assert!(ran >= 6, "{ran} snippets run");
}

#[test]
fn the_snippets_run_elsewhere_are_run_there() {
    let release = std::fs::read_to_string(repo("scripts/release")).unwrap();
    let ci = std::fs::read_to_string(repo(".ci/run")).unwrap();
    let check = std::fs::read_to_string(repo(".ci/check-release")).unwrap();
    for snippet in shell_snippets() {
        if snippet.text.contains("scripts/build-static") {
            // The README's static build is the release's: the same script, target and folder.
            for part in ["scripts/build-static", "x86_64-unknown-linux-gnu", "target/static"] {
                assert!(snippet.text.contains(part) && release.contains(part), "{part}");
            }
            let flags = std::fs::read_to_string(repo("scripts/static-flags")).unwrap();
            assert!(
                flags.contains("-C target-feature=+crt-static -C relocation-model=static"),
                "{flags}"
            );
        }
    }
    assert!(
        ci.contains("scripts/release") && ci.contains(".ci/check-release"),
        "{ci}"
    );
    assert!(
        check.contains("README.md") && check.contains("releases/download"),
        "{check}"
    );
}

/// The commands given inline, in a sentence, run too.
#[test]
fn the_inline_commands_of_the_readme_run_as_written() {
    let text = readme();
    let completions = "mkdir -p ~/.local/share/bash-completion/completions && astreinte completions bash > ~/.local/share/bash-completion/completions/astreinte";
    assert!(
        text.contains(&format!("`{completions}`")),
        "the README's completions line changed"
    );
    let (dir, path) = clone_like();
    run_script(completions, dir.path(), &path, "completions");
    let script =
        std::fs::read_to_string(dir.path().join(".local/share/bash-completion/completions/astreinte")).unwrap();
    assert!(script.contains("_astreinte"), "{script}");

    for command in [
        "astreinte compute examples/cnil-clearview-2023.toml --as-of 2023-05-10",
        "astreinte man | man -l -",
    ] {
        assert!(text.contains(&format!("`{command}`")), "{command}");
    }
    let out = run_script(
        "astreinte compute examples/cnil-clearview-2023.toml --as-of 2023-05-10",
        dir.path(),
        &path,
        "quick start",
    );
    assert!(out.contains("€9,000,000"), "{out}");
    // `cargo install` always with --locked: without it, cargo ignores Cargo.lock.
    for (at, _) in text.match_indices("cargo install ") {
        let rest = &text[at..];
        let command = &rest[..rest.find(['`', '\n']).unwrap()];
        assert!(command.contains("--locked"), "README: `{command}` without --locked");
    }
}

/// The download addresses name this version's files, as scripts/release names them.
#[test]
fn the_readme_downloads_this_version() {
    let version = env!("CARGO_PKG_VERSION");
    let text = readme();
    let prefix = "https://github.com/astreinte/astreinte/releases/download/";
    let mut files = std::collections::BTreeSet::new();
    for (at, _) in text.match_indices(prefix) {
        let rest = &text[at + prefix.len()..];
        let url = &rest[..rest.find(|c: char| c.is_whitespace() || c == '`').unwrap()];
        let (tag, file) = url.split_once('/').unwrap();
        assert_eq!(tag, format!("v{version}"), "{url}");
        files.insert(file.to_string());
    }
    let expected = [
        "SHA256SUMS".to_string(),
        format!("astreinte-{version}-x86_64-linux.tar.gz"),
        format!("astreinte_{version}-1_amd64.deb"),
    ];
    assert_eq!(files, expected.into_iter().collect());
    let release = std::fs::read_to_string(repo("scripts/release")).unwrap();
    assert!(
        release.contains("name=astreinte-$version-x86_64-linux")
            && release.contains("deb=astreinte_${version}-1_amd64.deb")
    );
}
