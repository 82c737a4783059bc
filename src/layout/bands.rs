//! Horizontal bar charts: single bars, grouped bars, stacks, 100 % stacks and comparisons.
//!
//! Bars run left to right because category names (Kazakh ones especially) are long: they get
//! a column of their own on the left, wrapped onto up to three lines, instead of being rotated
//! or cut under a vertical bar.

use super::axis;
use super::builder::Builder;
use super::geometry::Rect;
use super::scene::{Anchor, Area, Paint, Shape, Target};
use super::text::{wrap, TextMeasure};
use super::Typography;
use crate::options::ChartKind;
use crate::stats::Figure;

const MAX_LABEL_LINES: usize = 3;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// One bar per category.
    Single,
    /// One bar per series in each category, side by side.
    Grouped,
    /// The series of a category end to end in one bar.
    Stacked,
}

fn mode(kind: ChartKind) -> Mode {
    match kind {
        ChartKind::Grouped | ChartKind::Compare => Mode::Grouped,
        ChartKind::Stacked | ChartKind::Share => Mode::Stacked,
        _ => Mode::Single,
    }
}

/// The sizes that do not depend on the body's height.
struct Plan {
    /// Each category's label lines (none for the categories a dense chart skips).
    labels: Vec<Vec<String>>,
    label_w: f64,
    value_w: f64,
    /// Each band's natural height; empty in a dense chart, whose bands share the plot equally.
    bands: Vec<f64>,
    /// Whether values (and stack totals) are written beside their bars.
    values: bool,
}

/// The widest the label column grows: 40 % of the chart (a plan may give it half where that
/// would cut a label; dense bands never do).
fn label_column(inner: f64) -> f64 {
    (inner * 0.4).max(60.0)
}

/// No band is thinner than two label lines unless the chart is dense.
fn min_band(typo: Typography) -> f64 {
    typo.label().line_height() * 2.0
}

fn axis_h(typo: Typography) -> f64 {
    typo.tick().line_height() * 2.0 + typo.gap() * 0.5
}

fn reference_h(figure: &Figure, typo: Typography) -> f64 {
    if figure.reference.is_some() {
        typo.tick().line_height() + 4.0
    } else {
        0.0
    }
}

fn plan(figure: &Figure, inner: f64, measure: &dyn TextMeasure, typo: Typography) -> Plan {
    let label_font = typo.label();
    let value_font = typo.value();
    let line_h = label_font.line_height();
    let gap = typo.gap();

    // The label column: as wide as the widest label, at most 40 % of the chart, or up to half
    // of it where 40 % would cut a label (a long word such as «Неправительственные», or a long
    // name on a phone).
    let wrap_labels = |max: f64| -> Vec<Vec<String>> {
        figure
            .categories
            .iter()
            .map(|c| wrap(&c.label, max, MAX_LABEL_LINES, label_font, measure))
            .collect()
    };
    let uncut = |labels: &[Vec<String>]| {
        labels.iter().zip(&figure.categories).all(|(lines, c)| {
            lines.join(" ")
                == c.label
                    .split_ascii_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
        })
    };
    let mut label_max = label_column(inner);
    let mut labels = wrap_labels(label_max);
    if !uncut(&labels) {
        label_max = (inner * 0.5).max(60.0);
        labels = wrap_labels(label_max);
    }
    // A comparison's difference is written under its category's name, so it never competes
    // with the bars for width.
    let note_w = figure
        .categories
        .iter()
        .filter_map(|c| c.note.as_deref())
        .map(|n| measure.width(n, value_font))
        .fold(0.0, f64::max);
    let label_w = labels
        .iter()
        .flatten()
        .map(|l| measure.width(l, label_font))
        .fold(0.0, f64::max)
        .min(label_max)
        .max(note_w.min(label_max));

    let m = mode(figure.kind);
    let n = figure.series.len().max(1) as f64;
    let sub_h = typo.tick().line_height() + 2.0;
    let bands = labels
        .iter()
        .zip(&figure.categories)
        .map(|(lines, c)| {
            let text_h = (lines.len().max(1) + usize::from(c.note.is_some())) as f64 * line_h;
            let bars_h = if m == Mode::Grouped {
                n * sub_h
            } else {
                line_h * 1.4
            };
            (text_h.max(bars_h) + gap * 0.8).max(line_h * 2.0)
        })
        .collect();
    Plan {
        labels,
        label_w,
        value_w: value_width(figure, measure, typo),
        bands,
        values: true,
    }
}

