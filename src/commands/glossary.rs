//! `duizhao glossary export | import | harvest`.

use std::path::Path;
use std::process::ExitCode;

use duizhao::error::{Error, Location};
use duizhao::extract;

use crate::cli::{GlossaryExportArgs, GlossaryHarvestArgs, GlossaryImportArgs, TermbaseFormat};
use crate::write_out;

fn load_glossary(dir: Option<&Path>) -> Result<duizhao::glossary::Glossary, Error> {
    match dir {
        Some(dir) => duizhao::glossary::load_dir(dir),
        None => duizhao::glossary::embedded(),
    }
}

/// Writes `bytes` to `output` (never over an existing file without `force`), or to standard output.
fn emit(output: Option<&Path>, bytes: &[u8], force: bool) -> Result<(), Error> {
    match output {
        Some(p) if p != Path::new("-") => duizhao::io::write_file(p, bytes, force),
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
    emit(args.output.as_deref(), &out, args.force)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_import(args: &GlossaryImportArgs) -> Result<ExitCode, Error> {
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
    if output != Path::new("-")
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
    emit(Some(&output), yaml.as_bytes(), args.force)?;
    if output != Path::new("-") {
        eprintln!("wrote {} concepts to {}", entries.len(), output.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Quotes and glosses from articles, quote YAML files or folders, and JSON Lines files.
fn load_inputs(
    paths: &[std::path::PathBuf],
) -> Result<(Vec<duizhao::quote::Quote>, Vec<extract::Gloss>), Error> {
    let mut quotes = Vec::new();
    let mut glosses = Vec::new();
    let mut yaml = Vec::new();
    let mut expanded = Vec::new();
    for p in paths {
        // A folder of articles is its articles; any other folder is a quote corpus.
        let articles: Vec<std::path::PathBuf> = match std::fs::read_dir(p) {
            Ok(read) if p.is_dir() => {
                let mut a: Vec<_> = read
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "txt" || x == "md"))
                    .collect();
                a.sort();
                a
            }
            _ => Vec::new(),
        };
        if articles.is_empty() {
            expanded.push(p.clone());
        } else {
            expanded.extend(articles);
        }
    }
    for p in &expanded {
        let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
        if p.is_dir() || ext == "yaml" || ext == "yml" {
            yaml.push(p.clone());
        } else if ext == "jsonl" {
            quotes.extend(duizhao::corpus::parse_jsonl(p, &duizhao::io::read_text(p)?)?);
        } else {
            let extraction = extract::extract_file(p)?;
            quotes.extend(extraction.quotes);
            glosses.extend(extraction.glosses);
        }
    }
    if !yaml.is_empty() {
        let corpus = duizhao::corpus::load(&yaml)?;
        quotes.extend(corpus.quotes.into_iter().map(|(_, q)| q));
        glosses.extend(corpus.glosses);
    }
    Ok((quotes, glosses))
}

pub fn run_harvest(args: &GlossaryHarvestArgs) -> Result<ExitCode, Error> {
    let glossary = load_glossary(args.glossary.as_deref())?;
    let paths = if args.paths.is_empty() { vec!["quotes".into()] } else { args.paths.clone() };
    let (quotes, glosses) = load_inputs(&paths)?;
    let lexicon = duizhao::checks::lexicon_for(&quotes, &glossary);
    let observations = duizhao::checks::observe(&quotes, &glosses, &glossary, &lexicon);
    let mut candidates = duizhao::glossary::harvest::harvest(&observations, &glosses, &glossary);
    candidates.retain(|c| c.count >= args.min_count);
    let yaml =
        duizhao::yaml::to_string(&candidates).map_err(|e| Error::new(Location::file("<harvest>"), e))?;
    let text = format!(
        "# Candidate glossary entries: {} terms and titles the glossary lacks, from {} quotes and {} glosses.\n\
         # To adopt one, keep zh, en and kind, move other renderings to `admitted` or `forbidden`, and\n\
         # turn `renderings[].at` into `sources`.\n{yaml}",
        candidates.len(),
        quotes.len(),
        glosses.len()
    );
    emit(args.output.as_deref(), text.as_bytes(), args.force)?;
    Ok(ExitCode::SUCCESS)
}
