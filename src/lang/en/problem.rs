//! What is wrong with a case file, in English: every [`Problem`], worded.
//!
//! English is also what the machine formats (JSON, NDJSON, CSV, summary) carry as an error's
//! `message`, whatever the language of the run.

use crate::calendar::{CalendarError, CalendarId, FIRST_YEAR, LAST_YEAR};
use crate::case::problem::{AmountSign, Before, Both, Empty, Missing, Problem};
use crate::case::{FirstDay, PartError, Per};
use crate::interest::Regime;
use crate::money::{BadCurrency, DecimalError};
use crate::timelimit::{
    DeadlineError, Distance, LimitError, LimitProblem, MonthEnd, OptionError, RuleSet, UnknownRuleSet,
};

/// `` `a`, `b`, `c` ``.
pub(super) fn quoted<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    codes
        .into_iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A problem of a case file, in English.
pub(super) fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Reader(detail) => detail.clone(),
        Problem::InsideValue { problem: inner, line } => format!(
            "{} (inside the value begun on line {line}: is a closing `]` or `}}` missing?)",
            self::problem(inner)
        ),
        Problem::NeverClosed { quotes } => format!(
            "this multi-line string is never closed: everything after it, [[case]] headers included, is read as its text; close it with {quotes}"
        ),
        Problem::TooDeep { depth } => format!(
            "this key is nested {depth} levels deep: the TOML reader takes at most {}, and a case file needs no more than 4 (such as `case.penalty.change.amount`)",
            crate::case::READER_DEPTH
        ),
        Problem::Duplicate { name } => {
            format!("`{name}` is written twice: each key and each [table] appears once in a case")
        }
        Problem::ValueMissing { key } => format!("the value is missing after `{key} =`"),
        Problem::Unquoted { key, written } => format!(
            "a text value must be in double quotes: {key} = \"{}\"",
            written.replace('"', "\\\"")
        ),
        Problem::InlineTable { detail } => format!(
            "{detail} (an inline table {{ ... }} is closed by `}}` before the next line: is one missing above?)"
        ),
        Problem::NotATable { found, key } => format!("{found}, expected a table of keys, such as [{key}]"),
        Problem::NotAnArray { found, key } => format!(
            "{found}, expected an array: write each entry as a [[{key}]] table (double brackets), or as [ ... ]"
        ),
        Problem::NotAWholeNumber { found } => format!(
            "{found}, expected a whole number without quotes or decimal point, at most {}",
            i64::MAX
        ),
        Problem::BeyondIntegers { value, whole, key } => {
            let beyond = format!(
                "`{value}` is beyond TOML's integers, which are 64-bit ({} to {})",
                i64::MIN,
                i64::MAX
            );
            if *whole {
                format!("{beyond}: expected a whole number without quotes or decimal point")
            } else {
                format!("{beyond}: write it as a decimal string: {key} = \"{value}\"")
            }
        }
        Problem::UnknownKey { name, closest, valid } => {
            let hint = closest
                .as_ref()
                .map(|v| format!(" (did you mean `{v}`?)"))
                .unwrap_or_default();
            if valid.is_empty() {
                format!("unknown key `{name}`{hint}: this table takes no keys")
            } else {
                format!(
                    "unknown key `{name}`{hint}; valid keys here: {}",
                    quoted(valid.iter().map(String::as_str))
                )
            }
        }
        Problem::Float { key, written } => format!(
            "a TOML float has already lost digits (a float cannot hold every decimal exactly); write it as a decimal string: {key} = \"{written}\""
        ),
        Problem::DateQuoted => {
            "expected a bare TOML date such as 2022-10-19, found a string: remove the quotes".into()
        }
        Problem::DateForm { key, written, date } => match date {
            Some(date) => {
                format!("`{written}` is not a TOML date: write the date year-month-day, without quotes: {key} = {date}")
            }
            None => format!(
                "`{written}` is not a TOML date: write the date year-month-day, without quotes, such as {key} = 2022-10-19"
            ),
        },
        Problem::AmountForm { key, written, amount } => format!(
            "`{written}` is not a TOML number: write amounts with a point for decimals and no thousands separator, as a decimal string: {key} = \"{amount}\""
        ),
        Problem::NotADate { detail } => {
            format!("expected a date written as a bare TOML date such as 2022-10-19 (no quotes): {detail}")
        }
        Problem::DateOutOfRange(date) => {
            format!("{date} is outside the supported dates, {}", crate::dates::RANGE)
        }
        Problem::NotInCalendar(date) => format!("{date} is not a date in the calendar"),
        Problem::InvalidDay { last } => format!("invalid date, expected day between 01 and {last}"),
        Problem::InvalidMonth => "invalid date, expected month between 01 and 12".into(),
        Problem::DateWithTime(value) => {
            format!("expected a date without a time or offset, such as 2022-10-19, found `{value}`")
        }
        Problem::Decimal(DecimalError::NotDecimal(text)) => format!(
            "`{text}` is not a decimal amount: expected digits with an optional decimal point, such as \"100000\" or \"1234.56\""
        ),
        Problem::Decimal(DecimalError::TooLarge(text)) => format!(
            "amount too large: `{text}` exceeds the largest amount held exactly ({}, about 7.9 × 10^28)",
            rust_decimal::Decimal::MAX
        ),
        Problem::Decimal(DecimalError::TooPrecise(text)) => format!(
            "amount cannot be represented exactly: `{text}` has more digits than an amount holds (28 to 29 significant digits, at most 28 after the decimal point); write fewer digits"
        ),
        Problem::NoCaseNumber(number) => format!("there is no case number {number}"),
        Problem::NotOneCase => "expected exactly one [[case]] table here".into(),
        Problem::KeyBesideCases { key, line } => format!(
            "a file with [[case]] tables takes no other top-level keys: move `{key}` into each [[case]] (the `case` key is at line {line})"
        ),
        Problem::NoCases => "expected one or more [[case]] tables".into(),
        Problem::Missing(what) => format!("missing: {}", missing(*what)),
        Problem::Both(pair) => both(*pair).into(),
        Problem::Empty(what) => empty(*what).into(),
        Problem::Amount { sign, value } => {
            let expected = match sign {
                AmountSign::Positive => "expected an amount above zero",
                AmountSign::NotNegative => "expected an amount of zero or more",
            };
            format!("{expected}, found {value}")
        }
        Problem::NegativeDays(days) => format!("expected a number of days of zero or more, found {days}"),
        Problem::NegativeUnits(units) => format!("expected a number of units of zero or more, found {units}"),
        Problem::Before { what, date, floor } => format!("{}: {date} is before {floor}", before(*what)),
        Problem::CountBelowOne { value, persons: true } => format!(
            "expected a count of 1 or more (the number of persons, sites... the rate is due for), found {value}"
        ),
        Problem::CountBelowOne { value, persons: false } => format!("expected a count of 1 or more, found {value}"),
        Problem::Currency(BadCurrency(given)) => {
            format!("`{given}` is not an ISO 4217 currency code: expected three capital letters such as EUR, USD, GBP")
        }
        Problem::RuleSet(e) => rule_set(e),
        Problem::Calendar(e) => format!(
            "unknown calendar `{}`: expected one of {}{}",
            e.given,
            CalendarId::ALL.iter().map(|id| id.code()).collect::<Vec<_>>().join(", "),
            e.closest.map(|c| format!("; did you mean `{c}`?")).unwrap_or_default()
        ),
        Problem::Limit(e) => limit_error(e),
        Problem::Option(e) => option(e),
        Problem::Deadline(e) => deadline(e),
        Problem::Holidays(e) => holidays(e),
        Problem::NotifiedBeforeDecided { notified, decided } => {
            format!("the order cannot be notified ({notified}) before it was decided ({decided})")
        }
        Problem::DeadlineBeforeDecided { deadline, decided } => {
            format!("the deadline {deadline} is before the decision {decided}")
        }
        Problem::OptionWithoutLimit => {
            "applies to a time limit (`comply_within`), and this order fixes its `deadline`".into()
        }
        Problem::AddedAndRemoved(date) => format!("{date} is both added and removed"),
        Problem::NotAHoliday { date, calendar } => format!(
            "{date} is not a holiday in the {} calendar: there is nothing to remove",
            CalendarId::code(*calendar)
        ),
        Problem::AdjustNothing => "expected `add = [...]` or `remove = [...]`, or no table".into(),
        Problem::OutsideCalendars(date) => {
            format!("{date} is out of range: calendars cover {FIRST_YEAR} to {LAST_YEAR}")
        }
        Problem::NoPenalty => "expected at least one [[penalty]]".into(),
        Problem::UnknownUnit(unit) => format!(
            "unknown unit `{unit}`: expected one of {}",
            quoted(Per::ALL.iter().map(|u| u.code()))
        ),
        Problem::PartialForShortUnit(per) => format!(
            "`partial` applies to units longer than a day (week, month, quarter, semester, year), not to `{}`",
            per.code()
        ),
        Problem::UnknownPartial(given) => format!(
            "unknown `{given}`: expected `completed` (only elapsed units count), `started` (a started unit counts in full) or `prorata` (by days)"
        ),
        Problem::ChangeBeforeDecision(decided) => format!("a rate change cannot precede the decision ({decided})"),
        Problem::ChangesOutOfOrder { date, previous } => {
            format!("rate changes must be written in date order: {date} is not after {previous}")
        }
        Problem::SuspensionReversed { from, through } => {
            format!("the suspension ends ({through}) before it starts ({from})")
        }
        Problem::SuspensionBeforeDecision { from, decided } => {
            format!("a suspension cannot start ({from}) before the decision ({decided}): nothing runs before it")
        }
        Problem::SuspensionAfterCompliance { from, complied } => format!(
            "a suspension from {from} is outside the period: the order was obeyed on {complied}, and nothing runs from then on"
        ),
        Problem::SuspensionsOverlap { first, second } => format!(
            "suspensions must not overlap: {} to {} and {} to {}",
            first.0, first.1, second.0, second.1
        ),
        Problem::ViolationsWithoutPerViolation => {
            "violations are listed only for a penalty with per = \"violation\"".into()
        }
        Problem::UntilOnFirstDate => "this date is the first supported date: nothing can come before it".into(),
        Problem::DecidedBeforeThrough { decided, through } => {
            format!("a decision of {decided} cannot liquidate days up to {through}, after it")
        }
        Problem::PeriodReversed { end, start } => format!(
            "the period ends ({end}) before it starts ({start}): write the last day counted, on or after {start}, or correct `from`"
        ),
        Problem::PeriodOutOfOrder { end, before, previous } => format!(
            "the period ends on {end}, but liquidation[{before}] already runs through {previous}: list liquidations in the order of their periods (this one before liquidation[{before}]), each starting after the one before ends"
        ),
        Problem::PeriodOverlap {
            start,
            before,
            previous,
            next,
        } => format!(
            "the period starts on {start}, but days up to {previous} were already liquidated by liquidation[{before}]: liquidation periods must not overlap; start it on {next} (from = {next}) or leave `from` out"
        ),
        Problem::BreachWithEscalation => "breach days cannot be combined with `[penalty.escalation]` or `[[penalty.change]] after`: those count stretches of running days, which breach days leave undefined; write the new rates with `from = DATE`".into(),
        Problem::UnknownFirstDay(given) => format!(
            "unknown `{given}`: expected one of {}",
            FirstDay::ALL
                .iter()
                .map(|f| format!("\"{}\"", f.code()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Problem::NoDayAfter { decision } => format!(
            "no day follows the {}: it is the last supported date",
            if *decision { "decision" } else { "notification" }
        ),
        Problem::FirstDayNeedsNotified(first) => format!(
            "`first_day = \"{}\"` counts from the notification: add `notified = DATE` to [order]",
            first.code()
        ),
        Problem::MixedChanges => "write every rate change of a penalty with `from` (a date) or every one with `after` (a stretch from the first day), not some of each: their order would depend on the first day of delay".into(),
        Problem::AfterMixed(after) => format!(
            "\"{after}\": write every `after` of a penalty as a number of days (or weeks), or every one as a number of months (or years): a month has no fixed number of days, so mixing them leaves the order of the changes to the calendar"
        ),
        Problem::ChangesAfterOutOfOrder { span, previous } => {
            format!("rate changes must be written in order: \"{span}\" does not come after \"{previous}\"")
        }
        Problem::EscalationWithChange => "a penalty with `[penalty.escalation]` takes no `[[penalty.change]]`: the escalation sets every rate; write the steps as changes instead, or leave the escalation out".into(),
        Problem::EscalationWithReduction => "a penalty with `[penalty.escalation]` takes no `[[penalty.reduction]]`: an order lowering the amount per item fixes it from a starting amount, not from a rising one".into(),
        Problem::FactorNotAboveOne(factor) => {
            format!("expected a factor above 1 (2 doubles the rate at each step), found {factor}")
        }
        Problem::EveryMixed(every) => format!(
            "\"{every}\" mixes months and days: a step that repeats is a number of days (or weeks) or a number of months (or years)"
        ),
        Problem::MaxRateNoRoom { rate, max } => format!(
            "the rate starts at {rate} and rises: a maximum of {max} leaves it no room; give a max_rate above the starting rate"
        ),
        Problem::EscalationUnbounded => "an escalation by `add` must say when the rate stops rising: give `max_rate` (the highest rate) or `until` (the last day a step may begin)".into(),
        Problem::TooManySteps { steps, most } => format!(
            "the rate would rise about {steps} times before it stops, more than astreinte counts ({most}): give a nearer `until` or a lower `max_rate`, or a larger step"
        ),
        Problem::ReductionsNeedCompleted(partial) => format!(
            "reductions per item need `partial = \"completed\"` (the default): the judgments fix the amount of each period at its end, from the items still outstanding then (C-196/13, C-378/13); `{}` counts a unit before its end",
            partial.code()
        ),
        Problem::ReductionBeforeDecision { date, decided } => format!(
            "the reduction is dated {date}, before the decision ({decided}): an item brought into compliance before it is already in the amount the order fixed; if the order counts items from an earlier date (C-378/13: sites treated since 13 May 2014), date them on the day of the decision"
        ),
        Problem::ShareNotExact { part, rate } => {
            format!("{part} of {rate} has no exact decimal: write the reduction as `amount` instead")
        }
        Problem::ReductionsOverflow => "the reductions add up to more than an amount holds".into(),
        Problem::ReductionsExceedRate { total, rate } => format!(
            "with this one, the reductions come to {total}, more than the rate ({rate}): once every item is in compliance the order is obeyed; write `complied = DATE` instead of the last reductions"
        ),
        Problem::Part { error, written } => {
            let why = match error {
                PartError::Unreadable => "expected a fraction such as \"1/2\" or a percentage such as \"50%\"",
                PartError::Zero => "a part of zero gives nothing",
                PartError::MoreThanWhole => "a part cannot be more than the whole",
            };
            format!("{why}, found \"{written}\"")
        }
        Problem::BreachNotPerDay(per) => format!(
            "breach days count per day: they apply to a penalty with per = \"day\", not `{}` (a penalty per violation lists its violations instead)",
            per.code()
        ),
        Problem::NoBreachDate => "expected at least one date, e.g. dates = [2024-02-22, 2024-02-23]".into(),
        Problem::BreachReversed { from, through } => format!("the breach ends ({through}) before it starts ({from})"),
        Problem::BreachBeforeDecision { from, decided } => {
            format!("a breach on {from} is before the decision ({decided}): nothing runs before it")
        }
        Problem::BreachAfterCompliance { through, complied } => format!(
            "a breach through {through} comes after the order was obeyed ({complied}): with breach days, a relapse is a breach day; leave `complied` out and list the days of breach"
        ),
        Problem::BreachesOverlap { first, second } => format!(
            "breach days must not be given twice: {} to {} and {} to {} overlap",
            first.0, first.1, second.0, second.1
        ),
        Problem::TwoRests => "only one share takes the rest (the share written without `part` or `amount`): give this one a `part` or an `amount`".into(),
        Problem::PartsTooPrecise => "the parts have too many digits to be added exactly".into(),
        Problem::PartsAboveWhole { numerator, denominator } => format!(
            "the parts add up to {}, more than the whole: correct them",
            fraction(*numerator, *denominator)
        ),
        Problem::FixedWithoutRest => "a fixed amount needs a share that takes the rest of each sum: add a [[share]] with `to` only".into(),
        Problem::PartsBelowWhole { numerator, denominator } => format!(
            "the parts add up to {}, not the whole: correct them, or give the rest to someone with a [[share]] written without `part`",
            fraction(*numerator, *denominator)
        ),
        Problem::UnknownJurisdiction(given) => format!(
            "unknown jurisdiction `{given}`: expected `civil` (astreintes of the civil courts, CPCE L131-1 to L131-4) or `administrative` (of the administrative courts, CJA L911-6 to L911-8)"
        ),
        Problem::UnknownKind(given) => format!(
            "unknown kind `{given}`: expected `provisional` (the default: the judge may moderate it at liquidation, CPCE L131-2 al. 2) or `definitive` (its rate is never changed at liquidation, CPCE L131-4 al. 2)"
        ),
        Problem::AstreinteThroughBefore {
            date,
            floor,
            from_first_day,
        } => {
            let what = if *from_first_day {
                "its first day (`from`)"
            } else {
                "the decision that ordered it"
            };
            format!(
                "the astreinte would stop running ({date}) before {what} ({floor}): write its last day, on or after {floor}"
            )
        }
        Problem::DurationOfNothing => {
            "a duration of nothing: write how long the astreinte runs, e.g. duration = \"3 months\"".into()
        }
        Problem::DefinitiveFirst => format!(
            "a definitive astreinte may be ordered only after a provisional one has been pronounced (CPCE L131-2 al. 3){DEFINITIVE_THEN} write the provisional astreinte first, as a [[penalty]] above this one"
        ),
        Problem::DefinitiveNotLater {
            provisional,
            definitive,
        } => format!(
            "a definitive astreinte may be ordered only after a provisional one has been pronounced (CPCE L131-2 al. 3), by a later decision: the provisional one listed above is of {provisional}, this one of {definitive}{DEFINITIVE_THEN} give `decided`, the date of the later decision that ordered this one"
        ),
        Problem::DefinitiveWithoutDuration { through } => format!(
            "a definitive astreinte is ordered for a duration the judge sets (CPCE L131-2 al. 3){DEFINITIVE_THEN} give its duration, e.g. duration = \"3 months\", or its last day, e.g. through = {through}"
        ),
        Problem::SuppressionEndsFirst { from, through } => {
            format!("the suppression ends ({through}) before it starts ({from})")
        }
        Problem::SuppressionOutside { date, from, through } => {
            let period = match from {
                Some(f) => format!("{f} to {through}"),
                None => format!("through {through}"),
            };
            format!(
                "{date} is outside the period this liquidation liquidates ({period}): a decision suppresses only days it liquidates (CPCE L131-4 al. 3); move the suppression to the liquidation of those days, or correct its dates"
            )
        }
        Problem::WholePeriodSuppressed { whole } => format!(
            "suppression[{whole}] already suppresses the whole period: suppressions must not share a day"
        ),
        Problem::SuppressionsShareDay { first, second } => format!(
            "suppressions must not share a day: {} to {} and {} to {}",
            first.0.map_or(String::new(), |d| d.to_string()),
            first.1,
            second.0,
            second.1.map_or(String::new(), |d| d.to_string())
        ),
        Problem::PaymentsWithoutInterest => "payments and costs go into the balance, which needs an [interest] table: add one, e.g. [interest] regime = \"fr-legal\" (or regime = \"fixed\" with rate = \"0\" for no interest)".into(),
        Problem::NotInEuros(currency) => format!(
            "a décompte is computed for a case in euros (the rate tables and its lines are in euros), and the case is in {}: remove [interest], [[payment]] and [[cost]]",
            currency.code()
        ),
        Problem::DecisionServedBeforeMade { served, decided } => {
            format!("the decision is served on {served}, before it was made ({decided}): correct `served` or `decided`")
        }
        Problem::Regime(e) => format!(
            "unknown regime `{}`{}: expected one of {}",
            e.given,
            did_you_mean(e.closest),
            quoted(Regime::ALL.iter().map(|r| r.code()))
        ),
        Problem::UnknownCreditor(given) => format!(
            "unknown creditor `{given}`: expected `individual` (a natural person not acting for professional needs) or `other` (CMF L313-2)"
        ),
        Problem::UnknownBasis(given) => format!("unknown day basis `{given}`: expected `act/365` or `act/act`"),
        Problem::EnforceableNotFrench(regime) => format!(
            "`enforceable` starts the majoration of CMF L313-3, which is French; {regime} has none: remove it"
        ),
        Problem::UnknownStart(word) => format!(
            "unknown start of interest `{word}`: expected \"decision\" (the day after each liquidating decision), \"service\" (the day after each was served: give `served` in each [[liquidation]]) or a bare date such as 2023-04-14"
        ),
        Problem::UnknownLimitation(given) => format!(
            "unknown limitation rule `{given}`: expected one of {}",
            quoted(crate::balance::Limitation::ALL.iter().map(|l| l.code()))
        ),
        Problem::PaymentBeforeSums { date, first } => match first {
            Some(first) => format!(
                "a payment on {date} is before any sum is due: the first liquidation was decided on {first}; correct the date, or leave out a payment made for something else"
            ),
            None => format!(
                "a payment on {date}, but no liquidation has a decision date (`decided`): nothing is owed yet to pay"
            ),
        },
        Problem::UnknownRole(given) => format!(
            "unknown role `{given}`: expected one of {}",
            quoted(crate::case::filing::Role::ALL.iter().map(|r| r.code()))
        ),
        Problem::OrderServedBeforeDecided { served, decided } => {
            format!("the order cannot be served ({served}) before it was decided ({decided})")
        }
        Problem::DrawnUpBeforeDecided { on, decided } => {
            format!("the statement cannot be drawn up ({on}) before the order was decided ({decided})")
        }
        Problem::Unchecked => "this case could not be checked: please report it".into(),
    }
}

/// What follows the rule a definitive astreinte broke.
const DEFINITIVE_THEN: &str =
    "; one ordered otherwise is liquidated as a provisional one: write kind = \"provisional\", or";

/// `3/4`, or `2` for a whole number.
pub(super) fn fraction(numerator: i128, denominator: i128) -> String {
    if denominator == 1 {
        numerator.to_string()
    } else {
        format!("{numerator}/{denominator}")
    }
}

fn missing(what: Missing) -> String {
    match what {
        Missing::Title => "every case needs a title, e.g. title = \"CNIL v Clearview AI\"".into(),
        Missing::Currency => "every case needs an ISO 4217 currency, e.g. currency = \"EUR\"".into(),
        Missing::Order => {
            "every case needs an [order] table with `decided` and `comply_within` or `deadline`".into()
        }
        Missing::Rules => format!(
            "a time limit (`order.comply_within`) is counted under a rule set; add e.g. rules = \"fr-cpc\" (one of {})",
            quoted(RuleSet::ALL.iter().map(|r| r.code()))
        ),
        Missing::OrderDecided => "the date of the decision, e.g. decided = 2022-10-17".into(),
        Missing::Due => {
            "when must the order be obeyed? add comply_within = \"2 months\" or deadline = 2022-12-19".into()
        }
        Missing::Penalty => "every case needs a [penalty] table, e.g. amount = 100000 and per = \"day\"".into(),
        Missing::PenaltyAmount => "the sum per unit, e.g. amount = 100000".into(),
        Missing::ChangeFrom => {
            "the first day of the new rate (or `after = \"30 days\"`, a stretch from the first day of delay)".into()
        }
        Missing::NewRate => "the new sum per unit".into(),
        Missing::SuspensionFrom => "the first day suspended".into(),
        Missing::SuspensionThrough => "the last day suspended".into(),
        Missing::Violations => "a penalty per violation needs its violations, e.g. [[penalty.violation]] with date = 2024-04-30 and count = 9".into(),
        Missing::ViolationDate => "the date of the violation".into(),
        Missing::LumpSumAmount => "the sum, e.g. amount = 200000000".into(),
        Missing::LiquidationEnd => {
            "the end of the period, as `through` (last day counted) or `until` (first day not counted)".into()
        }
        Missing::ExpectedAsOf { key } => format!(
            "`expected.{key}` depends on the date it is computed at; add e.g. as_of = 2023-05-10 to [expected]"
        ),
        Missing::ReachesAmount => {
            "the total to reach, e.g. reaches = { amount = 1000000, on = 2025-10-19 }".into()
        }
        Missing::ReachesOn => {
            "the day the total reaches the amount, e.g. reaches = { amount = 1000000, on = 2025-10-19 }".into()
        }
        Missing::EscalationRise => {
            "how the rate rises, `factor = 2` (doubled at each step) or `add = 1000` (raised by a sum)".into()
        }
        Missing::EscalationEvery => {
            "how often the rate rises, e.g. every = \"1 day\", \"1 week\", \"30 days\" or \"1 month\"".into()
        }
        Missing::ReductionDate => "the day the item was brought into compliance, e.g. date = 2015-03-31".into(),
        Missing::ReductionAmount => {
            "what the item takes off the rate, `amount = 400000` or `share = \"1/214\"`".into()
        }
        Missing::BreachFrom => "the first day of breach".into(),
        Missing::BreachThrough => "the last day of breach (or write a list: dates = [...])".into(),
        Missing::ShareTo => "who receives the share, e.g. to = \"Budget de l'État\"".into(),
        Missing::AdjustDay => {
            "the day to add, e.g. { date = 2023-07-13, name = \"Fermeture du greffe\" }".into()
        }
        Missing::AdjustName => "a `name` saying why the day is not worked".into(),
        Missing::AstreinteFrom { decided } => format!(
            "an astreinte ordered on {decided} runs from the date that decision fixes, never before it is enforceable (CPCE R131-1); give its first day, e.g. from = {decided}"
        ),
        Missing::SuppressionReason => "an astreinte is suppressed only if the delay comes from a cause étrangère (CPCE L131-4 al. 3; cas fortuit or force majeure, CJA L911-7); say which, e.g. reason = \"site closed by prefectoral order\"".into(),
        Missing::SuppressionThrough => "give the last day suppressed as `through` (the same as `from` for one day), or leave out both to suppress the whole period".into(),
        Missing::SuppressionFrom => "give the first day suppressed as `from` (the same as `through` for one day), or leave out both to suppress the whole period".into(),
        Missing::InterestRegime => "the interest regime, one of `fr-legal`, `nl-legal`, `nl-commercial`, `be-legal`, `eu-ecb`, `fixed`, e.g. regime = \"fr-legal\"".into(),
        Missing::PaymentDate => "the day it was paid, e.g. date = 2023-06-01".into(),
        Missing::PaymentAmount => "the sum paid, e.g. amount = 1000".into(),
        Missing::CostDate => "the day it was incurred, e.g. date = 2023-04-13".into(),
        Missing::CostAmount => "the sum, e.g. amount = 350".into(),
        Missing::CostLabel => {
            "what the cost is, e.g. label = \"Frais d'huissier\" or label = \"Article 700 CPC\"".into()
        }
        Missing::PartyRole => format!(
            "each [[party]] needs a role: one of {}",
            quoted(crate::case::filing::Role::ALL.iter().map(|r| r.code()))
        ),
        Missing::PartyName => {
            "each [[party]] needs a name, e.g. name = \"Association Les Amis de la Terre\"".into()
        }
    }
}

fn both(pair: Both) -> &'static str {
    match pair {
        Both::ComplyWithinAndDeadline => "give either `comply_within` or `deadline`, not both",
        Both::ThroughAndUntil => {
            "give either `through` (the last day counted) or `until` (the first day not counted), not both"
        }
        Both::ChangeFromAndAfter => {
            "give either `from` (the first day of the new rate) or `after` (a stretch from the first day of delay, e.g. \"30 days\"), not both"
        }
        Both::FromAndFirstDay => "give either `from` (a date) or `first_day` (an event), not both",
        Both::FactorAndAdd => {
            "give either `factor` (the rate is multiplied at each step) or `add` (raised by a sum), not both"
        }
        Both::AmountAndShare => {
            "give either `amount` (what the item takes off the rate) or `share` (a part of `amount`), not both"
        }
        Both::PeriodAndDates => "give either `from` and `through` (a period) or `dates` (a list of days), not both",
        Both::PartAndAmount => {
            "give either `part` (\"1/2\", \"50%\") or `amount` (a fixed sum), not both; leave both out for the share that takes the rest"
        }
        Both::ThroughAndDuration => {
            "give either `through` (the last day the astreinte runs) or `duration` (how long it runs from its first day), not both"
        }
    }
}

