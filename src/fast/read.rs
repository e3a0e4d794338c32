//! A big regular file read in two halves at once.
//!
//! Plain path: `input::read_text`, which reads a regular file from its start to its end with
//! `read_to_end` (at most the limit and a byte, to tell a file that grew past it). Seam:
//! `Opened::read` asks [`halves`] first. Reading a big file is on the serial part of a batch,
//! before any case is computed, and most of it is the kernel copying into a fresh buffer and
//! faulting its pages in: two threads do that for two halves at once (`read_at`, which leaves
//! the file's position alone). The bytes are the same; a file that changed size since it was
//! opened is read on from there as the plain path reads it. Elsewhere than on Unix, the plain
//! path reads every file.

use std::fs::File;
use std::io;
#[cfg(unix)]
use std::io::{Read, Seek, SeekFrom};
#[cfg(unix)]
use std::os::unix::fs::FileExt;

/// Files of this many bytes or more are read in two halves.
const FROM: usize = 4 << 20;

/// The bytes the plain path reads from `file`, opened with `size` bytes and not read yet, at
/// most `limit` and one more; `None` for a file under [`FROM`] bytes or over the limit (the
/// plain path reads it then).
#[cfg(unix)]
pub(crate) fn halves(file: &File, size: usize, limit: u64) -> Option<io::Result<Vec<u8>>> {
    (size >= FROM && u64::try_from(size).ok()? <= limit).then(|| read_in_halves(file, size, limit))
}

/// [`halves`] where `read_at` is not had: the plain path reads every file.
#[cfg(not(unix))]
pub(crate) fn halves(_file: &File, _size: usize, _limit: u64) -> Option<io::Result<Vec<u8>>> {
    None
}

/// `file`'s bytes, its first `size` in two halves at once, then whatever follows up to `limit`
/// and a byte; read from the start as the plain path reads it if either half came short.
#[cfg(unix)]
fn read_in_halves(file: &File, size: usize, limit: u64) -> io::Result<Vec<u8>> {
    let mut bytes = vec![0; size];
    let middle = size / 2;
    let (first, second) = bytes.split_at_mut(middle);
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| fill(file, second, middle as u64));
        let first = fill(file, first, 0);
        let second = second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (first, second)
    });
    let mut reader = file;
    if first? + second? < size {
        // The file shrank since it was opened.
        bytes.clear();
        reader.seek(SeekFrom::Start(0))?;
        reader.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
        return Ok(bytes);
    }
    // Whatever follows (a file that grew since it was opened), up to the limit and a byte.
    reader.seek(SeekFrom::Start(size as u64))?;
    reader
        .take(limit.saturating_add(1).saturating_sub(size as u64))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Fills `buffer` from `file` at `offset`, or as much of it as the file holds: how many bytes.
#[cfg(unix)]
fn fill(file: &File, buffer: &mut [u8], offset: u64) -> io::Result<usize> {
    let mut done = 0;
    while let Some(rest) = buffer.get_mut(done..).filter(|rest| !rest.is_empty()) {
        match file.read_at(rest, offset + done as u64) {
            Ok(0) => break,
            Ok(n) => done += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(done)
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Write;

    /// A file of its own holding `bytes`, removed when the test is done.
    struct TempFile(std::path::PathBuf);

    impl TempFile {
        fn new(bytes: &[u8]) -> Self {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static COUNT: AtomicUsize = AtomicUsize::new(0);
            let path = std::env::temp_dir().join(format!(
                "astreinte-fast-read-{}-{}",
                std::process::id(),
                COUNT.fetch_add(1, Ordering::Relaxed)
            ));
            File::create(&path).unwrap().write_all(bytes).unwrap();
            TempFile(path)
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            std::fs::remove_file(&self.0).ok();
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Read in halves, a file gives the bytes the plain path reads (at most the limit and
        /// a byte), whether its size is as opened or it grew or shrank since.
        #[test]
        fn halves_read_what_the_plain_path_reads(
            bytes in proptest::collection::vec(any::<u8>(), 0..300),
            size_seen in 0usize..320,
            beyond in 0u64..40,
        ) {
            // As `halves` asks: a size within the limit.
            let limit = size_seen as u64 + beyond;
            let file = TempFile::new(&bytes);
            let mut plain = Vec::new();
            File::open(&file.0).unwrap().take(limit + 1).read_to_end(&mut plain).unwrap();
            let halves = read_in_halves(&File::open(&file.0).unwrap(), size_seen, limit).unwrap();
            prop_assert_eq!(halves, plain);
        }
    }

    #[test]
    fn only_big_files_within_the_limit_are_read_in_halves() {
        let file = TempFile::new(b"a = 1\n");
        let opened = File::open(&file.0).unwrap();
        assert!(halves(&opened, 6, 100).is_none());
        assert!(halves(&opened, FROM, FROM as u64 - 1).is_none());
        assert!(halves(&opened, FROM, FROM as u64).is_some());
    }
}
