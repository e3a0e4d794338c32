//! Finding the bytes the split's lexer may act on, sixty-four at a time.
//!
//! Plain path: [`OneByOne`], which looks at the bytes one at a time. Seam:
//! [`split`](crate::case::split()) reads a batch through [`Blocks`]; the lexer and the scan are
//! the same either way.
//!
//! Nearly every byte of a batch is part of a key, a date, a number or a title, and matters to
//! nothing in the split. Here the bytes of a block of 64 are tested together and their verdicts
//! kept as one 64-bit map, so that the lexer, which stops two or three times on a line (a
//! quote, the closing quote, the newline), finds each next stop with a shift and a count of
//! trailing zeros. The split is read before any case is computed, so its speed is the batch's.

use crate::case::split::FindStops;
#[cfg(doc)]
use crate::case::split::OneByOne;

/// The stops of a text, found a block of sixty-four bytes at a time.
///
/// A stop is a byte the lexer may act on: every byte it acts on (a newline, `#`, a quote, a
/// bracket or a brace, a backslash in a basic string), and a few it never does, which the test
/// in [`is_stop`] takes with them because three ranges of bytes are cheaper to test than nine
/// bytes: `! $ % & ( ) * |` and the control bytes 0x01 to 0x09 (tab included). The lexer steps
/// over a stop it has no use for. A byte with its top bit set (part of a multi-byte UTF-8
/// character) is never a stop.
#[derive(Debug)]
pub(crate) struct Blocks<'a> {
    bytes: &'a [u8],
    /// The offset of the block last tested.
    block: usize,
    /// Its stops: bit `k` is set when the byte at `block + k` is one.
    map: u64,
}

impl<'a> Blocks<'a> {
    /// The stops of `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Blocks::from(bytes, 0)
    }

    /// The stops of `bytes`, wanted from `from` on.
    fn from(bytes: &'a [u8], from: usize) -> Self {
        Blocks {
            bytes,
            block: from,
            map: block_stops(bytes, from),
        }
    }
}

impl<'a> FindStops<'a> for Blocks<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    #[inline]
    fn next(&mut self, from: usize) -> usize {
        // Most often the next stop is in the block last tested.
        let into = from.wrapping_sub(self.block);
        if into < 64 {
            let ahead = self.map >> into;
            if ahead != 0 {
                return from + ahead.trailing_zeros() as usize;
            }
        }
        // Blocks are tested from where the stops are wanted, or from where the last one ends
        // if that has none left (it is not tested again).
        let start = if into < 64 { self.block + 64 } else { from };
        match first_with_stops(self.bytes, start) {
            Some((block, map)) => {
                self.block = block;
                self.map = map;
                block + map.trailing_zeros() as usize
            }
            None => self.bytes.len(),
        }
    }
}

/// The first block of `bytes` from `start` on (at `start`, `start + 64`, …) with a stop in
/// it, and its stops; `None` if there is none. Kept out of line: most stops are found in the
/// block last tested, and the lexer's loop stays short.
#[inline(never)]
fn first_with_stops(bytes: &[u8], start: usize) -> Option<(usize, u64)> {
    let mut block = start;
    while block < bytes.len() {
        let map = block_stops(bytes, block);
        if map != 0 {
            return Some((block, map));
        }
        block += 64;
    }
    None
}

/// The stops of the 64 bytes of `bytes` from `at` as a bitmap, the first lowest; past the end
/// of `bytes`, spaces stand for the missing bytes (a space is no stop).
#[inline(always)]
fn block_stops(bytes: &[u8], at: usize) -> u64 {
    let rest = bytes.get(at..).unwrap_or_default();
    match rest.first_chunk::<64>() {
        Some(block) => map_of(block),
        None => {
            let mut block = [b' '; 64];
            block.iter_mut().zip(rest).for_each(|(to, &from)| *to = from);
            map_of(&block)
        }
    }
}

