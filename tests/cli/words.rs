//! Real orders (issue 15) and the judge's hand (issue 20) in the formats for a person: the
//! table, `explain`, the markdown and HTML statements, in English and in French, show each
//! shape's rows with its rule and source.

use crate::support::{run, temp_dir_with};

const CE_420608: &str = "examples/fr-conseil-etat-420608-moderated-by-rate.toml";
const HISTORY: &str = "tests/cases/provisional-then-definitive.toml";
const ITALY: &str = "examples/eu-italy-c196-13-landfills.toml";
const BIOLITEC: &str = "examples/us-biolitec-escalating-contempt.toml";
const TER_APEL: &str = "examples/nl-coa-ter-apel-breach-days.toml";
const FNAUT: &str = "examples/fr-admin-fnaut-share-to-the-state.toml";
const GREECE: &str = "examples/eu-greece-kouroupitos-c387-97.toml";
const POLAND: &str = "examples/eu-poland-c204-21.toml";
const COUNT: &str = "tests/cases/count-per-person-per-day.toml";
const AFTER: &str = "tests/cases/change-after-30-and-60-days.toml";

/// What a format for a person writes for `file` as of `as_of`, with French spaces (no-break,
/// narrow no-break) read as spaces and the HTML's apostrophes unescaped.
fn shown(command: &str, file: &str, format: &str, lang: &str, as_of: &str) -> String {
    let mut args = vec![command, file, "--lang", lang, "--as-of", as_of];
    if command == "compute" {
        args.extend(["--format", format]);
    }
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out.replace(['\u{202F}', '\u{A0}'], " ").replace("&#39;", "'")
}

/// Each of `lines` in every format of `formats` for `file`, in `lang`.
fn shows_everywhere(file: &str, lang: &str, as_of: &str, formats: &[&str], lines: &[&str]) {
    for format in formats {
        let command = if *format == "explain" { "explain" } else { "compute" };
        let out = shown(command, file, format, lang, as_of);
        for line in lines {
            assert!(out.contains(line), "{file} {format} {lang}: `{line}` missing in\n{out}");
        }
    }
}

const ALL: [&str; 4] = ["table", "markdown", "html", "explain"];

#[test]
fn a_moderation_by_rate_shows_the_rate_ordered_and_awarded_their_difference_and_the_article() {
    let date = "2020-01-30";
    shows_everywhere(
        CE_420608,
        "en",
        date,
        &ALL,
        &[
            "provisional astreinte (CJA L911-6)",
            "ordered €100/day, awarded €50/day (−€50/day), moderated (CJA L911-7 al. 3)",
        ],
    );
    shows_everywhere(
        CE_420608,
        "fr",
        date,
        &ALL,
        &[
            "astreinte provisoire (CJA L911-6)",
            "taux ordonné 100 €/jour, taux retenu 50 €/jour (−50 €/jour), modéré (CJA L911-7 al. 3)",
        ],
    );
    // The table's rate column: ordered, then applied.
    let table = shown("compute", CE_420608, "table", "en", date);
    assert!(table.contains("€100/day → €50/day"), "{table}");
    // The rule, worded in the statement and by `explain`.
    let rule =
        "Moderation (CJA L911-7 al. 3): liquidating a provisional astreinte, the judge may award less than computed";
    shows_everywhere(CE_420608, "en", date, &["markdown", "html", "explain"], &[rule]);
    let règle = "Modération (CJA L911-7 al. 3) : en liquidant une astreinte provisoire, le juge peut prononcer moins que le montant calculé";
    shows_everywhere(CE_420608, "fr", date, &["markdown", "html", "explain"], &[règle]);
}

