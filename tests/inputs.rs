//! Inputs (issue 15): every supported kind is read from a folder, in any case; a file named twice
//! is read once; a quote id used twice anywhere is an error naming both files; a folder with
//! nothing to check fails (exit 2) unless --allow-empty.

use std::path::Path;

use assert_cmd::Command;
use predicates::str::contains;

fn duizhao(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("duizhao").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1").args(["check", "--isolated", "--fail-on", "never"]);
    cmd
}

const LINE: &str = "{\"id\":\"a#1\",\"zh\":\"军民融合\",\"en\":\"Military-Civil Fusion\"}\n";

#[test]
fn a_folder_of_json_lines_and_upper_case_yaml_is_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("c")).unwrap();
    std::fs::write(dir.path().join("c/a.jsonl"), LINE).unwrap();
    let part5 = Path::new(env!("CARGO_MANIFEST_DIR")).join("quotes/mcf-changing-form-part5.yaml");
    std::fs::copy(part5, dir.path().join("c/P5.YAML")).unwrap();
    duizhao(dir.path()).arg("c").assert().success().stdout(contains("checked 8 quotes"));
    // Named again, alone and inside its folder: still read once.
    duizhao(dir.path())
        .args(["c", "c/a.jsonl", "c/P5.YAML"])
        .assert()
        .success()
        .stdout(contains("checked 8 quotes"));
}

#[test]
fn a_repeated_id_names_both_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.jsonl"), LINE).unwrap();
    std::fs::write(dir.path().join("b.jsonl"), LINE).unwrap();
    duizhao(dir.path())
        .args(["a.jsonl", "b.jsonl"])
        .assert()
        .code(2)
        .stderr(contains("b.jsonl: quote id `a#1` is also used in a.jsonl"));
}

#[test]
fn nothing_to_check_is_an_error_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    std::fs::write(dir.path().join("empty/notes.txt"), "not quotes").unwrap();
    duizhao(dir.path()).arg("empty").assert().code(2).stderr(contains("nothing to check"));
    duizhao(dir.path())
        .args(["empty", "--allow-empty"])
        .assert()
        .success()
        .stdout(contains("checked 0 quotes"));
}

#[test]
fn an_accept_entry_that_matches_nothing_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let q = "- id: a#1\n  article: a\n  footnote: 1\n  line: 1\n  zh: 实施军民融合发展战略。\n  en: Implement the Military-Civil Fusion Development Strategy.\n  accept:\n    - rule: term-missing\n      term: 互联网+\n";
    std::fs::write(dir.path().join("q.yaml"), q).unwrap();
    duizhao(dir.path())
        .arg("q.yaml")
        .assert()
        .success()
        .stderr(contains("the accept entry of a#1: term-missing 互联网+ matches no finding"));
}

#[test]
fn write_baseline_dash_writes_the_baseline_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.jsonl"),
        LINE.replace("Military-Civil Fusion", "civil-military integration"),
    )
    .unwrap();
    let out = duizhao(dir.path()).args(["a.jsonl", "--write-baseline", "-"]).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert!(!json["findings"].as_array().unwrap().is_empty());
}
