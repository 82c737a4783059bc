//! Value axes: round ticks whose labels never collide.

use super::scene::Font;
use super::text::TextMeasure;
use super::ticks::{nice_ticks, step_decimals};
use crate::stats::Figure;

/// Ticks and their labels for values up to `max` on an axis `length` pixels long: about one
/// per 90 px, fewer when the labels would otherwise touch (a narrow phone, long numbers).
/// `across` is the room each label needs along the axis besides its own extent: its width on
/// a horizontal axis, its line height on a vertical one.
pub fn ticks(
    figure: &Figure,
    max: f64,
    length: f64,
    horizontal: bool,
    font: Font,
    measure: &dyn TextMeasure,
) -> (Vec<f64>, Vec<String>) {
    // Up to one tick per 60 px: fewer when the labels would touch (the loop below), but a
    // narrow axis of short labels is not left with 0, 5, 10 for a maximum of 5.3.
    let most = ((length / 60.0) as usize).clamp(2, 8);
    let mut best = None;
    for target in (1..=most).rev() {
        let ticks = if figure.percent && max > 50.0 && max <= 100.0 {
            nice_ticks(100.0, target.min(5))
        } else {
            nice_ticks(max, target)
        };
        let labels = labels(figure, &ticks);
        let spacing = length / (ticks.len().max(2) - 1) as f64;
        let needed = if horizontal {
            labels
                .iter()
                .map(|l| measure.width(l, font))
                .fold(0.0, f64::max)
                + font.size
        } else {
            font.line_height()
        };
        let fits = spacing >= needed;
        best = Some((ticks, labels));
        if fits {
            break;
        }
    }
    best.unwrap_or_default()
}

/// Tick labels, all with the decimals the step needs.
fn labels(figure: &Figure, ticks: &[f64]) -> Vec<String> {
    let decimals = step_decimals(ticks.get(1).copied().unwrap_or(1.0));
    ticks
        .iter()
        .map(|&t| figure.format_tick(t, decimals))
        .collect()
}
