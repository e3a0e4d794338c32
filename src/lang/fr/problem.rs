//! Ce qui ne va pas dans un dossier, en français : chaque [`Problem`], formulé.
//!
//! The keys, the TOML to write and the values quoted from the file stay as the file writes
//! them; what the TOML reader says in its own words (English) is quoted as its message.

use rust_decimal::Decimal;

use super::{FR, limit};
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

/// `` `a`, `b` ou `c` ``.
fn either<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    let names: Vec<String> = codes.into_iter().map(|c| format!("`{c}`")).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} ou {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

/// ` (vouliez-vous dire `x` ?)`, or nothing.
fn did_you_mean(closest: Option<&str>) -> String {
    closest
        .map(|c| format!(" (vouliez-vous dire `{c}`\u{202F}?)"))
        .unwrap_or_default()
}

/// What the TOML reader said, in its words (English), quoted.
fn reader_said(detail: &str) -> String {
    format!("le lecteur TOML dit, en anglais\u{A0}: «\u{A0}{detail}\u{A0}»")
}

/// A stretch written in words: `30 jours`.
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

/// A problem of a case file, in French.
pub(super) fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Reader(detail) => format!("texte TOML illisible ({})", reader_said(detail)),
        Problem::InsideValue { problem: inner, line } => format!(
            "{} (dans la valeur commencée ligne {line}\u{A0}: manque-t-il un `]` ou un `}}` fermant\u{202F}?)",
            self::problem(inner)
        ),
        Problem::NeverClosed { quotes } => format!(
            "cette chaîne sur plusieurs lignes n’est jamais fermée\u{A0}: tout ce qui la suit, en-têtes [[case]] compris, est lu comme son texte\u{202F}; fermez-la par {quotes}"
        ),
        Problem::TooDeep { depth } => format!(
            "cette clé est imbriquée sur {depth} niveaux\u{A0}: le lecteur TOML en lit au plus {}, et un dossier n’en demande jamais plus de 4 (comme `case.penalty.change.amount`)",
            crate::case::READER_DEPTH
        ),
        Problem::Duplicate { name } => {
            format!("`{name}` est écrit deux fois\u{A0}: chaque clé et chaque [table] n’apparaît qu’une fois par affaire")
        }
        Problem::ValueMissing { key } => format!("la valeur manque après `{key} =`"),
        Problem::Unquoted { key, written } => format!(
            "un texte s’écrit entre guillemets droits\u{A0}: {key} = \"{}\"",
            written.replace('"', "\\\"")
        ),
        Problem::InlineTable { detail } => format!(
            "table en ligne illisible ({})\u{202F}; une table en ligne {{ ... }} se ferme par `}}` avant la fin de sa ligne\u{A0}: en manque-t-il une plus haut\u{202F}?",
            reader_said(detail)
        ),
        Problem::NotATable { found, key } => format!(
            "une table de clés est attendue, comme [{key}] ({})",
            reader_said(found)
        ),
        Problem::NotAnArray { found, key } => format!(
            "une liste est attendue, chaque élément écrit comme une table [[{key}]] (doubles crochets) ou sous la forme [ ... ] ({})",
            reader_said(found)
        ),
        Problem::NotAWholeNumber { found } => format!(
            "un nombre entier est attendu, sans guillemets ni point décimal, d’au plus {} ({})",
            i64::MAX,
            reader_said(found)
        ),
        Problem::BeyondIntegers { value, whole, key } => {
            let beyond = format!(
                "`{value}` dépasse les entiers de TOML, qui tiennent sur 64 bits (de {} à {})",
                i64::MIN,
                i64::MAX
            );
            if *whole {
                format!("{beyond}\u{A0}: un nombre entier est attendu, sans guillemets ni point décimal")
            } else {
                format!("{beyond}\u{202F}; écrivez-le en décimal entre guillemets\u{A0}: {key} = \"{value}\"")
            }
        }
        Problem::UnknownKey { name, closest, valid } => {
            let hint = did_you_mean(closest.as_deref());
            if valid.is_empty() {
                format!("clé inconnue `{name}`{hint}\u{A0}: cette table ne prend aucune clé")
            } else {
                format!(
                    "clé inconnue `{name}`{hint}\u{202F}; clés valides ici\u{A0}: {}",
                    quoted(valid.iter().map(String::as_str))
                )
            }
        }
        Problem::Float { key, written } => format!(
            "un nombre à virgule flottante TOML a déjà perdu des chiffres (il ne peut garder toutes les décimales exactement)\u{202F}; écrivez-le en décimal entre guillemets\u{A0}: {key} = \"{written}\""
        ),
        Problem::DateQuoted => {
            "une date TOML sans guillemets est attendue, comme 2022-10-19, et non un texte\u{A0}: retirez les guillemets".into()
        }
        Problem::DateForm { key, written, date } => match date {
            Some(date) => format!(
                "`{written}` n’est pas une date TOML\u{202F}; écrivez la date année-mois-jour, sans guillemets\u{A0}: {key} = {date}"
            ),
            None => format!(
                "`{written}` n’est pas une date TOML\u{202F}; écrivez la date année-mois-jour, sans guillemets, par exemple {key} = 2022-10-19"
            ),
        },
        Problem::AmountForm { key, written, amount } => format!(
            "`{written}` n’est pas un nombre TOML\u{202F}; un montant s’écrit avec un point pour les décimales, sans séparateur de milliers, en décimal entre guillemets\u{A0}: {key} = \"{amount}\""
        ),
        Problem::NotADate { detail } => format!(
            "une date TOML sans guillemets est attendue, comme 2022-10-19 ({})",
            reader_said(detail)
        ),
        Problem::DateOutOfRange(date) => format!(
            "{date} est hors des dates prises en charge, du {} au {}",
            crate::dates::FIRST,
            crate::dates::LAST
        ),
        Problem::NotInCalendar(date) => format!("{date} n’existe pas dans le calendrier"),
        Problem::InvalidDay { last } => {
            format!("date impossible\u{A0}: ce mois-là, le jour s’écrit de 01 à {last}")
        }
        Problem::InvalidMonth => "date impossible\u{A0}: le mois s’écrit de 01 à 12".into(),
        Problem::DateWithTime(value) => format!(
            "une date sans heure ni décalage horaire est attendue, comme 2022-10-19, et non `{value}`"
        ),
        Problem::Decimal(DecimalError::NotDecimal(text)) => format!(
            "`{text}` n’est pas un montant décimal\u{A0}: des chiffres sont attendus, avec au plus un point décimal, comme \"100000\" ou \"1234.56\""
        ),
        Problem::Decimal(DecimalError::TooLarge(text)) => format!(
            "montant trop grand\u{A0}: `{text}` dépasse le plus grand montant tenu exactement ({}, environ 7,9 × 10^28)",
            Decimal::MAX
        ),
        Problem::Decimal(DecimalError::TooPrecise(text)) => format!(
            "montant impossible à tenir exactement\u{A0}: `{text}` a plus de chiffres qu’un montant n’en tient (28 à 29 chiffres significatifs, au plus 28 après la virgule)\u{202F}; écrivez moins de chiffres"
        ),
        Problem::NoCaseNumber(number) => format!("il n’y a pas d’affaire n°\u{A0}{number}"),
        Problem::NotOneCase => "une seule table [[case]] est attendue ici".into(),
        Problem::KeyBesideCases { key, line } => format!(
            "un fichier de tables [[case]] ne prend aucune autre clé de premier niveau\u{A0}: déplacez `{key}` dans chaque [[case]] (la clé `case` est ligne {line})"
        ),
        Problem::NoCases => "au moins une table [[case]] est attendue".into(),
        Problem::Missing(what) => format!("manquant\u{A0}: {}", missing(*what)),
        Problem::Both(pair) => both(*pair).into(),
        Problem::Empty(what) => empty(*what).into(),
        Problem::Amount { sign, value } => match sign {
            AmountSign::Positive => format!("un montant supérieur à zéro est attendu, et non {value}"),
            AmountSign::NotNegative => format!("un montant positif ou nul est attendu, et non {value}"),
        },
        Problem::NegativeDays(days) => format!("un nombre de jours positif ou nul est attendu, et non {days}"),
        Problem::NegativeUnits(units) => format!("un nombre d’unités positif ou nul est attendu, et non {units}"),
        Problem::Before { what, date, floor } => {
            format!("{}\u{A0}: le {date} précède le {floor}", before(*what))
        }
        Problem::CountBelowOne { value, persons: true } => format!(
            "un nombre d’au moins 1 est attendu (le nombre de personnes, de sites… pour lesquels le taux est dû), et non {value}"
        ),
        Problem::CountBelowOne { value, persons: false } => {
            format!("un nombre d’au moins 1 est attendu, et non {value}")
        }
        Problem::Currency(BadCurrency(given)) => format!(
            "`{given}` n’est pas un code de devise ISO 4217\u{A0}: trois lettres sont attendues, comme EUR, USD, GBP"
        ),
        Problem::RuleSet(e) => rule_set(e),
        Problem::Calendar(e) => format!(
            "calendrier `{}` inconnu\u{202F}; calendriers possibles\u{A0}: {}{}",
            e.given,
            CalendarId::ALL.iter().map(|id| id.code()).collect::<Vec<_>>().join(", "),
            e.closest
                .map(|c| format!("\u{202F}; vouliez-vous dire `{c}`\u{202F}?"))
                .unwrap_or_default()
        ),
        Problem::Limit(e) => limit_error(e),
        Problem::Option(e) => option(e),
        Problem::Deadline(e) => deadline(e),
        Problem::Holidays(e) => holidays(e),
        Problem::NotifiedBeforeDecided { notified, decided } => format!(
            "la décision ne peut être notifiée ({notified}) avant d’avoir été rendue ({decided})"
        ),
        Problem::DeadlineBeforeDecided { deadline, decided } => {
            format!("l’échéance ({deadline}) précède la décision ({decided})")
        }
        Problem::OptionWithoutLimit => {
            "ne s’applique qu’à un délai (`comply_within`), et cette décision fixe son échéance (`deadline`)".into()
        }
        Problem::AddedAndRemoved(date) => format!("le {date} est à la fois ajouté et retiré"),
        Problem::NotAHoliday { date, calendar } => format!(
            "le {date} n’est pas un jour férié du calendrier {}\u{A0}: il n’y a rien à retirer",
            calendar.code()
        ),
        Problem::AdjustNothing => "`add = [...]` ou `remove = [...]` est attendu, ou pas de table du tout".into(),
        Problem::OutsideCalendars(date) => format!(
            "le {date} est hors limites\u{A0}: les calendriers couvrent les années {FIRST_YEAR} à {LAST_YEAR}"
        ),
        Problem::NoPenalty => "au moins une [[penalty]] est attendue".into(),
        Problem::UnknownUnit(unit) => format!(
            "unité `{unit}` inconnue\u{202F}; unités possibles\u{A0}: {}",
            quoted(Per::ALL.iter().map(|u| u.code()))
        ),
        Problem::PartialForShortUnit(per) => format!(
            "`partial` s’applique aux unités de plus d’un jour (week, month, quarter, semester, year), pas à `{}`",
            per.code()
        ),
        Problem::UnknownPartial(given) => format!(
            "valeur `{given}` inconnue\u{202F}; valeurs possibles\u{A0}: `completed` (seules les unités écoulées comptent), `started` (une unité commencée compte en entier) ou `prorata` (au jour près)"
        ),
        Problem::ChangeBeforeDecision(decided) => {
            format!("un changement de taux ne peut précéder la décision ({decided})")
        }
        Problem::ChangesOutOfOrder { date, previous } => format!(
            "les changements de taux s’écrivent dans l’ordre des dates\u{A0}: le {date} ne vient pas après le {previous}"
        ),
        Problem::SuspensionReversed { from, through } => {
            format!("la suspension finit ({through}) avant de commencer ({from})")
        }
        Problem::SuspensionBeforeDecision { from, decided } => format!(
            "une suspension ne peut commencer ({from}) avant la décision ({decided})\u{A0}: rien ne court avant elle"
        ),
        Problem::SuspensionAfterCompliance { from, complied } => format!(
            "une suspension à partir du {from} est hors de la période\u{A0}: la décision a été exécutée le {complied}, et plus rien ne court ensuite"
        ),
        Problem::SuspensionsOverlap { first, second } => format!(
            "les suspensions ne doivent pas se chevaucher\u{A0}: du {} au {} et du {} au {}",
            first.0, first.1, second.0, second.1
        ),
        Problem::ViolationsWithoutPerViolation => {
            "les manquements ne se listent que pour une astreinte avec per = \"violation\"".into()
        }
        Problem::UntilOnFirstDate => {
            "cette date est la première prise en charge\u{A0}: rien ne peut la précéder".into()
        }
        Problem::DecidedBeforeThrough { decided, through } => format!(
            "une décision du {decided} ne peut liquider des jours jusqu’au {through}, postérieurs à elle"
        ),
        Problem::PeriodReversed { end, start } => format!(
            "la période finit ({end}) avant de commencer ({start})\u{A0}: écrivez le dernier jour compté, le {start} ou après, ou corrigez `from`"
        ),
        Problem::PeriodOutOfOrder { end, before, previous } => format!(
            "la période finit le {end}, mais liquidation[{before}] court déjà jusqu’au {previous}\u{A0}: listez les liquidations dans l’ordre de leurs périodes (celle-ci avant liquidation[{before}]), chacune commençant après la fin de la précédente"
        ),
        Problem::PeriodOverlap {
            start,
            before,
            previous,
            next,
        } => format!(
            "la période commence le {start}, mais les jours jusqu’au {previous} ont déjà été liquidés par liquidation[{before}]\u{A0}: les périodes de liquidation ne doivent pas se chevaucher\u{202F}; commencez-la le {next} (from = {next}) ou omettez `from`"
        ),
        Problem::BreachWithEscalation => "les jours de manquement constaté ne se combinent ni avec `[penalty.escalation]` ni avec `[[penalty.change]] after`\u{A0}: ceux-ci comptent des durées de jours courus, que les jours de manquement laissent indéfinies\u{202F}; écrivez les nouveaux taux avec `from = DATE`".into(),
        Problem::UnknownFirstDay(given) => format!(
            "valeur `{given}` inconnue\u{202F}; valeurs possibles\u{A0}: {}",
            FirstDay::ALL
                .iter()
                .map(|f| format!("\"{}\"", f.code()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Problem::NoDayAfter { decision } => format!(
            "aucun jour ne suit la {}\u{A0}: c’est la dernière date prise en charge",
            if *decision { "décision" } else { "notification" }
        ),
        Problem::FirstDayNeedsNotified(first) => format!(
            "`first_day = \"{}\"` compte à partir de la notification\u{A0}: ajoutez `notified = DATE` à [order]",
            first.code()
        ),
        Problem::MixedChanges => "écrivez tous les changements de taux d’une astreinte avec `from` (une date) ou tous avec `after` (une durée depuis le premier jour), sans les mêler\u{A0}: leur ordre dépendrait du premier jour de retard".into(),
        Problem::AfterMixed(after) => format!(
            "\"{after}\"\u{A0}: écrivez tous les `after` d’une astreinte en jours (ou en semaines), ou tous en mois (ou en années)\u{202F}; un mois n’a pas de nombre fixe de jours, et les mêler laisserait l’ordre des changements au calendrier"
        ),
        Problem::ChangesAfterOutOfOrder { span, previous } => format!(
            "les changements de taux s’écrivent dans l’ordre\u{A0}: «\u{A0}{}\u{A0}» ne vient pas après «\u{A0}{}\u{A0}»",
            stretch(*span),
            stretch(*previous)
        ),
        Problem::EscalationWithChange => "une astreinte avec `[penalty.escalation]` ne prend pas de `[[penalty.change]]`\u{A0}: la progression fixe chaque taux\u{202F}; écrivez plutôt ses paliers comme des changements, ou retirez la progression".into(),
        Problem::EscalationWithReduction => "une astreinte avec `[penalty.escalation]` ne prend pas de `[[penalty.reduction]]`\u{A0}: une décision qui réduit le montant par élément le fixe à partir d’un montant de départ, non d’un montant qui augmente".into(),
        Problem::FactorNotAboveOne(factor) => format!(
            "un facteur supérieur à 1 est attendu (2 double le taux à chaque palier), et non {factor}"
        ),
        Problem::EveryMixed(every) => format!(
            "\"{every}\" mêle mois et jours\u{A0}: un palier qui se répète est un nombre de jours (ou de semaines) ou un nombre de mois (ou d’années)"
        ),
        Problem::MaxRateNoRoom { rate, max } => format!(
            "le taux part de {rate} et augmente\u{A0}: un maximum de {max} ne lui laisse aucune marge\u{202F}; donnez un max_rate supérieur au taux de départ"
        ),
        Problem::EscalationUnbounded => "une progression par `add` doit dire quand le taux cesse d’augmenter\u{A0}: donnez `max_rate` (le taux le plus haut) ou `until` (le dernier jour où un palier peut commencer)".into(),
        Problem::TooManySteps { steps, most } => format!(
            "le taux augmenterait environ {steps} fois avant de s’arrêter, plus qu’astreinte n’en compte ({most})\u{A0}: donnez un `until` plus proche, un `max_rate` plus bas, ou un palier plus grand"
        ),
        Problem::ReductionsNeedCompleted(partial) => format!(
            "les réductions par élément exigent `partial = \"completed\"` (la valeur par défaut)\u{A0}: les arrêts fixent le montant de chaque période à sa fin, d’après les éléments encore non conformes à cette date (C-196/13, C-378/13)\u{202F}; `{}` compte une unité avant sa fin",
            partial.code()
        ),
        Problem::ReductionBeforeDecision { date, decided } => format!(
            "la réduction est datée du {date}, avant la décision ({decided})\u{A0}: un élément mis en conformité avant elle est déjà dans le montant qu’elle fixe\u{202F}; si la décision compte les éléments depuis une date antérieure (C-378/13, sites traités depuis le 13 mai 2014), datez-les du jour de la décision"
        ),
        Problem::ShareNotExact { part, rate } => format!(
            "{part} de {rate} n’a pas de valeur décimale exacte\u{A0}: écrivez la réduction en `amount`"
        ),
        Problem::ReductionsOverflow => "les réductions dépassent ce qu’un montant peut tenir".into(),
        Problem::ReductionsExceedRate { total, rate } => format!(
            "avec celle-ci, les réductions atteignent {total}, plus que le taux ({rate})\u{A0}: une fois chaque élément en conformité, la décision est exécutée\u{202F}; écrivez `complied = DATE` au lieu des dernières réductions"
        ),
        Problem::Part { error, written } => match error {
            PartError::Unreadable => format!(
                "une fraction comme \"1/2\" ou un pourcentage comme \"50%\" est attendu, et non \"{written}\""
            ),
            PartError::Zero => format!("une part nulle ne donne rien\u{A0}: \"{written}\""),
            PartError::MoreThanWhole => format!("une part ne peut dépasser le tout\u{A0}: \"{written}\""),
        },
        Problem::BreachNotPerDay(per) => format!(
            "les jours de manquement constaté comptent par jour\u{A0}: ils s’appliquent à une astreinte avec per = \"day\", pas `{}` (une astreinte par manquement liste plutôt ses manquements)",
            per.code()
        ),
        Problem::NoBreachDate => {
            "au moins une date est attendue, par exemple dates = [2024-02-22, 2024-02-23]".into()
        }
        Problem::BreachReversed { from, through } => {
            format!("le manquement finit ({through}) avant de commencer ({from})")
        }
        Problem::BreachBeforeDecision { from, decided } => format!(
            "un manquement le {from} précède la décision ({decided})\u{A0}: rien ne court avant elle"
        ),
        Problem::BreachAfterCompliance { through, complied } => format!(
            "un manquement jusqu’au {through} vient après l’exécution de la décision ({complied})\u{A0}: avec des jours de manquement, une rechute est un jour de manquement\u{202F}; omettez `complied` et listez les jours de manquement"
        ),
        Problem::BreachesOverlap { first, second } => format!(
            "un jour de manquement ne se donne qu’une fois\u{A0}: du {} au {} et du {} au {} se chevauchent",
            first.0, first.1, second.0, second.1
        ),
        Problem::TwoRests => "une seule part prend le reste (celle écrite sans `part` ni `amount`)\u{A0}: donnez à celle-ci une `part` ou un `amount`".into(),
        Problem::PartsTooPrecise => "les parts ont trop de chiffres pour être additionnées exactement".into(),
        Problem::PartsAboveWhole { numerator, denominator } => format!(
            "les parts font {}, plus que le tout\u{A0}: corrigez-les",
            fraction(*numerator, *denominator)
        ),
        Problem::FixedWithoutRest => "un montant fixe exige une part qui prenne le reste de chaque somme\u{A0}: ajoutez un [[share]] avec `to` seulement".into(),
        Problem::PartsBelowWhole { numerator, denominator } => format!(
            "les parts font {}, pas le tout\u{A0}: corrigez-les, ou donnez le reste à quelqu’un par un [[share]] écrit sans `part`",
            fraction(*numerator, *denominator)
        ),
        Problem::UnknownJurisdiction(given) => format!(
            "juridiction `{given}` inconnue\u{202F}; valeurs possibles\u{A0}: `civil` (astreintes des juridictions civiles, CPCE L131-1 à L131-4) ou `administrative` (des juridictions administratives, CJA L911-6 à L911-8)"
        ),
        Problem::UnknownKind(given) => format!(
            "nature `{given}` inconnue\u{202F}; valeurs possibles\u{A0}: `provisional` (par défaut, le juge peut la modérer à la liquidation, CPCE L131-2 al. 2) ou `definitive` (son taux ne change jamais à la liquidation, CPCE L131-4 al. 2)"
        ),
        Problem::AstreinteThroughBefore {
            date,
            floor,
            from_first_day,
        } => {
            let what = if *from_first_day {
                "son premier jour (`from`)"
            } else {
                "la décision qui l’a ordonnée"
            };
            format!(
                "l’astreinte cesserait de courir ({date}) avant {what} ({floor})\u{A0}: écrivez son dernier jour, le {floor} ou après"
            )
        }
        Problem::DurationOfNothing => {
            "une durée nulle\u{A0}: écrivez combien de temps court l’astreinte, par exemple duration = \"3 mois\"".into()
        }
        Problem::DefinitiveFirst => format!(
            "une astreinte définitive ne peut être ordonnée qu’après le prononcé d’une astreinte provisoire (CPCE L131-2 al. 3){DEFINITIVE_THEN} écrivez d’abord l’astreinte provisoire, comme une [[penalty]] au-dessus de celle-ci"
        ),
        Problem::DefinitiveNotLater {
            provisional,
            definitive,
        } => format!(
            "une astreinte définitive ne peut être ordonnée qu’après le prononcé d’une astreinte provisoire (CPCE L131-2 al. 3), par une décision ultérieure\u{A0}: l’astreinte provisoire listée plus haut est du {provisional}, celle-ci du {definitive}{DEFINITIVE_THEN} donnez `decided`, la date de la décision ultérieure qui l’a ordonnée"
        ),
        Problem::DefinitiveWithoutDuration { through } => format!(
            "une astreinte définitive est ordonnée pour une durée que le juge fixe (CPCE L131-2 al. 3){DEFINITIVE_THEN} donnez sa durée, par exemple duration = \"3 mois\", ou son dernier jour, par exemple through = {through}"
        ),
        Problem::SuppressionEndsFirst { from, through } => {
            format!("la suppression finit ({through}) avant de commencer ({from})")
        }
        Problem::SuppressionOutside { date, from, through } => {
            let period = match from {
                Some(f) => format!("du {f} au {through}"),
                None => format!("jusqu’au {through}"),
            };
            format!(
                "le {date} est hors de la période que liquide cette liquidation ({period})\u{A0}: une décision ne supprime que les jours qu’elle liquide (CPCE L131-4 al. 3)\u{202F}; déplacez la suppression vers la liquidation de ces jours, ou corrigez ses dates"
            )
        }
        Problem::WholePeriodSuppressed { whole } => format!(
            "suppression[{whole}] supprime déjà toute la période\u{A0}: les suppressions ne doivent partager aucun jour"
        ),
        Problem::SuppressionsShareDay { first, second } => format!(
            "les suppressions ne doivent partager aucun jour\u{A0}: du {} au {} et du {} au {}",
            first.0.map_or(String::new(), |d| d.to_string()),
            first.1,
            second.0,
            second.1.map_or(String::new(), |d| d.to_string())
        ),
        Problem::PaymentsWithoutInterest => "les paiements et les frais entrent dans le solde, qui exige une table [interest]\u{A0}: ajoutez-en une, par exemple [interest] regime = \"fr-legal\" (ou regime = \"fixed\" avec rate = \"0\" pour ne compter aucun intérêt)".into(),
        Problem::NotInEuros(currency) => format!(
            "un décompte se calcule pour une affaire en euros (les tables de taux et ses lignes sont en euros), et l’affaire est en {}\u{A0}: retirez [interest], [[payment]] et [[cost]]",
            currency.code()
        ),
        Problem::DecisionServedBeforeMade { served, decided } => format!(
            "la décision est signifiée le {served}, avant d’avoir été rendue ({decided})\u{A0}: corrigez `served` ou `decided`"
        ),
        Problem::Regime(e) => format!(
            "régime `{}` inconnu{}\u{202F}; régimes possibles\u{A0}: {}",
            e.given,
            did_you_mean(e.closest),
            quoted(Regime::ALL.iter().map(|r| r.code()))
        ),
        Problem::UnknownCreditor(given) => format!(
            "créancier `{given}` inconnu\u{202F}; valeurs possibles\u{A0}: `individual` (une personne physique n’agissant pas pour des besoins professionnels) ou `other` (CMF L313-2)"
        ),
        Problem::UnknownBasis(given) => format!(
            "base de jours `{given}` inconnue\u{202F}; valeurs possibles\u{A0}: `act/365` ou `act/act`"
        ),
        Problem::EnforceableNotFrench(regime) => format!(
            "`enforceable` fait courir la majoration de CMF L313-3, qui est française\u{202F}; {regime} n’en a pas\u{A0}: retirez-la"
        ),
        Problem::UnknownStart(word) => format!(
            "point de départ des intérêts `{word}` inconnu\u{202F}; valeurs possibles\u{A0}: \"decision\" (le lendemain de chaque décision de liquidation), \"service\" (le lendemain de sa signification, à donner par `served` dans chaque [[liquidation]]) ou une date sans guillemets comme 2023-04-14"
        ),
        Problem::UnknownLimitation(given) => format!(
            "règle de prescription `{given}` inconnue\u{202F}; valeurs possibles\u{A0}: {}",
            quoted(crate::balance::Limitation::ALL.iter().map(|l| l.code()))
        ),
        Problem::PaymentBeforeSums { date, first } => match first {
            Some(first) => format!(
                "un paiement le {date} précède toute somme due\u{A0}: la première liquidation a été décidée le {first}\u{202F}; corrigez la date, ou retirez un paiement fait pour autre chose"
            ),
            None => format!(
                "un paiement le {date}, mais aucune liquidation n’a de date de décision (`decided`)\u{A0}: rien n’est encore dû"
            ),
        },
        Problem::UnknownRole(given) => format!(
            "rôle `{given}` inconnu\u{202F}; valeurs possibles\u{A0}: {}",
            quoted(crate::case::filing::Role::ALL.iter().map(|r| r.code()))
        ),
        Problem::OrderServedBeforeDecided { served, decided } => format!(
            "la décision ne peut être signifiée ({served}) avant d’avoir été rendue ({decided})"
        ),
        Problem::DrawnUpBeforeDecided { on, decided } => format!(
            "le décompte ne peut être établi ({on}) avant que la décision ait été rendue ({decided})"
        ),
        Problem::Unchecked => "cette affaire n’a pas pu être vérifiée\u{A0}: merci de le signaler".into(),
    }
}

/// What follows the rule a definitive astreinte broke.
const DEFINITIVE_THEN: &str =
    "\u{202F}; à défaut, elle est liquidée comme une astreinte provisoire\u{A0}: écrivez kind = \"provisional\", ou";

fn missing(what: Missing) -> String {
    match what {
        Missing::Title => "chaque affaire a besoin d’un titre, par exemple title = \"CNIL c. Clearview AI\"".into(),
        Missing::Currency => "chaque affaire a besoin d’une devise ISO 4217, par exemple currency = \"EUR\"".into(),
        Missing::Order => {
            "chaque affaire a besoin d’une table [order] avec `decided` et `comply_within` ou `deadline`".into()
        }
        Missing::Rules => format!(
            "un délai (`order.comply_within`) se compte selon un jeu de règles\u{A0}: ajoutez par exemple rules = \"fr-cpc\" (parmi {})",
            quoted(RuleSet::ALL.iter().map(|r| r.code()))
        ),
        Missing::OrderDecided => "la date de la décision, par exemple decided = 2022-10-17".into(),
        Missing::Due => "quand la décision doit-elle être exécutée\u{202F}? Ajoutez comply_within = \"2 mois\" ou deadline = 2022-12-19".into(),
        Missing::Penalty => {
            "chaque affaire a besoin d’une table [penalty], par exemple amount = 100000 et per = \"day\"".into()
        }
        Missing::PenaltyAmount => "la somme par unité, par exemple amount = 100000".into(),
        Missing::ChangeFrom => "le premier jour du nouveau taux (ou `after = \"30 jours\"`, une durée depuis le premier jour de retard)".into(),
        Missing::NewRate => "la nouvelle somme par unité".into(),
        Missing::SuspensionFrom => "le premier jour suspendu".into(),
        Missing::SuspensionThrough => "le dernier jour suspendu".into(),
        Missing::Violations => "une astreinte par manquement a besoin de ses manquements, par exemple [[penalty.violation]] avec date = 2024-04-30 et count = 9".into(),
        Missing::ViolationDate => "la date du manquement".into(),
        Missing::LumpSumAmount => "la somme, par exemple amount = 200000000".into(),
        Missing::LiquidationEnd => {
            "la fin de la période, en `through` (dernier jour compté) ou en `until` (premier jour non compté)".into()
        }
        Missing::ExpectedAsOf { key } => format!(
            "`expected.{key}` dépend de la date du calcul\u{202F}; ajoutez par exemple as_of = 2023-05-10 à [expected]"
        ),
        Missing::ReachesAmount => {
            "le total à atteindre, par exemple reaches = { amount = 1000000, on = 2025-10-19 }".into()
        }
        Missing::ReachesOn => {
            "le jour où le total atteint le montant, par exemple reaches = { amount = 1000000, on = 2025-10-19 }".into()
        }
        Missing::EscalationRise => "comment le taux augmente, `factor = 2` (doublé à chaque palier) ou `add = 1000` (augmenté d’une somme)".into(),
        Missing::EscalationEvery => {
            "à quel rythme le taux augmente, par exemple every = \"1 jour\", \"1 semaine\", \"30 jours\" ou \"1 mois\"".into()
        }
        Missing::ReductionDate => "le jour où l’élément a été mis en conformité, par exemple date = 2015-03-31".into(),
        Missing::ReductionAmount => {
            "ce que l’élément retire du taux, `amount = 400000` ou `share = \"1/214\"`".into()
        }
        Missing::BreachFrom => "le premier jour de manquement".into(),
        Missing::BreachThrough => "le dernier jour de manquement (ou écrivez une liste, dates = [...])".into(),
        Missing::ShareTo => "qui reçoit la part, par exemple to = \"Budget de l’État\"".into(),
        Missing::AdjustDay => {
            "le jour à ajouter, par exemple { date = 2023-07-13, name = \"Fermeture du greffe\" }".into()
        }
        Missing::AdjustName => "un `name` disant pourquoi le jour n’est pas travaillé".into(),
        Missing::AstreinteFrom { decided } => format!(
            "une astreinte ordonnée le {decided} court à partir de la date que fixe cette décision, jamais avant qu’elle soit exécutoire (CPCE R131-1)\u{202F}; donnez son premier jour, par exemple from = {decided}"
        ),
        Missing::SuppressionReason => "une astreinte n’est supprimée que si le retard provient d’une cause étrangère (CPCE L131-4 al. 3\u{202F}; cas fortuit ou force majeure, CJA L911-7)\u{202F}; dites laquelle, par exemple reason = \"site fermé par arrêté préfectoral\"".into(),
        Missing::SuppressionThrough => "donnez le dernier jour supprimé en `through` (le même que `from` pour un seul jour), ou omettez les deux pour supprimer toute la période".into(),
        Missing::SuppressionFrom => "donnez le premier jour supprimé en `from` (le même que `through` pour un seul jour), ou omettez les deux pour supprimer toute la période".into(),
        Missing::InterestRegime => format!(
            "le régime des intérêts, parmi {}, par exemple regime = \"fr-legal\"",
            quoted(Regime::ALL.iter().map(|r| r.code()))
        ),
        Missing::PaymentDate => "le jour du paiement, par exemple date = 2023-06-01".into(),
        Missing::PaymentAmount => "la somme payée, par exemple amount = 1000".into(),
        Missing::CostDate => "le jour où le frais a été engagé, par exemple date = 2023-04-13".into(),
        Missing::CostAmount => "la somme, par exemple amount = 350".into(),
        Missing::CostLabel => {
            "ce qu’est le frais, par exemple label = \"Frais d’huissier\" ou label = \"Article 700 CPC\"".into()
        }
        Missing::PartyRole => format!(
            "chaque [[party]] a besoin d’un rôle, parmi {}",
            quoted(crate::case::filing::Role::ALL.iter().map(|r| r.code()))
        ),
        Missing::PartyName => {
            "chaque [[party]] a besoin d’un nom, par exemple name = \"Association Les Amis de la Terre\"".into()
        }
    }
}

fn both(pair: Both) -> &'static str {
    match pair {
        Both::ComplyWithinAndDeadline => "donnez `comply_within` ou `deadline`, pas les deux",
        Both::ThroughAndUntil => {
            "donnez `through` (le dernier jour compté) ou `until` (le premier jour non compté), pas les deux"
        }
        Both::ChangeFromAndAfter => {
            "donnez `from` (le premier jour du nouveau taux) ou `after` (une durée depuis le premier jour de retard, par exemple \"30 jours\"), pas les deux"
        }
        Both::FromAndFirstDay => "donnez `from` (une date) ou `first_day` (un événement), pas les deux",
        Both::FactorAndAdd => {
            "donnez `factor` (le taux est multiplié à chaque palier) ou `add` (il augmente d’une somme), pas les deux"
        }
        Both::AmountAndShare => {
            "donnez `amount` (ce que l’élément retire du taux) ou `share` (une part de `amount`), pas les deux"
        }
        Both::PeriodAndDates => {
            "donnez `from` et `through` (une période) ou `dates` (une liste de jours), pas les deux"
        }
        Both::PartAndAmount => {
            "donnez `part` (\"1/2\", \"50%\") ou `amount` (une somme fixe), pas les deux\u{202F}; omettez les deux pour la part qui prend le reste"
        }
        Both::ThroughAndDuration => {
            "donnez `through` (le dernier jour où court l’astreinte) ou `duration` (combien de temps elle court depuis son premier jour), pas les deux"
        }
    }
}

fn empty(what: Empty) -> &'static str {
    match what {
        Empty::Title => "le titre est vide",
        Empty::Name => "le nom est vide",
        Empty::Text => "est vide\u{A0}: écrivez le texte, ou retirez la clé",
        Empty::Reason => {
            "le motif est vide\u{A0}: dites quelle était la cause étrangère (CPCE L131-4 al. 3 ne supprime que pour une cause que le débiteur ne pouvait surmonter)"
        }
    }
}

