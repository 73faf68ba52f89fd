//! A glossary for a corpus that has none: the terms its translator rendered one way throughout.
//!
//! A Chinese word of two characters or more (cut by the CC-CEDICT lexicon) becomes an entry when
//! it occurs in at least two gold pairs and one English word that CC-CEDICT gives for it (compared
//! by stem) occurs in the English of every one of them; that word, as first written, is the
//! preferred rendering. Its forbidden variant is the rendering of another such entry that never
//! appears in the English of the pairs holding the word, so a clean pair cannot contain it.

use std::collections::{BTreeMap, BTreeSet};

use crate::align::{Lexicon, lexicon::stem_key};
use crate::error::Location;
use crate::glossary::{Entry, Forbidden, Located};
use crate::segment::Words;

/// At most this many entries, the most frequent first.
pub const MAX_ENTRIES: usize = 400;

/// Entries derived from the (zh, en) pairs.
pub fn derive(pairs: &[(&str, &str)]) -> Vec<Located> {
    let lex = Lexicon::cedict();
    let words = Words::shared();
    // word → (pairs holding it, candidate rendering → pairs holding both)
    let mut seen: BTreeMap<&str, (usize, BTreeMap<String, usize>)> = BTreeMap::new();
    let mut en_words: Vec<BTreeSet<String>> = Vec::new();
    for (zh, en) in pairs {
        let tokens = words.en(en);
        let mut lower: BTreeSet<String> = BTreeSet::new();
        for t in tokens.iter().filter(|t| t.is_word) {
            lower.insert(en[t.span.start..t.span.end].to_lowercase());
            lower.insert(t.norm.clone());
        }
        let zh_words: BTreeSet<&str> = lex
            .cut(zh)
            .into_iter()
            .map(|(s, e)| &zh[s..e])
            .filter(|w| w.chars().count() >= 2 && w.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
            .collect();
        for w in zh_words {
            let Some(entry) = lex.get(w) else { continue };
            let slot = seen.entry(w).or_default();
            slot.0 += 1;
            let mut found = BTreeSet::new();
            for t in tokens.iter().filter(|t| t.is_word && t.span.end - t.span.start >= 5) {
                let surface = en[t.span.start..t.span.end].to_lowercase();
                let alphabetic = surface.chars().all(|c| c.is_ascii_alphabetic());
                let stem = lex.stem_id(stem_key(&t.norm));
                if alphabetic && stem.is_some_and(|s| entry.stems.contains(&s)) {
                    found.insert(surface);
                }
            }
            for s in found {
                *slot.1.entry(s).or_default() += 1;
            }
        }
        en_words.push(lower);
    }
    let mut chosen: Vec<(usize, &str, String)> = seen
        .iter()
        .filter(|(_, (n, _))| *n >= 2)
        .filter_map(|(w, (n, renders))| {
            let (r, _) = renders.iter().find(|&(_, &k)| k == *n)?;
            Some((*n, *w, r.clone()))
        })
        .collect();
    chosen.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    // A rendering claimed by two words, or a word inside another chosen word, is ambiguous.
    let mut claims: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, _, r) in &chosen {
        *claims.entry(r.as_str()).or_default() += 1;
    }
    let all: Vec<&str> = chosen.iter().map(|c| c.1).collect();
    let chosen: Vec<&(usize, &str, String)> = chosen
        .iter()
        .filter(|(_, w, r)| claims[r.as_str()] == 1 && !all.iter().any(|o| o != w && o.contains(w)))
        .take(MAX_ENTRIES)
        .collect();
    // Every pair holding the word as a string (not only as a cut word) must hold the rendering.
    let holding = |w: &str| -> Vec<&BTreeSet<String>> {
        pairs.iter().zip(&en_words).filter(|((zh, _), _)| zh.contains(w)).map(|(_, e)| e).collect()
    };
    let chosen: Vec<_> =
        chosen.into_iter().filter(|(_, w, r)| holding(w).iter().all(|e| e.contains(r))).collect();
    let mut out = Vec::new();
    for (k, (_, w, r)) in chosen.iter().enumerate() {
        let holding = holding(w);
        let variant = (1..chosen.len())
            .map(|d| &chosen[(k + d) % chosen.len()].2)
            .find(|v| !holding.iter().any(|e| e.contains(*v) || e.contains(&words.normalize(v))));
        let mut entry = Entry::new(vec![w.to_string()], r.clone());
        entry.forbidden = variant
            .map(|v| Forbidden {
                en: v.clone(),
                reason: Some("derived for evaluation".into()),
                used_by: None,
            })
            .into_iter()
            .collect();
        out.push(Located { entry, location: Location::at("<derived>", k + 1, 1) });
    }
    out
}
