//! Les erreurs d’un calcul, en français : pourquoi une affaire, son décompte ou des intérêts
//! n’ont pas pu être calculés.

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

/// The supported dates, in French.
fn supported_dates() -> String {
    format!("du {} au {}", crate::dates::FIRST, crate::dates::LAST)
}

/// An error of a computation, in French.
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
        Fault::Unlisted { unlisted: 1, listed } => {
            format!("et 1 autre erreur dans cette affaire, non listée (une exécution en liste les {listed} premières)")
        }
        Fault::Unlisted { unlisted, listed } => format!(
            "et {unlisted} autres erreurs dans cette affaire, non listées (une exécution en liste les {listed} premières)"
        ),
    }
}

/// ` (N Gio)` for a whole number of gibibytes.
fn in_gib(bytes: u64) -> String {
    const GIB: u64 = 1 << 30;
    if bytes >= GIB && bytes.is_multiple_of(GIB) {
        format!(" ({}\u{A0}Gio)", bytes / GIB)
    } else {
        String::new()
    }
}

fn read(e: &ReadError) -> String {
    match e {
        ReadError::Io { source, .. } => format!("lecture impossible (message du système\u{A0}: {source})"),
        ReadError::NotUtf8 { offset, .. } => format!(
            "texte non UTF-8 (l’octet {offset} n’est pas de l’UTF-8 valide)\u{A0}: un dossier doit être du TOML en UTF-8\u{202F}; enregistrez-le en UTF-8"
        ),
        ReadError::Nul { offset, .. } => format!(
            "un octet NUL (octet {offset})\u{A0}: un dossier est du texte TOML en UTF-8, et aucun texte ne contient d’octet NUL\u{202F}; est-ce un fichier binaire\u{202F}?"
        ),
        ReadError::TooLarge { limit, .. } => format!(
            "plus de {limit} octets, le maximum qu’une entrée peut contenir{}\u{A0}: un dossier est bien plus petit\u{202F}; découpez un lot en plusieurs fichiers",
            in_gib(*limit)
        ),
        ReadError::Missing { .. } => "aucun fichier ni répertoire de ce nom".into(),
    }
}

fn skipped(s: &Skipped) -> String {
    let first = s.first.display();
    if s.path == s.first {
        return "nommé à nouveau, déjà lu\u{A0}: ignoré".into();
    }
    match s.kind {
        SkippedKind::Loop => format!(
            "ramène à {first}, qui le contient (une boucle de liens)\u{A0}: non suivi\u{202F}; chaque fichier est lu une fois"
        ),
        SkippedKind::Directory => format!("le même répertoire que {first}, déjà lu\u{A0}: ignoré"),
        SkippedKind::File => format!("le même fichier que {first}, déjà lu\u{A0}: ignoré"),
    }
}

fn run(e: &Error) -> String {
    match e {
        Error::Output(e) => format!("impossible d’écrire la sortie (message du système\u{A0}: {e})"),
        Error::Print(p) => print(p),
        Error::OutputFile { path, source } => {
            format!("impossible d’écrire {path} (message du système\u{A0}: {source})")
        }
        Error::OutputIsInput { output, input } => format!(
            "`--output` {output}\u{A0}: ce fichier est aussi une entrée du calcul ({input})\u{202F}; y écrire les résultats le détruirait\u{A0}: choisissez un autre fichier de sortie"
        ),
        Error::Usage(usage) => self::usage(usage),
    }
}

