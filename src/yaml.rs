//! The one place that knows which YAML crate we use.
//!
//! `serde_yaml` was archived in March 2024; we use `serde-saphyr`, a maintained, pure-Rust, panic-free
//! serde YAML implementation that reports line and column for every error, rejects duplicate keys by
//! default, and has budgets against alias bombs. Everything else in duizhao calls these functions.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, Location, Result};

/// Parses `text` (read from `path`) as YAML into `T`. Errors carry the file, line and column.
/// Duplicate keys are errors; unknown fields are errors wherever `T` says `deny_unknown_fields`.
pub fn from_str<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T> {
    // Counts scale with the input (a node takes at least two bytes of text, so these never refuse
    // a file for its size: `extract`'s own 100,000-quote files and 100,000-entry glossaries load);
    // what stays capped is amplification — aliases, anchors and what they may repeat.
    let n = text.len();
    let options = serde_saphyr::options! {
        with_snippet: false,
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::Error,
        budget: serde_saphyr::budget! {
            max_nodes: (n / 2).max(250_000),
            max_events: n.max(1_000_000),
            max_total_scalar_bytes: n.max(64 * 1024 * 1024),
            max_documents: 1,
        },
    };
    // serde_path_to_error records where in the document a type error happened ("[3].en").
    let mut field = String::new();
    let result = serde_saphyr::with_deserializer_from_str_with_options(text, options, |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            field = e.path().to_string();
            e.into_inner()
        })
    });
    result.map_err(|err| {
        let location = match err.location() {
            Some(loc) if loc.line() > 0 => {
                Location::at(path, loc.line() as usize, (loc.column() as usize).max(1))
            }
            _ => Location::file(path),
        };
        let message = clean_message(&err.to_string());
        // `.value` is serde-saphyr's `Spanned` wrapper; `?` means the parser failed before a field.
        let field = field.replace(".value", "");
        let named = message.contains('`') || field.is_empty() || field == "." || field.contains('?');
        Error::new(location, if named { message } else { format!("`{field}`: {message}") })
    })
}

/// Serialises `value` as a YAML document. Long single-line strings stay on one line (Chinese has
/// no spaces to fold at, and an editor greps for whole sentences); strings with line breaks are
/// written as literal blocks (`|`), so text round-trips exactly.
pub fn to_string<T: Serialize>(value: &T) -> std::result::Result<String, String> {
    let options = serde_saphyr::ser_options! {
        folded_wrap_chars: usize::MAX / 2,
        min_fold_chars: usize::MAX / 2,
    };
    serde_saphyr::to_string_with_options(value, options).map_err(|e| e.to_string())
}

/// serde-saphyr appends " at line L, column C" to some messages; we print the location ourselves.
fn clean_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message).trim();
    let first = match first.rfind(" at line ") {
        Some(i) => first[..i].trim_end_matches(':'),
        None => first,
    };
    if let Some(breach) = first.strip_prefix("budget breached: ") {
        return budget_message(breach);
    }
    // serde-saphyr's hint is for programmers ("set DuplicateKeyPolicy in Options").
    match first.strip_prefix("duplicate mapping key: ") {
        Some(rest) => format!("duplicate key `{}`", rest.split(", set ").next().unwrap_or(rest)),
        None => first.to_string(),
    }
}

/// A reader's words for a budget serde-saphyr reports by its internal name ("Documents { … }").
fn budget_message(breach: &str) -> String {
    let kind = breach.split([' ', '{', '(']).next().unwrap_or(breach);
    match kind {
        "Documents" => "a second YAML document (a `---` line): a duizhao file holds one document; split it into two files".into(),
        "Aliases" | "Anchors" | "AliasAnchorRatio" | "RecordedAnchorEvents" | "RecordedAnchorBytes" => {
            "too many aliases (`*name`) for the anchors (`&name`) they repeat: refused as a possible \
             alias bomb; duizhao's own files use no anchors"
                .into()
        }
        "Depth" | "InclusionDepth" | "PropertyExpansionDepth" => "nested too deeply (more than 64 levels)".into(),
        "Nodes" | "Events" | "ScalarBytes" | "InputBytes" | "CommentBytes" => {
            "the file expands to more than its size allows (aliases or anchors repeating text)".into()
        }
        _ => format!("refused as a possible resource attack ({kind})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Entry {
        zh: String,
        preferred: String,
    }

    fn parse(text: &str) -> Result<Vec<Entry>> {
        from_str(Path::new("g.yaml"), text)
    }

    #[test]
    fn unknown_field_names_line_column_and_field() {
        let err = parse("- zh: 军民融合\n  preferd: Military-Civil Fusion\n").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("g.yaml:2:3: "), "{text}");
        assert!(text.contains("preferd"), "{text}");
    }

    #[test]
    fn budget_breaches_are_said_in_words() {
        let err = parse("- zh: a\n  preferred: b\n---\n- zh: c\n  preferred: d\n").unwrap_err().to_string();
        assert!(err.contains("a second YAML document"), "{err}");
        assert!(!err.contains('{'), "{err}");
    }

    #[test]
    fn duplicate_key_is_an_error() {
        let err = parse("- zh: a\n  zh: b\n  preferred: c\n").unwrap_err();
        assert!(err.to_string().starts_with("g.yaml:2:"), "{err}");
        assert!(err.to_string().contains("duplicate"), "{err}");
    }

    proptest::proptest! {
        #[test]
        fn any_text_round_trips(zh in "\\PC*", en in "(\\PC|\n| ){0,200}") {
            let v = vec![Entry { zh, preferred: en }];
            let text = to_string(&v).unwrap();
            proptest::prop_assert_eq!(parse(&text).unwrap(), v);
        }
    }

    #[test]
    fn round_trips() {
        let v = vec![Entry { zh: "标识解析".into(), preferred: "identifier resolution".into() }];
        let text = to_string(&v).unwrap();
        assert_eq!(parse(&text).unwrap(), v);
    }
}
