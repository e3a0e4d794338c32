//! What the catalogues word: every label and message of the output for a person, with the facts
//! each one states (dates, amounts, counts, kinds; never wording).
//!
//! A [`Label`] is a fixed word or phrase (a column header, a section title); a [`Message`] is a
//! sentence or a phrase built from facts. Each language has one module (`lang/en.rs`,
//! `lang/fr/`) with an exhaustive `match` over both: a label or message missing in a language
//! does not compile. A message's dates are [`NaiveDate`]s when the language chooses how to write
//! them, [`Day`]s when the layout does (a table column, a statement's facts).

use chrono::{NaiveDate, Weekday};
use rust_decimal::Decimal;

use crate::calendar::CalendarId;
use crate::case::filing::Role;
use crate::case::{FirstDay, Kind, Partial, Per};
use crate::interest::{Basis, Capitalisation, Creditor, Imputation, InterestReport, Regime};
use crate::money::Currency;
use crate::report::{Article, Ground, Note, Segment, Status, Stop};
use crate::timelimit::{Caveat, RuleSet, Step, TimeLimit};

/// An amount in a currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    pub value: Decimal,
    pub currency: Currency,
}

impl Amount {
    pub fn new(value: Decimal, currency: Currency) -> Self {
        Amount { value, currency }
    }
}

/// A sum per unit: `€100,000/day`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub value: Decimal,
    pub per: Per,
    pub currency: Currency,
}

/// How a date is written (see [`super::written`]): `2022-12-19` / `19/12/2022`, `19 Dec 2022`,
/// `Mon 19 Dec 2022`, `19 December 2022`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    Short,
    Medium,
    Long,
    Full,
}

/// A date with the form the layout writes it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub form: DateForm,
}

impl Day {
    pub fn short(date: NaiveDate) -> Self {
        Day {
            date,
            form: DateForm::Short,
        }
    }

    pub fn medium(date: NaiveDate) -> Self {
        Day {
            date,
            form: DateForm::Medium,
        }
    }
}

/// How a total is made, term by term: the segments (each `units × rate`), less what the case's
/// cap removed (`cut`), equal to `total`.
#[derive(Debug, Clone, Copy)]
pub struct Equation<'a> {
    pub segments: &'a [Segment],
    pub cut: Decimal,
    pub total: Decimal,
    pub currency: Currency,
}

/// The date arithmetic a derivation step performs: `19 Oct 2022 + 2 months = 19 Dec 2022`, or a
/// limit moved to the next working day: `25 Mar 2023 → 26 Mar 2023`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arithmetic {
    Plus {
        from: NaiveDate,
        span: TimeLimit,
        to: NaiveDate,
    },
    Moved {
        from: NaiveDate,
        to: NaiveDate,
    },
}

/// A line of the penalties as they run, in display order: each penalty, then its rate changes,
/// suspensions and cap (its details); the case's cap; the lump sums.
#[derive(Debug, Clone, Copy)]
pub enum PenaltyLine<'a> {
    Runs {
        obligation: Option<&'a str>,
        rate: Rate,
        from: NaiveDate,
        complied: Option<NaiveDate>,
        partial: Option<Partial>,
    },
    Change {
        from: NaiveDate,
        rate: Rate,
    },
    Suspended {
        from: NaiveDate,
        through: NaiveDate,
        reason: Option<&'a str>,
        days: i64,
    },
    Cap {
        cap: Amount,
        reached: Option<NaiveDate>,
    },
    CaseCap {
        cap: Amount,
        reached: Option<NaiveDate>,
    },
    LumpSum {
        reason: Option<&'a str>,
        amount: Amount,
        owed_from: NaiveDate,
    },
    /// A real order's shape or a French astreinte's kind (issues 15 and 20).
    Order(OrderLine<'a>),
}

