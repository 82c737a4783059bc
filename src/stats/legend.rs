//! The legend: one entry per series (per slice for pies and donuts), each keeping its colour
//! whatever else is hidden, so a reader who hides one entry sees the others unchanged.

use super::axes::Axes;
use super::figure::{Category, LegendEntry, Series};
use crate::options::ChartKind;

/// Whether the legend lists categories (a pie's slices) rather than series.
fn by_category(kind: ChartKind) -> bool {
    matches!(kind, ChartKind::Pie | ChartKind::Donut)
}

/// Colours every entry, lists them, and takes the ones the reader hid (`hidden`, by key) out
/// of the grid: out of the chart, its scale, shares and totals, but still in the legend to be
/// shown again. Hiding every entry would leave an empty chart, so then none is hidden.
pub(super) fn legend(axes: &mut Axes, kind: ChartKind, hidden: &[String]) -> Vec<LegendEntry> {
    for (i, c) in axes.categories.iter_mut().enumerate() {
        c.color = i;
    }
    for (i, s) in axes.series.iter_mut().enumerate() {
        s.color = i;
    }
    let by_category = by_category(kind);
    let mut legend: Vec<LegendEntry> = if by_category {
        axes.categories
            .iter()
            .map(|c| (c.key.clone(), c.label.clone(), c.color))
            .collect::<Vec<_>>()
    } else {
        axes.series
            .iter()
            .map(|s| (s.key.clone(), s.label.clone(), s.color))
            .collect()
    }
    .into_iter()
    .map(|(key, label, color)| LegendEntry {
        hidden: hidden.iter().any(|h| h.eq_ignore_ascii_case(&key)),
        key,
        label,
        color,
    })
    .collect();
    if legend.iter().all(|e| e.hidden) {
        legend.iter_mut().for_each(|e| e.hidden = false);
    }

    let n = axes.series.len();
    let keep: Vec<bool> = legend.iter().map(|e| !e.hidden).collect();
    if by_category {
        axes.cells = axes
            .cells
            .chunks(n.max(1))
            .zip(&keep)
            .filter(|(_, k)| **k)
            .flat_map(|(row, _)| row.to_vec())
            .collect();
        let mut k = keep.iter();
        axes.categories.retain(|_| *k.next().unwrap_or(&true));
    } else {
        axes.cells = axes
            .cells
            .iter()
            .enumerate()
            .filter(|(i, _)| keep.get(i % n.max(1)).copied().unwrap_or(true))
            .map(|(_, c)| *c)
            .collect();
        let mut k = keep.iter();
        axes.series.retain(|_| *k.next().unwrap_or(&true));
    }
    legend
}

/// Gives visible entries the label their series or slice ended with (a trend's carries its
/// change); hidden entries keep their plain name.
pub(super) fn relabel(
    legend: &mut [LegendEntry],
    kind: ChartKind,
    categories: &[Category],
    series: &[Series],
) {
    let by_category = by_category(kind);
    for entry in legend.iter_mut() {
        let visible = if by_category {
            categories
                .iter()
                .find(|c| c.color == entry.color)
                .map(|c| c.label.clone())
        } else {
            series
                .iter()
                .find(|s| s.color == entry.color)
                .map(Series::caption)
        };
        if let Some(label) = visible {
            entry.label = label;
        }
    }
}
