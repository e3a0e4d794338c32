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
use crate::money::write_plain;

/// The bytes of one line under construction.
#[derive(Debug, Default)]
pub(crate) struct JsonBytes {
    bytes: Vec<u8>,
}

impl JsonBytes {
    /// Goes on after `bytes` (earlier lines, kept), with room for `capacity` more.
    pub(crate) fn after(mut bytes: Vec<u8>, capacity: usize) -> Self {
        bytes.reserve(capacity);
        JsonBytes { bytes }
    }

    /// The bytes written.
    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Punctuation and keys, written as given: `{"title":`.
    pub(crate) fn raw(&mut self, json: &str) {
        self.bytes.extend_from_slice(json.as_bytes());
    }

    /// A string, quoted; escaped by `serde_json` when any of its bytes needs it (a quote, a
    /// backslash, a control character).
    pub(crate) fn string(&mut self, text: &str) -> io::Result<()> {
        if text.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
            return serde_json::to_writer(&mut self.bytes, text).map_err(io::Error::other);
        }
        self.bytes.push(b'"');
        self.bytes.extend_from_slice(text.as_bytes());
        self.bytes.push(b'"');
        Ok(())
    }

    /// An optional string, `null` when absent.
    pub(crate) fn string_opt(&mut self, text: Option<&str>) -> io::Result<()> {
        match text {
            Some(t) => self.string(t),
            None => {
                self.raw("null");
                Ok(())
            }
        }
    }

    /// A whole number.
    pub(crate) fn integer(&mut self, n: impl itoa::Integer) {
        self.bytes.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    /// An amount, as a string of its exact decimal text (`"114330.50"`).
    pub(crate) fn amount(&mut self, value: Decimal) {
        self.bytes.push(b'"');
        write_plain(value, &mut self.bytes);
        self.bytes.push(b'"');
    }

    /// An optional amount, `null` when absent.
    pub(crate) fn amount_opt(&mut self, value: Option<Decimal>) {
        match value {
            Some(v) => self.amount(v),
            None => self.raw("null"),
        }
    }

    /// A date, as a `YYYY-MM-DD` string.
    pub(crate) fn date(&mut self, date: NaiveDate) -> io::Result<()> {
        let Some(text) = iso_bytes(date) else {
            return serde_json::to_writer(&mut self.bytes, &date).map_err(io::Error::other);
        };
        self.bytes.push(b'"');
        self.bytes.extend_from_slice(&text);
        self.bytes.push(b'"');
        Ok(())
    }

    /// An optional date, `null` when absent.
    pub(crate) fn date_opt(&mut self, date: Option<NaiveDate>) -> io::Result<()> {
        match date {
            Some(d) => self.date(d),
            None => {
                self.raw("null");
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn written(write: impl FnOnce(&mut JsonBytes) -> io::Result<()>) -> String {
        let mut line = JsonBytes::default();
        write(&mut line).unwrap();
        String::from_utf8(line.into_bytes()).unwrap()
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
            assert_eq!(written(|l| l.string(text)), serde_json::to_string(text).unwrap());
        }
        assert_eq!(written(|l| l.string_opt(None)), "null");
    }

    #[test]
    fn dates_of_any_year_are_written_as_chrono_writes_them() {
        for (y, m, d) in [(2022, 12, 19), (0, 1, 1), (9999, 12, 31), (10_000, 1, 1), (-1, 6, 30)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(written(|l| l.date(date)), serde_json::to_string(&date).unwrap());
        }
        assert_eq!(written(|l| l.date_opt(None)), "null");
    }

    #[test]
    fn amounts_and_integers_are_written_as_serde_json_writes_them() {
        for value in [
            Decimal::new(11_433_050, 2),
            Decimal::new(-7, 0),
            -Decimal::new(0, 2),
            Decimal::MAX,
        ] {
            let mut line = JsonBytes::default();
            line.amount(value);
            line.raw(",");
            line.amount_opt(Some(value));
            line.raw(",");
            line.amount_opt(None);
            let expected = format!("{0},{0},null", serde_json::to_string(&value).unwrap());
            assert_eq!(String::from_utf8(line.into_bytes()).unwrap(), expected);
        }
        for n in [0, -1, i64::MIN, i64::MAX] {
            let mut line = JsonBytes::default();
            line.integer(n);
            assert_eq!(String::from_utf8(line.into_bytes()).unwrap(), n.to_string());
        }
    }

    proptest! {
        #[test]
        fn any_string_is_written_as_serde_json_writes_it(text in any::<String>()) {
            prop_assert_eq!(written(|l| l.string(&text)), serde_json::to_string(&text).unwrap());
        }

        #[test]
        fn strings_full_of_escapes_are_written_as_serde_json_writes_them(
            text in r#"["\\\x00-\x1f\x7f aé€🦀/]{0,12}"#,
        ) {
            prop_assert_eq!(written(|l| l.string(&text)), serde_json::to_string(&text).unwrap());
        }
    }
}
