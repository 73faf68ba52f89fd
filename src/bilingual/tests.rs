//! The readers on small files of our own writing, one per format and flavour.

use super::*;

fn read_str(text: &str) -> Result<Bilingual> {
    read(Path::new("t.xlf"), text.as_bytes().to_vec())
}

const XLIFF12: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="a.txt">
  <body>
   <group id="g1">
    <trans-unit id="1">
     <source>到<g id="1">2025年</g>，<x id="2"/>基础设施基本建成。</source>
     <target state="translated">By <g id="1">2025</g>, <x id="2"/>the infrastructure will be basically completed.</target>
     <alt-trans><target>By 2030 nothing.</target></alt-trans>
    </trans-unit>
   </group>
   <trans-unit id="2" translate="no"><source>代码</source><target>code</target></trans-unit>
   <trans-unit id="3"><source>未翻译</source><target/></trans-unit>
   <trans-unit id="4"><source>军民融合 &amp; <ph id="1">&lt;b&gt;</ph>发展</source><target>Military-Civil Fusion &amp; development</target></trans-unit>
  </body>
 </file>
</xliff>"#;

#[test]
fn xliff_1_2_units_inline_codes_states_and_skips() {
    let b = read_str(XLIFF12).unwrap();
    assert_eq!(b.format, "XLIFF 1.2");
    assert_eq!(b.skipped, 2);
    assert_eq!(b.units.len(), 2);
    assert_eq!(b.units[0].zh, "到2025年，基础设施基本建成。");
    assert_eq!(b.units[0].en, "By 2025, the infrastructure will be basically completed.");
    assert_eq!(b.units[0].state.as_deref(), Some("translated"));
    assert_eq!((b.units[0].id.as_str(), b.units[0].line), ("1", 6));
    assert_eq!(b.units[1].zh, "军民融合 & 发展");
}

#[test]
fn xliff_2_segments_join_and_en_to_zh_is_read_the_other_way() {
    let x = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-Hans">
 <file id="f1"><unit id="u1">
  <segment state="final"><source>Military-Civil <pc id="1">Fusion</pc>.</source><target>军民<pc id="1">融合</pc>。</target></segment>
  <ignorable><source> </source><target></target></ignorable>
  <segment><source>It is <ph id="2"/>a strategy.</source><target>这是战略。</target></segment>
 </unit>
 <unit id="u2" translate="no"><segment><source>x</source><target>y</target></segment></unit></file></xliff>"#;
    let b = read_str(x).unwrap();
    assert_eq!(b.units.len(), 1);
    assert_eq!(b.units[0].zh, "军民融合。这是战略。");
    assert_eq!(b.units[0].en, "Military-Civil Fusion. It is a strategy.");
    assert_eq!(b.units[0].state.as_deref(), Some("final"));
    assert_eq!(b.skipped, 1);
}

#[test]
fn tmx_in_utf_16_with_any_language_code_spelling() {
    let t = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<tmx version=\"1.4\"><header srclang=\"EN-US\"/><body>\
             <tu tuid=\"7\"><tuv xml:lang=\"EN-US\"><seg>The <hi>new</hi> plan<ph>&lt;br/&gt;</ph>.</seg></tuv>\
             <tuv xml:lang=\"zh_CN\"><seg>新规划。</seg></tuv></tu>\
             <tu><tuv lang=\"ZH-TW\"><seg>只有中文</seg></tuv></tu></body></tmx>";
    let mut bytes = vec![0xFF, 0xFE];
    for u in t.encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let b = read(Path::new("t.tmx"), bytes).unwrap();
    assert_eq!(
        b.units,
        vec![Unit {
            id: "7".into(),
            line: 2,
            zh: "新规划。".into(),
            en: "The new plan.".into(),
            state: None
        }]
    );
    assert_eq!(b.skipped, 1);
}

#[test]
fn other_language_pairs_are_refused_naming_them() {
    let x = XLIFF12.replace("zh-CN", "de-DE");
    let err = read_str(&x).unwrap_err().to_string();
    assert!(err.contains("de-DE → en-US: duizhao checks Chinese–English files"), "{err}");
}

#[test]
fn other_xml_is_refused_saying_what_was_expected() {
    let err = read_str("<html><body/></html>").unwrap_err().to_string();
    assert!(err.contains("expected an XLIFF (<xliff>) or TMX (<tmx>) file"), "{err}");
    let err = read_str("<xliff version=\"1.2\"><file source-language=\"zh\" target-language=\"en\"><body><trans-unit id=\"1\"><source>a</source></body></file></xliff>").unwrap_err().to_string();
    assert!(err.contains("t.xlf:1:"), "{err}");
}

#[test]
fn vendor_flavours_skip_locked_segments() {
    let x = XLIFF12.replace("<trans-unit id=\"4\">", "<trans-unit id=\"4\" locked=\"true\">");
    assert_eq!(read_str(&x).unwrap().units.len(), 1);
    assert!(sniff(XLIFF12.as_bytes()));
    assert!(!sniff(b"- id: a#1\n"));
}

#[test]
fn trados_memoq_and_phrase_locks_and_states() {
    let sdl = XLIFF12.replace(
        "<trans-unit id=\"4\">",
        "<trans-unit id=\"4\"><sdl:seg-defs xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\"><sdl:seg id=\"1\" locked=\"true\" conf=\"ApprovedSignOff\"/></sdl:seg-defs>",
    );
    assert_eq!(read_str(&sdl).unwrap().units.len(), 1, "a locked Trados segment is skipped");
    let mq = XLIFF12
        .replace("<trans-unit id=\"4\">", "<trans-unit id=\"4\" mq:locked=\"locked\" xmlns:mq=\"MQXliff\">");
    assert_eq!(read_str(&mq).unwrap().units.len(), 1, "a locked memoQ row is skipped");
    let phrase = XLIFF12.replace(
        "<trans-unit id=\"4\">",
        "<trans-unit id=\"4\" m:confirmed=\"1\" xmlns:m=\"http://www.memsource.com/mxlf/2.0\">",
    );
    let b = read_str(&phrase).unwrap();
    assert_eq!(b.units[1].state.as_deref(), Some("confirmed"));
    let conf = XLIFF12.replace(
        "<trans-unit id=\"4\">",
        "<trans-unit id=\"4\"><seg-defs><seg id=\"1\" conf=\"Translated\"/></seg-defs>",
    );
    assert_eq!(read_str(&conf).unwrap().units[1].state.as_deref(), Some("Translated"));
}