impl PenaltyLine<'_> {
    /// Whether the line details the penalty above it (written indented under it).
    pub fn is_detail(&self) -> bool {
        matches!(
            self,
            PenaltyLine::Change { .. } | PenaltyLine::Suspended { .. } | PenaltyLine::Cap { .. }
        ) || matches!(self, PenaltyLine::Order(_))
    }
}

/// A detail of a penalty under a real order (issue 15) or a French astreinte's kind (issue
/// 20), in display order under the penalty.
#[derive(Debug, Clone, Copy)]
pub enum OrderLine<'a> {
    /// A French astreinte's kind, with the article that makes it so; the decision that ordered
    /// it when later than the case's order, and the last day it runs when the judge set one.
    Kind {
        kind: Kind,
        article: Article,
        decided: Option<NaiveDate>,
        through: Option<NaiveDate>,
    },
    /// The first day fixed by an event (`first_day`), under the practice it follows.
    FirstDay { practice: FirstDay, date: NaiveDate },
    /// A rate per person, per site (`count`): `each × count = all`.
    Count { each: Rate, count: i64, all: Rate },
    /// A new rate once a stretch has run from the first day (`[[penalty.change]] after`).
    ChangeAfter {
        after: TimeLimit,
        from: NaiveDate,
        rate: Rate,
    },
    /// `[penalty.escalation]`: the rule, and how many steps it took by the report's date.
    Escalation {
        /// Multiplied by it at each step.
        factor: Option<Decimal>,
        /// Raised by it at each step.
        add: Option<Rate>,
        /// How often (`None` if the report's text cannot be read back as a time limit).
        every: Option<TimeLimit>,
        until: Option<NaiveDate>,
        max_rate: Option<Rate>,
        steps: usize,
        as_of: NaiveDate,
    },
    /// One step of an escalation: the rate from a date (before `count`).
    EscalationStep { step: u32, from: NaiveDate, rate: Rate },
    /// Steps of a long escalation left out of the list, between the first and the last ones.
    EscalationSkipped { count: usize },
    /// An item brought into compliance: what it takes off the rate, and the first unit it
    /// lowered (a unit of time: the one ending on or after `date`; a day: the day after).
    Reduction {
        item: Option<&'a str>,
        date: NaiveDate,
        less: Rate,
        share: Option<&'a str>,
        lowers_from: NaiveDate,
        lowers_through: NaiveDate,
    },
    /// A period of established breach, with the days of delay it counts.
    Breach {
        from: NaiveDate,
        through: NaiveDate,
        days: i64,
    },
}

/// What a liquidation's decision did beyond counting, and who receives what (issues 15, 20):
/// a line under the liquidation, in display order.
#[derive(Debug, Clone, Copy)]
pub enum RulingLine<'a> {
    /// The rate the order set and the rate the decision applied instead, with their difference
    /// (`article`: the moderation's, when the decision moderated).
    Rates {
        ordered: Option<Rate>,
        awarded: Rate,
        article: Option<Article>,
    },
    /// A sum awarded below the sum due (computed less suppressed), with the article.
    Moderated {
        due: Amount,
        awarded: Amount,
        article: Option<Article>,
    },
    /// Days suppressed for a cause étrangère.
    Suppressed {
        from: NaiveDate,
        through: NaiveDate,
        days: i64,
        amount: Amount,
        reason: &'a str,
        article: Option<Article>,
    },
    /// Computed, suppressed, awarded.
    AfterSuppression {
        computed: Amount,
        suppressed: Amount,
        awarded: Amount,
    },
    /// A definitive astreinte liquidated at its rate.
    DefinitiveRate { article: Article },
    /// What one share receives of the liquidation (`state`: the State budget, CJA L911-8).
    Share { to: &'a str, amount: Amount, state: bool },
}

/// A period of days counted: a gap before a liquidation, a liquidation, or what accrued after
/// the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodKind {
    /// Days of delay no liquidation covers, before liquidation `before`.
    Gap { before: usize },
    /// Liquidation `number`.
    Liquidation { number: usize },
    /// Not yet liquidated, after the last liquidation.
    Accrued,
}

