//! What `astreinte --version` says beyond the version number: the commit built and the day of
//! the build, as ripgrep does, and the target (a static build says so).
//!
//! The commit comes from `git rev-parse` when the crate is its own git work tree, else from
//! `.cargo_vcs_info.json`, which `cargo package` writes into a published crate; without either
//! (a tarball of the sources) none is shown. The day is `SOURCE_DATE_EPOCH`'s when it is set
//! (reproducible builds, Debian), else today's, in UTC. Nothing here can fail the build.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());

    let commit = git_commit(&manifest_dir).or_else(|| packaged_commit(&manifest_dir));
    let date = build_date();
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let long = match commit {
        Some(commit) => format!("{version} (rev {commit}, built {date})"),
        None => format!("{version} (built {date})"),
    };
    println!("cargo:rustc-env=ASTREINTE_LONG_VERSION={long}");
    println!("cargo:rustc-env=ASTREINTE_BUILD_DATE={date}");

    let target = std::env::var("TARGET").unwrap_or_default();
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let linking = if features.split(',').any(|f| f == "crt-static") {
        ", statically linked"
    } else {
        ""
    };
    println!("cargo:rustc-env=ASTREINTE_BUILD_TARGET={target}{linking}");
}

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git").current_dir(dir).args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// HEAD's commit, if the crate's folder is the top of a git work tree: an unpacked crate
/// inside some other repository (`target/package/` of this one, a vendored copy) is not.
fn git_commit(manifest_dir: &Path) -> Option<String> {
    let top = git(manifest_dir, &["rev-parse", "--show-toplevel"])?;
    if Path::new(&top).canonicalize().ok()? != manifest_dir.canonicalize().ok()? {
        return None;
    }
    let commit = git(manifest_dir, &["rev-parse", "--short=10", "HEAD"])?;
    // Build again when HEAD moves: a checkout changes HEAD, a commit the branch's ref.
    let mut watched = vec!["HEAD".to_string(), "packed-refs".to_string()];
    watched.extend(git(manifest_dir, &["symbolic-ref", "-q", "HEAD"]));
    for name in watched {
        if let Some(path) = git(manifest_dir, &["rev-parse", "--git-path", &name]) {
            let path = manifest_dir.join(path);
            // A watched path that does not exist would make cargo run this script every time.
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    Some(commit)
}

/// The commit `cargo package` recorded: `{"git": {"sha1": "..."}, ...}`.
fn packaged_commit(manifest_dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(manifest_dir.join(".cargo_vcs_info.json")).ok()?;
    let after = text.split("\"sha1\"").nth(1)?;
    let sha: String = after
        .trim_start_matches(|c: char| c == ':' || c == '"' || c.is_whitespace())
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .take(10)
        .collect();
    (sha.len() == 10).then_some(sha)
}

/// The day of the build, `YYYY-MM-DD` in UTC.
fn build_date() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .or_else(|| {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?;
            i64::try_from(now.as_secs()).ok()
        })
        .unwrap_or(0);
    let (y, m, d) = civil_from_days(seconds.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// The proleptic Gregorian date of a count of days since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`): the build script has no date library.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
