//! Rectangles in CSS pixels, y pointing down as on a canvas.

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Rect { x, y, w, h }
    }

    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Whether the point lies inside; the left and top edges count, the right and bottom do not,
    /// so adjacent rectangles never both claim a point.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x < self.right() && y >= self.y && y < self.bottom()
    }

    /// Whether `other` lies wholly inside this rectangle (with a small tolerance for rounding).
    pub fn encloses(&self, other: &Rect) -> bool {
        const EPS: f64 = 0.5;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.bottom() <= self.bottom() + EPS
    }

    pub fn intersects(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// The point at `angle` radians (clockwise from 12 o'clock) on a circle, y pointing down.
pub fn on_circle(cx: f64, cy: f64, r: f64, angle: f64) -> (f64, f64) {
    let (sin, cos) = sin_cos(angle);
    (cx + r * sin, cy - r * cos)
}

/// Sine and cosine of an angle within a few turns, as exact as `f64::sin_cos` there (within
/// 2 × 10⁻¹⁶). The standard functions reduce arguments of any size, up to 10³⁰⁸, with a
/// 3 KB routine carried by the WebAssembly module; a chart's angles never leave a few turns
/// of zero, where subtracting a two-part π/2 is exact enough. The polynomials are fdlibm's
/// (musl's `__sin` and `__cos` kernels) on −π/4..π/4.
pub fn sin_cos(angle: f64) -> (f64, f64) {
    const PIO2_HI: f64 = 1.570_796_326_734_125_6;
    const PIO2_LO: f64 = 6.077_100_506_506_192e-11;
    let quarter = (angle * std::f64::consts::FRAC_2_PI).round();
    let x = angle - quarter * PIO2_HI - quarter * PIO2_LO;
    let z = x * x;
    let w = z * z;
    let r = 8.333_333_333_322_49e-3
        + z * (-1.984_126_982_985_795e-4 + z * 2.755_731_370_707_007e-6)
        + z * w * (-2.505_076_025_340_686_3e-8 + z * 1.589_690_995_211_55e-10);
    let sin = x + z * x * (-1.666_666_666_666_663_2e-1 + z * r);
    let r = z
        * (4.166_666_666_666_66e-2
            + z * (-1.388_888_888_887_411e-3 + z * 2.480_158_728_947_673e-5))
        + w * w
            * (-2.755_731_435_139_066_3e-7
                + z * (2.087_572_321_298_175e-9 + z * -1.135_964_755_778_819_5e-11));
    let half = 0.5 * z;
    let one = 1.0 - half;
    let cos = one + (((1.0 - one) - half) + z * r);
    match (quarter as i64).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

pub use crate::stats::PALETTE;

/// A line's marker around (`x`, `y`), `r` its size: a circle for the first round of colours,
/// then a square, a triangle and a diamond, as `color` (a series' colour index) goes round.
pub fn marker(color: usize, x: f64, y: f64, r: f64) -> Vec<(f64, f64)> {
    match color / PALETTE % 4 {
        0 => (0..12)
            .map(|k| {
                let (sin, cos) = sin_cos(k as f64 / 12.0 * std::f64::consts::TAU);
                (x + r * cos, y + r * sin)
            })
            .collect(),
        1 => {
            let h = r * 0.85;
            vec![
                (x - h, y - h),
                (x + h, y - h),
                (x + h, y + h),
                (x - h, y + h),
            ]
        }
        2 => vec![
            (x, y - r * 1.15),
            (x + r, y + r * 0.75),
            (x - r, y + r * 0.75),
        ],
        _ => vec![
            (x, y - r * 1.2),
            (x + r * 1.2, y),
            (x, y + r * 1.2),
            (x - r * 1.2, y),
        ],
    }
}

/// The dashes of a line from `from` to `to`: `dash` long, about `space` apart, a dash at
/// each end, so the line reads as joining its two points.
pub fn dashes(from: (f64, f64), to: (f64, f64), dash: f64, space: f64) -> Vec<[(f64, f64); 2]> {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = dx.hypot(dy);
    if length <= dash || !length.is_finite() {
        return vec![[from, to]];
    }
    // n dashes and n - 1 spaces, the spaces stretched or squeezed to end on `to`.
    let n = ((length + space) / (dash + space)).round().max(2.0);
    let step = (length - dash) / (n - 1.0);
    let at = |d: f64| (from.0 + dx * d / length, from.1 + dy * d / length);
    (0..n as usize)
        .map(|k| {
            let start = k as f64 * step;
            [at(start), at(start + dash)]
        })
        .collect()
}

/// Moves label centres `ys` (ascending) at least `line_h` apart within `top..=bottom`,
/// each as little as that allows: down below the one above, then, where that ran off the
/// bottom, back up. Labels that cannot all fit end up closer than `line_h` near the top.
pub fn stack(ys: &mut [f64], line_h: f64, top: f64, bottom: f64) {
    let half = line_h / 2.0;
    stack_blocks(ys, |_| line_h, top - half, bottom + half);
}

/// [`stack`] for labels of several lines: the centres `ys` of blocks `height(i)` tall, kept
/// apart and between the edges `top` and `bottom`.
pub fn stack_blocks(ys: &mut [f64], height: impl Fn(usize) -> f64, top: f64, bottom: f64) {
    let mut floor = top;
    for (i, y) in ys.iter_mut().enumerate() {
        let half = height(i) / 2.0;
        *y = y.max(floor + half);
        floor = *y + half;
    }
    let mut ceiling = bottom;
    for (i, y) in ys.iter_mut().enumerate().rev() {
        let half = height(i) / 2.0;
        *y = y.min(ceiling - half);
        ceiling = *y - half;
    }
}

/// A ring sector (a pie slice when `inner` is 0): angles in radians, clockwise from 12 o'clock,
/// `start < end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sector {
    pub cx: f64,
    pub cy: f64,
    pub inner: f64,
    pub outer: f64,
    pub start: f64,
    pub end: f64,
}

impl Sector {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        let (dx, dy) = (x - self.cx, y - self.cy);
        let d = dx.hypot(dy);
        // atan2 gives (−π, π]: a turn added to the negative half, not `rem_euclid`, whose
        // float remainder brought a 128-bit division into the module (0.9 KB).
        let angle = dx.atan2(-dy);
        let angle = if angle < 0.0 {
            angle + std::f64::consts::TAU
        } else {
            angle
        };
        d >= self.inner && d < self.outer && angle >= self.start && angle < self.end
    }

    /// The outline as a polygon with a point at least every 0.04 radians, so arcs look round
    /// at any size.
    pub fn outline(&self) -> Vec<(f64, f64)> {
        let Sector {
            cx,
            cy,
            inner,
            outer,
            start,
            end,
        } = *self;
        let steps = (((end - start) / 0.04).ceil() as usize).max(2);
        let angle = |k: usize| start + (end - start) * k as f64 / steps as f64;
        let mut points: Vec<(f64, f64)> = (0..=steps)
            .map(|k| on_circle(cx, cy, outer, angle(k)))
            .collect();
        if inner > 0.0 {
            points.extend(
                (0..=steps)
                    .rev()
                    .map(|k| on_circle(cx, cy, inner, angle(k))),
            );
        } else {
            points.push((cx, cy));
        }
        points
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sin_cos_agrees_with_the_standard_library_over_several_turns() {
        for i in -40_000..=40_000 {
            let angle = f64::from(i) * 0.000_314_159;
            let (sin, cos) = super::sin_cos(angle);
            assert!((sin - angle.sin()).abs() <= 2e-16, "sin {angle}");
            assert!((cos - angle.cos()).abs() <= 2e-16, "cos {angle}");
        }
        let quarter = std::f64::consts::FRAC_PI_2;
        assert_eq!(super::sin_cos(0.0), (0.0, 1.0));
        assert!(super::sin_cos(quarter).1.abs() < 1e-16);
        assert!(super::sin_cos(f64::NAN).0.is_nan());
    }

    use super::*;

    #[test]
    fn edges_belong_to_one_rectangle_only() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        let b = Rect::new(10.0, 0.0, 10.0, 10.0);
        assert!(a.contains(0.0, 0.0));
        assert!(!a.contains(10.0, 5.0));
        assert!(b.contains(10.0, 5.0));
        assert!(!a.intersects(&b));
    }
}
