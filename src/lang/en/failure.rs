//! The errors of a computation in English: why a case, its décompte or an amount of interest
//! could not be computed. English is also what the machine formats carry.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::balance::BalanceProblem;
use crate::engine::{ComputeError, JudgmentError, Quantity};
use crate::error::{Error, Usage};
use crate::input::{ReadError, Skipped, SkippedKind};
use crate::interest::{InterestDay, InterestError, Regime, RegimeOption};
use crate::lang::message::Fault;
use crate::money::exact::Loss;
use crate::render::PrintError;
use crate::report::CapScope;

/// An error of a computation, in English.
pub(super) fn fault(fault: Fault<'_>) -> String {
    match fault {
        Fault::Compute(e) => compute(e),
        Fault::Judgment(e) => judgment(e),
        Fault::Balance(p) => balance(p),
        Fault::Interest(e) => interest(e),
        Fault::Quantity(q) => quantity(q),
        Fault::Read(e) => read(e),
        Fault::Skipped(s) => skipped(s),
        Fault::Run(e) => run(e),
        Fault::Print(p) => print(p),
        Fault::Unlisted { unlisted, listed } => format!(
            "and {unlisted} more error{} in this case, not listed (a run lists the first {listed})",
            if unlisted == 1 { "" } else { "s" }
        ),
    }
}

fn read(e: &ReadError) -> String {
    match e {
        ReadError::Io { source, .. } => format!("cannot read: {source}"),
        ReadError::NotUtf8 { offset, .. } => format!(
            "not UTF-8 text (byte {offset} is not valid UTF-8): a case file must be UTF-8 TOML; save it as UTF-8"
        ),
        ReadError::Nul { offset, .. } => format!(
            "a NUL byte (byte {offset}): a case file is UTF-8 TOML text, and no text holds NUL bytes; is this a binary file?"
        ),
        ReadError::TooLarge { limit, .. } => format!(
            "more than {limit} bytes, the most one input may hold{}: a case file is far smaller; split a batch into several files",
            crate::input::in_gib(*limit)
        ),
        ReadError::Missing { .. } => "no such file or directory".into(),
    }
}

fn skipped(s: &Skipped) -> String {
    let first = s.first.display();
    if s.path == s.first {
        return "named again, read already: skipped".into();
    }
    match s.kind {
        SkippedKind::Loop => {
            format!("leads back to {first}, which holds it (a loop of links): not followed; each file is read once")
        }
        SkippedKind::Directory => format!("the same directory as {first}, read already: skipped"),
        SkippedKind::File => format!("the same file as {first}, read already: skipped"),
    }
}

fn run(e: &Error) -> String {
    match e {
        Error::Output(e) => format!("cannot write the output: {e}"),
        Error::Print(p) => print(p),
        Error::OutputFile { path, source } => format!("cannot write {path}: {source}"),
        Error::OutputIsInput { output, input } => format!(
            "--output {output}: this file is also an input of the run ({input}); writing the results there would destroy it: choose another output file"
        ),
        Error::Usage(usage) => self::usage(usage),
    }
}

fn usage(u: &Usage) -> String {
    match u {
        Usage::PdfToTerminal => "--format pdf writes a PDF file, not text for a terminal: add -o statement.pdf".into(),
        Usage::OutputExists(path) => {
            format!("{path} already exists: choose another --output, or add --force to replace it")
        }
        Usage::NoSubcommand { name, names } => {
            format!("no subcommand `{name}`: expected one of {}", names.join(", "))
        }
        Usage::NothingBefore(until) => format!(
            "--until {until}: no day comes before it in the supported dates, {}",
            crate::dates::RANGE
        ),
        Usage::NoEnd => "give --through DATE or --until DATE".into(),
        Usage::PeriodReversed { from, through } => format!("the period ends ({through}) before it starts ({from})"),
        Usage::PartialForShortUnit(per) => {
            format!("--partial applies to units longer than a day, not to `{}`", per.code())
        }
        Usage::NoDayOfInterest { until, from } => format!(
            "--until {until}: the day of payment is not counted, and it is not after the first day of interest (--from {from}): no day of interest is left"
        ),
        Usage::ToBeforeFrom { from, to } => format!("--to {to} is before --from {from}"),
        Usage::YearOutOfRange(year) => {
            format!("--year: {year} is outside the supported dates, {}", crate::dates::RANGE)
        }
        Usage::EmptyEvent => "--event: the name of the starting event is empty".into(),
        Usage::NoDayOfDelay(deadline) => format!(
            "--from/--within: the deadline {deadline} is the last supported date: no day of delay can follow it"
        ),
        Usage::Value { flag, problem } => format!("{flag}: {}", super::problem::problem(problem)),
        Usage::Compute(e) => e.message_in(crate::lang::Lang::En),
        Usage::Interest(e) => format!("{}: {}", e.flag(), interest(e)),
    }
}

