//! `omission`

use super::{QuoteCheck, QuoteContext};
use crate::finding::{Finding, Rule, Severity};

pub const DOC: &str = "omission: a Chinese clause that no English renders.

Why: a dropped clause changes what the source is quoted as saying. An elision the text marks itself
(…, 。。。, ... or the ` / ` between quoted fragments) is intentional and not reported, nor is a clause
that introduces the next one with a colon (韦小宝道：, 如下：), which English folds into the sentence it
introduces.

Example: 到2035年,建成国际领先的平台; with no English sentence for it -> warning.";

pub struct Omission;

/// Is the unit only an elision mark, a fragment separator or punctuation?
pub fn only_marks(s: &str) -> bool {
    s.chars().all(|c| !c.is_alphanumeric())
}

/// Does the unit introduce what follows it — a speaker (韦小宝道：), a list (如下：), a caption —
/// ending with a colon before more text? English merges such a clause into the sentence it introduces
/// ("…, said Trinket"), so alone it is not an omission.
pub fn introduces(s: &str, last: bool) -> bool {
    !last && s.trim_end().ends_with(['：', ':'])
}

impl QuoteCheck for Omission {
    fn rule(&self) -> Rule {
        Rule::Omission
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
        // Units in 1-0 beads (no evidence to add), then units found by coverage (with theirs).
        let empty = cx.links.iter().filter(|l| l.en.is_empty()).flat_map(|l| l.zh.iter().map(|&z| (z, None)));
        let gaps = cx.gaps.0.iter().map(|g| (g.unit, Some(g)));
        for (z, gap) in empty.chain(gaps) {
            let unit = cx.zh_units[z];
            let text = unit.slice(&cx.quote.zh);
            if only_marks(text) || introduces(text, z + 1 == cx.zh_units.len()) {
                continue;
            }
            let mut message = format!("nothing in the English renders “{text}”");
            if let Some(g) = gap {
                message.push_str(&format!(": {}", g.evidence("English")));
            }
            out.push(Finding::in_quote(
                Rule::Omission,
                Severity::Warning,
                &cx.quote.id,
                Some(unit),
                None,
                message,
            ));
        }
    }
}
