//! Coverage evidence for `omission` and `addition`: inside a bead the aligner made of several
//! units (a dropped sentence is usually merged into its neighbour's bead, an added one likewise),
//! a unit whose content words find no counterpart in the other side of the bead, while its
//! neighbours' words do, renders nothing (or is rendered by nothing).

use crate::align::features::{EnSentence, Interner, ZhSentence, en_sentence, zh_sentence};
use crate::align::{Lexicon, Link};
use crate::segment::Words;

/// At most this share of a unit's content words may have a counterpart for it to count as a gap.
pub const GAP_COVERAGE: f64 = 0.1;
/// Its neighbours in the bead must have at least this share.
pub const NEIGHBOUR_COVERAGE: f64 = 0.3;
/// A unit needs this many content words to be judged (a short one proves nothing). Chosen on
/// mag-dev and mac-dev with `duizhao eval-review`: 3 finds more planted gaps but raises false
/// gaps on clean novel passages to 14%; 8 keeps them under 3% on both.
pub const MIN_WORDS: usize = 8;

/// A unit found to be a gap, with its evidence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    /// The unit (a Chinese clause for an omission, an English sentence for an addition).
    pub unit: usize,
    /// Its content words, and how many have a counterpart on the other side of the bead.
    pub words: usize,
    pub covered: usize,
    /// The best coverage among the other units of the bead.
    pub neighbour: f64,
}

impl Gap {
    /// The evidence, said against the `other` side's language.
    pub fn evidence(&self, other: &str) -> String {
        format!(
            "{} of its {} content words have a counterpart in the {other} it is aligned with (its neighbours: {:.0}%)",
            self.covered,
            self.words,
            100.0 * self.neighbour
        )
    }
}

/// Gaps on both sides: (Chinese units nothing renders, English units that render nothing).
pub fn find(zh: &[&str], en: &[&str], links: &[Link], lex: &Lexicon) -> (Vec<Gap>, Vec<Gap>) {
    let several = |l: &Link| !l.zh.is_empty() && !l.en.is_empty() && (l.zh.len() >= 2 || l.en.len() >= 2);
    if !links.iter().any(several) {
        return (Vec::new(), Vec::new());
    }
    let mut ids = Interner::new(lex);
    let zs: Vec<ZhSentence> = zh.iter().map(|t| zh_sentence(t, lex, &mut ids)).collect();
    let es: Vec<EnSentence> = en.iter().map(|t| en_sentence(t, Words::shared(), &mut ids)).collect();
    let (mut omitted, mut added) = (Vec::new(), Vec::new());
    for link in links.iter().filter(|l| !l.zh.is_empty() && !l.en.is_empty()) {
        if link.zh.len() >= 2 {
            let mut en_ids: Vec<u32> = link.en.iter().flat_map(|&j| es[j].set.iter().copied()).collect();
            en_ids.sort_unstable();
            let cover = |i: usize| {
                let words: Vec<_> = zs[i].tokens.iter().filter(|t| !t.ids.is_empty()).collect();
                let covered =
                    words.iter().filter(|t| t.ids.iter().any(|id| en_ids.binary_search(id).is_ok())).count();
                (words.len(), covered)
            };
            omitted.extend(judge(&link.zh, cover));
        }
        if link.en.len() >= 2 {
            let mut offers: Vec<u32> = link.zh.iter().flat_map(|&i| zs[i].offers.iter().copied()).collect();
            offers.sort_unstable();
            let cover = |j: usize| {
                let words = &es[j].tokens;
                (words.len(), words.iter().filter(|id| offers.binary_search(id).is_ok()).count())
            };
            added.extend(judge(&link.en, cover));
        }
    }
    (omitted, added)
}

/// The units of one side of a bead that are gaps, given each unit's (words, covered).
fn judge(units: &[usize], cover: impl Fn(usize) -> (usize, usize)) -> Vec<Gap> {
    let scores: Vec<(usize, usize, usize)> = units.iter().map(|&u| (u, cover(u).0, cover(u).1)).collect();
    let share = |w: usize, c: usize| if w == 0 { 0.0 } else { c as f64 / w as f64 };
    let mut out = Vec::new();
    let (min_words, gap_cov, neigh_cov) = (MIN_WORDS, GAP_COVERAGE, NEIGHBOUR_COVERAGE);
    for &(unit, words, covered) in &scores {
        let neighbour = scores
            .iter()
            .filter(|s| s.0 != unit && s.1 >= min_words)
            .map(|s| share(s.1, s.2))
            .fold(0.0, f64::max);
        if words >= min_words && share(words, covered) <= gap_cov && neighbour >= neigh_cov {
            out.push(Gap { unit, words, covered, neighbour });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uncovered_unit_beside_covered_ones_is_a_gap() {
        // unit 0: 10 words, 6 covered; unit 1: 10 words, none covered; unit 2: too short to judge.
        let cover = |u: usize| [(10, 6), (10, 0), (2, 0)][u];
        let gaps = judge(&[0, 1, 2], cover);
        assert_eq!(gaps.len(), 1);
        assert_eq!((gaps[0].unit, gaps[0].covered, gaps[0].neighbour), (1, 0, 0.6));
    }

    #[test]
    fn nothing_is_a_gap_when_the_whole_bead_is_poorly_covered() {
        let cover = |u: usize| [(10, 1), (10, 0)][u];
        assert!(judge(&[0, 1], cover).is_empty());
    }
}
