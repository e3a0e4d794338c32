//! Real orders and the judge's hand (issues 15 and 20) in French: the details of a penalty,
//! what a liquidation's decision did, the shares and the rules, worded from their facts, with a
//! no-break space before `:` and a narrow one before `;`.

use super::{FR, group, headline, limit, plain, rate, units, why};
use crate::case::{FirstDay, Kind, Per};
use crate::lang::message::{Amount, OrderLine, OrderRule, Rate, RulingLine};
use crate::lang::{long_date, medium_date};
use crate::report::{Article, Ground, Rule};

/// French spacing before the colons and semicolons of a sentence built here.
fn typeset(text: String) -> String {
    text.replace(" :", "\u{A0}:").replace(" ;", "\u{202F};")
}

/// ` (CJA L911-7 al. 3)`, or nothing.
fn cited(article: Option<Article>) -> String {
    article.map(|a| format!(" ({a})")).unwrap_or_default()
}

/// A share's recipient, with CJA L911-8 when it is the State budget (unless its name cites it).
fn recipient(to: &str, state: bool) -> String {
    if state && !to.contains("L911-8") {
        format!("{to} (CJA L911-8)")
    } else {
        to.into()
    }
}

/// `le semestre`, `la semaine`: a unit with its definite article.
fn the_unit(per: Per) -> &'static str {
    match per {
        Per::Day => "le jour",
        Per::Week => "la semaine",
        Per::Month => "le mois",
        Per::Quarter => "le trimestre",
        Per::Semester => "le semestre",
        Per::Year => "l’année",
        Per::Violation => "le manquement",
    }
}

/// The source a derivation cites for a first day fixed by an event ([`FirstDay::source`]), in
/// French; `None` for any other source.
pub(super) fn first_day_source(text: &str) -> Option<String> {
    let practice = FirstDay::ALL.into_iter().find(|f| f.source() == text)?;
    Some(typeset(
        match practice {
            FirstDay::Decision => "la décision, le jour de la décision compté (C-123/22)",
            FirstDay::DayAfterDecision => {
                "le lendemain de la décision (C-387/97, première facture à compter du 5 juillet 2000)"
            }
            FirstDay::Notification => "la décision, à compter de sa notification (C-121/21 R, C-204/21 R)",
            FirstDay::DayAfterNotification => "le lendemain de la notification (CPC art. 641)",
        }
        .to_string(),
    ))
}

pub(super) fn detail(line: OrderLine<'_>) -> String {
    typeset(match line {
        OrderLine::Kind {
            kind,
            article,
            decided,
            through,
        } => {
            let name = match kind {
                Kind::Provisional => "astreinte provisoire",
                Kind::Definitive => "astreinte définitive",
            };
            let decided = decided
                .map(|d| format!(", prononcée le {}", long_date(d, FR)))
                .unwrap_or_default();
            let through = through
                .map(|d| format!(", court jusqu’au {}", long_date(d, FR)))
                .unwrap_or_default();
            format!("{name} ({article}){decided}{through}")
        }
        OrderLine::FirstDay { practice, date } => {
            let day = long_date(date, FR);
            match practice {
                FirstDay::Decision => {
                    format!("le premier jour est celui de la décision, le {day} (à compter du prononcé : C-123/22)")
                }
                FirstDay::DayAfterDecision => format!(
                    "le premier jour est le lendemain de la décision, le {day} (C-387/97 : la première facture de la Commission comptait 88 jours à compter du 5 juillet 2000 pour l’arrêt du 4 juillet 2000)"
                ),
                FirstDay::Notification => format!(
                    "le premier jour est celui de la notification, le {day} (les ordonnances de référé courent à compter de leur notification : C-121/21 R, C-204/21 R)"
                ),
                FirstDay::DayAfterNotification => {
                    format!("le premier jour est le lendemain de la notification, le {day} (CPC art. 641)")
                }
            }
        }
        OrderLine::Count { each, count, all } => format!(
            "{} par personne ou par élément × {} = {}",
            rate(each),
            group(count, FR),
            rate(all)
        ),
        OrderLine::ChangeAfter { after, from, rate: r } => format!(
            "après {}, à compter du {} : {}",
            limit(after),
            long_date(from, FR),
            rate(r)
        ),
        OrderLine::Escalation {
            factor,
            add,
            every,
            until,
            max_rate,
            steps,
            as_of,
        } => {
            let rise = match (factor, add) {
                (Some(f), _) => format!("taux × {}", f.to_string().replace('.', ",")),
                (None, Some(a)) => format!("taux + {}", rate(a)),
                (None, None) => "taux croissant".into(),
            };
            let every = every
                .map(|e| format!(" par période de {}", limit(e)))
                .unwrap_or_default();
            let mut bounds = Vec::new();
            bounds.extend(max_rate.map(|m| format!("au plus {}", rate(m))));
            bounds.extend(until.map(|u| format!("aucune hausse après le {}", long_date(u, FR))));
            let bounds = if bounds.is_empty() {
                String::new()
            } else {
                format!(" ({})", bounds.join(" ; "))
            };
            let plural = if steps > 1 { "s" } else { "" };
            format!(
                "progressivité : {rise}{every}{bounds} ; {} hausse{plural} au {}",
                group(steps as i64, FR),
                medium_date(as_of, FR)
            )
        }
        OrderLine::EscalationStep { step, from, rate: r } => {
            format!("hausse {step} à compter du {} : {}", long_date(from, FR), rate(r))
        }
        OrderLine::EscalationSkipped { count } => format!("… {} autres hausses …", group(count as i64, FR)),
        OrderLine::Reduction {
            item,
            date,
            less,
            share,
            lowers_from,
            lowers_through,
        } => {
            let share = share.map(|s| format!(" ({s} du taux)")).unwrap_or_default();
            let first = if lowers_from == lowers_through {
                format!("à compter du {}", long_date(lowers_from, FR))
            } else {
                format!(
                    "dès {} du {} au {}",
                    the_unit(less.per),
                    medium_date(lowers_from, FR),
                    medium_date(lowers_through, FR)
                )
            };
            format!(
                "élément mis en conformité le {}{} : − {}{share}, {first}",
                long_date(date, FR),
                why(item),
                rate(less)
            )
        }
        OrderLine::Breach { from, through, days } => format!(
            "manquement constaté du {} au {} : {} décomptés",
            long_date(from, FR),
            long_date(through, FR),
            units(days, Per::Day)
        ),
    })
}

