//! Stage 3: alignment — which English units render which Chinese units, what was left out and what
//! was added. A lexical aligner: CC-CEDICT and the glossary, numbers, names through pinyin,
//! punctuation cues and a per-document length ratio, combined in one bead score and searched with a
//! banded dynamic programme (linear in document length).

pub(crate) mod features;
mod learn;
pub mod lexicon;
mod search;

use serde::{Deserialize, Serialize};

pub use crate::numbers::han_number;
pub use features::{EnSentence, Interner, ZhSentence, en_sentence, zh_sentence};
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
    /// How hard common evidence is discounted (0: not at all).
    pub specificity: f64,
    /// How much of the neighbours' similarity is subtracted (Bertalign's margin; 0: none).
    pub margin: f64,
    /// A bead's score grows with its size to this power (1: per sentence; 0: per bead).
    pub size_power: f64,
    /// 0: length and lexicon added (Gaussian on the log ratio); 1: multiplied (log2(1 + min/max)).
    pub len_mode: u8,
    /// 0: Dice over both sides' tokens; 1: geometric mean of the two coverages.
    pub sim_mode: u8,
    /// Weight of a Chinese token with no gloss (particles, unknown names).
    pub bare_weight: f32,
    /// Rounds of learning word pairs from the alignment so far and aligning again (0: off).
    pub learn: u8,
    /// Cost of every bead that pairs sentences (against splitting one bead into two).
    pub bead_cost: f64,
    /// Cost of a bead boundary that falls inside a quotation on one side and outside on the other.
    pub quote_boundary: f64,
    /// Least confidence of a bead to learn from.
    pub learn_confidence: f64,
    /// Least co-occurrences and Dice score of a learned pair.
    pub learn_count: u32,
    pub learn_dice: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            max_bead: 6,
            band: 30,
            refine_band: 3,
            lex_weight: 0.7,
            len_sigma: 0.4,
            skip: -0.2,
            merge_penalty: 0.02,
            specificity: 0.0,
            margin: 0.4,
            size_power: 0.0,
            len_mode: 1,
            sim_mode: 0,
            bare_weight: 0.0,
            learn: 1,
            quote_boundary: 0.1,
            bead_cost: 0.015,
            learn_confidence: 0.3,
            learn_count: 3,
            learn_dice: 0.5,
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
                "specificity" => self.specificity = num(v)?.max(0.0),
                "margin" => self.margin = num(v)?,
                "size_power" => self.size_power = num(v)?,
                "len_mode" => self.len_mode = num(v)?.clamp(0.0, 1.0) as u8,
                "sim_mode" => self.sim_mode = num(v)?.clamp(0.0, 1.0) as u8,
                "bare_weight" => self.bare_weight = num(v)?.clamp(0.0, 1.0) as f32,
                "learn" => self.learn = num(v)?.clamp(0.0, 5.0) as u8,
                "quote_boundary" => self.quote_boundary = num(v)?,
                "bead_cost" => self.bead_cost = num(v)?,
                "learn_confidence" => self.learn_confidence = num(v)?,
                "learn_count" => self.learn_count = num(v)?.max(1.0) as u32,
                "learn_dice" => self.learn_dice = num(v)?,
                _ => return Err(format!("unknown parameter `{k}`")),
            }
        }
        Ok(self)
    }
}

/// Aligns Chinese sentences with English sentences.
pub fn align(zh: &[&str], en: &[&str], lex: &Lexicon, words: &Words, params: &Params) -> Vec<Link> {
    let mut ids = Interner::new(lex);
    let mut zs: Vec<ZhSentence> = zh.iter().map(|t| zh_sentence(t, lex, &mut ids)).collect();
    let mut es: Vec<EnSentence> = en.iter().map(|t| en_sentence(t, words, &mut ids)).collect();
    let zc: usize = zs.iter().map(|s| s.chars).sum();
    let ec: usize = es.iter().map(|s| s.chars).sum();
    // English characters per Chinese character: this document's own ratio, shrunk towards a prior
    // (3.5, the middle of MAC-Dev's 2.9–4.3 and the articles' 4.2) by 300 characters' worth, so a
    // short quote is not judged by a ratio its own additions or omissions have skewed.
    const PRIOR: f64 = 3.5;
    const WEIGHT: f64 = 300.0;
    let ratio = (ec as f64 + PRIOR * WEIGHT) / (zc as f64 + WEIGHT);
    features::weigh(&mut zs, &mut es, params.specificity, params.bare_weight);
    let (mut links, band) = search::align(&search::Scorer { zh: &zs, en: &es, params, ratio }, None);
    // Learning needs repetition: a short text has too few beads to learn from.
    if zs.len() < 20 {
        return links;
    }
    for _ in 0..params.learn {
        let confident: Vec<(Vec<usize>, Vec<usize>)> = links
            .iter()
            .filter(|l| {
                !l.zh.is_empty()
                    && !l.en.is_empty()
                    && l.zh.len() + l.en.len() <= 3
                    && f64::from(l.confidence) >= params.learn_confidence
            })
            .map(|l| (l.zh.clone(), l.en.clone()))
            .collect();
        if learn::learn(&mut zs, &es, &confident, params.learn_count, params.learn_dice) == 0 {
            break;
        }
        features::weigh(&mut zs, &mut es, params.specificity, params.bare_weight);
        links = search::align(&search::Scorer { zh: &zs, en: &es, params, ratio }, band.clone()).0;
    }
    links
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
