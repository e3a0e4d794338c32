//! Every label and message of the catalogues, in every language, with sample facts: each says
//! something, and French says it in French. The compiler already refuses a language that lacks
//! one (each catalogue matches exhaustively); these tests check what it cannot: that no
//! wording is empty, that a French sentence carries no English glue words and puts a space
//! before its colons, and that every variant has a sample here (the index functions are
//! exhaustive matches: a new variant does not compile until it is given the next index, and
//! the coverage tests fail until it is given a sample).

use chrono::{NaiveDate, Weekday};
use rust_decimal::Decimal;

use super::Lang;
use super::message::{
    Amount, Arithmetic, BalanceMessage, Day, Elsewhere, Equation, InterestMessage, InterestNote, Label, Message,
    OrderLine, OrderRule, PenaltyLine, PeriodKind, Rate, RuleApplied, RulingLine,
};
use crate::balance::Barred;
use crate::calendar::{Calendar, CalendarId};
use crate::case::filing::Role;
use crate::case::{Partial, Per};
use crate::interest::{
    Basis, Capitalisation, Creditor, Imputation, InterestReport, Outstanding, Period as InterestPeriod, Regime,
};
use crate::money::Currency;
use crate::report::{
    BalanceReport, CapScope, Fraction, LimitationRule, Note, Segment, Served, Status, Stop, SumBalance, SumLimitation,
};
use crate::timelimit::{Caveat, RuleSet, Step, TimeLimit, derive_deadline};

const LANGS: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Nl];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn eur() -> Currency {
    Currency::EUR
}

fn euros(value: i64) -> Amount {
    Amount::new(Decimal::from(value), eur())
}

/// A dense index per label variant: a new variant must be given the next one.
fn label_index(label: Label) -> usize {
    match label {
        Label::Colon => 0,
        Label::Date => 1,
        Label::Step => 2,
        Label::Rule => 3,
        Label::RuleApplied => 4,
        Label::Computation => 5,
        Label::Source => 6,
        Label::Decided => 7,
        Label::From => 8,
        Label::Through => 9,
        Label::Days => 10,
        Label::Rate => 11,
        Label::Computed => 12,
        Label::Awarded => 13,
        Label::Expected => 14,
        Label::Moderation => 15,
        Label::Period => 16,
        Label::Obligation => 17,
        Label::UnitsTimesRate => 18,
        Label::Forfeited => 19,
        Label::ForfeitedOn => 20,
        Label::Amount => 21,
        Label::BySegment => 22,
        Label::Weekday => 23,
        Label::Name => 24,
        Label::EnglishName => 25,
        Label::DayName(_) => 26,
        Label::Nothing => 27,
        Label::Penalty => 28,
        Label::Status(_) => 29,
        Label::DeadlineAndFirstDay => 30,
        Label::Liquidations => 31,
        Label::ThePenalty => 32,
        Label::Totals => 33,
        Label::PeriodsCounted => 34,
        Label::LiquidationsComputedAndAwarded => 35,
        Label::RulesApplied => 36,
        Label::Notes => 37,
        Label::Case => 38,
        Label::Authority => 39,
        Label::Reference => 40,
        Label::TimeLimitRules => 41,
        Label::HolidayCalendar => 42,
        Label::Currency => 43,
        Label::CaseFile => 44,
        Label::StatementAsOf => 45,
        Label::LiquidatedAsComputed => 46,
        Label::LiquidatedAsAwarded => 47,
        Label::LiquidatedProjected => 48,
        Label::LumpSums => 49,
        Label::TotalComputed => 50,
        Label::TotalOwed => 51,
        Label::NoDayCounted => 52,
        Label::NoLiquidation => 53,
        Label::EveryAmountExact => 54,
        Label::PenaltyStatement => 55,
        Label::ChartTitle => 56,
        Label::ChartCaption => 57,
        Label::Shares => 58,
        Label::Suppressed => 59,
        Label::SuccessiveTotals => 60,
        Label::Balance => 61,
        Label::Court => 62,
        Label::Docket => 63,
        Label::Role(_) => 64,
        Label::OrderServedOn => 65,
        Label::Signature => 66,
        Label::Page => 67,
        Label::Number => 68,
        Label::Error => 69,
        Label::Warning => 70,
    }
}
const LABELS: usize = 71;

/// Every label, each with every value of its parameter.
fn labels() -> Vec<Label> {
    let days = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    let mut all = vec![
        Label::Colon,
        Label::Date,
        Label::Step,
        Label::Rule,
        Label::RuleApplied,
        Label::Computation,
        Label::Source,
        Label::Decided,
        Label::From,
        Label::Through,
        Label::Days,
        Label::Rate,
        Label::Computed,
        Label::Awarded,
        Label::Expected,
        Label::Moderation,
        Label::Period,
        Label::Obligation,
        Label::UnitsTimesRate,
        Label::Forfeited,
        Label::ForfeitedOn,
        Label::Amount,
        Label::BySegment,
        Label::Weekday,
        Label::Name,
        Label::EnglishName,
        Label::Nothing,
        Label::Penalty,
        Label::Status(Status::Pronounced),
        Label::Status(Status::Projected),
        Label::DeadlineAndFirstDay,
        Label::Liquidations,
        Label::ThePenalty,
        Label::Totals,
        Label::PeriodsCounted,
        Label::LiquidationsComputedAndAwarded,
        Label::RulesApplied,
        Label::Notes,
        Label::Case,
        Label::Authority,
        Label::Reference,
        Label::TimeLimitRules,
        Label::HolidayCalendar,
        Label::Currency,
        Label::CaseFile,
        Label::StatementAsOf,
        Label::LiquidatedAsComputed,
        Label::LiquidatedAsAwarded,
        Label::LiquidatedProjected,
        Label::LumpSums,
        Label::TotalComputed,
        Label::TotalOwed,
        Label::NoDayCounted,
        Label::NoLiquidation,
        Label::EveryAmountExact,
        Label::PenaltyStatement,
        Label::ChartTitle,
        Label::ChartCaption,
        Label::Shares,
        Label::Suppressed,
        Label::SuccessiveTotals,
        Label::Balance,
    ];
    all.extend(days.map(Label::DayName));
    all.extend(Role::ALL.map(Label::Role));
    all.extend([
        Label::Court,
        Label::Docket,
        Label::OrderServedOn,
        Label::Signature,
        Label::Page,
        Label::Number,
        Label::Error,
        Label::Warning,
    ]);
    all
}