/// How wide the widest value (or stack total) written beside a bar is.
fn value_width(figure: &Figure, measure: &dyn TextMeasure, typo: Typography) -> f64 {
    let font = typo.value();
    match mode(figure.kind) {
        Mode::Stacked => figure
            .totals()
            .iter()
            .flatten()
            .map(|t| measure.width(t, font))
            .fold(0.0, f64::max),
        _ => figure
            .cells
            .iter()
            .filter(|c| c.value.is_some())
            .map(|c| measure.width(&c.text, font))
            .fold(0.0, f64::max),
    }
}

/// A chart with more categories than fit at their natural height: the bands share the plot
/// equally and one line is written for every `step`-th category from the first, so written
/// labels never overlap (Chart.js's autoSkip). Only written labels are measured, so the cost
/// follows the plot's height, not the number of categories; values are written only where a
/// line of them fits in a bar's band.
fn dense_plan(
    figure: &Figure,
    inner: f64,
    band: f64,
    measure: &dyn TextMeasure,
    typo: Typography,
) -> Plan {
    let font = typo.label();
    let (step, values) = dense_marks(figure, band, typo);
    let label_max = label_column(inner);
    let labels: Vec<Vec<String>> = figure
        .categories
        .iter()
        .enumerate()
        .map(|(c, category)| match c % step {
            0 => wrap(&category.label, label_max, 1, font, measure),
            _ => Vec::new(),
        })
        .collect();
    let label_w = labels
        .iter()
        .flatten()
        .map(|l| measure.width(l, font))
        .fold(0.0, f64::max);
    Plan {
        labels,
        label_w,
        value_w: if values {
            value_width(figure, measure, typo)
        } else {
            0.0
        },
        bands: Vec::new(),
        values,
    }
}

/// In bands `band` high: a label for every `step`-th category (1: every one), and whether
/// values are written (a line of them fits in a bar's band).
fn dense_marks(figure: &Figure, band: f64, typo: Typography) -> (usize, bool) {
    let step = (typo.label().line_height() / band.max(1e-9))
        .ceil()
        .max(1.0) as usize;
    let per_value = match mode(figure.kind) {
        Mode::Grouped => band / figure.series.len().max(1) as f64,
        _ => band,
    };
    (step, per_value >= typo.value().line_height())
}

/// The tallest the chart grows by itself: see [`Typography::silhouette_height`].
pub(super) fn tallest(figure: &Figure, typo: Typography) -> f64 {
    if figure.categories.len() as f64 > typo.max_height() {
        typo.silhouette_height()
    } else {
        typo.max_height()
    }
}

/// The body height the bands need, or `room` (at least a few lines) when they need more and
/// become dense; and whether every band still gets its label and value (a dense chart's bands
/// may be a line high). Knowing the smallest band, a chart of thousands of categories is found
/// dense without measuring one label.
pub(super) fn natural_height(
    figure: &Figure,
    inner: f64,
    measure: &dyn TextMeasure,
    typo: Typography,
    room: f64,
) -> (f64, bool) {
    let fixed = axis_h(typo) + reference_h(figure, typo);
    let count = figure.categories.len();
    let dense = room.max(fixed + typo.label().line_height() * 4.0);
    // Whole only if dense bands lose nothing: a name each on one line, values, and no notes
    // (a comparison's differences are left out of dense bands).
    let (step, values) = dense_marks(figure, (dense - fixed) / count.max(1) as f64, typo);
    let label_max = label_column(inner);
    let dense_whole = step == 1
        && values
        && figure
            .categories
            .iter()
            .all(|c| c.note.is_none() && measure.width(&c.label, typo.label()) <= label_max);
    if count as f64 * min_band(typo) + fixed > room {
        return (dense, dense_whole);
    }
    let p = plan(figure, inner, measure, typo);
    let natural = p.bands.iter().sum::<f64>().max(min_band(typo)) + fixed;
    if natural > room {
        (dense, dense_whole)
    } else {
        (natural, true)
    }
}

