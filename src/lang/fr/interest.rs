//! `astreinte interest` in French: its lines, and the conventions its figures rest on.

use rust_decimal::Decimal;

use super::FR;
use crate::interest::{Basis, Creditor, Period, Regime};
use crate::lang::message::{InterestMessage, InterestNote};
use crate::lang::{group, long_date, money_fixed, short_date};
use crate::money::Currency;

pub(super) fn message(message: InterestMessage<'_>) -> String {
    match message {
        InterestMessage::Heading {
            regime,
            creditor,
            principal,
            from,
            through,
            basis,
        } => {
            let creditor = creditor.map(|c| format!(", {}", creditor_words(c))).unwrap_or_default();
            format!(
                "Intérêts {regime}{creditor} sur {} du {} au {} inclus ({} jours), {}",
                euros(principal),
                long_date(from, FR),
                long_date(through, FR),
                group((through - from).num_days() + 1, FR),
                basis.code(),
            )
        }
        InterestMessage::Capitalised {
            capitalisation: c,
            source,
        } => format!(
            "{}\u{A0}: {} d’intérêts capitalisés, principal porté à {} ({source})",
            short_date(c.date, FR),
            euros(c.amount),
            euros(c.principal)
        ),
        InterestMessage::Payment { payment: p, source } => {
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
                "{}\u{A0}: paiement de {}, {} ({source})",
                short_date(p.date, FR),
                euros(p.amount),
                parts.join(", ")
            )
        }
        InterestMessage::Period { period: p, basis } => format!(
            "du {} au {}, {} jours{}, taux {}, base {} = {}{}",
            short_date(p.from, FR),
            short_date(p.through, FR),
            group(p.days, FR),
            year(p, basis),
            percent(p.rate),
            euros(p.base),
            euros(p.amount),
            unconfirmed(p)
        ),
        InterestMessage::Sources(p) => {
            let rate = format!("{}\u{A0}: {}", percent(p.base_rate), p.rate_source);
            match p.points_source {
                Some(points) => format!(
                    "{rate}\u{202F}; + {} points\u{A0}: {points}",
                    figure(p.points.normalize())
                ),
                None => rate,
            }
        }
        InterestMessage::Total(report) => {
            let total = euros(report.total);
            match report.periods.len() {
                0 => format!("Intérêts\u{A0}: {total}"),
                1..=12 => {
                    let parts: Vec<String> = report.periods.iter().map(|p| figure(p.amount)).collect();
                    format!("Intérêts\u{A0}: {} = {total}", parts.join(" + "))
                }
                n => format!("Intérêts\u{A0}: {total} (somme des {n} périodes, chacune arrondie au centime)"),
            }
        }
        InterestMessage::Owed {
            on,
            principal,
            interest,
            costs,
            total,
        } => {
            let costs = if costs.is_zero() {
                String::new()
            } else {
                format!(" + frais {}", euros(costs))
            };
            format!(
                "Restant dû le {}\u{A0}: principal {} + intérêts {}{costs} = {}",
                long_date(on, FR),
                euros(principal),
                euros(interest),
                total.map(euros).unwrap_or_default()
            )
        }
        InterestMessage::Note(note) => self::note(note),
    }
}

/// An amount in euros: `2 000,00 €`.
fn euros(amount: Decimal) -> String {
    money_fixed(amount, Currency::EUR, FR)
}

/// An amount without its currency, as the parts of a sum are written: `14,34`.
fn figure(amount: Decimal) -> String {
    amount.to_string().replace('.', ",")
}

/// `4,29 %`.
fn percent(rate: Decimal) -> String {
    format!("{}\u{A0}%", figure(rate.normalize()))
}

/// The days of the year a period's rate is divided by, when the basis counts them.
fn year(p: &Period, basis: Basis) -> String {
    match basis {
        Basis::Act365 => String::new(),
        Basis::ActAct => format!("/{}", p.year_days),
    }
}

fn unconfirmed(p: &Period) -> &'static str {
    if p.confirmed { "" } else { " [NON CONFIRMÉ]" }
}

fn creditor_words(c: Creditor) -> &'static str {
    match c {
        Creditor::Individual => "créancier personne physique n’agissant pas pour des besoins professionnels",
        Creditor::Other => "autre créancier",
    }
}

fn note(note: InterestNote<'_>) -> String {
    match note {
        InterestNote::DaysCounted => "jours comptés du premier jour d’intérêts au dernier, tous deux inclus (avec --until, le jour du paiement n’est pas compté\u{A0}: service-public.fr, fiche F783).".into(),
        InterestNote::Basis(Basis::Act365) => "chaque période\u{A0}: base × jours × taux / 36 500, 365 jours même en année bissextile (service-public.fr, fiches F783 et F20688)\u{202F}; arrondie une fois au centime le plus proche, la moitié vers le haut\u{202F}; le total est la somme des périodes arrondies.".into(),
        InterestNote::Basis(Basis::ActAct) => "chaque période\u{A0}: base × jours × taux / (100 × jours de son année civile\u{A0}: 366 en année bissextile) (exact/exact\u{202F}; service-public.fr retient 365)\u{202F}; arrondie une fois au centime, la moitié vers le haut\u{202F}; le total est la somme des périodes arrondies.".into(),
        InterestNote::Majoration {
            enforceable: Some(enforceable),
            from: Some(from),
            ..
        } => format!(
            "CMF L313-3\u{A0}: taux majoré de 5 points à compter du {}, lendemain de l’expiration des deux mois suivant le {}, jour où la décision est devenue exécutoire (CPC art. 641\u{A0}: même quantième, ou dernier jour du mois).",
            short_date(from, FR),
            short_date(enforceable, FR)
        ),
        InterestNote::Majoration { waived: true, .. } => {
            "CMF L313-3\u{A0}: le juge a exonéré le débiteur de la majoration (--no-majoration).".into()
        }
        InterestNote::Majoration { .. } => "CMF L313-3\u{A0}: pas de majoration, faute de date à laquelle la décision est devenue exécutoire (--enforceable).".into(),
        InterestNote::ReferenceDay { date, rule } => format!(
            "le taux de la BCE du {} vaut pour toute la période ({rule}).",
            short_date(date, FR)
        ),
        InterestNote::Capitalisation {
            anchor: Some(anchor),
            regime,
        } => format!(
            "les intérêts non payés sont capitalisés à chaque anniversaire du {} (29 février\u{A0}: 28 février les autres années) ({}).",
            short_date(anchor, FR),
            regime.capitalisation_source()
        ),
        InterestNote::Capitalisation {
            anchor: None,
            regime: Regime::FrLegal,
        } => "pas de capitalisation\u{A0}: C. civ. 1343-2 ne capitalise que si le contrat ou une décision le prévoit (--capitalise).".into(),
        InterestNote::Capitalisation { anchor: None, regime } => {
            format!("intérêts simples\u{A0}: {}.", regime.capitalisation_source())
        }
        InterestNote::Imputation(regime) => format!(
            "les paiements s’imputent sur les frais, puis les intérêts, puis le principal, qu’ils réduisent dès leur date ({}).",
            regime.imputation_source()
        ),
        InterestNote::Unconfirmed => "des taux NON CONFIRMÉS ont été utilisés (--allow-unconfirmed)\u{A0}: les périodes ainsi marquées reposent sur un taux introuvable dans un texte publié.".into(),
    }
}