fn compute(e: &ComputeError) -> String {
    match e {
        ComputeError::Balance { problem, .. } => balance(problem),
        ComputeError::Deadline { source, .. } => super::problem::deadline(source),
        ComputeError::Reversed { from, through, .. } => format!(
            "the period ends ({through}) before it starts ({from}): write the last day counted, on or after {from}, or correct `from`"
        ),
        ComputeError::OutOfOrder {
            through,
            previous_through,
            ..
        } => format!(
            "the period ends on {through}, but the liquidation before it already runs through {previous_through}: list liquidations in the order of their periods, each starting after the one before ends"
        ),
        ComputeError::Overlap {
            from, previous_through, ..
        } => format!(
            "the period starts on {from}, but days up to {previous_through} were already liquidated: liquidation periods must not overlap; leave `from` out or start it after {previous_through}"
        ),
        ComputeError::BeforeDelay {
            through, accrual_start, ..
        } => format!(
            "the period ends on {through}, before the first day of delay ({accrual_start}): there is nothing to liquidate; end it on or after {accrual_start}, or remove this liquidation"
        ),
        ComputeError::AfterAsOf { through, as_of, .. } => format!(
            "the period ends on {through}, after the as-of date ({as_of}): those days have not happened yet; to project them, compute as of {through} or later (`--as-of {through}`, or `expected.as_of` for `check`)"
        ),
        ComputeError::Overflow { what, .. } => format!(
            "amount too large: {} exceeds the largest amount held exactly ({}, about 7.9 × 10^28)",
            quantity(what),
            Decimal::MAX
        ),
        ComputeError::Inexact { what, .. } => format!(
            "amount cannot be represented exactly: {} needs more digits than an amount holds (28 to 29 significant digits, at most 28 after the decimal point)",
            quantity(what)
        ),
        ComputeError::OutOfRange { what, .. } => format!(
            "{} reaches beyond the supported dates, {}",
            quantity(what),
            crate::dates::RANGE
        ),
        ComputeError::Judgment { source, .. } => judgment(source),
    }
}

fn quantity(q: &Quantity) -> String {
    match q {
        Quantity::Total { from, through } => format!("the total from {from} to {through}"),
        Quantity::EscalatingRate(day) => format!("the escalating rate from {day}"),
        Quantity::CapDay(CapScope::Penalty(Some(o))) => format!("the day the cap ({o}) is reached"),
        Quantity::CapDay(CapScope::Penalty(None)) => "the day the cap is reached".into(),
        Quantity::CapDay(CapScope::Case) => "the day the cap of the case is reached".into(),
        Quantity::TargetDay(target) => format!("the day {target} is reached"),
        Quantity::AccruedByTarget(target) => format!("the amount accrued by the day {target} is reached"),
        Quantity::Judgment { from, through } => format!("the judgment of {from} to {through}"),
        Quantity::PenaltyTotal => "a penalty's total".into(),
        Quantity::LiquidationsTotal => "the total of the liquidations".into(),
        Quantity::AwardedTotal => "the total awarded".into(),
        Quantity::SuppressedTotal => "the total suppressed".into(),
        Quantity::ProjectedTotal => "the total of the projected liquidations".into(),
        Quantity::UnliquidatedTotal => "the total not yet liquidated".into(),
        Quantity::LumpSums => "the sum of the lump sums".into(),
        Quantity::Overall => "the overall total".into(),
        Quantity::Suppressed => "the suppressed amount".into(),
        Quantity::ComputedLessSuppressed => "the computed amount less the suppressed".into(),
        Quantity::Share => "a share of the liquidated sum".into(),
        Quantity::Date => "a date".into(),
        Quantity::UnitCounted => "a unit counted".into(),
    }
}

