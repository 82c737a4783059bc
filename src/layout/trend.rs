//! Trends: one indicator over the years, a line per region.
//!
//! Years sit at their true distance from each other (a gap in the series shows as a longer
//! step, not as consecutive years), missing values are bridged by a dashed line rather than
//! dropped to zero or left as a gap that hides whose points lie either side, and each line's
//! latest value is written at its end.

use super::axis;
use super::builder::Builder;
use super::geometry::{stack, Rect, PALETTE};
use super::scene::{Anchor, Area, Paint, Shape, Target};
use super::text::{wrap, wrap_balanced};
use super::Typography;
use crate::options::ChartKind;
use crate::stats::Figure;

/// Wide, a trend is about half as tall as it is wide; narrow, up to four fifths, so that a
/// phone's lines are not pressed into a 180 px strip (a screen's worth of them still is).
pub(super) fn natural_height(inner: f64, typo: Typography) -> f64 {
    let narrow = (inner * 0.8).min(typo.base * 23.0);
    (inner * 0.45)
        .max(narrow)
        .clamp(min_height(typo), typo.base * 30.0)
}

/// The least body height a trend keeps in a height set from outside.
pub(super) fn min_height(typo: Typography) -> f64 {
    typo.base * 14.0
}

/// The highlighted region's line, where the others step back in grey: among more lines than
/// the palette has colours. Among fewer, their colours tell the others apart, which grey took
/// away (of three regions, two were the same grey, unnamed at their ends and in the legend).
pub(super) fn stepping_back(figure: &Figure) -> Option<usize> {
    let focus = figure.series.iter().position(|s| s.selected);
    focus.filter(|_| figure.kind == ChartKind::Trend && figure.series.len() > PALETTE)
}

/// The index of each line's first target (its first point with a value), by series: targets
/// are listed line by line, a point each. Empty outside trends.
pub(super) fn first_targets(figure: &Figure) -> Vec<Option<usize>> {
    if figure.kind != ChartKind::Trend {
        return Vec::new();
    }
    let mut next = 0;
    (0..figure.series.len())
        .map(|s| {
            let first = next;
            next += (0..figure.categories.len())
                .filter(|&c| figure.cell(c, s).value.is_some())
                .count();
            (next > first).then_some(first)
        })
        .collect()
}

/// The line a step-by-step reveal showing `reveal` targets showed last, where it is drawn as
/// the highlighted region (in colour, named at its end, the others grey): among more lines
/// than colours a class could not tell which of twenty had come in. Before the first step,
/// the first line (drawn once it comes in); none outside a reveal, nor among few lines,
/// whose colours and legend tell them apart.
pub fn revealed_line(figure: &Figure, targets: &[Target], reveal: Option<usize>) -> Option<usize> {
    // Before the first step, the first line: the layout stays as it will be (a projector's
    // plot jumped at the first key press when twenty legend entries gave way to two).
    let last = reveal?.saturating_sub(1);
    let many = figure.kind == ChartKind::Trend && figure.series.len() > PALETTE;
    many.then(|| targets.get(last).map(|t| t.series)).flatten()
}

