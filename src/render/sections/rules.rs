//! The rules a statement says it applied: each legal source the derivation cited, then how the
//! amounts are counted, as far as the case needs them.

use crate::lang::message::RuleApplied;
use crate::report::{CaseReport, Status};

/// The rules `r` applied, in the order a statement lists them.
pub(crate) fn applied(r: &CaseReport) -> Vec<RuleApplied<'_>> {
    let mut seen: Vec<&str> = Vec::new();
    let mut rules = Vec::new();
    // Each source once, with the first rule it was cited for.
    for s in &r.derivation {
        if !seen.contains(&s.source) {
            seen.push(s.source);
            rules.push(RuleApplied::Cited(s));
        }
    }
    rules.push(RuleApplied::Counting);
    // In a French case the judge's own rules, with their articles, say it (below).
    let moderated = !super::orders::french(r)
        && r.liquidations
            .iter()
            .any(|q| q.status == Status::Pronounced && q.awarded.is_some_and(|a| a != q.amount));
    let wanted = [
        (r.penalties.iter().any(|p| p.partial.is_some()), RuleApplied::Units),
        (
            r.cap.is_some() || r.penalties.iter().any(|p| p.cap.is_some()),
            RuleApplied::Cap,
        ),
        (r.has_projections(), RuleApplied::Projection),
        (!r.gaps.is_empty(), RuleApplied::Gaps),
        (moderated, RuleApplied::Moderation),
    ];
    rules.extend(wanted.into_iter().filter(|(wanted, _)| *wanted).map(|(_, rule)| rule));
    rules.extend(super::orders::rules(r).into_iter().map(RuleApplied::Order));
    rules
}
