//! The language of the output for a person: French, English or Dutch, each with its catalogue.
//!
//! Every word the output for a person shows comes from one catalogue per language: [`Label`]s
//! (fixed words) and [`Message`]s (sentences built from facts: dates, amounts, counts, kinds)
//! are worded by an exhaustive `match` in the language's module (`en.rs`, `fr/`, `nl/`), so a message
//! missing in a language does not compile. Renderers hold no sentence: they lay out what
//! [`Lang::word`] and [`Lang::say`] give. Numbers and dates are written by functions of the
//! language ([`money`], [`long_date`]...). A new language is one more module and one more arm
//! in [`Lang::word`], [`Lang::say`] and the number and date functions.
//!
//! Tables, statements (`--format markdown|html`) and `explain` are written in the language
//! chosen with `--lang`, or else the one the environment's locale names (`LC_ALL`, then
//! `LC_MESSAGES`, then `LANG`, as POSIX orders them: `fr*` gives French, `nl*` Dutch,
//! anything else English). So are the errors and warnings on standard error (a case file's
//! [`Problem`](crate::case::Problem), worded by `Message::Problem`; the others by
//! `Message::Fault`), after their position and key, which every language writes alike.
//! JSON, NDJSON and CSV stay language-neutral: keys, dates and amounts in one fixed form, and
//! the derivation's wording and the errors' messages in English.
//!
//! ```
//! use astreinte::lang::Lang;
//! assert_eq!(Lang::from_locale(None, None, Some("fr_FR.UTF-8")), Lang::Fr);
//! assert_eq!(Lang::from_locale(Some("C"), None, Some("fr_FR.UTF-8")), Lang::En);
//! assert_eq!(Lang::from_locale(None, None, None), Lang::En);
//! ```

mod dates;
mod en;
mod fr;
pub(crate) mod message;
mod nl;
mod numbers;

pub(crate) use dates::{
    full_date, is_date_word, long_date, medium_date, month_in_words, month_year, short_date, written,
};
pub(crate) use message::{Amount, Label, Message};
pub use numbers::money;
pub(crate) use numbers::{group, money_fixed, money_with_compact, rate, short_money};

/// `problem` in English: the [`Display`](std::fmt::Display) of the errors a problem holds.
pub(crate) fn english(problem: &crate::case::Problem) -> String {
    Lang::En.say(&Message::Problem(problem))
}

/// A language of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    #[default]
    En,
    /// Dutch (Nederlands): the language of the dwangsom (Awb, Rv) and of Belgium's Dutch-speaking
    /// courts.
    Nl,
}

impl Lang {
    /// The language a POSIX locale names: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides; `fr`, `fr_FR.UTF-8`, `fr_BE`... give French, `nl`,
    /// `nl_NL.UTF-8`, `nl_BE`... Dutch, anything else (including `C` and `POSIX`) English.
    pub fn from_locale(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
        let chosen = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty());
        match chosen {
            Some(v) if v.to_ascii_lowercase().starts_with("fr") => Lang::Fr,
            Some(v) if v.to_ascii_lowercase().starts_with("nl") => Lang::Nl,
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
            Lang::Nl => "nl",
        }
    }

    /// A fixed word or phrase in this language, from its catalogue.
    pub fn word(self, label: Label) -> &'static str {
        match self {
            Lang::En => en::label(label),
            Lang::Fr => fr::label(label),
            Lang::Nl => nl::label(label),
        }
    }

    /// A message in this language, from its catalogue.
    pub fn say(self, message: &Message<'_>) -> String {
        match self {
            Lang::En => en::message(message),
            Lang::Fr => fr::message(message),
            Lang::Nl => nl::message(message),
        }
    }
}

/// `words` as a list: `A`, `A and B`, `A, B and C` (`and` the language's word for it).
fn listed(words: &[&str], and: &str) -> String {
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod problem_tests;
#[cfg(test)]
mod tests;

#[cfg(test)]
mod locale_tests {
    use super::*;

    #[test]
    fn the_first_set_variable_decides() {
        assert_eq!(Lang::from_locale(Some("fr_BE.UTF-8"), Some("en_US"), None), Lang::Fr);
        assert_eq!(Lang::from_locale(Some(""), Some("en_US"), Some("fr_FR")), Lang::En);
        assert_eq!(Lang::from_locale(None, Some("FR_fr"), None), Lang::Fr);
        assert_eq!(Lang::from_locale(None, None, Some("POSIX")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, Some("de_DE.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, Some("nl_BE.UTF-8")), Lang::Nl);
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn word_example() {
        use crate::lang::{Label, Lang};
        assert_eq!(Lang::Fr.word(Label::Colon), "\u{A0}:");
        assert_eq!(Lang::En.word(Label::Totals), "Totals");
    }

    #[test]
    fn say_example() {
        use crate::case::Per;
        use crate::lang::{Lang, Message};
        assert_eq!(
            Lang::En.say(&Message::Units {
                count: 52,
                per: Per::Day
            }),
            "52 days"
        );
        assert_eq!(
            Lang::Fr.say(&Message::Units {
                count: 1,
                per: Per::Week
            }),
            "1 semaine"
        );
    }
}
