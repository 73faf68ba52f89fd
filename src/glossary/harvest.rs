//! `duizhao glossary harvest`: candidate glossary entries from a corpus — the terms its inline
//! glosses name, its citation titles, its 《》 titles and the terms it glosses as they are rendered
//! inside quotes — that the glossary does not have yet, with how often each occurs and every
//! rendering, ready to curate into `glossary/*.yaml`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Glossary, Kind, fold};
use crate::checks::Observation;
use crate::extract::Gloss;
use crate::glossary::EnText;

/// A concept the glossary lacks.
#[derive(Debug, Serialize)]
pub struct Candidate {
    pub zh: String,
    /// Pinyin an article gives beside the term.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinyin: Option<String>,
    /// The most frequent rendering (the first seen, on a tie): a proposal for `en`.
    pub en: String,
    pub kind: Kind,
    /// How many places render it.
    pub count: usize,
    /// Every distinct rendering (words compared without case or inflection), most frequent first.
    pub renderings: Vec<Harvested>,
}

/// One rendering of a candidate and where it occurs.
#[derive(Debug, Serialize)]
pub struct Harvested {
    pub en: String,
    pub count: usize,
    pub at: Vec<String>,
}

fn norm(s: &str) -> String {
    EnText::new(s).words.into_iter().map(|w| w.norm).collect::<Vec<_>>().join(" ")
}

/// Groups what the corpus renders by Chinese term, leaving out the glossary's concepts.
pub fn harvest(observations: &[Observation], glosses: &[Gloss], glossary: &Glossary) -> Vec<Candidate> {
    let known: std::collections::HashSet<String> =
        glossary.entries.iter().flat_map(|l| l.entry.zh.iter().map(|z| fold::fold(z))).collect();
    let mut groups: BTreeMap<&str, Vec<&Observation>> = BTreeMap::new();
    for o in observations.iter().filter(|o| !known.contains(&o.key) && !o.en.trim().is_empty()) {
        groups.entry(o.key.as_str()).or_default().push(o);
    }
    let mut out = Vec::new();
    for (key, obs) in groups {
        let mut renderings: Vec<(String, Harvested)> = Vec::new();
        for o in &obs {
            let n = norm(&o.en);
            match renderings.iter_mut().find(|(k, _)| *k == n) {
                Some((_, h)) => {
                    h.count += 1;
                    h.at.push(o.place.name());
                }
                None => {
                    renderings.push((n, Harvested { en: o.en.clone(), count: 1, at: vec![o.place.name()] }))
                }
            }
        }
        // Stable: most frequent first, ties in order of first appearance.
        renderings.sort_by_key(|(_, h)| std::cmp::Reverse(h.count));
        let renderings: Vec<Harvested> = renderings.into_iter().map(|(_, h)| h).collect();
        let zh = obs[0].zh.trim_matches(['《', '》']).to_string();
        let pinyin = glosses
            .iter()
            .find(|g| fold::fold(g.zh.trim_matches(['《', '》'])) == key)
            .and_then(|g| g.pinyin.clone());
        out.push(Candidate {
            zh,
            pinyin,
            en: renderings[0].en.clone(),
            kind: if obs.iter().any(|o| o.title) { Kind::Title } else { Kind::Term },
            count: obs.len(),
            renderings,
        });
    }
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.zh.cmp(&b.zh)));
    out
}
