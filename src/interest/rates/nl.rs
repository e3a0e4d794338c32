//! The Netherlands: de wettelijke rente (BW 6:119) and de wettelijke handelsrente (BW 6:119a).
//!
//! The 6:119 rate is fixed by algemene maatregel van bestuur (BW 6:120 lid 1): since 2007 it
//! changes, when it does, on 1 January or 1 July (the ECB main refinancing rate at the end of
//! October or April plus 2.25 points, rounded to a whole percent, moves of at most 2 points:
//! the nota van toelichting of each Besluit). Running interest switches to a new rate on the
//! day it enters into force (6:120 lid 1).
//!
//! The 6:119a rate is set by law, without a Besluit (BW 6:120 lid 2): the ECB rate of the
//! most recent main refinancing operation before 1 January or 1 July, plus 7 points, plus 8
//! points since the implementation of Directive 2011/7/EU. Rows "derived" apply that rule to
//! the ECB table ([`super::ECB_MRO`]); a test checks that every confirmed row agrees with it.
//!
//! A new half-year: one row at the end of the table, with the Besluit and its Staatsblad (6:119)
//! or the ECB rate it derives from (6:119a), and a lookup in the tests of `rates/mod.rs`.

use super::{RateRow, day, row, unconfirmed};

/// Wettelijke rente, BW 6:119 (non-commercial transactions).
#[rustfmt::skip]
pub(crate) const NL_LEGAL: &[RateRow] = &[
    row(day(1998, 1, 1), day(2000, 12, 31), 600, "Wettelijke rente 6 % (Besluit and Staatsblad not found; rate per the Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2001, 1, 1), day(2001, 12, 31), 800, "Wettelijke rente 8 % (Besluit and Staatsblad not found; rate per the Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2002, 1, 1), day(2003, 7, 31), 700, "Wettelijke rente 7 % (Besluit and Staatsblad not found; rate per the Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2003, 8, 1), day(2004, 1, 31), 500, "Besluit van 3 juli 2003, Stb. 2003, 280"),
    row(day(2004, 2, 1), day(2006, 12, 31), 400, "Besluit van 15 januari 2004, Stb. 2004, 13"),
    row(day(2007, 1, 1), day(2009, 6, 30), 600, "Besluit van 11 december 2006, Stb. 2006, 700"),
    row(day(2009, 7, 1), day(2009, 12, 31), 400, "Besluit van 19 juni 2009, Stb. 2009, 262"),
    row(day(2010, 1, 1), day(2011, 6, 30), 300, "Besluit van 23 december 2009, Stb. 2009, 618"),
    row(day(2011, 7, 1), day(2012, 6, 30), 400, "Besluit van 23 juni 2011, uitgegeven 29 juni 2011 (Staatsblad number not found)"),
    row(day(2012, 7, 1), day(2014, 12, 31), 300, "Besluit van 25 juni 2012, Stb. 2012, 285"),
    row(day(2015, 1, 1), day(2022, 12, 31), 200, "Besluit van 4 december 2014, Stb. 2014, 491"),
    row(day(2023, 1, 1), day(2023, 6, 30), 400, "Besluit van 15 december 2022 tot vaststelling wettelijke rente, Stb. 2022, 520"),
    row(day(2023, 7, 1), day(2023, 12, 31), 600, "Besluit van 29 juni 2023, Stb. 2023, 235"),
    row(day(2024, 1, 1), day(2024, 12, 31), 700, "Besluit van 20 december 2023, Stb. 2023, 484 (still 7 % on 1 July 2024)"),
];

/// Wettelijke handelsrente, BW 6:119a (commercial transactions).
#[rustfmt::skip]
pub(crate) const NL_COMMERCIAL: &[RateRow] = &[
    row(day(2002, 8, 8), day(2002, 11, 30), 700, "BW 6:119a in force 8 August 2002, at the 6:119 rate (Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2002, 12, 1), day(2002, 12, 31), 1035, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2003, 1, 1), day(2003, 6, 30), 985, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2003, 7, 1), day(2003, 12, 31), 910, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2004, 1, 1), day(2004, 6, 30), 901, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw's historical list)"),
    unconfirmed(day(2004, 7, 1), day(2004, 12, 31), 901, "UNCONFIRMED: no rate listed from 1 July 2004; 9.01 % assumed to continue"),
    row(day(2005, 1, 1), day(2005, 6, 30), 909, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2005, 7, 1), day(2005, 12, 31), 905, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2006, 1, 1), day(2006, 6, 30), 925, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2006, 7, 1), day(2006, 12, 31), 983, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw's historical list)"),
    row(day(2007, 1, 1), day(2007, 6, 30), 1058, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw; vdkraan.nl)"),
    row(day(2007, 7, 1), day(2007, 12, 31), 1107, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw; vdkraan.nl)"),
    row(day(2008, 1, 1), day(2008, 6, 30), 1120, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw; vdkraan.nl)"),
    row(day(2008, 7, 1), day(2008, 12, 31), 1107, "BW 6:120 lid 2 (Raad van Arbitrage voor de Bouw; vdkraan.nl)"),
    row(day(2009, 1, 1), day(2009, 6, 30), 950, "BW 6:120 lid 2: ECB 2.50 % + 7 (Raad van Arbitrage voor de Bouw; vdkraan.nl; wieringa-advocaten.nl)"),
    row(day(2009, 7, 1), day(2009, 12, 31), 800, "BW 6:120 lid 2: ECB 1.00 % + 7 (Raad van Arbitrage voor de Bouw; vdkraan.nl; wieringa-advocaten.nl)"),
    row(day(2010, 1, 1), day(2010, 6, 30), 800, "BW 6:120 lid 2: ECB 1.00 % + 7 (Raad van Arbitrage voor de Bouw; vdkraan.nl)"),
    row(day(2010, 7, 1), day(2010, 12, 31), 800, "BW 6:120 lid 2: ECB 1.00 % + 7 (Raad van Arbitrage voor de Bouw; vdkraan.nl)"),
    row(day(2011, 1, 1), day(2011, 6, 30), 800, "BW 6:120 lid 2: ECB 1.00 % + 7 (vdkraan.nl)"),
    row(day(2011, 7, 1), day(2011, 12, 31), 825, "BW 6:120 lid 2: ECB 1.25 % + 7 (incassoregister.nl)"),
    row(day(2012, 1, 1), day(2012, 6, 30), 800, "BW 6:120 lid 2: ECB 1.00 % + 7 (vdkraan.nl)"),
    row(day(2012, 7, 1), day(2012, 12, 31), 800, "BW 6:120 lid 2: ECB 1.00 % + 7 (vdkraan.nl)"),
    row(day(2013, 1, 1), day(2013, 3, 15), 775, "BW 6:120 lid 2: ECB 0.75 % + 7 (vdkraan.nl)"),
    unconfirmed(day(2013, 3, 16), day(2013, 6, 30), 875, "UNCONFIRMED: ECB 0.75 % + 8 from the transposition of Directive 2011/7/EU; the date the Dutch law took effect was not found"),
    row(day(2013, 7, 1), day(2013, 12, 31), 850, "BW 6:120 lid 2: ECB 0.50 % + 8 (Rijksoverheid via fintool.nl: 8.50 % since 1 July 2013)"),
    row(day(2014, 1, 1), day(2014, 6, 30), 825, "BW 6:120 lid 2, derived: ECB 0.25 % (since 13 November 2013) + 8"),
    row(day(2014, 7, 1), day(2014, 12, 31), 815, "BW 6:120 lid 2, derived: ECB 0.15 % (since 11 June 2014) + 8"),
    row(day(2015, 1, 1), day(2015, 6, 30), 805, "BW 6:120 lid 2: ECB 0.05 % + 8 (bierensgroup.com)"),
    row(day(2015, 7, 1), day(2015, 12, 31), 805, "BW 6:120 lid 2, derived: ECB 0.05 % (since 10 September 2014) + 8"),
    row(day(2016, 1, 1), day(2016, 6, 30), 805, "BW 6:120 lid 2: ECB 0.05 % + 8 (rechtnet.nl)"),
    row(day(2016, 7, 1), day(2019, 12, 31), 800, "BW 6:120 lid 2, derived: ECB 0.00 % (since 16 March 2016) + 8"),
    row(day(2020, 1, 1), day(2022, 6, 30), 800, "BW 6:120 lid 2: ECB 0.00 % + 8 (rijksoverheid.nl for 2020-2021; watsonlaw.nl: still 8 % on 1 January 2022)"),
    row(day(2022, 7, 1), day(2022, 12, 31), 800, "BW 6:120 lid 2, derived: ECB 0.00 % (until 26 July 2022) + 8"),
    row(day(2023, 1, 1), day(2023, 6, 30), 1050, "BW 6:120 lid 2: ECB 2.50 % + 8 (debloggendeadvocaat.nl; wieringa-advocaten.nl)"),
    row(day(2023, 7, 1), day(2023, 12, 31), 1200, "BW 6:120 lid 2: ECB 4.00 % + 8 (watsonlaw.nl; debloggendeadvocaat.nl)"),
    row(day(2024, 1, 1), day(2024, 6, 30), 1250, "BW 6:120 lid 2: ECB 4.50 % + 8 (wieringa-advocaten.nl; e-justice.europa.eu)"),
    row(day(2024, 7, 1), day(2024, 12, 31), 1225, "BW 6:120 lid 2: ECB 4.25 % + 8 (metaalunie.nl)"),
    unconfirmed(day(2025, 1, 1), day(2025, 6, 30), 1115, "UNCONFIRMED: derived only, ECB 3.15 % (since 18 December 2024) + 8; no published figure found"),
    unconfirmed(day(2025, 7, 1), day(2025, 12, 31), 1015, "UNCONFIRMED: derived only, ECB 2.15 % (since 11 June 2025) + 8; no published figure found"),
    unconfirmed(day(2026, 1, 1), day(2026, 6, 30), 1015, "UNCONFIRMED: derived only, ECB 2.15 % (held on 18 December 2025) + 8; no published figure found"),
];
