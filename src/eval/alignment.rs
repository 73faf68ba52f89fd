//! Scores alignments the way Vecalign and Bertalign do (see `../shared/README.md`): strict and lax
//! precision, recall and F1, pooled over documents.

use std::path::Path;

use crate::error::{Error, Location, Result};

/// A link as (zh ids, en ids).
pub type GoldLink = (Vec<usize>, Vec<usize>);

/// Parses `[8,9]:[8]` lines. Errors name the file, line and column.
pub fn parse_links(path: &Path, text: &str) -> Result<Vec<GoldLink>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let err = |col: usize, m: &str| Error::new(Location::at(path, n + 1, col), m.to_string());
        let Some((a, b)) = t.split_once("]:[") else {
            return Err(err(1, "expected a link like `[8,9]:[8]`"));
        };
        let list = |s: &str, col: usize| -> Result<Vec<usize>> {
            let s = s.trim_start_matches('[').trim_end_matches(']');
            if s.trim().is_empty() {
                return Ok(Vec::new());
            }
            s.split(',')
                .map(|x| x.trim().parse().map_err(|_| err(col, &format!("`{x}` is not a sentence number"))))
                .collect()
        };
        out.push((list(a, 2)?, list(b, a.len() + 4)?));
    }
    Ok(out)
}

/// Formats a link in the gold format.
pub fn format_link(zh: &[usize], en: &[usize]) -> String {
    let j = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
    format!("[{}]:[{}]", j(zh), j(en))
}

/// Pooled counts.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub test: usize,
    pub strict_p: usize,
    pub lax_p: usize,
    pub gold: usize,
    pub strict_r: usize,
    pub lax_r: usize,
}

impl Counts {
    pub fn add(&mut self, o: Counts) {
        self.test += o.test;
        self.strict_p += o.strict_p;
        self.lax_p += o.lax_p;
        self.gold += o.gold;
        self.strict_r += o.strict_r;
        self.lax_r += o.lax_r;
    }

    /// (precision, recall, F1) strict and lax.
    pub fn scores(&self) -> ([f64; 3], [f64; 3]) {
        let prf = |tp_p: usize, tp_r: usize| {
            let p = if self.test == 0 { 0.0 } else { tp_p as f64 / self.test as f64 };
            let r = if self.gold == 0 { 0.0 } else { tp_r as f64 / self.gold as f64 };
            let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
            [p, r, f]
        };
        (prf(self.strict_p, self.strict_r), prf(self.lax_p, self.lax_r))
    }
}

fn matches(link: &GoldLink, against: &[GoldLink]) -> (bool, bool) {
    let strict = against.contains(link);
    let lax = strict
        || against
            .iter()
            .any(|g| link.0.iter().any(|z| g.0.contains(z)) && link.1.iter().any(|e| g.1.contains(e)));
    (strict, lax)
}

/// Scores one document's test links against its gold links.
pub fn score(gold: &[GoldLink], test: &[GoldLink]) -> Counts {
    let mut c = Counts { test: test.len(), ..Counts::default() };
    for t in test {
        let (s, l) = matches(t, gold);
        c.strict_p += usize::from(s);
        c.lax_p += usize::from(l);
    }
    let both = |v: &[GoldLink]| -> Vec<GoldLink> {
        v.iter().filter(|(z, e)| !z.is_empty() && !e.is_empty()).cloned().collect()
    };
    let (gold_both, test_both) = (both(gold), both(test));
    c.gold = gold_both.len();
    for g in &gold_both {
        let (s, l) = matches(g, &test_both);
        c.strict_r += usize::from(s);
        c.lax_r += usize::from(l);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_and_lax() {
        let p = Path::new("g.align");
        let gold = parse_links(p, "[0,1]:[0]\n[2]:[1,2]\n[3]:[]\n").unwrap();
        let test = parse_links(p, "[0]:[0]\n[1]:[]\n[2]:[1,2]\n[3]:[]\n").unwrap();
        let c = score(&gold, &test);
        assert_eq!((c.test, c.strict_p, c.lax_p), (4, 2, 3));
        assert_eq!((c.gold, c.strict_r, c.lax_r), (2, 1, 2));
    }

    #[test]
    fn bad_link_names_line() {
        let err = parse_links(Path::new("g.align"), "[0]:[0]\n[x]:[1]\n").unwrap_err();
        assert!(err.to_string().starts_with("g.align:2:2: `x` is not a sentence number"), "{err}");
    }
}
