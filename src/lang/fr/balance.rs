//! Le décompte de `compute` en français (la section « Décompte »).

use rust_decimal::Decimal;

use super::FR;
use crate::balance::{Barred, Limitation, Start};
use crate::interest::{Creditor, Regime};
use crate::lang::message::BalanceMessage;
use crate::lang::{long_date, money_fixed, short_date};
use crate::money::Currency;

pub(super) fn message(message: BalanceMessage<'_>) -> String {
    match message {
        BalanceMessage::Terms(b) => {
            let creditor = match b.creditor {
                Some(Creditor::Individual) => ", créancier personne physique",
                Some(Creditor::Other) => ", autre créancier",
                None => "",
            };
            let start = match b.interest_from {
                Start::Decision => "à compter du lendemain de chaque décision de liquidation".to_string(),
                Start::Service => "à compter du lendemain de la signification de chaque décision".to_string(),
                Start::Date(d) => format!(
                    "à compter du {} (ou du lendemain d’une décision postérieure)",
                    short_date(d, FR)
                ),
            };
            let capitalised = if b.capitalised {
                format!("capitalisés chaque année ({})", b.regime.capitalisation_source())
            } else {
                "sans capitalisation".to_string()
            };
            let waived = if b.majoration_waived {
                "\u{202F}; majoration de l’article L313-3 CMF écartée"
            } else {
                ""
            };
            format!(
                "Intérêts {}{creditor}, {}, {start}\u{202F}; {capitalised}{waived}",
                b.regime,
                b.basis.code()
            )
        }
        BalanceMessage::Sum(s) => {
            let served = s
                .served
                .map(|d| format!(", signifiée le {}", short_date(d, FR)))
                .unwrap_or_default();
            let interest = match (s.excluded, s.interest_from) {
                (true, _) => "prescrite, écartée du solde".to_string(),
                (false, Some(from)) => format!("intérêts à compter du {}", short_date(from, FR)),
                (false, None) => "aucun jour d’intérêts à la date du décompte".to_string(),
            };
            format!(
                "Liquidation n°\u{A0}{} du {}{served}\u{A0}: {}\u{202F}; {interest}",
                s.liquidation,
                short_date(s.decided, FR),
                euros(s.amount)
            )
        }
        BalanceMessage::SumOwed(s) => format!(
            "Intérêts {}\u{202F}; reste dû\u{A0}: principal {}, intérêts {}",
            euros(s.interest),
            euros(s.outstanding_principal),
            euros(s.outstanding_interest)
        ),
        BalanceMessage::Limitation { limitation: l, excluded } => match l.status {
            Barred::No if l.first_barred == l.barred => {
                format!("Prescrite à compter du {}", short_date(l.barred, FR))
            }
            Barred::No => format!(
                "Prescrite jour par jour\u{A0}: ses premiers jours à compter du {}, en totalité à compter du {}",
                short_date(l.first_barred, FR),
                short_date(l.barred, FR)
            ),
            Barred::Partly => format!(
                "PRESCRITE EN PARTIE\u{A0}: ses premiers jours depuis le {}, en totalité à compter du {}",
                short_date(l.first_barred, FR),
                short_date(l.barred, FR)
            ),
            Barred::Wholly if excluded => format!(
                "PRESCRITE depuis le {}\u{A0}: écartée du solde",
                short_date(l.barred, FR)
            ),
            Barred::Wholly => format!(
                "PRESCRITE depuis le {}\u{A0}: comptée malgré tout (exclude_barred = true l’écarte)",
                short_date(l.barred, FR)
            ),
        },
        BalanceMessage::Cost(c) => format!("{}\u{A0}: {}, {}", short_date(c.date, FR), c.label, euros(c.amount)),
        BalanceMessage::Payment { payment: p, regime } => {
            let note = p.note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default();
            let mut parts = Vec::new();
            if !p.to_costs.is_zero() {
                parts.push(format!("{} aux frais", euros(p.to_costs)));
            }
            parts.push(format!("{} aux intérêts", euros(p.to_interest)));
            parts.push(format!("{} au principal", euros(p.to_principal)));
            if !p.unapplied.is_zero() {
                parts.push(format!("{} en excédent", euros(p.unapplied)));
            }
            format!(
                "{}\u{A0}: paiement de {}{note}, imputé {} ({}\u{202F}; {})",
                short_date(p.date, FR),
                euros(p.amount),
                parts.join(", "),
                oldest_first(regime),
                regime.imputation_source()
            )
        }
        BalanceMessage::PaymentPart(p) => format!(
            "dont liquidation n°\u{A0}{}\u{A0}: frais {}, intérêts {}, principal {}",
            p.liquidation,
            euros(p.to_costs),
            euros(p.to_interest),
            euros(p.to_principal)
        ),
        BalanceMessage::Due { balance: b } => format!(
            "Solde dû le {}\u{A0}: principal {} + intérêts {} + frais {} = {} (sommes {}, intérêts courus {}, frais {}, payé {})",
            long_date(b.as_of, FR),
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
            "Prescrit à la date du décompte\u{A0}: {}, dont {} écarté du solde",
            euros(b.time_barred),
            euros(b.excluded)
        ),
        BalanceMessage::Rule(r) => {
            let unconfirmed = if r.confirmed { "" } else { ", NON CONFIRMÉE" };
            format!(
                "Prescription ({}{unconfirmed})\u{A0}: {}\u{202F}; {}. Non pris en compte\u{A0}: {}",
                r.rule,
                term(r.rule),
                typeset(r.source),
                caveat(r.rule)
            )
        }
        BalanceMessage::Imputation(regime) => format!(
            "Les paiements s’imputent d’abord sur la somme la plus ancienne (celle dont les intérêts ont couru les premiers\u{A0}: {}), puis, pour chacune, sur les frais, les intérêts, enfin le principal ({})\u{202F}; un paiement antérieur au point de départ des intérêts d’une somme réduit cette somme\u{202F}; les frais sont imputés avec la somme la plus ancienne.",
            oldest_first(regime),
            regime.imputation_source()
        ),
        BalanceMessage::Rounding => "Les intérêts courent du premier jour d’intérêts de chaque somme jusqu’à la veille de la date du décompte (tenue pour le jour du paiement, non compté\u{A0}: fiche service-public.fr F783)\u{202F}; chaque période est arrondie une fois au centime le plus proche, et les intérêts sont la somme des périodes arrondies\u{202F}; rien d’autre n’est arrondi.".to_string(),
        BalanceMessage::Unconfirmed => "Un taux ou une règle de prescription NON CONFIRMÉ a été utilisé (allow_unconfirmed = true)\u{A0}: le vérifier dans le texte publié.".to_string(),
    }
}

