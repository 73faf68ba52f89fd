//! `citation-unbalanced-quotes`

use super::ArticleCheck;
use super::article::{ArticleContext, from_warnings};
use crate::extract::WarningKind;
use crate::finding::{Finding, Rule};

pub const DOC: &str = "citation-unbalanced-quotes: a body quote or its attribution with unbalanced quotation marks.

Why: a missing opening or closing mark usually means part of a title or quotation was lost when the
article was edited; the reader cannot tell where the quotation ends.

Example: Reference Guide on the Fused Application ... Industry,\" Ministry of Industry ... (no opening mark) -> warning.";

pub struct CitationUnbalancedQuotes;

impl ArticleCheck for CitationUnbalancedQuotes {
    fn rule(&self) -> Rule {
        Rule::CitationUnbalancedQuotes
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &ArticleContext<'_>, out: &mut Vec<Finding>) {
        from_warnings(cx, WarningKind::UnbalancedQuotes, Rule::CitationUnbalancedQuotes, out);
    }
}
