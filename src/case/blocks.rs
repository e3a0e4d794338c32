//! Reading a big batch file a block at a time and splitting it as it comes, so that its cases
//! are computed while the rest is still being read (reading a 25 MB batch whole took a tenth of
//! the run, with one core idle).
//!
//! The split is the one [`split`](super::split) gives for the whole text: the same scan, fed
//! whole lines as they arrive. Each block handed out ends where a `[[case]]` header starts, so
//! that no table straddles two blocks; each is a [`Source`] of its own under the file's name,
//! and its tables keep the file's line numbers.

use std::io::Read;
use std::sync::Arc;

use super::error::InputError;
use super::load::load_chunk;
use super::model::Case;
use super::split::{Chunk, Scanner, tables};
use crate::source::Source;

/// A run of `[[case]]` tables of a batch read in blocks, holding the block they are in.
#[derive(Debug)]
pub struct Run {
    block: Arc<Source>,
    chunks: Vec<Chunk>,
    /// How many tables of the file come before these.
    before: usize,
}

impl Run {
    /// How many tables the run has.
    pub fn len(&self) -> usize {
        self.chunks.len()
    }

    /// Whether it has none (never, for a run [`read_runs`] hands out).
    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }

    /// The case of the `index`th table (0-based) of the run, parsed and checked, numbered in
    /// the whole file; `None` past the end.
    pub fn load(&self, index: usize) -> Option<Result<Case, InputError>> {
        let chunk = self.chunks.get(index)?;
        Some(load_chunk(&self.block, chunk, self.before + index + 1))
    }
}

/// Reads the batch `reader` gives (a file named `name`) `block` bytes at a time, and hands its
/// `[[case]]` tables to `each` as they are found, `run_len` at a time (`each` returns `false`
/// to stop). Returns whether the split stands: `false` too if reading fails or a block is not
/// UTF-8. When it is `false`, the runs handed out are not the file's cases: the caller reads
/// the file whole, which also reports what went wrong.
///
/// ```
/// use astreinte::case::read_runs;
/// let text = "# two cases\n[[case]]\ntitle = \"A\"\n[[case]]\ntitle = \"B\"\n";
/// let mut titles = Vec::new();
/// let stood = read_runs("b.toml".into(), text.as_bytes(), 8, 1, |run| {
///     let error = run.load(0).unwrap().unwrap_err();
///     titles.push((error.field, error.location.line));
///     true
/// });
/// assert!(stood);
/// assert_eq!(titles[1], (Some("case[2].currency".into()), 4));
/// ```
pub fn read_runs(
    name: Arc<str>,
    mut reader: impl Read,
    block: usize,
    run_len: usize,
    mut each: impl FnMut(Run) -> bool,
) -> bool {
    let mut scanner = Scanner::default();
    let mut hand_out = HandOut {
        name,
        run_len: run_len.max(1),
        before: 0,
    };
    // The bytes read and not yet handed out; the whole lines of `bytes[..scanned]` are scanned.
    let mut bytes = Vec::new();
    let mut scanned = 0;
    // Where each header found and not yet handed out starts in `bytes`, and its line.
    let mut headers: Vec<(usize, usize)> = Vec::new();
    loop {
        let Some(at_end) = fill(&mut reader, &mut bytes, block.max(1)) else {
            return false;
        };
        let lines_end = if at_end {
            bytes.len()
        } else {
            match memchr::memrchr(b'\n', bytes.get(scanned..).unwrap_or_default()) {
                Some(i) => scanned + i + 1,
                None => continue,
            }
        };
        let lines = bytes.get(..lines_end).unwrap_or_default();
        if !scanner.lines(lines, scanned, |offset, line| {
            headers.push((offset, line));
            true
        }) {
            return false;
        }
        scanned = lines_end;
        if at_end {
            let end = bytes.len();
            return scanner.stands() && hand_out.block(bytes, &headers, end, &mut each);
        }
        // Every table but the last found is whole: hand out the block up to the last header.
        let Some(&(cut, line)) = headers.last().filter(|_| headers.len() > 1) else {
            continue;
        };
        let rest = bytes.split_off(cut);
        let whole = std::mem::replace(&mut bytes, rest);
        headers.pop();
        if !hand_out.block(whole, &headers, cut, &mut each) {
            return false;
        }
        headers.clear();
        headers.push((0, line));
        scanned -= cut;
    }
}

