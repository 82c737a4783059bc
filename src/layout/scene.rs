//! The laid-out chart: what to draw, where, and what each part of it means.

use super::geometry::{Rect, Sector};

/// A font size and weight; the family is the renderer's choice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

impl Font {
    pub fn regular(size: f64) -> Self {
        Font { size, bold: false }
    }
    pub fn bold(size: f64) -> Self {
        Font { size, bold: true }
    }
    /// The same size, bold.
    pub fn with_bold(self) -> Self {
        Font { bold: true, ..self }
    }
    /// The height of one line of text.
    pub fn line_height(self) -> f64 {
        (self.size * 1.3).ceil()
    }
}

/// What a shape is, not what colour it is: the theme decides colours at draw time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Background,
    Text,
    MutedText,
    Grid,
    Axis,
    /// What a highlighted region stands out of: the other lines of a trend, their legend
    /// entries.
    Backdrop,
    /// The n-th data series.
    Series(usize),
    /// Text drawn on top of the n-th series' colour.
    OnSeries(usize),
    /// The reader's selected item.
    Highlight,
    /// A reference line and its label.
    Reference,
    /// The text of an error or notice.
    Alert,
}

/// Horizontal and vertical alignment of a text to its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    LeftMiddle,
    RightMiddle,
    CenterMiddle,
    LeftTop,
    CenterTop,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TextItem {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub font: Font,
    pub anchor: Anchor,
    pub paint: Paint,
    /// The box the text occupies, for overlap and bounds checks.
    pub bounds: Rect,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        paint: Paint,
    },
    Line {
        from: (f64, f64),
        to: (f64, f64),
        width: f64,
        paint: Paint,
    },
    /// An open polyline (a trend line).
    Path {
        points: Vec<(f64, f64)>,
        width: f64,
        paint: Paint,
    },
    /// A filled polygon (a pie slice, a marker).
    Polygon {
        points: Vec<(f64, f64)>,
        paint: Paint,
    },
    Text(TextItem),
}

impl Shape {
    /// The smallest rectangle holding the shape.
    pub fn bounds(&self) -> Rect {
        let of_points = |points: &[(f64, f64)]| {
            let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
            for &(x, y) in points {
                (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            }
            Rect::new(x0, y0, (x1 - x0).max(0.0), (y1 - y0).max(0.0))
        };
        match self {
            Shape::Rect { rect, .. } => *rect,
            Shape::Line { from, to, .. } => of_points(&[*from, *to]),
            Shape::Path { points, .. } | Shape::Polygon { points, .. } => of_points(points),
            Shape::Text(t) => t.bounds,
        }
    }
}

/// Where the pointer counts as being on a target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Area {
    Rect(Rect),
    Wedge(Sector),
}

impl Area {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        match *self {
            Area::Rect(r) => r.contains(x, y),
            Area::Wedge(sector) => sector.contains(x, y),
        }
    }
}

impl Target {
    /// A closed outline just outside the target, for a keyboard focus ring: its wedge for a
    /// pie slice, its mark otherwise.
    pub fn focus_outline(&self) -> Vec<(f64, f64)> {
        const PAD: f64 = 3.0;
        match self.area {
            Area::Wedge(sector) => {
                let inner = if sector.inner > 0.0 {
                    (sector.inner - PAD).max(0.0)
                } else {
                    0.0
                };
                let ring = Sector {
                    inner,
                    outer: sector.outer + PAD,
                    ..sector
                };
                let mut points = ring.outline();
                points.push(points[0]);
                points
            }
            Area::Rect(_) => {
                // At least 2 px each way, so the ring around a bar thinner than a pixel (a
                // dense chart's) is still a ring.
                let m = self.mark;
                let h = m.h.max(2.0);
                let r = Rect::new(
                    m.x - PAD,
                    m.y + (m.h - h) / 2.0 - PAD,
                    m.w.max(2.0) + 2.0 * PAD,
                    h + 2.0 * PAD,
                );
                vec![
                    (r.x, r.y),
                    (r.right(), r.y),
                    (r.right(), r.bottom()),
                    (r.x, r.bottom()),
                    (r.x, r.y),
                ]
            }
        }
    }

