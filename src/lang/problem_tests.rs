//! Every problem of a case file, in every language, with sample facts: each says something,
//! French and Dutch each say it in their own words (never the English left as it is), with
//! French typography and Dutch citations. The compiler refuses a language that lacks a
//! problem (each catalogue matches exhaustively); the index functions below are exhaustive
//! matches too, so a new problem does not compile until it is given an index, and the coverage
//! test fails until it is given a sample.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Lang, Message};
use crate::calendar::{CalendarError, CalendarId, UnknownCalendar};
use crate::case::problem::{AmountSign, Before, Both, Empty, Missing, Problem};
use crate::case::{FirstDay, Part, PartError, Partial, Per, Span};
use crate::interest::{Regime, UnknownRegime};
use crate::money::{BadCurrency, Currency, DecimalError};
use crate::timelimit::{
    DeadlineError, Distance, LimitError, LimitProblem, OptionError, RuleSet, TimeLimit, UnknownRuleSet,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn say(lang: Lang, problem: &Problem) -> String {
    lang.say(&Message::Problem(problem))
}

/// A dense index per problem (nested kinds each take their own range): a new variant must be
/// given the next one.
fn index(problem: &Problem) -> usize {
    match problem {
        Problem::Reader(_) => 0,
        Problem::InsideValue { .. } => 1,
        Problem::NeverClosed { .. } => 2,
        Problem::TooDeep { .. } => 3,
        Problem::Duplicate { .. } => 4,
        Problem::ValueMissing { .. } => 5,
        Problem::Unquoted { .. } => 6,
        Problem::InlineTable { .. } => 7,
        Problem::NotATable { .. } => 8,
        Problem::NotAnArray { .. } => 9,
        Problem::NotAWholeNumber { .. } => 10,
        Problem::BeyondIntegers { whole: true, .. } => 11,
        Problem::BeyondIntegers { whole: false, .. } => 12,
        Problem::UnknownKey { valid, .. } if valid.is_empty() => 13,
        Problem::UnknownKey { .. } => 14,
        Problem::Float { .. } => 15,
        Problem::DateQuoted => 16,
        Problem::DateForm { date: Some(_), .. } => 17,
        Problem::DateForm { date: None, .. } => 18,
        Problem::AmountForm { .. } => 19,
        Problem::NotADate { .. } => 20,
        Problem::DateOutOfRange(_) => 21,
        Problem::NotInCalendar(_) => 22,
        Problem::DateWithTime(_) => 23,
        Problem::Decimal(DecimalError::NotDecimal(_)) => 24,
        Problem::Decimal(DecimalError::TooLarge(_)) => 25,
        Problem::Decimal(DecimalError::TooPrecise(_)) => 26,
        Problem::NoCaseNumber(_) => 27,
        Problem::NotOneCase => 28,
        Problem::KeyBesideCases { .. } => 29,
        Problem::NoCases => 30,
        Problem::Missing(m) => 200 + missing_index(*m),
        Problem::Both(b) => 300 + both_index(*b),
        Problem::Empty(e) => 400 + empty_index(*e),
        Problem::Amount {
            sign: AmountSign::Positive,
            ..
        } => 31,
        Problem::Amount {
            sign: AmountSign::NotNegative,
            ..
        } => 32,
        Problem::NegativeDays(_) => 33,
        Problem::NegativeUnits(_) => 34,
        Problem::Before { what, .. } => 500 + before_index(*what),
        Problem::CountBelowOne { persons: true, .. } => 35,
        Problem::CountBelowOne { persons: false, .. } => 36,
        Problem::Currency(_) => 37,
        Problem::RuleSet(UnknownRuleSet { closest: None, .. }) => 38,
        Problem::RuleSet(UnknownRuleSet { also, .. }) if also.is_empty() => 39,
        Problem::RuleSet(_) => 40,
        Problem::Calendar(UnknownCalendar { closest: None, .. }) => 41,
        Problem::Calendar(_) => 42,
        Problem::Limit(e) => 600 + limit_index(&e.problem),
        Problem::Option(e) => 700 + option_index(e),
        Problem::Deadline(e) => 800 + deadline_index(e),
        Problem::Holidays(CalendarError::YearOutOfRange { .. }) => 43,
        Problem::NotifiedBeforeDecided { .. } => 44,
        Problem::DeadlineBeforeDecided { .. } => 45,
        Problem::OptionWithoutLimit => 46,
        Problem::AddedAndRemoved(_) => 47,
        Problem::NotAHoliday { .. } => 48,
        Problem::AdjustNothing => 49,
        Problem::OutsideCalendars(_) => 50,
        Problem::NoPenalty => 51,
        Problem::UnknownUnit(_) => 52,
        Problem::PartialForShortUnit(_) => 53,
        Problem::UnknownPartial(_) => 54,
        Problem::ChangeBeforeDecision(_) => 55,
        Problem::ChangesOutOfOrder { .. } => 56,
        Problem::SuspensionReversed { .. } => 57,
        Problem::SuspensionBeforeDecision { .. } => 58,
        Problem::SuspensionAfterCompliance { .. } => 59,
        Problem::SuspensionsOverlap { .. } => 60,
        Problem::ViolationsWithoutPerViolation => 61,
        Problem::UntilOnFirstDate => 62,
        Problem::DecidedBeforeThrough { .. } => 63,
        Problem::PeriodReversed { .. } => 64,
        Problem::PeriodOutOfOrder { .. } => 65,
        Problem::PeriodOverlap { .. } => 66,
        Problem::BreachWithEscalation => 67,
        Problem::UnknownFirstDay(_) => 68,
        Problem::NoDayAfter { decision: true } => 69,
        Problem::NoDayAfter { decision: false } => 70,
        Problem::FirstDayNeedsNotified(_) => 71,
        Problem::MixedChanges => 72,
        Problem::AfterMixed(_) => 73,
        Problem::ChangesAfterOutOfOrder { .. } => 74,
        Problem::EscalationWithChange => 75,
        Problem::EscalationWithReduction => 76,
        Problem::FactorNotAboveOne(_) => 77,
        Problem::EveryMixed(_) => 78,
        Problem::MaxRateNoRoom { .. } => 79,
        Problem::EscalationUnbounded => 80,
        Problem::TooManySteps { .. } => 81,
        Problem::ReductionsNeedCompleted(_) => 82,
        Problem::ReductionBeforeDecision { .. } => 83,
        Problem::ShareNotExact { .. } => 84,
        Problem::ReductionsOverflow => 85,
        Problem::ReductionsExceedRate { .. } => 86,
        Problem::Part {
            error: PartError::Unreadable,
            ..
        } => 87,
        Problem::Part {
            error: PartError::Zero, ..
        } => 88,
        Problem::Part {
            error: PartError::MoreThanWhole,
            ..
        } => 89,
        Problem::BreachNotPerDay(_) => 90,
        Problem::NoBreachDate => 91,
        Problem::BreachReversed { .. } => 92,
        Problem::BreachBeforeDecision { .. } => 93,
        Problem::BreachAfterCompliance { .. } => 94,
        Problem::BreachesOverlap { .. } => 95,
        Problem::TwoRests => 96,
        Problem::PartsTooPrecise => 97,
        Problem::PartsAboveWhole { .. } => 98,
        Problem::FixedWithoutRest => 99,
        Problem::PartsBelowWhole { .. } => 100,
        Problem::UnknownJurisdiction(_) => 101,
        Problem::UnknownKind(_) => 102,
        Problem::AstreinteThroughBefore {
            from_first_day: true, ..
        } => 103,
        Problem::AstreinteThroughBefore {
            from_first_day: false, ..
        } => 104,
        Problem::DurationOfNothing => 105,
        Problem::DefinitiveFirst => 106,
        Problem::DefinitiveNotLater { .. } => 107,
        Problem::DefinitiveWithoutDuration { .. } => 108,
        Problem::SuppressionEndsFirst { .. } => 109,
        Problem::SuppressionOutside { from: Some(_), .. } => 110,
        Problem::SuppressionOutside { from: None, .. } => 111,
        Problem::WholePeriodSuppressed { .. } => 112,
        Problem::SuppressionsShareDay { .. } => 113,
        Problem::PaymentsWithoutInterest => 114,
        Problem::NotInEuros(_) => 115,
        Problem::DecisionServedBeforeMade { .. } => 116,
        Problem::Regime(_) => 117,
        Problem::UnknownCreditor(_) => 118,
        Problem::UnknownBasis(_) => 119,
        Problem::EnforceableNotFrench(_) => 120,
        Problem::UnknownStart(_) => 121,
        Problem::UnknownLimitation(_) => 122,
        Problem::PaymentBeforeSums { first: Some(_), .. } => 123,
        Problem::PaymentBeforeSums { first: None, .. } => 124,
        Problem::UnknownRole(_) => 125,
        Problem::OrderServedBeforeDecided { .. } => 126,
        Problem::DrawnUpBeforeDecided { .. } => 127,
        Problem::InvalidDay { .. } => 128,
        Problem::InvalidMonth => 129,
        Problem::Unchecked => 130,
    }
}
const PROBLEMS: usize = 131;

fn missing_index(m: Missing) -> usize {
    match m {
        Missing::Title => 0,
        Missing::Currency => 1,
        Missing::Order => 2,
        Missing::Rules => 3,
        Missing::OrderDecided => 4,
        Missing::Due => 5,
        Missing::Penalty => 6,
        Missing::PenaltyAmount => 7,
        Missing::ChangeFrom => 8,
        Missing::NewRate => 9,
        Missing::SuspensionFrom => 10,
        Missing::SuspensionThrough => 11,
        Missing::Violations => 12,
        Missing::ViolationDate => 13,
        Missing::LumpSumAmount => 14,
        Missing::LiquidationEnd => 15,
        Missing::ExpectedAsOf { .. } => 16,
        Missing::ReachesAmount => 17,
        Missing::ReachesOn => 18,
        Missing::EscalationRise => 19,
        Missing::EscalationEvery => 20,
        Missing::ReductionDate => 21,
        Missing::ReductionAmount => 22,
        Missing::BreachFrom => 23,
        Missing::BreachThrough => 24,
        Missing::ShareTo => 25,
        Missing::AdjustDay => 26,
        Missing::AdjustName => 27,
        Missing::AstreinteFrom { .. } => 28,
        Missing::SuppressionReason => 29,
        Missing::SuppressionThrough => 30,
        Missing::SuppressionFrom => 31,
        Missing::InterestRegime => 32,
        Missing::PaymentDate => 33,
        Missing::PaymentAmount => 34,
        Missing::CostDate => 35,
        Missing::CostAmount => 36,
        Missing::CostLabel => 37,
        Missing::PartyRole => 38,
        Missing::PartyName => 39,
    }
}
const MISSING: usize = 40;

fn both_index(b: Both) -> usize {
    match b {
        Both::ComplyWithinAndDeadline => 0,
        Both::ThroughAndUntil => 1,
        Both::ChangeFromAndAfter => 2,
        Both::FromAndFirstDay => 3,
        Both::FactorAndAdd => 4,
        Both::AmountAndShare => 5,
        Both::PeriodAndDates => 6,
        Both::PartAndAmount => 7,
        Both::ThroughAndDuration => 8,
    }
}
const BOTH: usize = 9;

fn empty_index(e: Empty) -> usize {
    match e {
        Empty::Title => 0,
        Empty::Name => 1,
        Empty::Text => 2,
        Empty::Reason => 3,
    }
}
const EMPTY: usize = 4;

fn before_index(b: Before) -> usize {
    match b {
        Before::PenaltyFrom => 0,
        Before::Complied => 1,
        Before::LumpSum => 2,
        Before::EscalationUntil => 3,
        Before::AstreinteDecided => 4,
    }
}
const BEFORE: usize = 5;

fn limit_index(p: &LimitProblem) -> usize {
    match p {
        LimitProblem::Empty => 0,
        LimitProblem::TooLarge(_) => 1,
        LimitProblem::NotWhole(_) => 2,
        LimitProblem::NoUnit(_) => 3,
        LimitProblem::UnknownUnit { closest: Some(_), .. } => 4,
        LimitProblem::UnknownUnit { closest: None, .. } => 5,
        LimitProblem::Twice(_) => 6,
        LimitProblem::Zero => 7,
    }
}
const LIMIT: usize = 8;

fn option_index(e: &OptionError) -> usize {
    match e {
        OptionError::UnknownDistance { .. } => 0,
        OptionError::UnknownMonthEnd { .. } => 1,
        OptionError::DistanceNotApplicable { rules, .. } if rules.distances().is_empty() => 2,
        OptionError::DistanceNotApplicable { .. } => 3,
    }
}
const OPTION: usize = 4;

fn deadline_index(e: &DeadlineError) -> usize {
    match e {
        DeadlineError::OutOfRange { .. } => 0,
        DeadlineError::NoDayAfter(_) => 1,
        DeadlineError::Calendar(_) => 2,
        DeadlineError::NoWorkingDay(_) => 3,
        DeadlineError::MonthEndMissing { .. } => 4,
    }
}
const DEADLINE: usize = 5;

/// Every index [`index`] gives.
fn all_indices() -> Vec<usize> {
    let mut all: Vec<usize> = (0..PROBLEMS).collect();
    for (base, count) in [
        (200, MISSING),
        (300, BOTH),
        (400, EMPTY),
        (500, BEFORE),
        (600, LIMIT),
        (700, OPTION),
        (800, DEADLINE),
    ] {
        all.extend(base..base + count);
    }
    all.sort_unstable();
    all
}

/// At least one problem of every kind, with facts like the ones a case file gives. The texts
/// quoted from a file are `x`-like words, so that they are no word of any language.
fn samples() -> Vec<Problem> {
    let d1 = day(2023, 1, 2);
    let d2 = day(2023, 3, 1);
    let d3 = day(2023, 3, 10);
    let d4 = day(2023, 3, 20);
    let text = |s: &str| s.to_string();
    let mut all = vec![
        Problem::Reader(text("invalid basic string, expected `\"`")),
        Problem::InsideValue {
            problem: Box::new(Problem::Reader(text("unclosed array, expected `]`"))),
            line: 3,
        },
        Problem::NeverClosed { quotes: "\"\"\"" },
        Problem::TooDeep { depth: 90 },
        Problem::Duplicate { name: text("currency") },
        Problem::ValueMissing { key: text("amount") },
        Problem::Unquoted {
            key: text("rules"),
            written: text("fr-cpc"),
        },
        Problem::InlineTable {
            detail: text("missing key for inline table element, expected `,`"),
        },
        Problem::NotATable {
            found: text("invalid length 1"),
            key: text("order"),
        },
        Problem::NotAnArray {
            found: text("invalid type: map"),
            key: text("liquidation"),
        },
        Problem::NotAWholeNumber {
            found: text("invalid type: floating point `52.0`"),
        },
        Problem::BeyondIntegers {
            value: text("9223372036854775808"),
            whole: true,
            key: text("count"),
        },
        Problem::BeyondIntegers {
            value: text("100000000000000000000"),
            whole: false,
            key: text("amount"),
        },
        Problem::UnknownKey {
            name: text("zzz"),
            closest: None,
            valid: Vec::new(),
        },
        Problem::UnknownKey {
            name: text("amout"),
            closest: Some(text("amount")),
            valid: vec![text("amount"), text("per")],
        },
        Problem::Float {
            key: text("amount"),
            written: text("100.10"),
        },
        Problem::DateQuoted,
        Problem::DateForm {
            key: text("decided"),
            written: text("03/03/2024"),
            date: Some(day(2024, 3, 3)),
        },
        Problem::DateForm {
            key: text("decided"),
            written: text("31/02/2024"),
            date: None,
        },
        Problem::AmountForm {
            key: text("amount"),
            written: text("1.000,50"),
            amount: text("1000.50"),
        },
        Problem::NotADate {
            detail: text("invalid type: integer `5`, expected a TOML datetime"),
        },
        Problem::DateOutOfRange(text("0000-07-01")),
        Problem::NotInCalendar(text("2023-02-30")),
        Problem::DateWithTime(text("2023-01-02T10:00:00")),
        Problem::InvalidDay { last: text("28") },
        Problem::InvalidMonth,
        Problem::Decimal(DecimalError::NotDecimal(text("1e5"))),
        Problem::Decimal(DecimalError::TooLarge(text("79228162514264337593543950336"))),
        Problem::Decimal(DecimalError::TooPrecise(text("0.00000000000000000000000000001"))),
        Problem::NoCaseNumber(4),
        Problem::NotOneCase,
        Problem::KeyBesideCases {
            key: text("currency"),
            line: 2,
        },
        Problem::NoCases,
        Problem::Amount {
            sign: AmountSign::Positive,
            value: Decimal::ZERO,
        },
        Problem::Amount {
            sign: AmountSign::NotNegative,
            value: Decimal::new(-5, 0),
        },
        Problem::NegativeDays(-1),
        Problem::NegativeUnits(-1),
        Problem::CountBelowOne {
            value: 0,
            persons: true,
        },
        Problem::CountBelowOne {
            value: 0,
            persons: false,
        },
        Problem::Currency(BadCurrency(text("euro"))),
        Problem::RuleSet(UnknownRuleSet {
            given: text("xx"),
            closest: None,
            also: Vec::new(),
        }),
        Problem::RuleSet(UnknownRuleSet {
            given: text("fr-cpp"),
            closest: Some("fr-cpc"),
            also: Vec::new(),
        }),
        Problem::RuleSet(UnknownRuleSet {
            given: text("fr"),
            closest: Some("fr-cpc"),
            also: vec!["fr-admin-franc"],
        }),
        Problem::Calendar(UnknownCalendar::new("xyzzy")),
        Problem::Calendar(UnknownCalendar::new("DE")),
        Problem::Holidays(CalendarError::YearOutOfRange { year: 1500 }),
        Problem::NotifiedBeforeDecided {
            notified: d1,
            decided: d2,
        },
        Problem::DeadlineBeforeDecided {
            deadline: d1,
            decided: d2,
        },
        Problem::OptionWithoutLimit,
        Problem::AddedAndRemoved(d1),
        Problem::NotAHoliday {
            date: d1,
            calendar: CalendarId::Fr,
        },
        Problem::AdjustNothing,
        Problem::OutsideCalendars(day(1500, 1, 1)),
        Problem::NoPenalty,
        Problem::UnknownUnit(text("fortnight")),
        Problem::PartialForShortUnit(Per::Day),
        Problem::UnknownPartial(text("half")),
        Problem::ChangeBeforeDecision(d1),
        Problem::ChangesOutOfOrder { date: d1, previous: d2 },
        Problem::SuspensionReversed { from: d3, through: d2 },
        Problem::SuspensionBeforeDecision { from: d1, decided: d2 },
        Problem::SuspensionAfterCompliance { from: d3, complied: d2 },
        Problem::SuspensionsOverlap {
            first: (d1, d3),
            second: (d2, d4),
        },
        Problem::ViolationsWithoutPerViolation,
        Problem::UntilOnFirstDate,
        Problem::DecidedBeforeThrough {
            decided: d2,
            through: d3,
        },
        Problem::PeriodReversed { end: d2, start: d3 },
        Problem::PeriodOutOfOrder {
            end: d2,
            before: 1,
            previous: d3,
        },
        Problem::PeriodOverlap {
            start: d2,
            before: 1,
            previous: d3,
            next: day(2023, 3, 11),
        },
        Problem::BreachWithEscalation,
        Problem::UnknownFirstDay(text("judgment day")),
        Problem::NoDayAfter { decision: true },
        Problem::NoDayAfter { decision: false },
        Problem::FirstDayNeedsNotified(FirstDay::Notification),
        Problem::MixedChanges,
        Problem::AfterMixed(text("1 month 15 days")),
        Problem::ChangesAfterOutOfOrder {
            span: Span { months: 0, days: 30 },
            previous: Span { months: 0, days: 60 },
        },
        Problem::EscalationWithChange,
        Problem::EscalationWithReduction,
        Problem::FactorNotAboveOne(Decimal::ONE),
        Problem::EveryMixed(text("1 month 15 days")),
        Problem::MaxRateNoRoom {
            rate: Decimal::new(8_000_000, 0),
            max: Decimal::new(1_000_000, 0),
        },
        Problem::EscalationUnbounded,
        Problem::TooManySteps {
            steps: 99_999,
            most: 10_000,
        },
        Problem::ReductionsNeedCompleted(Partial::Prorata),
        Problem::ReductionBeforeDecision { date: d1, decided: d2 },
        Problem::ShareNotExact {
            part: Part::parse("1/3").unwrap(),
            rate: Decimal::new(100, 0),
        },
        Problem::ReductionsOverflow,
        Problem::ReductionsExceedRate {
            total: Decimal::new(1200, 0),
            rate: Decimal::new(1000, 0),
        },
        Problem::Part {
            error: PartError::Unreadable,
            written: text("half"),
        },
        Problem::Part {
            error: PartError::Zero,
            written: text("0/3"),
        },
        Problem::Part {
            error: PartError::MoreThanWhole,
            written: text("3/2"),
        },
        Problem::BreachNotPerDay(Per::Week),
        Problem::NoBreachDate,
        Problem::BreachReversed { from: d3, through: d2 },
        Problem::BreachBeforeDecision { from: d1, decided: d2 },
        Problem::BreachAfterCompliance {
            through: d3,
            complied: d2,
        },
        Problem::BreachesOverlap {
            first: (d1, d3),
            second: (d2, d2),
        },
        Problem::TwoRests,
        Problem::PartsTooPrecise,
        Problem::PartsAboveWhole {
            numerator: 5,
            denominator: 4,
        },
        Problem::FixedWithoutRest,
        Problem::PartsBelowWhole {
            numerator: 3,
            denominator: 4,
        },
        Problem::UnknownJurisdiction(text("criminal")),
        Problem::UnknownKind(text("final")),
        Problem::AstreinteThroughBefore {
            date: d1,
            floor: d2,
            from_first_day: true,
        },
        Problem::AstreinteThroughBefore {
            date: d1,
            floor: d2,
            from_first_day: false,
        },
        Problem::DurationOfNothing,
        Problem::DefinitiveFirst,
        Problem::DefinitiveNotLater {
            provisional: d2,
            definitive: d1,
        },
        Problem::DefinitiveWithoutDuration { through: d2 },
        Problem::SuppressionEndsFirst { from: d3, through: d2 },
        Problem::SuppressionOutside {
            date: d4,
            from: Some(d1),
            through: d3,
        },
        Problem::SuppressionOutside {
            date: d4,
            from: None,
            through: d3,
        },
        Problem::WholePeriodSuppressed { whole: 1 },
        Problem::SuppressionsShareDay {
            first: (Some(d1), d3),
            second: (d2, Some(d4)),
        },
        Problem::PaymentsWithoutInterest,
        Problem::NotInEuros(Currency::EUR),
        Problem::DecisionServedBeforeMade {
            served: d1,
            decided: d2,
        },
        Problem::Regime(UnknownRegime {
            given: text("fr-legl"),
            closest: Some("fr-legal"),
        }),
        Problem::UnknownCreditor(text("person")),
        Problem::UnknownBasis(text("360")),
        Problem::EnforceableNotFrench(Regime::NlLegal),
        Problem::UnknownStart(text("judgment")),
        Problem::UnknownLimitation(text("xx")),
        Problem::PaymentBeforeSums {
            date: d1,
            first: Some(d2),
        },
        Problem::PaymentBeforeSums { date: d1, first: None },
        Problem::UnknownRole(text("judge")),
        Problem::OrderServedBeforeDecided {
            served: d1,
            decided: d2,
        },
        Problem::DrawnUpBeforeDecided { on: d1, decided: d2 },
        Problem::Unchecked,
    ];
    all.extend(
        [
            Missing::Title,
            Missing::Currency,
            Missing::Order,
            Missing::Rules,
            Missing::OrderDecided,
            Missing::Due,
            Missing::Penalty,
            Missing::PenaltyAmount,
            Missing::ChangeFrom,
            Missing::NewRate,
            Missing::SuspensionFrom,
            Missing::SuspensionThrough,
            Missing::Violations,
            Missing::ViolationDate,
            Missing::LumpSumAmount,
            Missing::LiquidationEnd,
            Missing::ExpectedAsOf { key: "accrued" },
            Missing::ReachesAmount,
            Missing::ReachesOn,
            Missing::EscalationRise,
            Missing::EscalationEvery,
            Missing::ReductionDate,
            Missing::ReductionAmount,
            Missing::BreachFrom,
            Missing::BreachThrough,
            Missing::ShareTo,
            Missing::AdjustDay,
            Missing::AdjustName,
            Missing::AstreinteFrom { decided: d2 },
            Missing::SuppressionReason,
            Missing::SuppressionThrough,
            Missing::SuppressionFrom,
            Missing::InterestRegime,
            Missing::PaymentDate,
            Missing::PaymentAmount,
            Missing::CostDate,
            Missing::CostAmount,
            Missing::CostLabel,
            Missing::PartyRole,
            Missing::PartyName,
        ]
        .map(Problem::Missing),
    );
    all.extend(
        [
            Both::ComplyWithinAndDeadline,
            Both::ThroughAndUntil,
            Both::ChangeFromAndAfter,
            Both::FromAndFirstDay,
            Both::FactorAndAdd,
            Both::AmountAndShare,
            Both::PeriodAndDates,
            Both::PartAndAmount,
            Both::ThroughAndDuration,
        ]
        .map(Problem::Both),
    );
    all.extend([Empty::Title, Empty::Name, Empty::Text, Empty::Reason].map(Problem::Empty));
    all.extend(
        [
            Before::PenaltyFrom,
            Before::Complied,
            Before::LumpSum,
            Before::EscalationUntil,
            Before::AstreinteDecided,
        ]
        .map(|what| Problem::Before {
            what,
            date: d1,
            floor: d2,
        }),
    );
    all.extend(
        [
            LimitProblem::Empty,
            LimitProblem::TooLarge(text("99999999999")),
            LimitProblem::NotWhole(text("two")),
            LimitProblem::NoUnit(2),
            LimitProblem::UnknownUnit {
                word: text("monts"),
                closest: Some("month"),
            },
            LimitProblem::UnknownUnit {
                word: text("xyzzy"),
                closest: None,
            },
            LimitProblem::Twice(text("days")),
            LimitProblem::Zero,
        ]
        .map(|problem| {
            Problem::Limit(LimitError {
                text: text("2 monts"),
                problem,
            })
        }),
    );
    all.extend(
        [
            OptionError::UnknownDistance {
                given: text("far"),
                closest: None,
            },
            OptionError::UnknownMonthEnd {
                given: text("clip"),
                closest: Some("clamp"),
            },
            OptionError::DistanceNotApplicable {
                rules: RuleSet::Plain,
                distance: Distance::Abroad,
            },
            OptionError::DistanceNotApplicable {
                rules: RuleSet::FrCpc,
                distance: Distance::TenDays,
            },
        ]
        .map(Problem::Option),
    );
    let two_months = TimeLimit {
        years: 0,
        months: 2,
        weeks: 0,
        days: 0,
    };
    all.extend(
        [
            DeadlineError::OutOfRange {
                from: day(9999, 12, 1),
                limit: two_months,
            },
            DeadlineError::NoDayAfter(day(9999, 12, 31)),
            DeadlineError::Calendar(CalendarError::YearOutOfRange { year: 1500 }),
            DeadlineError::NoWorkingDay(d1),
            DeadlineError::MonthEndMissing {
                from: day(2023, 1, 31),
                limit: two_months,
                day: 31,
                clamped: day(2023, 2, 28),
            },
        ]
        .map(Problem::Deadline),
    );
    all
}

#[test]
fn every_problem_has_a_sample() {
    let mut seen: Vec<usize> = samples().iter().map(index).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen, all_indices());
}

