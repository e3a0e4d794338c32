//! Legal interest on a sum of money: the rate tables, and the computation of the interest
//! period by period, with capitalisation and the imputation of payments.
//!
//! Pure: no I/O and no clock. Money is [`Decimal`] and every operation goes through
//! [`crate::money::exact`], so a figure is exact or refused. The conventions, each with its
//! source (and each stated in the README, section "Legal interest"):
//!
//! - **Days**: interest runs from the first day of interest through the last day counted, both
//!   included: `[from, until)` when the last day is given as the day of payment (which is not
//!   counted: service-public.fr fiche F783), `[from, through]` otherwise.
//! - **Day basis**: act/365, 365 days a year even in a leap year (service-public.fr fiches F783
//!   and F20688: "même si 2016 est une année bissextile, il faut utiliser 36 500"); act/act as
//!   an option: each part of a period within one calendar year is divided by that year's days.
//! - **Sub-periods**: a new one at each change of rate, at the CMF L313-3 date, at each
//!   capitalisation and at each payment (and at 1 January under act/act); each is rounded once
//!   to the cent, half up, and the total is the sum of the rounded parts (the fiche's example:
//!   14.34 + 22.40 + 52.27 = 89.01).
//! - **Capitalisation** (C. civ. 1343-2 when ordered; BW 6:119 lid 2 always): on each
//!   anniversary of the first day of interest, or of the anchor given (29 February gives
//!   28 February in other years), the interest not yet paid is added to the principal, which
//!   bears interest from that day.
//! - **Payments**: imputed to costs, then to interest, then to the principal (C. civ. 1343-1;
//!   BW 6:44); what goes to the principal lowers it from the day of payment.

mod compute;
mod error;
pub(crate) mod rates;
#[cfg(test)]
mod tests;

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

pub(crate) use compute::compute;
pub(crate) use error::{InterestDay, InterestError, RegimeOption};

/// The interest regimes: which rate applies, and the rules that go with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Regime {
    /// Le taux de l'intérêt légal (CMF L313-2): one rate a year before 2015, two a semester
    /// after (individual creditor, other creditor); + 5 points two months after the decision
    /// became enforceable (CMF L313-3); capitalisation when ordered (C. civ. 1343-2).
    FrLegal,
    /// De wettelijke rente (BW 6:119, rate by AMvB under 6:120 lid 1), compounded each year
    /// (6:119 lid 2).
    NlLegal,
    /// De wettelijke handelsrente (BW 6:119a, rate under 6:120 lid 2: ECB + 8 points),
    /// compounded each year like 6:119.
    NlCommercial,
    /// Le taux d'intérêt légal en matière civile (loi du 5 mai 1865, art. 2 § 1): one rate per
    /// calendar year.
    BeLegal,
    /// The Commission's default interest on fines and penalties (Reg. (EU) 1268/2012, art. 83):
    /// the ECB main refinancing rate on the first day of one month, fixed for the whole
    /// period, + 3.5 points (+ 1.5 with an accepted guarantee).
    EuEcb,
    /// A rate given with the claim: contractual or ordered.
    Fixed,
}

impl Regime {
    pub const ALL: [Regime; 6] = [
        Regime::FrLegal,
        Regime::NlLegal,
        Regime::NlCommercial,
        Regime::BeLegal,
        Regime::EuEcb,
        Regime::Fixed,
    ];

    /// The name used on the command line and in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Regime::FrLegal => "fr-legal",
            Regime::NlLegal => "nl-legal",
            Regime::NlCommercial => "nl-commercial",
            Regime::BeLegal => "be-legal",
            Regime::EuEcb => "eu-ecb",
            Regime::Fixed => "fixed",
        }
    }

    /// The texts the regime applies.
    pub fn source(self) -> &'static str {
        match self {
            Regime::FrLegal => {
                "CMF L313-2 (rate), L313-3 (majoration); C. civ. 1343-1 (imputation), 1343-2 (capitalisation)"
            }
            Regime::NlLegal => "BW 6:119 (compounding: lid 2), 6:120 lid 1 (rate), 6:44 (imputation)",
            Regime::NlCommercial => "BW 6:119a (compounding as 6:119 lid 2), 6:120 lid 2 (rate), 6:44 (imputation)",
            Regime::BeLegal => "loi du 5 mai 1865 relative au prêt à intérêt, art. 2 § 1",
            Regime::EuEcb => "Commission Delegated Regulation (EU) No 1268/2012, art. 83",
            Regime::Fixed => "the rate given (contractual or ordered)",
        }
    }

    /// The rule that imputes a payment to costs, then interest, then principal.
    pub fn imputation_source(self) -> &'static str {
        match self {
            Regime::FrLegal | Regime::Fixed => "C. civ. 1343-1",
            Regime::NlLegal | Regime::NlCommercial => "BW 6:44",
            Regime::BeLegal => "Belgian Code civil, former art. 1254",
            Regime::EuEcb => "as C. civ. 1343-1; no EU provision was checked",
        }
    }

    /// The rule that capitalises the interest of a year.
    pub fn capitalisation_source(self) -> &'static str {
        match self {
            Regime::FrLegal => "C. civ. 1343-2",
            Regime::NlLegal => "BW 6:119 lid 2",
            Regime::NlCommercial => "BW 6:119a, as 6:119 lid 2",
            Regime::BeLegal => "Belgian Code civil, former art. 1154",
            Regime::Fixed => "as agreed or ordered",
            Regime::EuEcb => "none: Reg. 1268/2012 art. 83 provides simple interest",
        }
    }

    /// Whether interest is compounded each year by law, whatever the claim says.
    pub fn compounds_by_law(self) -> bool {
        matches!(self, Regime::NlLegal | Regime::NlCommercial)
    }
}

