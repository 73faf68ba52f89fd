//! Check fixtures: every `fixtures/checks/<rule>/<case>.yaml` is run through the checks and its
//! findings are snapshot-tested. `ok-*` cases must give no finding of their rule; others at least one.

use std::path::{Path, PathBuf};

use duizhao::checks;
use duizhao::extract::Gloss;
use duizhao::finding::Rule;
use duizhao::glossary::{self, Entry, Glossary};
use duizhao::quote::{Accept, Citation, Quote};
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
    let g = match case.glossary {
        None => glossary::embedded().unwrap(),
        Some(entries) => {
            let yaml = duizhao::yaml::to_string(&entries).unwrap();
            Glossary::compile(glossary::parse(&[(PathBuf::from("case-glossary.yaml"), yaml)]).unwrap())
        }
    };
    let mut quotes: Vec<Quote> = case
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
    let mut glosses = case.glosses;
    let mut article_findings = Vec::new();
    if let Some(text) = &case.article {
        let extraction = duizhao::extract::extract("article", text);
        article_findings = checks::run_article("article", text, &extraction, &g);
        quotes.extend(extraction.quotes);
        glosses.extend(extraction.glosses);
    }
    let lex = checks::lexicon_for(&quotes, &g);
    let mut report = checks::run(&quotes, &glosses, &g, &lex);
    report.findings.extend(article_findings);
    report.findings.sort_by_key(duizhao::finding::Finding::sort_key);
    let rules = report.findings.iter().map(|f| f.rule).collect();
    let shown = report
        .findings
        .iter()
        .map(|f| {
            let q = quotes.iter().find(|q| q.id == f.quote);
            Shown {
                rule: f.rule.id().to_string(),
                severity: f.severity.to_string(),
                quote: f.quote.clone(),
                message: f.message.clone(),
                zh: f.zh.and_then(|s| q.map(|q| s.slice(&q.zh).to_string())),
                en: f.en.and_then(|s| q.map(|q| s.slice(&q.en).to_string())),
                expected: f.expected.clone(),
                found: f.found.clone(),
                suggestion: f.suggestion.clone(),
            }
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
