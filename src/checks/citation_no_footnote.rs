//! `citation-no-footnote`

use super::ArticleCheck;
use super::article::{ArticleContext, from_warnings};
use crate::extract::WarningKind;
use crate::finding::{Finding, Rule};

pub const DOC: &str = "citation-no-footnote: a block quote in the article whose attribution carries no footnote number, so its Chinese original cannot be found.

Why: a quotation an editor cannot trace to its source cannot be checked; analysts' readers expect every
rendering of a Chinese source to name it.

Example: Part 5's shipbuilding epigraph, whose attribution ends \"June 5, 2025.\" with no number -> warning.";

pub struct CitationNoFootnote;

impl ArticleCheck for CitationNoFootnote {
    fn rule(&self) -> Rule {
        Rule::CitationNoFootnote
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &ArticleContext<'_>, out: &mut Vec<Finding>) {
        from_warnings(cx, WarningKind::NoFootnote, Rule::CitationNoFootnote, out);
    }
}
