//! Baselines: record today's findings so that a team can adopt duizhao on an existing corpus and
//! fail CI only on new problems (`check --write-baseline FILE`, then `--baseline FILE`).
//!
//! A finding is recorded by a fingerprint of its rule, and of each place's kind, owner (quote id,
//! article, file and unit — never a line number or byte offset) and the text at the place, plus the
//! term and what was found. Unrelated edits (a line added above, a quote reordered) keep
//! fingerprints; a change to the text involved makes the finding new. Equal fingerprints are
//! counted: a baseline that recorded one such finding hides one.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Location, Result};
use crate::finding::{Annotation, Finding, Rule};

/// The baseline file's format version.
pub const VERSION: u32 = 1;

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    pub rule: Rule,
    /// Where the finding was (for people reading the file; not matched).
    pub place: String,
    pub message: String,
}

/// A baseline file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

/// 64-bit FNV-1a: stable across runs, platforms and versions (unlike `std`'s hasher).
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// The fingerprint of `f`; `text` gives the text an annotation's span covers, when known.
pub fn fingerprint(f: &Finding, text: &dyn Fn(&Annotation) -> Option<String>) -> String {
    let mut parts: Vec<String> = vec![f.rule.id().to_string()];
    for a in &f.annotations {
        parts.push(a.place.kind().to_string());
        parts.push(a.place.owner());
        parts.push(text(a).or_else(|| a.label.clone()).unwrap_or_default());
    }
    parts.push(f.term.clone().unwrap_or_default());
    parts.push(f.found.clone().unwrap_or_default());
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    format!("{:016x}", fnv1a(&refs))
}

impl Baseline {
    /// Records `findings` (each with its fingerprint).
    pub fn record(findings: &[(String, &Finding)]) -> Baseline {
        let mut entries: Vec<Entry> = findings
            .iter()
            .map(|(fp, f)| Entry {
                fingerprint: fp.clone(),
                rule: f.rule,
                place: f.primary().place.to_string(),
                message: f.message.clone(),
            })
            .collect();
        entries.sort_by(|a, b| (&a.place, a.rule, &a.fingerprint).cmp(&(&b.place, b.rule, &b.fingerprint)));
        Baseline { version: VERSION, findings: entries }
    }

    /// Reads a baseline file; errors name the file, line and column.
    pub fn load(path: &Path) -> Result<Baseline> {
        let text = crate::io::read_text(path)?;
        let b: Baseline = serde_json::from_str(&text).map_err(|e| {
            Error::new(Location::at(path, e.line(), e.column()), format!("not a duizhao baseline: {e}"))
        })?;
        if b.version != VERSION {
            return Err(Error::new(
                Location::file(path),
                format!(
                    "baseline version {} is not supported (this duizhao writes version {VERSION})",
                    b.version
                ),
            ));
        }
        Ok(b)
    }

    /// The file's text.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).map(|s| s + "\n").unwrap_or_default()
    }

    /// Splits fingerprinted findings into new ones (returned, in order) and baselined ones (counted);
    /// also returns the entries that matched nothing (stale).
    pub fn apply<T>(&self, findings: Vec<(String, T)>) -> (Vec<T>, usize, Vec<Entry>) {
        let mut left: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
        for e in &self.findings {
            left.entry(e.fingerprint.as_str()).or_default().push(e);
        }
        let mut kept = Vec::new();
        let mut baselined = 0;
        for (fp, f) in findings {
            match left.get_mut(fp.as_str()).and_then(Vec::pop) {
                Some(_) => baselined += 1,
                None => kept.push(f),
            }
        }
        let stale = left.into_values().flatten().cloned().collect();
        (kept, baselined, stale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;
    use crate::place::Place;

    fn finding(line: usize, found: &str) -> Finding {
        let a = Annotation::new(Place::Article { file: "a.txt".into(), article: "a".into(), line });
        let mut f = Finding::new(Rule::RepeatedWord, Severity::Warning, a, format!("line {line}"));
        f.found = Some(found.into());
        f
    }

    #[test]
    fn fingerprints_ignore_lines_but_not_text() {
        let none = |_: &Annotation| None;
        assert_eq!(fingerprint(&finding(3, "the the"), &none), fingerprint(&finding(9, "the the"), &none));
        assert_ne!(fingerprint(&finding(3, "the the"), &none), fingerprint(&finding(3, "a a"), &none));
    }

    #[test]
    fn apply_counts_and_reports_stale_entries() {
        let none = |_: &Annotation| None;
        let old = [finding(1, "x x"), finding(2, "y y")];
        let fps: Vec<(String, &Finding)> = old.iter().map(|f| (fingerprint(f, &none), f)).collect();
        let b = Baseline::record(&fps);
        let now = [finding(5, "x x"), finding(6, "x x"), finding(7, "z z")];
        let input: Vec<(String, usize)> =
            now.iter().enumerate().map(|(i, f)| (fingerprint(f, &none), i)).collect();
        let (kept, baselined, stale) = b.apply(input);
        assert_eq!(kept, [1, 2]);
        assert_eq!(baselined, 1);
        assert_eq!(stale.len(), 1);
        assert_eq!(stale[0].message, "line 2");
    }
}
