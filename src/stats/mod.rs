//! From a dataset and the reader's options to the figures a chart shows.
//!
//! A [`Figure`] is the chart's content in words and numbers — title, labelled values already
//! written in the reader's language, source line — with no notion of pixels. Layout places
//! it; this module decides what it says.

mod figure;

pub use figure::{figure, Figure, Row, StatsError};
