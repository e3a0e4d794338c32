//! Wat er mis is met een dossier, in het Nederlands: elk [`Problem`], verwoord.
//!
//! The keys, the TOML to write and the values quoted from the file stay as the file writes
//! them; what the TOML reader says in its own words (English) is quoted as its message. The
//! dwangsom's vocabulary is the catalogue's (`nl/mod.rs`): a decision is a *beslissing*, a
//! liquidation an *invordering*, a rate a *bedrag per eenheid*, a suspension an *opschorting*,
//! a French suppression an *opheffing*; French articles are cited as France cites them.

use rust_decimal::Decimal;

use super::{NL, limit};
use crate::calendar::{CalendarError, CalendarId, FIRST_YEAR, LAST_YEAR};
use crate::case::problem::{AmountSign, Before, Both, Empty, Missing, Problem};
use crate::case::{FirstDay, PartError, Per, Span};
use crate::interest::Regime;
use crate::lang::month_in_words;
use crate::money::{BadCurrency, DecimalError};
use crate::timelimit::{
    DeadlineError, Distance, LimitError, LimitProblem, MonthEnd, OptionError, RuleSet, TimeLimit, UnknownRuleSet,
};

/// `` `a`, `b`, `c` ``.
fn quoted<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    codes
        .into_iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `` `a`, `b` of `c` ``.
