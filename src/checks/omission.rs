//! `omission`

use super::{QuoteCheck, QuoteContext};
use crate::finding::{Finding, Rule, Severity};

pub const DOC: &str = "omission: a Chinese clause that no English renders.

Why: a dropped clause changes what the source is quoted as saying. An elision the text marks itself
(…, 。。。, ... or the ` / ` between quoted fragments) is intentional and not reported.

Example: 到2035年,建成国际领先的平台; with no English sentence for it -> warning.";

pub struct Omission;

/// Is the unit only an elision mark, a fragment separator or punctuation?
pub fn only_marks(s: &str) -> bool {
    s.chars().all(|c| !c.is_alphanumeric())
}

impl QuoteCheck for Omission {
    fn rule(&self) -> Rule {
        Rule::Omission
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
        for link in cx.links.iter().filter(|l| l.en.is_empty()) {
            for &z in &link.zh {
                let unit = cx.zh_units[z];
                let text = unit.slice(&cx.quote.zh);
                if only_marks(text) {
                    continue;
                }
                out.push(Finding::in_quote(
                    Rule::Omission,
                    Severity::Warning,
                    &cx.quote.id,
                    Some(unit),
                    None,
                    format!("nothing in the English renders “{text}”"),
                ));
            }
        }
        for gap in &cx.gaps.0 {
            let unit = cx.zh_units[gap.unit];
            let text = unit.slice(&cx.quote.zh);
            if only_marks(text) {
                continue;
            }
            out.push(Finding::in_quote(
                Rule::Omission,
                Severity::Warning,
                &cx.quote.id,
                Some(unit),
                None,
                format!(
                    "nothing in the English renders “{text}”: {} of its {} content words have a \
                     counterpart in the English it is aligned with (its neighbours: {:.0}%)",
                    gap.covered,
                    gap.words,
                    100.0 * gap.neighbour
                ),
            ));
        }
    }
}
