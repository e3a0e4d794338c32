//! The French catalogue: every [`Label`] and [`Message`] in French, with the typography French
//! requires (a no-break space before `:` and `;`).

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

const FR: Lang = Lang::Fr;

/// A label in French.
pub(super) fn label(label: Label) -> &'static str {
    match label {
        Label::Colon => "\u{A0}:",
        Label::Date => "Date",
        Label::Step => "Étape",
        Label::Rule => "Règle",
        Label::RuleApplied => "Règle appliquée",
        Label::Computation => "Calcul",
        Label::Source => "Source",
        Label::Decided => "Décidée",
        Label::From => "Du",
        Label::Through => "Au",
        Label::Days => "Jours",
        Label::Rate => "Taux",
        Label::Computed => "Calculé",
        Label::Awarded => "Prononcé",
        Label::Expected => "Attendu",
        Label::Moderation => "Modération",
        Label::Period => "Période",
        Label::Obligation => "Obligation",
        Label::UnitsTimesRate => "Unités × taux",
        Label::Forfeited | Label::ForfeitedOn => "Encouru le",
        Label::Amount => "Montant",
        Label::BySegment => "par segment",
        Label::Weekday => "Jour",
        Label::Name => "Nom",
        Label::EnglishName => "Nom anglais",
        Label::DayName(day) => day_name(day),
        Label::Nothing => "rien",
        Label::Penalty => "astreinte",
        Label::Status(Status::Pronounced) => "prononcée",
        Label::Status(Status::Projected) => "projetée",
        Label::DeadlineAndFirstDay => "Échéance et premier jour de retard",
        Label::Liquidations => "Liquidations",
        Label::ThePenalty => "L’astreinte",
        Label::Totals => "Totaux",
        Label::PeriodsCounted => "Périodes décomptées",
        Label::LiquidationsComputedAndAwarded => "Liquidations\u{A0}: montant calculé et montant prononcé",
        Label::RulesApplied => "Règles appliquées",
        Label::Notes => "Remarques",
        Label::Case => "Affaire",
        Label::Authority => "Autorité",
        Label::Reference => "Référence",
        Label::TimeLimitRules => "Règles de délai",
        Label::HolidayCalendar => "Calendrier des jours fériés",
        Label::Currency => "Devise",
        Label::CaseFile => "Dossier",
        Label::StatementAsOf => "Décompte arrêté au",
        Label::LiquidatedAsComputed => "Liquidé, montant calculé",
        Label::LiquidatedAsAwarded => "Liquidé, montant prononcé",
        Label::LiquidatedProjected => "Liquidé, projeté (non prononcé)",
        Label::LumpSums => "Sommes forfaitaires",
        Label::TotalComputed => "Total calculé",
        Label::TotalOwed => "Total dû (montant prononcé en cas de modération)",
        Label::NoDayCounted => "Aucun jour de retard n’a été décompté.",
        Label::NoLiquidation => "Aucune liquidation enregistrée.",
        Label::EveryAmountExact => {
            "Tous les montants sont exacts\u{A0}: calculés en arithmétique décimale à partir des chiffres du dossier, sans arrondi."
        }
        Label::PenaltyStatement => "Décompte d’astreinte",
        Label::ChartTitle => "Montant cumulé calculé",
        Label::ChartCaption => {
            "Montant cumulé calculé, avant modération et hors sommes forfaitaires\u{202F}; en pointillés\u{A0}: la fin de chaque liquidation, en rouge\u{A0}: le plafond."
        }
        Label::Shares => "Répartition",
        Label::Suppressed => "Supprimé par les décisions",
        Label::SuccessiveTotals => "Totaux successifs",
        Label::Balance => "Décompte\u{A0}: intérêts, frais, paiements",
        Label::Court => "Juridiction",
        Label::Docket => "N°\u{A0}RG",
        Label::Role(Role::Creditor) => "Créancier",
        Label::Role(Role::Debtor) => "Débiteur",
        Label::Role(Role::Beneficiary) => "Bénéficiaire",
        Label::OrderServedOn => "Décision signifiée le",
        Label::Signature => "Signature",
        Label::Page => "page",
        Label::Number => "n°",
        Label::Error => "erreur",
        Label::Warning => "avertissement",
    }
}

