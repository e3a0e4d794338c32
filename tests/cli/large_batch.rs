//! Large batches of `[[case]]` tables, read one case at a time: positions stay those of the
//! file, a header inside a string is no header, and any other shape still reads.

use crate::json_types::parse_ndjson;
use crate::support::{run, run_with_stdin, temp_dir_with};

/// Case `n` of a batch: fr-cpc, two months from notification, one liquidation.
pub(crate) fn case(n: usize) -> String {
    format!(
        "[[case]]\ntitle = \"Case {n}\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n\
         [case.order]\ndecided = 2022-10-17\nnotified = 2022-10-19\ncomply_within = \"2 months\"\n\
         [case.penalty]\namount = 100000\nper = \"day\"\n[[case.liquidation]]\nthrough = 2023-02-09\n\n"
    )
}

fn compute_ndjson(name: &str, text: &str) -> (i32, Vec<crate::json_types::NdjsonLine>, String) {
    let dir = temp_dir_with(&[(name, text)]);
    let path = dir.path().join(name);
    let (code, out, err) = run(&[
        "compute",
        path.to_str().unwrap(),
        "--format",
        "ndjson",
        "--as-of",
        "2023-02-09",
    ]);
    (code, parse_ndjson(&out), err)
}

#[test]
fn an_error_in_case_n_of_a_big_batch_names_its_line_and_column_in_the_file() {
    let mut text = String::new();
    for n in 1..=20_000 {
        if n == 17_171 {
            text.push_str("[[case]]\ntitle = \"bad\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n[case.order]\ndecided = 2022-10-17\n");
            text.push_str("comply_within = \"2 months\"\n[case.penalty]\namount =   1.5\n\n");
        } else {
            text.push_str(&case(n));
        }
    }
    let line = text[..text.find("1.5\n").unwrap()].lines().count();
    let (code, lines, err) = compute_ndjson("big.toml", &text);
    assert_eq!(code, 2, "{err}");
    assert_eq!(lines.len(), 20_000);
    let bad = lines[17_170].error.as_ref().expect("case 17171 is the bad one");
    assert_eq!((bad.line, bad.column), (line, 12), "{bad:?}");
    assert_eq!(bad.field.as_deref(), Some("case[17171].penalty.amount"));
    assert!(bad.file.ends_with("big.toml"));
    assert!(err.contains(&format!("big.toml:{line}:12")), "{err}");
    // The cases around it compute, each located at its own header.
    let after = lines[17_171].case.as_ref().unwrap();
    assert_eq!(after.title, "Case 17172");
    assert_eq!(
        after.source.line,
        text[..text.find("[[case]]\ntitle = \"Case 17172\"").unwrap()]
            .lines()
            .count()
            + 1
    );
    assert_eq!(after.liquidations[0].days, 52);
    assert_eq!(lines.iter().filter(|l| l.error.is_some()).count(), 1);
}

#[test]
fn a_case_header_inside_a_multi_line_string_belongs_to_the_string() {
    let second = case(2).replacen(
        "\ncurrency",
        "\nauthority = \"\"\"\nCour d'appel\n[[case]]\ntitle = \"not a case\"\n\"\"\"\ncurrency",
        1,
    );
    let text = format!("{}{second}{}", case(1), case(3));
    let (code, lines, err) = compute_ndjson("strings.toml", &text);
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines.len(), 3);
    let second = lines[1].case.as_ref().unwrap();
    assert_eq!(
        second.authority.as_deref(),
        Some("Cour d'appel\n[[case]]\ntitle = \"not a case\"\n")
    );
    assert_eq!(lines[1].case.as_ref().unwrap().source.line, 15);
    assert_eq!(lines[2].case.as_ref().unwrap().source.line, 2 * 14 + 5 + 1);
}

