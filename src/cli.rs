//! Command-line flags as typed (clap). `main.rs` turns them into library calls.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "duizhao",
    version,
    about = "Align Chinese originals with their English renderings and review the translation"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract quote pairs (English body quote ↔ Chinese footnote) from articles into a corpus.
    Extract(ExtractArgs),
    /// Review a quote corpus (default `quotes/`).
    Check(CheckArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataFormat {
    Yaml,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Article files (plain text or Markdown).
    #[arg(required = true)]
    pub articles: Vec<PathBuf>,
    /// Output folder, or `-` for one document on standard output.
    #[arg(long, default_value = "quotes")]
    pub out: PathBuf,
    /// Format of the document printed with `--out -`.
    #[arg(long, value_enum, default_value_t = DataFormat::Yaml)]
    pub format: DataFormat,
    /// Replace existing output files.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Quote YAML files or folders.
    #[arg(default_value = "quotes")]
    pub paths: Vec<PathBuf>,
}
