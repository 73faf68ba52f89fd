//! The quote record: an English body quote paired with its Chinese original and split citation.
//! One YAML file per article under `quotes/` holds a list of these.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Result;

/// One English rendering ↔ Chinese original pair, as extracted from an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// `<article-slug>#<footnote>`.
    pub id: String,
    /// The article's file name without its extension.
    pub article: String,
    /// The footnote number that holds the Chinese original.
    pub footnote: u32,
    /// 1-based line of the English body quote in the article (of the footnote, when the footnote
    /// itself carries the English).
    pub line: usize,
    /// The Chinese original exactly as written; elided fragments are joined by ` / `.
    pub zh: String,
    /// The English rendering exactly as written; paragraphs are separated by a blank line.
    pub en: String,
    #[serde(default, skip_serializing_if = "Citation::is_empty")]
    pub citation: Citation,
    /// The article author's own remark on the source, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The attribution line under the body quote, as written (without its footnote number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// Findings a reviewer has accepted for this quote: they are counted as suppressed, not shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<Accept>,
}

impl Quote {
    /// A pair with only its id, source, line and two sides (no footnote, citation, note or
    /// accepts): a unit of a bilingual file, a table row, a document pair, an evaluation pair.
    pub fn pair(id: String, article: String, line: usize, zh: String, en: String) -> Quote {
        Quote {
            id,
            article,
            footnote: 0,
            line,
            zh,
            en,
            citation: Citation::default(),
            note: None,
            attribution: None,
            accept: Vec::new(),
        }
    }
}

/// An accepted finding: every finding of `rule` in the quote, or only those about Chinese `term`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accept {
    pub rule: crate::finding::Rule,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
    /// Why it was accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Where a quote comes from. Every field is absent when the source does not give it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_zh: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors_en: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors_zh: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher_zh: Option<String>,
    /// ISO 8601 (`2017-11-28`, `2017-11`, `2017`) where it can be read, else as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// When the source was accessed, ISO 8601 where it can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}

impl Citation {
    pub fn is_empty(&self) -> bool {
        *self == Citation::default()
    }
}

/// Reads one quote file (a YAML list of records).
pub fn load_file(path: &Path) -> Result<Vec<Quote>> {
    let text = crate::io::read_text(path)?;
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    crate::yaml::from_str(path, &text)
}
