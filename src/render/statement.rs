//! A statement (*décompte*): everything a reader needs to check a case's figures line by
//! line, as a neutral list of blocks that the `markdown` and `html` renderers write out.
//!
//! Its order is the order of the reasoning: who and what, the derivation of the deadline with
//! each rule's source, the penalties as they run, the cumulative chart (HTML), every segment
//! counted, each liquidation computed and awarded, the totals, and the rules applied.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::text::{days_cell, equation, penalty_lines, term};
use crate::lang::{self, Lang, arithmetic, source, step_action, step_rule};
use crate::report::{CaseReport, Segment, Status};

/// One piece of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// Labelled values.
    Facts(Vec<(String, String)>),
    /// A table; `numeric` lists the columns to align right.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<usize>,
    },
    /// A list of sentences.
    List(Vec<String>),
    /// A sentence on its own.
    Paragraph(String),
    /// Where the chart of the cumulative amount goes (drawn by the HTML writer only).
    Chart,
}

/// A statement for one case.
#[derive(Debug, Clone)]
pub struct Statement {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// Builds the statement of `r` in `l`.
pub fn build(r: &CaseReport, l: Lang) -> Statement {
    let cur = r.currency;
    let money = |a: Decimal| lang::money_fixed(a, cur, l);
    let date = |d: NaiveDate| lang::short_date(d, l);
    let mut blocks = Vec::new();

    let rules_source = source(r.rules.legal_source(), l);
    let mut facts = vec![(l.tr("Case", "Affaire").to_string(), r.title.clone())];
    if let Some(a) = &r.authority {
        facts.push((l.tr("Authority", "Autorité").into(), a.clone()));
    }
    if let Some(reference) = &r.reference {
        facts.push((l.tr("Reference", "Référence").into(), reference.clone()));
    }
    facts.extend([
        (
            l.tr("Time-limit rules", "Règles de délai").to_string(),
            format!("{} ({rules_source})", r.rules),
        ),
        (
            l.tr("Holiday calendar", "Calendrier des jours fériés").into(),
            r.calendar.to_string(),
        ),
        (l.tr("Currency", "Devise").into(), cur.code().to_string()),
        (
            l.tr("Case file", "Dossier").into(),
            format!("{}:{}", r.source.file, r.source.line),
        ),
        (
            l.tr("Statement as of", "Décompte arrêté au").into(),
            lang::full_date(r.as_of, l),
        ),
    ]);
    blocks.push(Block::Facts(facts));

    blocks.push(Block::Heading(
        l.tr(
            "1. Deadline and first day of delay",
            "1. Échéance et premier jour de retard",
        )
        .into(),
    ));
    blocks.push(Block::Table {
        header: vec![
            "#".into(),
            "Date".into(),
            l.tr("Step", "Étape").into(),
            l.tr("Rule applied", "Règle appliquée").into(),
            l.tr("Computation", "Calcul").into(),
            "Source".into(),
        ],
        rows: derivation_rows(r, l),
        numeric: vec![0],
    });

    blocks.push(Block::Heading(l.tr("2. The penalty", "2. L'astreinte").into()));
    blocks.push(Block::List(
        penalty_lines(r, l).into_iter().map(|s| s.trim().to_string()).collect(),
    ));
    blocks.push(Block::Chart);

    blocks.push(Block::Heading(
        l.tr("3. Periods counted", "3. Périodes décomptées").into(),
    ));
    let mut rows = Vec::new();
    for q in &r.liquidations {
        if let Some(gap) = r.gap_before(q.number) {
            rows.extend(segment_rows(&lang::gap_label(q.number, l), &gap.segments, r, l));
        }
        let label = format!("{} #{}", l.tr("Liquidation", "Liquidation"), q.number);
        rows.extend(segment_rows(&label, &q.segments, r, l));
    }
    rows.extend(segment_rows(
        l.tr("Not yet liquidated", "Non encore liquidé"),
        &r.accrued.segments,
        r,
        l,
    ));
    if rows.is_empty() {
        blocks.push(Block::Paragraph(
            l.tr(
                "No day of delay has been counted.",
                "Aucun jour de retard n'a été décompté.",
            )
            .into(),
        ));
    } else {
        blocks.push(Block::Table {
            header: [
                l.tr("Period", "Période"),
                l.tr("From", "Du"),
                l.tr("Through", "Au"),
                l.tr("Days", "Jours"),
                l.tr("Units × rate", "Unités × taux"),
                l.tr("Forfeited on", "Encouru le"),
                l.tr("Amount", "Montant"),
            ]
            .map(String::from)
            .to_vec(),
            rows,
            numeric: vec![3, 6],
        });
    }

    blocks.push(Block::Heading(
        l.tr(
            "4. Liquidations: computed and awarded",
            "4. Liquidations : montant calculé et montant prononcé",
        )
        .into(),
    ));
    if r.liquidations.is_empty() {
        blocks.push(Block::Paragraph(
            l.tr("No liquidation recorded.", "Aucune liquidation enregistrée.")
                .into(),
        ));
    } else {
        let rows = r
            .liquidations
            .iter()
            .map(|q| {
                // A projection has nothing awarded, whatever the file says a later decision did.
                let awarded = q.awarded.filter(|_| q.status == Status::Pronounced);
                let difference = awarded.map(|a| a - q.amount).unwrap_or(Decimal::ZERO);
                vec![
                    q.number.to_string(),
                    q.decided.map_or("—".into(), date),
                    format!("{} → {}", date(q.from), date(q.through)),
                    days_cell(q.days, &q.segments, l),
                    money(q.amount),
                    match q.status {
                        Status::Projected => lang::status_word(q.status, l).to_string(),
                        Status::Pronounced => awarded.map_or("—".into(), money),
                    },
                    if difference.is_zero() {
                        "—".into()
                    } else {
                        money(difference)
                    },
                    match q.expected {
                        Some(e) if e == q.amount => format!("{} ✓", money(e)),
                        Some(e) => format!("{} ✗", money(e)),
                        None => "—".into(),
                    },
                ]
            })
            .collect();
        blocks.push(Block::Table {
            header: [
                "#",
                l.tr("Decided", "Décidée"),
                l.tr("Period", "Période"),
                l.tr("Days", "Jours"),
                l.tr("Computed", "Calculé"),
                l.tr("Awarded", "Prononcé"),
                l.tr("Moderation", "Modération"),
                l.tr("Expected", "Attendu"),
            ]
            .map(String::from)
            .to_vec(),
            rows,
            numeric: vec![0, 3, 4, 5, 6, 7],
        });
        blocks.push(Block::List(
            r.liquidations
                .iter()
                .map(|q| {
                    format!(
                        "#{}{} {}",
                        q.number,
                        l.tr(":", " :"),
                        equation(&q.segments, q.case_cap_cut, q.amount, cur, l)
                    )
                })
                .collect(),
        ));
    }

    blocks.push(Block::Heading(l.tr("5. Totals", "5. Totaux").into()));
    let mut totals = vec![
        (
            l.tr("Liquidated, as computed", "Liquidé, montant calculé").to_string(),
            money(r.totals.liquidated),
        ),
        (
            l.tr("Liquidated, as awarded", "Liquidé, montant prononcé").into(),
            money(r.totals.awarded),
        ),
    ];
    if r.has_projections() {
        totals.push((
            format!("{}, {}", l.tr("Liquidated", "Liquidé"), lang::projected_total(l)),
            money(r.totals.projected),
        ));
    }
    totals.push((
        format!(
            "{} {}",
            l.tr("Not yet liquidated as of", "Non encore liquidé au"),
            date(r.as_of)
        ),
        money(r.totals.unliquidated),
    ));
    if !r.lump_sums.is_empty() {
        totals.push((
            l.tr("Lump sums", "Sommes forfaitaires").into(),
            money(r.totals.lump_sums),
        ));
    }
    totals.push((l.tr("Total computed", "Total calculé").into(), money(r.totals.overall)));
    totals.push((
        l.tr(
            "Total owed (awarded where a decision moderated)",
            "Total dû (montant prononcé en cas de modération)",
        )
        .into(),
        money(r.totals.owed),
    ));
    blocks.push(Block::Facts(totals));

    blocks.push(Block::Heading(l.tr("6. Rules applied", "6. Règles appliquées").into()));
    blocks.push(Block::List(rules_applied(r, l)));
    if !r.notes.is_empty() {
        blocks.push(Block::Heading(l.tr("Notes", "Remarques").into()));
        blocks.push(Block::List(r.notes.iter().map(|n| lang::note(n, l)).collect()));
    }
    blocks.push(Block::Paragraph(
        l.tr(
            "Every amount is exact: computed in decimal arithmetic from the figures of the case file, never rounded.",
            "Tous les montants sont exacts : calculés en arithmétique décimale à partir des chiffres du dossier, sans arrondi.",
        )
        .into(),
    ));

    Statement {
        title: format!("{} — {}", l.tr("Penalty statement", "Décompte d'astreinte"), r.title),
        blocks,
    }
}

fn derivation_rows(r: &CaseReport, l: Lang) -> Vec<Vec<String>> {
    let start = r.derivation.first().map_or(r.deadline, |s| s.date);
    let mut previous = start;
    r.derivation
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let computation = arithmetic(s, start, previous, l).unwrap_or_default();
            previous = s.date;
            vec![
                (i + 1).to_string(),
                lang::long_date(s.date, l),
                step_action(s, l),
                step_rule(s, l),
                computation,
                source(s.source, l),
            ]
        })
        .collect()
}

