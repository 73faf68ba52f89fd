//! `addition`

use super::omission::only_marks;
use super::{QuoteCheck, QuoteContext};
use crate::finding::{Finding, Rule, Severity};

pub const DOC: &str = "addition: an English sentence that renders nothing in the Chinese.

Why: text presented as a quotation should not say more than the source; an added sentence is either
the analyst's gloss (which belongs outside the quotation marks) or a sign the Chinese is incomplete.

Example: an English quote whose last sentence explains the context the Chinese never mentions -> warning.";

pub struct Addition;

impl QuoteCheck for Addition {
    fn rule(&self) -> Rule {
        Rule::Addition
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
        // Units in 0-1 beads (no evidence to add), then units found by coverage (with theirs).
        let empty = cx.links.iter().filter(|l| l.zh.is_empty()).flat_map(|l| l.en.iter().map(|&e| (e, None)));
        let gaps = cx.gaps.1.iter().map(|g| (g.unit, Some(g)));
        for (e, gap) in empty.chain(gaps) {
            let unit = cx.en_units[e];
            let text = unit.slice(&cx.quote.en);
            if only_marks(text) {
                continue;
            }
            let mut message = format!("nothing in the Chinese is rendered by “{text}”");
            if let Some(g) = gap {
                message.push_str(&format!(": {}", g.evidence("Chinese")));
            }
            out.push(Finding::in_quote(
                Rule::Addition,
                Severity::Warning,
                &cx.quote.id,
                None,
                Some(unit),
                message,
            ));
        }
    }
}