/// A dense index per message variant: a new variant must be given the next one.
fn message_index(message: &Message<'_>) -> usize {
    match message {
        Message::Limit(_) => 0,
        Message::Units { .. } => 1,
        Message::Rate(_) => 2,
        Message::Source(_) => 3,
        Message::StepAction(_) => 4,
        Message::StepRule(_) => 5,
        Message::Arithmetic(_) => 6,
        Message::StepExplained { .. } => 7,
        Message::Note(_) => 8,
        Message::NoteLine(_) => 9,
        Message::Equation(_) => 10,
        Message::Term { .. } => 11,
        Message::NumberedEquation { .. } => 12,
        Message::Penalty(_) => 13,
        Message::CaseLine { .. } => 14,
        Message::SuspensionDeducted { .. } => 15,
        Message::SuspensionExplained { .. } => 16,
        Message::PeriodName { .. } => 17,
        Message::PeriodDates { .. } => 18,
        Message::GapLine { .. } => 19,
        Message::AccruedLine { .. } => 20,
        Message::NotYetLiquidatedAsOf(_) => 21,
        Message::TotalsLine { .. } => 22,
        Message::ObligationTotal { .. } => 23,
        Message::LumpSumsLine { .. } => 24,
        Message::ExplainDeadlineTitle { .. } => 25,
        Message::ExplainDeadline { .. } => 26,
        Message::ExplainLiquidationTitle { .. } => 27,
        Message::DaysOfDelay { .. } => 28,
        Message::ExplainPeriod { .. } => 29,
        Message::ProjectedBecause { .. } => 30,
        Message::Awarded { .. } => 31,
        Message::ExpectedVerdict { .. } => 32,
        Message::ExplainTotal { .. } => 33,
        Message::OfWhichProjected(_) => 34,
        Message::OwedAfterModeration(_) => 35,
        Message::StatementTitle { .. } => 36,
        Message::RulesWithSource(_) => 37,
        Message::RuleApplied(_) => 38,
        Message::ChartCap(_) => 39,
        Message::ChartCapReached(_) => 40,
        Message::ChartLiquidation { .. } => 41,
        Message::ChartAsOf(_) => 42,
        Message::QuickPeriod { .. } => 43,
        Message::QuickSegment { .. } => 44,
        Message::QuickCap { .. } => 45,
        Message::DeadlineIs(_) => 46,
        Message::DeadlineBasis { .. } => 47,
        Message::FirstDayOfDelay(_) => 48,
        Message::NoteText(_) => 49,
        Message::HolidayRange { .. } => 50,
        Message::HolidayCount(_) => 51,
        Message::WhenAnswer { .. } => 52,
        Message::NeverReached { .. } => 53,
        Message::Caveat(_) => 54,
        Message::Interest(m) => 55 + interest_index(m),
        Message::Party { .. } => 80,
        Message::DrawnUp { .. } => 81,
        Message::Versus { .. } => 82,
        Message::CheckMatches { .. } => 83,
        Message::CheckNothingExpected => 84,
        Message::CheckNotComputed => 85,
        Message::CheckDiffers { .. } => 86,
        Message::NumberedRuling { .. } => 87,
        Message::LeftOut { .. } => 88,
        Message::Ruling(_) => 63,
        Message::SuppressedTotal(_) => 64,
        Message::ShareTotal { .. } => 65,
        Message::SuccessiveTotal { .. } => 66,
        Message::Balance(m) => 67 + balance_index(m),
        // Every problem has its samples in `problem_tests`.
        Message::Problem(_) => 89,
        // Every fault has its samples in `problem_tests`.
        Message::Fault(_) => 90,
    }
}

/// A dense index per balance message variant, after the interest messages'.
fn balance_index(message: &BalanceMessage<'_>) -> usize {
    match message {
        BalanceMessage::Terms(_) => 0,
        BalanceMessage::Sum(_) => 1,
        BalanceMessage::SumOwed(_) => 2,
        BalanceMessage::Limitation { .. } => 3,
        BalanceMessage::Cost(_) => 4,
        BalanceMessage::Payment { .. } => 5,
        BalanceMessage::PaymentPart(_) => 6,
        BalanceMessage::Due { .. } => 7,
        BalanceMessage::Barred(_) => 8,
        BalanceMessage::Rule(_) => 9,
        BalanceMessage::Imputation(_) => 10,
        BalanceMessage::Rounding => 11,
        BalanceMessage::Unconfirmed => 12,
    }
}

/// A dense index per interest message variant, after the other messages'.
fn interest_index(message: &InterestMessage<'_>) -> usize {
    match message {
        InterestMessage::Heading { .. } => 0,
        InterestMessage::Capitalised { .. } => 1,
        InterestMessage::Payment { .. } => 2,
        InterestMessage::Period { .. } => 3,
        InterestMessage::Sources(_) => 4,
        InterestMessage::Total(_) => 5,
        InterestMessage::Owed { .. } => 6,
        InterestMessage::Note(_) => 7,
    }
}
const MESSAGES: usize = 55 + 8 + 4 + 13 + 9 + 2;

