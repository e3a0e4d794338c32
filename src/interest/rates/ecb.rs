//! The ECB's rate on its main refinancing operations (MRO), for `eu-ecb`.
//!
//! Each row runs from the first operation at a new rate to the day before the next change.
//! From 28 June 2000 to 14 October 2008 the operations were variable-rate tenders: the figure
//! below is then the minimum bid rate, while the figure the EU uses ("as published in the C
//! series of the Official Journal") was the marginal rate of the last operation (3.56 % on
//! 1 March 2007 against a 3.50 % minimum bid): those rows are unconfirmed for this use, as are
//! rows whose date of change was not found. From 15 October 2008, fixed-rate tenders with full
//! allotment: the rate is the one the Governing Council set.
//!
//! Sources: the Banque de France table of policy rates (2000-2024); ECB press releases where
//! named; from December 2024, a public data file and press reports.
//!
//! A change: end the last row the day before the first operation at the new rate, add a row,
//! and look it up in the tests of `rates/mod.rs`.

use super::{RateRow, day, row, unconfirmed};

const TENDER: &str = "UNCONFIRMED for eu-ecb: minimum bid rate of a variable-rate tender; the Official Journal figure (the marginal rate) was not found";

#[rustfmt::skip]
pub(crate) const ECB_MRO: &[RateRow] = &[
    unconfirmed(day(1999, 1, 7), day(1999, 4, 13), 300, "UNCONFIRMED: first MRO of 7 January 1999 (ECB table not retrieved)"),
    unconfirmed(day(1999, 4, 14), day(1999, 11, 9), 250, "UNCONFIRMED date: level per ECB press release of 22 April 1999"),
    unconfirmed(day(1999, 11, 10), day(2000, 2, 8), 300, "UNCONFIRMED"),
    row(day(2000, 2, 9), day(2000, 3, 21), 325, "ECB decision, MRO from 9 February 2000 (Banque de France table)"),
    row(day(2000, 3, 22), day(2000, 5, 3), 350, "ECB decision, MRO from 22 March 2000 (Banque de France table)"),
    row(day(2000, 5, 4), day(2000, 6, 14), 375, "ECB decision, MRO from 4 May 2000 (Banque de France table)"),
    row(day(2000, 6, 15), day(2000, 6, 27), 425, "ECB decision, MRO from 15 June 2000 (Banque de France table; ECB press release of 21 June 2000)"),
    unconfirmed(day(2000, 6, 28), day(2000, 9, 5), 425, TENDER),
    unconfirmed(day(2000, 9, 6), day(2000, 10, 10), 450, TENDER),
    unconfirmed(day(2000, 10, 11), day(2001, 5, 14), 475, TENDER),
    unconfirmed(day(2001, 5, 15), day(2001, 9, 4), 450, TENDER),
    unconfirmed(day(2001, 9, 5), day(2001, 9, 18), 425, TENDER),
    unconfirmed(day(2001, 9, 19), day(2001, 11, 13), 375, TENDER),
    unconfirmed(day(2001, 11, 14), day(2002, 12, 10), 325, TENDER),
    unconfirmed(day(2002, 12, 11), day(2003, 3, 11), 275, TENDER),
    unconfirmed(day(2003, 3, 12), day(2003, 6, 8), 250, TENDER),
    unconfirmed(day(2003, 6, 9), day(2005, 12, 5), 200, TENDER),
    unconfirmed(day(2005, 12, 6), day(2006, 3, 7), 225, TENDER),
    unconfirmed(day(2006, 3, 8), day(2006, 6, 14), 250, TENDER),
    unconfirmed(day(2006, 6, 15), day(2006, 8, 8), 275, TENDER),
    unconfirmed(day(2006, 8, 9), day(2006, 10, 10), 300, TENDER),
    unconfirmed(day(2006, 10, 11), day(2006, 12, 12), 325, TENDER),
    unconfirmed(day(2006, 12, 13), day(2007, 3, 13), 350, TENDER),
    unconfirmed(day(2007, 3, 14), day(2007, 6, 12), 375, TENDER),
    unconfirmed(day(2007, 6, 13), day(2008, 7, 8), 400, TENDER),
    unconfirmed(day(2008, 7, 9), day(2008, 10, 14), 425, TENDER),
    row(day(2008, 10, 15), day(2008, 11, 11), 375, "ECB decision, fixed-rate tenders with full allotment from 15 October 2008 (Banque de France table)"),
    row(day(2008, 11, 12), day(2008, 12, 9), 325, "ECB decision, MRO from 12 November 2008 (Banque de France table)"),
    row(day(2008, 12, 10), day(2009, 1, 20), 250, "ECB decision, MRO from 10 December 2008 (Banque de France table)"),
    row(day(2009, 1, 21), day(2009, 3, 10), 200, "ECB decision, MRO from 21 January 2009 (Banque de France table)"),
    row(day(2009, 3, 11), day(2009, 4, 7), 150, "ECB decision, MRO from 11 March 2009 (Banque de France table)"),
    row(day(2009, 4, 8), day(2009, 5, 12), 125, "ECB decision, MRO from 8 April 2009 (Banque de France table)"),
    row(day(2009, 5, 13), day(2011, 4, 12), 100, "ECB decision, MRO from 13 May 2009 (Banque de France table)"),
    row(day(2011, 4, 13), day(2011, 7, 12), 125, "ECB decision, MRO from 13 April 2011 (Banque de France table)"),
    row(day(2011, 7, 13), day(2011, 11, 8), 150, "ECB decision, MRO from 13 July 2011 (Banque de France table)"),
    row(day(2011, 11, 9), day(2011, 12, 13), 125, "ECB decision, MRO from 9 November 2011 (Banque de France table)"),
    row(day(2011, 12, 14), day(2012, 7, 10), 100, "ECB decision, MRO from 14 December 2011 (Banque de France table)"),
    row(day(2012, 7, 11), day(2013, 5, 7), 75, "ECB decision, MRO from 11 July 2012 (Banque de France table)"),
    row(day(2013, 5, 8), day(2013, 11, 12), 50, "ECB decision, MRO from 8 May 2013 (Banque de France table)"),
    row(day(2013, 11, 13), day(2014, 6, 10), 25, "ECB decision, MRO from 13 November 2013 (Banque de France table)"),
    row(day(2014, 6, 11), day(2014, 9, 9), 15, "ECB decision, MRO from 11 June 2014 (Banque de France table)"),
    row(day(2014, 9, 10), day(2016, 3, 15), 5, "ECB decision, MRO from 10 September 2014 (Banque de France table; OJ C: 0.05 % on 1 February 2016)"),
    row(day(2016, 3, 16), day(2022, 7, 26), 0, "ECB decision, MRO from 16 March 2016 (Banque de France table; DNB)"),
    row(day(2022, 7, 27), day(2022, 9, 13), 50, "ECB decision, MRO from 27 July 2022 (Banque de France table)"),
    row(day(2022, 9, 14), day(2022, 11, 1), 125, "ECB decision, MRO from 14 September 2022 (Banque de France table)"),
    row(day(2022, 11, 2), day(2022, 12, 20), 200, "ECB decision, MRO from 2 November 2022 (Banque de France table)"),
    row(day(2022, 12, 21), day(2023, 2, 7), 250, "ECB decision, MRO from 21 December 2022 (Banque de France table)"),
    row(day(2023, 2, 8), day(2023, 3, 21), 300, "ECB decision, MRO from 8 February 2023 (Banque de France table)"),
    row(day(2023, 3, 22), day(2023, 5, 9), 350, "ECB decision, MRO from 22 March 2023 (Banque de France table)"),
    row(day(2023, 5, 10), day(2023, 6, 20), 375, "ECB decision, MRO from 10 May 2023 (Banque de France table)"),
    row(day(2023, 6, 21), day(2023, 8, 1), 400, "ECB decision, MRO from 21 June 2023 (Banque de France table)"),
    row(day(2023, 8, 2), day(2023, 9, 19), 425, "ECB decision, MRO from 2 August 2023 (Banque de France table)"),
    row(day(2023, 9, 20), day(2024, 6, 11), 450, "ECB decision, MRO from 20 September 2023 (Banque de France table)"),
    row(day(2024, 6, 12), day(2024, 9, 17), 425, "ECB decision, MRO from 12 June 2024 (Banque de France table)"),
    row(day(2024, 9, 18), day(2024, 10, 22), 365, "ECB decision, MRO from 18 September 2024 (Banque de France table)"),
    row(day(2024, 10, 23), day(2024, 12, 17), 340, "ECB decision, MRO from 23 October 2024 (Banque de France table)"),
    row(day(2024, 12, 18), day(2025, 2, 4), 315, "ECB decision, MRO from 18 December 2024 (a public data file; fxstreet.com: 3.15 % after the December 2024 meeting)"),
    row(day(2025, 2, 5), day(2025, 3, 11), 290, "ECB decision, MRO from 5 February 2025 (a public data file)"),
    row(day(2025, 3, 12), day(2025, 4, 22), 265, "ECB decision of 6 March 2025, MRO from 12 March 2025 (a public data file)"),
    row(day(2025, 4, 23), day(2025, 6, 10), 240, "ECB decision, MRO from 23 April 2025 (a public data file)"),
    row(day(2025, 6, 11), day(2025, 12, 31), 215, "ECB decision, MRO from 11 June 2025 (a public data file); unchanged on 24 July 2025 (econostream-media.com) and on 18 December 2025, the fourth hold in a row (aa.com.tr)"),
    unconfirmed(day(2026, 1, 1), day(2026, 6, 16), 215, "UNCONFIRMED: no decision found after 18 December 2025; 2.15 % assumed until the change a single public source file places on 17 June 2026"),
    unconfirmed(day(2026, 6, 17), day(2026, 9, 15), 240, "UNCONFIRMED: 2.40 % from 17 June 2026 to 15 September 2026 per a single comment in a public source file"),
];
