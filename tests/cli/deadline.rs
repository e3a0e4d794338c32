//! `astreinte deadline`, and the case keys that shape a deadline (`order.distance`,
//! `order.month_end`, `[calendar_adjust]`). Each expected date is a worked example from the
//! source cited beside it, not a copy of the program's output.

use crate::json_types::{DeadlineDoc, parse, parse_compute};
use crate::support::{run, temp_dir_with};

fn deadline_json(args: &[&str]) -> DeadlineDoc {
    let mut all = vec!["deadline", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{args:?}: {err}");
    parse(&out)
}

/// (from, within, rules, distance, expected deadline, source of the example)
type Example = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
);

#[test]
fn worked_examples_of_every_rule_set() {
    let cases: &[Example] = &[
        // CNIL v Clearview AI, notified 19 Oct 2022 (domain.md §3).
        ("2022-10-19", "2 months", "fr-cpc", None, "2022-12-19", "CPC art. 641"),
        // simonnetavocat.fr: Friday 7 March + 15 days, Saturday, Sunday, Easter Monday (2008).
        ("2008-03-07", "15 days", "fr-cpc", None, "2008-03-25", "CPC art. 642"),
        // aurelienbamde.com: served 12 Feb 2017 overseas: 1 month, then 15 days.
        (
            "2017-02-12",
            "15 days",
            "fr-cpc",
            Some("overseas"),
            "2017-03-27",
            "CPC art. 643",
        ),
        // consultation.avocat.fr: notified 1 Oct 2007, délai franc ends Sunday 2 Dec -> 3 Dec.
        (
            "2007-10-01",
            "2 months",
            "fr-admin-franc",
            None,
            "2007-12-03",
            "CE 409579",
        ),
        // droitbelge.be: served 23 Sep 2019, one month to appeal: 23 Oct 2019.
        ("2019-09-23", "1 month", "be-cj", None, "2019-10-23", "C. jud. art. 54"),
        // vdv-vh.nl: three days from a Thursday, Saturday -> Monday, Easter Monday -> Tuesday.
        ("2025-04-16", "3 days", "nl-atw", None, "2025-04-22", "Atw art. 1"),
        // Atw art. 2: Christmas 2020, one working day in the limit is not enough.
        ("2020-12-24", "3 days", "nl-atw", None, "2020-12-29", "Atw art. 2"),
        // T-125/06: received 17 Jan 2006, 2 months + 10 days: 27 Mar 2006.
        (
            "2006-01-17",
            "2 months",
            "eu-court",
            Some("ten-days"),
            "2006-03-27",
            "RP CJ art. 51",
        ),
        // Basel Convention art. 5: 23 Jun 2023 (national day, Friday) -> Monday 26 Jun.
        (
            "2023-05-23",
            "1 month",
            "lu",
            None,
            "2023-06-26",
            "Basel Convention art. 5",
        ),
        // Plain: Saturday stays Saturday.
        (
            "2021-12-04",
            "6 weeks",
            "plain",
            None,
            "2022-01-15",
            "calendar arithmetic",
        ),
    ];
    for (from, within, rules, distance, expected, source) in cases {
        let mut args = vec!["--from", from, "--within", within, "--rules", rules];
        if let Some(d) = distance {
            args.extend_from_slice(&["--distance", d]);
        }
        let doc = deadline_json(&args);
        assert_eq!(&doc.deadline, expected, "{rules} {from} + {within} ({source})");
        assert_eq!(doc.schema_version, 1);
        assert_eq!(&doc.from, from);
        assert_eq!(&doc.rules, rules);
        assert_eq!(doc.distance.as_deref(), *distance);
        let last = doc.steps.last().unwrap();
        assert_eq!((last.action.as_str(), last.date.as_str()), ("deadline", *expected));
        assert!(doc.steps.iter().all(|s| !s.source.is_empty() && !s.rule.is_empty()));
    }
}

#[test]
fn json_names_the_inputs_and_the_first_day_of_delay() {
    let doc = deadline_json(&["--from", "2023-06-14", "--within", "1 mois"]);
    assert_eq!(doc.within, "1 month");
    assert_eq!(doc.calendar, "FR");
    assert_eq!(doc.deadline, "2023-07-17");
    assert_eq!(doc.first_day_of_delay, "2023-07-18");
    assert!(doc.steps.iter().any(|s| s.rule.contains("Fête nationale")));
    assert!(doc.notes.is_empty());
    // The default calendar follows the rule set; the Atw note is always shown.
    let doc = deadline_json(&["--from", "2023-06-14", "--within", "1 month", "--rules", "nl-atw"]);
    assert_eq!(doc.calendar, "NL");
    assert!(doc.notes[0].contains("begunstigingstermijn"), "{:?}", doc.notes);
}

/// A rule set's caveat is worded in the language of the run: under `--lang fr` it was printed
/// in English after `Remarque :`. JSON keeps the English.
#[test]
fn a_rule_sets_caveat_is_in_the_language_of_the_run() {
    for (rules, french) in [
        (
            "nl-atw",
            "Remarque\u{A0}: l’Algemene termijnenwet ne proroge que les délais fixés par la loi",
        ),
        (
            "eu-court",
            "Remarque\u{A0}: la Cour de justice a sa propre liste de jours fériés",
        ),
    ] {
        let args = [
            "deadline",
            "--from",
            "2023-06-14",
            "--within",
            "1 month",
            "--rules",
            rules,
        ];
        let (code, out, err) = run(&[&args[..], &["--lang", "fr"]].concat());
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(french), "{out}");
        assert!(!out.contains(" the "), "English in French: {out}");
        let (_, english, _) = run(&[&args[..], &["--lang", "en"]].concat());
        let doc = deadline_json(&args[1..]);
        assert!(english.contains(&format!("Note: {}", doc.notes[0])), "{english}");
    }
}