/// A message in French.
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
            format!("{}\u{A0}: {}{computed}", steps::source(step.source), steps::rule(step))
        }
        Message::Note(n) => note(n),
        Message::NoteLine(n) => format!("Remarque\u{A0}: {}", note(n)),
        Message::Equation(e) => equation(e),
        Message::Term { segment, currency } => term(segment, currency),
        Message::NumberedEquation { number, equation: e } => format!("n°\u{A0}{number}\u{A0}: {}", equation(e)),
        Message::Penalty(line) => penalty(line),
        Message::CaseLine {
            currency,
            rules,
            calendar,
            file,
            line,
        } => format!(
            "{} · règles {rules} · calendrier {calendar} · {file}:{line}",
            currency.code()
        ),
        Message::SuspensionDeducted {
            from,
            through,
            reason,
            days,
        } => format!(
            "du {} au {}, suspendue{}\u{A0}: {} jours déduits",
            short_date(from, FR),
            short_date(through, FR),
            why(reason),
            group(days, FR)
        ),
        Message::SuspensionExplained { from, through, days } => format!(
            "− {} de suspension, du {} au {}",
            units(days, Per::Day),
            medium_date(from, FR),
            medium_date(through, FR)
        ),
        Message::PeriodName { kind, obligation } => {
            let name = period_name(kind);
            match obligation {
                Some(o) => format!("{name} ({o})"),
                None => name,
            }
        }
        Message::PeriodDates { from, through } => format!("du {} au {}", short_date(from, FR), short_date(through, FR)),
        Message::GapLine {
            before,
            from,
            through,
            equation: e,
        } => format!(
            "{}\u{A0}: du {} au {}, {}",
            period_name(PeriodKind::Gap { before }),
            short_date(from, FR),
            short_date(through, FR),
            equation(e)
        ),
        Message::AccruedLine { as_of, counted } => match counted {
            Some((from, through, e)) => format!(
                "Non encore liquidé au {}\u{A0}: du {} au {}, {}",
                short_date(as_of, FR),
                short_date(from, FR),
                short_date(through, FR),
                equation(e)
            ),
            None => format!("Non encore liquidé au {}\u{A0}: rien", short_date(as_of, FR)),
        },
        Message::NotYetLiquidatedAsOf(day) => format!("Non encore liquidé au {}", written(day, FR)),
        Message::TotalsLine {
            liquidated,
            awarded,
            projected,
            unliquidated,
        } => {
            let projected = projected
                .map(|p| format!(", {} projeté (non prononcé)", headline(p)))
                .unwrap_or_default();
            format!(
                "Total liquidé\u{A0}: {} calculé, {} prononcé{projected}\u{202F}; non encore liquidé\u{A0}: {}",
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
            "{}\u{A0}: {} ({} liquidé, {} non encore liquidé)",
            obligation.unwrap_or("astreinte"),
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
            "Sommes forfaitaires dues au {}\u{A0}: {}\u{202F}; au total {} calculé, {} dû",
            short_date(as_of, FR),
            headline(lump_sums),
            headline(overall),
            headline(owed)
        ),
        Message::ExplainDeadlineTitle { rules, calendar } => format!(
            "L’échéance (règles {rules}\u{A0}: {}\u{202F}; calendrier {calendar})",
            steps::source(rules.legal_source())
        ),
        Message::ExplainDeadline {
            deadline,
            accrual_start,
        } => format!(
            "Échéance\u{A0}: {}\u{202F}; premier jour décompté\u{A0}: {}",
            medium_date(deadline, FR),
            medium_date(accrual_start, FR)
        ),
        Message::ExplainLiquidationTitle {
            number,
            decided,
            from,
            through,
        } => {
            let decided = decided
                .map(|d| format!(" (décidée le {})", medium_date(d, FR)))
                .unwrap_or_default();
            format!(
                "Liquidation n°\u{A0}{number}{decided}\u{A0}: du {} au {}",
                medium_date(from, FR),
                medium_date(through, FR)
            )
        }
        Message::DaysOfDelay { days } => format!("{} de retard, premier et dernier jour inclus", units(days, Per::Day)),
        Message::ExplainPeriod { from, through, days } => format!(
            "du {} au {}\u{A0}: {}",
            medium_date(from, FR),
            medium_date(through, FR),
            units(days, Per::Day)
        ),
        Message::ProjectedBecause { decided, as_of } => match decided {
            None => format!(
                "projetée\u{A0}: sans date de décision, rien n’était prononcé au {}",
                medium_date(as_of, FR)
            ),
            Some(d) => format!(
                "projetée\u{A0}: décidée le {}, rien n’était prononcé au {}",
                medium_date(d, FR),
                medium_date(as_of, FR)
            ),
        },
        Message::Awarded { awarded, moderated_by } => match moderated_by {
            Some(by) => format!("prononcé\u{A0}: {} (modéré de {})", plain(awarded), plain(by)),
            None => format!("prononcé\u{A0}: {}", plain(awarded)),
        },
        Message::ExpectedVerdict { expected, matches } => {
            let verdict = if matches { "concorde ✓" } else { "diffère ✗" };
            format!("attendu {}\u{A0}: {verdict}", plain(expected))
        }
        Message::ExplainTotal {
            liquidated,
            unliquidated,
            lump_sums,
            overall,
        } => {
            let lump_sums = lump_sums
                .map(|l| format!(" + {} sommes forfaitaires", plain(l)))
                .unwrap_or_default();
            format!(
                "{} liquidé + {} non encore liquidé{lump_sums} = {} calculé",
                plain(liquidated),
                plain(unliquidated),
                headline(overall)
            )
        }
        Message::OfWhichProjected(projected) => format!("dont projeté (non prononcé)\u{A0}: {}", headline(projected)),
        Message::OwedAfterModeration(owed) => format!("dû après modération\u{A0}: {}", headline(owed)),
        Message::StatementTitle { title, rules } => match rules {
            RuleSet::NlAtw => format!("Décompte de dwangsom — {title}"),
            _ => format!("Décompte d’astreinte — {title}"),
        },
        Message::RulesWithSource(rules) => format!("{rules} ({})", steps::source(rules.legal_source())),
        Message::RuleApplied(rule) => rule_applied(rule),
        Message::ChartCap(cap) => format!("plafond {}", short_money(cap.value, cap.currency, FR)),
        Message::ChartCapReached(day) => format!("plafond atteint le {}", long_date(day, FR)),
        Message::ChartLiquidation { number, total } => {
            format!("n°\u{A0}{number} {}", short_money(total.value, total.currency, FR))
        }
        Message::ChartAsOf(day) => format!("au {}", short_date(day, FR)),
        Message::QuickPeriod {
            rate: r,
            from,
            through,
            days,
            partial,
        } => format!(
            "{} du {} au {} inclus ({}){}",
            rate(r),
            long_date(from, FR),
            long_date(through, FR),
            units(days, Per::Day),
            partial.map(|p| partial_mode(p, r.per)).unwrap_or_default()
        ),
        Message::QuickSegment { segment: s, currency } => format!(
            "du {} au {}\u{A0}: {} = {} (encouru le {})",
            short_date(s.from, FR),
            short_date(s.through, FR),
            term(s, currency),
            money(s.amount, currency, FR),
            short_date(s.forfeited, FR)
        ),
        Message::QuickCap { cap, reached } => match reached {
            Some(day) => format!(
                "Plafond de {} atteint le {}\u{A0}: plus rien ne court ensuite",
                headline(cap),
                long_date(day, FR)
            ),
            None => format!("Plafond de {} non atteint", headline(cap)),
        },
        Message::DeadlineIs(day) => format!(
            "Échéance\u{A0}: {} (le délai expire à vingt-quatre heures)",
            long_date(day, FR)
        ),
        Message::DeadlineBasis {
            within,
            from,
            rules,
            source,
            calendar,
            distance,
        } => {
            let distance = distance.map(|d| format!(" · distance {d}")).unwrap_or_default();
            format!(
                "{within} à compter du {} · règles {rules} ({}) · calendrier {calendar}{distance}",
                long_date(from, FR),
                steps::source(source)
            )
        }
        Message::Caveat(c) => caveat(c).into(),
        Message::FirstDayOfDelay(day) => format!("Premier jour de retard\u{A0}: {}", long_date(day, FR)),
        Message::NoteText(note) => format!("Remarque\u{A0}: {note}"),
        Message::HolidayRange { from, to } => format!("du {} au {}", short_date(from, FR), short_date(to, FR)),
        Message::HolidayCount(count) => {
            let plural = if count == 1 { "" } else { "s" };
            format!("{count} jour{plural} férié{plural}")
        }
        Message::WhenAnswer {
            title,
            target,
            date,
            amount,
            never,
        } => match (date, never) {
            (Some(day), _) => format!(
                "{title}\u{A0}: atteint {} le {} ({} courus à cette date)",
                plain(target),
                long_date(day, FR),
                plain(amount)
            ),
            (None, Some(stop)) => format!(
                "{title}\u{A0}: n’atteint jamais {}\u{A0}: {}",
                plain(target),
                never_reached(stop, amount)
            ),
            (None, None) => format!("{title}\u{A0}: n’atteint jamais {}", plain(target)),
        },
        Message::NeverReached { stop, most } => never_reached(stop, most),
        Message::Interest(m) => interest::message(m),
        Message::Balance(m) => balance::message(m),
        Message::Problem(p) => problem::problem(p),
        Message::Fault(f) => failure::fault(f),
        Message::Ruling(line) => orders::ruling(line),
        Message::NumberedRuling { number, line } => {
            format!("Liquidation n°\u{A0}{number}, {}", orders::ruling(line))
        }
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
                .map(|r| format!(", représenté par {r}"))
                .unwrap_or_default();
            let served = served
                .map(|d| format!(" (décision signifiée le {})", full_date(d, FR)))
                .unwrap_or_default();
            format!("{name}{by}{served}")
        }
        Message::DrawnUp { by, at, on } => {
            let by = by.map(|b| format!(" par {b}")).unwrap_or_default();
            let at = at.map(|a| format!(" à {a}")).unwrap_or_default();
            let on = on.map(|d| format!(", le {}", full_date(d, FR))).unwrap_or_default();
            format!("Établi{by}{at}{on}.")
        }
        Message::Versus { first, second } => format!("{first} c.\u{A0}{second}"),
        Message::CheckMatches { count } => match count {
            1 => "1 chiffre attendu concorde".into(),
            n => format!("{n} chiffres attendus concordent"),
        },
        Message::CheckNothingExpected => "aucun chiffre attendu".into(),
        Message::CheckNotComputed => "n’a pas pu être calculé (voir l’erreur ci-dessus)".into(),
        Message::CheckDiffers {
            what,
            expected,
            computed,
        } => format!("{what}\u{A0}: attendu {expected}, calculé {computed}"),
        Message::LeftOut { columns, place } => {
            let names: Vec<&str> = columns.iter().map(|c| label(*c)).collect();
            let (colonnes, omises, les) = if names.len() == 1 {
                ("Colonne", "omise", "la")
            } else {
                ("Colonnes", "omises", "les")
            };
            let donne = match place {
                Elsewhere::EquationsBelow => format!("le calcul de chaque liquidation, ci-dessous, {les} donne"),
                Elsewhere::EquationAbove => format!("le calcul ci-dessus {les} donne"),
            };
            let names = super::listed(&names, "et");
            format!("{colonnes} {names} {omises} pour tenir dans la largeur\u{A0}: {donne}")
        }
    }
}

