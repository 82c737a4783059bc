//! The horizontal bar chart.
//!
//! Bars run left to right because category names (Kazakh ones especially) are long: they
//! get a column of their own on the left, wrapped onto up to three lines, instead of being
//! rotated or cut under a vertical bar.

use super::geometry::Rect;
use super::scene::{Anchor, Font, Paint, Scene, Shape, Target, TextItem};
use super::text::{wrap, TextMeasure};
use super::ticks::nice_ticks;
use super::Typography;
use crate::data::Unit;
use crate::locale::{format_number, format_percent, Lang};
use crate::stats::Figure;

const MAX_LABEL_LINES: usize = 3;
/// A source line is never cut short on any screen a chart is readable on.
const MAX_FOOTER_LINES: usize = 8;

/// Lays out `figure` as horizontal bars, `width` CSS pixels wide. The height follows from the
/// content (every label readable), unless `height` asks for more.
pub fn bar_chart(
    figure: &Figure,
    width: f64,
    height: Option<f64>,
    measure: &dyn TextMeasure,
    typo: Typography,
) -> Scene {
    let width = width.max(160.0);
    let gap = typo.gap();
    let inner = width - 2.0 * gap;
    let mut b = Builder::new(measure);

    // Title and subtitle.
    let mut y = gap;
    y = b.paragraph(&figure.title, gap, y, inner, 3, typo.title(), Paint::Text);
    y = b.paragraph(
        &figure.subtitle,
        gap,
        y + 2.0,
        inner,
        2,
        typo.subtitle(),
        Paint::MutedText,
    );
    y += gap;

    // The label column: as wide as the widest label, at most 40 % of the chart, or up to half
    // of it where 40 % would cut a label (a long word such as «Неправительственные», or a long
    // name on a phone).
    let label_font = typo.label();
    let wrap_labels = |max: f64| -> Vec<Vec<String>> {
        figure
            .rows
            .iter()
            .map(|r| wrap(&r.label, max, MAX_LABEL_LINES, label_font, measure))
            .collect()
    };
    let uncut = |labels: &[Vec<String>]| {
        labels.iter().zip(&figure.rows).all(|(lines, row)| {
            lines.join(" ") == row.label.split_whitespace().collect::<Vec<_>>().join(" ")
        })
    };
    let mut label_max = (inner * 0.4).max(60.0);
    let mut labels = wrap_labels(label_max);
    if !uncut(&labels) {
        label_max = (inner * 0.5).max(60.0);
        labels = wrap_labels(label_max);
    }
    let label_w = labels
        .iter()
        .flatten()
        .map(|l| measure.width(l, label_font))
        .fold(0.0, f64::max)
        .min(label_max);
    let value_font = typo.value();
    let value_w = figure
        .rows
        .iter()
        .map(|r| measure.width(&r.value_text, value_font))
        .fold(0.0, f64::max);

    let plot_x = gap + label_w + gap * 0.75;
    let plot_right = (width - gap - value_w - gap * 0.5).max(plot_x + 20.0);

    // Footer first, from the bottom, so the plot gets what is left.
    let footer_font = typo.footer();
    let footer_lines: Vec<String> = figure
        .footer
        .iter()
        .flat_map(|f| wrap(f, inner, MAX_FOOTER_LINES, footer_font, measure))
        .collect();
    let footer_h = footer_lines.len() as f64 * footer_font.line_height();
    let tick_font = typo.tick();
    let axis_h = tick_font.line_height() * 2.0 + gap * 0.5;

    let line_h = label_font.line_height();
    let bands: Vec<f64> = labels
        .iter()
        .map(|lines| (lines.len().max(1) as f64 * line_h + gap * 0.8).max(line_h * 2.0))
        .collect();
    let natural_plot_h: f64 = bands.iter().sum::<f64>().max(line_h * 2.0);
    let fixed = y + axis_h + gap + footer_h + gap;
    let total_h = height.map_or(fixed + natural_plot_h, |h| h.max(fixed + natural_plot_h));
    let stretch = (total_h - fixed) / natural_plot_h;
    let plot = Rect::new(plot_x, y, plot_right - plot_x, total_h - fixed);

    // Scale and grid.
    let max = figure
        .rows
        .iter()
        .filter_map(|r| r.value)
        .fold(0.0, f64::max);
    let ticks = nice_ticks(max, tick_target(plot.w));
    let top = ticks.last().copied().unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let x_of = |v: f64| plot.x + v / top * plot.w;
    let tick_decimals = decimals_for(&ticks);
    for &t in &ticks {
        let x = x_of(t);
        let paint = if t == 0.0 { Paint::Axis } else { Paint::Grid };
        b.shapes.push(Shape::Line {
            from: (x, plot.y),
            to: (x, plot.bottom()),
            width: 1.0,
            paint,
        });
        let text = tick_text(t, tick_decimals, figure.unit, figure.lang);
        b.text(
            text,
            x,
            plot.bottom() + 4.0,
            tick_font,
            Anchor::CenterTop,
            Paint::MutedText,
        );
    }
    let axis_title_y = plot.bottom() + 4.0 + tick_font.line_height();
    b.text(
        figure.axis_title.clone(),
        plot.x + plot.w / 2.0,
        axis_title_y,
        tick_font,
        Anchor::CenterTop,
        Paint::MutedText,
    );

    // Bars, labels and values.
    let mut row_y = plot.y;
    for (i, (row, lines)) in figure.rows.iter().zip(&labels).enumerate() {
        let band = bands[i] * stretch;
        let mid = row_y + band / 2.0;
        let first = mid - (lines.len() as f64 - 1.0) * line_h / 2.0;
        for (k, line) in lines.iter().enumerate() {
            let ly = first + k as f64 * line_h;
            b.text(
                line.clone(),
                gap + label_w,
                ly,
                label_font,
                Anchor::RightMiddle,
                Paint::Text,
            );
        }
        let bar_h = (band * 0.62).min(line_h * 2.2).max(4.0);
        let mark = match row.value {
            Some(v) => {
                let bar = Rect::new(
                    plot.x,
                    mid - bar_h / 2.0,
                    (x_of(v) - plot.x).max(0.0),
                    bar_h,
                );
                b.shapes.push(Shape::Rect {
                    rect: bar,
                    paint: Paint::Series(0),
                });
                let vx = bar.right() + gap * 0.4;
                b.text(
                    row.value_text.clone(),
                    vx,
                    mid,
                    value_font,
                    Anchor::LeftMiddle,
                    Paint::Text,
                );
                bar
            }
            None => {
                let x = plot.x + gap * 0.4;
                b.text(
                    row.value_text.clone(),
                    x,
                    mid,
                    label_font,
                    Anchor::LeftMiddle,
                    Paint::MutedText,
                );
                Rect::new(plot.x, mid - bar_h / 2.0, 0.0, bar_h)
            }
        };
        b.targets.push(Target {
            row: i,
            area: Rect::new(gap, row_y, width - 2.0 * gap, band),
            mark,
        });
        row_y += band;
    }

    // Footer.
    let mut fy = total_h - gap - footer_h;
    for line in footer_lines {
        b.text(
            line,
            gap,
            fy,
            footer_font,
            Anchor::LeftTop,
            Paint::MutedText,
        );
        fy += footer_font.line_height();
    }

    Scene {
        width,
        height: total_h,
        plot,
        shapes: b.shapes,
        targets: b.targets,
    }
}

