//! Settings: what was typed on the command line ([`Options`]) merged with a project file
//! (`duizhao.toml`, found from the current folder upward) into one validated [`Settings`] value —
//! glossary loaded, rules selected, baseline read, output checked — before any work starts.
//! Command-line values win over the file's; the file's over the defaults. [`Settings::origins`]
//! says where each value came from (`duizhao check --show-settings`).

mod file;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub use file::{CONFIG_NAME, ConfigFile, discover};

use crate::baseline::Baseline;
use crate::error::{Error, Location, Result};
use crate::finding::{Rule, Severity};
use crate::glossary::Glossary;
use crate::report::Format;

/// Which findings make a run fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

impl FailOn {
    /// The lowest severity that fails the run.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Never => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Never => "never",
        }
    }
}

/// Values given on the command line (or by a program); `None` and empty mean "not given".
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Glossary folders or files that replace the built-in glossary (`--glossary`).
    pub glossary: Vec<PathBuf>,
    /// Glossary folders or files added to the built-in glossary (`--add-glossary`).
    pub add_glossary: Vec<PathBuf>,
    /// Only these packs of the built-in glossary (`--pack`).
    pub packs: Option<Vec<String>>,
    /// Only these rules (`--select`).
    pub select: Option<Vec<Rule>>,
    /// Not these rules (`--ignore`).
    pub ignore: Vec<Rule>,
    /// Severity overrides (`--severity RULE=LEVEL`).
    pub severity: Vec<(Rule, Severity)>,
    pub fail_on: Option<FailOn>,
    pub baseline: Option<PathBuf>,
    pub write_baseline: Option<PathBuf>,
    /// The report's format and file (`None` or `-`: standard output).
    pub format: Option<Format>,
    pub output: Option<PathBuf>,
    pub force: bool,
    /// A project file to use instead of the one discovered (`--config`).
    pub config: Option<PathBuf>,
    /// Use no project file (`--isolated`).
    pub isolated: bool,
}

/// Which rules run and how severe their findings are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules {
    /// `None`: every rule.
    pub select: Option<BTreeSet<Rule>>,
    pub ignore: BTreeSet<Rule>,
    pub severity: BTreeMap<Rule, Severity>,
}

impl Rules {
    pub fn enabled(&self, rule: Rule) -> bool {
        self.select.as_ref().is_none_or(|s| s.contains(&rule)) && !self.ignore.contains(&rule)
    }

    /// The severity a finding of `rule` gets, given the check's own.
    pub fn severity(&self, rule: Rule, own: Severity) -> Severity {
        self.severity.get(&rule).copied().unwrap_or(own)
    }
}

/// One validated settings value: everything a review needs.
pub struct Settings {
    pub glossary: Glossary,
    pub rules: Rules,
    pub fail_on: FailOn,
    pub baseline: Option<(PathBuf, Baseline)>,
    pub write_baseline: Option<PathBuf>,
    pub format: Format,
    /// `None`: standard output.
    pub output: Option<PathBuf>,
    pub force: bool,
    /// The project file in force, if any.
    pub config: Option<PathBuf>,
    /// (setting, value, where it came from), in a stable order.
    pub origins: Vec<(String, String, String)>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

impl Default for Settings {
    /// The built-in glossary, every rule, fail on errors, a text report on standard output.
    fn default() -> Self {
        Settings::resolve(Options { isolated: true, ..Options::default() }, None)
            .expect("the built-in glossary is valid")
    }
}

/// Joins a path from a project file to the file's folder.
fn relative_to(config: &Path, p: &Path) -> PathBuf {
    match config.parent() {
        Some(dir) if p.is_relative() => dir.join(p),
        _ => p.to_path_buf(),
    }
}

fn names<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items.into_iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ")
}

impl Settings {
    /// Finds the project file (unless `isolated` or given), reads it and merges it with `options`.
    pub fn from_options(options: Options) -> Result<Settings> {
        let path = match (&options.config, options.isolated) {
            (Some(p), _) => Some(p.clone()),
            (None, true) => None,
            (None, false) => {
                let cwd = std::env::current_dir().map_err(|e| Error::io(".", "cannot read", &e))?;
                discover(&cwd)
            }
        };
        let config = match &path {
            Some(p) => Some((p.clone(), ConfigFile::load(p)?)),
            None => None,
        };
        Settings::resolve(options, config)
    }

