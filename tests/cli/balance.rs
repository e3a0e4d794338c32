//! The décompte in `compute` and `check` (issue 16, second half): `[interest]`, `[[payment]]`,
//! `[[cost]]`, the `balance` object and section, `[expected] balance_due / balance_interest`,
//! the limitation of each sum, and the mistakes a user makes. The worked figures of the
//! examples come from tests/oracle/decompte.py, a computation apart from the engine.

use serde_json::Value;

use crate::support::{repo, run, temp_dir_with};

const CNIL: &str = "examples/cnil-clearview-2023-decompte.toml";
const DUPONT: &str = "examples/fr-civil-decompte.toml";
const DUTCH: &str = "examples/nl-dwangsom-decompte.toml";

fn balance(file: &str, as_of: &str) -> Value {
    let (code, out, err) = run(&["compute", file, "--as-of", as_of, "--format", "json"]);
    assert_eq!(code, 0, "{file}: {err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    v["cases"][0]["balance"].clone()
}

/// The head of a French civil case: one liquidation of €5,000 decided on 1 March 2024.
const HEAD: &str = "title = \"t\"\ncurrency = \"EUR\"\nrules = \"plain\"\n[order]\ndecided = 2024-01-01\ndeadline = 2024-01-31\n[penalty]\namount = 100\nper = \"day\"\n[[liquidation]]\ndecided = 2024-03-01\nthrough = 2024-02-19\n";

fn compute_text(text: &str, as_of: &str) -> (i32, String, String) {
    let dir = temp_dir_with(&[("case.toml", text)]);
    let path = dir.path().join("case.toml");
    run(&["compute", path.to_str().unwrap(), "--as-of", as_of, "--format", "json"])
}

#[test]
fn the_examples_check_against_their_independent_figures() {
    for file in [CNIL, DUPONT, DUTCH] {
        let (code, out, err) = run(&["check", file]);
        assert_eq!(code, 0, "{file}: {out}{err}");
        assert!(out.contains("expected figures match"), "{out}");
    }
}

#[test]
fn the_cnil_balance_in_json() {
    let b = balance(CNIL, "2025-12-31");
    assert_eq!(b["regime"], "fr-legal");
    assert_eq!(b["interest"], "503085.68");
    assert_eq!(b["due"], "4704320.24");
    assert_eq!(b["majoration_waived"], true);
    let sum = &b["sums"][0];
    assert_eq!(sum["interest_from"], "2023-04-14");
    // The first period: €5,200,000 × 78 days × 2.06 % / 365 = 22,891.397... → 22,891.40.
    let first = &sum["periods"][0];
    assert_eq!(
        (
            first["from"].as_str(),
            first["days"].as_i64(),
            first["rate"].as_str(),
            first["amount"].as_str()
        ),
        (Some("2023-04-14"), Some(78), Some("2.06"), Some("22891.40"))
    );
    let paid = &b["payments"][0];
    assert_eq!(
        (
            paid["to_costs"].as_str(),
            paid["to_interest"].as_str(),
            paid["to_principal"].as_str()
        ),
        (Some("1234.56"), Some("186963.51"), Some("811801.93"))
    );
    assert_eq!(sum["limitation"]["barred"], "2033-04-14");
    assert_eq!(sum["limitation"]["status"], "no");
}

#[test]
fn a_payment_beyond_the_oldest_sum_goes_to_the_next() {
    let b = balance(DUPONT, "2026-06-30");
    let second = &b["payments"][1];
    let parts = second["parts"].as_array().unwrap();
    assert_eq!(parts.len(), 2, "{second:#}");
    assert_eq!(
        (parts[0]["liquidation"].as_u64(), parts[1]["liquidation"].as_u64()),
        (Some(1), Some(2))
    );
    // The first sum is paid off, the rest lowers the second from 3 March 2025.
    assert_eq!(b["sums"][0]["outstanding_principal"], "0.00");
    assert_eq!(b["sums"][1]["periods"][3]["base"], "14158.14");
    // Capitalisation on the anniversary of the second sum's first day of interest.
    assert_eq!(b["sums"][1]["capitalisations"][0]["date"], "2025-10-18");
    // CMF L313-3: served 27 June 2024, majorated from 28 August.
    assert_eq!(b["sums"][0]["majoration_from"], "2024-08-28");
}

#[test]
fn the_balance_satisfies_the_published_schemas() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(repo("schema/compute.schema.json")).unwrap()).unwrap();
    let validator = jsonschema::options().build(&schema).unwrap();
    let (code, out, _) = run(&["compute", DUPONT, "--as-of", "2026-06-30", "--format", "json"]);
    assert_eq!(code, 0);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let line_schema: Value =
        serde_json::from_str(&std::fs::read_to_string(repo("schema/ndjson.schema.json")).unwrap()).unwrap();
    let line_validator = jsonschema::options().build(&line_schema).unwrap();
    let (_, out, _) = run(&["compute", DUTCH, "--as-of", "2024-12-31", "--format", "ndjson"]);
    let line: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(line["case"]["balance"]["due"], "28454.55");
    assert!(line_validator.iter_errors(&line).next().is_none());
}

