//! Code that exists only to be fast, behind one seam.
//!
//! The contract of every function here: its results are byte-identical to those of the plain
//! path it stands for (a function's output, an error's message and position, a report's every
//! figure). Each module names that plain path in its documentation and has a property test
//! holding it to it. The rest of the crate reads as the plain path (`toml` and `serde`, a plain
//! loop) and calls in here only where a module's documentation says. What each piece buys,
//! measured, is in `docs/performance/`; a piece that no longer earns its keep is deleted, and
//! its caller takes the plain path.

pub(crate) mod cli;
pub(crate) mod codes;
pub(crate) mod daily;
pub(crate) mod holidays;
pub(crate) mod limit;
pub(crate) mod lines;
pub(crate) mod locate;
pub(crate) mod pool;
pub(crate) mod read;
pub(crate) mod reader;
pub(crate) mod summary;
pub(crate) mod tables;