fn either<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    let names: Vec<String> = codes.into_iter().map(|c| format!("`{c}`")).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} of {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

/// ` (bedoelde u `x`?)`, or nothing.
fn did_you_mean(closest: Option<&str>) -> String {
    closest.map(|c| format!(" (bedoelde u `{c}`?)")).unwrap_or_default()
}

/// What the TOML reader said, in its words (English), quoted.
fn reader_said(detail: &str) -> String {
    format!("de TOML-lezer zegt, in het Engels: „{detail}”")
}

/// A stretch written in words: `30 dagen`.
fn stretch(span: Span) -> String {
    limit(TimeLimit {
        years: 0,
        months: span.months,
        weeks: 0,
        days: span.days,
    })
}

/// `3/4`, or `2` for a whole number.
fn fraction(numerator: i128, denominator: i128) -> String {
    if denominator == 1 {
        numerator.to_string()
    } else {
        format!("{numerator}/{denominator}")
    }
}

/// A problem of a case file, in Dutch.
pub(super) fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Reader(detail) => format!("onleesbare TOML-tekst ({})", reader_said(detail)),
        Problem::InsideValue { problem: inner, line } => format!(
            "{} (binnen de waarde die op regel {line} begint: ontbreekt er een sluitende `]` of `}}`?)",
            self::problem(inner)
        ),
        Problem::NeverClosed { quotes } => format!(
            "deze tekst over meerdere regels wordt nooit gesloten: alles erna, ook de [[case]]-koppen, wordt als zijn tekst gelezen; sluit hem met {quotes}"
        ),
        Problem::TooDeep { depth } => format!(
            "deze sleutel is {depth} niveaus diep genest: de TOML-lezer leest er hoogstens {}, en een dossier heeft er nooit meer dan 4 nodig (zoals `case.penalty.change.amount`)",
            crate::case::READER_DEPTH
        ),
        Problem::Duplicate { name } => {
            format!("`{name}` staat er twee keer: elke sleutel en elke [tabel] komt één keer per zaak voor")
        }
        Problem::ValueMissing { key } => format!("de waarde ontbreekt na `{key} =`"),
        Problem::Unquoted { key, written } => format!(
            "een tekst staat tussen dubbele aanhalingstekens: {key} = \"{}\"",
            written.replace('"', "\\\"")
        ),
        Problem::InlineTable { detail } => format!(
            "onleesbare inline-tabel ({}); een inline-tabel {{ ... }} wordt gesloten met `}}` vóór het einde van haar regel: ontbreekt er hierboven een?",
            reader_said(detail)
        ),
        Problem::NotATable { found, key } => {
            format!("een tabel met sleutels verwacht, zoals [{key}] ({})", reader_said(found))
        }
        Problem::NotAnArray { found, key } => format!(
            "een lijst verwacht, elk element geschreven als een tabel [[{key}]] (dubbele haken) of als [ ... ] ({})",
            reader_said(found)
        ),
        Problem::NotAWholeNumber { found } => format!(
            "een geheel getal verwacht, zonder aanhalingstekens of decimaalteken, hoogstens {} ({})",
            i64::MAX,
            reader_said(found)
        ),
        Problem::BeyondIntegers { value, whole, key } => {
            let beyond = format!(
                "`{value}` valt buiten de gehele getallen van TOML, die 64 bits zijn (van {} tot en met {})",
                i64::MIN,
                i64::MAX
            );
            if *whole {
                format!("{beyond}: een geheel getal verwacht, zonder aanhalingstekens of decimaalteken")
            } else {
                format!("{beyond}; schrijf het als decimale tekst: {key} = \"{value}\"")
            }
        }
        Problem::UnknownKey { name, closest, valid } => {
            let hint = did_you_mean(closest.as_deref());
            if valid.is_empty() {
                format!("onbekende sleutel `{name}`{hint}: deze tabel neemt geen sleutels")
            } else {
                format!(
                    "onbekende sleutel `{name}`{hint}; geldige sleutels hier: {}",
                    quoted(valid.iter().map(String::as_str))
                )
            }
        }
        Problem::Float { key, written } => format!(
            "een TOML-kommagetal (float) heeft al cijfers verloren (het kan niet elke decimaal exact bewaren); schrijf het als decimale tekst: {key} = \"{written}\""
        ),
        Problem::DateQuoted => {
            "een kale TOML-datum verwacht, zoals 2022-10-19, geen tekst: verwijder de aanhalingstekens".into()
        }
        Problem::DateForm { key, written, date } => match date {
            Some(date) => format!(
                "`{written}` is geen TOML-datum; schrijf de datum als jaar-maand-dag, zonder aanhalingstekens: {key} = {date}"
            ),
            None => format!(
                "`{written}` is geen TOML-datum; schrijf de datum als jaar-maand-dag, zonder aanhalingstekens, bijvoorbeeld {key} = 2022-10-19"
            ),
        },
        Problem::AmountForm { key, written, amount } => format!(
            "`{written}` is geen TOML-getal; schrijf bedragen met een punt voor de decimalen en zonder scheidingsteken voor duizendtallen, als decimale tekst: {key} = \"{amount}\""
        ),
        Problem::NotADate { detail } => {
            format!("een kale TOML-datum verwacht, zoals 2022-10-19 ({})", reader_said(detail))
        }
        Problem::DateOutOfRange(date) => format!(
            "{date} valt buiten de ondersteunde data, van {} tot en met {}",
            crate::dates::FIRST,
            crate::dates::LAST
        ),
        Problem::NotInCalendar(date) => format!("{date} bestaat niet in de kalender"),
        Problem::InvalidDay { last } => {
            format!("onmogelijke datum: in die maand loopt de dag van 01 tot en met {last}")
        }
        Problem::InvalidMonth => "onmogelijke datum: de maand loopt van 01 tot en met 12".into(),
        Problem::DateWithTime(value) => {
            format!("een datum zonder tijd of tijdverschil verwacht, zoals 2022-10-19, niet `{value}`")
        }
        Problem::Decimal(DecimalError::NotDecimal(text)) => format!(
            "`{text}` is geen decimaal bedrag: cijfers verwacht, met hoogstens één decimale punt, zoals \"100000\" of \"1234.56\""
        ),
        Problem::Decimal(DecimalError::TooLarge(text)) => format!(
            "bedrag te groot: `{text}` overschrijdt het grootste exact bewaarde bedrag ({}, ongeveer 7,9 × 10^28)",
            Decimal::MAX
        ),
        Problem::Decimal(DecimalError::TooPrecise(text)) => format!(
            "bedrag niet exact te bewaren: `{text}` heeft meer cijfers dan een bedrag bevat (28 tot 29 significante cijfers, hoogstens 28 na de komma); schrijf minder cijfers"
        ),
        Problem::NoCaseNumber(number) => format!("er is geen zaak nummer {number}"),
        Problem::NotOneCase => "hier wordt precies één [[case]]-tabel verwacht".into(),
        Problem::KeyBesideCases { key, line } => format!(
            "een bestand met [[case]]-tabellen neemt geen andere sleutels op het hoogste niveau: verplaats `{key}` naar elke [[case]] (de sleutel `case` staat op regel {line})"
        ),
        Problem::NoCases => "één of meer [[case]]-tabellen verwacht".into(),
        Problem::Missing(what) => format!("ontbreekt: {}", missing(*what)),
        Problem::Both(pair) => both(*pair).into(),
        Problem::Empty(what) => empty(*what).into(),
        Problem::Amount { sign, value } => match sign {
            AmountSign::Positive => format!("een bedrag boven nul verwacht, niet {value}"),
            AmountSign::NotNegative => format!("een bedrag van nul of meer verwacht, niet {value}"),
        },
        Problem::NegativeDays(days) => format!("een aantal dagen van nul of meer verwacht, niet {days}"),
        Problem::NegativeUnits(units) => format!("een aantal eenheden van nul of meer verwacht, niet {units}"),
        Problem::Before { what, date, floor } => format!("{}: {date} ligt vóór {floor}", before(*what)),
        Problem::CountBelowOne { value, persons: true } => format!(
            "een aantal van 1 of meer verwacht (het aantal personen, locaties… waarvoor het bedrag verschuldigd is), niet {value}"
        ),
        Problem::CountBelowOne { value, persons: false } => {
            format!("een aantal van 1 of meer verwacht, niet {value}")
        }
        Problem::Currency(BadCurrency(given)) => format!(
            "`{given}` is geen ISO 4217-valutacode: drie letters verwacht, zoals EUR, USD, GBP"
        ),
        Problem::RuleSet(e) => rule_set(e),
        Problem::Calendar(e) => format!(
            "onbekende kalender `{}`; mogelijke kalenders: {}{}",
            e.given,
            CalendarId::ALL.iter().map(|id| id.code()).collect::<Vec<_>>().join(", "),
            e.closest.map(|c| format!("; bedoelde u `{c}`?")).unwrap_or_default()
        ),
        Problem::Limit(e) => limit_error(e),
        Problem::Option(e) => option(e),
        Problem::Deadline(e) => deadline(e),
        Problem::Holidays(e) => holidays(e),
        Problem::NotifiedBeforeDecided { notified, decided } => format!(
            "de beslissing kan niet worden bekendgemaakt ({notified}) voordat zij is genomen ({decided})"
        ),
        Problem::DeadlineBeforeDecided { deadline, decided } => {
            format!("het einde van de termijn ({deadline}) ligt vóór de beslissing ({decided})")
        }
        Problem::OptionWithoutLimit => "geldt voor een termijn (`comply_within`), en deze beslissing bepaalt zelf het einde van de termijn (`deadline`)".into(),
        Problem::AddedAndRemoved(date) => format!("{date} wordt zowel toegevoegd als verwijderd"),
        Problem::NotAHoliday { date, calendar } => format!(
            "{date} is geen feestdag in de kalender {}: er is niets te verwijderen",
            calendar.code()
        ),
        Problem::AdjustNothing => "`add = [...]` of `remove = [...]` verwacht, of helemaal geen tabel".into(),
        Problem::OutsideCalendars(date) => format!(
            "{date} valt buiten het bereik: de kalenders beslaan {FIRST_YEAR} tot en met {LAST_YEAR}"
        ),
        Problem::NoPenalty => "ten minste één [[penalty]] verwacht".into(),
        Problem::UnknownUnit(unit) => format!(
            "onbekende eenheid `{unit}`; mogelijke eenheden: {}",
            quoted(Per::ALL.iter().map(|u| u.code()))
        ),
        Problem::PartialForShortUnit(per) => format!(
            "`partial` geldt voor eenheden langer dan een dag (week, month, quarter, semester, year), niet voor `{}`",
            per.code()
        ),
        Problem::UnknownPartial(given) => format!(
            "onbekende waarde `{given}`; mogelijke waarden: `completed` (alleen verstreken eenheden tellen), `started` (een begonnen eenheid telt volledig) of `prorata` (naar rato van de dagen)"
        ),
        Problem::ChangeBeforeDecision(decided) => {
            format!("een wijziging van het bedrag kan niet vóór de beslissing ({decided}) liggen")
        }
        Problem::ChangesOutOfOrder { date, previous } => format!(
            "wijzigingen van het bedrag worden in datumvolgorde geschreven: {date} komt niet na {previous}"
        ),
        Problem::SuspensionReversed { from, through } => {
            format!("de opschorting eindigt ({through}) voordat zij begint ({from})")
        }
        Problem::SuspensionBeforeDecision { from, decided } => format!(
            "een opschorting kan niet beginnen ({from}) vóór de beslissing ({decided}): daarvoor loopt er niets"
        ),
        Problem::SuspensionAfterCompliance { from, complied } => format!(
            "een opschorting vanaf {from} valt buiten de periode: de beslissing is nagekomen op {complied}, en daarna loopt er niets meer"
        ),
        Problem::SuspensionsOverlap { first, second } => format!(
            "opschortingen mogen elkaar niet overlappen: {} tot en met {} en {} tot en met {}",
            first.0, first.1, second.0, second.1
        ),
        Problem::ViolationsWithoutPerViolation => {
            "overtredingen worden alleen vermeld bij een dwangsom met per = \"violation\"".into()
        }
        Problem::UntilOnFirstDate => {
            "deze datum is de eerste ondersteunde datum: er kan niets aan voorafgaan".into()
        }
        Problem::DecidedBeforeThrough { decided, through } => format!(
            "een beslissing van {decided} kan geen dagen tot en met {through} invorderen, die erna liggen"
        ),
        Problem::PeriodReversed { end, start } => format!(
            "de periode eindigt ({end}) voordat zij begint ({start}): schrijf de laatste getelde dag, op of na {start}, of verbeter `from`"
        ),
        Problem::PeriodOutOfOrder { end, before, previous } => format!(
            "de periode eindigt op {end}, maar liquidation[{before}] loopt al tot en met {previous}: vermeld de invorderingen in de volgorde van hun perioden (deze vóór liquidation[{before}]), elk beginnend na het einde van de vorige"
        ),
        Problem::PeriodOverlap {
            start,
            before,
            previous,
            next,
        } => format!(
            "de periode begint op {start}, maar de dagen tot en met {previous} zijn al ingevorderd door liquidation[{before}]: invorderingsperioden mogen elkaar niet overlappen; laat haar beginnen op {next} (from = {next}) of laat `from` weg"
        ),
        Problem::BreachWithEscalation => "dagen van vastgestelde niet-nakoming gaan niet samen met `[penalty.escalation]` of `[[penalty.change]] after`: die tellen perioden van lopende dagen, die door dagen van niet-nakoming onbepaald blijven; schrijf de nieuwe bedragen met `from = DATE`".into(),
        Problem::UnknownFirstDay(given) => format!(
            "onbekende waarde `{given}`; mogelijke waarden: {}",
            FirstDay::ALL
                .iter()
                .map(|f| format!("\"{}\"", f.code()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Problem::NoDayAfter { decision } => format!(
            "er volgt geen dag op de {}: het is de laatste ondersteunde datum",
            if *decision { "beslissing" } else { "bekendmaking" }
        ),
        Problem::FirstDayNeedsNotified(first) => format!(
            "`first_day = \"{}\"` telt vanaf de bekendmaking: voeg `notified = DATE` toe aan [order]",
            first.code()
        ),
        Problem::MixedChanges => "schrijf elke wijziging van het bedrag van een dwangsom met `from` (een datum) of elke met `after` (een periode vanaf de eerste dag), niet door elkaar: hun volgorde zou afhangen van de eerste dag van niet-nakoming".into(),
        Problem::AfterMixed(after) => format!(
            "\"{after}\": schrijf elke `after` van een dwangsom als een aantal dagen (of weken), of elke als een aantal maanden (of jaren); een maand heeft geen vast aantal dagen, dus door elkaar laten ze de volgorde van de wijzigingen aan de kalender over"
        ),
        Problem::ChangesAfterOutOfOrder { span, previous } => format!(
            "wijzigingen van het bedrag worden op volgorde geschreven: „{}” komt niet na „{}”",
            stretch(*span),
            stretch(*previous)
        ),
        Problem::EscalationWithChange => "een dwangsom met `[penalty.escalation]` neemt geen `[[penalty.change]]`: de verhoging bepaalt elk bedrag; schrijf de stappen in plaats daarvan als wijzigingen, of laat de verhoging weg".into(),
        Problem::EscalationWithReduction => "een dwangsom met `[penalty.escalation]` neemt geen `[[penalty.reduction]]`: een beslissing die het bedrag per onderdeel verlaagt, gaat uit van een beginbedrag, niet van een oplopend bedrag".into(),
        Problem::FactorNotAboveOne(factor) => {
            format!("een factor boven 1 verwacht (2 verdubbelt het bedrag bij elke stap), niet {factor}")
        }
        Problem::EveryMixed(every) => format!(
            "\"{every}\" mengt maanden en dagen: een stap die zich herhaalt is een aantal dagen (of weken) of een aantal maanden (of jaren)"
        ),
        Problem::MaxRateNoRoom { rate, max } => format!(
            "het bedrag begint bij {rate} en stijgt: een maximum van {max} laat geen ruimte; geef een max_rate boven het beginbedrag"
        ),
        Problem::EscalationUnbounded => "een verhoging met `add` moet zeggen wanneer het bedrag ophoudt te stijgen: geef `max_rate` (het hoogste bedrag) of `until` (de laatste dag waarop een stap kan beginnen)".into(),
        Problem::TooManySteps { steps, most } => format!(
            "het bedrag zou ongeveer {steps} keer stijgen voordat het stopt, meer dan astreinte telt ({most}): geef een nabijere `until`, een lagere `max_rate`, of een grotere stap"
        ),
        Problem::ReductionsNeedCompleted(partial) => format!(
            "verminderingen per onderdeel vereisen `partial = \"completed\"` (de standaard): de arresten stellen het bedrag van elke periode vast aan het einde ervan, naar de onderdelen die dan nog niet in orde zijn (C-196/13, C-378/13); `{}` telt een eenheid vóór haar einde",
            partial.code()
        ),
        Problem::ReductionBeforeDecision { date, decided } => format!(
            "de vermindering is gedateerd op {date}, vóór de beslissing ({decided}): een onderdeel dat daarvoor in orde is gebracht, zit al in het bedrag dat de beslissing bepaalt; telt de beslissing onderdelen vanaf een eerdere datum (C-378/13, locaties behandeld sinds 13 mei 2014), dateer ze dan op de dag van de beslissing"
        ),
        Problem::ShareNotExact { part, rate } => format!(
            "{part} van {rate} heeft geen exacte decimale waarde: schrijf de vermindering als `amount`"
        ),
        Problem::ReductionsOverflow => "de verminderingen komen samen op meer dan een bedrag kan bevatten".into(),
        Problem::ReductionsExceedRate { total, rate } => format!(
            "met deze komen de verminderingen op {total}, meer dan het bedrag ({rate}): zodra elk onderdeel in orde is, is de beslissing nagekomen; schrijf `complied = DATE` in plaats van de laatste verminderingen"
        ),
        Problem::Part { error, written } => match error {
            PartError::Unreadable => format!(
                "een breuk zoals \"1/2\" of een percentage zoals \"50%\" verwacht, niet \"{written}\""
            ),
            PartError::Zero => format!("een deel van nul levert niets op: \"{written}\""),
            PartError::MoreThanWhole => format!("een deel kan niet groter zijn dan het geheel: \"{written}\""),
        },
        Problem::BreachNotPerDay(per) => format!(
            "dagen van niet-nakoming tellen per dag: ze gelden voor een dwangsom met per = \"day\", niet `{}` (een dwangsom per overtreding vermeldt in plaats daarvan haar overtredingen)",
            per.code()
        ),
        Problem::NoBreachDate => "ten minste één datum verwacht, bijvoorbeeld dates = [2024-02-22, 2024-02-23]".into(),
        Problem::BreachReversed { from, through } => {
            format!("de niet-nakoming eindigt ({through}) voordat zij begint ({from})")
        }
        Problem::BreachBeforeDecision { from, decided } => format!(
            "een niet-nakoming op {from} ligt vóór de beslissing ({decided}): daarvoor loopt er niets"
        ),
        Problem::BreachAfterCompliance { through, complied } => format!(
            "een niet-nakoming tot en met {through} valt na de nakoming van de beslissing ({complied}): met dagen van niet-nakoming is een terugval een dag van niet-nakoming; laat `complied` weg en vermeld de dagen van niet-nakoming"
        ),
        Problem::BreachesOverlap { first, second } => format!(
            "dagen van niet-nakoming worden maar één keer opgegeven: {} tot en met {} en {} tot en met {} overlappen elkaar",
            first.0, first.1, second.0, second.1
        ),
        Problem::TwoRests => "slechts één aandeel neemt de rest (het aandeel zonder `part` of `amount`): geef dit aandeel een `part` of een `amount`".into(),
        Problem::PartsTooPrecise => "de delen hebben te veel cijfers om exact te worden opgeteld".into(),
        Problem::PartsAboveWhole { numerator, denominator } => format!(
            "de delen komen samen op {}, meer dan het geheel: verbeter ze",
            fraction(*numerator, *denominator)
        ),
        Problem::FixedWithoutRest => "een vast bedrag vereist een aandeel dat de rest van elk bedrag neemt: voeg een [[share]] toe met alleen `to`".into(),
        Problem::PartsBelowWhole { numerator, denominator } => format!(
            "de delen komen samen op {}, niet het geheel: verbeter ze, of geef de rest aan iemand met een [[share]] zonder `part`",
            fraction(*numerator, *denominator)
        ),
        Problem::UnknownJurisdiction(given) => format!(
            "onbekende rechtsmacht `{given}`; mogelijke waarden: `civil` (astreintes van de burgerlijke rechter, CPCE L131-1 tot L131-4) of `administrative` (van de bestuursrechter, CJA L911-6 tot L911-8)"
        ),
        Problem::UnknownKind(given) => format!(
            "onbekende soort `{given}`; mogelijke waarden: `provisional` (de standaard: de rechter kan haar bij de invordering matigen, CPCE L131-2 al. 2) of `definitive` (haar bedrag per eenheid wordt bij de invordering nooit gewijzigd, CPCE L131-4 al. 2)"
        ),
        Problem::AstreinteThroughBefore {
            date,
            floor,
            from_first_day,
        } => {
            let what = if *from_first_day {
                "haar eerste dag (`from`)"
            } else {
                "de beslissing die haar oplegde"
            };
            format!(
                "de astreinte zou ophouden te lopen ({date}) vóór {what} ({floor}): schrijf haar laatste dag, op of na {floor}"
            )
        }
        Problem::DurationOfNothing => {
            "een duur van niets: schrijf hoe lang de astreinte loopt, bijvoorbeeld duration = \"3 maanden\"".into()
        }
        Problem::DefinitiveFirst => format!(
            "een definitieve astreinte kan pas worden opgelegd nadat een voorlopige is uitgesproken (CPCE L131-2 al. 3){DEFINITIVE_THEN} schrijf eerst de voorlopige astreinte, als een [[penalty]] boven deze"
        ),
        Problem::DefinitiveNotLater {
            provisional,
            definitive,
        } => format!(
            "een definitieve astreinte kan pas worden opgelegd nadat een voorlopige is uitgesproken (CPCE L131-2 al. 3), bij een latere beslissing: de voorlopige astreinte hierboven is van {provisional}, deze van {definitive}{DEFINITIVE_THEN} geef `decided`, de datum van de latere beslissing die haar oplegde"
        ),
        Problem::DefinitiveWithoutDuration { through } => format!(
            "een definitieve astreinte wordt opgelegd voor een duur die de rechter bepaalt (CPCE L131-2 al. 3){DEFINITIVE_THEN} geef haar duur, bijvoorbeeld duration = \"3 maanden\", of haar laatste dag, bijvoorbeeld through = {through}"
        ),
        Problem::SuppressionEndsFirst { from, through } => {
            format!("de opheffing eindigt ({through}) voordat zij begint ({from})")
        }
        Problem::SuppressionOutside { date, from, through } => {
            let period = match from {
                Some(f) => format!("{f} tot en met {through}"),
                None => format!("tot en met {through}"),
            };
            format!(
                "{date} valt buiten de periode die deze invordering invordert ({period}): een beslissing heft alleen dagen op die zij invordert (CPCE L131-4 al. 3); verplaats de opheffing naar de invordering van die dagen, of verbeter haar data"
            )
        }
        Problem::WholePeriodSuppressed { whole } => format!(
            "suppression[{whole}] heft de hele periode al op: opheffingen mogen geen dag delen"
        ),
        Problem::SuppressionsShareDay { first, second } => format!(
            "opheffingen mogen geen dag delen: {} tot en met {} en {} tot en met {}",
            first.0.map_or(String::new(), |d| d.to_string()),
            first.1,
            second.0,
            second.1.map_or(String::new(), |d| d.to_string())
        ),
        Problem::PaymentsWithoutInterest => "betalingen en kosten horen in het saldo, dat een tabel [interest] vereist: voeg er een toe, bijvoorbeeld [interest] regime = \"nl-legal\" (of regime = \"fixed\" met rate = \"0\" voor geen rente)".into(),
        Problem::NotInEuros(currency) => format!(
            "een saldo wordt berekend voor een zaak in euro (de rentetabellen en de regels ervan zijn in euro), en de zaak is in {}: verwijder [interest], [[payment]] en [[cost]]",
            currency.code()
        ),
        Problem::DecisionServedBeforeMade { served, decided } => format!(
            "de beslissing is betekend op {served}, voordat zij is genomen ({decided}): verbeter `served` of `decided`"
        ),
        Problem::Regime(e) => format!(
            "onbekend renteregime `{}`{}; mogelijke regimes: {}",
            e.given,
            did_you_mean(e.closest),
            quoted(Regime::ALL.iter().map(|r| r.code()))
        ),
        Problem::UnknownCreditor(given) => format!(
            "onbekende schuldeiser `{given}`; mogelijke waarden: `individual` (een natuurlijk persoon die niet handelt voor beroepsdoeleinden) of `other` (CMF L313-2)"
        ),
        Problem::UnknownBasis(given) => {
            format!("onbekende dagbasis `{given}`; mogelijke waarden: `act/365` of `act/act`")
        }
        Problem::EnforceableNotFrench(regime) => format!(
            "`enforceable` laat de verhoging van CMF L313-3 ingaan, die Frans is; {regime} kent die niet: verwijder het"
        ),
        Problem::UnknownStart(word) => format!(
            "onbekend begin van de rente `{word}`; mogelijke waarden: \"decision\" (de dag na elke invorderingsbeslissing), \"service\" (de dag na de betekening ervan, op te geven met `served` in elke [[liquidation]]) of een kale datum zoals 2023-04-14"
        ),
        Problem::UnknownLimitation(given) => format!(
            "onbekende verjaringsregel `{given}`; mogelijke waarden: {}",
            quoted(crate::balance::Limitation::ALL.iter().map(|l| l.code()))
        ),
        Problem::PaymentBeforeSums { date, first } => match first {
            Some(first) => format!(
                "een betaling op {date} ligt vóór elk verschuldigd bedrag: de eerste invordering is beslist op {first}; verbeter de datum, of laat een betaling voor iets anders weg"
            ),
            None => format!(
                "een betaling op {date}, maar geen invordering heeft een beslissingsdatum (`decided`): er is nog niets verschuldigd"
            ),
        },
        Problem::UnknownRole(given) => format!(
            "onbekende rol `{given}`; mogelijke waarden: {}",
            quoted(crate::case::filing::Role::ALL.iter().map(|r| r.code()))
        ),
        Problem::OrderServedBeforeDecided { served, decided } => format!(
            "de beslissing kan niet worden betekend ({served}) voordat zij is genomen ({decided})"
        ),
        Problem::DrawnUpBeforeDecided { on, decided } => format!(
            "de berekening kan niet worden opgesteld ({on}) voordat de beslissing is genomen ({decided})"
        ),
        Problem::Unchecked => "deze zaak kon niet worden gecontroleerd: meld dit alstublieft".into(),
    }
}

/// What follows the rule a definitive astreinte broke.
const DEFINITIVE_THEN: &str = "; anders wordt zij als een voorlopige ingevorderd: schrijf kind = \"provisional\", of";

fn missing(what: Missing) -> String {
    match what {
        Missing::Title => "elke zaak heeft een titel nodig, bijvoorbeeld title = \"ACM / Apple\"".into(),
        Missing::Currency => "elke zaak heeft een ISO 4217-valuta nodig, bijvoorbeeld currency = \"EUR\"".into(),
        Missing::Order => {
            "elke zaak heeft een tabel [order] nodig met `decided` en `comply_within` of `deadline`".into()
        }
        Missing::Rules => format!(
            "een termijn (`order.comply_within`) wordt geteld volgens een regelset; voeg bijvoorbeeld rules = \"nl-atw\" toe (een van {})",
            quoted(RuleSet::ALL.iter().map(|r| r.code()))
        ),
        Missing::OrderDecided => "de datum van de beslissing, bijvoorbeeld decided = 2022-10-17".into(),
        Missing::Due => "wanneer moet de beslissing worden nagekomen? Voeg comply_within = \"2 maanden\" of deadline = 2022-12-19 toe".into(),
        Missing::Penalty => {
            "elke zaak heeft een tabel [penalty] nodig, bijvoorbeeld amount = 100000 en per = \"day\"".into()
        }
        Missing::PenaltyAmount => "het bedrag per eenheid, bijvoorbeeld amount = 100000".into(),
        Missing::ChangeFrom => "de eerste dag van het nieuwe bedrag (of `after = \"30 dagen\"`, een periode vanaf de eerste dag van niet-nakoming)".into(),
        Missing::NewRate => "het nieuwe bedrag per eenheid".into(),
        Missing::SuspensionFrom => "de eerste opgeschorte dag".into(),
        Missing::SuspensionThrough => "de laatste opgeschorte dag".into(),
        Missing::Violations => "een dwangsom per overtreding heeft haar overtredingen nodig, bijvoorbeeld [[penalty.violation]] met date = 2024-04-30 en count = 9".into(),
        Missing::ViolationDate => "de datum van de overtreding".into(),
        Missing::LumpSumAmount => "het bedrag, bijvoorbeeld amount = 200000000".into(),
        Missing::LiquidationEnd => {
            "het einde van de periode, als `through` (laatste getelde dag) of `until` (eerste niet-getelde dag)".into()
        }
        Missing::ExpectedAsOf { key } => format!(
            "`expected.{key}` hangt af van de datum van de berekening; voeg bijvoorbeeld as_of = 2023-05-10 toe aan [expected]"
        ),
        Missing::ReachesAmount => {
            "het te bereiken totaal, bijvoorbeeld reaches = { amount = 1000000, on = 2025-10-19 }".into()
        }
        Missing::ReachesOn => "de dag waarop het totaal het bedrag bereikt, bijvoorbeeld reaches = { amount = 1000000, on = 2025-10-19 }".into(),
        Missing::EscalationRise => {
            "hoe het bedrag stijgt, `factor = 2` (verdubbeld bij elke stap) of `add = 1000` (verhoogd met een bedrag)".into()
        }
        Missing::EscalationEvery => {
            "hoe vaak het bedrag stijgt, bijvoorbeeld every = \"1 dag\", \"1 week\", \"30 dagen\" of \"1 maand\"".into()
        }
        Missing::ReductionDate => {
            "de dag waarop het onderdeel in orde is gebracht, bijvoorbeeld date = 2015-03-31".into()
        }
        Missing::ReductionAmount => {
            "wat het onderdeel van het bedrag aftrekt, `amount = 400000` of `share = \"1/214\"`".into()
        }
        Missing::BreachFrom => "de eerste dag van niet-nakoming".into(),
        Missing::BreachThrough => "de laatste dag van niet-nakoming (of schrijf een lijst, dates = [...])".into(),
        Missing::ShareTo => "wie het aandeel ontvangt, bijvoorbeeld to = \"Staat der Nederlanden\"".into(),
        Missing::AdjustDay => {
            "de toe te voegen dag, bijvoorbeeld { date = 2023-07-13, name = \"Griffie gesloten\" }".into()
        }
        Missing::AdjustName => "een `name` die zegt waarom de dag geen werkdag is".into(),
        Missing::AstreinteFrom { decided } => format!(
            "een astreinte opgelegd op {decided} loopt vanaf de datum die die beslissing bepaalt, nooit voordat zij uitvoerbaar is (CPCE R131-1); geef haar eerste dag, bijvoorbeeld from = {decided}"
        ),
        Missing::SuppressionReason => "een astreinte wordt alleen opgeheven als de niet-nakoming voortkomt uit een vreemde oorzaak (CPCE L131-4 al. 3; toeval of overmacht, CJA L911-7); zeg welke, bijvoorbeeld reason = \"terrein gesloten bij prefectoraal besluit\"".into(),
        Missing::SuppressionThrough => "geef de laatste opgeheven dag als `through` (dezelfde als `from` voor één dag), of laat beide weg om de hele periode op te heffen".into(),
        Missing::SuppressionFrom => "geef de eerste opgeheven dag als `from` (dezelfde als `through` voor één dag), of laat beide weg om de hele periode op te heffen".into(),
        Missing::InterestRegime => format!(
            "het renteregime, een van {}, bijvoorbeeld regime = \"nl-legal\"",
            quoted(Regime::ALL.iter().map(|r| r.code()))
        ),
        Missing::PaymentDate => "de dag van de betaling, bijvoorbeeld date = 2023-06-01".into(),
        Missing::PaymentAmount => "het betaalde bedrag, bijvoorbeeld amount = 1000".into(),
        Missing::CostDate => "de dag waarop de kosten zijn gemaakt, bijvoorbeeld date = 2023-04-13".into(),
        Missing::CostAmount => "het bedrag, bijvoorbeeld amount = 350".into(),
        Missing::CostLabel => {
            "wat de kosten zijn, bijvoorbeeld label = \"Deurwaarderskosten\" of label = \"Proceskosten\"".into()
        }
        Missing::PartyRole => format!(
            "elke [[party]] heeft een rol nodig: een van {}",
            quoted(crate::case::filing::Role::ALL.iter().map(|r| r.code()))
        ),
        Missing::PartyName => {
            "elke [[party]] heeft een naam nodig, bijvoorbeeld name = \"Vereniging Milieudefensie\"".into()
        }
    }
}

fn both(pair: Both) -> &'static str {
    match pair {
        Both::ComplyWithinAndDeadline => "geef `comply_within` of `deadline`, niet beide",
        Both::ThroughAndUntil => {
            "geef `through` (de laatste getelde dag) of `until` (de eerste niet-getelde dag), niet beide"
        }
        Both::ChangeFromAndAfter => {
            "geef `from` (de eerste dag van het nieuwe bedrag) of `after` (een periode vanaf de eerste dag van niet-nakoming, bijvoorbeeld \"30 dagen\"), niet beide"
        }
        Both::FromAndFirstDay => "geef `from` (een datum) of `first_day` (een gebeurtenis), niet beide",
        Both::FactorAndAdd => {
            "geef `factor` (het bedrag wordt bij elke stap vermenigvuldigd) of `add` (verhoogd met een bedrag), niet beide"
        }
        Both::AmountAndShare => {
            "geef `amount` (wat het onderdeel van het bedrag aftrekt) of `share` (een deel van `amount`), niet beide"
        }
        Both::PeriodAndDates => "geef `from` en `through` (een periode) of `dates` (een lijst van dagen), niet beide",
        Both::PartAndAmount => {
            "geef `part` (\"1/2\", \"50%\") of `amount` (een vast bedrag), niet beide; laat beide weg voor het aandeel dat de rest neemt"
        }
        Both::ThroughAndDuration => {
            "geef `through` (de laatste dag waarop de astreinte loopt) of `duration` (hoe lang zij loopt vanaf haar eerste dag), niet beide"
        }
    }
}

fn empty(what: Empty) -> &'static str {
    match what {
        Empty::Title => "de titel is leeg",
        Empty::Name => "de naam is leeg",
        Empty::Text => "is leeg: schrijf de tekst, of laat de sleutel weg",
        Empty::Reason => {
            "de reden is leeg: zeg wat de vreemde oorzaak was (CPCE L131-4 al. 3 heft alleen op voor een oorzaak die de schuldenaar niet kon overwinnen)"
        }
    }
}

