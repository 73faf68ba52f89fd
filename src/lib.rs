//! duizhao (对照, "side by side") aligns Chinese originals with their English renderings and reviews
//! the translation.
//!
//! # The stable interface
//! One entry point: [`Settings`] (from flags and `duizhao.toml`) and [`Inputs`] in, a [`Report`]
//! of [`Finding`]s out, each with typed [`Place`]s; [`report::write`] renders it.
//!
//! ```no_run
//! use duizhao::{Inputs, Review, Settings};
//! let report = Review::new(Settings::default()).check(&Inputs::paths(["quotes/"]))?;
//! println!("{} findings in {} quotes", report.findings.len(), report.quotes.len());
//! # Ok::<(), duizhao::Error>(())
//! ```
//!
//! # The pipeline
//! One module per stage: `extract` (articles → quote records) → `segment` (units) → `align` →
//! `checks` → `report`. The stage modules are public for the project's own tests, benchmarks and
//! fuzz targets, but hidden from the documentation: they may change in any release.

pub mod baseline;
pub mod bilingual;
pub mod error;
pub mod finding;
pub mod place;
pub mod report;
pub mod review;
pub mod settings;

#[doc(hidden)]
pub mod align;
#[doc(hidden)]
pub mod checks;
#[doc(hidden)]
pub mod corpus;
#[doc(hidden)]
pub mod eval;
#[doc(hidden)]
pub mod extract;
#[doc(hidden)]
pub mod glossary;
#[doc(hidden)]
pub mod io;
#[doc(hidden)]
pub mod numbers;
#[doc(hidden)]
pub mod quantity;
#[doc(hidden)]
pub mod quote;
#[doc(hidden)]
pub mod segment;
#[doc(hidden)]
pub mod span;
#[doc(hidden)]
pub mod view;
#[doc(hidden)]
pub mod xml;
#[doc(hidden)]
pub mod yaml;

pub use error::{Error, Location};
pub use finding::{Annotation, ByteSpan, DiffOp, Finding, Rule, Severity};
pub use place::{Place, Side};
pub use quote::{Citation, Quote};
pub use review::{Inputs, Report, Review};
pub use settings::{FailOn, Options, Settings};
