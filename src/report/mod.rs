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
    /// Articles checked with `--article`: slug → (file name to show, text).
    articles: HashMap<&'a str, (&'a str, &'a str)>,
}

impl<'a> Sources<'a> {
    pub fn new(quotes: &'a [Quote]) -> Self {
        Sources {
            quotes,
            by_id: quotes.iter().map(|q| (q.id.as_str(), q)).collect(),
            articles: HashMap::new(),
        }
    }

    /// Adds an article's text, so findings at `slug:line` can show the line.
    pub fn with_article(mut self, slug: &'a str, file: &'a str, text: &'a str) -> Self {
        self.articles.insert(slug, (file, text));
        self
    }

    /// Line `line` (1-based) of article `slug`, with the file name to show.
    pub fn article_line(&self, slug: &str, line: usize) -> Option<(&'a str, &'a str)> {
        let (file, text) = self.articles.get(slug)?;
        Some((file, text.lines().nth(line.checked_sub(1)?)?))
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
