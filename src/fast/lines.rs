//! The split's lexer, finding the bytes it may act on sixty-four at a time.
//!
//! Plain path: [`Lexer::line`] and [`line_end`], which look at the bytes of a line one at a time.
//! Seam: [`split`](crate::case::split()) reads the lines of a batch with [`Lines`] (the
//! [`ReadLines`] of the plain path is [`Plain`](crate::case::split::Plain)).
//!
//! Nearly every byte of a batch is part of a key, a date, a number or a title, and matters to
//! nothing in the split. Here the bytes of a block of 64 are tested together and their verdicts
//! kept as one 64-bit map, so that the lexer, which stops two or three times on a line (a
//! quote, the closing quote, the newline), finds each next stop with a shift and a count of
//! trailing zeros. The split is read before any case is computed, so its speed is the batch's.

use crate::case::split::{Lexer, Quote, ReadLines, starts_with};

/// The lines of a text, read as [`Plain`](crate::case::split::Plain) reads them.
pub(crate) struct Lines<'a> {
    stops: Stops<'a>,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Lines {
            stops: Stops::new(bytes, 0),
        }
    }
}

impl ReadLines for Lines<'_> {
    fn line(&mut self, lexer: &mut Lexer, start: usize) -> usize {
        self.read_line(lexer, start)
    }

    fn line_end(&mut self, from: usize) -> usize {
        self.stops.line_end(from)
    }
}

impl Lines<'_> {
    /// [`Lexer::line`]: the line that starts at `start` read into `lexer`, and the offset after
    /// its newline (or the end of the text).
    #[inline(always)]
    fn read_line(&mut self, lexer: &mut Lexer, start: usize) -> usize {
        let stops = &mut self.stops;
        let bytes = stops.bytes();
        let mut i = start;
        loop {
            if let Some(quote) = lexer.open_string {
                match close_multiline(lexer, stops, i, quote) {
                    Ok(after) => i = after,
                    Err(line_end) => return line_end,
                }
            }
            // Most bytes matter to nothing here: skip to the next one that may.
            i = stops.next(i);
            let Some(&byte) = bytes.get(i) else {
                return i;
            };
            // The stop most often met first.
            if byte == b'\n' {
                return i + 1;
            }
            match byte {
                b'#' => return stops.line_end(i),
                quote @ (b'"' | b'\'') => {
                    let kind = if quote == b'"' { Quote::Basic } else { Quote::Literal };
                    if opens_multiline(bytes, i, quote) {
                        lexer.open_string = Some(kind);
                        i += 3;
                    } else {
                        match close_single(stops, i + 1, kind) {
                            Some(after) => i = after,
                            // Not closed on its line: a one-line string cannot run on.
                            None => return stops.line_end(i),
                        }
                    }
                }
                b'[' | b'{' => {
                    lexer.depth += 1;
                    i += 1;
                }
                b']' | b'}' => {
                    // One with nothing open closes nothing.
                    lexer.depth = lexer.depth.saturating_sub(1);
                    i += 1;
                }
                // A stop that matters only inside strings (`\\`), or not at all.
                _ => i += 1,
            }
        }
    }
}

/// Inside a multi-line string from `i`: `Ok` with the offset after its closing quotes (up to
/// two more quotes belong to the string), or `Err` with the offset after the newline if the
/// string goes on past this line.
#[inline(always)]
fn close_multiline(lexer: &mut Lexer, stops: &mut Stops, mut i: usize, quote: Quote) -> Result<usize, usize> {
    let bytes = stops.bytes();
    let q = quote.byte();
    loop {
        i = stops.next(i);
        let Some(&byte) = bytes.get(i) else {
            return Err(bytes.len());
        };
        if byte == b'\n' {
            return Err(i + 1);
        } else if quote == Quote::Basic && byte == b'\\' {
            // An escape takes the next byte, unless the line ends there (a line-ending
            // backslash): the newline still ends the line.
            i += if bytes.get(i + 1) == Some(&b'\n') { 1 } else { 2 };
        } else if starts_with(bytes, i, &[q; 3]) {
            i += 3;
            let mut extra = 0;
            while extra < 2 && bytes.get(i) == Some(&q) {
                i += 1;
                extra += 1;
            }
            lexer.open_string = None;
            return Ok(i);
        } else {
            i += 1;
        }
    }
}

