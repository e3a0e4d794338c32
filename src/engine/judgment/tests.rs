//! The judge's hand, from case-file text: published liquidations moderated by rate, days
//! suppressed for a cause étrangère, a definitive astreinte after a provisional one, and what
//! the law does not allow.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::case::{InputError, load};
use crate::engine::{ComputeError, compute};
use crate::report::{Article, CaseReport, Rule};
use crate::source::Source;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn read(text: &str) -> Result<crate::case::Case, InputError> {
    load(&Source::new("t.toml", text)).remove(0)
}

fn computed(text: &str, as_of: NaiveDate) -> Result<CaseReport, ComputeError> {
    compute(&read(text).unwrap(), as_of)
}

fn money(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// CE 5 Apr 2019 n° 420608: €100 a day; CE 30 Jan 2020: liquidated at €50 a day for 9 May
/// 2019 to 16 Jan 2020, €12,650.
const CE_420608: &str = r#"
title = "CE 420608"
currency = "EUR"
rules = "plain"
jurisdiction = "administrative"
[order]
decided = 2019-04-05
deadline = 2019-05-08
[penalty]
amount = 100
[[liquidation]]
decided = 2020-01-30
through = 2020-01-16
awarded_rate = 50
"#;

#[test]
fn the_conseil_d_etat_moderating_to_50_a_day_awards_12650_for_253_days() {
    let r = computed(CE_420608, d(2020, 1, 30)).unwrap();
    let l = &r.liquidations[0];
    assert_eq!((l.from, l.days, l.amount), (d(2019, 5, 9), 253, money("25300")));
    assert_eq!(l.awarded, Some(money("12650")));
    assert_eq!(l.ruling.ordered_rate, Some(money("100")));
    assert_eq!(l.ruling.awarded_rate, Some(money("50")));
    assert!(l.ruling.moderated);
    assert_eq!(l.ruling.grounds.len(), 1);
    assert_eq!(
        (l.ruling.grounds[0].rule, l.ruling.grounds[0].article),
        (Rule::Moderation, Article::CjaL911_7Al3)
    );
    assert_eq!(r.totals.awarded, money("12650"));
    assert_eq!(r.totals.liquidated, money("25300"));
}

#[test]
fn the_same_figure_as_a_sum_agrees_and_a_different_one_is_refused() {
    let both = CE_420608.replace("awarded_rate = 50", "awarded_rate = 50\nawarded = 12650");
    assert_eq!(
        computed(&both, d(2020, 2, 1)).unwrap().liquidations[0].awarded,
        Some(money("12650"))
    );
    let wrong = CE_420608.replace("awarded_rate = 50", "awarded_rate = 50\nawarded = 12000");
    let e = computed(&wrong, d(2020, 2, 1)).unwrap_err();
    assert!(
        matches!(&e, ComputeError::Judgment { source, .. } if matches!(**source, super::JudgmentError::Disagree { .. })),
        "{e}"
    );
    assert_eq!(e.field(), Some("liquidation[1].awarded"));
    assert_eq!(e.location().line, 15, "{e}");
    assert!(e.to_string().contains("at 50 a day the period comes to 12650"), "{e}");
}

/// CE 10 Oct 2012 n° 338750: €100 a day; CE 22 Jul 2015: €10 a day from 16 Nov 2012 to 30 Jun
/// 2015 inclusive, €9,570.
#[test]
fn the_conseil_d_etat_moderating_to_10_a_day_awards_9570_for_957_days() {
    let text = r#"
title = "CE 338750"
currency = "EUR"
jurisdiction = "administrative"
[order]
decided = 2012-10-10
deadline = 2012-11-15
[penalty]
amount = 100
[[liquidation]]
decided = 2015-07-22
through = 2015-06-30
awarded_rate = 10
"#;
    let l = computed(text, d(2015, 7, 22)).unwrap().liquidations.remove(0);
    assert_eq!(
        (l.days, l.amount, l.awarded),
        (957, money("95700"), Some(money("9570")))
    );
}

#[test]
fn an_awarded_rate_above_the_ordered_one_is_refused_citing_what_the_law_allows() {
    let text = CE_420608.replace("awarded_rate = 50", "awarded_rate = 150");
    let e = computed(&text, d(2020, 2, 1)).unwrap_err();
    assert_eq!(e.field(), Some("liquidation[1].awarded_rate"));
    let shown = e.to_string();
    assert!(
        shown.starts_with("t.toml:14:16: `liquidation[1].awarded_rate`: the awarded rate (150) is above"),
        "{shown}"
    );
    assert!(shown.contains("CJA L911-7 al. 3"), "{shown}");
    // Under civil law, the civil article.
    let civil = text.replace("jurisdiction = \"administrative\"\n", "");
    assert!(
        computed(&civil, d(2020, 2, 1))
            .unwrap_err()
            .to_string()
            .contains("CPCE L131-4 al. 1")
    );
}

#[test]
fn the_ordered_rate_as_awarded_rate_moderates_nothing() {
    let text = CE_420608.replace("awarded_rate = 50", "awarded_rate = \"100.00\"");
    let l = computed(&text, d(2020, 2, 1)).unwrap().liquidations.remove(0);
    assert_eq!(l.awarded, Some(money("25300")));
    assert!(!l.ruling.moderated);
    assert!(l.ruling.grounds.is_empty());
}

const SUPPRESSED: &str = r#"
title = "suppressed"
currency = "EUR"
[order]
decided = 2024-01-02
deadline = 2024-01-31
[penalty]
amount = 100
[[liquidation]]
decided = 2024-03-15
through = 2024-02-29
[[liquidation.suppression]]
from = 2024-02-10
through = 2024-02-12
reason = "site closed by prefectoral order"
"#;

#[test]
fn suppressed_days_are_counted_then_taken_out_of_the_sum_awarded() {
    let r = computed(SUPPRESSED, d(2024, 3, 15)).unwrap();
    let l = &r.liquidations[0];
    assert_eq!((l.days, l.amount), (29, money("2900")));
    assert_eq!((l.ruling.suppressed_days, l.ruling.suppressed), (3, money("300")));
    assert_eq!(l.awarded, Some(money("2600")));
    assert!(!l.ruling.moderated, "a suppression is not a moderation");
    assert_eq!(l.ruling.suppressions[0].reason, "site closed by prefectoral order");
    assert_eq!(
        (l.ruling.grounds[0].rule, l.ruling.grounds[0].article),
        (Rule::Suppression, Article::CpceL131_4Al3)
    );
    assert_eq!((r.totals.suppressed, r.totals.awarded), (money("300"), money("2600")));
    // The whole period, both ends left out.
    let whole = SUPPRESSED.replace("from = 2024-02-10\nthrough = 2024-02-12\n", "");
    let l = computed(&whole, d(2024, 3, 15)).unwrap().liquidations.remove(0);
    assert_eq!((l.ruling.suppressed_days, l.awarded), (29, Some(Decimal::ZERO)));
}

#[test]
fn a_rate_and_a_suppression_together_apply_the_rate_to_the_days_left() {
    let text = SUPPRESSED.replace("through = 2024-02-29\n", "through = 2024-02-29\nawarded_rate = 40\n");
    let l = computed(&text, d(2024, 3, 15)).unwrap().liquidations.remove(0);
    assert_eq!(l.awarded, Some(money("1040")), "26 days at 40");
    assert!(l.ruling.moderated);
    let rules: Vec<_> = l.ruling.grounds.iter().map(|g| g.rule).collect();
    assert_eq!(rules, [Rule::Suppression, Rule::Moderation]);
}

#[test]
fn a_suppression_outside_the_period_is_refused_when_read_or_when_computed() {
    let late = SUPPRESSED.replace("through = 2024-02-12", "through = 2024-03-02");
    let e = read(&late).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("liquidation[1].suppression[1].through"));
    assert!(
        e.message().contains("outside the period") && e.message().contains("CPCE L131-4 al. 3"),
        "{}",
        e.message()
    );
    // The period's first day is the first day of delay, 1 February: only the engine knows it.
    let early = SUPPRESSED.replace("from = 2024-02-10", "from = 2024-01-20");
    let e = computed(&early, d(2024, 3, 15)).unwrap_err();
    assert_eq!(e.field(), Some("liquidation[1].suppression[1]"));
    assert!(
        e.to_string()
            .contains("2024-01-20 to 2024-02-12) reaches outside the period"),
        "{e}"
    );
}

