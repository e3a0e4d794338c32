//! The shapes real orders take beyond a flat rate (issue 15): rates that escalate by rule or
//! step up after a stretch of time, amounts reduced per item brought into compliance, penalties
//! due only on days of established breach, a multiplier (per person), the first day of delay
//! under EU practice, and shares of the liquidated sum. Checked types: every value here has
//! passed validation.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::money::exact::{Exact, Loss};
use crate::timelimit::TimeLimit;

/// A stretch of time counted on the days a penalty runs: calendar months (added to the first
/// day itself, clamped to the month's end, as units are) and then days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub months: u32,
    pub days: u32,
}

impl Span {
    /// The span of a time limit as written (`"30 days"`, `"1 week"`, `"2 months"`, `"1 year"`):
    /// years are twelve months, weeks seven days.
    pub fn of(limit: TimeLimit) -> Span {
        Span {
            months: limit.total_months(),
            days: limit.total_days(),
        }
    }

    /// Whether it is a whole number of days or of months, not both: what a step that repeats
    /// (`escalation.every`) must be.
    pub fn is_single(&self) -> bool {
        (self.months == 0) != (self.days == 0)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let limit = TimeLimit {
            years: 0,
            months: self.months,
            weeks: 0,
            days: self.days,
        };
        write!(f, "{limit}")
    }
}

/// How an escalating rate rises at each step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rise {
    /// Multiplied by this factor, above one (a US contempt fine "doubling" each month:
    /// AngioDynamics v. Biolitec, D. Mass. 11 Apr 2013, 946 F. Supp. 2d 205).
    Factor(Decimal),
    /// Raised by this amount, above zero.
    Add(Decimal),
}

impl Escalation {
    /// The most steps an escalation takes: each step is a rate of its own, listed and counted
    /// once. A doubling leaves the exact range within about 96 steps; an escalation by `add`
    /// must stop (`max_rate`, `until`, compliance) within this many, or is refused when read.
    pub const MAX_STEPS: u32 = 100_000;
}

impl Rise {
    /// The rate after one more step from `rate`, exactly, or why it has no exact decimal.
    pub fn apply(self, rate: Decimal) -> Result<Decimal, Loss> {
        match self {
            Rise::Factor(f) => crate::money::exact::mul(rate, f),
            Rise::Add(a) => crate::money::exact::add(rate, a),
        }
    }
}

/// `[penalty.escalation]`: a rate that rises by rule, every `every` counted from the penalty's
/// first day on the days it runs (a suspension stops that clock too), until `until` or until
/// it reaches `max_rate`. Step `k` (from 1) begins on the first day plus `k × every`; the rate
/// of step `k` is the rise applied `k` times to `penalty.amount`, never above `max_rate`. A
/// unit is counted at the rate in force on the day it is forfeited, as with any rate change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Escalation {
    pub rise: Rise,
    /// A whole number of days or of months.
    pub every: Span,
    /// The last day on which a step may begin: no rise after it.
    pub until: Option<NaiveDate>,
    /// The rate never goes above it: the step that would pass it is set to it, and the rate
    /// stays there.
    pub max_rate: Option<Decimal>,
    /// Where `[penalty.escalation]` is written: a rate leaving the exact range is refused
    /// there. `None` for a case built in code.
    pub at: Option<crate::source::Location>,
}

/// `[[penalty.change]] after = "30 days"`: a new rate once a stretch has run from the penalty's
/// first day, counted on the days it runs: `after = "30 days"` leaves the first 30 days at the
/// old rate and sets the new one from the 31st.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeAfter {
    pub after: Span,
    pub rate: Decimal,
}