fn plain(a: Amount) -> String {
    money(a.value, a.currency, FR)
}

/// The exact figure, with a rounded one beside it from a million on.
fn headline(a: Amount) -> String {
    money_with_compact(a.value, a.currency, FR)
}

fn why(reason: Option<&str>) -> String {
    reason.map(|r| format!(" ({r})")).unwrap_or_default()
}

fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "lundi",
        Weekday::Tue => "mardi",
        Weekday::Wed => "mercredi",
        Weekday::Thu => "jeudi",
        Weekday::Fri => "vendredi",
        Weekday::Sat => "samedi",
        Weekday::Sun => "dimanche",
    }
}

fn unit_name(per: Per, plural: bool) -> &'static str {
    let (singular, many) = match per {
        Per::Day => ("jour", "jours"),
        Per::Week => ("semaine", "semaines"),
        Per::Month => ("mois", "mois"),
        Per::Quarter => ("trimestre", "trimestres"),
        Per::Semester => ("semestre", "semestres"),
        Per::Year => ("an", "ans"),
        Per::Violation => ("manquement", "manquements"),
    };
    if plural { many } else { singular }
}

/// `un mois`, `une semaine`: the unit with its indefinite article.
fn unit_with_article(per: Per) -> String {
    let name = unit_name(per, false);
    match per {
        Per::Week | Per::Violation => format!("une {name}"),
        Per::Day | Per::Month | Per::Quarter | Per::Semester | Per::Year => format!("un {name}"),
    }
}