#[test]
fn a_suppression_needs_its_reason_and_apart_from_the_others() {
    let e = read(&SUPPRESSED.replace("reason = \"site closed by prefectoral order\"\n", "")).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("liquidation[1].suppression[1].reason"));
    assert!(e.message().contains("cause étrangère"), "{}", e.message());
    let twice = format!(
        "{SUPPRESSED}[[liquidation.suppression]]\nfrom = 2024-02-12\nthrough = 2024-02-13\nreason = \"again\"\n"
    );
    let e = read(&twice).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("liquidation[1].suppression[2].from"));
}

/// A provisional astreinte of €150 a day liquidated and moderated, then a definitive one of
/// €300 a day for two months ordered by the liquidating decision: one file, two astreintes.
const HISTORY: &str = r#"
title = "history"
currency = "EUR"
rules = "fr-cpc"
[order]
decided = 2024-01-18
notified = 2024-01-31
comply_within = "1 month"
[[penalty]]
obligation = "repairs"
amount = 150
through = 2024-05-31
[[penalty]]
obligation = "repairs"
kind = "definitive"
decided = 2024-06-20
from = 2024-07-01
duration = "2 months"
amount = 300
[[liquidation]]
decided = 2024-06-20
through = 2024-05-31
awarded = 8000
[[liquidation]]
decided = 2024-09-15
from = 2024-07-01
through = 2024-08-31
"#;

