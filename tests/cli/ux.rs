//! init, completions, man and --help.

use crate::support::{astreinte, repo, run, temp_dir_with};

const TEMPLATES: [&str; 4] = ["cnil", "civil", "dwangsom", "eu"];

#[test]
fn every_template_is_accepted_by_compute_and_check_as_it_is() {
    let dir = temp_dir_with(&[]);
    for t in TEMPLATES {
        let path = dir.path().join(format!("{t}.toml"));
        let path = path.to_str().unwrap();
        let (code, _, err) = run(&["init", "--template", t, "--output", path]);
        assert_eq!(code, 0, "init {t}: {err}");
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.starts_with('#'), "{t} starts without a comment");
        let (code, out, err) = run(&["compute", path, "--as-of", "2024-12-31"]);
        assert_eq!(code, 0, "compute {t}: {err}");
        assert!(out.contains("Deadline and first day of delay"), "{out}");
        let (code, _, err) = run(&["check", path, "--as-of", "2024-12-31"]);
        assert_eq!(code, 0, "check {t}: {err}");
    }
}

#[test]
fn init_keeps_an_existing_file_unless_forced() {
    let dir = temp_dir_with(&[("case.toml", "mine")]);
    let path = dir.path().join("case.toml");
    let p = path.to_str().unwrap();
    let (code, _, err) = run(&["init", "--output", p]);
    assert_eq!(code, 2);
    assert!(err.contains("already exists") && err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    let (code, _, err) = run(&["init", "--template", "eu", "--force", "--output", p]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(&path).unwrap().contains("[[lump_sum]]"));
}

#[test]
fn init_writes_to_standard_output_by_default() {
    let (code, out, _) = run(&["init"]);
    assert_eq!(code, 0);
    assert!(out.contains("[order]") && out.contains("[penalty]"), "{out}");
}

#[test]
fn completions_for_each_shell_know_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let (code, out, err) = run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        for word in ["compute", "explain", "init", "lang", "markdown"] {
            assert!(out.contains(word), "{shell} completions lack {word}");
        }
    }
    let (code, _, _) = run(&["completions", "tcsh"]);
    assert_eq!(code, 2);
}

#[test]
fn the_man_page_is_roff_for_the_program_and_each_subcommand() {
    let (code, out, _) = run(&["man"]);
    assert_eq!(code, 0);
    assert!(out.contains(".TH astreinte 1"), "{}", &out[..200.min(out.len())]);
    assert!(out.contains(".SH SUBCOMMANDS") || out.contains("explain"), "{out}");
    let (code, out, _) = run(&["man", "explain"]);
    assert_eq!(code, 0);
    assert!(
        out.contains(".TH astreinte\\-explain 1") || out.contains(".TH astreinte-explain 1"),
        "{out}"
    );
    let (code, _, err) = run(&["man", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("compute"), "{err}");
}

#[test]
fn every_subcommand_has_help_with_examples() {
    let out = astreinte().arg("--help").output().unwrap();
    let top = String::from_utf8_lossy(&out.stdout).to_string();
    let names: Vec<&str> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| *n != "help")
        .collect();
    assert!(names.len() >= 11, "{names:?}");
    for name in names {
        let (code, out, _) = run(&[name, "--help"]);
        assert_eq!(code, 0, "{name} --help");
        assert!(out.contains("Examples:"), "{name} --help has no examples");
    }
}

/// Every subcommand of the full clap definition (clap's own `help` aside).
fn subcommands() -> Vec<String> {
    use clap::CommandFactory;
    astreinte::command_line::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|name| name != "help")
        .collect()
}

