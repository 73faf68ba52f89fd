//! What a sentence offers as evidence: its words as lexicon ids (Chinese: every English stem a word
//! may translate to; English: the stem itself), numbers in both scripts, names through pinyin, and
//! punctuation cues (? ! and opening versus closing quotation marks). Numbers, names and cues share
//! the id space of the stems, so one comparison covers them all.

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::Lexicon;
use crate::numbers::{han_number, is_han_numeral};
use crate::segment::Words;

/// Function words that carry no alignment evidence (the same list the lexicon build drops).
const STOP: &[&str] = &[
    "a", "an", "the", "to", "of", "be", "is", "are", "was", "were", "been", "am", "or", "and", "in", "on",
    "at", "for", "with", "by", "as", "from", "into", "it", "its", "that", "this", "which", "who", "not",
    "up", "out", "off", "so", "some", "all", "any", "very", "more", "most", "had", "has", "have", "do",
    "did", "does", "but", "if", "then", "than", "there", "their", "they", "them", "what", "when", "would",
    "could", "will", "can", "just", "also", "s", "t", "d", "ll", "re", "ve", "m",
];

/// A Chinese token: the ids it may be rendered by.
#[derive(Debug, Clone)]
pub struct ZhToken {
    /// The word itself (as an id), for learning associations.
    pub key: u32,
    pub ids: Vec<u32>,
}

/// Evidence from one Chinese sentence.
#[derive(Debug, Clone, Default)]
pub struct ZhSentence {
    pub tokens: Vec<ZhToken>,
    /// Every id any token (or name reading) offers, sorted.
    pub offers: Vec<u32>,
    /// Non-space characters.
    pub chars: usize,
    /// Weight of each token: how specific its evidence is in this document (see `weigh`).
    pub weights: Vec<f32>,
    /// Sum of the first 128 weights (the tokens a bead compares).
    pub total: f64,
    /// The sentence's last quotation mark: `Some(true)` an opening one, `Some(false)` a closing one.
    pub last_quote: Option<bool>,
}

/// Evidence from one English sentence.
#[derive(Debug, Clone, Default)]
pub struct EnSentence {
    /// Content tokens as ids, in order.
    pub tokens: Vec<u32>,
    /// The same, sorted and deduplicated.
    pub set: Vec<u32>,
    pub chars: usize,
    pub weights: Vec<f32>,
    pub total: f64,
    /// The sentence's last quotation mark: `Some(true)` an opening one, `Some(false)` a closing one.
    pub last_quote: Option<bool>,
}

/// Whether each sentence starts inside a quotation, from the sentences' last quotation marks: a
/// sentence without marks leaves the state as it found it. One entry per sentence and one for the end.
pub fn inside_quotes(last: impl Iterator<Item = Option<bool>>) -> Vec<bool> {
    let mut out = vec![false];
    let mut inside = false;
    for l in last {
        if let Some(open) = l {
            inside = open;
        }
        out.push(inside);
    }
    out
}

/// Weighs every token by how much a match says in this document: an English word offered by many
/// Chinese sentences (say, go, come), or a Chinese word rendered by words found in many English
/// sentences, is weak evidence. Weight = (1 − share of sentences it would match by chance)^`power`.
/// A Chinese token with no gloss at all (a particle, an unknown name) weighs `bare`.
pub fn weigh(zh: &mut [ZhSentence], en: &mut [EnSentence], power: f64, bare: f32) {
    let (n, m) = (zh.len().max(1) as f64, en.len().max(1) as f64);
    let mut offered: HashMap<u32, u32> = HashMap::default();
    for z in zh.iter() {
        for &id in &z.offers {
            *offered.entry(id).or_default() += 1;
        }
    }
    let mut present: HashMap<u32, u32> = HashMap::default();
    for e in en.iter() {
        for &id in &e.set {
            *present.entry(id).or_default() += 1;
        }
    }
    let w = |share: f64| (1.0 - share.min(1.0)).max(0.0).powf(power) as f32;
    for e in en.iter_mut() {
        e.weights =
            e.tokens.iter().map(|id| w(f64::from(offered.get(id).copied().unwrap_or(0)) / n)).collect();
        e.total = e.weights.iter().take(128).map(|&w| f64::from(w)).sum();
    }
    for z in zh.iter_mut() {
        z.weights = z
            .tokens
            .iter()
            .map(|t| {
                let hits: u32 = t.ids.iter().map(|id| present.get(id).copied().unwrap_or(0)).sum();
                if t.ids.is_empty() { bare } else { w(f64::from(hits) / m) }
            })
            .collect();
        z.total = z.weights.iter().take(128).map(|&w| f64::from(w)).sum();
    }
}

/// Ids for numbers, names and cues, beyond the lexicon's stems.
pub struct Interner<'a> {
    pub lex: &'a Lexicon,
    extra: HashMap<String, u32>,
}

impl<'a> Interner<'a> {
    pub fn new(lex: &'a Lexicon) -> Self {
        Interner { lex, extra: HashMap::default() }
    }

