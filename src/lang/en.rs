//! The English catalogue: every [`Label`] and [`Message`] in English.
//!
//! English is also what JSON carries where it carries words: a note (`notes`), why a figure is
//! never reached (`never`). A derivation step's English is the step's own
//! ([`crate::timelimit::Step::action`] and [`crate::timelimit::Step::rule`]), which JSON writes
//! for every step of every case without going through a catalogue.

mod interest;

use chrono::{NaiveDate, Weekday};
use serde::{Serialize, Serializer};

use super::message::{Amount, Arithmetic, Equation, Label, Message, PenaltyLine, PeriodKind, Rate, RuleApplied};
use super::{
    Lang, full_date, group, long_date, medium_date, money, money_with_compact, short_date, short_money, written,
};
use crate::case::filing::Role;
use crate::case::{Partial, Per};
use crate::report::{CapScope, Note, Segment, Status, Stop};
use crate::timelimit::{Caveat, RuleSet};

const EN: Lang = Lang::En;

/// A label in English.
pub(super) fn label(label: Label) -> &'static str {
    match label {
        Label::Colon => ":",
        Label::Date => "Date",
        Label::Step => "Step",
        Label::Rule => "Rule",
        Label::RuleApplied => "Rule applied",
        Label::Computation => "Computation",
        Label::Source => "Source",
        Label::Decided => "Decided",
        Label::From => "From",
        Label::Through => "Through",
        Label::Days => "Days",
        Label::Rate => "Rate",
        Label::Computed => "Computed",
        Label::Awarded => "Awarded",
        Label::Expected => "Expected",
        Label::Moderation => "Moderation",
        Label::Period => "Period",
        Label::Obligation => "Obligation",
        Label::UnitsTimesRate => "Units × rate",
        Label::Forfeited => "Forfeited",
        Label::ForfeitedOn => "Forfeited on",
        Label::Amount => "Amount",
        Label::BySegment => "by segment",
        Label::Weekday => "Weekday",
        Label::Name => "Name",
        Label::EnglishName => "English name",
        Label::DayName(day) => day_name(day),
        Label::Nothing => "nothing",
        Label::Penalty => "penalty",
        Label::Status(Status::Pronounced) => "pronounced",
        Label::Status(Status::Projected) => "projected",
        Label::DeadlineAndFirstDay => "Deadline and first day of delay",
        Label::Liquidations => "Liquidations",
        Label::ThePenalty => "The penalty",
        Label::Totals => "Totals",
        Label::PeriodsCounted => "Periods counted",
        Label::LiquidationsComputedAndAwarded => "Liquidations: computed and awarded",
        Label::RulesApplied => "Rules applied",
        Label::Notes => "Notes",
        Label::Case => "Case",
        Label::Authority => "Authority",
        Label::Reference => "Reference",
        Label::TimeLimitRules => "Time-limit rules",
        Label::HolidayCalendar => "Holiday calendar",
        Label::Currency => "Currency",
        Label::CaseFile => "Case file",
        Label::StatementAsOf => "Statement as of",
        Label::LiquidatedAsComputed => "Liquidated, as computed",
        Label::LiquidatedAsAwarded => "Liquidated, as awarded",
        Label::LiquidatedProjected => "Liquidated, projected (not pronounced)",
        Label::LumpSums => "Lump sums",
        Label::TotalComputed => "Total computed",
        Label::TotalOwed => "Total owed (awarded where a decision moderated)",
        Label::NoDayCounted => "No day of delay has been counted.",
        Label::NoLiquidation => "No liquidation recorded.",
        Label::EveryAmountExact => {
            "Every amount is exact: computed in decimal arithmetic from the figures of the case file, never rounded."
        }
        Label::PenaltyStatement => "Penalty statement",
        Label::ChartTitle => "Cumulative amount computed",
        Label::ChartCaption => {
            "Cumulative amount computed, before moderation and without lump sums; dashed lines: the end of each liquidation, red: the cap."
        }
        Label::Court => "Court",
        Label::Docket => "Docket no.",
        Label::Role(Role::Creditor) => "Creditor",
        Label::Role(Role::Debtor) => "Debtor",
        Label::Role(Role::Beneficiary) => "Beneficiary",
        Label::OrderServedOn => "Order served on",
        Label::Signature => "Signature",
        Label::Page => "page",
        Label::Number => "#",
    }
}

