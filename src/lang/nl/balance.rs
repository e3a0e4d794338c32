//! Het saldo van `compute` in het Nederlands (de sectie "Saldo"): de ingevorderde bedragen, de
//! wettelijke rente, de kosten, de betalingen en hun toerekening, en de verjaring van elk bedrag
//! (art. 5:35 Awb, art. 611g Rv). Franse en Belgische bronnen worden geciteerd zoals ze luiden.

use rust_decimal::Decimal;

use super::NL;
use crate::balance::{Barred, Limitation, Start};
use crate::interest::{Creditor, Regime};
use crate::lang::message::BalanceMessage;
use crate::lang::{long_date, money_fixed, short_date};
use crate::money::Currency;

pub(super) fn message(message: BalanceMessage<'_>) -> String {
    match message {
        BalanceMessage::Terms(b) => {
            let creditor = match b.creditor {
                Some(Creditor::Individual) => ", schuldeiser natuurlijke persoon",
                Some(Creditor::Other) => ", andere schuldeiser",
                None => "",
            };
            let start = match b.interest_from {
                Start::Decision => "vanaf de dag na elke invorderingsbeslissing".to_string(),
                Start::Service => "vanaf de dag na de betekening van elke beslissing".to_string(),
                Start::Date(d) => format!("vanaf {} (of de dag na een latere beslissing)", short_date(d, NL)),
            };
            let capitalised = if b.capitalised {
                format!("elk jaar gekapitaliseerd ({})", b.regime.capitalisation_source())
            } else {
                "zonder kapitalisatie".to_string()
            };
            let waived = if b.majoration_waived {
                "; verhoging van CMF L313-3 niet toegepast"
            } else {
                ""
            };
            format!(
                "Rente {}{creditor}, {}, {start}; {capitalised}{waived}",
                b.regime,
                b.basis.code()
            )
        }
        BalanceMessage::Sum(s) => {
            let served = s
                .served
                .map(|d| format!(", betekend op {}", short_date(d, NL)))
                .unwrap_or_default();
            let interest = match (s.excluded, s.interest_from) {
                (true, _) => "verjaard, buiten het saldo gelaten".to_string(),
                (false, Some(from)) => format!("rente vanaf {}", short_date(from, NL)),
                (false, None) => "geen rentedag op de datum van de berekening".to_string(),
            };
            format!(
                "Invordering nr. {}, beslist op {}{served}: {}; {interest}",
                s.liquidation,
                short_date(s.decided, NL),
                euros(s.amount)
            )
        }
        BalanceMessage::SumOwed(s) => format!(
            "Rente {}; nog verschuldigd: hoofdsom {}, rente {}",
            euros(s.interest),
            euros(s.outstanding_principal),
            euros(s.outstanding_interest)
        ),
        BalanceMessage::Limitation { limitation: l, excluded } => match l.status {
            Barred::No if l.first_barred == l.barred => {
                format!("Verjaard vanaf {}", short_date(l.barred, NL))
            }
            Barred::No => format!(
                "Verjaart dag voor dag: de eerste dagen vanaf {}, het geheel vanaf {}",
                short_date(l.first_barred, NL),
                short_date(l.barred, NL)
            ),
            Barred::Partly => format!(
                "GEDEELTELIJK VERJAARD: de eerste dagen sinds {}, het geheel vanaf {}",
                short_date(l.first_barred, NL),
                short_date(l.barred, NL)
            ),
            Barred::Wholly if excluded => format!(
                "VERJAARD sinds {}: buiten het saldo gelaten",
                short_date(l.barred, NL)
            ),
            Barred::Wholly => format!(
                "VERJAARD sinds {}: toch meegeteld (exclude_barred = true laat het weg)",
                short_date(l.barred, NL)
            ),
        },
        BalanceMessage::Cost(c) => format!("{}: {}, {}", short_date(c.date, NL), c.label, euros(c.amount)),
        BalanceMessage::Payment { payment: p, regime } => {
            let note = p.note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default();
            let mut parts = Vec::new();
            if !p.to_costs.is_zero() {
                parts.push(format!("{} op de kosten", euros(p.to_costs)));
            }
            parts.push(format!("{} op de rente", euros(p.to_interest)));
            parts.push(format!("{} op de hoofdsom", euros(p.to_principal)));
            if !p.unapplied.is_zero() {
                parts.push(format!("{} te veel betaald", euros(p.unapplied)));
            }
            format!(
                "{}: betaling van {}{note}, toegerekend {} ({}; {})",
                short_date(p.date, NL),
                euros(p.amount),
                parts.join(", "),
                oldest_first(regime),
                regime.imputation_source()
            )
        }
        BalanceMessage::PaymentPart(p) => format!(
            "waarvan invordering nr. {}: kosten {}, rente {}, hoofdsom {}",
            p.liquidation,
            euros(p.to_costs),
            euros(p.to_interest),
            euros(p.to_principal)
        ),
        BalanceMessage::Due { balance: b } => format!(
            "Saldo verschuldigd op {}: hoofdsom {} + rente {} + kosten {} = {} (bedragen {}, verlopen rente {}, kosten {}, betaald {})",
            long_date(b.as_of, NL),
            euros(b.outstanding.principal),
            euros(b.outstanding.interest),
            euros(b.outstanding.costs),
            euros(b.due),
            euros(b.principal),
            euros(b.interest),
            euros(b.costs_total),
            euros(b.paid)
        ),
        BalanceMessage::Barred(b) => format!(
            "Verjaard op de datum van de berekening: {}, waarvan {} buiten het saldo gelaten",
            euros(b.time_barred),
            euros(b.excluded)
        ),
        BalanceMessage::Rule(r) => {
            let unconfirmed = if r.confirmed { "" } else { ", NIET BEVESTIGD" };
            format!(
                "Verjaring ({}{unconfirmed}): {}; {}. Niet meegenomen: {}",
                r.rule,
                term(r.rule),
                r.source,
                caveat(r.rule)
            )
        }
        BalanceMessage::Imputation(regime) => format!(
            "Betalingen worden eerst toegerekend aan het oudste bedrag (het bedrag waarvan de rente het eerst begon te lopen: {}), en binnen elk bedrag aan de kosten, dan aan de rente, ten slotte aan de hoofdsom ({}); een betaling vóór het begin van de rente over een bedrag verlaagt dat bedrag zelf; kosten worden toegerekend samen met het oudste bedrag.",
            oldest_first(regime),
            regime.imputation_source()
        ),
        BalanceMessage::Rounding => "De rente loopt van de eerste rentedag van elk bedrag tot en met de dag vóór de datum van de berekening (die als dag van betaling geldt en niet meetelt: service-public.fr, fiche F783); elke periode wordt één keer afgerond op de cent, de helft naar boven, en de rente is de som van de afgeronde perioden; verder wordt niets afgerond.".to_string(),
        BalanceMessage::Unconfirmed => "Er is een rente of een verjaringsregel gebruikt die als NIET BEVESTIGD is gemarkeerd (allow_unconfirmed = true): controleer die aan de gepubliceerde tekst.".to_string(),
    }
}