/// A rule a statement says it applied, in the order it lists them.
#[derive(Debug, Clone, Copy)]
pub enum RuleApplied<'a> {
    /// A legal source the derivation cited, with the first step it was cited for.
    Cited(&'a Step),
    /// How days are counted in a period.
    Counting,
    /// How units longer than a day are counted.
    Units,
    /// What a cap does.
    Cap,
    /// What a projected liquidation is.
    Projection,
    /// What becomes of days no liquidation covers.
    Gaps,
    /// What moderation is.
    Moderation,
    /// A rule of a real order or of the judge's hand (issues 15 and 20).
    Order(OrderRule),
}

/// A rule of a real order (issue 15) or of the judge's hand (issue 20), as a statement and
/// `explain` word it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderRule {
    /// A French astreinte's kind and the article behind it.
    Kind { kind: Kind, article: Article },
    /// What the judge did at a liquidation, with its article.
    Judge(Ground),
    /// How an escalating rate rises.
    Escalation,
    /// A new rate after a stretch counted from the first day.
    ChangeAfter,
    /// How items brought into compliance lower the rate (`per_unit`: units longer than a day).
    Reduction { per_unit: bool },
    /// Only days of established breach count.
    Breach,
    /// A rate per person, per site.
    Count,
    /// The first day fixed by an event.
    FirstDay(FirstDay),
    /// How shares divide a liquidated sum (`state`: a part to the State budget).
    Shares { state: bool },
}

/// Where the figures of a column left out of a narrowed table are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elsewhere {
    /// In each liquidation's equation, under the table.
    EquationsBelow,
    /// In the period's equation, above the table.
    EquationAbove,
}

/// A fixed word or phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// The separator between a label and what it labels (`:` in English, ` :` in French).
    Colon,
    // Column headers and words of the tables.
    Date,
    Step,
    Rule,
    RuleApplied,
    Computation,
    Source,
    Decided,
    From,
    Through,
    Days,
    Rate,
    Computed,
    Awarded,
    Expected,
    Moderation,
    Period,
    Obligation,
    UnitsTimesRate,
    Forfeited,
    ForfeitedOn,
    Amount,
    BySegment,
    Weekday,
    Name,
    EnglishName,
    /// The name of a day of the week.
    DayName(Weekday),
    /// Nothing counted in a period.
    Nothing,
    /// A penalty without an obligation's name.
    Penalty,
    /// A liquidation's status, in the awarded column.
    Status(Status),
    // Section titles.
    DeadlineAndFirstDay,
    Liquidations,
    ThePenalty,
    Totals,
    PeriodsCounted,
    LiquidationsComputedAndAwarded,
    RulesApplied,
    Notes,
    // A statement's facts and totals.
    Case,
    Authority,
    Reference,
    TimeLimitRules,
    HolidayCalendar,
    Currency,
    CaseFile,
    StatementAsOf,
    LiquidatedAsComputed,
    LiquidatedAsAwarded,
    LiquidatedProjected,
    LumpSums,
    TotalComputed,
    TotalOwed,
    // A statement's sentences standing alone.
    NoDayCounted,
    NoLiquidation,
    EveryAmountExact,
    // The title of a statement page, and the chart's title and caption.
    PenaltyStatement,
    ChartTitle,
    ChartCaption,
    // Real orders and the judge's hand (issues 15 and 20).
    /// The shares' title, and a statement's total suppressed.
    Shares,
    Suppressed,
    SuccessiveTotals,
    /// The décompte's section title.
    Balance,
    // A statement's identity for a filing: the court, its docket number, a party's role, the
    // order's service, and the place for a signature.
    Court,
    Docket,
    Role(Role),
    OrderServedOn,
    Signature,
    /// The word before a printed page's number.
    Page,
    /// The heading of a column of numbers (`#`, `n°`).
    Number,
    /// The word before an error on standard error (`error`), and before a warning.
    Error,
    Warning,
}

