//! Case files built from fuzzer bytes, mostly well-formed, so that the engine (units, rate
//! changes, suspensions, caps, violations, lump sums, the extremes of dates and amounts) is
//! reached far more often than from raw bytes, which rarely get past the TOML parser.

use std::fmt::Write;

use arbitrary::{Arbitrary, Result, Unstructured};

const RULES: &[&str] = &["fr-cpc", "fr-admin-franc", "be-cj", "nl-atw", "eu-court", "lu", "plain"];
const CALENDARS: &[&str] = &["FR", "FR-57", "FR-971", "FR-976", "BE", "NL", "LU", "none"];
const CURRENCIES: &[&str] = &["EUR", "JPY", "KWD", "USD"];
const UNITS: &[&str] = &["day", "week", "month", "quarter", "semester", "year", "violation"];
const PARTIAL: &[&str] = &["completed", "started", "prorata"];
const LIMIT_UNITS: &[&str] = &["days", "weeks", "months", "years", "day", "month"];
const DISTANCES: &[&str] = &["ten-days", "one-month", "two-months"];
const MONTH_END: &[&str] = &["clamp", "error"];

fn pick<'a>(u: &mut Unstructured<'_>, list: &[&'a str]) -> Result<&'a str> {
    u.choose(list).copied()
}

/// A date: mostly near the present, sometimes anywhere TOML can write (years 0 to 9999),
/// sometimes a day the calendar lacks.
fn date(u: &mut Unstructured<'_>) -> Result<String> {
    let (year, month, day) = match u.int_in_range(0..=9)? {
        0 => (u.int_in_range(0..=9999)?, u.int_in_range(1..=12)?, u.int_in_range(1..=31)?),
        1 => (*u.choose(&[0, 1582, 1583, 9998, 9999])?, u.int_in_range(1..=12)?, u.int_in_range(1..=31)?),
        _ => (u.int_in_range(2015..=2030)?, u.int_in_range(1..=12)?, u.int_in_range(1..=28)?),
    };
    Ok(format!("{year:04}-{month:02}-{day:02}"))
}

/// An amount: ordinary, huge, tiny, or at the edge of what a decimal holds.
fn amount(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0..=9)? {
        0 => "\"79228162514264337593543950335\"".to_string(),
        1 => format!("\"{}\"", u.int_in_range(1..=u64::MAX)?),
        2 => format!("\"0.{:0>27}\"", u.int_in_range(1..=999_u32)?),
        3 => format!("{}", u.int_in_range(i64::MIN..=i64::MAX)?),
        4 => format!("\"1{}\"", "0".repeat(u.int_in_range(15..=28)?)),
        5 => format!("\"{}.{:02}\"", u.int_in_range(0..=100_000_u32)?, u.int_in_range(0..=99_u32)?),
        _ => format!("{}", u.int_in_range(1..=1_000_000_u32)?),
    })
}

fn maybe(u: &mut Unstructured<'_>) -> Result<bool> {
    Ok(u.int_in_range(0..=2)? == 0)
}

/// Fuzzer bytes as a case file's text.
#[derive(Debug)]
pub struct CaseText(pub String);

impl<'a> Arbitrary<'a> for CaseText {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut t = String::new();
        let batch = u.int_in_range(0..=5)? == 0;
        let cases = if batch { u.int_in_range(1..=3)? } else { 1 };
        for _ in 0..cases {
            if batch {
                t.push_str("[[case]]\n");
            }
            case(u, &mut t, if batch { "case." } else { "" })?;
        }
        Ok(CaseText(t))
    }
}

