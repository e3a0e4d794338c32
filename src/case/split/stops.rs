//! Finding the bytes the split's lexer may act on, sixty-four at a time.
//!
//! Nearly every byte of a batch is part of a key, a date, a number or a title, and matters to
//! nothing in the split. Searched for a byte at a time (`position(is_special)`), the next byte
//! that may matter cost most of the lexer's 57.7M instructions in a 20,000-case summary run,
//! a tenth of the run (callgrind). Here the bytes of a block of 64 are tested together, and
//! their verdicts kept as one 64-bit map, so that the lexer, which stops two or three times on
//! a line (a quote, the closing quote, the newline), finds each next stop with a shift and a
//! count of trailing zeros: the lexer and its helpers take 28.4M instructions in that run.

/// The stops of a text, found a block of sixty-four bytes at a time.
///
/// A stop is a byte the lexer may act on: every byte it acts on (a newline, `#`, a quote, a
/// bracket or a brace, a backslash in a basic string), and a few it never does, which the test
/// in [`is_stop`] takes with them because three ranges of bytes are cheaper to test than nine
/// bytes: `! $ % & ( ) * |` and the control bytes 0x01 to 0x09 (tab included). The lexer steps
/// over a stop it has no use for. A byte with its top bit set (part of a multi-byte UTF-8
/// character) is never a stop.
#[derive(Debug)]
pub(super) struct Stops<'a> {
    bytes: &'a [u8],
    /// The offset of the block last tested.
    block: usize,
    /// Its stops: bit `k` is set when the byte at `block + k` is one.
    map: u64,
}

impl<'a> Stops<'a> {
    /// The stops of `bytes`, wanted from `from` on.
    pub(super) fn new(bytes: &'a [u8], from: usize) -> Self {
        Stops {
            bytes,
            block: from,
            map: block_stops(bytes, from),
        }
    }

    /// The text searched.
    pub(super) fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The offset of the first stop at or after `from`, or the text's length if there is none.
    #[inline]
    pub(super) fn next(&mut self, from: usize) -> usize {
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

    /// The offset just after the newline that ends the line `from` is on (or the text's end):
    /// a newline is a stop.
    #[inline(always)]
    pub(super) fn line_end(&mut self, from: usize) -> usize {
        let mut i = from;
        loop {
            i = self.next(i);
            match self.bytes.get(i) {
                Some(b'\n') => return i + 1,
                Some(_) => i += 1,
                None => return i,
            }
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
/// is then set in place. About 100 instructions for the 64 bytes (135 with the search around
/// it); the same test written on `u64` words with bit tricks (SWAR: a dozen additions, masks
/// and comparisons a word, `tops * 0x0102…80` to gather) took 175 to 210, however written.
/// Should the compiler not vectorize the loop, the map is the same, only slower to make.
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

/// Whether `byte` is a stop (see [`Stops`]): three ranges of ASCII.
#[inline(always)]
fn is_stop(byte: u8) -> bool {
    matches!(byte, 0x01..=0x0A | b'!'..=b'*' | b'['..=b']' | b'{'..=b'}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// The first stop at or after `from`, byte by byte.
    fn one_at_a_time(bytes: &[u8], from: usize) -> usize {
        (from..bytes.len()).find(|&i| is_stop(bytes[i])).unwrap_or(bytes.len())
    }

    #[test]
    fn the_lexer_stops_at_every_byte_it_acts_on() {
        assert!(b"\n#\"'[]{}\\".iter().all(|&b| is_stop(b)));
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
            let mut stops = Stops::new(&bytes, froms[0]);
            for from in froms {
                proptest::prop_assert_eq!(stops.next(from), one_at_a_time(&bytes, from), "{:?} from {}", bytes, from);
                let line_end = (from..bytes.len()).find(|&i| bytes[i] == b'\n').map_or(bytes.len(), |i| i + 1);
                proptest::prop_assert_eq!(stops.line_end(from), line_end, "{:?} from {}", bytes, from);
            }
        }
    }
}