#[test]
fn batches_in_other_shapes_still_read() {
    // An inline array of tables, and headers written with quotes and spaces.
    let inline = "case = [\n  { title = \"A\", currency = \"EUR\", rules = \"plain\", order = { decided = 2023-01-02, deadline = 2023-01-31 }, penalty = { amount = 100 } },\n]\n";
    let (code, lines, err) = compute_ndjson("inline.toml", inline);
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines[0].case.as_ref().unwrap().accrued.days, 9);

    let mixed = format!("{}[[ \"case\" ]]\n{}", case(1), &case(2)["[[case]]\n".len()..]);
    let (code, lines, err) = compute_ndjson("mixed.toml", &mixed);
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1].case.as_ref().unwrap().source.line, 15);

    // A stray top-level key: one error for the file, naming the key, as before.
    let stray = format!("{}[meta]\nversion = 1\n", case(1));
    let (code, lines, _) = compute_ndjson("stray.toml", &stray);
    assert_eq!(code, 2);
    assert_eq!(lines.len(), 1);
    let e = lines[0].error.as_ref().unwrap();
    assert_eq!((e.field.as_deref(), e.line), (Some("meta"), 15));
}

#[test]
fn a_big_batch_with_case_headers_in_a_long_string_reads_as_one_scan_reads_it() {
    // A large file is computed while it is being split. Here a multi-line string in its middle
    // is full of `[[case]]` lines: no case may start inside the string, however many runs of
    // cases are handed out before and after it.
    let before: String = (1..=3_000).map(case).collect();
    // It ends with an escaped quote before two more: read from the cut as if outside any
    // string, that line would open a string the real closing quotes close, and the tables in
    // between would pass for cases.
    let string_lines = "[[case]]\ntitle = \"inside\"\n".repeat(40_000) + "\\\"\"\"\n";
    let long = case(3_001).replacen(
        "\ncurrency",
        &format!("\nauthority = \"\"\"\n{string_lines}\"\"\"\ncurrency"),
        1,
    );
    let after: String = (3_002..=6_000).map(case).collect();
    let text = format!("{before}{long}{after}");
    let middle = text.len() / 2;
    let string_at = text.find("authority = \"\"\"").unwrap();
    assert!(
        string_at < middle && middle < string_at + string_lines.len(),
        "the middle is in the string"
    );
    assert!(text.len() > 1 << 20, "large enough to be computed while it is split");

    let (code, lines, err) = compute_ndjson("cut.toml", &text);
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines.len(), 6_000);
    let long = lines[3_000].case.as_ref().unwrap();
    assert_eq!(long.title, "Case 3001");
    // The escape stands for one quote: one byte fewer than written.
    assert_eq!(long.authority.as_deref().map(str::len), Some(string_lines.len() - 1));
    let next = lines[3_001].case.as_ref().unwrap();
    assert_eq!(next.title, "Case 3002");
    let header = text.find("[[case]]\ntitle = \"Case 3002\"").unwrap();
    assert_eq!(next.source.line, text[..header].lines().count() + 1);
}

#[test]
fn a_big_batch_found_unusual_at_its_end_is_read_whole_and_nothing_of_it_half_written() {
    // Thousands of cases, then lines that make it a document the split does not take (a table
    // outside the cases): the file reads as a whole document does, here one error for the file.
    let cases: String = (1..=6_000).map(case).collect();
    assert!(cases.len() > 1 << 20, "a big batch");
    let lines_before = cases.lines().count();
    let (code, lines, err) = compute_ndjson("stray.toml", &format!("{cases}[meta]\nversion = 1\n"));
    assert_eq!(code, 2, "{err}");
    assert_eq!(lines.len(), 1, "one line, for the file, and no case");
    let e = lines[0].error.as_ref().unwrap();
    assert_eq!((e.field.as_deref(), e.line), (Some("meta"), lines_before + 1), "{e:?}");
    assert_eq!(err.matches("error:").count(), 1, "{err}");
}

