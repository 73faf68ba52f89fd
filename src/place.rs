//! Where a finding is: a typed place, never a string that a reporter parses back.
//!
//! Every place kind names its file or record by id; byte spans into the place's text travel beside
//! the place in an [`Annotation`](crate::finding::Annotation). Lines are 1-based; reporters turn byte
//! offsets into character columns.

use serde::Serialize;

/// Which side of a bilingual pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Zh,
    En,
}

impl Side {
    pub fn name(self) -> &'static str {
        match self {
            Side::Zh => "zh",
            Side::En => "en",
        }
    }
}

/// A location a finding points at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// One side of a quote record; spans index the quote's `zh` or `en`.
    Quote { id: String, side: Side },
    /// The citation of a quote record (its `title_zh` / `title_en`).
    Citation { quote: String },
    /// A line of an article given with `--article`; spans index the line's text.
    Article { file: String, article: String, line: usize },
    /// An inline gloss of an article, as recorded in the corpus (`quotes/glosses/`).
    Gloss { article: String, line: usize },
    /// One side of a unit of a bilingual file (XLIFF, TMX, a table); spans index that side's text.
    Unit { file: String, unit: String, side: Side, line: usize },
    /// A line of one document of a document pair; spans index the line's text.
    Document { file: String, side: Side, line: usize },
}

impl Place {
    /// The kind's name on the wire (`"kind"` in the JSON report).
    pub fn kind(&self) -> &'static str {
        match self {
            Place::Quote { .. } => "quote",
            Place::Citation { .. } => "citation",
            Place::Article { .. } => "article",
            Place::Gloss { .. } => "gloss",
            Place::Unit { .. } => "unit",
            Place::Document { .. } => "document",
        }
    }

    /// The quote this place belongs to, if it is a quote's side or citation.
    pub fn quote(&self) -> Option<&str> {
        match self {
            Place::Quote { id, .. } | Place::Citation { quote: id } => Some(id),
            _ => None,
        }
    }

    /// A short name: a quote by its id alone, other places as they display.
    pub fn name(&self) -> String {
        match self {
            Place::Quote { id, .. } => id.clone(),
            other => other.to_string(),
        }
    }

    /// What the place is within, without line numbers: a quote id, an article, a file and unit.
    /// Baseline fingerprints use it, so that they survive edits that move lines.
    pub fn owner(&self) -> String {
        match self {
            Place::Quote { id, .. } | Place::Citation { quote: id } => id.clone(),
            Place::Article { article, .. } | Place::Gloss { article, .. } => article.clone(),
            Place::Unit { file, unit, .. } => format!("{file}#{unit}"),
            Place::Document { file, .. } => file.clone(),
        }
    }

    /// The order findings are reported in: by quote id or article (then line), then file.
    pub fn sort_key(&self) -> (&str, usize) {
        match self {
            Place::Quote { id, .. } | Place::Citation { quote: id } => (id, 0),
            Place::Article { article, line, .. } | Place::Gloss { article, line } => (article, *line),
            Place::Unit { file, line, .. } | Place::Document { file, line, .. } => (file, *line),
        }
    }
}

impl std::fmt::Display for Place {
    /// The place as a reader names it: `quote-id (zh)`, `article.md:12`, `file.xlf#unit (en)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Quote { id, side } => write!(f, "{id} ({})", side.name()),
            Place::Citation { quote } => write!(f, "{quote} (citation)"),
            Place::Article { file, line, .. } => write!(f, "{file}:{line}"),
            Place::Gloss { article, line } => write!(f, "{article}:{line} (gloss)"),
            Place::Unit { file, unit, side, .. } => write!(f, "{file}#{unit} ({})", side.name()),
            Place::Document { file, line, .. } => write!(f, "{file}:{line}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_name_themselves_without_being_parsed() {
        let q = Place::Quote { id: "a#1".into(), side: Side::En };
        assert_eq!(q.to_string(), "a#1 (en)");
        assert_eq!(q.quote(), Some("a#1"));
        let a = Place::Article { file: "dir/a b.md".into(), article: "a b".into(), line: 12 };
        assert_eq!(a.to_string(), "dir/a b.md:12");
        assert_eq!(a.owner(), "a b");
        assert_eq!(a.sort_key(), ("a b", 12));
        let g = Place::Gloss { article: "x:1".into(), line: 3 };
        assert_eq!(g.quote(), None);
        assert_eq!(g.kind(), "gloss");
    }
}
