//! France: le taux de l'intérêt légal (Code monétaire et financier, art. L313-2).
//!
//! Until 31 December 2014 one rate per calendar year, fixed by décret (CMF L313-2 in its
//! version of 1 January 2001). From 1 January 2015 two rates per semester, fixed by arrêté
//! (CMF L313-2 as amended by ordonnance n° 2014-947 du 20 août 2014; CMF D313-1-A): one when
//! the creditor is a natural person not acting for professional needs (`individual`), one in
//! all other cases (`other`). Each arrêté enters into force on 1 January or 1 July; each décret
//! applied from 1 January of its year although published in February or March.
//!
//! Sources were cross-checked against the Trésor's table (2011-2020 S1), the service-public.fr
//! tables (2015 S1-2025 S2), ADIL 34 (1994-2007) and aeccompta.com (2009-2020), which agree on
//! every figure here (aeccompta's 2018 S1 and 2019 S1 `other` figures, 0.88 % and 0.76 %, are
//! misprints: the Trésor and service-public give 0.89 % and 0.86 %).
//!
//! A new semester: add one row to [`FR_INDIVIDUAL`] and one to [`FR_OTHER`], with the arrêté,
//! its JORF date and its NOR, and extend `the_latest_semesters_are_as_published` in
//! `rates/mod.rs`.

use super::{RateRow, day, row, unconfirmed};
use chrono::NaiveDate;

/// The first day of the two rates (CMF L313-2 as amended by ordonnance n° 2014-947).
pub(crate) const FR_TWO_RATES_FROM: NaiveDate = day(2015, 1, 1);

/// One rate a year, for every creditor (until 31 December 2014).
#[rustfmt::skip]
pub(crate) const FR_ANNUAL: &[RateRow] = &[
    row(day(1999, 1, 1), day(1999, 12, 31), 347, "Décret n° 99-71 du 3 février 1999, art. 1 (JORFARTI000001175934)"),
    row(day(2000, 1, 1), day(2000, 12, 31), 274, "Décret n° 2000-133 du 16 février 2000 (JORF page not found)"),
    row(day(2001, 1, 1), day(2001, 12, 31), 426, "Décret n° 2001-138 du 12 février 2001 (JORF page not found)"),
    row(day(2002, 1, 1), day(2002, 12, 31), 426, "Décret n° 2002-159 du 8 février 2002 (JORF page not found)"),
    row(day(2003, 1, 1), day(2003, 12, 31), 329, "Décret n° 2003-201 du 10 mars 2003 (JORF page not found)"),
    row(day(2004, 1, 1), day(2004, 12, 31), 227, "Décret du 13 février 2004 (number and JORF page not found; rate per the Trésor, ADIL 34 and finyear tables)"),
    row(day(2005, 1, 1), day(2005, 12, 31), 205, "Décret n° 2005-130 du 10 février 2005 (JORF page not found)"),
    row(day(2006, 1, 1), day(2006, 12, 31), 211, "Décret for 2006 (number and JORF page not found; rate per the ADIL 34 and lafinancepourtous tables)"),
    row(day(2007, 1, 1), day(2007, 12, 31), 295, "Décret for 2007 (number and JORF page not found; rate per the ADIL 34 and lafinancepourtous tables)"),
    row(day(2008, 1, 1), day(2008, 12, 31), 399, "Décret n° 2008-166 du 21 février 2008 (JORF page not found)"),
    row(day(2009, 1, 1), day(2009, 12, 31), 379, "Décret n° 2009-138 du 9 février 2009, JORF n° 0035 du 11 février 2009, p. 2427 (NOR ECET0831459D)"),
    row(day(2010, 1, 1), day(2010, 12, 31), 65, "Décret n° 2010-127 du 10 février 2010, JORF du 11 février 2010"),
    row(day(2011, 1, 1), day(2011, 12, 31), 38, "Décret n° 2011-137 du 1er février 2011 (JORF page not found)"),
    row(day(2012, 1, 1), day(2012, 12, 31), 71, "Décret n° 2012-182 du 7 février 2012, JORF n° 0033 du 8 février 2012, p. 2244 (NOR EFIT1200426D)"),
    row(day(2013, 1, 1), day(2013, 12, 31), 4, "Décret n° 2013-178 du 27 février 2013, JORF n° 0051 du 1er mars 2013, p. 3818 (NOR EFIT1300685D)"),
    row(day(2014, 1, 1), day(2014, 12, 31), 4, "Décret n° 2014-98 du 4 février 2014, JORF du 6 février 2014, p. 2153"),
];

