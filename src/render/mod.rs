//! Drawing a laid-out [`Scene`](crate::layout::Scene) through any plotters backend.
//!
//! There is one drawing path: the browser passes a canvas backend, tests and the SVG export
//! pass plotters' SVG backend, so what a test asserts about the SVG is what a reader sees on
//! the canvas. Colours are chosen here, from a [`Theme`], never in layout.

mod draw;
mod svg;
mod theme;

pub use draw::{draw, Backend, Overlay, Surface};
pub use svg::{to_svg, to_svg_with};
pub use theme::{Rgb, Theme};
