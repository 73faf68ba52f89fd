//! The project file, `duizhao.toml`: read strictly (an unknown key or value is an error naming the
//! file, line and column), found from a folder upward.
//!
//! ```toml
//! [glossary]
//! paths = ["terms/"]        # folders or YAML files, relative to this file
//! builtin = true            # false: the paths replace the built-in glossary
//! packs = ["mcf", "titles"] # packs of the built-in glossary (default: all)
//!
//! [rules]
//! select = ["term-forbidden", "title-forbidden"]   # default: every rule
//! ignore = ["repeated-word"]
//! severity = { term-missing = "error" }
//!
//! [check]
//! fail-on = "warning"       # error | warning | never
//! baseline = "duizhao-baseline.json"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::FailOn;
use crate::error::{Error, Location, Result, line_column};
use crate::finding::{Rule, Severity};

/// The project file's name.
pub const CONFIG_NAME: &str = "duizhao.toml";

/// `duizhao.toml` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub glossary: Option<GlossaryTable>,
    pub rules: Option<RulesTable>,
    pub check: Option<CheckTable>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTable {
    #[serde(default)]
    pub paths: Vec<PathBuf>,
    pub builtin: Option<bool>,
    /// Packs of the built-in glossary (default: all).
    pub packs: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesTable {
    pub select: Option<Vec<Rule>>,
    #[serde(default)]
    pub ignore: Vec<Rule>,
    #[serde(default)]
    pub severity: BTreeMap<Rule, Severity>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CheckTable {
    pub fail_on: Option<FailOn>,
    pub baseline: Option<PathBuf>,
}

impl ConfigFile {
    /// Parses a project file's text; `path` names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<ConfigFile> {
        toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
            let message = e.message().trim_end().to_string();
            Error::new(Location::at(path, line, column), message)
        })
    }

    pub fn load(path: &Path) -> Result<ConfigFile> {
        ConfigFile::parse(path, &crate::io::read_text(path)?)
    }
}

/// The nearest `duizhao.toml` in `dir` or a folder above it.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join(CONFIG_NAME)).find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_names_line_and_column() {
        let e = ConfigFile::parse(Path::new("duizhao.toml"), "[rules]\nignore = []\nignor = [\"x\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("duizhao.toml:3:1: unknown field `ignor`"), "{e}");
    }

    #[test]
    fn unknown_rule_names_the_rules() {
        let e = ConfigFile::parse(Path::new("d.toml"), "[rules]\nignore = [\"title-forbiden\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("d.toml:2:10: unknown rule `title-forbiden`"), "{e}");
    }

    #[test]
    fn full_file_reads() {
        let c = ConfigFile::parse(
            Path::new("d.toml"),
            "[glossary]\npaths = [\"g\"]\nbuiltin = false\n[rules]\nselect = [\"omission\"]\n\
             severity = { term-missing = \"error\" }\n[check]\nfail-on = \"warning\"\nbaseline = \"b.json\"\n",
        )
        .unwrap();
        assert_eq!(c.rules.unwrap().severity.get(&Rule::TermMissing), Some(&Severity::Error));
        assert_eq!(c.check.unwrap().fail_on, Some(FailOn::Warning));
    }
}
