//! The laid-out chart: what to draw, where, and what each region of it means.

use super::geometry::Rect;

/// A font size and weight; the family is the renderer's choice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

impl Font {
    pub fn regular(size: f64) -> Self {
        Font { size, bold: false }
    }
    pub fn bold(size: f64) -> Self {
        Font { size, bold: true }
    }
    /// The height of one line of text.
    pub fn line_height(self) -> f64 {
        (self.size * 1.3).ceil()
    }
}

/// What a shape is, not what colour it is: the theme decides colours at draw time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Background,
    Text,
    MutedText,
    Grid,
    Axis,
    /// The n-th data series.
    Series(usize),
    /// The text of an error or notice.
    Alert,
}

/// Horizontal and vertical alignment of a text to its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    LeftMiddle,
    RightMiddle,
    LeftTop,
    CenterTop,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TextItem {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub font: Font,
    pub anchor: Anchor,
    pub paint: Paint,
    /// The box the text occupies, for overlap and bounds checks.
    pub bounds: Rect,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        paint: Paint,
    },
    Line {
        from: (f64, f64),
        to: (f64, f64),
        width: f64,
        paint: Paint,
    },
    Text(TextItem),
}

/// A part of the chart a reader can point at or focus: one row of the figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Index into the figure's rows.
    pub row: usize,
    /// Where the pointer counts as "on" it (the whole row band, not only the bar).
    pub area: Rect,
    /// The drawn mark, for a focus ring.
    pub mark: Rect,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    /// The rectangle bars are drawn in.
    pub plot: Rect,
    pub shapes: Vec<Shape>,
    /// In reading order, which is also keyboard focus order.
    pub targets: Vec<Target>,
}

impl Scene {
    /// The target under a point, if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<&Target> {
        self.targets.iter().find(|t| t.area.contains(x, y))
    }

    /// Every text drawn, in drawing order.
    pub fn texts(&self) -> impl Iterator<Item = &TextItem> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text(t) => Some(t),
            _ => None,
        })
    }
}