fn before(what: Before) -> &'static str {
    match what {
        Before::PenaltyFrom => "de dwangsom kan niet lopen vóór de beslissing (CPCE R131-1)",
        Before::Complied => "de nakoming is gedateerd vóór de beslissing",
        Before::LumpSum => "een forfaitair bedrag is verschuldigd vanaf de beslissing",
        Before::EscalationUntil => "de verhoging kan niet stoppen vóór de beslissing",
        Before::AstreinteDecided => "een astreinte die na de beslissing van de zaak is opgelegd, is erna gedateerd",
    }
}

fn rule_set(e: &UnknownRuleSet) -> String {
    let suggestion = match e.closest {
        None => String::new(),
        Some(first) => format!(
            " (bedoelde u {}?)",
            either(std::iter::once(first).chain(e.also.iter().copied()))
        ),
    };
    format!(
        "onbekende regelset `{}`{suggestion}; mogelijke regelsets: {}",
        e.given,
        quoted(RuleSet::ALL.iter().map(|r| r.code()))
    )
}

fn limit_error(e: &LimitError) -> String {
    let problem = match &e.problem {
        LimitProblem::Empty => "hij is leeg".to_string(),
        LimitProblem::TooLarge(number) => {
            format!("{number} is te groot (hoogstens {})", crate::timelimit::MAX_COUNT)
        }
        LimitProblem::NotWhole(number) => format!("`{number}` is geen geheel getal"),
        LimitProblem::NoUnit(count) => format!("het getal {count} heeft geen eenheid"),
        LimitProblem::UnknownUnit { word, closest } => {
            format!("onbekende eenheid `{word}`{}", did_you_mean(*closest))
        }
        LimitProblem::Twice(word) => format!("de eenheid `{word}` komt twee keer voor"),
        LimitProblem::Zero => "een termijn van nul laat geen tijd om na te komen".to_string(),
    };
    format!(
        "de termijn `{}` is onleesbaar: {problem}; aanvaarde vormen: \"30 dagen\", \"2 weken\", \"6 maanden\", \"1 jaar\", \"1 maand 15 dagen\" (of in het Engels, \"15 days\", \"2 months\", \"1 year\"; in het Frans, \"15 jours\", \"2 mois\", \"1 an\")",
        e.text
    )
}