fn empty(what: Empty) -> &'static str {
    match what {
        Empty::Title => "the title is empty",
        Empty::Name => "the name is empty",
        Empty::Text => "is empty: write the text, or leave the key out",
        Empty::Reason => {
            "the reason is empty: say what the cause étrangère was (CPCE L131-4 al. 3 suppresses only for a cause the debtor could not overcome)"
        }
    }
}

fn before(what: Before) -> &'static str {
    match what {
        Before::PenaltyFrom => "the penalty cannot run before the decision (CPCE R131-1)",
        Before::Complied => "compliance is dated before the decision",
        Before::LumpSum => "a lump sum is owed from the decision",
        Before::EscalationUntil => "the escalation cannot stop before the decision",
        Before::AstreinteDecided => "an astreinte ordered after the case's order is dated after it",
    }
}

/// ` (did you mean `x`?)`, or nothing.
fn did_you_mean(closest: Option<&str>) -> String {
    closest.map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default()
}

fn rule_set(e: &UnknownRuleSet) -> String {
    let suggestion = match e.closest {
        None => String::new(),
        Some(first) => {
            let mut names = vec![format!("`{first}`")];
            names.extend(e.also.iter().map(|c| format!("`{c}`")));
            let named = match names.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
                _ => names.concat(),
            };
            format!(" (did you mean {named}?)")
        }
    };
    format!(
        "unknown rule set `{}`{suggestion}: expected one of {}",
        e.given,
        quoted(RuleSet::ALL.iter().map(|r| r.code()))
    )
}

