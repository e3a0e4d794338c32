//! The penalties as they run: each penalty with its rate changes, suspensions and cap, then
//! the case's cap and its lump sums.

use crate::lang::message::{Amount, PenaltyLine, Rate};
use crate::report::CaseReport;

/// The lines of `r`'s penalties, in display order.
pub(crate) fn lines(r: &CaseReport) -> Vec<PenaltyLine<'_>> {
    let currency = r.currency;
    let amount = |value| Amount::new(value, currency);
    let mut lines = Vec::new();
    for p in &r.penalties {
        let rate = |value| Rate {
            value,
            per: p.per,
            currency,
        };
        lines.push(PenaltyLine::Runs {
            obligation: p.obligation.as_deref(),
            rate: rate(p.rate),
            from: p.from,
            complied: p.complied,
            partial: p.partial,
        });
        lines.extend(super::orders::penalty_details(r, p));
        lines.extend(p.changes.iter().map(|c| {
            super::orders::change_after(c.after.as_deref(), c.from, rate(c.rate)).unwrap_or(PenaltyLine::Change {
                from: c.from,
                rate: rate(c.rate),
            })
        }));
        lines.extend(p.suspensions.iter().map(|s| PenaltyLine::Suspended {
            from: s.from,
            through: s.through,
            reason: s.reason.as_deref(),
            days: s.days,
        }));
        if let Some(cap) = p.cap {
            lines.push(PenaltyLine::Cap {
                cap: amount(cap),
                reached: p.cap_reached,
            });
        }
    }
    if let Some(cap) = r.cap {
        lines.push(PenaltyLine::CaseCap {
            cap: amount(cap),
            reached: r.cap_reached,
        });
    }
    lines.extend(r.lump_sums.iter().map(|s| PenaltyLine::LumpSum {
        reason: s.reason.as_deref(),
        amount: amount(s.amount),
        owed_from: s.date,
    }));
    lines
}
