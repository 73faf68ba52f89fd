//! duizhao (对照, "side by side") aligns Chinese originals with their English renderings and reviews
//! the translation.
//!
//! The library is a pipeline, one module per stage:
//! `extract` (articles → quote records) → `segment` (units) → `align` → `checks` → `report`.
//! Shared types live in small modules: [`quote`], [`error`].

pub mod align;
pub mod checks;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod extract;
pub mod finding;
pub mod glossary;
pub mod io;
pub mod numbers;
pub mod quote;
pub mod report;
pub mod segment;
pub mod span;
pub mod view;
pub mod yaml;
