//! Issue 17, item 7: a service dated on a Sunday or a public holiday gets a note (CPC art.
//! 664: no service on such a day without the judge's leave), in every language, in the JSON
//! `notes`, and only under the French civil rules.

use crate::json_types::parse_compute;
use crate::support::{run, temp_dir_with};

/// A French civil case notified on `notified`, served on its debtor on `served`, whose first
/// liquidation's decision was served on `liquidation_served`, under `rules`.
fn case(rules: &str, notified: &str, served: &str, liquidation_served: &str) -> String {
    format!(
        r#"title = "Service day"
currency = "EUR"
rules = "{rules}"

[order]
decided = 2024-04-15
notified = {notified}
comply_within = "15 days"

[[party]]
role = "debtor"
name = "SCI Les Tilleuls"
served = {served}

[penalty]
amount = 50

[[liquidation]]
decided = 2024-09-02
through = 2024-08-31
served = {liquidation_served}
"#
    )
}

/// The notes of `case` as each format states them.
fn notes(toml: &str, args: &[&str]) -> String {
    let dir = temp_dir_with(&[("case.toml", toml)]);
    let file = dir.path().join("case.toml");
    let (code, out, err) = run(&[&["compute", file.to_str().unwrap(), "--as-of", "2024-10-01"], args].concat());
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn a_notification_on_a_sunday_and_services_on_holidays_are_noted_in_every_language() {
    // Sunday 21 April 2024; Wednesday 1 May 2024 (Fête du Travail); Monday 9 September 2024.
    let toml = case("fr-cpc", "2024-04-21", "2024-05-01", "2024-09-09");
    let en = notes(&toml, &[]);
    assert!(
        en.contains("Note: the notification is dated Sun 21 Apr 2024, a Sunday, and CPC art. 664"),
        "{en}"
    );
    assert!(
        en.contains(
            "the service on SCI Les Tilleuls is dated Wed 1 May 2024, a public holiday, Fête du Travail (Labour Day)"
        ),
        "{en}"
    );
    assert_eq!(
        en.matches("CPC art. 664").count(),
        2,
        "the Monday service is not noted: {en}"
    );
    let fr = notes(&toml, &["--lang", "fr"]);
    assert!(
        fr.contains(
            "Remarque\u{a0}: la notification est datée du dim. 21 avr. 2024, un dimanche, et l’article 664 du CPC"
        ),
        "{fr}"
    );
    assert!(fr.contains("un jour férié, Fête du Travail, et"), "{fr}");
    let nl = notes(&toml, &["--lang", "nl"]);
    assert!(
        nl.contains("Opmerking: de bekendmaking is gedateerd op zo 21 apr. 2024, een zondag"),
        "{nl}"
    );
    assert!(nl.contains("met verlof van de rechter"), "{nl}");
}

#[test]
fn the_json_notes_carry_the_service_notes() {
    let toml = case("fr-cpc", "2024-04-22", "2024-04-22", "2024-09-08");
    let report = parse_compute(&notes(&toml, &["--format", "json"]));
    let notes = &report.cases[0].notes;
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].starts_with("the service of liquidation 1's decision is dated Sun 8 Sep 2024, a Sunday"),
        "{notes:?}"
    );
}

#[test]
fn other_rule_sets_and_working_days_get_no_note() {
    for rules in ["fr-admin-franc", "be-cj", "plain"] {
        let toml = case(rules, "2024-04-21", "2024-05-01", "2024-09-08");
        let out = notes(&toml, &[]);
        assert!(!out.contains("664"), "{rules}: {out}");
    }
    // A plain Saturday is not named by art. 664.
    let toml = case("fr-cpc", "2024-04-20", "2024-04-22", "2024-09-09");
    let out = notes(&toml, &[]);
    assert!(!out.contains("664"), "{out}");
}
