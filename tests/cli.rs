//! The binary: exit codes, messages on bad input, never overwriting without --force.

use assert_cmd::Command;
use predicates::prelude::*;

fn duizhao() -> Command {
    Command::cargo_bin("duizhao").unwrap()
}

#[test]
fn extract_json_to_stdout() {
    let out = duizhao()
        .args(["extract", "fixtures/articles/mcf-changing-form-part5.txt", "--out", "-", "--format", "json"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "mcf-changing-form-part5.txt:166: warning: block quote has no footnote",
        ))
        .get_output()
        .stdout
        .clone();
    let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(doc["quotes"].as_array().unwrap().len(), 7);
    assert_eq!(doc["warnings"][0]["line"], 166);
    assert_eq!(doc["warnings"][0]["article"], "mcf-changing-form-part5");
    assert!(doc["glosses"].is_array());
}

#[test]
fn missing_file_is_exit_2_naming_it() {
    duizhao()
        .args(["extract", "no/such/article.txt", "--out", "-"])
        .assert()
        .code(2)
        .stderr("error: no/such/article.txt: cannot read: no such file or directory\n");
}

#[test]
fn not_utf8_names_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(&path, b"Caf\xe9 au lait\n").unwrap();
    duizhao().args(["extract", path.to_str().unwrap(), "--out", "-"]).assert().code(2).stderr(
        predicate::str::ends_with(
            "latin1.txt:1:4: not valid UTF-8 (invalid byte at offset 3); save the file as UTF-8\n",
        ),
    );
}

#[test]
fn bom_and_crlf_give_the_same_records() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("fixtures/extract/block-quote-attribution.txt").unwrap();
    let path = dir.path().join("block-quote-attribution.txt");
    std::fs::write(&path, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
    let with_crlf = duizhao().args(["extract", path.to_str().unwrap(), "--out", "-"]).assert().success();
    let plain = duizhao()
        .args(["extract", "fixtures/extract/block-quote-attribution.txt", "--out", "-"])
        .assert()
        .success();
    assert_eq!(with_crlf.get_output().stdout, plain.get_output().stdout);
}

#[test]
fn never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("quotes");
    let article = "fixtures/extract/block-quote-attribution.txt";
    duizhao().args(["extract", article, "--out", out.to_str().unwrap()]).assert().success();
    let target = out.join("block-quote-attribution.yaml");
    std::fs::write(&target, "# my edits\n[]\n").unwrap();
    duizhao()
        .args(["extract", article, "--out", out.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists; nothing was written (use --force"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "# my edits\n[]\n");
    duizhao().args(["extract", article, "--out", out.to_str().unwrap(), "--force"]).assert().success();
    assert!(std::fs::read_to_string(&target).unwrap().contains("block-quote-attribution#1"));
    let leftovers = std::fs::read_dir(&out)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".tmp"));
    assert_eq!(leftovers.count(), 0);
}

#[test]
fn corpus_with_unknown_field_is_exit_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.yaml");
    std::fs::write(
        &path,
        "- id: a#1\n  article: a\n  footnote: 1\n  line: 3\n  zh: 中文\n  en: English\n  notes: typo\n",
    )
    .unwrap();
    duizhao()
        .args(["check", path.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.yaml:7:3: unknown field `notes`"));
}

#[test]
fn check_runs_on_the_committed_corpus() {
    duizhao().arg("check").assert().success().stdout(predicate::str::contains("checked 8 quotes: 0 errors"));
}

#[test]
fn segment_text_json_and_jsonl() {
    duizhao()
        .args(["segment", "--lang", "zh"])
        .write_stdin("我们明天一起去看《摔跤吧！爸爸》好吗？好！")
        .assert()
        .success()
        .stdout("我们明天一起去看《摔跤吧！爸爸》好吗？\n好！\n");
    let out = duizhao()
        .args(["segment", "--lang", "en", "--format", "json"])
        .write_stdin("I live in the U.S. How about you?")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["segments"][1], serde_json::json!({"text": "How about you?", "start": 19, "end": 33}));
    duizhao()
        .args(["segment", "--lang", "en", "--jsonl"])
        .write_stdin("{\"id\":1,\"text\":\"Hi there. Bye.\"}\n\n{\"text\":\"\"}\n")
        .assert()
        .success()
        .stdout(concat!(
            "{\"segments\":[{\"text\":\"Hi there.\",\"start\":0,\"end\":9},{\"text\":\"Bye.\",\"start\":10,\"end\":14}]}\n",
            "{\"segments\":[]}\n"
        ));
}

#[test]
fn segment_words_keep_terms_whole() {
    duizhao()
        .args(["segment", "--lang", "zh", "--level", "word", "--term", "军民融合发展战略"])
        .write_stdin("深入贯彻军民融合发展战略")
        .assert()
        .success()
        .stdout(predicate::str::contains("\n军民融合发展战略\n"));
}

