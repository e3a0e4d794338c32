//! Replays, on stable Rust and through the library API, every input the fuzz targets keep
//! (fuzz/seeds/: a minimized corpus; fuzz/regressions/: inputs that once crashed, named after
//! the defect), with the case files of examples/, tests/cases/ and tests/malformed/: each must
//! end in a result or a clean error, never a panic. The pipeline is the fuzz target's own
//! (fuzz/harness/pipeline.rs), so the two cannot drift apart.

// A test binary may unwrap, expect, panic and index, and its `pub` items are shared between
// its own modules: the denials of Cargo.toml `[lints]` are for the library and the binary.
#![allow(
    unreachable_pub,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::indexing_slicing,
    clippy::string_slice
)]

#[path = "../fuzz/harness/pipeline.rs"]
mod pipeline;

use std::path::{Path, PathBuf};

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn replay(dirs: &[&str]) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in dirs {
        files_under(&root.join(dir), &mut files);
    }
    files.sort();
    for file in &files {
        let data = std::fs::read(file).expect("read an input");
        // A panic names the input it came from.
        let outcome = std::panic::catch_unwind(|| pipeline::exercise(&data));
        assert!(outcome.is_ok(), "{} panicked", file.display());
    }
    files.len()
}

#[test]
fn the_saved_fuzz_corpus_and_crash_inputs_end_in_results_or_errors() {
    let replayed = replay(&["fuzz/seeds", "fuzz/regressions"]);
    assert!(replayed >= 50, "only {replayed} saved fuzz inputs");
}

#[test]
fn every_case_file_of_the_repository_ends_in_a_result_or_an_error() {
    let replayed = replay(&["examples", "tests/cases", "tests/malformed"]);
    assert!(replayed >= 100, "only {replayed} case files");
}

mod dates_at_the_ends {
    //! Case files whose dates, time limits and as-of dates lie near the ends of the supported
    //! range (0001-01-01 and 9999-12-31): every date of every output, in every format and
    //! language, of the library and of the command line, is in the range, or the case ends in
    //! a located error (the pipeline's checks).

    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::pipeline;

    /// A date within `days` days of one end of the range.
    fn near(end: bool, days: i64) -> NaiveDate {
        let first = NaiveDate::from_ymd_opt(1, 1, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
        if end {
            last - chrono::Days::new(days as u64)
        } else {
            first + chrono::Days::new(days as u64)
        }
    }

    fn case_text() -> impl Strategy<Value = (String, bool)> {
        let dates = proptest::collection::vec(0i64..800, 6);
        (
            any::<bool>(),
            dates,
            prop_oneof![
                Just(None),
                proptest::sample::select(vec![
                    "0 days", "1 day", "30 days", "1 month", "2 months", "1 year", "1000000 months", "1000000 days",
                ])
                .prop_map(Some),
            ],
            proptest::sample::select(vec!["plain", "fr-cpc", "be-cj", "nl-atw", "eu-court"]),
            proptest::sample::select(vec!["none", "FR"]),
            proptest::sample::select(vec!["day", "week", "month", "year", "violation"]),
            proptest::sample::select(vec!["completed", "started", "prorata"]),
            any::<[bool; 6]>(),
        )
            .prop_map(|(end, d, within, rules, calendar, per, partial, some)| {
                // Dates in order from the decision on (towards the end of the range, later;
                // towards its start, too, a few hundred days on).
                let mut days: Vec<i64> = d;
                days.sort_unstable();
                if end {
                    days.reverse();
                }
                let day = |i: usize| near(end, days[i]);
                let mut t = format!(
                    "title = \"ends\"\ncurrency = \"EUR\"\nrules = \"{rules}\"\ncalendar = \"{calendar}\"\n[order]\ndecided = {}\n",
                    day(0)
                );
                match within {
                    Some(limit) => t.push_str(&format!("comply_within = \"{limit}\"\n")),
                    None => t.push_str(&format!("deadline = {}\n", day(1))),
                }
                t.push_str(&format!("[penalty]\namount = 1000\nper = \"{per}\"\n"));
                if per != "day" && per != "violation" {
                    t.push_str(&format!("partial = \"{partial}\"\n"));
                }
                if some[0] {
                    t.push_str(&format!("from = {}\n", day(2)));
                }
                if some[1] {
                    t.push_str(&format!("complied = {}\n", day(5)));
                }
                if some[2] {
                    t.push_str("cap = 5000000\n");
                }
                if per == "violation" {
                    t.push_str(&format!("[[penalty.violation]]\ndate = {}\ncount = 3\n", day(3)));
                }
                if some[3] {
                    t.push_str(&format!("[[liquidation]]\nthrough = {}\n", day(3)));
                    if some[4] {
                        t.push_str(&format!("[[liquidation]]\nthrough = {}\n", day(4)));
                    }
                }
                if some[5] {
                    t.push_str(&format!("[[lump_sum]]\namount = 10\ndate = {}\n", day(4)));
                }
                (t, end)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn every_date_of_every_output_is_in_the_range_or_the_case_is_a_located_error(
            (text, end) in case_text(),
            as_of in 0i64..400,
            as_of_at_the_other_end in proptest::bool::weighted(0.2),
        ) {
            let as_of = near(end != as_of_at_the_other_end, as_of);
            pipeline::exercise_at(text.as_bytes(), as_of);
        }
    }

    #[test]
    fn the_date_check_sees_every_way_a_year_outside_the_range_is_written() {
        for bad in [
            "\"+10000-01-01\"",
            "0000-12-31",
            "-0001-01-01",
            "through 10000-01-01.",
            "31/12/+10000",
            "01/01/0000",
            "Sat 1 Jan 10000",
            "1er janv. 10000",
            "Jan +10000",
            "31 décembre 0",
        ] {
            assert!(pipeline::dates_in_range(bad).is_err(), "{bad}");
        }
        for good in [
            "\"9999-12-31\"",
            "0001-01-01",
            "31/12/9999",
            "Fri 31 Dec 9999",
            "1er janv. 1",
            "amount 100000000000, 2023-01-01",
            "€1,000,000",
        ] {
            assert!(pipeline::dates_in_range(good).is_ok(), "{good}");
        }
    }
}