#[test]
fn a_definitive_astreinte_after_a_provisional_one_reads_as_one_history() {
    let r = computed(HISTORY, d(2024, 12, 31)).unwrap();
    let (first, second) = (&r.liquidations[0], &r.liquidations[1]);
    // 1 March to 31 May 2024: 92 days at €150.
    assert_eq!(
        (first.days, first.amount, first.awarded),
        (92, money("13800"), Some(money("8000")))
    );
    assert!(first.ruling.moderated);
    assert_eq!(first.ruling.kind, Some(crate::case::Kind::Provisional));
    // 1 July to 31 August: 62 days at €300, awarded as computed.
    assert_eq!((second.days, second.amount, second.awarded), (62, money("18600"), None));
    assert_eq!(second.ruling.kind, Some(crate::case::Kind::Definitive));
    assert_eq!(second.ruling.ordered_rate, Some(money("300")));
    assert_eq!(second.ruling.grounds[0].article, Article::CpceL131_4Al2);
    // Both astreintes have ended: nothing has run since.
    assert_eq!(r.accrued.days, 0);
    assert_eq!(r.gaps.len(), 0, "June is no day of delay: no astreinte ran");
    assert_eq!(r.penalties[1].through, Some(d(2024, 8, 31)));
    assert_eq!(r.penalties[1].decided, Some(d(2024, 6, 20)));
    assert_eq!(r.penalties[0].kind_article, Article::CpceL131_2Al2);
    assert_eq!(r.penalties[1].kind_article, Article::CpceL131_2Al3);
    let by: Vec<_> = r.totals.by_obligation.iter().map(|o| o.total).collect();
    assert_eq!(by, [money("13800"), money("18600")]);
    assert_eq!(r.totals.awarded, money("26600"));
}

#[test]
fn a_definitive_astreinte_is_awarded_its_computed_figure_or_refused() {
    let moderated = HISTORY.replace("through = 2024-08-31\n", "through = 2024-08-31\nawarded = 10000\n");
    let e = computed(&moderated, d(2024, 12, 31)).unwrap_err();
    assert_eq!(e.field(), Some("liquidation[2].awarded"));
    assert!(
        e.to_string()
            .contains("never changed at liquidation (CPCE L131-4 al. 2)"),
        "{e}"
    );
    assert!(e.to_string().contains("the computed 18600, not 10000"), "{e}");
    let rate = HISTORY.replace("through = 2024-08-31\n", "through = 2024-08-31\nawarded_rate = 200\n");
    let e = computed(&rate, d(2024, 12, 31)).unwrap_err();
    assert_eq!(e.field(), Some("liquidation[2].awarded_rate"));
    let exact = HISTORY.replace(
        "through = 2024-08-31\n",
        "through = 2024-08-31\nawarded = 18600\nawarded_rate = 300\n",
    );
    assert_eq!(
        computed(&exact, d(2024, 12, 31)).unwrap().liquidations[1].awarded,
        Some(money("18600"))
    );
    // A cause étrangère may still take days out (CPCE L131-4 al. 3).
    let suppressed = HISTORY.replace(
        "through = 2024-08-31\n",
        "through = 2024-08-31\nawarded = 15600\n[[liquidation.suppression]]\nfrom = 2024-08-01\nthrough = 2024-08-10\nreason = \"strike\"\n",
    );
    let l = computed(&suppressed, d(2024, 12, 31)).unwrap().liquidations.remove(1);
    assert_eq!((l.ruling.suppressed, l.awarded), (money("3000"), Some(money("15600"))));
}