/// The rule that imputes a payment to the oldest of several debts.
fn oldest_first(regime: Regime) -> &'static str {
    match regime {
        Regime::NlLegal | Regime::NlCommercial => "art. 6:43 lid 2 BW",
        Regime::BeLegal => "art. 1256 oud BW (België)",
        Regime::FrLegal | Regime::EuEcb | Regime::Fixed => "C. civ. 1342-10",
    }
}

/// How long a liquidated sum can be collected: art. 5:35 Awb (one year after each day
/// forfeited), art. 611g lid 1 Rv (six months), Ger.W. art. 1385octies (six months).
fn term(rule: Limitation) -> &'static str {
    match rule {
        Limitation::FrJudgment => "tien jaar na de betekening van de invorderingsbeslissing (of van de beslissing)",
        Limitation::NlAwb => "één jaar na elke dag waarop een dwangsom is verbeurd",
        Limitation::NlRv => "zes maanden na elke dag waarop een dwangsom is verbeurd",
        Limitation::Be => "zes maanden vanaf elke dag waarop een dwangsom is verbeurd",
    }
}

/// What the limitation rule leaves out, in Dutch (the English is in `Limitation::row`).
pub(super) fn caveat(rule: Limitation) -> &'static str {
    match rule {
        Limitation::FrJudgment => {
            "stuiting door een daad van tenuitvoerlegging (commandement, saisie) en schorsing; de vordering tot invordering (liquidation), vóór elke beslissing, verjaart na vijf jaar (C. civ. 2224; Cass. 2e civ., 21 mars 2019, n° 17-22.241) vanaf de dag waarop de astreinte inging, voor haar hele looptijd (Cass. 2e civ., 22 mai 2025, n° 22-22.416): hier niet van toepassing, omdat de bedragen zijn ingevorderd"
        }
        Limitation::NlAwb => {
            "stuiting (art. 3:316 en 3:317 BW) en schorsing; de Algemene termijnenwet wordt niet toegepast op het einde van de termijn (niet gecontroleerd)"
        }
        Limitation::NlRv => {
            "schorsing (art. 611g lid 2 en 3 Rv) en stuiting (art. 3:316 en 3:317 BW); de Algemene termijnenwet wordt niet toegepast op het einde van de termijn (niet gecontroleerd)"
        }
        Limitation::Be => {
            "NIET BEVESTIGD: hoe de maanden worden geteld (art. 52-54 Ger.W.) is niet gecontroleerd; schorsing en stuiting"
        }
    }
}

/// An amount in euros: `€ 2.000,00`.
fn euros(amount: Decimal) -> String {
    money_fixed(amount, Currency::EUR, NL)
}
