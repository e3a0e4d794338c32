//! The judge's figures of a liquidation (issue 20): the rate ordered and the rate awarded, the
//! days suppressed for a cause étrangère, whether the figure was moderated, and the article
//! behind each.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use super::Segment;
use crate::case::{Jurisdiction, Kind};

/// What the decision did beyond counting, written into its liquidation's JSON object.
#[derive(Debug, Clone, Default, Serialize)]
#[non_exhaustive]
pub struct Ruling {
    /// The kind of the astreintes counted in the period when they share one; `null` when they
    /// differ or none counts.
    pub kind: Option<Kind>,
    /// The rate the order set for the period, when one astreinte counts in it at one rate.
    pub ordered_rate: Option<Decimal>,
    /// The rate the decision applied to the period instead (moderation by rate), if it did.
    pub awarded_rate: Option<Decimal>,
    /// What the suppressed days come to, counted as any period is (included in `amount`,
    /// excluded from `awarded`).
    pub suppressed: Decimal,
    /// The days of delay suppressed.
    pub suppressed_days: i64,
    /// Each suppression, with its days, amount and reason.
    pub suppressions: Vec<SuppressionReport>,
    /// Whether the decision awarded less than the computed figure less the suppressed part:
    /// the judge moderated a provisional astreinte.
    pub moderated: bool,
    /// The rule and the article behind each figure the judge set.
    pub grounds: Vec<Ground>,
}

/// Days of a liquidation suppressed for a cause étrangère (CPCE L131-4 al. 3).
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct SuppressionReport {
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    pub through: NaiveDate,
    /// Days of delay in the suppression.
    pub days: i64,
    /// What they come to, counted as a period of their own would be.
    pub amount: Decimal,
    pub reason: String,
    /// The segments the suppressed days come to.
    pub segments: Vec<Segment>,
}

/// A rule the judge applied, with its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Ground {
    pub rule: Rule,
    pub article: Article,
}

/// What the judge did to a liquidation's figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rule {
    /// Days suppressed for a cause étrangère.
    Suppression,
    /// A provisional astreinte moderated (by sum or by rate).
    Moderation,
    /// A definitive astreinte liquidated at its rate, which cannot change.
    DefinitiveRate,
}

/// An article of French law behind a figure. Written in the JSON as its citation
/// (`"CPCE L131-4 al. 1"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Article {
    /// CPCE L131-2 al. 2: provisional unless the judge declared it definitive.
    CpceL131_2Al2,
    /// CPCE L131-2 al. 3: definitive only after a provisional one, for a set duration.
    CpceL131_2Al3,
    /// CPCE L131-4 al. 1: a provisional astreinte is liquidated given the debtor's conduct and
    /// the difficulties met (moderation).
    CpceL131_4Al1,
    /// CPCE L131-4 al. 2: the rate of a definitive astreinte is never changed at liquidation.
    CpceL131_4Al2,
    /// CPCE L131-4 al. 3: suppressed in whole or in part for a cause étrangère.
    CpceL131_4Al3,
    /// CJA L911-6: provisional or definitive; provisional unless declared definitive.
    CjaL911_6,
    /// CJA L911-7 al. 2: the rate of a definitive astreinte is not changed, save for a cas
    /// fortuit or force majeure.
    CjaL911_7Al2,
    /// CJA L911-7 al. 3: a provisional astreinte may be moderated or suppressed.
    CjaL911_7Al3,
}

impl Article {
    /// The citation, as the JSON writes it.
    pub fn code(self) -> &'static str {
        match self {
            Article::CpceL131_2Al2 => "CPCE L131-2 al. 2",
            Article::CpceL131_2Al3 => "CPCE L131-2 al. 3",
            Article::CpceL131_4Al1 => "CPCE L131-4 al. 1",
            Article::CpceL131_4Al2 => "CPCE L131-4 al. 2",
            Article::CpceL131_4Al3 => "CPCE L131-4 al. 3",
            Article::CjaL911_6 => "CJA L911-6",
            Article::CjaL911_7Al2 => "CJA L911-7 al. 2",
            Article::CjaL911_7Al3 => "CJA L911-7 al. 3",
        }
    }

    /// Why an astreinte is of its kind.
    pub fn of_kind(kind: Kind, jurisdiction: Jurisdiction) -> Article {
        match (jurisdiction, kind) {
            (Jurisdiction::Civil, Kind::Provisional) => Article::CpceL131_2Al2,
            (Jurisdiction::Civil, Kind::Definitive) => Article::CpceL131_2Al3,
            (Jurisdiction::Administrative, _) => Article::CjaL911_6,
        }
    }

    /// What allows moderating a provisional astreinte.
    pub fn moderation(jurisdiction: Jurisdiction) -> Article {
        match jurisdiction {
            Jurisdiction::Civil => Article::CpceL131_4Al1,
            Jurisdiction::Administrative => Article::CjaL911_7Al3,
        }
    }

    /// What keeps a definitive astreinte's rate.
    pub fn definitive_rate(jurisdiction: Jurisdiction) -> Article {
        match jurisdiction {
            Jurisdiction::Civil => Article::CpceL131_4Al2,
            Jurisdiction::Administrative => Article::CjaL911_7Al2,
        }
    }

    /// What allows suppressing days: a cause étrangère before civil courts; before
    /// administrative ones, a cas fortuit or force majeure for a definitive astreinte, any
    /// ground the court retains for a provisional one.
    pub fn suppression(jurisdiction: Jurisdiction, definitive: bool) -> Article {
        match (jurisdiction, definitive) {
            (Jurisdiction::Civil, _) => Article::CpceL131_4Al3,
            (Jurisdiction::Administrative, true) => Article::CjaL911_7Al2,
            (Jurisdiction::Administrative, false) => Article::CjaL911_7Al3,
        }
    }
}

impl std::fmt::Display for Article {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Article {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}