/// A message in English.
pub(super) fn message(message: &Message<'_>) -> String {
    match *message {
        Message::Limit(limit) => limit.to_string(),
        Message::Units { count, per } => units(count, per),
        Message::Rate(r) => rate(r),
        Message::Source(source) => source.into(),
        Message::StepAction(step) => step.action().into_owned(),
        Message::StepRule(step) => step.rule().into_owned(),
        Message::Arithmetic(a) => arithmetic(a),
        Message::StepExplained { step, arithmetic: a } => {
            let computed = a.map(|a| format!(" — {}", arithmetic(a))).unwrap_or_default();
            format!("{}: {}{computed}", step.source, step.rule())
        }
        Message::Note(n) => note(n),
        Message::NoteLine(n) => format!("Note: {}", note(n)),
        Message::Equation(e) => equation(e),
        Message::Term { segment, currency } => term(segment, currency),
        Message::NumberedEquation { number, equation: e } => format!("#{number}: {}", equation(e)),
        Message::Penalty(line) => penalty(line),
        Message::CaseLine {
            currency,
            rules,
            calendar,
            file,
            line,
        } => format!(
            "{} · rules {rules} · calendar {calendar} · {file}:{line}",
            currency.code()
        ),
        Message::SuspensionDeducted {
            from,
            through,
            reason,
            days,
        } => format!(
            "{from} to {through} suspended{}: {} days deducted",
            why(reason),
            group(days, EN)
        ),
        Message::SuspensionExplained { from, through, days } => format!(
            "− {} {} → {} suspended",
            units(days, Per::Day),
            medium_date(from, EN),
            medium_date(through, EN)
        ),
        Message::PeriodName { kind, obligation } => {
            let name = period_name(kind);
            match obligation {
                Some(o) => format!("{name} ({o})"),
                None => name,
            }
        }
        Message::PeriodDates { from, through } => format!("{} → {}", short_date(from, EN), short_date(through, EN)),
        Message::GapLine {
            before,
            from,
            through,
            equation: e,
        } => format!(
            "{}: {} to {}, {}",
            period_name(PeriodKind::Gap { before }),
            short_date(from, EN),
            short_date(through, EN),
            equation(e)
        ),
        Message::AccruedLine { as_of, counted } => match counted {
            Some((from, through, e)) => format!(
                "Not yet liquidated as of {}: {} to {}, {}",
                short_date(as_of, EN),
                short_date(from, EN),
                short_date(through, EN),
                equation(e)
            ),
            None => format!("Not yet liquidated as of {}: nothing", short_date(as_of, EN)),
        },
        Message::NotYetLiquidatedAsOf(day) => format!("Not yet liquidated as of {}", written(day, EN)),
        Message::TotalsLine {
            liquidated,
            awarded,
            projected,
            unliquidated,
        } => {
            let projected = projected
                .map(|p| format!(", {} projected (not pronounced)", headline(p)))
                .unwrap_or_default();
            format!(
                "Total liquidated: {} computed, {} awarded{projected}; not yet liquidated: {}",
                headline(liquidated),
                headline(awarded),
                headline(unliquidated)
            )
        }
        Message::ObligationTotal {
            obligation,
            total,
            liquidated,
            unliquidated,
        } => format!(
            "{}: {} ({} liquidated, {} not yet)",
            obligation.unwrap_or("penalty"),
            headline(total),
            plain(liquidated),
            plain(unliquidated)
        ),
        Message::LumpSumsLine {
            as_of,
            lump_sums,
            overall,
            owed,
        } => format!(
            "Lump sums owed by {as_of}: {}; overall {} computed, {} owed",
            headline(lump_sums),
            headline(overall),
            headline(owed)
        ),
        Message::ExplainDeadlineTitle { rules, calendar } => format!(
            "The deadline (rules {rules}: {}; calendar {calendar})",
            rules.legal_source()
        ),
        Message::ExplainDeadline {
            deadline,
            accrual_start,
        } => format!(
            "Deadline: {}; first day any penalty counts: {}",
            medium_date(deadline, EN),
            medium_date(accrual_start, EN)
        ),
        Message::ExplainLiquidationTitle {
            number,
            decided,
            from,
            through,
        } => {
            let decided = decided
                .map(|d| format!(" (decided {})", medium_date(d, EN)))
                .unwrap_or_default();
            format!(
                "Liquidation #{number}{decided}: from {} through {}",
                medium_date(from, EN),
                medium_date(through, EN)
            )
        }
        Message::DaysOfDelay { days } => format!("{} of delay, first and last day included", units(days, Per::Day)),
        Message::ExplainPeriod { from, through, days } => format!(
            "from {} through {}: {}",
            medium_date(from, EN),
            medium_date(through, EN),
            units(days, Per::Day)
        ),
        Message::ProjectedBecause { decided, as_of } => match decided {
            None => format!(
                "projected: no decision date, so nothing was pronounced as of {}",
                medium_date(as_of, EN)
            ),
            Some(d) => format!(
                "projected: decided on {}, nothing was pronounced as of {}",
                medium_date(d, EN),
                medium_date(as_of, EN)
            ),
        },
        Message::Awarded { awarded, moderated_by } => match moderated_by {
            Some(by) => format!("awarded: {} (moderated by {})", plain(awarded), plain(by)),
            None => format!("awarded: {}", plain(awarded)),
        },
        Message::ExpectedVerdict { expected, matches } => {
            let verdict = if matches { "matches ✓" } else { "differs ✗" };
            format!("expected {}: {verdict}", plain(expected))
        }
        Message::ExplainTotal {
            liquidated,
            unliquidated,
            lump_sums,
            overall,
        } => {
            let lump_sums = lump_sums
                .map(|l| format!(" + {} lump sums", plain(l)))
                .unwrap_or_default();
            format!(
                "{} liquidated + {} not yet liquidated{lump_sums} = {} computed",
                plain(liquidated),
                plain(unliquidated),
                headline(overall)
            )
        }
        Message::OfWhichProjected(projected) => {
            format!("of which projected (not pronounced): {}", headline(projected))
        }
        Message::OwedAfterModeration(owed) => format!("owed after moderation: {}", headline(owed)),
        Message::StatementTitle { title, rules } => {
            let name = match rules {
                RuleSet::NlAtw => "Dwangsom statement",
                RuleSet::EuCourt | RuleSet::Plain => "Periodic penalty statement",
                RuleSet::FrCpc | RuleSet::FrAdminFranc | RuleSet::BeCj | RuleSet::Lu => "Penalty statement",
            };
            format!("{name} — {title}")
        }
        Message::RulesWithSource(rules) => format!("{rules} ({})", rules.legal_source()),
        Message::RuleApplied(rule) => rule_applied(rule),
        Message::ChartCap(cap) => format!("cap {}", short_money(cap.value, cap.currency, EN)),
        Message::ChartCapReached(day) => format!("cap reached on {}", long_date(day, EN)),
        Message::ChartLiquidation { number, total } => {
            format!("#{number} {}", short_money(total.value, total.currency, EN))
        }
        Message::ChartAsOf(day) => format!("as of {}", short_date(day, EN)),
        Message::QuickPeriod {
            rate: r,
            from,
            through,
            days,
            partial,
        } => format!(
            "{} from {} through {} ({}){}",
            rate(r),
            long_date(from, EN),
            long_date(through, EN),
            units(days, Per::Day),
            partial.map(|p| partial_mode(p, r.per)).unwrap_or_default()
        ),
        Message::QuickSegment { segment: s, currency } => format!(
            "{} to {}: {} = {} (forfeited {})",
            short_date(s.from, EN),
            short_date(s.through, EN),
            term(s, currency),
            money(s.amount, currency, EN),
            short_date(s.forfeited, EN)
        ),
        Message::QuickCap { cap, reached } => match reached {
            Some(day) => format!(
                "Cap {} reached on {}: nothing accrues after it",
                headline(cap),
                long_date(day, EN)
            ),
            None => format!("Cap {} not reached", headline(cap)),
        },
        Message::DeadlineIs(day) => format!("Deadline: {} (the limit expires at 24:00)", long_date(day, EN)),
        Message::DeadlineBasis {
            within,
            from,
            rules,
            source,
            calendar,
            distance,
        } => {
            let distance = distance.map(|d| format!(" · distance {d}")).unwrap_or_default();
            format!(
                "{within} from {} · rules {rules} ({source}) · calendar {calendar}{distance}",
                long_date(from, EN)
            )
        }
        Message::Caveat(c) => caveat(c).into(),
        Message::FirstDayOfDelay(day) => format!("First day of delay: {}", long_date(day, EN)),
        Message::NoteText(note) => format!("Note: {note}"),
        Message::HolidayRange { from, to } => format!("{from} to {to}"),
        Message::HolidayCount(count) => {
            let plural = if count == 1 { "" } else { "s" };
            format!("{count} holiday{plural}")
        }
        Message::WhenAnswer {
            title,
            target,
            date,
            amount,
            never,
        } => match (date, never) {
            (Some(day), _) => format!(
                "{title}: reaches {} on {} ({} accrued by then)",
                plain(target),
                long_date(day, EN),
                plain(amount)
            ),
            (None, Some(stop)) => format!(
                "{title}: never reaches {}: {}",
                plain(target),
                never_reached(stop, amount)
            ),
            (None, None) => format!("{title}: never reaches {}", plain(target)),
        },
        Message::NeverReached { stop, most } => never_reached(stop, most),
        Message::Interest(m) => interest::message(m),
        Message::Party {
            name,
            represented_by,
            served,
        } => {
            let by = represented_by
                .map(|r| format!(", represented by {r}"))
                .unwrap_or_default();
            let served = served
                .map(|d| format!(" (served on {})", full_date(d, EN)))
                .unwrap_or_default();
            format!("{name}{by}{served}")
        }
        Message::DrawnUp { by, at, on } => {
            let by = by.map(|b| format!(" by {b}")).unwrap_or_default();
            let at = at.map(|a| format!(" at {a}")).unwrap_or_default();
            let on = on.map(|d| format!(" on {}", full_date(d, EN))).unwrap_or_default();
            format!("Drawn up{by}{at}{on}.")
        }
        Message::Versus { first, second } => format!("{first} v {second}"),
        Message::CheckMatches { count } => {
            let (plural, verb) = if count == 1 { ("", "matches") } else { ("s", "match") };
            format!("{count} expected figure{plural} {verb}")
        }
        Message::CheckNothingExpected => "no expected figure".into(),
        Message::CheckNotComputed => "could not be computed (see the error above)".into(),
        Message::CheckDiffers {
            what,
            expected,
            computed,
        } => format!("{what}: expected {expected}, computed {computed}"),
    }
}