#[test]
fn every_problem_says_something_in_every_language() {
    for problem in samples() {
        for lang in [Lang::En, Lang::Fr, Lang::Nl] {
            let text = say(lang, &problem);
            assert!(!text.trim().is_empty(), "{problem:?} in {lang:?}");
            assert_eq!(text, text.trim(), "{problem:?} in {lang:?}: spaces around it");
        }
    }
}

/// Nothing is left in English: each problem's French and Dutch differ from its English.
#[test]
fn every_problem_is_worded_in_french_and_in_dutch() {
    for problem in samples() {
        let english = say(Lang::En, &problem);
        for lang in [Lang::Fr, Lang::Nl] {
            let text = say(lang, &problem);
            assert_ne!(text, english, "{problem:?} is left in English in {lang:?}");
        }
    }
}

/// The text of a message once what it quotes is taken out: code (`` `...` ``), strings
/// (`"..."`), what the TOML reader said (`«...»`, `„...”`), tables and arrays (`[...]`,
/// `{...}`) and the key of each `key = value` written as an example.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '`' => closing = Some('`'),
                '"' => closing = Some('"'),
                '«' => closing = Some('»'),
                '„' => closing = Some('”'),
                '[' => closing = Some(']'),
                '{' => closing = Some('}'),
                c => out.push(c),
            },
        }
    }
    let words: Vec<&str> = out.split(' ').collect();
    words
        .iter()
        .enumerate()
        .filter(|(i, _)| words.get(i + 1) != Some(&"="))
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn french_problems_are_french_and_dutch_ones_dutch() {
    for problem in samples() {
        let what = format!("{problem:?}");
        let french = say(Lang::Fr, &problem);
        super::tests::french_is_french(&prose(&french), &what);
        // A value from the file may hold an apostrophe; the French one is typographic.
        assert!(!french.contains(" :") && !french.contains(" ;"), "{what}: {french}");
        super::tests::dutch_is_dutch(&prose(&say(Lang::Nl, &problem)), &what);
    }
}

