//! Stage 4: the checks. Per-quote checks see one quote, segmented and aligned; corpus checks see
//! what every quote, citation and gloss renders. Each check is one file named after its rule, with a
//! `DOC` that `duizhao explain RULE` prints; the registries below are the explicit list.

mod addition;
mod article;
mod citation_no_footnote;
mod citation_unbalanced_quotes;
mod citation_uncited_footnote;
mod context;
mod drift;
mod gaps;
mod number_mismatch;
mod omission;
mod prose_drift;
mod prose_forbidden;
mod repeated_word;
mod term_drift;
mod term_forbidden;
mod term_missing;
mod title;
mod title_drift;
mod title_forbidden;
mod title_mismatch;

use rayon::prelude::*;

pub use article::ArticleContext;
pub use context::QuoteContext;
pub use drift::Observation;

use crate::align::Lexicon;
use crate::extract::Gloss;
use crate::finding::{Finding, Rule};
use crate::glossary::{Glossary, fold};
use crate::quote::Quote;
use crate::view::QuoteView;

/// A check of one quote.
pub trait QuoteCheck: Send + Sync {
    fn rule(&self) -> Rule;
    /// What the rule does, why it matters, an example (`duizhao explain RULE`).
    fn doc(&self) -> &'static str;
    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>);
}

/// What corpus checks see.
pub struct CorpusContext<'a> {
    pub glossary: &'a Glossary,
    pub observations: &'a [Observation],
}

/// A check over the whole corpus.
pub trait CorpusCheck: Send + Sync {
    fn rule(&self) -> Rule;
    fn doc(&self) -> &'static str;
    fn check(&self, cx: &CorpusContext<'_>, out: &mut Vec<Finding>);
}

/// A check of a whole article (`duizhao check --article`): its citations and its English prose.
pub trait ArticleCheck: Send + Sync {
    fn rule(&self) -> Rule;
    fn doc(&self) -> &'static str;
    fn check(&self, cx: &ArticleContext<'_>, out: &mut Vec<Finding>);
}

/// Every article check.
pub fn article_checks() -> Vec<Box<dyn ArticleCheck>> {
    vec![
        Box::new(citation_no_footnote::CitationNoFootnote),
        Box::new(citation_unbalanced_quotes::CitationUnbalancedQuotes),
        Box::new(citation_uncited_footnote::CitationUncitedFootnote),
        Box::new(prose_forbidden::ProseForbidden),
        Box::new(prose_drift::ProseDrift),
        Box::new(repeated_word::RepeatedWord),
    ]
}

/// Runs the article checks over an article's text (its quote pairs are checked by [`run`]).
pub fn run_article(
    file: &str,
    article: &str,
    text: &str,
    extraction: &crate::extract::Extraction,
    glossary: &Glossary,
) -> Vec<Finding> {
    let cx = ArticleContext { file, article, body: crate::extract::body_lines(text), extraction, glossary };
    let mut out = Vec::new();
    for c in article_checks() {
        c.check(&cx, &mut out);
    }
    out
}

/// Every per-quote check.
pub fn quote_checks() -> Vec<Box<dyn QuoteCheck>> {
    vec![
        Box::new(term_forbidden::TermForbidden),
        Box::new(term_missing::TermMissing),
        Box::new(title_forbidden::TitleForbidden),
        Box::new(title_mismatch::TitleMismatch),
        Box::new(number_mismatch::NumberMismatch),
        Box::new(omission::Omission),
        Box::new(addition::Addition),
    ]
}

/// Every corpus check.
pub fn corpus_checks() -> Vec<Box<dyn CorpusCheck>> {
    vec![Box::new(term_drift::TermDrift), Box::new(title_drift::TitleDrift)]
}

/// One finding per problem: findings of one quote that differ only in their places (a glossary term
/// missing in five sentences, the same figure dropped twice) become one finding with every place,
/// in the order first found.
pub fn merge_repeats(findings: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for f in findings {
        let same = |g: &Finding| {
            g.rule == f.rule
                && g.severity == f.severity
                && g.message == f.message
                && g.term == f.term
                && g.expected == f.expected
                && g.found == f.found
                && g.suggestion == f.suggestion
                && g.quote() == f.quote()
        };
        match out.iter_mut().find(|g| same(g)) {
            Some(g) => {
                for a in f.annotations {
                    if !g.annotations.contains(&a) {
                        g.annotations.push(a);
                    }
                }
            }
            None => out.push(f),
        }
    }
    out
}

/// The documentation of a rule: what it does, why it matters, an example. Taken from the check
/// that the registries above list for the rule.
pub fn doc(rule: Rule) -> &'static str {
    let quote = quote_checks().into_iter().map(|c| (c.rule(), c.doc()));
    let corpus = corpus_checks().into_iter().map(|c| (c.rule(), c.doc()));
    let article = article_checks().into_iter().map(|c| (c.rule(), c.doc()));
    quote.chain(corpus).chain(article).find(|(r, _)| *r == rule).map_or("", |(_, d)| d)
}

/// What the checks found in a set of quotes.
#[derive(Debug, Default)]
pub struct Checked {
    /// Sorted by (place, zh start, en start, rule).
    pub findings: Vec<Finding>,
    pub quotes: usize,
    /// Findings accepted by the quotes' `accept:` entries.
    pub suppressed: usize,
    /// Each quote's units, alignment and terms, in quote order (only when asked for).
    pub views: Vec<QuoteView>,
    /// `accept:` entries that matched no finding, as "QUOTE: RULE [TERM]" (stale, or mistyped).
    pub unused_accepts: Vec<String>,
}

/// Whether quote `q` accepts finding `f`: the same rule, and the same term when the entry names one.
fn accepted(q: &Quote, f: &Finding) -> bool {
    q.accept.iter().any(|a| {
        a.rule == f.rule
            && a.term
                .as_ref()
                .is_none_or(|t| f.term.as_ref().is_some_and(|ft| fold::fold(ft) == fold::fold(t)))
    })
}

/// How [`run_with`] runs.
#[derive(Default)]
pub struct RunOptions<'a> {
    /// Keep each quote's aligned units and glossary terms in [`Checked::views`] (for the HTML report).
    pub views: bool,
    /// Called once per quote checked, from any thread (for a progress bar).
    pub progress: Option<&'a (dyn Fn() + Sync)>,
}

