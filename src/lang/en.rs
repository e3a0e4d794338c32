//! The English catalogue: every [`Label`] and [`Message`] in English.
//!
//! English is also what JSON carries where it carries words: a note (`notes`), why a figure is
//! never reached (`never`). A derivation step's English is the step's own
//! ([`crate::timelimit::Step::action`] and [`crate::timelimit::Step::rule`]), which JSON writes
//! for every step of every case without going through a catalogue.

mod balance;
mod failure;
mod interest;
mod problem;

use chrono::{NaiveDate, Weekday};
use serde::{Serialize, Serializer};

use super::message::{
    Amount, Arithmetic, Elsewhere, Equation, Label, Message, OrderLine, OrderRule, PenaltyLine, PeriodKind, Rate,
    RuleApplied, RulingLine,
};
use super::{
    Lang, full_date, group, long_date, medium_date, money, money_with_compact, short_date, short_money, written,
};
use crate::case::filing::Role;
use crate::case::{FirstDay, Kind, Partial, Per};
use crate::report::{Article, CapScope, Ground, Note, Rule, Segment, Served, Status, Stop};
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
        Label::Shares => "Shares",
        Label::Suppressed => "Suppressed by the decisions",
        Label::SuccessiveTotals => "Successive totals",
        Label::Balance => "Balance: interest, costs, payments",
        Label::Court => "Court",
        Label::Docket => "Docket no.",
        Label::Role(Role::Creditor) => "Creditor",
        Label::Role(Role::Debtor) => "Debtor",
        Label::Role(Role::Beneficiary) => "Beneficiary",
        Label::OrderServedOn => "Order served on",
        Label::Signature => "Signature",
        Label::Page => "page",
        Label::Number => "#",
        Label::Error => "error",
        Label::Warning => "warning",
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
        Message::LeftOut { columns, place } => {
            let names: Vec<&str> = columns.iter().map(|c| label(*c)).collect();
            let (columns, them) = if names.len() == 1 {
                ("column is", "it")
            } else {
                ("columns are", "them")
            };
            let gives = match place {
                Elsewhere::EquationsBelow => format!("each liquidation's equation below gives {them}"),
                Elsewhere::EquationAbove => format!("the equation above gives {them}"),
            };
            format!(
                "The {} {columns} left out to fit the width: {gives}",
                super::listed(&names, "and")
            )
        }
        Message::Balance(m) => balance::message(m),
        Message::Problem(p) => problem::problem(p),
        Message::Fault(f) => failure::fault(f),
        Message::Ruling(line) => ruling(line),
        Message::NumberedRuling { number, line } => format!("Liquidation #{number}, {}", ruling(line)),
        Message::SuppressedTotal(a) => format!("Suppressed by the decisions: {}", headline(a)),
        Message::ShareTotal {
            to,
            part,
            fixed,
            rest,
            state,
            total,
        } => {
            let how = match (part, fixed) {
                (Some(p), _) => format!("{p} of each liquidation"),
                (None, Some(f)) => format!("{} of each liquidation", plain(f)),
                (None, None) => "what the other shares leave".into(),
            };
            let rest = if rest && (part.is_some() || fixed.is_some()) {
                ", and the rounding"
            } else {
                ""
            };
            format!("{}: {how}{rest}; {} in all", recipient(to, state), headline(total))
        }
        Message::SuccessiveTotal {
            number,
            decided,
            computed,
            owed,
        } => {
            let decided = decided
                .map(|d| format!(" (decided {})", medium_date(d, EN)))
                .unwrap_or_default();
            format!(
                "after liquidation #{number}{decided}: {} computed, {} owed",
                headline(computed),
                headline(owed)
            )
        }
    }
}

/// A share's recipient, with CJA L911-8 when it is the State budget (unless its name cites it).
fn recipient(to: &str, state: bool) -> String {
    if state && !to.contains("L911-8") {
        format!("{to} (CJA L911-8)")
    } else {
        to.into()
    }
}

/// ` (CJA L911-7 al. 3)`, or nothing.
fn cited(article: Option<Article>) -> String {
    article.map(|a| format!(" ({a})")).unwrap_or_default()
}