pub(super) fn layout(b: &mut Builder, figure: &Figure, body: Rect, typo: Typography) -> Rect {
    let (tick_font, value_font) = (typo.tick(), typo.value());
    let gap = typo.gap();
    let n = figure.series.len();
    let years: Vec<f64> = figure
        .categories
        .iter()
        // By the year it stands for: its label may carry a footnote's mark (`2024*`).
        .map(|c| c.key.parse::<i32>().map_or(0.0, f64::from))
        .collect();

    let reference = figure.reference.as_ref();
    let max = reference.map_or(0.0, |r| r.value).max(figure.max_value());
    let (provisional, labels, _) =
        axis::ticks(figure, max, body.h * 0.8, false, tick_font, b.measure);
    let axis_w = labels
        .iter()
        .map(|l| b.width(l, tick_font))
        .fold(0.0, f64::max)
        + gap * 0.5;
    // A highlighted region's line, alone in colour among grey ones, is named above its end
    // value: in the legend it is one entry among twenty. The name takes two lines at most in
    // a column up to a quarter of the chart wide, and is left to the legend where it would
    // be cut.
    let focus = figure.series.iter().position(|s| s.selected);
    let backdrop = stepping_back(figure);
    let name_font = typo.label();
    let name: Vec<String> = backdrop
        .map(|f| {
            // The name and the change in brackets after it each on lines of their own.
            let series = &figure.series[f];
            let width = body.w * 0.25;
            let mut lines = wrap_balanced(&series.label, width, 2, name_font, b.measure);
            if let Some(change) = &series.change {
                // The change, in the legend too, gives way to the name on a phone.
                let change = wrap(&format!("({change})"), width, 1, name_font, b.measure);
                if !change.iter().any(|l| l.ends_with('…')) {
                    lines.extend(change);
                }
            }
            lines
        })
        .filter(|lines| !lines.iter().any(|l| l.ends_with('…')))
        .unwrap_or_default();
    // The name's column is as wide as names may wrap to, whichever line is named: stepping
    // through, each line in turn is, and the plot changed width with each name.
    let name_w = if backdrop.is_some() {
        body.w * 0.25
    } else {
        0.0
    };
    // Each line's last value is written in a column at the right: one that ends before the
    // last year says which year it is ("72 (2022)"), or it reads as the last year's.
    let last_year = figure.categories.len().saturating_sub(1);
    let end_texts: Vec<Option<(usize, String)>> = (0..n)
        .map(|s| {
            let c =
                (0..figure.categories.len()).rposition(|c| figure.cell(c, s).value.is_some())?;
            let text = &figure.cell(c, s).text;
            Some(if c < last_year {
                (c, format!("{text} ({})", figure.categories[c].label))
            } else {
                (c, text.clone())
            })
        })
        .collect();
    let end_w = figure
        .cells
        .iter()
        .map(|c| b.width(&c.text, value_font))
        .chain(
            end_texts
                .iter()
                .flatten()
                .map(|e| b.width(&e.1, value_font)),
        )
        .fold(name_w, f64::max)
        + gap * 0.5;
    // Each end value follows its line's marker in its colour, so a value is matched to its
    // line where lines end close together (a projector's "6,6" and "6,5" named neither); the
    // one highlighted line among grey ones has its name instead.
    let keyed = n > 1 && backdrop.is_none();
    let key_r = value_font.size * 0.35;
    let key_w = if keyed { 2.0 * key_r + 4.0 } else { 0.0 };
    let end_w = end_w + key_w;
    let x_pad = gap * 1.5;
    // Labels too wide for the body (long numbers on a phone) squeeze the plot to its minimum
    // but never push it off the chart: its marks are what a reader points at.
    let plot_w = (body.w - axis_w - end_w - 2.0 * x_pad)
        .max(20.0)
        .min(body.w);
    // The value axis's title sits above it, where it cannot be read as the years' title; a
    // reference line's key at the right of that row, or below it where both do not fit.
    let lh = tick_font.line_height();
    let ref_w = reference.map_or(0.0, |r| b.width(&r.label, tick_font) + 30.0 + gap);
    let key_row = match ref_w > 0.0 && b.width(&figure.axis_title, tick_font) + ref_w > body.w {
        true => lh,
        false => 0.0,
    };
    let plot = Rect::new(
        (body.x + axis_w + x_pad).min(body.right() - plot_w),
        body.y + lh * 1.5 + key_row,
        plot_w,
        (body.h - lh * 2.5 - key_row - gap * 0.5).max(20.0),
    );

    let ticks = provisional;
    let top = ticks.last().copied().unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let y_of = |v: f64| plot.bottom() - (v / top).clamp(0.0, 1.0) * plot.h;
    for (&t, text) in ticks.iter().zip(labels) {
        let y = y_of(t);
        let paint = if t == 0.0 { Paint::Axis } else { Paint::Grid };
        b.line((plot.x - x_pad, y), (plot.right() + x_pad, y), 1.0, paint);
        b.text(
            text,
            plot.x - x_pad - gap * 0.5,
            y,
            tick_font,
            Anchor::RightMiddle,
            Paint::MutedText,
        );
    }
    let (first, last) = (
        years.first().copied().unwrap_or(0.0),
        years.last().copied().unwrap_or(0.0),
    );
    let x_of = |year: f64| {
        if last > first {
            plot.x + (year - first) / (last - first) * plot.w
        } else {
            plot.x + plot.w / 2.0
        }
    };
    // Year labels, skipping some when they would collide.
    let label_w = figure
        .categories
        .iter()
        .map(|c| b.width(&c.label, tick_font))
        .fold(0.0, f64::max)
        + gap;
    let every = if years.len() > 1 {
        let spacing = plot.w / (years.len() - 1) as f64;
        (label_w / spacing).ceil().max(1.0) as usize
    } else {
        1
    };
    for (k, (c, &year)) in figure.categories.iter().zip(&years).enumerate() {
        if k % every == 0 || k + 1 == years.len() && (years.len() - 1) % every == 0 {
            b.text(
                c.label.clone(),
                x_of(year),
                plot.bottom() + 4.0,
                tick_font,
                Anchor::CenterTop,
                Paint::MutedText,
            );
        }
    }
    b.text(
        figure.axis_title.clone(),
        body.x,
        body.y,
        tick_font,
        Anchor::LeftTop,
        Paint::MutedText,
    );

    // A reference line, dashed under the lines in long dashes (a line's bridged gaps have
    // short ones), and named as a key in the axis title's row, or in a row of its own: over
    // the plot its label hid lines, among the end values it was crowded out on a phone.
    if let Some(r) = reference {
        let y = y_of(r.value);
        for [from, to] in super::geometry::dashes((plot.x, y), (plot.right(), y), 12.0, 4.0) {
            b.line(from, to, 1.5, Paint::Reference);
        }
        let row = body.y + key_row + lh / 2.0;
        let x = body.right() - b.width(&r.label, tick_font);
        for [from, to] in super::geometry::dashes((x - 30.0, row), (x - 4.0, row), 12.0, 4.0) {
            b.line(from, to, 1.5, Paint::Reference);
        }
        let label = r.label.clone();
        b.text(
            label,
            x,
            row,
            tick_font,
            Anchor::LeftMiddle,
            Paint::Reference,
        );
    }

    // A highlighted region's line is painted last, thicker, over the others, which among
    // many step back in grey without end labels: the reader asked about that one. Its
    // targets keep their place in series order, which the element's hover, keyboard and
    // selection count on.
    let mut focus_shapes = 0..0;
    // (y, text, owning target, series, x) of each line's end label.
    let mut ends: Vec<(f64, String, usize, usize, f64)> = Vec::new();
    for (s, end_text) in end_texts.iter().enumerate() {
        let muted = backdrop.is_some_and(|f| f != s);
        // Among few lines, which keep their colours, the highlighted one is twice as thick.
        let colour = Paint::Series(figure.series[s].color);
        let (paint, width, r) = match (muted, focus.map(|f| f == s)) {
            (true, _) => (Paint::Backdrop, 1.5, 2.5),
            (false, Some(true)) => (colour, 4.0, 5.0),
            (false, Some(false)) => (colour, 2.0, 3.0),
            (false, None) => (colour, 2.5, 3.5),
        };
        // Step-by-step reveal shows a region's line with its first point.
        let first_target = b.targets.len();
        let first_shape = b.shapes.len();
        b.owner = Some(first_target);
        let points: Vec<Option<(f64, f64)>> = (0..figure.categories.len())
            .map(|c| figure.cell(c, s).value.map(|v| (x_of(years[c]), y_of(v))))
            .collect();
        // A line through each run of consecutive known values, and a dashed one across years
        // without a value, to the next run: the line stays one region's (a highlighted one as
        // strong as ever), and the footer says what the dashes mean.
        let mut last: Option<(f64, f64)> = None;
        for run in points.split(Option::is_none) {
            let run: Vec<(f64, f64)> = run.iter().flatten().copied().collect();
            if let (Some(end), Some(&start)) = (last, run.first()) {
                for [from, to] in super::geometry::dashes(end, start, width * 2.5, width * 2.0) {
                    b.push(Shape::Line {
                        from,
                        to,
                        width,
                        paint,
                    });
                }
            }
            last = run.last().copied().or(last);
            if run.len() > 1 {
                b.push(Shape::Path {
                    points: run,
                    width,
                    paint,
                });
            }
        }
        for (c, p) in points.iter().enumerate() {
            let Some((x, y)) = *p else { continue };
            b.owner = Some(b.targets.len());
            b.push(Shape::Polygon {
                points: super::geometry::marker(figure.series[s].color, x, y, r),
                paint,
            });
            let hit = Rect::new(x - 10.0, y - 10.0, 20.0, 20.0);
            b.targets.push(Target {
                category: c,
                series: s,
                area: Area::Rect(hit),
                mark: Rect::new(x - r, y - r, 2.0 * r, 2.0 * r),
            });
        }
        if let Some((c, text)) = end_text.as_ref().filter(|_| !muted) {
            if let Some((x, y)) = points[*c] {
                ends.push((y, text.clone(), b.targets.len() - 1, s, x));
            }
        }
        if focus == Some(s) {
            focus_shapes = first_shape..b.shapes.len();
        }
    }
    // The highlighted line's shapes, pushed together, move behind the others'.
    let moved = focus_shapes.len();
    b.shapes[focus_shapes.start..].rotate_left(moved);
    b.owners[focus_shapes.start..].rotate_left(moved);
    // End labels, apart vertically.
    crate::order::sort_by(&mut ends, |a, b| a.0.total_cmp(&b.0));
    b.owner = None;
    let line_h = value_font.line_height();
    // A label keyed by its line's colour may stand further from it, joined to its end by a
    // stroke of that colour: six lines ending within 20 units of each other had shown five
    // values, the sixth crowded out.
    let reach = if keyed { 3.0 * line_h } else { line_h };
    let ys: Vec<f64> = ends.iter().map(|e| e.0).collect();
    // Beside the last year: in a column right of the plot, or beside the point in the
    // middle where one year is all (its "377" stood half a chart away), and then within the
    // plot's height, clear of the axis title above and the year below. Never below the axis:
    // a phone's "70", moved down from a crowd, had stood beside "2023" under the 0 line.
    let x = x_of(last) + x_pad + 4.0;
    let top = match years.len() {
        1 => plot.y,
        _ => body.y,
    };
    let bottom = plot.bottom();
    let placed = spread_labels(
        &ys,
        line_h,
        reach,
        top + line_h / 2.0,
        bottom - line_h / 2.0,
    );
    let (name_h, n) = (name_font.line_height(), name.len() as f64);
    for ((end_y, text, owner, s, end_x), y) in ends.into_iter().zip(placed) {
        let Some(y) = y else { continue };
        b.owner = Some(owner);
        if keyed {
            let color = figure.series[s].color;
            let paint = Paint::Series(color);
            // Not from a line that ends a year early ("83 (2022)"): across the last year, a
            // stroke from its end read as a thin line of data (and one from the last year's
            // column had joined it to another line's end). Its year and colour name it.
            if (y - end_y).abs() > line_h / 2.0 && end_x == x_of(last) {
                b.line((end_x + 6.0, end_y), (x - 2.0, y), 1.0, paint);
            }
            let points = super::geometry::marker(color, x + key_r, y, key_r);
            b.push(Shape::Polygon { points, paint });
        }
        b.text(
            text,
            x + key_w,
            y,
            value_font,
            Anchor::LeftMiddle,
            Paint::Text,
        );
        // The highlighted line's is the only end label: its name above it, or below where
        // the line ends near the top.
        let above = y - (n + 0.5) * name_h >= top;
        for (i, line) in name.iter().enumerate() {
            let i = i as f64;
            let line_y = if above {
                y - (n - i) * name_h
            } else {
                y + (i + 1.0) * name_h
            };
            b.text(
                line.clone(),
                x,
                line_y,
                name_font,
                Anchor::LeftMiddle,
                Paint::Text,
            );
        }
    }
    b.owner = None;
    // The drawn area: grid lines run `x_pad` past the first and last year, markers overhang
    // (a highlighted line's diamond by 5.4 px).
    Rect::new(
        plot.x - x_pad,
        plot.y - 6.0,
        plot.w + 2.0 * x_pad,
        plot.h + 12.0,
    )
}

