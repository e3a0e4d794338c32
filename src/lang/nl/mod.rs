//! The Dutch catalogue: every [`Label`] and [`Message`] in Dutch, laid out as `en.rs` is (labels,
//! then messages, then the helpers in the same order), with the dwangsom's vocabulary: a sum is
//! *verbeurd* (forfeited) by law as each unit elapses (Awb 5:33, Rv 611a), the authority or the
//! creditor collects it (*invordering*, Awb 5:37), the order sets a *maximum* (Awb 5:32b lid
//! 2), and a court may moderate it (*matigen*, Rv 611d). Sources are cited as Dutch cites
//! them: `lid`, not `al.`.

mod balance;
mod failure;
mod interest;
mod orders;
mod problem;
mod steps;

use chrono::{NaiveDate, Weekday};

use super::message::{Amount, Elsewhere, Equation, Label, Message, PenaltyLine, PeriodKind, Rate, RuleApplied};
use super::{
    Lang, full_date, group, long_date, medium_date, money, money_with_compact, short_date, short_money, written,
};
use crate::case::filing::Role;
use crate::case::{Partial, Per};
use crate::report::{CapScope, Note, Segment, Served, Status, Stop};
use crate::timelimit::{Caveat, RuleSet, TimeLimit};

const NL: Lang = Lang::Nl;

/// A label in Dutch.
pub(super) fn label(label: Label) -> &'static str {
    match label {
        Label::Colon => ":",
        Label::Date => "Datum",
        Label::Step => "Stap",
        Label::Rule => "Regel",
        Label::RuleApplied => "Toegepaste regel",
        Label::Computation => "Berekening",
        Label::Source => "Bron",
        Label::Decided => "Beslist",
        Label::From => "Van",
        Label::Through => "Tot en met",
        Label::Days => "Dagen",
        Label::Rate => "Bedrag per eenheid",
        Label::Computed => "Berekend",
        Label::Awarded => "Toegewezen",
        Label::Expected => "Verwacht",
        Label::Moderation => "Matiging",
        Label::Period => "Periode",
        Label::Obligation => "Verplichting",
        Label::UnitsTimesRate => "Eenheden × bedrag",
        Label::Forfeited => "Verbeurd",
        Label::ForfeitedOn => "Verbeurd op",
        Label::Amount => "Bedrag",
        Label::BySegment => "per segment",
        Label::Weekday => "Weekdag",
        Label::Name => "Naam",
        Label::EnglishName => "Engelse naam",
        Label::DayName(day) => day_name(day),
        Label::Nothing => "niets",
        Label::Penalty => "dwangsom",
        Label::Status(Status::Pronounced) => "beslist",
        Label::Status(Status::Projected) => "voorlopig",
        Label::DeadlineAndFirstDay => "Einde van de termijn en eerste dag van niet-nakoming",
        Label::Liquidations => "Invorderingen",
        Label::ThePenalty => "De dwangsom",
        Label::Totals => "Totalen",
        Label::PeriodsCounted => "Getelde perioden",
        Label::LiquidationsComputedAndAwarded => "Invorderingen: berekend en toegewezen",
        Label::RulesApplied => "Toegepaste regels",
        Label::Notes => "Opmerkingen",
        Label::Case => "Zaak",
        Label::Authority => "Instantie",
        Label::Reference => "Kenmerk",
        Label::TimeLimitRules => "Termijnregels",
        Label::HolidayCalendar => "Kalender van feestdagen",
        Label::Currency => "Valuta",
        Label::CaseFile => "Dossier",
        Label::StatementAsOf => "Berekening per",
        Label::LiquidatedAsComputed => "Ingevorderd, berekend",
        Label::LiquidatedAsAwarded => "Ingevorderd, toegewezen",
        Label::LiquidatedProjected => "Ingevorderd, voorlopig (niet beslist)",
        Label::LumpSums => "Forfaitaire bedragen",
        Label::TotalComputed => "Totaal berekend",
        Label::TotalOwed => "Totaal verschuldigd (het toegewezen bedrag waar een beslissing matigde)",
        Label::NoDayCounted => "Er is geen dag van niet-nakoming geteld.",
        Label::NoLiquidation => "Geen invordering vastgelegd.",
        Label::EveryAmountExact => {
            "Alle bedragen zijn exact: decimaal berekend uit de gegevens van het dossier, nooit afgerond."
        }
        Label::PenaltyStatement => "Dwangsomberekening",
        Label::ChartTitle => "Cumulatief berekend bedrag",
        Label::ChartCaption => {
            "Cumulatief berekend bedrag, vóór matiging en zonder forfaitaire bedragen; stippellijnen: het einde van elke invordering, rood: het maximum."
        }
        Label::Shares => "Verdeling",
        Label::Suppressed => "Opgeheven door de beslissingen",
        Label::SuccessiveTotals => "Opeenvolgende totalen",
        Label::Balance => "Saldo: rente, kosten, betalingen",
        Label::Court => "Gerecht",
        Label::Docket => "Zaaknummer",
        Label::Role(Role::Creditor) => "Schuldeiser",
        Label::Role(Role::Debtor) => "Schuldenaar",
        Label::Role(Role::Beneficiary) => "Begunstigde",
        Label::OrderServedOn => "Beslissing betekend op",
        Label::Signature => "Handtekening",
        Label::Page => "pagina",
        Label::Number => "nr.",
        Label::Error => "fout",
        Label::Warning => "waarschuwing",
    }
}