fn judgment(e: &JudgmentError) -> String {
    match e {
        JudgmentError::AboveOrdered {
            awarded_rate,
            ordered_rate,
            article,
        } => format!(
            "the awarded rate ({awarded_rate}) is above the rate the order set for the period ({ordered_rate}): at liquidation the judge may lower the rate of a provisional astreinte ({article}), never raise it for days already run; a higher rate for the days to come is a new order, written as a [[penalty.change]] or a new [[penalty]]"
        ),
        JudgmentError::Disagree {
            awarded,
            awarded_rate,
            per,
            at_rate,
        } => format!(
            "`awarded` ({awarded}) and `awarded_rate` ({awarded_rate}) disagree: at {awarded_rate} a {} the period comes to {at_rate}; give one of them, or correct the one that is wrong",
            per.map_or("unit", |p| p.code())
        ),
        JudgmentError::DefinitiveAwarded {
            awarded,
            due,
            suppressed,
            article,
            suppression,
        } => format!(
            "a definitive astreinte counts in this period, and its rate is never changed at liquidation ({article}): the sum awarded is the computed {due}{}, not {awarded}; only days whose delay comes from a cause étrangère may be taken out ({suppression}), as [[liquidation.suppression]]; if the decision moderated the figure, the astreinte was provisional: write kind = \"provisional\" on its [[penalty]] (or, if it moderated a provisional astreinte counted in the same period, liquidate each astreinte in a period of its own)",
            if *suppressed { " less the suppressed days" } else { "" }
        ),
        JudgmentError::DefinitiveRate {
            awarded_rate,
            ordered_rate,
            article,
            suppression,
        } => format!(
            "a definitive astreinte counts in this period, and its rate is never changed at liquidation ({article}): the rate is the ordered {ordered_rate}, not {awarded_rate}; only days whose delay comes from a cause étrangère may be taken out ({suppression}), as [[liquidation.suppression]]; if the decision moderated the rate, the astreinte was provisional: write kind = \"provisional\" on its [[penalty]]"
        ),
        JudgmentError::SeveralAstreintes { penalties } => format!(
            "`awarded_rate` replaces the rate of one astreinte, but {} count in this period: give the sum the decision awarded as `awarded`, or liquidate each astreinte in a liquidation of its own",
            penalties
                .iter()
                .map(|n| format!("penalty[{n}]"))
                .collect::<Vec<_>>()
                .join(" and ")
        ),
        JudgmentError::SeveralRates { rates, more } => format!(
            "the ordered rate changes within the period ({}{}): one awarded rate cannot stand for them; give the sum the decision awarded as `awarded`, or end this liquidation where the rate changes",
            rates.iter().map(Decimal::to_string).collect::<Vec<_>>().join(" then "),
            if *more { " then ..." } else { "" }
        ),
        JudgmentError::Capped => "a cap holds this period's figure: the awarded rate cannot be applied to units the cap removed; give the sum the decision awarded as `awarded`".into(),
        JudgmentError::SuppressionOutside {
            from,
            through,
            period_from,
            period_through,
            article,
        } => format!(
            "the suppression ({from} to {through}) reaches outside the period this liquidation liquidates ({period_from} to {period_through}): a decision suppresses only days it liquidates ({article}); move it to the liquidation of those days, or correct its dates"
        ),
    }
}

