//! `title-forbidden`

use super::title::{TitleUse, title_uses};
use super::{QuoteCheck, QuoteContext};
use crate::finding::{Finding, Rule, Severity};

pub const DOC: &str =
    "title-forbidden: a citation's English title, or a title quoted in the English text, is a
known bad rendering of the Chinese title (from the citation's title_zh, or from 《》 in the Chinese).

Why: a mistranslated document title sends readers looking for a document that does not exist under
that name, and repeats an error the glossary already records (with who made it).

Example: title_zh 军民融合发展战略 with title_en \"Strategy for Military-Civil Integration\" (the State
Council Information Office's English edition) -> error, fix: \"Military-Civil Fusion Development Strategy\".";

pub struct TitleForbidden;

impl QuoteCheck for TitleForbidden {
    fn rule(&self) -> Rule {
        Rule::TitleForbidden
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
        for u in title_uses(cx) {
            let TitleUse { entry, zh, en, found, forbidden: Some(k), in_citation, .. } = u else { continue };
            let e = &cx.glossary.entries[entry].entry;
            let bad = &e.forbidden[k];
            let place = if in_citation { "the citation's English title" } else { "the English" };
            let mut message =
                format!("{place} “{found}” is a known bad rendering of {}; use “{}”", e.zh[0], e.en);
            if let Some(by) = &bad.used_by {
                message.push_str(&format!(" (used by {by})"));
            }
            let mut f = super::title::finding(
                Rule::TitleForbidden,
                Severity::Error,
                cx,
                zh,
                en,
                in_citation,
                message,
            );
            f.expected = e.accepted().map(str::to_string).collect();
            f.found = Some(found);
            f.suggestion = Some(e.en.clone());
            f.term = Some(e.zh[0].clone());
            out.push(f);
        }
    }
}
