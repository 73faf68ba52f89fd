//! Words: Chinese with jieba (glossary terms kept whole), English with Unicode word boundaries,
//! lower-cased and stemmed (Snowball) for matching. Built once and shared read-only across threads.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use jieba_rs::Jieba;
use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::span::{En, Span, Zh};

/// An English token: its span, whether it is a word (has a letter or digit), and its normal form
/// (lower-cased and stemmed for words; the text itself for punctuation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span<En>,
    pub is_word: bool,
    pub norm: String,
}

/// The word segmenters. jieba's dictionary (about 150 ms to build) is only built when Chinese words
/// are first asked for.
pub struct Words {
    jieba: OnceLock<Jieba>,
    kept: Vec<String>,
    /// Matches the kept-whole terms, longest leftmost first.
    terms: Option<AhoCorasick>,
    stemmer: Stemmer,
}

impl Words {
    /// Segmenters that keep `terms` (glossary terms) whole.
    pub fn with_terms<S: AsRef<str>>(terms: &[S]) -> Self {
        let mut kept: Vec<String> =
            terms.iter().map(|t| t.as_ref().to_string()).filter(|t| !t.trim().is_empty()).collect();
        kept.sort_unstable();
        kept.dedup();
        let terms = (!kept.is_empty())
            .then(|| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&kept).ok())
            .flatten();
        Words { jieba: OnceLock::new(), kept, terms, stemmer: Stemmer::create(Algorithm::English) }
    }

    fn jieba(&self) -> &Jieba {
        self.jieba.get_or_init(|| {
            let mut jieba = Jieba::new();
            for t in &self.kept {
                // An explicit frequency: jieba ignores a user-dictionary entry without one.
                let freq = jieba.suggest_freq(t).max(1000);
                jieba.add_word(t, Some(freq), None);
            }
            jieba
        })
    }

    /// Shared segmenters with no extra terms, built on first use.
    pub fn shared() -> &'static Words {
        static WORDS: OnceLock<Words> = OnceLock::new();
        WORDS.get_or_init(|| Words::with_terms::<&str>(&[]))
    }

    /// Chinese words (and punctuation, numbers, Latin runs as jieba cuts them), white space dropped.
    pub fn zh(&self, text: &str) -> Vec<Span<Zh>> {
        let mut out = Vec::new();
        let mut at = 0;
        let matches: Vec<(usize, usize)> = self
            .terms
            .as_ref()
            .map(|ac| ac.find_iter(text).map(|m| (m.start(), m.end())).collect())
            .unwrap_or_default();
        for (s, e) in matches.into_iter().chain(std::iter::once((text.len(), text.len()))) {
            self.cut_into(text, at, s, &mut out);
            if e > s {
                out.push(Span::new(s, e));
            }
            at = e;
        }
        out
    }

    fn cut_into(&self, text: &str, from: usize, to: usize, out: &mut Vec<Span<Zh>>) {
        if from >= to {
            return;
        }
        for t in self.jieba().cut(&text[from..to], true) {
            let (s, e) = (from + t.byte_start, from + t.byte_end);
            let w = &text[s..e];
            let lead = w.len() - w.trim_start().len();
            let trail = w.len() - w.trim_end().len();
            if lead < w.len() {
                out.push(Span::new(s + lead, e - trail));
            }
        }
    }

    /// English tokens: words and punctuation, white space dropped.
    pub fn en(&self, text: &str) -> Vec<Token> {
        text.split_word_bound_indices()
            .filter(|(_, w)| !w.trim().is_empty())
            .map(|(i, w)| {
                // A combining mark can follow a space in one segment: trim it off the token.
                let start = i + (w.len() - w.trim_start().len());
                let w = w.trim();
                let is_word = w.chars().any(char::is_alphanumeric);
                let norm = if is_word { self.normalize(w) } else { w.to_string() };
                Token { span: Span::new(start, start + w.len()), is_word, norm }
            })
            .collect()
    }

    /// Lower-cases, folds ’ to ', takes irregular forms to their base ("said" → "say") and stems an
    /// English word ("Benefits" → "benefit").
    pub fn normalize(&self, word: &str) -> String {
        // Words repeat (Zipf): each thread remembers the forms it has stemmed, up to a bound, so
        // the cost grows with the vocabulary, not the text.
        thread_local! {
            static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> = Default::default();
        }
        const BOUND: usize = 200_000;
        if let Some(hit) = SEEN.with(|m| m.borrow().get(word).cloned()) {
            return hit;
        }
        let norm = self.normalize_uncached(word);
        SEEN.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() < BOUND {
                m.insert(word.to_string(), norm.clone());
            }
        });
        norm
    }

    fn normalize_uncached(&self, word: &str) -> String {
        let lower = word.to_lowercase().replace('’', "'");
        let base = lower.strip_suffix("'s").unwrap_or(&lower);
        let base = super::irregular::base(base).unwrap_or(base);
        if base.chars().all(char::is_alphabetic) {
            self.stemmer.stem(base).into_owned()
        } else {
            base.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_terms_stay_whole() {
        let text = "工业互联网标识解析体系不断健全,深入贯彻军民融合发展战略。";
        let plain: Vec<&str> = Words::shared().zh(text).iter().map(|s| s.slice(text)).collect();
        let words = Words::with_terms(&["标识解析", "军民融合发展战略"]);
        let kept: Vec<&str> = words.zh(text).iter().map(|s| s.slice(text)).collect();
        assert!(kept.contains(&"标识解析"), "{kept:?}");
        assert!(kept.contains(&"军民融合发展战略"), "{kept:?}");
        assert!(!plain.contains(&"军民融合发展战略"), "jieba alone splits it: {plain:?}");
    }

    #[test]
    fn english_words_are_stemmed_and_folded() {
        let w = Words::shared();
        let toks = w.en("Military-Civil Fusion's benefits, U.S.");
        let norms: Vec<&str> = toks.iter().filter(|t| t.is_word).map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["militari", "civil", "fusion", "benefit", "u.s"]);
        assert_eq!(w.normalize("said"), w.normalize("say"));
        assert_eq!(w.normalize("Men"), w.normalize("man"));
    }
}