/// The facts the sample messages state.
struct Facts {
    steps: Vec<Step>,
    notes: Vec<Note>,
    segments: Vec<Segment>,
    interest: InterestReport,
    balance: BalanceFacts,
}

/// The décompte's sample facts: balances worded differently (where interest starts, a
/// majoration waived, capitalisation), sums (with interest, excluded, without a day of
/// interest), each state of a limitation, each limitation rule.
struct BalanceFacts {
    balances: Vec<BalanceReport>,
    sums: Vec<SumBalance>,
    limitations: Vec<SumLimitation>,
    rules: Vec<LimitationRule>,
}

fn balance_facts() -> BalanceFacts {
    use crate::balance::{Cost, Decompte, Limitation, Payment, Start, Sum, compute};
    let mut terms = crate::interest::Terms::new(Regime::FrLegal);
    terms.creditor = Some(Creditor::Other);
    let decompte = Decompte {
        terms,
        start: Start::Decision,
        served: vec![None, Some(day(2023, 6, 5))],
        limitation: Some(Limitation::FrJudgment),
        exclude_barred: false,
        payments: vec![Payment {
            date: day(2023, 9, 1),
            amount: Decimal::from(5_300_000),
            note: Some("virement".into()),
        }],
        // A cost's label is the case file's text, shown as written: French typography is the
        // file's to follow.
        costs: vec![Cost {
            date: day(2023, 5, 2),
            amount: Decimal::new(12_345, 2),
            label: "Frais d’huissier".into(),
        }],
        as_of: None,
        location: crate::source::Location {
            file: "sample".into(),
            line: 1,
            column: 1,
        },
    };
    let sum = |n, decided, amount| Sum {
        liquidation: n,
        decided,
        amount: Decimal::from(amount),
        first_day: day(2022, 12, 20),
        last_day: day(2023, 2, 9),
    };
    let sums = [sum(1, day(2023, 4, 13), 5_200_000), sum(2, day(2023, 6, 1), 150_000)];
    let balance = compute(&decompte, &sums, day(2024, 1, 1), 2).unwrap();
    let mut other = balance.clone();
    other.interest_from = Start::Service;
    other.majoration_waived = true;
    other.capitalised = true;
    other.creditor = Some(Creditor::Individual);
    let mut third = balance.clone();
    third.interest_from = Start::Date(day(2023, 5, 1));
    third.creditor = None;
    let mut excluded = balance.sums[0].clone();
    excluded.excluded = true;
    let mut no_day = balance.sums[0].clone();
    no_day.interest_from = None;
    let limitation = |first, barred, status| SumLimitation {
        first_barred: first,
        barred,
        status,
    };
    let (a, b) = (day(2024, 1, 1), day(2024, 2, 1));
    let rules = Limitation::ALL
        .iter()
        .map(|l| {
            let row = l.row();
            LimitationRule {
                rule: row.rule,
                months: row.months,
                source: row.source,
                confirmed: row.confirmed,
                caveat: row.caveat,
            }
        })
        .collect();
    BalanceFacts {
        balances: vec![balance, other, third],
        sums: vec![excluded, no_day],
        limitations: vec![
            limitation(a, a, Barred::No),
            limitation(a, b, Barred::No),
            limitation(a, b, Barred::Partly),
            limitation(a, b, Barred::Wholly),
        ],
        rules,
    }
}

