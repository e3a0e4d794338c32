//! De fouten van een berekening, in het Nederlands: waarom een zaak, haar saldo of rente niet
//! kon worden berekend.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::unit_name;
use crate::balance::BalanceProblem;
use crate::engine::{ComputeError, JudgmentError, Quantity};
use crate::error::{Error, Usage};
use crate::input::{ReadError, Skipped, SkippedKind};
use crate::interest::{InterestDay, InterestError, Regime, RegimeOption};
use crate::lang::message::Fault;
use crate::money::exact::Loss;
use crate::render::PrintError;
use crate::report::CapScope;

/// The supported dates, in Dutch.
fn supported_dates() -> String {
    format!("van {} tot en met {}", crate::dates::FIRST, crate::dates::LAST)
}

/// An error of a computation, in Dutch.
pub(super) fn fault(fault: Fault<'_>) -> String {
    match fault {
        Fault::Compute(e) => compute(e),
        Fault::Judgment(e) => judgment(e),
        Fault::Balance(p) => balance(p),
        Fault::Interest(e) => interest(e),
        Fault::Quantity(q) => quantity(q),
        Fault::Read(e) => read(e),
        Fault::Skipped(s) => skipped(s),
        Fault::Run(e) => run(e),
        Fault::Print(p) => print(p),
        Fault::Unlisted { unlisted, listed } => format!(
            "en nog {unlisted} {} in deze zaak, niet vermeld (per uitvoering worden de eerste {listed} vermeld)",
            if unlisted == 1 { "fout" } else { "fouten" }
        ),
    }
}

fn read(e: &ReadError) -> String {
    match e {
        ReadError::Io { source, .. } => format!("kan niet worden gelezen (melding van het systeem: {source})"),
        ReadError::NotUtf8 { offset, .. } => format!(
            "geen UTF-8-tekst (byte {offset} is geen geldige UTF-8): een dossier moet UTF-8-TOML zijn; sla het op als UTF-8"
        ),
        ReadError::Nul { offset, .. } => format!(
            "een NUL-byte (byte {offset}): een dossier is UTF-8-TOML-tekst, en geen tekst bevat NUL-bytes; is dit een binair bestand?"
        ),
        ReadError::TooLarge { limit, .. } => format!(
            "meer dan {limit} bytes, het meeste dat één invoer mag bevatten{}: een dossier is veel kleiner; verdeel een reeks zaken over meerdere bestanden",
            crate::input::in_gib(*limit)
        ),
        ReadError::Missing { .. } => "bestand of map bestaat niet".into(),
    }
}

fn skipped(s: &Skipped) -> String {
    let first = s.first.display();
    if s.path == s.first {
        return "opnieuw genoemd, al gelezen: overgeslagen".into();
    }
    match s.kind {
        SkippedKind::Loop => format!(
            "leidt terug naar {first}, dat het bevat (een lus van koppelingen): niet gevolgd; elk bestand wordt één keer gelezen"
        ),
        SkippedKind::Directory => format!("dezelfde map als {first}, al gelezen: overgeslagen"),
        SkippedKind::File => format!("hetzelfde bestand als {first}, al gelezen: overgeslagen"),
    }
}

fn run(e: &Error) -> String {
    match e {
        Error::Output(e) => format!("kan de uitvoer niet schrijven (melding van het systeem: {e})"),
        Error::Print(p) => print(p),
        Error::OutputFile { path, source } => {
            format!("kan {path} niet schrijven (melding van het systeem: {source})")
        }
        Error::OutputIsInput { output, input } => format!(
            "`--output` {output}: dit bestand is ook een invoer van de berekening ({input}); de resultaten erin schrijven zou het vernietigen: kies een ander uitvoerbestand"
        ),
        Error::Usage(usage) => self::usage(usage),
    }
}

