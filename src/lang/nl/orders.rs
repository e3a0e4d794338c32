//! Real orders and the judge's hand (issues 15 and 20) in Dutch: the details of a penalty, what
//! a liquidation's decision did, the shares and the rules, worded from their facts. A French
//! astreinte keeps its name and its French citations (`CPCE L131-4 al. 1`, `CJA L911-7 al. 3`):
//! they are the articles the decision applies, not Dutch law.

use super::{NL, group, headline, limit, plain, rate, units, why};
use crate::case::{FirstDay, Kind, Per};
use crate::lang::message::{Amount, OrderLine, OrderRule, Rate, RulingLine};
use crate::lang::{long_date, medium_date};
use crate::report::{Article, Ground, Rule};

/// ` (CJA L911-7 al. 3)`, or nothing.
fn cited(article: Option<Article>) -> String {
    article.map(|a| format!(" ({a})")).unwrap_or_default()
}

/// A share's recipient, with CJA L911-8 when it is the State budget (unless its name cites it).
fn recipient(to: &str, state: bool) -> String {
    if state && !to.contains("L911-8") {
        format!("{to} (CJA L911-8)")
    } else {
        to.into()
    }
}

/// `de week`, `het kwartaal`: a unit with its definite article.
fn the_unit(per: Per) -> &'static str {
    match per {
        Per::Day => "de dag",
        Per::Week => "de week",
        Per::Month => "de maand",
        Per::Quarter => "het kwartaal",
        Per::Semester => "het halfjaar",
        Per::Year => "het jaar",
        Per::Violation => "de overtreding",
    }
}

/// A French astreinte's kind, by its Dutch name.
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Provisional => "voorlopige astreinte",
        Kind::Definitive => "definitieve astreinte",
    }
}

pub(super) fn detail(line: OrderLine<'_>) -> String {
    match line {
        OrderLine::Kind {
            kind,
            article,
            decided,
            through,
        } => {
            let decided = decided
                .map(|d| format!(", opgelegd op {}", long_date(d, NL)))
                .unwrap_or_default();
            let through = through
                .map(|d| format!(", loopt tot en met {}", long_date(d, NL)))
                .unwrap_or_default();
            format!("{} ({article}){decided}{through}", kind_name(kind))
        }
        OrderLine::FirstDay { practice, date } => {
            let day = long_date(date, NL);
            match practice {
                FirstDay::Decision => {
                    format!("dag 1 is de dag van de uitspraak, {day} (vanaf de uitspraak: C-123/22)")
                }
                FirstDay::DayAfterDecision => format!(
                    "dag 1 is de dag na de uitspraak, {day} (C-387/97: de eerste rekening van de Commissie telde 88 dagen vanaf 5 juli 2000 voor het arrest van 4 juli 2000)"
                ),
                FirstDay::Notification => format!(
                    "dag 1 is de dag van de betekening, {day} (beschikkingen in kort geding lopen vanaf hun betekening: C-121/21 R, C-204/21 R)"
                ),
                FirstDay::DayAfterNotification => {
                    format!("dag 1 is de dag na de betekening, {day} (CPC art. 641)")
                }
            }
        }
        OrderLine::Count { each, count, all } => format!(
            "{} per persoon of onderdeel × {} = {}",
            rate(each),
            group(count, NL),
            rate(all)
        ),
        OrderLine::ChangeAfter { after, from, rate: r } => {
            format!("na {}, vanaf {}: {}", limit(after), long_date(from, NL), rate(r))
        }
        OrderLine::Escalation {
            factor,
            add,
            every,
            until,
            max_rate,
            steps,
            as_of,
        } => {
            let rise = match (factor, add) {
                (Some(f), _) => format!("bedrag × {}", f.to_string().replace('.', ",")),
                (None, Some(a)) => format!("bedrag + {}", rate(a)),
                (None, None) => "oplopend bedrag".into(),
            };
            let every = every.map(|e| format!(" telkens na {}", limit(e))).unwrap_or_default();
            let mut bounds = Vec::new();
            bounds.extend(max_rate.map(|m| format!("ten hoogste {}", rate(m))));
            bounds.extend(until.map(|u| format!("geen verhoging na {}", long_date(u, NL))));
            let bounds = if bounds.is_empty() {
                String::new()
            } else {
                format!(" ({})", bounds.join("; "))
            };
            let rises = if steps == 1 { "verhoging" } else { "verhogingen" };
            format!(
                "verhoging: {rise}{every}{bounds}; {} {rises} tot en met {}",
                group(steps as i64, NL),
                medium_date(as_of, NL)
            )
        }
        OrderLine::EscalationStep { step, from, rate: r } => {
            format!("verhoging {step} vanaf {}: {}", long_date(from, NL), rate(r))
        }
        OrderLine::EscalationSkipped { count } => format!("… nog {} verhogingen …", group(count as i64, NL)),
        OrderLine::Reduction {
            item,
            date,
            less,
            share,
            lowers_from,
            lowers_through,
        } => {
            let share = share.map(|s| format!(" ({s} van het bedrag)")).unwrap_or_default();
            let first = if lowers_from == lowers_through {
                format!("vanaf {}", long_date(lowers_from, NL))
            } else {
                format!(
                    "vanaf {} van {} tot en met {}",
                    the_unit(less.per),
                    medium_date(lowers_from, NL),
                    medium_date(lowers_through, NL)
                )
            };
            format!(
                "onderdeel in overeenstemming gebracht op {}{}: − {}{share}, {first}",
                long_date(date, NL),
                why(item),
                rate(less)
            )
        }
        OrderLine::Breach { from, through, days } => format!(
            "overtreding vastgesteld van {} tot en met {}: {} geteld",
            long_date(from, NL),
            long_date(through, NL),
            units(days, Per::Day)
        ),
    }
}

