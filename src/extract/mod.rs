//! Stage 1: articles → quote records. Finds the English body quotes, the footnotes that hold their
//! Chinese originals, splits the citations into fields, and collects inline glosses.
//!
//! Shapes handled: block quotes closed by an attribution line ending in the footnote number
//! (`…, July 11, 2019.2`), multi-paragraph quotes, numbered or bulleted footnote lists under a
//! "Footnotes" heading (misspellings tolerated), Markdown footnotes (`[^n]`, `[^n]: …`), footnotes
//! that carry the English quotation with the Chinese in parentheses, and footnotes without Chinese.

mod citation;
mod document;
mod footnote;
mod glosses;
mod text;

use std::path::Path;

use serde::{Deserialize, Serialize};

pub use citation::iso_date;
pub use glosses::Gloss;
pub use text::{has_han, is_han};

use crate::error::{Error, Location, Result};
use crate::quote::{Citation, Quote};
use document::{Document, RefKind, ends_with_date, is_heading, looks_like_attribution};
use text::quotes_balanced;

/// What kind of problem a warning reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// A block quote whose attribution has no footnote number.
    NoFootnote,
    /// Unbalanced quotation marks in a body quote or its attribution.
    UnbalancedQuotes,
    /// A reference to a footnote that does not exist.
    MissingFootnote,
    /// A footnote cited nowhere in the text.
    UncitedFootnote,
    /// A footnote with Chinese but no body quote to pair it with.
    UnpairedFootnote,
}

/// Something in an article the extractor could not pair cleanly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub article: String,
    /// 1-based line.
    pub line: usize,
    pub message: String,
    pub kind: WarningKind,
}

/// Everything extracted from one or more articles.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    pub quotes: Vec<Quote>,
    pub warnings: Vec<Warning>,
    pub glosses: Vec<Gloss>,
}

impl Extraction {
    pub fn append(&mut self, mut other: Extraction) {
        self.quotes.append(&mut other.quotes);
        self.warnings.append(&mut other.warnings);
        self.glosses.append(&mut other.glosses);
    }
}

/// The article slug: the file name without its extension.
pub fn slug(path: &Path) -> String {
    path.file_stem().map_or_else(|| "stdin".to_string(), |s| s.to_string_lossy().into_owned())
}

/// Reads and extracts one article file.
pub fn extract_file(path: &Path) -> Result<Extraction> {
    let text = crate::io::read_text(path)?;
    if text.contains('\0') {
        return Err(Error::new(Location::file(path), "contains NUL bytes; expected a text article"));
    }
    if text.trim().is_empty() {
        return Err(Error::new(Location::file(path), "is empty; expected an article"));
    }
    Ok(extract(&slug(path), &text))
}

