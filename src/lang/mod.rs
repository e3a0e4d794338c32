//! The language of the output for a person: French or English.
//!
//! Tables, statements (`--format markdown|html`) and `explain` are written in the language
//! chosen with `--lang`, or else the one the environment's locale names (`LC_ALL`, then
//! `LC_MESSAGES`, then `LANG`, as POSIX orders them: `fr*` gives French, anything else
//! English). JSON, NDJSON and CSV stay language-neutral: keys, dates and amounts in one fixed
//! form, and the derivation's wording in English.
//!
//! ```
//! use astreinte::lang::Lang;
//! assert_eq!(Lang::from_locale(None, None, Some("fr_FR.UTF-8")), Lang::Fr);
//! assert_eq!(Lang::from_locale(Some("C"), None, Some("fr_FR.UTF-8")), Lang::En);
//! assert_eq!(Lang::from_locale(None, None, None), Lang::En);
//! ```

mod dates;
mod notes;
mod numbers;
mod periods;
mod reach;
mod steps;
mod words;

pub use dates::{full_date, long_date, medium_date, month_year, short_date};
pub use notes::note;
pub use numbers::{FR_BEFORE_UNIT, FR_GROUP, compact, group, money, money_fixed, money_with_compact, rate};
pub use periods::{gap_label, projected_because, projected_total, status_word};
pub use reach::never_reached;
pub use steps::{arithmetic, source, step_action, step_rule};
pub use words::{limit as limit_words, unit_name, units};

/// A language of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// The language a POSIX locale names: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides; `fr`, `fr_FR.UTF-8`, `fr_BE`... give French,
    /// anything else (including `C` and `POSIX`) English.
    pub fn from_locale(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
        let chosen = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty());
        match chosen {
            Some(v) if v.to_ascii_lowercase().starts_with("fr") => Lang::Fr,
            _ => Lang::En,
        }
    }

    /// The language of the process's environment (see [`Lang::from_locale`]).
    pub fn from_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_locale(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    }

    /// The ISO 639-1 code, for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The English or the French of a phrase.
    pub fn tr<'a>(self, en: &'a str, fr: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_set_variable_decides() {
        assert_eq!(Lang::from_locale(Some("fr_BE.UTF-8"), Some("en_US"), None), Lang::Fr);
        assert_eq!(Lang::from_locale(Some(""), Some("en_US"), Some("fr_FR")), Lang::En);
        assert_eq!(Lang::from_locale(None, Some("FR_fr"), None), Lang::Fr);
        assert_eq!(Lang::from_locale(None, None, Some("POSIX")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, Some("de_DE.UTF-8")), Lang::En);
    }
}
