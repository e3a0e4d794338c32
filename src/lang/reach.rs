//! Why an accrued amount never reaches a figure (`astreinte when`), in each language.

use rust_decimal::Decimal;

use super::{Lang, medium_date, money, short_date};
use crate::money::Currency;
use crate::report::Stop;

/// Why the amount stops short, with the most it comes to (`most`). The English is also the
/// JSON's `never`.
///
/// ```
/// use astreinte::lang::{never_reached, Lang};
/// use astreinte::report::Stop;
/// use rust_decimal::Decimal;
/// let eur = "EUR".parse().unwrap();
/// let most = Decimal::from(50_000_000);
/// assert_eq!(never_reached(Stop::Cap, most, eur, Lang::En), "the cap holds the total at €50,000,000");
/// assert_eq!(
///     never_reached(Stop::Cap, most, eur, Lang::Fr),
///     "le plafond arrête le total à 50\u{202F}000\u{202F}000\u{A0}€"
/// );
/// ```
pub fn never_reached(stop: Stop, most: Decimal, currency: Currency, lang: Lang) -> String {
    let most = money(most, currency, lang);
    // The latest day searched: the last supported date.
    let horizon = crate::dates::LAST;
    match (stop, lang) {
        (Stop::Cap, Lang::En) => format!("the cap holds the total at {most}"),
        (Stop::Cap, Lang::Fr) => format!("le plafond arrête le total à {most}"),
        (Stop::End, Lang::En) => format!("the penalties end (compliance or the last violation) at {most}"),
        (Stop::End, Lang::Fr) => {
            format!("les astreintes cessent de courir (exécution ou dernier manquement) à {most}")
        }
        (Stop::Horizon, Lang::En) => format!("not before {}: the total is then {most}", short_date(horizon, lang)),
        (Stop::Horizon, Lang::Fr) => format!(
            "pas avant le {} : le total est alors de {most}",
            medium_date(horizon, lang)
        ),
    }
}