/// The stops of `block`, one bit a byte.
///
/// Each byte is tested on its own ([`is_stop`]) and its verdict written as a byte of its own,
/// in a loop the compiler turns into SIMD instructions that test sixteen bytes at once (SSE2,
/// part of every x86-64 processor). It cannot gather the verdicts into bits that way; that is
/// done eight at a time: the verdict of byte `j` of a word of eight is bit `j` (or nothing),
/// so one multiplication by 0x0101…01 adds the eight into the top byte, with no carry, which
/// is then set in place (the same test written with bit tricks on `u64` words cost more:
/// docs/performance/). Should the compiler not vectorize the loop, the map is the same, only
/// slower to make.
#[inline(always)]
fn map_of(block: &[u8; 64]) -> u64 {
    let mut verdicts = [0u8; 64];
    for ((verdict, &byte), &bit) in verdicts.iter_mut().zip(block).zip(&BIT_IN_WORD) {
        *verdict = if is_stop(byte) { bit } else { 0 };
    }
    let (words, _) = verdicts.as_chunks::<8>();
    words.iter().enumerate().fold(0, |map, (k, &word)| {
        let eight = u64::from_le_bytes(word).wrapping_mul(0x0101_0101_0101_0101) >> 56;
        map | (eight << (8 * k))
    })
}

/// For each byte of a block, its bit among the eight of its word.
#[rustfmt::skip]
const BIT_IN_WORD: [u8; 64] = [
    1, 2, 4, 8, 16, 32, 64, 128,
    1, 2, 4, 8, 16, 32, 64, 128,
    1, 2, 4, 8, 16, 32, 64, 128,
    1, 2, 4, 8, 16, 32, 64, 128,
    1, 2, 4, 8, 16, 32, 64, 128,
    1, 2, 4, 8, 16, 32, 64, 128,
    1, 2, 4, 8, 16, 32, 64, 128,
    1, 2, 4, 8, 16, 32, 64, 128,
];

