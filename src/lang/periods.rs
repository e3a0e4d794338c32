//! Liquidation periods in words: days still to be liquidated between liquidations (gaps), and
//! liquidations projected rather than pronounced.

use chrono::NaiveDate;

use super::{Lang, medium_date};
use crate::report::Status;

/// The name of a gap, the days of delay no liquidation covers before liquidation `before`.
///
/// ```
/// use astreinte::lang::{gap_label, Lang};
/// assert_eq!(gap_label(2, Lang::En), "Not yet liquidated, before liquidation #2");
/// assert_eq!(gap_label(2, Lang::Fr), "Non encore liquidé, avant la liquidation #2");
/// ```
pub fn gap_label(before: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Not yet liquidated, before liquidation #{before}"),
        Lang::Fr => format!("Non encore liquidé, avant la liquidation #{before}"),
    }
}

/// A liquidation's status in a table's awarded column: what was pronounced is shown as a sum
/// elsewhere, a projection is marked as such and never as an awarded figure.
///
/// ```
/// use astreinte::lang::{status_word, Lang};
/// use astreinte::report::Status;
/// assert_eq!(status_word(Status::Projected, Lang::En), "projected");
/// assert_eq!(status_word(Status::Projected, Lang::Fr), "projetée");
/// ```
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Pronounced => lang.tr("pronounced", "prononcée"),
        Status::Projected => lang.tr("projected", "projetée"),
    }
}

/// Why a liquidation is a projection, as of `as_of`.
///
/// ```
/// use astreinte::lang::{projected_because, Lang};
/// let d = chrono::NaiveDate::from_ymd_opt(2023, 5, 10).unwrap();
/// assert_eq!(projected_because(None, d, Lang::En), "projected: no decision date, so nothing was pronounced as of 10 May 2023");
/// assert_eq!(projected_because(Some(d.succ_opt().unwrap()), d, Lang::Fr), "projetée : décidée le 11 mai 2023, rien n'était prononcé au 10 mai 2023");
/// ```
pub fn projected_because(decided: Option<NaiveDate>, as_of: NaiveDate, lang: Lang) -> String {
    let date = |d| medium_date(d, lang);
    match (decided, lang) {
        (None, Lang::En) => format!(
            "projected: no decision date, so nothing was pronounced as of {}",
            date(as_of)
        ),
        (None, Lang::Fr) => format!(
            "projetée : sans date de décision, rien n'était prononcé au {}",
            date(as_of)
        ),
        (Some(d), Lang::En) => format!(
            "projected: decided on {}, nothing was pronounced as of {}",
            date(d),
            date(as_of)
        ),
        (Some(d), Lang::Fr) => format!(
            "projetée : décidée le {}, rien n'était prononcé au {}",
            date(d),
            date(as_of)
        ),
    }
}

/// The label of the projected liquidations' total.
///
/// ```
/// use astreinte::lang::{projected_total, Lang};
/// assert_eq!(projected_total(Lang::En), "projected (not pronounced)");
/// assert_eq!(projected_total(Lang::Fr), "projeté (non prononcé)");
/// ```
pub fn projected_total(lang: Lang) -> &'static str {
    lang.tr("projected (not pronounced)", "projeté (non prononcé)")
}
