//! `citation-uncited-footnote`

use super::ArticleCheck;
use super::article::{ArticleContext, from_warnings};
use crate::extract::WarningKind;
use crate::finding::{Finding, Rule};

pub const DOC: &str = "citation-uncited-footnote: a footnote that the text cites nowhere.

Why: a footnote without a reference in the text is either a lost citation marker (the quotation it
belongs to is now unsourced) or dead weight.

Example: a Footnotes list with a 2. whose number appears nowhere in the body -> warning.";

pub struct CitationUncitedFootnote;

impl ArticleCheck for CitationUncitedFootnote {
    fn rule(&self) -> Rule {
        Rule::CitationUncitedFootnote
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &ArticleContext<'_>, out: &mut Vec<Finding>) {
        from_warnings(cx, WarningKind::UncitedFootnote, Rule::CitationUncitedFootnote, out);
    }
}