/// A sentence or phrase built from facts.
#[derive(Debug, Clone, Copy)]
pub enum Message<'a> {
    /// `2 months`, `1 month 15 days`.
    Limit(TimeLimit),
    /// `52 days`, `1 week`: a count of units.
    Units {
        count: i64,
        per: Per,
    },
    /// `€100,000/day`.
    Rate(Rate),
    /// A legal source as cited in the language (`CPC art. 641 al. 1 et 3`).
    Source(&'a str),
    /// What a derivation step did: `+ 2 months`.
    StepAction(&'a Step),
    /// Why, in words a lawyer can check.
    StepRule(&'a Step),
    /// A step's arithmetic.
    Arithmetic(Arithmetic),
    /// A step as `explain` details it: its source, its rule and its arithmetic.
    StepExplained {
        step: &'a Step,
        arithmetic: Option<Arithmetic>,
    },
    /// An observation of the engine (the JSON `notes` are the English ones).
    Note(&'a Note),
    /// A note with its label: `Note: ...`.
    NoteLine(&'a Note),
    /// How a total is made: `52 days × €100,000 = €5,200,000 (€5.2M)`.
    Equation(Equation<'a>),
    /// One term of an equation: `5 weeks × €5,000,000`.
    Term {
        segment: &'a Segment,
        currency: Currency,
    },
    /// A liquidation's equation: `#1: 52 days × ...`.
    NumberedEquation {
        number: usize,
        equation: Equation<'a>,
    },
    /// A line of the penalties as they run.
    Penalty(PenaltyLine<'a>),
    /// The first line under a case's title in a table: currency, rules, calendar, file.
    CaseLine {
        currency: Currency,
        rules: RuleSet,
        calendar: CalendarId,
        file: &'a str,
        line: usize,
    },
    /// Suspended days deducted from a period, as a table lists them.
    SuspensionDeducted {
        from: NaiveDate,
        through: NaiveDate,
        reason: Option<&'a str>,
        days: i64,
    },
    /// Suspended days deducted from a period, as `explain` lists them.
    SuspensionExplained {
        from: NaiveDate,
        through: NaiveDate,
        days: i64,
    },
    /// The name of a period, with the obligation its segment is for.
    PeriodName {
        kind: PeriodKind,
        obligation: Option<&'a str>,
    },
    /// A period's dates in a column: `2022-12-20 → 2023-02-09`.
    PeriodDates {
        from: NaiveDate,
        through: NaiveDate,
    },
    /// A gap in a table: its name, its dates and its equation.
    GapLine {
        before: usize,
        from: NaiveDate,
        through: NaiveDate,
        equation: Equation<'a>,
    },
    /// What accrued after the last liquidation, in a table (`None`: nothing).
    AccruedLine {
        as_of: NaiveDate,
        counted: Option<(NaiveDate, NaiveDate, Equation<'a>)>,
    },
    /// `Not yet liquidated as of ...`.
    NotYetLiquidatedAsOf(Day),
    /// The totals line of a table.
    TotalsLine {
        liquidated: Amount,
        awarded: Amount,
        projected: Option<Amount>,
        unliquidated: Amount,
    },
    /// One obligation's total, in a table.
    ObligationTotal {
        obligation: Option<&'a str>,
        total: Amount,
        liquidated: Amount,
        unliquidated: Amount,
    },
    /// The lump sums and the overall totals, in a table.
    LumpSumsLine {
        as_of: NaiveDate,
        lump_sums: Amount,
        overall: Amount,
        owed: Amount,
    },
    /// `explain`'s first section title: the deadline under its rules and calendar.
    ExplainDeadlineTitle {
        rules: RuleSet,
        calendar: CalendarId,
    },
    /// `explain`'s deadline and first day of delay.
    ExplainDeadline {
        deadline: NaiveDate,
        accrual_start: NaiveDate,
    },
    /// `explain`'s liquidation title.
    ExplainLiquidationTitle {
        number: usize,
        decided: Option<NaiveDate>,
        from: NaiveDate,
        through: NaiveDate,
    },
    /// `52 days of delay, first and last day included`.
    DaysOfDelay {
        days: i64,
    },
    /// A period outside any liquidation, in `explain`: its dates and days.
    ExplainPeriod {
        from: NaiveDate,
        through: NaiveDate,
        days: i64,
    },
    /// Why a liquidation is a projection, as of `as_of`.
    ProjectedBecause {
        decided: Option<NaiveDate>,
        as_of: NaiveDate,
    },
    /// What a pronounced liquidation awarded, and by how much it moderated the computation.
    Awarded {
        awarded: Amount,
        moderated_by: Option<Amount>,
    },
    /// The expected figure, and whether the computation matches it.
    ExpectedVerdict {
        expected: Amount,
        matches: bool,
    },
    /// `explain`'s total.
    ExplainTotal {
        liquidated: Amount,
        unliquidated: Amount,
        lump_sums: Option<Amount>,
        overall: Amount,
    },
    /// `explain`'s projected part of the total.
    OfWhichProjected(Amount),
    /// `explain`'s total owed after moderation.
    OwedAfterModeration(Amount),
    /// A statement's title: its name follows the kind of penalty the rules govern (astreinte,
    /// dwangsom, periodic penalty) and the language.
    StatementTitle {
        title: &'a str,
        rules: RuleSet,
    },
    /// A rule set with its legal source, as a statement's facts give it.
    RulesWithSource(RuleSet),
    /// A rule a statement applied.
    RuleApplied(RuleApplied<'a>),
    // The chart's cap, its day, a liquidation's mark and the statement's date.
    ChartCap(Amount),
    ChartCapReached(NaiveDate),
    ChartLiquidation {
        number: usize,
        total: Amount,
    },
    ChartAsOf(NaiveDate),
    /// `astreinte quick`: the period and its rule.
    QuickPeriod {
        rate: Rate,
        from: NaiveDate,
        through: NaiveDate,
        days: i64,
        partial: Option<Partial>,
    },
    /// `astreinte quick`: one segment.
    QuickSegment {
        segment: &'a Segment,
        currency: Currency,
    },
    /// `astreinte quick`: the cap, reached or not.
    QuickCap {
        cap: Amount,
        reached: Option<NaiveDate>,
    },
    /// `astreinte deadline`: the deadline.
    DeadlineIs(NaiveDate),
    /// `astreinte deadline`: what it was derived from.
    DeadlineBasis {
        within: &'a str,
        from: NaiveDate,
        rules: &'a str,
        source: &'a str,
        calendar: &'a str,
        distance: Option<&'a str>,
    },
    /// What a reader must know about the scope of a rule set.
    Caveat(Caveat),
    /// `astreinte deadline`: the first day of delay.
    FirstDayOfDelay(NaiveDate),
    /// A note given as text (on a rule set's scope, on interest's conventions), with its
    /// label: `Note: ...`.
    NoteText(&'a str),
    /// `astreinte holidays`: the range listed.
    HolidayRange {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// `astreinte holidays`: how many.
    HolidayCount(usize),
    /// `astreinte when`: a case's answer.
    WhenAnswer {
        title: &'a str,
        target: Amount,
        date: Option<NaiveDate>,
        amount: Amount,
        never: Option<Stop>,
    },
    /// Why an accrued amount never reaches a figure, with the most it comes to (JSON `never`:
    /// the English).
    NeverReached {
        stop: Stop,
        most: Amount,
    },
    /// `astreinte interest`'s lines and notes (amounts in euros).
    Interest(InterestMessage<'a>),
    /// A party in a statement's facts: its name, who represents it, when the order was served
    /// on it.
    Party {
        name: &'a str,
        represented_by: Option<&'a str>,
        served: Option<NaiveDate>,
    },
    /// The close of a statement: who drew it up, where and when (each part given or not).
    DrawnUp {
        by: Option<&'a str>,
        at: Option<&'a str>,
        on: Option<NaiveDate>,
    },
    /// Two sides of a case in a running header: `A v B`.
    Versus {
        first: &'a str,
        second: &'a str,
    },
    /// `check`: a case whose `count` expected figures all match (after `ok` and its name).
    CheckMatches {
        count: usize,
    },
    /// `check`: a case that expects nothing (after `skip` and its name).
    CheckNothingExpected,
    /// `check`: an input that could not be computed (after `FAIL` and its position).
    CheckNotComputed,
    /// `check`: a figure that differs; `what` names it with its key, kept as written so that
    /// scripts can read it, and the figures are written as the case file writes them.
    CheckDiffers {
        what: &'a str,
        expected: &'a str,
        computed: &'a str,
    },
    /// The line under a table narrowed to fit the terminal: the `columns` left out (their
    /// headings), and where their figures are printed.
    LeftOut {
        columns: &'a [Label],
        place: Elsewhere,
    },
    // Real orders and the judge's hand (issues 15 and 20).
    /// A line under a liquidation: its rates, suppressions, shares.
    Ruling(RulingLine<'a>),
    /// A ruling line in a statement's list, under the liquidation it belongs to:
    /// `Liquidation #2, definitive astreinte: ...`.
    NumberedRuling {
        number: usize,
        line: RulingLine<'a>,
    },
    /// The total suppressed over the pronounced liquidations.
    SuppressedTotal(Amount),
    /// What one share receives over every liquidation, and how it is set (a part, a fixed
    /// sum, or what the others leave).
    ShareTotal {
        to: &'a str,
        part: Option<&'a str>,
        fixed: Option<Amount>,
        rest: bool,
        state: bool,
        total: Amount,
    },
    /// The totals after each liquidation of a history of successive astreintes.
    SuccessiveTotal {
        number: usize,
        decided: Option<NaiveDate>,
        computed: Amount,
        owed: Amount,
    },
    /// The décompte's lines in `compute` (the case's `balance`; amounts in euros).
    Balance(BalanceMessage<'a>),
    /// What is wrong with a case file (after its position and key, which every language
    /// writes alike).
    Problem(&'a crate::case::Problem),
    /// Any other error a person reads (after its position and key, if it has them).
    Fault(Fault<'a>),
}

/// An error a person reads, other than a case file's [`Problem`](crate::case::Problem): what
/// went wrong, without the position and the key, which every language writes alike.
#[derive(Debug, Clone, Copy)]
pub enum Fault<'a> {
    /// Why a case could not be computed.
    Compute(&'a crate::engine::ComputeError),
    /// What a liquidation says the judge did, and the law does not allow.
    Judgment(&'a crate::engine::JudgmentError),
    /// Why a décompte could not be computed.
    Balance(&'a crate::balance::BalanceProblem),
    /// Why interest could not be computed.
    Interest(&'a crate::interest::InterestError),
    /// A figure or a date a computation could not hold.
    Quantity(&'a crate::engine::Quantity),
    /// Why an input could not be read (after its path and position).
    Read(&'a crate::input::ReadError),
    /// Why an input was skipped (after its path).
    Skipped(&'a crate::input::Skipped),
    /// An error that stops the whole run.
    Run(&'a crate::error::Error),
    /// Why `--format pdf` could not print (the same words as [`Fault::Run`] gives it).
    Print(&'a crate::render::PrintError),
    /// How many more errors one case holds past the `listed` a run lists (after the case's
    /// file).
    Unlisted { unlisted: usize, listed: usize },
}

/// The décompte of a case (`compute`, section "Balance"): a line or a note; every amount is in
/// euros (a balance is computed for a case in euros only).
#[derive(Debug, Clone, Copy)]
pub enum BalanceMessage<'a> {
    /// The section's first line: the regime, the creditor, the basis, where interest starts.
    Terms(&'a crate::report::BalanceReport),
    /// A liquidated sum: its decision, its amount, its first day of interest.
    Sum(&'a crate::report::SumBalance),
    /// A sum's interest and what is still owed of it.
    SumOwed(&'a crate::report::SumBalance),
    /// A sum's limitation on the as-of date (`excluded`: left out of the balance).
    Limitation {
        limitation: &'a crate::report::SumLimitation,
        excluded: bool,
    },
    /// A cost.
    Cost(&'a crate::report::CostLine),
    /// A payment and how it was imputed, under the rule of `regime`.
    Payment {
        payment: &'a crate::report::PaymentLine,
        regime: Regime,
    },
    /// What a payment paid of one sum, when it paid several.
    PaymentPart(&'a crate::report::PaymentPart),
    /// The balance due on `as_of`.
    Due { balance: &'a crate::report::BalanceReport },
    /// What is time-barred on the as-of date, and what was left out.
    Barred(&'a crate::report::BalanceReport),
    /// The limitation rule applied, with its source and what it does not model.
    Rule(&'a crate::report::LimitationRule),
    /// How payments are imputed among the sums and within each.
    Imputation(Regime),
    /// Which days bear interest, and how each period is rounded.
    Rounding,
    /// A rate or a limitation row marked unconfirmed was used.
    Unconfirmed,
}

/// `astreinte interest`: a line or a note; every amount is in euros, the currency of every
/// regime's table.
#[derive(Debug, Clone, Copy)]
pub enum InterestMessage<'a> {
    /// What is computed: the regime, the creditor, the principal, the days and the basis.
    Heading {
        regime: Regime,
        creditor: Option<Creditor>,
        principal: Decimal,
        from: NaiveDate,
        through: NaiveDate,
        basis: Basis,
    },
    /// Interest capitalised on a day, under `source`.
    Capitalised {
        capitalisation: &'a Capitalisation,
        source: &'a str,
    },
    /// A payment and how it was imputed, under `source`.
    Payment { payment: &'a Imputation, source: &'a str },
    /// A period's arithmetic.
    Period {
        period: &'a crate::interest::Period,
        basis: Basis,
    },
    /// A period's rate with its source, and the points added with theirs.
    Sources(&'a crate::interest::Period),
    /// The interest: the sum of the periods.
    Total(&'a InterestReport),
    /// What is still owed the day after the last day of interest (`total`: `None` when the
    /// sum cannot be held exactly).
    Owed {
        on: NaiveDate,
        principal: Decimal,
        interest: Decimal,
        costs: Decimal,
        total: Option<Decimal>,
    },
    /// A convention the figures rest on (JSON `notes`: the English).
    Note(InterestNote<'a>),
}

/// A convention an interest computation rests on, with its source.
#[derive(Debug, Clone, Copy)]
pub enum InterestNote<'a> {
    /// Which days are counted.
    DaysCounted,
    /// How a period's interest is computed and rounded.
    Basis(Basis),
    /// The French majoration (CMF L313-3): from when, or why there is none.
    Majoration {
        enforceable: Option<NaiveDate>,
        from: Option<NaiveDate>,
        waived: bool,
    },
    /// The day whose ECB rate is fixed for the whole period, and the rule that chose it.
    ReferenceDay { date: NaiveDate, rule: &'a str },
    /// Whether and when unpaid interest is capitalised.
    Capitalisation { anchor: Option<NaiveDate>, regime: Regime },
    /// How payments are imputed.
    Imputation(Regime),
    /// Rates not found in a published text were used.
    Unconfirmed,
}