#[test]
fn prose_leaves_out_what_a_message_quotes() {
    let prose = prose("clé `from` inconnue\u{A0}: from = 2023-01-01, «\u{A0}the end\u{A0}» [a.b] {\u{A0}on = 1 }");
    assert!(prose.starts_with("clé  inconnue\u{A0}: "), "{prose}");
    let words: Vec<&str> = prose.split(|c: char| !c.is_alphanumeric() && c != '.').collect();
    for quoted in ["from", "the", "end", "a.b", "on"] {
        assert!(!words.contains(&quoted), "{quoted} in {prose}");
    }
}

/// The English of a problem is what the machine formats carry and what `Display` gives.
#[test]
fn the_english_of_a_problem_is_its_display() {
    let limit = "2 monts".parse::<TimeLimit>().unwrap_err();
    assert_eq!(limit.to_string(), say(Lang::En, &Problem::Limit(limit.clone())));
    let rules = "fr".parse::<RuleSet>().unwrap_err();
    assert_eq!(
        rules.to_string(),
        "unknown rule set `fr` (did you mean `fr-cpc` or `fr-admin-franc`?): expected one of `fr-cpc`, `fr-admin-franc`, `be-cj`, `nl-atw`, `eu-court`, `lu`, `plain`"
    );
    assert_eq!(
        say(Lang::Fr, &Problem::RuleSet(rules)),
        "jeu de règles `fr` inconnu (vouliez-vous dire `fr-cpc` ou `fr-admin-franc`\u{202F}?)\u{202F}; jeux possibles\u{A0}: `fr-cpc`, `fr-admin-franc`, `be-cj`, `nl-atw`, `eu-court`, `lu`, `plain`"
    );
}

