//! Where everything goes: pure geometry in CSS pixels.
//!
//! Layout turns a [`Figure`](crate::stats::Figure) and a size into a [`Scene`]: a flat list
//! of rectangles, lines, polygons and texts with semantic paints, plus the hit targets that
//! hover and keyboard focus use. Because the drawing and the hit-testing read the same scene,
//! what a reader points at is exactly what was drawn. Text is measured through
//! [`TextMeasure`], so the browser can use the canvas's real font metrics while native tests
//! use an estimate.
//!
//! This module knows nothing of plotters, colours or the DOM.

mod axis;
mod bands;
mod builder;
mod frame;
mod geometry;
mod message;
mod pie;
mod scene;
mod text;
mod ticks;
mod trend;
mod tween;

pub use frame::{chart, legend_entries};
pub use geometry::{Rect, Sector, PALETTE};
pub use message::message_scene;
pub use scene::{Anchor, Area, Font, LegendTarget, Paint, Scene, Shape, Step, Target, TextItem};
pub use text::{wrap, ApproxText, TextMeasure};
pub use ticks::nice_ticks;
pub use trend::revealed_line;
pub use tween::{tween, TargetKey};

/// Type sizes and spacing, in CSS pixels. Presentation mode scales them up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Typography {
    pub base: f64,
}

impl Default for Typography {
    fn default() -> Self {
        Typography { base: 13.0 }
    }
}

impl Typography {
    /// Type for presenting to a class: large on a projector's width (25.6 px at 1 024 CSS px,
    /// read from the back of a class, where 21 px had not been; 32 px from 1 280), the
    /// page's on a phone, where large type left 4 of 20 labels and no plot. A chart fitted to
    /// a screen steps it down where it would not be whole (see [`chart`](super::chart)).
    pub fn presenting(width: f64) -> Typography {
        Typography {
            base: (width / 40.0).clamp(13.0, 32.0),
        }
    }

    pub fn title(self) -> Font {
        Font::bold(self.base * 1.4)
    }
    pub fn subtitle(self) -> Font {
        Font::regular(self.base * 1.08)
    }
    pub fn label(self) -> Font {
        Font::regular(self.base)
    }
    pub fn value(self) -> Font {
        Font::bold(self.base)
    }
    pub fn tick(self) -> Font {
        Font::regular(self.base * 0.9)
    }
    pub fn footer(self) -> Font {
        Font::regular(self.base * 0.85)
    }
    /// The space between blocks and around the edge.
    pub fn gap(self) -> f64 {
        (self.base * 0.9).round()
    }
    /// The tallest a chart grows by itself (2 340 CSS px at the default size): about two and
    /// a half laptop screens, past which a reader no longer compares bars by scrolling, and
    /// at a devicePixelRatio of 3 still far inside what browsers give a canvas (Chromium:
    /// 65 535 px a side). Band charts with more categories make their bands thinner.
    pub fn max_height(self) -> f64 {
        self.base * 180.0
    }
    /// The height of a band chart of more categories than [`max_height`](Self::max_height)
    /// has CSS pixels, whose bars would be thinner than a pixel even there (910 CSS px at the
    /// default size, about a laptop screen). Such a chart shows the shape of a distribution,
    /// not bars to read one by one (the pointer, the keyboard and the table still give each
    /// value), and a screen shows that shape whole; more height would only add rows of pixels
    /// to paint on every redraw, and clearing them was most of a 10 000-bar redraw at 2 340 px.
    pub fn silhouette_height(self) -> f64 {
        self.base * 70.0
    }
}
