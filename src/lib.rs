//! civic-stats draws regional civil-society statistics as charts on a web page.
//!
//! Data flows one way, and the modules follow it: [`data`] reads and validates a dataset,
//! [`stats`] turns it into the figures a chart shows, [`layout`] decides where every bar
//! and label goes (pure geometry, also used for hit-testing), [`render`] draws that layout
//! through any plotters `DrawingBackend` (a canvas in the browser, SVG for tests and
//! export), and `web` is the thin WebAssembly skin. Arrows only point down that chain, so
//! everything but `web` builds and is tested natively. [`locale`], [`options`] (what the
//! reader asked for) and [`order`] sit beneath them all.

pub mod data;
pub mod layout;
pub mod locale;
pub mod options;
pub mod order;
pub mod render;
pub mod stats;

#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(target_arch = "wasm32")]
pub use web::{phrases, Chart};