/// Appends up to `block` bytes from `reader` to `bytes`: `Some(true)` once the end is reached,
/// `None` if reading fails.
fn fill(reader: &mut impl Read, bytes: &mut Vec<u8>, block: usize) -> Option<bool> {
    let want = u64::try_from(block).unwrap_or(u64::MAX);
    // Room for the whole block at once: grown as it is read, the buffer was copied over and
    // over (twice the file's size in copies, and as many fresh pages).
    bytes.reserve_exact(block);
    let mut limited = reader.take(want);
    loop {
        match limited.read_to_end(bytes) {
            Ok(_) => return Some(limited.limit() > 0),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

/// Makes runs of the tables of each block.
struct HandOut {
    name: Arc<str>,
    run_len: usize,
    /// How many tables have been handed out.
    before: usize,
}

impl HandOut {
    /// Hands out the tables that start at `headers` (offsets in `bytes`, and their lines), the
    /// last of which runs to `end`; `false` if the block is not UTF-8 or `each` wants no more.
    fn block(
        &mut self,
        bytes: Vec<u8>,
        headers: &[(usize, usize)],
        end: usize,
        each: &mut impl FnMut(Run) -> bool,
    ) -> bool {
        // Cut where a line starts: a block of a UTF-8 file is UTF-8.
        let Ok(text) = String::from_utf8(bytes) else {
            return false;
        };
        let block = Arc::new(Source::named(self.name.clone(), text));
        let mut tables = tables(headers, end).peekable();
        while tables.peek().is_some() {
            let chunks: Vec<Chunk> = tables.by_ref().take(self.run_len).collect();
            let before = self.before;
            self.before += chunks.len();
            if !each(Run {
                block: block.clone(),
                chunks,
                before,
            }) {
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::split::split;

    /// What `read_runs` hands out, as (the table's text, its line, its number), and whether
    /// the split stands.
    fn read_in_blocks(text: &[u8], block: usize, run_len: usize) -> (bool, Vec<(String, usize, usize)>) {
        let mut tables = Vec::new();
        let stood = read_runs("f".into(), text, block, run_len, |run| {
            assert!(!run.is_empty() && run.len() <= run_len);
            for (i, chunk) in run.chunks.iter().enumerate() {
                let table = run.block.text.get(chunk.bytes.clone()).unwrap().to_string();
                tables.push((table, chunk.line, run.before + i + 1));
            }
            true
        });
        (stood, tables)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Read in blocks of any size, a text gives the tables and the verdict of the split of
        /// the whole text, each table numbered and on its line in the file.
        #[test]
        fn blocks_of_any_size_give_the_split_of_the_whole(
            lines in proptest::collection::vec(
                r#"([\[\]{}"'#\\ =a]|"""|'''|\[case\.o\]){0,6}|\[\[case\]\]"#, 1..30),
            block in 1usize..40,
            run_len in 1usize..4,
        ) {
            let text = lines.join("\n") + "\n";
            let (stood, tables) = read_in_blocks(text.as_bytes(), block, run_len);
            let whole = split(&text);
            proptest::prop_assert_eq!(stood, whole.is_some(), "{:?}", text);
            if let Some(whole) = whole {
                let expected: Vec<_> = whole
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (text[c.bytes.clone()].to_string(), c.line, i + 1))
                    .collect();
                proptest::prop_assert_eq!(tables, expected, "{:?} in blocks of {}", text, block);
            }
        }
    }

    #[test]
    fn a_table_longer_than_a_block_is_read_whole() {
        let long = format!("[[case]]\nnote = \"\"\"\n{}\"\"\"\n", "[[case]]\n".repeat(1_000));
        let text = format!("# a batch\n{long}[[case]]\ntitle = \"next\"\n");
        let (stood, tables) = read_in_blocks(text.as_bytes(), 64, 128);
        assert!(stood);
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].0, long);
        assert_eq!((tables[1].1, tables[1].2), (2 + 1 + 1_000 + 1 + 1, 2));
    }

    #[test]
    fn a_block_not_utf8_or_a_failing_read_withdraws_the_split() {
        let mut text = "[[case]]\ntitle = \"A\"\n".repeat(10).into_bytes();
        text.extend(b"[[case]]\ntitle = \"\xff\"\n");
        assert!(!read_in_blocks(&text, 16, 2).0);

        struct Failing(usize);
        impl Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                if self.0 == 0 {
                    return Err(std::io::Error::other("disk gone"));
                }
                self.0 -= 1;
                let line = b"[[case]]\n";
                let n = line.len().min(buf.len());
                buf[..n].copy_from_slice(&line[..n]);
                Ok(n)
            }
        }
        let mut runs = 0;
        assert!(!read_runs("f".into(), Failing(5), 4, 1, |_| {
            runs += 1;
            true
        }));
    }

    #[test]
    fn the_scan_stops_when_no_more_runs_are_wanted() {
        let text = "[[case]]\n".repeat(100);
        let mut runs = 0;
        let stood = read_runs("f".into(), text.as_bytes(), 10, 3, |_| {
            runs += 1;
            runs < 4
        });
        assert!(!stood);
        assert_eq!(runs, 4);
    }
}