/// Whether `byte` is a stop (see [`Blocks`]): three ranges of ASCII.
#[inline(always)]
fn is_stop(byte: u8) -> bool {
    matches!(byte, 0x01..=0x0A | b'!'..=b'*' | b'['..=b']' | b'{'..=b'}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::split::{Lexer, OneByOne, Quote, scan};
    use proptest::strategy::Strategy;

    /// Bytes rich in what the lexer acts on: quotes alone and in threes, backslashes, brackets,
    /// comments, newlines; bytes that are those with the top bit set (within multi-byte UTF-8
    /// characters, or not UTF-8 at all); and runs of plain bytes, so that lines often run on
    /// past a block of 64 bytes.
    fn lexer_food() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            4 => proptest::sample::select(b"\n#\"'[]{}\\|".to_vec()).prop_map(|b| vec![b]),
            1 => proptest::sample::select(vec!["\"\"\"", "\'\'\'", "\\\"", "\\\n", "é", "€", "¢", "Ċ", "ۀ", "𝄞"])
                .prop_map(|s| s.as_bytes().to_vec()),
            1 => proptest::sample::select(b"\x8a\xa2\xa3\xa7\xdb\xdc\xdd\xfb\xfc\xfd\x00\x7f".to_vec()).prop_map(|b| vec![b]),
            2 => "[a-z0-9 =.-]{1,19}".prop_map(String::into_bytes),
            1 => "[a-z0-9 =.-]{20,140}".prop_map(String::into_bytes),
        ];
        proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Line after line, from any offset and any state, the lexer ends each line and leaves
        /// each state as it does with the stops found one byte at a time.
        #[test]
        fn the_lexer_reads_lines_as_with_the_plain_stops(
            bytes in lexer_food(),
            start in 0usize..400,
            open_string in proptest::sample::select(vec![None, Some(Quote::Basic), Some(Quote::Literal)]),
            depth in 0usize..3,
        ) {
            let start = start.min(bytes.len());
            let mut expected = Lexer { open_string, depth };
            let mut lexer = expected;
            let (mut blocks, mut plain) = (Blocks::from(&bytes, start), OneByOne(&bytes));
            let mut at = start;
            loop {
                let end = expected.line(&mut plain, at);
                proptest::prop_assert_eq!(lexer.line(&mut blocks, at), end, "{:?} from {}", bytes, at);
                proptest::prop_assert_eq!(lexer, expected, "{:?} from {}", bytes, at);
                if end >= bytes.len() {
                    break;
                }
                at = end;
            }
        }
    }

    /// Lines a batch is made of, and lines that unmake it: headers, indented or not, with a
    /// comment or something else after them; comments; values over several lines; strings
    /// with headers in them; and lines of bytes the lexer acts on.
    fn batch_food() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let line = prop_oneof![
            // Lines a batch may have, values and strings over several lines included.
            24 => proptest::sample::select(vec![
                "[[case]]", " [[case]] # one", "\t[[case]]", "[case.order]", "  [case.penalty] # p",
                "[[case.liquidation]]", "[[case.l]] x", "# comment \"[", "", "  ", "a = \"\"\"\n[[case]]\n\"\"\"",
                "b = '''[[case]]\n'''", "c = [1,\n  [2],\n]", "d = { e = [\n] }", "title = \"Case 000123\"",
                "amount = \"125.50\"", "decided = 2003-11-06", "f = \"\\\"[[case]]\"", "g = 'c:\\'",
                "h = \"\"\"x\\\n[[case]]\"\"\"\"\"",
            ])
            .prop_map(|line| line.as_bytes().to_vec()),
            // Lines that leave something open, or close what is not, and headers the split
            // leaves to the whole-document parse.
            2 => proptest::sample::select(vec![
                "\"\"\"", "'''", "c = [", "]", "}", "[[case]]x", "[[case]", "[other]", "[ case.o ]", "[\"case\"]",
            ])
            .prop_map(|line| line.as_bytes().to_vec()),
            1 => lexer_food(),
        ];
        // Most batches begin with a header; a text that does not is given up at once.
        let first = proptest::sample::select(vec![&b"[[case]]"[..], b"# cases\n[[case]]", b""]);
        (first, proptest::collection::vec(line, 0..40))
            .prop_map(|(first, lines)| [vec![first.to_vec()], lines].concat().join(&b'\n'))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The scan of a text finds the headers, on the same lines, and gives up where it does
        /// with the stops found one byte at a time.
        #[test]
        fn the_scan_finds_the_headers_it_finds_with_the_plain_stops(bytes in batch_food()) {
            proptest::prop_assert_eq!(scan(&mut Blocks::new(&bytes)), scan(&mut OneByOne(&bytes)), "{:?}", bytes);
        }
    }

    /// The first stop at or after `from`, byte by byte.
    fn one_at_a_time(bytes: &[u8], from: usize) -> usize {
        (from..bytes.len()).find(|&i| is_stop(bytes[i])).unwrap_or(bytes.len())
    }

    #[test]
    fn every_byte_the_lexer_acts_on_is_a_stop() {
        for byte in 0..=u8::MAX {
            assert!(!crate::case::split::is_stop(byte) || is_stop(byte), "{byte:#04x}");
        }
        assert!(!b" =-._:,+aZ09\xc3\xa9".iter().any(|&b| is_stop(b)));
    }

    #[test]
    fn every_byte_alone_in_any_place_of_a_block_is_told_right() {
        for byte in 0..=u8::MAX {
            for place in 0..64 {
                let mut block = [b'a'; 64];
                block[place] = byte;
                let expected = if is_stop(byte) { 1 << place } else { 0 };
                assert_eq!(map_of(&block), expected, "{byte:#04x} at {place}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Found a block at a time, from any offset and in any order of offsets, the stops and
        /// the line ends are the ones a byte-by-byte search finds.
        #[test]
        fn stops_are_the_ones_found_one_byte_at_a_time(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(b"\n#\"'[\\]{|}$\t".to_vec()).prop_map(|b| vec![b]),
                    proptest::sample::select(b"\x8a\xa2\xa3\xa7\xdb\xdc\xdd\xfb\xfc\xfd\xa0\x00\x7f".to_vec())
                        .prop_map(|b| vec![b]),
                    proptest::num::u8::ANY.prop_map(|b| vec![b]),
                    // Runs with no stop, some over whole blocks.
                    "[a-z0-9 =.-]{0,150}".prop_map(String::into_bytes),
                ],
                0..40,
            ),
            froms in proptest::collection::vec(0usize..400, 1..20),
        ) {
            let bytes = pieces.concat();
            let mut stops = Blocks::from(&bytes, froms[0]);
            for from in froms {
                proptest::prop_assert_eq!(stops.next(from), one_at_a_time(&bytes, from), "{:?} from {}", bytes, from);
                let line_end = (from..bytes.len()).find(|&i| bytes[i] == b'\n').map_or(bytes.len(), |i| i + 1);
                proptest::prop_assert_eq!(stops.line_end(from), line_end, "{:?} from {}", bytes, from);
            }
        }
    }
}
