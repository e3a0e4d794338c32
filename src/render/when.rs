//! The output of `astreinte when`: a line per case for a person, or one JSON document
//! written as each answer is found.
//!
//! ```json
//! {"schema_version": 1, "reaches": "540000000",
//!  "cases": [{"title": "...", "currency": "EUR", "reaches": "540000000", "date": "2023-05-02",
//!             "amount": "540000000", "never": null}],
//!  "errors": []}
//! ```

use std::io::{self, Write};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use super::SCHEMA_VERSION;
use super::json::Document;
use crate::lang::{Amount, Lang, Message};
use crate::money::Currency;
use crate::report::Reach;
use crate::visible::visible;

/// Writes each answer as it comes; the JSON document's `errors`, which come after every case,
/// at the end.
#[derive(Debug)]
pub(crate) struct WhenWriter(Format);

#[derive(Debug)]
enum Format {
    /// A line per case, in the language given.
    Lines(Lang),
    /// One JSON document.
    Json(Document),
}

impl WhenWriter {
    /// A line per case, in `l`.
    pub(crate) fn lines(l: Lang) -> Self {
        WhenWriter(Format::Lines(l))
    }

    /// The JSON document for answers about `reaches`.
    pub(crate) fn json(reaches: Decimal) -> io::Result<Self> {
        let reaches = serde_json::to_value(reaches).map_err(io::Error::other)?;
        let head = vec![("schema_version", Value::from(SCHEMA_VERSION)), ("reaches", reaches)];
        Ok(WhenWriter(Format::Json(Document::new(head, "cases", "errors"))))
    }

    /// One case's answer.
    pub(crate) fn answer(&mut self, out: &mut dyn Write, reach: &Reach) -> io::Result<()> {
        match &mut self.0 {
            Format::Lines(l) => write_line(out, reach, *l),
            Format::Json(doc) => doc.element(out, &Answer::of(reach)),
        }
    }

    /// A case or an input that could not be answered: its message is kept for the JSON
    /// document's `errors` (a person reads it on standard error).
    pub(crate) fn failure(&mut self, message: &str) -> io::Result<()> {
        match &mut self.0 {
            Format::Lines(_) => Ok(()),
            Format::Json(doc) => doc.hold(&message),
        }
    }

    /// The end of the output.
    pub(crate) fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match &mut self.0 {
            Format::Lines(_) => Ok(()),
            Format::Json(doc) => doc.finish(out),
        }
    }
}

/// An answer as an element of the document's `cases`.
#[derive(Serialize)]
struct Answer<'a> {
    title: &'a str,
    #[serde(serialize_with = "currency_code")]
    currency: Currency,
    reaches: Decimal,
    #[serde(serialize_with = "crate::dates::iso_opt")]
    date: Option<NaiveDate>,
    amount: Decimal,
    /// Why the figure is never reached, in English; `null` when it is.
    never: Option<String>,
}

impl<'a> Answer<'a> {
    fn of(r: &'a Reach) -> Self {
        Answer {
            title: &r.title,
            currency: r.currency,
            reaches: r.reaches,
            date: r.date,
            amount: r.amount,
            never: r.never.map(|stop| {
                Lang::En.say(&Message::NeverReached {
                    stop,
                    most: Amount::new(r.amount, r.currency),
                })
            }),
        }
    }
}

fn currency_code<S: serde::Serializer>(currency: &Currency, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(currency.code())
}

/// One answer as a line for a person.
fn write_line(out: &mut dyn Write, a: &Reach, l: Lang) -> io::Result<()> {
    let answer = Message::WhenAnswer {
        title: &visible(&a.title),
        target: Amount::new(a.reaches, a.currency),
        date: a.date,
        amount: Amount::new(a.amount, a.currency),
        never: a.never,
    };
    writeln!(out, "{}", l.say(&answer))
}