fn usage(u: &Usage) -> String {
    match u {
        Usage::PdfToTerminal => {
            "`--format pdf` schrijft een PDF-bestand, geen tekst voor een terminal: voeg `-o berekening.pdf` toe".into()
        }
        Usage::OutputExists(path) => {
            format!("{path} bestaat al: kies een andere `--output`, of voeg `--force` toe om het te vervangen")
        }
        Usage::NoSubcommand { name, names } => format!(
            "geen subcommando `{name}`; mogelijke subcommando’s: {}",
            names.join(", ")
        ),
        Usage::NothingBefore(until) => format!(
            "`--until {until}`: binnen de ondersteunde data gaat er geen dag aan vooraf, {}",
            supported_dates()
        ),
        Usage::NoEnd => "geef `--through DATE` of `--until DATE`".into(),
        Usage::PeriodReversed { from, through } => {
            format!("de periode eindigt ({through}) voordat zij begint ({from})")
        }
        Usage::PartialForShortUnit(per) => format!(
            "`--partial` geldt voor eenheden langer dan een dag, niet voor `{}`",
            per.code()
        ),
        Usage::NoDayOfInterest { until, from } => format!(
            "`--until {until}`: de dag van betaling telt niet mee, en die ligt niet na de eerste rentedag (`--from {from}`): er blijft geen rentedag over"
        ),
        Usage::ToBeforeFrom { from, to } => format!("`--to {to}` ligt vóór `--from {from}`"),
        Usage::YearOutOfRange(year) => format!(
            "`--year`: {year} valt buiten de ondersteunde data, {}",
            supported_dates()
        ),
        Usage::EmptyEvent => "`--event`: de naam van de beginnende gebeurtenis is leeg".into(),
        Usage::NoDayOfDelay(deadline) => format!(
            "`--from/--within`: het einde van de termijn, {deadline}, is de laatste ondersteunde datum, en er kan geen dag van niet-nakoming op volgen"
        ),
        Usage::Value { flag, problem } => format!("`{flag}`: {}", super::problem::problem(problem)),
        Usage::Compute(e) => e.message_in(crate::lang::Lang::Nl),
        Usage::Interest(e) => format!("`{}`: {}", e.flag(), interest(e)),
    }
}

fn compute(e: &ComputeError) -> String {
    match e {
        ComputeError::Balance { problem, .. } => balance(problem),
        ComputeError::Deadline { source, .. } => super::problem::deadline(source),
        ComputeError::Reversed { from, through, .. } => format!(
            "de periode eindigt ({through}) voordat zij begint ({from}): schrijf de laatste getelde dag, op of na {from}, of verbeter `from`"
        ),
        ComputeError::OutOfOrder {
            through,
            previous_through,
            ..
        } => format!(
            "de periode eindigt op {through}, maar de invordering ervoor loopt al tot en met {previous_through}: vermeld de invorderingen in de volgorde van hun perioden, elk beginnend na het einde van de vorige"
        ),
        ComputeError::Overlap {
            from, previous_through, ..
        } => format!(
            "de periode begint op {from}, maar de dagen tot en met {previous_through} zijn al ingevorderd: invorderingsperioden mogen elkaar niet overlappen; laat `from` weg of laat haar na {previous_through} beginnen"
        ),
        ComputeError::BeforeDelay {
            through, accrual_start, ..
        } => format!(
            "de periode eindigt op {through}, vóór de eerste dag van niet-nakoming ({accrual_start}): er is niets in te vorderen; laat haar op of na {accrual_start} eindigen, of verwijder deze invordering"
        ),
        ComputeError::AfterAsOf { through, as_of, .. } => format!(
            "de periode eindigt op {through}, na de datum van de berekening ({as_of}): die dagen hebben nog niet plaatsgevonden; bereken per {through} of later om ze vooruit te berekenen (`--as-of {through}`, of `expected.as_of` voor `check`)"
        ),
        ComputeError::Overflow { what, .. } => format!(
            "bedrag te groot: {} overschrijdt het grootste exact bewaarde bedrag ({}, ongeveer 7,9 × 10^28)",
            quantity(what),
            Decimal::MAX
        ),
        ComputeError::Inexact { what, .. } => format!(
            "bedrag niet exact te bewaren: {} vraagt meer cijfers dan een bedrag bevat (28 tot 29 significante cijfers, hoogstens 28 na de komma)",
            quantity(what)
        ),
        ComputeError::OutOfRange { what, .. } => format!(
            "{} valt buiten de ondersteunde data, {}",
            quantity(what),
            supported_dates()
        ),
        ComputeError::Judgment { source, .. } => judgment(source),
    }
}

