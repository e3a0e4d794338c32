//! `--format pdf`: the HTML statement ([`super::html`]) printed to PDF by headless Chromium
//! (`chromium --headless --print-to-pdf`), the printer the statement's print style sheet is
//! written for: page-margin boxes (running header, `page X / Y`), named pages, A4 or Letter.
//!
//! No PDF crate gives a statement as good as the printed HTML (embedded fonts, French and Dutch
//! characters, the SVG chart, repeated table headers) without a layout engine of its own;
//! Chromium is one already, and is the browser a user would print the HTML with. The browser
//! is looked for as `ASTREINTE_CHROMIUM` (a path or a name), else `chromium`,
//! `chromium-browser`, `google-chrome`, `google-chrome-stable` on the `PATH`; without one, the
//! error names what to install. The page holds no script and loads nothing: the browser runs
//! in a fresh profile in a temporary directory, removed afterwards.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::html::HtmlRenderer;
use super::{Failure, Presentation, Renderer, RunInfo};
use crate::report::CaseReport;

/// The names the browser goes by, tried in this order on the `PATH`.
const BROWSERS: [&str; 4] = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/// The longest a print may take before the browser is stopped.
const PRINT_TIMEOUT: Duration = Duration::from_secs(120);

/// Collects the HTML document, and prints it when the run ends.
pub(super) struct PdfRenderer {
    html: HtmlRenderer,
    document: Vec<u8>,
}

impl PdfRenderer {
    pub(super) fn new(presentation: Presentation) -> Self {
        PdfRenderer {
            html: HtmlRenderer::new(presentation),
            document: Vec::new(),
        }
    }
}

impl Renderer for PdfRenderer {
    fn begin(&mut self, _out: &mut dyn Write, run: &RunInfo) -> io::Result<()> {
        self.html.begin(&mut self.document, run)
    }

    fn case(&mut self, _out: &mut dyn Write, report: &CaseReport) -> io::Result<()> {
        self.html.case(&mut self.document, report)
    }

    fn failure(&mut self, _out: &mut dyn Write, failure: &Failure) -> io::Result<()> {
        self.html.failure(&mut self.document, failure)
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.html.finish(&mut self.document)?;
        out.write_all(&print(&self.document)?)
    }
}

/// Why headless Chromium did not print the statement. Carried inside the `io::Error` a
/// renderer returns, and taken out of it by [`crate::command_line::Error`]'s `From`, so that
/// each catalogue words it (the browser's own words, when quoted, stay as it wrote them).
#[derive(Debug)]
#[non_exhaustive]
pub enum PrintError {
    /// No browser named in [`BROWSERS`] runs, and `ASTREINTE_CHROMIUM` is not set.
    NotInstalled,
    /// `ASTREINTE_CHROMIUM` names a program that does not run.
    ChosenDoesNotRun { chosen: String },
    /// The browser could not be started; the system's message.
    CannotStart { browser: String, reason: String },
    /// The browser was stopped after `seconds`.
    TimedOut { browser: String, seconds: u64 },
    /// The browser ended without a PDF: its exit code (none if a signal stopped it) and the
    /// last lines it wrote.
    Failed {
        browser: String,
        code: Option<i32>,
        said: String,
    },
}

/// In English.
impl std::fmt::Display for PrintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&crate::lang::Message::Fault(crate::lang::message::Fault::Print(self))))
    }
}

impl std::error::Error for PrintError {}

impl From<PrintError> for io::Error {
    fn from(e: PrintError) -> Self {
        io::Error::other(e)
    }
}

/// `html` printed to PDF by headless Chromium.
fn print(html: &[u8]) -> io::Result<Vec<u8>> {
    let browser = find_browser()?;
    let dir = tempfile::tempdir()?;
    let page = dir.path().join("statement.html");
    let pdf = dir.path().join("statement.pdf");
    std::fs::write(&page, html)?;
    let mut child = Command::new(&browser)
        .args([
            "--headless",
            // The page is ours (no script, nothing loaded): the sandbox, which refuses to run
            // as root in a container, protects nothing here.
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.path().join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(file_url(&page))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| PrintError::CannotStart {
            browser: browser.clone(),
            reason: e.to_string(),
        })?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > PRINT_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(PrintError::TimedOut {
                browser,
                seconds: PRINT_TIMEOUT.as_secs(),
            }
            .into());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    match std::fs::read(&pdf) {
        Ok(bytes) if status.success() && bytes.starts_with(b"%PDF") => Ok(bytes),
        _ => {
            let mut stderr = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = io::Read::read_to_string(&mut e, &mut stderr);
            }
            let last: Vec<&str> = stderr.lines().rev().take(3).collect();
            Err(PrintError::Failed {
                browser,
                code: status.code(),
                said: last.into_iter().rev().collect::<Vec<_>>().join(" / "),
            }
            .into())
        }
    }
}

/// The browser to print with: `ASTREINTE_CHROMIUM`, else the first of [`BROWSERS`] on the
/// `PATH`.
fn find_browser() -> Result<String, PrintError> {
    if let Some(chosen) = std::env::var_os("ASTREINTE_CHROMIUM").filter(|v| !v.is_empty()) {
        let chosen = chosen.to_string_lossy().into_owned();
        return if runs(&chosen) {
            Ok(chosen)
        } else {
            Err(PrintError::ChosenDoesNotRun { chosen })
        };
    }
    BROWSERS
        .into_iter()
        .find(|b| runs(b))
        .map(str::to_string)
        .ok_or(PrintError::NotInstalled)
}

/// Whether `browser --version` runs and succeeds.
fn runs(browser: &str) -> bool {
    Command::new(browser)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// `file:///tmp/x/statement.html`, with the characters a URL cannot hold percent-encoded.
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            url.push(char::from(b));
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_a_file_url() {
        assert_eq!(file_url(Path::new("/tmp/a b/é.html")), "file:///tmp/a%20b/%C3%A9.html");
    }
}