fn usage(u: &Usage) -> String {
    match u {
        Usage::PdfToTerminal => {
            "`--format pdf` écrit un fichier PDF, pas du texte pour un terminal\u{A0}: ajoutez `-o decompte.pdf`".into()
        }
        Usage::OutputExists(path) => {
            format!("{path} existe déjà\u{A0}: choisissez un autre `--output`, ou ajoutez `--force` pour le remplacer")
        }
        Usage::NoSubcommand { name, names } => format!(
            "pas de sous-commande `{name}`\u{202F}; sous-commandes possibles\u{A0}: {}",
            names.join(", ")
        ),
        Usage::NothingBefore(until) => format!(
            "`--until {until}`\u{A0}: aucun jour ne le précède dans les dates prises en charge, {}",
            supported_dates()
        ),
        Usage::NoEnd => "donnez `--through DATE` ou `--until DATE`".into(),
        Usage::PeriodReversed { from, through } => {
            format!("la période finit ({through}) avant de commencer ({from})")
        }
        Usage::PartialForShortUnit(per) => format!(
            "`--partial` s’applique aux unités de plus d’un jour, pas à `{}`",
            per.code()
        ),
        Usage::NoDayOfInterest { until, from } => format!(
            "`--until {until}`\u{A0}: le jour du paiement n’est pas compté, et il ne vient pas après le premier jour d’intérêts (`--from {from}`)\u{A0}: il ne reste aucun jour d’intérêts"
        ),
        Usage::ToBeforeFrom { from, to } => format!("`--to {to}` précède `--from {from}`"),
        Usage::YearOutOfRange(year) => format!(
            "`--year`\u{A0}: {year} est hors des dates prises en charge, {}",
            supported_dates()
        ),
        Usage::EmptyEvent => "`--event`\u{A0}: le nom de l’événement de départ est vide".into(),
        Usage::NoDayOfDelay(deadline) => format!(
            "`--from/--within`\u{A0}: l’échéance {deadline} est la dernière date prise en charge, et aucun jour de retard ne peut la suivre"
        ),
        Usage::Value { flag, problem } => format!("`{flag}`\u{A0}: {}", super::problem::problem(problem)),
        Usage::Compute(e) => e.message_in(crate::lang::Lang::Fr),
        Usage::Interest(e) => format!("`{}`\u{A0}: {}", e.flag(), interest(e)),
    }
}

fn compute(e: &ComputeError) -> String {
    match e {
        ComputeError::Balance { problem, .. } => balance(problem),
        ComputeError::Deadline { source, .. } => super::problem::deadline(source),
        ComputeError::Reversed { from, through, .. } => format!(
            "la période finit ({through}) avant de commencer ({from})\u{A0}: écrivez le dernier jour compté, le {from} ou après, ou corrigez `from`"
        ),
        ComputeError::OutOfOrder {
            through,
            previous_through,
            ..
        } => format!(
            "la période finit le {through}, mais la liquidation précédente court déjà jusqu’au {previous_through}\u{A0}: listez les liquidations dans l’ordre de leurs périodes, chacune commençant après la fin de la précédente"
        ),
        ComputeError::Overlap {
            from, previous_through, ..
        } => format!(
            "la période commence le {from}, mais les jours jusqu’au {previous_through} ont déjà été liquidés\u{A0}: les périodes de liquidation ne doivent pas se chevaucher\u{202F}; omettez `from` ou commencez-la après le {previous_through}"
        ),
        ComputeError::BeforeDelay {
            through, accrual_start, ..
        } => format!(
            "la période finit le {through}, avant le premier jour de retard ({accrual_start})\u{A0}: il n’y a rien à liquider\u{202F}; terminez-la le {accrual_start} ou après, ou retirez cette liquidation"
        ),
        ComputeError::AfterAsOf { through, as_of, .. } => format!(
            "la période finit le {through}, après la date du calcul ({as_of})\u{A0}: ces jours n’ont pas encore eu lieu\u{202F}; pour les projeter, calculez au {through} ou plus tard (`--as-of {through}`, ou `expected.as_of` pour `check`)"
        ),
        ComputeError::Overflow { what, .. } => format!(
            "montant trop grand\u{A0}: {} dépasse le plus grand montant tenu exactement ({}, environ 7,9 × 10^28)",
            quantity(what),
            Decimal::MAX
        ),
        ComputeError::Inexact { what, .. } => format!(
            "montant impossible à tenir exactement\u{A0}: {} demande plus de chiffres qu’un montant n’en tient (28 à 29 chiffres significatifs, au plus 28 après la virgule)",
            quantity(what)
        ),
        ComputeError::OutOfRange { what, .. } => format!(
            "{} dépasse les dates prises en charge, {}",
            quantity(what),
            supported_dates()
        ),
        ComputeError::Judgment { source, .. } => judgment(source),
    }
}

