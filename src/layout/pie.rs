//! Pies and donuts: one region's composition.
//!
//! Every slice is labelled outside the circle, joined to it by a leader line, with its name
//! over its share and count where the width allows: a class reads a projected pie without
//! matching colours against the legend. Labels on each side are pushed apart so that a
//! 7-of-470 slice next to a 30-of-470 one still has a legible label of its own; leaders that
//! would then cross, or cross the pie, are a worse reading than the legend, so names give way
//! to them.

use super::builder::Builder;
use super::geometry::Rect;
use super::scene::{Anchor, Area, Paint, Shape, Target};
use super::text::{wrap_balanced, TextMeasure};
use super::Typography;
use crate::options::ChartKind;
use crate::stats::Figure;
use std::f64::consts::TAU;

/// A pie's smallest comfortable radius: below it, labels give up their counts.
const SMALL: f64 = 70.0;
/// The least radius a pie keeps for its labels to name the slices; narrower, the legend does.
const NAMED: f64 = 100.0;
/// How wide a slice's name may run before it takes another line, in ems, where the pie
/// leaves no more room beside it.
const NAME_EMS: f64 = 11.0;

/// What a slice's label says, from most to least: its name over its share and count
/// (`80,2 % (377)`, see `stats::cells::pie_shares`), the share and count, the share alone.
/// Where one would leave a phone a pie 80 px across, the next gives way to the pie (the
/// tooltip and the table still say everything).
#[derive(Clone, Copy, PartialEq)]
enum Detail {
    /// Names wrapped at this width.
    Named(f64),
    Counted,
    Share,
}

/// The slices' labels, a line each, as one level of detail writes them.
struct Labels {
    detail: Detail,
    lines: Vec<Vec<String>>,
}

impl Labels {
    fn new(figure: &Figure, detail: Detail, measure: &dyn TextMeasure, typo: Typography) -> Self {
        let lines = figure
            .cells
            .iter()
            .zip(&figure.categories)
            .map(|(cell, category)| {
                let text = &cell.text;
                match detail {
                    Detail::Named(width) => {
                        let font = typo.label();
                        let mut lines = wrap_balanced(&category.label, width, 3, font, measure);
                        lines.push(text.clone());
                        lines
                    }
                    Detail::Counted => vec![text.clone()],
                    Detail::Share => vec![text
                        .split_once(" (")
                        .map_or(text.as_str(), |s| s.0)
                        .to_owned()],
                }
            });
        Labels {
            detail,
            lines: lines.collect(),
        }
    }

    /// Slice `c`'s label's height: named ones keep a little apart, so that one's count is not
    /// read as the next one's name.
    fn height(&self, c: usize, typo: Typography) -> f64 {
        let line_h = typo.label().line_height();
        let gap = match self.detail {
            Detail::Named(_) => 0.4 * line_h,
            _ => 0.0,
        };
        self.lines[c].len() as f64 * line_h + gap
    }

    /// The body height a pie of radius `r` and these labels take: all labels might lie on
    /// one side.
    fn least_height(&self, r: f64, typo: Typography) -> f64 {
        let labels: f64 = (0..self.lines.len()).map(|c| self.height(c, typo)).sum();
        least_height(r, labels, typo)
    }
}

/// The radius for a body `inner` wide and `tall` high (infinite where the chart grows with its
/// content), with room for labels on both sides, and the labels: as much as fits.
fn plan(
    figure: &Figure,
    inner: f64,
    tall: f64,
    names: bool,
    measure: &dyn TextMeasure,
    typo: Typography,
) -> (f64, Labels) {
    let font = typo.label();
    let fit = |detail| {
        let labels = Labels::new(figure, detail, measure, typo);
        let label_w = labels
            .lines
            .iter()
            .flatten()
            .map(|line| measure.width(line, font))
            .fold(0.0, f64::max);
        // As large as the type allows: presenting on a wide screen, a pie grows with the text.
        let r = ((inner - 2.0 * (label_w + 28.0)) / 2.0).clamp(40.0, typo.base * 11.5);
        (r, labels)
    };
    // Names as wide as a pie of the largest radius leaves them room, and no narrower than
    // NAME_EMS.
    let room = inner / 2.0 - typo.base * 11.5 - 28.0;
    let named = Detail::Named(room.max(NAME_EMS * font.size));
    let (r, labels) = fit(named);
    // Names that would be cut, or not fit beside the pie in a height set from outside, give
    // way.
    let whole = !labels.lines.iter().flatten().any(|l| l.ends_with('…'));
    if names && r >= NAMED && whole && labels.least_height(NAMED, typo) <= tall {
        return (r, labels);
    }
    match fit(Detail::Counted) {
        (r, labels) if r >= SMALL => (r, labels),
        _ => fit(Detail::Share),
    }
}

pub(super) fn natural_height(
    figure: &Figure,
    inner: f64,
    measure: &dyn TextMeasure,
    typo: Typography,
) -> f64 {
    let (r, labels) = plan(figure, inner, f64::INFINITY, true, measure, typo);
    labels.least_height(r, typo)
}