fn quantity(q: &Quantity) -> String {
    match q {
        Quantity::Total { from, through } => format!("het totaal van {from} tot en met {through}"),
        Quantity::EscalatingRate(day) => format!("het oplopende bedrag vanaf {day}"),
        Quantity::CapDay(CapScope::Penalty(Some(o))) => format!("de dag waarop het maximum ({o}) wordt bereikt"),
        Quantity::CapDay(CapScope::Penalty(None)) => "de dag waarop het maximum wordt bereikt".into(),
        Quantity::CapDay(CapScope::Case) => "de dag waarop het maximum van de zaak wordt bereikt".into(),
        Quantity::TargetDay(target) => format!("de dag waarop {target} wordt bereikt"),
        Quantity::AccruedByTarget(target) => {
            format!("het verbeurde bedrag op de dag waarop {target} wordt bereikt")
        }
        Quantity::Judgment { from, through } => {
            format!("de beslissing over de periode van {from} tot en met {through}")
        }
        Quantity::PenaltyTotal => "het totaal van een dwangsom".into(),
        Quantity::LiquidationsTotal => "het totaal van de invorderingen".into(),
        Quantity::AwardedTotal => "het toegewezen totaal".into(),
        Quantity::SuppressedTotal => "het opgeheven totaal".into(),
        Quantity::ProjectedTotal => "het totaal van de voorlopige invorderingen".into(),
        Quantity::UnliquidatedTotal => "het nog niet ingevorderde totaal".into(),
        Quantity::LumpSums => "de som van de forfaitaire bedragen".into(),
        Quantity::Overall => "het algemene totaal".into(),
        Quantity::Suppressed => "het opgeheven bedrag".into(),
        Quantity::ComputedLessSuppressed => "het berekende bedrag min het opgeheven deel".into(),
        Quantity::Share => "een aandeel van het ingevorderde bedrag".into(),
        Quantity::Date => "een datum".into(),
        Quantity::UnitCounted => "een getelde eenheid".into(),
    }
}

fn judgment(e: &JudgmentError) -> String {
    match e {
        JudgmentError::AboveOrdered {
            awarded_rate,
            ordered_rate,
            article,
        } => format!(
            "het toegewezen bedrag per eenheid ({awarded_rate}) ligt boven het bedrag dat de beslissing voor de periode oplegde ({ordered_rate}): bij de invordering kan de rechter het bedrag van een voorlopige astreinte verlagen ({article}), nooit verhogen voor dagen die al verstreken zijn; een hoger bedrag voor de komende dagen is een nieuwe beslissing, te schrijven als een [[penalty.change]] of een nieuwe [[penalty]]"
        ),
        JudgmentError::Disagree {
            awarded,
            awarded_rate,
            per,
            at_rate,
        } => format!(
            "`awarded` ({awarded}) en `awarded_rate` ({awarded_rate}) stemmen niet overeen: tegen {awarded_rate} per {} komt de periode op {at_rate}; geef een van beide, of verbeter het bedrag dat fout is",
            per.map_or("eenheid", |p| unit_name(p, false))
        ),
        JudgmentError::DefinitiveAwarded {
            awarded,
            due,
            suppressed,
            article,
            suppression,
        } => format!(
            "in deze periode telt een definitieve astreinte, en haar bedrag per eenheid wordt bij de invordering nooit gewijzigd ({article}): het toegewezen bedrag is het berekende bedrag van {due}{}, niet {awarded}; alleen dagen waarvan de niet-nakoming voortkomt uit een vreemde oorzaak kunnen worden geschrapt ({suppression}), als [[liquidation.suppression]]; heeft de beslissing het bedrag gematigd, dan was de astreinte voorlopig: schrijf kind = \"provisional\" bij haar [[penalty]] (of, als zij een voorlopige astreinte in dezelfde periode matigde, vorder elke astreinte in een eigen periode in)",
            if *suppressed { " min de opgeheven dagen" } else { "" }
        ),
        JudgmentError::DefinitiveRate {
            awarded_rate,
            ordered_rate,
            article,
            suppression,
        } => format!(
            "in deze periode telt een definitieve astreinte, en haar bedrag per eenheid wordt bij de invordering nooit gewijzigd ({article}): het bedrag is het opgelegde, {ordered_rate}, niet {awarded_rate}; alleen dagen waarvan de niet-nakoming voortkomt uit een vreemde oorzaak kunnen worden geschrapt ({suppression}), als [[liquidation.suppression]]; heeft de beslissing het bedrag gematigd, dan was de astreinte voorlopig: schrijf kind = \"provisional\" bij haar [[penalty]]"
        ),
        JudgmentError::SeveralAstreintes { penalties } => format!(
            "`awarded_rate` vervangt het bedrag van één astreinte, maar in deze periode tellen {}: geef het bedrag dat de beslissing toewees als `awarded`, of vorder elke astreinte in een eigen invordering in",
            penalties
                .iter()
                .map(|n| format!("penalty[{n}]"))
                .collect::<Vec<_>>()
                .join(" en ")
        ),
        JudgmentError::SeveralRates { rates, more } => format!(
            "het opgelegde bedrag verandert binnen de periode ({}{}): één toegewezen bedrag per eenheid kan die niet vervangen; geef het bedrag dat de beslissing toewees als `awarded`, of laat deze invordering eindigen waar het bedrag verandert",
            rates.iter().map(Decimal::to_string).collect::<Vec<_>>().join(" dan "),
            if *more { " dan ..." } else { "" }
        ),
        JudgmentError::Capped => "een maximum begrenst het bedrag van deze periode: het toegewezen bedrag per eenheid kan niet worden toegepast op eenheden die het maximum schrapte; geef het bedrag dat de beslissing toewees als `awarded`".into(),
        JudgmentError::SuppressionOutside {
            from,
            through,
            period_from,
            period_through,
            article,
        } => format!(
            "de opheffing ({from} tot en met {through}) valt buiten de periode die deze invordering invordert ({period_from} tot en met {period_through}): een beslissing heft alleen dagen op die zij invordert ({article}); verplaats haar naar de invordering van die dagen, of verbeter haar data"
        ),
    }
}

