//! Case files: reading TOML, checking it, and the checked domain types.
//!
//! Data flows one way: text → [`raw`] serde structs (with positions) → `validate` →
//! [`model::Case`], which the engine computes on.

mod adjust;
mod array_index;
mod blocks;
mod diagnose;
mod error;
mod fast;
mod judge;
mod load;
mod model;
pub mod raw;
mod split;
mod validate;

pub use array_index::index_arrays;
pub use blocks::{Run, read_runs};
pub use error::{Excerpt, InputError};
pub use judge::{End, Judgment, Jurisdiction, Kind, Suppression, Terms};
pub use load::{Batch, Cases, cases, load};
pub use model::{
    Case, Due, Expectations, Liquidation, LumpSum, Order, Partial, Penalty, Per, RateChange, Suspension, Violation,
    key_path,
};
pub use split::{Chunk, split};
