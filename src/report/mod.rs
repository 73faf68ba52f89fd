//! Stage 5: reporting. Reporters write to any `Write` and know nothing about how findings were made.
//! One `match` on the format picks the reporter.

mod html;
mod json;
mod markdown;
mod text;
pub mod tmx;

use std::collections::HashMap;
use std::io::Write;

use crate::checks::Report;
use crate::quote::Quote;

pub use json::SCHEMA_VERSION;

/// Output formats of `duizhao check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    /// A self-contained side-by-side page; wants the report's views (`RunOptions::views`).
    Html,
}

/// The quotes' texts by id, for showing spans.
pub struct Sources<'a> {
    quotes: &'a [Quote],
    by_id: HashMap<&'a str, &'a Quote>,
}

impl<'a> Sources<'a> {
    pub fn new(quotes: &'a [Quote]) -> Self {
        Sources { quotes, by_id: quotes.iter().map(|q| (q.id.as_str(), q)).collect() }
    }

    /// Every quote, in corpus order.
    pub fn quotes(&self) -> &'a [Quote] {
        self.quotes
    }

    pub fn get(&self, id: &str) -> Option<&'a Quote> {
        self.by_id.get(id).copied()
    }
}

/// How a report is written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// ANSI colours in the terminal report.
    pub color: bool,
}

/// Writes `report` in `format`.
pub fn write(
    format: Format,
    report: &Report,
    sources: &Sources<'_>,
    style: Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Text => text::write(report, sources, style.color, out),
        Format::Json => json::write(report, sources, out),
        Format::Markdown => markdown::write(report, out),
        Format::Html => html::write(report, sources, out),
    }
}
