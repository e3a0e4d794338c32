//! astreinte: an exact calculator for periodic penalty payments.
#![forbid(unsafe_code)]

pub mod calendar;
