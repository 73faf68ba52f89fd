//! `duizhao check`: flags → settings → the review → a report, a baseline, an exit code.

use std::process::ExitCode;

use duizhao::error::Error;
use duizhao::settings::{FailOn, Options, Settings};
use duizhao::{Inputs, Review};

use super::progress::Progress;
use crate::cli::{self, CheckArgs, ReportFormat};

/// What was typed, as library options.
fn options(args: &CheckArgs) -> Options {
    Options {
        glossary: args.glossary.clone(),
        add_glossary: args.add_glossary.clone(),
        packs: (!args.packs.is_empty()).then(|| args.packs.clone()),
        select: (!args.select.is_empty()).then(|| args.select.clone()),
        ignore: args.ignore.clone(),
        severity: args.severity.clone(),
        fail_on: args.fail_on.map(|f| match f {
            cli::FailOn::Error => FailOn::Error,
            cli::FailOn::Warning => FailOn::Warning,
            cli::FailOn::Never => FailOn::Never,
        }),
        baseline: args.baseline.clone(),
        write_baseline: args.write_baseline.clone(),
        format: Some(match args.format {
            ReportFormat::Text => duizhao::report::Format::Text,
            ReportFormat::Json => duizhao::report::Format::Json,
            ReportFormat::Markdown => duizhao::report::Format::Markdown,
            ReportFormat::Html => duizhao::report::Format::Html,
        }),
        output: args.output.clone(),
        force: args.force,
        config: args.config.clone(),
        isolated: args.isolated,
    }
}

pub fn run(args: &CheckArgs) -> Result<ExitCode, Error> {
    let settings = Settings::from_options(options(args))?;
    if args.show_settings {
        crate::write_out(&settings.describe())?;
        return Ok(ExitCode::SUCCESS);
    }
    let pairs = args.pairs.chunks_exact(2).map(|p| (p[0].clone(), p[1].clone())).collect();
    let inputs = Inputs {
        paths: args.paths.clone(),
        articles: args.articles.clone(),
        allow_empty: args.allow_empty,
        pairs,
    };
    // An output is never one of the run's inputs, even with --force.
    let default = [std::path::PathBuf::from("quotes")];
    let quote_paths =
        if inputs.paths.is_empty() && inputs.articles.is_empty() { &default[..] } else { &inputs.paths };
    let read: Vec<&std::path::Path> = quote_paths
        .iter()
        .chain(&inputs.articles)
        .chain(&args.pairs)
        .chain(&args.glossary)
        .chain(&args.add_glossary)
        .chain(&args.baseline)
        .chain(&args.config)
        .map(|p| p.as_path())
        .collect();
    for out in settings.output.iter().chain(&settings.write_baseline) {
        duizhao::io::refuse_input(out, &read)?;
    }
    let review = Review::new(settings);
    let loaded = review.load(&inputs)?;
    if loaded.skipped_units > 0 {
        eprintln!(
            "note: {} units of bilingual files not checked (not to be translated, locked, or without a target)",
            loaded.skipped_units
        );
    }
    let progress = Progress::new(loaded.quotes.len(), "checking");
    let tick = || progress.tick();
    let report = review.run(loaded, Some(&tick));
    progress.finish();
    let s = review.settings();
    let mut buf = Vec::new();
    // Colour only on a terminal, and never with NO_COLOR (anstream reads the environment).
    let color = s.output.is_none()
        && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
    duizhao::report::write(s.format, &report, duizhao::report::Style { color }, &mut buf)
        .map_err(|e| Error::io("<report>", "cannot write", &e))?;
    let baseline_to_stdout = s.write_baseline.as_deref().is_some_and(duizhao::io::is_stdio);
    if !(baseline_to_stdout && s.output.as_deref().is_none_or(duizhao::io::is_stdio)) {
        duizhao::io::write_output(s.output.as_deref(), &buf, s.force)?;
    }
    if let (Some(path), Some(recorded)) = (&s.write_baseline, &report.recorded) {
        duizhao::io::write_output(Some(path), recorded.to_json().as_bytes(), s.force)?;
        eprintln!("recorded {} findings in the baseline {}", recorded.findings.len(), path.display());
        return Ok(ExitCode::SUCCESS);
    }
    for a in &report.unused_accepts {
        eprintln!(
            "warning: the accept entry of {a} matches no finding: remove it, or check its rule and term"
        );
    }
    for e in &report.stale {
        eprintln!(
            "warning: stale baseline entry ({} at {}): it matches no finding any more",
            e.rule, e.place
        );
    }
    Ok(if report.fails(s.fail_on.threshold()) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