fn plain(a: Amount) -> String {
    money(a.value, a.currency, EN)
}

/// The exact figure, with a rounded one beside it from a million on.
fn headline(a: Amount) -> String {
    money_with_compact(a.value, a.currency, EN)
}

fn why(reason: Option<&str>) -> String {
    reason.map(|r| format!(" ({r})")).unwrap_or_default()
}

fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// A unit's name, as case files write it.
fn unit_name(per: Per, plural: bool) -> &'static str {
    match (per, plural) {
        (Per::Day, false) => "day",
        (Per::Day, true) => "days",
        (Per::Week, false) => "week",
        (Per::Week, true) => "weeks",
        (Per::Month, false) => "month",
        (Per::Month, true) => "months",
        (Per::Quarter, false) => "quarter",
        (Per::Quarter, true) => "quarters",
        (Per::Semester, false) => "semester",
        (Per::Semester, true) => "semesters",
        (Per::Year, false) => "year",
        (Per::Year, true) => "years",
        (Per::Violation, false) => "violation",
        (Per::Violation, true) => "violations",
    }
}

/// `52 days`, `1 week`.
fn units(count: i64, per: Per) -> String {
    format!("{} {}", group(count, EN), unit_name(per, count != 1))
}

/// `€100,000/day`.
fn rate(r: Rate) -> String {
    format!("{}/{}", money(r.value, r.currency, EN), unit_name(r.per, false))
}

