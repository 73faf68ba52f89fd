//! Check fixtures: every `fixtures/checks/<rule>/<case>.yaml` is run through the checks and its
//! findings are snapshot-tested. `ok-*` cases must give no finding of their rule; others at least one.

use std::path::{Path, PathBuf};

use duizhao::extract::Gloss;
use duizhao::finding::{Finding, Rule};
use duizhao::glossary::{self, Entry, Glossary};
use duizhao::place::{Place, Side};
use duizhao::quote::{Accept, Citation, Quote};
use duizhao::review::Loaded;
use duizhao::{Review, Settings};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    #[allow(dead_code)]
    about: String,
    #[serde(default)]
    quotes: Vec<CaseQuote>,
    #[serde(default)]
    glosses: Vec<Gloss>,
    #[serde(default)]
    glossary: Option<Vec<Entry>>,
    /// An article's text, for the article checks (its quote pairs are checked too).
    #[serde(default)]
    article: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseQuote {
    id: String,
    zh: String,
    en: String,
    #[serde(default)]
    citation: Citation,
    #[serde(default)]
    accept: Vec<Accept>,
}

/// What a snapshot shows of a finding: texts rather than offsets, so it reads as a review.
#[derive(Serialize)]
struct Shown {
    rule: String,
    severity: String,
    quote: String,
    message: String,
    zh: Option<String>,
    en: Option<String>,
    expected: Vec<String>,
    found: Option<String>,
    suggestion: Option<String>,
}

fn run_case(path: &Path) -> (Vec<Shown>, Vec<Rule>) {
    let text = std::fs::read_to_string(path).unwrap();
    let case: Case = duizhao::yaml::from_str(path, &text).unwrap_or_else(|e| panic!("{e}"));
    let glossary = match case.glossary {
        None => glossary::embedded().unwrap(),
        Some(entries) => {
            let yaml = duizhao::yaml::to_string(&entries).unwrap();
            Glossary::compile(glossary::parse(&[(PathBuf::from("case-glossary.yaml"), yaml)]).unwrap())
        }
    };
    let quotes: Vec<Quote> = case
        .quotes
        .into_iter()
        .map(|q| Quote {
            id: q.id,
            article: String::new(),
            footnote: 0,
            line: 0,
            zh: q.zh,
            en: q.en,
            citation: q.citation,
            note: None,
            attribution: None,
            accept: q.accept,
        })
        .collect();
    let review = Review::new(Settings { glossary, ..Settings::default() });
    let mut loaded = Loaded {
        files: vec![PathBuf::new(); quotes.len()],
        quotes,
        glosses: case.glosses,
        ..Loaded::default()
    };
    if let Some(text) = case.article {
        review.add_article("article", "article", text, &mut loaded);
    }
    let report = review.run(loaded, None);
    let rules = report.findings.iter().map(|f| f.rule).collect();
    let side = |f: &Finding, side: Side| {
        f.annotations
            .iter()
            .find(|a| matches!(&a.place, Place::Quote { side: s, .. } if *s == side))
            .and_then(|a| report.annotated_text(a))
            .map(str::to_string)
    };
    let shown = report
        .findings
        .iter()
        .map(|f| Shown {
            rule: f.rule.id().to_string(),
            severity: f.severity.to_string(),
            quote: f.primary().place.name(),
            message: f.message.clone(),
            zh: side(f, Side::Zh),
            en: side(f, Side::En),
            expected: f.expected.clone(),
            found: f.found.clone(),
            suggestion: f.suggestion.clone(),
        })
        .collect();
    (shown, rules)
}

#[test]
fn case() {
    insta::glob!("../fixtures/checks", "*/*.yaml", |path| {
        let rule_id = path.parent().unwrap().file_name().unwrap().to_str().unwrap();
        let rule = Rule::from_id(rule_id).unwrap_or_else(|| panic!("{rule_id} is not a rule"));
        let (shown, rules) = run_case(path);
        let name = path.file_name().unwrap().to_str().unwrap();
        if name.starts_with("ok-") {
            assert!(!rules.contains(&rule), "{}: expected no {rule_id}", path.display());
        } else {
            assert!(rules.contains(&rule), "{}: expected a {rule_id} finding", path.display());
        }
        insta::assert_yaml_snapshot!(shown);
    });
}