fn limit_error(e: &LimitError) -> String {
    let problem = match &e.problem {
        LimitProblem::Empty => "it is empty".to_string(),
        LimitProblem::TooLarge(number) => {
            format!("{number} is too large (at most {})", crate::timelimit::MAX_COUNT)
        }
        LimitProblem::NotWhole(number) => format!("`{number}` is not a whole number"),
        LimitProblem::NoUnit(count) => format!("the number {count} has no unit"),
        LimitProblem::UnknownUnit { word, closest } => format!("unknown unit `{word}`{}", did_you_mean(*closest)),
        LimitProblem::Twice(word) => format!("the unit `{word}` appears twice"),
        LimitProblem::Zero => "a time limit of zero gives no time to comply".to_string(),
    };
    format!(
        "cannot read the time limit `{}`: {problem}; accepted forms: \"15 days\", \"2 weeks\", \"2 months\", \"1 year\", \"1 month 15 days\" (or in French: \"15 jours\", \"2 mois\", \"1 an\"; in Dutch: \"30 dagen\", \"2 weken\", \"6 maanden\", \"1 jaar\")",
        e.text
    )
}

fn option(e: &OptionError) -> String {
    match e {
        OptionError::UnknownDistance { given, closest } => format!(
            "unknown distance `{given}`{}: expected one of {}",
            did_you_mean(*closest),
            quoted(Distance::ALL.iter().map(|d| d.code()))
        ),
        OptionError::UnknownMonthEnd { given, closest } => format!(
            "unknown month_end `{given}`{}: expected one of {}",
            did_you_mean(*closest),
            quoted(MonthEnd::ALL.iter().map(|m| m.code()))
        ),
        OptionError::DistanceNotApplicable { rules, distance } => {
            let accepted = rules.distances();
            if accepted.is_empty() {
                format!("the rule set `{rules}` has no distance extension, so distance `{distance}` cannot apply")
            } else {
                format!(
                    "distance `{distance}` does not apply under `{rules}`: expected one of {}",
                    quoted(accepted.iter().map(|d| d.code()))
                )
            }
        }
    }
}

pub(super) fn deadline(e: &DeadlineError) -> String {
    match e {
        DeadlineError::OutOfRange { from, limit } => {
            format!("{from} + {limit} ends after 9999-12-31, the last supported date")
        }
        DeadlineError::NoDayAfter(deadline) => format!(
            "the deadline is {deadline}, the last supported date: no day of delay can follow it (give the penalty a `from` date, or check the deadline)"
        ),
        DeadlineError::Calendar(e) => holidays(e),
        DeadlineError::NoWorkingDay(day) => {
            format!("no working day within a year after {day}: check the calendar adjustments")
        }
        DeadlineError::MonthEndMissing {
            from,
            limit,
            day,
            clamped,
        } => format!(
            "{from} + {limit}: {} has no day {day}, and month_end = \"error\" refuses to end the limit on its last day ({clamped}); set month_end = \"clamp\" to accept that end, or give the deadline the order fixes",
            crate::lang::month_in_words(*clamped, crate::lang::Lang::En)
        ),
    }
}

fn holidays(e: &CalendarError) -> String {
    match e {
        CalendarError::YearOutOfRange { year } => {
            format!("year {year} is out of range: public holidays are computed for {FIRST_YEAR} to {LAST_YEAR}")
        }
    }
}
