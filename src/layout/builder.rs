//! Collects shapes and measures text boxes as a layout goes.

use super::geometry::Rect;
use super::scene::{Anchor, Font, LegendTarget, Paint, Shape, Target, TextItem};
use super::text::{wrap, TextMeasure};

pub(super) struct Builder<'a> {
    pub measure: &'a dyn TextMeasure,
    pub shapes: Vec<Shape>,
    /// For each shape, the target it belongs to (see [`Scene::owners`](super::Scene)).
    pub owners: Vec<Option<usize>>,
    pub targets: Vec<Target>,
    /// The target the shapes pushed now belong to.
    pub owner: Option<usize>,
    pub legend: Vec<LegendTarget>,
    /// See [`Scene::borrowed`](super::Scene).
    pub borrowed: Vec<usize>,
}

impl<'a> Builder<'a> {
    pub fn new(measure: &'a dyn TextMeasure) -> Self {
        Builder {
            measure,
            shapes: Vec::new(),
            owners: Vec::new(),
            targets: Vec::new(),
            owner: None,
            legend: Vec::new(),
            borrowed: Vec::new(),
        }
    }

    pub fn push(&mut self, shape: Shape) {
        self.shapes.push(shape);
        self.owners.push(self.owner);
    }

    pub fn width(&self, text: &str, font: Font) -> f64 {
        self.measure.width(text, font)
    }

    pub fn text(
        &mut self,
        text: impl Into<String>,
        x: f64,
        y: f64,
        font: Font,
        anchor: Anchor,
        paint: Paint,
    ) -> Rect {
        let text = text.into();
        let w = self.measure.width(&text, font);
        let h = font.line_height();
        let bounds = match anchor {
            Anchor::LeftMiddle => Rect::new(x, y - h / 2.0, w, h),
            Anchor::RightMiddle => Rect::new(x - w, y - h / 2.0, w, h),
            Anchor::CenterMiddle => Rect::new(x - w / 2.0, y - h / 2.0, w, h),
            Anchor::LeftTop => Rect::new(x, y, w, h),
            Anchor::CenterTop => Rect::new(x - w / 2.0, y, w, h),
        };
        self.push(Shape::Text(TextItem {
            text,
            x,
            y,
            font,
            anchor,
            paint,
            bounds,
        }));
        bounds
    }

    pub fn rect(&mut self, rect: Rect, paint: Paint) {
        self.push(Shape::Rect { rect, paint });
    }

    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), width: f64, paint: Paint) {
        self.push(Shape::Line {
            from,
            to,
            width,
            paint,
        });
    }

    /// Wrapped text from the top-left corner; returns the y below it.
    #[allow(clippy::too_many_arguments)]
    pub fn paragraph(
        &mut self,
        text: &str,
        x: f64,
        y: f64,
        width: f64,
        max_lines: usize,
        font: Font,
        paint: Paint,
    ) -> f64 {
        let lines = wrap(text, width, max_lines, font, self.measure);
        self.lines(lines, x, y, font, paint)
    }

    /// `lines` one under the other from `y`; returns the y below the last.
    pub fn lines(
        &mut self,
        lines: Vec<String>,
        x: f64,
        mut y: f64,
        font: Font,
        paint: Paint,
    ) -> f64 {
        for line in lines {
            self.text(line, x, y, font, Anchor::LeftTop, paint);
            y += font.line_height();
        }
        y
    }
}
