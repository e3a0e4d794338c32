//! JSON values written straight into a line's bytes, each as `serde_json` writes it (compact,
//! amounts as strings, dates as `YYYY-MM-DD` strings), for a line whose layout is written out
//! by hand rather than derived: no struct built per line, no serializer state in between.
//!
//! Whatever is not plain is handed to `serde_json` itself, so that the bytes stay its bytes:
//! a string with a character it escapes, a date whose year chrono writes with a sign.

use std::io;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::dates::iso_bytes;
use crate::digits;
use crate::money::{ROOM as AMOUNT_ROOM, write_into};

/// The room a key and its value are written in, in one piece: the longest key, and the widest
/// value (a quoted amount, with the bytes its digits may be written over with).
const KEYED: usize = 96;

/// Room made beyond what a line is expected to take, so that a key and its value find their
/// room even when the line ends up a little longer than expected.
const SPARE: usize = KEYED + 32;

/// The longest line [`append_with`] makes room for before giving up: far beyond any case
/// (a summary line takes some hundreds of bytes), it only stops a writer that would always
/// want more room from taking all memory.
const LONGEST: usize = 1 << 30;

/// The bytes of one line under construction, written into room made for them beforehand (see
/// [`append_with`]).
///
/// A key and its value are put in place in one piece, in the room they can take at most, and
/// the rest of the room moved on by what they took, rather than pushed piece by piece, each
/// push checking a vector's capacity and storing its length. Whatever was written past what a
/// value took is written over by what comes next or cut off at the end. When the room runs
/// out, the line is noted full and written again with more room.
#[derive(Debug)]
pub(crate) struct JsonBytes<'a> {
    /// The room after the bytes written.
    rest: &'a mut [u8],
    /// The whole room, from the line's first byte.
    size: usize,
    /// Whether something did not fit.
    full: bool,
}

/// Appends to `out` the bytes of a line that `write` writes into the room it is given, and
/// measures (as [`JsonBytes::written`] does): room for `capacity` bytes and some to spare,
/// and twice as much again for as long as that is not enough. Nothing when `write` fails.
///
/// `write` makes its own [`JsonBytes`] so that it is a local value whose parts the compiler
/// holds in registers, not a borrowed one written back to memory after every piece.
pub(crate) fn append_with(
    out: &mut Vec<u8>,
    capacity: usize,
    mut write: impl FnMut(&mut [u8]) -> io::Result<Option<usize>>,
) -> io::Result<()> {
    let start = out.len();
    let mut capacity = capacity + SPARE;
    let written = loop {
        out.resize(start + capacity, 0);
        match write(out.get_mut(start..).unwrap_or_default()) {
            Ok(Some(len)) => break Ok(len),
            Ok(None) if capacity < LONGEST => capacity *= 2,
            Ok(None) => break Err(io::Error::other("a line would take more than 1 GiB")),
            Err(e) => break Err(e),
        }
    };
    match written {
        Ok(len) => {
            out.truncate(start + len);
            Ok(())
        }
        Err(e) => {
            out.truncate(start);
            Err(e)
        }
    }
}

impl<'a> JsonBytes<'a> {
    /// A line to be written from the start of `room`.
    #[inline(always)]
    pub(crate) fn new(room: &'a mut [u8]) -> Self {
        JsonBytes {
            size: room.len(),
            rest: room,
            full: false,
        }
    }

    /// How many bytes were written; `None` if they did not all fit.
    #[inline(always)]
    pub(crate) fn written(&self) -> Option<usize> {
        (!self.full).then_some(self.size - self.rest.len())
    }

    /// Moves on past `n` bytes written.
    #[inline(always)]
    fn advance(&mut self, n: usize) {
        match std::mem::take(&mut self.rest).get_mut(n..) {
            Some(after) => self.rest = after,
            None => self.full = true,
        }
    }

    /// Writes `piece` as it is.
    #[inline(always)]
    fn put(&mut self, piece: &[u8]) {
        match std::mem::take(&mut self.rest).split_at_mut_checked(piece.len()) {
            Some((room, after)) => {
                room.copy_from_slice(piece);
                self.rest = after;
            }
            None => self.full = true,
        }
    }