/// Creditor a natural person not acting for professional needs (from 1 January 2015).
#[rustfmt::skip]
pub(crate) const FR_INDIVIDUAL: &[RateRow] = &[
    row(day(2015, 1, 1), day(2015, 6, 30), 406, "Arrêté du 23 décembre 2014, JORF du 27 décembre 2014"),
    row(day(2015, 7, 1), day(2015, 12, 31), 429, "Arrêté du 24 juin 2015 (JORF page not found)"),
    row(day(2016, 1, 1), day(2016, 6, 30), 454, "Arrêté du 23 décembre 2015, JORF du 27 décembre 2015, p. 24148"),
    row(day(2016, 7, 1), day(2016, 12, 31), 435, "Arrêté du 24 juin 2016, JORF du 26 juin 2016, texte 13 (NOR FCPT1616058A)"),
    row(day(2017, 1, 1), day(2017, 6, 30), 416, "Arrêté du 29 décembre 2016 (JORF page not found)"),
    row(day(2017, 7, 1), day(2017, 12, 31), 394, "Arrêté du 26 juin 2017, JORF n° 0152 du 30 juin 2017, texte 23 (NOR ECOT1718314A)"),
    row(day(2018, 1, 1), day(2018, 6, 30), 373, "Arrêté du 28 décembre 2017 (JORF page not found)"),
    row(day(2018, 7, 1), day(2018, 12, 31), 360, "Arrêté du 27 juin 2018, JORF du 28 juin 2018"),
    row(day(2019, 1, 1), day(2019, 6, 30), 340, "Arrêté du 21 décembre 2018, JORF du 30 décembre 2018"),
    row(day(2019, 7, 1), day(2019, 12, 31), 326, "Arrêté du 26 juin 2019 (NOR ECOT1918289A)"),
    row(day(2020, 1, 1), day(2020, 6, 30), 315, "Arrêté du 23 décembre 2019, JORF du 26 décembre 2019 (NOR ECOT1936356A)"),
    row(day(2020, 7, 1), day(2020, 12, 31), 311, "Arrêté du 15 juin 2020, JORF du 18 juin 2020"),
    row(day(2021, 1, 1), day(2021, 6, 30), 314, "Arrêté du 21 décembre 2020 (JORF page not found)"),
    row(day(2021, 7, 1), day(2021, 12, 31), 312, "Arrêté du 16 juin 2021, JORF du 25 juin 2021"),
    row(day(2022, 1, 1), day(2022, 6, 30), 313, "Arrêté du 26 décembre 2021, JORF du 28 décembre 2021 (NOR ECOT2138139A)"),
    row(day(2022, 7, 1), day(2022, 12, 31), 315, "Arrêté du 27 juin 2022 (JORF page not found)"),
    row(day(2023, 1, 1), day(2023, 6, 30), 447, "Arrêté du 26 décembre 2022 (JORFARTI000046829012)"),
    row(day(2023, 7, 1), day(2023, 12, 31), 682, "Arrêté du 27 juin 2023, JORF n° 0150 du 30 juin 2023 (NOR ECOT2317028A)"),
    row(day(2024, 1, 1), day(2024, 6, 30), 801, "Arrêté of December 2023 (date not found; JORF du 24 décembre 2023 per one secondary source)"),
    row(day(2024, 7, 1), day(2024, 12, 31), 816, "Arrêté du 26 juin 2024 (JORF page not found)"),
    row(day(2025, 1, 1), day(2025, 6, 30), 721, "Arrêté du 17 décembre 2024 (JORF page not found)"),
    row(day(2025, 7, 1), day(2025, 12, 31), 665, "Arrêté du 19 juin 2025, JORF du 24 juin 2025 (NOR ECOT2516925A)"),
    row(day(2026, 1, 1), day(2026, 6, 30), 667, "Arrêté du 15 décembre 2025, JORF n° 0302 du 26 décembre 2025"),
];

