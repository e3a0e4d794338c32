//! `astreinte holidays`. Expected lists come from the statutes (domain.md §2.6), not from the
//! program.

use crate::json_types::{HolidaysDoc, parse};
use crate::support::run;

fn holidays_json(args: &[&str]) -> HolidaysDoc {
    let mut all = vec!["holidays", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{args:?}: {err}");
    parse(&out)
}

#[test]
fn france_2023_has_its_eleven_holidays() {
    let doc = holidays_json(&["--calendar", "FR", "--year", "2023"]);
    assert_eq!(doc.schema_version, 1);
    assert_eq!((doc.calendar.as_str(), doc.year), ("FR", Some(2023)));
    assert_eq!((doc.from.as_str(), doc.to.as_str()), ("2023-01-01", "2023-12-31"));
    let dates: Vec<&str> = doc.holidays.iter().map(|h| h.date.as_str()).collect();
    // Code du travail L3133-1; Easter 2023 is 9 April.
    assert_eq!(
        dates,
        [
            "2023-01-01",
            "2023-04-10",
            "2023-05-01",
            "2023-05-08",
            "2023-05-18",
            "2023-05-29",
            "2023-07-14",
            "2023-08-15",
            "2023-11-01",
            "2023-11-11",
            "2023-12-25"
        ]
    );
    let easter_monday = &doc.holidays[1];
    assert_eq!(
        (
            easter_monday.name.as_str(),
            easter_monday.name_en.as_str(),
            easter_monday.weekday.as_str()
        ),
        ("Lundi de Pâques", "Easter Monday", "Monday")
    );
}

#[test]
fn a_range_lists_only_its_days_across_years() {
    // Alsace-Moselle adds 26 Dec (L3134-13): 25-26 Dec 2023 and 1 Jan 2024.
    let doc = holidays_json(&["--calendar", "fr-67", "--from", "2023-12-20", "--to", "2024-01-05"]);
    assert_eq!(doc.year, None);
    let dates: Vec<&str> = doc.holidays.iter().map(|h| h.date.as_str()).collect();
    assert_eq!(dates, ["2023-12-25", "2023-12-26", "2024-01-01"]);
}

#[test]
fn other_calendars() {
    // Netherlands 2024 (Atw art. 3): King's Day 27 April, Liberation Day 5 May, Good Friday.
    let nl = holidays_json(&["--calendar", "NL", "--year", "2024"]);
    let dates: Vec<&str> = nl.holidays.iter().map(|h| h.date.as_str()).collect();
    for d in ["2024-03-29", "2024-04-27", "2024-05-05", "2024-12-26"] {
        assert!(dates.contains(&d), "{d}: {dates:?}");
    }
    // Belgium: 21 July; Luxembourg: 23 June.
    assert!(
        holidays_json(&["--calendar", "BE", "--year", "2023"])
            .holidays
            .iter()
            .any(|h| h.date == "2023-07-21")
    );
    assert!(
        holidays_json(&["--calendar", "LU", "--year", "2023"])
            .holidays
            .iter()
            .any(|h| h.date == "2023-06-23")
    );
    assert!(
        holidays_json(&["--calendar", "none", "--year", "2023"])
            .holidays
            .is_empty()
    );
}

#[test]
fn table_lists_names_in_both_languages() {
    let (code, out, err) = run(&["holidays", "--calendar", "BE", "--year", "2023"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2023-07-21") && out.contains("Friday"), "{out}");
    assert!(out.trim_end().ends_with("10 holidays"), "{out}");
}

#[test]
fn bad_values_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["--calendar", "NLD", "--year", "2024"], "did you mean `NL`"),
        (&["--calendar", "XX", "--year", "2024"], "expected one of FR, FR-57"),
        (&["--year", "1200"], "out of range"),
        (&["--from", "2024-05-01", "--to", "2024-01-01"], "before --from"),
        (&["--from", "2024-05-01"], "--to"),
        (
            &["--year", "2024", "--from", "2024-01-01", "--to", "2024-02-01"],
            "cannot be used with",
        ),
    ];
    for (args, words) in cases {
        let mut all = vec!["holidays"];
        all.extend_from_slice(args);
        let (code, out, err) = run(&all);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.contains(words), "{args:?}: {err}");
    }
}
