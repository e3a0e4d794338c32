//! Real orders and the judge's hand (issues 15 and 20), as facts in display order: each
//! penalty's kind, first day, count, changes after a stretch, escalation, reductions and
//! breach periods ([`penalty_details`]); what each liquidation's decision did beyond counting
//! and who receives what ([`ruling`]); each share's total ([`share_totals`]); the totals
//! after each liquidation of a history of successive astreintes ([`successive`]).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::calendar::CalendarId;
use crate::case::{Kind, Per};
use crate::lang::Message;
use crate::lang::message::{Amount, OrderLine, OrderRule, PenaltyLine, Rate, RulingLine};
use crate::report::{Article, CaseReport, EscalationReport, LiquidationReport, PenaltyReport, Rule, Status};
use crate::timelimit::{RuleSet, TimeLimit};

/// How many steps of an escalation are listed in full; a longer one shows its first
/// [`STEPS_AT_EACH_END`] and last ones, and how many are left out between them.
const STEPS_IN_FULL: usize = 6;
const STEPS_AT_EACH_END: usize = 2;

/// Whether `r` is a French case, where an astreinte is provisional or definitive and the
/// judge's figures rest on the CPCE or the CJA: French time-limit rules, the French calendar,
/// an administrative jurisdiction (its articles are the CJA's) or a definitive astreinte.
/// Elsewhere (CJEU, dwangsom, US contempt) neither the kind nor those articles are shown.
pub(crate) fn french(r: &CaseReport) -> bool {
    matches!(r.rules, RuleSet::FrCpc | RuleSet::FrAdminFranc)
        || r.calendar == CalendarId::Fr
        || r.penalties
            .iter()
            .any(|p| p.kind == Kind::Definitive || p.kind_article == Article::CjaL911_6)
}

/// Whether `r`'s penalties are shown with their kind (provisional or definitive) and its
/// article: a French case whose file speaks of the judge's hand (a definitive astreinte, one
/// ordered by a later decision, an administrative jurisdiction, or a liquidation moderated,
/// suppressed or of a definitive astreinte). A plain French astreinte (a CNIL one, a civil one
/// merely counted) is shown as before: its kind is the law's presumption and says nothing.
pub(crate) fn shows_kind(r: &CaseReport) -> bool {
    french(r)
        && (r
            .penalties
            .iter()
            .any(|p| p.kind == Kind::Definitive || p.decided.is_some() || p.kind_article == Article::CjaL911_6)
            || r.liquidations.iter().any(|q| !q.ruling.grounds.is_empty()))
}

/// Whether a share goes to the State budget (CJA L911-8): its name says so.
pub(crate) fn to_the_state(to: &str) -> bool {
    let to = to.to_lowercase();
    ["état", "etat", "state", "staat", "trésor", "tresor", "treasury"]
        .iter()
        .any(|word| to.split(|c: char| !c.is_alphanumeric()).any(|w| w == *word))
}

/// The lines that detail penalty `p` of `r` beyond its rate, changes, suspensions and cap.
pub(crate) fn penalty_details<'a>(r: &'a CaseReport, p: &'a PenaltyReport) -> Vec<PenaltyLine<'a>> {
    let rate = |value| Rate {
        value,
        per: p.per,
        currency: r.currency,
    };
    let mut lines = Vec::new();
    if shows_kind(r) {
        lines.push(OrderLine::Kind {
            kind: p.kind,
            article: p.kind_article,
            decided: p.decided,
            through: p.through,
        });
    }
    if let Some(practice) = p.first_day {
        lines.push(OrderLine::FirstDay { practice, date: p.from });
    }
    if p.count != 1 {
        lines.push(OrderLine::Count {
            each: rate(p.rate),
            count: p.count,
            all: rate(p.rate.checked_mul(Decimal::from(p.count)).unwrap_or(p.rate)),
        });
    }
    if let Some(e) = &p.escalation {
        lines.extend(escalation(e, rate, r.as_of));
    }
    lines.extend(p.reductions.iter().map(|x| OrderLine::Reduction {
        item: x.item.as_deref(),
        date: x.date,
        less: rate(x.amount),
        share: x.share.as_deref(),
        lowers_from: x.lowers_from,
        lowers_through: x.lowers_through,
    }));
    lines.extend(p.breaches.iter().map(|b| OrderLine::Breach {
        from: b.from,
        through: b.through,
        days: b.days,
    }));
    lines.into_iter().map(PenaltyLine::Order).collect()
}

