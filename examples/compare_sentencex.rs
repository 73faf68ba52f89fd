//! Scores the sentencex crate (Wikimedia's segmenter) on the same suites, the same way, for the
//! README's comparison: `cargo run --release --example compare_sentencex -- ../shared/eval/segmentation/*.jsonl`

use std::path::PathBuf;
use std::time::Instant;

use duizhao::eval::segmentation::{read_cases, score};
use duizhao::segment::{self, Lang, Level, Words};

fn main() {
    let files: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    println!("{:<28} {:>14} {:>14}", "suite", "duizhao", "sentencex");
    for path in files {
        let cases = match read_cases(&path) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        let ours: Vec<Vec<String>> = cases
            .iter()
            .map(|c| {
                let lang = c.lang.unwrap_or(Lang::En);
                segment::segment(&c.text, lang, Level::Sentence, Words::shared())
                    .into_iter()
                    .map(|(s, e)| c.text[s..e].to_string())
                    .collect()
            })
            .collect();
        let theirs: Vec<Vec<String>> = cases
            .iter()
            .map(|c| {
                let code = if c.lang == Some(Lang::Zh) { "zh" } else { "en" };
                sentencex::segment(code, &c.text).into_iter().map(str::to_string).collect()
            })
            .collect();
        let (a, b) = (score(&cases, &ours), score(&cases, &theirs));
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        println!("{name:<28} {:>8}/{:<5} {:>8}/{:<5}", a.passed, a.total, b.passed, b.total);
    }
    // Speed on the English articles, repeated to about 2 MB.
    let mut text = String::new();
    while text.len() < 2_000_000 {
        for e in std::fs::read_dir("fixtures/articles").into_iter().flatten().flatten() {
            text.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
        }
        if text.is_empty() {
            return;
        }
    }
    let mb = text.len() as f64 / 1e6;
    let t = Instant::now();
    let n = segment::en::sentences(&text).len();
    let ours = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let m = sentencex::segment("en", &text).len();
    let theirs = t.elapsed().as_secs_f64();
    println!(
        "speed on {mb:.1} MB of English: duizhao {:.1} MB/s ({n} sentences), sentencex {:.1} MB/s ({m})",
        mb / ours,
        mb / theirs
    );
}