pub(super) fn ruling(line: RulingLine<'_>) -> String {
    match line {
        RulingLine::Rates {
            ordered: Some(ordered),
            awarded,
            article,
        } => match ordered
            .value
            .checked_sub(awarded.value)
            .filter(|d| d.is_sign_positive() && !d.is_zero())
        {
            Some(difference) => format!(
                "opgelegd {}, toegewezen {} (−{}), gematigd{}",
                rate(ordered),
                rate(awarded),
                rate(Rate {
                    value: difference,
                    ..awarded
                }),
                cited(article)
            ),
            None => format!("opgelegd {}, toegewezen tegen hetzelfde bedrag", rate(ordered)),
        },
        RulingLine::Rates {
            ordered: None,
            awarded,
            article,
        } => format!("toegewezen {} voor de hele periode{}", rate(awarded), cited(article)),
        RulingLine::Moderated { due, awarded, article } => {
            let by = due.value.checked_sub(awarded.value).unwrap_or_default();
            format!(
                "toegewezen {} van {} verschuldigd, gematigd met {}{}",
                plain(awarded),
                plain(due),
                plain(Amount::new(by, due.currency)),
                cited(article)
            )
        }
        RulingLine::Suppressed {
            from,
            through,
            days,
            amount,
            reason,
            article,
        } => format!(
            "opgeheven van {} tot en met {}, {}, {}{}: {reason}",
            long_date(from, NL),
            long_date(through, NL),
            units(days, Per::Day),
            plain(amount),
            cited(article)
        ),
        RulingLine::AfterSuppression {
            computed,
            suppressed,
            awarded,
        } => format!(
            "berekend {}, opgeheven {}, toegewezen {}",
            plain(computed),
            plain(suppressed),
            plain(awarded)
        ),
        RulingLine::DefinitiveRate { article } => format!(
            "definitieve astreinte: ingevorderd tegen het opgelegde bedrag, dat de rechter niet kan wijzigen ({article})"
        ),
        RulingLine::Share { to, amount, state } => format!("{} aan {}", plain(amount), recipient(to, state)),
    }
}

pub(super) fn suppressed_total(a: Amount) -> String {
    format!("Opgeheven door de beslissingen: {}", headline(a))
}

pub(super) fn share_total(
    to: &str,
    part: Option<&str>,
    fixed: Option<Amount>,
    rest: bool,
    state: bool,
    total: Amount,
) -> String {
    let how = match (part, fixed) {
        (Some(p), _) => format!("{p} van elke invordering"),
        (None, Some(f)) => format!("{} van elke invordering", plain(f)),
        (None, None) => "wat de andere aandelen overlaten".into(),
    };
    let rest = if rest && (part.is_some() || fixed.is_some()) {
        ", en de afronding"
    } else {
        ""
    };
    format!("{}: {how}{rest}; {} in totaal", recipient(to, state), headline(total))
}

pub(super) fn successive_total(
    number: usize,
    decided: Option<chrono::NaiveDate>,
    computed: Amount,
    owed: Amount,
) -> String {
    let decided = decided
        .map(|d| format!(" (beslist op {})", medium_date(d, NL)))
        .unwrap_or_default();
    format!(
        "na invordering nr. {number}{decided}: {} berekend, {} verschuldigd",
        headline(computed),
        headline(owed)
    )
}