    /// Writes `key` (punctuation and a key: `,"title":`) and gives the room for a value of at
    /// most `N` bytes after it, with how far past the bytes written that room begins; one look
    /// at the room left for both. `None` (the line noted full) if there is no such room.
    #[inline(always)]
    fn keyed<const N: usize>(&mut self, key: &'static str) -> Option<(usize, &mut [u8; N])> {
        let key = key.as_bytes();
        // Every key is short; one that is not is written on its own (decided when compiling).
        if key.len() + N > KEYED {
            self.put(key);
            return match self.rest.first_chunk_mut() {
                Some(room) => Some((0, room)),
                None => {
                    self.full = true;
                    None
                }
            };
        }
        let room = self.rest.first_chunk_mut::<KEYED>().and_then(|room| {
            let (head, tail) = room.split_at_mut_checked(key.len())?;
            Some((head, tail.first_chunk_mut::<N>()?))
        });
        match room {
            Some((head, value)) => {
                head.copy_from_slice(key);
                Some((key.len(), value))
            }
            None => {
                self.full = true;
                None
            }
        }
    }

    /// `key`, then `null`.
    #[inline(always)]
    fn null(&mut self, key: &'static str) {
        if let Some((at, room)) = self.keyed::<4>(key) {
            *room = *b"null";
            self.advance(at + 4);
        }
    }

    /// Punctuation and keys, written as given: `]}`.
    #[inline(always)]
    pub(crate) fn raw(&mut self, json: &str) {
        self.put(json.as_bytes());
    }

    /// `key`, then a string, quoted; escaped by `serde_json` when any of its bytes needs it (a
    /// quote, a backslash, a control character).
    #[inline(always)]
    pub(crate) fn string(&mut self, key: &'static str, text: &str) -> io::Result<()> {
        if needs_escape(text.as_bytes()) {
            self.raw(key);
            self.put(&escaped(text)?);
            return Ok(());
        }
        let (key, text) = (key.as_bytes(), text.as_bytes());
        let len = key.len() + text.len() + 2;
        match std::mem::take(&mut self.rest).split_at_mut_checked(len) {
            Some((room, after)) => {
                if let Some((head, [open, inside @ .., close])) = room.split_at_mut_checked(key.len()) {
                    head.copy_from_slice(key);
                    *open = b'"';
                    inside.copy_from_slice(text);
                    *close = b'"';
                }
                self.rest = after;
            }
            None => self.full = true,
        }
        Ok(())
    }

    /// `key`, then an optional string, `null` when absent.
    #[inline(always)]
    pub(crate) fn string_opt(&mut self, key: &'static str, text: Option<&str>) -> io::Result<()> {
        match text {
            Some(t) => self.string(key, t),
            None => {
                self.null(key);
                Ok(())
            }
        }
    }

    /// `key`, then a whole number.
    #[inline(always)]
    pub(crate) fn integer(&mut self, key: &'static str, n: impl Integer) {
        let (negative, magnitude) = n.sign_and_magnitude();
        // A sign, the 20 digits of a u64, and what may be written past fewer of them.
        let Some((at, room)) = self.keyed::<28>(key) else {
            return;
        };
        // Written whatever the sign; the first digit goes over it when there is none.
        room[0] = b'-';
        let sign = usize::from(negative);
        match room
            .get_mut(sign..)
            .and_then(|slot| digits::put_at_start(slot, magnitude))
        {
            Some(len) => self.advance(at + sign + len),
            None => self.full = true,
        }
    }

    /// `key`, then an amount, as a string of its exact decimal text (`"114330.50"`).
    #[inline(always)]
    pub(crate) fn amount(&mut self, key: &'static str, value: Decimal) {
        let Some((at, room)) = self.keyed::<{ AMOUNT_ROOM + 2 }>(key) else {
            return;
        };
        let [open, text @ .., _] = room;
        *open = b'"';
        let len = write_into(value, text);
        match text.get_mut(len) {
            Some(close) => {
                *close = b'"';
                self.advance(at + len + 2);
            }
            None => self.full = true,
        }
    }

    /// `key`, then an optional amount, `null` when absent.
    #[inline(always)]
    pub(crate) fn amount_opt(&mut self, key: &'static str, value: Option<Decimal>) {
        match value {
            Some(v) => self.amount(key, v),
            None => self.null(key),
        }
    }

    /// `key`, then a date, as a `YYYY-MM-DD` string.
    #[inline(always)]
    pub(crate) fn date(&mut self, key: &'static str, date: NaiveDate) -> io::Result<()> {
        let Some(text) = iso_bytes(date) else {
            self.raw(key);
            self.put(&signed_date(date)?);
            return Ok(());
        };
        if let Some((at, room)) = self.keyed::<12>(key) {
            let [open, inside @ .., close] = room;
            *open = b'"';
            *inside = text;
            *close = b'"';
            self.advance(at + 12);
        }
        Ok(())
    }

