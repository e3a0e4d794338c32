//! Speed-only code: each piece gives, byte for byte, what the plain path beside it gives.

pub(crate) mod summary;
