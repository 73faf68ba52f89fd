//! Stage 5: reporting. Reporters write to any `Write` and know nothing about how findings were made;
//! they render typed places (never parse them out of strings). One `match` on the format picks the
//! reporter.

mod html;
mod json;
mod markdown;
mod text;
pub mod tmx;

use std::io::Write;

use crate::finding::{Annotation, DiffOp};
use crate::place::Place;
use crate::review::Report;

pub use json::SCHEMA_VERSION;

/// Output formats of `duizhao check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    /// A self-contained side-by-side page; draws the quotes' aligned units (`RunOptions::views`).
    Html,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }

    /// Whether the reporter draws each quote's units and links.
    pub fn wants_views(self) -> bool {
        self == Format::Html
    }
}

/// How a report is written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// ANSI colours in the terminal report.
    pub color: bool,
}

/// Writes `report` in `format`.
pub fn write(format: Format, report: &Report, style: Style, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        Format::Text => text::write(report, style.color, out),
        Format::Json => json::write(report, out),
        Format::Markdown => markdown::write(report, out),
        Format::Html => html::write(report, out),
    }
}

/// 1-based character column of an annotation's span start in its place's text, when known.
pub(crate) fn column(report: &Report, a: &Annotation) -> Option<usize> {
    let text = report.place_text(&a.place)?;
    let start = a.span?.start;
    Some(text.get(..start)?.chars().count() + 1)
}

/// A place as a reader names it, with the column where the span starts (`file.md:12:5`).
pub(crate) fn place_name(report: &Report, a: &Annotation) -> String {
    match (&a.place, column(report, a)) {
        (Place::Article { file, line, .. }, Some(c)) => format!("{file}:{line}:{c}"),
        (Place::Document { file, line, .. }, Some(c)) => format!("{file}:{line}:{c}"),
        (place, _) => place.to_string(),
    }
}

/// A word diff in the terminal's notation: changed words only, `[-old-]{+new+}`.
pub(crate) fn diff_text(ops: &[DiffOp]) -> String {
    ops.iter()
        .map(|op| match op {
            DiffOp::Equal(_) => String::new(),
            DiffOp::Delete(w) => format!("[-{w}-]"),
            DiffOp::Insert(w) => format!("{{+{w}+}}"),
        })
        .collect()
}

/// "1 error", "2 errors".
pub(crate) fn count(n: usize, what: &str) -> String {
    if n == 1 { format!("{n} {what}") } else { format!("{n} {what}s") }
}

/// The findings' summary line.
pub(crate) fn summary(report: &Report) -> String {
    use crate::finding::Severity;
    let mut s = format!(
        "checked {}: {}, {}, {} suppressed",
        count(report.quotes.len(), "quote"),
        count(report.count(Severity::Error), "error"),
        count(report.count(Severity::Warning), "warning"),
        report.suppressed
    );
    if report.baselined > 0 || !report.stale.is_empty() {
        s.push_str(&format!(", {} baselined", report.baselined));
    }
    if !report.stale.is_empty() {
        let n = report.stale.len();
        s.push_str(&format!(", {n} stale baseline {}", if n == 1 { "entry" } else { "entries" }));
    }
    s
}
