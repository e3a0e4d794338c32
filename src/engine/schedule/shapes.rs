//! What the report says of a run's escalation, reductions, breach days and changes written
//! `after` a stretch: facts read off the rates and the timeline, never counted day by day.

use chrono::NaiveDate;

use super::Run;
use crate::case::{Per, Rise};
use crate::dates::days_between;
use crate::report::{BreachReport, EscalationReport, EscalationStep, RateChangeReport, ReductionReport};

impl Run<'_> {
    /// The first day whose rate has no exact decimal (an escalation leaving the range), if a
    /// count through `through` reaches it.
    pub(in crate::engine) fn broken_by(&self, through: NaiveDate) -> Option<NaiveDate> {
        let (first, _) = self.broken?;
        let clipped = self.last.map_or(through, |l| through.min(l));
        (clipped >= self.start() && self.timeline.running(clipped) >= first)
            .then(|| self.timeline.day(first))
            .flatten()
    }

    /// The changes written `after` a stretch, at the date each takes effect (those that would
    /// take effect past the last supported date are left out).
    pub(super) fn changes_after_report(&self) -> impl Iterator<Item = RateChangeReport> + '_ {
        self.penalty
            .changes_after
            .iter()
            .zip(&self.after_dates)
            .filter_map(|(c, date)| {
                date.map(|from| RateChangeReport {
                    from,
                    rate: c.rate,
                    after: Some(c.after.to_string()),
                })
            })
    }

    /// The escalation with the steps it took by `as_of`.
    pub(crate) fn escalation_report(&self, as_of: NaiveDate) -> Option<EscalationReport> {
        let e = self.penalty.escalation.as_ref()?;
        let (factor, add) = match e.rise {
            Rise::Factor(f) => (Some(f), None),
            Rise::Add(a) => (None, Some(a)),
        };
        Some(EscalationReport {
            factor,
            add,
            every: e.every.to_string(),
            until: e.until,
            max_rate: e.max_rate,
            steps: self
                .steps
                .iter()
                .take_while(|(date, _, _)| *date <= as_of)
                .map(|&(from, rate, step)| EscalationStep { step, from, rate })
                .collect(),
        })
    }

    /// Each reduction with the first unit counted at the lowered rate.
    pub(crate) fn reductions_report(&self) -> Vec<ReductionReport> {
        let per_day = matches!(self.penalty.per, Per::Day | Per::Violation);
        self.penalty
            .reductions
            .iter()
            .map(|r| {
                let (lowers_from, lowers_through) = match (per_day, self.clock) {
                    (false, Some(clock)) => {
                        let first = match r.date.pred_opt() {
                            Some(before) => self.timeline.running(before) + 1,
                            None => 1,
                        };
                        let unit = clock.unit_of(first.max(1));
                        let bounds = unit.and_then(|u| Some((clock.first(u)?, clock.last(u)?)));
                        let day = |n: i64| self.timeline.day(n);
                        match bounds.and_then(|(a, b)| Some((day(a)?, day(b)?))) {
                            Some(span) => span,
                            None => (r.date, r.date),
                        }
                    }
                    _ => {
                        let next = r.date.succ_opt().unwrap_or(r.date);
                        (next, next)
                    }
                };
                ReductionReport {
                    date: r.date,
                    item: r.item.clone(),
                    amount: r.amount,
                    share: r.share.map(|s| s.to_string()),
                    lowers_from,
                    lowers_through,
                }
            })
            .collect()
    }

    /// Each period of breach with the days of delay it counts by `as_of` (on or after the
    /// first day, not suspended, up to `as_of`).
    pub(crate) fn breaches_report(&self, as_of: NaiveDate) -> Vec<BreachReport> {
        self.penalty
            .breaches
            .iter()
            .map(|b| BreachReport {
                from: b.from,
                through: b.through,
                days: self
                    .delay_spans(b.from, b.through.min(as_of))
                    .map(|(lo, hi)| days_between(lo, hi))
                    .sum(),
            })
            .collect()
    }
}