/// `52 jours`, `1 semaine`.
fn units(count: i64, per: Per) -> String {
    format!("{} {}", group(count, FR), unit_name(per, count != 1))
}

/// `100 000 €/jour`.
fn rate(r: Rate) -> String {
    format!("{}/{}", money(r.value, r.currency, FR), unit_name(r.per, false))
}

/// A time limit in words: `1 mois 15 jours`.
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
        PeriodKind::Gap { before } => format!("Non encore liquidé, avant la liquidation n°\u{A0}{before}"),
        PeriodKind::Liquidation { number } => format!("Liquidation n°\u{A0}{number}"),
        PeriodKind::Accrued => "Non encore liquidé".into(),
    }
}

fn equation(e: Equation<'_>) -> String {
    let money = |a| money(a, e.currency, FR);
    if e.segments.is_empty() {
        return format!("rien d’encouru = {}", money(e.total));
    }
    let mut terms: Vec<String> = e.segments.iter().map(|s| term(s, e.currency)).collect();
    if e.cut > rust_decimal::Decimal::ZERO {
        terms.push(format!("− {} (plafond de l’affaire)", money(e.cut)));
    }
    format!(
        "{} = {}",
        terms.join(" + "),
        money_with_compact(e.total, e.currency, FR)
    )
}

