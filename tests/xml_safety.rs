//! XML that duizhao writes is well-formed, and XML it reads is refused with a position when it is
//! not (issue 15): characters XML 1.0 forbids, and nesting deep enough to exhaust a stack.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

fn duizhao(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("duizhao").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

#[test]
fn a_control_character_is_refused_not_written_into_tmx() {
    let dir = tempfile::tempdir().unwrap();
    let q = "- id: a#1\n  article: a\n  footnote: 1\n  line: 1\n  zh: \"发展\\x01战略\"\n  en: \"The strategy\\uFFFF.\"\n";
    std::fs::write(dir.path().join("q.yaml"), q).unwrap();
    duizhao(dir.path())
        .args(["align", "--quotes", "q.yaml", "--format", "tmx"])
        .assert()
        .code(2)
        .stderr(contains("U+0001"));
}

#[test]
fn deep_termbases_are_refused_with_their_position() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!(
        "<?xml version=\"1.0\"?><martif type=\"TBX\"><text><body>{}{}</body></text></martif>",
        "<x>".repeat(100_000),
        "</x>".repeat(100_000)
    );
    std::fs::write(dir.path().join("deep.tbx"), deep).unwrap();
    duizhao(dir.path())
        .args(["glossary", "import", "deep.tbx", "-o", "out.yaml"])
        .assert()
        .code(2)
        .stderr(contains("deep.tbx:1:").and(contains("nested deeper than 256")));
    assert!(!dir.path().join("out.yaml").exists());
}

#[test]
fn forbidden_character_references_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let tbx = "<?xml version=\"1.0\"?><martif type=\"TBX\"><text><body><termEntry><langSet xml:lang=\"zh\">\
               <tig><term>a&#1;b</term></tig></langSet></termEntry></body></text></martif>";
    std::fs::write(dir.path().join("ctl.tbx"), tbx).unwrap();
    duizhao(dir.path())
        .args(["glossary", "import", "ctl.tbx", "-o", "out.yaml"])
        .assert()
        .code(2)
        .stderr(contains("ctl.tbx:1:").and(contains("U+0001")));
}
