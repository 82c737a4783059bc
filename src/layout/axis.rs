//! Value axes: round ticks whose labels never collide.

use super::scene::Font;
use super::text::TextMeasure;
use super::ticks::{axis_end, nice_ticks, step_decimals};
use crate::stats::Figure;

/// Ticks and their labels for values up to `max` on an axis `length` pixels long, and where
/// the axis ends: up to one tick per 60 px, fewer when the labels would otherwise touch (a
/// narrow phone, long numbers): along a horizontal axis a label needs its width, along a
/// vertical one its line height.
///
/// A horizontal (bar) axis ends a little past `max` ([`axis_end`]) and keeps the ticks up to
/// there; a vertical (trend) axis ends at its last tick, which labels the top of the grid.
pub fn ticks(
    figure: &Figure,
    max: f64,
    length: f64,
    horizontal: bool,
    font: Font,
    measure: &dyn TextMeasure,
) -> (Vec<f64>, Vec<String>, f64) {
    // Up to one tick per 60 px: fewer when the labels would touch (the loop below), but a
    // narrow axis of short labels is not left with 0, 5, 10 for a maximum of 5.3.
    let most = ((length / 60.0) as usize).clamp(2, 8);
    // Shares that reach past half are drawn against the whole, 100 % (a stack of rounded
    // shares may add up to a hair over it: 33,3 + 33,3 + 33,4 had an axis to 120 %).
    let whole = figure.percent && max > 50.0 && max <= 100.0 + 1e-9;
    let mut best = None;
    for target in (1..=most).rev() {
        let mut ticks = if whole {
            nice_ticks(100.0, target.min(5))
        } else {
            nice_ticks(max, target)
        };
        let end = if horizontal && !whole {
            axis_end(&ticks, max)
        } else {
            ticks.last().copied().unwrap_or(1.0)
        };
        ticks.retain(|&t| t <= end);
        let labels = labels(figure, &ticks);
        let step = ticks.get(1).copied().unwrap_or(end);
        let spacing = length * step / end.max(f64::MIN_POSITIVE);
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
        best = Some((ticks, labels, end));
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