fn facts() -> Facts {
    // 15 Mar 2023 + 10 days ends on a Saturday: every kind of step a French derivation takes.
    let steps = derive_deadline(
        day(2023, 3, 15),
        "notification",
        "10 days".parse().unwrap(),
        RuleSet::FrCpc,
        &Calendar::new(CalendarId::Fr),
    )
    .unwrap()
    .steps;
    let notes = vec![
        Note::Gap {
            from: day(2023, 2, 1),
            through: day(2023, 2, 28),
            after: Some(1),
            before: 2,
        },
        Note::Gap {
            from: day(2023, 1, 2),
            through: day(2023, 1, 15),
            after: None,
            before: 1,
        },
        Note::NothingCounted {
            number: 1,
            from: day(2023, 2, 1),
            through: day(2023, 2, 28),
        },
        Note::CapReached {
            scope: CapScope::Penalty(Some("X".into())),
            cap: Decimal::from(50_000),
            currency: eur(),
            on: day(2023, 3, 1),
        },
        Note::CapAhead {
            scope: CapScope::Case,
            cap: Decimal::from(50_000),
            currency: eur(),
            on: day(2023, 3, 1),
        },
        Note::CapAhead {
            scope: CapScope::Penalty(None),
            cap: Decimal::from(50_000),
            currency: eur(),
            on: day(2023, 3, 1),
        },
        Note::NoMaximum { obligation: None },
        Note::EarlyViolations {
            obligation: Some("X".into()),
            count: 2,
            first_day: day(2023, 1, 2),
        },
        Note::UnitBeforePeriod {
            number: 2,
            per: Per::Week,
            unit_from: day(2022, 2, 21),
            period_from: day(2022, 2, 22),
        },
        Note::ServedOnRestDay {
            served: Served::Notification,
            date: day(2024, 4, 21),
            day: crate::calendar::NonWorking::Sunday,
        },
        Note::ServedOnRestDay {
            served: Served::Party("X".into()),
            date: day(2024, 5, 1),
            day: crate::calendar::NonWorking::Holiday(crate::calendar::Holiday::same_name(day(2024, 5, 1), "Y".into())),
        },
        Note::ServedOnRestDay {
            served: Served::Liquidation(2),
            date: day(2024, 6, 1),
            day: crate::calendar::NonWorking::Added(crate::calendar::Holiday::same_name(day(2024, 6, 1), "Z".into())),
        },
        Note::ServedOnRestDay {
            served: Served::Order,
            date: day(2024, 6, 1),
            day: crate::calendar::NonWorking::Saturday,
        },
    ];
    let daily = Segment {
        obligation: None,
        from: day(2022, 12, 20),
        through: day(2023, 2, 9),
        days: 52,
        rate: Decimal::from(100_000),
        per: Per::Day,
        amount: Decimal::from(5_200_000),
        units: 52,
        fraction: None,
        forfeited: day(2023, 2, 9),
        capped: Decimal::ZERO,
    };
    let part = Segment {
        per: Per::Month,
        units: 0,
        days: 10,
        fraction: Some(Fraction { days: 10, of: 31 }),
        amount: Decimal::new(100_000, 2),
        capped: Decimal::new(50, 2),
        ..daily.clone()
    };
    let period = InterestPeriod {
        from: day(2015, 9, 18),
        through: day(2015, 12, 31),
        days: 105,
        base: Decimal::from(2000),
        rate: Decimal::new(929, 2),
        base_rate: Decimal::new(429, 2),
        rate_source: "Arrêté du 24 juin 2015".into(),
        points: Decimal::from(5),
        points_source: Some("CMF L313-3"),
        year_days: 365,
        amount: Decimal::new(5345, 2),
        confirmed: true,
    };
    let interest = InterestReport {
        regime: Regime::FrLegal,
        creditor: Some(Creditor::Individual),
        basis: Basis::Act365,
        from: day(2015, 9, 18),
        through: day(2015, 12, 31),
        principal: Decimal::from(2000),
        enforceable: Some(day(2015, 7, 17)),
        majoration_waived: false,
        majoration_from: Some(day(2015, 9, 18)),
        capitalisation_anchor: Some(day(2015, 9, 18)),
        reference_day: None,
        periods: vec![
            period.clone(),
            InterestPeriod {
                confirmed: false,
                ..period
            },
        ],
        capitalisations: vec![Capitalisation {
            date: day(2015, 12, 1),
            amount: Decimal::new(4000, 2),
            principal: Decimal::new(204_000, 2),
        }],
        payments: vec![Imputation {
            date: day(2015, 12, 2),
            amount: Decimal::from(600),
            to_costs: Decimal::from(100),
            to_interest: Decimal::from(10),
            to_principal: Decimal::from(400),
            unapplied: Decimal::from(90),
        }],
        total: Decimal::new(5345, 2),
        outstanding: Outstanding {
            principal: Decimal::from(1640),
            interest: Decimal::new(4345, 2),
            costs: Decimal::from(20),
        },
        unconfirmed: true,
    };
    Facts {
        steps,
        notes,
        segments: vec![daily, part],
        interest,
        balance: balance_facts(),
    }
}