/// `5 semaines × 5 000 000 €`, `10/31 d'un mois × 3 100 €`, `1 semaine × 5 000 000 €
/// plafonné à 2 000 000 €`.
fn term(s: &Segment, currency: crate::money::Currency) -> String {
    let rate = money(s.rate, currency, FR);
    let text = match s.fraction {
        Some(f) => format!("{}/{} d’{} × {rate}", f.days, f.of, unit_with_article(s.per)),
        None => format!("{} × {rate}", units(s.units, s.per)),
    };
    if s.capped > rust_decimal::Decimal::ZERO {
        format!("{text} plafonné à {}", money(s.amount, currency, FR))
    } else {
        text
    }
}

/// `, seules les unités achevées comptent (semaines)`.
fn partial_mode(partial: Partial, per: Per) -> String {
    let how = match partial {
        Partial::Completed => "seules les unités achevées comptent",
        Partial::Started => "toute unité commencée compte",
        Partial::Prorata => "une unité entamée compte au prorata des jours",
    };
    format!(", {how} ({})", unit_name(per, true))
}

/// `, atteint le lun. 28 mars 2022 : plus rien ne court ensuite`, or nothing when not reached.
fn cap_reached(day: Option<NaiveDate>) -> String {
    day.map(|d| format!(", atteint le {}\u{A0}: plus rien ne court ensuite", long_date(d, FR)))
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
                Some(c) => format!(", jusqu’à l’exécution le {}", long_date(c, FR)),
                None => ", aucune exécution constatée".into(),
            };
            let partial = partial.map(|p| partial_mode(p, r.per)).unwrap_or_default();
            format!(
                "Astreinte{}\u{A0}: {} à compter du {}{until}{partial}",
                why(obligation),
                rate(r),
                long_date(from, FR)
            )
        }
        PenaltyLine::Change { from, rate: r } => format!("à compter du {}\u{A0}: {}", long_date(from, FR), rate(r)),
        PenaltyLine::Suspended {
            from,
            through,
            reason,
            days,
        } => format!(
            "suspendue du {} au {}{}\u{A0}: {} jours courus déduits",
            short_date(from, FR),
            short_date(through, FR),
            why(reason),
            group(days, FR)
        ),
        PenaltyLine::Cap { cap, reached } => format!("plafond {}{}", plain(cap), cap_reached(reached)),
        PenaltyLine::CaseCap { cap, reached } => format!(
            "Plafond pour l’ensemble de l’affaire\u{A0}: {}{}",
            plain(cap),
            cap_reached(reached)
        ),
        PenaltyLine::LumpSum {
            reason,
            amount,
            owed_from,
        } => format!(
            "Somme forfaitaire{}\u{A0}: {} due à compter du {}",
            why(reason),
            headline(amount),
            long_date(owed_from, FR)
        ),
        PenaltyLine::Order(line) => orders::detail(line),
    }
}

