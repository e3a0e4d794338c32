//! The split's scanner and lexer as they were before [`Stops`](super::stops::Stops): a byte at
//! a time, each line's end and each header found with `memchr`. The reference the tests hold
//! the faster ones to; the code is the old code, renamed, with the same way past syntax errors
//! (a one-line string ends at its line, a header ends an open value) added to both.

use super::{Header, Lexer, Quote, Scanner, is_blank_or_comment, starts_with};

impl Scanner {
    /// [`Scanner::lines`], as it was.
    pub(super) fn lines_byte_at_a_time(
        &mut self,
        bytes: &[u8],
        from: usize,
        mut on_header: impl FnMut(usize, usize) -> bool,
    ) -> bool {
        let mut offset = from;
        while offset < bytes.len() {
            let line = self.read + 1;
            self.read += 1;
            if self.lexer.open_string.is_none() {
                let indent = bytes
                    .get(offset..)
                    .map_or(0, |rest| rest.iter().take_while(|&&b| b == b' ' || b == b'\t').count());
                let content = offset + indent;
                if bytes.get(content) == Some(&b'[') {
                    let end = line_end(bytes, content);
                    let kind = header(bytes.get(content..end).unwrap_or_default());
                    if kind.is_some() {
                        self.lexer.depth = 0;
                    }
                    match kind {
                        Some(Header::Case) if on_header(offset, line) => self.started = true,
                        Some(Header::InCase) if self.started => {}
                        None if self.lexer.depth > 0 => {
                            offset = self.lexer.line_byte_at_a_time(bytes, offset);
                            continue;
                        }
                        _ => return false,
                    }
                    offset = end;
                    continue;
                }
                if !self.started
                    && !is_blank_or_comment(bytes.get(content..line_end(bytes, content)).unwrap_or_default())
                {
                    return false;
                }
            }
            offset = self.lexer.line_byte_at_a_time(bytes, offset);
        }
        true
    }
}

/// The offset just after the newline that ends the line `from` is on (or the end of `bytes`).
fn line_end(bytes: &[u8], from: usize) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| memchr::memchr(b'\n', rest))
        .map_or(bytes.len(), |i| from + i + 1)
}

/// The kind of a header line, `None` for any other header.
fn header(content: &[u8]) -> Option<Header> {
    if content.starts_with(b"[[case]]") {
        return Some(Header::Case);
    }
    if content.starts_with(b"[case.") || content.starts_with(b"[[case.") {
        return Some(Header::InCase);
    }
    None
}

impl Lexer {
    /// [`Lexer::line`], as it was.
    pub(super) fn line_byte_at_a_time(&mut self, bytes: &[u8], start: usize) -> usize {
        let mut i = start.min(bytes.len());
        loop {
            if let Some(quote) = self.open_string {
                match self.close_multiline_byte_at_a_time(bytes, i, quote) {
                    Ok(after) => i = after,
                    Err(line_end) => return line_end,
                }
            }
            i += bytes[i..]
                .iter()
                .position(|&b| is_special(b))
                .unwrap_or(bytes.len() - i);
            let Some(&byte) = bytes.get(i) else {
                return i;
            };
            match byte {
                b'\n' => return i + 1,
                b'#' => return line_end(bytes, i),
                quote @ (b'"' | b'\'') => {
                    let kind = if quote == b'"' { Quote::Basic } else { Quote::Literal };
                    if starts_with(bytes, i, &[quote; 3]) {
                        self.open_string = Some(kind);
                        i += 3;
                    } else {
                        match close_single(bytes, i + 1, kind) {
                            Some(after) => i = after,
                            None => return line_end(bytes, i),
                        }
                    }
                }
                b'[' | b'{' => {
                    self.depth += 1;
                    i += 1;
                }
                _ => {
                    self.depth = self.depth.saturating_sub(1);
                    i += 1;
                }
            }
        }
    }

    fn close_multiline_byte_at_a_time(&mut self, bytes: &[u8], mut i: usize, quote: Quote) -> Result<usize, usize> {
        let q = quote.byte();
        while let Some(&byte) = bytes.get(i) {
            if byte == b'\n' {
                return Err(i + 1);
            } else if quote == Quote::Basic && byte == b'\\' {
                i += if bytes.get(i + 1) == Some(&b'\n') { 1 } else { 2 };
            } else if starts_with(bytes, i, &[q; 3]) {
                i += 3;
                let mut extra = 0;
                while extra < 2 && bytes.get(i) == Some(&q) {
                    i += 1;
                    extra += 1;
                }
                self.open_string = None;
                return Ok(i);
            } else {
                i += 1;
            }
        }
        Err(bytes.len())
    }
}

/// The bytes the lexer acts on: a newline, a comment, quotes, brackets and braces.
fn is_special(byte: u8) -> bool {
    matches!(byte, b'\n' | b'#' | b'"' | b'\'' | b'[' | b']' | b'{' | b'}')
}

fn close_single(bytes: &[u8], mut i: usize, quote: Quote) -> Option<usize> {
    let q = quote.byte();
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'\\' if quote == Quote::Basic => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    return None;
                }
                i += 2;
            }
            b'\n' => return None,
            b if b == q => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}