#[test]
fn the_table_and_the_statements_show_the_balance() {
    let (code, out, _) = run(&["compute", DUPONT, "--as-of", "2026-06-30"]);
    assert_eq!(code, 0);
    assert!(out.contains("Balance: interest, costs, payments"), "{out}");
    assert!(out.contains("= €16,459.24"), "{out}");
    let (code, md, _) = run(&[
        "compute",
        DUPONT,
        "--as-of",
        "2026-06-30",
        "--format",
        "markdown",
        "--lang",
        "fr",
    ]);
    assert_eq!(code, 0);
    // French typography's no-break spaces, read as spaces.
    let md = md.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(md.contains("## 6. Décompte : intérêts, frais, paiements"), "{md}");
    assert!(
        md.contains("- du 28/06/2024 au 30/06/2024, 3 jours, taux 8,01 %, base 8 000,00 € = 5,27 €"),
        "{md}"
    );
    assert!(md.contains("Solde dû le"), "{md}");
    let (code, html, _) = run(&["compute", DUPONT, "--as-of", "2026-06-30", "--format", "html"]);
    assert_eq!(code, 0);
    assert!(html.contains("Balance due on"), "{html}");
    // A case without [interest] has no balance and no section.
    let (_, out, _) = run(&["compute", "examples/cnil-clearview-2023.toml", "--as-of", "2023-05-10"]);
    assert!(!out.contains("Balance"), "{out}");
}

/// A dwangsom's décompte in Dutch: the balance, the imputation under BW 6:43 and the
/// limitation of art. 611g Rv, in Dutch words with Dutch citations.
#[test]
fn a_dwangsom_balance_reads_in_dutch() {
    let (code, md, err) = run(&["compute", DUTCH, "--format", "markdown", "--lang", "nl"]);
    assert_eq!(code, 0, "{err}");
    // The no-break space after `€`, read as a space.
    let md = md.replace('\u{a0}', " ");
    for line in [
        "## 6. Saldo: rente, kosten, betalingen",
        "betaling van € 20.000,00, toegerekend € 450,00 op de kosten, € 1.347,95 op de rente, € 18.202,05 op de hoofdsom (art. 6:43 lid 2 BW; BW 6:44)",
        "Saldo verschuldigd op di 31 dec. 2024: hoofdsom € 27.008,37 + rente € 1.446,18 + kosten € 0,00 = € 28.454,55",
        "Verjaring (nl-rv): zes maanden na elke dag waarop een dwangsom is verbeurd; Rv 611g lid 1",
        "Niet meegenomen: schorsing (art. 611g lid 2 en 3 Rv) en stuiting (art. 3:316 en 3:317 BW)",
    ] {
        assert!(md.contains(line), "`{line}` missing in\n{md}");
    }
}

#[test]
fn a_time_barred_sum_is_shown_and_left_out_only_when_asked() {
    let b = balance(DUTCH, "2024-12-31");
    assert_eq!(b["sums"][0]["limitation"]["status"], "wholly");
    assert_eq!(b["sums"][0]["limitation"]["barred"], "2023-08-24");
    assert_eq!(b["time_barred"], "45000.00");
    assert_eq!(b["due"], "28454.55");
    let text = std::fs::read_to_string(repo(DUTCH)).unwrap().replace(
        "limitation = \"nl-rv\"",
        "limitation = \"nl-rv\"\nexclude_barred = true",
    );
    let (code, out, err) = compute_text(&text, "2024-12-31");
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let b = &v["cases"][0]["balance"];
    assert_eq!(
        (b["excluded"].as_str(), b["due"].as_str()),
        (Some("45000.00"), Some("0.00"))
    );
    assert_eq!(b["sums"][1]["excluded"], true);
    // The payment found nothing to pay but the costs: the rest is unapplied, not lost.
    assert_eq!(b["payments"][0]["unapplied"], "19550.00");
}

