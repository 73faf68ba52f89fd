//! The JSON report. Wire types are kept apart from the internal ones; the schema is documented in
//! the README ("JSON report") and versioned by `version`.
//!
//! Offsets are UTF-8 byte offsets into the quote's `zh` or `en`, end exclusive.

use std::io::Write;

use serde::Serialize;

use super::Sources;
use crate::checks::Report;
use crate::finding::{Finding, Rendering, Severity};

/// Bumped when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Wire<'a> {
    version: u32,
    findings: Vec<WireFinding<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct Summary {
    quotes: usize,
    errors: usize,
    warnings: usize,
    suppressed: usize,
}

#[derive(Serialize)]
struct WireSpan<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct WireFinding<'a> {
    rule: &'static str,
    severity: Severity,
    quote: &'a str,
    message: &'a str,
    zh: Option<WireSpan<'a>>,
    en: Option<WireSpan<'a>>,
    expected: &'a [String],
    found: Option<&'a str>,
    suggestion: Option<&'a str>,
    term: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    renderings: &'a [Rendering],
}

fn wire<'a>(f: &'a Finding, sources: &Sources<'a>) -> WireFinding<'a> {
    let q = sources.get(&f.quote);
    let span = |text: Option<&'a str>, s: Option<(usize, usize)>| {
        let (t, (start, end)) = (text?, s?);
        Some(WireSpan { text: t.get(start..end)?, start, end })
    };
    WireFinding {
        rule: f.rule.id(),
        severity: f.severity,
        quote: &f.quote,
        message: &f.message,
        zh: span(q.map(|q| q.zh.as_str()), f.zh.map(|s| (s.start, s.end))),
        en: span(q.map(|q| q.en.as_str()), f.en.map(|s| (s.start, s.end))),
        expected: &f.expected,
        found: f.found.as_deref(),
        suggestion: f.suggestion.as_deref(),
        term: f.term.as_deref(),
        renderings: &f.renderings,
    }
}

pub fn write(report: &Report, sources: &Sources<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let doc = Wire {
        version: SCHEMA_VERSION,
        findings: report.findings.iter().map(|f| wire(f, sources)).collect(),
        summary: Summary {
            quotes: report.quotes,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            suppressed: report.suppressed,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
