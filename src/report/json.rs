//! The JSON report, schema version 2. Wire types are kept apart from the internal ones; the schema
//! is documented in the README ("JSON report") and versioned by `version`.
//!
//! Every finding has `places`: a non-empty list of typed places, each with a `kind` and that kind's
//! fields. Offsets `start`/`end` are UTF-8 byte offsets, end exclusive, into the place's text (a
//! quote's `zh` or `en`, an article's line); `column` counts characters, 1-based.

use std::io::Write;

use serde::Serialize;

use crate::finding::{Annotation, DiffOp, Finding, Severity};
use crate::place::{Place, Side};
use crate::review::Report;

/// Bumped when a field changes meaning or disappears. 2: `places` replaced `quote`, `zh`, `en` and
/// `renderings`.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Serialize)]
struct Wire<'a> {
    version: u32,
    findings: Vec<WireFinding<'a>>,
    summary: Summary,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    stale_baseline: Vec<&'a crate::baseline::Entry>,
}

#[derive(Serialize)]
struct Summary {
    quotes: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    suppressed: usize,
    baselined: usize,
}

#[derive(Serialize, Default)]
struct WirePlace<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    side: Option<Side>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    diff: &'a [DiffOp],
}

#[derive(Serialize)]
struct WireFinding<'a> {
    rule: &'static str,
    severity: Severity,
    message: &'a str,
    places: Vec<WirePlace<'a>>,
    expected: &'a [String],
    found: Option<&'a str>,
    suggestion: Option<&'a str>,
    term: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    notes: &'a [String],
}

fn place<'a>(a: &'a Annotation, report: &'a Report) -> WirePlace<'a> {
    let span = a.span.filter(|_| report.annotated_text(a).is_some());
    let mut w = WirePlace {
        kind: a.place.kind(),
        start: span.map(|s| s.start),
        end: span.map(|s| s.end),
        text: report.annotated_text(a),
        column: super::column(report, a),
        label: a.label.as_deref(),
        diff: &a.diff,
        ..WirePlace::default()
    };
    match &a.place {
        Place::Quote { id, side } => {
            w.quote = Some(id);
            w.side = Some(*side);
            w.file = report.file_of(id).map(|p| p.display().to_string());
            w.column = None; // quote texts are records, not lines of a file
        }
        Place::Citation { quote } => {
            w.quote = Some(quote);
            w.file = report.file_of(quote).map(|p| p.display().to_string());
            w.column = None;
        }
        Place::Article { file, article, line } => {
            w.file = Some(file.clone());
            w.article = Some(article);
            w.line = Some(*line);
        }
        Place::Gloss { article, line } => {
            w.article = Some(article);
            w.line = Some(*line);
        }
        Place::Unit { file, unit, side, line } => {
            w.file = Some(file.clone());
            w.unit = Some(unit);
            w.side = Some(*side);
            w.line = Some(*line);
        }
        Place::Document { file, side, line } => {
            w.file = Some(file.clone());
            w.side = Some(*side);
            w.line = Some(*line);
        }
    }
    w
}

fn wire<'a>(f: &'a Finding, report: &'a Report) -> WireFinding<'a> {
    WireFinding {
        rule: f.rule.id(),
        severity: f.severity,
        message: &f.message,
        places: f.annotations.iter().map(|a| place(a, report)).collect(),
        expected: &f.expected,
        found: f.found.as_deref(),
        suggestion: f.suggestion.as_deref(),
        term: f.term.as_deref(),
        notes: &f.notes,
    }
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let doc = Wire {
        version: SCHEMA_VERSION,
        findings: report.findings.iter().map(|f| wire(f, report)).collect(),
        summary: Summary {
            quotes: report.quotes.len(),
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
            infos: report.count(Severity::Info),
            suppressed: report.suppressed,
            baselined: report.baselined,
        },
        stale_baseline: report.stale.iter().collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
