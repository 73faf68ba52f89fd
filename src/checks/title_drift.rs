//! `title-drift`

use super::drift::drift;
use super::{CorpusCheck, CorpusContext};
use crate::finding::{Finding, Rule};

pub const DOC: &str =
    "title-drift: the same Chinese document title (a citation's title_zh, a 《》 title, a glossed
title) rendered in different ways across the corpus, whether or not the glossary knows the title.

Why: two English titles for one document make readers think there are two documents.

Example: 关于深化“互联网+先进制造业”发展工业互联网的指导意见 quoted as \"Guiding Opinion on Deepening
'Internet + Advanced Manufacturing' to Develop the Industrial Internet\" in one article and glossed as
\"... and Developing the Industrial Internet\" in another -> warning, with the word diff.";

pub struct TitleDrift;

impl CorpusCheck for TitleDrift {
    fn rule(&self) -> Rule {
        Rule::TitleDrift
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &CorpusContext<'_>, out: &mut Vec<Finding>) {
        out.extend(drift(cx.observations, cx.glossary, true));
    }
}