mod faults {
    //! Every other error a person reads (a computation's, a décompte's, an amount of
    //! interest's), checked as the problems are.

    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use super::day;
    use crate::balance::{BalanceProblem, Limitation};
    use crate::case::Per;
    use crate::engine::{ComputeError, JudgmentError, Quantity};
    use crate::error::{Error, Usage};
    use crate::input::{ReadError, Skipped, SkippedKind};
    use crate::interest::{InterestDay, InterestError, Regime, RegimeOption};
    use crate::lang::message::Fault;
    use crate::lang::{Lang, Message};
    use crate::money::exact::Loss;
    use crate::render::PrintError;
    use crate::report::{Article, CapScope};
    use crate::source::Location;
    use crate::timelimit::DeadlineError;

    /// The samples, owned; each is worded through a [`Fault`].
    enum Sample {
        Compute(ComputeError),
        Judgment(JudgmentError),
        Balance(BalanceProblem),
        Interest(InterestError),
        Quantity(Quantity),
        Read(ReadError),
        Skipped(Skipped),
        Run(Error),
        /// How many errors of a case were not listed.
        Unlisted(usize),
        Print(PrintError),
    }

    impl Sample {
        fn fault(&self) -> Fault<'_> {
            match self {
                Sample::Compute(e) => Fault::Compute(e),
                Sample::Judgment(e) => Fault::Judgment(e),
                Sample::Balance(p) => Fault::Balance(p),
                Sample::Interest(e) => Fault::Interest(e),
                Sample::Quantity(q) => Fault::Quantity(q),
                Sample::Read(e) => Fault::Read(e),
                Sample::Skipped(s) => Fault::Skipped(s),
                Sample::Run(e) => Fault::Run(e),
                Sample::Unlisted(unlisted) => Fault::Unlisted {
                    unlisted: *unlisted,
                    listed: 20,
                },
                Sample::Print(p) => Fault::Print(p),
            }
        }