fn balance(p: &BalanceProblem) -> String {
    match p {
        BalanceProblem::PaymentBeforeSums { date, first } => format!(
            "a payment on {date} is before any sum is due: the first liquidated sum counted was decided on {first}; correct the date, or leave out a payment made for something else"
        ),
        BalanceProblem::PaymentBeforeAnyDecision { date, as_of } => format!(
            "a payment on {date} is recorded, but no liquidation was pronounced by {as_of}: give the liquidating decision's date (`decided`), or leave the payment out"
        ),
        BalanceProblem::LimitationUnconfirmed(rule) => {
            let row = rule.row();
            format!(
                "the limitation rule `{rule}` is not confirmed ({}; source: {}): it is refused unless you allow unconfirmed data (allow_unconfirmed = true in [interest]), which marks it in the output",
                row.caveat, row.source
            )
        }
        BalanceProblem::NoDayAfter => "no day follows this date".into(),
        BalanceProblem::ServedMissing { liquidation, decided } => format!(
            "missing: interest runs from each decision's service (interest.from = \"service\"), and liquidation {liquidation}, decided on {decided}, has none: add served = DATE to it, or use from = \"decision\""
        ),
        BalanceProblem::LimitationOutOfRange => format!(
            "its limitation date is outside the supported dates ({})",
            crate::dates::RANGE
        ),
        BalanceProblem::Interest {
            error: error @ InterestError::OutsideTables { needed, .. },
            regime,
        } => format!(
            "{}. The row missing: {}. Check {}; or compute on an earlier date (--as-of, or as_of in [expected])",
            interest(error),
            missing_row(*regime, *needed),
            where_published(*regime)
        ),
        BalanceProblem::Interest { error, .. } => interest(error),
        BalanceProblem::Arithmetic(loss) => interest(&InterestError::Arithmetic(*loss)),
    }
}

/// The row of the regime's table that would cover `day`.
fn missing_row(regime: Regime, day: NaiveDate) -> String {
    let year = day.year();
    let half = if day.month() <= 6 {
        format!("1 January to 30 June {year}")
    } else {
        format!("1 July to 31 December {year}")
    };
    match regime {
        Regime::FrLegal if year >= 2015 => format!("the semester {half}"),
        Regime::NlLegal | Regime::NlCommercial => format!("the half-year {half}"),
        Regime::FrLegal | Regime::BeLegal => format!("the year {year}"),
        Regime::EuEcb => format!("the ECB main refinancing rate in force on {day}"),
        Regime::Fixed => format!("the rate on {day}"),
    }
}

/// Where the rate of a regime is published.
fn where_published(regime: Regime) -> &'static str {
    match regime {
        Regime::FrLegal => {
            "the arrêté fixing the taux de l'intérêt légal for that semester (JORF, on Legifrance; before 2015 the yearly décret), then add the row to src/interest/rates/fr.rs"
        }
        Regime::NlLegal | Regime::NlCommercial => {
            "the Besluit wettelijke rente in the Staatsblad (BW 6:120), then add the row to src/interest/rates/nl.rs"
        }
        Regime::BeLegal => {
            "the SPF Finances notice of the legal rate in the Moniteur belge (loi du 5 mai 1865, art. 2), then add the row to src/interest/rates/be.rs"
        }
        Regime::EuEcb => {
            "the ECB's key interest rates (Governing Council decisions, ecb.europa.eu), then add the row to src/interest/rates/ecb.rs"
        }
        Regime::Fixed => "the rate given",
    }
}