/// Runs every check over the quotes (in parallel) and then over the corpus. The output does not
/// depend on the number of threads.
pub fn run(quotes: &[Quote], glosses: &[Gloss], glossary: &Glossary, lexicon: &Lexicon) -> Checked {
    run_with(quotes, glosses, glossary, lexicon, &RunOptions::default())
}

/// [`run`], with options.
pub fn run_with(
    quotes: &[Quote],
    glosses: &[Gloss],
    glossary: &Glossary,
    lexicon: &Lexicon,
    options: &RunOptions<'_>,
) -> Checked {
    let checks = quote_checks();
    let known = drift::Known::new(glosses);
    let per_quote: Vec<(Vec<Finding>, Vec<Observation>, Option<QuoteView>)> = quotes
        .par_iter()
        .map(|q| {
            let cx = QuoteContext::new(q, glossary, lexicon);
            let mut findings = Vec::new();
            for c in &checks {
                c.check(&cx, &mut findings);
            }
            let findings = merge_repeats(findings);
            if let Some(tick) = options.progress {
                tick();
            }
            (findings, drift::observe_quote(&cx, &known), options.views.then(|| cx.view()))
        })
        .collect();
    let mut views = Vec::new();
    let mut findings = Vec::new();
    let mut observations = drift::observe_glosses(glosses);
    for (f, o, v) in per_quote {
        findings.extend(f);
        observations.extend(o);
        views.extend(v);
    }
    let cx = CorpusContext { glossary, observations: &observations };
    for c in corpus_checks() {
        c.check(&cx, &mut findings);
    }
    let before = findings.len();
    // Only quotes with `accept:` entries can suppress anything; look them up by id.
    let accepting: std::collections::HashMap<&str, &Quote> =
        quotes.iter().filter(|q| !q.accept.is_empty()).map(|q| (q.id.as_str(), q)).collect();
    let mut unused_accepts = Vec::new();
    for q in accepting.values() {
        for a in &q.accept {
            let single = Quote { accept: vec![a.clone()], ..Quote::clone(q) };
            let used = findings.iter().any(|f| f.quotes().any(|id| id == q.id) && accepted(&single, f));
            if !used {
                let term = a.term.as_deref().map(|t| format!(" {t}")).unwrap_or_default();
                unused_accepts.push(format!("{}: {}{term}", q.id, a.rule));
            }
        }
    }
    unused_accepts.sort();
    // A finding that names several quotes (drift) is accepted when any of them accepts it.
    findings.retain(|f| !f.quotes().any(|id| accepting.get(id).is_some_and(|q| accepted(q, f))));
    let suppressed = before - findings.len();
    findings.sort_by_key(Finding::sort_key);
    findings.dedup();
    Checked { findings, quotes: quotes.len(), suppressed, views, unused_accepts }
}

