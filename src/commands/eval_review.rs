//! `duizhao eval-review`: review accuracy on a gold-aligned corpus.

use std::process::ExitCode;

use duizhao::error::Error;
use duizhao::eval::review;
use duizhao::settings::{Options, Settings};

use crate::cli::EvalReviewArgs;
use crate::write_out;

pub fn run(args: &EvalReviewArgs) -> Result<ExitCode, Error> {
    let options = Options {
        glossary: args.glossary.clone(),
        packs: (!args.pack.is_empty()).then(|| args.pack.clone()),
        isolated: true,
        ..Options::default()
    };
    let settings = Settings::from_options(options)?;
    let docs = review::read_corpus(&args.corpus)?;
    let review::Evaluation { suite, scores, derived } = review::evaluate(&docs, settings);
    let mut out = format!(
        "{}: {} documents, {} clean pairs, {} clean passages, {} planted errors{}\n\n{scores}",
        args.corpus.display(),
        docs.len(),
        scores.clean_pairs,
        scores.clean_passages,
        suite.cases.iter().filter(|c| c.kind.is_some()).count(),
        if derived > 0 {
            format!(", {derived} glossary entries derived from the corpus")
        } else {
            String::new()
        },
    );
    if args.misses {
        out.push('\n');
        for m in &scores.misses {
            out.push_str(m);
            out.push('\n');
        }
    }
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}