fn quantity(q: &Quantity) -> String {
    match q {
        Quantity::Total { from, through } => format!("le total du {from} au {through}"),
        Quantity::EscalatingRate(day) => format!("le taux progressif à partir du {day}"),
        Quantity::CapDay(CapScope::Penalty(Some(o))) => format!("le jour où le plafond ({o}) est atteint"),
        Quantity::CapDay(CapScope::Penalty(None)) => "le jour où le plafond est atteint".into(),
        Quantity::CapDay(CapScope::Case) => "le jour où le plafond de l’affaire est atteint".into(),
        Quantity::TargetDay(target) => format!("le jour où {target} est atteint"),
        Quantity::AccruedByTarget(target) => format!("le montant encouru au jour où {target} est atteint"),
        Quantity::Judgment { from, through } => format!("la décision pour la période du {from} au {through}"),
        Quantity::PenaltyTotal => "le total d’une astreinte".into(),
        Quantity::LiquidationsTotal => "le total des liquidations".into(),
        Quantity::AwardedTotal => "le total prononcé".into(),
        Quantity::SuppressedTotal => "le total supprimé".into(),
        Quantity::ProjectedTotal => "le total des liquidations projetées".into(),
        Quantity::UnliquidatedTotal => "le total non encore liquidé".into(),
        Quantity::LumpSums => "la somme des sommes forfaitaires".into(),
        Quantity::Overall => "le total général".into(),
        Quantity::Suppressed => "le montant supprimé".into(),
        Quantity::ComputedLessSuppressed => "le montant calculé moins la part supprimée".into(),
        Quantity::Share => "une part de la somme liquidée".into(),
        Quantity::Date => "une date".into(),
        Quantity::UnitCounted => "une unité décomptée".into(),
    }
}

fn judgment(e: &JudgmentError) -> String {
    match e {
        JudgmentError::AboveOrdered {
            awarded_rate,
            ordered_rate,
            article,
        } => format!(
            "le taux prononcé ({awarded_rate}) dépasse le taux que la décision a fixé pour la période ({ordered_rate})\u{A0}: à la liquidation, le juge peut abaisser le taux d’une astreinte provisoire ({article}), jamais l’augmenter pour des jours déjà courus\u{202F}; un taux plus élevé pour les jours à venir est une nouvelle décision, à écrire comme un [[penalty.change]] ou une nouvelle [[penalty]]"
        ),
        JudgmentError::Disagree {
            awarded,
            awarded_rate,
            per,
            at_rate,
        } => format!(
            "`awarded` ({awarded}) et `awarded_rate` ({awarded_rate}) ne concordent pas\u{A0}: à {awarded_rate} par {}, la période fait {at_rate}\u{202F}; donnez l’un des deux, ou corrigez celui qui est faux",
            per.map_or("unité", |p| unit_name(p, false))
        ),
        JudgmentError::DefinitiveAwarded {
            awarded,
            due,
            suppressed,
            article,
            suppression,
        } => format!(
            "une astreinte définitive compte dans cette période, et son taux ne change jamais à la liquidation ({article})\u{A0}: la somme prononcée est le montant calculé de {due}{}, et non {awarded}\u{202F}; seuls les jours dont le retard provient d’une cause étrangère peuvent être retirés ({suppression}), en [[liquidation.suppression]]\u{202F}; si la décision a modéré le montant, l’astreinte était provisoire\u{A0}: écrivez kind = \"provisional\" dans sa [[penalty]] (ou, si elle a modéré une astreinte provisoire comptée dans la même période, liquidez chaque astreinte dans une période distincte)",
            if *suppressed { " moins les jours supprimés" } else { "" }
        ),
        JudgmentError::DefinitiveRate {
            awarded_rate,
            ordered_rate,
            article,
            suppression,
        } => format!(
            "une astreinte définitive compte dans cette période, et son taux ne change jamais à la liquidation ({article})\u{A0}: le taux est celui fixé, {ordered_rate}, et non {awarded_rate}\u{202F}; seuls les jours dont le retard provient d’une cause étrangère peuvent être retirés ({suppression}), en [[liquidation.suppression]]\u{202F}; si la décision a modéré le taux, l’astreinte était provisoire\u{A0}: écrivez kind = \"provisional\" dans sa [[penalty]]"
        ),
        JudgmentError::SeveralAstreintes { penalties } => format!(
            "`awarded_rate` remplace le taux d’une astreinte, mais {} comptent dans cette période\u{A0}: donnez en `awarded` la somme prononcée par la décision, ou liquidez chaque astreinte dans une liquidation distincte",
            penalties
                .iter()
                .map(|n| format!("penalty[{n}]"))
                .collect::<Vec<_>>()
                .join(" et ")
        ),
        JudgmentError::SeveralRates { rates, more } => format!(
            "le taux fixé change au cours de la période ({}{})\u{A0}: un seul taux prononcé ne peut les remplacer\u{202F}; donnez en `awarded` la somme prononcée par la décision, ou terminez cette liquidation là où le taux change",
            rates.iter().map(Decimal::to_string).collect::<Vec<_>>().join(" puis "),
            if *more { " puis ..." } else { "" }
        ),
        JudgmentError::Capped => "un plafond retient le montant de cette période\u{A0}: le taux prononcé ne peut s’appliquer aux unités que le plafond a retirées\u{202F}; donnez en `awarded` la somme prononcée par la décision".into(),
        JudgmentError::SuppressionOutside {
            from,
            through,
            period_from,
            period_through,
            article,
        } => format!(
            "la suppression (du {from} au {through}) sort de la période que liquide cette liquidation (du {period_from} au {period_through})\u{A0}: une décision ne supprime que les jours qu’elle liquide ({article})\u{202F}; déplacez-la vers la liquidation de ces jours, ou corrigez ses dates"
        ),
    }
}