/// Lays the bars out in `body`; returns the plot rectangle.
pub(super) fn layout(b: &mut Builder, figure: &Figure, body: Rect, typo: Typography) -> Rect {
    let gap = typo.gap();
    let (label_font, value_font, tick_font) = (typo.label(), typo.value(), typo.tick());
    let line_h = label_font.line_height();
    let m = mode(figure.kind);
    let (axis_h, reference_h) = (axis_h(typo), reference_h(figure, typo));
    let count = figure.categories.len();
    let plot_h = body.h - axis_h - reference_h;
    // Half a pixel of slack: the body's height went through a sum with the frame's.
    let fits = |h: f64| h <= plot_h + 0.5;
    let p = match fits(count as f64 * min_band(typo)).then(|| plan(figure, body.w, b.measure, typo))
    {
        Some(p) if fits(p.bands.iter().sum()) => p,
        _ => dense_plan(
            figure,
            body.w,
            plot_h / count.max(1) as f64,
            b.measure,
            typo,
        ),
    };
    let dense = p.bands.is_empty();

    let plot_x = body.x + p.label_w + gap * 0.75;
    let plot_right = (body.right() - p.value_w - gap * 0.5).max(plot_x + 20.0);
    let plot = Rect::new(plot_x, body.y + reference_h, plot_right - plot_x, plot_h);
    let dense_band = plot.h / count.max(1) as f64;
    let stretch = if dense {
        dense_band / min_band(typo)
    } else {
        (plot.h / p.bands.iter().sum::<f64>().max(1.0)).max(0.0)
    };

    // Scale and grid.
    let n = figure.series.len();
    let row_sums = (0..figure.categories.len())
        .map(|c| figure.row(c).iter().filter_map(|x| x.value).sum::<f64>());
    let mut max = match m {
        Mode::Stacked if figure.kind == ChartKind::Share => 100.0,
        Mode::Stacked => row_sums.fold(0.0, f64::max),
        _ => figure.max_value(),
    };
    if let Some(r) = &figure.reference {
        max = max.max(r.value);
    }
    let (ticks, labels, top) = axis::ticks(figure, max, plot.w, true, tick_font, b.measure);
    let top = top.max(f64::MIN_POSITIVE);
    let x_of = |v: f64| plot.x + (v / top).clamp(0.0, 1.0) * plot.w;
    // On a very narrow plot even two labels may collide: the later one gives way (the grid
    // line stays), keeping the axis end readable.
    let mut free_from = f64::MIN;
    for (k, (&t, text)) in ticks.iter().zip(labels).enumerate().rev() {
        let x = x_of(t);
        let paint = if t == 0.0 { Paint::Axis } else { Paint::Grid };
        b.line((x, plot.y), (x, plot.bottom()), 1.0, paint);
        let half = b.width(&text, tick_font) / 2.0;
        let x = if k + 1 == ticks.len() {
            x.min(body.right() - half)
        } else {
            x
        };
        if free_from == f64::MIN || x + half + 4.0 <= free_from {
            b.text(
                text,
                x,
                plot.bottom() + 4.0,
                tick_font,
                Anchor::CenterTop,
                Paint::MutedText,
            );
            free_from = x - half;
        }
    }
    // Centred under the plot, but inside the body on a phone, where a long title ("share of
    // the total of all regions, %") is wider than the plot.
    let title_half = b.width(&figure.axis_title, tick_font) / 2.0;
    let title_x = (plot.x + plot.w / 2.0)
        .min(body.right() - title_half)
        .max(body.x + title_half);
    b.text(
        figure.axis_title.clone(),
        title_x,
        plot.bottom() + 4.0 + tick_font.line_height(),
        tick_font,
        Anchor::CenterTop,
        Paint::MutedText,
    );

    let totals = if p.values {
        figure.totals()
    } else {
        Vec::new()
    };
    // Bars are as thick in every band: a band that grew for a label of three lines gets
    // more space around its bar, not a thicker bar (which would read as emphasis).
    let bar_band = if dense || p.bands.is_empty() {
        dense_band
    } else {
        p.bands.iter().copied().fold(f64::INFINITY, f64::min) * stretch
    };
    // What is drawn from here on: a bar per cell and its value where values are written,
    // the labels' lines and a note a category, the reference line's dashes (one each 10 px)
    // and the few lines under the plot. Room for them at once, not by doubling (a 10 000-bar
    // redraw spent 7 % of its profile growing these vectors), and not much more (a wasm heap
    // never gives memory back).
    let cells = figure.categories.len() * figure.series.len().max(1);
    let lines: usize = p.labels.iter().map(Vec::len).sum();
    let notes = figure
        .categories
        .iter()
        .filter(|c| c.note.is_some())
        .count();
    let dashes = if figure.reference.is_some() {
        (plot.h / 10.0) as usize + 1
    } else {
        0
    };
    let shapes = cells * (1 + usize::from(p.values)) + lines + notes + dashes + 64;
    b.targets.reserve(cells);
    b.shapes.reserve(shapes);
    b.owners.reserve(shapes);
    let mut row_y = plot.y;
    for (c, (category, lines)) in figure.categories.iter().zip(&p.labels).enumerate() {
        let band = if dense {
            dense_band
        } else {
            p.bands[c] * stretch
        };
        if dense {
            row_y = plot.y + c as f64 * band;
        }
        let mid = row_y + band / 2.0;
        let note = category.note.as_ref().filter(|_| !dense);
        let count = lines.len() + usize::from(note.is_some());
        let first = mid - (count as f64 - 1.0) * line_h / 2.0;
        // A selected region's name takes its bar's highlight; where its bars keep their
        // indicators' colours, the highlight (an orange) passed for one of them.
        let label_paint = if category.selected && m == Mode::Single {
            Paint::Highlight
        } else {
            Paint::Text
        };
        for (k, line) in lines.iter().enumerate() {
            let at = b.text(
                line.clone(),
                body.x + p.label_w,
                first + k as f64 * line_h,
                label_font,
                Anchor::RightMiddle,
                label_paint,
            );
            // Underlined too, not only coloured (WCAG 1.4.1): in a grouped chart the bars
            // keep their indicators' colours, and the label is all that tells it apart.
            if category.selected {
                let y = at.y + at.h - 1.0;
                b.line((at.x, y), (at.x + at.w, y), 2.0, label_paint);
            }
        }
        if let Some(note) = note {
            let y = first + lines.len() as f64 * line_h;
            // A comparison's difference belongs to its pair's last bar: stepping through, it
            // appears with the bars it describes, not before them.
            let last = match m {
                Mode::Grouped => figure.series.len().saturating_sub(1),
                _ => 0,
            };
            b.owner = Some(b.targets.len() + last);
            b.text(
                note.clone(),
                body.x + p.label_w,
                y,
                value_font,
                Anchor::RightMiddle,
                Paint::Text,
            );
            b.owner = None;
        }
        let row = figure.row(c);
        // Bars keep a gap between them down to 4 px bands; thinner ones fill their band.
        let bar_h = (bar_band * 0.62).min(line_h * 2.2).max(bar_band.min(4.0));
        match m {
            Mode::Single => {
                let cell = &row[0];
                let paint = if category.selected {
                    Paint::Highlight
                } else {
                    Paint::Series(figure.series[0].color)
                };
                b.owner = Some(b.targets.len());
                let mark = bar(
                    b,
                    cell.value.map(x_of),
                    if p.values { &cell.text } else { "" },
                    plot.x,
                    mid,
                    bar_h,
                    paint,
                    value_font,
                    label_font,
                    gap,
                );
                let area = Area::Rect(Rect::new(body.x, row_y, body.w, band));
                b.targets.push(Target {
                    category: c,
                    series: 0,
                    area,
                    mark,
                });
                b.owner = None;
            }
            Mode::Grouped => {
                let inner_h = bar_band - gap * 0.8 * stretch.min(1.0);
                let sub = inner_h / n.max(1) as f64;
                let top_y = mid - inner_h / 2.0;
                for (s, cell) in row.iter().enumerate() {
                    let sub_mid = top_y + (s as f64 + 0.5) * sub;
                    let bar_h = (sub * 0.82).max(sub.min(2.0));
                    b.owner = Some(b.targets.len());
                    let mark = bar(
                        b,
                        cell.value.map(x_of),
                        if p.values { &cell.text } else { "" },
                        plot.x,
                        sub_mid,
                        bar_h,
                        Paint::Series(figure.series[s].color),
                        tick_font.with_bold(),
                        tick_font,
                        gap,
                    );
                    let area = Area::Rect(Rect::new(body.x, top_y + s as f64 * sub, body.w, sub));
                    b.targets.push(Target {
                        category: c,
                        series: s,
                        area,
                        mark,
                    });
                    b.owner = None;
                }
            }
            Mode::Stacked => {
                let mut x = plot.x;
                let mut labelled = true;
                for (s, cell) in row.iter().enumerate() {
                    let Some(v) = cell.value else { continue };
                    let w = x_of(v) - plot.x;
                    let seg = Rect::new(x, mid - bar_h / 2.0, w, bar_h);
                    b.owner = Some(b.targets.len());
                    b.rect(seg, Paint::Series(figure.series[s].color));
                    let font = tick_font;
                    labelled = font.line_height() <= bar_h && b.width(&cell.text, font) + 6.0 <= w;
                    if labelled {
                        b.text(
                            cell.text.clone(),
                            x + w / 2.0,
                            mid,
                            font,
                            Anchor::CenterMiddle,
                            Paint::OnSeries(figure.series[s].color),
                        );
                    }
                    let area = Area::Rect(Rect::new(x, row_y, w.max(1.0), band));
                    b.targets.push(Target {
                        category: c,
                        series: s,
                        area,
                        mark: seg,
                    });
                    b.owner = None;
                    x += w;
                }
                // A step-by-step reveal writes the total with the row's last segment.
                let drawn = row.iter().any(|cell| cell.value.is_some());
                b.owner = b.targets.len().checked_sub(1).filter(|_| drawn);
                b.borrowed.extend(b.owner.filter(|_| !labelled));
                match totals.get(c) {
                    Some(Some(total)) => {
                        b.text(
                            total.clone(),
                            x + gap * 0.4,
                            mid,
                            value_font,
                            Anchor::LeftMiddle,
                            Paint::Text,
                        );
                    }
                    Some(None) if row.iter().all(|cell| cell.value.is_none()) => {
                        b.text(
                            row[0].text.clone(),
                            plot.x + gap * 0.4,
                            mid,
                            label_font,
                            Anchor::LeftMiddle,
                            Paint::MutedText,
                        );
                    }
                    _ => {}
                }
                b.owner = None;
            }
        }
        row_y += band;
    }

    if let Some(reference) = &figure.reference {
        let x = x_of(reference.value);
        // Dashed (backends draw solid lines only), and stepping around the values written
        // across it so they stay readable: its dashes that would cross one, or pass within
        // 4 px of its ends (on a phone "841" read as "|841"), are left out.
        let crossed: Vec<(f64, f64)> = b
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text(t) if t.bounds.x - 4.0 <= x && x <= t.bounds.right() + 4.0 => {
                    Some((t.bounds.y - 2.0, t.bounds.bottom() + 2.0))
                }
                _ => None,
            })
            .collect();
        let mut y = plot.y - 2.0;
        while y < plot.bottom() {
            let end = (y + 5.0).min(plot.bottom());
            if !crossed.iter().any(|&(top, bottom)| y < bottom && end > top) {
                // Cased in the background's colour, so that it shows across bars of any
                // colour (white dashes over light blue ones all but vanished).
                b.line((x, y), (x, end), 4.5, Paint::Background);
                b.line((x, y), (x, end), 1.5, Paint::Reference);
            }
            y += 10.0;
        }
        let w = b.width(&reference.label, tick_font);
        // Over the line, inside the body where the label fits; `clamp` would panic in a body
        // narrower than the label (a chart squeezed below 190 px took the module down).
        let lx = x.min(body.right() - w / 2.0).max(body.x + w / 2.0);
        b.text(
            reference.label.clone(),
            lx,
            body.y,
            tick_font,
            Anchor::CenterTop,
            Paint::Reference,
        );
    }
    plot
}

/// One bar with its value written at its end, or "no data" where it would start; nothing
/// written for an empty `text`.
#[allow(clippy::too_many_arguments)]
fn bar(
    b: &mut Builder,
    end: Option<f64>,
    text: &str,
    x0: f64,
    mid: f64,
    height: f64,
    paint: Paint,
    value_font: super::Font,
    note_font: super::Font,
    gap: f64,
) -> Rect {
    match end {
        Some(x1) => {
            let rect = Rect::new(x0, mid - height / 2.0, (x1 - x0).max(0.0), height);
            b.rect(rect, paint);
            if text.is_empty() {
                return rect;
            }
            b.text(
                text.to_owned(),
                rect.right() + gap * 0.4,
                mid,
                value_font,
                Anchor::LeftMiddle,
                Paint::Text,
            );
            rect
        }
        None if text.is_empty() => Rect::new(x0, mid - height / 2.0, 0.0, height),
        None => {
            b.text(
                text.to_owned(),
                x0 + gap * 0.4,
                mid,
                note_font,
                Anchor::LeftMiddle,
                Paint::MutedText,
            );
            Rect::new(x0, mid - height / 2.0, 0.0, height)
        }
    }
}