/// Every place the corpus renders a Chinese term or title (what drift and `glossary harvest` see).
pub fn observe(
    quotes: &[Quote],
    glosses: &[Gloss],
    glossary: &Glossary,
    lexicon: &Lexicon,
) -> Vec<Observation> {
    let known = drift::Known::new(glosses);
    let per_quote: Vec<Vec<Observation>> = quotes
        .par_iter()
        .map(|q| drift::observe_quote(&QuoteContext::new(q, glossary, lexicon), &known))
        .collect();
    let mut out = drift::observe_glosses(glosses);
    out.extend(per_quote.into_iter().flatten());
    out
}

/// The lexicon the checks align with: CC-CEDICT (only the headwords in the corpus, when it is small)
/// plus the glossary's pairs.
pub fn lexicon_for(quotes: &[Quote], glossary: &Glossary) -> Lexicon {
    let mut lex = if quotes.len() > 2000 {
        Lexicon::cedict_owned()
    } else {
        let all: String = quotes.iter().map(|q| q.zh.as_str()).collect();
        Lexicon::cedict_for(&all)
    };
    let words = crate::segment::Words::shared();
    for l in &glossary.entries {
        for accepted in l.entry.accepted() {
            let stems: Vec<String> =
                words.en(accepted).into_iter().filter(|t| t.is_word).map(|t| t.norm).collect();
            for z in &l.entry.zh {
                lex.add(z, &stems);
            }
        }
    }
    lex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_registered_and_documented() {
        let mut registered: Vec<Rule> = quote_checks().iter().map(|c| c.rule()).collect();
        registered.extend(corpus_checks().iter().map(|c| c.rule()));
        registered.extend(article_checks().iter().map(|c| c.rule()));
        registered.sort();
        let mut all = Rule::ALL.to_vec();
        all.sort();
        assert_eq!(registered, all);
        for &r in Rule::ALL {
            let d = doc(r);
            assert!(d.starts_with(&format!("{}: ", r.id())), "{r}");
            assert!(d.contains("Why") && d.contains("Example"), "{r}: three parts");
            let fixtures = std::path::Path::new("fixtures/checks").join(r.id());
            assert!(fixtures.is_dir(), "{r} has fixtures under {}", fixtures.display());
        }
    }
}

#[cfg(test)]
mod merge_tests {
    use super::merge_repeats;
    use crate::finding::{Finding, Rule, Severity};
    use crate::span::Span;

    fn missing(id: &str, at: usize) -> Finding {
        let zh = Some(Span::new(at, at + 3));
        Finding::in_quote(Rule::TermMissing, Severity::Warning, id, zh, None, "no rendering".to_string())
    }

    #[test]
    fn one_problem_in_several_places_is_one_finding() {
        let merged =
            merge_repeats(vec![missing("a#1", 0), missing("a#1", 9), missing("a#1", 0), missing("a#2", 0)]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].annotations.len(), 2, "the repeated place is kept once");
        assert_eq!(merged[1].quote(), Some("a#2"));
    }
}