fn option(e: &OptionError) -> String {
    match e {
        OptionError::UnknownDistance { given, closest } => format!(
            "onbekende afstand `{given}`{}; mogelijke waarden: {}",
            did_you_mean(*closest),
            quoted(Distance::ALL.iter().map(|d| d.code()))
        ),
        OptionError::UnknownMonthEnd { given, closest } => format!(
            "onbekende month_end `{given}`{}; mogelijke waarden: {}",
            did_you_mean(*closest),
            quoted(MonthEnd::ALL.iter().map(|m| m.code()))
        ),
        OptionError::DistanceNotApplicable { rules, distance } => {
            let accepted = rules.distances();
            if accepted.is_empty() {
                format!(
                    "de regelset `{rules}` kent geen verlenging wegens afstand, dus de afstand `{distance}` is niet van toepassing"
                )
            } else {
                format!(
                    "de afstand `{distance}` is niet van toepassing onder `{rules}`; mogelijke waarden: {}",
                    quoted(accepted.iter().map(|d| d.code()))
                )
            }
        }
    }
}

pub(super) fn deadline(e: &DeadlineError) -> String {
    match e {
        DeadlineError::OutOfRange { from, limit: l } => format!(
            "{from} + {} eindigt na 9999-12-31, de laatste ondersteunde datum",
            limit(*l)
        ),
        DeadlineError::NoDayAfter(deadline) => format!(
            "het einde van de termijn is {deadline}, de laatste ondersteunde datum: er kan geen dag van niet-nakoming op volgen (geef de dwangsom een datum `from`, of controleer het einde van de termijn)"
        ),
        DeadlineError::Calendar(e) => holidays(e),
        DeadlineError::NoWorkingDay(day) => {
            format!("geen werkdag binnen een jaar na {day}: controleer de aanpassingen van de kalender")
        }
        DeadlineError::MonthEndMissing {
            from,
            limit: l,
            day,
            clamped,
        } => format!(
            "{from} + {}: {} heeft geen dag {day}, en month_end = \"error\" weigert de termijn op de laatste dag van die maand ({clamped}) te laten eindigen; zet month_end = \"clamp\" om dat einde te aanvaarden, of geef het einde van de termijn dat de beslissing bepaalt",
            limit(*l),
            month_in_words(*clamped, NL)
        ),
    }
}

fn holidays(e: &CalendarError) -> String {
    match e {
        CalendarError::YearOutOfRange { year } => format!(
            "het jaar {year} valt buiten het bereik: feestdagen worden berekend van {FIRST_YEAR} tot en met {LAST_YEAR}"
        ),
    }
}