fn balance(p: &BalanceProblem) -> String {
    match p {
        BalanceProblem::PaymentBeforeSums { date, first } => format!(
            "een betaling op {date} ligt vóór elk verschuldigd bedrag: het eerste getelde ingevorderde bedrag is beslist op {first}; verbeter de datum, of laat een betaling voor iets anders weg"
        ),
        BalanceProblem::PaymentBeforeAnyDecision { date, as_of } => format!(
            "er is een betaling op {date} vastgelegd, maar per {as_of} is geen invordering beslist: geef de datum van de invorderingsbeslissing (`decided`), of laat de betaling weg"
        ),
        BalanceProblem::LimitationUnconfirmed(rule) => format!(
            "de verjaringsregel `{rule}` is niet bevestigd ({}; bron: {}): zij wordt geweigerd tenzij u niet-bevestigde gegevens toestaat (allow_unconfirmed = true in [interest]), wat de uitvoer vermeldt",
            super::balance::caveat(*rule),
            rule.row().source
        ),
        BalanceProblem::NoDayAfter => "er volgt geen dag op deze datum".into(),
        BalanceProblem::ServedMissing { liquidation, decided } => format!(
            "ontbreekt: de rente loopt vanaf de betekening van elke beslissing (interest.from = \"service\"), en invordering {liquidation}, beslist op {decided}, heeft er geen: voeg er served = DATE aan toe, of gebruik from = \"decision\""
        ),
        BalanceProblem::LimitationOutOfRange => format!(
            "de verjaringsdatum valt buiten de ondersteunde data ({})",
            supported_dates()
        ),
        BalanceProblem::Interest {
            error: error @ InterestError::OutsideTables { needed, .. },
            regime,
        } => format!(
            "{}. De ontbrekende regel: {}. Raadpleeg {}; of bereken op een eerdere datum (`--as-of`, of `as_of` in [expected])",
            interest(error),
            missing_row(*regime, *needed),
            where_published(*regime)
        ),
        BalanceProblem::Interest { error, .. } => interest(error),
        BalanceProblem::Arithmetic(loss) => interest(&InterestError::Arithmetic(*loss)),
    }
}

