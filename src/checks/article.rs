//! What checks of a whole article see: its text, body lines and what extraction found.

use crate::extract::{Extraction, WarningKind};
use crate::finding::{Annotation, Finding, Rule, Severity};
use crate::glossary::Glossary;
use crate::place::Place;

/// One article, extracted.
pub struct ArticleContext<'a> {
    /// The article's file, as the user named it.
    pub file: &'a str,
    /// The article slug.
    pub article: &'a str,
    /// Body lines (footnotes excluded): (1-based line, text).
    pub body: Vec<(usize, &'a str)>,
    pub extraction: &'a Extraction,
    pub glossary: &'a Glossary,
}

impl ArticleContext<'_> {
    /// A span of body line `line`.
    pub fn at(&self, line: usize, start: usize, end: usize) -> Annotation {
        Annotation::article(self.file, self.article, line, start, end)
    }
}

/// Findings for the extraction warnings of one kind.
pub fn from_warnings(cx: &ArticleContext<'_>, kind: WarningKind, rule: Rule, out: &mut Vec<Finding>) {
    for w in cx.extraction.warnings.iter().filter(|w| w.kind == kind) {
        let place = Place::Article { file: cx.file.to_string(), article: w.article.clone(), line: w.line };
        out.push(Finding::new(rule, Severity::Warning, Annotation::new(place), w.message.clone()));
    }
}
