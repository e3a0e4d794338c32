//! The rate tables, kept as data: one row per period during which a rate was in force, each
//! with its legal source and a mark saying whether it was confirmed.
//!
//! A row is **confirmed** when its figure and its dates of application were found in the
//! primary text (JORF / Legifrance, Staatsblad, Moniteur belge, an ECB decision) or in a
//! reliable secondary source that names the text; what could not be found (a JORF page, a
//! Staatsblad number) is said in the row's source. A row is **unconfirmed** when its figure or
//! its dates were not found in either (a projection, a figure derived from a formula and
//! published nowhere we could see, a date of change we could not fix): it is refused unless
//! the run allows unconfirmed rates (`--allow-unconfirmed`), and is then marked in the output.
//!
//! Adding a semester's rate is one row at the end of the table concerned (its first and last
//! day, the rate in hundredths of a percent, the source, `confirmed: true`) and one test that
//! looks it up (see `tests` below); the tables' own tests then check that it follows the
//! previous row without a gap or an overlap.

mod be;
mod ecb;
mod fr;
mod nl;

use chrono::NaiveDate;
use rust_decimal::Decimal;

pub(crate) use be::BE_LEGAL;
pub(crate) use ecb::ECB_MRO;
pub(crate) use fr::{FR_ANNUAL, FR_INDIVIDUAL, FR_OTHER, FR_TWO_RATES_FROM};
pub(crate) use nl::{NL_COMMERCIAL, NL_LEGAL};

/// One rate and the days it was in force, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RateRow {
    pub from: NaiveDate,
    pub through: NaiveDate,
    /// The annual rate in hundredths of a percent (429 for 4.29 %): every published rate has at
    /// most two decimals, and a whole number keeps the table `const`.
    pub hundredths: u32,
    /// The text that fixed the rate and where it was published, or what it was derived from.
    pub source: &'static str,
    /// Whether the figure and its dates were confirmed (see the module documentation).
    pub confirmed: bool,
}

impl RateRow {
    /// The rate as an annual percentage (`4.29`).
    pub(crate) fn percent(&self) -> Decimal {
        Decimal::new(i64::from(self.hundredths), 2).normalize()
    }

    pub(crate) fn contains(&self, day: NaiveDate) -> bool {
        (self.from..=self.through).contains(&day)
    }
}

/// A table: rows in date order, each starting the day after the previous one ends.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Table {
    /// What the table holds, as messages name it (`fr-legal, individual creditor`).
    pub name: &'static str,
    pub rows: &'static [RateRow],
}

impl Table {
    /// The row in force on `day`, if the table covers it.
    pub(crate) fn row_on(&self, day: NaiveDate) -> Option<&'static RateRow> {
        let rows = self.rows;
        // Rows are sorted and contiguous: the last one starting on or before `day`.
        let after = rows.partition_point(|r| r.from <= day);
        after
            .checked_sub(1)
            .and_then(|i| rows.get(i))
            .filter(|r| r.contains(day))
    }

    /// The first and last days the table covers.
    pub(crate) fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((self.rows.first()?.from, self.rows.last()?.through))
    }
}

/// A date in a `const` table. A date that does not exist becomes [`NaiveDate::MIN`], which the
/// tables' tests refuse (no row may start or end there).
pub(crate) const fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// A confirmed row.
pub(crate) const fn row(from: NaiveDate, through: NaiveDate, hundredths: u32, source: &'static str) -> RateRow {
    RateRow {
        from,
        through,
        hundredths,
        source,
        confirmed: true,
    }
}

/// An unconfirmed row: refused unless the run allows unconfirmed rates.
pub(crate) const fn unconfirmed(from: NaiveDate, through: NaiveDate, hundredths: u32, source: &'static str) -> RateRow {
    RateRow {
        from,
        through,
        hundredths,
        source,
        confirmed: false,
    }
}

/// Every table, for the tests that hold them all to the same rules.
#[cfg(test)]
pub(crate) const ALL: [Table; 7] = [
    Table {
        name: "fr-legal, annual (before 2015)",
        rows: FR_ANNUAL,
    },
    Table {
        name: "fr-legal, individual creditor",
        rows: FR_INDIVIDUAL,
    },
    Table {
        name: "fr-legal, other creditor",
        rows: FR_OTHER,
    },
    Table {
        name: "nl-legal",
        rows: NL_LEGAL,
    },
    Table {
        name: "nl-commercial",
        rows: NL_COMMERCIAL,
    },
    Table {
        name: "be-legal",
        rows: BE_LEGAL,
    },
    Table {
        name: "ECB main refinancing rate",
        rows: ECB_MRO,
    },
];

#[cfg(test)]
mod tests {
    use chrono::Datelike;

    use super::*;

    fn tables() -> impl Iterator<Item = Table> {
        ALL.into_iter()
    }

    #[test]
    fn every_table_is_sorted_contiguous_and_sourced() {
        for table in tables() {
            for r in table.rows {
                assert!(
                    r.from != NaiveDate::MIN && r.through != NaiveDate::MIN,
                    "{}: {r:?}",
                    table.name
                );
                assert!(
                    r.from <= r.through,
                    "{}: a row ends before it starts: {r:?}",
                    table.name
                );
                assert!(
                    r.source.trim().len() > 10,
                    "{}: a row without its source: {r:?}",
                    table.name
                );
                assert!(r.hundredths < 10_000, "{}: {r:?}", table.name);
            }
            for pair in table.rows.windows(2) {
                let [a, b] = pair else { unreachable!() };
                assert_eq!(
                    a.through.succ_opt(),
                    Some(b.from),
                    "{}: a gap or an overlap between {a:?} and {b:?}",
                    table.name
                );
            }
        }
    }