fn rule_applied(rule: RuleApplied<'_>) -> String {
    match rule {
        RuleApplied::Cited(step) => format!("{}\u{A0}: {}", steps::source(step.source), steps::rule(step)),
        RuleApplied::Counting => "Chaque période compte ses jours de retard de son premier à son dernier jour, tous deux inclus\u{202F}; chaque jour compte une fois, au taux en vigueur ce jour-là\u{202F}; les jours de suspension sont déduits.".into(),
        RuleApplied::Units => "Les unités plus longues qu’un jour sont comptées comme le dit la décision\u{A0}: unités achevées seules, toute unité commencée, ou au prorata des jours.".into(),
        RuleApplied::Cap => "Le plafond est le montant maximal de l’astreinte\u{A0}: plus rien ne court après le jour où il est atteint.".into(),
        RuleApplied::Projection => "Une liquidation sans décision à la date du décompte est une projection\u{A0}: son montant calculé est compté une fois, comme dû, et rien n’est présenté comme prononcé.".into(),
        RuleApplied::Gaps => "Les jours de retard qu’aucune période de liquidation ne couvre restent à liquider\u{A0}: ils sont comptés comme non encore liquidés.".into(),
        RuleApplied::Order(rule) => orders::rule(rule),
        RuleApplied::Moderation => "Lorsque la décision a prononcé moins que le montant calculé, le juge a modéré l’astreinte (astreinte provisoire, CPCE art. L131-4)\u{A0}: les deux montants figurent, le montant prononcé est dû.".into(),
    }
}

fn never_reached(stop: Stop, most: Amount) -> String {
    let most = plain(most);
    match stop {
        Stop::Cap => format!("le plafond arrête le total à {most}"),
        Stop::End => format!("les astreintes cessent de courir (exécution ou dernier manquement) à {most}"),
        // The latest day searched: the last supported date.
        Stop::Horizon => format!(
            "pas avant le {}\u{A0}: le total est alors de {most}",
            medium_date(crate::dates::LAST, FR)
        ),
    }
}

fn scope(scope: &CapScope) -> String {
    match scope {
        CapScope::Penalty(Some(o)) => format!("le plafond ({o})"),
        CapScope::Penalty(None) => "le plafond".into(),
        CapScope::Case => "le plafond de l’affaire".into(),
    }
}

