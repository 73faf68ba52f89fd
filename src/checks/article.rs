//! What checks of a whole article see: its text, body lines and what extraction found.

use crate::extract::{Extraction, WarningKind};
use crate::finding::{Finding, Rule, Severity};
use crate::glossary::Glossary;

/// One article, extracted.
pub struct ArticleContext<'a> {
    /// The article slug.
    pub article: &'a str,
    /// Body lines (footnotes excluded): (1-based line, text).
    pub body: Vec<(usize, &'a str)>,
    pub extraction: &'a Extraction,
    pub glossary: &'a Glossary,
}

/// Findings for the extraction warnings of one kind.
pub fn from_warnings(cx: &ArticleContext<'_>, kind: WarningKind, rule: Rule, out: &mut Vec<Finding>) {
    for w in cx.extraction.warnings.iter().filter(|w| w.kind == kind) {
        out.push(Finding::new(
            rule,
            Severity::Warning,
            &format!("{}:{}", w.article, w.line),
            w.message.clone(),
        ));
    }
}
