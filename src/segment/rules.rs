//! Ordered break / no-break rules in the spirit of SRX 2.0, loaded from data (`rules/en.yaml`).

use std::collections::BTreeMap;
use std::path::Path;

use regex::Regex;
use serde::Deserialize;

use crate::error::{Error, Location, Result};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    lists: BTreeMap<String, Vec<String>>,
    rules: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    name: String,
    #[serde(rename = "break")]
    is_break: bool,
    #[serde(default)]
    before: Option<String>,
    #[serde(default)]
    after: Option<String>,
}

/// One compiled rule.
#[derive(Debug)]
pub struct Rule {
    pub name: String,
    pub is_break: bool,
    before: Option<Regex>,
    after: Option<Regex>,
}

/// An ordered list of rules; the first that matches a candidate decides.
#[derive(Debug)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
}

impl RuleSet {
    /// Parses a rule file. `path` names it in errors (invalid YAML, unknown list, bad regex).
    pub fn parse(path: &Path, text: &str) -> Result<RuleSet> {
        let file: RuleFile = crate::yaml::from_str(path, text)?;
        let mut rules = Vec::new();
        for raw in file.rules {
            let compile = |pattern: &Option<String>| -> Result<Option<Regex>> {
                let Some(p) = pattern else { return Ok(None) };
                let expanded = expand(p, &file.lists)
                    .map_err(|m| Error::new(Location::file(path), format!("rule `{}`: {m}", raw.name)))?;
                Regex::new(&expanded).map(Some).map_err(|e| {
                    Error::new(Location::file(path), format!("rule `{}`: invalid pattern: {e}", raw.name))
                })
            };
            rules.push(Rule {
                before: compile(&raw.before)?,
                after: compile(&raw.after)?,
                name: raw.name,
                is_break: raw.is_break,
            });
        }
        Ok(RuleSet { rules })
    }

    /// The first rule matching `before` (text up to the candidate) and `after` (text from it).
    pub fn decide(&self, before: &str, after: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| {
            r.before.as_ref().is_none_or(|re| re.is_match(before))
                && r.after.as_ref().is_none_or(|re| re.is_match(after))
        })
    }
}

/// Replaces `{name}` with the list `name` as an alternation of escaped literals, longest first.
fn expand(pattern: &str, lists: &BTreeMap<String, Vec<String>>) -> std::result::Result<String, String> {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let name = &rest[open + 1..close];
        let unicode_class = rest[..open].ends_with("\\p") || rest[..open].ends_with("\\P");
        let is_name =
            !unicode_class && !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        out.push_str(&rest[..open]);
        if is_name && !name.chars().all(|c| c.is_ascii_digit() || c == ',') {
            let list = lists.get(name).ok_or_else(|| format!("unknown list `{name}`"))?;
            let mut words: Vec<&String> = list.iter().collect();
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            out.push_str(&words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|"));
        } else {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_expand_longest_first_and_escaped() {
        let mut lists = BTreeMap::new();
        lists.insert("abbr".to_string(), vec!["U.S".to_string(), "U.S.A".to_string()]);
        assert_eq!(expand(r"\b(?:{abbr})\.$", &lists).unwrap(), r"\b(?:U\.S\.A|U\.S)\.$");
        assert_eq!(expand(r"\d{1,3}", &lists).unwrap(), r"\d{1,3}");
        assert_eq!(expand(r"\p{Lu}\P{Ll}", &lists).unwrap(), r"\p{Lu}\P{Ll}");
        assert!(expand("{nope}", &lists).is_err());
    }

    #[test]
    fn bad_rule_file_names_the_rule() {
        let err =
            RuleSet::parse(Path::new("r.yaml"), "rules:\n  - name: x\n    break: true\n    before: '('\n")
                .unwrap_err();
        assert!(err.to_string().starts_with("r.yaml: rule `x`: invalid pattern"), "{err}");
    }
}
