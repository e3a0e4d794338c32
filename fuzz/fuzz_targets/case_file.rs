//! Any bytes as a case file: parse, validate, compute, render in every format, `check` and
//! `when`, through the library and through the command line in memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../harness/pipeline.rs"]
mod pipeline;

fuzz_target!(|data: &[u8]| {
    pipeline::exercise(data);
});