fn balance(p: &BalanceProblem) -> String {
    match p {
        BalanceProblem::PaymentBeforeSums { date, first } => format!(
            "un paiement le {date} précède toute somme due\u{A0}: la première somme liquidée comptée a été décidée le {first}\u{202F}; corrigez la date, ou retirez un paiement fait pour autre chose"
        ),
        BalanceProblem::PaymentBeforeAnyDecision { date, as_of } => format!(
            "un paiement le {date} est enregistré, mais aucune liquidation n’a été prononcée au {as_of}\u{A0}: donnez la date de la décision de liquidation (`decided`), ou retirez le paiement"
        ),
        BalanceProblem::LimitationUnconfirmed(rule) => format!(
            "la règle de prescription `{rule}` n’est pas confirmée ({}\u{202F}; source\u{A0}: {})\u{A0}: elle est refusée à moins d’autoriser les données non confirmées (allow_unconfirmed = true dans [interest]), ce que la sortie signale",
            super::balance::caveat(*rule),
            super::balance::typeset(rule.row().source)
        ),
        BalanceProblem::NoDayAfter => "aucun jour ne suit cette date".into(),
        BalanceProblem::ServedMissing { liquidation, decided } => format!(
            "manquant\u{A0}: les intérêts courent à partir de la signification de chaque décision (interest.from = \"service\"), et la liquidation n°\u{A0}{liquidation}, décidée le {decided}, n’en a pas\u{A0}: ajoutez-lui served = DATE, ou utilisez from = \"decision\""
        ),
        BalanceProblem::LimitationOutOfRange => format!(
            "sa date de prescription est hors des dates prises en charge ({})",
            supported_dates()
        ),
        BalanceProblem::Interest {
            error: error @ InterestError::OutsideTables { needed, .. },
            regime,
        } => format!(
            "{}. Ligne manquante\u{A0}: {}. Consultez {}\u{202F}; ou calculez à une date antérieure (`--as-of`, ou `as_of` dans [expected])",
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
        format!("du 1er janvier au 30 juin {year}")
    } else {
        format!("du 1er juillet au 31 décembre {year}")
    };
    match regime {
        Regime::FrLegal if year >= 2015 => format!("le semestre {half}"),
        Regime::NlLegal | Regime::NlCommercial => format!("le semestre {half}"),
        Regime::FrLegal | Regime::BeLegal => format!("l’année {year}"),
        Regime::EuEcb => format!("le taux des opérations principales de refinancement de la BCE en vigueur le {day}"),
        Regime::Fixed => format!("le taux au {day}"),
    }
}

/// Where the rate of a regime is published.
fn where_published(regime: Regime) -> &'static str {
    match regime {
        Regime::FrLegal => {
            "l’arrêté fixant le taux de l’intérêt légal pour ce semestre (JORF, sur Légifrance\u{202F}; avant 2015, le décret annuel), puis ajoutez la ligne à src/interest/rates/fr.rs"
        }
        Regime::NlLegal | Regime::NlCommercial => {
            "le Besluit wettelijke rente au Staatsblad (BW 6:120), puis ajoutez la ligne à src/interest/rates/nl.rs"
        }
        Regime::BeLegal => {
            "l’avis du SPF Finances fixant le taux légal au Moniteur belge (loi du 5 mai 1865, art. 2), puis ajoutez la ligne à src/interest/rates/be.rs"
        }
        Regime::EuEcb => {
            "les taux directeurs de la BCE (décisions du Conseil des gouverneurs, ecb.europa.eu), puis ajoutez la ligne à src/interest/rates/ecb.rs"
        }
        Regime::Fixed => "le taux donné",
    }
}