    /// The top edge of the area that counts as this target (for rectangular areas).
    pub fn area_top(&self) -> f64 {
        match self.area {
            Area::Rect(r) => r.y,
            Area::Wedge(sector) => sector.cy - sector.outer,
        }
    }
}

/// A part of the chart a reader can point at or focus: one value of the figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Index into the figure's categories.
    pub category: usize,
    /// Index into the figure's series.
    pub series: usize,
    pub area: Area,
    /// The drawn mark's bounding box, for a focus ring and tooltip placement.
    pub mark: Rect,
}

/// A legend entry the reader can click to hide or show its series.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendTarget {
    pub area: Rect,
    /// The indicator or region id the entry stands for.
    pub key: String,
    pub hidden: bool,
    /// The target it is revealed with, step by step (`Scene::owners`), if any.
    pub owner: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    /// The rectangle marks are drawn in.
    pub plot: Rect,
    pub shapes: Vec<Shape>,
    /// For each shape, the target whose value it draws (a bar, its value label, a slice and
    /// its label), or `None` for furniture (axes, legend, titles). Step-by-step reveal draws
    /// furniture and the shapes of the first n targets.
    pub owners: Vec<Option<usize>>,
    /// In reading order, which is also keyboard focus order.
    pub targets: Vec<Target>,
    /// Legend entries that toggle their series (empty when there is only one).
    pub legend: Vec<LegendTarget>,
    /// Whether the targets lie in rows that do not overlap, listed top to bottom (band
    /// charts), so the one under a point is found by bisection: hovering 10 000 bars then
    /// costs as little as hovering 4.
    pub rows: bool,
    /// Targets whose texts are not their value: a stack's last segment too thin to be
    /// labelled owns the row's total only to be revealed with it. Stepping through, the hint
    /// writes such a segment's value, for which the total had stood ("470" for party
    /// branches' 7; see [`value_written`](Self::value_written)).
    pub borrowed: Vec<usize>,
}

/// Where an arrow key moves the keyboard focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    /// To the mark just below on screen, wrapping to the top: a trend's line below at the
    /// same year, a stack's segment of the same series in the row below; elsewhere (one mark
    /// a row) as `Next`.
    Below,
    /// To the one just above, wrapping to the bottom; elsewhere as `Previous`.
    Above,
}

impl Scene {
    /// The target `step` moves the focus to from `from` (nothing focused yet: the first, or
    /// the last going back). Bars, rows of the page's reading order, and slices go one by one,
    /// wrapping; in a trend up and down go from line to line at the same year, in the order
    /// the lines lie on screen, where one by one a reader heard 60 points to reach the
    /// twentieth region; in stacks up and down go from row to row along a series, where ↓
    /// had moved right.
    pub fn step(&self, from: Option<usize>, step: Step) -> Option<usize> {
        let n = self.targets.len();
        let back = matches!(step, Step::Previous | Step::Above);
        let Some(i) = from.filter(|&i| i < n) else {
            return n.checked_sub(1).map(|last| if back { last } else { 0 });
        };
        let one_by_one = Some(if back { (i + n - 1) % n } else { (i + 1) % n });
        if matches!(step, Step::Next | Step::Previous) {
            return one_by_one;
        }
        // The marks in line with this one, top to bottom (ties in list order): a trend's at
        // the same year; a stack's of the same series (its rows hold several marks); the
        // next one down or up. Bars, a mark a row, go one by one.
        let t = &self.targets;
        let stacks = self.rows && t.windows(2).any(|w| w[0].mark.y == w[1].mark.y);
        if self.rows && !stacks {
            return one_by_one;
        }
        let here = &t[i];
        let y = |k: usize| t[k].mark.y + t[k].mark.h / 2.0;
        let mut column: Vec<usize> = (0..n)
            .filter(|&k| {
                if stacks {
                    t[k].series == here.series
                } else {
                    t[k].category == here.category
                }
            })
            .collect();
        if column.len() < 2 {
            return one_by_one;
        }
        crate::order::sort_by(&mut column, |&a, &b| y(a).total_cmp(&y(b)).then(a.cmp(&b)));
        let at = column.iter().position(|&k| k == i).unwrap_or(0);
        let m = column.len();
        Some(column[if back { (at + m - 1) % m } else { (at + 1) % m }])
    }

