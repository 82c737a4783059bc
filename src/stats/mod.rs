//! From a dataset and the reader's options to the figures a chart shows.
//!
//! A [`Figure`] is the chart's content in words and numbers — categories, series, values
//! already written in the reader's language, reference line, source lines — with no notion of
//! pixels. Layout places it; this module decides what it says. [`measure`] holds the
//! arithmetic (rates, shares, ranks, differences) so it can be tested on its own.

mod axes;
mod captions;
mod cells;
mod figure;
mod legend;
pub mod measure;
mod table;
mod text;
mod tooltip;

pub use figure::{
    figure, Category, Cell, Figure, LegendEntry, Named, ReferenceLine, Series, StatsError,
};
pub use table::Table;
pub use text::value_text;

/// How many series colours the themes have (`render::Theme::series`; a test there checks):
/// past them colours repeat, lines tell themselves apart by their markers' shapes, and a pie
/// does not share out more regions than that.
pub const PALETTE: usize = 6;