#[test]
fn a_definitive_astreinte_needs_a_provisional_one_before_it_and_a_duration() {
    let alone = HISTORY.replace("amount = 150\n", "amount = 150\nkind = \"definitive\"\n");
    let e = read(&alone).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("penalty[1].kind"));
    assert!(
        e.message().contains("only after a provisional one") && e.message().contains("CPCE L131-2 al. 3"),
        "{}",
        e.message()
    );
    assert!(
        e.message().contains("liquidated as a provisional one"),
        "{}",
        e.message()
    );
    let same_day = HISTORY.replace("decided = 2024-06-20\nfrom", "from");
    let e = read(&same_day).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("penalty[2].kind"));
    assert!(e.message().contains("by a later decision"), "{}", e.message());
    let endless = HISTORY.replace("duration = \"2 months\"\n", "");
    let e = read(&endless).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("penalty[2].kind"));
    assert!(e.message().contains("for a duration the judge sets"), "{}", e.message());
    // The administrative courts' code sets neither condition (CJA L911-6).
    let admin = alone.replace(
        "rules = \"fr-cpc\"",
        "rules = \"fr-cpc\"\njurisdiction = \"administrative\"",
    );
    assert!(read(&admin).is_ok());
}

#[test]
fn an_astreinte_ordered_later_needs_its_first_day_and_ends_with_its_duration() {
    let e = read(&HISTORY.replace("from = 2024-07-01\n", "")).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("penalty[2].from"));
    assert!(e.message().contains("CPCE R131-1"), "{}", e.message());
    let e = read(&HISTORY.replace("from = 2024-07-01", "from = 2024-06-01")).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("penalty[2].from"));
    let both = HISTORY.replace(
        "duration = \"2 months\"\n",
        "duration = \"2 months\"\nthrough = 2024-08-31\n",
    );
    assert_eq!(read(&both).unwrap_err().field.as_deref(), Some("penalty[2].duration"));
    let r = computed(
        &HISTORY.replace("duration = \"2 months\"", "duration = \"10 days\""),
        d(2024, 12, 31),
    )
    .unwrap();
    assert_eq!(
        (r.liquidations[1].days, r.penalties[1].through),
        (10, Some(d(2024, 7, 10)))
    );
}

#[test]
fn an_awarded_rate_for_two_astreintes_or_two_rates_or_a_cap_is_refused() {
    let two = r#"
title = "two"
currency = "EUR"
[order]
decided = 2024-01-02
deadline = 2024-01-31
[[penalty]]
obligation = "a"
amount = 100
[[penalty]]
obligation = "b"
amount = 50
[[liquidation]]
through = 2024-02-29
awarded_rate = 40
"#;
    let e = computed(two, d(2024, 3, 1)).unwrap_err();
    assert!(
        e.to_string().contains("penalty[1] and penalty[2] count in this period"),
        "{e}"
    );
    let change = two
        .replace("[[penalty]]\nobligation = \"b\"\namount = 50\n", "")
        .replace(
            "amount = 100\n",
            "amount = 100\n[[penalty.change]]\nfrom = 2024-02-15\namount = 120\n",
        );
    let e = computed(&change, d(2024, 3, 1)).unwrap_err();
    assert!(e.to_string().contains("(100 then 120)"), "{e}");
    // A change to the rate in force changes nothing.
    let same = change.replace("amount = 120", "amount = 100");
    assert_eq!(
        computed(&same, d(2024, 3, 1)).unwrap().liquidations[0].awarded,
        Some(money("1160"))
    );
    let capped = same.replace("obligation = \"a\"\n", "obligation = \"a\"\ncap = 2000\n");
    let e = computed(&capped, d(2024, 3, 1)).unwrap_err();
    assert!(e.to_string().contains("a cap holds this period's figure"), "{e}");
}

#[test]
fn a_prorata_astreinte_moderated_by_rate_rounds_its_parts_as_the_rate_would() {
    // €10 a week prorata from Mon 1 Jan 2024; 2 days at €3 a week: round(6 / 7) = €0.86.
    let text = r#"
title = "prorata"
currency = "EUR"
[order]
decided = 2023-12-01
deadline = 2023-12-31
[penalty]
amount = 10
per = "week"
partial = "prorata"
[[liquidation]]
decided = 2024-01-10
through = 2024-01-02
awarded_rate = 3
"#;
    let l = computed(text, d(2024, 1, 10)).unwrap().liquidations.remove(0);
    assert_eq!((l.amount, l.awarded), (money("2.86"), Some(money("0.86"))));
}