/// A chart-sized notice instead of a chart: the widget never shows an empty canvas.
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
        targets: Vec::new(),
    }
}

/// About one tick per 90 px, between 2 and 8.
fn tick_target(plot_w: f64) -> usize {
    ((plot_w / 90.0) as usize).clamp(2, 8)
}

fn decimals_for(ticks: &[f64]) -> usize {
    let step = ticks.get(1).copied().unwrap_or(1.0);
    if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    }
}

fn tick_text(t: f64, decimals: usize, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Percent => format_percent(t, decimals, lang),
        _ => format_number(t, decimals, lang),
    }
}

/// Collects shapes and measures text boxes as it goes.
struct Builder<'a> {
    measure: &'a dyn TextMeasure,
    shapes: Vec<Shape>,
    targets: Vec<Target>,
}

impl<'a> Builder<'a> {
    fn new(measure: &'a dyn TextMeasure) -> Self {
        Builder {
            measure,
            shapes: Vec::new(),
            targets: Vec::new(),
        }
    }

    fn text(&mut self, text: String, x: f64, y: f64, font: Font, anchor: Anchor, paint: Paint) {
        let w = self.measure.width(&text, font);
        let h = font.line_height();
        let bounds = match anchor {
            Anchor::LeftMiddle => Rect::new(x, y - h / 2.0, w, h),
            Anchor::RightMiddle => Rect::new(x - w, y - h / 2.0, w, h),
            Anchor::LeftTop => Rect::new(x, y, w, h),
            Anchor::CenterTop => Rect::new(x - w / 2.0, y, w, h),
        };
        self.shapes.push(Shape::Text(TextItem {
            text,
            x,
            y,
            font,
            anchor,
            paint,
            bounds,
        }));
    }

    /// Wrapped text from the top-left corner; returns the y below it.
    #[allow(clippy::too_many_arguments)]
    fn paragraph(
        &mut self,
        text: &str,
        x: f64,
        mut y: f64,
        width: f64,
        max_lines: usize,
        font: Font,
        paint: Paint,
    ) -> f64 {
        for line in wrap(text, width, max_lines, font, self.measure) {
            self.text(line, x, y, font, Anchor::LeftTop, paint);
            y += font.line_height();
        }
        y
    }
}
