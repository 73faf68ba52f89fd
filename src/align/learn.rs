//! Word associations learned from a first alignment of the same document.

use rustc_hash::FxHashMap as HashMap;

use super::features::{EnSentence, ZhSentence};

/// Learns word pairs from confident beads of a first alignment — a name rendered by a translated
/// name (韦小宝 ↔ Trinket), a term rendered the same way throughout — and adds them to the Chinese
/// tokens' renderings. A pair needs `min_count` co-occurrences and a Dice score of at least `min_dice`.
pub fn learn(
    zh: &mut [ZhSentence],
    en: &[EnSentence],
    beads: &[(Vec<usize>, Vec<usize>)],
    min_count: u32,
    min_dice: f64,
) -> usize {
    let mut cz: HashMap<u32, u32> = HashMap::default();
    let mut ce: HashMap<u32, u32> = HashMap::default();
    let mut cze: HashMap<(u32, u32), u32> = HashMap::default();
    for (zs, es) in beads {
        let mut zk: Vec<u32> = zs.iter().flat_map(|&i| zh[i].tokens.iter().map(|t| t.key)).collect();
        let mut ek: Vec<u32> = es.iter().flat_map(|&j| en[j].set.iter().copied()).collect();
        zk.sort_unstable();
        zk.dedup();
        ek.sort_unstable();
        ek.dedup();
        for &z in &zk {
            *cz.entry(z).or_default() += 1;
            for &e in &ek {
                *cze.entry((z, e)).or_default() += 1;
            }
        }
        for &e in &ek {
            *ce.entry(e).or_default() += 1;
        }
    }
    let mut learned: HashMap<u32, Vec<u32>> = HashMap::default();
    for (&(z, e), &c) in &cze {
        if c < min_count {
            continue;
        }
        let dice = 2.0 * f64::from(c) / f64::from(cz[&z] + ce[&e]);
        if dice >= min_dice {
            learned.entry(z).or_default().push(e);
        }
    }
    let mut added = 0;
    for s in zh.iter_mut() {
        let mut changed = false;
        for t in &mut s.tokens {
            if let Some(es) = learned.get(&t.key) {
                for &e in es {
                    if !t.ids.contains(&e) {
                        t.ids.push(e);
                        added += 1;
                        changed = true;
                    }
                }
            }
        }
        if changed {
            s.offers.extend(s.tokens.iter().flat_map(|t| t.ids.iter().copied()).collect::<Vec<_>>());
            s.offers.sort_unstable();
            s.offers.dedup();
        }
    }
    added
}