    /// The id of a special token seen before, if any.
    pub fn existing(&self, key: &str) -> Option<u32> {
        self.extra.get(key).copied()
    }

    /// The id of a stem or a special token ("#2025", "py:chen", "p:?").
    pub fn id(&mut self, key: &str) -> u32 {
        if let Some(id) = self.lex.stem_id(key) {
            return id;
        }
        let next = (self.lex.vocab_len() + self.extra.len()) as u32;
        *self.extra.entry(key.to_string()).or_insert(next)
    }
}

/// Builds the evidence for a Chinese sentence.
pub fn zh_sentence(text: &str, lex: &Lexicon, ids: &mut Interner<'_>) -> ZhSentence {
    let mut s =
        ZhSentence { chars: text.chars().filter(|c| !c.is_whitespace()).count(), ..Default::default() };
    let mut offers: Vec<u32> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        let run_end = |pred: &dyn Fn(char) -> bool| {
            let mut e = k;
            while e < chars.len() && pred(chars[e].1) {
                e += 1;
            }
            e
        };
        if c.is_ascii_digit() || c.is_ascii_alphabetic() {
            let e = run_end(&|c: char| c.is_ascii_alphanumeric() || c == '.' || c == ',');
            let word = &text[start..chars.get(e).map_or(text.len(), |&(p, _)| p)];
            let word = word.trim_end_matches(['.', ',']);
            let key = if word.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
                format!("#{}", word.replace(',', ""))
            } else {
                word.to_lowercase()
            };
            let id = ids.id(&key);
            s.tokens.push(ZhToken { key: id, ids: vec![id] });
            k = e.max(k + 1);
            continue;
        }
        if is_han_numeral(c) {
            let e = run_end(&is_han_numeral);
            let run = &text[start..chars.get(e).map_or(text.len(), |&(p, _)| p)];
            if let Some(n) = han_number(run).filter(|_| run.chars().count() > 1) {
                let mut token_ids = vec![ids.id(&format!("#{n}"))];
                if let Some(entry) = lex.get(run) {
                    token_ids.extend(&entry.stems);
                }
                s.tokens.push(ZhToken { key: ids.id(&format!("zh:{run}")), ids: token_ids });
                k = e;
                continue;
            }
        }
        let cue = match c {
            '？' | '?' => Some("p:?"),
            '！' | '!' => Some("p:!"),
            '“' | '「' => Some("p:open"),
            '”' | '」' => Some("p:close"),
            _ => None,
        };
        if let Some(cue) = cue {
            match cue {
                "p:open" => s.last_quote = Some(true),
                "p:close" => s.last_quote = Some(false),
                _ => {}
            }
            let id = ids.id(cue);
            s.tokens.push(ZhToken { key: id, ids: vec![id] });
            k += 1;
            continue;
        }
        if !crate::extract::is_han(c) {
            k += 1;
            continue;
        }
        let e = run_end(&|c: char| crate::extract::is_han(c) || c == '〇');
        let end = chars.get(e).map_or(text.len(), |&(p, _)| p);
        let run = &text[start..end];
        for (ws, we) in lex.cut(run) {
            let word = &run[ws..we];
            let mut token_ids: Vec<u32> = lex.get(word).map(|e| e.stems.clone()).unwrap_or_default();
            if let Some(n) = han_number(word) {
                token_ids.push(ids.id(&format!("#{n}")));
            }
            s.tokens.push(ZhToken { key: ids.id(&format!("zh:{word}")), ids: token_ids });
        }
        // Numbers written in Chinese numerals inside the run: 二〇二五年, 十五日.
        let run_chars: Vec<(usize, char)> = run.char_indices().collect();
        let mut q = 0;
        while q < run_chars.len() {
            let mut r = q;
            while r < run_chars.len() && is_han_numeral(run_chars[r].1) {
                r += 1;
            }
            if r - q >= 2 {
                let num = &run[run_chars[q].0..run_chars.get(r).map_or(run.len(), |&(p, _)| p)];
                if let Some(n) = han_number(num) {
                    let id = ids.id(&format!("#{n}"));
                    s.tokens.push(ZhToken { key: id, ids: vec![id] });
                }
            }
            q = r.max(q + 1);
        }
        // Names: the pinyin of every one to three characters, read as one English word ("Qingyang").
        let han: Vec<&str> = run.char_indices().map(|(i, c)| &run[i..i + c.len_utf8()]).collect();
        let readings: Vec<String> =
            han.iter().map(|ch| lex.get(ch).map(|e| e.pinyin.replace(' ', "")).unwrap_or_default()).collect();
        for i in 0..readings.len() {
            let mut key = String::from("py:");
            for r in readings.iter().skip(i).take(3) {
                if r.is_empty() {
                    break;
                }
                key.push_str(r);
                offers.push(ids.id(&key));
            }
        }
        k = e;
    }
    for t in &s.tokens {
        offers.extend(&t.ids);
    }
    offers.sort_unstable();
    offers.dedup();
    s.offers = offers;
    s
}

