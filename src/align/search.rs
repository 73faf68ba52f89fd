//! The monotone search over beads (0-1, 1-0, 1-1 up to `max_bead` sentences a side), in two passes
//! that each keep a band of cells per row, so time and memory grow linearly with the document:
//! a first pass with small beads in a wide band around the length diagonal, then a second pass with
//! every bead size in a narrow band around the first path.

use super::features::{EnSentence, ZhSentence};
use super::{Link, Params};

/// Which tokens of a Chinese sentence an English sentence covers, and the reverse.
#[derive(Debug, Clone, Copy, Default)]
struct PairMask {
    zh: u128,
    en: u128,
}

fn pair_mask(z: &ZhSentence, e: &EnSentence) -> PairMask {
    let mut m = PairMask::default();
    for (t, tok) in z.tokens.iter().take(128).enumerate() {
        if tok.ids.iter().any(|id| e.set.binary_search(id).is_ok()) {
            m.zh |= 1 << t;
        }
    }
    for (t, id) in e.tokens.iter().take(128).enumerate() {
        if z.offers.binary_search(id).is_ok() {
            m.en |= 1 << t;
        }
    }
    m
}

/// The total weight of the tokens whose bits are set.
fn weighted(mut bits: u128, weights: &[f32]) -> f64 {
    let mut sum = 0.0;
    while bits != 0 {
        let t = bits.trailing_zeros() as usize;
        sum += f64::from(weights.get(t).copied().unwrap_or(1.0));
        bits &= bits - 1;
    }
    sum
}

/// Per-row ranges of columns, inclusive.
#[derive(Debug, Clone)]
pub struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
}

/// Pair masks for the cells near a band.
struct Pairs<'a> {
    zh: &'a [ZhSentence],
    en: &'a [EnSentence],
    lo: Vec<usize>,
    rows: Vec<Vec<PairMask>>,
}

impl<'a> Pairs<'a> {
    fn new(zh: &'a [ZhSentence], en: &'a [EnSentence], band: &Band, margin: usize) -> Self {
        let mut lo = Vec::with_capacity(zh.len());
        let mut rows = Vec::with_capacity(zh.len());
        for i in 0..zh.len() {
            // Row i's sentence is used by cells of rows i+1 ..= i+margin.
            let rows_using = (i + 1)..=(i + margin).min(zh.len());
            let l = rows_using.clone().map(|r| band.lo[r]).min().unwrap_or(0).saturating_sub(margin);
            let h = rows_using.map(|r| band.hi[r]).max().unwrap_or(0).min(en.len());
            lo.push(l);
            rows.push((l..h).map(|j| pair_mask(&zh[i], &en[j])).collect());
        }
        Pairs { zh, en, lo, rows }
    }

    fn get(&self, i: usize, j: usize) -> PairMask {
        match j.checked_sub(self.lo[i]).and_then(|k| self.rows[i].get(k)) {
            Some(m) => *m,
            None => pair_mask(&self.zh[i], &self.en[j]),
        }
    }
}

/// Scores beads for one document.
pub struct Scorer<'a> {
    pub zh: &'a [ZhSentence],
    pub en: &'a [EnSentence],
    pub params: &'a Params,
    /// English characters per Chinese character in this document.
    pub ratio: f64,
}