/// Every other creditor (from 1 January 2015).
#[rustfmt::skip]
pub(crate) const FR_OTHER: &[RateRow] = &[
    row(day(2015, 1, 1), day(2015, 6, 30), 93, "Arrêté du 23 décembre 2014, JORF du 27 décembre 2014"),
    row(day(2015, 7, 1), day(2015, 12, 31), 99, "Arrêté du 24 juin 2015 (JORF page not found)"),
    row(day(2016, 1, 1), day(2016, 6, 30), 101, "Arrêté du 23 décembre 2015, JORF du 27 décembre 2015, p. 24148"),
    row(day(2016, 7, 1), day(2016, 12, 31), 93, "Arrêté du 24 juin 2016, JORF du 26 juin 2016, texte 13 (NOR FCPT1616058A)"),
    row(day(2017, 1, 1), day(2017, 6, 30), 90, "Arrêté du 29 décembre 2016 (JORF page not found)"),
    row(day(2017, 7, 1), day(2017, 12, 31), 90, "Arrêté du 26 juin 2017, JORF n° 0152 du 30 juin 2017, texte 23 (NOR ECOT1718314A)"),
    row(day(2018, 1, 1), day(2018, 6, 30), 89, "Arrêté du 28 décembre 2017 (JORF page not found)"),
    row(day(2018, 7, 1), day(2018, 12, 31), 88, "Arrêté du 27 juin 2018, JORF du 28 juin 2018"),
    row(day(2019, 1, 1), day(2019, 6, 30), 86, "Arrêté du 21 décembre 2018, JORF du 30 décembre 2018"),
    row(day(2019, 7, 1), day(2019, 12, 31), 87, "Arrêté du 26 juin 2019 (NOR ECOT1918289A)"),
    row(day(2020, 1, 1), day(2020, 6, 30), 87, "Arrêté du 23 décembre 2019, JORF du 26 décembre 2019 (NOR ECOT1936356A)"),
    row(day(2020, 7, 1), day(2020, 12, 31), 84, "Arrêté du 15 juin 2020, JORF du 18 juin 2020"),
    row(day(2021, 1, 1), day(2021, 6, 30), 79, "Arrêté du 21 décembre 2020 (JORF page not found)"),
    row(day(2021, 7, 1), day(2021, 12, 31), 76, "Arrêté du 16 juin 2021, JORF du 25 juin 2021"),
    row(day(2022, 1, 1), day(2022, 6, 30), 76, "Arrêté du 26 décembre 2021, JORF du 28 décembre 2021 (NOR ECOT2138139A)"),
    row(day(2022, 7, 1), day(2022, 12, 31), 77, "Arrêté du 27 juin 2022 (JORF page not found)"),
    row(day(2023, 1, 1), day(2023, 6, 30), 206, "Arrêté du 26 décembre 2022 (JORFARTI000046829012)"),
    row(day(2023, 7, 1), day(2023, 12, 31), 422, "Arrêté du 27 juin 2023, JORF n° 0150 du 30 juin 2023 (NOR ECOT2317028A)"),
    row(day(2024, 1, 1), day(2024, 6, 30), 507, "Arrêté of December 2023 (date not found; JORF du 24 décembre 2023 per one secondary source)"),
    row(day(2024, 7, 1), day(2024, 12, 31), 492, "Arrêté du 26 juin 2024 (JORF page not found)"),
    row(day(2025, 1, 1), day(2025, 6, 30), 371, "Arrêté du 17 décembre 2024 (JORF page not found)"),
    row(day(2025, 7, 1), day(2025, 12, 31), 276, "Arrêté du 19 juin 2025, JORF du 24 juin 2025 (NOR ECOT2516925A)"),
    row(day(2026, 1, 1), day(2026, 6, 30), 262, "Arrêté du 15 décembre 2025, JORF n° 0302 du 26 décembre 2025"),
    unconfirmed(
        day(2026, 7, 1),
        day(2026, 12, 31),
        275,
        "UNCONFIRMED: \"arrêté du 26 juin 2026, JORF du 30 juin 2026\" per a single comment in a public source file; the arrêté was not found",
    ),
];