fn case(u: &mut Unstructured<'_>, t: &mut String, p: &str) -> Result<()> {
    let _ = writeln!(t, "title = \"fuzz\"\ncurrency = \"{}\"", pick(u, CURRENCIES)?);
    if u.int_in_range(0..=9)? != 0 {
        let _ = writeln!(t, "rules = \"{}\"", pick(u, RULES)?);
    }
    if maybe(u)? {
        let _ = writeln!(t, "calendar = \"{}\"", pick(u, CALENDARS)?);
    }
    if maybe(u)? {
        let _ = writeln!(t, "cap = {}", amount(u)?);
    }
    let _ = writeln!(t, "[{p}order]\ndecided = {}", date(u)?);
    if maybe(u)? {
        let _ = writeln!(t, "notified = {}", date(u)?);
    }
    if u.arbitrary()? {
        let n: u32 = if maybe(u)? { u.arbitrary()? } else { u.int_in_range(0..=36)? };
        let _ = writeln!(t, "comply_within = \"{n} {}\"", pick(u, LIMIT_UNITS)?);
        if maybe(u)? {
            let _ = writeln!(t, "distance = \"{}\"", pick(u, DISTANCES)?);
        }
        if maybe(u)? {
            let _ = writeln!(t, "month_end = \"{}\"", pick(u, MONTH_END)?);
        }
    } else {
        let _ = writeln!(t, "deadline = {}", date(u)?);
    }
    for _ in 0..u.int_in_range(1..=3)? {
        penalty(u, t, p)?;
    }
    for _ in 0..u.int_in_range(0..=3)? {
        let _ = writeln!(t, "[[{p}liquidation]]");
        if maybe(u)? {
            let _ = writeln!(t, "from = {}", date(u)?);
        }
        let end = if u.arbitrary()? { "through" } else { "until" };
        let _ = writeln!(t, "{end} = {}", date(u)?);
        if maybe(u)? {
            let _ = writeln!(t, "awarded = {}", amount(u)?);
        }
    }
    for _ in 0..u.int_in_range(0..=2)? {
        let _ = writeln!(t, "[[{p}lump_sum]]\namount = {}", amount(u)?);
        if maybe(u)? {
            let _ = writeln!(t, "date = {}", date(u)?);
        }
    }
    if maybe(u)? {
        let _ = writeln!(t, "[{p}expected]\nas_of = {}\naccrued = {}", date(u)?, amount(u)?);
    }
    if maybe(u)? {
        let _ = writeln!(
            t,
            "[{p}calendar_adjust]\nadd = [{{ date = {}, name = \"closure\" }}]\nremove = [{}]",
            date(u)?,
            date(u)?
        );
    }
    Ok(())
}

fn penalty(u: &mut Unstructured<'_>, t: &mut String, p: &str) -> Result<()> {
    let per = pick(u, UNITS)?;
    let _ = writeln!(t, "[[{p}penalty]]\namount = {}\nper = \"{per}\"", amount(u)?);
    if per != "day" && per != "violation" && maybe(u)? {
        let _ = writeln!(t, "partial = \"{}\"", pick(u, PARTIAL)?);
    }
    if maybe(u)? {
        let _ = writeln!(t, "from = {}", date(u)?);
    }
    if maybe(u)? {
        let _ = writeln!(t, "complied = {}", date(u)?);
    }
    if maybe(u)? {
        let _ = writeln!(t, "cap = {}", amount(u)?);
    }
    for _ in 0..u.int_in_range(0..=2)? {
        let _ = writeln!(t, "[[{p}penalty.change]]\nfrom = {}\namount = {}", date(u)?, amount(u)?);
    }
    for _ in 0..u.int_in_range(0..=2)? {
        let _ = writeln!(t, "[[{p}penalty.suspension]]\nfrom = {}\nthrough = {}", date(u)?, date(u)?);
    }
    if per == "violation" {
        for _ in 0..u.int_in_range(0..=3)? {
            let count: i64 = if maybe(u)? { u.arbitrary()? } else { u.int_in_range(1..=20)? };
            let _ = writeln!(t, "[[{p}penalty.violation]]\ndate = {}\ncount = {count}", date(u)?);
        }
    }
    Ok(())
}