/// Every message, several for those whose facts word differently (each note, each line of the
/// penalties, each rule applied...).
fn messages(f: &Facts) -> Vec<Message<'_>> {
    let step = &f.steps[0];
    let rate = Rate {
        value: Decimal::from(100_000),
        per: Per::Week,
        currency: eur(),
    };
    let equation = Equation {
        segments: &f.segments,
        cut: Decimal::from(10),
        total: Decimal::from(5_200_990),
        currency: eur(),
    };
    let nothing = Equation {
        segments: &[],
        ..equation
    };
    let (d1, d2) = (day(2023, 2, 1), day(2023, 2, 28));
    let plus = Arithmetic::Plus {
        from: d1,
        span: "1 month 2 weeks".parse::<TimeLimit>().unwrap(),
        to: d2,
    };
    let mut all = vec![
        Message::Limit("1 year 2 months 1 week 3 days".parse().unwrap()),
        Message::Units {
            count: 1,
            per: Per::Week,
        },
        Message::Units {
            count: 1384,
            per: Per::Violation,
        },
        Message::Rate(rate),
        Message::Source("CPC art. 641 al. 1 and 3; the order"),
        // Every source the engine cites in words, as the catalogues must translate them.
        Message::Source("the order, whose deadline is the last day to comply"),
        Message::Source(crate::case::FirstDay::Decision.source()),
        Message::Source(crate::case::FirstDay::DayAfterDecision.source()),
        Message::Source(crate::case::FirstDay::Notification.source()),
        Message::Source(crate::case::FirstDay::DayAfterNotification.source()),
        Message::Arithmetic(plus),
        Message::Arithmetic(Arithmetic::Moved { from: d1, to: d2 }),
        Message::StepExplained {
            step,
            arithmetic: Some(plus),
        },
        Message::Equation(equation),
        Message::Equation(nothing),
        Message::Term {
            segment: &f.segments[1],
            currency: eur(),
        },
        Message::NumberedEquation { number: 2, equation },
        Message::CaseLine {
            currency: eur(),
            rules: RuleSet::FrCpc,
            calendar: CalendarId::Fr,
            file: "case.toml",
            line: 1,
        },
        Message::SuspensionDeducted {
            from: d1,
            through: d2,
            reason: Some("X"),
            days: 3,
        },
        Message::SuspensionExplained {
            from: d1,
            through: d2,
            days: 3,
        },
        Message::PeriodDates { from: d1, through: d2 },
        Message::GapLine {
            before: 2,
            from: d1,
            through: d2,
            equation,
        },
        Message::AccruedLine {
            as_of: d2,
            counted: Some((d1, d2, equation)),
        },
        Message::AccruedLine {
            as_of: d2,
            counted: None,
        },
        Message::NotYetLiquidatedAsOf(Day::short(d2)),
        Message::NotYetLiquidatedAsOf(Day::medium(d2)),
        Message::TotalsLine {
            liquidated: euros(5_200_000),
            awarded: euros(4_000_000),
            projected: Some(euros(1000)),
            unliquidated: euros(9_000_000),
        },
        Message::ObligationTotal {
            obligation: None,
            total: euros(3),
            liquidated: euros(1),
            unliquidated: euros(2),
        },
        Message::LumpSumsLine {
            as_of: d2,
            lump_sums: euros(1),
            overall: euros(2),
            owed: euros(3),
        },
        Message::ExplainDeadlineTitle {
            rules: RuleSet::Lu,
            calendar: CalendarId::Lu,
        },
        Message::ExplainDeadline {
            deadline: d1,
            accrual_start: d2,
        },
        Message::ExplainLiquidationTitle {
            number: 1,
            decided: Some(d2),
            from: d1,
            through: d2,
        },
        Message::DaysOfDelay { days: 52 },
        Message::ExplainPeriod {
            from: d1,
            through: d2,
            days: 28,
        },
        Message::ProjectedBecause {
            decided: None,
            as_of: d2,
        },
        Message::ProjectedBecause {
            decided: Some(d2),
            as_of: d1,
        },
        Message::Awarded {
            awarded: euros(1),
            moderated_by: Some(euros(2)),
        },
        Message::Awarded {
            awarded: euros(1),
            moderated_by: None,
        },
        Message::ExpectedVerdict {
            expected: euros(1),
            matches: true,
        },
        Message::ExpectedVerdict {
            expected: euros(1),
            matches: false,
        },
        Message::ExplainTotal {
            liquidated: euros(1),
            unliquidated: euros(2),
            lump_sums: Some(euros(3)),
            overall: euros(6),
        },
        Message::OfWhichProjected(euros(1)),
        Message::OwedAfterModeration(euros(1)),
        Message::StatementTitle {
            title: "X v Y",
            rules: RuleSet::NlAtw,
        },
        Message::StatementTitle {
            title: "X v Y",
            rules: RuleSet::FrCpc,
        },
        Message::Party {
            name: "X",
            represented_by: Some("Y"),
            served: Some(d1),
        },
        Message::Party {
            name: "X",
            represented_by: None,
            served: None,
        },
        Message::DrawnUp {
            by: Some("X"),
            at: Some("Y"),
            on: Some(d1),
        },
        Message::DrawnUp {
            by: None,
            at: None,
            on: None,
        },
        Message::Versus {
            first: "X",
            second: "Y",
        },
        Message::CheckMatches { count: 1 },
        Message::CheckMatches { count: 3 },
        Message::CheckNothingExpected,
        Message::CheckNotComputed,
        Message::CheckDiffers {
            what: "X",
            expected: "1",
            computed: "2",
        },
        Message::LeftOut {
            columns: &[Label::Days, Label::Rate],
            place: Elsewhere::EquationsBelow,
        },
        Message::LeftOut {
            columns: &[Label::UnitsTimesRate],
            place: Elsewhere::EquationAbove,
        },
        Message::RulesWithSource(RuleSet::FrAdminFranc),
        Message::ChartCap(euros(50_000_000)),
        Message::ChartCapReached(d1),
        Message::ChartLiquidation {
            number: 1,
            total: euros(999),
        },
        Message::ChartAsOf(d2),
        Message::QuickPeriod {
            rate,
            from: d1,
            through: d2,
            days: 28,
            partial: Some(Partial::Prorata),
        },
        Message::QuickSegment {
            segment: &f.segments[0],
            currency: eur(),
        },
        Message::QuickCap {
            cap: euros(1),
            reached: Some(d1),
        },
        Message::QuickCap {
            cap: euros(1),
            reached: None,
        },
        Message::DeadlineIs(d1),
        Message::DeadlineBasis {
            within: "2 months",
            from: d1,
            rules: "fr-cpc",
            source: "Code de procédure civile art. 640-644",
            calendar: "FR",
            distance: Some("overseas"),
        },
        Message::FirstDayOfDelay(d2),
        Message::Caveat(Caveat::AtwStatutoryLimits),
        Message::Caveat(Caveat::CourtHolidays),
        Message::NoteText("X"),
        Message::HolidayRange { from: d1, to: d2 },
        Message::HolidayCount(1),
        Message::HolidayCount(11),
        Message::WhenAnswer {
            title: "X",
            target: euros(1),
            date: Some(d1),
            amount: euros(1),
            never: None,
        },
        Message::WhenAnswer {
            title: "X",
            target: euros(1),
            date: None,
            amount: euros(1),
            never: Some(Stop::End),
        },
        Message::WhenAnswer {
            title: "X",
            target: euros(1),
            date: None,
            amount: euros(1),
            never: None,
        },
    ];
    for s in &f.steps {
        all.extend([Message::StepAction(s), Message::StepRule(s)]);
    }
    for n in &f.notes {
        all.extend([Message::Note(n), Message::NoteLine(n)]);
    }
    for stop in [Stop::Cap, Stop::End, Stop::Horizon] {
        all.push(Message::NeverReached { stop, most: euros(7) });
    }
    for kind in [
        PeriodKind::Gap { before: 2 },
        PeriodKind::Liquidation { number: 1 },
        PeriodKind::Accrued,
    ] {
        all.push(Message::PeriodName {
            kind,
            obligation: Some("X"),
        });
    }
    all.extend(
        [
            PenaltyLine::Runs {
                obligation: Some("X"),
                rate,
                from: d1,
                complied: Some(d2),
                partial: Some(Partial::Completed),
            },
            PenaltyLine::Runs {
                obligation: None,
                rate,
                from: d1,
                complied: None,
                partial: Some(Partial::Started),
            },
            PenaltyLine::Change { from: d1, rate },
            PenaltyLine::Suspended {
                from: d1,
                through: d2,
                reason: Some("X"),
                days: 3,
            },
            PenaltyLine::Cap {
                cap: euros(1),
                reached: Some(d1),
            },
            PenaltyLine::CaseCap {
                cap: euros(1),
                reached: None,
            },
            PenaltyLine::LumpSum {
                reason: Some("X"),
                amount: euros(2_000_000),
                owed_from: d1,
            },
        ]
        .map(Message::Penalty),
    );
    all.extend(
        [
            RuleApplied::Cited(step),
            RuleApplied::Counting,
            RuleApplied::Units,
            RuleApplied::Cap,
            RuleApplied::Projection,
            RuleApplied::Gaps,
            RuleApplied::Moderation,
        ]
        .map(Message::RuleApplied),
    );
    let r = &f.interest;
    let interest = [
        InterestMessage::Heading {
            regime: r.regime,
            creditor: r.creditor,
            principal: r.principal,
            from: r.from,
            through: r.through,
            basis: r.basis,
        },
        InterestMessage::Capitalised {
            capitalisation: &r.capitalisations[0],
            source: "C. civ. 1343-2",
        },
        InterestMessage::Payment {
            payment: &r.payments[0],
            source: "C. civ. 1343-1",
        },
        InterestMessage::Period {
            period: &r.periods[0],
            basis: Basis::ActAct,
        },
        InterestMessage::Period {
            period: &r.periods[1],
            basis: Basis::Act365,
        },
        InterestMessage::Sources(&r.periods[0]),
        InterestMessage::Total(r),
        InterestMessage::Owed {
            on: r.through,
            principal: r.outstanding.principal,
            interest: r.outstanding.interest,
            costs: r.outstanding.costs,
            total: Some(Decimal::from(1)),
        },
    ];
    all.extend(interest.map(Message::Interest));
    all.extend(order_messages(rate));
    let notes = [
        InterestNote::DaysCounted,
        InterestNote::Basis(Basis::Act365),
        InterestNote::Basis(Basis::ActAct),
        InterestNote::Majoration {
            enforceable: r.enforceable,
            from: r.majoration_from,
            waived: false,
        },
        InterestNote::Majoration {
            enforceable: None,
            from: None,
            waived: true,
        },
        InterestNote::Majoration {
            enforceable: None,
            from: None,
            waived: false,
        },
        InterestNote::ReferenceDay {
            date: d1,
            rule: "art. 83(2)",
        },
        InterestNote::Capitalisation {
            anchor: Some(d1),
            regime: Regime::FrLegal,
        },
        InterestNote::Capitalisation {
            anchor: None,
            regime: Regime::FrLegal,
        },
        InterestNote::Capitalisation {
            anchor: None,
            regime: Regime::NlLegal,
        },
        InterestNote::Imputation(Regime::FrLegal),
        InterestNote::Unconfirmed,
    ];
    all.extend(notes.map(|n| Message::Interest(InterestMessage::Note(n))));
    all.extend(balance_messages(&f.balance).into_iter().map(Message::Balance));
    all
}