fn arithmetic(a: Arithmetic) -> String {
    match a {
        Arithmetic::Plus { from, span, to } => {
            format!("{} + {span} = {}", medium_date(from, EN), medium_date(to, EN))
        }
        Arithmetic::Moved { from, to } => format!("{} → {}", medium_date(from, EN), medium_date(to, EN)),
    }
}

fn period_name(kind: PeriodKind) -> String {
    match kind {
        PeriodKind::Gap { before } => format!("Not yet liquidated, before liquidation #{before}"),
        PeriodKind::Liquidation { number } => format!("Liquidation #{number}"),
        PeriodKind::Accrued => "Not yet liquidated".into(),
    }
}

fn equation(e: Equation<'_>) -> String {
    let money = |a| money(a, e.currency, EN);
    if e.segments.is_empty() {
        return format!("nothing forfeited = {}", money(e.total));
    }
    let mut terms: Vec<String> = e.segments.iter().map(|s| term(s, e.currency)).collect();
    if e.cut > rust_decimal::Decimal::ZERO {
        terms.push(format!("− {} (case cap)", money(e.cut)));
    }
    format!(
        "{} = {}",
        terms.join(" + "),
        money_with_compact(e.total, e.currency, EN)
    )
}

/// `5 weeks × €5,000,000`, `10/31 of a month × €3,100`, `1 week × €5,000,000 capped at
/// €2,000,000`.
fn term(s: &Segment, currency: crate::money::Currency) -> String {
    let rate = money(s.rate, currency, EN);
    let text = match s.fraction {
        Some(f) => format!("{}/{} of a {} × {rate}", f.days, f.of, unit_name(s.per, false)),
        None => format!("{} × {rate}", units(s.units, s.per)),
    };
    if s.capped > rust_decimal::Decimal::ZERO {
        format!("{text} capped at {}", money(s.amount, currency, EN))
    } else {
        text
    }
}

