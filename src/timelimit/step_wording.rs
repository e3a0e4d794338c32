//! The English wording each step writes from its facts, checked against sentences written out
//! by hand for derivations that, together, take every kind of step under every rule set.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{Counting, Distance, MonthEnd, RuleSet, Step, StepKind, derive_deadline};
use crate::calendar::Calendar;

/// Each step's date, action and rule, in order.
type Expected<'a> = &'a [(&'a str, &'a str, &'a str)];

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn derive(rules: RuleSet, distance: Option<Distance>, from: &str, limit: &str, event: &'static str) -> Vec<Step> {
    derive_deadline(
        date(from),
        event,
        limit.parse().unwrap(),
        Counting::new(rules, distance, MonthEnd::Clamp).unwrap(),
        &Calendar::new(rules.default_calendar()),
    )
    .unwrap()
    .steps
}

/// The steps of a case file's deadline, as the engine adds them (fixed deadlines, penalties).
fn case_steps(toml: &str) -> Vec<Step> {
    let case = crate::case::load(&crate::source::Source::new("case.toml", toml))
        .remove(0)
        .unwrap();
    crate::engine::compute(&case, date("2030-01-01")).unwrap().derivation
}

/// A name per kind; the match is exhaustive, so a new kind must be named (and then covered).
fn kind_name(kind: &StepKind) -> &'static str {
    match kind {
        StepKind::Start { .. } => "Start",
        StepKind::DistanceMonths { .. } => "DistanceMonths",
        StepKind::Months { .. } => "Months",
        StepKind::Days { .. } => "Days",
        StepKind::DistanceDays { .. } => "DistanceDays",
        StepKind::Franc { .. } => "Franc",
        StepKind::NotExtended { .. } => "NotExtended",
        StepKind::Extended { .. } => "Extended",
        StepKind::TwoWorkingDays { .. } => "TwoWorkingDays",
        StepKind::Deadline => "Deadline",
        StepKind::FixedByOrder { .. } => "FixedByOrder",
        StepKind::FirstDayOfDelay => "FirstDayOfDelay",
        StepKind::PenaltyRuns { .. } => "PenaltyRuns",
        StepKind::Complied { .. } => "Complied",
    }
}

fn check(steps: &[Step], expected: Expected<'_>, seen: &mut BTreeSet<&'static str>) {
    assert_eq!(steps.len(), expected.len(), "{steps:#?}");
    for (step, (day, action, rule)) in steps.iter().zip(expected) {
        assert_eq!(step.date, date(day), "{step:#?}");
        assert_eq!(step.action(), *action, "{step:#?}");
        assert_eq!(step.rule(), *rule, "{step:#?}");
        seen.insert(kind_name(&step.kind));
    }
}

const STARTS: &str = "that day does not count";
const SAME_NUMBER: &str = "the day of the last month with the same number as the starting day";
const AFTER_MONTHS: &str = "days are counted after the months";
const FROM_DAY_AFTER: &str = "counted from the day after the starting day";
const NEXT_DAY: &str = "the limit runs to the next day";

#[test]
fn every_kind_of_step_is_worded_as_before_from_its_facts() {
    let mut seen = BTreeSet::new();
    let s = &mut seen;
    let start = |limit: &str, event: &str| format!("the limit of {limit} runs from the {event}; {STARTS}");
    let franc_start = |limit: &str| {
        format!(
            "the limit of {limit} runs from the notification; {STARTS} (délai franc, where neither the first nor the last day counts)"
        )
    };
    let deadline = |day: &str| format!("last day to comply ({day}), the limit expires at 24:00");
    let off = |day: &str, why: &str| format!("{day} is {why}, so {NEXT_DAY}");

    // fr-cpc, overseas: the month of distance first, then the days.
    let steps = derive(
        RuleSet::FrCpc,
        Some(Distance::Overseas),
        "2017-02-12",
        "15 days",
        "notification",
    );
    #[rustfmt::skip]
    check(&steps, &[
        ("2017-02-12", "notification", &start("15 days", "notification")),
        ("2017-02-12", "distance + 1 month",
         "the limit is increased for a party residing overseas, to 1 month counted from the notification"),
        ("2017-03-12", "+ 1 month", SAME_NUMBER),
        ("2017-03-27", "+ 15 days", AFTER_MONTHS),
        ("2017-03-27", "deadline", &deadline("Mon 27 Mar 2017")),
    ], s);

    // fr-cpc, abroad: two months added to the limit's own, from the event named.
    let steps = derive(
        RuleSet::FrCpc,
        Some(Distance::Abroad),
        "2022-12-31",
        "1 month",
        "service",
    );
    #[rustfmt::skip]
    check(&steps, &[
        ("2022-12-31", "service", &start("1 month", "service")),
        ("2022-12-31", "distance + 2 months",
         "the limit is increased for a party residing abroad, to 3 months counted from the service"),
        ("2023-03-31", "+ 3 months", SAME_NUMBER),
        ("2023-03-31", "deadline", &deadline("Fri 31 Mar 2023")),
    ], s);

    // fr-cpc, a month end clamped: February has no 31st.
    let steps = derive(RuleSet::FrCpc, None, "2023-01-31", "1 month", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-01-31", "notification", &start("1 month", "notification")),
        ("2023-02-28", "+ 1 month", "that month has no day 31, so the limit ends on its last day"),
        ("2023-02-28", "deadline", &deadline("Tue 28 Feb 2023")),
    ], s);

    // fr-cpc, Bastille Day then a weekend.
    let steps = derive(RuleSet::FrCpc, None, "2023-06-14", "1 month", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-06-14", "notification", &start("1 month", "notification")),
        ("2023-07-14", "+ 1 month", SAME_NUMBER),
        ("2023-07-15", "extended", &off("Fri 14 Jul 2023", "a public holiday, Fête nationale (Bastille Day)")),
        ("2023-07-16", "extended", &off("Sat 15 Jul 2023", "a Saturday")),
        ("2023-07-17", "extended", &off("Sun 16 Jul 2023", "a Sunday")),
        ("2023-07-17", "deadline", &deadline("Mon 17 Jul 2023")),
    ], s);

    // fr-admin-franc: the day the limit falls due does not count, then the Sunday.
    let steps = derive(RuleSet::FrAdminFranc, None, "2007-10-01", "2 months", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2007-10-01", "notification", &franc_start("2 months")),
        ("2007-12-01", "+ 2 months", SAME_NUMBER),
        ("2007-12-02", "délai franc",
         "the day the limit falls due (Sat 1 Dec 2007) does not count either, so the limit runs to the next day"),
        ("2007-12-03", "extended", &off("Sun 2 Dec 2007", "a Sunday")),
        ("2007-12-03", "deadline", &deadline("Mon 3 Dec 2007")),
    ], s);

    // fr-admin-franc, abroad (CJA R421-7).
    let steps = derive(
        RuleSet::FrAdminFranc,
        Some(Distance::Abroad),
        "2023-03-15",
        "2 months",
        "notification",
    );
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-03-15", "notification", &franc_start("2 months")),
        ("2023-03-15", "distance + 2 months",
         "the limit is increased for a party residing abroad, to 4 months counted from the notification"),
        ("2023-07-15", "+ 4 months", SAME_NUMBER),
        ("2023-07-16", "délai franc",
         "the day the limit falls due (Sat 15 Jul 2023) does not count either, so the limit runs to the next day"),
        ("2023-07-17", "extended", &off("Sun 16 Jul 2023", "a Sunday")),
        ("2023-07-17", "deadline", &deadline("Mon 17 Jul 2023")),
    ], s);

    // be-cj: to the eve of the day with the same number.
    let steps = derive(RuleSet::BeCj, None, "2019-09-23", "1 month", "judgment");
    #[rustfmt::skip]
    check(&steps, &[
        ("2019-09-23", "judgment", &start("1 month", "judgment")),
        ("2019-10-23", "+ 1 month",
         "from the day after the judgment to the eve of the day with the same number in the last month (de quantième à veille de quantième)"),
        ("2019-10-23", "deadline", &deadline("Wed 23 Oct 2019")),
    ], s);

    // be-cj: the limit's first day is the 31st, and February has none.
    let steps = derive(RuleSet::BeCj, None, "2023-01-30", "1 month", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-01-30", "notification", &start("1 month", "notification")),
        ("2023-02-28", "+ 1 month", "that month has no day 31, so the limit ends on its last day"),
        ("2023-02-28", "deadline", &deadline("Tue 28 Feb 2023")),
    ], s);

    // be-cj: the Belgian national day, then a weekend.
    let steps = derive(RuleSet::BeCj, None, "2023-06-21", "1 month", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-06-21", "notification", &start("1 month", "notification")),
        ("2023-07-21", "+ 1 month",
         "from the day after the notification to the eve of the day with the same number in the last month (de quantième à veille de quantième)"),
        ("2023-07-22", "extended", &off("Fri 21 Jul 2023", "a public holiday, Fête nationale (Belgian National Day)")),
        ("2023-07-23", "extended", &off("Sat 22 Jul 2023", "a Saturday")),
        ("2023-07-24", "extended", &off("Sun 23 Jul 2023", "a Sunday")),
        ("2023-07-24", "deadline", &deadline("Mon 24 Jul 2023")),
    ], s);

    // be-cj: days alone.
    let steps = derive(RuleSet::BeCj, None, "2023-10-02", "15 days", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-10-02", "notification", &start("15 days", "notification")),
        ("2023-10-17", "+ 15 days", FROM_DAY_AFTER),
        ("2023-10-17", "deadline", &deadline("Tue 17 Oct 2023")),
    ], s);

    // nl-atw art. 1: a weekend and Easter Monday (Good Friday gives art. 2 nothing to add: the
    // Thursday and the Tuesday are the two working days).
    let steps = derive(RuleSet::NlAtw, None, "2025-04-16", "3 days", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2025-04-16", "notification", &start("3 days", "notification")),
        ("2025-04-19", "+ 3 days", FROM_DAY_AFTER),
        ("2025-04-20", "extended", &off("Sat 19 Apr 2025", "a Saturday")),
        ("2025-04-21", "extended", &off("Sun 20 Apr 2025", "a Sunday")),
        ("2025-04-22", "extended", &off("Mon 21 Apr 2025", "a public holiday, Tweede Paasdag (Easter Monday)")),
        ("2025-04-22", "deadline", &deadline("Tue 22 Apr 2025")),
    ], s);

    // nl-atw art. 2: Christmas, Boxing Day and a Sunday leave one working day; two are needed.
    let steps = derive(RuleSet::NlAtw, None, "2020-12-24", "3 days", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2020-12-24", "notification", &start("3 days", "notification")),
        ("2020-12-27", "+ 3 days", FROM_DAY_AFTER),
        ("2020-12-28", "extended", &off("Sun 27 Dec 2020", "a Sunday")),
        ("2020-12-29", "extended",
         "from Fri 25 Dec 2020 to Mon 28 Dec 2020 the limit holds only one day that is not a Saturday, Sunday or holiday; it must hold two, so it runs to Tue 29 Dec 2020"),
        ("2020-12-29", "deadline", &deadline("Tue 29 Dec 2020")),
    ], s);

    // nl-atw art. 4: six months are not extended, even to leave a Saturday.
    let steps = derive(RuleSet::NlAtw, None, "2021-07-15", "6 months", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2021-07-15", "notification", &start("6 months", "notification")),
        ("2022-01-15", "+ 6 months", SAME_NUMBER),
        ("2022-01-15", "not extended",
         "the Atw does not extend a limit longer than 3 months, 12 weeks or 90 days (6 months)"),
        ("2022-01-15", "deadline", &deadline("Sat 15 Jan 2022")),
    ], s);

    // eu-court: ten days on account of distance, after the months.
    let steps = derive(
        RuleSet::EuCourt,
        Some(Distance::TenDays),
        "2006-01-17",
        "2 months",
        "notification",
    );
    #[rustfmt::skip]
    check(&steps, &[
        ("2006-01-17", "notification", &start("2 months", "notification")),
        ("2006-03-17", "+ 2 months", SAME_NUMBER),
        ("2006-03-27", "distance + 10 days",
         "a single extension for every party, on account of distance, added before any weekend or holiday extension"),
        ("2006-03-27", "deadline", &deadline("Mon 27 Mar 2006")),
    ], s);

    // eu-court: weeks.
    let steps = derive(RuleSet::EuCourt, None, "2023-05-03", "2 weeks", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-05-03", "notification", &start("2 weeks", "notification")),
        ("2023-05-17", "+ 2 weeks", FROM_DAY_AFTER),
        ("2023-05-17", "deadline", &deadline("Wed 17 May 2023")),
    ], s);

    // lu: the national day, then a weekend.
    let steps = derive(RuleSet::Lu, None, "2023-05-23", "1 month", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-05-23", "notification", &start("1 month", "notification")),
        ("2023-06-23", "+ 1 month", SAME_NUMBER),
        ("2023-06-24", "extended", &off("Fri 23 Jun 2023", "a public holiday, Fête nationale (National Day)")),
        ("2023-06-25", "extended", &off("Sat 24 Jun 2023", "a Saturday")),
        ("2023-06-26", "extended", &off("Sun 25 Jun 2023", "a Sunday")),
        ("2023-06-26", "deadline", &deadline("Mon 26 Jun 2023")),
    ], s);

    // lu: a year from 29 February, clamped, then a day that lands on a weekend.
    let steps = derive(RuleSet::Lu, None, "2024-02-29", "1 year 1 day", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2024-02-29", "notification", &start("1 year 1 day", "notification")),
        ("2025-02-28", "+ 1 year", "that month has no day 29, so the limit ends on its last day"),
        ("2025-03-01", "+ 1 day", AFTER_MONTHS),
        ("2025-03-02", "extended", &off("Sat 1 Mar 2025", "a Saturday")),
        ("2025-03-03", "extended", &off("Sun 2 Mar 2025", "a Sunday")),
        ("2025-03-03", "deadline", &deadline("Mon 3 Mar 2025")),
    ], s);

    // plain: no extension, and a clamped leap-year February.
    let steps = derive(RuleSet::Plain, None, "2023-03-15", "10 days", "decision");
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-03-15", "decision", &start("10 days", "decision")),
        ("2023-03-25", "+ 10 days", FROM_DAY_AFTER),
        ("2023-03-25", "deadline", &deadline("Sat 25 Mar 2023")),
    ], s);
    let steps = derive(RuleSet::Plain, None, "2024-01-31", "1 month", "notification");
    #[rustfmt::skip]
    check(&steps, &[
        ("2024-01-31", "notification", &start("1 month", "notification")),
        ("2024-02-29", "+ 1 month", "that month has no day 31, so the limit ends on its last day"),
        ("2024-02-29", "deadline", &deadline("Thu 29 Feb 2024")),
    ], s);

    // A deadline the order fixes, penalties named by their obligation, one running from a date
    // of the order, both complied with.
    let steps = case_steps(
        r#"
title = "Two obligations"
currency = "EUR"
rules = "fr-cpc"
[order]
decided = 2024-06-13
deadline = 2024-06-20
[[penalty]]
obligation = "publish the ruling"
amount = 100
from = 2024-06-25
complied = 2025-01-01
[[penalty]]
obligation = "delete the data"
amount = 100
complied = 2024-12-01
"#,
    );
    let complied = "the first day the order was obeyed; neither it nor the days after it count";
    #[rustfmt::skip]
    check(&steps, &[
        ("2024-06-20", "deadline", "the last day to comply, fixed by the order of 2024-06-13"),
        ("2024-06-21", "first day of delay",
         "the day after the deadline, from which the penalty counts each day the order is not obeyed"),
        ("2024-06-25", "penalty runs (publish the ruling)", "from the date fixed by the order"),
        ("2025-01-01", "complied (publish the ruling)", complied),
        ("2024-12-01", "complied (delete the data)", complied),
    ], s);

    // The same steps for a penalty with no obligation named, after a derived deadline.
    let steps = case_steps(
        r#"
title = "One penalty"
currency = "EUR"
rules = "plain"
[order]
decided = 2023-03-15
comply_within = "10 days"
[penalty]
amount = 100
from = 2023-04-01
complied = 2023-05-01
"#,
    );
    #[rustfmt::skip]
    check(&steps, &[
        ("2023-03-15", "decision", &start("10 days", "decision")),
        ("2023-03-25", "+ 10 days", FROM_DAY_AFTER),
        ("2023-03-25", "deadline", &deadline("Sat 25 Mar 2023")),
        ("2023-04-01", "penalty runs", "from the date fixed by the order"),
        ("2023-05-01", "complied", complied),
    ], s);

    let every_kind = [
        "Start",
        "DistanceMonths",
        "Months",
        "Days",
        "DistanceDays",
        "Franc",
        "NotExtended",
        "Extended",
        "TwoWorkingDays",
        "Deadline",
        "FixedByOrder",
        "FirstDayOfDelay",
        "PenaltyRuns",
        "Complied",
    ];
    assert_eq!(seen, every_kind.into_iter().collect::<BTreeSet<_>>());
}

#[test]
fn json_carries_date_action_rule_and_source_in_that_order() {
    let step = Step {
        date: date("2024-06-25"),
        source: "CPCE R131-1",
        kind: StepKind::PenaltyRuns {
            obligation: Some("remove the \"gag\" posts".to_string()),
        },
    };
    assert_eq!(
        serde_json::to_string(&step).unwrap(),
        r#"{"date":"2024-06-25","action":"penalty runs (remove the \"gag\" posts)","rule":"from the date fixed by the order","source":"CPCE R131-1"}"#
    );
}