/// The lines of a help text under `heading` (such as `Options:`), up to the next heading or
/// text that is not indented.
fn help_section(help: &str, heading: &str) -> String {
    help.lines()
        .skip_while(|l| *l != heading)
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The options a help section defines: the start of each line that begins with `-`, up to
/// its description.
fn flags(section: &str) -> String {
    section
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with('-'))
        .map(|l| l.split("  ").next().unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

const GLOBAL: [&str; 5] = ["--output", "--quiet", "--color", "--lang", "--width"];

#[test]
fn global_options_are_under_their_own_heading_in_every_help() {
    let mut lines = vec![Vec::new(), vec!["-h"], vec!["--help"]];
    for name in subcommands() {
        lines.push(vec![Box::leak(name.clone().into_boxed_str()), "-h"]);
        lines.push(vec![Box::leak(name.into_boxed_str()), "--help"]);
    }
    for args in lines {
        let args = if args.is_empty() { vec!["--help"] } else { args };
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let global = flags(&help_section(&out, "Global options:"));
        let own = flags(&help_section(&out, "Options:"));
        for option in GLOBAL {
            assert!(
                global.contains(option),
                "{args:?}: {option} not under Global options:\n{out}"
            );
            assert!(
                !own.contains(option),
                "{args:?}: {option} among the subcommand's own options:\n{out}"
            );
        }
    }
}

#[test]
fn the_help_of_quiet_names_no_subcommand() {
    for name in subcommands() {
        let (_, out, _) = run(&[&name, "--help"]);
        let quiet: String = out
            .lines()
            .skip_while(|l| !l.trim_start().starts_with("-q, --quiet"))
            .take_while(|l| !l.trim().is_empty())
            .collect();
        assert!(!quiet.is_empty(), "{name}: no --quiet");
        assert!(!quiet.contains("check"), "{name} --help: {quiet}");
    }
}

/// The text after the options (notes and examples) is printed as written, not rewrapped,
/// on a terminal of 80 columns: a wrapped example would read as two commands.
#[test]
fn the_examples_of_each_help_fit_80_columns_as_written() {
    use clap::CommandFactory;
    let program = astreinte::command_line::Cli::command();
    let mut named = 0;
    for sub in program.get_subcommands().filter(|c| c.get_name() != "help") {
        let text = sub.get_after_help().map(ToString::to_string).unwrap_or_default();
        assert!(text.contains("Examples:\n  "), "{}: no examples", sub.get_name());
        for line in text.lines() {
            assert!(
                line.chars().count() <= 80,
                "{}: {line:?} is wider than 80 columns",
                sub.get_name()
            );
        }
        // Each continued example goes on indented, so that it reads as one command.
        for pair in text.lines().collect::<Vec<_>>().windows(2) {
            if pair[0].ends_with('\\') {
                assert!(pair[1].starts_with("      "), "{}: {:?}", sub.get_name(), pair[1]);
            }
        }
        let out = astreinte()
            .env("COLUMNS", "80")
            .args([sub.get_name(), "--help"])
            .output()
            .unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(
            help.contains(&text),
            "{} --help rewraps its examples:\n{help}",
            sub.get_name()
        );
        named += 1;
    }
    assert_eq!(named, subcommands().len());
}

#[test]
fn the_long_version_names_the_commit_the_day_of_the_build_and_the_target() {
    let (code, short, _) = run(&["-V"]);
    assert_eq!(code, 0);
    assert_eq!(short, format!("astreinte {}\n", env!("CARGO_PKG_VERSION")));

    let (code, long, _) = run(&["--version"]);
    assert_eq!(code, 0);
    let mut lines = long.lines();
    let first = lines.next().unwrap();
    let rest = first
        .strip_prefix(&format!("astreinte {} (", env!("CARGO_PKG_VERSION")))
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or_else(|| panic!("{long}"));
    let (rev, built) = match rest.split_once(", ") {
        Some((rev, built)) => (rev.strip_prefix("rev ").map(str::to_string), built),
        None => (None, rest),
    };
    let day = built.strip_prefix("built ").unwrap_or_else(|| panic!("{long}"));
    assert!(chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok(), "{long}");
    // Built from this repository's work tree, the commit is its HEAD's.
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|h| h.status.success());
    if let Some(head) = head {
        assert_eq!(
            rev.as_deref(),
            Some(String::from_utf8_lossy(&head.stdout).trim()),
            "{long}"
        );
    }
    let target = lines.next().unwrap_or_else(|| panic!("{long}"));
    assert!(target.starts_with(std::env::consts::ARCH), "{long}");
}

/// The roff source of a page, from `astreinte man [SUBCOMMAND]`.
fn man_page(subcommand: Option<&str>) -> String {
    let (code, out, err) = run(&["man"].into_iter().chain(subcommand).collect::<Vec<_>>());
    assert_eq!(code, 0, "{err}");
    out
}

/// The roff of one section of a page: from its `.SH` line to the next.
fn man_section(page: &str, name: &str) -> String {
    let heading = [format!(".SH {name}"), format!(".SH \"{name}\"")];
    page.lines()
        .skip_while(|l| !heading.iter().any(|h| l == h))
        .skip(1)
        .take_while(|l| !l.starts_with(".SH"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Roff text as a reader sees it (hyphens and backslashes unescaped, fonts dropped).
fn unroff(text: &str) -> String {
    text.replace("\\-", "-")
        .replace("\\e", "\\")
        .replace("\\fB", "")
        .replace("\\fR", "")
        .replace("\\fI", "")
        .replace("\\&", "")
}

#[test]
fn the_manual_has_exit_status_environment_files_examples_and_see_also() {
    let page = man_page(None);
    for name in ["EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES", "SEE ALSO", "VERSION"] {
        assert!(!man_section(&page, name).trim().is_empty(), "no {name} section");
    }
    // Every status of the README's table, and no other.
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let statuses: Vec<String> = readme
        .lines()
        .skip_while(|l| *l != "### Exit status")
        .skip_while(|l| !l.starts_with("| status"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.split('|').nth(1).unwrap().trim().replace(' ', ""))
        .collect();
    assert_eq!(statuses, ["0", "1", "2", "128+N"]);
    let exit = man_section(&page, "EXIT STATUS");
    let tags: Vec<String> = exit
        .lines()
        .zip(exit.lines().skip(1))
        .filter(|(l, _)| *l == ".TP")
        .map(|(_, tag)| unroff(tag))
        .collect();
    assert_eq!(tags, statuses, "{exit}");
    // Every subcommand's page is named.
    let see_also = unroff(&man_section(&page, "SEE ALSO"));
    for name in subcommands() {
        assert!(see_also.contains(&format!("astreinte-{name}(1)")), "{see_also}");
    }
    let version = man_section(&page, "VERSION");
    assert!(version.contains(env!("CARGO_PKG_VERSION")), "{version}");
}

/// Every variable the program reads from its environment (`var("NAME")`, `var_os("NAME")`
/// outside test modules) is in the manual's ENVIRONMENT section.
#[test]
fn the_manual_names_every_environment_variable_the_program_reads() {
    fn sources(dir: &std::path::Path, into: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                into.push(path);
            }
        }
    }
    let mut files = Vec::new();
    sources(&repo("src"), &mut files);
    let mut read = std::collections::BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap();
        for pattern in ["var(\"", "var_os(\""] {
            for (at, _) in code.match_indices(pattern) {
                let name: String = code[at + pattern.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    read.insert(name);
                }
            }
        }
    }
    for expected in ["NO_COLOR", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS"] {
        assert!(read.contains(expected), "{expected} no longer read? {read:?}");
    }
    let environment = unroff(&man_section(&man_page(None), "ENVIRONMENT"));
    for name in &read {
        assert!(
            environment.contains(name.as_str()),
            "{name} is read but not in ENVIRONMENT:\n{environment}"
        );
    }
}

#[test]
fn the_case_file_of_the_manual_checks() {
    let files = man_section(&man_page(None), "FILES");
    let case: String = files
        .lines()
        .skip_while(|l| *l != ".nf")
        .skip(1)
        .take_while(|l| *l != ".fi")
        .map(|l| format!("{}\n", unroff(l)))
        .collect();
    assert!(
        case.contains("[[liquidation]]") && case.contains("expected = 5200000"),
        "{case}"
    );
    let dir = temp_dir_with(&[("manual.toml", &case)]);
    let (code, out, err) = run(&["check", dir.path().join("manual.toml").to_str().unwrap()]);
    assert_eq!(
        (code, out.trim_end().lines().last()),
        (0, Some("1 passed, 0 failed")),
        "{out}{err}"
    );
}

#[test]
fn every_subcommand_page_carries_the_version_its_examples_and_the_global_options() {
    for name in subcommands() {
        let page = man_page(Some(&name));
        let title = page.lines().find(|l| l.starts_with(".TH")).unwrap();
        let expected = format!(
            "astreinte-{name} 1 {} \"astreinte {}\" \"User Commands\"",
            title.split(' ').nth(3).unwrap(),
            env!("CARGO_PKG_VERSION")
        );
        assert_eq!(title, format!(".TH {expected}"), "{name}");
        for section in [
            "SYNOPSIS",
            "OPTIONS",
            "GLOBAL OPTIONS",
            "EXAMPLES",
            "EXIT STATUS",
            "SEE ALSO",
        ] {
            assert!(!man_section(&page, section).trim().is_empty(), "{name}: no {section}");
        }
        let examples = unroff(&man_section(&page, "EXAMPLES"));
        assert!(examples.contains(&format!("astreinte {name}")), "{name}: {examples}");
        assert!(
            unroff(&man_section(&page, "GLOBAL OPTIONS")).contains("--output"),
            "{name}"
        );
    }
}

/// groff reads every page without a warning (a wrong escape, an unknown macro).
#[test]
fn the_manual_pages_are_clean_roff() {
    if std::process::Command::new("groff").arg("--version").output().is_err() {
        let reason = "groff is not installed (apt-get install -y man-db; .ci/run does it)";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{reason}");
        eprintln!("skipped: {reason}");
        return;
    }
    let names = subcommands();
    for page in std::iter::once(None).chain(names.iter().map(|n| Some(n.as_str()))) {
        let mut groff = std::process::Command::new("groff")
            .args(["-man", "-ww", "-z"])
            .stdin(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        groff
            .stdin
            .take()
            .unwrap()
            .write_all(man_page(page).as_bytes())
            .unwrap();
        let out = groff.wait_with_output().unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{page:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
