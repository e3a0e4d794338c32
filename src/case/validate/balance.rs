//! `[interest]`, `[[payment]]`, `[[cost]]` and `liquidation[N].served`: the décompte's terms.

use chrono::NaiveDate;
use toml::Spanned;

use crate::balance::{Cost, Decompte, Limitation, Payment, Start};
use crate::case::error::InputError;
use crate::case::model::Liquidation;
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
                return Err(self.error(
                    first.1,
                    Key::item(first.0, 1),
                    "payments and costs go into the balance, which needs an [interest] table: add one, e.g. [interest] regime = \"fr-legal\" (or regime = \"fixed\" with rate = \"0\" for no interest)",
                ));
            }
            return Ok(None);
        };
        let span = interest.span();
        let location = self.locate(span.start);
        // The rate tables are in euros, and so is every line of the décompte.
        if currency.code() != "EUR" {
            return Err(self.error(
                span,
                "interest",
                format!(
                    "a décompte is computed for a case in euros (the rate tables and its lines are in euros), and the case is in {}: remove [interest], [[payment]] and [[cost]]",
                    currency.code()
                ),
            ));
        }
        let as_of = interest.get_ref().as_of.as_ref().map(|d| d.get_ref().0);
        let terms = self.interest_terms(interest)?;
        let (terms, start, limitation, exclude_barred) = terms;
        // Read only here: a case without a décompte has no use for them.
        let served: Vec<Option<NaiveDate>> = raw_liquidations
            .iter()
            .map(|l| l.get_ref().served.as_ref().map(|d| d.get_ref().0))
            .collect();
        for (i, (date, liquidation)) in served.iter().zip(liquidations).enumerate() {
            if let (Some(date), Some(decided)) = (date, liquidation.decided)
                && *date < decided
            {
                return Err(InputError {
                    location: liquidation.location.clone(),
                    field: Some(crate::case::key_path(
                        self.number,
                        format!("liquidation[{}].served", i + 1),
                    )),
                    message: format!(
                        "the decision is served on {date}, before it was made ({decided}): correct `served` or `decided`"
                    ),
                    excerpt: None,
                });
            }
        }
        let earliest = liquidations.iter().filter_map(|l| l.decided).min();
        let mut checked_payments = Vec::with_capacity(payments.len());
        for (i, p) in payments.into_iter().enumerate() {
            checked_payments.push(self.payment(p, i + 1, earliest)?);
        }
        let mut checked_costs = Vec::with_capacity(costs.len());
        for (i, c) in costs.into_iter().enumerate() {
            checked_costs.push(self.cost(c, i + 1)?);
        }
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
        let regime = self.required(
            raw.regime,
            &span,
            key.child("regime"),
            "the interest regime, one of `fr-legal`, `nl-legal`, `nl-commercial`, `be-legal`, `eu-ecb`, `fixed`, e.g. regime = \"fr-legal\"",
        )?;
        let regime: Regime = regime.get_ref().parse().map_err(|e: crate::interest::UnknownRegime| {
            self.error(regime.span(), key.child("regime"), e.to_string())
        })?;
        let mut terms = Terms::new(regime);
        if let Some(c) = raw.creditor {
            terms.creditor = Some(
                c.get_ref()
                    .parse::<Creditor>()
                    .map_err(|e| self.error(c.span(), key.child("creditor"), e))?,
            );
        }
        if let Some(b) = raw.basis {
            terms.basis = b
                .get_ref()
                .parse::<Basis>()
                .map_err(|e| self.error(b.span(), key.child("basis"), e))?;
        }
        if let Some(e) = &raw.enforceable
            && regime != Regime::FrLegal
        {
            return Err(self.error(
                e.span(),
                key.child("enforceable"),
                format!(
                    "`enforceable` starts the majoration of CMF L313-3, which is French; {regime} has none: remove it"
                ),
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
                RawStart::Rule(word) => Start::parse(word).ok_or_else(|| {
                    self.error(
                        f.span(),
                        key.child("from"),
                        format!(
                            "unknown start of interest `{word}`: expected \"decision\" (the day after each liquidating decision), \"service\" (the day after each was served: give `served` in each [[liquidation]]) or a bare date such as 2023-04-14"
                        ),
                    )
                })?,
            },
        };
        let limitation = raw
            .limitation
            .map(|l| {
                l.get_ref()
                    .parse::<Limitation>()
                    .map_err(|e| self.error(l.span(), key.child("limitation"), e))
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
        let date = self.required(
            raw.date,
            &span,
            field.child("date"),
            "the day it was paid, e.g. date = 2023-06-01",
        )?;
        let amount = self.required(
            raw.amount,
            &span,
            field.child("amount"),
            "the sum paid, e.g. amount = 1000",
        )?;
        let amount = self.amount(&amount, field.child("amount"), Sign::Positive)?;
        let day = date.get_ref().0;
        if earliest.is_none_or(|first| day < first) {
            let why = match earliest {
                Some(first) => format!(
                    "a payment on {day} is before any sum is due: the first liquidation was decided on {first}; correct the date, or leave out a payment made for something else"
                ),
                None => format!(
                    "a payment on {day}, but no liquidation has a decision date (`decided`): nothing is owed yet to pay"
                ),
            };
            return Err(self.error(date.span(), field.child("date"), why));
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
        let date = self.required(
            raw.date,
            &span,
            field.child("date"),
            "the day it was incurred, e.g. date = 2023-04-13",
        )?;
        let amount = self.required(raw.amount, &span, field.child("amount"), "the sum, e.g. amount = 350")?;
        let amount = self.amount(&amount, field.child("amount"), Sign::Positive)?;
        let label = raw.label.filter(|l| !l.trim().is_empty()).ok_or_else(|| {
            self.error(
                span.clone(),
                field.child("label"),
                "missing: what the cost is, e.g. label = \"Frais d'huissier\" or label = \"Article 700 CPC\"",
            )
        })?;
        Ok(Cost {
            date: date.get_ref().0,
            amount,
            label,
        })
    }
}