impl fmt::Display for Regime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a regime name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct UnknownRegime {
    pub given: String,
    pub closest: Option<&'static str>,
}

/// In English, as the catalogue words it.
impl std::fmt::Display for UnknownRegime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::english(&crate::case::Problem::Regime(self.clone())))
    }
}

impl FromStr for Regime {
    type Err = UnknownRegime;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Regime::ALL
            .iter()
            .copied()
            .find(|r| r.code() == wanted)
            .ok_or_else(|| UnknownRegime {
                given: s.to_string(),
                closest: Regime::ALL
                    .iter()
                    .map(|r| (strsim::damerau_levenshtein(&wanted, r.code()), r.code()))
                    .min()
                    .filter(|(d, _)| *d <= 4)
                    .map(|(_, c)| c),
            })
    }
}

/// Who the creditor is, for the French rate from 2015 (CMF L313-2 al. 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Creditor {
    /// A natural person not acting for professional needs.
    Individual,
    /// Every other creditor.
    Other,
}

impl Creditor {
    pub fn code(self) -> &'static str {
        match self {
            Creditor::Individual => "individual",
            Creditor::Other => "other",
        }
    }
}

impl FromStr for Creditor {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "individual" => Ok(Creditor::Individual),
            "other" => Ok(Creditor::Other),
            _ => Err(format!(
                "unknown creditor `{s}`: expected `individual` (a natural person not acting for professional needs) or `other` (CMF L313-2)"
            )),
        }
    }
}

/// How many days make a year in the division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Basis {
    /// 365 days, even in a leap year (service-public.fr fiches F783 and F20688).
    #[default]
    Act365,
    /// The days of the calendar year the part lies in: 366 in a leap year.
    ActAct,
}

impl Basis {
    pub fn code(self) -> &'static str {
        match self {
            Basis::Act365 => "act/365",
            Basis::ActAct => "act/act",
        }
    }
}

impl FromStr for Basis {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "act/365" => Ok(Basis::Act365),
            "act/act" => Ok(Basis::ActAct),
            _ => Err(format!("unknown day basis `{s}`: expected `act/365` or `act/act`")),
        }
    }
}

/// What decides the rate and its rules, besides the sum and the dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Terms {
    pub regime: Regime,
    /// fr-legal from 2015: which of the two rates.
    pub creditor: Option<Creditor>,
    /// fr-legal: the day the decision became enforceable, from which the two months of CMF
    /// L313-3 run. Without it, no majoration.
    pub enforceable: Option<NaiveDate>,
    /// fr-legal: `false` when the juge de l'exécution waived the majoration (CMF L313-3 al. 2).
    pub majoration: bool,
    /// Capitalise the interest each year (C. civ. 1343-2, when ordered); always for nl-*.
    pub capitalise: bool,
    /// The day whose anniversaries are the capitalisation days; default: the first day of
    /// interest.
    pub anchor: Option<NaiveDate>,
    pub basis: Basis,
    /// eu-ecb: the day the decision was adopted; its month's first day gives the ECB rate.
    pub decided: Option<NaiveDate>,
    /// eu-ecb: a bank guarantee accepted instead of payment (art. 83(4): + 1.5 points).
    pub guarantee: bool,
    /// fixed: the annual rate, in percent.
    pub rate: Option<Decimal>,
    /// Use rate rows marked unconfirmed (they are then marked in the output).
    pub allow_unconfirmed: bool,
}

