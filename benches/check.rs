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

fn main() {
    divan::main();
}