fn balance_messages(f: &BalanceFacts) -> Vec<BalanceMessage<'_>> {
    let b = &f.balances[0];
    let mut all: Vec<BalanceMessage<'_>> = f.balances.iter().map(BalanceMessage::Terms).collect();
    all.extend(b.sums.iter().chain(&f.sums).map(BalanceMessage::Sum));
    all.push(BalanceMessage::SumOwed(&b.sums[0]));
    for limitation in &f.limitations {
        for excluded in [false, true] {
            all.push(BalanceMessage::Limitation { limitation, excluded });
        }
    }
    all.push(BalanceMessage::Cost(&b.costs[0]));
    for regime in Regime::ALL {
        all.push(BalanceMessage::Payment {
            payment: &b.payments[0],
            regime,
        });
        all.push(BalanceMessage::Imputation(regime));
    }
    all.extend(b.payments[0].parts.iter().map(BalanceMessage::PaymentPart));
    all.push(BalanceMessage::Due { balance: b });
    all.push(BalanceMessage::Barred(b));
    all.extend(f.rules.iter().map(BalanceMessage::Rule));
    all.push(BalanceMessage::Rounding);
    all.push(BalanceMessage::Unconfirmed);
    all
}

/// Every line and rule of real orders and of the judge's hand (issues 15 and 20), each variant
/// with the values its wording depends on.
fn order_messages(rate: Rate) -> Vec<Message<'static>> {
    use crate::case::{FirstDay, Kind};
    use crate::report::{Article, Ground, Rule};
    let (d1, d2) = (day(2023, 2, 1), day(2023, 2, 28));
    let half = Rate {
        value: Decimal::from(50_000),
        ..rate
    };
    let daily = Rate { per: Per::Day, ..half };
    let mut all = Vec::new();
    let kinds = [
        (Kind::Provisional, Article::CpceL131_2Al2),
        (Kind::Definitive, Article::CpceL131_2Al3),
    ];
    let mut lines: Vec<OrderLine<'static>> = kinds
        .iter()
        .map(|&(kind, article)| OrderLine::Kind {
            kind,
            article,
            decided: Some(d1),
            through: Some(d2),
        })
        .collect();
    lines.push(OrderLine::Kind {
        kind: Kind::Provisional,
        article: Article::CjaL911_6,
        decided: None,
        through: None,
    });
    lines.extend(FirstDay::ALL.map(|practice| OrderLine::FirstDay { practice, date: d1 }));
    lines.extend([
        OrderLine::Count {
            each: rate,
            count: 3,
            all: rate,
        },
        OrderLine::ChangeAfter {
            after: "30 days".parse().unwrap(),
            from: d1,
            rate,
        },
        OrderLine::Escalation {
            factor: Some(Decimal::new(15, 1)),
            add: None,
            every: Some("1 month".parse().unwrap()),
            until: Some(d2),
            max_rate: Some(rate),
            steps: 3,
            as_of: d2,
        },
        OrderLine::Escalation {
            factor: None,
            add: Some(rate),
            every: None,
            until: None,
            max_rate: None,
            steps: 1,
            as_of: d2,
        },
        OrderLine::EscalationStep {
            step: 1,
            from: d1,
            rate,
        },
        OrderLine::EscalationSkipped { count: 92 },
        OrderLine::Reduction {
            item: Some("X"),
            date: d1,
            less: rate,
            share: Some("1/214"),
            lowers_from: d1,
            lowers_through: d2,
        },
        OrderLine::Reduction {
            item: None,
            date: d1,
            less: daily,
            share: None,
            lowers_from: d2,
            lowers_through: d2,
        },
        OrderLine::Breach {
            from: d1,
            through: d2,
            days: 28,
        },
    ]);
    all.extend(lines.into_iter().map(|l| Message::Penalty(PenaltyLine::Order(l))));
    let rulings = [
        RulingLine::Rates {
            ordered: Some(rate),
            awarded: half,
            article: Some(Article::CjaL911_7Al3),
        },
        RulingLine::Rates {
            ordered: Some(rate),
            awarded: rate,
            article: None,
        },
        RulingLine::Rates {
            ordered: None,
            awarded: half,
            article: None,
        },
        RulingLine::Moderated {
            due: euros(25_300),
            awarded: euros(12_650),
            article: Some(Article::CpceL131_4Al1),
        },
        RulingLine::Suppressed {
            from: d1,
            through: d2,
            days: 28,
            amount: euros(1_500),
            reason: "X",
            article: Some(Article::CpceL131_4Al3),
        },
        RulingLine::AfterSuppression {
            computed: euros(18_600),
            suppressed: euros(1_500),
            awarded: euros(17_100),
        },
        RulingLine::DefinitiveRate {
            article: Article::CpceL131_4Al2,
        },
        RulingLine::Share {
            to: "X",
            amount: euros(1),
            state: true,
        },
        RulingLine::Share {
            to: "X",
            amount: euros(1),
            state: false,
        },
    ];
    all.extend(rulings.iter().map(|&line| Message::NumberedRuling { number: 2, line }));
    all.extend(rulings.map(Message::Ruling));
    let mut rules = vec![
        OrderRule::Escalation,
        OrderRule::ChangeAfter,
        OrderRule::Reduction { per_unit: true },
        OrderRule::Reduction { per_unit: false },
        OrderRule::Breach,
        OrderRule::Count,
        OrderRule::Shares { state: true },
        OrderRule::Shares { state: false },
    ];
    rules.extend(kinds.map(|(kind, article)| OrderRule::Kind { kind, article }));
    rules.extend([Kind::Provisional, Kind::Definitive].map(|kind| OrderRule::Kind {
        kind,
        article: Article::CjaL911_6,
    }));
    rules.extend(FirstDay::ALL.map(OrderRule::FirstDay));
    rules.extend(
        [
            (Rule::Moderation, Article::CjaL911_7Al3),
            (Rule::Suppression, Article::CpceL131_4Al3),
            (Rule::DefinitiveRate, Article::CpceL131_4Al2),
        ]
        .map(|(rule, article)| OrderRule::Judge(Ground { rule, article })),
    );
    all.extend(rules.into_iter().map(|r| Message::RuleApplied(RuleApplied::Order(r))));
    // The derivation's source for a first day fixed by an event is worded in French too.
    all.extend(FirstDay::ALL.map(|f| Message::Source(f.source())));
    all.extend([
        Message::SuppressedTotal(euros(1_500)),
        Message::ShareTotal {
            to: "X",
            part: Some("1/3"),
            fixed: None,
            rest: true,
            state: false,
            total: euros(1),
        },
        Message::ShareTotal {
            to: "X",
            part: None,
            fixed: Some(euros(1)),
            rest: false,
            state: false,
            total: euros(1),
        },
        Message::ShareTotal {
            to: "X",
            part: None,
            fixed: None,
            rest: true,
            state: true,
            total: euros(18_224),
        },
        Message::SuccessiveTotal {
            number: 2,
            decided: Some(d1),
            computed: euros(32_400),
            owed: euros(26_300),
        },
        Message::Problem(&NO_CASES),
        Message::Fault(super::message::Fault::Quantity(&crate::engine::Quantity::Overall)),
    ]);
    all
}

