//! Settings from flags and `duizhao.toml`, and baselines, through the binary: discovery from a parent
//! folder, strict reading, precedence, early refusal of outputs, and CI adoption with a baseline.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn duizhao(cwd: &Path) -> Command {
    let mut c = Command::cargo_bin("duizhao").unwrap();
    c.current_dir(cwd).env("NO_COLOR", "1");
    c
}

/// A citation with the SCIO's forbidden title (title-forbidden, an error).
const SCIO: &str = "{\"id\":\"scio#1\",\"zh\":\"实施军民融合发展战略,是重大成果。\",\"en\":\"Implementing the Military-Civil Fusion Development Strategy is a major achievement.\",\"citation\":{\"title_zh\":\"军民融合发展战略\",\"title_en\":\"Strategy for Military-Civil Integration\"}}\n";
/// A forbidden term in the English (term-forbidden, an error).
const MCI: &str = "{\"id\":\"mci#1\",\"zh\":\"推动军民融合深度发展。\",\"en\":\"Promote the in-depth development of Military-Civil Integration.\"}\n";

fn project(config: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    if let Some(c) = config {
        std::fs::write(dir.path().join("duizhao.toml"), c).unwrap();
    }
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/q.jsonl"), SCIO).unwrap();
    dir
}

#[test]
fn a_parent_config_that_ignores_a_rule_silences_it_in_a_subfolder() {
    let dir = project(Some("[rules]\nignore = [\"title-forbidden\"]\n"));
    let sub = dir.path().join("sub");
    duizhao(&sub)
        .args(["check", "q.jsonl", "--fail-on", "warning"])
        .assert()
        .success()
        .stdout(predicate::str::contains("checked 1 quote: 0 errors, 0 warnings"));
    // --isolated uses no project file; the finding is back.
    duizhao(&sub).args(["check", "q.jsonl", "--isolated"]).assert().code(1);
    // A flag wins over the file.
    duizhao(&sub).args(["check", "q.jsonl", "--select", "title-forbidden"]).assert().code(0);
}

#[test]
fn show_settings_says_where_each_value_came_from() {
    let dir = project(Some(
        "[rules]\nignore = [\"omission\"]\nseverity = { term-missing = \"error\" }\n[check]\nfail-on = \"warning\"\n",
    ));
    let sub = dir.path().join("sub");
    duizhao(&sub)
        .args(["check", "--show-settings", "--severity", "addition=info"])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(r"rules\.ignore\s+omission\s+\(.*duizhao\.toml\)")
                .unwrap()
                .and(
                    predicate::str::is_match(r"rules\.severity\.term-missing\s+error\s+\(.*duizhao\.toml\)")
                        .unwrap(),
                )
                .and(predicate::str::is_match(r"rules\.severity\.addition\s+info\s+\(--severity\)").unwrap())
                .and(predicate::str::is_match(r"check\.fail-on\s+warning\s+\(.*duizhao\.toml\)").unwrap())
                .and(
                    predicate::str::is_match(r"glossary\s+built-in \(\d+ concepts\)\s+\(default\)").unwrap(),
                ),
        );
}

#[test]
fn an_unknown_config_key_is_exit_2_with_file_line_and_column() {
    let dir = project(Some("[rules]\nignore = []\nignor = [\"omission\"]\n"));
    duizhao(&dir.path().join("sub")).args(["check", "q.jsonl"]).assert().code(2).stderr(
        predicate::str::is_match(r"duizhao\.toml:3:1: unknown field `ignor`, expected one of").unwrap(),
    );
    let dir = project(Some("[check]\nfail-on = \"sometimes\"\n"));
    duizhao(&dir.path().join("sub"))
        .args(["check", "q.jsonl"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("duizhao.toml:2:11: unknown variant `sometimes`"));
}

#[test]
fn a_baseline_hides_old_findings_and_fails_only_on_new_ones() {
    let dir = project(None);
    let sub = dir.path().join("sub");
    duizhao(&sub)
        .args(["check", "q.jsonl", "--write-baseline", "base.json"])
        .assert()
        .success()
        .stderr(predicate::str::contains("recorded 1 findings in the baseline base.json"));
    // Only old findings: exit 0 even under --fail-on warning, counted as baselined.
    duizhao(&sub)
        .args(["check", "q.jsonl", "--baseline", "base.json", "--fail-on", "warning"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 errors, 0 warnings, 0 suppressed, 1 baselined"));
    // Unrelated edits keep the fingerprint: a blank line and the quote moved down.
    std::fs::write(sub.join("q.jsonl"), format!("\n{MCI}{SCIO}")).unwrap();
    let out = duizhao(&sub)
        .args(["check", "q.jsonl", "--baseline", "base.json", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let rules: Vec<&str> =
        v["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["term-forbidden"], "only the new finding");
    assert_eq!(v["summary"]["baselined"], 1);
    // The old finding fixed: its entry is stale, and said so.
    std::fs::write(
        sub.join("q.jsonl"),
        SCIO.replace("Strategy for Military-Civil Integration", "Military-Civil Fusion Development Strategy"),
    )
    .unwrap();
    duizhao(&sub)
        .args(["check", "q.jsonl", "--baseline", "base.json", "--fail-on", "warning"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 baselined, 1 stale baseline entry"))
        .stderr(predicate::str::contains(
            "warning: stale baseline entry (title-forbidden at scio#1 (citation))",
        ));
}

#[test]
fn the_baseline_can_come_from_the_config() {
    let dir = project(Some("[check]\nbaseline = \"base.json\"\nfail-on = \"warning\"\n"));
    let sub = dir.path().join("sub");
    duizhao(dir.path()).args(["check", "sub/q.jsonl", "--write-baseline", "base.json"]).assert().success();
    // Run from the subfolder: the baseline path is relative to the config file.
    duizhao(&sub).args(["check", "q.jsonl"]).assert().success();
}

#[test]
fn an_existing_output_is_refused_before_any_work() {
    let dir = project(None);
    let sub = dir.path().join("sub");
    std::fs::write(sub.join("report.txt"), "keep me").unwrap();
    // The input does not exist: the refusal of the output comes first, so nothing was read.
    duizhao(&sub)
        .args(["check", "missing.jsonl", "-o", "report.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("report.txt: already exists; nothing was checked (use --force"));
    assert_eq!(std::fs::read_to_string(sub.join("report.txt")).unwrap(), "keep me");
    // So is an existing baseline file.
    duizhao(&sub)
        .args(["check", "q.jsonl", "--write-baseline", "report.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
}

#[test]
fn dash_is_standard_output() {
    let dir = project(None);
    let sub = dir.path().join("sub");
    duizhao(&sub)
        .args(["check", "q.jsonl", "-o", "-", "--format", "json"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"version\": 2"));
    assert!(!sub.join("-").exists(), "no file named `-`");
}

#[test]
fn severity_overrides_change_the_exit_code() {
    let dir = project(None);
    let sub = dir.path().join("sub");
    duizhao(&sub).args(["check", "q.jsonl", "--severity", "title-forbidden=warning"]).assert().success();
    duizhao(&sub)
        .args(["check", "q.jsonl", "--severity", "title-forbidden=warning", "--fail-on", "warning"])
        .assert()
        .code(1);
    duizhao(&sub)
        .args(["check", "q.jsonl", "--ignore", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule `nope`"));
}
