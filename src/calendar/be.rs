//! Belgium: the ten public holidays of the loi du 4 janvier 1974 relative aux jours fériés and its
//! arrêté royal du 18 avril 1974, art. 1 (the "jours fériés légaux" of Code judiciaire art. 53).
//!
//! Names are in French, with English.
//!
//! Not modelled:
//! - history before 1974 (the same ten days are applied to every year; the rules before the 1974
//!   law were not researched);
//! - replacement days (*jours de remplacement*) that employers grant when a holiday falls on a
//!   Sunday or on another holiday (for 2008, when Ascension fell on 1 May, a royal decree fixed a
//!   replacement day for workers): these are days off for employees, not public holidays;
//! - Easter Sunday and Whit Sunday, which the Python `holidays` package lists but the arrêté
//!   royal does not (they are Sundays anyway).

use super::builder::YearList;

/// Belgium, arrêté royal du 18 avril 1974 art. 1.
pub(crate) fn belgium(list: &mut YearList) {
    list.fixed(1, 1, "Nouvel An", "New Year's Day");
    list.easter(1, "Lundi de Pâques", "Easter Monday");
    list.fixed(5, 1, "Fête du Travail", "Labour Day");
    list.easter(39, "Ascension", "Ascension Day");
    list.easter(50, "Lundi de Pentecôte", "Whit Monday");
    list.fixed(7, 21, "Fête nationale", "Belgian National Day");
    list.fixed(8, 15, "Assomption", "Assumption Day");
    list.fixed(11, 1, "Toussaint", "All Saints' Day");
    list.fixed(11, 11, "Armistice", "Armistice Day");
    list.fixed(12, 25, "Noël", "Christmas Day");
}

#[cfg(test)]
mod tests {
    use crate::calendar::{CalendarId, holidays};

    #[test]
    fn belgium_2023() {
        let list = holidays(CalendarId::Be, 2023).expect("supported year");
        let dates: Vec<String> = list.iter().map(|h| h.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2023-01-01",
                "2023-04-10",
                "2023-05-01",
                "2023-05-18",
                "2023-05-29",
                "2023-07-21",
                "2023-08-15",
                "2023-11-01",
                "2023-11-11",
                "2023-12-25"
            ]
        );
        assert_eq!(list[5].name, "Fête nationale");
        assert_eq!(list[5].name_en, "Belgian National Day");
    }
}