fn ruling(line: RulingLine<'_>) -> String {
    match line {
        RulingLine::Rates {
            ordered: Some(ordered),
            awarded,
            article,
        } => match ordered
            .value
            .checked_sub(awarded.value)
            .filter(|d| d.is_sign_positive() && !d.is_zero())
        {
            Some(difference) => format!(
                "ordered {}, awarded {} (−{}), moderated{}",
                rate(ordered),
                rate(awarded),
                rate(Rate {
                    value: difference,
                    ..awarded
                }),
                cited(article)
            ),
            None => format!("ordered {}, awarded at the same rate", rate(ordered)),
        },
        RulingLine::Rates {
            ordered: None,
            awarded,
            article,
        } => format!("awarded {} for the whole period{}", rate(awarded), cited(article)),
        RulingLine::Moderated { due, awarded, article } => {
            let by = due.value.checked_sub(awarded.value).unwrap_or_default();
            format!(
                "awarded {} of {} due, moderated by {}{}",
                plain(awarded),
                plain(due),
                plain(Amount::new(by, due.currency)),
                cited(article)
            )
        }
        RulingLine::Suppressed {
            from,
            through,
            days,
            amount,
            reason,
            article,
        } => format!(
            "suppressed {} to {}, {}, {}{}: {reason}",
            long_date(from, EN),
            long_date(through, EN),
            units(days, Per::Day),
            plain(amount),
            cited(article)
        ),
        RulingLine::AfterSuppression {
            computed,
            suppressed,
            awarded,
        } => format!(
            "computed {}, suppressed {}, awarded {}",
            plain(computed),
            plain(suppressed),
            plain(awarded)
        ),
        RulingLine::DefinitiveRate { article } => {
            format!("definitive astreinte: liquidated at its rate, which the judge cannot change ({article})")
        }
        RulingLine::Share { to, amount, state } => format!("{} to {}", plain(amount), recipient(to, state)),
    }
}

/// The details of a real order's penalty and of a French astreinte's kind.
fn order_detail(line: OrderLine<'_>) -> String {
    match line {
        OrderLine::Kind {
            kind,
            article,
            decided,
            through,
        } => {
            let decided = decided
                .map(|d| format!(", ordered on {}", long_date(d, EN)))
                .unwrap_or_default();
            let through = through
                .map(|d| format!(", runs through {}", long_date(d, EN)))
                .unwrap_or_default();
            format!("{} astreinte ({article}){decided}{through}", kind.code())
        }
        OrderLine::FirstDay { practice, date } => {
            let day = long_date(date, EN);
            match practice {
                FirstDay::Decision => {
                    format!("day 1 is the day of the decision, {day} (from the date of delivery: C-123/22)")
                }
                FirstDay::DayAfterDecision => format!(
                    "day 1 is the day after the decision, {day} (C-387/97: the Commission's first bill counted 88 days from 5 July 2000 for the judgment of 4 July 2000)"
                ),
                FirstDay::Notification => format!(
                    "day 1 is the day of notification, {day} (interim orders run from their notification: C-121/21 R, C-204/21 R)"
                ),
                FirstDay::DayAfterNotification => {
                    format!("day 1 is the day after notification, {day} (CPC art. 641)")
                }
            }
        }
        OrderLine::Count { each, count, all } => format!(
            "{} per person or item × {} = {}",
            rate(each),
            group(count, EN),
            rate(all)
        ),
        OrderLine::ChangeAfter { after, from, rate: r } => {
            format!("after {after}, from {}: {}", long_date(from, EN), rate(r))
        }
        OrderLine::Escalation {
            factor,
            add,
            every,
            until,
            max_rate,
            steps,
            as_of,
        } => {
            let rise = match (factor, add) {
                (Some(f), _) => format!("rate × {f}"),
                (None, Some(a)) => format!("rate + {}", rate(a)),
                (None, None) => "rate rising".into(),
            };
            let every = every.map(|e| format!(" every {e}")).unwrap_or_default();
            let mut bounds = Vec::new();
            bounds.extend(max_rate.map(|m| format!("at most {}", rate(m))));
            bounds.extend(until.map(|u| format!("no rise after {}", long_date(u, EN))));
            let bounds = if bounds.is_empty() {
                String::new()
            } else {
                format!(" ({})", bounds.join("; "))
            };
            let plural = if steps == 1 { "" } else { "s" };
            format!(
                "escalation: {rise}{every}{bounds}; {} rise{plural} by {}",
                group(steps as i64, EN),
                medium_date(as_of, EN)
            )
        }
        OrderLine::EscalationStep { step, from, rate: r } => {
            format!("rise {step} from {}: {}", long_date(from, EN), rate(r))
        }
        OrderLine::EscalationSkipped { count } => format!("… {} more rises …", group(count as i64, EN)),
        OrderLine::Reduction {
            item,
            date,
            less,
            share,
            lowers_from,
            lowers_through,
        } => {
            let share = share.map(|s| format!(" ({s} of the rate)")).unwrap_or_default();
            let first = if lowers_from == lowers_through {
                long_date(lowers_from, EN)
            } else {
                format!(
                    "the {} {} to {}",
                    unit_name(less.per, false),
                    medium_date(lowers_from, EN),
                    medium_date(lowers_through, EN)
                )
            };
            format!(
                "item brought into compliance on {}{}: − {}{share}, first lowering {first}",
                long_date(date, EN),
                why(item),
                rate(less)
            )
        }
        OrderLine::Breach { from, through, days } => format!(
            "breach established {} to {}: {} counted",
            long_date(from, EN),
            long_date(through, EN),
            units(days, Per::Day)
        ),
    }
}