/// A message in Dutch.
pub(super) fn message(message: &Message<'_>) -> String {
    match *message {
        Message::Limit(l) => limit(l),
        Message::Units { count, per } => units(count, per),
        Message::Rate(r) => rate(r),
        Message::Source(text) => steps::source(text),
        Message::StepAction(step) => steps::action(step),
        Message::StepRule(step) => steps::rule(step),
        Message::Arithmetic(a) => steps::arithmetic(a),
        Message::StepExplained { step, arithmetic } => {
            let computed = arithmetic
                .map(|a| format!(" — {}", steps::arithmetic(a)))
                .unwrap_or_default();
            format!("{}: {}{computed}", steps::source(step.source), steps::rule(step))
        }
        Message::Note(n) => note(n),
        Message::NoteLine(n) => format!("Opmerking: {}", note(n)),
        Message::Equation(e) => equation(e),
        Message::Term { segment, currency } => term(segment, currency),
        Message::NumberedEquation { number, equation: e } => format!("nr. {number}: {}", equation(e)),
        Message::Penalty(line) => penalty(line),
        Message::CaseLine {
            currency,
            rules,
            calendar,
            file,
            line,
        } => format!(
            "{} · regels {rules} · kalender {calendar} · {file}:{line}",
            currency.code()
        ),
        Message::SuspensionDeducted {
            from,
            through,
            reason,
            days,
        } => format!(
            "{} tot en met {} opgeschort{}: {} dagen afgetrokken",
            short_date(from, NL),
            short_date(through, NL),
            why(reason),
            group(days, NL)
        ),
        Message::SuspensionExplained { from, through, days } => format!(
            "− {} opgeschort, van {} tot en met {}",
            units(days, Per::Day),
            medium_date(from, NL),
            medium_date(through, NL)
        ),
        Message::PeriodName { kind, obligation } => {
            let name = period_name(kind);
            match obligation {
                Some(o) => format!("{name} ({o})"),
                None => name,
            }
        }
        Message::PeriodDates { from, through } => {
            format!("{} t/m {}", short_date(from, NL), short_date(through, NL))
        }
        Message::GapLine {
            before,
            from,
            through,
            equation: e,
        } => format!(
            "{}: {} tot en met {}, {}",
            period_name(PeriodKind::Gap { before }),
            short_date(from, NL),
            short_date(through, NL),
            equation(e)
        ),
        Message::AccruedLine { as_of, counted } => match counted {
            Some((from, through, e)) => format!(
                "Nog niet ingevorderd per {}: {} tot en met {}, {}",
                short_date(as_of, NL),
                short_date(from, NL),
                short_date(through, NL),
                equation(e)
            ),
            None => format!("Nog niet ingevorderd per {}: niets", short_date(as_of, NL)),
        },
        Message::NotYetLiquidatedAsOf(day) => format!("Nog niet ingevorderd per {}", written(day, NL)),
        Message::TotalsLine {
            liquidated,
            awarded,
            projected,
            unliquidated,
        } => {
            let projected = projected
                .map(|p| format!(", {} voorlopig (niet beslist)", headline(p)))
                .unwrap_or_default();
            format!(
                "Totaal ingevorderd: {} berekend, {} toegewezen{projected}; nog niet ingevorderd: {}",
                headline(liquidated),
                headline(awarded),
                headline(unliquidated)
            )
        }
        Message::ObligationTotal {
            obligation,
            total,
            liquidated,
            unliquidated,
        } => format!(
            "{}: {} ({} ingevorderd, {} nog niet)",
            obligation.unwrap_or("dwangsom"),
            headline(total),
            plain(liquidated),
            plain(unliquidated)
        ),
        Message::LumpSumsLine {
            as_of,
            lump_sums,
            overall,
            owed,
        } => format!(
            "Forfaitaire bedragen verschuldigd per {}: {}; in totaal {} berekend, {} verschuldigd",
            short_date(as_of, NL),
            headline(lump_sums),
            headline(overall),
            headline(owed)
        ),
        Message::ExplainDeadlineTitle { rules, calendar } => format!(
            "De termijn (regels {rules}: {}; kalender {calendar})",
            steps::source(rules.legal_source())
        ),
        Message::ExplainDeadline {
            deadline,
            accrual_start,
        } => format!(
            "Einde van de termijn: {}; eerste dag waarop een dwangsom verbeurt: {}",
            medium_date(deadline, NL),
            medium_date(accrual_start, NL)
        ),
        Message::ExplainLiquidationTitle {
            number,
            decided,
            from,
            through,
        } => {
            let decided = decided
                .map(|d| format!(" (beslist op {})", medium_date(d, NL)))
                .unwrap_or_default();
            format!(
                "Invordering nr. {number}{decided}: van {} tot en met {}",
                medium_date(from, NL),
                medium_date(through, NL)
            )
        }
        Message::DaysOfDelay { days } => format!(
            "{} niet-nakoming, eerste en laatste dag meegeteld",
            units(days, Per::Day)
        ),
        Message::ExplainPeriod { from, through, days } => format!(
            "van {} tot en met {}: {}",
            medium_date(from, NL),
            medium_date(through, NL),
            units(days, Per::Day)
        ),
        Message::ProjectedBecause { decided, as_of } => match decided {
            None => format!(
                "voorlopig: geen datum van beslissing, dus per {} niets beslist",
                medium_date(as_of, NL)
            ),
            Some(d) => format!(
                "voorlopig: beslist op {}, per {} was niets beslist",
                medium_date(d, NL),
                medium_date(as_of, NL)
            ),
        },
        Message::Awarded { awarded, moderated_by } => match moderated_by {
            Some(by) => format!("toegewezen: {} (gematigd met {})", plain(awarded), plain(by)),
            None => format!("toegewezen: {}", plain(awarded)),
        },
        Message::ExpectedVerdict { expected, matches } => {
            let verdict = if matches { "klopt ✓" } else { "wijkt af ✗" };
            format!("verwacht {}: {verdict}", plain(expected))
        }
        Message::ExplainTotal {
            liquidated,
            unliquidated,
            lump_sums,
            overall,
        } => {
            let lump_sums = lump_sums
                .map(|l| format!(" + {} forfaitaire bedragen", plain(l)))
                .unwrap_or_default();
            format!(
                "{} ingevorderd + {} nog niet ingevorderd{lump_sums} = {} berekend",
                plain(liquidated),
                plain(unliquidated),
                headline(overall)
            )
        }
        Message::OfWhichProjected(projected) => {
            format!("waarvan voorlopig (niet beslist): {}", headline(projected))
        }
        Message::OwedAfterModeration(owed) => format!("verschuldigd na matiging: {}", headline(owed)),
        Message::StatementTitle { title, rules } => format!("{} — {title}", statement_title(rules)),
        Message::RulesWithSource(rules) => format!("{rules} ({})", steps::source(rules.legal_source())),
        Message::RuleApplied(rule) => rule_applied(rule),
        Message::ChartCap(cap) => format!("maximum {}", short_money(cap.value, cap.currency, NL)),
        Message::ChartCapReached(day) => format!("maximum bereikt op {}", long_date(day, NL)),
        Message::ChartLiquidation { number, total } => {
            format!("nr. {number} {}", short_money(total.value, total.currency, NL))
        }
        Message::ChartAsOf(day) => format!("per {}", short_date(day, NL)),
        Message::QuickPeriod {
            rate: r,
            from,
            through,
            days,
            partial,
        } => format!(
            "{} van {} tot en met {} ({}){}",
            rate(r),
            long_date(from, NL),
            long_date(through, NL),
            units(days, Per::Day),
            partial.map(|p| partial_mode(p, r.per)).unwrap_or_default()
        ),
        Message::QuickSegment { segment: s, currency } => format!(
            "{} tot en met {}: {} = {} (verbeurd op {})",
            short_date(s.from, NL),
            short_date(s.through, NL),
            term(s, currency),
            money(s.amount, currency, NL),
            short_date(s.forfeited, NL)
        ),
        Message::QuickCap { cap, reached } => match reached {
            Some(day) => format!(
                "Maximum {} bereikt op {}: daarna verbeurt niets meer",
                headline(cap),
                long_date(day, NL)
            ),
            None => format!("Maximum {} niet bereikt", headline(cap)),
        },
        Message::DeadlineIs(day) => format!(
            "Einde van de termijn: {} (de termijn verstrijkt om 24.00 uur)",
            long_date(day, NL)
        ),
        Message::DeadlineBasis {
            within,
            from,
            rules,
            source,
            calendar,
            distance,
        } => {
            let distance = distance.map(|d| format!(" · afstand {d}")).unwrap_or_default();
            format!(
                "{within} vanaf {} · regels {rules} ({}) · kalender {calendar}{distance}",
                long_date(from, NL),
                steps::source(source)
            )
        }
        Message::Caveat(c) => caveat(c).into(),
        Message::FirstDayOfDelay(day) => format!("Eerste dag van niet-nakoming: {}", long_date(day, NL)),
        Message::NoteText(note) => format!("Opmerking: {note}"),
        Message::HolidayRange { from, to } => format!("{} tot en met {}", short_date(from, NL), short_date(to, NL)),
        Message::HolidayCount(count) => {
            let plural = if count == 1 { "feestdag" } else { "feestdagen" };
            format!("{count} {plural}")
        }
        Message::WhenAnswer {
            title,
            target,
            date,
            amount,
            never,
        } => match (date, never) {
            (Some(day), _) => format!(
                "{title}: bereikt {} op {} ({} verbeurd op die dag)",
                plain(target),
                long_date(day, NL),
                plain(amount)
            ),
            (None, Some(stop)) => format!(
                "{title}: bereikt nooit {}: {}",
                plain(target),
                never_reached(stop, amount)
            ),
            (None, None) => format!("{title}: bereikt nooit {}", plain(target)),
        },
        Message::NeverReached { stop, most } => never_reached(stop, most),
        Message::Interest(m) => interest::message(m),
        Message::Balance(m) => balance::message(m),
        Message::Problem(p) => problem::problem(p),
        Message::Fault(f) => failure::fault(f),
        Message::Ruling(line) => orders::ruling(line),
        Message::NumberedRuling { number, line } => format!("Invordering nr. {number}, {}", orders::ruling(line)),
        Message::SuppressedTotal(a) => orders::suppressed_total(a),
        Message::ShareTotal {
            to,
            part,
            fixed,
            rest,
            state,
            total,
        } => orders::share_total(to, part, fixed, rest, state, total),
        Message::SuccessiveTotal {
            number,
            decided,
            computed,
            owed,
        } => orders::successive_total(number, decided, computed, owed),
        Message::Party {
            name,
            represented_by,
            served,
        } => {
            let by = represented_by
                .map(|r| format!(", vertegenwoordigd door {r}"))
                .unwrap_or_default();
            let served = served
                .map(|d| format!(" (beslissing betekend op {})", full_date(d, NL)))
                .unwrap_or_default();
            format!("{name}{by}{served}")
        }
        Message::DrawnUp { by, at, on } => {
            let by = by.map(|b| format!(" door {b}")).unwrap_or_default();
            let at = at.map(|a| format!(" te {a}")).unwrap_or_default();
            let on = on.map(|d| format!(" op {}", full_date(d, NL))).unwrap_or_default();
            format!("Opgemaakt{by}{at}{on}.")
        }
        Message::Versus { first, second } => format!("{first} / {second}"),
        Message::CheckMatches { count } => match count {
            1 => "1 verwacht cijfer klopt".into(),
            n => format!("{n} verwachte cijfers kloppen"),
        },
        Message::CheckNothingExpected => "geen verwacht cijfer".into(),
        Message::CheckNotComputed => "kon niet worden berekend (zie de fout hierboven)".into(),
        Message::CheckDiffers {
            what,
            expected,
            computed,
        } => format!("{what}: verwacht {expected}, berekend {computed}"),
        Message::LeftOut { columns, place } => {
            let names: Vec<&str> = columns.iter().map(|c| label(*c)).collect();
            let (kolom, ze) = if names.len() == 1 {
                ("Kolom", "hem")
            } else {
                ("Kolommen", "ze")
            };
            let geeft = match place {
                Elsewhere::EquationsBelow => format!("de berekening van elke invordering hieronder geeft {ze}"),
                Elsewhere::EquationAbove => format!("de berekening hierboven geeft {ze}"),
            };
            let names = super::listed(&names, "en");
            format!("{kolom} {names} weggelaten om in de breedte te passen: {geeft}")
        }
    }
}

