//! `title-mismatch`

use super::title::title_uses;
use super::{QuoteCheck, QuoteContext};
use crate::finding::{Finding, Rule, Severity};

pub const DOC: &str = "title-mismatch: a citation's English title, or the English where a 《》 title of the
glossary is rendered, does not use the title's canonical (or an admitted) English.

Why: one document should carry one English title across a corpus, or readers cannot tell that two
citations name the same document.

Example: title_zh 构建一体化的国家战略体系和能力 with title_en \"Building an Integrated National Strategy
System\" -> warning, expected \"Building a Unified National Strategic System and Capability\".";

pub struct TitleMismatch;

impl QuoteCheck for TitleMismatch {
    fn rule(&self) -> Rule {
        Rule::TitleMismatch
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
        for u in title_uses(cx) {
            if u.accepted || u.forbidden.is_some() {
                continue;
            }
            let e = &cx.glossary.entries[u.entry].entry;
            let place = if u.in_citation { "the citation's English title" } else { "the English" };
            let message = if u.found.is_empty() {
                format!("no rendering of the title {} (“{}”) in the English that renders it", e.zh[0], e.en)
            } else {
                format!("{place} “{}” is not the canonical title of {}: “{}”", u.found, e.zh[0], e.en)
            };
            let mut f = super::title::finding(
                Rule::TitleMismatch,
                Severity::Warning,
                cx,
                u.zh,
                u.en,
                u.in_citation,
                message,
            );
            f.expected = e.accepted().map(str::to_string).collect();
            f.found = (!u.found.is_empty()).then_some(u.found);
            f.suggestion = Some(e.en.clone());
            f.term = Some(e.zh[0].clone());
            out.push(f);
        }
    }
}
