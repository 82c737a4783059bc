//! A chart-sized notice instead of a chart: the widget never shows an empty canvas.

use super::builder::Builder;
use super::geometry::Rect;
use super::scene::{Paint, Scene};
use super::text::TextMeasure;
use super::Typography;

/// A heading and a wrapped body (one paragraph per line), at least `height` tall.
pub fn message_scene(
    heading: &str,
    body: &str,
    width: f64,
    height: f64,
    measure: &dyn TextMeasure,
    typo: Typography,
) -> Scene {
    let width = width.max(160.0);
    let gap = typo.gap();
    let inner = width - 2.0 * gap;
    let mut b = Builder::new(measure);
    let mut y = gap;
    y = b.paragraph(heading, gap, y, inner, 3, typo.title(), Paint::Alert);
    y = b.paragraph(
        body,
        gap,
        y + gap * 0.5,
        inner,
        12,
        typo.label(),
        Paint::Text,
    );
    let height = height.max(y + gap);
    let plot = Rect::new(0.0, 0.0, width, height);
    Scene {
        width,
        height,
        plot,
        shapes: b.shapes,
        owners: b.owners,
        legend: b.legend,
        targets: Vec::new(),
        rows: false,
    }
}