/// A statement's title by the kind of penalty: a French or Luxembourg *astreinte* keeps its
/// name; the Dutch and Belgian dwangsom, and the periodic penalty payments of the EU (*dwangsom*
/// in the Dutch text of TFEU art. 260), are a dwangsom.
fn statement_title(rules: RuleSet) -> &'static str {
    match rules {
        RuleSet::FrCpc | RuleSet::FrAdminFranc | RuleSet::Lu => "Berekening van de astreinte",
        RuleSet::NlAtw | RuleSet::BeCj | RuleSet::EuCourt | RuleSet::Plain => "Dwangsomberekening",
    }
}

fn plain(a: Amount) -> String {
    money(a.value, a.currency, NL)
}

/// The exact figure, with a rounded one beside it from a million on.
fn headline(a: Amount) -> String {
    money_with_compact(a.value, a.currency, NL)
}

fn why(reason: Option<&str>) -> String {
    reason.map(|r| format!(" ({r})")).unwrap_or_default()
}

fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "maandag",
        Weekday::Tue => "dinsdag",
        Weekday::Wed => "woensdag",
        Weekday::Thu => "donderdag",
        Weekday::Fri => "vrijdag",
        Weekday::Sat => "zaterdag",
        Weekday::Sun => "zondag",
    }
}

