//! The HTML statement opened in a real headless browser (Debian's chromium): it must load, lay
//! out the chart, and draw. `.ci/run` installs chromium when it is missing; a CI run fails if
//! the browser still cannot run, a local run skips with the reason.

use std::path::Path;
use std::process::Command;

use crate::support::{run, temp_dir_with};

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// Runs the browser headless on `page` with `action` (e.g. `--dump-dom`), in a fresh profile.
fn headless(browser: &str, profile: &Path, action: &[&str], page: &Path) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(action)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("the browser runs")
}

#[test]
fn the_html_statement_renders_in_a_headless_browser() {
    let Some(browser) = chromium() else {
        let reason = "chromium is not installed (apt-get install -y chromium; .ci/run does it)";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{reason}");
        eprintln!("skipped: {reason}");
        return;
    };
    let dir = temp_dir_with(&[]);
    let page = dir.path().join("statement.html");
    let (code, _, err) = run(&[
        "compute",
        "examples/nl-acm-apple-dating-apps.toml",
        "--format",
        "html",
        "--lang",
        "fr",
        "--as-of",
        "2022-06-30",
        "--output",
        page.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");

    let dom = headless(browser, &dir.path().join("profile-dom"), &["--dump-dom"], &page);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("Décompte d’astreinte"),
        "the browser did not load the page: {dom}"
    );
    assert!(dom.contains("<polyline"), "the chart is missing from the DOM");
    assert!(dom.contains("plafond 50"), "the cap is not labelled");

    let shot = dir.path().join("statement.png");
    let screenshot_arg = format!("--screenshot={}", shot.display());
    let out = headless(
        browser,
        &dir.path().join("profile-shot"),
        &[&screenshot_arg, "--window-size=1000,1400"],
        &page,
    );
    let png =
        std::fs::read(&shot).unwrap_or_else(|_| panic!("no screenshot: {}", String::from_utf8_lossy(&out.stderr)));
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    // A blank page compresses to a few kilobytes; tables, text and the chart do not.
    assert!(png.len() > 30_000, "the screenshot looks blank ({} bytes)", png.len());
}