/// `[[penalty.reduction]]`: an item brought into compliance lowers the amount (CJEU, C-196/13
/// Commission v Italy, 2 Dec 2014, operative part point 3: a six-monthly penalty of
/// €42,800,000 "from which" €400,000 is deducted for each landfill containing hazardous waste
/// and €200,000 for each other landfill brought into conformity; C-378/13 Commission v Greece,
/// 2 Dec 2014, point 2: €14,520,000 less €40,000 or €80,000 per site).
///
/// The judgments fix the amount of each six-month period "at the end of" it, from the sites
/// brought into conformity "by then": for a penalty per unit of time, the amount of a unit is
/// fixed on its last day from the items still outstanding that day, so an item done on any day
/// of a unit lowers that whole unit and every later one. For a penalty per day (or per
/// violation), the day after `date` is the first at the lowered rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reduction {
    pub date: NaiveDate,
    /// What the item takes off the rate per unit (before the `count` multiplier).
    pub amount: Decimal,
    /// The share of `penalty.amount` it was written as, if it was (`share = "1/214"`).
    pub share: Option<Part>,
    /// The item brought into compliance (a landfill, a site).
    pub item: Option<String>,
}

/// `[[penalty.breach]]`: days on which the breach is established, both ends counted. When a
/// penalty lists any, only those days count (a Dutch dwangsom "per dag dat" a condition is not
/// met: Rb Noord-Nederland 23 Jan 2024, ECLI:NL:RBNNE:2024:129, COA Ter Apel, more than 2,000
/// people in the reception centre); the cap applies across them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breach {
    pub from: NaiveDate,
    pub through: NaiveDate,
}

/// The first day of delay fixed by an event rather than a date (`penalty.first_day`), with the
/// practice it follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstDay {
    /// The day of the decision is day 1 (TFEU 260(2) judgments ordering a penalty "from the date
    /// of delivery of this judgment", counted from that day: C-123/22 Commission v Hungary).
    Decision,
    /// The day after the decision is day 1: the Commission's first bill under C-387/97
    /// Commission v Greece (judgment of 4 July 2000) covered 88 days from 5 July 2000,
    /// €1,760,000 at €20,000 a day.
    DayAfterDecision,
    /// The day the order is notified is day 1: interim orders under art. 279 TFEU run "from the
    /// date on which this order is notified" (C-121/21 R Czech Republic v Poland, 20 Sep 2021;
    /// C-204/21 R Commission v Poland, 27 Oct 2021: from 3 Nov 2021).
    Notification,
    /// The day after notification is day 1 (CPC art. 641 for a period running from an act).
    DayAfterNotification,
}

impl FirstDay {
    pub const ALL: [FirstDay; 4] = [
        FirstDay::Decision,
        FirstDay::DayAfterDecision,
        FirstDay::Notification,
        FirstDay::DayAfterNotification,
    ];

    /// The value written in case files.
    pub fn code(self) -> &'static str {
        match self {
            FirstDay::Decision => "decision",
            FirstDay::DayAfterDecision => "day after decision",
            FirstDay::Notification => "notification",
            FirstDay::DayAfterNotification => "day after notification",
        }
    }

    /// Reads a value: words separated by spaces, hyphens or underscores, `judgment` for
    /// `decision` and `service` for `notification` accepted.
    pub fn parse(text: &str) -> Option<FirstDay> {
        let words: Vec<String> = text
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let event = |w: &str| match w {
            "decision" | "judgment" | "judgement" | "order" => Some(false),
            "notification" | "notified" | "service" => Some(true),
            _ => None,
        };
        match words.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            [w] => event(w).map(|n| if n { FirstDay::Notification } else { FirstDay::Decision }),
            ["day", "after", w] | ["day", "after", "the", w] => event(w).map(|n| {
                if n {
                    FirstDay::DayAfterNotification
                } else {
                    FirstDay::DayAfterDecision
                }
            }),
            _ => None,
        }
    }

    /// The first day counted for an order decided on `decided`, notified on `notified`.
    pub fn date(self, decided: NaiveDate, notified: NaiveDate) -> Option<NaiveDate> {
        match self {
            FirstDay::Decision => Some(decided),
            FirstDay::DayAfterDecision => decided.succ_opt(),
            FirstDay::Notification => Some(notified),
            FirstDay::DayAfterNotification => notified.succ_opt(),
        }
    }

    /// The source the derivation cites.
    pub fn source(self) -> &'static str {
        match self {
            FirstDay::Decision => "the order, the day of the decision counted (C-123/22)",
            FirstDay::DayAfterDecision => "the day after the decision (C-387/97, first bill from 5 July 2000)",
            FirstDay::Notification => "the order, from its notification (C-121/21 R, C-204/21 R)",
            FirstDay::DayAfterNotification => "the day after notification (CPC art. 641)",
        }
    }
}