    /// The counts of targets step-by-step reveal stops at, from none to all: each target in
    /// turn, but a trend of several lines a line at a time (its points are listed line by
    /// line), where a class sat through 60 steps for 20 regions.
    pub fn reveal_stops(&self) -> Vec<usize> {
        let n = self.targets.len();
        let lines = !self.rows && self.targets.iter().any(|t| t.series > 0);
        (0..=n)
            .filter(|&k| {
                !lines || k == 0 || k == n || self.targets[k].series != self.targets[k - 1].series
            })
            .collect()
    }

    /// The target under a point, if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<&Target> {
        self.hit_index(x, y).map(|i| &self.targets[i])
    }

    /// The index of the target under a point, if any (what the web layer hands to JS).
    pub fn hit_index(&self, x: f64, y: f64) -> Option<usize> {
        if !self.rows {
            return self.targets.iter().position(|t| t.area.contains(x, y));
        }
        // Only the last row starting at or above `y` can hold the point; a stack's segments
        // share their row's top.
        let end = self.targets.partition_point(|t| t.area_top() <= y);
        let top = self.targets[..end].last()?.area_top();
        let start = self.targets[..end]
            .iter()
            .rposition(|t| t.area_top() != top)
            .map_or(0, |i| i + 1);
        (start..end).find(|&i| self.targets[i].area.contains(x, y))
    }

    /// The legend entry under a point, among those a reveal showing `shown` targets draws
    /// (a click on blank space switched off an entry not drawn yet).
    pub fn legend_hit(&self, x: f64, y: f64, shown: Option<usize>) -> Option<&LegendTarget> {
        self.drawn_legend(shown).find(|l| l.area.contains(x, y))
    }

    /// Where the entry of `key` is drawn, for a keyboard's button over it (`None` where it is
    /// not: a phone's trend shares one entry among the lines it greys out).
    pub fn legend_area(&self, key: &str, shown: Option<usize>) -> Option<Rect> {
        self.drawn_legend(shown)
            .find(|l| l.key == key)
            .map(|l| l.area)
    }

    fn drawn_legend(&self, shown: Option<usize>) -> impl Iterator<Item = &LegendTarget> {
        self.legend
            .iter()
            .filter(move |l| l.owner.zip(shown).map_or(true, |(o, s)| o < s))
    }

    /// Where target `index`'s value is written (the texts it owns from its mark on; a
    /// comparison's difference, under the labels on its left, is not one): a tooltip beside
    /// the mark alone covered its own value ("7") and its neighbour's.
    pub fn value_bounds(&self, index: usize) -> Option<Rect> {
        let mark = self.targets.get(index)?.mark;
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (shape, owner) in self.shapes.iter().zip(&self.owners) {
            if let (Shape::Text(t), Some(o)) = (shape, owner) {
                if *o == index && t.bounds.x >= mark.x {
                    x0 = x0.min(t.bounds.x);
                    y0 = y0.min(t.bounds.y);
                    x1 = x1.max(t.bounds.right());
                    y1 = y1.max(t.bounds.bottom());
                }
            }
        }
        (x1 >= x0).then(|| Rect::new(x0, y0, x1 - x0, y1 - y0))
    }

    /// Whether target `index`'s own value is written on the chart: stepping through, the hint
    /// writes it where it is not. A tooltip still keeps clear of a borrowed total
    /// ([`value_bounds`](Self::value_bounds)).
    pub fn value_written(&self, index: usize) -> bool {
        !self.borrowed.contains(&index) && self.value_bounds(index).is_some()
    }

    /// Every text drawn, in drawing order.
    pub fn texts(&self) -> impl Iterator<Item = &TextItem> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text(t) => Some(t),
            _ => None,
        })
    }
}
