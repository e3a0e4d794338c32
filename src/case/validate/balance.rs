//! `[interest]`, `[[payment]]`, `[[cost]]` and `liquidation[N].served`: the décompte's terms.

use chrono::NaiveDate;
use toml::Spanned;

use crate::balance::{Cost, Decompte, Limitation, Payment, Start};
use crate::case::error::InputError;
use crate::case::model::Liquidation;
use crate::case::problem::{Missing, Problem};
use crate::case::raw::{RawCost, RawInterest, RawLiquidation, RawPayment, RawStart};
use crate::interest::{Basis, Creditor, Regime, Terms};
use crate::money::Currency;

use super::{Checker, Key, Sign};

impl Checker<'_> {
    /// The décompte's terms, when the case has an `[interest]` table; payments or costs
    /// without one are refused (they only make sense in a balance).
    pub(super) fn decompte(
        &self,
        interest: Option<Spanned<RawInterest>>,
        payments: Vec<Spanned<RawPayment>>,
        costs: Vec<Spanned<RawCost>>,
        raw_liquidations: &[Spanned<RawLiquidation>],
        liquidations: &[Liquidation],
        currency: Currency,
    ) -> Result<Option<Decompte>, InputError> {
        let Some(interest) = interest else {
            if let Some(first) = payments
                .first()
                .map(|p| ("payment", p.span()))
                .or(costs.first().map(|c| ("cost", c.span())))
            {
                return Err(self.error(first.1, Key::item(first.0, 1), Problem::PaymentsWithoutInterest));
            }
            return Ok(None);
        };
        let span = interest.span();
        let location = self.locate(span.start);
        // The rate tables are in euros, and so is every line of the décompte.
        if currency.code() != "EUR" {
            return Err(self.error(span, "interest", Problem::NotInEuros(currency)));
        }
        let as_of = interest.get_ref().as_of.as_ref().map(|d| d.get_ref().0);
        // The terms, each service, payment and cost checked even after another is refused.
        let mut gather = self.gather();
        let terms = gather.take(self.interest_terms(interest));
        // Read only here: a case without a décompte has no use for them.
        let served: Vec<Option<NaiveDate>> = raw_liquidations
            .iter()
            .map(|l| l.get_ref().served.as_ref().map(|d| d.get_ref().0))
            .collect();
        for (i, (date, liquidation)) in served.iter().zip(liquidations).enumerate() {
            if let (Some(date), Some(decided)) = (date, liquidation.decided)
                && *date < decided
            {
                gather.note(InputError {
                    location: liquidation.location.clone(),
                    field: Some(crate::case::key_path(
                        self.number,
                        format!("liquidation[{}].served", i + 1),
                    )),
                    problem: Box::new(Problem::DecisionServedBeforeMade { served: *date, decided }),
                    excerpt: None,
                    more: None,
                });
            }
        }
        let earliest = liquidations.iter().filter_map(|l| l.decided).min();
        let mut checked_payments = Vec::with_capacity(payments.len());
        for (i, p) in payments.into_iter().enumerate() {
            checked_payments.extend(gather.take(self.payment(p, i + 1, earliest)));
        }
        let mut checked_costs = Vec::with_capacity(costs.len());
        for (i, c) in costs.into_iter().enumerate() {
            checked_costs.extend(gather.take(self.cost(c, i + 1)));
        }
        gather.finish()?;
        let Some((terms, start, limitation, exclude_barred)) = terms else {
            return Err(self.unchecked(span));
        };
        Ok(Some(Decompte {
            terms,
            start,
            served,
            limitation,
            exclude_barred,
            payments: checked_payments,
            costs: checked_costs,
            as_of,
            location,
        }))
    }

    #[allow(clippy::type_complexity)]
    fn interest_terms(
        &self,
        raw: Spanned<RawInterest>,
    ) -> Result<(Terms, Start, Option<Limitation>, bool), InputError> {
        let span = raw.span();
        let raw = raw.into_inner();
        let key = Key::root("interest");
        let regime = self.required(raw.regime, &span, key.child("regime"), Missing::InterestRegime)?;
        let regime: Regime = regime.get_ref().parse().map_err(|e: crate::interest::UnknownRegime| {
            self.error(regime.span(), key.child("regime"), Problem::Regime(e))
        })?;
        let mut terms = Terms::new(regime);
        if let Some(c) = raw.creditor {
            terms.creditor = Some(c.get_ref().parse::<Creditor>().map_err(|_| {
                self.error(
                    c.span(),
                    key.child("creditor"),
                    Problem::UnknownCreditor(c.get_ref().clone()),
                )
            })?);
        }
        if let Some(b) = raw.basis {
            terms.basis = b
                .get_ref()
                .parse::<Basis>()
                .map_err(|_| self.error(b.span(), key.child("basis"), Problem::UnknownBasis(b.get_ref().clone())))?;
        }
        if let Some(e) = &raw.enforceable
            && regime != Regime::FrLegal
        {
            return Err(self.error(
                e.span(),
                key.child("enforceable"),
                Problem::EnforceableNotFrench(regime),
            ));
        }
        terms.enforceable = raw.enforceable.map(|d| d.get_ref().0);
        if let Some(m) = raw.majoration {
            terms.majoration = *m.get_ref();
        }
        if let Some(c) = raw.capitalise {
            terms.capitalise = *c.get_ref();
        }
        if let Some(r) = raw.rate {
            terms.rate = Some(self.amount(&r, key.child("rate"), Sign::NotNegative)?);
        }
        terms.allow_unconfirmed = raw.allow_unconfirmed.is_some_and(|a| *a.get_ref());
        let start = match raw.from {
            None => Start::default(),
            Some(f) => match f.get_ref() {
                RawStart::Date(d) => Start::Date(*d),
                RawStart::Rule(word) => Start::parse(word)
                    .ok_or_else(|| self.error(f.span(), key.child("from"), Problem::UnknownStart(word.to_string())))?,
            },
        };
        let limitation = raw
            .limitation
            .map(|l| {
                l.get_ref().parse::<Limitation>().map_err(|_| {
                    self.error(
                        l.span(),
                        key.child("limitation"),
                        Problem::UnknownLimitation(l.get_ref().to_string()),
                    )
                })
            })
            .transpose()?;
        let exclude_barred = raw.exclude_barred.is_some_and(|e| *e.get_ref());
        Ok((terms, start, limitation, exclude_barred))
    }

    fn payment(
        &self,
        raw: Spanned<RawPayment>,
        number: usize,
        earliest: Option<NaiveDate>,
    ) -> Result<Payment, InputError> {
        let span = raw.span();
        let field = Key::item("payment", number);
        let raw = raw.into_inner();
        let date = self.required(raw.date, &span, field.child("date"), Missing::PaymentDate)?;
        let amount = self.required(raw.amount, &span, field.child("amount"), Missing::PaymentAmount)?;
        let amount = self.amount(&amount, field.child("amount"), Sign::Positive)?;
        let day = date.get_ref().0;
        if earliest.is_none_or(|first| day < first) {
            return Err(self.error(
                date.span(),
                field.child("date"),
                Problem::PaymentBeforeSums {
                    date: day,
                    first: earliest,
                },
            ));
        }
        Ok(Payment {
            date: day,
            amount,
            note: raw.note,
        })
    }

    fn cost(&self, raw: Spanned<RawCost>, number: usize) -> Result<Cost, InputError> {
        let span = raw.span();
        let field = Key::item("cost", number);
        let raw = raw.into_inner();
        let date = self.required(raw.date, &span, field.child("date"), Missing::CostDate)?;
        let amount = self.required(raw.amount, &span, field.child("amount"), Missing::CostAmount)?;
        let amount = self.amount(&amount, field.child("amount"), Sign::Positive)?;
        let label = raw
            .label
            .filter(|l| !l.trim().is_empty())
            .ok_or_else(|| self.error(span.clone(), field.child("label"), Problem::Missing(Missing::CostLabel)))?;
        Ok(Cost {
            date: date.get_ref().0,
            amount,
            label,
        })
    }
}