/// A case whose TOML is broken, in a small or a big batch, from a file or from standard input:
/// that case is reported, at its line and as `case[N]`, and every other one computes.
#[test]
fn a_syntax_error_in_one_case_of_a_batch_loses_no_other_case() {
    for count in [3, 6_000] {
        let broken = count / 2 + 1;
        let mut text = String::new();
        for n in 1..=count {
            if n == broken {
                text.push_str("[[case]]\ntitle = \"broken\ncurrency = \"EUR\"\n[case.penalty]\namount = [1,\n\n");
            } else {
                text.push_str(&case(n));
            }
        }
        let line = text[..text.find("title = \"broken").unwrap()].lines().count() + 1;
        let (code, from_file, err) = compute_ndjson("broken.toml", &text);
        let args = ["compute", "-", "--format", "ndjson", "--as-of", "2023-02-09"];
        let (stdin_code, out, stdin_err) = run_with_stdin(&args, &text);
        for (code, lines, err) in [(code, from_file, err), (stdin_code, parse_ndjson(&out), stdin_err)] {
            assert_eq!(code, 2, "{err}");
            assert_eq!(lines.len(), count, "{count} cases: {err}");
            let errors: Vec<_> = lines.iter().filter_map(|l| l.error.as_ref()).collect();
            assert_eq!(errors.len(), 1, "{errors:?}");
            let e = errors[0];
            assert_eq!(
                (e.line, e.column, e.field.as_deref()),
                (line, 16, Some(format!("case[{broken}].title").as_str()))
            );
            assert!(lines[broken - 1].error.is_some());
            let after = lines[broken].case.as_ref().unwrap();
            assert_eq!(after.title, format!("Case {}", broken + 1));
            assert_eq!(after.liquidations[0].days, 52);
        }
    }
}

/// A multi-line string never closed takes the rest of the file: the cases before it compute,
/// and its own is reported where it opens, though the file ends far below.
#[test]
fn a_string_never_closed_at_the_end_of_a_big_batch_keeps_the_cases_before_it() {
    let cases: String = (1..=6_000).map(case).collect();
    assert!(cases.len() > 1 << 20, "a big batch");
    let opened = cases.lines().count() + 2;
    let text = format!("{cases}[[case]]\nnote = \"\"\"\n{}", case(6_002).repeat(3));
    let (code, lines, err) = compute_ndjson("open.toml", &text);
    assert_eq!(code, 2, "{err}");
    assert_eq!(lines.len(), 6_001);
    assert!(lines[..6_000].iter().all(|l| l.case.is_some()));
    let e = lines[6_000].error.as_ref().unwrap();
    assert_eq!(
        (e.line, e.column, e.field.as_deref()),
        (opened, 8, Some("case[6001].note")),
        "{e:?}"
    );
    assert!(e.message.contains("never closed"), "{e:?}");
    assert_eq!(err.matches("error:").count(), 1, "{err}");
}

#[test]
fn a_big_batch_reads_alike_from_a_file_and_from_standard_input() {
    let text: String = (1..=6_000).map(case).collect();
    assert!(text.len() > 1 << 20, "a big batch");
    let (code, from_file, err) = compute_ndjson("big.toml", &text);
    assert_eq!(code, 0, "{err}");
    let args = ["compute", "-", "--format", "ndjson", "--as-of", "2023-02-09"];
    let (code, out, err) = run_with_stdin(&args, &text);
    assert_eq!(code, 0, "{err}");
    let from_stdin = parse_ndjson(&out);
    assert_eq!(from_stdin.len(), 6_000);
    for (a, b) in from_file.iter().zip(&from_stdin) {
        let (a, b) = (a.case.as_ref().unwrap(), b.case.as_ref().unwrap());
        assert_eq!(
            (&a.title, a.source.line, &a.totals.owed),
            (&b.title, b.source.line, &b.totals.owed)
        );
        assert_eq!(b.source.file, "<stdin>");
    }
}

#[test]
fn a_big_batch_not_utf8_near_its_end_is_one_error_where_the_byte_is() {
    // Nothing of the cases before the bad byte comes out: the file is one error.
    let mut text: String = (1..=6_000).map(case).collect();
    text.push_str("[[case]]\ntitle = \"Caf");
    let line = text.lines().count();
    let mut bytes = text.into_bytes();
    bytes.extend(b"\xe9\"\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.toml");
    std::fs::write(&path, &bytes).unwrap();
    let args = [
        "compute",
        path.to_str().unwrap(),
        "--format",
        "ndjson",
        "--as-of",
        "2023-02-09",
    ];
    let (code, out, err) = run(&args);
    assert_eq!(code, 2, "{err}");
    let lines = parse_ndjson(&out);
    assert_eq!(lines.len(), 1, "one line, for the file, and no case");
    let e = lines[0].error.as_ref().unwrap();
    assert_eq!((e.line, e.column), (line, 13), "{e:?}");
    assert!(e.message.contains("not UTF-8"), "{e:?}");
}
