//! Stage 3: alignment — which English units render which Chinese units, what was left out and what
//! was added. A lexical aligner: CC-CEDICT and the glossary, numbers, names through pinyin,
//! punctuation cues and a per-document length ratio, combined in one bead score and searched with a
//! banded dynamic programme (linear in document length).

mod features;
pub mod lexicon;
mod search;

use serde::{Deserialize, Serialize};

pub use features::{EnSentence, Interner, ZhSentence, en_sentence, han_number, zh_sentence};
pub use lexicon::Lexicon;

use crate::segment::Words;

/// One link: Chinese unit indices ↔ English unit indices (either side may be empty), with a
/// confidence in 0..=1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub zh: Vec<usize>,
    pub en: Vec<usize>,
    pub confidence: f32,
}

/// Tuning of the search. The defaults were set on MAC-Dev with a handful of weights; the length
/// ratio is estimated from each document.
#[derive(Debug, Clone)]
pub struct Params {
    /// Most sentences on one side of a bead.
    pub max_bead: usize,
    /// Half-width of the first pass's band around the length diagonal, in sentences.
    pub band: usize,
    /// Half-width of the second pass's band around the first path.
    pub refine_band: usize,
    /// Weight of the lexical evidence against the length evidence.
    pub lex_weight: f64,
    /// Spread of the log length ratio.
    pub len_sigma: f64,
    /// Score of leaving one sentence unaligned.
    pub skip: f64,
    /// Cost of each sentence a bead merges beyond one per side.
    pub merge_penalty: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            max_bead: 4,
            band: 40,
            refine_band: 8,
            lex_weight: 0.7,
            len_sigma: 0.4,
            skip: 0.0,
            merge_penalty: 0.4,
        }
    }
}

impl Params {
    /// Applies `key=value,key=value` overrides (the `--params` flag), e.g. `skip=0.1,max_bead=3`.
    pub fn with_overrides(mut self, spec: &str) -> Result<Params, String> {
        for item in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (k, v) = item.split_once('=').ok_or_else(|| format!("`{item}`: expected key=value"))?;
            let num = |v: &str| v.parse::<f64>().map_err(|_| format!("`{item}`: `{v}` is not a number"));
            match k {
                "max_bead" => self.max_bead = num(v)?.clamp(1.0, 8.0) as usize,
                "band" => self.band = num(v)?.max(1.0) as usize,
                "refine_band" => self.refine_band = num(v)?.max(1.0) as usize,
                "lex_weight" => self.lex_weight = num(v)?,
                "len_sigma" => self.len_sigma = num(v)?.max(0.01),
                "skip" => self.skip = num(v)?,
                "merge_penalty" => self.merge_penalty = num(v)?,
                _ => return Err(format!("unknown parameter `{k}`")),
            }
        }
        Ok(self)
    }
}

/// Aligns Chinese sentences with English sentences.
pub fn align(zh: &[&str], en: &[&str], lex: &Lexicon, words: &Words, params: &Params) -> Vec<Link> {
    let mut ids = Interner::new(lex);
    let zs: Vec<ZhSentence> = zh.iter().map(|t| zh_sentence(t, lex, &mut ids)).collect();
    let es: Vec<EnSentence> = en.iter().map(|t| en_sentence(t, words, &mut ids)).collect();
    let zc: usize = zs.iter().map(|s| s.chars).sum();
    let ec: usize = es.iter().map(|s| s.chars).sum();
    let ratio = if zc == 0 || ec == 0 { 3.0 } else { ec as f64 / zc as f64 };
    search::align(&search::Scorer { zh: &zs, en: &es, params, ratio })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check_cover(links: &[Link], n: usize, m: usize) -> Result<(), TestCaseError> {
        let (mut zi, mut ei) = (0, 0);
        for l in links {
            prop_assert!(!(l.zh.is_empty() && l.en.is_empty()));
            for &z in &l.zh {
                prop_assert_eq!(z, zi);
                zi += 1;
            }
            for &e in &l.en {
                prop_assert_eq!(e, ei);
                ei += 1;
            }
            prop_assert!((0.0..=1.0).contains(&l.confidence));
        }
        prop_assert_eq!((zi, ei), (n, m));
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn every_unit_in_exactly_one_link_and_no_crossing(
            zh in proptest::collection::vec("[一二三走了我他。？]{0,12}", 0..25),
            en in proptest::collection::vec("[a-zA-Z ?.]{0,30}", 0..25),
        ) {
            let lex = Lexicon::cedict_for(&zh.concat());
            let z: Vec<&str> = zh.iter().map(String::as_str).collect();
            let e: Vec<&str> = en.iter().map(String::as_str).collect();
            let links = align(&z, &e, &lex, Words::shared(), &Params::default());
            check_cover(&links, z.len(), e.len())?;
        }
    }

    #[test]
    fn one_to_two_and_omission() {
        let zh = ["我没走掉。", "陈清扬把我拽住，叫我留下来。", "今天下雨。"];
        let en =
            ["I did not leave.", "Chen Qingyang grabbed me.", "She asked me to stay.", "It rains today."];
        let lex = Lexicon::cedict_for(&zh.concat());
        let links = align(&zh, &en, &lex, Words::shared(), &Params::default());
        let pairs: Vec<(Vec<usize>, Vec<usize>)> =
            links.iter().map(|l| (l.zh.clone(), l.en.clone())).collect();
        assert_eq!(pairs, [(vec![0], vec![0]), (vec![1], vec![1, 2]), (vec![2], vec![3])]);
    }
}
