//! Who the case is between and where it is filed: the parties, the court and its docket number,
//! the dates the order was served, and who draws the statement up, where and when.
//!
//! None of it changes a figure: the statement shows what the case file gives and omits what it
//! does not, so that a *décompte* can be attached to a filing (CPCE R131-1: the liquidation is
//! asked of the juge de l'exécution, or of the judge who ordered the astreinte, by the party
//! it benefits).

use chrono::NaiveDate;
use serde::Serialize;

/// The case's identity for a filing; every part optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Filing {
    /// The court seized (`Tribunal judiciaire de Paris, juge de l'exécution`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court: Option<String>,
    /// The court's docket number: RG number, zaaknummer, rôle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docket: Option<String>,
    /// The parties, in the order written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Party>,
    /// When the order was served (*signifiée*, *betekend*), where it differs from its
    /// notification (`order.served`).
    #[serde(
        rename = "order_served",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::dates::iso_opt"
    )]
    pub served: Option<NaiveDate>,
    /// Who draws the statement up, where and when (`[statement]`).
    #[serde(rename = "drawn_up", skip_serializing_if = "Option::is_none")]
    pub drawn_up: Option<DrawnUp>,
}

/// One `[[party]]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    pub role: Role,
    pub name: String,
    /// Counsel or officer acting for the party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub represented_by: Option<String>,
    /// When the order was served on this party, if written.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::dates::iso_opt")]
    pub served: Option<NaiveDate>,
}

/// A party's place in the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Who the astreinte benefits and who asks for its liquidation (*créancier*, *schuldeiser*).
    Creditor,
    /// Who must obey the order and pays (*débiteur*, *schuldenaar*).
    Debtor,
    /// Who receives part of the sums without being the creditor (CJA L911-8: a share to the
    /// State's budget or a third party).
    Beneficiary,
}

impl Role {
    /// Every role, as case files write them.
    pub const ALL: [Role; 3] = [Role::Creditor, Role::Debtor, Role::Beneficiary];

    /// The code a case file writes.
    pub fn code(self) -> &'static str {
        match self {
            Role::Creditor => "creditor",
            Role::Debtor => "debtor",
            Role::Beneficiary => "beneficiary",
        }
    }

    /// The role a case file's code names (case-insensitive, spaces around ignored).
    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// `[statement]`: who draws the statement up, where and on which day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DrawnUp {
    #[serde(rename = "drawn_up_by", skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::dates::iso_opt")]
    pub on: Option<NaiveDate>,
}

impl Filing {
    /// Whether the file gives nothing of it.
    pub fn is_empty(&self) -> bool {
        *self == Filing::default()
    }
}