#[test]
fn segment_jsonl_errors_name_line_and_column() {
    duizhao()
        .args(["segment", "--lang", "en", "--jsonl"])
        .write_stdin("{\"text\":\"ok\"}\n{\"txt\":\"typo\"}\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::starts_with("error: <stdin>:2:")
                .and(predicate::str::contains("missing field `text`")),
        );
    duizhao()
        .args(["segment", "--lang", "en", "--jsonl"])
        .write_stdin("{\"text\": 5}\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:1:").and(predicate::str::contains("invalid type")));
    duizhao()
        .args(["segment", "--lang", "en", "--jsonl"])
        .write_stdin("{\"text\": \"trunc")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:1:"));
}

#[test]
fn eval_segment_scores_a_suite() {
    let dir = tempfile::tempdir().unwrap();
    let suite = dir.path().join("suite.jsonl");
    std::fs::write(
        &suite,
        "{\"id\":\"a\",\"lang\":\"en\",\"text\":\"Mr. Smith left. He came back.\",\"expected\":[\"Mr. Smith left.\",\"He came back.\"]}\n\
         {\"id\":\"b\",\"lang\":\"zh\",\"text\":\"好。好！\",\"expected\":[\"好。好！\"]}\n",
    )
    .unwrap();
    duizhao()
        .args(["eval-segment", suite.to_str().unwrap(), "--failures"])
        .assert()
        .success()
        .stdout(predicate::str::contains("suite.jsonl: 1/2 (50.0%)").and(predicate::str::contains("FAIL b")));
}

#[test]
fn align_lines_as_links_and_eval() {
    duizhao()
        .args(["align", "--lines", "fixtures/align/zh/001", "fixtures/align/en/001", "--format", "links"])
        .assert()
        .success()
        .stdout("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[4]\n");
    duizhao()
        .args([
            "eval-align",
            "--gold",
            "fixtures/align/gold",
            "--zh",
            "fixtures/align/zh",
            "--en",
            "fixtures/align/en",
        ])
        .assert()
        .success()
        .stdout("1 documents: strict P 1.000 R 1.000 F1 1.000 | lax P 1.000 R 1.000 F1 1.000\n");
}

#[test]
fn align_json_has_units_links_and_spans() {
    let out = duizhao()
        .args(["align", "fixtures/align/zh/001", "fixtures/align/en/001", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["zh"][1]["text"], "陈清扬把我拽住，叫我留下来。");
    assert_eq!(v["en"][0], serde_json::json!({"text": "I did not leave.", "start": 0, "end": 16}));
    assert_eq!(v["links"][1]["zh"], serde_json::json!([1]));
    assert_eq!(v["links"][1]["en"], serde_json::json!([1, 2]));
    let c = v["links"][1]["confidence"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&c));
}

#[test]
fn align_quotes_pairs_clauses_with_sentences() {
    duizhao()
        .args(["align", "--quotes", "--format", "links", "quotes/mcf-changing-form-part5.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("[0,1]:[0]\n[2]:[1]\n[3]:[2]\n"));
}

#[test]
fn eval_align_bad_gold_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("001.align"), "[0]:[0]\n[zero]:[1]\n").unwrap();
    duizhao()
        .args(["eval-align", "--gold", dir.path().to_str().unwrap(), "--test", dir.path().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("001.align:2:2: `zero` is not a sentence number"));
}

const SCIO: &str = "{\"id\":\"scio#1\",\"zh\":\"实施军民融合发展战略,是重大成果。\",\"en\":\"Implementing the Military-Civil Fusion Development Strategy is a major achievement.\",\"citation\":{\"title_zh\":\"军民融合发展战略\",\"title_en\":\"Strategy for Military-Civil Integration\"}}\n";

#[test]
fn check_jsonl_title_forbidden_is_an_error_with_the_fix() {
    let out = duizhao()
        .args(["check", "-", "--format", "json"])
        .write_stdin(SCIO)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["version"], 2);
    let f = &v["findings"][0];
    assert_eq!(f["rule"], "title-forbidden");
    assert_eq!(f["severity"], "error");
    assert_eq!(
        f["places"],
        serde_json::json!([{"kind": "citation", "file": "<stdin>", "quote": "scio#1", "start": 0, "end": 39,
                            "text": "Strategy for Military-Civil Integration",
                            "label": "Strategy for Military-Civil Integration"}])
    );
    assert_eq!(f["found"], "Strategy for Military-Civil Integration");
    assert_eq!(f["suggestion"], "Military-Civil Fusion Development Strategy");
    assert_eq!(
        v["summary"],
        serde_json::json!({"quotes": 1, "errors": 1, "warnings": 0, "infos": 0, "suppressed": 0, "baselined": 0})
    );
}

#[test]
fn check_fail_on_and_accept() {
    duizhao().args(["check", "-", "--fail-on", "never"]).write_stdin(SCIO).assert().success();
    let accepted = SCIO
        .replace("}}\n", "},\"accept\":[{\"rule\":\"title-forbidden\",\"term\":\"军民融合发展战略\"}]}\n");
    duizhao()
        .args(["check", "-"])
        .write_stdin(accepted)
        .assert()
        .success()
        .stdout(predicate::str::ends_with("checked 1 quote: 0 errors, 0 warnings, 1 suppressed\n"));
}

