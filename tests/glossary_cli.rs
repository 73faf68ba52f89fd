//! `duizhao glossary export | import | harvest` from the command line: round trips through files,
//! never overwriting without --force, strict checking of what is imported, harvest output.

use assert_cmd::Command;
use predicates::prelude::*;

fn duizhao() -> Command {
    Command::cargo_bin("duizhao").unwrap()
}

#[test]
fn export_import_round_trip_through_tbx_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::env::current_dir().unwrap();
    for format in ["tbx", "csv"] {
        let file = dir.path().join(format!("sample.{format}"));
        duizhao()
            .args(["glossary", "export", "--format", format, "--glossary", "fixtures/report/glossary", "-o"])
            .arg(&file)
            .assert()
            .success();
        let out_dir = dir.path().join(format!("from-{format}"));
        std::fs::create_dir(&out_dir).unwrap();
        duizhao()
            .current_dir(&out_dir)
            .args(["glossary", "import", "-o", "glossary.yaml"])
            .arg(&file)
            .assert()
            .success()
            .stderr("wrote 3 concepts to glossary.yaml\n");
        // The imported glossary loads and finds the same forbidden title.
        duizhao()
            .args(["check", "-", "--glossary"])
            .arg(&out_dir)
            .write_stdin(
                "{\"id\":\"x#1\",\"zh\":\"实施军民融合发展战略。\",\"en\":\"Implementing the Strategy for Military-Civil Integration.\"}\n",
            )
            .current_dir(&root)
            .assert()
            .code(1)
            .stdout(predicate::str::contains("error[title-forbidden]"));
    }
    // TBX keeps every field: exporting the imported glossary gives the same TBX.
    let again = duizhao()
        .args(["glossary", "export", "--glossary"])
        .arg(dir.path().join("from-tbx"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(again, std::fs::read(dir.path().join("sample.tbx")).unwrap());
}

#[test]
fn import_never_overwrites_and_checks_against_the_glossary_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("terms.csv");
    std::fs::write(&csv, "zh,en,status\n军民融合,Military-Civil Fusion,preferred\n").unwrap();
    let glossary = dir.path().join("glossary");
    std::fs::create_dir(&glossary).unwrap();
    std::fs::write(glossary.join("terms.yaml"), "keep me\n").unwrap();
    // Default output glossary/terms.yaml exists: refused, untouched.
    duizhao()
        .current_dir(dir.path())
        .args(["glossary", "import", "terms.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("glossary/terms.yaml: already exists"));
    assert_eq!(std::fs::read_to_string(glossary.join("terms.yaml")).unwrap(), "keep me\n");
    // A concept that another glossary file of the folder defines: refused, naming both places.
    std::fs::write(glossary.join("terms.yaml"), "- zh: 军民融合\n  en: Military-Civil Fusion\n").unwrap();
    duizhao()
        .current_dir(dir.path())
        .args(["glossary", "import", "terms.csv", "-o", "glossary/more.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("conflicting entries: `军民融合` is also defined at glossary/"));
    assert!(!glossary.join("more.yaml").exists());
    // Bad CSV: file, line, column.
    std::fs::write(&csv, "zh,en,status\n军民融合,Military-Civil Fusion,maybe\n").unwrap();
    duizhao()
        .current_dir(dir.path())
        .args(["glossary", "import", "terms.csv", "-o", "-"])
        .assert()
        .code(2)
        .stderr(
            "error: terms.csv:2:3: unknown status `maybe` (preferred, admitted, abbreviation, deprecated)\n",
        );
}

#[test]
fn export_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.tbx");
    std::fs::write(&out, "mine").unwrap();
    duizhao().args(["glossary", "export", "-o"]).arg(&out).assert().code(2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    duizhao().args(["glossary", "export", "--force", "-o"]).arg(&out).assert().success();
    assert!(std::fs::read_to_string(&out).unwrap().contains("<conceptEntry id=\"c1\">"));
}

#[test]
fn harvest_lists_what_the_glossary_lacks_with_every_rendering() {
    let out = duizhao()
        .args(["glossary", "harvest", "fixtures/articles"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("# Candidate glossary entries: "), "{text}");
    let candidates: Vec<serde_json::Value> =
        duizhao::yaml::from_str(std::path::Path::new("h.yaml"), &text).unwrap();
    let industrialisation =
        candidates.iter().find(|c| c["zh"] == "新型工业化").expect("新型工业化 is a candidate");
    assert_eq!(industrialisation["pinyin"], "Xinxing Gongyehua");
    assert_eq!(industrialisation["count"], 2);
    let renderings: Vec<&str> = industrialisation["renderings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["en"].as_str().unwrap())
        .collect();
    assert_eq!(renderings, ["New Industrialization", "New Type Industrialization"]);
    // Concepts the glossary has are not candidates.
    assert!(!candidates.iter().any(|c| c["zh"] == "军民融合"));
}
