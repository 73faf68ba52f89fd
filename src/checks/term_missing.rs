//! `term-missing`

use super::{QuoteCheck, QuoteContext};
use crate::finding::{Finding, Rule, Severity};
use crate::glossary::Kind;
use crate::span::Span;

pub const DOC: &str = "term-missing: a Chinese glossary term whose aligned English has no accepted rendering.

Why: translators need the same term rendered the same way everywhere; a term rendered some other way
(or dropped) breaks consistency across a corpus. A near miss of the preferred rendering (a typo,
\"Militray-Civil Fusion\", or a dropped word, \"Military Fusion\") is reported as that near miss
with the fix. Severity is the entry's `severity` (default: warning).

Example: 标识解析 with no \"identifier resolution\" in the English that renders its clause -> warning.";

pub struct TermMissing;

/// A term the quote renders, but not everywhere: the Chinese holds it more often than the English
/// renders it, and this occurrence's own bead (Chinese clauses and the English sentences linked
/// to them) holds it more often than its English renders it. Reported at the bead's first
/// occurrence only; counts include nested terms on both sides (工业互联网 inside a longer term,
/// "Industrial Internet" inside a longer rendering).
fn inconsistent(cx: &QuoteContext<'_>, hit: &crate::glossary::ZhHit) -> Option<Finding> {
    let entry = &cx.glossary.entries[hit.entry].entry;
    let zh_count = |from: usize, to: usize| -> usize {
        entry.zh.iter().map(|z| cx.quote.zh[from..to].matches(z.as_str()).count()).sum()
    };
    let en_count = |from: usize, to: usize| cx.glossary.en_matches(hit.entry, &cx.en, (from, to)).len();
    let (terms, found) = (zh_count(0, cx.quote.zh.len()), en_count(0, cx.quote.en.len()));
    if found >= terms {
        return None;
    }
    let link = cx.links.iter().find(|l| {
        l.zh.iter().any(|&u| cx.zh_units[u].start <= hit.start && hit.start < cx.zh_units[u].end)
    })?;
    let (&z0, &z1) = (link.zh.first()?, link.zh.last()?);
    let (&e0, &e1) = (link.en.first()?, link.en.last()?);
    let (zs, ze) = (cx.zh_units[z0].start, cx.zh_units[z1].end);
    let (es, ee) = (cx.en_units[e0].start, cx.en_units[e1].end);
    let first_here = cx.zh_hits.iter().find(|h| h.entry == hit.entry && zs <= h.start && h.start < ze)?;
    let (here, rendered) = (zh_count(zs, ze), en_count(es, ee));
    if first_here.start != hit.start || rendered >= here {
        return None;
    }
    let zh = &cx.quote.zh[hit.start..hit.end];
    let message = format!(
        "{zh} occurs {here} times in this sentence but “{}” only {rendered} times in the English that renders it",
        entry.en
    );
    // A weak signal: the English may render it another way, or simply not repeat the term.
    let severity = Severity::Info;
    let zh_span = Some(Span::new(hit.start, hit.end));
    let mut f = Finding::in_quote(
        Rule::TermMissing,
        severity,
        &cx.quote.id,
        zh_span,
        Some(cx.en_span((es, ee))),
        message,
    );
    f.expected = entry.accepted().map(str::to_string).collect();
    f.suggestion = Some(entry.en.clone());
    f.term = Some(entry.zh[0].clone());
    Some(f)
}

impl QuoteCheck for TermMissing {
    fn rule(&self) -> Rule {
        Rule::TermMissing
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
        for hit in &cx.zh_hits {
            let entry = &cx.glossary.entries[hit.entry].entry;
            if entry.kind == Kind::Title {
                continue; // title-mismatch
            }
            let range = cx.aligned_en(hit.start, hit.end);
            let everywhere = (0, cx.quote.en.len());
            // Forbidden renderings count as renderings here: `term-forbidden` reports them.
            let accepted = |within| cx.glossary.en_matches(hit.entry, &cx.en, within).len();
            if accepted(everywhere) > 0 {
                if let Some(f) = inconsistent(cx, hit) {
                    out.push(f);
                }
                continue;
            }
            let zh = &cx.quote.zh[hit.start..hit.end];
            let severity = entry.severity.unwrap_or(Severity::Warning);
            let near = cx.glossary.near_miss(hit.entry, &cx.en, range);
            let message = match &near {
                Some(n) => format!("“{}” is a near miss of “{}” for {zh}", n.found, entry.en),
                None => {
                    format!("no accepted rendering of {zh} (“{}”) in the English that renders it", entry.en)
                }
            };
            let zh = Some(Span::new(hit.start, hit.end));
            let en = Some(cx.en_span(near.as_ref().map_or(range, |n| (n.start, n.end))));
            let mut f = Finding::in_quote(Rule::TermMissing, severity, &cx.quote.id, zh, en, message);
            f.expected = entry.accepted().map(str::to_string).collect();
            f.found = near.map(|n| n.found);
            f.suggestion = Some(entry.en.clone());
            f.term = Some(entry.zh[0].clone());
            out.push(f);
        }
    }
}
