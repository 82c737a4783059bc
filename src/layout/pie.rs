//! Pies and donuts: one region's composition.
//!
//! Every slice is labelled outside the circle with its share and count, joined to it by a
//! leader line, and labels on each side are pushed apart so that a 7-of-470 slice next to a
//! 30-of-470 one still has a legible label of its own.

use super::builder::Builder;
use super::geometry::Rect;
use super::scene::{Anchor, Area, Paint, Shape, Target};
use super::text::TextMeasure;
use super::Typography;
use crate::options::ChartKind;
use crate::stats::Figure;
use std::f64::consts::TAU;

/// A pie's smallest comfortable radius: below it, labels give up their counts.
const SMALL: f64 = 70.0;

/// The radius for a body `inner` wide, with room for labels on both sides, and whether the
/// labels are their shares alone: a slice's label is its share and its count in brackets
/// (`80,2 % (377)`, see `stats::cells::pie_shares`), and where that would leave a phone a
/// pie 80 px across, the count (in the tooltip and the table) gives way to the pie.
fn radius(figure: &Figure, inner: f64, measure: &dyn TextMeasure, typo: Typography) -> (f64, bool) {
    let fit = |short: bool| {
        let label_w = figure
            .cells
            .iter()
            .map(|c| measure.width(label(&c.text, short), typo.label()))
            .fold(0.0, f64::max);
        // As large as the type allows: presenting on a wide screen, a pie grows with the text.
        ((inner - 2.0 * (label_w + 28.0)) / 2.0).clamp(40.0, typo.base * 11.5)
    };
    match fit(false) {
        r if r >= SMALL => (r, false),
        _ => (fit(true), true),
    }
}

/// A slice's label, without its count in brackets when `short`.
fn label(text: &str, short: bool) -> &str {
    match text.split_once(" (") {
        Some((share, _)) if short => share,
        _ => text,
    }
}

pub(super) fn natural_height(
    figure: &Figure,
    inner: f64,
    measure: &dyn TextMeasure,
    typo: Typography,
) -> f64 {
    let (r, _) = radius(figure, inner, measure, typo);
    least_height(figure, r, typo)
}

/// The body height a pie of radius `r` and its labels take.
fn least_height(figure: &Figure, r: f64, typo: Typography) -> f64 {
    let line_h = typo.label().line_height();
    let labels = figure.cells.len() as f64 * line_h;
    (2.0 * r + 2.0 * line_h).max(labels) + typo.gap()
}

/// The least body height a pie keeps in a height set from outside: its smallest radius.
pub(super) fn min_height(figure: &Figure, typo: Typography) -> f64 {
    least_height(figure, 40.0, typo)
}

use super::geometry::{on_circle as at, stack, Sector};

