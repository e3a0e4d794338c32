//! What is wrong with a case file, as a fact: the values involved, never wording.
//!
//! An [`InputError`](super::InputError) carries its position and its key apart, and one
//! [`Problem`]; each language's catalogue (`lang/en`, `lang/fr`, `lang/nl`) words every
//! problem with an exhaustive `match`, so a problem that is not worded in a language does not
//! compile. Values quoted from the file (what was written, a date, an amount) are kept as the
//! file writes them, in every language: they are what the user looks for and corrects.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::model::{Partial, Per};
use super::orders::{FirstDay, Part, PartError, Span};
use crate::calendar::{CalendarError, CalendarId, UnknownCalendar};
use crate::interest::{Regime, UnknownRegime};
use crate::money::{BadCurrency, Currency, DecimalError};
use crate::timelimit::{DeadlineError, LimitError, OptionError, UnknownRuleSet};

/// What is wrong at a key of a case file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    // The text, as the TOML reader reads it.
    /// A refusal the TOML reader words itself, in English: its words are kept as they are.
    Reader(String),
    /// A problem found inside a value (an array, an inline table) begun on an earlier `line`,
    /// whose closing bracket may be missing.
    InsideValue {
        problem: Box<Problem>,
        line: usize,
    },
    /// A multi-line string never closed, opened with `quotes` (`"""` or `'''`).
    NeverClosed {
        quotes: &'static str,
    },
    /// A dotted key `depth` keys deep, deeper than the TOML reader reads.
    TooDeep {
        depth: usize,
    },
    /// A key or table written twice.
    Duplicate {
        name: String,
    },
    /// `key =` and nothing after it.
    ValueMissing {
        key: String,
    },
    /// A text value without quotes.
    Unquoted {
        key: String,
        written: String,
    },
    /// An error inside an inline table, as the reader words it (`detail`, English).
    InlineTable {
        detail: String,
    },
    /// Something else where a table was expected; `found` is the reader's account (English).
    NotATable {
        found: String,
        key: String,
    },
    /// Something else where an array was expected; `found` is the reader's account (English).
    NotAnArray {
        found: String,
        key: String,
    },
    /// Something else where a whole number was expected; `found` is the reader's account.
    NotAWholeNumber {
        found: String,
    },
    /// An integer beyond TOML's 64 bits: a whole number (`whole`) or an amount at `key`.
    BeyondIntegers {
        value: String,
        whole: bool,
        key: String,
    },
    /// A key the table does not take, the closest valid one, and the valid ones.
    UnknownKey {
        name: String,
        closest: Option<String>,
        valid: Vec<String>,
    },
    /// A float, which has lost digits before anyone can read them: `key = "written"` instead.
    Float {
        key: String,
        written: String,
    },
    /// A date in quotes that TOML reads once unquoted.
    DateQuoted,
    /// A date written as people write it (`03/03/2024`): the same date in TOML's form, if it is
    /// one.
    DateForm {
        key: String,
        written: String,
        date: Option<NaiveDate>,
    },
    /// An amount written as people write it (`1.000,50`): `key = "amount"` instead.
    AmountForm {
        key: String,
        written: String,
        amount: String,
    },
    /// Not a date; `detail` is the reader's account (English).
    NotADate {
        detail: String,
    },
    /// A date outside the supported dates, as written.
    DateOutOfRange(String),
    /// A date the calendar lacks, as written.
    NotInCalendar(String),
    /// A date with a time or an offset, as written.
    DateWithTime(String),
    /// A date whose day its month lacks; `last` is the month's last day as TOML writes it.
    InvalidDay {
        last: String,
    },
    /// A date whose month is not 01 to 12.
    InvalidMonth,
    /// An amount written as a decimal string that is not one an amount holds exactly.
    Decimal(DecimalError),

    // The shape of a file of cases.
    /// A case number past the batch's end.
    NoCaseNumber(usize),
    /// A `[[case]]` table that is not one table.
    NotOneCase,
    /// A top-level key beside `[[case]]` tables (the `case` key is at `line`).
    KeyBesideCases {
        key: String,
        line: usize,
    },
    /// `case` that holds no table.
    NoCases,

    // Values of any key.
    /// A required key left out.
    Missing(Missing),
    /// Two keys of which only one may be given.
    Both(Both),
    /// A text that is empty.
    Empty(Empty),
    /// An amount of the wrong sign.
    Amount {
        sign: AmountSign,
        value: Decimal,
    },
    /// A negative number of days.
    NegativeDays(i64),
    /// A negative number of units.
    NegativeUnits(i64),
    /// A date before the day it cannot precede.
    Before {
        what: Before,
        date: NaiveDate,
        floor: NaiveDate,
    },
    /// A count below one (`persons`: of a rate per person, else of violations).
    CountBelowOne {
        value: i64,
        persons: bool,
    },
    /// A currency that is not an ISO 4217 code.
    Currency(BadCurrency),
    /// An unknown rule set.
    RuleSet(UnknownRuleSet),
    /// An unknown holiday calendar.
    Calendar(UnknownCalendar),
    /// A time limit that cannot be read.
    Limit(LimitError),
    /// A distance or month-end option refused.
    Option(OptionError),
    /// A deadline that cannot be derived.
    Deadline(DeadlineError),
    /// A holiday calendar that has no data for a date.
    Holidays(CalendarError),

    // [order].
    NotifiedBeforeDecided {
        notified: NaiveDate,
        decided: NaiveDate,
    },
    DeadlineBeforeDecided {
        deadline: NaiveDate,
        decided: NaiveDate,
    },
    /// `distance` or `month_end` with a fixed `deadline`.
    OptionWithoutLimit,

    // [calendar_adjust].
    AddedAndRemoved(NaiveDate),
    NotAHoliday {
        date: NaiveDate,
        calendar: CalendarId,
    },
    AdjustNothing,
    /// A date outside the years the calendars cover.
    OutsideCalendars(NaiveDate),

    // [penalty].
    NoPenalty,
    UnknownUnit(String),
    PartialForShortUnit(Per),
    UnknownPartial(String),
    ChangeBeforeDecision(NaiveDate),
    ChangesOutOfOrder {
        date: NaiveDate,
        previous: NaiveDate,
    },
    SuspensionReversed {
        from: NaiveDate,
        through: NaiveDate,
    },
    SuspensionBeforeDecision {
        from: NaiveDate,
        decided: NaiveDate,
    },
    SuspensionAfterCompliance {
        from: NaiveDate,
        complied: NaiveDate,
    },
    SuspensionsOverlap {
        first: (NaiveDate, NaiveDate),
        second: (NaiveDate, NaiveDate),
    },
    ViolationsWithoutPerViolation,

    // [[liquidation]], [expected].
    UntilOnFirstDate,
    DecidedBeforeThrough {
        decided: NaiveDate,
        through: NaiveDate,
    },
    PeriodReversed {
        end: NaiveDate,
        start: NaiveDate,
    },
    /// A period ending on or before the end of liquidation `before`, `previous`.
    PeriodOutOfOrder {
        end: NaiveDate,
        before: usize,
        previous: NaiveDate,
    },
    /// A period starting on or before the end of liquidation `before`, `previous`; `next` is
    /// the day after.
    PeriodOverlap {
        start: NaiveDate,
        before: usize,
        previous: NaiveDate,
        next: NaiveDate,
    },

    // Real orders (issue 15).
    BreachWithEscalation,
    UnknownFirstDay(String),
    /// No day follows the decision (or the notification).
    NoDayAfter {
        decision: bool,
    },
    FirstDayNeedsNotified(FirstDay),
    MixedChanges,
    /// `after` not a single kind of stretch, or of another kind than the ones before.
    AfterMixed(String),
    ChangesAfterOutOfOrder {
        span: Span,
        previous: Span,
    },
    EscalationWithChange,
    EscalationWithReduction,
    FactorNotAboveOne(Decimal),
    EveryMixed(String),
    MaxRateNoRoom {
        rate: Decimal,
        max: Decimal,
    },
    EscalationUnbounded,
    TooManySteps {
        steps: u64,
        most: u64,
    },
    ReductionsNeedCompleted(Partial),
    ReductionBeforeDecision {
        date: NaiveDate,
        decided: NaiveDate,
    },
    ShareNotExact {
        part: Part,
        rate: Decimal,
    },
    ReductionsOverflow,
    ReductionsExceedRate {
        total: Decimal,
        rate: Decimal,
    },
    Part {
        error: PartError,
        written: String,
    },
    BreachNotPerDay(Per),
    NoBreachDate,
    BreachReversed {
        from: NaiveDate,
        through: NaiveDate,
    },
    BreachBeforeDecision {
        from: NaiveDate,
        decided: NaiveDate,
    },
    BreachAfterCompliance {
        through: NaiveDate,
        complied: NaiveDate,
    },
    BreachesOverlap {
        first: (NaiveDate, NaiveDate),
        second: (NaiveDate, NaiveDate),
    },
    TwoRests,
    PartsTooPrecise,
    /// The parts add up to `numerator/denominator`, more than the whole.
    PartsAboveWhole {
        numerator: i128,
        denominator: i128,
    },
    FixedWithoutRest,
    /// The parts add up to `numerator/denominator`, less than the whole, and no share takes
    /// the rest.
    PartsBelowWhole {
        numerator: i128,
        denominator: i128,
    },

    // The judge's hand (issue 20).
    UnknownJurisdiction(String),
    UnknownKind(String),
    /// An astreinte's last day before its first day (`from_first_day`) or the decision that
    /// ordered it.
    AstreinteThroughBefore {
        date: NaiveDate,
        floor: NaiveDate,
        from_first_day: bool,
    },
    DurationOfNothing,
    DefinitiveFirst,
    DefinitiveNotLater {
        provisional: NaiveDate,
        definitive: NaiveDate,
    },
    /// A definitive astreinte without a duration; `through` is the last day to suggest.
    DefinitiveWithoutDuration {
        through: NaiveDate,
    },
    SuppressionEndsFirst {
        from: NaiveDate,
        through: NaiveDate,
    },
    /// A suppressed day outside the period `from` (if written) to `through`.
    SuppressionOutside {
        date: NaiveDate,
        from: Option<NaiveDate>,
        through: NaiveDate,
    },
    /// Suppression number `whole` already suppresses the whole period.
    WholePeriodSuppressed {
        whole: usize,
    },
    SuppressionsShareDay {
        first: (Option<NaiveDate>, NaiveDate),
        second: (NaiveDate, Option<NaiveDate>),
    },

    // The décompte.
    PaymentsWithoutInterest,
    NotInEuros(Currency),
    DecisionServedBeforeMade {
        served: NaiveDate,
        decided: NaiveDate,
    },
    Regime(UnknownRegime),
    UnknownCreditor(String),
    UnknownBasis(String),
    EnforceableNotFrench(Regime),
    UnknownStart(String),
    UnknownLimitation(String),
    /// A payment before any sum is due (`first`: the first decision, if any has a date).
    PaymentBeforeSums {
        date: NaiveDate,
        first: Option<NaiveDate>,
    },

    // The parties and the statement.
    UnknownRole(String),
    OrderServedBeforeDecided {
        served: NaiveDate,
        decided: NaiveDate,
    },
    DrawnUpBeforeDecided {
        on: NaiveDate,
        decided: NaiveDate,
    },

    /// A case none of whose checks refused it, some value of which is missing all the same:
    /// what a check skipped without a refusal before it would leave (a fault of astreinte).
    Unchecked,
}

