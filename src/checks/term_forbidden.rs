//! `term-forbidden`

use super::{QuoteCheck, QuoteContext};
use crate::finding::{Finding, Rule, Severity};
use crate::glossary::Kind;

/// What it does: finds, in the English that renders a Chinese glossary term, a rendering the
/// glossary forbids, and names the preferred one.
///
/// Why it matters: a known bad rendering ("civil-military integration" for 军民融合) misleads readers
/// about what the source says; editors want it caught with the fix.
///
/// Example: 军民融合 rendered as "Military-Civil Integration" → error, fix "Military-Civil Fusion".
pub const DOC: &str =
    "term-forbidden: the English aligned with a Chinese glossary term uses a rendering the glossary forbids.

Why: a known bad rendering (\"civil-military integration\" for 军民融合) misleads readers about what
the source says; editors want it caught before publication, with the fix.

Example: 军民融合 rendered as \"Military-Civil Integration\" -> error, fix: \"Military-Civil Fusion\".";

pub struct TermForbidden;

impl QuoteCheck for TermForbidden {
    fn rule(&self) -> Rule {
        Rule::TermForbidden
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
        for hit in &cx.zh_hits {
            let entry = &cx.glossary.entries[hit.entry].entry;
            if entry.kind == Kind::Title {
                continue; // title-forbidden
            }
            let range = cx.aligned_en(hit.start, hit.end);
            for m in cx.glossary.en_matches(hit.entry, &cx.en, range) {
                let Some(k) = m.forbidden else { continue };
                let bad = &entry.forbidden[k];
                let zh = &cx.quote.zh[hit.start..hit.end];
                let mut message =
                    format!("“{}” is a forbidden rendering of {zh}; use “{}”", bad.en, entry.en);
                if let Some(reason) = &bad.reason {
                    message.push_str(&format!(" ({reason})"));
                }
                let zh = Some(crate::span::Span::new(hit.start, hit.end));
                let en = Some(cx.en_span((m.start, m.end)));
                let mut f =
                    Finding::in_quote(Rule::TermForbidden, Severity::Error, &cx.quote.id, zh, en, message);
                f.expected = entry.accepted().map(str::to_string).collect();
                f.found = Some(cx.quote.en[m.start..m.end].to_string());
                f.suggestion = Some(entry.en.clone());
                f.term = Some(entry.zh[0].clone());
                out.push(f);
            }
        }
    }
}