/// The row of the regime's table that would cover `day`.
fn missing_row(regime: Regime, day: NaiveDate) -> String {
    let year = day.year();
    let half = if day.month() <= 6 {
        format!("1 januari tot en met 30 juni {year}")
    } else {
        format!("1 juli tot en met 31 december {year}")
    };
    match regime {
        Regime::FrLegal if year >= 2015 => format!("het halfjaar {half}"),
        Regime::NlLegal | Regime::NlCommercial => format!("het halfjaar {half}"),
        Regime::FrLegal | Regime::BeLegal => format!("het jaar {year}"),
        Regime::EuEcb => format!("de rente voor de basisherfinancieringstransacties van de ECB op {day}"),
        Regime::Fixed => format!("de rente op {day}"),
    }
}

/// Where the rate of a regime is published.
fn where_published(regime: Regime) -> &'static str {
    match regime {
        Regime::FrLegal => {
            "het arrêté dat het taux de l’intérêt légal voor dat halfjaar vaststelt (JORF, op Légifrance; vóór 2015 het jaarlijkse décret), en voeg de regel toe aan src/interest/rates/fr.rs"
        }
        Regime::NlLegal | Regime::NlCommercial => {
            "het Besluit wettelijke rente in het Staatsblad (BW 6:120), en voeg de regel toe aan src/interest/rates/nl.rs"
        }
        Regime::BeLegal => {
            "de bekendmaking van de wettelijke rente door de FOD Financiën in het Belgisch Staatsblad (wet van 5 mei 1865, art. 2), en voeg de regel toe aan src/interest/rates/be.rs"
        }
        Regime::EuEcb => {
            "de beleidsrentes van de ECB (besluiten van de Raad van bestuur, ecb.europa.eu), en voeg de regel toe aan src/interest/rates/ecb.rs"
        }
        Regime::Fixed => "de opgegeven rente",
    }
}