    /// `key`, then an optional date, `null` when absent.
    #[inline(always)]
    pub(crate) fn date_opt(&mut self, key: &'static str, date: Option<NaiveDate>) -> io::Result<()> {
        match date {
            Some(d) => self.date(key, d),
            None => {
                self.null(key);
                Ok(())
            }
        }
    }
}

/// A string as `serde_json` escapes it, quoted.
#[cold]
#[inline(never)]
fn escaped(text: &str) -> io::Result<Vec<u8>> {
    serde_json::to_vec(text).map_err(io::Error::other)
}

/// A date whose year chrono writes with a sign, as `serde_json` writes it.
#[cold]
#[inline(never)]
fn signed_date(date: NaiveDate) -> io::Result<Vec<u8>> {
    serde_json::to_vec(&date).map_err(io::Error::other)
}

/// A whole number as its sign and magnitude, for [`JsonBytes::integer`].
pub(crate) trait Integer: Copy {
    /// Whether it is negative, and its absolute value.
    fn sign_and_magnitude(self) -> (bool, u64);
}

impl Integer for u32 {
    fn sign_and_magnitude(self) -> (bool, u64) {
        (false, u64::from(self))
    }
}

impl Integer for usize {
    fn sign_and_magnitude(self) -> (bool, u64) {
        // A usize has at most 64 bits on every target Rust supports.
        (false, u64::try_from(self).unwrap_or(u64::MAX))
    }
}

impl Integer for i64 {
    fn sign_and_magnitude(self) -> (bool, u64) {
        (self < 0, self.unsigned_abs())
    }
}

