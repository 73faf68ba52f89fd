//! Translators' files through `duizhao check` (issue 13, first step): an XLIFF 1.2 and a UTF-16 TMX
//! of our own writing are checked one pair per translated unit, findings at the unit id; another
//! language pair is refused naming its languages; non-XML is never parsed as YAML by mistake.

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

fn duizhao() -> Command {
    let mut cmd = Command::cargo_bin("duizhao").unwrap();
    cmd.env("NO_COLOR", "1").args(["check", "--isolated", "--fail-on", "never"]);
    cmd
}

#[test]
fn an_xliff_file_is_checked_per_unit_and_a_changed_figure_is_reported_at_its_unit() {
    duizhao()
        .arg("fixtures/bilingual/plan.xlf")
        .assert()
        .success()
        .stdout(
            contains("error[number-mismatch]: the Chinese has 2035; the English has 2036")
                .and(contains("plan.xlf#2 zh"))
                .and(contains("plan.xlf#3 zh"))
                .and(contains("checked 3 quotes")),
        )
        .stderr(contains("1 units of bilingual files not checked"));
}

#[test]
fn a_utf16_tmx_file_is_read() {
    duizhao()
        .arg("fixtures/bilingual/figures-utf16.tmx")
        .assert()
        .success()
        .stdout(contains("百分之十二 = 12%; the English has 21%").and(contains("figures-utf16.tmx#a2")));
}

#[test]
fn other_language_pairs_are_refused_naming_them() {
    duizhao()
        .arg("fixtures/bilingual/de-en.xlf")
        .assert()
        .code(2)
        .stderr(contains("de-en.xlf: de-DE → en-US: duizhao checks Chinese–English files"));
}

#[test]
fn a_folder_of_bilingual_files_is_read_and_the_json_report_names_units() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("fixtures/bilingual/plan.xlf", dir.path().join("PLAN.XLF")).unwrap();
    std::fs::copy("fixtures/bilingual/figures-utf16.tmx", dir.path().join("f.tmx")).unwrap();
    duizhao()
        .arg(dir.path())
        .args(["--format", "json"])
        .assert()
        .success()
        .stdout(contains("\"PLAN.XLF#2\"").and(contains("\"f.tmx#a2\"")));
}

#[test]
fn glossary_files_in_tbx_csv_and_omegat_form_are_read_wherever_a_glossary_is() {
    let dir = tempfile::tempdir().unwrap();
    for (format, name) in [("tbx", "g.tbx"), ("csv", "g.csv")] {
        let out = Command::cargo_bin("duizhao")
            .unwrap()
            .args(["glossary", "export", "--format", format])
            .output()
            .unwrap();
        std::fs::write(dir.path().join(name), out.stdout).unwrap();
        duizhao()
            .args(["fixtures/bilingual/plan.xlf", "--glossary"])
            .arg(dir.path().join(name))
            .assert()
            .success()
            .stdout(contains("error[title-forbidden]"));
    }
    // OmegaT's tab-separated glossary, UTF-8 and UTF-16, in a folder with the others.
    for name in ["omegat.txt", "omegat-utf16.utf8"] {
        duizhao()
            .args(["fixtures/bilingual/plan.xlf", "--glossary"])
            .arg(format!("fixtures/glossary-files/{name}"))
            .assert()
            .success()
            .stdout(contains("is a near miss of “Military-Civil Fusion” for 军民融合"));
    }
}

#[test]
fn a_document_pair_is_segmented_aligned_and_reported_at_line_and_column_in_both_files() {
    duizhao()
        .args(["--pair", "fixtures/pair/plan.zh.txt", "fixtures/pair/plan.en.txt"])
        .assert()
        .success()
        .stdout(
            contains("error[number-mismatch]: the Chinese has 2035; the English has 2036")
                .and(contains("plan.zh.txt|fixtures/pair/plan.en.txt zh:3:2"))
                .and(contains("en:3:4")),
        );
}

#[test]
fn bilingual_tables_with_or_without_a_header_are_read_per_row() {
    duizhao().arg("fixtures/bilingual/pairs.tsv").assert().success().stdout(
        contains("13亿 = 1,300,000,000; the English has 1,400,000,000").and(contains("pairs.tsv#r1")),
    );
    // No header, English first: the Chinese column is found by its characters; rows named by line.
    duizhao()
        .arg("fixtures/bilingual/no-header.csv")
        .assert()
        .success()
        .stdout(contains("百分之十二 = 12%; the English has 21%").and(contains("no-header.csv#2")));
}

#[test]
fn align_tmx_output_reads_back_to_the_same_pairs() {
    let tmx = Command::cargo_bin("duizhao")
        .unwrap()
        .args(["align", "--quotes", "quotes", "--format", "tmx"])
        .output()
        .unwrap();
    assert!(tmx.status.success());
    let text = String::from_utf8(tmx.stdout.clone()).unwrap();
    let back = duizhao::bilingual::read(std::path::Path::new("out.tmx"), tmx.stdout).unwrap();
    // Every written unit with both languages comes back, in order, with the same text and id.
    let mut written = Vec::new();
    for tu in text.split("<tu tuid=\"").skip(1) {
        let id = tu.split('"').next().unwrap().to_string();
        let segs: Vec<&str> = tu.split("<seg>").skip(1).map(|s| s.split("</seg>").next().unwrap()).collect();
        if segs.len() == 2 {
            let unescape = |s: &str| {
                s.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&")
            };
            written.push((id, unescape(segs[0]), unescape(segs[1])));
        }
    }
    let read: Vec<(String, String, String)> = back.units.into_iter().map(|u| (u.id, u.zh, u.en)).collect();
    assert!(!written.is_empty());
    assert_eq!(read, written);
}

#[test]
fn align_quotes_takes_the_same_inputs_as_check() {
    Command::cargo_bin("duizhao")
        .unwrap()
        .args(["align", "--quotes", "fixtures/bilingual/plan.xlf", "fixtures/bilingual/figures-utf16.tmx"])
        .assert()
        .success()
        .stdout(contains("== plan.xlf#2").and(contains("== figures-utf16.tmx#a1")));
}
