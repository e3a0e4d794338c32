//! Files kept whole and inputs read as they are: `--output` never destroys an input, keeps
//! the permissions of what it replaces, writes through links, and leaves no temporary file
//! when interrupted; each input file is opened once and read once however it is reached; what
//! cannot be a case file (NUL bytes, not UTF-8, beyond the size limit, endless) is refused early;
//! and a reader that stops early does not change the exit status.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::json_types::parse_ndjson;
use crate::large_batch::case;
use crate::support::{CLEARVIEW, astreinte_process, repo, run, temp_dir_with};

const AS_OF: &str = "2023-02-09";

fn clearview() -> String {
    fs::read_to_string(repo(CLEARVIEW)).unwrap()
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn status(out: &std::process::Output) -> (Option<i32>, String, String) {
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

// ---- --output naming an input ----

#[test]
fn an_output_that_is_an_input_is_refused_before_anything_is_read_or_written() {
    let dir = temp_dir_with(&[
        ("cases/a.toml", &clearview()),
        ("cases/deeper/b.toml", &clearview()),
        ("alone.toml", &clearview()),
        // Read first, were anything read: its error would be reported.
        ("bad.toml", "title = \n"),
    ]);
    let root = dir.path();
    symlink(root.join("cases/a.toml"), root.join("link.json")).unwrap();
    fs::hard_link(root.join("alone.toml"), root.join("twin.json")).unwrap();
    let bad = root.join("bad.toml");
    let (cases, alone) = (root.join("cases"), root.join("alone.toml"));
    let roundabout = root.join("cases/deeper/../../alone.toml");
    let runs: Vec<(Vec<&str>, PathBuf, &str)> = vec![
        // The same path.
        (vec!["compute", s(&bad), s(&alone)], alone.clone(), "alone.toml"),
        // Another spelling of it.
        (vec!["compute", s(&bad), s(&alone)], roundabout, "alone.toml"),
        // A file found in a directory named, in every command that reads inputs.
        (
            vec!["check", s(&bad), s(&cases)],
            root.join("cases/deeper/b.toml"),
            "b.toml",
        ),
        (vec!["explain", s(&bad), s(&cases)], root.join("cases/a.toml"), "a.toml"),
        (
            vec!["when", s(&bad), s(&cases), "--reaches", "1"],
            root.join("cases/a.toml"),
            "a.toml",
        ),
        // A symbolic link to an input, and a hard link to one.
        (vec!["compute", s(&bad), s(&cases)], root.join("link.json"), "a.toml"),
        (
            vec!["compute", s(&bad), s(&alone)],
            root.join("twin.json"),
            "alone.toml",
        ),
    ];
    for (args, output, input) in runs {
        let before = names(root);
        let mut args = args.clone();
        args.extend(["--output", s(&output)]);
        let (code, out, err) = run(&args);
        assert_eq!(code, 2, "{args:?} -o {output:?}: {err}");
        assert!(out.is_empty(), "{out}");
        assert_eq!(err.lines().count(), 1, "nothing read, nothing else reported: {err}");
        assert!(
            err.starts_with(&format!("error: --output {}: ", output.display()))
                && err.contains("also an input")
                && err.contains(input),
            "{err}"
        );
        assert_eq!(
            fs::read_to_string(&output).unwrap(),
            clearview(),
            "{output:?} untouched"
        );
        assert_eq!(names(root), before, "no file created");
        assert_eq!(names(&cases), ["a.toml", "deeper"]);
    }
    // Standard input read from the output file.
    let out = astreinte_process()
        .args(["compute", "-", "--output", s(&alone)])
        .stdin(fs::File::open(&alone).unwrap())
        .output()
        .unwrap();
    let (code, _, err) = status(&out);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("also an input") && err.contains("standard input"), "{err}");
    assert_eq!(fs::read_to_string(&alone).unwrap(), clearview());
}

#[test]
fn an_output_beside_its_inputs_is_written() {
    // In an input directory, but no input: it did not exist, or is no case file.
    let dir = temp_dir_with(&[("cases/a.toml", &clearview()), ("cases/old.json", "old")]);
    let cases = dir.path().join("cases");
    for output in ["new.json", "old.json"] {
        let target = cases.join(output);
        let (code, _, err) = run(&["compute", s(&cases), "--format", "json", "-o", s(&target)]);
        assert_eq!(code, 0, "{err}");
        assert!(fs::read_to_string(&target).unwrap().contains("Clearview"));
    }
}

// ---- --output over an existing file, and through links ----

#[test]
fn an_output_keeps_the_permissions_of_the_file_it_replaces() {
    for mode in [0o600, 0o640, 0o444] {
        let dir = temp_dir_with(&[("out.csv", "old")]);
        let target = dir.path().join("out.csv");
        fs::set_permissions(&target, fs::Permissions::from_mode(mode)).unwrap();
        let (code, _, err) = run(&["compute", CLEARVIEW, "--format", "csv", "-o", s(&target)]);
        assert_eq!(code, 0, "{err}");
        assert!(fs::read_to_string(&target).unwrap().contains("Clearview"));
        let now = fs::metadata(&target).unwrap().permissions().mode() & 0o7777;
        assert_eq!(now, mode, "{mode:o} became {now:o}");
        assert_eq!(names(dir.path()), ["out.csv"]);
    }
}

#[test]
fn an_output_through_a_symbolic_link_replaces_the_file_it_leads_to() {
    let dir = temp_dir_with(&[("real/out.json", "old")]);
    let root = dir.path();
    fs::create_dir(root.join("links")).unwrap();
    fs::set_permissions(root.join("real/out.json"), fs::Permissions::from_mode(0o600)).unwrap();
    // A relative link, to a link, and a link to a file not yet there.
    symlink("../real/out.json", root.join("links/first")).unwrap();
    symlink("first", root.join("links/second")).unwrap();
    symlink("../real/new.json", root.join("links/dangling")).unwrap();
    for (link, file) in [("second", "out.json"), ("dangling", "new.json")] {
        let link = root.join("links").join(link);
        let (code, _, err) = run(&["compute", CLEARVIEW, "--format", "json", "-o", s(&link)]);
        assert_eq!(code, 0, "{err}");
        assert!(
            fs::symlink_metadata(&link).unwrap().file_type().is_symlink(),
            "still a link"
        );
        let written = root.join("real").join(file);
        assert!(
            fs::read_to_string(&written).unwrap().contains("Clearview"),
            "{written:?}"
        );
    }
    assert_eq!(
        fs::metadata(root.join("real/out.json")).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(names(&root.join("real")), ["new.json", "out.json"], "no temporary file");
    assert_eq!(names(&root.join("links")), ["dangling", "first", "second"]);
}

// ---- --output interrupted ----

#[test]
fn an_interrupted_output_run_removes_its_temporary_file_and_exits_128_plus_the_signal() {
    let batch: String = (1..=3_000).map(case).collect();
    for (signal, number) in [("INT", 2), ("TERM", 15), ("HUP", 1)] {
        let dir = temp_dir_with(&[("batch.toml", &batch), ("out.ndjson", "old")]);
        let target = dir.path().join("out.ndjson");
        // The batch, then standard input, held open: the run writes the batch's results to
        // its temporary file, then waits, and is still running when the signal comes.
        let mut child = astreinte_process()
            .args(["compute", s(&dir.path().join("batch.toml")), "-"])
            .args(["--format", "ndjson", "--as-of", AS_OF, "-o", s(&target)])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let temp = dir.path().join(format!(".out.ndjson.{}.tmp", child.id()));
        wait_for(&mut child, || fs::metadata(&temp).is_ok_and(|m| m.len() > 1 << 20));
        let killed = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let out = child.wait_with_output().unwrap();
        let (code, _, err) = status(&out);
        assert_eq!(code, Some(128 + number), "SIG{signal}: {:?} {err}", out.status);
        assert_eq!(names(dir.path()), ["batch.toml", "out.ndjson"], "SIG{signal}");
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
    }
}

/// Waits, while `child` runs, for `ready` to hold.
fn wait_for(child: &mut Child, ready: impl Fn() -> bool) {
    while !ready() {
        assert!(child.try_wait().unwrap().is_none(), "the run ended before it was ready");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

// ---- each file once ----

#[test]
fn a_directory_with_a_link_loop_and_links_to_one_file_gives_each_case_once() {
    let dir = temp_dir_with(&[("cases/a.toml", &case(1)), ("cases/sub/b.toml", &case(2))]);
    let cases = dir.path().join("cases");
    let args = ["compute", s(&cases), "--format", "ndjson", "--as-of", AS_OF];
    let titles = |out: &str| -> Vec<String> { parse_ndjson(out).into_iter().map(|l| l.case.unwrap().title).collect() };
    let at = |p: &str| cases.join(p).display().to_string();
    // The loop of the report: read 41 times, until paths grew too long.
    symlink(".", cases.join("again")).unwrap();
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "a warning, not an error: {err}");
    assert_eq!(titles(&out), ["Case 1", "Case 2"], "each case once");
    assert_eq!(err.lines().count(), 1, "one warning: {err}");
    // A loop through a parent, links to a file and to a directory, a hard link.
    symlink("..", cases.join("sub/up")).unwrap();
    symlink("a.toml", cases.join("alias.toml")).unwrap();
    fs::hard_link(cases.join("sub/b.toml"), cases.join("twin.toml")).unwrap();
    symlink("sub", cases.join("sub-again")).unwrap();
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert_eq!(titles(&out), ["Case 1", "Case 2"], "each case once");
    let warnings: Vec<&str> = err.lines().collect();
    let looping = |p: &str| {
        format!(
            "warning: {}: leads back to {}, which holds it (a loop of links): not followed; each file is read once",
            at(p),
            cases.display()
        )
    };
    // Once each, in path order.
    assert_eq!(
        warnings,
        [
            looping("again"),
            format!(
                "warning: {}: the same file as {}, read already: skipped",
                at("alias.toml"),
                at("a.toml")
            ),
            looping("sub/up"),
            format!(
                "warning: {}: the same directory as {}, read already: skipped",
                at("sub-again"),
                at("sub")
            ),
            format!(
                "warning: {}: the same file as {}, read already: skipped",
                at("twin.toml"),
                at("sub/b.toml")
            ),
        ]
    );
    // A file named twice, or named and found in a directory named, is read once.
    let a = cases.join("a.toml");
    let (code, out, err) = run(&[
        "compute",
        s(&a),
        s(&cases),
        s(&a),
        "--format",
        "ndjson",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(parse_ndjson(&out).len(), 2, "{err}");
    assert!(
        err.contains(&format!("{}: named again, read already: skipped", a.display())),
        "{err}"
    );
}

// ---- each input opened once ----

/// A named pipe at `path` (made here), written by a thread: `text` to the first reader to
/// open it. A reader that closes it before reading it all (a probe, opening the input before
/// opening it again to read it) loses the text: whoever opens the pipe next reads a TOML
/// comment alone, rather than wait for ever. The function returned ends the thread.
fn pipe_written_once(path: &Path, text: String) -> impl FnOnce() {
    let made = std::process::Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (path, stop) = (path.to_path_buf(), stop.clone());
        std::thread::spawn(move || {
            for said in [text.as_str(), "# the text was lost\n"] {
                // Waits for a reader to open the pipe.
                let mut pipe = fs::OpenOptions::new().write(true).open(&path).unwrap();
                if stop.load(Ordering::SeqCst) || pipe.write_all(said.as_bytes()).is_ok() {
                    return;
                }
            }
        })
    };
    let path = path.to_path_buf();
    move || {
        stop.store(true, Ordering::SeqCst);
        // Ends the writer's wait for a reader, if it waits (read and write: this never waits).
        let unblock = fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
        writer.join().unwrap();
        drop(unblock);
    }
}

#[test]
fn a_named_pipe_as_an_input_is_opened_once_and_gives_its_data() {
    let dir = temp_dir_with(&[]);
    fs::create_dir(dir.path().join("in")).unwrap();
    // More than a pipe holds: a probe that opens the pipe and closes it unread makes the
    // writer fail, and the text is lost. A probe then a read had lost it in about half the runs.
    let text = format!("{}# {}\n", clearview(), "padding ".repeat(40_000));
    for round in 0..10 {
        for (pipe, input) in [("pipe.toml", "pipe.toml"), ("in/pipe.toml", "in")] {
            let path = dir.path().join(pipe);
            let done = pipe_written_once(&path, text.clone());
            let input = dir.path().join(input);
            let (code, out, err) = run(&["compute", s(&input), "--format", "ndjson"]);
            done();
            assert_eq!(code, 0, "{pipe}, round {round}: {err}");
            let lines = parse_ndjson(&out);
            assert_eq!(lines.len(), 1, "{out}");
            assert_eq!(lines[0].case.as_ref().unwrap().liquidations[0].days, 52);
            fs::remove_file(path).unwrap();
        }
    }
}

// ---- a reader that stops early ----

/// Runs `args` with standard output read up to its first line, then closed.
fn first_line_only(args: &[&str]) -> (Option<i32>, String, String) {
    let mut child = astreinte_process()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let (code, _, err) = status(&out);
    (code, first, err)
}

#[test]
fn a_reader_that_stops_early_does_not_hide_a_failing_check_or_a_bad_input() {
    // Thousands of passing cases (far more output than a pipe holds), then the one that fails.
    let passing = |n| case(n).replace("through = 2023-02-09\n", "through = 2023-02-09\nexpected_days = 52\n");
    let mut batch: String = (1..=20_000).map(passing).collect();
    let good = batch.clone();
    batch.push_str(&passing(20_001).replace("expected_days = 52", "expected_days = 53"));
    let dir = temp_dir_with(&[
        ("fails.toml", &batch),
        ("good.toml", &good),
        ("z-bad.toml", "title = \n"),
    ]);
    let at = |name: &str| s(&dir.path().join(name)).to_string();
    let (fails, good, bad) = (at("fails.toml"), at("good.toml"), at("z-bad.toml"));
    for (args, expected) in [
        (vec!["check", &good, "--as-of", AS_OF], 0),
        (vec!["check", &fails, "--as-of", AS_OF], 1),
        (vec!["check", &good, &bad, "--as-of", AS_OF], 2),
        (vec!["compute", &good, "--format", "ndjson", "--as-of", AS_OF], 0),
        (vec!["compute", &good, &bad, "--format", "ndjson", "--as-of", AS_OF], 2),
        (vec!["compute", &good, &bad, "--format", "json", "--as-of", AS_OF], 2),
    ] {
        let (code, first, err) = first_line_only(&args);
        assert!(!first.is_empty(), "{args:?}");
        assert_eq!(code, Some(expected), "{args:?}: {err}");
        // Only the bad input is reported; the closed pipe is not.
        let expected_err = if expected == 2 { 1 } else { 0 };
        assert_eq!(err.matches("error:").count(), expected_err, "{args:?}: {err}");
        // Messages into the same pipe, closed as early (`2>&1 | head -c 1`).
        let both = std::process::Command::new("bash")
            .args(["-c", "\"$@\" 2>&1 | head -c 1; exit ${PIPESTATUS[0]}", "bash"])
            .arg(env!("CARGO_BIN_EXE_astreinte"))
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(both.status.code(), Some(expected), "{args:?} 2>&1");
        assert_eq!(both.stdout.len(), 1, "{args:?} 2>&1");
    }
}

// ---- what cannot be a case file ----

#[test]
fn endless_devices_are_refused_at_once_by_every_command_that_reads() {
    for (device, why) in [("/dev/zero", ":1:1: a NUL byte (byte 0)"), ("/dev/urandom", "")] {
        for command in [
            &["compute", device][..],
            &["check", device],
            &["explain", device],
            &["when", device, "--reaches", "1"],
        ] {
            let (code, out, err) = run(command);
            assert_eq!(code, 2, "{command:?}: {err}");
            assert!(out.is_empty() || command[0] != "compute", "{command:?}: {out}");
            assert!(
                err.starts_with(&format!("error: {device}:")) && err.contains(why),
                "{command:?}: {err}"
            );
            assert!(
                err.contains("a NUL byte") || err.contains("not UTF-8"),
                "{command:?}: {err}"
            );
        }
    }
}

#[test]
fn a_nul_byte_is_refused_where_it_is_in_a_small_or_a_big_file() {
    let mut big: String = (1..=6_000).map(case).collect();
    assert!(big.len() > 1 << 20, "a big file");
    let line = big.lines().count() + 2;
    big.push_str("[[case]]\ntitle = \"a\0b\"\n");
    for (text, line, column) in [("title = \"a\0b\"\n".to_string(), 1, 11), (big, line, 11)] {
        let dir = temp_dir_with(&[("nul.toml", &text)]);
        let path = dir.path().join("nul.toml");
        let (code, out, err) = run(&["compute", s(&path), "--format", "ndjson", "--as-of", AS_OF]);
        assert_eq!(code, 2, "{err}");
        let lines = parse_ndjson(&out);
        assert_eq!(lines.len(), 1, "one line, for the file, and no case");
        let e = lines[0].error.as_ref().unwrap();
        assert_eq!((e.line, e.column), (line, column), "{e:?}");
        assert!(e.message.contains("a NUL byte"), "{e:?}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn a_regular_file_beyond_the_limit_is_refused_before_it_is_read() {
    let dir = temp_dir_with(&[]);
    let path = dir.path().join("huge.toml");
    // Sparse: a gigabyte and a byte that take no room.
    fs::File::create(&path).unwrap().set_len((1 << 30) + 1).unwrap();
    let (code, out, err) = run(&["compute", s(&path), "--format", "ndjson"]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err,
        format!(
            "error: {}: more than 1073741824 bytes, the most one input may hold (1 GiB): a case file is far smaller; split a batch into several files\n",
            path.display()
        )
    );
    assert!(parse_ndjson(&out)[0].error.is_some());
}

/// Runs `args` with the limit on one input lowered to `limit` bytes.
fn with_limit(limit: usize, args: &[&str], stdin: impl Into<Stdio>) -> (Option<i32>, String, String) {
    let out = astreinte_process()
        .env("ASTREINTE_MAX_INPUT_BYTES", limit.to_string())
        .args(args)
        .stdin(stdin)
        .output()
        .unwrap();
    status(&out)
}

#[test]
fn every_kind_of_input_beyond_the_limit_is_refused() {
    let small = clearview();
    let big: String = (1..=6_000).map(case).collect();
    let dir = temp_dir_with(&[("small.toml", &small), ("big.toml", &big)]);
    let too_large = "bytes, the most one input may hold: a case file is far smaller";
    for (text, name) in [(&small, "small.toml"), (&big, "big.toml")] {
        let path = dir.path().join(name);
        // Exactly at the limit: read.
        let at_limit = with_limit(text.len(), &["compute", s(&path), "--as-of", AS_OF], Stdio::null());
        assert_eq!(at_limit.0, Some(0), "{name}: {}", at_limit.2);
        // A file, standard input and a named pipe, one byte beyond the limit.
        let limit = text.len() - 1;
        let refused = |input: &str, (code, out, err): (Option<i32>, String, String)| {
            assert_eq!(code, Some(2), "{input}: {err}");
            assert!(out.is_empty(), "{input}: {out}");
            assert_eq!(
                err,
                format!("error: {input}: more than {limit} {too_large}; split a batch into several files\n")
            );
        };
        refused(s(&path), with_limit(limit, &["compute", s(&path)], Stdio::null()));
        let stdin = fs::File::open(&path).unwrap();
        refused("<stdin>", with_limit(limit, &["compute", "-"], stdin));
        let pipe = dir.path().join(format!("{name}.pipe"));
        let done = pipe_written_once(&pipe, text.clone());
        let from_pipe = with_limit(limit, &["compute", s(&pipe)], Stdio::null());
        done();
        refused(s(&pipe), from_pipe);
    }
}

#[test]
fn reading_an_endless_input_stops_at_the_limit() {
    // Valid text, never ending: refused once the limit is read, after reading little more.
    let limit = 1 << 20;
    let mut child = astreinte_process()
        .env("ASTREINTE_MAX_INPUT_BYTES", limit.to_string())
        .args(["compute", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let line = b"# a comment, again and again\n".repeat(1_000);
    let mut written = 0;
    // Up to 64 MiB: far beyond what the run may read.
    while written < 64 << 20 && stdin.write_all(&line).is_ok() {
        written += line.len();
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let (code, _, err) = status(&out);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains(&format!("more than {limit} bytes")), "{err}");
    assert!(written < 16 << 20, "{written} bytes taken from the pipe");
}
