//! The `duizhao` binary: parses flags, calls the library, maps the outcome to an exit code
//! (0 clean, 1 findings at or above `--fail-on`, 2 usage or input error).

mod cli;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use cli::{CheckArgs, Cli, Command, DataFormat, ExtractArgs};
use duizhao::error::{Error, Location};
use duizhao::extract::{self, Extraction};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(&args),
        Command::Check(args) => run_check(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

fn run_extract(args: &ExtractArgs) -> Result<ExitCode, Error> {
    let mut all = Extraction::default();
    let mut articles = Vec::new();
    for path in &args.articles {
        let extraction = extract::extract_file(path)?;
        for w in &extraction.warnings {
            eprintln!("{}:{}: warning: {}", path.display(), w.line, w.message);
        }
        articles.push(extract::slug(path));
        all.append(extraction);
    }
    if args.out == Path::new("-") {
        let text = match args.format {
            DataFormat::Json => {
                serde_json::to_string_pretty(&all).map(|s| s + "\n").map_err(|e| e.to_string())
            }
            DataFormat::Yaml => duizhao::yaml::to_string(&all),
        }
        .map_err(|e| Error::new(Location::file("<stdout>"), e))?;
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes()).map_err(|e| Error::io("<stdout>", "cannot write", &e))?;
        return Ok(ExitCode::SUCCESS);
    }
    let files = duizhao::corpus::render(&args.out, &articles, &all)?;
    if !args.force
        && let Some((existing, _)) = files.iter().find(|(p, _)| p.exists())
    {
        return Err(Error::new(
            Location::file(existing),
            "already exists; nothing was written (use --force to replace the corpus files)",
        ));
    }
    for (path, contents) in &files {
        duizhao::io::write_file(path, contents.as_bytes(), args.force)?;
    }
    eprintln!(
        "wrote {} quote pairs and {} glosses from {} articles to {}",
        all.quotes.len(),
        all.glosses.len(),
        articles.len(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn run_check(args: &CheckArgs) -> Result<ExitCode, Error> {
    let corpus = duizhao::corpus::load(&args.paths)?;
    println!(
        "loaded {} quote pairs and {} glosses; the review checks (glossary, drift, numbers, omissions) are not built yet",
        corpus.quotes.len(),
        corpus.glosses.len()
    );
    Ok(ExitCode::SUCCESS)
}