/// A problem of a case file (every one is in `problem_tests`).
static NO_CASES: crate::case::Problem = crate::case::Problem::NoCases;

#[test]
fn every_label_has_a_sample() {
    let mut seen: Vec<usize> = labels().into_iter().map(label_index).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen, (0..LABELS).collect::<Vec<_>>());
}

#[test]
fn every_message_has_a_sample() {
    let facts = facts();
    let mut seen: Vec<usize> = messages(&facts).iter().map(message_index).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen, (0..MESSAGES).collect::<Vec<_>>());
}

#[test]
fn every_label_says_something_in_every_language() {
    for label in labels() {
        for l in LANGS {
            let text = l.word(label);
            assert!(!text.trim().is_empty(), "{label:?} in {l:?}");
            assert_eq!(text, text.trim_end(), "{label:?} in {l:?}: a trailing space");
        }
        french_is_french(Lang::Fr.word(label), &format!("{label:?}"));
        dutch_is_dutch(Lang::Nl.word(label), &format!("{label:?}"));
    }
}

#[test]
fn every_message_says_something_in_every_language() {
    let facts = facts();
    for message in messages(&facts) {
        for l in LANGS {
            let text = l.say(&message);
            assert!(!text.trim().is_empty(), "{message:?} in {l:?}");
            assert!(!text.contains(['{', '}']), "{message:?} in {l:?}: {text}");
        }
        french_is_french(&Lang::Fr.say(&message), &format!("{message:?}"));
        dutch_is_dutch(&Lang::Nl.say(&message), &format!("{message:?}"));
    }
}

