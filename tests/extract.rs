//! Extraction: article-shape fixtures (data + snapshots) and the committed corpus.

use std::path::Path;

use duizhao::extract::{self, Extraction};

fn extract_fixture(path: &Path) -> Extraction {
    extract::extract_file(path).unwrap_or_else(|e| panic!("{e}"))
}

/// Every file under `fixtures/extract/` is an article; its extraction is snapshot-tested.
#[test]
fn article_shapes() {
    insta::glob!("../fixtures/extract", "*.{txt,md}", |path| {
        insta::assert_yaml_snapshot!(extract_fixture(path));
    });
}

#[test]
fn committed_corpus_is_reproduced_by_the_extractor() {
    let mut articles: Vec<_> = std::fs::read_dir("fixtures/articles")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    articles.sort();
    let mut all = Extraction::default();
    let mut slugs = Vec::new();
    for path in &articles {
        slugs.push(extract::slug(path));
        all.append(extract_fixture(path));
    }
    let files = duizhao::corpus::render(Path::new("quotes"), &slugs, &all).unwrap();
    for (path, expected) in &files {
        let actual = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            actual == *expected,
            "{} differs from what `duizhao extract fixtures/articles/*.txt --force` writes; rerun it",
            path.display()
        );
    }
    let on_disk =
        std::fs::read_dir("quotes").unwrap().filter(|e| e.as_ref().unwrap().path().is_file()).count();
    assert_eq!(on_disk, slugs.len(), "quotes/ holds a file no article produces");
}

#[test]
fn part_five_gives_seven_complete_records() {
    let x = extract_fixture(Path::new("fixtures/articles/mcf-changing-form-part5.txt"));
    let ids: Vec<&str> = x.quotes.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, (1..=7).map(|n| format!("mcf-changing-form-part5#{n}")).collect::<Vec<_>>());

    let q3 = &x.quotes[2];
    assert_eq!(q3.citation.authors_en, ["Jiang Luming", "Wang Weihai"]);
    assert_eq!(q3.citation.authors_zh, ["姜鲁鸣", "王伟海"]);
    assert_eq!(q3.citation.publisher_en.as_deref(), Some("Guangming Daily"));
    assert_eq!(q3.citation.date.as_deref(), Some("2017-11-10"));
    assert!(q3.en.starts_with("A very practical path") && q3.en.ends_with("other national strategies."));
    assert!(q3.zh.starts_with("构建一体化") && q3.zh.ends_with("紧密结合。"));

    let q2 = &x.quotes[1];
    assert!(q2.note.as_deref().unwrap().contains("“Strategy for Military-Civil Integration”"));
    assert_eq!(q2.citation.title_zh.as_deref(), Some("军民融合发展战略"));

    let q7 = &x.quotes[6];
    assert_eq!(q7.en.split("\n\n").count(), 2, "two English paragraphs");
    assert_eq!(q7.zh.split(" / ").count(), 2, "two Chinese fragments");
    assert!(q7.zh.starts_with('…'));
    assert_eq!(q7.citation.page.as_deref(), Some("6"));

    let w: Vec<(usize, &str)> = x.warnings.iter().map(|w| (w.line, w.message.as_str())).collect();
    assert!(w.iter().any(|(l, m)| *l == 166 && m.contains("no footnote")), "{w:?}");
    assert!(w.iter().any(|(l, m)| *l == 166 && m.contains("unbalanced")), "{w:?}");
}

#[test]
fn sastind_footnote_pair_and_glosses() {
    let x = extract_fixture(Path::new("fixtures/articles/ii-work-plans-sastind-shipbuilding.txt"));
    assert_eq!(x.quotes.len(), 1, "footnotes 2 and 3 hold no Chinese");
    let q = &x.quotes[0];
    assert!(q.en.starts_with(
        "the State Administration for Science, Technology and Industry for National Defense is"
    ));
    assert!(q.zh.starts_with("国家国防科技工业局是"));
    assert!(x.warnings.is_empty(), "{:?}", x.warnings);
    let pairs: Vec<(&str, &str)> = x.glosses.iter().map(|g| (g.en.as_str(), g.zh.as_str())).collect();
    assert!(pairs.contains(&("New Type Infrastructure construction", "新型基础设施建设")));
    assert!(pairs.contains(&("integrated identifier resolution", "标识解析集成")));
}

#[test]
fn at_least_twenty_glosses_across_the_articles() {
    let total: usize = std::fs::read_dir("fixtures/articles")
        .unwrap()
        .map(|e| extract_fixture(&e.unwrap().path()).glosses.len())
        .sum();
    assert!(total >= 20, "{total}");
}