fn note(note: &Note) -> String {
    let date = |d: &NaiveDate| medium_date(*d, FR);
    match note {
        Note::Gap {
            from,
            through,
            after: Some(after),
            before,
        } => format!(
            "les jours du {} au {}, entre les liquidations {after} et {before}, restent à liquider et sont comptés comme non encore liquidés",
            date(from),
            date(through)
        ),
        Note::Gap {
            from,
            through,
            after: None,
            before,
        } => format!(
            "les jours du {} au {}, antérieurs à la liquidation {before}, restent à liquider et sont comptés comme non encore liquidés",
            date(from),
            date(through)
        ),
        Note::NothingCounted { number, from, through } => format!(
            "la liquidation {number} (du {} au {}) ne compte aucun jour de retard",
            date(from),
            date(through)
        ),
        Note::CapReached {
            scope: s,
            cap,
            currency,
            on,
        } => format!(
            "{} de {} a été atteint le {}\u{202F}; plus rien ne court ensuite",
            scope(s),
            money(*cap, *currency, FR),
            date(on)
        ),
        Note::CapAhead {
            scope: s,
            cap,
            currency,
            on,
        } => format!(
            "{} de {} serait atteint le {} si la décision n’est toujours pas exécutée",
            scope(s),
            money(*cap, *currency, FR),
            date(on)
        ),
        Note::NoMaximum { obligation } => format!(
            "l’astreinte{} n’a pas de maximum, qu’une dwangsom administrative doit avoir (art. 5:32b lid 2 Awb)\u{202F}; une dwangsom civile (art. 611a à 611i Rv) peut n’en avoir aucun",
            why(obligation.as_deref())
        ),
        Note::EarlyViolations {
            obligation,
            count,
            first_day,
        } => format!(
            "{count} manquement(s) à l’astreinte{} daté(s) d’avant son premier jour ({}) ne sont pas comptés",
            why(obligation.as_deref()),
            date(first_day)
        ),
        Note::UnitBeforePeriod {
            number,
            per,
            unit_from,
            period_from,
        } => format!(
            "la liquidation n°\u{A0}{number} compte {} commencé{} le {}, avant sa période (à compter du {}), car une unité est comptée dans la période où elle est encourue (une unité achevée, son dernier jour)",
            unit_with_article(*per),
            if matches!(per, Per::Week | Per::Violation) {
                "e"
            } else {
                ""
            },
            short_date(*unit_from, FR),
            short_date(*period_from, FR)
        ),
        Note::ServedOnRestDay { served: s, date, day } => format!(
            "{} est datée du {}, {}, et l’article 664 du CPC ne permet une signification un dimanche ou un jour férié ou chômé qu’avec la permission du juge\u{202F}; vérifier qu’elle a été donnée",
            served(s),
            long_date(*date, Lang::Fr),
            steps::non_working(day)
        ),
    }
}

/// Which service a note speaks of: `la notification`, `la signification à Acme SAS`.
fn served(served: &Served) -> String {
    match served {
        Served::Notification => "la notification".into(),
        Served::Order => "la signification de la décision".into(),
        Served::Party(name) => format!("la signification à {name}"),
        Served::Liquidation(n) => format!("la signification de la décision de liquidation n°\u{A0}{n}"),
    }
}

fn caveat(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::AtwStatutoryLimits => {
            "l’Algemene termijnenwet ne proroge que les délais fixés par la loi\u{202F}; un délai d’exécution fixé par la décision elle-même (begunstigingstermijn) n’est pas prorogé\u{A0}: comptez-le avec `plain`"
        }
        Caveat::CourtHolidays => {
            "la Cour de justice a sa propre liste de jours fériés et le calendrier LU est utilisé si aucun autre n’est indiqué\u{202F}; ajoutez les jours propres à la Cour avec [calendar_adjust]"
        }
    }
}
