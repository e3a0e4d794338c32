//! The limitation of each liquidated sum: one row per jurisdiction, kept as data with its
//! source and a mark saying whether the rule was confirmed in the texts (research notes:
//! helpers/research/limitation.md, summarised in the README, "The décompte").
//!
//! A row not confirmed is refused unless the case allows unconfirmed data
//! (`interest.allow_unconfirmed`), and is then marked in the output.

use std::fmt;
use std::str::FromStr;

use chrono::{Months, NaiveDate};

/// A limitation rule for a liquidated sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Limitation {
    /// France: the liquidating decision is a titre exécutoire (CPCE L111-3 1°), whose execution
    /// may be pursued for ten years (CPCE L111-4, loi n° 2008-561 du 17 juin 2008), from the
    /// day it became enforceable, its service (Cass. 2e civ., 5 oct. 2023, n° 20-23.523).
    FrJudgment,
    /// Netherlands, administrative dwangsom: "door verloop van een jaar na de dag waarop zij is
    /// verbeurd" (Awb 5:35), each forfeited sum on its own (ABRvS 10 mei 2017, AB 2017/258).
    NlAwb,
    /// Netherlands, civil dwangsom: "door verloop van zes maanden na de dag waarop zij verbeurd
    /// is" (Rv 611g lid 1; HR 29 juni 2012, ECLI:NL:HR:2012:BW1260: from forfeiture).
    NlRv,
    /// Belgium: "par l'expiration d'un délai de six mois, à partir de la date à laquelle elle est
    /// encourue" (C. jud. art. 1385octies), each astreinte incurred on its own.
    Be,
}

/// Where a rule's term starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runs {
    /// From the liquidating decision's service (or the decision, when no service is given):
    /// the whole sum at once.
    FromDecision,
    /// From each day forfeited: the first days of the period are barred first.
    FromEachDay,
}

/// One row: the term and its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub rule: Limitation,
    pub months: u32,
    pub runs: Runs,
    /// The texts and rulings: citations only, the same in every language.
    pub source: &'static str,
    /// Whether the term, its start and its source were found in the texts.
    pub confirmed: bool,
    /// What is not modelled or was not checked (English, as JSON gives it; the catalogues word
    /// it per rule).
    pub caveat: &'static str,
}

impl Limitation {
    pub const ALL: [Limitation; 4] = [
        Limitation::FrJudgment,
        Limitation::NlAwb,
        Limitation::NlRv,
        Limitation::Be,
    ];

