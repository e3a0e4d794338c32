//! TEMPORARY stub: replaced by the calendar branch at merge.
use chrono::{Datelike, Days, NaiveDate, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CalendarId {
    Fr,
    None,
}

impl CalendarId {
    pub const ALL: &'static [CalendarId] = &[CalendarId::Fr, CalendarId::None];
    pub fn code(self) -> &'static str {
        match self {
            CalendarId::Fr => "FR",
            CalendarId::None => "none",
        }
    }
    pub fn name(self) -> &'static str {
        self.code()
    }
    pub fn legal_source(self) -> &'static str {
        "Code du travail art. L3133-1"
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown calendar `{given}`")]
pub struct UnknownCalendar {
    pub given: String,
    pub closest: Option<&'static str>,
}

impl std::str::FromStr for CalendarId {
    type Err = UnknownCalendar;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_uppercase().as_str() {
            "FR" => Ok(CalendarId::Fr),
            "NONE" => Ok(CalendarId::None),
            _ => Err(UnknownCalendar {
                given: s.to_string(),
                closest: None,
            }),
        }
    }
}

impl std::fmt::Display for CalendarId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: String,
    pub name_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("year {year} is outside the supported range")]
    YearOutOfRange { year: i32 },
}

pub fn holidays(id: CalendarId, year: i32) -> Result<Vec<Holiday>, CalendarError> {
    if id == CalendarId::None {
        return Ok(Vec::new());
    }
    let easter = computus::gregorian_naive(year).map_err(|_| CalendarError::YearOutOfRange { year })?;
    let d = |m, day| NaiveDate::from_ymd_opt(year, m, day).ok_or(CalendarError::YearOutOfRange { year });
    let e = |n: u64| {
        easter
            .checked_add_days(Days::new(n))
            .ok_or(CalendarError::YearOutOfRange { year })
    };
    let mut v = vec![
        (d(1, 1)?, "Jour de l'an", "New Year's Day"),
        (e(1)?, "Lundi de Pâques", "Easter Monday"),
        (d(5, 1)?, "Fête du Travail", "Labour Day"),
        (d(5, 8)?, "Victoire 1945", "Victory in Europe Day"),
        (e(39)?, "Ascension", "Ascension Day"),
        (e(50)?, "Lundi de Pentecôte", "Whit Monday"),
        (d(7, 14)?, "Fête nationale", "National Day"),
        (d(8, 15)?, "Assomption", "Assumption Day"),
        (d(11, 1)?, "Toussaint", "All Saints' Day"),
        (d(11, 11)?, "Armistice 1918", "Armistice Day"),
        (d(12, 25)?, "Noël", "Christmas Day"),
    ];
    v.sort();
    Ok(v.into_iter()
        .map(|(date, n, e)| Holiday {
            date,
            name: n.into(),
            name_en: e.into(),
        })
        .collect())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    id: CalendarId,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NonWorking {
    Saturday,
    Sunday,
    Holiday(Holiday),
}

impl std::fmt::Display for NonWorking {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NonWorking::Saturday => f.write_str("Saturday"),
            NonWorking::Sunday => f.write_str("Sunday"),
            NonWorking::Holiday(h) => write!(f, "public holiday: {} ({})", h.name, h.name_en),
        }
    }
}

impl Calendar {
    pub fn new(id: CalendarId) -> Self {
        Calendar { id }
    }
    pub fn id(&self) -> CalendarId {
        self.id
    }
    pub fn add(&mut self, _date: NaiveDate, _name: String) {}
    pub fn remove(&mut self, _date: NaiveDate) {}
    pub fn holiday(&self, date: NaiveDate) -> Result<Option<Holiday>, CalendarError> {
        Ok(holidays(self.id, date.year())?.into_iter().find(|h| h.date == date))
    }
    pub fn non_working(&self, date: NaiveDate) -> Result<Option<NonWorking>, CalendarError> {
        Ok(match date.weekday() {
            Weekday::Sat => Some(NonWorking::Saturday),
            Weekday::Sun => Some(NonWorking::Sunday),
            _ => self.holiday(date)?.map(NonWorking::Holiday),
        })
    }
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        Ok(self.non_working(date)?.is_none())
    }
    pub fn holidays_in(&self, year: i32) -> Result<Vec<Holiday>, CalendarError> {
        holidays(self.id, year)
    }
}
