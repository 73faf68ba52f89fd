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

/// Terms the quote renders, but not everywhere: for each entry whose Chinese the quote holds more
/// often than its English renders it, each bead (Chinese clauses and the English linked to them)
/// that holds it more often than its English renders it. One finding per entry and bead, at the
/// bead's first occurrence. Counts include nested terms on both sides (工业互联网 inside a longer
/// term, "Industrial Internet" inside a longer rendering). Each entry and bead is counted once, so
/// the cost is linear in the text.
fn inconsistencies(cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
    use std::collections::BTreeMap;
    // (entry, link) → the first hit there; entries that are terms and rendered somewhere.
    let mut beads: BTreeMap<(usize, usize), &crate::glossary::ZhHit> = BTreeMap::new();
    for hit in &cx.zh_hits {
        let entry = &cx.glossary.entries[hit.entry].entry;
        if entry.kind == Kind::Title || cx.everywhere(hit.entry).is_empty() {
            continue;
        }
        if let Some(link) = cx.link_at(hit.start) {
            beads.entry((hit.entry, link)).or_insert(hit);
        }
    }
    let zh_count = |entry: usize, from: usize, to: usize| -> usize {
        let e = &cx.glossary.entries[entry].entry;
        e.zh.iter().map(|z| cx.quote.zh[from..to].matches(z.as_str()).count()).sum()
    };
    let mut totals: BTreeMap<usize, usize> = BTreeMap::new();
    for (&(entry, link), hit) in &beads {
        let found = cx.everywhere(entry);
        let terms = *totals.entry(entry).or_insert_with(|| zh_count(entry, 0, cx.quote.zh.len()));
        let l = &cx.links[link];
        let (Some(&z0), Some(&z1), Some(&e0), Some(&e1)) =
            (l.zh.first(), l.zh.last(), l.en.first(), l.en.last())
        else {
            continue;
        };
        if found.len() >= terms {
            continue;
        }
        let (zs, ze) = (cx.zh_units[z0].start, cx.zh_units[z1].end);
        let (es, ee) = (cx.en_units[e0].start, cx.en_units[e1].end);
        let here = zh_count(entry, zs, ze);
        let lo = found.partition_point(|m| m.start < es);
        let rendered = found[lo..].iter().take_while(|m| m.end <= ee).count();
        if rendered >= here {
            continue;
        }
        let e = &cx.glossary.entries[entry].entry;
        let zh = &cx.quote.zh[hit.start..hit.end];
        let message = format!(
            "{zh} occurs {here} times in this sentence but “{}” only {rendered} times in the English that renders it",
            e.en
        );
        // A weak signal: the English may render it another way, or simply not repeat the term.
        let zh_span = Some(Span::new(hit.start, hit.end));
        let en_span = Some(cx.en_span((es, ee)));
        let mut f =
            Finding::in_quote(Rule::TermMissing, Severity::Info, &cx.quote.id, zh_span, en_span, message);
        f.expected = e.accepted().map(str::to_string).collect();
        f.suggestion = Some(e.en.clone());
        f.term = Some(e.zh[0].clone());
        out.push(f);
    }
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
            // Rendered somewhere (forbidden renderings count: `term-forbidden` reports them).
            if !cx.everywhere(hit.entry).is_empty() {
                continue;
            }
            let range = cx.aligned_en(hit.start, hit.end);
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
        inconsistencies(cx, out);
    }
}