impl Scorer<'_> {
    /// Lexical similarity (0..=1) and summed lengths of zh[i0..i0+a] against en[j0..j0+b].
    fn lexical(&self, pairs: &Pairs<'_>, i0: usize, a: usize, j0: usize, b: usize) -> (f64, usize, usize) {
        let (mut cz, mut ce, mut nz, mut ne) = (0f64, 0f64, 0f64, 0f64);
        let (mut lz, mut le) = (0usize, 0usize);
        let mut en_or = [0u128; 8];
        for i in i0..i0 + a {
            let mut zh_or = 0u128;
            for (k, j) in (j0..j0 + b).enumerate() {
                let m = pairs.get(i, j);
                zh_or |= m.zh;
                en_or[k] |= m.en;
            }
            cz += weighted(zh_or, &self.zh[i].weights);
            nz += self.zh[i].total;
            lz += self.zh[i].chars;
        }
        for (k, j) in (j0..j0 + b).enumerate() {
            ce += weighted(en_or[k], &self.en[j].weights);
            ne += self.en[j].total;
            le += self.en[j].chars;
        }
        let sim = if self.params.sim_mode == 1 {
            let (pz, pe) = (if nz > 0.0 { cz / nz } else { 0.0 }, if ne > 0.0 { ce / ne } else { 0.0 });
            (pz * pe).sqrt()
        } else if nz + ne <= 0.0 {
            0.0
        } else {
            (cz + ce) / (nz + ne)
        };
        (sim, lz, le)
    }

    /// Quality in 0..=1 of rendering zh[i0..i0+a] as en[j0..j0+b] (both non-empty).
    fn quality(&self, pairs: &Pairs<'_>, i0: usize, a: usize, j0: usize, b: usize, margin: bool) -> f64 {
        let p = self.params;
        let (mut sim, lz, le) = self.lexical(pairs, i0, a, j0, b);
        if margin && p.margin > 0.0 {
            // How much better this pairing is than pairing each side with the other side's neighbours.
            let mut around = Vec::new();
            if j0 > 0 {
                around.push(self.lexical(pairs, i0, a, j0 - 1, 1).0);
            }
            if j0 + b < self.en.len() {
                around.push(self.lexical(pairs, i0, a, j0 + b, 1).0);
            }
            if i0 > 0 {
                around.push(self.lexical(pairs, i0 - 1, 1, j0, b).0);
            }
            if i0 + a < self.zh.len() {
                around.push(self.lexical(pairs, i0 + a, 1, j0, b).0);
            }
            if !around.is_empty() {
                sim -= p.margin * around.iter().sum::<f64>() / around.len() as f64;
            }
        }
        let expected = self.ratio * lz as f64;
        if p.len_mode == 1 {
            let (lo, hi) = if (le as f64) < expected { (le as f64, expected) } else { (expected, le as f64) };
            let len = (1.0 + (lo + 1.0) / (hi + 1.0)).log2();
            return sim * len;
        }
        let delta = ((le as f64 + 1.0) / (expected + 1.0)).ln();
        let len = (-delta * delta / (2.0 * p.len_sigma * p.len_sigma)).exp();
        p.lex_weight * sim + (1.0 - p.lex_weight) * len
    }

    fn penalty(&self, a: usize, b: usize) -> f64 {
        self.params.bead_cost
            + match (a, b) {
                (1, 1) => 0.0,
                (1, 2) | (2, 1) => self.params.merge_penalty,
                _ => self.params.merge_penalty * (a + b - 2) as f64,
            }
    }
}

/// Beads to try: (zh sentences, en sentences).
fn beads(max: usize) -> Vec<(usize, usize)> {
    let mut v = vec![(1, 0), (0, 1)];
    for a in 1..=max {
        for b in 1..=max {
            if a + b <= max + 1 || (a == 2 && b == 2 && max >= 2) {
                v.push((a, b));
            }
        }
    }
    v
}

/// One banded pass. Returns the beads of the best path, in order, with their qualities.
fn pass(
    s: &Scorer<'_>,
    band: &Band,
    max_bead: usize,
    margin: bool,
) -> Vec<(usize, usize, usize, usize, f64)> {
    let (n, m) = (s.zh.len(), s.en.len());
    let pairs = Pairs::new(s.zh, s.en, band, max_bead);
    let bead_list = beads(max_bead);
    let offset: Vec<usize> = band
        .lo
        .iter()
        .zip(&band.hi)
        .scan(0usize, |acc, (l, h)| {
            let o = *acc;
            *acc += h + 1 - l;
            Some(o)
        })
        .collect();
    let cells = offset.last().map_or(0, |&o| o + band.hi[n] + 1 - band.lo[n]);
    let mut score = vec![f64::NEG_INFINITY; cells];
    let mut back = vec![u8::MAX; cells];
    // A path through (i, j) cuts both texts there: where one side is inside a quotation and the
    // other is not, the cut is probably in the wrong place.
    let zq = super::features::inside_quotes(s.zh.iter().map(|z| z.last_quote));
    let eq = super::features::inside_quotes(s.en.iter().map(|e| e.last_quote));
    let boundary = |i: usize, j: usize| if zq[i] != eq[j] { -s.params.quote_boundary } else { 0.0 };
    let idx = |i: usize, j: usize| -> Option<usize> {
        (j >= band.lo[i] && j <= band.hi[i]).then(|| offset[i] + j - band.lo[i])
    };
    score[0] = 0.0;
    for i in 0..=n {
        for j in band.lo[i]..=band.hi[i] {
            let Some(here) = idx(i, j) else { continue };
            if i == 0 && j == 0 {
                continue;
            }
            let mut best = f64::NEG_INFINITY;
            let mut arg = u8::MAX;
            for (k, &(a, b)) in bead_list.iter().enumerate() {
                if a > i || b > j {
                    continue;
                }
                let Some(from) = idx(i - a, j - b) else { continue };
                let prev = score[from];
                if prev == f64::NEG_INFINITY {
                    continue;
                }
                let gain = if a == 0 || b == 0 {
                    s.params.skip
                } else {
                    s.quality(&pairs, i - a, a, j - b, b, margin) * ((a + b) as f64).powf(s.params.size_power)
                        - s.penalty(a, b)
                };
                if prev + gain > best {
                    best = prev + gain;
                    arg = k as u8;
                }
            }
            score[here] = best + boundary(i, j);
            back[here] = arg;
        }
    }
    let mut path = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let Some(here) = idx(i, j) else { break };
        let Some(&(a, b)) = bead_list.get(back[here] as usize) else { break };
        let q =
            if a == 0 || b == 0 { 0.0 } else { s.quality(&pairs, i - a, a, j - b, b, false).clamp(0.0, 1.0) };
        path.push((i - a, a, j - b, b, q));
        i -= a;
        j -= b;
    }
    path.reverse();
    path
}

