use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;
use crate::interest::{Creditor, Regime, Terms};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn decompte(terms: Terms) -> Decompte {
    Decompte {
        terms,
        start: Start::Decision,
        served: Vec::new(),
        limitation: None,
        exclude_barred: false,
        payments: Vec::new(),
        costs: Vec::new(),
        as_of: None,
        location: crate::source::Location {
            file: "test".into(),
            line: 1,
            column: 1,
        },
    }
}

fn french() -> Terms {
    let mut t = Terms::new(Regime::FrLegal);
    t.creditor = Some(Creditor::Individual);
    t
}

fn sum(n: usize, decided: NaiveDate, amount: &str) -> Sum {
    Sum {
        liquidation: n,
        decided,
        amount: dec(amount),
        first_day: decided,
        last_day: decided,
    }
}

#[test]
fn the_service_public_example_as_a_one_sum_decompte() {
    // Fiche F20688: €2,000, enforceable 17 Sep 2015, paid 10 Apr 2016: 14.34 + 22.40 + 52.27.
    let b = compute(
        &decompte(french()),
        &[sum(1, d(2015, 9, 17), "2000")],
        d(2016, 4, 10),
        2,
    )
    .unwrap();
    assert_eq!(b.interest, dec("89.01"));
    assert_eq!(b.due, dec("2089.01"));
    let line = &b.sums[0];
    assert_eq!(line.interest_from, Some(d(2015, 9, 18)));
    assert_eq!(line.majoration_from, Some(d(2015, 11, 18)));
}

#[test]
fn a_payment_goes_to_the_oldest_sum_first_and_its_excess_to_the_next() {
    let mut terms = Terms::new(Regime::Fixed);
    terms.rate = Some(dec("10"));
    let mut c = decompte(terms);
    // Sum 1: €1,000 from 2 Jan 2023 (decided 1 Jan); sum 2: €500 from 2 Feb 2023.
    // On 1 Mar 2023 €1,200 is paid: sum 1's interest 2 Jan - 28 Feb (58 days) at 10 %:
    // 1000 × 58 × 10 / 36500 = 15.890... = 15.89; then its principal 1000; the rest, 184.11,
    // to sum 2: interest 2 Feb - 28 Feb (27 days): 500 × 27 × 10 / 36500 = 3.70, principal
    // 180.41, leaving 319.59.
    c.payments.push(Payment {
        date: d(2023, 3, 1),
        amount: dec("1200"),
        note: None,
    });
    let sums = [sum(2, d(2023, 2, 1), "500"), sum(1, d(2023, 1, 1), "1000")];
    let b = compute(&c, &sums, d(2023, 3, 1), 2).unwrap();
    assert_eq!(b.sums[0].liquidation, 1);
    let p = &b.payments[0];
    assert_eq!(
        (p.to_interest, p.to_principal, p.unapplied),
        (dec("19.59"), dec("1180.41"), dec("0.00"))
    );
    assert_eq!(p.parts.len(), 2);
    assert_eq!(b.outstanding.principal, dec("319.59"));
    assert_eq!(b.due, dec("319.59"));
}

#[test]
fn a_payment_before_any_sum_is_refused_with_its_key() {
    let mut c = decompte(french());
    c.payments.push(Payment {
        date: d(2015, 9, 1),
        amount: dec("10"),
        note: None,
    });
    let e = compute(&c, &[sum(1, d(2015, 9, 17), "2000")], d(2016, 4, 10), 2).unwrap_err();
    assert_eq!(e.key, "payment[1].date");
    assert!(e.to_string().contains("before any sum is due"), "{e}");
}

#[test]
fn a_period_beyond_the_tables_names_the_missing_row_and_where_to_look() {
    let e = compute(&decompte(french()), &[sum(1, d(2026, 5, 1), "2000")], d(2027, 3, 1), 2).unwrap_err();
    assert_eq!(e.key, "interest.regime");
    let message = e.to_string();
    assert!(
        message.contains("the semester 1 January to 30 June 2027") || message.contains("1 July to 31 December 2026"),
        "{message}"
    );
    assert!(message.contains("arrêté"), "{message}");
}