impl Terms {
    /// The regime with its defaults: majoration on, act/365, nothing else given.
    pub(crate) fn new(regime: Regime) -> Terms {
        Terms {
            regime,
            creditor: None,
            enforceable: None,
            majoration: true,
            capitalise: false,
            anchor: None,
            basis: Basis::Act365,
            decided: None,
            guarantee: false,
            rate: None,
            allow_unconfirmed: false,
        }
    }
}

/// The sum that bears interest, the days it does, and what was paid or spent on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Claim {
    pub principal: Decimal,
    /// The first day of interest.
    pub from: NaiveDate,
    /// The last day of interest (included).
    pub through: NaiveDate,
    /// Payments, each applied on its day; one on the day after `through` is applied to the
    /// balance at the end.
    pub payments: Vec<Payment>,
    /// Costs owed beside the principal (no interest runs on them here): paid before interest.
    pub costs: Vec<Cost>,
    /// Decimals of the currency's minor unit: each part is rounded to it (2 for the euro).
    pub minor_units: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub date: NaiveDate,
    pub amount: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cost {
    pub label: String,
    pub date: NaiveDate,
    pub amount: Decimal,
}

/// The interest computed on a claim: the periods, what happened between them, the balance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestReport {
    pub regime: Regime,
    pub creditor: Option<Creditor>,
    pub basis: Basis,
    pub from: NaiveDate,
    pub through: NaiveDate,
    pub principal: Decimal,
    /// fr-legal: the day the decision became enforceable, as given.
    pub enforceable: Option<NaiveDate>,
    /// fr-legal: the majoration was waived (CMF L313-3 al. 2).
    pub majoration_waived: bool,
    /// fr-legal: the first day of the majorated rate (CMF L313-3), when there is one.
    pub majoration_from: Option<NaiveDate>,
    /// The day whose anniversaries are the capitalisation days, when interest is capitalised.
    pub capitalisation_anchor: Option<NaiveDate>,
    /// eu-ecb: the day whose ECB rate applies, and why that day.
    pub reference_day: Option<ReferenceDay>,
    /// The periods with something to bear interest, in order.
    pub periods: Vec<Period>,
    pub capitalisations: Vec<Capitalisation>,
    pub payments: Vec<Imputation>,
    /// The interest of every period: the sum of the rounded parts.
    pub total: Decimal,
    pub outstanding: Outstanding,
    /// Whether a rate marked unconfirmed was used (allowed by the terms).
    pub unconfirmed: bool,
}

/// eu-ecb: the first day of the month whose ECB rate is fixed for the whole period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferenceDay {
    pub date: NaiveDate,
    /// The rule that chose it (art. 83(2), art. 83(4), or the decision's own wording).
    pub rule: &'static str,
}

/// One sub-period: one base, one rate, rounded once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub through: NaiveDate,
    pub days: i64,
    /// What bears interest: the principal, with what was capitalised, less what was repaid.
    pub base: Decimal,
    /// The annual rate applied, in percent: the table's rate plus any points.
    pub rate: Decimal,
    /// The table's (or the given) rate, and where it comes from.
    pub base_rate: Decimal,
    pub rate_source: String,
    /// Points added (CMF L313-3: 5; Reg. 1268/2012 art. 83: 3.5 or 1.5), and their source.
    pub points: Decimal,
    pub points_source: Option<&'static str>,
    /// The divisor's days: 365, or 366 for a part in a leap year under act/act.
    pub year_days: i64,
    /// `base × days × rate / (100 × year_days)`, rounded to the cent, half up.
    pub amount: Decimal,
    pub confirmed: bool,
}

impl Period {
    /// The source of the rate as one line (English, as JSON gives it).
    pub fn source(&self) -> String {
        match self.points_source {
            Some(points) => format!("{} + {} points ({points})", self.rate_source, self.points.normalize()),
            None => self.rate_source.clone(),
        }
    }
}

/// Interest added to the principal on a capitalisation day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capitalisation {
    pub date: NaiveDate,
    pub amount: Decimal,
    /// The principal that bears interest from that day.
    pub principal: Decimal,
}

/// How a payment was imputed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imputation {
    pub date: NaiveDate,
    pub amount: Decimal,
    pub to_costs: Decimal,
    pub to_interest: Decimal,
    pub to_principal: Decimal,
    /// What exceeded everything owed on that day.
    pub unapplied: Decimal,
}

/// What is still owed after the last day of interest and the payments up to the next day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outstanding {
    /// The principal, with what was capitalised, less what was repaid.
    pub principal: Decimal,
    /// Interest accrued and neither paid nor capitalised.
    pub interest: Decimal,
    pub costs: Decimal,
}