/// The band around the length diagonal: row i is centred where the cumulative English length
/// reaches the cumulative Chinese length times the document's ratio.
fn diagonal_band(s: &Scorer<'_>, width: usize) -> Band {
    let (n, m) = (s.zh.len(), s.en.len());
    let mut en_cum = Vec::with_capacity(m + 1);
    en_cum.push(0.0);
    for e in s.en {
        en_cum.push(en_cum.last().copied().unwrap_or(0.0) + e.chars as f64);
    }
    let (mut lo, mut hi) = (Vec::with_capacity(n + 1), Vec::with_capacity(n + 1));
    let mut zh_cum = 0.0;
    let mut j = 0;
    for i in 0..=n {
        if i > 0 {
            zh_cum += s.zh[i - 1].chars as f64;
        }
        let target = if i == n { f64::INFINITY } else { zh_cum * s.ratio };
        while j < m && en_cum[j + 1] <= target {
            j += 1;
        }
        let c = if i == n { m } else { j };
        lo.push(c.saturating_sub(width));
        hi.push((c + width).min(m));
    }
    lo[0] = 0;
    hi[n] = m;
    lo[n] = lo[n].min(m);
    connect(Band { lo, hi })
}

/// Makes consecutive rows overlap so the end is always reachable.
fn connect(mut band: Band) -> Band {
    for i in 1..band.lo.len() {
        band.lo[i] = band.lo[i].max(band.lo[i - 1]);
        if band.lo[i] > band.hi[i - 1] {
            band.lo[i] = band.hi[i - 1];
        }
        band.hi[i] = band.hi[i].max(band.lo[i]);
    }
    band
}

/// A band of `width` around a path of beads.
fn path_band(path: &[(usize, usize, usize, usize, f64)], n: usize, m: usize, width: usize) -> Band {
    let mut lo = vec![usize::MAX; n + 1];
    let mut hi = vec![0; n + 1];
    let mut mark = |i: usize, j: usize| {
        lo[i] = lo[i].min(j);
        hi[i] = hi[i].max(j);
    };
    mark(0, 0);
    // A bead from (i0, j0) to (i0 + a, j0 + b): its first row starts at j0, its last row ends at
    // j0 + b, and the rows between span both.
    for &(i0, a, j0, b, _) in path {
        mark(i0, j0);
        for i in i0 + 1..i0 + a {
            mark(i, j0);
            mark(i, j0 + b);
        }
        mark(i0 + a, j0 + b);
    }
    mark(n, m);
    for i in 1..=n {
        if lo[i] == usize::MAX {
            lo[i] = lo[i - 1];
            hi[i] = hi[i - 1];
        }
    }
    let lo = lo.iter().map(|&l| l.saturating_sub(width)).collect();
    let hi = hi.iter().map(|&h| (h + width).min(m)).collect();
    connect(Band { lo, hi })
}

/// Aligns the sentences. Every sentence lies in exactly one link; links never cross. With `band`
/// (from an earlier call on the same document), the first pass is skipped. Returns the links and
/// the band the final pass searched.
pub fn align(s: &Scorer<'_>, band: Option<Band>) -> (Vec<Link>, Option<Band>) {
    let (n, m) = (s.zh.len(), s.en.len());
    if n == 0 || m == 0 {
        let links = (0..n)
            .map(|i| Link { zh: vec![i], en: vec![], confidence: 1.0 })
            .chain((0..m).map(|j| Link { zh: vec![], en: vec![j], confidence: 1.0 }))
            .collect();
        return (links, None);
    }
    let band = band.unwrap_or_else(|| {
        let first = pass(s, &diagonal_band(s, s.params.band), 2.min(s.params.max_bead), false);
        path_band(&first, n, m, s.params.refine_band)
    });
    let path = pass(s, &band, s.params.max_bead, true);
    let links = path
        .into_iter()
        .map(|(i0, a, j0, b, q)| Link {
            zh: (i0..i0 + a).collect(),
            en: (j0..j0 + b).collect(),
            confidence: if a == 0 || b == 0 {
                (1.0 - s.params.skip).clamp(0.0, 1.0) as f32
            } else {
                q as f32
            },
        })
        .collect();
    (links, Some(band))
}
