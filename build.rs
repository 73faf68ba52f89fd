//! Compiles CC-CEDICT (`glossary/cc-cedict.txt.gz`, CC BY-SA 4.0) into the aligner's lexicon:
//! one line per Chinese headword (simplified and traditional), with its toneless pinyin and the
//! Snowball stems of its English glosses. Embedded in the binary, so loading it costs no
//! decompression and no stemming at run time. Also writes the traditional → simplified character
//! table (from CC-CEDICT's single-character entries) that glossary matching folds with.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};

const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "to",
    "of",
    "sb",
    "sth",
    "sb's",
    "sth's",
    "one's",
    "oneself",
    "be",
    "is",
    "are",
    "or",
    "and",
    "etc",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "as",
    "from",
    "into",
    "something",
    "someone",
    "it",
    "its",
    "that",
    "this",
    "which",
    "who",
    "not",
    "no",
    "up",
    "out",
    "off",
    "used",
    "lit",
    "fig",
    "esp",
    "e",
    "g",
    "i",
    "s",
    "t",
    "also",
    "pr",
    "cl",
    "abbr",
    "kind",
    "type",
    "person",
    "thing",
    "make",
    "have",
    "do",
    "get",
    "give",
    "take",
    "put",
    "go",
    "come",
    "some",
    "all",
    "any",
    "very",
    "more",
    "most",
    "so",
];

/// Glosses that carry no meaning to match.
const SKIP_PREFIXES: &[&str] = &[
    "variant of",
    "old variant",
    "see ",
    "see also",
    "cl:",
    "taiwan pr",
    "also written",
    "used in",
    "erhua variant",
    "also pr",
    "surname ",
    "japanese variant",
    "archaic variant",
];

fn main() {
    println!("cargo::rerun-if-changed=glossary/cc-cedict.txt.gz");
    println!("cargo::rerun-if-changed=build.rs");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("lexicon.txt");
    let file = std::fs::File::open("glossary/cc-cedict.txt.gz").expect("glossary/cc-cedict.txt.gz");
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    // headword -> (pinyin of its first entry, stems)
    let mut entries: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    // traditional character -> simplified, from single-character entries
    let mut t2s: BTreeMap<char, char> = BTreeMap::new();
    for line in reader.lines() {
        let line = line.expect("CC-CEDICT is UTF-8 text");
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((head, rest)) = line.split_once(" [") else { continue };
        let Some((pinyin, defs)) = rest.split_once("] ") else { continue };
        let mut words = head.split(' ');
        let (Some(trad), Some(simp)) = (words.next(), words.next()) else { continue };
        let pinyin: String = pinyin
            .split(' ')
            .map(|s| s.trim_end_matches(|c: char| c.is_ascii_digit()).to_lowercase().replace("u:", "v"))
            .collect::<Vec<_>>()
            .join(" ");
        let (mut tc, mut sc) = (trad.chars(), simp.chars());
        if let (Some(t), None, Some(s), None) = (tc.next(), tc.next(), sc.next(), sc.next()) {
            if t != s {
                t2s.entry(t).or_insert(s);
            }
        }
        let mut stems = Vec::new();
        for def in defs.split('/').map(str::trim).filter(|d| !d.is_empty()) {
            let lower = def.to_lowercase();
            if SKIP_PREFIXES.iter().any(|p| lower.starts_with(p)) {
                continue;
            }
            // Drop parenthesised remarks: "(of water etc) clear".
            let mut plain = String::new();
            let mut depth = 0;
            for c in lower.chars() {
                match c {
                    '(' => depth += 1,
                    ')' => depth = (depth - 1).max(0),
                    _ if depth == 0 => plain.push(c),
                    _ => {}
                }
            }
            for w in plain.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\'')) {
                let w = w.trim_matches('\'');
                if w.is_empty() || STOP.contains(&w) || w.len() > 20 {
                    continue;
                }
                let stem = if w.chars().all(|c| c.is_ascii_alphabetic()) {
                    stemmer.stem(w).into_owned()
                } else {
                    w.to_string()
                };
                if !stems.contains(&stem) {
                    stems.push(stem);
                }
            }
        }
        for key in [simp, trad] {
            let e = entries.entry(key.to_string()).or_insert_with(|| (pinyin.clone(), Vec::new()));
            for s in &stems {
                if !e.1.contains(s) {
                    e.1.push(s.clone());
                }
            }
        }
    }
    let t2s_path = out.with_file_name("t2s.txt");
    let mut t = std::io::BufWriter::new(std::fs::File::create(t2s_path).expect("create t2s"));
    for (tr, si) in &t2s {
        writeln!(t, "{tr}{si}").expect("write t2s");
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(&out).expect("create lexicon"));
    for (head, (pinyin, stems)) in &entries {
        writeln!(w, "{head}\t{pinyin}\t{}", stems.join(" ")).expect("write lexicon");
    }
}