#[test]
fn a_barred_sum_is_shown_and_left_out_only_when_asked() {
    let mut c = decompte(Terms::new(Regime::Fixed));
    c.terms.rate = Some(Decimal::ZERO);
    c.limitation = Some(Limitation::NlRv);
    let sums = [Sum {
        liquidation: 1,
        decided: d(2023, 3, 1),
        amount: dec("700"),
        first_day: d(2023, 1, 1),
        last_day: d(2023, 1, 7),
    }];
    let b = compute(&c, &sums, d(2023, 9, 1), 2).unwrap();
    let l = b.sums[0].limitation.as_ref().unwrap();
    assert_eq!(
        (l.first_barred, l.barred, l.status),
        (d(2023, 7, 2), d(2023, 7, 8), Barred::Wholly)
    );
    assert_eq!(
        (b.due, b.time_barred, b.excluded),
        (dec("700.00"), dec("700.00"), dec("0.00"))
    );
    c.exclude_barred = true;
    let b = compute(&c, &sums, d(2023, 9, 1), 2).unwrap();
    assert_eq!((b.due, b.excluded), (dec("0.00"), dec("700.00")));
    assert!(b.sums[0].excluded);
}

#[test]
fn an_unconfirmed_limitation_row_is_refused_unless_allowed() {
    let mut c = decompte(Terms::new(Regime::Fixed));
    c.terms.rate = Some(Decimal::ZERO);
    c.limitation = Some(Limitation::Be);
    let e = compute(&c, &[sum(1, d(2023, 1, 1), "100")], d(2023, 2, 1), 2).unwrap_err();
    assert_eq!(e.key, "interest.limitation");
    c.terms.allow_unconfirmed = true;
    assert!(
        compute(&c, &[sum(1, d(2023, 1, 1), "100")], d(2023, 2, 1), 2)
            .unwrap()
            .unconfirmed
    );
}

mod invariants {
    use proptest::prelude::*;

    use super::*;

    fn day(offset: i64) -> NaiveDate {
        d(2023, 1, 1) + chrono::Duration::days(offset)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Whatever the sums, payments and costs: the balance due is what was owed less what
        /// was applied, each payment is split exactly, and nothing is owed below zero.
        #[test]
        fn the_balance_adds_up(
            sums in proptest::collection::vec((0i64..300, 1i64..5_000_000), 1..4),
            payments in proptest::collection::vec((0i64..400, 1i64..3_000_000), 0..4),
            costs in proptest::collection::vec((0i64..400, 1i64..100_000), 0..3),
            rate in 0i64..2000,
            capitalise in any::<bool>(),
        ) {
            let mut terms = Terms::new(Regime::Fixed);
            terms.rate = Some(Decimal::new(rate, 2));
            terms.capitalise = capitalise;
            let mut c = decompte(terms);
            let first = sums.iter().map(|(o, _)| *o).min().unwrap_or(0);
            c.payments = payments
                .iter()
                .map(|(o, cents)| Payment { date: day(first + o), amount: Decimal::new(*cents, 2), note: None })
                .collect();
            c.costs = costs
                .iter()
                .map(|(o, cents)| Cost { date: day(*o), amount: Decimal::new(*cents, 2), label: "c".into() })
                .collect();
            let sums: Vec<Sum> = sums
                .iter()
                .enumerate()
                .map(|(i, (o, cents))| Sum {
                    liquidation: i + 1,
                    decided: day(*o),
                    amount: Decimal::new(*cents, 2),
                    first_day: day(*o),
                    last_day: day(*o),
                })
                .collect();
            let b = compute(&c, &sums, day(800), 2).unwrap();
            let applied = b.paid - b.unapplied;
            prop_assert_eq!(b.due, b.principal + b.interest + b.costs_total - applied);
            prop_assert_eq!(b.due, b.outstanding.principal + b.outstanding.interest + b.outstanding.costs);
            for p in &b.payments {
                prop_assert_eq!(p.amount, p.to_costs + p.to_interest + p.to_principal + p.unapplied);
                let parts: Decimal = p.parts.iter().map(|x| x.to_costs + x.to_interest + x.to_principal).sum();
                prop_assert_eq!(parts + p.unapplied, p.amount);
            }
            prop_assert!(b.outstanding.principal >= Decimal::ZERO && b.outstanding.interest >= Decimal::ZERO);
            prop_assert!(b.outstanding.costs >= Decimal::ZERO);
        }
    }
}
