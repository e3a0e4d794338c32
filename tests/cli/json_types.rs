//! The documented JSON shapes, written independently of the crate's own types: if the output
//! drops or renames a documented key, deserializing into these fails.

// Every key is deserialized so that a missing or renamed one fails; not every test reads each.
#![allow(dead_code)]

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
    pub authority: Option<String>,
    /// Where the case begins in its file.
    pub source: LocationJson,
    pub currency: String,
    pub deadline: String,
    pub accrual_start: String,
    pub liquidations: Vec<LiquidationJson>,
    /// Days of delay no liquidation covers, not yet liquidated.
    pub gaps: Vec<AccruedJson>,
    pub accrued: AccruedJson,
    pub derivation: Vec<StepJson>,
    pub penalties: Vec<PenaltyJson>,
    pub totals: TotalsJson,
    pub lump_sums: Vec<LumpSumJson>,
    pub cap: Option<Money>,
    pub cap_reached: Option<String>,
    pub notes: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct LocationJson {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Deserialize)]
pub struct PenaltyJson {
    pub obligation: Option<String>,
    pub rate: Money,
    pub per: String,
    pub from: String,
    pub partial: Option<String>,
    pub cap: Option<Money>,
    pub cap_reached: Option<String>,
    pub changes: Vec<RateChangeJson>,
    pub suspensions: Vec<SuspensionJson>,
    pub total: Money,
    pub kind: String,
    pub kind_article: String,
    pub decided: Option<String>,
    pub through: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct RateChangeJson {
    pub from: String,
    pub rate: Money,
}

#[derive(Debug, Deserialize)]
pub struct SuspensionJson {
    pub obligation: Option<String>,
    pub from: String,
    pub through: String,
    pub days: i64,
    pub reason: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct SegmentJson {
    pub obligation: Option<String>,
    pub from: String,
    pub through: String,
    pub days: i64,
    pub rate: Money,
    pub per: String,
    pub amount: Money,
    pub units: i64,
    pub fraction: Option<FractionJson>,
    pub forfeited: String,
    pub capped: Money,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct FractionJson {
    pub days: i64,
    pub of: i64,
}

#[derive(Debug, Deserialize)]
pub struct TotalsJson {
    pub liquidated: Money,
    pub awarded: Money,
    pub projected: Money,
    pub unliquidated: Money,
    pub lump_sums: Money,
    pub overall: Money,
    pub owed: Money,
    pub suppressed: Money,
    pub by_obligation: Vec<ObligationTotalJson>,
}

#[derive(Debug, Deserialize)]
pub struct ObligationTotalJson {
    pub obligation: Option<String>,
    pub liquidated: Money,
    pub unliquidated: Money,
    pub total: Money,
}

#[derive(Debug, Deserialize)]
pub struct LumpSumJson {
    pub date: String,
    pub amount: Money,
    pub reason: Option<String>,
}

/// `quick --format json`.
#[derive(Debug, Deserialize)]
pub struct QuickJson {
    pub schema_version: u32,
    pub from: String,
    pub through: String,
    pub days: i64,
    pub units: i64,
    pub amount: Money,
    pub per: String,
    pub partial: Option<String>,
    pub cap_reached: Option<String>,
    pub segments: Vec<SegmentJson>,
}

/// `when --format json`.
#[derive(Debug, Deserialize)]
pub struct WhenDoc {
    pub schema_version: u32,
    pub reaches: Money,
    pub cases: Vec<WhenJson>,
    pub errors: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct WhenJson {
    pub title: String,
    pub reaches: Money,
    pub date: Option<String>,
    pub amount: Money,
    pub never: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LiquidationJson {
    pub from: String,
    pub through: String,
    pub days: i64,
    pub amount: Money,
    pub awarded: Option<Money>,
    pub status: StatusJson,
    pub expected: Option<Money>,
    pub segments: Vec<SegmentJson>,
    pub suspensions: Vec<SuspensionJson>,
    pub case_cap_cut: Money,
    pub kind: Option<String>,
    pub ordered_rate: Option<Money>,
    pub awarded_rate: Option<Money>,
    pub suppressed: Money,
    pub suppressed_days: i64,
    pub suppressions: Vec<SuppressionJson>,
    pub moderated: bool,
    pub grounds: Vec<GroundJson>,
}

/// Days a liquidation's decision suppressed for a cause étrangère.
#[derive(Debug, Deserialize)]
pub struct SuppressionJson {
    pub from: String,
    pub through: String,
    pub days: i64,
    pub amount: Money,
    pub reason: String,
    pub segments: Vec<SegmentJson>,
}

/// A rule the judge applied, with its article.
#[derive(Debug, Deserialize)]
pub struct GroundJson {
    pub rule: String,
    pub article: String,
}

/// Whether a liquidation was pronounced by `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatusJson {
    Pronounced,
    Projected,
}

#[derive(Debug, Deserialize)]
pub struct AccruedJson {
    pub from: Option<String>,
    pub through: Option<String>,
    pub days: i64,
    pub amount: Money,
    pub segments: Vec<SegmentJson>,
    pub suspensions: Vec<SuspensionJson>,
    pub case_cap_cut: Money,
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
    /// Every error listed, when the case has several.
    #[serde(default)]
    pub errors: Vec<ErrorJson>,
    /// How many more the case has, past those listed.
    #[serde(default)]
    pub unlisted_errors: usize,
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

/// Parses `quick --format json` output.
pub fn parse_quick(stdout: &str) -> QuickJson {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not the documented JSON ({e}):\n{stdout}"))
}

/// Parses `when --format json` output.
pub fn parse_when(stdout: &str) -> WhenDoc {
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

/// One line of `compute --format summary`: a case's figures, or an error. Unknown keys are
/// refused: the format promises only these.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum SummaryLine {
    Case(Box<SummaryCaseJson>),
    Error(SummaryErrorJson),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryCaseJson {
    pub schema_version: u32,
    pub title: String,
    pub source: LocationJson,
    pub currency: String,
    pub deadline: String,
    pub accrual_start: String,
    pub liquidations: Vec<SummaryLiquidationJson>,
    pub gaps: Vec<SummaryAccruedJson>,
    pub accrued: SummaryAccruedJson,
    pub totals: TotalsJson,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryLiquidationJson {
    pub number: usize,
    pub from: String,
    pub through: String,
    pub days: i64,
    pub amount: Money,
    pub awarded: Option<Money>,
    pub status: StatusJson,
    pub expected: Option<Money>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryAccruedJson {
    pub from: Option<String>,
    pub through: Option<String>,
    pub days: i64,
    pub amount: Money,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryErrorJson {
    pub schema_version: u32,
    pub error: ErrorJson,
}

/// Parses `compute --format summary` output, line by line.
pub fn parse_summary(stdout: &str) -> Vec<SummaryLine> {
    stdout
        .lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a documented summary line ({e}):\n{line}"))
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
