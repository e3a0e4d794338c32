//! Checking a raw case and turning it into domain types, one key at a time, so that each
//! refusal names the key, its position and what was expected.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml::Spanned;

use super::error::{Found, InputError};
use super::model::{Case, key_path};
use super::problem::{AmountSign, Before, Empty, Missing, Problem};
use super::raw::{RawAmount, RawCase, RawDate, Text};
use crate::calendar::{Calendar, CalendarId};
use crate::fast;
use crate::money::Currency;
use crate::source::{Location, Part};
use crate::timelimit::RuleSet;

mod balance;
mod filing;
mod judge;
mod key;
mod liquidation;
mod order;
mod orders;
mod penalty;

use key::Key;

/// Checks `raw`, the case at byte `span` of `part` (the `number`th of a batch, if it is in one).
///
/// A refusal does not stop the checking: each check whose inputs were read goes on, and the
/// case's error carries every refusal found (see [`InputError::all`]). A check that needs
/// what was refused is skipped: its refusal would only repeat the first.
pub(crate) fn validate(
    part: &Part<'_>,
    raw: RawCase,
    span: Range<usize>,
    number: Option<usize>,
) -> Result<Case, InputError> {
    let at = Checker {
        part,
        number,
        cursor: Cell::new(fast::locate::Cursor::new(part)),
        found: RefCell::default(),
    };
    // Located first: the keys below come after the case's header.
    let origin = at.locate(span.start);
    let case_start = span.start..span.start;

    let title = at.keep(title(&at, raw.title, &case_start));
    let currency = at.keep(currency(&at, raw.currency, &case_start));
    let order_raw = at.keep(at.required(raw.order.as_ref(), &case_start, "order", Missing::Order));
    let uses_time_limit = order_raw.is_some_and(|o| o.get_ref().comply_within.is_some());
    let rules = at.keep(rules(&at, raw.rules, uses_time_limit, &case_start));
    let calendar_id = match raw.calendar {
        Some(c) => at.keep(
            c.get_ref()
                .parse::<CalendarId>()
                .map_err(|e| at.error(c.span(), "calendar", Problem::Calendar(e))),
        ),
        None => rules.map(RuleSet::default_calendar),
    };

    let order = match (order_raw, rules) {
        (Some(order_raw), Some(rules)) => at.keep(at.order(order_raw, rules)),
        _ => None,
    };
    let order_served = order_raw.and_then(|o| o.get_ref().served.as_ref().map(|s| (s.span(), s.get_ref().0)));
    let mut calendar = calendar_id.map(Calendar::new);
    if let (Some(adjust), Some(calendar)) = (raw.calendar_adjust, calendar.as_mut()) {
        at.keep(at.calendar_adjust(adjust, calendar));
    }
    let jurisdiction = match rules {
        Some(rules) => at.keep(at.jurisdiction(raw.jurisdiction.as_ref(), rules)),
        // The rule set only gives the default: a jurisdiction written is checked all the same.
        None => raw
            .jurisdiction
            .as_ref()
            .and_then(|j| at.keep(at.jurisdiction(Some(j), RuleSet::Plain))),
    };
    let penalties = match (&order, jurisdiction) {
        (Some(order), Some(jurisdiction)) => at.keep(at.penalties(raw.penalty, &case_start, order, jurisdiction)),
        _ => None,
    };
    // Pushed into vectors of their own: collected in place into the raw tables' vector, they
    // left it to be shrunk by `realloc`, which cost more than a new vector (and collecting
    // none cost more than a loop over none).
    let mut liquidations = Vec::with_capacity(raw.liquidation.len());
    let mut previous = None;
    for (i, l) in raw.liquidation.iter().enumerate() {
        match at.liquidation(l, i + 1, previous) {
            Ok(liquidation) => {
                previous = Some(liquidation.through);
                liquidations.push(liquidation);
            }
            Err(e) => {
                at.note(e);
                // A period refused is not one the next can be said to follow.
                previous = None;
            }
        }
    }
    let every_liquidation = liquidations.len() == raw.liquidation.len();
    let cap = at.keep(raw.cap.map(|c| at.amount(&c, "cap", Sign::Positive)).transpose());
    let lump_sums = order.as_ref().and_then(|order| {
        let mut lump_sums = Vec::with_capacity(raw.lump_sum.len());
        let mut gather = at.gather();
        for (i, l) in raw.lump_sum.into_iter().enumerate() {
            lump_sums.extend(gather.take(at.lump_sum(l, i + 1, order)));
        }
        at.keep(gather.finish()).map(|()| lump_sums)
    });
    let shares = at.keep(at.shares(raw.share));
    // The décompte reads the liquidations' decisions, and is in the case's currency. A décompte,
    // a filing or an `[expected]` refused or skipped is left as its default, which no case is
    // built with (the refusal is returned): held in `Option`s, these large values were copied
    // for every case. Most cases have neither décompte nor filing: nothing to check, nor copy.
    let no_decompte = raw.interest.is_none() && raw.payment.is_empty() && raw.cost.is_empty();
    let balance = match currency {
        _ if no_decompte => None,
        Some(currency) if every_liquidation => at.keep_or_default(at.decompte(
            raw.interest,
            raw.payment,
            raw.cost,
            &raw.liquidation,
            &liquidations,
            currency,
        )),
        _ => None,
    };
    let no_filing = raw.court.is_none()
        && raw.docket.is_none()
        && raw.party.is_empty()
        && raw.statement.is_none()
        && order_served.is_none();
    let filing = match &order {
        _ if no_filing => Default::default(),
        Some(order) => at.keep_or_default(at.filing(
            filing::RawFiling {
                court: raw.court,
                docket: raw.docket,
                party: raw.party,
                statement: raw.statement,
                served: order_served,
            },
            order.decided,
        )),
        None => Default::default(),
    };
    let expected = at
        .keep_or_default(raw.expected.map(|e| at.expectations(e)).transpose())
        .unwrap_or_default();

    if let Some(error) = at.found.take().and_then(|found| found.into_error()) {
        return Err(error);
    }
    // No refusal: every check ran and gave its value (one is missing only where a refusal was
    // noted). Taken one at a time: a tuple of them all was copied twice.
    let unchecked = || at.unchecked(case_start.clone());
    let title = title.ok_or_else(unchecked)?;
    let currency = currency.ok_or_else(unchecked)?;
    let rules = rules.ok_or_else(unchecked)?;
    let calendar = calendar.ok_or_else(unchecked)?;
    let order = order.ok_or_else(unchecked)?;
    let jurisdiction = jurisdiction.ok_or_else(unchecked)?;
    let penalties = penalties.ok_or_else(unchecked)?;
    let cap = cap.ok_or_else(unchecked)?;
    let lump_sums = lump_sums.ok_or_else(unchecked)?;
    let shares = shares.ok_or_else(unchecked)?;

    Ok(Case {
        title,
        authority: raw.authority,
        reference: raw.reference,
        currency,
        rules,
        calendar,
        order,
        penalties,
        liquidations,
        cap,
        lump_sums,
        expected,
        shares,
        origin,
        number,
        jurisdiction,
        balance,
        filing,
    })
}

