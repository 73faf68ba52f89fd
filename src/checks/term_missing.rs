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
            if !cx.glossary.en_matches(hit.entry, &cx.en, everywhere).is_empty() {
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
