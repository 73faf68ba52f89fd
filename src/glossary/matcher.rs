//! The compiled glossary: Chinese terms matched longest-first on folded text (traditional as
//! simplified, full-width as ASCII, spaces ignored); English renderings matched as whole-word
//! sequences of stems, so plurals, possessives, hyphen/space variants and line breaks all match.

use aho_corasick::{AhoCorasick, MatchKind};

use super::fold::Folded;
use super::{Case, Located};
use crate::segment::Words;

/// A glossary term found in Chinese text (byte offsets into the original text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZhHit {
    pub entry: usize,
    pub start: usize,
    pub end: usize,
}

/// One English word of a text: its span, surface and normal form.
#[derive(Debug, Clone)]
pub struct EnWord {
    pub start: usize,
    pub end: usize,
    pub norm: String,
    pub surface: String,
}

/// English text prepared for matching.
#[derive(Debug, Clone)]
pub struct EnText<'a> {
    pub text: &'a str,
    pub words: Vec<EnWord>,
}

impl<'a> EnText<'a> {
    pub fn new(text: &'a str) -> Self {
        let words = Words::shared()
            .en(text)
            .into_iter()
            .filter(|t| t.is_word)
            .map(|t| EnWord {
                start: t.span.start,
                end: t.span.end,
                norm: t.norm,
                surface: t.span.slice(text).to_string(),
            })
            .collect();
        EnText { text, words }
    }

    /// May words `k` and `k + 1` belong to one term (only spaces, line breaks or hyphens between)?
    /// The words that start at or after `within.0` and start before `within.1` (words are in text
    /// order), so a search inside a range costs the range, not the text.
    pub fn word_range(&self, within: (usize, usize)) -> std::ops::Range<usize> {
        let lo = self.words.partition_point(|w| w.start < within.0);
        let hi = self.words.partition_point(|w| w.start < within.1);
        lo..hi.max(lo)
    }

    fn joined(&self, k: usize) -> bool {
        let gap = &self.text[self.words[k].end..self.words[k + 1].start];
        gap.chars().all(|c| {
            c.is_whitespace()
                || matches!(c, '-' | '‐' | '‑' | '–' | '/' | '(' | ')' | '“' | '”' | '"' | '‘' | '’')
        })
    }
}

/// An accepted or forbidden English form of an entry.
#[derive(Debug, Clone)]
struct Form {
    text: String,
    norms: Vec<String>,
    surfaces: Vec<String>,
    exact: bool,
    /// Index into the entry's `forbidden`, when forbidden.
    forbidden: Option<usize>,
}

fn form(text: &str, exact: bool, forbidden: Option<usize>) -> Form {
    let prepared = EnText::new(text);
    Form {
        text: text.to_string(),
        norms: prepared.words.iter().map(|w| w.norm.clone()).collect(),
        surfaces: prepared.words.iter().map(|w| w.surface.clone()).collect(),
        exact,
        forbidden,
    }
}

/// A rendering found in English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnMatch {
    pub start: usize,
    pub end: usize,
    /// The form as the glossary writes it.
    pub form: String,
    /// Index into the entry's `forbidden`, when the rendering is forbidden.
    pub forbidden: Option<usize>,
}

/// A near miss of the preferred rendering: a typo or a dropped word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    pub start: usize,
    pub end: usize,
    pub found: String,
}

/// The glossary compiled for matching. Built once; shared read-only across threads.
pub struct Glossary {
    pub entries: Vec<Located>,
    zh: Option<AhoCorasick>,
    zh_entry: Vec<usize>,
    forms: Vec<Vec<Form>>,
}

