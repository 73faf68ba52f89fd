//! The HTML report in a real browser: headless Chromium (Debian's `chromium`, which `.ci/run`
//! installs) loads the page, runs its script, and the DOM it dumps is checked. Where Chromium is
//! missing the test says so and passes, unless DUIZHAO_REQUIRE_BROWSER is set (as in CI).

use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DUIZHAO_CHROMIUM") {
        return Some(p.into());
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// The DOM after the page's script has run.
fn dump_dom(browser: &Path, profile: &Path, url: &str) -> String {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .expect("chromium runs");
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_html_report_opens_in_chromium_with_the_findings_in_its_dom() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("DUIZHAO_REQUIRE_BROWSER").is_none(),
            "DUIZHAO_REQUIRE_BROWSER is set but no Chromium was found"
        );
        eprintln!("skipped: no Chromium (apt-get install -y chromium)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let status = Command::new(env!("CARGO_BIN_EXE_duizhao"))
        .args([
            "check",
            "fixtures/report/quotes",
            "--pack",
            "mcf",
            "--format",
            "html",
            "--fail-on",
            "never",
            "-o",
        ])
        .arg(&page)
        .status()
        .unwrap();
    assert!(status.success());
    let url = format!("file://{}", page.display());

    let dom = dump_dom(&browser, &dir.path().join("profile"), &url);
    // The script ran: it counts what the filters show.
    assert!(dom.contains("<span id=\"shown\">5 of 5 findings shown</span>"), "{dom}");
    for (i, rule) in
        ["title-forbidden", "number-mismatch", "term-missing", "omission", "title-drift"].iter().enumerate()
    {
        assert!(
            dom.contains(&format!("id=\"f{i}\" data-rule=\"{rule}\"")),
            "finding {i} ({rule}) in the DOM"
        );
    }
    assert_eq!(dom.matches("<section class=\"quote\"").count(), 4);
    assert!(dom.contains("data-findings=\"f0\">Strategy for Military-Civil Integration</mark>"));

    // Filters preset by the address: only errors, and only the quotes that have one.
    let dom = dump_dom(&browser, &dir.path().join("profile2"), &format!("{url}?severity=error&only=1"));
    assert!(dom.contains("<span id=\"shown\">2 of 5 findings shown</span>"), "{dom}");
    assert!(dom.contains("id=\"f2\" data-rule=\"term-missing\" data-severity=\"warning\" hidden=\"\""));
    assert!(!dom.contains("id=\"f0\" data-rule=\"title-forbidden\" data-severity=\"error\" hidden"));
    assert_eq!(dom.matches("<section class=\"quote\" id=\"q-sample_23_2\"").count(), 1);
    assert!(!dom.contains("id=\"q-sample_23_2\" data-rules=\"number-mismatch term-missing\" data-severities=\"error warning\" hidden"));
    assert!(dom.contains("id=\"q-sample_23_3\" data-rules=\"omission title-drift\" data-severities=\"warning warning\" hidden=\"\""));
    assert!(
        !dom.contains("id=\"q-sample_23_1\" data-rules=\"title-forbidden\" data-severities=\"error\" hidden")
    );
}