    /// The name used in case files and the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Limitation::FrJudgment => "fr-judgment",
            Limitation::NlAwb => "nl-awb",
            Limitation::NlRv => "nl-rv",
            Limitation::Be => "be",
        }
    }

    /// The rule's row.
    pub fn row(self) -> Row {
        match self {
            Limitation::FrJudgment => Row {
                rule: self,
                months: 120,
                runs: Runs::FromDecision,
                source: "CPCE L111-4, L111-3 1° (loi n° 2008-561 du 17 juin 2008); Cass. 2e civ., 5 oct. 2023, n° 20-23.523",
                confirmed: true,
                caveat: "interruption by acts of execution (commandement, saisie) and suspension are not modelled; the action to liquidate, before any decision, is time-barred after five years under C. civ. 2224 (Cass. 2e civ., 21 mars 2019, n° 17-22.241) from the day the astreinte took effect, for the whole run (Cass. 2e civ., 22 mai 2025, n° 22-22.416): not applied here, the sums being liquidated",
            },
            Limitation::NlAwb => Row {
                rule: self,
                months: 12,
                runs: Runs::FromEachDay,
                source: "Awb 5:35; ABRvS 10 mei 2017, AB 2017/258",
                confirmed: true,
                caveat: "interruption (BW 3:316, 3:317) and suspension are not modelled; the Algemene termijnenwet is not applied to the end of the term (not checked)",
            },
            Limitation::NlRv => Row {
                rule: self,
                months: 6,
                runs: Runs::FromEachDay,
                source: "Rv 611g lid 1; HR 29 juni 2012, ECLI:NL:HR:2012:BW1260",
                confirmed: true,
                caveat: "suspension (611g lid 2-3) and interruption (BW 3:316, 3:317) are not modelled; the Algemene termijnenwet is not applied to the end of the term (not checked)",
            },
            Limitation::Be => Row {
                rule: self,
                months: 6,
                runs: Runs::FromEachDay,
                source: "C. jud. art. 1385octies",
                confirmed: false,
                caveat: "UNCONFIRMED: how the months are counted (C. jud. art. 52-54) was not checked; suspension and interruption are not modelled",
            },
        }
    }

    fn codes() -> String {
        Limitation::ALL
            .iter()
            .map(|l| format!("`{}`", l.code()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for Limitation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Limitation {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Limitation::ALL
            .iter()
            .copied()
            .find(|l| l.code() == wanted)
            .ok_or_else(|| format!("unknown limitation rule `{s}`: expected one of {}", Limitation::codes()))
    }
}

/// Where a sum stands on the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Barred {
    /// Nothing of it is time-barred yet.
    No,
    /// Its first days are (a rule running from each day forfeited).
    Partly,
    /// All of it is.
    Wholly,
}

/// A sum's limitation dates under `row`: the first day any part of it is time-barred, and the
/// first day all of it is. A term of N months ends on the day with the same number N months
/// after the day it runs from (the last day of the month when there is none), that day
/// included; the sum is barred from the next day.
pub(super) fn dates(
    row: &Row,
    decision: NaiveDate,
    first_day: NaiveDate,
    last_day: NaiveDate,
) -> Option<(NaiveDate, NaiveDate)> {
    let barred_after = |day: NaiveDate| day.checked_add_months(Months::new(row.months))?.succ_opt();
    match row.runs {
        Runs::FromDecision => {
            let day = barred_after(decision)?;
            Some((day, day))
        }
        Runs::FromEachDay => Some((barred_after(first_day)?, barred_after(last_day)?)),
    }
}

/// Where a sum stands on `as_of`, given its limitation dates.
pub(super) fn status(first_barred: NaiveDate, wholly_barred: NaiveDate, as_of: NaiveDate) -> Barred {
    if as_of >= wholly_barred {
        Barred::Wholly
    } else if as_of >= first_barred {
        Barred::Partly
    } else {
        Barred::No
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_french_judgment_is_barred_ten_years_after_its_service() {
        let row = Limitation::FrJudgment.row();
        let (first, whole) = dates(&row, d(2023, 4, 13), d(2022, 12, 20), d(2023, 2, 9)).unwrap();
        assert_eq!((first, whole), (d(2033, 4, 14), d(2033, 4, 14)));
        assert_eq!(status(first, whole, d(2033, 4, 13)), Barred::No);
        assert_eq!(status(first, whole, d(2033, 4, 14)), Barred::Wholly);
    }

    #[test]
    fn a_dutch_administrative_dwangsom_is_barred_day_by_day_one_year_on() {
        let row = Limitation::NlAwb.row();
        let (first, whole) = dates(&row, d(2024, 6, 1), d(2024, 1, 31), d(2024, 2, 29)).unwrap();
        // 31 Jan 2024 + 12 months = 31 Jan 2025, barred from 1 Feb; 29 Feb 2024 + 12 months =
        // 28 Feb 2025, barred from 1 March.
        assert_eq!((first, whole), (d(2025, 2, 1), d(2025, 3, 1)));
        assert_eq!(status(first, whole, d(2025, 2, 15)), Barred::Partly);
    }

    #[test]
    fn a_civil_dwangsom_six_months_and_an_unknown_rule_is_named() {
        let row = Limitation::NlRv.row();
        assert_eq!(
            dates(&row, d(2024, 1, 1), d(2023, 8, 31), d(2023, 8, 31)).unwrap().1,
            d(2024, 3, 1)
        );
        let e = "nl-civil".parse::<Limitation>().unwrap_err();
        assert!(e.contains("`nl-rv`"), "{e}");
        assert!(!Limitation::Be.row().confirmed);
    }
}