#[test]
fn check_corpus_finds_the_articles_drift_and_no_errors() {
    let out = duizhao().args(["check", "--format", "json"]).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["summary"]["errors"], 0);
    let terms: Vec<&str> =
        v["findings"].as_array().unwrap().iter().filter_map(|f| f["term"].as_str()).collect();
    assert!(terms.contains(&"新型工业化"), "{terms:?}");
    assert!(terms.contains(&"加强数字中国建设整体布局"), "{terms:?}");
    assert!(terms.iter().any(|t| t.contains("指导意见")), "{terms:?}");
}

#[test]
fn check_output_file_is_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    std::fs::write(&out, "keep me").unwrap();
    duizhao()
        .args(["check", "-", "-o", out.to_str().unwrap()])
        .write_stdin(SCIO)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists; nothing was checked (use --force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    duizhao().args(["check", "-", "-o", out.to_str().unwrap(), "--force"]).write_stdin(SCIO).assert().code(1);
    assert!(std::fs::read_to_string(&out).unwrap().contains("title-forbidden"));
}

#[test]
fn check_bad_glossary_and_bad_jsonl_are_exit_2_with_location() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("terms.yaml"),
        "- zh: [军民融合]\n  en: Military-Civil Fusion\n  preferd: x\n",
    )
    .unwrap();
    duizhao()
        .args(["check", "--glossary", dir.path().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("terms.yaml:3:3: unknown field `preferd`"));
    duizhao()
        .args(["check", "-"])
        .write_stdin("{\"id\":\"a\",\"zh\":\"中\"}\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:1:").and(predicate::str::contains("missing field `en`")));
}

#[test]
fn explain_prints_the_rule_doc() {
    duizhao()
        .args(["explain", "title-forbidden"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("title-forbidden: ").and(predicate::str::contains("Example")));
    duizhao()
        .args(["explain", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule `nope`"));
}

#[test]
fn check_article_reports_citations_and_prose() {
    duizhao()
        .args(["check", "--article", "fixtures/articles/ii-2022-work-plan-first-look.txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "warning[repeated-word]: “represent represent”: the word is repeated\n   ╭▸ fixtures/articles/ii-2022-work-plan-first-look.txt:19:165\n",
        ));
    duizhao()
        .args(["check", "--article", "fixtures/articles/mcf-changing-form-part5.txt", "--format", "json"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("\"rule\": \"citation-no-footnote\"")
                .and(predicate::str::contains(
                    "\"kind\": \"article\",\n          \"file\": \"fixtures/articles/mcf-changing-form-part5.txt\",\n          \"article\": \"mcf-changing-form-part5\",\n          \"line\": 166",
                )),
        );
}

#[test]
fn check_output_is_the_same_with_one_thread_or_two() {
    let run = |threads: &str| {
        duizhao()
            .env("RAYON_NUM_THREADS", threads)
            .args([
                "check",
                "--format",
                "json",
                "--article",
                "fixtures/articles/mcf-changing-form-part5.txt",
                "quotes",
            ])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("2"), "and across runs");
}

#[test]
fn align_writes_tmx_and_check_writes_markdown() {
    duizhao()
        .args(["align", "--lines", "fixtures/align/zh/001", "fixtures/align/en/001", "--format", "tmx"])
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">")
                .and(predicate::str::contains("srclang=\"zh-CN\""))
                .and(predicate::str::contains("<tu tuid=\"doc-2\">"))
                .and(predicate::str::contains("<seg>陈清扬把我拽住，叫我留下来。</seg>")),
        );
    duizhao().args(["check", "-", "--format", "markdown"]).write_stdin(SCIO).assert().code(1).stdout(
        predicate::str::starts_with(
            "## duizhao check\n\nchecked 1 quote: 1 error, 0 warnings, 0 suppressed.",
        )
        .and(predicate::str::contains("| ❌ | `title-forbidden` | scio\\#1 (citation) |")),
    );
}

#[test]
fn colour_only_when_forced_and_never_with_no_color() {
    let run = |envs: &[(&str, &str)]| {
        let mut cmd = duizhao();
        cmd.args(["check", "fixtures/report/quotes", "--fail-on", "never"])
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
    };
    // Not a terminal: plain.
    assert!(!run(&[]).contains('\u{1b}'));
    // Forced: styled, and the same text once the styles are stripped.
    let forced = run(&[("CLICOLOR_FORCE", "1")]);
    assert!(forced.contains("\u{1b}["));
    assert_eq!(anstream::adapter::strip_str(&forced).to_string(), run(&[]));
    // NO_COLOR wins.
    assert!(!run(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).contains('\u{1b}'));
    // A report file never has styles.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.txt");
    let mut cmd = duizhao();
    cmd.args(["check", "fixtures/report/quotes", "--fail-on", "never", "-o"])
        .arg(&file)
        .env("CLICOLOR_FORCE", "1");
    cmd.assert().success();
    assert!(!std::fs::read_to_string(&file).unwrap().contains('\u{1b}'));
}
