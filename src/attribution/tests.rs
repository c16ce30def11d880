//! Specification tests for attribution, one per pattern.

use crate::{Analyzer, SourceKind};