/// A unit's name in Dutch.
fn unit_name(per: Per, plural: bool) -> &'static str {
    match (per, plural) {
        (Per::Day, false) => "dag",
        (Per::Day, true) => "dagen",
        (Per::Week, false) => "week",
        (Per::Week, true) => "weken",
        (Per::Month, false) => "maand",
        (Per::Month, true) => "maanden",
        (Per::Quarter, false) => "kwartaal",
        (Per::Quarter, true) => "kwartalen",
        (Per::Semester, false) => "halfjaar",
        (Per::Semester, true) => "halfjaren",
        (Per::Year, false) => "jaar",
        (Per::Year, true) => "jaren",
        (Per::Violation, false) => "overtreding",
        (Per::Violation, true) => "overtredingen",
    }
}

/// `52 dagen`, `1 week`.
fn units(count: i64, per: Per) -> String {
    format!("{} {}", group(count, NL), unit_name(per, count != 1))
}

/// `€ 100.000 per dag`.
fn rate(r: Rate) -> String {
    format!("{} per {}", money(r.value, r.currency, NL), unit_name(r.per, false))
}

/// `2 maanden`, `1 maand 15 dagen`.
fn limit(l: TimeLimit) -> String {
    [
        (l.years, Per::Year),
        (l.months, Per::Month),
        (l.weeks, Per::Week),
        (l.days, Per::Day),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .map(|(count, unit)| units(i64::from(count), unit))
    .collect::<Vec<_>>()
    .join(" ")
}

fn period_name(kind: PeriodKind) -> String {
    match kind {
        PeriodKind::Gap { before } => format!("Nog niet ingevorderd, vóór invordering nr. {before}"),
        PeriodKind::Liquidation { number } => format!("Invordering nr. {number}"),
        PeriodKind::Accrued => "Nog niet ingevorderd".into(),
    }
}

fn equation(e: Equation<'_>) -> String {
    let money = |a| money(a, e.currency, NL);
    if e.segments.is_empty() {
        return format!("niets verbeurd = {}", money(e.total));
    }
    let mut terms: Vec<String> = e.segments.iter().map(|s| term(s, e.currency)).collect();
    if e.cut > rust_decimal::Decimal::ZERO {
        terms.push(format!("− {} (maximum van de zaak)", money(e.cut)));
    }
    format!(
        "{} = {}",
        terms.join(" + "),
        money_with_compact(e.total, e.currency, NL)
    )
}

/// `5 weken × € 5.000.000`, `10/31 van een maand × € 3.100`, `1 week × € 5.000.000, beperkt
/// tot € 2.000.000`.
fn term(s: &Segment, currency: crate::money::Currency) -> String {
    let rate = money(s.rate, currency, NL);
    let text = match s.fraction {
        Some(f) => format!("{}/{} van een {} × {rate}", f.days, f.of, unit_name(s.per, false)),
        None => format!("{} × {rate}", units(s.units, s.per)),
    };
    if s.capped > rust_decimal::Decimal::ZERO {
        format!("{text}, beperkt tot {}", money(s.amount, currency, NL))
    } else {
        text
    }
}

/// `, alleen voltooide weken tellen`.
fn partial_mode(partial: Partial, per: Per) -> String {
    let units = unit_name(per, true);
    match partial {
        Partial::Completed => format!(", alleen voltooide {units} tellen"),
        Partial::Started => format!(", elke begonnen {} telt volledig", unit_name(per, false)),
        Partial::Prorata => format!(", een begonnen {} telt naar rato van de dagen", unit_name(per, false)),
    }
}

/// `, bereikt op ma 28 mrt. 2022: daarna verbeurt niets meer`, or nothing when not reached.
fn cap_reached(day: Option<NaiveDate>) -> String {
    day.map(|d| format!(", bereikt op {}: daarna verbeurt niets meer", long_date(d, NL)))
        .unwrap_or_default()
}

fn penalty(line: PenaltyLine<'_>) -> String {
    match line {
        PenaltyLine::Runs {
            obligation,
            rate: r,
            from,
            complied,
            partial,
        } => {
            let until = match complied {
                Some(c) => format!(", tot de nakoming op {}", long_date(c, NL)),
                None => ", geen nakoming vastgelegd".into(),
            };
            let partial = partial.map(|p| partial_mode(p, r.per)).unwrap_or_default();
            format!(
                "Dwangsom{}: {} vanaf {}{until}{partial}",
                why(obligation),
                rate(r),
                long_date(from, NL)
            )
        }
        PenaltyLine::Change { from, rate: r } => format!("vanaf {}: {}", long_date(from, NL), rate(r)),
        PenaltyLine::Suspended {
            from,
            through,
            reason,
            days,
        } => format!(
            "opgeschort van {} tot en met {}{}: {} kalenderdagen afgetrokken",
            short_date(from, NL),
            short_date(through, NL),
            why(reason),
            group(days, NL)
        ),
        PenaltyLine::Cap { cap, reached } => format!("maximum {}{}", plain(cap), cap_reached(reached)),
        PenaltyLine::CaseCap { cap, reached } => {
            format!("Maximum voor de hele zaak: {}{}", plain(cap), cap_reached(reached))
        }
        PenaltyLine::LumpSum {
            reason,
            amount,
            owed_from,
        } => format!(
            "Forfaitair bedrag{}: {} verschuldigd vanaf {}",
            why(reason),
            headline(amount),
            long_date(owed_from, NL)
        ),
        PenaltyLine::Order(line) => orders::detail(line),
    }
}

fn rule_applied(rule: RuleApplied<'_>) -> String {
    match rule {
        RuleApplied::Cited(step) => format!("{}: {}", steps::source(step.source), steps::rule(step)),
        RuleApplied::Counting => "Elke periode telt haar dagen van niet-nakoming van haar eerste tot en met haar laatste dag; elke dag telt één keer, tegen het bedrag dat die dag geldt; dagen van opschorting worden afgetrokken.".into(),
        RuleApplied::Units => "Eenheden langer dan een dag worden geteld zoals de beslissing bepaalt: alleen voltooide eenheden, elke begonnen eenheid, of naar rato van de dagen (Awb art. 5:33: een dwangsom verbeurt van rechtswege per verstreken eenheid).".into(),
        RuleApplied::Cap => "Het maximum is het hoogste bedrag dat de dwangsom kan bereiken (Awb art. 5:32b lid 2; Rv art. 611b): na de dag waarop het is bereikt, verbeurt niets meer.".into(),
        RuleApplied::Projection => "Een invordering zonder beslissing op de datum van de berekening is voorlopig: haar berekende bedrag telt één keer, als verschuldigd, en niets wordt als toegewezen getoond.".into(),
        RuleApplied::Gaps => "Dagen van niet-nakoming die door geen invorderingsperiode worden gedekt, moeten nog worden ingevorderd: ze tellen als nog niet ingevorderd.".into(),
        RuleApplied::Order(rule) => orders::rule(rule),
        RuleApplied::Moderation => "Waar de beslissing minder toewees dan berekend, heeft de rechter de dwangsom gematigd (Rv art. 611d; voor een Franse voorlopige astreinte CPCE art. L131-4): beide bedragen worden getoond, het toegewezen bedrag is verschuldigd.".into(),
    }
}

fn never_reached(stop: Stop, most: Amount) -> String {
    let most = plain(most);
    match stop {
        Stop::Cap => format!("het maximum houdt het totaal op {most}"),
        Stop::End => format!("de dwangsommen eindigen (nakoming of de laatste overtreding) bij {most}"),
        Stop::Horizon => format!(
            "niet vóór {}: het totaal is dan {most}",
            short_date(crate::dates::LAST, NL)
        ),
    }
}

fn scope(scope: &CapScope) -> String {
    match scope {
        CapScope::Penalty(Some(o)) => format!("het maximum ({o})"),
        CapScope::Penalty(None) => "het maximum".into(),
        CapScope::Case => "het maximum van de zaak".into(),
    }
}

/// A note in Dutch (JSON keeps the English).
fn note(note: &Note) -> String {
    match note {
        Note::Gap {
            from,
            through,
            after: Some(after),
            before,
        } => format!(
            "{} tot en met {} vallen tussen invorderingen {after} en {before}; deze dagen zijn nog in te vorderen en tellen als nog niet ingevorderd",
            short_date(*from, NL),
            short_date(*through, NL)
        ),
        Note::Gap {
            from,
            through,
            after: None,
            before,
        } => format!(
            "{} tot en met {} gaan vooraf aan invordering {before}; deze dagen zijn nog in te vorderen en tellen als nog niet ingevorderd",
            short_date(*from, NL),
            short_date(*through, NL)
        ),
        Note::NothingCounted { number, from, through } => format!(
            "invordering {number} ({} tot en met {}) telt geen dag van niet-nakoming",
            short_date(*from, NL),
            short_date(*through, NL)
        ),
        Note::CapReached {
            scope: s,
            cap,
            currency,
            on,
        } => format!(
            "{} van {} is bereikt op {}; daarna verbeurt niets meer",
            scope(s),
            money(*cap, *currency, NL),
            full_date(*on, NL)
        ),
        Note::CapAhead {
            scope: s,
            cap,
            currency,
            on,
        } => format!(
            "{} van {} zou worden bereikt op {} als de beslissing nog steeds niet wordt nageleefd",
            scope(s),
            money(*cap, *currency, NL),
            full_date(*on, NL)
        ),
        Note::NoMaximum { obligation } => format!(
            "de dwangsom{} heeft geen maximum, terwijl Awb art. 5:32b lid 2 eist dat een bestuurlijke dwangsombeschikking er een vaststelt (een civiele dwangsom, Rv art. 611a-611i, mag zonder maximum zijn)",
            why(obligation.as_deref())
        ),
        Note::EarlyViolations {
            obligation,
            count,
            first_day,
        } => format!(
            "{count} overtreding(en) van de dwangsom{} van vóór de eerste dag ({}) worden niet geteld",
            why(obligation.as_deref()),
            short_date(*first_day, NL)
        ),
        Note::UnitBeforePeriod {
            number,
            per,
            unit_from,
            period_from,
        } => format!(
            "invordering nr. {number} telt een {} die begon op {}, vóór haar periode (vanaf {}), omdat een eenheid telt in de periode waarin zij verbeurt (een voltooide eenheid op haar laatste dag)",
            unit_name(*per, false),
            short_date(*unit_from, NL),
            short_date(*period_from, NL)
        ),
        Note::ServedOnRestDay { served: s, date, day } => format!(
            "{} is gedateerd op {}, {}, en art. 664 CPC staat een betekening op een zondag of feestdag alleen toe met verlof van de rechter; ga na of dat verlof is gegeven",
            served(s),
            long_date(*date, Lang::Nl),
            steps::non_working(day)
        ),
    }
}

/// Which service a note speaks of: `de bekendmaking`, `de betekening aan Acme BV`.
fn served(served: &Served) -> String {
    match served {
        Served::Notification => "de bekendmaking".into(),
        Served::Order => "de betekening van de beslissing".into(),
        Served::Party(name) => format!("de betekening aan {name}"),
        Served::Liquidation(n) => format!("de betekening van invorderingsbeslissing nr. {n}"),
    }
}

fn caveat(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::AtwStatutoryLimits => {
            "de Algemene termijnenwet verlengt alleen wettelijke termijnen; een begunstigingstermijn die de beslissing zelf stelt, wordt niet verlengd: tel die met `plain`"
        }
        Caveat::CourtHolidays => {
            "het Hof van Justitie heeft een eigen lijst van feestdagen en de kalender LU wordt gebruikt tenzij een andere is opgegeven; voeg de eigen dagen van het Hof toe met [calendar_adjust]"
        }
    }
}
