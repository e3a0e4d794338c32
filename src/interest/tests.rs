//! The engine's tests: the published worked example, figures worked out by hand, the errors,
//! and properties over random claims.

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn eur(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn claim(principal: &str, from: NaiveDate, through: NaiveDate) -> Claim {
    Claim {
        principal: eur(principal),
        from,
        through,
        payments: Vec::new(),
        costs: Vec::new(),
        minor_units: 2,
    }
}

fn pay(date: NaiveDate, amount: &str) -> Payment {
    Payment {
        date,
        amount: eur(amount),
    }
}

fn french(creditor: Creditor, enforceable: Option<NaiveDate>) -> Terms {
    Terms {
        creditor: Some(creditor),
        enforceable,
        ..Terms::new(Regime::FrLegal)
    }
}

/// (from, through, days, rate, amount) of each period, as text.
fn rows(report: &InterestReport) -> Vec<(String, String, i64, String, String)> {
    report
        .periods
        .iter()
        .map(|p| {
            (
                p.from.to_string(),
                p.through.to_string(),
                p.days,
                p.rate.to_string(),
                p.amount.to_string(),
            )
        })
        .collect()
}

fn row(from: &str, through: &str, days: i64, rate: &str, amount: &str) -> (String, String, i64, String, String) {
    (from.into(), through.into(), days, rate.into(), amount.into())
}

/// service-public.fr, fiche F783 "Calcul de l'intérêt légal": €2,000 awarded to a private
/// person, the judgment enforceable on 17 September 2015, paid on 10 April 2016.
///   18 Sep 2015 – 17 Nov 2015: 2000 × 61 × 4.29 / 36500 = 14.3392 → 14.34
///   18 Nov 2015 – 31 Dec 2015: 2000 × 44 × 9.29 / 36500 = 22.3978 → 22.40 (4.29 + 5, L313-3)
///   1 Jan 2016 – 9 Apr 2016: 2000 × 100 × 9.54 / 36500 = 52.2740 → 52.27 (4.54 + 5; 365 days
///   although 2016 is a leap year; the day of payment not counted)
///   total 89.01.
#[test]
fn the_service_public_example_comes_out_exactly() {
    let report = compute(
        &claim("2000", d(2015, 9, 18), d(2016, 4, 9)),
        &french(Creditor::Individual, Some(d(2015, 9, 17))),
    )
    .unwrap();
    assert_eq!(
        rows(&report),
        [
            row("2015-09-18", "2015-11-17", 61, "4.29", "14.34"),
            row("2015-11-18", "2015-12-31", 44, "9.29", "22.40"),
            row("2016-01-01", "2016-04-09", 100, "9.54", "52.27"),
        ]
    );
    assert_eq!(report.total.to_string(), "89.01");
    assert_eq!(report.majoration_from, Some(d(2015, 11, 18)));
    assert_eq!(report.outstanding.principal.to_string(), "2000.00");
    assert_eq!(report.outstanding.interest.to_string(), "89.01");
    assert!(!report.unconfirmed);
    assert!(
        report.periods[1].source().contains("+ 5 points (CMF L313-3)"),
        "{}",
        report.periods[1].source()
    );
}

/// The same claim paid in full on 10 April 2016 (the day after the last day counted): the
/// payment goes to the interest first (C. civ. 1343-1), and nothing is left.
#[test]
fn paying_the_service_public_total_on_the_day_of_payment_leaves_nothing() {
    let mut c = claim("2000", d(2015, 9, 18), d(2016, 4, 9));
    c.payments.push(pay(d(2016, 4, 10), "2089.01"));
    let report = compute(&c, &french(Creditor::Individual, Some(d(2015, 9, 17)))).unwrap();
    let p = &report.payments[0];
    assert_eq!(
        (p.to_interest.to_string(), p.to_principal.to_string()),
        ("89.01".into(), "2000.00".into())
    );
    assert_eq!(p.unapplied, Decimal::ZERO);
    assert_eq!(report.outstanding.principal, Decimal::ZERO);
    assert_eq!(report.outstanding.interest, Decimal::ZERO);
}

/// act/act divides the 2016 part by 366: 2000 × 100 × 9.54 / 36600 = 52.1311 → 52.13 (the
/// fiche notes 366 would give 52.13).
#[test]
fn act_act_divides_a_leap_year_by_366() {
    let terms = Terms {
        basis: Basis::ActAct,
        ..french(Creditor::Individual, Some(d(2015, 9, 17)))
    };
    let report = compute(&claim("2000", d(2015, 9, 18), d(2016, 4, 9)), &terms).unwrap();
    let last = report.periods.last().unwrap();
    assert_eq!((last.year_days, last.amount.to_string()), (366, "52.13".into()));
    assert_eq!(report.total.to_string(), "88.87");
}

/// CMF L313-3 with CPC 641's month end: enforceable on 31 December 2015, the two months end
/// on 29 February 2016 (no 31 February), the majorated rate runs from 1 March.
#[test]
fn the_two_months_of_l313_3_end_on_the_last_day_of_a_short_month() {
    assert_eq!(compute::majoration_from(d(2015, 12, 31)), Some(d(2016, 3, 1)));
    assert_eq!(compute::majoration_from(d(2015, 12, 30)), Some(d(2016, 3, 1)));
    assert_eq!(compute::majoration_from(d(2016, 12, 31)), Some(d(2017, 3, 1)));
    assert_eq!(compute::majoration_from(d(2015, 9, 17)), Some(d(2015, 11, 18)));
}

#[test]
fn the_majoration_can_be_waived() {
    let terms = Terms {
        majoration: false,
        ..french(Creditor::Individual, Some(d(2015, 9, 17)))
    };
    let report = compute(&claim("2000", d(2015, 9, 18), d(2016, 4, 9)), &terms).unwrap();
    // 2000 × 105 × 4.29 / 36500 = 24.6822 → 24.68; 2000 × 100 × 4.54 / 36500 = 24.8767 → 24.88.
    assert_eq!(
        rows(&report),
        [
            row("2015-09-18", "2015-12-31", 105, "4.29", "24.68"),
            row("2016-01-01", "2016-04-09", 100, "4.54", "24.88"),
        ]
    );
    assert_eq!(report.majoration_from, None);
}

/// Before 2015 one rate for every creditor: no creditor is needed. Across 1 January 2015 it is.
#[test]
fn the_creditor_is_needed_from_2015_only() {
    let terms = Terms::new(Regime::FrLegal);
    // 10000 × 365 × 0.04 / 36500 = 4.00
    let report = compute(&claim("10000", d(2014, 1, 1), d(2014, 12, 31)), &terms).unwrap();
    assert_eq!(rows(&report), [row("2014-01-01", "2014-12-31", 365, "0.04", "4.00")]);
    let refused = compute(&claim("10000", d(2014, 6, 1), d(2015, 1, 1)), &terms).unwrap_err();
    assert_eq!(refused, InterestError::CreditorMissing { needed: d(2015, 1, 1) });
    assert_eq!(refused.flag(), "--creditor");
}

/// A Dutch claim, worked out by hand (the same figures come out of the separate oracle,
/// tests/fixtures/interest/oracle.py): €10,000 wettelijke rente (BW 6:119) from 1 March 2022
/// through 31 December 2024, a payment of €1,500 on 1 September 2023. Compounded each year from
/// 1 March (6:119 lid 2); the payment goes to interest first (6:44).
///
///   2022-03-01 – 2022-12-31  306 d × 2 %: 10000 × 306 × 2 / 36500 = 167.6712 → 167.67
///   2023-01-01 – 2023-02-28   59 d × 4 %: 10000 × 59 × 4 / 36500  =  64.6575 →  64.66
///   1 Mar 2023: capitalised 167.67 + 64.66 = 232.33 → principal 10232.33
///   2023-03-01 – 2023-06-30  122 d × 4 %: 10232.33 × 122 × 4 / 36500 = 136.8049 → 136.80
///   2023-07-01 – 2023-08-31   62 d × 6 %: 10232.33 × 62 × 6 / 36500  = 104.2857 → 104.29
///   1 Sep 2023: payment 1500 → interest 136.80 + 104.29 = 241.09, principal 1258.91
///               → principal 10232.33 − 1258.91 = 8973.42
///   2023-09-01 – 2023-12-31  122 d × 6 %: 8973.42 × 122 × 6 / 36500 = 179.9601 → 179.96
///   2024-01-01 – 2024-02-29   60 d × 7 %: 8973.42 × 60 × 7 / 36500  = 103.2558 → 103.26
///   1 Mar 2024: capitalised 179.96 + 103.26 = 283.22 → principal 9256.64
///   2024-03-01 – 2024-12-31  306 d × 7 %: 9256.64 × 306 × 7 / 36500 = 543.2253 → 543.23
///   total 167.67 + 64.66 + 136.80 + 104.29 + 179.96 + 103.26 + 543.23 = 1299.87
///   outstanding: principal 9256.64, interest 543.23.
#[test]
fn a_dutch_claim_with_compounding_and_a_payment() {
    let mut c = claim("10000", d(2022, 3, 1), d(2024, 12, 31));
    c.payments.push(pay(d(2023, 9, 1), "1500"));
    let report = compute(&c, &Terms::new(Regime::NlLegal)).unwrap();
    assert_eq!(
        rows(&report),
        [
            row("2022-03-01", "2022-12-31", 306, "2", "167.67"),
            row("2023-01-01", "2023-02-28", 59, "4", "64.66"),
            row("2023-03-01", "2023-06-30", 122, "4", "136.80"),
            row("2023-07-01", "2023-08-31", 62, "6", "104.29"),
            row("2023-09-01", "2023-12-31", 122, "6", "179.96"),
            row("2024-01-01", "2024-02-29", 60, "7", "103.26"),
            row("2024-03-01", "2024-12-31", 306, "7", "543.23"),
        ]
    );
    let caps: Vec<_> = report
        .capitalisations
        .iter()
        .map(|c| (c.date, c.amount.to_string(), c.principal.to_string()))
        .collect();
    assert_eq!(
        caps,
        [
            (d(2023, 3, 1), "232.33".into(), "10232.33".into()),
            (d(2024, 3, 1), "283.22".into(), "9256.64".into()),
        ]
    );
    let p = &report.payments[0];
    assert_eq!(
        (p.to_interest.to_string(), p.to_principal.to_string()),
        ("241.09".into(), "1258.91".into())
    );
    assert_eq!(report.total.to_string(), "1299.87");
    assert_eq!(report.outstanding.principal.to_string(), "9256.64");
    assert_eq!(report.outstanding.interest.to_string(), "543.23");
}

/// Capitalisation from 29 February: 28 February in a common year, 29 February in a leap one
/// (each counted from the anchor, not from the previous anniversary).
#[test]
fn a_29_february_anchor_capitalises_on_28_february_in_common_years() {
    let terms = Terms {
        capitalise: true,
        ..Terms::new(Regime::Fixed)
    };
    let terms = Terms {
        rate: Some(eur("10")),
        ..terms
    };
    let report = compute(&claim("1000", d(2024, 2, 29), d(2028, 3, 31)), &terms).unwrap();
    let days: Vec<_> = report.capitalisations.iter().map(|c| c.date).collect();
    assert_eq!(days, [d(2025, 2, 28), d(2026, 2, 28), d(2027, 2, 28), d(2028, 2, 29)]);
    // First year: 1000 × 365 × 10 / 36500 = 100.00 (29 Feb 2024 to 27 Feb 2025: 365 days).
    assert_eq!(report.capitalisations[0].amount.to_string(), "100.00");
}

/// The anchor moves the capitalisation days (e.g. to the day of the court demand).
#[test]
fn an_anchor_places_the_capitalisation_days() {
    let terms = Terms {
        capitalise: true,
        anchor: Some(d(2020, 6, 15)),
        rate: Some(eur("10")),
        ..Terms::new(Regime::Fixed)
    };
    let report = compute(&claim("1000", d(2020, 1, 1), d(2022, 12, 31)), &terms).unwrap();
    let days: Vec<_> = report.capitalisations.iter().map(|c| c.date).collect();
    assert_eq!(days, [d(2021, 6, 15), d(2022, 6, 15)]);
    // 1 Jan 2020 to 14 Jun 2021 at 10 % on 1000: 531 days → 145.4795 → 145.48.
    assert_eq!(report.capitalisations[0].amount.to_string(), "145.48");
}

/// French capitalisation only when ordered; Dutch always.
#[test]
fn french_interest_is_simple_unless_capitalisation_is_ordered() {
    let c = claim("1000", d(2016, 1, 1), d(2017, 12, 31));
    let simple = compute(&c, &french(Creditor::Other, None)).unwrap();
    assert!(simple.capitalisations.is_empty());
    let ordered = compute(
        &c,
        &Terms {
            capitalise: true,
            ..french(Creditor::Other, None)
        },
    )
    .unwrap();
    // The second anniversary is the day after the last day of interest: the balance at the
    // end shows the second year's interest capitalised too.
    let days: Vec<_> = ordered.capitalisations.iter().map(|c| c.date).collect();
    assert_eq!(days, [d(2017, 1, 1), d(2018, 1, 1)]);
    assert!(ordered.total > simple.total);
    assert_eq!(ordered.outstanding.interest, Decimal::ZERO);
}

/// eu-ecb: the ECB rate of the first day of the month of the payment deadline (the day before
/// the first day of interest), + 3.5 points, for the whole period (Reg. 1268/2012 art. 83(2)).
/// Deadline 15 March 2023 → ECB rate on 1 March 2023: 3.00 % (from 8 February 2023) → 6.5 %,
/// although the ECB rate rose on 22 March. 1,000,000 × 30 × 6.5 / 36500 = 5342.4658 → 5342.47.
#[test]
fn eu_interest_fixes_the_ecb_rate_of_the_deadline_month() {
    let report = compute(
        &claim("1000000", d(2023, 3, 16), d(2023, 4, 14)),
        &Terms::new(Regime::EuEcb),
    )
    .unwrap();
    assert_eq!(rows(&report), [row("2023-03-16", "2023-04-14", 30, "6.5", "5342.47")]);
    assert_eq!(report.reference_day.map(|r| r.date), Some(d(2023, 3, 1)));
    // With a guarantee, the month of the decision (adopted 20 January 2023: ECB 2.50 % on
    // 1 January) + 1.5 points = 4 %: 1,000,000 × 30 × 4 / 36500 = 3287.6712 → 3287.67.
    let guaranteed = Terms {
        decided: Some(d(2023, 1, 20)),
        guarantee: true,
        ..Terms::new(Regime::EuEcb)
    };
    let report = compute(&claim("1000000", d(2023, 3, 16), d(2023, 4, 14)), &guaranteed).unwrap();
    assert_eq!(rows(&report), [row("2023-03-16", "2023-04-14", 30, "4", "3287.67")]);
}

/// be-legal: one rate per calendar year. 5000 × 365 × 5.25 / 36500 = 262.50;
/// 5000 × 31 × 5.75 / 36500 = 24.4178 → 24.42.
#[test]
fn belgian_interest_changes_rate_on_1_january() {
    let report = compute(
        &claim("5000", d(2023, 1, 1), d(2024, 1, 31)),
        &Terms::new(Regime::BeLegal),
    )
    .unwrap();
    assert_eq!(
        rows(&report),
        [
            row("2023-01-01", "2023-12-31", 365, "5.25", "262.50"),
            row("2024-01-01", "2024-01-31", 31, "5.75", "24.42"),
        ]
    );
}

#[test]
fn an_unconfirmed_rate_is_refused_unless_allowed() {
    let c = claim("1000", d(2026, 7, 1), d(2026, 7, 31));
    let terms = french(Creditor::Other, None);
    let refused = compute(&c, &terms).unwrap_err();
    assert!(matches!(refused, InterestError::Unconfirmed { .. }), "{refused:?}");
    let message = refused.to_string();
    assert!(
        message.contains("UNCONFIRMED") && message.contains("--allow-unconfirmed"),
        "{message}"
    );
    let allowed = compute(
        &c,
        &Terms {
            allow_unconfirmed: true,
            ..terms
        },
    )
    .unwrap();
    assert!(allowed.unconfirmed);
    assert!(!allowed.periods[0].confirmed);
    // The individual rate of 2026 S2 is not known at all: outside the table, even allowed.
    let individual = Terms {
        allow_unconfirmed: true,
        ..french(Creditor::Individual, None)
    };
    let outside = compute(&c, &individual).unwrap_err();
    assert!(
        matches!(outside, InterestError::OutsideTables { last, .. } if last == d(2026, 6, 30)),
        "{outside:?}"
    );
}

#[test]
fn inputs_the_regime_does_not_use_are_refused() {
    let c = claim("1000", d(2020, 1, 1), d(2020, 12, 31));
    let refused = |terms: Terms| compute(&c, &terms).unwrap_err();
    let e = refused(Terms {
        creditor: Some(Creditor::Other),
        ..Terms::new(Regime::NlLegal)
    });
    assert_eq!(e.flag(), "--creditor");
    assert_eq!(refused(Terms::new(Regime::Fixed)), InterestError::RateMissing);
    let e = refused(Terms {
        rate: Some(eur("4")),
        ..Terms::new(Regime::BeLegal)
    });
    assert_eq!(e.flag(), "--rate");
    let e = refused(Terms {
        capitalise: true,
        ..Terms::new(Regime::EuEcb)
    });
    assert_eq!(e.flag(), "--capitalise");
    let e = refused(Terms {
        guarantee: true,
        ..Terms::new(Regime::EuEcb)
    });
    assert_eq!(e, InterestError::GuaranteeWithoutDecision);
    let e = refused(Terms {
        anchor: Some(d(2020, 3, 1)),
        ..french(Creditor::Other, None)
    });
    assert_eq!(e.flag(), "--anchor");
}

#[test]
fn bad_claims_are_refused() {
    let terms = Terms::new(Regime::NlLegal);
    let mut c = claim("1000", d(2020, 1, 1), d(2020, 12, 31));
    c.payments.push(pay(d(2019, 12, 31), "10"));
    assert!(matches!(
        compute(&c, &terms),
        Err(InterestError::PaymentBeforeStart { .. })
    ));
    c.payments = vec![pay(d(2021, 1, 2), "10")];
    assert!(matches!(
        compute(&c, &terms),
        Err(InterestError::PaymentAfterEnd { .. })
    ));
    c.payments = vec![pay(d(2021, 1, 1), "10.001")];
    assert!(matches!(
        compute(&c, &terms),
        Err(InterestError::PaymentTooPrecise { .. })
    ));
    let negative = claim("-5", d(2020, 1, 1), d(2020, 12, 31));
    assert!(matches!(
        compute(&negative, &terms),
        Err(InterestError::PrincipalNotPositive { .. })
    ));
    let backwards = claim("5", d(2020, 1, 2), d(2020, 1, 1));
    assert!(matches!(
        compute(&backwards, &terms),
        Err(InterestError::EmptyPeriod { .. })
    ));
    let early = claim("5", d(1990, 1, 1), d(2020, 1, 1));
    let e = compute(&early, &terms).unwrap_err();
    assert!(
        matches!(e, InterestError::OutsideTables { first, .. } if first == d(1998, 1, 1)),
        "{e:?}"
    );
}

/// Costs are paid before interest, interest before principal (BW 6:44).
#[test]
fn payments_go_to_costs_then_interest_then_principal() {
    let mut c = claim("1000", d(2020, 1, 1), d(2020, 12, 31));
    c.costs.push(Cost {
        label: "proceskosten".into(),
        date: d(2020, 1, 1),
        amount: eur("100"),
    });
    // 2 % on 1000 for 182 days (1 Jan – 30 Jun 2020): 1000 × 182 × 2 / 36500 = 9.9726 → 9.97.
    c.payments.push(pay(d(2020, 7, 1), "150"));
    c.payments.push(pay(d(2021, 1, 1), "5000"));
    let report = compute(&c, &Terms::new(Regime::NlLegal)).unwrap();
    let first = &report.payments[0];
    assert_eq!(
        (
            first.to_costs.to_string(),
            first.to_interest.to_string(),
            first.to_principal.to_string()
        ),
        ("100.00".into(), "9.97".into(), "40.03".into())
    );
    // The rest of the year on 959.97: 184 days × 2 % = 9.6783 → 9.68; the last payment
    // clears 9.68 + 959.97 and leaves 4030.35 unapplied.
    let last = &report.payments[1];
    assert_eq!(last.unapplied.to_string(), "4030.35");
    assert_eq!(report.outstanding.principal, Decimal::ZERO);
    assert_eq!(report.outstanding.interest, Decimal::ZERO);
    assert_eq!(report.outstanding.costs, Decimal::ZERO);
}

#[test]
fn regime_names_round_trip_and_suggest() {
    for r in Regime::ALL {
        assert_eq!(r.code().parse::<Regime>(), Ok(r));
    }
    let e = "fr-legl".parse::<Regime>().unwrap_err();
    assert_eq!(e.closest, Some("fr-legal"));
    assert!(e.to_string().contains("did you mean `fr-legal`"), "{e}");
    assert!(e.to_string().contains("`nl-commercial`"), "{e}");
    assert_eq!(
        "nl-comercial".parse::<Regime>().unwrap_err().closest,
        Some("nl-commercial")
    );
}

// ---------------------------------------------------------------------------------------
// Properties

fn regime_terms() -> impl Strategy<Value = Terms> {
    prop_oneof![
        Just(french(Creditor::Individual, Some(d(2017, 3, 31)))),
        Just(french(Creditor::Other, None)),
        Just(Terms::new(Regime::NlLegal)),
        Just(Terms::new(Regime::NlCommercial)),
        Just(Terms::new(Regime::BeLegal)),
        Just(Terms::new(Regime::EuEcb)),
        Just(Terms {
            rate: Some(eur("7.25")),
            ..Terms::new(Regime::Fixed)
        }),
    ]
    .prop_flat_map(|t| (Just(t), any::<bool>()))
    .prop_map(|(t, act_act)| Terms {
        basis: if act_act { Basis::ActAct } else { Basis::Act365 },
        ..t
    })
}

/// Days from 2015-01-01 to 2024-06-30, within every confirmed table.
fn day_in_range() -> impl Strategy<Value = NaiveDate> {
    (0_i64..3468).prop_map(|n| d(2015, 1, 1) + chrono::Duration::days(n))
}

fn cents() -> impl Strategy<Value = Decimal> {
    (1_i64..100_000_000).prop_map(|c| Decimal::new(c, 2))
}

/// An independent exact figure for a period: the unrounded interest.
fn unrounded(p: &Period) -> Decimal {
    p.base * Decimal::from(p.days) * p.rate / Decimal::from(100 * p.year_days)
}

fn simple(terms: &Terms) -> bool {
    !terms.capitalise && !terms.regime.compounds_by_law()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// With no payment and no capitalisation, cutting the period at any day changes the total
    /// only by the rounding of the parts: at most half a cent per part against the unrounded
    /// sum, and nothing at all when the cut falls where a period already starts.
    #[test]
    fn splitting_the_period_changes_the_total_only_by_the_rounding_of_parts(
        terms in regime_terms().prop_filter("simple interest", simple),
        principal in cents(),
        a in day_in_range(),
        len in 1_i64..1500,
        cut in 0_i64..1500,
    ) {
        let through = (a + chrono::Duration::days(len)).min(d(2024, 6, 30));
        let cut = (a + chrono::Duration::days(cut % len.max(1))).min(through);
        prop_assume!(cut < through);
        let whole = compute(&claim(&principal.to_string(), a, through), &terms).unwrap();
        let first = compute(&claim(&principal.to_string(), a, cut), &terms).unwrap();
        let second = compute(&claim(&principal.to_string(), cut.succ_opt().unwrap(), through), &terms);
        // eu-ecb fixes its rate from the first day of interest: a later start is another claim.
        prop_assume!(terms.regime != Regime::EuEcb);
        let second = second.unwrap();
        let parts = first.total + second.total;
        let exact: Decimal = whole.periods.iter().map(unrounded).sum();
        let half_cent = Decimal::new(5, 3);
        prop_assert!((whole.total - exact).abs() <= half_cent * Decimal::from(whole.periods.len()));
        let n = first.periods.len() + second.periods.len();
        prop_assert!((parts - exact).abs() <= half_cent * Decimal::from(n));
        if whole.periods.iter().any(|p| p.from == cut.succ_opt().unwrap()) {
            prop_assert_eq!(parts, whole.total);
        } else {
            prop_assert!((parts - whole.total).abs() <= Decimal::new(1, 2));
        }
    }

    /// The later the end, the more interest (never less), payments and capitalisation or not.
    #[test]
    fn interest_is_monotone_in_the_end_date(
        terms in regime_terms(),
        principal in cents(),
        a in day_in_range(),
        len in 0_i64..1500,
        more in 1_i64..400,
        paid in proptest::option::of((0_i64..1500, cents())),
    ) {
        let through = (a + chrono::Duration::days(len)).min(d(2024, 6, 29));
        let later = (through + chrono::Duration::days(more)).min(d(2024, 6, 30));
        let mut c = claim(&principal.to_string(), a, through);
        if let Some((at, amount)) = paid {
            let day = a + chrono::Duration::days(at % (len + 1));
            c.payments.push(Payment { date: day.min(through), amount });
        }
        let short = compute(&c, &terms).unwrap();
        let long = compute(&Claim { through: later, ..c.clone() }, &terms).unwrap();
        prop_assert!(long.total >= short.total, "{} < {}", long.total, short.total);
    }

    /// Payments never make anything negative, never exceed what they pay, and every euro is
    /// accounted for: the sum and its interest are what was paid plus what is still owed.
    #[test]
    fn payments_never_make_interest_negative_and_account_for_every_cent(
        terms in regime_terms(),
        principal in cents(),
        a in day_in_range(),
        len in 0_i64..1500,
        payments in proptest::collection::vec((0_i64..1501, cents()), 0..6),
    ) {
        let through = (a + chrono::Duration::days(len)).min(d(2024, 6, 29));
        let span = (through - a).num_days() + 2;
        let mut c = claim(&principal.to_string(), a, through);
        c.payments = payments
            .iter()
            .map(|(at, amount)| Payment { date: a + chrono::Duration::days(at % span), amount: *amount })
            .collect();
        let report = compute(&c, &terms).unwrap();
        let unpaid = compute(&Claim { payments: Vec::new(), ..c.clone() }, &terms).unwrap();
        // A payment lowers the base; the cut it makes may add at most a cent of rounding.
        let cuts = Decimal::new(1, 2) * Decimal::from(report.payments.len());
        prop_assert!(report.total <= unpaid.total + cuts, "{} > {}", report.total, unpaid.total);
        for p in &report.periods {
            prop_assert!(p.amount >= Decimal::ZERO && p.base > Decimal::ZERO);
        }
        let mut paid = Decimal::ZERO;
        for i in &report.payments {
            for part in [i.to_costs, i.to_interest, i.to_principal, i.unapplied] {
                prop_assert!(part >= Decimal::ZERO);
            }
            prop_assert_eq!(i.to_costs + i.to_interest + i.to_principal + i.unapplied, i.amount);
            paid += i.to_costs + i.to_interest + i.to_principal;
        }
        prop_assert!(report.outstanding.interest >= Decimal::ZERO);
        prop_assert!(report.outstanding.principal >= Decimal::ZERO);
        prop_assert_eq!(
            principal + report.total,
            paid + report.outstanding.principal + report.outstanding.interest
        );
    }
}