/// `, completed weeks count`.
fn partial_mode(partial: Partial, per: Per) -> String {
    format!(", {} {} count", partial.code(), unit_name(per, true))
}

/// `, reached on Mon 28 Mar 2022: nothing accrues after it`, or nothing when not reached.
fn cap_reached(day: Option<NaiveDate>) -> String {
    day.map(|d| format!(", reached on {}: nothing accrues after it", long_date(d, EN)))
        .unwrap_or_default()
}

fn penalty(line: PenaltyLine<'_>) -> String {
    match line {
        PenaltyLine::Runs {
            obligation,
            rate: r,
            from,
            complied,
            partial,
        } => {
            let until = match complied {
                Some(c) => format!(", until compliance on {}", long_date(c, EN)),
                None => ", no compliance recorded".into(),
            };
            let partial = partial.map(|p| partial_mode(p, r.per)).unwrap_or_default();
            format!(
                "Penalty{}: {} from {}{until}{partial}",
                why(obligation),
                rate(r),
                long_date(from, EN)
            )
        }
        PenaltyLine::Change { from, rate: r } => format!("from {}: {}", long_date(from, EN), rate(r)),
        PenaltyLine::Suspended {
            from,
            through,
            reason,
            days,
        } => format!(
            "suspended {from} to {through}{}: {} running days deducted",
            why(reason),
            group(days, EN)
        ),
        PenaltyLine::Cap { cap, reached } => format!("cap {}{}", plain(cap), cap_reached(reached)),
        PenaltyLine::CaseCap { cap, reached } => {
            format!("Cap for the whole case: {}{}", plain(cap), cap_reached(reached))
        }
        PenaltyLine::LumpSum {
            reason,
            amount,
            owed_from,
        } => format!(
            "Lump sum{}: {} owed from {}",
            why(reason),
            headline(amount),
            long_date(owed_from, EN)
        ),
    }
}

