//! Case files: reading TOML, checking it, and the checked domain types.
//!
//! Data flows one way: text → [`raw`] serde structs (with positions) → `validate` →
//! [`model::Case`], which the engine computes on.

mod adjust;
mod array_index;
mod diagnose;
mod error;
pub mod filing;
mod judge;
mod load;
mod model;
mod orders;
pub mod problem;
pub(crate) mod raw;
mod reader_error;
pub(crate) mod split;
mod validate;

pub(crate) use array_index::index_arrays;
pub(crate) use diagnose::READER_DEPTH;
pub use error::{Excerpt, InputError, MoreErrors};
pub use judge::{End, Judgment, Jurisdiction, Kind, Suppression, Terms};
pub use load::load;
pub(crate) use load::{Batch, Cases, cases};
pub use model::{
    Case, Due, Expectations, Liquidation, LumpSum, Order, Partial, Penalty, Per, RateChange, Suspension, Violation,
    key_path,
};
pub use orders::{Breach, ChangeAfter, Escalation, FirstDay, Part, PartError, Portion, Reduction, Rise, Share, Span};
pub use problem::Problem;
#[cfg(test)]
pub(crate) use validate::validate;
