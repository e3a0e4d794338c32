//! Belgium: le taux d'intérêt légal en matière civile (loi du 5 mai 1865 relative au prêt à
//! intérêt, art. 2 § 1).
//!
//! Since 1 January 2007 (loi-programme du 27 décembre 2006, arts 87-88): one rate per calendar
//! year, the average one-year EURIBOR of the previous December rounded up to the quarter point,
//! plus 2 points, published by the Administration générale de la Trésorerie in the Moniteur
//! belge in January. From 1 September 1996 to 31 December 2006, a fixed 7 %.
//!
//! A new year: one row at the end, with the avis and its Moniteur belge date and numac, and a
//! lookup in the tests of `rates/mod.rs`.

use super::{RateRow, day, row};

#[rustfmt::skip]
pub(crate) const BE_LEGAL: &[RateRow] = &[
    row(day(1996, 9, 1), day(2006, 12, 31), 700, "Loi du 5 mai 1865, art. 2, fixed rate from 1 September 1996 (numac 1996003412)"),
    row(day(2007, 1, 1), day(2007, 12, 31), 600, "Avis, Moniteur belge du 17 janvier 2007 (numac 2007003016)"),
    row(day(2008, 1, 1), day(2008, 12, 31), 700, "Avis, Moniteur belge du 15 janvier 2008 (numac 2008003013)"),
    row(day(2009, 1, 1), day(2009, 12, 31), 550, "Avis, numac 2009003011 (Moniteur belge date not found)"),
    row(day(2010, 1, 1), day(2010, 12, 31), 325, "Avis, Moniteur belge du 15 janvier 2010 (numac 2010003017)"),
    row(day(2011, 1, 1), day(2011, 12, 31), 375, "Avis, Moniteur belge du 18 janvier 2011 (numac 2011003015)"),
    row(day(2012, 1, 1), day(2012, 12, 31), 425, "Avis, numac 2012003016 (Moniteur belge date not found)"),
    row(day(2013, 1, 1), day(2013, 12, 31), 275, "Avis, Moniteur belge du 9 janvier 2013 (numac 2013003002)"),
    row(day(2014, 1, 1), day(2014, 12, 31), 275, "Avis for 2014 (Moniteur belge date not found; rate per elfri.be and schoups.com)"),
    row(day(2015, 1, 1), day(2015, 12, 31), 250, "Avis for 2015 (Moniteur belge date not found; rate per elfri.be and schoups.com)"),
    row(day(2016, 1, 1), day(2016, 12, 31), 225, "Avis for 2016 (Moniteur belge date not found; rate per elfri.be and schoups.com)"),
    row(day(2017, 1, 1), day(2017, 12, 31), 200, "Avis for 2017 (Moniteur belge date not found; rate per elfri.be and schoups.com)"),
    row(day(2018, 1, 1), day(2018, 12, 31), 200, "Avis, Moniteur belge du 11 janvier 2018"),
    row(day(2019, 1, 1), day(2019, 12, 31), 200, "Avis for 2019 (Moniteur belge date not found; rate per schoups.com)"),
    row(day(2020, 1, 1), day(2020, 12, 31), 175, "Communication de l'Administration générale de la Trésorerie, Moniteur belge du 27 janvier 2020"),
    row(day(2021, 1, 1), day(2021, 12, 31), 175, "Avis for 2021 (Moniteur belge date not found; rate per immospector.kluwer.be)"),
    row(day(2022, 1, 1), day(2022, 12, 31), 150, "Avis for 2022 (Moniteur belge date not found; rate per immospector.kluwer.be and vjn-legal.be)"),
    row(day(2023, 1, 1), day(2023, 12, 31), 525, "Avis for 2023 (Moniteur belge date not found; rate per immospector.kluwer.be and vjn-legal.be)"),
    row(day(2024, 1, 1), day(2024, 12, 31), 575, "Avis, Moniteur belge du 23 février 2024"),
    row(day(2025, 1, 1), day(2025, 12, 31), 450, "Avis for 2025 (Moniteur belge date not found; rate per schoups.com)"),
    row(day(2026, 1, 1), day(2026, 12, 31), 450, "Avis for 2026, published in the Moniteur belge (date not found; rate per embuild.be)"),
];