/// The body height a pie of radius `r` and its labels `labels` high take.
fn least_height(r: f64, labels: f64, typo: Typography) -> f64 {
    let line_h = typo.label().line_height();
    (2.0 * r + 2.0 * line_h).max(labels) + typo.gap()
}

/// The least body height a pie keeps in a height set from outside: its smallest radius.
pub(super) fn min_height(figure: &Figure, typo: Typography) -> f64 {
    let labels = figure.cells.len() as f64 * typo.label().line_height();
    least_height(40.0, labels, typo)
}

use super::geometry::{on_circle as at, stack_blocks, Sector};

/// A slice's label where it goes: its leader from the rim, and the middle of its lines.
struct Placed {
    category: usize,
    right: bool,
    y: f64,
    leader: Vec<(f64, f64)>,
}

/// The labels of slices at their middle angles (`(category, angle)`), each on the side its
/// middle is on (near 12 and 6 o'clock, the side with room), pushed apart within the body.
fn place(
    slices: &[(usize, f64)],
    labels: &Labels,
    (cx, cy, r): (f64, f64, f64),
    body: Rect,
    typo: Typography,
) -> Vec<Placed> {
    // Each label on the side its slice's middle is on; a slice near 12 or 6 o'clock moves
    // to the other side where that side's labels stand less tall, so that tall labels of
    // small slices at the top are not all pushed down one column.
    let sin = |a: f64| super::geometry::sin_cos(a).0;
    let heights: Vec<f64> = slices
        .iter()
        .map(|&(c, _)| labels.height(c, typo))
        .collect();
    let mut on_right: Vec<bool> = slices.iter().map(|&(_, a)| sin(a) >= 0.0).collect();
    let mut near: Vec<usize> = (0..slices.len())
        .filter(|&i| sin(slices[i].1).abs() < 0.5)
        .collect();
    crate::order::sort_by(&mut near, |&i, &j| {
        sin(slices[i].1).abs().total_cmp(&sin(slices[j].1).abs())
    });
    for i in near {
        let total = |right: bool| -> f64 {
            (0..slices.len())
                .filter(|&k| on_right[k] == right)
                .map(|k| heights[k])
                .sum()
        };
        if total(on_right[i]) > total(!on_right[i]) + heights[i] {
            on_right[i] = !on_right[i];
        }
    }
    let mut placed = Vec::new();
    for right in [true, false] {
        // (category, angle, wanted y, label height) of the side's slices.
        let mut side: Vec<(usize, f64, f64, f64)> = (0..slices.len())
            .filter(|&i| on_right[i] == right)
            .map(|i| {
                let (c, a) = slices[i];
                (c, a, at(cx, cy, r + 14.0, a).1, heights[i])
            })
            .collect();
        crate::order::sort_by(&mut side, |x, y| x.2.total_cmp(&y.2));
        let mut ys: Vec<f64> = side.iter().map(|e| e.2).collect();
        stack_blocks(&mut ys, |i| side[i].3, body.y, body.bottom());
        for ((category, a, _, _), y) in side.into_iter().zip(ys) {
            let edge = at(cx, cy, r, a);
            let elbow_x = if right { cx + r + 10.0 } else { cx - r - 10.0 };
            // Straight from the rim to the label, unless that would cut across the pie (a
            // label pushed far down the column): then out along the radius first.
            let inward = (elbow_x - edge.0) * (edge.0 - cx) + (y - edge.1) * (edge.1 - cy) < 0.0;
            let leader = if inward {
                vec![edge, at(cx, cy, r + 8.0, a), (elbow_x, y)]
            } else {
                vec![edge, (elbow_x, y)]
            };
            placed.push(Placed {
                category,
                right,
                y,
                leader,
            });
        }
    }
    placed
}

/// Whether no leader crosses another or passes over the pie: tall named labels pushed far
/// down their column can draw leaders that do, and then give way to one-line labels.
fn clear(placed: &[Placed], (cx, cy, r): (f64, f64, f64)) -> bool {
    type Segment = ((f64, f64), (f64, f64));
    let segments: Vec<Vec<Segment>> = placed
        .iter()
        .map(|p| p.leader.windows(2).map(|w| (w[0], w[1])).collect())
        .collect();
    let side = |p: (f64, f64), q: (f64, f64), t: (f64, f64)| {
        (q.0 - p.0) * (t.1 - p.1) - (q.1 - p.1) * (t.0 - p.0)
    };
    let cross = |(p, q): Segment, (s, t): Segment| {
        side(p, q, s) * side(p, q, t) < 0.0 && side(s, t, p) * side(s, t, q) < 0.0
    };
    // The point of a segment nearest the centre, outside the circle (a leader starts on it).
    let outside = |&(p, q): &Segment| {
        let (dx, dy) = (q.0 - p.0, q.1 - p.1);
        let t =
            (((cx - p.0) * dx + (cy - p.1) * dy) / (dx * dx + dy * dy).max(1e-9)).clamp(0.0, 1.0);
        (p.0 + dx * t - cx).hypot(p.1 + dy * t - cy) > r - 0.5
    };
    segments.iter().flatten().all(outside)
        && segments.iter().enumerate().all(|(i, a)| {
            segments[i + 1..]
                .iter()
                .all(|b| a.iter().all(|&x| b.iter().all(|&y| !cross(x, y))))
        })
}