/// The offset after the closing quote of a one-line string whose content starts at `i`;
/// `None` if the line ends first.
#[inline(always)]
fn close_single(stops: &mut Stops, mut i: usize, quote: Quote) -> Option<usize> {
    let bytes = stops.bytes();
    let q = quote.byte();
    loop {
        i = stops.next(i);
        let byte = *bytes.get(i)?;
        // The stop most often met first.
        if byte == q {
            return Some(i + 1);
        }
        match byte {
            b'\\' if quote == Quote::Basic => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    return None;
                }
                i += 2;
            }
            b'\n' => return None,
            _ => i += 1,
        }
    }
}

/// Whether the quote `q` at `i` opens a multi-line string (is the first of three).
#[inline(always)]
fn opens_multiline(bytes: &[u8], i: usize, q: u8) -> bool {
    // Most often the string is a one-line one, and the byte after the quote tells.
    bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q)
}

/// The stops of a text, found a block of sixty-four bytes at a time.
///
/// A stop is a byte the lexer may act on: every byte it acts on (a newline, `#`, a quote, a
/// bracket or a brace, a backslash in a basic string), and a few it never does, which the test
/// in [`is_stop`] takes with them because three ranges of bytes are cheaper to test than nine
/// bytes: `! $ % & ( ) * |` and the control bytes 0x01 to 0x09 (tab included). The lexer steps
/// over a stop it has no use for. A byte with its top bit set (part of a multi-byte UTF-8
/// character) is never a stop.
#[derive(Debug)]
struct Stops<'a> {
    bytes: &'a [u8],
    /// The offset of the block last tested.
    block: usize,
    /// Its stops: bit `k` is set when the byte at `block + k` is one.
    map: u64,
}

impl<'a> Stops<'a> {
    /// The stops of `bytes`, wanted from `from` on.
    fn new(bytes: &'a [u8], from: usize) -> Self {
        Stops {
            bytes,
            block: from,
            map: block_stops(bytes, from),
        }
    }

    /// The text searched.
    fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The offset of the first stop at or after `from`, or the text's length if there is none.
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

    /// The offset just after the newline that ends the line `from` is on (or the text's end):
    /// a newline is a stop.
    #[inline(always)]
    fn line_end(&mut self, from: usize) -> usize {
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

/// Whether `byte` is a stop (see [`Stops`]): three ranges of ASCII.
#[inline(always)]
fn is_stop(byte: u8) -> bool {
    matches!(byte, 0x01..=0x0A | b'!'..=b'*' | b'['..=b']' | b'{'..=b'}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::split::{Plain, scan};
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
        /// Line after line, from any offset and any state, the lexer ends each line where the
        /// plain lexer does and leaves the same state open.
        #[test]
        fn the_lexer_reads_lines_as_the_plain_one_does(
            bytes in lexer_food(),
            start in 0usize..400,
            open_string in proptest::sample::select(vec![None, Some(Quote::Basic), Some(Quote::Literal)]),
            depth in 0usize..3,
        ) {
            let start = start.min(bytes.len());
            let mut expected = Lexer { open_string, depth };
            let mut lexer = expected;
            let mut lines = Lines { stops: Stops::new(&bytes, start) };
            let mut at = start;
            loop {
                let end = expected.line(&bytes, at);
                proptest::prop_assert_eq!(lines.read_line(&mut lexer, at), end, "{:?} from {}", bytes, at);
                proptest::prop_assert_eq!(
                    (lexer.open_string, lexer.depth),
                    (expected.open_string, expected.depth),
                    "{:?} from {}", bytes, at
                );
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
        /// The scan of a text finds the headers the plain one finds, on the same lines, and
        /// gives up where it does.
        #[test]
        fn the_scan_finds_the_headers_the_plain_one_finds(bytes in batch_food()) {
            proptest::prop_assert_eq!(
                scan(&bytes, &mut Lines::new(&bytes)),
                scan(&bytes, &mut Plain(&bytes)),
                "{:?}", bytes
            );
        }
    }

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