fn interest(e: &InterestError) -> String {
    match e {
        InterestError::PrincipalNotPositive { amount } => {
            format!("la somme doit être supérieure à zéro, et non {amount}")
        }
        InterestError::PrincipalTooPrecise { amount, digits } => format!(
            "{amount} a plus de décimales que la subdivision de la devise ({digits})\u{A0}: écrivez la somme au centime près au plus"
        ),
        InterestError::PaymentNotPositive { date, amount } => format!(
            "paiement du {date}\u{A0}: le montant doit être supérieur à zéro, et non {amount}"
        ),
        InterestError::PaymentTooPrecise { date, amount, digits } => format!(
            "paiement du {date}\u{A0}: {amount} a plus de décimales que la subdivision de la devise ({digits})"
        ),
        InterestError::PaymentBeforeStart { date, amount, from } => format!(
            "paiement de {amount} le {date}\u{A0}: il précède le premier jour d’intérêts ({from})\u{202F}; une somme payée avant que les intérêts courent réduit la somme elle-même\u{A0}: donnez la somme nette de ce paiement"
        ),
        InterestError::PaymentAfterEnd { date, amount, through } => format!(
            "paiement de {amount} le {date}\u{A0}: il vient après la période, qui finit le {through}\u{202F}; prolongez la période jusqu’à la veille du paiement, ou retirez le paiement"
        ),
        InterestError::CostNotPositive { label, amount } => format!(
            "frais `{label}`\u{A0}: le montant doit être supérieur à zéro, et non {amount}"
        ),
        InterestError::CostAfterEnd { label, date, through } => format!(
            "frais `{label}` du {date}\u{A0}: ils viennent après la période, qui finit le {through}"
        ),
        InterestError::EmptyPeriod { from, through } => {
            format!("la période finit ({through}) avant de commencer ({from})")
        }
        InterestError::OutsideTables {
            table,
            first,
            last,
            needed,
        } => format!(
            "la table de taux `{table}` va du {first} au {last}, et la période demande le {needed}\u{A0}: aucun taux n’est connu pour ce jour (un nouveau taux est une ligne dans src/interest/rates/)"
        ),
        InterestError::CreditorMissing { needed } => format!(
            "fr-legal a deux taux depuis le 1er janvier 2015 (CMF L313-2), et la période court le {needed}\u{A0}: donnez le créancier, `individual` (une personne physique n’agissant pas pour des besoins professionnels) ou `other`"
        ),
        InterestError::Unconfirmed {
            table,
            from,
            through,
            rate,
            text,
        } => format!(
            "le taux `{table}` de {rate}\u{A0}% du {from} au {through} n’est pas confirmé ({text})\u{A0}: il est refusé à moins d’autoriser les taux non confirmés (--allow-unconfirmed), ce que la sortie signale"
        ),
        InterestError::NotForRegime { option, regime } => {
            let why = match option {
                RegimeOption::Creditor => "le créancier ne décide du taux que sous fr-legal (CMF L313-2)",
                RegimeOption::Enforceable | RegimeOption::NoMajoration => "la majoration de CMF L313-3 est française",
                RegimeOption::Decided => "le jour de la décision ne fixe le taux BCE que pour eu-ecb",
                RegimeOption::Guarantee => {
                    "une garantie ne réduit les points que pour eu-ecb (règl. 1268/2012 art. 83(4))"
                }
                RegimeOption::Capitalise | RegimeOption::Anchor => {
                    "le règl. 1268/2012 art. 83 prévoit des intérêts simples"
                }
                RegimeOption::Rate => {
                    "le taux vient de la table du régime\u{202F}; donnez un taux avec le régime fixed"
                }
            };
            format!("`{}` ne s’applique pas à {regime}\u{A0}: {why}", option.flag())
        }
        InterestError::RateMissing => {
            "le régime fixed a besoin du taux annuel, en pourcentage (comme 4.5)".into()
        }
        InterestError::NegativeRate { rate } => format!("le taux doit être positif ou nul, et non {rate}"),
        InterestError::GuaranteeWithoutDecision => "avec une garantie, le taux est le taux BCE du premier jour du mois où la décision infligeant l’amende a été adoptée (règl. 1268/2012 art. 83(4))\u{A0}: donnez le jour de la décision".into(),
        InterestError::AnchorWithoutCapitalisation { regime } => format!(
            "l’ancre place les jours de capitalisation, et {regime} ne capitalise que sur demande\u{A0}: demandez aussi la capitalisation"
        ),
        InterestError::DateOutOfRange { day } => {
            let day = match day {
                InterestDay::DayAfterLast => "le lendemain du dernier jour d’intérêts",
                InterestDay::DayOfInterest => "un jour d’intérêts",
                InterestDay::FirstOfDeadlineMonth => "le premier jour du mois de l’échéance",
            };
            format!("{day} est hors des dates prises en charge ({})", supported_dates())
        }
        InterestError::Arithmetic(Loss::TooLarge) => {
            "les intérêts dépassent le plus grand montant tenu exactement (environ 7,9 × 10^28)".into()
        }
        InterestError::Arithmetic(Loss::Inexact) => {
            "les intérêts demandent plus de chiffres qu’un montant n’en tient exactement".into()
        }
    }
}

