//! The terminal report: each finding as a compiler-style diagnostic with the Chinese and English
//! around its spans, then a summary line.

use std::io::Write;

use super::Sources;
use crate::checks::Report;
use crate::finding::Severity;

/// `text` around `start..end`, the span marked with ⟦ ⟧, at most `radius` characters either side.
fn excerpt(text: &str, start: usize, end: usize, radius: usize) -> String {
    let (Some(before), Some(mid), Some(after)) = (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return String::new();
    };
    let b: String = before.chars().rev().take(radius).collect::<Vec<_>>().into_iter().rev().collect();
    let a: String = after.chars().take(radius).collect();
    let lead = if b.len() < before.len() { "…" } else { "" };
    let tail = if a.len() < after.len() { "…" } else { "" };
    format!("{lead}{b}⟦{mid}⟧{a}{tail}").replace('\n', " ")
}

pub fn write(report: &Report, sources: &Sources<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    for f in &report.findings {
        writeln!(out, "{}[{}] {}: {}", f.severity, f.rule, f.quote, f.message)?;
        if let Some(q) = sources.get(&f.quote) {
            if let Some(s) = f.zh {
                writeln!(out, "   zh | {}", excerpt(&q.zh, s.start, s.end, 20))?;
            }
            if let Some(s) = f.en {
                writeln!(out, "   en | {}", excerpt(&q.en, s.start, s.end, 40))?;
            }
        }
        for r in &f.renderings {
            let diff = if r.diff.is_empty() { String::new() } else { format!("   {}", r.diff) };
            writeln!(out, "    - “{}” at {}{diff}", r.en, r.at)?;
        }
        if let Some(s) = &f.suggestion {
            writeln!(out, "  fix: {s}")?;
        }
        writeln!(out)?;
    }
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    writeln!(
        out,
        "checked {} quotes: {} errors, {} warnings, {} suppressed",
        report.quotes,
        count(Severity::Error),
        count(Severity::Warning),
        report.suppressed
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_marks_the_span() {
        assert_eq!(excerpt("实施军民融合发展战略,是", 6, 18, 2), "实施⟦军民融合⟧发展…");
    }
}