fn interest(e: &InterestError) -> String {
    match e {
        InterestError::PrincipalNotPositive { amount } => {
            format!("het bedrag moet boven nul liggen, niet {amount}")
        }
        InterestError::PrincipalTooPrecise { amount, digits } => format!(
            "{amount} heeft meer decimalen dan de kleinste eenheid van de valuta ({digits}): schrijf het bedrag hoogstens tot op de cent"
        ),
        InterestError::PaymentNotPositive { date, amount } => {
            format!("betaling van {date}: het bedrag moet boven nul liggen, niet {amount}")
        }
        InterestError::PaymentTooPrecise { date, amount, digits } => format!(
            "betaling van {date}: {amount} heeft meer decimalen dan de kleinste eenheid van de valuta ({digits})"
        ),
        InterestError::PaymentBeforeStart { date, amount, from } => format!(
            "betaling van {amount} op {date}: zij ligt vóór de eerste rentedag ({from}); een bedrag dat is betaald voordat de rente loopt, verlaagt het bedrag zelf: geef het bedrag na aftrek ervan"
        ),
        InterestError::PaymentAfterEnd { date, amount, through } => format!(
            "betaling van {amount} op {date}: zij ligt na de periode, die eindigt op {through}; verleng de periode tot de dag vóór de betaling, of laat de betaling weg"
        ),
        InterestError::CostNotPositive { label, amount } => {
            format!("kosten `{label}`: het bedrag moet boven nul liggen, niet {amount}")
        }
        InterestError::CostAfterEnd { label, date, through } => {
            format!("kosten `{label}` van {date}: zij liggen na de periode, die eindigt op {through}")
        }
        InterestError::EmptyPeriod { from, through } => {
            format!("de periode eindigt ({through}) voordat zij begint ({from})")
        }
        InterestError::OutsideTables {
            table,
            first,
            last,
            needed,
        } => format!(
            "de rentetabel `{table}` loopt van {first} tot en met {last}, en de periode vraagt {needed}: voor die dag is geen rente bekend (een nieuwe rente is één regel in src/interest/rates/)"
        ),
        InterestError::CreditorMissing { needed } => format!(
            "fr-legal kent twee tarieven sinds 1 januari 2015 (CMF L313-2), en de periode loopt op {needed}: geef de schuldeiser, `individual` (een natuurlijk persoon die niet handelt voor beroepsdoeleinden) of `other`"
        ),
        InterestError::Unconfirmed {
            table,
            from,
            through,
            rate,
            text,
        } => format!(
            "de rente `{table}` van {rate}% van {from} tot en met {through} is niet bevestigd ({text}): zij wordt geweigerd tenzij u niet-bevestigde tarieven toestaat (--allow-unconfirmed), wat de uitvoer vermeldt"
        ),
        InterestError::NotForRegime { option, regime } => {
            let why = match option {
                RegimeOption::Creditor => "de schuldeiser bepaalt de rente alleen onder fr-legal (CMF L313-2)",
                RegimeOption::Enforceable | RegimeOption::NoMajoration => "de verhoging van CMF L313-3 is Frans",
                RegimeOption::Decided => "de dag van de beslissing bepaalt alleen bij eu-ecb de ECB-rente",
                RegimeOption::Guarantee => {
                    "een garantie verlaagt de opslag alleen bij eu-ecb (Verord. 1268/2012 art. 83, lid 4)"
                }
                RegimeOption::Capitalise | RegimeOption::Anchor => {
                    "Verord. 1268/2012 art. 83 voorziet in enkelvoudige rente"
                }
                RegimeOption::Rate => {
                    "de rente komt uit de tabel van het regime; geef een rente op met het regime fixed"
                }
            };
            format!("`{}` geldt niet voor {regime}: {why}", option.flag())
        }
        InterestError::RateMissing => {
            "het regime fixed heeft de jaarlijkse rente nodig, in procenten (zoals 4.5)".into()
        }
        InterestError::NegativeRate { rate } => format!("de rente moet nul of meer zijn, niet {rate}"),
        InterestError::GuaranteeWithoutDecision => "met een garantie is de rente de ECB-rente van de eerste dag van de maand waarin de beslissing tot oplegging van de boete is vastgesteld (Verord. 1268/2012 art. 83, lid 4): geef de dag van de beslissing".into(),
        InterestError::AnchorWithoutCapitalisation { regime } => format!(
            "het ankerpunt bepaalt de dagen van kapitalisatie, en {regime} kapitaliseert alleen op verzoek: vraag ook om kapitalisatie"
        ),
        InterestError::DateOutOfRange { day } => {
            let day = match day {
                InterestDay::DayAfterLast => "de dag na de laatste rentedag",
                InterestDay::DayOfInterest => "een rentedag",
                InterestDay::FirstOfDeadlineMonth => "de eerste dag van de maand van de termijn",
            };
            format!("{day} valt buiten de ondersteunde data ({})", supported_dates())
        }
        InterestError::Arithmetic(Loss::TooLarge) => {
            "de rente overschrijdt het grootste exact bewaarde bedrag (ongeveer 7,9 × 10^28)".into()
        }
        InterestError::Arithmetic(Loss::Inexact) => {
            "de rente vraagt meer cijfers dan een bedrag exact bevat".into()
        }
    }
}

fn print(p: &PrintError) -> String {
    match p {
        PrintError::NotInstalled => "--format pdf drukt de HTML-berekening af met Chromium zonder venster (headless), dat niet geïnstalleerd is: \
             installeer het (Debian, Ubuntu: `apt-get install chromium`; Fedora: `dnf install chromium`; \
             macOS: `brew install --cask chromium`) of Google Chrome, of geef het pad in ASTREINTE_CHROMIUM; \
             of schrijf --format html en druk het af vanuit een browser"
            .into(),
        PrintError::ChosenDoesNotRun { chosen } => format!(
            "ASTREINTE_CHROMIUM is `{chosen}`, dat niet start: geef het pad van Chromium of Google Chrome"
        ),
        PrintError::CannotStart { browser, reason } => {
            format!("kan {browser} niet starten (melding van het systeem: {reason})")
        }
        PrintError::TimedOut { browser, seconds } => {
            format!("{browser} heeft de berekening niet binnen {seconds} seconden afgedrukt")
        }
        PrintError::Failed { browser, code, said } => format!(
            "{browser} kon de berekening niet als PDF afdrukken ({}); de browser zegt, in het Engels: „{said}”",
            ended(*code)
        ),
    }
}

/// How the browser ended: its exit code, or a signal.
fn ended(code: Option<i32>) -> String {
    match code {
        Some(c) => format!("afsluitcode {c}"),
        None => "gestopt door een signaal".into(),
    }
}