fn before(what: Before) -> &'static str {
    match what {
        Before::PenaltyFrom => "l’astreinte ne peut courir avant la décision (CPCE R131-1)",
        Before::Complied => "l’exécution est datée d’avant la décision",
        Before::LumpSum => "une somme forfaitaire est due à partir de la décision",
        Before::EscalationUntil => "la progression ne peut s’arrêter avant la décision",
        Before::AstreinteDecided => "une astreinte ordonnée après la décision de l’affaire est datée après elle",
    }
}

fn rule_set(e: &UnknownRuleSet) -> String {
    let suggestion = match e.closest {
        None => String::new(),
        Some(first) => format!(
            " (vouliez-vous dire {}\u{202F}?)",
            either(std::iter::once(first).chain(e.also.iter().copied()))
        ),
    };
    format!(
        "jeu de règles `{}` inconnu{suggestion}\u{202F}; jeux possibles\u{A0}: {}",
        e.given,
        quoted(RuleSet::ALL.iter().map(|r| r.code()))
    )
}

fn limit_error(e: &LimitError) -> String {
    let problem = match &e.problem {
        LimitProblem::Empty => "il est vide".to_string(),
        LimitProblem::TooLarge(number) => {
            format!("{number} est trop grand (au plus {})", crate::timelimit::MAX_COUNT)
        }
        LimitProblem::NotWhole(number) => format!("`{number}` n’est pas un nombre entier"),
        LimitProblem::NoUnit(count) => format!("le nombre {count} n’a pas d’unité"),
        LimitProblem::UnknownUnit { word, closest } => {
            format!("unité `{word}` inconnue{}", did_you_mean(*closest))
        }
        LimitProblem::Twice(word) => format!("l’unité `{word}` apparaît deux fois"),
        LimitProblem::Zero => "un délai nul ne laisse aucun temps pour exécuter".to_string(),
    };
    format!(
        "délai `{}` illisible\u{A0}: {problem}\u{202F}; formes acceptées\u{A0}: \"15 jours\", \"2 semaines\", \"2 mois\", \"1 an\", \"1 mois 15 jours\" (ou en anglais, \"15 days\", \"2 months\", \"1 year\"\u{202F}; en néerlandais, \"30 dagen\", \"2 weken\", \"6 maanden\", \"1 jaar\")",
        e.text
    )
}

