//! The bilingual lexicon: CC-CEDICT compiled at build time (see `build.rs`) into headword → toneless
//! pinyin and stemmed English glosses, plus any extra pairs (the project glossary). Chinese text is
//! cut into lexicon words by longest match.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// The compiled CC-CEDICT lexicon, embedded in the binary.
static CEDICT: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon.txt"));

/// Longest headword considered when cutting Chinese text, in characters.
pub const MAX_WORD_CHARS: usize = 8;

/// Stems are compared on their first few characters: "marriag" (marriage) and "marri" (marry) meet,
/// as do "organiz" and "organis". 0 compares whole stems.
pub const STEM_PREFIX: usize = 5;

/// The part of a stem that is compared.
pub fn stem_key(stem: &str) -> &str {
    if STEM_PREFIX == 0 {
        return stem;
    }
    match stem.char_indices().nth(STEM_PREFIX) {
        Some((i, _)) => &stem[..i],
        None => stem,
    }
}

/// One headword's data.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Toneless pinyin syllables, space-separated ("rong he").
    pub pinyin: &'static str,
    /// Ids of the stems of its English glosses.
    pub stems: Vec<u32>,
}

/// Headwords with their glosses, and the stem vocabulary they share with English text.
pub struct Lexicon {
    entries: HashMap<String, Entry>,
    vocab: HashMap<String, u32>,
}

impl Lexicon {
    /// The full CC-CEDICT lexicon, parsed once and shared.
    pub fn cedict() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::parse(CEDICT, |_| true))
    }

    /// The full lexicon, owned (to add the glossary to it).
    pub fn cedict_owned() -> Lexicon {
        Lexicon::parse(CEDICT, |_| true)
    }

    /// Only the headwords that occur in `text` (faster to load for one document).
    pub fn cedict_for(text: &str) -> Lexicon {
        let mut grams = rustc_hash::FxHashSet::default();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(start, c)) in chars.iter().enumerate() {
            if !crate::extract::is_han(c) && !matches!(c, '〇' | '·') {
                continue;
            }
            for len in 1..=MAX_WORD_CHARS.min(chars.len() - k) {
                let end = chars.get(k + len).map_or(text.len(), |&(p, _)| p);
                grams.insert(&text[start..end]);
            }
        }
        Lexicon::parse(CEDICT, |head| grams.contains(head))
    }

    fn parse(data: &'static str, keep: impl Fn(&str) -> bool) -> Lexicon {
        let mut lex = Lexicon { entries: HashMap::default(), vocab: HashMap::default() };
        for line in data.lines() {
            // Look at the headword first: most lines are not kept.
            let Some((head, rest)) = line.split_once('\t') else { continue };
            if !keep(head) {
                continue;
            }
            let Some((pinyin, glosses)) = rest.split_once('\t') else { continue };
            let mut stems: Vec<u32> =
                glosses.split(' ').filter(|s| !s.is_empty()).map(|s| lex.intern(stem_key(s))).collect();
            stems.sort_unstable();
            stems.dedup();
            lex.entries.insert(head.to_string(), Entry { pinyin, stems });
        }
        lex
    }

    /// Adds pairs (Chinese term, English stems), e.g. from the project glossary.
    pub fn add(&mut self, zh: &str, stems: &[String]) {
        let ids: Vec<u32> = stems.iter().map(|s| self.intern(stem_key(s))).collect();
        let entry = self.entries.entry(zh.to_string()).or_default();
        for id in ids {
            if !entry.stems.contains(&id) {
                entry.stems.push(id);
            }
        }
    }

    pub fn intern(&mut self, stem: &str) -> u32 {
        let next = self.vocab.len() as u32;
        *self.vocab.entry(stem.to_string()).or_insert(next)
    }

    /// The id of a stem, if any headword glosses to it.
    pub fn stem_id(&self, stem: &str) -> Option<u32> {
        self.vocab.get(stem).copied()
    }

    pub fn vocab_len(&self) -> usize {
        self.vocab.len()
    }

    pub fn get(&self, word: &str) -> Option<&Entry> {
        self.entries.get(word)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Cuts a run of Chinese text into lexicon words by longest match from the left; characters no
    /// headword starts with stand alone. Returns byte ranges.
    pub fn cut(&self, text: &str) -> Vec<(usize, usize)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            let start = chars[k].0;
            let mut best = k + 1;
            for len in (2..=MAX_WORD_CHARS.min(chars.len() - k)).rev() {
                let end = chars.get(k + len).map_or(text.len(), |&(p, _)| p);
                if self.entries.contains_key(&text[start..end]) {
                    best = k + len;
                    break;
                }
            }
            let end = chars.get(best).map_or(text.len(), |&(p, _)| p);
            out.push((start, end));
            k = best;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cedict_is_embedded_and_cuts_longest_first() {
        let lex = Lexicon::cedict_for("我没走掉，军民融合，三");
        assert!(lex.get("走掉").is_some());
        let text = "我没走掉";
        let words: Vec<&str> = lex.cut(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(words, ["我", "没", "走掉"]);
        let leave = lex.stem_id(stem_key("leav")).unwrap();
        assert!(lex.get("走掉").unwrap().stems.contains(&leave));
        assert_eq!(lex.get("三").map(|e| e.pinyin), Some("san"));
    }
}
