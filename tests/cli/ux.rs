//! init, completions, man and --help.

use crate::support::{astreinte, run, temp_dir_with};

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
