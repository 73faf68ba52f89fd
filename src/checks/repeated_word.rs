//! `repeated-word`

use unicode_segmentation::UnicodeSegmentation;

use super::ArticleCheck;
use super::article::ArticleContext;
use crate::finding::{Finding, Rule, Severity};

pub const DOC: &str =
    "repeated-word: the same word twice in a row in an article's English (\"represent represent\").

Why: a doubled word is almost always an editing slip, and one readers notice; spell checkers that work
word by word do not see it. \"had had\" and \"that that\" can be grammatical and are not reported.

Example: \"A fused Industrial Internet would represent represent a historic milestone\" -> warning,
fix: \"represent\".";

pub struct RepeatedWord;

/// Doubled words that can be grammatical.
const ALLOWED: &[&str] = &["had", "that", "is", "do"];

impl ArticleCheck for RepeatedWord {
    fn rule(&self) -> Rule {
        Rule::RepeatedWord
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &ArticleContext<'_>, out: &mut Vec<Finding>) {
        for &(line, text) in &cx.body {
            let words: Vec<(usize, &str)> =
                text.split_word_bound_indices().filter(|(_, w)| w.chars().any(char::is_alphabetic)).collect();
            for pair in words.windows(2) {
                let ((a_at, a), (b_at, b)) = (pair[0], pair[1]);
                let gap = &text[a_at + a.len()..b_at];
                let lower = a.to_lowercase();
                if a.eq_ignore_ascii_case(b)
                    && !gap.is_empty()
                    && gap.chars().all(char::is_whitespace)
                    && a.chars().count() > 1
                    && !ALLOWED.contains(&lower.as_str())
                {
                    let mut f = Finding::new(
                        Rule::RepeatedWord,
                        Severity::Warning,
                        cx.at(line, a_at, b_at + b.len()),
                        format!("“{a} {b}”: the word is repeated"),
                    );
                    f.found = Some(text[a_at..b_at + b.len()].to_string());
                    f.suggestion = Some(a.to_string());
                    out.push(f);
                }
            }
        }
    }
}