/// A fraction of a whole, as written: `"1/2"` or `"50%"` (kept reduced, above zero, at most
/// one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub numerator: i64,
    pub denominator: i64,
}

/// Why a part could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartError {
    Unreadable,
    Zero,
    MoreThanWhole,
}

impl Part {
    /// Reads `"1/2"`, `"3 / 8"` or `"12.5%"`.
    ///
    /// ```
    /// use astreinte::case::Part;
    /// assert_eq!(Part::parse("50%").unwrap(), Part::parse("1/2").unwrap());
    /// assert_eq!(Part::parse("12.5%").unwrap().to_string(), "1/8");
    /// assert!(Part::parse("3/2").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Part, PartError> {
        let text = text.trim();
        let (numerator, denominator) = if let Some(percent) = text.strip_suffix('%') {
            let value: Decimal = percent.trim().parse().map_err(|_| PartError::Unreadable)?;
            if value.is_sign_negative() && !value.is_zero() {
                return Err(PartError::Unreadable);
            }
            let value = value.normalize();
            let scale = value.scale();
            let numerator = i64::try_from(value.mantissa()).map_err(|_| PartError::Unreadable)?;
            let denominator = 10i64
                .checked_pow(scale)
                .and_then(|p| p.checked_mul(100))
                .ok_or(PartError::Unreadable)?;
            (numerator, denominator)
        } else {
            let (a, b) = text.split_once('/').ok_or(PartError::Unreadable)?;
            let a: i64 = a.trim().parse().map_err(|_| PartError::Unreadable)?;
            let b: i64 = b.trim().parse().map_err(|_| PartError::Unreadable)?;
            if a < 0 || b <= 0 {
                return Err(PartError::Unreadable);
            }
            (a, b)
        };
        if numerator == 0 {
            return Err(PartError::Zero);
        }
        if numerator > denominator {
            return Err(PartError::MoreThanWhole);
        }
        Ok(Part::reduced(numerator, denominator))
    }

    fn reduced(numerator: i64, denominator: i64) -> Part {
        fn gcd(a: i64, b: i64) -> i64 {
            if b == 0 { a } else { gcd(b, a % b) }
        }
        let g = gcd(numerator, denominator).max(1);
        Part {
            numerator: numerator / g,
            denominator: denominator / g,
        }
    }

    /// The sum of `parts`, if no intermediate figure overflows: `(numerator, denominator)`.
    pub fn sum(parts: impl IntoIterator<Item = Part>) -> Option<(i128, i128)> {
        fn gcd(a: i128, b: i128) -> i128 {
            if b == 0 { a } else { gcd(b, a % b) }
        }
        let (mut n, mut d) = (0i128, 1i128);
        for p in parts {
            let (pn, pd) = (i128::from(p.numerator), i128::from(p.denominator));
            n = n.checked_mul(pd)?.checked_add(pn.checked_mul(d)?)?;
            d = d.checked_mul(pd)?;
            let g = gcd(n, d).max(1);
            (n, d) = (n / g, d / g);
        }
        Some((n, d))
    }

    /// `whole × part`, exactly, or `None` when it has no exact decimal (a third of €100).
    pub fn of_exactly(self, whole: Decimal) -> Option<Decimal> {
        let product = Exact::of(whole).times(self.numerator).ok()?;
        let quotient = product.share(self.denominator, 28).ok()?;
        (quotient.times(self.denominator).ok()? == product)
            .then(|| quotient.to_decimal().ok())
            .flatten()
    }

    /// `whole × part` rounded down (towards zero) to `digits` decimals: never more than the
    /// part.
    pub fn of_rounded_down(self, whole: Decimal, digits: u32) -> Result<Decimal, Loss> {
        let product = Exact::of(whole).times(self.numerator)?;
        let mut quotient = product.share(self.denominator, digits)?;
        if quotient.times(self.denominator)? > product {
            quotient = quotient.minus(Exact::of(Decimal::new(1, digits)))?;
        }
        quotient.to_decimal()
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}