impl Glossary {
    pub fn compile(entries: Vec<Located>) -> Glossary {
        let mut patterns = Vec::new();
        let mut zh_entry = Vec::new();
        let mut forms = Vec::new();
        for (i, l) in entries.iter().enumerate() {
            for z in &l.entry.zh {
                patterns.push(super::fold::fold(z));
                zh_entry.push(i);
            }
            let exact = l.entry.case == Case::Exact;
            let mut f: Vec<Form> = std::iter::once(l.entry.en.as_str())
                .chain(l.entry.admitted.iter().map(String::as_str))
                .map(|t| form(t, exact, None))
                .collect();
            f.extend(l.entry.abbreviations.iter().map(|a| form(a, true, None)));
            f.extend(l.entry.forbidden.iter().enumerate().map(|(k, fb)| form(&fb.en, false, Some(k))));
            f.retain(|x| !x.norms.is_empty());
            forms.push(f);
        }
        let zh = (!patterns.is_empty())
            .then(|| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&patterns).ok())
            .flatten();
        Glossary { entries, zh, zh_entry, forms }
    }

    /// An empty glossary.
    pub fn empty() -> Glossary {
        Glossary::compile(Vec::new())
    }

    /// Glossary terms in Chinese text, longest first, not overlapping.
    pub fn zh_hits(&self, text: &str) -> Vec<ZhHit> {
        let Some(ac) = &self.zh else { return Vec::new() };
        let folded = Folded::new(text);
        ac.find_iter(&folded.text)
            .map(|m| {
                let (start, end) = folded.original(m.start(), m.end(), text);
                ZhHit { entry: self.zh_entry[m.pattern().as_usize()], start, end }
            })
            .collect()
    }

    /// Renderings of entry `entry` (accepted and forbidden) in `en`, within byte range `within`.
    pub fn en_matches(&self, entry: usize, en: &EnText<'_>, within: (usize, usize)) -> Vec<EnMatch> {
        let mut out: Vec<EnMatch> = Vec::new();
        let words = &en.words;
        // Longer forms first, so "Military-Civil Fusion Development Strategy" wins over its parts.
        let mut forms: Vec<&Form> = self.forms[entry].iter().collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.norms.len()));
        let range = en.word_range(within);
        // Matches taken so far, start → end, to refuse overlaps in logarithmic time.
        let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
        for f in forms {
            let n = f.norms.len();
            if n > range.len() {
                continue;
            }
            for k in range.start..=range.end - n {
                if words[k + n - 1].end > within.1 {
                    continue;
                }
                let same = (0..n).all(|d| words[k + d].norm == f.norms[d]);
                let joined = (0..n - 1).all(|d| en.joined(k + d));
                let case_ok = !f.exact
                    || (0..n).all(|d| {
                        let (a, b) = (&words[k + d].surface, &f.surfaces[d]);
                        a.chars().next().map(char::is_uppercase) == b.chars().next().map(char::is_uppercase)
                    });
                let (start, end) = (words[k].start, words[k + n - 1].end);
                let overlaps = taken.range(..end).next_back().is_some_and(|(_, &e)| e > start);
                if same && joined && case_ok && !overlaps {
                    taken.insert(start, end);
                    out.push(EnMatch { start, end, form: f.text.clone(), forbidden: f.forbidden });
                }
            }
        }
        out.sort_by_key(|m| m.start);
        out
    }

    /// A near miss of entry `entry`'s preferred rendering in `en` within `within`: the same number
    /// of words with small typos ("Militray-Civil Fusion"), or one word dropped ("Military Fusion").
    pub fn near_miss(&self, entry: usize, en: &EnText<'_>, within: (usize, usize)) -> Option<NearMiss> {
        let preferred = self.forms[entry].first()?;
        let n = preferred.norms.len();
        let words = &en.words;
        let lower = |s: &str| s.to_lowercase();
        let in_range =
            |k: usize, len: usize| words[k].start >= within.0 && words[k + len - 1].end <= within.1;
        let joined = |k: usize, len: usize| (0..len - 1).all(|d| en.joined(k + d));
        let range = en.word_range(within);
        // Typos: every word close, at least one different, at most two edits in all.
        if n <= range.len() {
            for k in range.start..=range.end - n {
                if !in_range(k, n) || !joined(k, n) {
                    continue;
                }
                let mut edits = 0;
                let mut ok = true;
                for d in 0..n {
                    let (a, b) = (lower(&words[k + d].surface), lower(&preferred.surfaces[d]));
                    let e = strsim::damerau_levenshtein(&a, &b);
                    if e > 0 && (strsim::normalized_damerau_levenshtein(&a, &b) < 0.7 || b.len() < 4) {
                        ok = false;
                        break;
                    }
                    edits += e;
                }
                if ok && (1..=2).contains(&edits) {
                    let (start, end) = (words[k].start, words[k + n - 1].end);
                    return Some(NearMiss { start, end, found: en.text[start..end].to_string() });
                }
            }
        }
        // A dropped word: the other words, in order, joined.
        if n >= 3 && n - 1 <= range.len() {
            for k in range.start..=range.end - (n - 1) {
                if !in_range(k, n - 1) || !joined(k, n - 1) {
                    continue;
                }
                let dropped_one = (0..n).any(|skip| {
                    let rest: Vec<&String> = preferred
                        .norms
                        .iter()
                        .enumerate()
                        .filter(|&(i, _)| i != skip)
                        .map(|(_, w)| w)
                        .collect();
                    (0..n - 1).all(|d| &words[k + d].norm == rest[d])
                });
                if dropped_one {
                    let (start, end) = (words[k].start, words[k + n - 2].end);
                    return Some(NearMiss { start, end, found: en.text[start..end].to_string() });
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn glossary(yaml: &str) -> Glossary {
        Glossary::compile(super::super::parse(&[(PathBuf::from("g.yaml"), yaml.to_string())]).unwrap())
    }

    const G: &str = "- zh: [军民融合]\n  en: Military-Civil Fusion\n  case: exact\n  forbidden:\n    - en: civil-military integration\n- zh: [军民融合发展战略]\n  en: Military-Civil Fusion Development Strategy\n  kind: title\n  forbidden:\n    - en: Strategy for Military-Civil Integration\n";

    #[test]
    fn longest_chinese_term_wins_and_traditional_matches() {
        let g = glossary(G);
        let text = "實施軍民融合發展戰略，军民融合";
        let hits = g.zh_hits(text);
        assert_eq!(hits.len(), 2);
        assert_eq!(g.entries[hits[0].entry].entry.zh[0], "军民融合发展战略");
        assert_eq!(&text[hits[0].start..hits[0].end], "軍民融合發展戰略");
        assert_eq!(&text[hits[1].start..hits[1].end], "军民融合");
    }

    #[test]
    fn english_variants_match_as_whole_words() {
        let g = glossary(G);
        for text in ["Military-Civil Fusion's reach", "the Military Civil\nFusions", "MILITARY-CIVIL FUSION"]
        {
            let en = EnText::new(text);
            assert_eq!(g.en_matches(0, &en, (0, text.len())).len(), 1, "{text}");
        }
        let lower = "military-civil fusion";
        assert!(g.en_matches(0, &EnText::new(lower), (0, lower.len())).is_empty(), "case: exact");
        let text = "a civil-military integration approach";
        let m = g.en_matches(0, &EnText::new(text), (0, text.len()));
        assert_eq!(m[0].forbidden, Some(0));
    }

    #[test]
    fn near_misses() {
        let g = glossary(G);
        let text = "the Militray-Civil Fusion plan";
        let nm = g.near_miss(0, &EnText::new(text), (0, text.len())).unwrap();
        assert_eq!(nm.found, "Militray-Civil Fusion");
        let text = "the Military Fusion Development Strategy";
        let nm = g.near_miss(1, &EnText::new(text), (0, text.len())).unwrap();
        assert_eq!(nm.found, "Military Fusion Development Strategy");
    }
}
