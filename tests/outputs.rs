//! Nothing is lost (issue 15): an output never replaces a device, FIFO, socket or folder, never one
//! of the run's inputs (even with --force), never follows a dangling link, and never makes folders
//! the user did not ask for. Every case runs in a temporary folder.

use std::path::Path;

use assert_cmd::Command;
use predicates::str::contains;

fn duizhao(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("duizhao").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

fn corpus(dir: &Path) -> std::path::PathBuf {
    let q = dir.join("in.yaml");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("quotes/mcf-changing-form-part5.yaml");
    std::fs::copy(src, &q).unwrap();
    q
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    assert!(std::process::Command::new("mkfifo").arg(dir.path().join("pipe")).status().unwrap().success());
    duizhao(dir.path())
        .args(["check", "in.yaml", "--isolated", "--force", "-o", "pipe"])
        .assert()
        .code(2)
        .stderr(contains("pipe: is a FIFO"));
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(dir.path().join("pipe")).unwrap().file_type().is_fifo());
}

#[test]
fn a_folder_is_refused_and_a_missing_folder_is_not_made() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::fs::create_dir(dir.path().join("out")).unwrap();
    duizhao(dir.path())
        .args(["check", "in.yaml", "--isolated", "--force", "-o", "out"])
        .assert()
        .code(2)
        .stderr(contains("is a folder"));
    duizhao(dir.path())
        .args(["check", "in.yaml", "--isolated", "-o", "new/"])
        .assert()
        .code(2)
        .stderr(contains("names a folder"));
    duizhao(dir.path())
        .args(["check", "in.yaml", "--isolated", "-o", "missing/r.txt"])
        .assert()
        .code(2)
        .stderr(contains("no such folder"));
    assert!(!dir.path().join("missing").exists());
}

#[test]
fn an_input_is_never_an_output() {
    let dir = tempfile::tempdir().unwrap();
    let q = corpus(dir.path());
    let before = std::fs::read(&q).unwrap();
    duizhao(dir.path())
        .args(["check", "in.yaml", "--isolated", "--force", "-o", "in.yaml"])
        .assert()
        .code(2)
        .stderr(contains("is an input of this run"));
    // A corpus file inside a folder given as input.
    std::fs::create_dir(dir.path().join("quotes")).unwrap();
    std::fs::copy(&q, dir.path().join("quotes/a.yaml")).unwrap();
    duizhao(dir.path())
        .args(["check", "quotes", "--isolated", "--force", "--write-baseline", "quotes/a.yaml"])
        .assert()
        .code(2)
        .stderr(contains("is an input of this run"));
    assert_eq!(std::fs::read(&q).unwrap(), before);
    assert_eq!(std::fs::read(dir.path().join("quotes/a.yaml")).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn links_dangling_are_refused_and_links_to_files_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join("dangling")).unwrap();
    duizhao(dir.path())
        .args(["check", "in.yaml", "--isolated", "--force", "-o", "dangling"])
        .assert()
        .code(2)
        .stderr(contains("symbolic link to nothing"));
    std::fs::write(dir.path().join("real.json"), "{}").unwrap();
    std::os::unix::fs::symlink(dir.path().join("real.json"), dir.path().join("link.json")).unwrap();
    duizhao(dir.path())
        .args([
            "check",
            "in.yaml",
            "--isolated",
            "--force",
            "--format",
            "json",
            "-o",
            "link.json",
            "--fail-on",
            "never",
        ])
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(dir.path().join("link.json")).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(dir.path().join("real.json")).unwrap().contains("\"version\": 2"));
}

#[test]
fn glossary_import_never_replaces_its_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("g.csv"), "zh,en\n军民融合,Military-Civil Fusion\n").unwrap();
    duizhao(dir.path())
        .args(["glossary", "import", "g.csv", "-o", "g.csv", "--force"])
        .assert()
        .code(2)
        .stderr(contains("is an input of this run"));
}