        fn say(&self, lang: Lang) -> String {
            lang.say(&Message::Fault(self.fault()))
        }
    }

    /// A dense index per kind of fault: a new variant must be given the next one.
    fn index(fault: Fault<'_>) -> usize {
        match fault {
            Fault::Compute(e) => match e {
                ComputeError::Balance { .. } => 0,
                ComputeError::Deadline { .. } => 1,
                ComputeError::Reversed { .. } => 2,
                ComputeError::OutOfOrder { .. } => 3,
                ComputeError::Overlap { .. } => 4,
                ComputeError::BeforeDelay { .. } => 5,
                ComputeError::AfterAsOf { .. } => 6,
                ComputeError::Overflow { .. } => 7,
                ComputeError::Inexact { .. } => 8,
                ComputeError::OutOfRange { .. } => 9,
                ComputeError::Judgment { .. } => 10,
            },
            Fault::Judgment(e) => match e {
                JudgmentError::AboveOrdered { .. } => 20,
                JudgmentError::Disagree { per: Some(_), .. } => 21,
                JudgmentError::Disagree { per: None, .. } => 22,
                JudgmentError::DefinitiveAwarded { suppressed: true, .. } => 23,
                JudgmentError::DefinitiveAwarded { suppressed: false, .. } => 24,
                JudgmentError::DefinitiveRate { .. } => 25,
                JudgmentError::SeveralAstreintes { .. } => 26,
                JudgmentError::SeveralRates { .. } => 27,
                JudgmentError::Capped => 28,
                JudgmentError::SuppressionOutside { .. } => 29,
            },
            Fault::Balance(p) => match p {
                BalanceProblem::PaymentBeforeSums { .. } => 40,
                BalanceProblem::PaymentBeforeAnyDecision { .. } => 41,
                BalanceProblem::LimitationUnconfirmed(_) => 42,
                BalanceProblem::NoDayAfter => 43,
                BalanceProblem::ServedMissing { .. } => 44,
                BalanceProblem::LimitationOutOfRange => 45,
                BalanceProblem::Interest {
                    error: InterestError::OutsideTables { .. },
                    ..
                } => 46,
                BalanceProblem::Interest { .. } => 47,
                BalanceProblem::Arithmetic(_) => 48,
            },
            Fault::Interest(e) => match e {
                InterestError::PrincipalNotPositive { .. } => 60,
                InterestError::PrincipalTooPrecise { .. } => 61,
                InterestError::PaymentNotPositive { .. } => 62,
                InterestError::PaymentTooPrecise { .. } => 63,
                InterestError::PaymentBeforeStart { .. } => 64,
                InterestError::PaymentAfterEnd { .. } => 65,
                InterestError::CostNotPositive { .. } => 66,
                InterestError::CostAfterEnd { .. } => 67,
                InterestError::EmptyPeriod { .. } => 68,
                InterestError::OutsideTables { .. } => 69,
                InterestError::CreditorMissing { .. } => 70,
                InterestError::Unconfirmed { .. } => 71,
                InterestError::NotForRegime { option, .. } => {
                    72 + match option {
                        RegimeOption::Creditor => 0,
                        RegimeOption::Enforceable => 1,
                        RegimeOption::NoMajoration => 2,
                        RegimeOption::Decided => 3,
                        RegimeOption::Guarantee => 4,
                        RegimeOption::Capitalise => 5,
                        RegimeOption::Anchor => 6,
                        RegimeOption::Rate => 7,
                    }
                }
                InterestError::RateMissing => 80,
                InterestError::NegativeRate { .. } => 81,
                InterestError::GuaranteeWithoutDecision => 82,
                InterestError::AnchorWithoutCapitalisation { .. } => 83,
                InterestError::DateOutOfRange { day } => {
                    84 + match day {
                        InterestDay::DayAfterLast => 0,
                        InterestDay::DayOfInterest => 1,
                        InterestDay::FirstOfDeadlineMonth => 2,
                    }
                }
                InterestError::Arithmetic(Loss::TooLarge) => 87,
                InterestError::Arithmetic(Loss::Inexact) => 88,
            },
            Fault::Quantity(q) => match q {
                Quantity::Total { .. } => 100,
                Quantity::EscalatingRate(_) => 101,
                Quantity::CapDay(CapScope::Penalty(Some(_))) => 102,
                Quantity::CapDay(CapScope::Penalty(None)) => 103,
                Quantity::CapDay(_) => 104,
                Quantity::TargetDay(_) => 105,
                Quantity::AccruedByTarget(_) => 106,
                Quantity::Judgment { .. } => 107,
                Quantity::PenaltyTotal => 108,
                Quantity::LiquidationsTotal => 109,
                Quantity::AwardedTotal => 110,
                Quantity::SuppressedTotal => 111,
                Quantity::ProjectedTotal => 112,
                Quantity::UnliquidatedTotal => 113,
                Quantity::LumpSums => 114,
                Quantity::Overall => 115,
                Quantity::Suppressed => 116,
                Quantity::ComputedLessSuppressed => 117,
                Quantity::Share => 118,
                Quantity::Date => 119,
                Quantity::UnitCounted => 120,
            },
            Fault::Read(e) => match e {
                ReadError::Io { .. } => 130,
                ReadError::NotUtf8 { .. } => 131,
                ReadError::Nul { .. } => 132,
                ReadError::TooLarge { .. } => 133,
                ReadError::Missing { .. } => 134,
            },
            Fault::Skipped(s) if s.path == s.first => 140,
            Fault::Skipped(s) => match s.kind {
                SkippedKind::Loop => 141,
                SkippedKind::Directory => 142,
                SkippedKind::File => 143,
            },
            Fault::Run(e) => match e {
                Error::Output(_) => 150,
                Error::OutputFile { .. } => 151,
                Error::OutputIsInput { .. } => 152,
                Error::Print(_) => 153,
                Error::Usage(u) => {
                    160 + match u.as_ref() {
                        Usage::PdfToTerminal => 0,
                        Usage::OutputExists(_) => 1,
                        Usage::NoSubcommand { .. } => 2,
                        Usage::NothingBefore(_) => 3,
                        Usage::NoEnd => 4,
                        Usage::PeriodReversed { .. } => 5,
                        Usage::PartialForShortUnit(_) => 6,
                        Usage::NoDayOfInterest { .. } => 7,
                        Usage::ToBeforeFrom { .. } => 8,
                        Usage::YearOutOfRange(_) => 9,
                        Usage::EmptyEvent => 10,
                        Usage::NoDayOfDelay(_) => 11,
                        Usage::Value { .. } => 12,
                        Usage::Compute(_) => 13,
                        Usage::Interest(_) => 14,
                    }
                }
            },
            Fault::Unlisted { unlisted: 1, .. } => 180,
            Fault::Unlisted { .. } => 181,
            Fault::Print(p) => {
                190 + match p {
                    PrintError::NotInstalled => 0,
                    PrintError::ChosenDoesNotRun { .. } => 1,
                    PrintError::CannotStart { .. } => 2,
                    PrintError::TimedOut { .. } => 3,
                    PrintError::Failed { .. } => 4,
                }
            }
        }
    }

    fn all_indices() -> Vec<usize> {
        [
            0..11,
            20..30,
            40..49,
            60..89,
            100..121,
            130..135,
            140..144,
            150..154,
            160..175,
            180..182,
            190..195,
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn samples() -> Vec<Sample> {
        let (d1, d2) = (day(2023, 1, 2), day(2023, 3, 1));
        let at = || Location {
            file: "a.toml".into(),
            line: 3,
            column: 7,
        };
        let key = || "liquidation[1].through".to_string();
        let amount = |n: i64| Decimal::new(n, 0);
        let article = Article::CpceL131_4Al1;
        let mut all = vec![
            Sample::Compute(ComputeError::Balance {
                location: at(),
                field: key(),
                problem: Box::new(BalanceProblem::NoDayAfter),
            }),
            Sample::Compute(ComputeError::Deadline {
                location: at(),
                field: key(),
                source: DeadlineError::NoDayAfter(day(9999, 12, 31)),
            }),
            Sample::Compute(ComputeError::Reversed {
                location: at(),
                field: key(),
                from: d2,
                through: d1,
            }),
            Sample::Compute(ComputeError::OutOfOrder {
                location: at(),
                field: key(),
                through: d1,
                previous_through: d2,
            }),
            Sample::Compute(ComputeError::Overlap {
                location: at(),
                field: key(),
                from: d1,
                previous_through: d2,
            }),
            Sample::Compute(ComputeError::BeforeDelay {
                location: at(),
                field: key(),
                through: d1,
                accrual_start: d2,
            }),
            Sample::Compute(ComputeError::AfterAsOf {
                location: at(),
                field: key(),
                through: d2,
                as_of: d1,
            }),
            Sample::Compute(ComputeError::Overflow {
                location: at(),
                field: None,
                what: Quantity::Overall,
            }),
            Sample::Compute(ComputeError::Inexact {
                location: at(),
                field: Some(key()),
                what: Quantity::Total { from: d1, through: d2 },
            }),
            Sample::Compute(ComputeError::OutOfRange {
                location: at(),
                field: None,
                what: Quantity::UnitCounted,
            }),
            Sample::Compute(ComputeError::Judgment {
                location: at(),
                field: key(),
                source: Box::new(JudgmentError::Capped),
            }),
            Sample::Judgment(JudgmentError::AboveOrdered {
                awarded_rate: amount(150),
                ordered_rate: amount(100),
                article,
            }),
            Sample::Judgment(JudgmentError::Disagree {
                awarded: amount(1000),
                awarded_rate: amount(50),
                per: Some(Per::Day),
                at_rate: amount(1500),
            }),
            Sample::Judgment(JudgmentError::Disagree {
                awarded: amount(1000),
                awarded_rate: amount(50),
                per: None,
                at_rate: amount(0),
            }),
            Sample::Judgment(JudgmentError::DefinitiveAwarded {
                awarded: amount(3000),
                due: amount(6200),
                suppressed: true,
                article: Article::CpceL131_4Al2,
                suppression: Article::CpceL131_4Al3,
            }),
            Sample::Judgment(JudgmentError::DefinitiveAwarded {
                awarded: amount(3000),
                due: amount(6200),
                suppressed: false,
                article: Article::CpceL131_4Al2,
                suppression: Article::CpceL131_4Al3,
            }),
            Sample::Judgment(JudgmentError::DefinitiveRate {
                awarded_rate: amount(50),
                ordered_rate: amount(100),
                article: Article::CpceL131_4Al2,
                suppression: Article::CpceL131_4Al3,
            }),
            Sample::Judgment(JudgmentError::SeveralAstreintes { penalties: vec![1, 2] }),
            Sample::Judgment(JudgmentError::SeveralRates {
                rates: vec![amount(100), amount(200)],
                more: true,
            }),
            Sample::Judgment(JudgmentError::Capped),
            Sample::Judgment(JudgmentError::SuppressionOutside {
                from: d1,
                through: d2,
                period_from: d1,
                period_through: d1,
                article: Article::CpceL131_4Al3,
            }),
            Sample::Balance(BalanceProblem::PaymentBeforeSums { date: d1, first: d2 }),
            Sample::Balance(BalanceProblem::PaymentBeforeAnyDecision { date: d1, as_of: d2 }),
            Sample::Balance(BalanceProblem::NoDayAfter),
            Sample::Balance(BalanceProblem::ServedMissing {
                liquidation: 1,
                decided: d1,
            }),
            Sample::Balance(BalanceProblem::LimitationOutOfRange),
            Sample::Balance(BalanceProblem::Interest {
                error: InterestError::RateMissing,
                regime: Regime::Fixed,
            }),
            Sample::Balance(BalanceProblem::Arithmetic(Loss::Inexact)),
        ];
        all.extend(
            Limitation::ALL
                .iter()
                .map(|l| Sample::Balance(BalanceProblem::LimitationUnconfirmed(*l))),
        );
        all.extend(Regime::ALL.iter().flat_map(|regime| {
            [day(2014, 3, 1), day(2027, 9, 1)].map(|needed| {
                Sample::Balance(BalanceProblem::Interest {
                    error: InterestError::OutsideTables {
                        table: "fr-legal, other creditor",
                        first: d1,
                        last: d2,
                        needed,
                    },
                    regime: *regime,
                })
            })
        }));
        let interest = [
            InterestError::PrincipalNotPositive { amount: amount(0) },
            InterestError::PrincipalTooPrecise {
                amount: Decimal::new(1001, 3),
                digits: 2,
            },
            InterestError::PaymentNotPositive {
                date: d1,
                amount: amount(0),
            },
            InterestError::PaymentTooPrecise {
                date: d1,
                amount: Decimal::new(1001, 3),
                digits: 2,
            },
            InterestError::PaymentBeforeStart {
                date: d1,
                amount: amount(10),
                from: d2,
            },
            InterestError::PaymentAfterEnd {
                date: d2,
                amount: amount(10),
                through: d1,
            },
            InterestError::CostNotPositive {
                label: "X".into(),
                amount: amount(0),
            },
            InterestError::CostAfterEnd {
                label: "X".into(),
                date: d2,
                through: d1,
            },
            InterestError::EmptyPeriod { from: d2, through: d1 },
            InterestError::OutsideTables {
                table: "nl-legal",
                first: d1,
                last: d2,
                needed: day(2027, 1, 1),
            },
            InterestError::CreditorMissing { needed: d1 },
            InterestError::Unconfirmed {
                table: "be-legal",
                from: d1,
                through: d2,
                rate: Decimal::new(525, 2),
                text: "X",
            },
            InterestError::RateMissing,
            InterestError::NegativeRate { rate: amount(-1) },
            InterestError::GuaranteeWithoutDecision,
            InterestError::AnchorWithoutCapitalisation {
                regime: Regime::FrLegal,
            },
            InterestError::Arithmetic(Loss::TooLarge),
            InterestError::Arithmetic(Loss::Inexact),
        ];
        all.extend(interest.into_iter().map(Sample::Interest));
        all.extend(
            [
                RegimeOption::Creditor,
                RegimeOption::Enforceable,
                RegimeOption::NoMajoration,
                RegimeOption::Decided,
                RegimeOption::Guarantee,
                RegimeOption::Capitalise,
                RegimeOption::Anchor,
                RegimeOption::Rate,
            ]
            .map(|option| {
                Sample::Interest(InterestError::NotForRegime {
                    option,
                    regime: Regime::NlLegal,
                })
            }),
        );
        all.extend(
            [
                InterestDay::DayAfterLast,
                InterestDay::DayOfInterest,
                InterestDay::FirstOfDeadlineMonth,
            ]
            .map(|day| Sample::Interest(InterestError::DateOutOfRange { day })),
        );
        let quantities = [
            Quantity::Total { from: d1, through: d2 },
            Quantity::EscalatingRate(d1),
            Quantity::CapDay(CapScope::Penalty(Some("X".into()))),
            Quantity::CapDay(CapScope::Penalty(None)),
            Quantity::CapDay(CapScope::Case),
            Quantity::TargetDay(amount(1_000_000)),
            Quantity::AccruedByTarget(amount(1_000_000)),
            Quantity::Judgment { from: d1, through: d2 },
            Quantity::PenaltyTotal,
            Quantity::LiquidationsTotal,
            Quantity::AwardedTotal,
            Quantity::SuppressedTotal,
            Quantity::ProjectedTotal,
            Quantity::UnliquidatedTotal,
            Quantity::LumpSums,
            Quantity::Overall,
            Quantity::Suppressed,
            Quantity::ComputedLessSuppressed,
            Quantity::Share,
            Quantity::Date,
            Quantity::UnitCounted,
        ];
        all.extend(quantities.into_iter().map(Sample::Quantity));
        let path = || "a.toml".to_string();
        let os = || std::io::Error::new(std::io::ErrorKind::PermissionDenied, "X");
        all.extend(
            [
                ReadError::Io {
                    path: path(),
                    source: os(),
                },
                ReadError::NotUtf8 {
                    path: path(),
                    line: 1,
                    column: 2,
                    offset: 1,
                },
                ReadError::Nul {
                    path: path(),
                    line: 1,
                    column: 2,
                    offset: 1,
                },
                ReadError::TooLarge {
                    path: path(),
                    limit: 1 << 30,
                },
                ReadError::Missing { path: path() },
            ]
            .map(Sample::Read),
        );
        let skipped = |path: &str, kind| Skipped {
            path: path.into(),
            first: "a".into(),
            kind,
        };
        all.extend(
            [
                skipped("a", SkippedKind::File),
                skipped("b", SkippedKind::Loop),
                skipped("b", SkippedKind::Directory),
                skipped("b", SkippedKind::File),
            ]
            .map(Sample::Skipped),
        );
        let usages = [
            Usage::PdfToTerminal,
            Usage::OutputExists("a.txt".into()),
            Usage::NoSubcommand {
                name: "x".into(),
                names: vec!["compute".into(), "check".into()],
            },
            Usage::NothingBefore(day(1, 1, 1)),
            Usage::NoEnd,
            Usage::PeriodReversed { from: d2, through: d1 },
            Usage::PartialForShortUnit(Per::Day),
            Usage::NoDayOfInterest { until: d1, from: d2 },
            Usage::ToBeforeFrom { from: d2, to: d1 },
            Usage::YearOutOfRange(10_000),
            Usage::EmptyEvent,
            Usage::NoDayOfDelay(day(9999, 12, 31)),
            Usage::Value {
                flag: "--rules",
                problem: crate::case::Problem::NoCases,
            },
            Usage::Compute(ComputeError::OutOfRange {
                location: at(),
                field: None,
                what: Quantity::Date,
            }),
            Usage::Interest(InterestError::RateMissing),
        ];
        all.extend(
            [
                Error::Output(os()),
                Error::OutputFile {
                    path: path(),
                    source: os(),
                },
                Error::OutputIsInput {
                    output: path(),
                    input: path(),
                },
                Error::Print(PrintError::NotInstalled),
            ]
            .map(Sample::Run),
        );
        all.extend(
            [
                PrintError::NotInstalled,
                PrintError::ChosenDoesNotRun {
                    chosen: "chrome".into(),
                },
                PrintError::CannotStart {
                    browser: "chromium".into(),
                    reason: "permission denied".into(),
                },
                PrintError::TimedOut {
                    browser: "chromium".into(),
                    seconds: 120,
                },
                PrintError::Failed {
                    browser: "chromium".into(),
                    code: Some(1),
                    said: "cannot open display".into(),
                },
            ]
            .map(Sample::Print),
        );
        all.extend(usages.into_iter().map(|u| Sample::Run(Error::from(u))));
        all.extend([1, 5].map(Sample::Unlisted));
        all
    }

    #[test]
    fn every_fault_has_a_sample() {
        let mut seen: Vec<usize> = samples().iter().map(|s| index(s.fault())).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen, all_indices());
    }

    /// Nothing is left in English, and French and Dutch are written as they are written.
    #[test]
    fn every_fault_is_worded_in_french_and_in_dutch() {
        for sample in samples() {
            let what = format!("{:?}", sample.fault());
            let english = sample.say(Lang::En);
            assert!(!english.trim().is_empty(), "{what}");
            for lang in [Lang::Fr, Lang::Nl] {
                let text = sample.say(lang);
                assert!(!text.trim().is_empty(), "{what} in {lang:?}");
                assert_ne!(text, english, "{what} is left in English in {lang:?}");
            }
            super::super::tests::french_is_french(&super::prose(&sample.say(Lang::Fr)), &what);
            super::super::tests::dutch_is_dutch(&super::prose(&sample.say(Lang::Nl)), &what);
        }
    }

    /// A computation's error keeps its position and key apart from what went wrong: the
    /// position and the key are written alike in every language.
    #[test]
    fn a_computation_s_error_keeps_its_position_and_key_in_every_language() {
        let e = ComputeError::AfterAsOf {
            location: Location {
                file: "a.toml".into(),
                line: 3,
                column: 7,
            },
            field: "liquidation[1].through".into(),
            through: day(2023, 2, 9),
            as_of: day(2023, 1, 1),
        };
        for lang in [Lang::En, Lang::Fr, Lang::Nl] {
            assert!(
                e.render_in(lang).starts_with("a.toml:3:7: `liquidation[1].through`: "),
                "{}",
                e.render_in(lang)
            );
        }
        assert_eq!(e.to_string(), e.render_in(Lang::En));
        assert_ne!(e.render_in(Lang::Fr), e.render_in(Lang::En));
        let _: NaiveDate = day(2023, 1, 1);
    }
}
