//! Errors in a case file, each pinned to a file, line, column and key.

use std::fmt;

use crate::source::{Location, Part};

/// A problem with a case file: where it is, which key, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub location: Location,
    /// The dotted key, such as `penalty.amount` or `liquidation[2].through`, when known.
    pub field: Option<String>,
    pub message: String,
    /// The offending line and how many characters to underline from `location.column`.
    pub excerpt: Option<(String, usize)>,
}

impl std::error::Error for InputError {}

impl InputError {
    /// An error at a byte span of `part` (offsets relative to the part).
    pub fn at(
        part: &Part<'_>,
        span: std::ops::Range<usize>,
        field: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        let location = part.locate(span.start);
        let width = part
            .get(span.clone())
            .map_or(1, |s| s.lines().next().map_or(1, |l| l.chars().count().max(1)));
        let excerpt = Some((part.line_at(span.start).to_string(), width));
        InputError {
            location,
            field,
            message: message.into(),
            excerpt,
        }
    }

    /// The message with the offending line underlined, as shown on standard error.
    pub fn render(&self) -> String {
        let mut out = self.to_string();
        if let Some((line, width)) = &self.excerpt {
            let gutter = self.location.line.to_string();
            let pad = " ".repeat(gutter.len());
            let indent: String = line
                .chars()
                .take(self.location.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!(
                "\n {pad} |\n {gutter} | {line}\n {pad} | {indent}{}",
                "^".repeat(*width)
            ));
        }
        out
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{}: `{field}`: {}", self.location, self.message),
            None => write!(f, "{}: {}", self.location, self.message),
        }
    }
}
