//! The entry point: settings and inputs in, a [`Report`] out. The binary, the tests, the examples and
//! `glossary harvest` all go through it; the pipeline (load → extract → check → select rules →
//! suppress → baseline → sort) exists only here.
//!
//! ```no_run
//! use duizhao::{Inputs, Review, Settings};
//! let review = Review::new(Settings::default());
//! let report = review.check(&Inputs::paths(["quotes/"])).unwrap();
//! for f in &report.findings {
//!     println!("{} {}: {}", f.severity, f.rule, f.message);
//! }
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::align::Lexicon;
use crate::baseline::{self, Baseline};
use crate::error::Result;
use crate::extract::{self, Gloss};
use crate::finding::{Annotation, Finding, Severity};
use crate::place::{Place, Side};
use crate::quote::Quote;
use crate::settings::Settings;
use crate::view::QuoteView;

/// What to review.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Quote YAML files or corpus folders, JSON Lines files (`.jsonl`), or `-` (JSON Lines on
    /// standard input). Empty together with `articles`: `quotes/`.
    pub paths: Vec<PathBuf>,
    /// Articles whose pairs and prose are checked (`--article`).
    pub articles: Vec<PathBuf>,
    /// An input with nothing to check is not an error (`--allow-empty`).
    pub allow_empty: bool,
    /// Documents and their translations (`--pair ZH EN`), each checked as one pair.
    pub pairs: Vec<(PathBuf, PathBuf)>,
}

impl Inputs {
    pub fn paths<P: Into<PathBuf>>(paths: impl IntoIterator<Item = P>) -> Inputs {
        Inputs { paths: paths.into_iter().map(Into::into).collect(), ..Inputs::default() }
    }
}

/// An article given with `--article`: its file, slug and text.
#[derive(Debug, Clone)]
pub struct Article {
    pub file: String,
    pub slug: String,
    pub text: String,
}

/// Inputs read and extracted, ready to check.
#[derive(Debug, Default)]
pub struct Loaded {
    pub quotes: Vec<Quote>,
    /// Which file each quote came from.
    pub files: Vec<PathBuf>,
    pub glosses: Vec<Gloss>,
    pub articles: Vec<Article>,
    /// Findings of the article checks (citations, prose).
    pub article_findings: Vec<Finding>,
    /// Units of bilingual files not checked (not to be translated, locked, untranslated).
    pub skipped_units: usize,
}

/// The outcome of a review, with the texts the findings point into.
#[derive(Debug, Default)]
pub struct Report {
    /// New findings, sorted by (place, zh start, en start, rule).
    pub findings: Vec<Finding>,
    /// Every quote checked, in input order.
    pub quotes: Vec<Quote>,
    /// The file each quote came from (same order as `quotes`).
    pub files: Vec<PathBuf>,
    pub articles: Vec<Article>,
    /// Findings accepted by the quotes' `accept:` entries.
    pub suppressed: usize,
    /// Findings hidden because the baseline records them.
    pub baselined: usize,
    /// Baseline entries that matched no finding.
    pub stale: Vec<baseline::Entry>,
    /// Each quote's units, alignment and terms (when the format draws them).
    pub views: Vec<QuoteView>,
    /// Every finding before the baseline, fingerprinted (for `--write-baseline`).
    pub recorded: Option<Baseline>,
    /// `accept:` entries that matched no finding ("QUOTE: RULE [TERM]").
    pub unused_accepts: Vec<String>,
    index: HashMap<String, usize>,
}

impl Report {
    /// A report of `findings` over `quotes` (for reporters' tests and other programs).
    pub fn new(findings: Vec<Finding>, quotes: Vec<Quote>) -> Report {
        let files = vec![PathBuf::new(); quotes.len()];
        let mut r = Report { findings, quotes, files, ..Report::default() };
        r.reindex();
        r
    }

    fn reindex(&mut self) {
        self.index = self.quotes.iter().enumerate().map(|(i, q)| (q.id.clone(), i)).collect();
    }

    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.index.get(id).map(|&i| &self.quotes[i])
    }

    /// The file a quote came from, if known.
    pub fn file_of(&self, id: &str) -> Option<&Path> {
        let p = self.files.get(*self.index.get(id)?)?;
        (!p.as_os_str().is_empty()).then_some(p.as_path())
    }

    /// Line `line` (1-based) of an article given with `--article`.
    pub fn article_line(&self, article: &str, line: usize) -> Option<&str> {
        let a = self.articles.iter().find(|a| a.slug == article)?;
        a.text.lines().nth(line.checked_sub(1)?)
    }

    /// The whole text a place's spans index: a quote's side, a citation's English title, an article
    /// line.
    pub fn place_text(&self, place: &Place) -> Option<&str> {
        match place {
            Place::Quote { id, side: Side::Zh } => self.quote(id).map(|q| q.zh.as_str()),
            Place::Quote { id, side: Side::En } => self.quote(id).map(|q| q.en.as_str()),
            Place::Citation { quote } => self.quote(quote)?.citation.title_en.as_deref(),
            Place::Article { article, line, .. } => self.article_line(article, *line),
            _ => None,
        }
    }

    /// The text an annotation's span covers.
    pub fn annotated_text(&self, a: &Annotation) -> Option<&str> {
        a.span?.slice(self.place_text(&a.place)?)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }

    /// Whether a finding reaches `threshold` (the exit status 1 of `--fail-on`).
    pub fn fails(&self, threshold: Option<Severity>) -> bool {
        threshold.is_some_and(|t| self.findings.iter().any(|f| f.severity >= t))
    }
}