/// A change written `after = "30 days"`, as its line; `None` for one written with its date.
pub(crate) fn change_after(after: Option<&str>, from: NaiveDate, rate: Rate) -> Option<PenaltyLine<'static>> {
    let after: TimeLimit = after?.parse().ok()?;
    Some(PenaltyLine::Order(OrderLine::ChangeAfter { after, from, rate }))
}

/// The escalation's rule, then its steps: all of them, or the first and last ones around how
/// many are left out.
fn escalation<'a>(e: &EscalationReport, rate: impl Fn(Decimal) -> Rate, as_of: NaiveDate) -> Vec<OrderLine<'a>> {
    let mut lines = vec![OrderLine::Escalation {
        factor: e.factor,
        add: e.add.map(&rate),
        every: e.every.parse().ok(),
        until: e.until,
        max_rate: e.max_rate.map(&rate),
        steps: e.steps.len(),
        as_of,
    }];
    let step = |s: &crate::report::EscalationStep| OrderLine::EscalationStep {
        step: s.step,
        from: s.from,
        rate: rate(s.rate),
    };
    if e.steps.len() <= STEPS_IN_FULL {
        lines.extend(e.steps.iter().map(step));
    } else {
        let last = e.steps.len() - STEPS_AT_EACH_END;
        lines.extend(e.steps.iter().take(STEPS_AT_EACH_END).map(step));
        lines.push(OrderLine::EscalationSkipped {
            count: last - STEPS_AT_EACH_END,
        });
        lines.extend(e.steps.iter().skip(last).map(step));
    }
    lines
}

/// What `q`'s decision did beyond counting (rates, moderation, suppressions, a definitive
/// rate), then what each share receives of it. Articles are French law's: only for a French
/// case (`french`).
pub(crate) fn ruling(q: &LiquidationReport, currency: crate::money::Currency, french: bool) -> Vec<RulingLine<'_>> {
    let amount = |value| Amount::new(value, currency);
    let ground = |rule: Rule| {
        q.ruling
            .grounds
            .iter()
            .find(|g| g.rule == rule)
            .map(|g| g.article)
            .filter(|_| french)
    };
    let per = q.segments.first().map_or(Per::Day, |s| s.per);
    let rate = |value| Rate { value, per, currency };
    let pronounced = q.status == Status::Pronounced;
    let mut lines = Vec::new();
    if let Some(awarded) = q.ruling.awarded_rate {
        lines.push(RulingLine::Rates {
            ordered: q.ruling.ordered_rate.map(rate),
            awarded: rate(awarded),
            article: ground(Rule::Moderation),
        });
    }
    lines.extend(q.ruling.suppressions.iter().map(|s| RulingLine::Suppressed {
        from: s.from,
        through: s.through,
        days: s.days,
        amount: amount(s.amount),
        reason: &s.reason,
        article: ground(Rule::Suppression),
    }));
    let due = q.amount.checked_sub(q.ruling.suppressed).unwrap_or(q.amount);
    let awarded = q.awarded.filter(|_| pronounced);
    if let Some(awarded) = awarded {
        if !q.ruling.suppressions.is_empty() {
            lines.push(RulingLine::AfterSuppression {
                computed: amount(q.amount),
                suppressed: amount(q.ruling.suppressed),
                awarded: amount(awarded),
            });
        }
        // Moderation by rate says it on the rates' line.
        if q.ruling.moderated && q.ruling.awarded_rate.is_none() {
            lines.push(RulingLine::Moderated {
                due: amount(due),
                awarded: amount(awarded),
                article: ground(Rule::Moderation),
            });
        }
    }
    if let Some(article) = ground(Rule::DefinitiveRate) {
        lines.push(RulingLine::DefinitiveRate { article });
    }
    lines.extend(q.shares.iter().map(|s| RulingLine::Share {
        to: &s.to,
        amount: amount(s.amount),
        state: to_the_state(&s.to),
    }));
    lines
}