fn rule_applied(rule: RuleApplied<'_>) -> String {
    match rule {
        RuleApplied::Cited(step) => format!("{}: {}", step.source, step.rule()),
        RuleApplied::Counting => "Each period counts its days of delay from its first day through its last, both included; each day counts once, at the rate in force that day; suspended days are deducted.".into(),
        RuleApplied::Units => "Units longer than a day are counted as the order says: completed units only, every unit started, or a prorata share by days.".into(),
        RuleApplied::Cap => "A cap is the most the penalty can come to: nothing accrues after the day it is reached.".into(),
        RuleApplied::Projection => "A liquidation without a decision by the statement's date is a projection: its computed amount is counted once, as owed, and nothing is shown as awarded.".into(),
        RuleApplied::Gaps => "Days of delay that no liquidation's period covers remain to be liquidated: they are counted as not yet liquidated.".into(),
        RuleApplied::Moderation => "Where the decision awarded less than computed, the judge moderated the penalty (for a provisional French astreinte, CPCE art. L131-4): both figures are shown, the awarded one is owed.".into(),
    }
}

fn never_reached(stop: Stop, most: Amount) -> String {
    let most = plain(most);
    match stop {
        Stop::Cap => format!("the cap holds the total at {most}"),
        Stop::End => format!("the penalties end (compliance or the last violation) at {most}"),
        // The latest day searched: the last supported date.
        Stop::Horizon => format!(
            "not before {}: the total is then {most}",
            short_date(crate::dates::LAST, EN)
        ),
    }
}

fn scope(scope: &CapScope) -> String {
    match scope {
        CapScope::Penalty(Some(o)) => format!("the cap ({o})"),
        CapScope::Penalty(None) => "the cap".into(),
        CapScope::Case => "the cap of the case".into(),
    }
}

/// A note's English sentence: the JSON `notes` strings.
fn note(note: &Note) -> String {
    match note {
        Note::Gap {
            from,
            through,
            after: Some(after),
            before,
        } => format!(
            "{from} to {through} fall between liquidations {after} and {before}: days still to be liquidated, counted as not yet liquidated"
        ),
        Note::Gap {
            from,
            through,
            after: None,
            before,
        } => format!(
            "{from} to {through} come before liquidation {before}: days still to be liquidated, counted as not yet liquidated"
        ),
        Note::NothingCounted { number, from, through } => {
            format!("liquidation {number} ({from} to {through}) counts no day of delay")
        }
        Note::CapReached {
            scope: s,
            cap,
            currency,
            on,
        } => format!(
            "{} of {} was reached on {on}: nothing accrues after it",
            scope(s),
            money(*cap, *currency, EN)
        ),
        Note::CapAhead {
            scope: s,
            cap,
            currency,
            on,
        } => format!(
            "{} of {} would be reached on {on} if the order is still not obeyed",
            scope(s),
            money(*cap, *currency, EN)
        ),
        Note::NoMaximum { obligation } => format!(
            "penalty{} has no maximum: Awb 5:32b al. 2 requires the order to set one for a dwangsom",
            why(obligation.as_deref())
        ),
        Note::EarlyViolations {
            obligation,
            count,
            first_day,
        } => format!(
            "penalty{}: {count} violation(s) dated before its first day ({first_day}) are not counted",
            why(obligation.as_deref())
        ),
        Note::UnitBeforePeriod {
            number,
            per,
            unit_from,
            period_from,
        } => format!(
            "liquidation {number} counts a {} that began on {unit_from}, before its period (from {period_from}): a unit is counted in the period where it is forfeited (a completed unit on its last day)",
            unit_name(*per, false)
        ),
    }
}

fn caveat(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::AtwStatutoryLimits => {
            "the Algemene termijnenwet extends limits set by statute; a compliance period set in the order itself (begunstigingstermijn) is not extended: count it with `plain`"
        }
        Caveat::CourtHolidays => {
            "the Court of Justice has its own list of official holidays; the LU calendar is used unless another is given: add the Court's extra days with [calendar_adjust]"
        }
    }
}

/// A caveat is serialized as its English sentence (the `notes` of `deadline --format json`).
impl Serialize for Caveat {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(caveat(*self))
    }
}

/// A note is serialized as its English sentence (the JSON `notes` strings), whatever the
/// language of the run.
impl Serialize for Note {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&note(self))
    }
}