    #[test]
    fn the_french_tables_meet_on_1_january_2015_and_run_by_semester_after() {
        assert_eq!(FR_ANNUAL.last().map(|r| r.through), Some(day(2014, 12, 31)));
        for rows in [FR_INDIVIDUAL, FR_OTHER] {
            assert_eq!(rows.first().map(|r| r.from), Some(FR_TWO_RATES_FROM));
            for r in rows {
                // CMF L313-2 (since 2015): fixed for each semester.
                assert!(matches!((r.from.month(), r.from.day()), (1, 1) | (7, 1)), "{r:?}");
                assert_eq!(
                    r.through,
                    r.from
                        .checked_add_months(chrono::Months::new(6))
                        .unwrap()
                        .pred_opt()
                        .unwrap(),
                    "{r:?}"
                );
            }
        }
        for r in FR_ANNUAL {
            // CMF L313-2 (until 2014): fixed for the calendar year.
            assert_eq!(
                (r.from.month(), r.from.day(), r.through.month(), r.through.day()),
                (1, 1, 12, 31),
                "{r:?}"
            );
            assert_eq!(r.from.year(), r.through.year(), "{r:?}");
        }
    }

    #[test]
    fn the_two_french_creditor_tables_have_the_same_semesters_while_confirmed() {
        let confirmed = |rows: &[RateRow]| {
            rows.iter()
                .filter(|r| r.confirmed)
                .map(|r| (r.from, r.through))
                .collect::<Vec<_>>()
        };
        assert_eq!(confirmed(FR_INDIVIDUAL), confirmed(FR_OTHER));
    }

    #[test]
    fn belgian_rates_are_fixed_per_calendar_year_since_2007() {
        for r in BE_LEGAL.iter().filter(|r| r.from >= day(2007, 1, 1)) {
            // Loi du 5 mai 1865 art. 2 § 1 (since 2007): one rate per calendar year.
            assert_eq!(
                (r.from.month(), r.from.day(), r.through.month(), r.through.day()),
                (1, 1, 12, 31),
                "{r:?}"
            );
        }
    }

    #[test]
    fn dutch_legal_rates_change_on_1_january_or_1_july_since_2007() {
        for r in NL_LEGAL.iter().filter(|r| r.from >= day(2007, 1, 1)) {
            assert!(matches!((r.from.month(), r.from.day()), (1, 1) | (7, 1)), "{r:?}");
        }
    }

    /// BW 6:120 lid 2: the handelsrente is the ECB rate of the last main refinancing operation
    /// before 1 January or 1 July, plus 8 points (7 before the Directive 2011/7/EU). Where both
    /// tables are confirmed, they agree with it from the fixed-rate tenders on (15 Oct 2008).
    #[test]
    fn the_dutch_commercial_rate_is_the_ecb_rate_plus_the_statutory_points() {
        let ecb = Table {
            name: "ECB",
            rows: ECB_MRO,
        };
        for r in NL_COMMERCIAL
            .iter()
            .filter(|r| r.from >= day(2009, 1, 1) && r.confirmed)
        {
            let Some(mro) = r.from.pred_opt().and_then(|d| ecb.row_on(d)) else {
                continue;
            };
            let points = if r.from >= day(2013, 3, 16) { 800 } else { 700 };
            if !mro.confirmed {
                continue;
            }
            assert_eq!(r.hundredths, mro.hundredths + points, "{r:?} vs {mro:?}");
        }
    }

    #[test]
    fn lookups_find_the_row_in_force() {
        let t = Table {
            name: "fr",
            rows: FR_INDIVIDUAL,
        };
        assert_eq!(t.row_on(day(2015, 9, 18)).map(|r| r.hundredths), Some(429));
        assert_eq!(t.row_on(day(2016, 1, 1)).map(|r| r.hundredths), Some(454));
        assert_eq!(t.row_on(day(2015, 12, 31)).map(|r| r.hundredths), Some(429));
        assert_eq!(t.row_on(day(2014, 12, 31)), None);
        assert_eq!(t.row_on(day(2099, 1, 1)), None);
        assert_eq!(
            t.row_on(day(2016, 1, 1))
                .map(RateRow::percent)
                .map(|p| p.to_string())
                .as_deref(),
            Some("4.54")
        );
    }

    /// One test per semester added (see the module documentation): the rate that the arrêté
    /// fixes, looked up on the first and last day of its semester.
    #[test]
    fn the_latest_semesters_are_as_published() {
        let individual = Table {
            name: "fr",
            rows: FR_INDIVIDUAL,
        };
        let other = Table {
            name: "fr",
            rows: FR_OTHER,
        };
        for (first, last, pp, others) in [
            // Arrêté du 19 juin 2025, JO du 24 juin 2025.
            (day(2025, 7, 1), day(2025, 12, 31), 665, 276),
            // Arrêté du 15 décembre 2025, JORF n° 0302 du 26 décembre 2025.
            (day(2026, 1, 1), day(2026, 6, 30), 667, 262),
        ] {
            for d in [first, last] {
                assert_eq!(individual.row_on(d).map(|r| r.hundredths), Some(pp), "{d}");
                assert_eq!(other.row_on(d).map(|r| r.hundredths), Some(others), "{d}");
            }
        }
    }
}
