//! Checking a raw case and turning it into domain types, one key at a time, so that each
//! refusal names the key, its position and what was expected.

use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml::Spanned;

use super::error::InputError;
use super::model::{
    Case, Due, Expectations, Liquidation, LumpSum, Order, Partial, Penalty, Per, RateChange, Suspension, Violation,
};
use super::raw::{RawAmount, RawCase, RawDate, RawExpected, RawLiquidation, RawLumpSum, RawOrder, RawPenalty};
use crate::calendar::{Calendar, CalendarId};
use crate::money::Currency;
use crate::source::Part;
use crate::timelimit::{Counting, DeadlineError, Distance, MonthEnd, RuleSet, TimeLimit, derive_deadline};

/// Checks `raw` (the case at byte `span` of `part`; `prefix` is `case[N].` in a batch).
pub fn validate(part: &Part<'_>, raw: RawCase, span: Range<usize>, prefix: &str) -> Result<Case, InputError> {
    let at = Checker { part, prefix };
    let case_start = span.start..span.start;

    let title = at.required(
        raw.title,
        &case_start,
        "title",
        "every case needs a title, e.g. title = \"CNIL v Clearview AI\"",
    )?;
    if title.get_ref().trim().is_empty() {
        return Err(at.error(title.span(), "title", "the title is empty"));
    }
    let currency = at.required(
        raw.currency,
        &case_start,
        "currency",
        "every case needs an ISO 4217 currency, e.g. currency = \"EUR\"",
    )?;
    let currency: Currency = currency
        .get_ref()
        .parse()
        .map_err(|e: crate::money::BadCurrency| at.error(currency.span(), "currency", e.to_string()))?;

    let order_raw = at.required(
        raw.order,
        &case_start,
        "order",
        "every case needs an [order] table with `decided` and `comply_within` or `deadline`",
    )?;
    let uses_time_limit = order_raw.get_ref().comply_within.is_some();
    let rules = match raw.rules {
        Some(r) => r
            .get_ref()
            .parse::<RuleSet>()
            .map_err(|e| at.error(r.span(), "rules", e.to_string()))?,
        None if uses_time_limit => {
            return Err(at.error(
                case_start,
                "rules",
                format!(
                    "missing: a time limit (`order.comply_within`) is counted under a rule set; add e.g. rules = \"fr-cpc\" (one of {})",
                    RuleSet::ALL.iter().map(|r| format!("`{}`", r.code())).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        None => RuleSet::Plain,
    };
    let calendar_id = match raw.calendar {
        Some(c) => c
            .get_ref()
            .parse::<CalendarId>()
            .map_err(|e| at.error(c.span(), "calendar", e.to_string()))?,
        None => rules.default_calendar(),
    };

    let order = at.order(order_raw, rules)?;
    let mut calendar = Calendar::new(calendar_id);
    if let Some(adjust) = raw.calendar_adjust {
        at.calendar_adjust(adjust, &mut calendar)?;
    }
    let penalties = at.penalties(raw.penalty, &case_start, &order)?;
    let liquidations = raw
        .liquidation
        .into_iter()
        .enumerate()
        .map(|(i, l)| at.liquidation(l, i + 1))
        .collect::<Result<Vec<_>, _>>()?;
    let cap = raw.cap.map(|c| at.amount(&c, "cap", Sign::Positive)).transpose()?;
    let lump_sums = raw
        .lump_sum
        .into_iter()
        .enumerate()
        .map(|(i, l)| at.lump_sum(l, i + 1, &order))
        .collect::<Result<Vec<_>, _>>()?;
    let expected = raw
        .expected
        .map(|e| at.expectations(e))
        .transpose()?
        .unwrap_or_default();

    Ok(Case {
        title: title.into_inner().trim().to_string(),
        authority: raw.authority,
        reference: raw.reference,
        currency,
        rules,
        calendar,
        order,
        penalties,
        liquidations,
        cap,
        lump_sums,
        expected,
        origin: part.locate(span.start),
    })
}

pub(super) struct Checker<'a> {
    pub(super) part: &'a Part<'a>,
    prefix: &'a str,
}

impl Checker<'_> {
    pub(super) fn error(&self, span: Range<usize>, field: &str, message: impl Into<String>) -> InputError {
        InputError::at(self.part, span, Some(format!("{}{field}", self.prefix)), message)
    }

    fn required<T>(&self, value: Option<T>, parent: &Range<usize>, field: &str, why: &str) -> Result<T, InputError> {
        value.ok_or_else(|| self.error(parent.clone(), field, format!("missing: {why}")))
    }

    fn order(&self, raw: Spanned<RawOrder>, rules: RuleSet) -> Result<Order, InputError> {
        let span = raw.span();
        let raw = raw.into_inner();
        let decided = self.required(
            raw.decided,
            &span,
            "order.decided",
            "the date of the decision, e.g. decided = 2022-10-17",
        )?;
        let decided_date = decided.get_ref().0;
        let notified = match raw.notified {
            Some(n) if n.get_ref().0 < decided_date => {
                return Err(self.error(
                    n.span(),
                    "order.notified",
                    format!(
                        "the order cannot be notified ({}) before it was decided ({decided_date})",
                        n.get_ref().0
                    ),
                ));
            }
            n => n.map(|n| n.get_ref().0),
        };
        let (due_span, due_key) = match (&raw.comply_within, &raw.deadline) {
            (Some(w), _) => (w.span(), "order.comply_within"),
            (None, Some(d)) => (d.span(), "order.deadline"),
            (None, None) => (span.clone(), "order"),
        };
        let due_at = Some((self.part.locate(due_span.start), format!("{}{due_key}", self.prefix)));
        let due = match (raw.comply_within, raw.deadline) {
            (Some(_), Some(d)) => {
                return Err(self.error(
                    d.span(),
                    "order.deadline",
                    "give either `comply_within` or `deadline`, not both",
                ));
            }
            (Some(w), None) => Due::Within(
                w.get_ref()
                    .parse::<TimeLimit>()
                    .map_err(|e| self.error(w.span(), "order.comply_within", e.to_string()))?,
            ),
            (None, Some(d)) => {
                if d.get_ref().0 < decided_date {
                    return Err(self.error(
                        d.span(),
                        "order.deadline",
                        format!("the deadline {} is before the decision {decided_date}", d.get_ref().0),
                    ));
                }
                Due::By(d.get_ref().0)
            }
            (None, None) => {
                return Err(self.error(
                    span,
                    "order",
                    "missing: when must the order be obeyed? add comply_within = \"2 months\" or deadline = 2022-12-19",
                ));
            }
        };
        let options = self.counting_options(&raw.distance, &raw.month_end, rules, &due)?;
        let order = Order {
            decided: decided_date,
            notified,
            due,
            distance: options.distance,
            month_end: options.month_end,
            due_at,
        };
        self.month_end_exists(&order, options, raw.month_end.as_ref())?;
        Ok(order)
    }

    /// `order.distance` and `order.month_end`: known names, a distance the rule set grants, and
    /// only with a time limit to apply them to.
    fn counting_options(
        &self,
        distance: &Option<Spanned<String>>,
        month_end: &Option<Spanned<String>>,
        rules: RuleSet,
        due: &Due,
    ) -> Result<Counting, InputError> {
        for (value, key) in [(distance, "order.distance"), (month_end, "order.month_end")] {
            if let (Some(v), Due::By(_)) = (value, due) {
                return Err(self.error(
                    v.span(),
                    key,
                    "applies to a time limit (`comply_within`), and this order fixes its `deadline`",
                ));
            }
        }
        let parsed_distance = distance
            .as_ref()
            .map(|d| {
                d.get_ref()
                    .parse::<Distance>()
                    .map_err(|e| self.error(d.span(), "order.distance", e.to_string()))
            })
            .transpose()?;
        let parsed_month_end = match month_end {
            Some(m) => m
                .get_ref()
                .parse::<MonthEnd>()
                .map_err(|e| self.error(m.span(), "order.month_end", e.to_string()))?,
            None => MonthEnd::default(),
        };
        Counting::new(rules, parsed_distance, parsed_month_end).map_err(|e| {
            let span = distance.as_ref().map_or(0..0, |d| d.span());
            self.error(span, "order.distance", e.to_string())
        })
    }

    /// With `month_end = "error"`, refuses here (pointing at the key) a limit whose last month
    /// lacks its day, rather than later in the engine.
    fn month_end_exists(
        &self,
        order: &Order,
        counting: Counting,
        key: Option<&Spanned<String>>,
    ) -> Result<(), InputError> {
        let (Due::Within(limit), Some(key)) = (order.due, key) else {
            return Ok(());
        };
        let (from, event) = order.trigger();
        // The calendar plays no part in the month arithmetic, so none is needed to check it.
        match derive_deadline(from, event, limit, counting, &Calendar::new(CalendarId::None)) {
            Err(e @ DeadlineError::MonthEndMissing { .. }) => {
                Err(self.error(key.span(), "order.month_end", e.to_string()))
            }
            _ => Ok(()),
        }
    }

    fn penalties(
        &self,
        raw: Option<Spanned<super::raw::OneOrMany<RawPenalty>>>,
        case: &Range<usize>,
        order: &Order,
    ) -> Result<Vec<Penalty>, InputError> {
        let raw = self.required(
            raw,
            case,
            "penalty",
            "every case needs a [penalty] table, e.g. amount = 100000 and per = \"day\"",
        )?;
        let span = raw.span();
        let items = raw.into_inner().0;
        if items.is_empty() {
            return Err(self.error(span, "penalty", "expected at least one [[penalty]]"));
        }
        let many = items.len() > 1;
        items
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let field = if many {
                    format!("penalty[{}]", i + 1)
                } else {
                    "penalty".to_string()
                };
                self.penalty(p, &span, &field, order)
            })
            .collect()
    }

    fn penalty(
        &self,
        raw: RawPenalty,
        table: &Range<usize>,
        field: &str,
        order: &Order,
    ) -> Result<Penalty, InputError> {
        let amount = self.required(
            raw.amount,
            table,
            &format!("{field}.amount"),
            "the sum per unit, e.g. amount = 100000",
        )?;
        let rate = self.amount(&amount, &format!("{field}.amount"), Sign::Positive)?;
        let per = match raw.per {
            None => Per::Day,
            Some(p) => Per::parse(p.get_ref()).ok_or_else(|| {
                self.error(
                    p.span(),
                    &format!("{field}.per"),
                    format!(
                        "unknown unit `{}`: expected one of {}",
                        p.get_ref().trim(),
                        Per::ALL
                            .iter()
                            .map(|u| format!("`{}`", u.code()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?,
        };
        let partial = match raw.partial {
            None => Partial::default(),
            Some(p) if !per.is_long() => {
                return Err(self.error(
                    p.span(),
                    &format!("{field}.partial"),
                    format!(
                        "`partial` applies to units longer than a day (week, month, quarter, semester, year), not to `{}`",
                        per.code()
                    ),
                ));
            }
            Some(p) => Partial::parse(p.get_ref()).ok_or_else(|| {
                self.error(
                    p.span(),
                    &format!("{field}.partial"),
                    format!(
                        "unknown `{}`: expected `completed` (only elapsed units count), `started` (a started unit counts in full) or `prorata` (by days)",
                        p.get_ref()
                    ),
                )
            })?,
        };
        let from = self.not_before(
            raw.from,
            order.decided,
            &format!("{field}.from"),
            "the penalty cannot run before the decision (CPCE R131-1)",
        )?;
        let complied = self.not_before(
            raw.complied,
            order.decided,
            &format!("{field}.complied"),
            "compliance is dated before the decision",
        )?;
        let cap = raw
            .cap
            .map(|c| self.amount(&c, &format!("{field}.cap"), Sign::Positive))
            .transpose()?;
        let changes = self.changes(raw.change, field, order)?;
        let suspensions = self.suspensions(raw.suspension, field, order.decided, complied)?;
        let violations = self.violations(raw.violation, field, per, table)?;
        Ok(Penalty {
            obligation: raw.obligation,
            rate,
            per,
            partial,
            from,
            complied,
            cap,
            changes,
            suspensions,
            violations,
        })
    }

    fn changes(
        &self,
        raw: Vec<Spanned<super::raw::RawChange>>,
        field: &str,
        order: &Order,
    ) -> Result<Vec<RateChange>, InputError> {
        let mut out: Vec<RateChange> = Vec::with_capacity(raw.len());
        for (i, c) in raw.into_iter().enumerate() {
            let key = format!("{field}.change[{}]", i + 1);
            let span = c.span();
            let c = c.into_inner();
            let from = self.required(c.from, &span, &format!("{key}.from"), "the first day of the new rate")?;
            let amount = self.required(c.amount, &span, &format!("{key}.amount"), "the new sum per unit")?;
            let rate = self.amount(&amount, &format!("{key}.amount"), Sign::Positive)?;
            let date = from.get_ref().0;
            if date < order.decided {
                return Err(self.error(
                    from.span(),
                    &format!("{key}.from"),
                    format!("a rate change cannot precede the decision ({})", order.decided),
                ));
            }
            if let Some(previous) = out.last()
                && previous.from >= date
            {
                return Err(self.error(
                    from.span(),
                    &format!("{key}.from"),
                    format!(
                        "rate changes must be written in date order: {date} is not after {}",
                        previous.from
                    ),
                ));
            }
            out.push(RateChange { from: date, rate });
        }
        Ok(out)
    }

    /// The suspensions of a penalty: each within the life of the order (from the decision,
    /// before compliance), in order or not, never overlapping.
    fn suspensions(
        &self,
        raw: Vec<Spanned<super::raw::RawSuspension>>,
        field: &str,
        decided: NaiveDate,
        complied: Option<NaiveDate>,
    ) -> Result<Vec<Suspension>, InputError> {
        let mut out: Vec<(Suspension, Range<usize>, String)> = Vec::with_capacity(raw.len());
        for (i, s) in raw.into_iter().enumerate() {
            let key = format!("{field}.suspension[{}]", i + 1);
            let span = s.span();
            let s = s.into_inner();
            let from = self.required(s.from, &span, &format!("{key}.from"), "the first day suspended")?;
            let through = self.required(s.through, &span, &format!("{key}.through"), "the last day suspended")?;
            if through.get_ref().0 < from.get_ref().0 {
                return Err(self.error(
                    through.span(),
                    &format!("{key}.through"),
                    format!(
                        "the suspension ends ({}) before it starts ({})",
                        through.get_ref().0,
                        from.get_ref().0
                    ),
                ));
            }
            if from.get_ref().0 < decided {
                return Err(self.error(
                    from.span(),
                    &format!("{key}.from"),
                    format!(
                        "a suspension cannot start ({}) before the decision ({decided}): nothing runs before it",
                        from.get_ref().0
                    ),
                ));
            }
            if let Some(complied) = complied
                && from.get_ref().0 >= complied
            {
                return Err(self.error(
                    from.span(),
                    &format!("{key}.from"),
                    format!(
                        "a suspension from {} is outside the period: the order was obeyed on {complied}, and nothing runs from then on",
                        from.get_ref().0
                    ),
                ));
            }
            out.push((
                Suspension {
                    from: from.get_ref().0,
                    through: through.get_ref().0,
                    reason: s.reason,
                },
                from.span(),
                key,
            ));
        }
        out.sort_by_key(|(s, _, _)| s.from);
        for pair in out.windows(2) {
            let [(a, _, _), b] = pair else { continue };
            if b.0.from <= a.through {
                return Err(self.error(
                    b.1.clone(),
                    &format!("{}.from", b.2),
                    format!(
                        "suspensions must not overlap: {} to {} and {} to {}",
                        a.from, a.through, b.0.from, b.0.through
                    ),
                ));
            }
        }
        Ok(out.into_iter().map(|(s, _, _)| s).collect())
    }

    fn violations(
        &self,
        raw: Vec<Spanned<super::raw::RawViolation>>,
        field: &str,
        per: Per,
        table: &Range<usize>,
    ) -> Result<Vec<Violation>, InputError> {
        if per != Per::Violation {
            return match raw.first() {
                Some(v) => Err(self.error(
                    v.span(),
                    &format!("{field}.violation"),
                    "violations are listed only for a penalty with per = \"violation\"",
                )),
                None => Ok(Vec::new()),
            };
        }
        if raw.is_empty() {
            return Err(self.error(
                table.clone(),
                &format!("{field}.violation"),
                "missing: a penalty per violation needs its violations, e.g. [[penalty.violation]] with date = 2024-04-30 and count = 9",
            ));
        }
        let mut out = Vec::with_capacity(raw.len());
        for (i, v) in raw.into_iter().enumerate() {
            let key = format!("{field}.violation[{}]", i + 1);
            let span = v.span();
            let v = v.into_inner();
            let date = self.required(v.date, &span, &format!("{key}.date"), "the date of the violation")?;
            let count = match v.count {
                None => 1,
                Some(c) if *c.get_ref() >= 1 => *c.get_ref(),
                Some(c) => {
                    return Err(self.error(
                        c.span(),
                        &format!("{key}.count"),
                        format!("expected a count of 1 or more, found {}", c.get_ref()),
                    ));
                }
            };
            out.push(Violation {
                date: date.get_ref().0,
                count,
                note: v.note,
            });
        }
        out.sort_by_key(|v| v.date);
        Ok(out)
    }

    fn lump_sum(&self, raw: Spanned<RawLumpSum>, number: usize, order: &Order) -> Result<LumpSum, InputError> {
        let span = raw.span();
        let field = format!("lump_sum[{number}]");
        let raw = raw.into_inner();
        let amount = self.required(
            raw.amount,
            &span,
            &format!("{field}.amount"),
            "the sum, e.g. amount = 200000000",
        )?;
        let amount = self.amount(&amount, &format!("{field}.amount"), Sign::Positive)?;
        let date = self
            .not_before(
                raw.date,
                order.decided,
                &format!("{field}.date"),
                "a lump sum is owed from the decision",
            )?
            .unwrap_or(order.decided);
        Ok(LumpSum {
            amount,
            date,
            reason: raw.reason,
        })
    }

    fn liquidation(&self, raw: Spanned<RawLiquidation>, number: usize) -> Result<Liquidation, InputError> {
        let span = raw.span();
        let field = format!("liquidation[{number}]");
        let raw = raw.into_inner();
        let through = match (raw.through, raw.until) {
            (Some(_), Some(u)) => {
                return Err(self.error(
                    u.span(),
                    &format!("{field}.until"),
                    "give either `through` (the last day counted) or `until` (the first day not counted), not both",
                ));
            }
            (Some(t), None) => t,
            (None, Some(u)) => {
                let day_before = u.get_ref().0.pred_opt().ok_or_else(|| {
                    self.error(
                        u.span(),
                        &format!("{field}.until"),
                        "this date is the first supported date: nothing can come before it",
                    )
                })?;
                Spanned::new(u.span(), RawDate(day_before))
            }
            (None, None) => {
                return Err(self.error(
                    span,
                    &field,
                    "missing: the end of the period, as `through` (last day counted) or `until` (first day not counted)",
                ));
            }
        };
        if let Some(from) = &raw.from
            && from.get_ref().0 > through.get_ref().0
        {
            return Err(self.error(
                through.span(),
                &format!("{field}.through"),
                format!(
                    "the period ends ({}) before it starts ({})",
                    through.get_ref().0,
                    from.get_ref().0
                ),
            ));
        }
        if let Some(decided) = &raw.decided
            && decided.get_ref().0 < through.get_ref().0
        {
            return Err(self.error(
                decided.span(),
                &format!("{field}.decided"),
                format!(
                    "a decision of {} cannot liquidate days up to {}, after it",
                    decided.get_ref().0,
                    through.get_ref().0
                ),
            ));
        }
        let awarded = raw
            .awarded
            .map(|a| self.amount(&a, &format!("{field}.awarded"), Sign::NotNegative))
            .transpose()?;
        let expected = raw
            .expected
            .map(|a| self.amount(&a, &format!("{field}.expected"), Sign::NotNegative))
            .transpose()?;
        let expected_days = raw
            .expected_days
            .map(|d| self.days(&d, &format!("{field}.expected_days")))
            .transpose()?;
        Ok(Liquidation {
            decided: raw.decided.map(|d| d.get_ref().0),
            from: raw.from.map(|d| d.get_ref().0),
            through: through.get_ref().0,
            awarded,
            expected,
            expected_days,
            location: self.part.locate(span.start),
        })
    }

    /// The `[expected]` table. Accrued figures change with the date they are computed at, so
    /// expecting one requires `as_of`: otherwise the check would pass today and fail tomorrow.
    fn expectations(&self, raw: Spanned<RawExpected>) -> Result<Expectations, InputError> {
        let span = raw.span();
        let raw = raw.into_inner();
        if raw.as_of.is_none() {
            let accrued_key = match (&raw.accrued, &raw.accrued_days) {
                (Some(_), _) => Some("accrued"),
                (None, Some(_)) => Some("accrued_days"),
                (None, None) => None,
            };
            if let Some(key) = accrued_key {
                return Err(self.error(
                    span,
                    "expected.as_of",
                    format!(
                        "missing: `expected.{key}` depends on the date it is computed at; add e.g. as_of = 2023-05-10 to [expected]"
                    ),
                ));
            }
        }
        Ok(Expectations {
            as_of: raw.as_of.map(|d| d.get_ref().0),
            deadline: raw.deadline.map(|d| d.get_ref().0),
            accrual_start: raw.accrual_start.map(|d| d.get_ref().0),
            accrued: raw
                .accrued
                .map(|a| self.amount(&a, "expected.accrued", Sign::NotNegative))
                .transpose()?,
            accrued_days: raw
                .accrued_days
                .map(|d| self.days(&d, "expected.accrued_days"))
                .transpose()?,
        })
    }

    fn days(&self, raw: &Spanned<i64>, field: &str) -> Result<i64, InputError> {
        let days = *raw.get_ref();
        if days < 0 {
            return Err(self.error(
                raw.span(),
                field,
                format!("expected a number of days of zero or more, found {days}"),
            ));
        }
        Ok(days)
    }

    fn amount(&self, raw: &Spanned<RawAmount>, field: &str, sign: Sign) -> Result<Decimal, InputError> {
        let value = raw.get_ref().0;
        let refused = match sign {
            Sign::Positive if value <= Decimal::ZERO => Some("expected an amount above zero"),
            Sign::NotNegative if value < Decimal::ZERO => Some("expected an amount of zero or more"),
            _ => None,
        };
        match refused {
            Some(why) => Err(self.error(raw.span(), field, format!("{why}, found {value}"))),
            None => Ok(value),
        }
    }

    fn not_before(
        &self,
        date: Option<Spanned<RawDate>>,
        floor: NaiveDate,
        field: &str,
        why: &str,
    ) -> Result<Option<NaiveDate>, InputError> {
        match date {
            Some(d) if d.get_ref().0 < floor => {
                Err(self.error(d.span(), field, format!("{why}: {} is before {floor}", d.get_ref().0)))
            }
            d => Ok(d.map(|d| d.get_ref().0)),
        }
    }
}

#[derive(Clone, Copy)]
enum Sign {
    Positive,
    NotNegative,
}
