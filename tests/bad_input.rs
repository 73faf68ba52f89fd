//! The bad-input suite: every file under `fixtures/bad/` through the binary, with its exact message.

use assert_cmd::Command;
use predicates::prelude::*;

fn duizhao() -> Command {
    Command::cargo_bin("duizhao").unwrap()
}

/// (arguments, exact standard error)
const CASES: &[(&[&str], &str)] = &[
    (
        &["extract", "fixtures/bad/not-utf8.txt", "--out", "-"],
        "error: fixtures/bad/not-utf8.txt:1:4: not valid UTF-8 (invalid byte at offset 3); save the file as UTF-8\n",
    ),
    (
        &["extract", "fixtures/bad/random-bytes.bin", "--out", "-"],
        "error: fixtures/bad/random-bytes.bin:1:1: not valid UTF-8 (invalid byte at offset 0); save the file as UTF-8\n",
    ),
    (
        &["extract", "fixtures/bad/empty.txt", "--out", "-"],
        "error: fixtures/bad/empty.txt: is empty; expected an article\n",
    ),
    (
        &["check", "fixtures/bad/missing-field.jsonl"],
        "error: fixtures/bad/missing-field.jsonl:1:29: missing field `en`\n",
    ),
    (
        &["check", "fixtures/bad/wrong-type.jsonl"],
        "error: fixtures/bad/wrong-type.jsonl:2:18: field `zh`: invalid type: integer `5`, expected a string\n",
    ),
    (
        &["check", "fixtures/bad/truncated.jsonl"],
        "error: fixtures/bad/truncated.jsonl:2:21: field `zh`: EOF while parsing a string\n",
    ),
    (
        &["check", "fixtures/bad/quote-unknown-field.yaml"],
        "error: fixtures/bad/quote-unknown-field.yaml:7:3: unknown field `notes`, expected one of id, article, footnote, line, zh, en, citation, note, attribution, accept\n",
    ),
    (
        &["segment", "--lang", "zh", "--jsonl", "fixtures/bad/missing-field.jsonl"],
        "error: fixtures/bad/missing-field.jsonl:1:29: missing field `text`\n",
    ),
];

#[test]
fn bad_inputs_exit_2_with_a_precise_message() {
    for (args, stderr) in CASES {
        duizhao().args(*args).assert().code(2).stdout("").stderr(*stderr);
    }
}

/// Glossary files are checked as the only file of a --glossary folder.
#[test]
fn bad_glossaries_exit_2_naming_file_line_column_and_field() {
    let cases = [
        (
            "unknown-field.yaml",
            "terms.yaml:2:3: unknown field `preferd`, expected one of zh, en, kind, admitted, abbreviations, forbidden, case, severity, note, sources, issuer, date\n",
        ),
        ("wrong-type.yaml", "terms.yaml:2:7: `[0].en`: expected string scalar\n"),
        ("duplicate-key.yaml", "terms.yaml:3:3: duplicate key `en`\n"),
        ("bad-indentation.yaml", "terms.yaml:3:8: mapping values are not allowed in this context\n"),
    ];
    for (file, message) in cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(format!("fixtures/bad/{file}"), dir.path().join("terms.yaml")).unwrap();
        duizhao()
            .args([
                "check",
                "--glossary",
                dir.path().to_str().unwrap(),
                "-o",
                dir.path().join("r.txt").to_str().unwrap(),
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with("error: ").and(predicate::str::ends_with(message)));
        assert!(!dir.path().join("r.txt").exists(), "{file}: no partial output");
    }
}

#[test]
fn bom_and_crlf_are_accepted() {
    duizhao()
        .args(["segment", "--lang", "en", "fixtures/bad/bom-crlf.txt"])
        .assert()
        .success()
        .stdout("A line.\nAnother.\n");
}

#[test]
fn a_ten_megabyte_single_line_is_handled() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let unit = "The Industrial Internet (Gongye Hulianwang 工业互联网) grew (fast; (unclosed. ";
    std::fs::write(&path, unit.repeat(10_000_000 / unit.len())).unwrap();
    duizhao().args(["extract", path.to_str().unwrap(), "--out", "-", "--format", "json"]).assert().success();
    duizhao().args(["segment", "--lang", "en", path.to_str().unwrap()]).assert().success();
}

#[test]
fn one_bad_article_means_no_output_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("quotes");
    duizhao()
        .args([
            "extract",
            "fixtures/extract/block-quote-attribution.txt",
            "fixtures/bad/not-utf8.txt",
            "--out",
        ])
        .arg(&out)
        .assert()
        .code(2);
    assert!(!out.exists(), "nothing written");
}

/// Killing a run before it finishes leaves the file it was going to replace as it was: output is
/// written to a temporary file and renamed into place only at the end.
#[test]
fn an_interrupted_run_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("many.jsonl");
    let row = "{\"id\":\"q#N\",\"zh\":\"实施军民融合发展战略,是中国长期探索经济建设和国防建设协调发展规律的重大成果。\",\"en\":\"Implementation of the Military-Civil Fusion Development Strategy is a major achievement.\"}\n";
    let rows: String = (0..20_000).map(|i| row.replace("q#N", &format!("q#{i}"))).collect();
    std::fs::write(&input, rows).unwrap();
    let report = dir.path().join("report.json");
    std::fs::write(&report, "the old report").unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("duizhao"))
        .args([
            "check",
            input.to_str().unwrap(),
            "--format",
            "json",
            "--force",
            "-o",
            report.to_str().unwrap(),
        ])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let finished_early = child.try_wait().unwrap().is_some();
    child.kill().ok();
    child.wait().unwrap();
    if !finished_early {
        assert_eq!(std::fs::read_to_string(&report).unwrap(), "the old report");
    }
}
