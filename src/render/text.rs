//! Pieces of layout shared by the formats for a person (table, `explain`, statements).

use super::grid::{Grid, Item, Narrowing};
use super::sections::periods::violations_only;
use crate::lang::message::PenaltyLine;
use crate::lang::{self, Label, Lang, Message, long_date, short_date};
use crate::report::Segment;
use crate::timelimit::Step;

/// The days column of a period: `—` when it holds only violations (a sum per violation
/// counts no day of delay, and `0` would read as "no delay"), the grouped count otherwise.
pub(crate) fn days_cell(days: i64, segments: &[Segment], l: Lang) -> String {
    if violations_only(segments) {
        "—".to_string()
    } else {
        lang::group(days, l)
    }
}

/// A line of the penalties as plain text: a penalty's details (rate changes, suspensions, cap)
/// indented under it.
pub(crate) fn penalty_text(line: PenaltyLine<'_>, l: Lang) -> String {
    let indent = if line.is_detail() { "  " } else { "" };
    format!("{indent}{}", l.say(&Message::Penalty(line)))
}

/// The derivation's steps as a table: each one's date, what it did, the rule and the source.
/// Narrowed by writing the source under the rule, then what the step did under its date, then
/// the dates short (without their weekday, which a rule on weekends may need: last).
pub(crate) fn steps_table<'a>(steps: impl IntoIterator<Item = &'a Step>, l: Lang) -> Grid {
    let mut table = Grid::new(
        [Label::Date, Label::Step, Label::Rule, Label::Source]
            .map(|h| l.word(h).to_string())
            .to_vec(),
    );
    for step in steps {
        table.row([
            Item::figure(long_date(step.date, l)).or_short(short_date(step.date, l)),
            Item::words(l.say(&Message::StepAction(step))),
            Item::words(l.say(&Message::StepRule(step))),
            Item::words(l.say(&Message::Source(step.source))),
        ]);
    }
    table.narrow(Narrowing::Stack { onto: 2, below: 3 });
    table.narrow(Narrowing::Stack { onto: 0, below: 1 });
    table.narrow(Narrowing::Short);
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Per;
    use crate::lang::message::Equation;
    use crate::money::Currency;
    use rust_decimal::Decimal;

    #[test]
    fn equation_reads_like_the_headline() {
        let eur: Currency = "EUR".parse().unwrap();
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let seg = Segment {
            obligation: None,
            from: d(2022, 12, 20),
            through: d(2023, 2, 9),
            days: 52,
            rate: Decimal::from(100_000),
            per: Per::Day,
            amount: Decimal::from(5_200_000),
            units: 52,
            fraction: None,
            forfeited: d(2023, 2, 9),
            capped: Decimal::ZERO,
        };
        let equation = |segments, l: Lang| {
            l.say(&Message::Equation(Equation {
                segments,
                cut: Decimal::ZERO,
                total: Decimal::from(5_200_000),
                currency: eur,
            }))
        };
        fn term(segment: &Segment, l: Lang) -> String {
            l.say(&Message::Term {
                segment,
                currency: "EUR".parse().unwrap(),
            })
        }
        let one = std::slice::from_ref(&seg);
        assert_eq!(equation(one, Lang::En), "52 days × €100,000 = €5,200,000 (€5.2M)");
        assert_eq!(
            equation(one, Lang::Fr).replace(['\u{202F}', '\u{A0}'], " "),
            "52 jours × 100 000 € = 5 200 000 € (5,2 M€)"
        );
        let week = Segment {
            per: Per::Week,
            units: 1,
            days: 7,
            rate: Decimal::from(5_000_000),
            amount: Decimal::from(2_000_000),
            capped: Decimal::from(3_000_000),
            ..seg
        };
        assert_eq!(term(&week, Lang::En), "1 week × €5,000,000 capped at €2,000,000");
        let month = Segment {
            per: Per::Month,
            units: 0,
            fraction: Some(crate::report::Fraction { days: 10, of: 31 }),
            capped: Decimal::ZERO,
            ..week
        };
        assert!(term(&month, Lang::Fr).starts_with("10/31 d’un mois"));
        // A period of violations only has no days column; one with days keeps its count.
        let violation = Segment {
            per: Per::Violation,
            days: 0,
            ..month.clone()
        };
        assert_eq!(days_cell(0, std::slice::from_ref(&violation), Lang::En), "—");
        assert_eq!(days_cell(1384, &[violation, month], Lang::En), "1,384");
        assert_eq!(days_cell(0, &[], Lang::En), "0");
    }
}