pub(super) fn ruling(line: RulingLine<'_>) -> String {
    typeset(match line {
        RulingLine::Rates {
            ordered: Some(ordered),
            awarded,
            article,
        } => match ordered
            .value
            .checked_sub(awarded.value)
            .filter(|d| d.is_sign_positive() && !d.is_zero())
        {
            Some(difference) => format!(
                "taux ordonné {}, taux retenu {} (−{}), modéré{}",
                rate(ordered),
                rate(awarded),
                rate(Rate {
                    value: difference,
                    ..awarded
                }),
                cited(article)
            ),
            None => format!("taux ordonné {}, retenu sans changement", rate(ordered)),
        },
        RulingLine::Rates {
            ordered: None,
            awarded,
            article,
        } => format!("taux retenu {} pour toute la période{}", rate(awarded), cited(article)),
        RulingLine::Moderated { due, awarded, article } => {
            let by = due.value.checked_sub(awarded.value).unwrap_or_default();
            format!(
                "prononcé {} sur {} dus, modéré de {}{}",
                plain(awarded),
                plain(due),
                plain(Amount::new(by, due.currency)),
                cited(article)
            )
        }
        RulingLine::Suppressed {
            from,
            through,
            days,
            amount,
            reason,
            article,
        } => format!(
            "suppression du {} au {}, {}, {}{} : {reason}",
            long_date(from, FR),
            long_date(through, FR),
            units(days, Per::Day),
            plain(amount),
            cited(article)
        ),
        RulingLine::AfterSuppression {
            computed,
            suppressed,
            awarded,
        } => format!(
            "calculé {}, supprimé {}, prononcé {}",
            plain(computed),
            plain(suppressed),
            plain(awarded)
        ),
        RulingLine::DefinitiveRate { article } => {
            format!("astreinte définitive : liquidée à son taux, que le juge ne peut modifier ({article})")
        }
        RulingLine::Share { to, amount, state } => format!("{} pour {}", plain(amount), recipient(to, state)),
    })
}

pub(super) fn suppressed_total(a: Amount) -> String {
    typeset(format!("Supprimé par les décisions : {}", headline(a)))
}

pub(super) fn share_total(
    to: &str,
    part: Option<&str>,
    fixed: Option<Amount>,
    rest: bool,
    state: bool,
    total: Amount,
) -> String {
    let how = match (part, fixed) {
        (Some(p), _) => format!("{p} de chaque liquidation"),
        (None, Some(f)) => format!("{} de chaque liquidation", plain(f)),
        (None, None) => "ce que laissent les autres parts".into(),
    };
    let rest = if rest && (part.is_some() || fixed.is_some()) {
        ", et l’arrondi"
    } else {
        ""
    };
    typeset(format!(
        "{} : {how}{rest} ; {} au total",
        recipient(to, state),
        headline(total)
    ))
}

pub(super) fn successive_total(
    number: usize,
    decided: Option<chrono::NaiveDate>,
    computed: Amount,
    owed: Amount,
) -> String {
    let decided = decided
        .map(|d| format!(" (décidée le {})", medium_date(d, FR)))
        .unwrap_or_default();
    typeset(format!(
        "après la liquidation n°\u{A0}{number}{decided} : {} calculé, {} dû",
        headline(computed),
        headline(owed)
    ))
}