    /// Merges `options` (which win) with a project file.
    pub fn resolve(options: Options, config: Option<(PathBuf, ConfigFile)>) -> Result<Settings> {
        let mut origins = Vec::new();
        let (cfg_path, cfg) = match config {
            Some((p, c)) => (Some(p), c),
            None => (None, ConfigFile::default()),
        };
        let from_file = || format!("{}", cfg_path.as_deref().unwrap_or(Path::new("?")).display());
        let mut note =
            |key: &str, value: String, origin: String| origins.push((key.to_string(), value, origin));

        // The glossary.
        let g = cfg.glossary.unwrap_or_default();
        let (builtin, mut paths, origin) = if !options.glossary.is_empty() {
            (false, options.glossary.clone(), "--glossary".to_string())
        } else if g.builtin.is_some() || !g.paths.is_empty() {
            let cp = cfg_path.as_deref().unwrap_or(Path::new(""));
            (g.builtin.unwrap_or(true), g.paths.iter().map(|p| relative_to(cp, p)).collect(), from_file())
        } else {
            (true, Vec::new(), "default".to_string())
        };
        paths.extend(options.add_glossary.iter().cloned());
        let origin =
            if options.add_glossary.is_empty() { origin } else { format!("{origin}, --add-glossary") };
        // Built-in packs: all, unless flags or the file name some.
        let (pack_names, pack_origin): (Vec<String>, String) = match (&options.packs, &g.packs) {
            (Some(p), _) => (p.clone(), "--pack".into()),
            (None, Some(p)) => (p.clone(), from_file()),
            (None, None) => {
                (crate::glossary::PACKS.iter().map(|p| p.name.to_string()).collect(), "default".into())
            }
        };
        let mut packs = Vec::new();
        for name in &pack_names {
            let pack = crate::glossary::pack(name).ok_or_else(|| {
                let known = names(crate::glossary::PACKS.iter().map(|p| p.name));
                let at =
                    cfg_path.clone().filter(|_| options.packs.is_none()).unwrap_or_else(|| "--pack".into());
                Error::new(
                    Location::file(at),
                    format!("unknown glossary pack `{name}`; the packs are: {known}"),
                )
            })?;
            packs.push(pack);
        }
        if !builtin {
            packs.clear();
        }
        let glossary = crate::glossary::load(&packs, &paths)?;
        let mut shown: Vec<String> = Vec::new();
        if !packs.is_empty() {
            note("glossary.packs", names(packs.iter().map(|p| p.name)), pack_origin);
            shown.push("built-in".into());
        }
        shown.extend(paths.iter().map(|p| p.display().to_string()));
        note("glossary", format!("{} ({} concepts)", names(shown), glossary.entries.len()), origin);

        // Rules.
        let r = cfg.rules.unwrap_or_default();
        let mut rules = Rules::default();
        match (&options.select, r.select) {
            (Some(s), _) => {
                rules.select = Some(s.iter().copied().collect());
                note("rules.select", names(s.iter()), "--select".into());
            }
            (None, Some(s)) => {
                note("rules.select", names(s.iter()), from_file());
                rules.select = Some(s.into_iter().collect());
            }
            (None, None) => note("rules.select", "all".into(), "default".into()),
        }
        rules.ignore.extend(r.ignore.iter().copied());
        rules.ignore.extend(options.ignore.iter().copied());
        if !rules.ignore.is_empty() {
            let origin = match (r.ignore.is_empty(), options.ignore.is_empty()) {
                (false, false) => format!("{}, --ignore", from_file()),
                (false, true) => from_file(),
                _ => "--ignore".into(),
            };
            note("rules.ignore", names(rules.ignore.iter()), origin);
        }
        for (rule, sev) in r.severity {
            rules.severity.insert(rule, sev);
            note(&format!("rules.severity.{rule}"), sev.to_string(), from_file());
        }
        for &(rule, sev) in &options.severity {
            rules.severity.insert(rule, sev);
            note(&format!("rules.severity.{rule}"), sev.to_string(), "--severity".into());
        }

        // When a run fails, and the baseline.
        let c = cfg.check.unwrap_or_default();
        let (fail_on, origin) = match (options.fail_on, c.fail_on) {
            (Some(f), _) => (f, "--fail-on".to_string()),
            (None, Some(f)) => (f, from_file()),
            (None, None) => (FailOn::Error, "default".to_string()),
        };
        note("check.fail-on", fail_on.name().into(), origin);
        let baseline_path = match (&options.baseline, &c.baseline) {
            (Some(p), _) => Some((p.clone(), "--baseline".to_string())),
            (None, Some(p)) => {
                Some((relative_to(cfg_path.as_deref().unwrap_or(Path::new("")), p), from_file()))
            }
            (None, None) => None,
        };
        // Writing a baseline records every finding: an old baseline is not applied.
        let baseline = match baseline_path.filter(|_| options.write_baseline.is_none()) {
            Some((p, origin)) => {
                note("check.baseline", p.display().to_string(), origin);
                Some((p.clone(), Baseline::load(&p)?))
            }
            None => None,
        };

        // Outputs: refused now, not after the run.
        let stdout = |p: &Option<PathBuf>| p.as_ref().filter(|p| p.as_os_str() != "-").cloned();
        let output = stdout(&options.output);
        // `--write-baseline -` writes the baseline to standard output (and the report only to -o).
        let write_baseline = options.write_baseline.clone();
        for p in output.iter().chain(write_baseline.iter().filter(|p| p.as_os_str() != "-")) {
            if !options.force && p.exists() {
                return Err(Error::new(
                    Location::file(p),
                    "already exists; nothing was checked (use --force to replace it)",
                ));
            }
            crate::io::output_target(p, options.force)?;
        }
        if let Some(p) = &write_baseline {
            note("write-baseline", p.display().to_string(), "--write-baseline".into());
        }
        let format = options.format.unwrap_or(Format::Text);
        note(
            "format",
            format.name().into(),
            if options.format.is_some() { "--format" } else { "default" }.into(),
        );
        let out_name = output.as_ref().map_or("standard output".to_string(), |p| p.display().to_string());
        note("output", out_name, if output.is_some() { "--output" } else { "default" }.into());
        if let Some(p) = &cfg_path {
            note(
                "config",
                p.display().to_string(),
                if options.config.is_some() { "--config" } else { "discovered" }.into(),
            );
        }
        Ok(Settings {
            glossary,
            rules,
            fail_on,
            baseline,
            write_baseline,
            format,
            output,
            force: options.force,
            config: cfg_path,
            origins,
        })
    }

    /// The settings in force and where each came from, one per line.
    pub fn describe(&self) -> String {
        let width = self.origins.iter().map(|(k, _, _)| k.len()).max().unwrap_or(0);
        self.origins.iter().map(|(k, v, o)| format!("{k:width$}  {v}  ({o})\n")).collect()
    }
}