#[test]
fn a_history_of_astreintes_reads_as_one_file_with_its_kinds_suppressions_and_successive_totals() {
    let date = "2024-12-31";
    shows_everywhere(
        HISTORY,
        "en",
        date,
        &ALL,
        &[
            "provisional astreinte (CPCE L131-2 al. 2), runs through Fri 31 May 2024",
            "definitive astreinte (CPCE L131-2 al. 3), ordered on Thu 20 Jun 2024, runs through Sat 31 Aug 2024",
            "ordered €150/day, awarded €100/day (−€50/day), moderated (CPCE L131-4 al. 1)",
            "suppressed Mon 5 Aug 2024 to Fri 9 Aug 2024, 5 days, €1,500 (CPCE L131-4 al. 3): strike at the only supplier",
            "computed €18,600, suppressed €1,500, awarded €17,100",
            "definitive astreinte: liquidated at its rate, which the judge cannot change (CPCE L131-4 al. 2)",
            "after liquidation #1 (decided 20 Jun 2024): €13,800 computed, €9,200 owed",
            "after liquidation #2 (decided 15 Oct 2024): €32,400 computed, €26,300 owed",
        ],
    );
    shows_everywhere(
        HISTORY,
        "fr",
        date,
        &ALL,
        &[
            "astreinte définitive (CPCE L131-2 al. 3), prononcée le jeu. 20 juin 2024, court jusqu’au sam. 31 août 2024",
            "suppression du lun. 5 août 2024 au ven. 9 août 2024, 5 jours, 1 500 € (CPCE L131-4 al. 3) : strike",
            "calculé 18 600 €, supprimé 1 500 €, prononcé 17 100 €",
            "après la liquidation n° 2 (décidée le 15 oct. 2024) : 32 400 € calculé, 26 300 € dû",
        ],
    );
    shows_everywhere(
        HISTORY,
        "en",
        date,
        &["table", "explain"],
        &["Suppressed by the decisions: €1,500"],
    );
    shows_everywhere(
        HISTORY,
        "fr",
        date,
        &["table", "explain"],
        &["Supprimé par les décisions : 1 500 €"],
    );
    // A suppression is not a moderation: the statement's moderation column leaves it out.
    let markdown = shown("compute", HISTORY, "markdown", "en", date);
    assert!(
        markdown.contains("| 2 | 2024-10-15 | 2024-07-01 → 2024-08-31 | 62 | €18,600.00 | €17,100.00 | — |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("- **Suppressed by the decisions**: €1,500.00"),
        "{markdown}"
    );
    // `explain` words each rule of the judge's hand.
    shows_everywhere(
        HISTORY,
        "fr",
        date,
        &["explain", "markdown"],
        &[
            "Une astreinte définitive (CPCE L131-2 al. 3) n’est prononcée qu’après une astreinte provisoire",
            "Suppression (CPCE L131-4 al. 3) : les jours où l’inexécution provient d’une cause étrangère",
            "Taux définitif (CPCE L131-4 al. 2)",
        ],
    );
}

/// The same history in Dutch: a French astreinte keeps its name and its French articles, the
/// judge's hand is worded as a Dutch court would (gematigd, opgeheven, ingevorderd).
#[test]
fn a_history_of_astreintes_reads_in_dutch_with_its_french_articles() {
    let date = "2024-12-31";
    shows_everywhere(
        HISTORY,
        "nl",
        date,
        &ALL,
        &[
            "voorlopige astreinte (CPCE L131-2 al. 2), loopt tot en met vr 31 mei 2024",
            "definitieve astreinte (CPCE L131-2 al. 3), opgelegd op do 20 jun. 2024, loopt tot en met za 31 aug. 2024",
            "opgelegd € 150 per dag, toegewezen € 100 per dag (−€ 50 per dag), gematigd (CPCE L131-4 al. 1)",
            "opgeheven van ma 5 aug. 2024 tot en met vr 9 aug. 2024, 5 dagen, € 1.500 (CPCE L131-4 al. 3): strike",
            "berekend € 18.600, opgeheven € 1.500, toegewezen € 17.100",
            "na invordering nr. 2 (beslist op 15 okt. 2024): € 32.400 berekend, € 26.300 verschuldigd",
        ],
    );
    shows_everywhere(
        HISTORY,
        "nl",
        date,
        &["table", "explain"],
        &["Opgeheven door de beslissingen: € 1.500"],
    );
    shows_everywhere(
        HISTORY,
        "nl",
        date,
        &["explain", "markdown"],
        &["Opheffing (CPCE L131-4 al. 3): de dagen waarop de niet-nakoming voortkomt uit een vreemde oorzaak"],
    );
}

#[test]
fn french_puts_a_no_break_space_before_the_colons_of_the_judges_lines() {
    let (code, out, err) = run(&["compute", HISTORY, "--lang", "fr", "--as-of", "2026-12-03"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("astreinte définitive\u{A0}: liquidée à son taux"), "{out}");
}

#[test]
fn an_escalation_shows_its_rule_and_each_step_taken() {
    let date = "2013-09-30";
    shows_everywhere(
        BIOLITEC,
        "en",
        date,
        &ALL,
        &[
            "escalation: rate × 2 every 1 month (at most $8,000,000/month); 3 rises by 30 Sep 2013",
            "rise 1 from Sat 1 Jun 2013: $2,000,000/month",
            "rise 3 from Thu 1 Aug 2013: $8,000,000/month",
        ],
    );
    let rule = "An escalating rate rises by its rule at each step";
    shows_everywhere(BIOLITEC, "en", date, &["markdown", "html", "explain"], &[rule]);
    shows_everywhere(
        BIOLITEC,
        "fr",
        date,
        &ALL,
        &[
            "progressivité : taux × 2 par période de 1 mois (au plus 8 000 000 $/mois) ; 3 hausses au 30 sept. 2013",
            "hausse 1 à compter du sam. 1er juin 2013 : 2 000 000 $/mois",
        ],
    );
    let règle = "Un taux progressif augmente selon sa règle à chaque étape";
    shows_everywhere(BIOLITEC, "fr", date, &["markdown", "html", "explain"], &[règle]);
}

#[test]
fn a_long_escalation_shows_its_first_and_last_steps_and_how_many_between() {
    let case = "title = \"Daily rises\"\ncurrency = \"EUR\"\nrules = \"plain\"\n\n[order]\ndecided = 2024-01-01\ndeadline = 2024-01-01\n\n[penalty]\namount = 1000\n\n[penalty.escalation]\nadd = 100\nevery = \"1 day\"\nmax_rate = 100000\n";
    let dir = temp_dir_with(&[("rises.toml", case)]);
    let file = dir.path().join("rises.toml");
    let file = file.to_str().unwrap();
    shows_everywhere(
        file,
        "en",
        "2024-01-31",
        &ALL,
        &[
            "escalation: rate + €100/day every 1 day (at most €100,000/day); 29 rises by 31 Jan 2024",
            "rise 1 from Wed 3 Jan 2024: €1,100/day",
            "rise 2 from Thu 4 Jan 2024: €1,200/day",
            "… 25 more rises …",
            "rise 28 from Tue 30 Jan 2024: €3,800/day",
            "rise 29 from Wed 31 Jan 2024: €3,900/day",
        ],
    );
    let table = shown("compute", file, "table", "en", "2024-01-31");
    assert!(!table.contains("rise 3 from"), "{table}");
    assert!(shown("compute", file, "table", "fr", "2024-01-31").contains("… 25 autres hausses …"));
}

#[test]
fn a_reduction_says_which_unit_it_first_lowered_and_why() {
    let date = "2019-01-01";
    shows_everywhere(
        ITALY,
        "en",
        date,
        &ALL,
        &[
            "item brought into compliance on Fri 31 Mar 2017 (13 landfills with hazardous waste (by March 2017)): − €5,200,000/semester, first lowering the semester 2 Dec 2016 to 1 Jun 2017",
        ],
    );
    shows_everywhere(
        ITALY,
        "en",
        date,
        &["markdown", "html", "explain"],
        &[
            "so the unit ending on or after the date is counted at the lowered rate, and every later one (C-196/13, operative part; C-378/13)",
        ],
    );
    shows_everywhere(
        ITALY,
        "fr",
        date,
        &ALL,
        &[
            "élément mis en conformité le ven. 31 mars 2017 (107 other landfills (by March 2017)) : − 21 400 000 €/semestre, dès le semestre du 2 déc. 2016 au 1er juin 2017",
        ],
    );
    let règle = "de sorte que l’unité qui se termine à cette date ou après est comptée au taux réduit";
    shows_everywhere(ITALY, "fr", date, &["markdown", "html", "explain"], &[règle]);
    // A CJEU penalty is neither provisional nor definitive: no French article is shown.
    for lang in ["en", "fr"] {
        let out = shown("compute", ITALY, "markdown", lang, date);
        assert!(!out.contains("CPCE"), "{out}");
    }
}

#[test]
fn breach_periods_show_the_days_each_counts() {
    shows_everywhere(
        TER_APEL,
        "en",
        "2026-03-31",
        &ALL,
        &[
            "breach established Tue 30 Sep 2025 to Mon 20 Oct 2025: 21 days counted",
            "breach established Tue 13 Jan 2026 to Fri 13 Mar 2026: 60 days counted",
        ],
    );
    let rule = "Only the days of established breach count";
    shows_everywhere(TER_APEL, "en", "2026-03-31", &["markdown", "html", "explain"], &[rule]);
    shows_everywhere(
        TER_APEL,
        "fr",
        "2026-03-31",
        &ALL,
        &["manquement constaté du ven. 31 oct. 2025 au mar. 18 nov. 2025 : 19 jours décomptés"],
    );
}

#[test]
fn a_rate_per_person_and_a_change_after_a_stretch_are_spelled_out() {
    shows_everywhere(
        COUNT,
        "en",
        "2024-01-20",
        &ALL,
        &["€500/day per person or item × 3 = €1,500/day"],
    );
    shows_everywhere(
        COUNT,
        "fr",
        "2024-01-20",
        &ALL,
        &["500 €/jour par personne ou par élément × 3 = 1 500 €/jour"],
    );
    shows_everywhere(
        AFTER,
        "en",
        "2024-05-09",
        &ALL,
        &[
            "after 30 days, from Sun 31 Mar 2024: $2,000/day",
            "after 60 days, from Tue 30 Apr 2024: $5,000/day",
        ],
    );
    shows_everywhere(
        AFTER,
        "fr",
        "2024-05-09",
        &ALL,
        &["après 30 jours, à compter du dim. 31 mars 2024 : 2 000 $/jour"],
    );
}

#[test]
fn the_first_day_under_eu_practice_is_cited_in_both_languages() {
    shows_everywhere(
        GREECE,
        "en",
        "2000-10-31",
        &ALL,
        &[
            "day 1 is the day after the decision, Wed 5 Jul 2000 (C-387/97: the Commission's first bill counted 88 days from 5 July 2000",
        ],
    );
    shows_everywhere(
        GREECE,
        "fr",
        "2000-10-31",
        &ALL,
        &[
            "le premier jour est le lendemain de la décision, le mer. 5 juil. 2000 (C-387/97 : la première facture",
            // The derivation's source, in French too.
            "le lendemain de la décision (C-387/97, première facture à compter du 5 juillet 2000)",
        ],
    );
    let french = shown("compute", GREECE, "table", "fr", "2000-10-31");
    assert!(!french.contains("the day after"), "{french}");
    shows_everywhere(
        POLAND,
        "en",
        "2023-06-30",
        &ALL,
        &[
            "day 1 is the day of notification, Wed 3 Nov 2021 (interim orders run from their notification: C-121/21 R, C-204/21 R)",
        ],
    );
    shows_everywhere(
        POLAND,
        "fr",
        "2023-06-30",
        &["markdown", "explain"],
        &[
            "Le premier jour est celui de la notification : les ordonnances de référé courent à compter de leur notification",
        ],
    );
}

#[test]
fn shares_show_what_each_receives_of_each_liquidation_and_in_all() {
    let date = "2016-05-10";
    shows_everywhere(
        FNAUT,
        "en",
        date,
        &ALL,
        &[
            "€1 to FNAUT",
            "€18,224 to Budget de l'État (CJA L911-8)",
            "FNAUT: €1 of each liquidation; €1 in all",
            "Budget de l'État (CJA L911-8): what the other shares leave; €18,224 in all",
        ],
    );
    shows_everywhere(
        FNAUT,
        "fr",
        date,
        &ALL,
        &[
            "1 € pour FNAUT",
            "Budget de l'État (CJA L911-8) : ce que laissent les autres parts ; 18 224 € au total",
        ],
    );
    shows_everywhere(
        FNAUT,
        "en",
        date,
        &["markdown", "html", "explain"],
        &["that part goes to the State budget (CJA L911-8)"],
    );
}

/// Every string a case file writes (titles, obligations, reasons, names): the case's own
/// words, which may hold any colon they like.
fn case_texts(value: &toml::Value, into: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => into.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| case_texts(v, into)),
        toml::Value::Table(t) => t.values().for_each(|v| case_texts(v, into)),
        _ => {}
    }
}