fn segment_rows(label: &str, segments: &[Segment], r: &CaseReport, l: Lang) -> Vec<Vec<String>> {
    segments
        .iter()
        .map(|s| {
            let period = match &s.obligation {
                Some(o) => format!("{label} ({o})"),
                None => label.to_string(),
            };
            vec![
                period,
                lang::short_date(s.from, l),
                lang::short_date(s.through, l),
                days_cell(s.days, std::slice::from_ref(s), l),
                term(s, r.currency, l),
                lang::short_date(s.forfeited, l),
                lang::money_fixed(s.amount, r.currency, l),
            ]
        })
        .collect()
}

/// Each legal source the derivation cited, with the first rule it was cited for, then how
/// the amounts are counted.
pub fn rules_applied(r: &CaseReport, l: Lang) -> Vec<String> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for s in &r.derivation {
        if seen.contains(&s.source) {
            continue;
        }
        seen.push(s.source);
        out.push(format!(
            "{}{} {}",
            source(s.source, l),
            l.tr(":", " :"),
            step_rule(s, l)
        ));
    }
    out.push(
        l.tr(
            "Each period counts its days of delay from its first day through its last, both included; each day counts once, at the rate in force that day; suspended days are deducted.",
            "Chaque période compte ses jours de retard de son premier à son dernier jour, tous deux inclus ; chaque jour compte une fois, au taux en vigueur ce jour-là ; les jours de suspension sont déduits.",
        )
        .into(),
    );
    if r.penalties.iter().any(|p| p.partial.is_some()) {
        out.push(
            l.tr(
                "Units longer than a day are counted as the order says: completed units only, every unit started, or a prorata share by days.",
                "Les unités plus longues qu'un jour sont comptées comme le dit la décision : unités achevées seules, toute unité commencée, ou au prorata des jours.",
            )
            .into(),
        );
    }
    if r.cap.is_some() || r.penalties.iter().any(|p| p.cap.is_some()) {
        out.push(
            l.tr(
                "A cap is the most the penalty can come to: nothing accrues after the day it is reached.",
                "Le plafond est le montant maximal de l'astreinte : plus rien ne court après le jour où il est atteint.",
            )
            .into(),
        );
    }
    if r.has_projections() {
        out.push(
            l.tr(
                "A liquidation without a decision by the statement's date is a projection: its computed amount is counted once, as owed, and nothing is shown as awarded.",
                "Une liquidation sans décision à la date du décompte est une projection : son montant calculé est compté une fois, comme dû, et rien n'est présenté comme prononcé.",
            )
            .into(),
        );
    }
    if !r.gaps.is_empty() {
        out.push(
            l.tr(
                "Days of delay that no liquidation's period covers remain to be liquidated: they are counted as not yet liquidated.",
                "Les jours de retard qu'aucune période de liquidation ne couvre restent à liquider : ils sont comptés comme non encore liquidés.",
            )
            .into(),
        );
    }
    if r.liquidations
        .iter()
        .any(|q| q.status == Status::Pronounced && q.awarded.is_some_and(|a| a != q.amount))
    {
        out.push(
            l.tr(
                "Where the decision awarded less than computed, the judge moderated the penalty (for a provisional French astreinte, CPCE art. L131-4): both figures are shown, the awarded one is owed.",
                "Lorsque la décision a prononcé moins que le montant calculé, le juge a modéré l'astreinte (astreinte provisoire, CPCE art. L131-4) : les deux montants figurent, le montant prononcé est dû.",
            )
            .into(),
        );
    }
    out
}
