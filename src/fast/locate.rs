//! Locating the keys of a case each from the one located before.
//!
//! Plain path: [`Part::locate`], which counts the lines from the start of the case's table
//! each time. Seam: `case::validate::Checker::locate`, which checks a case from its top down
//! and locates a few keys on the way (the case, its time limit, each liquidation and its end):
//! counted from the case's start, the lines above each were counted again for every key (a
//! tenth of checking a plain case, measured in docs/performance/2026-12-03-summary-speed.md).
//! A key before the last one located is counted from the case's start again.

use crate::source::{Location, Part};

/// How far lines have been counted in a part: a file offset, its 1-based line, and the offset
/// of that line's start (or of the part's, if the part begins within the line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cursor {
    offset: usize,
    line: usize,
    line_start: usize,
}

impl Cursor {
    /// Nothing counted yet: the start of `part`.
    pub(crate) fn new(part: &Part<'_>) -> Self {
        let (offset, line) = part.counted_from(0).map_or((0, 1), |(_, start, line)| (start, line));
        Cursor {
            offset,
            line,
            line_start: offset,
        }
    }

    /// The file's line and column of `offset` in `part`, as [`Part::locate`] gives them,
    /// counting lines from this cursor when the offset is at or after it; the cursor then
    /// moves there.
    pub(crate) fn locate(&mut self, part: &Part<'_>, offset: usize) -> Location {
        let Some((offset, _, _)) = part.counted_from(offset) else {
            return part.locate(offset);
        };
        if offset < self.offset {
            *self = Cursor::new(part);
        }
        if offset > self.offset {
            let between = part.file_bytes(self.offset..offset);
            if let Some(last) = memchr::memrchr(b'\n', between) {
                self.line += count_newlines(between);
                self.line_start = self.offset + last + 1;
            }
            self.offset = offset;
        }
        part.location(self.line, self.line_start, offset)
    }
}

/// How many `\n` there are in `bytes`. The stretches counted between two keys are tens to
/// hundreds of bytes: `memchr`'s count went byte by byte up to its first aligned block and
/// after its last, which here was most of the work, and a plain filter was not vectorised.
/// This counts blocks of 64 bytes (a byte-sized sum per block, which the compiler keeps in
/// vector registers), then words of 8, then bytes.
pub(crate) fn count_newlines(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const LOW_SEVEN: u64 = u64::from_le_bytes([0x7f; 8]);
    const NEWLINES: u64 = u64::from_le_bytes([b'\n'; 8]);
    let mut blocks = bytes.chunks_exact(64);
    let mut count = 0;
    for block in &mut blocks {
        // At most 64: the sum fits a byte.
        count += usize::from(block.iter().fold(0u8, |n, &b| n + u8::from(b == b'\n')));
    }
    let mut words = blocks.remainder().chunks_exact(8);
    for word in &mut words {
        let mut eight = [0; 8];
        eight.copy_from_slice(word);
        // A byte of `x` is zero where `word` has a newline; the top bit of each byte of
        // `nonzero` is set where `x`'s byte is not zero (the sum of its low seven bits and
        // 0x7f carries into the top bit, and never into the next byte).
        let x = u64::from_le_bytes(eight) ^ NEWLINES;
        let nonzero = ((x & LOW_SEVEN) + LOW_SEVEN) | x;
        let marks = (!nonzero >> 7) & ONES;
        // One per newline, in the low bit of each byte: multiplying by ONES sums them into
        // the top byte.
        count += (marks.wrapping_mul(ONES) >> 56) as usize;
    }
    count + words.remainder().iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;
    use proptest::prelude::*;

    // Texts of short lines with multi-byte characters, CRLF and lone CR: the source's own.
    use crate::source::tests::text;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn newlines_are_counted_as_a_byte_search_counts_them(text in text(), skip in 0usize..64) {
            let bytes = text.as_bytes().get(skip.min(text.len())..).unwrap();
            prop_assert_eq!(count_newlines(bytes), bytes.iter().filter(|&&b| b == b'\n').count());
        }

        /// A cursor locates as the plain path does at every offset in any order: forward,
        /// backward, repeated, past the end, inside a character; in a part starting anywhere in
        /// the file, even mid-line, and in the whole file.
        #[test]
        fn a_cursor_locates_as_the_part_does(
            text in text(),
            bounds in (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
            jumps in prop::collection::vec(any::<prop::sample::Index>(), 0..20),
        ) {
            let source = Source::new("f", text.as_str());
            let (a, b) = (bounds.0.index(text.len() + 1), bounds.1.index(text.len() + 1));
            let (mut start, end) = (a.min(b), a.max(b));
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let line = 1 + text.as_bytes()[..start].iter().filter(|&&b| b == b'\n').count();
            for part in [Part::new(&source, start..end, line), Part::whole(&source)] {
                let length = part.text().len();
                let mut cursor = Cursor::new(&part);
                // Every offset in turn, then jumps anywhere.
                let offsets = (0..=length + 2).chain(jumps.iter().map(|j| j.index(length + 3)));
                for offset in offsets {
                    prop_assert_eq!(cursor.locate(&part, offset), part.locate(offset), "offset {} of {:?}", offset, part.text());
                }
            }
        }
    }
}