/// A required key left out, by what it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Title,
    Currency,
    Order,
    /// `rules`, with a time limit to count.
    Rules,
    OrderDecided,
    /// When the order must be obeyed.
    Due,
    Penalty,
    PenaltyAmount,
    /// `change.from`, for a change written without `after`.
    ChangeFrom,
    NewRate,
    SuspensionFrom,
    SuspensionThrough,
    Violations,
    ViolationDate,
    LumpSumAmount,
    /// The end of a liquidation's period.
    LiquidationEnd,
    /// `expected.as_of`, which the figure `key` depends on.
    ExpectedAsOf {
        key: &'static str,
    },
    ReachesAmount,
    ReachesOn,
    EscalationRise,
    EscalationEvery,
    ReductionDate,
    ReductionAmount,
    BreachFrom,
    BreachThrough,
    ShareTo,
    AdjustDay,
    AdjustName,
    /// A later astreinte's first day: its decision is of `decided`.
    AstreinteFrom {
        decided: NaiveDate,
    },
    SuppressionReason,
    SuppressionThrough,
    SuppressionFrom,
    InterestRegime,
    PaymentDate,
    PaymentAmount,
    CostDate,
    CostAmount,
    CostLabel,
    PartyRole,
    PartyName,
}

/// Two keys given where one is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Both {
    ComplyWithinAndDeadline,
    ThroughAndUntil,
    ChangeFromAndAfter,
    FromAndFirstDay,
    FactorAndAdd,
    AmountAndShare,
    PeriodAndDates,
    PartAndAmount,
    ThroughAndDuration,
}

/// A text given empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Empty {
    Title,
    Name,
    /// Any text of the statement's identity (court, docket, a party's name...).
    Text,
    /// A suppression's reason.
    Reason,
}

/// What an amount must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountSign {
    Positive,
    NotNegative,
}

/// A date that cannot come before another, by what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// A penalty's `from`, before the decision (CPCE R131-1).
    PenaltyFrom,
    Complied,
    LumpSum,
    EscalationUntil,
    /// A later astreinte's `decided`, before the case's order.
    AstreinteDecided,
}
