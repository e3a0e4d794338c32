//! Shares of the liquidated sums (`[[share]]`; CJA L911-8: part of an astreinte may go to the
//! State budget rather than to the claimant; several claimants may share one).
//!
//! Each liquidation's owed sum (what a pronounced decision awarded, the computed amount
//! otherwise) is split: fixed amounts first, in the order written, each at most what is left;
//! then each part, rounded down to the currency's minor unit, never more than its fraction;
//! the share that takes the rest (written without `part` or `amount`, or the first share when
//! every share has a part) receives what is left, the cents of the rounding included. The
//! claimant is owed the astreinte unless the judge gives part of it away (L911-8 is written
//! as an exception: « une part de l'astreinte ne sera pas versée au requérant »): written
//! first, it keeps the cents. The shares of a liquidation therefore add up to it exactly.

use rust_decimal::Decimal;

use super::ComputeError;
use crate::case::{Case, Portion};
use crate::money::exact::{self, Loss};
use crate::report::{LiquidationReport, LiquidationShare, ShareReport};

/// What each share receives of each liquidation (in the order of the liquidations; none when
/// the case has no shares), and each share with its total.
pub(super) fn split(
    case: &Case,
    liquidations: &[LiquidationReport],
) -> Result<(Vec<Vec<LiquidationShare>>, Vec<ShareReport>), ComputeError> {
    // Without shares, no liquidation has any: nothing to allocate.
    if case.shares.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let digits = case.currency.minor_units();
    let failed = |number: usize| {
        move |loss: Loss| {
            ComputeError::of_loss(loss, &case.origin, super::Quantity::Share)
                .concerning(format!("liquidation[{number}]"))
        }
    };
    let taker = case.shares.iter().position(|s| s.portion == Portion::Rest).unwrap_or(0);
    let mut totals = vec![Decimal::ZERO; case.shares.len()];
    let mut per_liquidation = Vec::with_capacity(liquidations.len());
    for l in liquidations {
        let amounts = amounts_of(case, l.owed(), taker, digits).map_err(failed(l.number))?;
        for (total, amount) in totals.iter_mut().zip(&amounts) {
            *total = exact::add(*total, *amount).map_err(failed(l.number))?;
        }
        per_liquidation.push(
            case.shares
                .iter()
                .zip(amounts)
                .map(|(s, amount)| LiquidationShare {
                    to: s.to.clone(),
                    amount,
                })
                .collect(),
        );
    }
    let reports = case
        .shares
        .iter()
        .zip(totals)
        .map(|(s, total)| ShareReport {
            to: s.to.clone(),
            part: match s.portion {
                Portion::Part(p) => Some(p.to_string()),
                _ => None,
            },
            amount: match s.portion {
                Portion::Amount(a) => Some(a),
                _ => None,
            },
            rest: s.portion == Portion::Rest,
            total,
        })
        .collect();
    Ok((per_liquidation, reports))
}

/// What each share of `case` receives of `whole`, the share at `taker` taking the rest.
fn amounts_of(case: &Case, whole: Decimal, taker: usize, digits: u32) -> Result<Vec<Decimal>, Loss> {
    let mut left = whole;
    let mut amounts = vec![Decimal::ZERO; case.shares.len()];
    // Fixed sums first, each at most what is left.
    for (amount, share) in amounts.iter_mut().zip(&case.shares) {
        if let Portion::Amount(fixed) = share.portion {
            *amount = fixed.min(left).max(Decimal::ZERO);
            left = exact::sub(left, *amount)?;
        }
    }
    for (i, (amount, share)) in amounts.iter_mut().zip(&case.shares).enumerate() {
        if let Portion::Part(part) = share.portion
            && i != taker
        {
            *amount = part.of_rounded_down(whole, digits)?.min(left).max(Decimal::ZERO);
            left = exact::sub(left, *amount)?;
        }
    }
    if let Some(rest) = amounts.get_mut(taker) {
        *rest = left;
    }
    Ok(amounts)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::case::{Part, Share};

    fn case_with(shares: Vec<Share>) -> Case {
        let text = "title = \"t\"\ncurrency = \"EUR\"\n[order]\ndecided = 2024-01-01\ndeadline = 2024-01-01\n[penalty]\namount = 1\n";
        let mut case = crate::case::load(&crate::source::Source::new("t.toml", text))
            .remove(0)
            .unwrap();
        case.shares = shares;
        case
    }

    fn share(to: &str, portion: Portion) -> Share {
        Share {
            to: to.into(),
            portion,
            expected: None,
        }
    }

    #[test]
    fn the_fnaut_split_one_euro_and_the_rest_to_the_state() {
        // TA Lyon, 10 May 2016, n° 1509744: €18,225 liquidated, €1 to the FNAUT, the rest to
        // the State budget (CAA Lyon, 11 Oct 2018, n° 16LY02376).
        let case = case_with(vec![
            share("FNAUT", Portion::Amount(Decimal::ONE)),
            share("Budget de l'État", Portion::Rest),
        ]);
        let amounts = amounts_of(&case, Decimal::from(18_225), 1, 2).unwrap();
        assert_eq!(amounts, [Decimal::ONE, Decimal::from(18_224)]);
    }

    #[test]
    fn thirds_leave_their_cent_to_the_first_share() {
        let third = Portion::Part(Part::parse("1/3").unwrap());
        let case = case_with(vec![share("A", third), share("B", third), share("C", third)]);
        let amounts = amounts_of(&case, Decimal::from(100), 0, 2).unwrap();
        assert_eq!(
            amounts,
            [Decimal::new(3334, 2), Decimal::new(3333, 2), Decimal::new(3333, 2)]
        );
    }

    proptest! {
        /// The shares of any sum add up to it exactly, and no share but the one taking the
        /// rest ever receives more than its part.
        #[test]
        fn shares_add_up_to_the_whole_exactly(
            whole in 0i64..10_000_000_000, scale in 0u32..4,
            parts in proptest::collection::vec((1i64..7, 1i64..7), 1..4),
            fixed in proptest::option::of(0i64..1_000_000),
            rest in any::<bool>(),
        ) {
            let whole = Decimal::new(whole, scale);
            let mut shares: Vec<Share> = parts
                .iter()
                .enumerate()
                .map(|(i, &(a, b))| {
                    let (a, b) = (a.min(b), a.max(b) * 3);
                    share(&format!("P{i}"), Portion::Part(Part::parse(&format!("{a}/{b}")).unwrap()))
                })
                .collect();
            if let Some(f) = fixed {
                shares.push(share("F", Portion::Amount(Decimal::new(f.max(1), 2))));
            }
            let taker = if rest || fixed.is_some() {
                shares.push(share("R", Portion::Rest));
                shares.len() - 1
            } else {
                0
            };
            let case = case_with(shares.clone());
            let amounts = amounts_of(&case, whole, taker, 2).unwrap();
            prop_assert_eq!(amounts.iter().copied().sum::<Decimal>(), whole);
            for (i, (s, a)) in shares.iter().zip(&amounts).enumerate() {
                prop_assert!(*a >= Decimal::ZERO);
                if let Portion::Part(p) = s.portion && i != taker {
                    let exact = whole * Decimal::from(p.numerator) / Decimal::from(p.denominator);
                    prop_assert!(*a <= exact, "{a} > {exact}");
                }
            }
        }
    }
}