pub(super) fn layout(b: &mut Builder, figure: &Figure, body: Rect, typo: Typography) -> Rect {
    let total: f64 = figure.cells.iter().filter_map(|c| c.value).sum();
    // (category, mid angle) of each slice drawn.
    let mut slices = Vec::new();
    let mut start = 0.0;
    for (c, cell) in figure.cells.iter().enumerate() {
        if let Some(v) = cell.value.filter(|v| *v > 0.0 && total > 0.0) {
            slices.push((c, start + v / total * TAU / 2.0));
            start += v / total * TAU;
        }
    }
    // A whole circle is labelled at its side: from its middle angle, at the bottom, the
    // leader ran along the rim.
    let whole = slices.len() == 1;
    let centre = |r: f64| {
        let r = r
            .min((body.h - typo.gap()) / 2.0 - typo.label().line_height())
            .max(20.0);
        (body.x + body.w / 2.0, body.y + body.h / 2.0, r)
    };
    let label_at: Vec<(usize, f64)> = slices
        .iter()
        .map(|&(c, a)| (c, if whole { TAU / 4.0 } else { a }))
        .collect();
    let (r, mut labels) = plan(figure, body.w, body.h, true, b.measure, typo);
    let mut circle = centre(r);
    let mut placed = place(&label_at, &labels, circle, body, typo);
    if matches!(labels.detail, Detail::Named(_)) && !clear(&placed, circle) {
        let (r, counted) = plan(figure, body.w, body.h, false, b.measure, typo);
        labels = counted;
        circle = centre(r);
        placed = place(&label_at, &labels, circle, body, typo);
    }
    let (cx, cy, r) = circle;
    let inner = if figure.kind == ChartKind::Donut {
        r * 0.58
    } else {
        0.0
    };
    let font = typo.label();
    let line_h = font.line_height();

    // The slices, each a target; `target_of` finds a slice's from its category.
    let mut target_of = vec![0; figure.cells.len()];
    let mut start = 0.0;
    for &(c, mid) in &slices {
        let end = start + 2.0 * (mid - start);
        let sector = Sector {
            cx,
            cy,
            inner,
            outer: r,
            start,
            end,
        };
        let target = b.targets.len();
        target_of[c] = target;
        b.owner = Some(target);
        b.push(Shape::Polygon {
            points: sector.outline(),
            paint: Paint::Series(figure.categories[c].color),
        });
        b.owner = None;
        let (mx, my) = at(cx, cy, (r + inner) / 2.0, mid);
        b.targets.push(Target {
            category: c,
            series: 0,
            area: Area::Wedge(sector),
            mark: Rect::new(mx - 4.0, my - 4.0, 8.0, 8.0),
        });
        start = end;
    }
    // Thin separators between slices, so neighbours of similar colour stay apart.
    if slices.len() > 1 {
        let mut a = 0.0;
        for &(_, mid) in &slices {
            b.line(
                at(cx, cy, inner, a),
                at(cx, cy, r, a),
                1.5,
                Paint::Background,
            );
            a += 2.0 * (mid - a);
        }
    }

    for Placed {
        category,
        right,
        y,
        leader,
    } in placed
    {
        b.owner = Some(target_of[category]);
        let elbow_x = leader.last().map_or(cx, |p| p.0);
        b.push(Shape::Path {
            points: leader,
            width: 1.0,
            paint: Paint::Axis,
        });
        // The lines centred on the leader's end: a name over the share and count.
        let lines = &labels.lines[category];
        let mut line_y = y - (lines.len() - 1) as f64 / 2.0 * line_h;
        for text in lines {
            // On a phone a wide label may not fit beside even the smallest pie: it moves in
            // towards the pie rather than off the canvas.
            let w = b.width(text, font);
            let (text_x, anchor) = if right {
                ((elbow_x + 4.0).min(body.right() - w), Anchor::LeftMiddle)
            } else {
                ((elbow_x - 4.0).max(body.x + w), Anchor::RightMiddle)
            };
            b.text(text.clone(), text_x, line_y, font, anchor, Paint::Text);
            line_y += line_h;
        }
        b.owner = None;
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
    if slices.is_empty() {
        // Why no slice is drawn: every value is 0 (a lone "0" stood in an empty circle), or
        // the first value's reason ("no data", "population unknown").
        let text = if figure.cells.iter().any(|c| c.value.is_some()) {
            crate::locale::Msg::AllZero.text(figure.lang)
        } else {
            figure.cells.first().map_or("", |c| c.text.as_str())
        };
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
