//! `compute --format summary`: each case's figures on one line, the same figures as the full
//! formats give, errors as `ndjson` gives them.

use crate::json_types::{SummaryLine, parse_ndjson, parse_summary};
use crate::support::{run, temp_dir_with};

fn compute(format: &str, args: &[&str]) -> (i32, String) {
    let (code, out, err) = run(&[&["compute", "--format", format][..], args].concat());
    assert!(code == 0 || code == 2, "{code}: {err}");
    (code, out)
}

#[test]
fn the_figures_are_those_of_ndjson_case_by_case() {
    // On or after the last day any example liquidates: a later period is refused.
    for as_of in ["2024-09-30", "2026-06-30", "2040-01-01"] {
        let args = ["examples", "tests/cases", "--as-of", as_of];
        let (_, full_text) = compute("ndjson", &args);
        let (_, brief_text) = compute("summary", &args);
        let full = parse_ndjson(&full_text);
        let brief = parse_summary(&brief_text);
        assert_eq!(full.len(), brief.len());
        assert!(brief.len() >= 9, "{brief_text}");
        // Far fewer bytes: no derivation, penalties or segments.
        assert!(
            brief_text.len() * 2 < full_text.len(),
            "{} vs {}",
            brief_text.len(),
            full_text.len()
        );
        for (f, b) in full.iter().zip(&brief) {
            let (Some(f), SummaryLine::Case(b)) = (&f.case, b) else {
                panic!("a case in one format and not the other: {f:?} / {b:?}");
            };
            assert_eq!(b.schema_version, f_version(&full_text));
            assert_eq!((&b.title, &b.currency), (&f.title, &f.currency));
            assert_eq!((b.source.line, b.source.column), (f.source.line, f.source.column));
            assert_eq!((&b.deadline, &b.accrual_start), (&f.deadline, &f.accrual_start));
            assert_eq!(b.liquidations.len(), f.liquidations.len(), "{}", b.title);
            for (i, (bl, fl)) in b.liquidations.iter().zip(&f.liquidations).enumerate() {
                assert_eq!(bl.number, i + 1);
                assert_eq!((&bl.from, &bl.through, bl.days), (&fl.from, &fl.through, fl.days));
                assert_eq!(
                    (bl.amount, bl.awarded, bl.status, bl.expected),
                    (fl.amount, fl.awarded, fl.status, fl.expected)
                );
            }
            assert_eq!(b.gaps.len(), f.gaps.len(), "{}", b.title);
            for (bg, fg) in b.gaps.iter().zip(&f.gaps) {
                assert_eq!(
                    (&bg.from, &bg.through, bg.days, bg.amount),
                    (&fg.from, &fg.through, fg.days, fg.amount)
                );
            }
            let (ba, fa) = (&b.accrued, &f.accrued);
            assert_eq!(
                (&ba.from, &ba.through, ba.days, ba.amount),
                (&fa.from, &fa.through, fa.days, fa.amount)
            );
            assert_eq!(
                (
                    b.totals.liquidated,
                    b.totals.awarded,
                    b.totals.projected,
                    b.totals.unliquidated,
                    b.totals.overall,
                    b.totals.owed
                ),
                (
                    f.totals.liquidated,
                    f.totals.awarded,
                    f.totals.projected,
                    f.totals.unliquidated,
                    f.totals.overall,
                    f.totals.owed
                )
            );
        }
    }
}

fn f_version(ndjson: &str) -> u32 {
    parse_ndjson(ndjson).first().map_or(0, |l| l.schema_version)
}

#[test]
fn a_bad_case_is_an_error_line_as_in_ndjson_and_the_others_still_come() {
    let dir = temp_dir_with(&[(
        "batch.toml",
        "[[case]]\ntitle = \"good\"\ncurrency = \"EUR\"\nrules = \"plain\"\n[case.order]\ndecided = 2023-01-02\n\
         deadline = 2023-01-31\n[case.penalty]\namount = 100\nper = \"day\"\n\
         [[case]]\ntitle = \"bad\"\ncurrency = \"EUR\"\n[case.penalty]\namount = 1.5\n",
    )]);
    let file = dir.path().join("batch.toml");
    let args = [file.to_str().unwrap(), "--as-of", "2023-03-01"];
    let (code, brief) = compute("summary", &args);
    let (full_code, full) = compute("ndjson", &args);
    assert_eq!((code, full_code), (2, 2));
    let lines = parse_summary(&brief);
    assert_eq!(lines.len(), 2, "{brief}");
    let SummaryLine::Case(good) = &lines[0] else {
        panic!("{brief}")
    };
    assert_eq!(good.title, "good");
    assert_eq!(good.accrued.days, 29);
    let SummaryLine::Error(bad) = &lines[1] else {
        panic!("{brief}")
    };
    let expected = parse_ndjson(&full).remove(1).error.unwrap();
    assert_eq!(
        (bad.error.line, bad.error.column, &bad.error.field, &bad.error.message),
        (expected.line, expected.column, &expected.field, &expected.message)
    );
    assert_eq!(bad.error.line, 15);
}
