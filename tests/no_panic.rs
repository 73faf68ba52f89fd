//! Arbitrary input never panics: the article extractor, the glossary loader, the JSON Lines reader,
//! the segmenters and the checks (property tests; the fuzz-style counterpart that runs in CI).

use std::path::{Path, PathBuf};

use proptest::prelude::*;

fn article_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "\\PC{0,20}",
        "[ \n]{1,3}",
        Just("Footnotes\n".to_string()),
        Just("Foonotes\n".to_string()),
        Just("  1. “国务院印发。” See, “Title” (标题), Xinhua (新华社), May 1, 2020. ↩︎\n".to_string()),
        Just("- According to the site, “English.” (中文。) ↩︎\n".to_string()),
        Just("“Title,” Publisher, July 11, 2019.1\n".to_string()),
        Just("> quoted\n>\n> — “T,” P, 2020.[^1]\n[^1]: “中文。”\n".to_string()),
        Just("Industrial Internet (Gongye Hulianwang 工业互联网) and (甲, 乙)".to_string()),
        Just("“”《》（）()[]…。".to_string()),
    ];
    proptest::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn extractor_never_panics(text in article_text()) {
        let x = duizhao::extract::extract("a", &text);
        for q in &x.quotes {
            prop_assert!(!q.zh.is_empty());
        }
        let _ = duizhao::extract::body_lines(&text);
    }

    #[test]
    fn glossary_loader_never_panics(text in "\\PC{0,200}", yamlish in "(- zh: \\[[军民a-z, ]{0,10}\\]\n  en: [A-Za-z ]{0,10}\n( {2}[a-z_]{1,9}: [a-z\\[\\] ]{0,10}\n){0,3}){0,4}") {
        for t in [text, yamlish] {
            let _ = duizhao::glossary::parse(&[(PathBuf::from("g.yaml"), t)]);
        }
    }

    #[test]
    fn jsonl_reader_never_panics(text in "(\\{\"id\":\"[a-z]{0,3}\",\"zh\":\"\\PC{0,8}\",\"en\":\"[a-z ]{0,8}\"\\}\n|\\PC{0,30}\n){0,5}") {
        let _ = duizhao::corpus::parse_jsonl(Path::new("q.jsonl"), &text);
    }

    #[test]
    fn checks_never_panic(zh in "[军民融合发展战略标识解析工业互联网二〇一七年月日2025，。；《》“”\\PC]{0,40}", en in "[A-Za-z0-9 ,.;“”'-]{0,80}") {
        let q = duizhao::quote::Quote {
            id: "p#1".into(), article: "p".into(), footnote: 1, line: 1, zh, en,
            citation: Default::default(), note: None, attribution: None, accept: vec![],
        };
        let g = duizhao::glossary::embedded().unwrap();
        let quotes = vec![q];
        let lex = duizhao::checks::lexicon_for(&quotes, &g);
        let report = duizhao::checks::run(&quotes, &[], &g, &lex);
        for f in &report.findings {
            for a in &f.annotations {
                let (duizhao::place::Place::Quote { side, .. }, Some(s)) = (&a.place, a.span) else { continue };
                let text = if *side == duizhao::place::Side::Zh { &quotes[0].zh } else { &quotes[0].en };
                prop_assert!(text.get(s.start..s.end).is_some(), "span on a char boundary");
            }
        }
    }
}

fn tbx_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "\\PC{0,12}",
        Just("<tbx>".to_string()),
        Just("</tbx>".to_string()),
        Just("<martif><text><body>".to_string()),
        Just("<conceptEntry id=\"c1\">".to_string()),
        Just("</conceptEntry>".to_string()),
        Just("<termEntry>".to_string()),
        Just("<langSec xml:lang=\"zh\">".to_string()),
        Just("<langSet xml:lang=\"en-US\">".to_string()),
        Just("</langSec>".to_string()),
        Just("<termSec><term>军民融合</term>".to_string()),
        Just("<tig><term>Military-Civil Fusion &amp; more</term></tig>".to_string()),
        Just("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>".to_string()),
        Just("<termNote type=\"termType\">abbreviation</termNote></termSec>".to_string()),
        Just(
            "<note>duizhao: severity=error</note><descrip type=\"subjectField\">title</descrip>".to_string()
        ),
        Just("&#x4e2d;&bogus;<![CDATA[x]]><!-- c --><?pi?>".to_string()),
    ];
    proptest::collection::vec(pieces, 0..25).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn termbase_readers_never_panic(tbx in tbx_text(), csv in "(([a-z]{0,6}|\"[^\"]{0,6}\"|军民融合|preferred|deprecated|title)[,\n]){0,20}") {
        if let Ok(got) = duizhao::glossary::tbx::read(Path::new("g.tbx"), &tbx) {
            for e in &got.entries {
                prop_assert!(!e.zh.is_empty() && !e.en.is_empty());
            }
        }
        let _ = duizhao::glossary::table::read(Path::new("g.csv"), &csv);
        let _ = duizhao::glossary::table::read(Path::new("g.csv"), &format!("zh,en,status,kind,concept,note\n{csv}"));
    }
}

/// Inputs the fuzzers once crashed on (`fixtures/fuzz-regressions/<target>/`), kept as regressions.
#[test]
fn fuzz_regressions() {
    for entry in std::fs::read_dir("fixtures/fuzz-regressions/extract").unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        if let Ok(text) = duizhao::io::decode(Path::new("crash"), bytes) {
            let _ = duizhao::extract::extract("crash", &text);
        }
    }
}

fn bilingual_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "\\PC{0,12}",
        Just("<xliff version=\"1.2\">".to_string()),
        Just("<xliff version=\"2.0\" srcLang=\"zh\" trgLang=\"en\">".to_string()),
        Just("<file source-language=\"zh-CN\" target-language=\"en\"><body>".to_string()),
        Just("<trans-unit id=\"1\">".to_string()),
        Just("<unit id=\"u\"><segment>".to_string()),
        Just("<source>军民<g id=\"1\">融合</g><x id=\"2\"/></source>".to_string()),
        Just("<target>Military-Civil <ph>&lt;b&gt;</ph>Fusion</target>".to_string()),
        Just("</trans-unit></body></file>".to_string()),
        Just("<tmx version=\"1.4\"><body><tu tuid=\"1\">".to_string()),
        Just("<tuv xml:lang=\"zh-CN\"><seg>中<bpt i=\"1\">{</bpt>文</seg></tuv>".to_string()),
        Just("<tuv lang=\"EN\"><seg>text</seg></tuv></tu>".to_string()),
        Just("&#x4e2d;&bogus;<![CDATA[x]]><!-- c -->".to_string()),
    ];
    proptest::collection::vec(pieces, 0..25).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn bilingual_readers_never_panic(text in bilingual_text(), utf16 in any::<bool>()) {
        let bytes = if utf16 {
            let mut b = vec![0xFF, 0xFE];
            b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            b
        } else {
            text.into_bytes()
        };
        if let Ok(got) = duizhao::bilingual::read(Path::new("f.xlf"), bytes) {
            for u in &got.units {
                prop_assert!(!u.zh.trim().is_empty() && !u.en.trim().is_empty());
            }
        }
    }
}
