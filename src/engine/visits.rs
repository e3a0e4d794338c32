//! How many suspensions, rates and violations the engine looks at, counted in tests only: the
//! tests that hold the work of a period to what the period itself holds (a binary search, then
//! what falls inside), never to every suspension or rate change of the case (issue 13: 16,000
//! liquidations and 16,000 suspensions took 7 s, each liquidation scanning every suspension).

#[cfg(test)]
thread_local! {
    static VISITS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` items looked at (nothing outside tests).
#[inline]
pub(super) fn visited(n: usize) {
    #[cfg(test)]
    VISITS.with(|v| v.set(v.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The items looked at on this thread since the last call.
#[cfg(test)]
pub(super) fn take() -> u64 {
    VISITS.with(|v| v.replace(0))
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use chrono::{Days, NaiveDate};

    use crate::case::load;
    use crate::engine::compute;
    use crate::source::Source;

    /// A case with `n` one-day suspensions, `n` rate changes and `n` liquidations, interleaved
    /// three days apart from 1 Feb 2023: `penalty` is the rest of its `[penalty]` table.
    fn case(n: u64, penalty: &str) -> (String, NaiveDate) {
        let day = |k: u64| {
            NaiveDate::from_ymd_opt(2023, 2, 1)
                .unwrap()
                .checked_add_days(Days::new(k))
                .unwrap()
        };
        let mut text = String::from(
            "title = \"Many\"\ncurrency = \"EUR\"\n[order]\ndecided = 2023-01-02\ndeadline = 2023-01-31\n[penalty]\n",
        );
        text.push_str(penalty);
        for i in 0..n {
            let (suspended, change) = (day(3 * i + 1), day(3 * i + 2));
            write!(
                text,
                "\n[[penalty.suspension]]\nfrom = {suspended}\nthrough = {suspended}\n"
            )
            .unwrap();
            write!(text, "[[penalty.change]]\nfrom = {change}\namount = {}\n", 100 + i % 2).unwrap();
        }
        for i in 0..n {
            write!(text, "[[liquidation]]\nthrough = {}\n", day(3 * i + 2)).unwrap();
        }
        (text, day(3 * n + 10))
    }

    /// The suspensions and rates looked at to compute `text` as of `as_of`.
    pub(super) fn visits(text: &str, as_of: NaiveDate) -> u64 {
        let case = load(&Source::new("many.toml", text)).remove(0).unwrap();
        super::take();
        let report = compute(&case, as_of).unwrap();
        assert!(!report.liquidations.is_empty());
        super::take()
    }

    /// Each period looks at the few suspensions and rates it holds (found by binary search),
    /// never at every one of the case: with 2,000 of each and 2,000 liquidations, a scan per
    /// liquidation looks at thousands per period (millions in all); here it is a few dozen at
    /// most, the same at 200 and at 2,000.
    #[test]
    fn a_period_looks_only_at_the_suspensions_and_rates_it_holds() {
        for penalty in [
            // Per day with a cap: the general count, and the total before each period.
            "amount = 100\ncap = 100000000\n",
            // Per day without a cap, but suspended: the general count too.
            "amount = 100\n",
            "amount = 700\nper = \"week\"\npartial = \"prorata\"\ncap = 100000000\n",
            "amount = 3000\nper = \"month\"\npartial = \"completed\"\n",
        ] {
            let per_period = |n: u64| {
                let (text, as_of) = case(n, penalty);
                visits(&text, as_of) as f64 / n as f64
            };
            let (small, large) = (per_period(200), per_period(2000));
            // Measured: 13 to 32 per period, whatever `n`.
            assert!(large <= 50.0, "{penalty}: {large} visits per period");
            assert!(
                large <= small * 1.5 + 1.0,
                "{penalty}: {small} then {large} visits per period"
            );
        }
    }
}

#[cfg(test)]
mod orders {
    use chrono::NaiveDate;

    /// A case whose penalty is `penalty` (the rest of its table and sub-tables), liquidated from
    /// its first day (6 May 2000) through `through`.
    fn case(penalty: &str, through: &str) -> String {
        format!(
            "title = \"Span\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\ncalendar = \"FR\"\n[order]\ndecided = 2000-01-03\nnotified = 2000-01-05\ncomply_within = \"4 months\"\n[penalty]\namount = \"1000.25\"\n{}\n[[liquidation]]\nthrough = {through}\n",
            penalty
        )
    }

    /// Issue 15: an escalating rate and days of breach are counted from the rate steps and the
    /// breach periods, never day by day: a period looks at each rate and stopped stretch it
    /// holds once, so a case liquidated over 5,000 years looks at what one liquidated over 50
    /// years looks at (both hold every step), and at most a few items per step or period more
    /// than one liquidated over a day (counted, not timed).
    #[test]
    fn five_thousand_years_of_escalation_or_breach_cost_what_a_day_costs() {
        // (the rest of the penalty, its rate steps and breach periods)
        for (penalty, held) in [
            (
                "[penalty.escalation]\nfactor = 2\nevery = \"1 month\"\nmax_rate = 8002",
                3,
            ),
            (
                "cap = 1000000000000\n[penalty.escalation]\nadd = 1000\nevery = \"1 week\"\nmax_rate = \"50000.25\"",
                49,
            ),
            (
                "[[penalty.breach]]\ndates = [2000-05-06]\n[[penalty.breach]]\nfrom = 2000-05-08\nthrough = 7000-01-01",
                2,
            ),
            (
                "cap = 100000000000\n[[penalty.breach]]\ndates = [2000-05-06, 2000-06-01]\n[[penalty.breach]]\nfrom = 2000-07-08\nthrough = 7000-01-01",
                3,
            ),
        ] {
            let work = |through: &str| {
                let as_of = NaiveDate::parse_from_str(through, "%Y-%m-%d").unwrap();
                super::tests::visits(&case(penalty, through), as_of)
            };
            let (day, fifty, five_thousand) = (work("2000-05-06"), work("2050-01-01"), work("7000-01-01"));
            assert!(
                five_thousand as f64 <= fifty as f64 * 1.2 && five_thousand <= day + 4 * held + 4,
                "{penalty}: {day}, {fifty} then {five_thousand} items looked at"
            );
        }
    }
}