/// Extracts quote pairs, warnings and glosses from an article's text.
pub fn extract(article: &str, text: &str) -> Extraction {
    let doc = Document::parse(text);
    let refs = doc.references();
    let mut out = Extraction::default();
    let warn = |out: &mut Extraction, kind: WarningKind, line: usize, message: String| {
        out.warnings.push(Warning { article: article.to_string(), line, message, kind });
    };

    let attribution_lines: Vec<usize> =
        refs.iter().filter(|r| r.kind == RefKind::Attribution).map(|r| r.line).collect();

    // Block-quote attributions that carry no footnote number.
    for (i, line) in doc.body_lines() {
        if attribution_lines.contains(&i) || !looks_like_attribution(line) || !ends_with_date(line) {
            continue;
        }
        if quote_above(&doc, i, 1).is_none() {
            continue;
        }
        warn(
            &mut out,
            WarningKind::NoFootnote,
            i + 1,
            "block quote has no footnote: its attribution line ends without a footnote number".into(),
        );
        if !quotes_balanced(line) {
            warn(
                &mut out,
                WarningKind::UnbalancedQuotes,
                i + 1,
                "unbalanced quotation marks in the attribution of a block quote".into(),
            );
        }
    }

    for r in &refs {
        if !doc.has_footnote(r.number) {
            warn(
                &mut out,
                WarningKind::MissingFootnote,
                r.line + 1,
                format!("cites footnote {}, which does not exist", r.number),
            );
        }
    }

    for f in &doc.footnotes {
        let content = footnote::parse(&f.text);
        let cited: Vec<_> = refs.iter().filter(|r| r.number == f.number).collect();
        if cited.is_empty() {
            warn(
                &mut out,
                WarningKind::UncitedFootnote,
                f.line,
                format!("footnote {} is cited nowhere in the text", f.number),
            );
        }
        if content.zh.is_empty() {
            if text::has_han(&f.text) {
                warn(
                    &mut out,
                    WarningKind::UnpairedFootnote,
                    f.line,
                    format!("footnote {} holds Chinese that is not a quotation duizhao can pair", f.number),
                );
            }
            continue;
        }
        let zh = content.zh.join(" / ");
        let mut citation = content.citation;
        let (line, en, attribution) = if let Some(en) = content.en {
            (f.line, en, None)
        } else if let Some(r) = cited.iter().find(|r| r.kind == RefKind::Attribution) {
            let Some((first, paragraphs)) = quote_above(&doc, r.line, content.zh.len()) else {
                warn(
                    &mut out,
                    WarningKind::UnpairedFootnote,
                    r.line + 1,
                    format!("attribution for footnote {} has no block quote above it", f.number),
                );
                continue;
            };
            let en = paragraphs.join("\n\n");
            if !quotes_balanced(&en) || !quotes_balanced(&r.text) {
                warn(
                    &mut out,
                    WarningKind::UnbalancedQuotes,
                    first + 1,
                    format!("body quote for footnote {} has unbalanced quotation marks", f.number),
                );
            }
            let attribution = r.text.trim().trim_start_matches(['>', '—', '―', '-', ' ']).trim().to_string();
            fill_missing(&mut citation, citation::parse(&attribution).citation);
            (first + 1, en, Some(attribution))
        } else if let Some((r, quoted)) = cited.iter().find_map(|r| match &r.kind {
            RefKind::Inline { quoted: Some(q) } => Some((r, q.clone())),
            _ => None,
        }) {
            (r.line + 1, quoted, None)
        } else {
            warn(
                &mut out,
                WarningKind::UnpairedFootnote,
                f.line,
                format!("footnote {} has Chinese but no matching body quote", f.number),
            );
            continue;
        };
        out.quotes.push(Quote {
            id: format!("{article}#{}", f.number),
            article: article.to_string(),
            footnote: f.number,
            line,
            zh,
            en,
            citation,
            note: content.note,
            attribution,
            accept: Vec::new(),
        });
    }

    for (i, line) in doc.body_lines() {
        if !attribution_lines.contains(&i) {
            out.glosses.extend(glosses::find(article, i + 1, line));
        }
    }
    out.warnings.sort_by(|a, b| (a.line, &a.message).cmp(&(b.line, &b.message)));
    out
}

/// The article's body lines (not footnotes), as (1-based line number, text).
pub fn body_lines(text: &str) -> Vec<(usize, &str)> {
    Document::parse(text).body_lines().map(|(i, l)| (i + 1, l)).collect()
}

/// Fills the fields of `c` that are absent from `other` (the body's attribution line).
fn fill_missing(c: &mut Citation, other: Citation) {
    c.title_en = c.title_en.take().or(other.title_en);
    c.publisher_en = c.publisher_en.take().or(other.publisher_en);
    c.date = c.date.take().or(other.date);
    c.accessed = c.accessed.take().or(other.accessed);
    c.page = c.page.take().or(other.page);
    if c.authors_en.is_empty() {
        c.authors_en = other.authors_en;
    }
}

/// The block quote above an attribution at 0-based line `at`: a Markdown `>` block, or up to `max`
/// paragraphs back to a heading, another attribution or the start. Returns (first line, paragraphs).
fn quote_above(doc: &Document<'_>, at: usize, max: usize) -> Option<(usize, Vec<String>)> {
    let lines = &doc.lines;
    let in_block = |i: usize| lines[i].trim_start().starts_with('>');
    let mut j = at;
    if in_block(at) || (at > 0 && in_block(at - 1)) {
        let mut paragraphs: Vec<Vec<&str>> = vec![Vec::new()];
        let mut first = at;
        while j > 0 && in_block(j - 1) {
            j -= 1;
            let content = lines[j].trim_start()[1..].strip_prefix(' ').unwrap_or(&lines[j].trim_start()[1..]);
            if looks_like_attribution(content) && content.trim_start().starts_with(['—', '―', '-']) {
                continue;
            }
            if content.trim().is_empty() {
                paragraphs.insert(0, Vec::new());
            } else {
                paragraphs[0].insert(0, content.trim_end());
                first = j;
            }
        }
        let paragraphs: Vec<String> =
            paragraphs.into_iter().filter(|p| !p.is_empty()).map(|p| p.join("\n")).collect();
        return (!paragraphs.is_empty()).then_some((first, paragraphs));
    }
    let mut paragraphs = Vec::new();
    let mut first = at;
    while j > 0 && paragraphs.len() < max.max(1) {
        j -= 1;
        let line = lines[j];
        if line.trim().is_empty() {
            continue;
        }
        if is_heading(line) || looks_like_attribution(line) || document::is_footnote_heading(line) {
            break;
        }
        paragraphs.insert(0, line.trim_end().to_string());
        first = j;
    }
    (!paragraphs.is_empty()).then_some((first, paragraphs))
}
