//! Counting a review evaluation. A finding counts when it is a warning or an error of a content
//! rule (the checks of one pair: terms, titles, figures, omissions, additions); drift across the
//! corpus is not a property of one pair and is left out.
//!
//! - **False alarms**: clean one-link pairs with at least one content finding, per 1,000.
//! - **Recall** of a planted kind: planted cases where the kind's rule reports something it did not
//!   report on the clean case the error was planted in (compared by message).
//! - **Gaps on clean passages**: clean three-link passages with an omission or addition.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use super::plant::{Kind, Suite};
use crate::finding::{Finding, Rule, Severity};

/// The rules whose findings are about one pair's content.
pub const CONTENT: [Rule; 7] = [
    Rule::TermForbidden,
    Rule::TermMissing,
    Rule::TitleForbidden,
    Rule::TitleMismatch,
    Rule::NumberMismatch,
    Rule::Omission,
    Rule::Addition,
];

/// The results of an evaluation.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub clean_pairs: usize,
    /// Clean pairs with a content finding.
    pub alarmed_pairs: usize,
    /// Clean pairs with a finding of each rule.
    pub by_rule: BTreeMap<&'static str, usize>,
    /// (kind, planted, detected).
    pub recall: Vec<(Kind, usize, usize)>,
    pub clean_passages: usize,
    /// Clean passages with an omission or addition.
    pub gap_alarms: usize,
    /// Ids of the clean pairs with a false alarm and of planted cases that were missed.
    pub misses: Vec<String>,
}

/// Scores the findings of a review of `suite`.
pub fn score(suite: &Suite, findings: &[Finding]) -> Scores {
    let mut by_quote: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for f in findings.iter().filter(|f| f.severity >= Severity::Warning && CONTENT.contains(&f.rule)) {
        let ids: HashSet<&str> = f.quotes().collect();
        for id in ids {
            by_quote.entry(id).or_default().push(f);
        }
    }
    let of = |id: &str| by_quote.get(id).map_or(&[][..], Vec::as_slice);
    let mut s = Scores::default();
    let mut recall: BTreeMap<Kind, (usize, usize)> = Kind::ALL.iter().map(|&k| (k, (0, 0))).collect();
    for case in &suite.cases {
        let found = of(&case.quote.id);
        match (case.kind, case.passage) {
            (None, false) => {
                s.clean_pairs += 1;
                if !found.is_empty() {
                    s.alarmed_pairs += 1;
                    for f in found {
                        s.misses.push(format!("false alarm: {}: {}: {}", case.quote.id, f.rule, f.message));
                    }
                }
                let rules: HashSet<&'static str> = found.iter().map(|f| f.rule.id()).collect();
                for r in rules {
                    *s.by_rule.entry(r).or_default() += 1;
                }
            }
            (None, true) => {
                s.clean_passages += 1;
                if found.iter().any(|f| matches!(f.rule, Rule::Omission | Rule::Addition)) {
                    s.gap_alarms += 1;
                    s.misses.push(format!("gap on a clean passage: {}", case.quote.id));
                }
            }
            (Some(kind), _) => {
                let clean = case.clean.map_or(&[][..], |c| of(&suite.cases[c].quote.id));
                let before: HashSet<&str> =
                    clean.iter().filter(|f| f.rule == kind.rule()).map(|f| f.message.as_str()).collect();
                let hit = found.iter().any(|f| f.rule == kind.rule() && !before.contains(f.message.as_str()));
                let r = recall.entry(kind).or_default();
                r.0 += 1;
                if hit {
                    r.1 += 1;
                } else {
                    let q = &case.quote;
                    s.misses.push(format!("missed {}: {}: {} | {}", kind.name(), q.id, q.zh, q.en));
                }
            }
        }
    }
    s.recall = recall.into_iter().map(|(k, (n, d))| (k, n, d)).collect();
    s
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 / whole as f64 }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let per_mille = 1000.0 * ratio(self.alarmed_pairs, self.clean_pairs);
        writeln!(f, "| measure | cases | result |")?;
        writeln!(f, "|---|---:|---:|")?;
        writeln!(
            f,
            "| content false alarms per 1,000 clean pairs | {} | {per_mille:.1} |",
            self.clean_pairs
        )?;
        for (rule, n) in &self.by_rule {
            let rate = 1000.0 * ratio(*n, self.clean_pairs);
            writeln!(f, "| … of which {rule} | {n} | {rate:.1} |")?;
        }
        for (kind, n, d) in &self.recall {
            writeln!(f, "| recall: {} | {n} | {:.1}% |", kind.name(), 100.0 * ratio(*d, *n))?;
        }
        let gaps = 100.0 * ratio(self.gap_alarms, self.clean_passages);
        writeln!(f, "| false omission/addition on clean passages | {} | {gaps:.1}% |", self.clean_passages)
    }
}
