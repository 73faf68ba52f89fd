//! `term-drift`

use super::drift::drift;
use super::{CorpusCheck, CorpusContext};
use crate::finding::{Finding, Rule};

pub const DOC: &str = "term-drift: the same Chinese term rendered in different ways across the corpus — quotes,
citations and the inline glosses of every article — whether or not the glossary knows the term.
The finding lists every rendering with where it occurs and a word diff against the first.

Why: a reader who meets \"New Type Industrialization\" in one article and \"New Industrialization\" in
another cannot tell they are the same 新型工业化; nobody has to list the term first for duizhao to see it.

Example: 新型工业化 rendered \"New Type Industrialization\" (a quote) and \"New Industrialization\" (a gloss) -> warning.";

pub struct TermDrift;

impl CorpusCheck for TermDrift {
    fn rule(&self) -> Rule {
        Rule::TermDrift
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &CorpusContext<'_>, out: &mut Vec<Finding>) {
        out.extend(drift(cx.observations, cx.glossary, false));
    }
}