fn option(e: &OptionError) -> String {
    match e {
        OptionError::UnknownDistance { given, closest } => format!(
            "distance `{given}` inconnue{}\u{202F}; valeurs possibles\u{A0}: {}",
            did_you_mean(*closest),
            quoted(Distance::ALL.iter().map(|d| d.code()))
        ),
        OptionError::UnknownMonthEnd { given, closest } => format!(
            "month_end `{given}` inconnu{}\u{202F}; valeurs possibles\u{A0}: {}",
            did_you_mean(*closest),
            quoted(MonthEnd::ALL.iter().map(|m| m.code()))
        ),
        OptionError::DistanceNotApplicable { rules, distance } => {
            let accepted = rules.distances();
            if accepted.is_empty() {
                format!(
                    "le jeu de règles `{rules}` ne prévoit aucun délai de distance\u{A0}: la distance `{distance}` ne peut s’appliquer"
                )
            } else {
                format!(
                    "la distance `{distance}` ne s’applique pas selon `{rules}`\u{202F}; valeurs possibles\u{A0}: {}",
                    quoted(accepted.iter().map(|d| d.code()))
                )
            }
        }
    }
}

pub(super) fn deadline(e: &DeadlineError) -> String {
    match e {
        DeadlineError::OutOfRange { from, limit: l } => format!(
            "{from} + {} finit après le 9999-12-31, dernière date prise en charge",
            limit(*l)
        ),
        DeadlineError::NoDayAfter(deadline) => format!(
            "l’échéance est le {deadline}, dernière date prise en charge\u{A0}: aucun jour de retard ne peut la suivre (donnez à l’astreinte une date `from`, ou vérifiez l’échéance)"
        ),
        DeadlineError::Calendar(e) => holidays(e),
        DeadlineError::NoWorkingDay(day) => {
            format!("aucun jour ouvré dans l’année qui suit le {day}\u{A0}: vérifiez les ajustements du calendrier")
        }
        DeadlineError::MonthEndMissing {
            from,
            limit: l,
            day,
            clamped,
        } => format!(
            "{from} + {}\u{A0}: {} n’a pas de jour {day}, et month_end = \"error\" refuse de finir le délai sur son dernier jour ({clamped})\u{202F}; mettez month_end = \"clamp\" pour accepter cette fin, ou donnez l’échéance que fixe la décision",
            limit(*l),
            month_in_words(*clamped, FR)
        ),
    }
}

fn holidays(e: &CalendarError) -> String {
    match e {
        CalendarError::YearOutOfRange { year } => format!(
            "l’année {year} est hors limites\u{A0}: les jours fériés sont calculés de {FIRST_YEAR} à {LAST_YEAR}"
        ),
    }
}