fn interest(e: &InterestError) -> String {
    match e {
        InterestError::PrincipalNotPositive { amount } => format!("the sum must be above zero, found {amount}"),
        InterestError::PrincipalTooPrecise { amount, digits } => format!(
            "{amount} has more decimals than the currency's minor unit ({digits}): write the sum in cents at most"
        ),
        InterestError::PaymentNotPositive { date, amount } => {
            format!("payment of {date}: the amount must be above zero, found {amount}")
        }
        InterestError::PaymentTooPrecise { date, amount, digits } => {
            format!("payment of {date}: {amount} has more decimals than the currency's minor unit ({digits})")
        }
        InterestError::PaymentBeforeStart { date, amount, from } => format!(
            "payment of {amount} on {date}: it is before the first day of interest ({from}); a sum paid before interest runs lowers the sum itself: give the sum net of it"
        ),
        InterestError::PaymentAfterEnd { date, amount, through } => format!(
            "payment of {amount} on {date}: it is after the period, which ends on {through}; extend the period to the day before the payment, or leave the payment out"
        ),
        InterestError::CostNotPositive { label, amount } => {
            format!("cost `{label}`: the amount must be above zero, found {amount}")
        }
        InterestError::CostAfterEnd { label, date, through } => {
            format!("cost `{label}` of {date}: it is after the period, which ends on {through}")
        }
        InterestError::EmptyPeriod { from, through } => format!("the period ends ({through}) before it starts ({from})"),
        InterestError::OutsideTables {
            table,
            first,
            last,
            needed,
        } => format!(
            "the {table} rate table covers {first} to {last}, and the period needs {needed}: no rate is known for that day (a new rate is one row in src/interest/rates/)"
        ),
        InterestError::CreditorMissing { needed } => format!(
            "fr-legal has two rates from 1 January 2015 (CMF L313-2), and the period runs on {needed}: give the creditor, `individual` (a natural person not acting for professional needs) or `other`"
        ),
        InterestError::Unconfirmed {
            table,
            from,
            through,
            rate,
            text,
        } => format!(
            "the {table} rate of {rate} % for {from} to {through} is not confirmed ({text}): it is refused unless you allow unconfirmed rates (--allow-unconfirmed), which marks it in the output"
        ),
        InterestError::NotForRegime { option, regime } => {
            let why = match option {
                RegimeOption::Creditor => "the creditor decides the rate under fr-legal only (CMF L313-2)",
                RegimeOption::Enforceable | RegimeOption::NoMajoration => "the majoration of CMF L313-3 is French",
                RegimeOption::Decided => "the day of the decision fixes the ECB rate of eu-ecb only",
                RegimeOption::Guarantee => "a guarantee lowers the points of eu-ecb only (Reg. 1268/2012 art. 83(4))",
                RegimeOption::Capitalise | RegimeOption::Anchor => "Reg. 1268/2012 art. 83 provides simple interest",
                RegimeOption::Rate => "the rate comes from the regime's table; give a rate with the fixed regime",
            };
            format!("{} does not apply to {regime}: {why}", option.flag())
        }
        InterestError::RateMissing => "the fixed regime needs the annual rate, in percent (such as 4.5)".into(),
        InterestError::NegativeRate { rate } => format!("the rate must be zero or above, found {rate}"),
        InterestError::GuaranteeWithoutDecision => "with a guarantee, the rate is the ECB rate of the first day of the month the decision imposing the fine was adopted (Reg. 1268/2012 art. 83(4)): give the day of the decision".into(),
        InterestError::AnchorWithoutCapitalisation { regime } => format!(
            "the anchor places the capitalisation days, and {regime} capitalises only when asked: ask for capitalisation too"
        ),
        InterestError::DateOutOfRange { day } => {
            let day = match day {
                InterestDay::DayAfterLast => "the day after the last day of interest",
                InterestDay::DayOfInterest => "a day of interest",
                InterestDay::FirstOfDeadlineMonth => "the first day of the month of the deadline",
            };
            format!("{day} is outside the supported dates ({})", crate::dates::RANGE)
        }
        InterestError::Arithmetic(Loss::TooLarge) => {
            "the interest exceeds the largest amount held exactly (about 7.9 × 10^28)".into()
        }
        InterestError::Arithmetic(Loss::Inexact) => {
            "the interest needs more digits than an amount holds exactly".into()
        }
    }
}

fn print(p: &PrintError) -> String {
    match p {
        PrintError::NotInstalled => {
            "--format pdf prints the HTML statement with headless Chromium, which is not installed: \
             install it (Debian, Ubuntu: `apt-get install chromium`; Fedora: `dnf install chromium`; \
             macOS: `brew install --cask chromium`) or Google Chrome, or set ASTREINTE_CHROMIUM to its path; \
             or write --format html and print it from a browser"
                .into()
        }
        PrintError::ChosenDoesNotRun { chosen } => {
            format!("ASTREINTE_CHROMIUM is `{chosen}`, which does not run: give the path of Chromium or Google Chrome")
        }
        PrintError::CannotStart { browser, reason } => format!("cannot start {browser}: {reason}"),
        PrintError::TimedOut { browser, seconds } => {
            format!("{browser} did not print the statement within {seconds} seconds")
        }
        PrintError::Failed { browser, code, said } => {
            format!(
                "{browser} could not print the statement to PDF ({}): {said}",
                ended(*code)
            )
        }
    }
}

/// How the browser ended: its exit code, or a signal.
fn ended(code: Option<i32>) -> String {
    match code {
        Some(c) => format!("exit code {c}"),
        None => "stopped by a signal".into(),
    }
}