/// The totals after each liquidation, when the case is a history of successive astreintes (a
/// penalty ordered by a later decision) liquidated more than once: the liquidations' computed
/// amounts and what they owe (awarded where pronounced), each added to the ones before.
pub(crate) fn successive(r: &CaseReport) -> Vec<Message<'static>> {
    let history = r.penalties.iter().any(|p| p.decided.is_some());
    if !history || r.liquidations.len() < 2 {
        return Vec::new();
    }
    let amount = |value| Amount::new(value, r.currency);
    let (mut computed, mut owed) = (Decimal::ZERO, Decimal::ZERO);
    let mut totals = Vec::new();
    for q in &r.liquidations {
        let (Some(c), Some(o)) = (computed.checked_add(q.amount), owed.checked_add(q.owed())) else {
            break;
        };
        (computed, owed) = (c, o);
        totals.push(Message::SuccessiveTotal {
            number: q.number,
            decided: q.decided,
            computed: amount(computed),
            owed: amount(owed),
        });
    }
    totals
}

/// What each share receives over every liquidation, in the order written.
pub(crate) fn share_totals(r: &CaseReport) -> Vec<Message<'_>> {
    r.shares
        .iter()
        .map(|s| Message::ShareTotal {
            to: &s.to,
            part: s.part.as_deref(),
            fixed: s.amount.map(|a| Amount::new(a, r.currency)),
            rest: s.rest,
            state: to_the_state(&s.to),
            total: Amount::new(s.total, r.currency),
        })
        .collect()
}

/// The rules of real orders and of the judge's hand that `r` applied, each once, in the order
/// of the reasoning: the kinds, the first day, the shapes of the penalties, what the judge did,
/// the shares. The judge's articles are French law's: only for a French case.
pub(crate) fn rules(r: &CaseReport) -> Vec<OrderRule> {
    let (french, kinds) = (french(r), shows_kind(r));
    let mut rules = Vec::new();
    let mut add = |rule: OrderRule| {
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    };
    for p in r.penalties.iter().filter(|_| kinds) {
        add(OrderRule::Kind {
            kind: p.kind,
            article: p.kind_article,
        });
    }
    for p in &r.penalties {
        if let Some(first) = p.first_day {
            add(OrderRule::FirstDay(first));
        }
        if p.count != 1 {
            add(OrderRule::Count);
        }
        if p.escalation.is_some() {
            add(OrderRule::Escalation);
        }
        if p.changes.iter().any(|c| c.after.is_some()) {
            add(OrderRule::ChangeAfter);
        }
        if !p.reductions.is_empty() {
            add(OrderRule::Reduction {
                per_unit: p.per.is_long(),
            });
        }
        if !p.breaches.is_empty() {
            add(OrderRule::Breach);
        }
    }
    for q in r.liquidations.iter().filter(|_| french) {
        for g in &q.ruling.grounds {
            add(OrderRule::Judge(*g));
        }
    }
    if !r.shares.is_empty() {
        add(OrderRule::Shares {
            state: r.shares.iter().any(|s| to_the_state(&s.to)),
        });
    }
    rules
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_to_the_state_is_named_so() {
        assert!(to_the_state("Budget de l'État (CJA L911-8)"));
        assert!(to_the_state("the State"));
        assert!(!to_the_state("FNAUT"));
        assert!(!to_the_state("Statesman Ltd"));
    }
}