/// The case's title, trimmed.
fn title(at: &Checker<'_>, raw: Option<Spanned<Text<'_>>>, case_start: &Range<usize>) -> Result<String, InputError> {
    let title = at.required(raw, case_start, "title", Missing::Title)?;
    let trimmed_title = title.get_ref().trim();
    if trimmed_title.is_empty() {
        return Err(at.error(title.span(), "title", Problem::Empty(Empty::Title)));
    }
    Ok(trimmed_title.to_string())
}

fn currency(
    at: &Checker<'_>,
    raw: Option<Spanned<Text<'_>>>,
    case_start: &Range<usize>,
) -> Result<Currency, InputError> {
    let currency = at.required(raw, case_start, "currency", Missing::Currency)?;
    currency
        .get_ref()
        .parse()
        .map_err(|e: crate::money::BadCurrency| at.error(currency.span(), "currency", Problem::Currency(e)))
}

/// The rule set; required when the order gives a time limit, which is counted under one.
fn rules(
    at: &Checker<'_>,
    raw: Option<Spanned<Text<'_>>>,
    uses_time_limit: bool,
    case_start: &Range<usize>,
) -> Result<RuleSet, InputError> {
    let rules = match raw {
        Some(r) => r
            .get_ref()
            .parse::<RuleSet>()
            .map_err(|e| at.error(r.span(), "rules", Problem::RuleSet(e)))?,
        None if uses_time_limit => {
            return Err(at.error(case_start.clone(), "rules", Problem::Missing(Missing::Rules)));
        }
        None => RuleSet::Plain,
    };
    Ok(rules)
}

pub(super) struct Checker<'a> {
    pub(super) part: &'a Part<'a>,
    number: Option<usize>,
    /// How far [`Checker::locate`] has counted lines: keys are mostly located from the top
    /// of the case down.
    cursor: Cell<fast::locate::Cursor>,
    /// The refusals found so far, when checking goes on after one (boxed: most cases have
    /// none, and a `Found` to drop cost each of them).
    found: RefCell<Option<Box<Found>>>,
}