#[test]
fn table_shows_the_deadline_and_each_step() {
    let (code, out, err) = run(&[
        "deadline",
        "--from",
        "2007-10-01",
        "--within",
        "2 months",
        "--rules",
        "fr-admin-franc",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Deadline: Mon 3 Dec 2007"), "{out}");
    for words in [
        "délai franc",
        "Sun 2 Dec 2007 is a Sunday, so the limit runs to the next day",
        "CE 19 Sep 2014",
        "First day of delay: Tue 4 Dec 2007",
    ] {
        assert!(out.contains(words), "{words}: {out}");
    }
}

#[test]
fn month_end_error_refuses_a_missing_day() {
    let (code, _, err) = run(&[
        "deadline",
        "--from",
        "2023-01-31",
        "--within",
        "1 month",
        "--month-end",
        "error",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("February 2023 has no day 31"), "{err}");
    let doc = deadline_json(&["--from", "2023-01-31", "--within", "1 month", "--month-end", "clamp"]);
    assert_eq!(doc.deadline, "2023-02-28");
}

#[test]
fn bad_values_exit_2_with_the_valid_ones() {
    let cases: &[(&[&str], &str)] = &[
        (&["--rules", "be-jc"], "did you mean `be-cj`"),
        (
            &["--rules", "xx"],
            "`fr-cpc`, `fr-admin-franc`, `be-cj`, `nl-atw`, `eu-court`, `lu`, `plain`",
        ),
        (&["--calendar", "BEL"], "did you mean `BE`"),
        (&["--within", "2 monhts"], "accepted forms"),
        (&["--distance", "far"], "`overseas`, `abroad`, `ten-days`"),
        (&["--distance", "ten-days"], "does not apply under `fr-cpc`"),
        (&["--month-end", "round"], "`clamp`, `error`"),
        (&["--from", "1500-01-10"], "out of range"),
        (
            &["--from", "9999-12-20"],
            "ends after 9999-12-31, the last supported date",
        ),
        (&["--from", "2023-02-30"], "YYYY-MM-DD"),
        (&["--format", "xml"], "table"),
    ];
    for (extra, words) in cases {
        let mut args = vec!["deadline"];
        for (flag, default) in [("--from", "2023-01-10"), ("--within", "2 months")] {
            if !extra.contains(&flag) {
                args.extend_from_slice(&[flag, default]);
            }
        }
        args.extend_from_slice(extra);
        let (code, out, err) = run(&args);
        assert_eq!(code, 2, "{extra:?}: {out}{err}");
        assert!(err.contains(words), "{extra:?}: {err}");
    }
}

const CASE_HEAD: &str = "title = \"T\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n[order]\ndecided = 2023-01-31\ncomply_within = \"1 month\"\n";

#[test]
fn case_keys_distance_and_month_end() {
    // 31 Jan + 1 month + 2 months abroad = 30 Apr 2023, a Sunday, and 1 May: Tue 2 May.
    let text = format!("{CASE_HEAD}distance = \"abroad\"\n[penalty]\namount = 1\n");
    let dir = temp_dir_with(&[("c.toml", &text)]);
    let (code, out, err) = run(&[
        "compute",
        dir.path().join("c.toml").to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        "2023-06-01",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(parse_compute(&out).cases[0].deadline, "2023-05-02");

    let bad: &[(&str, &str, &str, &str)] = &[
        (
            "month_end = \"error\"\n",
            "7:13",
            "order.month_end",
            "February 2023 has no day 31",
        ),
        (
            "month_end = \"clip\"\n",
            "7:13",
            "order.month_end",
            "expected one of `clamp`, `error`",
        ),
        (
            "distance = \"ten-days\"\n",
            "7:12",
            "order.distance",
            "does not apply under `fr-cpc`",
        ),
    ];
    for (line, position, key, words) in bad {
        let text = format!("{CASE_HEAD}{line}[penalty]\namount = 1\n");
        let dir = temp_dir_with(&[("c.toml", &text)]);
        let path = dir.path().join("c.toml");
        let path = path.to_str().unwrap();
        let (code, _, err) = run(&["compute", path]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(&format!("{path}:{position}: `{key}`")), "{err}");
        assert!(err.contains(words), "{err}");
    }
}

#[test]
fn calendar_adjust_is_checked() {
    let head = "title = \"T\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n[order]\ndecided = 2023-06-13\ncomply_within = \"1 month\"\n[penalty]\namount = 1\n[calendar_adjust]\n";
    let bad: &[(&str, &str, &str)] = &[
        (
            "remove = [2023-05-09]\n",
            "calendar_adjust.remove[1]",
            "not a holiday in the FR calendar",
        ),
        (
            "add = [{ date = 2023-07-13 }]\n",
            "calendar_adjust.add[1]",
            "missing: a `name`",
        ),
        (
            "add = [{ date = 1200-07-13, name = \"x\" }]\n",
            "calendar_adjust.add[1].date",
            "out of range",
        ),
        (
            "add = [{ date = 2023-07-14, name = \"x\" }]\nremove = [2023-07-14]\n",
            "calendar_adjust.remove[1]",
            "both added and removed",
        ),
        ("adds = []\n", "calendar_adjust.adds", "did you mean `add`"),
    ];
    for (tail, key, words) in bad {
        let dir = temp_dir_with(&[("c.toml", &format!("{head}{tail}"))]);
        let (code, _, err) = run(&["compute", dir.path().join("c.toml").to_str().unwrap()]);
        assert_eq!(code, 2, "{tail}: {err}");
        assert!(err.contains(&format!("`{key}`")), "{tail}: {err}");
        assert!(err.contains(words), "{tail}: {err}");
    }
}
