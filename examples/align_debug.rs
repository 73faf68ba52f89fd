//! Prints the lexical evidence between two sentences: which Chinese words found a rendering and
//! which English words were covered. `cargo run --release --example align_debug -- ZH EN`
use duizhao::align::{Interner, Lexicon, en_sentence, zh_sentence};
use duizhao::segment::Words;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (zh, en) = (&args[0], &args[1]);
    let lex = Lexicon::cedict_for(zh);
    let mut ids = Interner::new(&lex);
    let z = zh_sentence(zh, &lex, &mut ids);
    let e = en_sentence(en, Words::shared(), &mut ids);
    let words: Vec<&str> = lex.cut(zh).iter().map(|&(s, t)| &zh[s..t]).collect();
    println!("zh cut: {words:?}");
    let covered_z =
        z.tokens.iter().filter(|t| t.ids.iter().any(|id| e.set.binary_search(id).is_ok())).count();
    let covered_e = e.tokens.iter().filter(|id| z.offers.binary_search(id).is_ok()).count();
    println!(
        "zh tokens {} covered {covered_z}; en tokens {} covered {covered_e}",
        z.tokens.len(),
        e.tokens.len()
    );
    let en_words: Vec<String> = Words::shared()
        .en(en)
        .iter()
        .filter(|t| t.is_word)
        .map(|t| {
            format!(
                "{}{}",
                t.norm,
                if e.set.binary_search(&ids.id(duizhao::align::lexicon::stem_key(&t.norm))).is_ok()
                    && z.offers.binary_search(&ids.id(duizhao::align::lexicon::stem_key(&t.norm))).is_ok()
                {
                    "+"
                } else {
                    ""
                }
            )
        })
        .collect();
    println!("en: {en_words:?}");
}