/// The refusals of checks that do not depend on each other (the keys of a table, the tables
/// of an array): each is checked even after another is refused. The first refusal is kept for
/// the caller, which gets it from [`Gather::finish`] and passes it on as it would any; the
/// others are noted in the [`Checker`], as is the first if the caller returns early.
pub(super) struct Gather<'c, 'a> {
    at: &'c Checker<'a>,
    first: Option<InputError>,
}

impl Gather<'_, '_> {
    /// What a check gave, or `None` if it refused (the refusal kept).
    pub(super) fn take<T>(&mut self, checked: Result<T, InputError>) -> Option<T> {
        match checked {
            Ok(value) => Some(value),
            Err(e) => {
                self.note(e);
                None
            }
        }
    }

    /// Keeps a refusal.
    pub(super) fn note(&mut self, error: InputError) {
        match self.first {
            None => self.first = Some(error),
            Some(_) => self.at.note(error),
        }
    }

    /// The first refusal, if there was any (the others are noted).
    pub(super) fn finish(mut self) -> Result<(), InputError> {
        match self.first.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

impl Drop for Gather<'_, '_> {
    fn drop(&mut self) {
        if let Some(e) = self.first.take() {
            self.at.note(e);
        }
    }
}

impl<'a> Checker<'a> {
    /// A [`Gather`] for checks that do not depend on each other.
    pub(super) fn gather(&self) -> Gather<'_, 'a> {
        Gather { at: self, first: None }
    }
}

impl Checker<'_> {
    /// What a check of the case gave, or `None` if it refused: the refusal is noted, and the
    /// checks that do not need the value go on.
    fn keep<T>(&self, checked: Result<T, InputError>) -> Option<T> {
        match checked {
            Ok(value) => Some(value),
            Err(e) => {
                self.note(e);
                None
            }
        }
    }

    /// [`Checker::keep`] for a value no case is built with if it is refused: its default then.
    fn keep_or_default<T: Default>(&self, checked: Result<T, InputError>) -> T {
        match checked {
            Ok(value) => value,
            Err(e) => {
                self.note(e);
                T::default()
            }
        }
    }

    /// Notes a refusal, for checking to go on.
    fn note(&self, error: InputError) {
        self.found.borrow_mut().get_or_insert_with(Box::default).push(error);
    }

    /// The error of a case some value of which is missing though no check refused it: what a
    /// skipped check would leave, were checks skipped without a refusal before them.
    pub(super) fn unchecked(&self, span: Range<usize>) -> InputError {
        InputError::at(self.part, span, None, Problem::Unchecked)
    }

    /// The file's line and column of an offset in the case (as [`Part::locate`] gives them).
    pub(super) fn locate(&self, offset: usize) -> Location {
        let mut cursor = self.cursor.get();
        let location = cursor.locate(self.part, offset);
        self.cursor.set(cursor);
        location
    }

    pub(super) fn error(&self, span: Range<usize>, field: impl fmt::Display, problem: Problem) -> InputError {
        InputError::at(self.part, span, Some(key_path(self.number, field)), problem)
    }

    fn required<T>(
        &self,
        value: Option<T>,
        parent: &Range<usize>,
        field: impl fmt::Display,
        missing: Missing,
    ) -> Result<T, InputError> {
        value.ok_or_else(|| self.error(parent.clone(), field, Problem::Missing(missing)))
    }

    fn days(&self, raw: &Spanned<i64>, field: impl fmt::Display) -> Result<i64, InputError> {
        let days = *raw.get_ref();
        if days < 0 {
            return Err(self.error(raw.span(), field, Problem::NegativeDays(days)));
        }
        Ok(days)
    }

    fn amount(&self, raw: &Spanned<RawAmount>, field: impl fmt::Display, sign: Sign) -> Result<Decimal, InputError> {
        let value = raw.get_ref().0;
        match sign.refuses(value) {
            Some(sign) => Err(self.error(raw.span(), field, Problem::Amount { sign, value })),
            None => Ok(value),
        }
    }

    fn not_before(
        &self,
        date: Option<&Spanned<RawDate>>,
        floor: NaiveDate,
        field: impl fmt::Display,
        what: Before,
    ) -> Result<Option<NaiveDate>, InputError> {
        match date {
            Some(d) if d.get_ref().0 < floor => Err(self.error(
                d.span(),
                field,
                Problem::Before {
                    what,
                    date: d.get_ref().0,
                    floor,
                },
            )),
            d => Ok(d.map(|d| d.get_ref().0)),
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Sign {
    Positive,
    NotNegative,
}

impl Sign {
    /// What `value` was expected to be, if it is refused.
    fn refuses(self, value: Decimal) -> Option<AmountSign> {
        match self {
            Sign::Positive if value <= Decimal::ZERO => Some(AmountSign::Positive),
            Sign::NotNegative if value < Decimal::ZERO => Some(AmountSign::NotNegative),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::case::load;
    use crate::source::Source;

    const HEAD: &str = "title = \"x\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n";

    /// The keys of each error of the one case of `text`, in the order given.
    fn refused(text: &str) -> Vec<String> {
        match load(&Source::new("c.toml", text)).remove(0) {
            Ok(_) => Vec::new(),
            Err(e) => e.all().map(|e| e.field.clone().unwrap_or_default()).collect(),
        }
    }

    #[test]
    fn the_keys_of_a_table_and_the_tables_of_an_array_are_each_checked() {
        let text = format!(
            "{HEAD}[order]\ndecided = 2023-03-10\nnotified = 2023-03-01\ncomply_within = \"2 moons\"\n\
             [penalty]\namount = 100\n\
             [[liquidation]]\nthrough = 2023-09-30\nawarded = \"-1\"\nexpected_days = -2\n\
             [[liquidation.suppression]]\nfrom = 2023-09-01\nthrough = 2023-09-02\n\
             [[liquidation]]\nthrough = 2023-10-31\nexpected = \"-3\"\n"
        );
        assert_eq!(
            refused(&text),
            [
                "order.notified",
                "order.comply_within",
                "liquidation[1].awarded",
                "liquidation[1].expected_days",
                "liquidation[1].suppression[1].reason",
                "liquidation[2].expected",
            ]
        );
        // The décompte and the parties, once the order and the liquidations are read.
        let text = format!(
            "{HEAD}court = \" \"\n[order]\ndecided = 2023-03-10\ncomply_within = \"2 months\"\n\
             [penalty]\namount = 100\n\
             [[liquidation]]\nthrough = 2023-09-30\ndecided = 2023-10-15\n\
             [interest]\nregime = \"fr-nope\"\n\
             [[payment]]\ndate = 2023-11-01\n[[payment]]\namount = 5\n[[cost]]\ndate = 2023-11-01\namount = 5\n\
             [[party]]\nrole = \"judge\"\nname = \"A\"\n[[party]]\nrole = \"debtor\"\nname = \" \"\n"
        );
        assert_eq!(
            refused(&text),
            [
                "court",
                "interest.regime",
                "payment[1].amount",
                "payment[2].date",
                "cost[1].label",
                "party[1].role",
                "party[2].name",
            ]
        );
    }

    /// A check that needs a value refused is skipped: its refusal would only repeat the first.
    #[test]
    fn a_check_that_needs_a_value_refused_is_skipped() {
        // The second period ends before the first: out of order, were the first read; the
        // first is refused (`through` and `until`), so the second is not compared with it.
        let text = format!(
            "{HEAD}[order]\ndecided = 2023-01-02\ncomply_within = \"1 month\"\n[penalty]\namount = 100\n\
             [[liquidation]]\nthrough = 2023-09-30\nuntil = 2023-10-01\n\
             [[liquidation]]\nthrough = 2023-06-30\n"
        );
        assert_eq!(refused(&text), ["liquidation[1].until"]);
        // A currency refused: the décompte, in euros only, is not checked against it.
        let text = "title = \"x\"\ncurrency = \"EURO\"\nrules = \"fr-cpc\"\n\
                    [order]\ndecided = 2023-01-02\ncomply_within = \"1 month\"\n[penalty]\namount = 100\n\
                    [interest]\nregime = \"fr-legal\"\n";
        assert_eq!(refused(text), ["currency"]);
        // A time limit under a rule set refused: the order is not counted under another.
        let text = "title = \"x\"\ncurrency = \"EUR\"\nrules = \"fr-cpp\"\n\
                    [order]\ndecided = 2023-01-02\ncomply_within = \"1 month\"\ndistance = \"abroad\"\n\
                    [penalty]\namount = 100\nper = \"fortnight\"\n";
        assert_eq!(refused(text), ["rules"]);
        // Both `comply_within` and `deadline`: which one to count under is not known.
        let text = format!(
            "{HEAD}[order]\ndecided = 2023-01-02\ncomply_within = \"1 month\"\ndeadline = 2023-02-01\n\
             distance = \"abroad\"\n[penalty]\namount = 100\n"
        );
        assert_eq!(refused(&text), ["order.deadline"]);
    }

    #[test]
    fn a_good_case_carries_no_error() {
        let text =
            format!("{HEAD}[order]\ndecided = 2023-01-02\ncomply_within = \"1 month\"\n[penalty]\namount = 100\n");
        assert!(load(&Source::new("c.toml", text)).remove(0).is_ok());
    }
}
