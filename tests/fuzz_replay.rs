//! Replays, on stable Rust and through the library API, every input the fuzz targets keep
//! (fuzz/seeds/: a minimized corpus; fuzz/regressions/: inputs that once crashed, named after
//! the defect), with the case files of examples/, tests/cases/ and tests/malformed/: each must
//! end in a result or a clean error, never a panic. The pipeline is the fuzz target's own
//! (fuzz/harness/pipeline.rs), so the two cannot drift apart.

#[path = "../fuzz/harness/pipeline.rs"]
mod pipeline;

use std::path::{Path, PathBuf};

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn replay(dirs: &[&str]) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in dirs {
        files_under(&root.join(dir), &mut files);
    }
    files.sort();
    for file in &files {
        let data = std::fs::read(file).expect("read an input");
        // A panic names the input it came from.
        let outcome = std::panic::catch_unwind(|| pipeline::exercise(&data));
        assert!(outcome.is_ok(), "{} panicked", file.display());
    }
    files.len()
}

#[test]
fn the_saved_fuzz_corpus_and_crash_inputs_end_in_results_or_errors() {
    let replayed = replay(&["fuzz/seeds", "fuzz/regressions"]);
    assert!(replayed >= 50, "only {replayed} saved fuzz inputs");
}

#[test]
fn every_case_file_of_the_repository_ends_in_a_result_or_an_error() {
    let replayed = replay(&["examples", "tests/cases", "tests/malformed"]);
    assert!(replayed >= 100, "only {replayed} case files");
}