fn oldest_first(regime: Regime) -> &'static str {
    match regime {
        Regime::NlLegal | Regime::NlCommercial => "BW 6:43 lid 2",
        Regime::BeLegal => "ancien C. civ. art. 1256",
        Regime::FrLegal | Regime::EuEcb | Regime::Fixed => "C. civ. 1342-10",
    }
}

fn term(rule: Limitation) -> &'static str {
    match rule {
        Limitation::FrJudgment => {
            "dix ans à compter de la signification de la décision de liquidation (ou de la décision)"
        }
        Limitation::NlAwb => "un an après chaque jour encouru",
        Limitation::NlRv => "six mois après chaque jour encouru",
        Limitation::Be => "six mois à compter de chaque jour encouru",
    }
}

pub(super) fn caveat(rule: Limitation) -> &'static str {
    match rule {
        Limitation::FrJudgment => {
            "interruption par un acte d’exécution (commandement, saisie) ni suspension\u{202F}; l’action en liquidation, avant toute décision, se prescrit par cinq ans (C. civ. 2224\u{202F}; Cass. 2e civ., 21 mars 2019, n°\u{A0}17-22.241) à compter du jour où l’astreinte a pris effet, pour toute sa durée (Cass. 2e civ., 22 mai 2025, n°\u{A0}22-22.416)\u{A0}: sans objet ici, les sommes étant liquidées"
        }
        Limitation::NlAwb => {
            "interruption (BW 3:316, 3:317) ni suspension\u{202F}; la loi néerlandaise sur les délais (Algemene termijnenwet) n’est pas appliquée au dernier jour (non vérifié)"
        }
        Limitation::NlRv => {
            "suspension (611g lid 2-3) ni interruption (BW 3:316, 3:317)\u{202F}; la loi néerlandaise sur les délais (Algemene termijnenwet) n’est pas appliquée au dernier jour (non vérifié)"
        }
        Limitation::Be => {
            "NON CONFIRMÉ\u{A0}: le calcul des mois (C. jud. art. 52-54) n’a pas été vérifié\u{202F}; ni suspension ni interruption"
        }
    }
}

/// A source as the rule table cites it, with French spacing before its semicolons and after
/// `n°`.
pub(super) fn typeset(source: &str) -> String {
    source.replace("; ", "\u{202F}; ").replace("n° ", "n°\u{A0}")
}

fn euros(amount: Decimal) -> String {
    money_fixed(amount, Currency::EUR, FR)
}