pub(super) fn rule(rule: OrderRule) -> String {
    typeset(match rule {
        OrderRule::Kind {
            kind: Kind::Provisional,
            article: Article::CjaL911_6,
        } => "Une astreinte provisoire (CJA L911-6) peut être modérée ou supprimée lors de sa liquidation, même en cas d’inexécution constatée (CJA L911-7 al. 3).".into(),
        OrderRule::Kind {
            kind: Kind::Definitive,
            article: Article::CjaL911_6,
        } => "Une astreinte définitive (CJA L911-6) : son taux n’est pas modifié lors de la liquidation, sauf s’il est établi que l’inexécution provient d’un cas fortuit ou de force majeure (CJA L911-7 al. 2).".into(),
        OrderRule::Kind {
            kind: Kind::Provisional,
            article,
        } => format!("Une astreinte provisoire ({article}) est liquidée en tenant compte du comportement du débiteur et des difficultés qu’il a rencontrées pour exécuter : le juge peut la modérer, ou la supprimer en tout ou partie."),
        OrderRule::Kind {
            kind: Kind::Definitive,
            article,
        } => format!("Une astreinte définitive ({article}) n’est prononcée qu’après une astreinte provisoire et pour une durée que le juge détermine ; son taux n’est jamais modifié lors de la liquidation."),
        OrderRule::Judge(Ground { rule: Rule::Moderation, article }) => format!("Modération ({article}) : en liquidant une astreinte provisoire, le juge peut prononcer moins que le montant calculé, en une somme ou en appliquant un taux réduit à toute la période ; le taux ordonné, le taux retenu et leur différence, ou le montant calculé et le montant prononcé, figurent tous deux, le montant prononcé est dû."),
        OrderRule::Judge(Ground { rule: Rule::Suppression, article }) => format!("Suppression ({article}) : les jours où l’inexécution provient d’une cause étrangère sont retirés en tout ou partie ; ils sont décomptés comme toute période et présentés en montant calculé, supprimé et prononcé."),
        OrderRule::Judge(Ground { rule: Rule::DefinitiveRate, article }) => format!("Taux définitif ({article}) : une astreinte définitive est liquidée au taux ordonné ; seule une suppression peut réduire son montant."),
        OrderRule::Escalation => "Un taux progressif augmente selon sa règle à chaque étape, comptée à partir du premier jour de l’astreinte sur les jours où elle court (une suspension arrête ce compte) : l’étape k commence au premier jour plus k périodes, au taux augmenté k fois, jamais au-delà du taux maximal fixé ; une unité compte au taux en vigueur le jour où elle est encourue.".into(),
        OrderRule::ChangeAfter => "Un nouveau taux fixé après une durée s’applique une fois cette durée écoulée depuis le premier jour de l’astreinte, comptée sur les jours où elle court : après 30 jours, le 31e jour est le premier au nouveau taux.".into(),
        OrderRule::Reduction { per_unit: true } => "Un élément mis en conformité retire son montant du taux : le montant d’une unité est fixé à sa fin d’après les éléments encore non conformes à cette date, de sorte que l’unité qui se termine à cette date ou après est comptée au taux réduit, ainsi que toutes les suivantes (C-196/13, dispositif ; C-378/13).".into(),
        OrderRule::Reduction { per_unit: false } => "Un élément mis en conformité retire son montant du taux à compter du lendemain de sa mise en conformité.".into(),
        OrderRule::Breach => "Seuls les jours de manquement constaté comptent (une astreinte due par jour où la condition n’est pas remplie) ; le plafond s’applique à leur ensemble.".into(),
        OrderRule::Count => "Un taux par personne ou par élément est multiplié par leur nombre : chaque montant décompté vaut pour tous.".into(),
        OrderRule::FirstDay(FirstDay::Decision) => "Le premier jour est celui de l’arrêt : une astreinte due à compter du prononcé compte ce jour-là (C-123/22, Commission c. Hongrie).".into(),
        OrderRule::FirstDay(FirstDay::DayAfterDecision) => "Le premier jour est le lendemain de l’arrêt, comme l’a compté la Commission dans l’affaire C-387/97, Commission c. Grèce : sa première facture portait sur 88 jours à compter du 5 juillet 2000 pour l’arrêt du 4 juillet 2000.".into(),
        OrderRule::FirstDay(FirstDay::Notification) => "Le premier jour est celui de la notification : les ordonnances de référé courent à compter de leur notification (C-121/21 R, République tchèque c. Pologne ; C-204/21 R, Commission c. Pologne).".into(),
        OrderRule::FirstDay(FirstDay::DayAfterNotification) => "Le premier jour est le lendemain de la notification : le jour de l’acte qui fait courir un délai ne compte pas (CPC art. 641).".into(),
        OrderRule::Shares { state } => {
            let base = "Chaque somme liquidée (le montant prononcé lorsqu’une décision en fixe un) est répartie exactement entre les parts. Chaque fraction et chaque somme fixe est arrondie au centime inférieur, et la part qui prend le reste reçoit ce qu’elles laissent, arrondi compris, de sorte qu’aucun centime n’est perdu.";
            if state {
                format!("{base} Le juge administratif peut décider qu’une part de l’astreinte ne sera pas versée au requérant ; cette part est alors affectée au budget de l’État (CJA L911-8).")
            } else {
                base.into()
            }
        }
    })
}
