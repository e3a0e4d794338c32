//! Colour: only where a person reads it. Decided once per run from `--color`, `NO_COLOR`
//! (<https://no-color.org>) and whether standard output is a terminal.

/// `--color auto|always|never`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and `NO_COLOR` is not set.
    #[default]
    Auto,
    /// Always colour, even into a pipe or a file, and whatever `NO_COLOR` says.
    Always,
    /// Never colour.
    Never,
}

/// What is known about where the output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Terminal {
    /// Standard output is a terminal, and `--output` does not send the output elsewhere.
    pub is_terminal: bool,
    /// `NO_COLOR` is set to a non-empty value.
    pub no_color: bool,
}

impl ColorChoice {
    /// Whether to colour. An explicit `--color always` wins over `NO_COLOR`, as no-color.org
    /// allows: the variable sets a default, the flag is the user's choice for this run.
    ///
    /// ```
    /// use astreinte::render::{ColorChoice, Terminal};
    /// let tty = Terminal { is_terminal: true, no_color: false };
    /// assert!(ColorChoice::Auto.enabled(tty));
    /// assert!(!ColorChoice::Auto.enabled(Terminal { no_color: true, ..tty }));
    /// assert!(!ColorChoice::Auto.enabled(Terminal::default()));
    /// assert!(ColorChoice::Always.enabled(Terminal::default()));
    /// assert!(!ColorChoice::Never.enabled(tty));
    /// ```
    pub fn enabled(self, terminal: Terminal) -> bool {
        match self {
            ColorChoice::Auto => terminal.is_terminal && !terminal.no_color,
            ColorChoice::Always => true,
            ColorChoice::Never => false,
        }
    }
}

/// A colour for a word of status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Paint {
    Green,
    Red,
    Yellow,
}

impl Paint {
    /// `text` wrapped in the ANSI colour codes when `color` is on, unchanged otherwise.
    pub(crate) fn apply(self, text: &str, color: bool) -> String {
        if !color {
            return text.to_string();
        }
        let code = match self {
            Paint::Green => 32,
            Paint::Red => 31,
            Paint::Yellow => 33,
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paint_only_when_asked() {
        assert_eq!(Paint::Red.apply("FAIL", false), "FAIL");
        assert_eq!(Paint::Red.apply("FAIL", true), "\x1b[31mFAIL\x1b[0m");
        assert_eq!(Paint::Green.apply("ok", true), "\x1b[32mok\x1b[0m");
    }
}
