//! The documented JSON shapes, written independently of the crate's own types: if the output
//! drops or renames a documented key, deserializing into these fails.

use rust_decimal::Decimal;
use serde::Deserialize;

/// `compute --format json`.
#[derive(Debug, Deserialize)]
pub struct ComputeDoc {
    pub schema_version: u32,
    pub as_of: String,
    pub cases: Vec<CaseJson>,
    pub errors: Vec<ErrorJson>,
}

#[derive(Debug, Deserialize)]
pub struct CaseJson {
    pub title: String,
    pub currency: String,
    pub deadline: String,
    pub accrual_start: String,
    pub liquidations: Vec<LiquidationJson>,
    pub accrued: AccruedJson,
    pub derivation: Vec<StepJson>,
}

#[derive(Debug, Deserialize)]
pub struct LiquidationJson {
    pub from: String,
    pub through: String,
    pub days: i64,
    pub amount: Money,
    pub awarded: Option<Money>,
    pub expected: Option<Money>,
    pub segments: Vec<SegmentJson>,
}

#[derive(Debug, Deserialize)]
pub struct SegmentJson {
    pub from: String,
    pub through: String,
    pub days: i64,
    pub rate: Money,
    pub per: String,
    pub amount: Money,
}

#[derive(Debug, Deserialize)]
pub struct AccruedJson {
    pub from: Option<String>,
    pub through: Option<String>,
    pub days: i64,
    pub amount: Money,
    pub segments: Vec<SegmentJson>,
}

#[derive(Debug, Deserialize)]
pub struct StepJson {
    pub date: String,
    pub action: String,
    pub rule: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
pub struct ErrorJson {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub field: Option<String>,
    pub message: String,
}

/// An amount: must be a JSON string holding an exact decimal, never a JSON number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Money(pub Decimal);

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Decimal::from_str_exact(&text)
            .map(Money)
            .map_err(|e| serde::de::Error::custom(format!("`{text}` is not an exact decimal: {e}")))
    }
}

impl Money {
    pub fn of(n: i64) -> Money {
        Money(Decimal::from(n))
    }
}

/// Parses `compute --format json` output.
pub fn parse_compute(stdout: &str) -> ComputeDoc {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not the documented JSON ({e}):\n{stdout}"))
}

/// One line of `compute --format ndjson`: exactly one of `case` and `error`.
#[derive(Debug, Deserialize)]
pub struct NdjsonLine {
    pub schema_version: u32,
    pub case: Option<CaseJson>,
    pub error: Option<ErrorJson>,
}

/// Parses `compute --format ndjson` output, line by line.
pub fn parse_ndjson(stdout: &str) -> Vec<NdjsonLine> {
    stdout
        .lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a documented NDJSON line ({e}):\n{line}"))
        })
        .collect()
}

/// `deadline --format json`.
#[derive(Debug, Deserialize)]
pub struct DeadlineDoc {
    pub schema_version: u32,
    pub from: String,
    pub within: String,
    pub rules: String,
    pub calendar: String,
    pub distance: Option<String>,
    pub deadline: String,
    pub first_day_of_delay: String,
    pub steps: Vec<StepJson>,
    pub notes: Vec<String>,
}

/// `holidays --format json`.
#[derive(Debug, Deserialize)]
pub struct HolidaysDoc {
    pub schema_version: u32,
    pub calendar: String,
    pub year: Option<i32>,
    pub from: String,
    pub to: String,
    pub holidays: Vec<HolidayJson>,
}

#[derive(Debug, Deserialize)]
pub struct HolidayJson {
    pub date: String,
    pub name: String,
    pub name_en: String,
    pub weekday: String,
}

/// Parses any documented JSON output.
pub fn parse<T: serde::de::DeserializeOwned>(stdout: &str) -> T {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not the documented JSON ({e}):\n{stdout}"))
}