/// Heights for labels wanted at `ys` (ascending), at least `line_h` apart, within
/// `top..=bottom`, and no further than `reach` from where they are wanted: a label far from
/// its line names the wrong one. When all fit they move as little as that allows,
/// down and then back up from the bottom; otherwise each label goes below the one before
/// only if it stays near its line, and is left out (`None`) if not. A tooltip and the legend
/// still name every line.
fn spread_labels(ys: &[f64], line_h: f64, reach: f64, top: f64, bottom: f64) -> Vec<Option<f64>> {
    let n = ys.len();
    let mut column = centred(ys, line_h);
    stack(&mut column, line_h, top, bottom);
    let mut near = true;
    for (&p, &y) in column.iter().zip(ys) {
        near &= p >= top && (p - y).abs() <= reach;
    }
    let mut placed = vec![None; n];
    let mut last = f64::NEG_INFINITY;
    for i in 0..n {
        let at = if near {
            column[i]
        } else {
            ys[i].max(top).min(bottom).max(last + line_h)
        };
        if near || (at <= bottom && (at - ys[i]).abs() <= reach) {
            placed[i] = Some(at);
            last = at;
        }
    }
    placed
}

/// Label centres `line_h` apart, each run of labels that would overlap centred where its
/// labels are wanted (`ys`, ascending): pushed only downwards, a crowd's last labels had
/// stood three lines below their lines, their strokes read as lines falling on past the
/// last year. Runs are kept as (labels, sum of where they are wanted).
fn centred(ys: &[f64], line_h: f64) -> Vec<f64> {
    let mut runs: Vec<(usize, f64)> = Vec::new();
    for &y in ys {
        let mut run = (1, y);
        // Merged with the run above while the two overlap: their centres are their means.
        while let Some(&(n, sum)) = runs.last() {
            let above_end = sum / n as f64 + (n - 1) as f64 * line_h / 2.0;
            let start = run.1 / run.0 as f64 - (run.0 - 1) as f64 * line_h / 2.0;
            if start - above_end >= line_h {
                break;
            }
            runs.pop();
            run = (n + run.0, sum + run.1);
        }
        runs.push(run);
    }
    let mut out = Vec::with_capacity(ys.len());
    for (n, sum) in runs {
        let start = sum / n as f64 - (n - 1) as f64 * line_h / 2.0;
        out.extend((0..n).map(|k| start + k as f64 * line_h));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::spread_labels;

    #[test]
    fn labels_stay_near_their_lines_and_apart() {
        // Apart already: unchanged.
        assert_eq!(
            spread_labels(&[10.0, 40.0], 16.0, 16.0, 0.0, 100.0),
            [Some(10.0), Some(40.0)]
        );
        // Two ending together at the bottom edge: one moves up a line.
        assert_eq!(
            spread_labels(&[100.0, 100.0], 16.0, 16.0, 0.0, 100.0),
            [Some(84.0), Some(100.0)]
        );
        // A cluster: the labels that would drift from their lines are left out, the others
        // keep their distance.
        let ys = [50.0, 52.0, 54.0, 56.0, 60.0, 90.0, 95.0, 99.0, 100.0];
        let placed = spread_labels(&ys, 16.0, 16.0, 0.0, 100.0);
        for (p, y) in placed.iter().zip(ys) {
            assert!(p.map_or(true, |p| (p - y).abs() <= 16.0), "{placed:?}");
        }
        let shown: Vec<f64> = placed.into_iter().flatten().collect();
        assert!(shown.windows(2).all(|w| w[1] - w[0] >= 16.0), "{shown:?}");
        assert_eq!(shown, [50.0, 66.0, 90.0]);
        // Labels that may reach three lines away (keyed by colour) all stay, in a column
        // centred where they are wanted, not pushed below them.
        let ys = [50.0, 52.0, 54.0, 56.0, 100.0];
        let placed = spread_labels(&ys, 16.0, 48.0, 0.0, 140.0);
        assert_eq!(
            placed,
            [Some(29.0), Some(45.0), Some(61.0), Some(77.0), Some(100.0)]
        );
    }
}
