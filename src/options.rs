//! What a reader asked to see: language, chart kind, selection and order.
//!
//! Options are plain data shared by every stage; the web layer fills them from element
//! attributes or a JS object, and tests build them directly.

use crate::locale::Lang;
use serde::Deserialize;

/// The kinds of chart the widget draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// Horizontal bars: one region's indicators, or one indicator across regions.
    #[default]
    Bar,
}

/// The order of bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sort {
    /// As the dataset lists them.
    #[default]
    Data,
    /// Largest first.
    ValueDesc,
    /// Smallest first.
    ValueAsc,
    /// By name, in the language's alphabet.
    Name,
}

/// Everything that decides what is drawn, apart from the data and the canvas size.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub lang: Lang,
    pub chart: ChartKind,
    pub sort: Sort,
    /// Region ids to show; empty means all.
    pub regions: Vec<String>,
    /// Indicator ids to show; empty means all.
    pub indicators: Vec<String>,
    /// The year to show; `None` means the latest.
    pub year: Option<i32>,
}
