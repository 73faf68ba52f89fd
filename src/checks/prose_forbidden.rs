//! `prose-forbidden`

use super::ArticleCheck;
use super::article::ArticleContext;
use crate::finding::{Finding, Rule, Severity};
use crate::glossary::EnText;

pub const DOC: &str =
    "prose-forbidden: the English prose of an article (`duizhao check --article`) uses a rendering the
glossary forbids, with no Chinese beside it.

Why: the analyst's own prose repeats terms from the quotations; a forbidden rendering there spreads the
error the review is meant to stop. Without the Chinese, the text may mean another concept (an article
contrasting Military-Civil Fusion with Western \"civil-military integration\" uses the phrase on
purpose), so this is a warning to look at, not an error.

Example: \"the Strategy for Military-Civil Integration sets out\" in an article's body -> warning, fix:
\"Military-Civil Fusion Development Strategy\".";

pub struct ProseForbidden;

impl ArticleCheck for ProseForbidden {
    fn rule(&self) -> Rule {
        Rule::ProseForbidden
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &ArticleContext<'_>, out: &mut Vec<Finding>) {
        let g = cx.glossary;
        let with_forbidden: Vec<usize> =
            (0..g.entries.len()).filter(|&i| !g.entries[i].entry.forbidden.is_empty()).collect();
        for &(line, text) in &cx.body {
            let en = EnText::new(text);
            let mut hits: Vec<(usize, crate::glossary::EnMatch)> = Vec::new();
            for &i in &with_forbidden {
                hits.extend(
                    g.en_matches(i, &en, (0, text.len()))
                        .into_iter()
                        .filter(|m| m.forbidden.is_some())
                        .map(|m| (i, m)),
                );
            }
            // The longest rendering wins: "Strategy for Military-Civil Integration", not its inner part.
            let spans: Vec<(usize, usize)> = hits.iter().map(|(_, m)| (m.start, m.end)).collect();
            hits.retain(|(_, m)| {
                !spans.iter().any(|&(s, e)| s <= m.start && m.end <= e && (e - s) > (m.end - m.start))
            });
            for (i, m) in hits {
                let e = &g.entries[i].entry;
                {
                    let found = &text[m.start..m.end];
                    let mut f = Finding::new(
                        Rule::ProseForbidden,
                        Severity::Warning,
                        cx.at(line, m.start, m.end),
                        format!(
                            "“{found}” is a forbidden rendering of {}; use “{}” (unless another concept is meant)",
                            e.zh[0], e.en
                        ),
                    );
                    f.expected = e.accepted().map(str::to_string).collect();
                    f.found = Some(found.to_string());
                    f.suggestion = Some(e.en.clone());
                    f.term = Some(e.zh[0].clone());
                    out.push(f);
                }
            }
        }
    }
}
