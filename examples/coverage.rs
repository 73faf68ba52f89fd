//! How much of each gold 1-1 link the lexical evidence covers, and the words it misses most often.
//! An analysis aid for the aligner: `cargo run --release --example coverage -- ../shared/eval/alignment/mac-dev`
use std::collections::HashMap;

use duizhao::align::{Interner, Lexicon, en_sentence, zh_sentence};
use duizhao::segment::Words;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("a MAC-style folder"));
    let (mut cz, mut nz, mut ce, mut ne) = (0usize, 0usize, 0usize, 0usize);
    let mut missed_en: HashMap<String, usize> = HashMap::new();
    let mut missed_zh: HashMap<String, usize> = HashMap::new();
    for doc in ["001", "002", "003", "004", "005", "006"] {
        let zh = std::fs::read_to_string(dir.join("zh").join(doc)).unwrap();
        let en = std::fs::read_to_string(dir.join("en").join(doc)).unwrap();
        let gold = std::fs::read_to_string(dir.join("gold").join(format!("{doc}.align"))).unwrap();
        let zl: Vec<&str> = zh.lines().collect();
        let el: Vec<&str> = en.lines().collect();
        let lex = Lexicon::cedict_for(&zh);
        let mut ids = Interner::new(&lex);
        let zs: Vec<_> = zl.iter().map(|t| zh_sentence(t, &lex, &mut ids)).collect();
        let es: Vec<_> = el.iter().map(|t| en_sentence(t, Words::shared(), &mut ids)).collect();
        let mut names: HashMap<u32, String> = HashMap::new();
        let mut zh_names: HashMap<u32, String> = HashMap::new();
        for t in &zl {
            for (s, e) in lex.cut(t) {
                if let Some(id) = ids.existing(&format!("zh:{}", &t[s..e])) {
                    zh_names.insert(id, t[s..e].to_string());
                }
            }
        }
        for t in &el {
            for w in Words::shared().en(t).into_iter().filter(|w| w.is_word) {
                let id = ids.id(duizhao::align::lexicon::stem_key(&w.norm));
                names.entry(id).or_insert_with(|| w.norm.clone());
            }
        }
        for line in gold.lines() {
            let Some((a, b)) = line.split_once(':') else { continue };
            let parse = |s: &str| -> Vec<usize> {
                s.trim_matches(['[', ']']).split(',').filter_map(|x| x.trim().parse().ok()).collect()
            };
            let (za, eb) = (parse(a), parse(b));
            if za.len() != 1 || eb.len() != 1 {
                continue;
            }
            let (z, e) = (&zs[za[0]], &es[eb[0]]);
            for t in &z.tokens {
                nz += 1;
                if t.ids.iter().any(|id| e.set.binary_search(id).is_ok()) {
                    cz += 1;
                } else if !t.ids.is_empty() {
                    let name = zh_names.get(&t.key).cloned().unwrap_or_else(|| format!("#{}", t.key));
                    *missed_zh.entry(name).or_default() += 1;
                }
            }
            for id in &e.tokens {
                ne += 1;
                if z.offers.binary_search(id).is_ok() {
                    ce += 1;
                } else {
                    *missed_en
                        .entry(names.get(id).cloned().unwrap_or_else(|| format!("#{id}")))
                        .or_default() += 1;
                }
            }
        }
    }
    println!(
        "gold 1-1 links: zh tokens covered {cz}/{nz} ({:.1}%), en tokens covered {ce}/{ne} ({:.1}%)",
        100.0 * cz as f64 / nz as f64,
        100.0 * ce as f64 / ne as f64
    );
    let mut top: Vec<(String, usize)> = missed_en.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("English words most often uncovered: {:?}", &top[..top.len().min(60)]);
    let mut top: Vec<(String, usize)> = missed_zh.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("Chinese words (with glosses) most often uncovered: {:?}", &top[..top.len().min(80)]);
}
