//! What a reader asked to see: language, chart kind, measure, selection and order.
//!
//! Options are plain data shared by every stage. Element attributes, URL query strings and
//! JS option objects all arrive as name/value strings and go through one parser
//! ([`Options::set`]), so each of them accepts the same values and refuses a wrong one with
//! the same message, in the reader's language.

mod parse;

pub use parse::{Expected, OptionError, OPTION_NAMES};

use crate::locale::Lang;

/// The kinds of chart the widget draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChartKind {
    /// Horizontal bars: one indicator across regions, or one region's indicators.
    #[default]
    Bar,
    /// Several indicators side by side for each region.
    Grouped,
    /// Each region's indicators stacked into one bar.
    Stacked,
    /// Each region's composition as a 100 % bar.
    Share,
    /// One region's composition as a pie.
    Pie,
    /// One region's composition as a ring, with the total in the middle.
    Donut,
    /// Two regions side by side per indicator, with the differences written out.
    Compare,
    /// One indicator over the years, a line per region.
    Trend,
}

impl ChartKind {
    pub const ALL: [ChartKind; 8] = [
        ChartKind::Bar,
        ChartKind::Grouped,
        ChartKind::Stacked,
        ChartKind::Share,
        ChartKind::Pie,
        ChartKind::Donut,
        ChartKind::Compare,
        ChartKind::Trend,
    ];

    /// The name used in options and attributes.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Bar => "bar",
            ChartKind::Grouped => "grouped",
            ChartKind::Stacked => "stacked",
            ChartKind::Share => "share",
            ChartKind::Pie => "pie",
            ChartKind::Donut => "donut",
            ChartKind::Compare => "compare",
            ChartKind::Trend => "trend",
        }
    }
}

/// What number each value is turned into before it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Measure {
    /// The value as published.
    #[default]
    Count,
    /// Per 10 000 residents of the region (needs its population).
    Per10k,
    /// Percentage of the region's total over the indicators shown.
    ShareOfRegion,
    /// Percentage of the dataset's total for the indicator, over all its regions.
    ShareOfTotal,
}

/// The order of bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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

/// A reference line across bars of every kind and trends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reference {
    /// A given figure (e.g. a national value in the same measure).
    Value(f64),
    /// A named reference.
    Named(ReferenceName),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceName {
    /// The mean of the values shown.
    Average,
    /// The rate of the regions shown taken together: their counts over their population.
    Overall,
}

/// Everything that decides what is drawn, apart from the data and the canvas size.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    pub lang: Lang,
    pub chart: ChartKind,
    pub measure: Measure,
    pub sort: Sort,
    /// Region ids to show; empty means all (or, for one-region charts, the first).
    pub regions: Vec<String>,
    /// Indicator ids to show; empty means all (or, for one-indicator charts, the first).
    pub indicators: Vec<String>,
    /// The year to show; `None` means the latest.
    pub year: Option<i32>,
    /// A region drawn highlighted, the others dimmed.
    pub selected: Option<String>,
    pub reference: Option<Reference>,
    pub theme: ThemeName,
    /// Legend entries (indicator or region ids) the reader switched off.
    pub hidden: Vec<String>,
    /// A fixed chart height in CSS pixels; by default the chart is as tall as its content.
    pub height: Option<f64>,
}

/// The colour schemes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Light,
    Dark,
    /// High contrast: black on white, thick marks, for projectors and low vision.
    Contrast,
    /// High contrast on black: what Windows' dark contrast themes (three of its four) ask.
    ContrastDark,
}
