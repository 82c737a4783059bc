//! A chart-sized notice instead of a chart: the widget never shows an empty canvas.

use super::builder::Builder;
use super::geometry::Rect;
use super::scene::{Paint, Scene};
use super::text::TextMeasure;
use super::Typography;

/// A heading and a wrapped body (one paragraph per line of it: a refused file's problems,
/// one each), at least `height` tall.
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
    y += gap * 0.5;
    for paragraph in body.split('\n').filter(|l| !l.trim().is_empty()) {
        y = b.paragraph(paragraph, gap, y, inner, 8, typo.label(), Paint::Text);
        y += gap * 0.25;
    }
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
        borrowed: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::ApproxText;

    /// A refused file's problems ran together as one paragraph: "…'0x' is not a number line 3,
    /// column…". Each now starts its own line, at the left edge.
    #[test]
    fn each_line_of_the_body_is_its_own_paragraph() {
        let body = "line 2, column 'NGOs': '0x' is not a number\n\
                    line 3, column 'NGOs': '1x' is not a number\n\
                    line 4, column 'NGOs': '2x' is not a number";
        let s = message_scene(
            "Could not load the data",
            body,
            900.0,
            0.0,
            &ApproxText,
            Typography::default(),
        );
        let texts: Vec<_> = s.texts().filter(|t| t.text.starts_with("line")).collect();
        assert_eq!(
            texts.len(),
            3,
            "{:?}",
            s.texts().map(|t| &t.text).collect::<Vec<_>>()
        );
        for (n, t) in texts.iter().enumerate() {
            assert!(t.text.starts_with(&format!("line {}", n + 2)), "{}", t.text);
            assert_eq!(t.x, texts[0].x);
        }
        assert!(texts[0].y < texts[1].y && texts[1].y < texts[2].y);
    }
}
