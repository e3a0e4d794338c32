//! The engine's notes (gaps, caps, a missing Dutch maximum...) in the reader's language.

use super::{Lang, medium_date, money};
use crate::report::{CapScope, Note};

/// `note` worded in `lang`. English is the note's own sentence, as in the JSON.
///
/// ```
/// use astreinte::lang::{note, Lang};
/// use astreinte::report::{CapScope, Note};
/// use rust_decimal::Decimal;
/// let reached = Note::CapReached {
///     scope: CapScope::Penalty(None),
///     cap: Decimal::from(50_000_000),
///     currency: "EUR".parse().unwrap(),
///     on: chrono::NaiveDate::from_ymd_opt(2022, 3, 27).unwrap(),
/// };
/// assert_eq!(note(&reached, Lang::En), "the cap of €50,000,000 was reached on 2022-03-27: nothing accrues after it");
/// assert_eq!(
///     note(&reached, Lang::Fr),
///     "le plafond de 50\u{202F}000\u{202F}000\u{A0}€ a été atteint le 27 mars 2022 : plus rien ne court ensuite"
/// );
/// ```
pub fn note(note: &Note, lang: Lang) -> String {
    if lang == Lang::En {
        return note.to_string();
    }
    let date = |d| medium_date(d, Lang::Fr);
    let named = |o: &Option<String>| o.as_deref().map(|o| format!(" ({o})")).unwrap_or_default();
    match note {
        Note::Gap {
            from,
            through,
            after,
            before,
        } => match after {
            Some(after) => format!(
                "du {} au {} : jours entre les liquidations {after} et {before}, restant à liquider, comptés comme non encore liquidés",
                date(*from),
                date(*through)
            ),
            None => format!(
                "du {} au {} : jours antérieurs à la liquidation {before}, restant à liquider, comptés comme non encore liquidés",
                date(*from),
                date(*through)
            ),
        },
        Note::NothingCounted { number, from, through } => format!(
            "la liquidation {number} (du {} au {}) ne compte aucun jour de retard",
            date(*from),
            date(*through)
        ),
        Note::CapReached {
            scope,
            cap,
            currency,
            on,
        } => format!(
            "{} de {} a été atteint le {} : plus rien ne court ensuite",
            scope_fr(scope),
            money(*cap, *currency, Lang::Fr),
            date(*on)
        ),
        Note::CapAhead {
            scope,
            cap,
            currency,
            on,
        } => format!(
            "{} de {} serait atteint le {} si la décision n'est toujours pas exécutée",
            scope_fr(scope),
            money(*cap, *currency, Lang::Fr),
            date(*on)
        ),
        Note::NoMaximum { obligation } => format!(
            "l'astreinte{} n'a pas de maximum : l'art. 5:32b al. 2 Awb impose à la décision d'en fixer un pour une dwangsom",
            named(obligation)
        ),
        Note::EarlyViolations {
            obligation,
            count,
            first_day,
        } => format!(
            "astreinte{} : {count} manquement(s) daté(s) d'avant son premier jour ({}) ne sont pas comptés",
            named(obligation),
            date(*first_day)
        ),
    }
}

fn scope_fr(scope: &CapScope) -> String {
    match scope {
        CapScope::Penalty(Some(o)) => format!("le plafond ({o})"),
        CapScope::Penalty(None) => "le plafond".into(),
        CapScope::Case => "le plafond de l'affaire".into(),
    }
}
