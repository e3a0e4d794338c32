//! `[order]`: the decision, its notification, and when it must be obeyed.

use toml::Spanned;

use crate::calendar::{Calendar, CalendarId};
use crate::case::error::InputError;
use crate::case::model::{Due, Order};
use crate::case::problem::{Both, Missing, Problem};
use crate::case::raw::{RawOrder, Text};
use crate::timelimit::{Counting, DeadlineError, Distance, MonthEnd, RuleSet, TimeLimit, derive_deadline};

use super::Checker;

impl Checker<'_> {
    /// The `[order]` table, read in place (as the liquidations are).
    pub(super) fn order(&self, raw: &Spanned<RawOrder<'_>>, rules: RuleSet) -> Result<Order, InputError> {
        let span = raw.span();
        let raw = raw.get_ref();
        let decided = self.required(raw.decided.as_ref(), &span, "order.decided", Missing::OrderDecided)?;
        let decided_date = decided.get_ref().0;
        // The notification, the time limit and the options of its count are each checked even
        // after another is refused; whether the month's day exists, once all are read.
        let mut gather = self.gather();
        let notified = match &raw.notified {
            Some(n) if n.get_ref().0 < decided_date => {
                gather.note(self.error(
                    n.span(),
                    "order.notified",
                    Problem::NotifiedBeforeDecided {
                        notified: n.get_ref().0,
                        decided: decided_date,
                    },
                ));
                None
            }
            n => n.as_ref().map(|n| n.get_ref().0),
        };
        let (due_span, due_key) = match (&raw.comply_within, &raw.deadline) {
            (Some(w), _) => (w.span(), "order.comply_within"),
            (None, Some(d)) => (d.span(), "order.deadline"),
            (None, None) => (span.clone(), "order"),
        };
        let due_at = Some((self.locate(due_span.start), due_key));
        let due = match (&raw.comply_within, &raw.deadline) {
            (Some(_), Some(d)) => {
                gather.note(self.error(d.span(), "order.deadline", Problem::Both(Both::ComplyWithinAndDeadline)));
                None
            }
            (Some(w), None) => gather
                .take(
                    w.get_ref()
                        .parse::<TimeLimit>()
                        .map_err(|e| self.error(w.span(), "order.comply_within", Problem::Limit(e))),
                )
                .map(Due::Within),
            (None, Some(d)) => {
                if d.get_ref().0 < decided_date {
                    gather.note(self.error(
                        d.span(),
                        "order.deadline",
                        Problem::DeadlineBeforeDecided {
                            deadline: d.get_ref().0,
                            decided: decided_date,
                        },
                    ));
                }
                Some(Due::By(d.get_ref().0))
            }
            (None, None) => {
                gather.note(self.error(span.clone(), "order", Problem::Missing(Missing::Due)));
                None
            }
        };
        let options = due
            .as_ref()
            .and_then(|due| gather.take(self.counting_options(&raw.distance, &raw.month_end, rules, due)));
        gather.finish()?;
        let (Some(due), Some(options)) = (due, options) else {
            return Err(self.unchecked(span));
        };
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
    pub(super) fn counting_options(
        &self,
        distance: &Option<Spanned<Text<'_>>>,
        month_end: &Option<Spanned<Text<'_>>>,
        rules: RuleSet,
        due: &Due,
    ) -> Result<Counting, InputError> {
        for (value, key) in [(distance, "order.distance"), (month_end, "order.month_end")] {
            if let (Some(v), Due::By(_)) = (value, due) {
                return Err(self.error(v.span(), key, Problem::OptionWithoutLimit));
            }
        }
        let parsed_distance = distance
            .as_ref()
            .map(|d| {
                d.get_ref()
                    .parse::<Distance>()
                    .map_err(|e| self.error(d.span(), "order.distance", Problem::Option(e)))
            })
            .transpose()?;
        let parsed_month_end = match month_end {
            Some(m) => m
                .get_ref()
                .parse::<MonthEnd>()
                .map_err(|e| self.error(m.span(), "order.month_end", Problem::Option(e)))?,
            None => MonthEnd::default(),
        };
        Counting::new(rules, parsed_distance, parsed_month_end).map_err(|e| {
            let span = distance.as_ref().map_or(0..0, |d| d.span());
            self.error(span, "order.distance", Problem::Option(e))
        })
    }

    /// With `month_end = "error"`, refuses here (pointing at the key) a limit whose last month
    /// lacks its day, rather than later in the engine.
    pub(super) fn month_end_exists(
        &self,
        order: &Order,
        counting: Counting,
        key: Option<&Spanned<Text<'_>>>,
    ) -> Result<(), InputError> {
        let (Due::Within(limit), Some(key)) = (order.due, key) else {
            return Ok(());
        };
        let (from, event) = order.trigger();
        // The calendar plays no part in the month arithmetic, so none is needed to check it.
        match derive_deadline(from, event, limit, counting, &Calendar::new(CalendarId::None)) {
            Err(e @ DeadlineError::MonthEndMissing { .. }) => {
                Err(self.error(key.span(), "order.month_end", Problem::Deadline(e)))
            }
            _ => Ok(()),
        }
    }
}