#[test]
fn check_compares_the_balance_exactly_and_fails_without_one() {
    let text = std::fs::read_to_string(repo(CNIL))
        .unwrap()
        .replace("\"4704320.24\"", "\"4704320.25\"");
    let dir = temp_dir_with(&[("case.toml", &text)]);
    let (code, out, _) = run(&["check", dir.path().join("case.toml").to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("balance due as of 2025-12-31"), "{out}");
    let text = format!("{HEAD}[expected]\nas_of = 2024-06-01\nbalance_due = 5000\n");
    let dir = temp_dir_with(&[("case.toml", &text)]);
    let (code, out, _) = run(&["check", dir.path().join("case.toml").to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("no [interest] table"), "{out}");
}

/// Each mistake: exit 2, the file's line and column, the key, and what to write instead.
fn refused(text: &str, as_of: &str, key: &str, says: &str) {
    let (code, _, err) = compute_text(text, as_of);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("case.toml:"), "{err}");
    assert!(err.contains(&format!("`{key}`")), "{key}: {err}");
    assert!(err.contains(says), "{says}: {err}");
}

#[test]
fn the_mistakes_a_user_makes_are_located() {
    let interest = "[interest]\nregime = \"fr-legal\"\ncreditor = \"other\"\n";
    refused(
        &format!("{HEAD}{interest}[[payment]]\ndate = 2024-02-01\namount = 100\n"),
        "2024-06-01",
        "payment[1].date",
        "before any sum is due",
    );
    refused(
        &format!("{HEAD}{interest}[[payment]]\ndate = 2024-04-01\namount = -100\n"),
        "2024-06-01",
        "payment[1].amount",
        "above zero",
    );
    refused(
        &format!("{HEAD}{interest}[[cost]]\ndate = 2024-04-01\namount = \"-5\"\nlabel = \"x\"\n"),
        "2024-06-01",
        "cost[1].amount",
        "above zero",
    );
    refused(
        &format!("{HEAD}[interest]\nregime = \"fr-legale\"\n"),
        "2024-06-01",
        "interest.regime",
        "did you mean `fr-legal`?",
    );
    refused(
        &format!("{HEAD}{interest}"),
        "2027-03-01",
        "interest.regime",
        "The row missing: the semester 1 January to 30 June 2027",
    );
    refused(
        &format!("{HEAD}{interest}from = \"service\"\n"),
        "2024-06-01",
        "liquidation[1].served",
        "add served = DATE",
    );
    refused(
        &format!("{HEAD}{interest}limitation = \"be\"\n"),
        "2024-06-01",
        "interest.limitation",
        "allow_unconfirmed = true",
    );
    refused(
        &format!("{HEAD}[[payment]]\ndate = 2024-04-01\namount = 100\n"),
        "2024-06-01",
        "payment[1]",
        "needs an [interest] table",
    );
    refused(
        &format!("{HEAD}[interest]\nregime = \"fr-legal\"\n"),
        "2024-06-01",
        "interest.creditor",
        "give the creditor",
    );
    refused(
        &format!(
            "{}[interest]\nregime = \"fixed\"\nrate = \"1\"\n",
            HEAD.replace("EUR", "USD")
        ),
        "2024-06-01",
        "interest",
        "in euros",
    );
    refused(
        &format!("{HEAD}[interest]\nregime = \"nl-legal\"\nenforceable = 2024-03-01\n"),
        "2024-06-01",
        "interest.enforceable",
        "CMF L313-3",
    );
}

#[test]
fn an_unconfirmed_limitation_row_is_used_when_allowed_and_marked() {
    let text =
        format!("{HEAD}[interest]\nregime = \"fixed\"\nrate = \"0\"\nlimitation = \"be\"\nallow_unconfirmed = true\n");
    let (code, out, err) = compute_text(&text, "2024-06-01");
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let b = &v["cases"][0]["balance"];
    assert_eq!(
        (b["unconfirmed"].as_bool(), b["limitation"]["confirmed"].as_bool()),
        (Some(true), Some(false))
    );
    // Days 1 to 19 February 2024 each barred six months later: from 2 August, all from 20 August.
    let l = &b["sums"][0]["limitation"];
    assert_eq!(
        (l["first_barred"].as_str(), l["barred"].as_str()),
        (Some("2024-08-02"), Some("2024-08-20"))
    );
}

#[test]
fn interest_may_start_on_a_date_given() {
    let text = format!("{HEAD}[interest]\nregime = \"fixed\"\nrate = \"3.65\"\nfrom = 2024-04-01\n");
    let (code, out, err) = compute_text(&text, "2024-04-11");
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let b = &v["cases"][0]["balance"];
    // €1,900 (19 days) × 10 days × 3.65 % / 365 = €1.90.
    assert_eq!(
        (b["interest_from"].as_str(), b["interest"].as_str()),
        (Some("date"), Some("1.90"))
    );
    assert_eq!(b["sums"][0]["interest_from"], "2024-04-01");
}
