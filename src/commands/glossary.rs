//! `duizhao glossary export | import | harvest`.

use std::path::Path;
use std::process::ExitCode;

use duizhao::error::{Error, Location};

use crate::cli::{GlossaryExportArgs, GlossaryHarvestArgs, GlossaryImportArgs, TermbaseFormat};
use crate::write_out;

fn load_glossary(dir: Option<&Path>) -> Result<duizhao::glossary::Glossary, Error> {
    match dir {
        Some(dir) => duizhao::glossary::load_dir(dir),
        None => duizhao::glossary::embedded(),
    }
}

/// Writes `bytes` to `output` (never over an existing file without `force`, never over one of the
/// run's `inputs`), or to standard output.
fn emit(output: Option<&Path>, bytes: &[u8], force: bool, inputs: &[&Path]) -> Result<(), Error> {
    match output {
        Some(p) if !duizhao::io::is_stdio(p) => {
            duizhao::io::refuse_input(p, inputs)?;
            duizhao::io::write_file(p, bytes, force)
        }
        _ => write_out(&String::from_utf8_lossy(bytes)),
    }
}

pub fn run_export(args: &GlossaryExportArgs) -> Result<ExitCode, Error> {
    let glossary = load_glossary(args.glossary.as_deref())?;
    let entries: Vec<duizhao::glossary::Entry> = glossary.entries.iter().map(|l| l.entry.clone()).collect();
    let mut out = Vec::new();
    match args.format {
        TermbaseFormat::Tbx => duizhao::glossary::tbx::write(&entries, &mut out),
        TermbaseFormat::Csv => duizhao::glossary::table::write(&entries, &mut out),
    }
    .map_err(|e| Error::io("<export>", "cannot write", &e))?;
    let inputs: Vec<&Path> = args.glossary.as_deref().into_iter().collect();
    emit(args.output.as_deref(), &out, args.force, &inputs)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_import(args: &GlossaryImportArgs) -> Result<ExitCode, Error> {
    if let Some(out) = &args.output {
        duizhao::io::refuse_input(out, &[args.file.as_path()])?;
    }
    let text = duizhao::io::read_text(&args.file)?;
    let ext = args.file.extension().and_then(|x| x.to_str()).unwrap_or("").to_ascii_lowercase();
    let format = match (args.format, ext.as_str()) {
        (Some(f), _) => f,
        (None, "tbx" | "xml" | "tbxm") => TermbaseFormat::Tbx,
        (None, "csv") => TermbaseFormat::Csv,
        (None, _) => {
            return Err(Error::new(
                Location::file(&args.file),
                "cannot tell the format from the extension; give --format tbx or --format csv",
            ));
        }
    };
    let entries = match format {
        TermbaseFormat::Tbx => {
            let imported = duizhao::glossary::tbx::read(&args.file, &text)?;
            if !imported.skipped.is_empty() {
                eprintln!(
                    "{}: warning: skipped {} concepts without both a Chinese and an English term: {}",
                    args.file.display(),
                    imported.skipped.len(),
                    imported.skipped.join(", ")
                );
            }
            imported.entries
        }
        TermbaseFormat::Csv => duizhao::glossary::table::read(&args.file, &text)?,
    };
    let yaml = duizhao::yaml::to_string(&entries).map_err(|e| Error::new(Location::file(&args.file), e))?;
    let yaml = format!(
        "# Imported by duizhao from {}: {} concepts.\n{yaml}",
        args.file.file_name().map(|n| n.to_string_lossy()).unwrap_or_default(),
        entries.len()
    );
    let stem =
        args.file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "imported".into());
    let output = args.output.clone().unwrap_or_else(|| Path::new("glossary").join(format!("{stem}.yaml")));
    // The new file must load strictly together with the glossary files beside it.
    let mut files = vec![(output.clone(), yaml.clone())];
    if !duizhao::io::is_stdio(&output)
        && let Some(dir) = output.parent().filter(|d| d.as_os_str().is_empty() || d.is_dir())
    {
        let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
        if let Ok(read) = std::fs::read_dir(dir) {
            let mut others: Vec<_> = read
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .filter(|p| p.file_name() != output.file_name())
                .collect();
            others.sort();
            for p in others {
                files.push((p.clone(), duizhao::io::read_text(&p)?));
            }
        }
    }
    duizhao::glossary::parse(&files)?;
    if args.output.is_none() && !duizhao::io::is_stdio(&output) {
        // The default place, glossary/, is made when missing; a folder named with -o must exist.
        let dir = Path::new("glossary");
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "cannot create the folder", &e))?;
    }
    emit(Some(&output), yaml.as_bytes(), args.force, &[args.file.as_path()])?;
    if !duizhao::io::is_stdio(&output) {
        eprintln!("wrote {} concepts to {}", entries.len(), output.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// The inputs of `harvest`: articles (`.txt`, `.md`, and folders holding only articles), quote
/// YAML files or folders, JSON Lines files.
fn inputs(paths: &[std::path::PathBuf]) -> duizhao::Inputs {
    let mut inputs = duizhao::Inputs::default();
    let is_article = |f: &std::path::Path| f.extension().is_some_and(|x| x == "txt" || x == "md");
    for p in paths {
        // A folder of articles is its articles; any other folder is a quote corpus.
        let articles: Vec<std::path::PathBuf> = match std::fs::read_dir(p) {
            Ok(read) if p.is_dir() => {
                let mut a: Vec<_> = read
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| f.is_file() && is_article(f))
                    .collect();
                a.sort();
                a
            }
            _ => Vec::new(),
        };
        if !articles.is_empty() {
            inputs.articles.extend(articles);
        } else if p.is_file() && is_article(p) {
            inputs.articles.push(p.clone());
        } else {
            inputs.paths.push(p.clone());
        }
    }
    inputs
}

pub fn run_harvest(args: &GlossaryHarvestArgs) -> Result<ExitCode, Error> {
    let options =
        duizhao::Options { glossary: args.glossary.iter().cloned().collect(), ..Default::default() };
    let review = duizhao::Review::new(duizhao::Settings::from_options(options)?);
    let paths = if args.paths.is_empty() { vec!["quotes".into()] } else { args.paths.clone() };
    let loaded = review.load(&inputs(&paths))?;
    let mut candidates = review.harvest(&loaded);
    candidates.retain(|c| c.count >= args.min_count);
    let yaml =
        duizhao::yaml::to_string(&candidates).map_err(|e| Error::new(Location::file("<harvest>"), e))?;
    let text = format!(
        "# Candidate glossary entries: {} terms and titles the glossary lacks, from {} quotes and {} glosses.\n\
         # To adopt one, keep zh, en and kind, move other renderings to `admitted` or `forbidden`, and\n\
         # turn `renderings[].at` into `sources`.\n{yaml}",
        candidates.len(),
        loaded.quotes.len(),
        loaded.glosses.len()
    );
    let mut inputs: Vec<&Path> = paths.iter().map(|p| p.as_path()).collect();
    inputs.extend(args.glossary.as_deref());
    emit(args.output.as_deref(), text.as_bytes(), args.force, &inputs)?;
    Ok(ExitCode::SUCCESS)
}

/// `duizhao glossary packs`: each pack with its counts by kind and the sites its sources name.
pub fn run_packs() -> Result<ExitCode, Error> {
    let mut out = String::new();
    for pack in duizhao::glossary::PACKS {
        let g = duizhao::glossary::load(&[pack], &[])?;
        let mut kinds: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        let mut sites: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
        for l in &g.entries {
            *kinds.entry(l.entry.kind.name()).or_default() += 1;
            for s in &l.entry.sources {
                let host = s.split("://").nth(1).and_then(|r| r.split('/').next());
                if let Some(h) = host {
                    *sites.entry(h.trim_start_matches("www.").to_string()).or_default() += 1;
                }
            }
        }
        let counts: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}s")).collect();
        out.push_str(&format!(
            "{}: {} concepts ({}) — {}\n",
            pack.name,
            g.entries.len(),
            counts.join(", "),
            pack.about
        ));
        let mut top: Vec<(&String, &usize)> = sites.iter().collect();
        top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        if !top.is_empty() {
            let shown: Vec<String> = top.iter().take(8).map(|(h, n)| format!("{h} ({n})")).collect();
            out.push_str(&format!(
                "  sources: {}{}\n",
                shown.join(", "),
                if top.len() > 8 { ", …" } else { "" }
            ));
        }
    }
    crate::write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}