/// A rule of a real order or of the judge's hand, as a statement and `explain` word it.
fn order_rule(rule: OrderRule) -> String {
    match rule {
        OrderRule::Kind {
            kind: Kind::Provisional,
            article: Article::CjaL911_6,
        } => "A provisional astreinte (CJA L911-6) may be moderated or suppressed at liquidation, even where the non-compliance is established (CJA L911-7 al. 3).".into(),
        OrderRule::Kind {
            kind: Kind::Definitive,
            article: Article::CjaL911_6,
        } => "A definitive astreinte (CJA L911-6): its rate is not changed at liquidation, save where the non-compliance comes from a cas fortuit or force majeure (CJA L911-7 al. 2).".into(),
        OrderRule::Kind {
            kind: Kind::Provisional,
            article,
        } => format!("A provisional astreinte ({article}) is liquidated given the debtor's conduct and the difficulties met: the judge may moderate it, or suppress it in whole or in part."),
        OrderRule::Kind {
            kind: Kind::Definitive,
            article,
        } => format!("A definitive astreinte ({article}) is ordered only after a provisional one, for a duration the judge sets; its rate is never changed at liquidation."),
        OrderRule::Judge(Ground { rule: Rule::Moderation, article }) => format!("Moderation ({article}): liquidating a provisional astreinte, the judge may award less than computed, as a sum or by applying a lower rate to the whole period; the ordered and the awarded rates and their difference, or the computed and the awarded sums, are both shown, the awarded one is owed."),
        OrderRule::Judge(Ground { rule: Rule::Suppression, article }) => format!("Suppression ({article}): days on which the non-compliance comes from a cause étrangère are removed in whole or in part; they are counted as any period is, and shown as computed, suppressed and awarded."),
        OrderRule::Judge(Ground { rule: Rule::DefinitiveRate, article }) => format!("Definitive rate ({article}): a definitive astreinte is liquidated at the rate ordered; only a suppression may lower what it comes to."),
        OrderRule::Escalation => "An escalating rate rises by its rule at each step, counted from the penalty's first day on the days it runs (a suspension stops that clock): step k begins on the first day plus k stretches, at the rise applied k times, never above the highest rate set; a unit counts at the rate in force on the day it is forfeited.".into(),
        OrderRule::ChangeAfter => "A new rate written after a stretch applies once the stretch has run from the penalty's first day, counted on the days it runs: after 30 days, the 31st day is the first at the new rate.".into(),
        OrderRule::Reduction { per_unit: true } => "An item brought into compliance takes its amount off the rate: the amount of a unit is fixed at its end from the items still outstanding then, so the unit ending on or after the date is counted at the lowered rate, and every later one (C-196/13, operative part; C-378/13).".into(),
        OrderRule::Reduction { per_unit: false } => "An item brought into compliance takes its amount off the rate from the day after the date it was brought into compliance.".into(),
        OrderRule::Breach => "Only the days of established breach count (a penalty due per day on which the condition is not met); a cap applies across them.".into(),
        OrderRule::Count => "A rate per person or per item is multiplied by their number (count): every amount counted is for all of them.".into(),
        OrderRule::FirstDay(FirstDay::Decision) => "Day 1 is the day of the judgment: a penalty ordered from the date of delivery counts that day (C-123/22 Commission v Hungary).".into(),
        OrderRule::FirstDay(FirstDay::DayAfterDecision) => "Day 1 is the day after the judgment, as the Commission counted under C-387/97 Commission v Greece: its first bill covered 88 days from 5 July 2000 for the judgment of 4 July 2000.".into(),
        OrderRule::FirstDay(FirstDay::Notification) => "Day 1 is the day the order is notified: interim orders run from the date of their notification (C-121/21 R Czech Republic v Poland; C-204/21 R Commission v Poland).".into(),
        OrderRule::FirstDay(FirstDay::DayAfterNotification) => "Day 1 is the day after notification: the day of the act that starts a period does not count (CPC art. 641).".into(),
        OrderRule::Shares { state } => {
            let base = "Each liquidated sum (the awarded one where a decision gives it) is divided among the shares exactly. Each part and fixed sum is rounded down to the cent, and the share that takes the rest receives what they leave, the rounding included, so no cent is lost.";
            if state {
                format!("{base} The administrative judge may order that part of the astreinte not be paid to the claimant; that part goes to the State budget (CJA L911-8).")
            } else {
                base.into()
            }
        }
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
        PenaltyLine::Order(line) => order_detail(line),
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
        RuleApplied::Order(rule) => order_rule(rule),
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
            "{from} to {through} fall between liquidations {after} and {before}, days still to be liquidated and counted as not yet liquidated"
        ),
        Note::Gap {
            from,
            through,
            after: None,
            before,
        } => format!(
            "{from} to {through} come before liquidation {before}, days still to be liquidated and counted as not yet liquidated"
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
            "{} of {} was reached on {on}; nothing accrues after it",
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
            "penalty{} has no maximum, which an administrative dwangsom must have (Awb art. 5:32b lid 2); a civil dwangsom (Rv art. 611a-611i) need not",
            why(obligation.as_deref())
        ),
        Note::EarlyViolations {
            obligation,
            count,
            first_day,
        } => format!(
            "{count} violation(s) of the penalty{} dated before its first day ({first_day}) are not counted",
            why(obligation.as_deref())
        ),
        Note::UnitBeforePeriod {
            number,
            per,
            unit_from,
            period_from,
        } => format!(
            "liquidation {number} counts a {} that began on {unit_from}, before its period (from {period_from}), since a unit is counted in the period where it is forfeited (a completed unit on its last day)",
            unit_name(*per, false)
        ),
        Note::ServedOnRestDay { served: s, date, day } => format!(
            "{} is dated {}, {}, and CPC art. 664 allows a service on a Sunday or public holiday only with the judge's leave; check that leave was given",
            served(s),
            long_date(*date, Lang::En),
            day.described()
        ),
    }
}

/// Which service a note speaks of: `the notification`, `the service on Acme SAS`.
fn served(served: &Served) -> String {
    match served {
        Served::Notification => "the notification".into(),
        Served::Order => "the order's service".into(),
        Served::Party(name) => format!("the service on {name}"),
        Served::Liquidation(n) => format!("the service of liquidation {n}'s decision"),
    }
}

fn caveat(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::AtwStatutoryLimits => {
            "the Algemene termijnenwet extends limits set by statute; a compliance period set in the order itself (begunstigingstermijn) is not extended: count it with `plain`"
        }
        Caveat::CourtHolidays => {
            "the Court of Justice has its own list of official holidays, and the LU calendar is used unless another is given; add the Court's extra days with [calendar_adjust]"
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
