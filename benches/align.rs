//! Alignment speed: one MAC-Dev chapter (lexicon load included), and the six chapters concatenated
//! once and four times to show how cost grows. Reads `../shared/eval/alignment/mac-dev/` at run time
//! (the novels are never copied into the repository); without it the benchmarks align the corpus's
//! own quotes. Run with `cargo bench --bench align`.

use std::sync::OnceLock;

use divan::counter::ItemsCount;
use duizhao::align::{self, Lexicon, Params};
use duizhao::segment::Words;

const MAC: &str = "../shared/eval/alignment/mac-dev";

fn read_lines(path: &str) -> Vec<String> {
    std::fs::read_to_string(path).map(|t| t.lines().map(str::to_string).collect()).unwrap_or_default()
}

/// (zh sentences, en sentences) of chapter 001, or of the corpus quotes.
fn chapter() -> &'static (Vec<String>, Vec<String>) {
    static C: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    C.get_or_init(|| {
        let zh = read_lines(&format!("{MAC}/zh/001"));
        if !zh.is_empty() {
            return (zh, read_lines(&format!("{MAC}/en/001")));
        }
        let corpus = duizhao::corpus::load(&["quotes".into()]).unwrap();
        let zh = corpus.quotes.iter().map(|(_, q)| q.zh.clone()).collect();
        let en = corpus.quotes.iter().map(|(_, q)| q.en.clone()).collect();
        (zh, en)
    })
}

fn all_chapters(times: usize) -> (Vec<String>, Vec<String>) {
    let (mut zh, mut en) = (Vec::new(), Vec::new());
    for _ in 0..times {
        for d in ["001", "002", "003", "004", "005", "006"] {
            zh.extend(read_lines(&format!("{MAC}/zh/{d}")));
            en.extend(read_lines(&format!("{MAC}/en/{d}")));
        }
    }
    if zh.is_empty() {
        let (z, e) = chapter();
        for _ in 0..times {
            zh.extend(z.iter().cloned());
            en.extend(e.iter().cloned());
        }
    }
    (zh, en)
}

fn run(zh: &[String], en: &[String]) -> usize {
    let lex = Lexicon::cedict_for(&zh.concat());
    let z: Vec<&str> = zh.iter().map(String::as_str).collect();
    let e: Vec<&str> = en.iter().map(String::as_str).collect();
    align::align(&z, &e, &lex, Words::shared(), &Params::default()).len()
}

/// One chapter, lexicon load included; counted in Chinese sentences.
#[divan::bench(sample_count = 10)]
fn one_chapter(b: divan::Bencher) {
    let (zh, en) = chapter();
    b.counter(ItemsCount::new(zh.len())).bench(|| run(zh, en));
}

/// The six chapters concatenated `n` times: cost grows linearly.
#[divan::bench(args = [1, 4], sample_count = 3)]
fn concatenated(b: divan::Bencher, n: usize) {
    let (zh, en) = all_chapters(n);
    b.counter(ItemsCount::new(zh.len())).bench(|| run(&zh, &en));
}

fn main() {
    divan::main();
}
