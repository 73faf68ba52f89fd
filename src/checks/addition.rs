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
        for link in cx.links.iter().filter(|l| l.zh.is_empty()) {
            for &e in &link.en {
                let unit = cx.en_units[e];
                let text = unit.slice(&cx.quote.en);
                if only_marks(text) {
                    continue;
                }
                out.push(Finding::in_quote(
                    Rule::Addition,
                    Severity::Warning,
                    &cx.quote.id,
                    None,
                    Some(unit),
                    format!("nothing in the Chinese is rendered by “{text}”"),
                ));
            }
        }
        for gap in &cx.gaps.1 {
            let unit = cx.en_units[gap.unit];
            let text = unit.slice(&cx.quote.en);
            if only_marks(text) {
                continue;
            }
            out.push(Finding::in_quote(
                Rule::Addition,
                Severity::Warning,
                &cx.quote.id,
                None,
                Some(unit),
                format!(
                    "nothing in the Chinese is rendered by “{text}”: {} of its {} content words have a \
                     counterpart in the Chinese it is aligned with (its neighbours: {:.0}%)",
                    gap.covered,
                    gap.words,
                    100.0 * gap.neighbour
                ),
            ));
        }
    }
}
