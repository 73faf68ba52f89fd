//! Review accuracy on a gold-aligned corpus (`duizhao eval-review`): the gold links give clean
//! professional pairs to count false alarms on, and pairs and three-sentence passages to plant
//! errors in — a figure changed, a glossary rendering replaced by a forbidden variant or mistyped,
//! a sentence dropped from or an unrelated sentence added into a passage. See [`plant`] for how each
//! error is made and [`score`] for how it is counted.

use std::path::Path;

use crate::error::{Error, Location, Result};
use crate::eval::alignment::{GoldLink, parse_links};
use crate::quote::Quote;

pub mod derive;
pub mod plant;
pub mod score;

pub use plant::{Case, Kind, Suite};
pub use score::{Scores, score};

/// One document of the corpus: sentences one per line on each side, and its gold links.
#[derive(Debug, Clone)]
pub struct Doc {
    pub name: String,
    pub zh: Vec<String>,
    pub en: Vec<String>,
    pub gold: Vec<GoldLink>,
}

impl Doc {
    /// The sentences of a link joined as one pair's Chinese and English.
    pub fn sides(&self, links: &[GoldLink]) -> (String, String) {
        let zh: Vec<&str> = links.iter().flat_map(|l| l.0.iter().map(|&i| self.zh[i].trim())).collect();
        let en: Vec<&str> = links.iter().flat_map(|l| l.1.iter().map(|&i| self.en[i].trim())).collect();
        (zh.concat(), en.join(" "))
    }
}

/// Reads a corpus folder in the layout of `../shared/eval/alignment/*`: `zh/NAME`, `en/NAME` and
/// `gold/NAME.align`. Errors name the file (and line, for a link that points past the text).
pub fn read_corpus(dir: &Path) -> Result<Vec<Doc>> {
    let gold_dir = dir.join("gold");
    let mut names: Vec<String> = std::fs::read_dir(&gold_dir)
        .map_err(|e| Error::io(&gold_dir, "cannot read the gold folder", &e))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter_map(|n| n.strip_suffix(".align").map(str::to_string))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(Error::new(Location::file(&gold_dir), "holds no .align files"));
    }
    let mut docs = Vec::new();
    for name in names {
        let lines = |side: &str| -> Result<Vec<String>> {
            let p = dir.join(side).join(&name);
            Ok(crate::io::read_text(&p)?.lines().map(str::to_string).collect())
        };
        let (zh, en) = (lines("zh")?, lines("en")?);
        let path = gold_dir.join(format!("{name}.align"));
        let gold = parse_links(&path, &crate::io::read_text(&path)?)?;
        for (n, (z, e)) in gold.iter().enumerate() {
            if z.iter().any(|&i| i >= zh.len()) || e.iter().any(|&i| i >= en.len()) {
                let m = "the link names a sentence past the end of its text";
                return Err(Error::new(Location::at(&path, n + 1, 1), m.to_string()));
            }
        }
        docs.push(Doc { name, zh, en, gold });
    }
    Ok(docs)
}

/// A pair to review, with the id the report will name it by.
pub fn quote(id: String, doc: &str, zh: String, en: String) -> Quote {
    Quote::pair(id, doc.to_string(), 0, zh, en)
}

/// Fewer glossary renderings than this in the clean pairs, and the glossary is completed with terms
/// derived from the corpus ([`derive`]).
pub const MIN_PLANTABLE: usize = 50;

/// What an evaluation used and found.
pub struct Evaluation {
    pub suite: Suite,
    pub scores: Scores,
    /// Entries derived from the corpus and added to the glossary.
    pub derived: usize,
}

/// Builds the cases of `docs`, reviews them with `settings` (whose glossary also chooses where
/// terms are planted) and scores the findings.
pub fn evaluate(docs: &[Doc], mut settings: crate::settings::Settings) -> Evaluation {
    let clean: Vec<(String, String)> = docs
        .iter()
        .flat_map(|d| {
            d.gold
                .iter()
                .filter(|l| !l.0.is_empty() && !l.1.is_empty())
                .map(|l| d.sides(std::slice::from_ref(l)))
        })
        .collect();
    let plantable =
        clean.iter().filter(|(zh, en)| plant::rendering_in(&settings.glossary, zh, en).is_some()).count();
    let mut derived = 0;
    if plantable < MIN_PLANTABLE {
        let pairs: Vec<(&str, &str)> = clean.iter().map(|(z, e)| (z.as_str(), e.as_str())).collect();
        let extra = derive::derive(&pairs);
        derived = extra.len();
        let mut entries = settings.glossary.entries.clone();
        entries.extend(extra);
        settings.glossary = crate::glossary::Glossary::compile(entries);
    }
    let suite = plant::build(docs, &settings.glossary);
    let mut loaded = crate::review::Loaded::default();
    for case in &suite.cases {
        loaded.files.push(std::path::PathBuf::from(&case.quote.article));
        loaded.quotes.push(case.quote.clone());
    }
    let report = crate::review::Review::new(settings).run(loaded, None);
    let scores = score(&suite, &report.findings);
    Evaluation { suite, scores, derived }
}