fn print(p: &PrintError) -> String {
    match p {
        PrintError::NotInstalled => "--format pdf imprime le décompte HTML avec Chromium sans interface, qui n’est pas installé\u{A0}: \
             installez-le (Debian, Ubuntu\u{A0}: `apt-get install chromium`\u{202F}; Fedora\u{A0}: `dnf install chromium`\u{202F}; \
             macOS\u{A0}: `brew install --cask chromium`) ou Google Chrome, ou donnez son chemin dans ASTREINTE_CHROMIUM\u{202F}; \
             ou écrivez --format html et imprimez-le depuis un navigateur"
            .into(),
        PrintError::ChosenDoesNotRun { chosen } => format!(
            "ASTREINTE_CHROMIUM vaut `{chosen}`, qui ne se lance pas\u{A0}: donnez le chemin de Chromium ou de Google Chrome"
        ),
        PrintError::CannotStart { browser, reason } => {
            format!("impossible de lancer {browser} (message du système\u{A0}: {reason})")
        }
        PrintError::TimedOut { browser, seconds } => {
            format!("{browser} n’a pas imprimé le décompte en {seconds}\u{A0}secondes")
        }
        PrintError::Failed { browser, code, said } => format!(
            "{browser} n’a pas pu imprimer le décompte en PDF ({})\u{A0}; le navigateur dit, en anglais\u{A0}: «\u{A0}{said}\u{A0}»",
            ended(*code)
        ),
    }
}

/// How the browser ended: its exit code, or a signal.
fn ended(code: Option<i32>) -> String {
    match code {
        Some(c) => format!("code de sortie {c}"),
        None => "arrêté par un signal".into(),
    }
}
