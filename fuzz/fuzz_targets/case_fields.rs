//! Mostly well-formed case files built from the fuzzer's bytes (see harness/generate.rs), so
//! that the engine's extremes are reached: then the same pipeline as `case_file`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../harness/generate.rs"]
mod generate;
#[path = "../harness/pipeline.rs"]
mod pipeline;

fuzz_target!(|case: generate::CaseText| {
    pipeline::exercise(case.0.as_bytes());
});
