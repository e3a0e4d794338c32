//! What the judge decides beyond the count (issue 20): the kind of an astreinte and how long it
//! runs, and at liquidation the rate applied and the days suppressed.
//!
//! - CPCE L131-2 al. 2 (civil courts), CJA L911-6 (administrative courts): an astreinte is
//!   *provisional* unless the judge declared it *definitive*.
//! - CPCE L131-2 al. 3: a definitive astreinte may be ordered only after a provisional one has
//!   been pronounced, and for a duration the judge sets (the CJA sets no such condition).
//! - CPCE L131-4 al. 1, CJA L911-7 al. 3: a provisional astreinte may be moderated at
//!   liquidation: here as a sum (`awarded`) or as a rate (`awarded_rate`).
//! - CPCE L131-4 al. 2, CJA L911-7 al. 2: the rate of a definitive astreinte is never changed
//!   at liquidation.
//! - CPCE L131-4 al. 3 (cause étrangère), CJA L911-7 al. 2-3 (cas fortuit, force majeure):
//!   the astreinte is suppressed in whole or in part for days whose delay comes from outside.

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use crate::source::Location;
use crate::timelimit::{RuleSet, TimeLimit};

/// Whether an astreinte may be moderated at liquidation (CPCE L131-2 al. 2; CJA L911-6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    /// The default, as the law presumes: the judge may moderate it at liquidation.
    #[default]
    Provisional,
    /// Declared definitive: its rate is never changed at liquidation.
    Definitive,
}

impl Kind {
    /// The name used in case files and the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Provisional => "provisional",
            Kind::Definitive => "definitive",
        }
    }

    /// Reads `provisional` or `definitive`, in English or French.
    ///
    /// ```
    /// use astreinte::case::Kind;
    /// assert_eq!(Kind::parse("définitive"), Some(Kind::Definitive));
    /// assert_eq!(Kind::parse("provisoire"), Some(Kind::Provisional));
    /// assert_eq!(Kind::parse("final"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Kind> {
        match text.trim().to_lowercase().as_str() {
            "provisional" | "provisoire" => Some(Kind::Provisional),
            "definitive" | "définitive" | "definitif" | "définitif" => Some(Kind::Definitive),
            _ => None,
        }
    }
}

/// Written as its code (`provisional`, `definitive`).
impl serde::Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// The courts whose law governs the astreinte, and so which articles apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Jurisdiction {
    /// Civil courts: Code des procédures civiles d'exécution, L131-1 to L131-4.
    #[default]
    Civil,
    /// Administrative courts: Code de justice administrative, L911-6 to L911-8.
    Administrative,
}

impl Jurisdiction {
    /// The name used in case files.
    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::Civil => "civil",
            Jurisdiction::Administrative => "administrative",
        }
    }

    /// Reads `civil` or `administrative`, in English or French.
    pub fn parse(text: &str) -> Option<Jurisdiction> {
        match text.trim().to_lowercase().as_str() {
            "civil" | "civile" | "judiciaire" => Some(Jurisdiction::Civil),
            "administrative" | "administratif" | "admin" => Some(Jurisdiction::Administrative),
            _ => None,
        }
    }

    /// The default under `rules`: administrative under the administrative courts' time limits
    /// (`fr-admin-franc`), civil otherwise.
    pub fn default_for(rules: RuleSet) -> Jurisdiction {
        match rules {
            RuleSet::FrAdminFranc => Jurisdiction::Administrative,
            _ => Jurisdiction::Civil,
        }
    }
}

/// What the order said of the astreinte itself, beyond its rate and unit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Terms {
    pub kind: Kind,
    /// The date of the decision that ordered it, when not the case's order: a new astreinte
    /// ordered after a liquidation. `None`: the case's order.
    pub decided: Option<NaiveDate>,
    /// How long it runs, when the judge set a duration (required of a definitive astreinte
    /// before civil courts, CPCE L131-2 al. 3).
    pub end: Option<End>,
}

/// The end of an astreinte ordered for a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The last day it runs.
    Through(NaiveDate),
    /// A duration from its first day: months are added to the first day itself (clamped to
    /// the month's end, as the units of a penalty are), then days; it runs through the day
    /// before. From 1 March, "3 months" runs through 31 May.
    For(TimeLimit),
}

impl Terms {
    /// The last day the astreinte runs, if the judge set its duration, for one whose first day
    /// is `start`. `None` also when that day lies beyond the dates chrono holds.
    ///
    /// ```
    /// use astreinte::case::{End, Terms};
    /// use chrono::NaiveDate;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
    /// let terms = Terms { end: Some(End::For("3 months".parse().unwrap())), ..Terms::default() };
    /// assert_eq!(terms.last_day(d(3, 1)), Some(d(5, 31)));
    /// let terms = Terms { end: Some(End::For("10 days".parse().unwrap())), ..Terms::default() };
    /// assert_eq!(terms.last_day(d(3, 1)), Some(d(3, 10)));
    /// ```
    pub fn last_day(&self, start: NaiveDate) -> Option<NaiveDate> {
        match self.end? {
            End::Through(date) => Some(date),
            End::For(limit) => {
                let months = start.checked_add_months(Months::new(limit.total_months()))?;
                let days = chrono::TimeDelta::try_days(i64::from(limit.total_days()))?;
                months.checked_add_signed(days)?.pred_opt()
            }
        }
    }
}

/// What a liquidating decision did beyond counting: the rate it applied, the days it
/// suppressed, and the figures `check` expects of them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Judgment {
    /// The rate per unit the decision applied to the period, instead of the ordered one
    /// (moderation by rate: CPCE L131-4 al. 1; CJA L911-7 al. 3).
    pub awarded_rate: Option<Decimal>,
    /// Days suppressed for a cause étrangère (CPCE L131-4 al. 3), in the order written, no two
    /// sharing a day.
    pub suppressions: Vec<Suppression>,
    /// What `check` expects the decision to have awarded (given, or worked out from
    /// `awarded_rate` and the suppressions).
    pub expected_awarded: Option<Decimal>,
    /// What `check` expects the suppressions to remove.
    pub expected_suppressed: Option<Decimal>,
    /// The days of delay `check` expects the suppressions to remove.
    pub expected_suppressed_days: Option<i64>,
    /// Where `awarded` is written: a sum the law does not allow is refused there.
    pub awarded_at: Option<Location>,
    /// Where `awarded_rate` is written.
    pub awarded_rate_at: Option<Location>,
}

impl Judgment {
    /// Whether the decision did nothing but count (as far as the case file says).
    pub fn is_empty(&self) -> bool {
        self.awarded_rate.is_none() && self.suppressions.is_empty()
    }
}

/// Days of a liquidation's period suppressed because the delay came from a cause étrangère
/// (CPCE L131-4 al. 3): they are counted, then removed from what is awarded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The first day suppressed; `None`: the period's first day.
    pub from: Option<NaiveDate>,
    /// The last day suppressed; `None`: the period's last day (both `None`: the whole period).
    pub through: Option<NaiveDate>,
    /// The cause, as the decision states it.
    pub reason: String,
    /// Where the suppression is written.
    pub location: Location,
}
