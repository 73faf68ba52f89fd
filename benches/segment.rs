//! Segmentation throughput: English and Chinese sentences and clauses, beside jieba-rs's own word
//! segmentation on the same Chinese text. Run with `cargo bench --bench segment`.
//!
//! Text: the five articles in `fixtures/articles/` (English) repeated to about 2 MB; the Chinese
//! side is the MAC-Dev chapters read at run time from `../shared/eval/alignment/mac-dev/zh/` when
//! present (never copied into the repository), else the corpus's Chinese quotes, repeated likewise.

use std::sync::OnceLock;

use divan::counter::BytesCount;
use duizhao::segment::{self, Words};

const TARGET: usize = 2_000_000;

fn repeat_to(text: &str) -> String {
    let mut out = String::with_capacity(TARGET + text.len());
    while out.len() < TARGET {
        out.push_str(text);
        out.push_str("\n\n");
    }
    out
}

fn english() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| {
        let mut all = String::new();
        let mut paths: Vec<_> =
            std::fs::read_dir("fixtures/articles").unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths {
            all.push_str(&std::fs::read_to_string(p).unwrap());
        }
        repeat_to(&all)
    })
}

fn chinese() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| {
        let dir = std::path::Path::new("../shared/eval/alignment/mac-dev/zh");
        let mut all = String::new();
        if let Ok(entries) = std::fs::read_dir(dir) {
            let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
            paths.sort();
            for p in paths {
                all.push_str(&std::fs::read_to_string(p).unwrap().replace('\n', ""));
            }
        }
        if all.is_empty() {
            let corpus = duizhao::corpus::load(&["quotes".into()]).unwrap();
            for (_, q) in corpus.quotes {
                all.push_str(&q.zh);
            }
        }
        repeat_to(&all)
    })
}

#[divan::bench]
fn en_sentences(b: divan::Bencher) {
    let text = english();
    b.counter(BytesCount::of_str(text)).bench(|| segment::en::sentences(divan::black_box(text)));
}

#[divan::bench]
fn en_clauses(b: divan::Bencher) {
    let text = english();
    b.counter(BytesCount::of_str(text)).bench(|| segment::en_clauses(divan::black_box(text)));
}

#[divan::bench]
fn zh_sentences(b: divan::Bencher) {
    let text = chinese();
    b.counter(BytesCount::of_str(text)).bench(|| segment::zh::sentences(divan::black_box(text)));
}

#[divan::bench]
fn zh_clauses(b: divan::Bencher) {
    let text = chinese();
    b.counter(BytesCount::of_str(text)).bench(|| segment::zh_clauses(divan::black_box(text), false));
}

/// jieba-rs word segmentation (HMM on), through our wrapper: the reference speed.
#[divan::bench]
fn zh_words_jieba(b: divan::Bencher) {
    let text = chinese();
    let words = Words::shared();
    b.counter(BytesCount::of_str(text)).bench(|| words.zh(divan::black_box(text)));
}

#[divan::bench]
fn en_words_stemmed(b: divan::Bencher) {
    let text = english();
    let words = Words::shared();
    b.counter(BytesCount::of_str(text)).bench(|| words.en(divan::black_box(text)));
}

fn main() {
    divan::main();
}
