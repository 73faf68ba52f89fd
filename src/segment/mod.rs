//! Stage 2: segmentation into units — Chinese and English sentences and clauses, and words.
//!
//! Every unit carries its UTF-8 byte span in the input. The spans of one text's units never overlap
//! and, with the white space between them, cover the whole text.

pub mod en;
mod irregular;
mod rules;
pub mod words;
pub mod zh;

use serde::{Deserialize, Serialize};

pub use irregular::base as irregular_base;
pub use rules::{Rule, RuleSet};
pub use words::{Token, Words};

use crate::span::Span;

/// The language of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Zh,
    En,
}

/// How fine a unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Sentence,
    Clause,
    Word,
}

/// A unit of text: its byte span and level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit<L> {
    pub span: Span<L>,
    pub level: Level,
}

/// Sentences, then clauses within them.
pub fn zh_clauses(text: &str, commas: bool) -> Vec<Span<crate::span::Zh>> {
    zh::sentences(text).into_iter().flat_map(|s| zh::clauses(text, s, commas)).collect()
}

/// Sentences, then clauses within them.
pub fn en_clauses(text: &str) -> Vec<Span<crate::span::En>> {
    en::sentences(text).into_iter().flat_map(|s| en::clauses(text, s)).collect()
}

/// Byte ranges `(start, end)` of `text`'s units in language `lang` at `level`, in order.
/// Word level uses `words` (jieba for Chinese, Unicode words for English).
pub fn segment(text: &str, lang: Lang, level: Level, words: &Words) -> Vec<(usize, usize)> {
    match (lang, level) {
        (Lang::Zh, Level::Sentence) => zh::sentences(text).iter().map(|s| (s.start, s.end)).collect(),
        (Lang::Zh, Level::Clause) => zh_clauses(text, false).iter().map(|s| (s.start, s.end)).collect(),
        (Lang::Zh, Level::Word) => words.zh(text).iter().map(|s| (s.start, s.end)).collect(),
        (Lang::En, Level::Sentence) => en::sentences(text).iter().map(|s| (s.start, s.end)).collect(),
        (Lang::En, Level::Clause) => en_clauses(text).iter().map(|s| (s.start, s.end)).collect(),
        (Lang::En, Level::Word) => words.en(text).iter().map(|t| (t.span.start, t.span.end)).collect(),
    }
}

/// The largest char boundary of `text` at or below `i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Spans between the cut points (sorted or not, duplicates allowed), trimmed of white space;
/// empty pieces are dropped.
pub(crate) fn trimmed_spans<L>(text: &str, cuts: &[usize]) -> Vec<Span<L>> {
    let mut points: Vec<usize> = cuts.iter().copied().filter(|&c| c > 0 && c < text.len()).collect();
    points.sort_unstable();
    points.dedup();
    points.push(text.len());
    let mut spans = Vec::new();
    let mut start = 0;
    for end in points {
        let piece = &text[start..end];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if lead < piece.len() {
            spans.push(Span::new(start + lead, end - trail));
        }
        start = end;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The spans are in order, do not overlap, are non-empty and trimmed, and only white space lies
    /// between and around them.
    fn covers_exactly(text: &str, spans: &[(usize, usize)]) -> Result<(), TestCaseError> {
        let mut at = 0;
        for &(s, e) in spans {
            prop_assert!(s >= at && s < e && e <= text.len(), "bad span {s}..{e} after {at} in {text:?}");
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            prop_assert!(text[at..s].trim().is_empty(), "non-space gap {:?}", &text[at..s]);
            let unit = &text[s..e];
            prop_assert_eq!(unit.trim(), unit);
            at = e;
        }
        prop_assert!(text[at..].trim().is_empty(), "uncovered tail {:?}", &text[at..]);
        Ok(())
    }

    fn mixed_text() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            "[a-zA-Z]{1,8}",
            "[ \n\t]{1,3}",
            "[.!?;:,…。！？；：，、“”‘’《》（）()\\[\\]\"'—/-]",
            "[军民融合发展战略标识解析工业互联网]{1,6}",
            "[0-9]{1,4}",
            "\\PC{1,3}",
            Just(". . . ".to_string()),
            Just("U.S. ".to_string()),
            Just("1. ".to_string()),
        ];
        proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn units_cover_the_text_exactly(text in mixed_text()) {
            let words = Words::shared();
            for lang in [Lang::Zh, Lang::En] {
                for level in [Level::Sentence, Level::Clause, Level::Word] {
                    covers_exactly(&text, &segment(&text, lang, level, words))?;
                }
            }
        }

        #[test]
        fn arbitrary_unicode_is_covered(text in "\\PC{0,80}") {
            let words = Words::shared();
            for lang in [Lang::Zh, Lang::En] {
                for level in [Level::Sentence, Level::Clause, Level::Word] {
                    covers_exactly(&text, &segment(&text, lang, level, words))?;
                }
            }
        }
    }

    #[test]
    fn empty_and_blank_give_no_units() {
        for text in ["", "   ", "\n\n\t"] {
            for lang in [Lang::Zh, Lang::En] {
                for level in [Level::Sentence, Level::Clause, Level::Word] {
                    assert!(segment(text, lang, level, Words::shared()).is_empty());
                }
            }
        }
    }
}
