//! Stage 5: reporting. Reporters write to any `Write` and know nothing about how findings were made.
//! One `match` on the format picks the reporter.

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
}

/// The quotes' texts by id, for showing spans.
pub struct Sources<'a> {
    by_id: HashMap<&'a str, &'a Quote>,
}

impl<'a> Sources<'a> {
    pub fn new(quotes: &'a [Quote]) -> Self {
        Sources { by_id: quotes.iter().map(|q| (q.id.as_str(), q)).collect() }
    }

    pub fn get(&self, id: &str) -> Option<&'a Quote> {
        self.by_id.get(id).copied()
    }
}

/// Writes `report` in `format`.
pub fn write(
    format: Format,
    report: &Report,
    sources: &Sources<'_>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Text => text::write(report, sources, out),
        Format::Json => json::write(report, sources, out),
        Format::Markdown => markdown::write(report, out),
    }
}