/// A French text holds none of the English words that glue a sentence together (the samples'
/// own texts are `X`), and every colon that ends a clause has a space before it.
pub(super) fn french_is_french(text: &str, what: &str) {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .map(str::to_lowercase)
        .collect();
    for english in [
        "the", "of", "and", "to", "from", "through", "is", "by", "on", "at", "days", "not",
    ] {
        assert!(
            !words.iter().any(|w| w == english),
            "{what}: English `{english}` in French: {text}"
        );
    }
    // French typography: a no-break space before `:`, a narrow one before `;`, `?` and `!`,
    // the typographic apostrophe, `n° 1` and `du ... au ...` (never `#1` nor `→`).
    for (plain, what_instead) in [
        (" :", "U+00A0 before `:`"),
        (" ;", "U+202F before `;`"),
        (" ?", "U+202F before `?`"),
        (" !", "U+202F before `!`"),
        ("'", "the apostrophe ’"),
        ("#", "n°"),
        ("→", "du ... au ..."),
    ] {
        assert!(
            !text.contains(plain),
            "{what}: `{plain}` in French, write {what_instead}: {text}"
        );
    }
    let chars: Vec<char> = text.chars().collect();
    for w in chars.windows(3) {
        if w[1] == ':' && w[2] == ' ' {
            assert!(
                w[0].is_whitespace(),
                "{what}: no space before a colon in French: {text}"
            );
        }
    }
}

/// A Dutch text holds none of the English words that glue a sentence together, and cites a
/// paragraph of Dutch law as `lid`, never `al.`: a French article a French astreinte rests on
/// (`CPCE L131-4 al. 1`) is cited as France cites it.
pub(super) fn dutch_is_dutch(text: &str, what: &str) {
    use crate::report::Article;
    let french = [
        Article::CpceL131_2Al2,
        Article::CpceL131_2Al3,
        Article::CpceL131_4Al1,
        Article::CpceL131_4Al2,
        Article::CpceL131_4Al3,
        Article::CjaL911_6,
        Article::CjaL911_7Al2,
        Article::CjaL911_7Al3,
    ];
    let dutch_law = french.iter().fold(text.to_string(), |t, a| t.replace(a.code(), ""));
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .collect();
    for english in [
        "the", "and", "to", "from", "through", "by", "on", "at", "days", "not", "with",
    ] {
        assert!(
            !words.iter().any(|w| w == english),
            "{what}: English `{english}` in Dutch: {text}"
        );
    }
    assert!(
        !dutch_law.contains(" al. "),
        "{what}: `al.` in Dutch, write `lid`: {text}"
    );
}

/// Every message a dwangsom's statement shows in Dutch uses its vocabulary, and the title
/// follows the kind of penalty, not the language alone.
#[test]
fn a_dwangsom_is_titled_as_one() {
    let title = |l: Lang, rules| l.say(&Message::StatementTitle { title: "X", rules });
    assert_eq!(title(Lang::Nl, RuleSet::NlAtw), "Dwangsomberekening — X");
    assert_eq!(title(Lang::Nl, RuleSet::FrCpc), "Berekening van de astreinte — X");
    assert_eq!(title(Lang::Fr, RuleSet::NlAtw), "Décompte de dwangsom — X");
    assert_eq!(title(Lang::Fr, RuleSet::FrCpc), "Décompte d’astreinte — X");
    assert_eq!(title(Lang::En, RuleSet::NlAtw), "Dwangsom statement — X");
    assert_eq!(title(Lang::En, RuleSet::EuCourt), "Periodic penalty statement — X");
    let facts = facts();
    let no_max = Lang::Nl.say(&Message::Note(&facts.notes[6]));
    assert!(no_max.contains("Awb art. 5:32b lid 2"), "{no_max}");
    // Issue 17: the maximum is the administrative regime's (Awb); a civil dwangsom (Rv) may
    // have none: every language says which, citing the paragraph as Dutch law does (`lid`).
    for l in [Lang::En, Lang::Fr, Lang::Nl] {
        let no_max = l.say(&Message::Note(&facts.notes[6]));
        assert!(no_max.contains("5:32b lid 2") && no_max.contains("611a"), "{no_max}");
    }
}

#[test]
fn the_english_of_a_note_is_what_json_carries() {
    let facts = facts();
    for note in &facts.notes {
        let json = serde_json::to_string(note).unwrap();
        assert_eq!(
            json,
            serde_json::to_string(&Lang::En.say(&Message::Note(note))).unwrap()
        );
    }
    assert_eq!(
        Lang::En.say(&Message::Note(&facts.notes[3])),
        "the cap (X) of €50,000 was reached on 2023-03-01; nothing accrues after it"
    );
}

#[test]
#[should_panic(expected = "English `the` in French")]
fn an_english_word_in_french_is_caught() {
    french_is_french("Remarque\u{A0}: the cap", "a sample");
}

#[test]
#[should_panic(expected = "no space before a colon")]
fn a_colon_without_its_space_in_french_is_caught() {
    french_is_french("Remarque: le plafond", "a sample");
}

#[test]
#[should_panic(expected = "write U+00A0 before `:`")]
fn an_ordinary_space_before_a_colon_in_french_is_caught() {
    french_is_french("Remarque : le plafond", "a sample");
}

#[test]
#[should_panic(expected = "write n°")]
fn a_number_sign_in_french_is_caught() {
    french_is_french("Liquidation #1", "a sample");
}

#[test]
#[should_panic(expected = "write `lid`")]
fn an_alinea_of_dutch_law_is_caught() {
    dutch_is_dutch("Awb art. 5:32b al. 2", "a sample");
}

#[test]
fn a_french_article_keeps_its_alinea_in_dutch() {
    dutch_is_dutch("voorlopige astreinte (CPCE L131-4 al. 1, CJA L911-7 al. 3)", "a sample");
}