/// The colons that introduce what follows (`label: text`), not those of a time (`24:00`) or an
/// identifier (`ECLI:NL:...`, `5:32b`): a colon after a non-digit, followed by a space.
fn label_colons(segment: &str) -> usize {
    let chars: Vec<char> = segment.chars().collect();
    (0..chars.len())
        .filter(|&i| chars[i] == ':')
        .filter(|&i| i == 0 || !chars[i - 1].is_ascii_digit())
        .filter(|&i| chars.get(i + 1).is_some_and(|c| c.is_whitespace()))
        .count()
}

/// Issue 17 item 7: `explain` stacked colons ("the order: its deadline is the last day to
/// comply: the day after the deadline: ..."). In every format for a person, in every language,
/// a clause (a line's stretch between semicolons or table rules) introduces at most one thing
/// with a colon; the case file's own words are left out.
#[test]
fn no_clause_stacks_colons_in_any_language() {
    let mut files: Vec<_> = ["examples", "tests/cases"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(crate::support::repo(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() > 30, "{files:?}");
    let mut stacked = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let mut own = Vec::new();
        case_texts(&toml::from_str::<toml::Value>(&text).unwrap(), &mut own);
        own.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let file = file.to_str().unwrap();
        for lang in ["en", "fr", "nl"] {
            for (command, format) in [("explain", ""), ("compute", "table"), ("compute", "markdown")] {
                let mut out = shown(command, file, format, lang, "2026-12-03");
                for t in &own {
                    out = out.replace(t.as_str(), "«case text»");
                }
                for line in out.lines() {
                    for clause in line.split([';', '│', '┆', '|']) {
                        if label_colons(clause) > 1 {
                            stacked.push(format!("{file} {command} {format} {lang}: {}", clause.trim()));
                        }
                    }
                }
            }
        }
    }
    assert!(
        stacked.is_empty(),
        "{} clauses stack colons:\n{}",
        stacked.len(),
        stacked.join("\n")
    );
}

#[test]
fn label_colons_skip_times_and_identifiers() {
    assert_eq!(label_colons("the limit expires at 24:00"), 0);
    assert_eq!(label_colons("ECLI:NL:RBNNE:2024:1 · Awb art. 5:32b"), 0);
    assert_eq!(label_colons("Note: the cap was reached"), 1);
    assert_eq!(label_colons("the order: its deadline: the day after"), 2);
}