pub(super) fn layout(b: &mut Builder, figure: &Figure, body: Rect, typo: Typography) -> Rect {
    let (r, short) = radius(figure, body.w, b.measure, typo);
    let r = r
        .min((body.h - typo.gap()) / 2.0 - typo.label().line_height())
        .max(20.0);
    let (cx, cy) = (body.x + body.w / 2.0, body.y + body.h / 2.0);
    let inner = if figure.kind == ChartKind::Donut {
        r * 0.58
    } else {
        0.0
    };
    let font = typo.label();
    let line_h = font.line_height();

    let total: f64 = figure.cells.iter().filter_map(|c| c.value).sum();
    let mut start = 0.0;
    // (category, mid angle, label) per slice, for the label pass.
    let mut labelled = Vec::new();
    for (c, cell) in figure.cells.iter().enumerate() {
        let Some(v) = cell.value.filter(|v| *v > 0.0 && total > 0.0) else {
            continue;
        };
        let sweep = v / total * TAU;
        let end = start + sweep;
        let sector = Sector {
            cx,
            cy,
            inner,
            outer: r,
            start,
            end,
        };
        let points = sector.outline();
        let target = b.targets.len();
        b.owner = Some(target);
        b.push(Shape::Polygon {
            points,
            paint: Paint::Series(figure.categories[c].color),
        });
        b.owner = None;
        let area = Area::Wedge(sector);
        let (mx, my) = at(cx, cy, (r + inner) / 2.0, start + sweep / 2.0);
        let mark = Rect::new(mx - 4.0, my - 4.0, 8.0, 8.0);
        b.targets.push(Target {
            category: c,
            series: 0,
            area,
            mark,
        });
        labelled.push((c, target, start + sweep / 2.0));
        start = end;
    }
    // Thin separators between slices, so neighbours of similar colour stay apart.
    if labelled.len() > 1 {
        let mut a = 0.0;
        for cell in &figure.cells {
            if let Some(v) = cell.value.filter(|v| *v > 0.0) {
                b.line(
                    at(cx, cy, inner, a),
                    at(cx, cy, r, a),
                    1.5,
                    Paint::Background,
                );
                a += v / total * TAU;
            }
        }
    }

    // Labels: right side for slices whose middle is on the right, left otherwise; pushed apart.
    for right in [true, false] {
        let mut side: Vec<(usize, usize, f64, f64)> = labelled
            .iter()
            .filter(|(_, _, a)| (super::geometry::sin_cos(*a).0 >= 0.0) == right)
            .map(|&(c, t, a)| (c, t, a, at(cx, cy, r + 14.0, a).1))
            .collect();
        crate::order::sort_by(&mut side, |x, y| x.3.total_cmp(&y.3));
        let mut ys: Vec<f64> = side.iter().map(|e| e.3).collect();
        stack(
            &mut ys,
            line_h,
            body.y + line_h / 2.0,
            body.bottom() - line_h / 2.0,
        );
        for ((c, target, a, _), y) in side.into_iter().zip(ys) {
            b.owner = Some(target);
            let edge = at(cx, cy, r, a);
            let elbow_x = if right { cx + r + 10.0 } else { cx - r - 10.0 };
            // On a phone a wide label may not fit beside even the smallest pie: it moves in
            // towards the pie rather than off the canvas.
            let text = label(&figure.cells[c].text, short);
            let w = b.width(text, font);
            let text_x = if right {
                (elbow_x + 4.0).min(body.right() - w)
            } else {
                (elbow_x - 4.0).max(body.x + w)
            };
            b.push(Shape::Path {
                points: vec![edge, (elbow_x, y)],
                width: 1.0,
                paint: Paint::Axis,
            });
            let anchor = if right {
                Anchor::LeftMiddle
            } else {
                Anchor::RightMiddle
            };
            b.text(text.to_owned(), text_x, y, font, anchor, Paint::Text);
            b.owner = None;
        }
    }

    // The donut's hole holds the whole and its caption when they fit; a small donut on a
    // phone keeps what fits (the slices' labels still give every count).
    if let Some(total) = figure.total.as_ref().filter(|_| inner > 0.0) {
        let (big, small) = (typo.title(), typo.tick());
        let (big_h, small_h) = (big.line_height(), small.line_height());
        let hole = 2.0 * inner * 0.9;
        let label = crate::locale::Msg::Total.text(figure.lang);
        let with_label = b.width(label, small) <= hole;
        if b.width(total, big) <= hole {
            let y = if with_label { cy - small_h / 2.0 } else { cy };
            b.text(total.clone(), cx, y, big, Anchor::CenterMiddle, Paint::Text);
            if with_label {
                b.text(
                    label,
                    cx,
                    cy + big_h / 2.0,
                    small,
                    Anchor::CenterMiddle,
                    Paint::MutedText,
                );
            }
        }
    }
    if labelled.is_empty() {
        let text = figure.cells.first().map_or("", |c| c.text.as_str());
        b.text(
            text.to_owned(),
            cx,
            cy,
            font,
            Anchor::CenterMiddle,
            Paint::MutedText,
        );
    }
    Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r)
}
