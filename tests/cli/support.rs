//! Helpers shared by the CLI tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The binary under test.
pub fn astreinte() -> Command {
    let mut cmd = Command::cargo_bin("astreinte").expect("the astreinte binary is built");
    // English unless a test asks otherwise, whatever the machine's locale; no width unless a
    // test gives one (`COLUMNS` narrows the tables written to a pipe).
    cmd.env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("COLUMNS");
    cmd
}

/// A path under the repository root.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs the binary and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    run_with_stdin(args, "")
}

/// Runs the binary with `stdin` as standard input.
pub fn run_with_stdin(args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = astreinte()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A fresh temporary directory holding the given files.
pub fn temp_dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, text) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent");
        }
        std::fs::write(path, text).expect("write fixture");
    }
    dir
}

/// The Clearview case file.
pub const CLEARVIEW: &str = "examples/cnil-clearview-2023.toml";

/// The binary under test as a plain process, for tests that drive its pipes by hand.
pub fn astreinte_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_astreinte"));
    cmd.env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("COLUMNS")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}