/// A document and its translation as one pair: id `ZH_FILE|EN_FILE`, the whole texts (UTF-8 or
/// UTF-16), segmented and aligned by the checks like any pair; places are line and column in each.
fn document_pair(zh: &Path, en: &Path) -> Result<Quote> {
    let read = |p: &Path| -> Result<String> {
        let bytes = std::fs::read(p).map_err(|e| crate::error::Error::io(p, "cannot read", &e))?;
        crate::xml::decode(p, bytes)
    };
    Ok(Quote::pair(
        format!("{}|{}", zh.display(), en.display()),
        zh.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
        1,
        read(zh)?,
        read(en)?,
    ))
}

/// A review: settings, ready to check inputs.
pub struct Review {
    settings: Settings,
}

impl Review {
    pub fn new(settings: Settings) -> Review {
        Review { settings }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Loads and checks `inputs`.
    pub fn check(&self, inputs: &Inputs) -> Result<Report> {
        Ok(self.run(self.load(inputs)?, None))
    }

    /// Reads the inputs: quote files and folders, JSON Lines, articles (extracted).
    pub fn load(&self, inputs: &Inputs) -> Result<Loaded> {
        let mut loaded = Loaded::default();
        for path in &inputs.articles {
            let text = crate::io::read_text(path)?;
            self.add_article(&path.display().to_string(), &extract::slug(path), text, &mut loaded);
        }
        for (zh, en) in &inputs.pairs {
            loaded.files.push(zh.clone());
            loaded.quotes.push(document_pair(zh, en)?);
        }
        let default = [PathBuf::from("quotes")];
        let nothing_named = inputs.paths.is_empty() && inputs.articles.is_empty() && inputs.pairs.is_empty();
        let paths = if nothing_named { &default[..] } else { &inputs.paths };
        let corpus = crate::corpus::load(paths)?;
        // A pair extracted from an article given with --article replaces the same pair in a corpus
        // file (the article is its source); any other repeated id was refused by the loader.
        let from_articles: std::collections::HashSet<String> =
            loaded.quotes.iter().map(|q| q.id.clone()).collect();
        for (file, q) in corpus.quotes {
            if from_articles.contains(&q.id) {
                continue;
            }
            loaded.files.push(file);
            loaded.quotes.push(q);
        }
        loaded.glosses.extend(corpus.glosses);
        loaded.skipped_units = corpus.skipped_units;
        if loaded.quotes.is_empty()
            && loaded.glosses.is_empty()
            && loaded.articles.is_empty()
            && !inputs.allow_empty
        {
            let named: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            return Err(crate::error::Error::new(
                crate::error::Location::file(named.join(", ")),
                "nothing to check: no quote pairs or glosses (.yaml, .yml or .jsonl files) here; \
                 pass --allow-empty if that is expected",
            ));
        }
        Ok(loaded)
    }

    /// Extracts an article's pairs and glosses into `loaded` and checks its citations and prose.
    pub fn add_article(&self, file: &str, slug: &str, text: String, loaded: &mut Loaded) {
        let extraction = extract::extract(slug, &text);
        let g = &self.settings.glossary;
        loaded.article_findings.extend(crate::checks::run_article(file, slug, &text, &extraction, g));
        loaded.files.extend(extraction.quotes.iter().map(|_| PathBuf::from(file)));
        loaded.quotes.extend(extraction.quotes);
        loaded.glosses.extend(extraction.glosses);
        loaded.articles.push(Article { file: file.to_string(), slug: slug.to_string(), text });
    }

    /// Candidate glossary entries the loaded quotes and glosses render but the glossary lacks
    /// (`duizhao glossary harvest`).
    pub fn harvest(&self, loaded: &Loaded) -> Vec<crate::glossary::harvest::Candidate> {
        let g = &self.settings.glossary;
        let lexicon = crate::checks::lexicon_for(&loaded.quotes, g);
        let observations = crate::checks::observe(&loaded.quotes, &loaded.glosses, g, &lexicon);
        crate::glossary::harvest::harvest(&observations, &loaded.glosses, g)
    }

    /// Checks what was loaded; `progress` is called once per quote, from any thread.
    pub fn run(&self, loaded: Loaded, progress: Option<&(dyn Fn() + Sync)>) -> Report {
        let s = &self.settings;
        let lexicon: Lexicon = crate::checks::lexicon_for(&loaded.quotes, &s.glossary);
        let options = crate::checks::RunOptions { views: s.format.wants_views(), progress };
        let checked =
            crate::checks::run_with(&loaded.quotes, &loaded.glosses, &s.glossary, &lexicon, &options);
        let mut findings = checked.findings;
        findings.extend(loaded.article_findings);
        findings.retain(|f| s.rules.enabled(f.rule));
        for f in &mut findings {
            f.severity = s.rules.severity(f.rule, f.severity);
        }
        findings.sort_by_key(Finding::sort_key);
        findings.dedup();
        let mut report = Report {
            quotes: loaded.quotes,
            files: loaded.files,
            articles: loaded.articles,
            suppressed: checked.suppressed,
            views: checked.views,
            unused_accepts: checked.unused_accepts,
            ..Report::default()
        };
        report.reindex();
        let text = |a: &Annotation| report.annotated_text(a).map(str::to_string);
        let fingerprinted: Vec<(String, Finding)> =
            findings.into_iter().map(|f| (baseline::fingerprint(&f, &text), f)).collect();
        if s.write_baseline.is_some() {
            let refs: Vec<(String, &Finding)> = fingerprinted.iter().map(|(fp, f)| (fp.clone(), f)).collect();
            report.recorded = Some(Baseline::record(&refs));
        }
        match &s.baseline {
            Some((_, b)) => {
                let (kept, baselined, stale) = b.apply(fingerprinted);
                report.findings = kept;
                report.baselined = baselined;
                report.stale = stale;
            }
            None => report.findings = fingerprinted.into_iter().map(|(_, f)| f).collect(),
        }
        report
    }
}