pub(super) fn rule(rule: OrderRule) -> String {
    match rule {
        OrderRule::Kind {
            kind: Kind::Provisional,
            article: Article::CjaL911_6,
        } => "Een voorlopige astreinte (CJA L911-6) kan bij de invordering worden gematigd of opgeheven, ook als de niet-nakoming is vastgesteld (CJA L911-7 al. 3).".into(),
        OrderRule::Kind {
            kind: Kind::Definitive,
            article: Article::CjaL911_6,
        } => "Een definitieve astreinte (CJA L911-6): haar bedrag per eenheid wordt bij de invordering niet gewijzigd, tenzij vaststaat dat de niet-nakoming voortkomt uit toeval of overmacht (CJA L911-7 al. 2).".into(),
        OrderRule::Kind {
            kind: Kind::Provisional,
            article,
        } => format!("Een voorlopige astreinte ({article}) wordt ingevorderd met inachtneming van het gedrag van de schuldenaar en de moeilijkheden die hij bij de nakoming ondervond: de rechter kan haar matigen, of geheel of gedeeltelijk opheffen."),
        OrderRule::Kind {
            kind: Kind::Definitive,
            article,
        } => format!("Een definitieve astreinte ({article}) wordt pas na een voorlopige opgelegd, voor een duur die de rechter bepaalt; haar bedrag per eenheid wordt bij de invordering nooit gewijzigd."),
        OrderRule::Judge(Ground { rule: Rule::Moderation, article }) => format!("Matiging ({article}): bij de invordering van een voorlopige astreinte kan de rechter minder toewijzen dan berekend, als één bedrag of door een lager bedrag per eenheid op de hele periode toe te passen; het opgelegde en het toegewezen bedrag per eenheid en hun verschil, of het berekende en het toegewezen bedrag, worden beide getoond; het toegewezen bedrag is verschuldigd."),
        OrderRule::Judge(Ground { rule: Rule::Suppression, article }) => format!("Opheffing ({article}): de dagen waarop de niet-nakoming voortkomt uit een vreemde oorzaak, worden geheel of gedeeltelijk geschrapt; ze worden geteld zoals elke periode, en getoond als berekend, opgeheven en toegewezen."),
        OrderRule::Judge(Ground { rule: Rule::DefinitiveRate, article }) => format!("Vast bedrag ({article}): een definitieve astreinte wordt ingevorderd tegen het opgelegde bedrag per eenheid; alleen een opheffing kan haar uitkomst verlagen."),
        OrderRule::Escalation => "Een oplopend bedrag stijgt volgens zijn regel bij elke stap, geteld vanaf de eerste dag van de dwangsom over de dagen waarop zij loopt (een opschorting houdt die telling stil): stap k begint op de eerste dag plus k perioden, met de verhoging k keer toegepast, nooit boven het hoogste vastgestelde bedrag; een eenheid telt tegen het bedrag dat geldt op de dag waarop zij verbeurt.".into(),
        OrderRule::ChangeAfter => "Een nieuw bedrag dat na een termijn geldt, gaat in zodra die termijn is verstreken vanaf de eerste dag van de dwangsom, geteld over de dagen waarop zij loopt: na 30 dagen is de 31e dag de eerste tegen het nieuwe bedrag.".into(),
        OrderRule::Reduction { per_unit: true } => "Een onderdeel dat in overeenstemming is gebracht, gaat af van het bedrag per eenheid: het bedrag van een eenheid wordt aan haar einde vastgesteld naar de onderdelen die dan nog niet in overeenstemming zijn, zodat de eenheid die op of na die datum eindigt tegen het verlaagde bedrag telt, en elke latere eenheid ook (C-196/13, dictum; C-378/13).".into(),
        OrderRule::Reduction { per_unit: false } => "Een onderdeel dat in overeenstemming is gebracht, gaat af van het bedrag per eenheid vanaf de dag na die waarop het in overeenstemming is gebracht.".into(),
        OrderRule::Breach => "Alleen de dagen van vastgestelde overtreding tellen (een dwangsom per dag waarop niet aan de voorwaarde is voldaan); een maximum geldt voor al die dagen samen.".into(),
        OrderRule::Count => "Een bedrag per persoon of per onderdeel wordt vermenigvuldigd met hun aantal (count): elk geteld bedrag geldt voor hen allen.".into(),
        OrderRule::FirstDay(FirstDay::Decision) => "Dag 1 is de dag van het arrest: een dwangsom die vanaf de uitspraak verschuldigd is, telt die dag mee (C-123/22, Commissie/Hongarije).".into(),
        OrderRule::FirstDay(FirstDay::DayAfterDecision) => "Dag 1 is de dag na het arrest, zoals de Commissie telde in zaak C-387/97, Commissie/Griekenland: haar eerste rekening betrof 88 dagen vanaf 5 juli 2000 voor het arrest van 4 juli 2000.".into(),
        OrderRule::FirstDay(FirstDay::Notification) => "Dag 1 is de dag van de betekening: beschikkingen in kort geding lopen vanaf hun betekening (C-121/21 R, Tsjechië/Polen; C-204/21 R, Commissie/Polen).".into(),
        OrderRule::FirstDay(FirstDay::DayAfterNotification) => "Dag 1 is de dag na de betekening: de dag van de handeling die een termijn doet lopen, telt niet mee (CPC art. 641).".into(),
        OrderRule::Shares { state } => {
            let base = "Elk ingevorderd bedrag (het toegewezen bedrag waar een beslissing dat vaststelt) wordt exact over de aandelen verdeeld. Elk deel en elk vast bedrag wordt naar beneden afgerond op de cent, en het aandeel dat de rest neemt, krijgt wat zij overlaten, de afronding inbegrepen, zodat er geen cent verloren gaat.";
            if state {
                format!("{base} De bestuursrechter kan bepalen dat een deel van de astreinte niet aan de verzoeker wordt betaald; dat deel gaat naar de staatsbegroting (CJA L911-8).")
            } else {
                base.into()
            }
        }
    }
}