/// What one `[[share]]` takes of each liquidated sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Portion {
    /// A fraction of the sum, rounded down to the currency's minor unit.
    Part(Part),
    /// A fixed amount, at most what is left of the sum after the fixed amounts written before
    /// it.
    Amount(Decimal),
    /// What the other shares leave, rounding included.
    Rest,
}

/// `[[share]]`: who receives part of each liquidated sum. The French administrative judge may
/// decide that part of an astreinte is not paid to the claimant but to the State budget (CJA
/// L911-8: « La juridiction peut décider qu'une part de l'astreinte ne sera pas versée au
/// requérant. Cette part est affectée au budget de l'Etat »), and several claimants may share
/// one astreinte.
///
/// Rounding: every share but one gets its part rounded down to the minor unit, never more than
/// the judge gave it; the cents left go to the share that takes the rest, written without
/// `part` or `amount`, or, when every share has a part, to the first share written. The sum
/// belongs to the claimant unless the judge gives part of it away (L911-8 is written as an
/// exception: « une part ... ne sera pas versée au requérant »), so the claimant, written first,
/// keeps the cents of the rounding. The shares of a liquidation add up to it exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub to: String,
    pub portion: Portion,
    /// The share's total over the liquidations that `astreinte check` verifies.
    pub expected: Option<Decimal>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_read_reduced_and_summed_exactly() {
        assert_eq!(Part::parse("2/4").unwrap(), Part::parse("50 %").unwrap());
        assert_eq!(Part::parse("0.005%").unwrap().to_string(), "1/20000");
        assert_eq!(Part::parse("0/3"), Err(PartError::Zero));
        assert_eq!(Part::parse("101%"), Err(PartError::MoreThanWhole));
        assert_eq!(Part::parse("half"), Err(PartError::Unreadable));
        let thirds = [Part::parse("1/3").unwrap(); 3];
        assert_eq!(Part::sum(thirds), Some((1, 1)));
    }

    #[test]
    fn a_part_rounded_down_never_exceeds_the_exact_part() {
        let third = Part::parse("1/3").unwrap();
        assert_eq!(third.of_rounded_down(Decimal::from(100), 2), Ok(Decimal::new(3333, 2)));
        assert_eq!(third.of_exactly(Decimal::from(100)), None);
        assert_eq!(third.of_exactly(Decimal::from(300)), Some(Decimal::from(100)));
        let two_thirds = Part::parse("2/3").unwrap();
        assert_eq!(
            two_thirds.of_rounded_down(Decimal::from(100), 2),
            Ok(Decimal::new(6666, 2))
        );
        assert_eq!(two_thirds.of_rounded_down(Decimal::from(3), 0), Ok(Decimal::from(2)));
    }

    #[test]
    fn first_day_values_are_read_in_several_spellings() {
        assert_eq!(FirstDay::parse("day-after-judgment"), Some(FirstDay::DayAfterDecision));
        assert_eq!(FirstDay::parse("Notification"), Some(FirstDay::Notification));
        assert_eq!(
            FirstDay::parse("day_after_service"),
            Some(FirstDay::DayAfterNotification)
        );
        assert_eq!(FirstDay::parse("tomorrow"), None);
        for f in FirstDay::ALL {
            assert_eq!(FirstDay::parse(f.code()), Some(f));
        }
    }
}