/// Whether `text` has a byte JSON escapes: a control character, a quote or a backslash.
///
/// Looked at eight bytes at a time: for each word, the classic tests for a byte below a bound
/// and for a zero byte (here of the word XORed with the quote, then with the backslash) each
/// set a byte's high bit, and whether any is set is exact. The last bytes are looked at as the
/// last word (overlapping the one before), or byte by byte in a text shorter than a word.
#[inline(always)]
fn needs_escape(text: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    /// Whether a byte of `word` is below `n` (`n` at most 128).
    const fn has_below(word: u64, n: u8) -> u64 {
        word.wrapping_sub(ONES * n as u64) & !word & HIGHS
    }
    let escapes = |word: &[u8; 8]| {
        let word = u64::from_ne_bytes(*word);
        has_below(word, 0x20) | has_below(word ^ (ONES * b'"' as u64), 1) | has_below(word ^ (ONES * b'\\' as u64), 1)
            != 0
    };
    match text.last_chunk::<8>() {
        Some(last) => text.as_chunks::<8>().0.iter().any(escapes) || escapes(last),
        None => text.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn line_of(room: &mut [u8], write: impl FnOnce(&mut JsonBytes) -> io::Result<()>) -> io::Result<Option<usize>> {
        let mut line = JsonBytes::new(room);
        write(&mut line)?;
        Ok(line.written())
    }

    /// What `write` writes, given no room at first: the line is written again with more room
    /// until it fits.
    fn written(mut write: impl FnMut(&mut JsonBytes) -> io::Result<()>) -> String {
        let mut line = b"before".to_vec();
        append_with(&mut line, 0, |room| line_of(room, &mut write)).unwrap();
        let mut roomy = b"before".to_vec();
        append_with(&mut roomy, 1000, |room| line_of(room, &mut write)).unwrap();
        assert_eq!(line, roomy);
        String::from_utf8(line.strip_prefix(b"before").unwrap().to_vec()).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for text in [
            "",
            "plain",
            "Société Générale — « astreinte »",
            "a \"quoted\" name",
            "back\\slash",
            "tab\there, newline\nthere",
            "\u{0}\u{1f}\u{7f}",
            "emoji 🦀 and \u{2028}",
        ] {
            assert_eq!(written(|l| l.string("", text)), serde_json::to_string(text).unwrap());
        }
        assert_eq!(written(|l| l.string_opt("", None)), "null");
    }

    /// Every byte, at every place of texts of every length up to three words and a bit, among
    /// bytes that need no escape (the property tests rarely put the one odd byte in a word).
    #[test]
    fn needs_escape_finds_any_byte_anywhere() {
        for len in 1..=27 {
            for at in 0..len {
                for byte in 0..=255u8 {
                    let mut text = vec![b'a'; len];
                    text[at] = byte;
                    let expected = byte < 0x20 || byte == b'"' || byte == b'\\';
                    assert_eq!(needs_escape(&text), expected, "{byte:#x} at {at} of {len}");
                }
            }
        }
        assert!(!needs_escape(b""));
    }

    #[test]
    fn dates_of_any_year_are_written_as_chrono_writes_them() {
        for (y, m, d) in [(2022, 12, 19), (0, 1, 1), (9999, 12, 31), (10_000, 1, 1), (-1, 6, 30)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(written(|l| l.date("", date)), serde_json::to_string(&date).unwrap());
        }
        assert_eq!(written(|l| l.date_opt("", None)), "null");
    }

    #[test]
    fn amounts_and_integers_are_written_as_serde_json_writes_them() {
        for value in [
            Decimal::new(11_433_050, 2),
            Decimal::new(-7, 0),
            -Decimal::new(0, 2),
            Decimal::new(-1, 28),
            Decimal::from_i128_with_scale(i128::from(u64::MAX), 28),
            Decimal::MAX,
            Decimal::MIN,
        ] {
            let line = written(|l| {
                l.amount("", value);
                l.amount_opt(",", Some(value));
                l.amount_opt(",", None);
                Ok(())
            });
            let expected = format!("{0},{0},null", serde_json::to_string(&value).unwrap());
            assert_eq!(line, expected);
        }
        for n in [0, 9, 10, -1, -10, i64::MIN, i64::MAX] {
            assert_eq!(
                written(|l| {
                    l.integer("", n);
                    Ok(())
                }),
                n.to_string()
            );
        }
        for n in [0, 99, 100, usize::MAX] {
            assert_eq!(
                written(|l| {
                    l.integer("", n);
                    Ok(())
                }),
                n.to_string()
            );
        }
    }

    #[test]
    fn a_line_longer_than_its_room_is_written_again_with_more_room() {
        let title = "t".repeat(300);
        let mut writes = 0;
        let mut line = Vec::new();
        let mut write = |l: &mut JsonBytes| {
            writes += 1;
            for _ in 0..3 {
                l.string("{\"title\":", &title)?;
                l.amount(",\"amount\":", Decimal::MAX);
                l.raw("}");
            }
            Ok(())
        };
        append_with(&mut line, 0, |room| line_of(room, &mut write)).unwrap();
        let one = format!("{{\"title\":\"{title}\",\"amount\":\"{}\"}}", Decimal::MAX);
        assert_eq!(String::from_utf8(line).unwrap(), one.repeat(3));
        // 1,062 bytes: room for 128, 256, 512, 1,024, then 2,048 bytes.
        assert_eq!(writes, 5);
    }

    #[test]
    fn a_key_longer_than_the_room_for_a_key_is_written_on_its_own() {
        const KEY: &str =
            ",\"a key far longer than any key of the summary line, which each fit with their value in one room\":";
        // Longer even than the room with the narrowest value (`null`).
        assert!(KEY.len() + 4 > KEYED);
        let line = written(|l| {
            l.amount(KEY, Decimal::new(-11_433_050, 2));
            l.integer(KEY, 42usize);
            l.date(KEY, NaiveDate::from_ymd_opt(2022, 12, 19).unwrap())?;
            l.null(KEY);
            Ok(())
        });
        assert_eq!(line, format!("{KEY}\"-114330.50\"{KEY}42{KEY}\"2022-12-19\"{KEY}null"));
    }

    #[test]
    fn a_failed_write_leaves_nothing() {
        let mut out = b"kept".to_vec();
        let failed = append_with(&mut out, 0, |room| {
            line_of(room, |l| {
                l.raw("something");
                Err(io::Error::other("no"))
            })
        });
        assert!(failed.is_err());
        assert_eq!(out, b"kept");
    }

    proptest! {
        #[test]
        fn any_string_is_written_as_serde_json_writes_it(text in any::<String>()) {
            prop_assert_eq!(written(|l| l.string("", &text)), serde_json::to_string(&text).unwrap());
        }

        #[test]
        fn strings_full_of_escapes_are_written_as_serde_json_writes_them(
            text in r#"["\\\x00-\x1f\x7f aé€🦀/]{0,12}"#,
        ) {
            prop_assert_eq!(written(|l| l.string("", &text)), serde_json::to_string(&text).unwrap());
        }
    }
}
