//! `duizhao check` in-process: the committed corpus (glossary compile and lexicon load included),
//! and the corpus's quotes repeated to 2,000 pairs, counted in quote pairs.
//! Run with `cargo bench --bench check`. The 20,000- and 100,000-pair runs are whole-process runs,
//! with their commands in the README.

use divan::counter::ItemsCount;
use duizhao::checks;
use duizhao::quote::Quote;

fn corpus() -> (Vec<Quote>, Vec<duizhao::extract::Gloss>) {
    let c = duizhao::corpus::load(&["quotes".into()]).unwrap();
    (c.quotes.into_iter().map(|(_, q)| q).collect(), c.glosses)
}

#[divan::bench(sample_count = 10)]
fn committed_corpus(b: divan::Bencher) {
    let (quotes, glosses) = corpus();
    b.counter(ItemsCount::new(quotes.len())).bench(|| {
        let g = duizhao::glossary::embedded().unwrap();
        let lex = checks::lexicon_for(&quotes, &g);
        checks::run(&quotes, &glosses, &g, &lex).findings.len()
    });
}

#[divan::bench(sample_count = 5)]
fn two_thousand_pairs(b: divan::Bencher) {
    let (base, _) = corpus();
    let quotes: Vec<Quote> = (0..2000)
        .map(|i| {
            let mut q = base[i % base.len()].clone();
            q.id = format!("{}-{i}", q.id);
            q
        })
        .collect();
    let g = duizhao::glossary::embedded().unwrap();
    let lex = checks::lexicon_for(&quotes, &g);
    b.counter(ItemsCount::new(quotes.len())).bench(|| checks::run(&quotes, &[], &g, &lex).findings.len());
}

/// One pair made of Part 5's first quote repeated to about `kb` kilobytes, checked and reported as
/// text (the terminal report was where a long pair cost the most): the time per byte must not grow
/// with the size.
#[divan::bench(args = [150, 300, 600], sample_count = 3)]
fn one_long_pair(b: divan::Bencher, kb: usize) {
    let (base, _) = corpus();
    let q = base.iter().find(|q| q.id == "mcf-changing-form-part5#1").unwrap();
    let reps = kb * 1000 / (q.zh.len() + q.en.len());
    let mut long = q.clone();
    long.id = "long#1".into();
    long.zh = q.zh.repeat(reps);
    long.en = vec![q.en.as_str(); reps].join(" ");
    let g = duizhao::glossary::embedded().unwrap();
    let quotes = vec![long];
    let lex = checks::lexicon_for(&quotes, &g);
    b.counter(divan::counter::BytesCount::new(quotes[0].zh.len() + quotes[0].en.len())).bench(|| {
        let findings = checks::run(&quotes, &[], &g, &lex).findings;
        let report = duizhao::Report::new(findings, quotes.clone());
        let mut out = Vec::new();
        duizhao::report::write(
            duizhao::report::Format::Text,
            &report,
            duizhao::report::Style { color: false },
            &mut out,
        )
        .unwrap();
        out.len()
    });
}

fn main() {
    divan::main();
}