/// Opening and closing quotation marks in English text, told apart by their neighbours: curly marks
/// by shape; straight `"` and `'` open after a space (or at the start) before a non-space, and close
/// after a non-space before a space, punctuation or the end. An apostrophe inside a word is neither.
fn quote_cues(text: &str) -> Vec<&'static str> {
    let chars: Vec<char> = text.chars().collect();
    let mut cues = Vec::new();
    for (k, &c) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(k + 1).copied();
        let cue = match c {
            '“' | '‘' => Some("p:open"),
            '”' => Some("p:close"),
            '’' if !next.is_some_and(char::is_alphanumeric) => Some("p:close"),
            '"' | '\'' => {
                let prev_space = prev.is_none_or(char::is_whitespace);
                let next_space = next.is_none_or(char::is_whitespace);
                let prev_opens = prev_space || prev.is_some_and(|p| "([—–-".contains(p));
                let next_closes = next_space || next.is_some_and(|n| ",.;:!?)—–-".contains(n));
                if !prev_space && next_space {
                    // "…, then—'" or "it.'" : after the text, before a space or the end.
                    Some("p:close")
                } else if prev_opens && !next_closes {
                    Some("p:open")
                } else if !prev_opens && next_closes {
                    Some("p:close")
                } else if c == '"' {
                    Some("p:open")
                } else {
                    None
                }
            }
            _ => None,
        };
        cues.extend(cue);
    }
    cues
}

/// Builds the evidence for an English sentence.
pub fn en_sentence(text: &str, words: &Words, ids: &mut Interner<'_>) -> EnSentence {
    let mut s =
        EnSentence { chars: text.chars().filter(|c| !c.is_whitespace()).count(), ..Default::default() };
    let cues = quote_cues(text);
    s.last_quote = cues.last().map(|&c| c == "p:open");
    s.tokens.extend(cues.into_iter().map(|cue| ids.id(cue)));
    for tok in words.en(text) {
        let w = tok.span.slice(text);
        if !tok.is_word {
            match w {
                "?" => s.tokens.push(ids.id("p:?")),
                "!" => s.tokens.push(ids.id("p:!")),
                _ => {}
            }
            continue;
        }
        let lower = w.to_lowercase();
        let base = crate::segment::irregular_base(&lower).unwrap_or(&lower);
        if STOP.contains(&base) {
            continue;
        }
        if let Some(n) = crate::numbers::number_word(&lower) {
            s.tokens.push(ids.id(&format!("#{n}")));
            continue;
        }
        if let Some(m) = crate::numbers::month(w, false).filter(|_| w.starts_with(char::is_uppercase)) {
            s.tokens.push(ids.id(&format!("#{m}")));
            continue;
        }
        if w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
            s.tokens.push(ids.id(&format!("#{}", w.replace(',', ""))));
            continue;
        }
        let mut id = ids.id(super::lexicon::stem_key(&tok.norm));
        if w.chars().next().is_some_and(char::is_uppercase) {
            // A capitalised word that reads as the pinyin of characters in the Chinese document is a
            // name ("Qingyang" ↔ 清扬): the Chinese side was read first and offered its readings.
            let key = format!("py:{}", lower.replace(['-', '\'', '’'], "").trim_end_matches("'s"));
            if let Some(py) = ids.existing(&key) {
                id = py;
            }
        }
        s.tokens.push(id);
    }
    let mut set = s.tokens.clone();
    set.sort_unstable();
    set.dedup();
    s.set = set;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_state_at_each_sentence_start() {
        // 'But you're quick! / You got away. / A few more goes, though—' / 'Is that right?' he said.
        let last: Vec<Option<bool>> = [
            "'But you're a quick mover all the same!",
            "You managed to get away that time.",
            "A few more goes and I'd have had you, though—'",
            "'Is that right?' protested Trinket.",
        ]
        .iter()
        .map(|t| quote_cues(t).last().map(|&c| c == "p:open"))
        .collect();
        assert_eq!(last, [Some(true), None, Some(false), Some(false)]);
        assert_eq!(inside_quotes(last.into_iter()), [false, true, true, false, false]);
    }

    #[test]
    fn numbers_names_and_cues_meet() {
        let lex = Lexicon::cedict_for("陈清扬在二〇二五年走了吗？");
        let mut ids = Interner::new(&lex);
        let zh = zh_sentence("陈清扬在二〇二五年走了吗？", &lex, &mut ids);
        let en = en_sentence("Did Chen Qingyang leave in 2025?", Words::shared(), &mut ids);
        let shared: Vec<u32> =
            en.set.iter().copied().filter(|id| zh.offers.binary_search(id).is_ok()).collect();
        for key in ["#2025", "py:chen", "py:qingyang", "p:?"] {
            assert!(shared.contains(&ids.id(key)), "{key} not shared");
        }
    }
}
