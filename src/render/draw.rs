//! The one function that puts a scene on a backend.

use super::theme::{Rgb, Theme};
use crate::layout::{Anchor, Paint, Scene, Shape};
use plotters::style::{FontDesc, FontFamily, FontStyle, IntoFont, RGBColor, TextStyle};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendStyle, DrawingBackend, DrawingErrorKind};

/// A solid colour with a stroke width, as plotters' backends take it.
struct Stroke(Rgb, u32);

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        BackendColor {
            alpha: 1.0,
            rgb: (self.0 .0, self.0 .1, self.0 .2),
        }
    }
    fn stroke_width(&self) -> u32 {
        self.1
    }
}

/// A plotters backend, with polygons at sub-pixel precision where it can draw them so.
/// plotters' trait rounds every corner to a whole pixel, which at a devicePixelRatio of 1
/// flattened a pie's edge into straight runs some 30 px long where the circle is nearly level
/// or upright. The default rounds as plotters does (the SVG export, at its CSS pixel size).
pub trait Backend: DrawingBackend {
    /// Fills the polygon through `points`, in backend pixels.
    fn fill_fine(
        &mut self,
        points: impl Iterator<Item = (f64, f64)>,
        color: Rgb,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let whole = |v: f64| v.round() as i32;
        // As a Vec, the type the outlines above use: one copy of each backend's code.
        let points: Vec<(i32, i32)> = points.map(|(x, y)| (whole(x), whole(y))).collect();
        self.fill_polygon(points, &Stroke(color, 0))
    }
}

impl Backend for plotters::backend::SVGBackend<'_> {}

/// How scene coordinates map onto a backend.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Surface {
    /// Backend pixels per CSS pixel: the canvas's `devicePixelRatio`, 1 for SVG. Layout is
    /// done once in CSS pixels and drawn sharp at any ratio.
    pub scale: f64,
    /// Extra factor on font sizes, for backends that do not take them at face value
    /// (plotters' SVG backend writes `font-size` as the size divided by 1.24).
    pub font_scale: f64,
}

impl Surface {
    pub fn canvas(device_pixel_ratio: f64) -> Self {
        Surface {
            scale: device_pixel_ratio,
            font_scale: 1.0,
        }
    }
}

/// What is drawn on top of, or left out of, a scene in the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Overlay {
    /// The target with keyboard focus: drawn with a focus ring.
    pub focus: Option<usize>,
    /// Step-by-step reveal: only the first n targets' marks are drawn (axes, legend and
    /// titles always are).
    pub reveal: Option<usize>,
}

/// Draws `scene` on `backend`.
pub fn draw<DB: Backend>(
    backend: &mut DB,
    scene: &Scene,
    theme: &Theme,
    surface: Surface,
    overlay: Overlay,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let mut pen = Adapter {
        backend,
        error: None,
    };
    // The first error stops the drawing, and is the one returned.
    let _ = paint(&mut pen, scene, theme, surface, overlay);
    pen.error.map_or(Ok(()), Err)
}

/// The drawing stopped at a backend's error, which the [`Adapter`] keeps.
struct Stop;

type Drawn = Result<(), Stop>;

/// What drawing a scene asks of a backend, in a form `dyn` can take. plotters' trait takes
/// its styles and points as type parameters, so the drawing was compiled once for each
/// backend: the browser module carried a copy for the canvas and one for the SVG export.
trait Pen {
    fn rect(&mut self, from: (i32, i32), to: (i32, i32), style: &Stroke) -> Drawn;
    fn line(&mut self, from: (i32, i32), to: (i32, i32), style: &Stroke) -> Drawn;
    fn path(&mut self, points: &mut dyn Iterator<Item = (i32, i32)>, style: &Stroke) -> Drawn;
    fn polygon(&mut self, points: Vec<(i32, i32)>, color: Rgb) -> Drawn;
    fn polygon_fine(&mut self, points: &mut dyn Iterator<Item = (f64, f64)>, color: Rgb) -> Drawn;
    fn text(&mut self, text: &str, style: &TextStyle, at: (i32, i32)) -> Drawn;
    fn present(&mut self) -> Drawn;
}

/// A backend as a [`Pen`], keeping its first error.
struct Adapter<'b, DB: DrawingBackend> {
    backend: &'b mut DB,
    error: Option<DrawingErrorKind<DB::ErrorType>>,
}

impl<DB: DrawingBackend> Adapter<'_, DB> {
    fn keep(&mut self, done: Result<(), DrawingErrorKind<DB::ErrorType>>) -> Drawn {
        done.map_err(|e| {
            self.error = Some(e);
            Stop
        })
    }
}

impl<DB: Backend> Pen for Adapter<'_, DB> {
    fn rect(&mut self, from: (i32, i32), to: (i32, i32), style: &Stroke) -> Drawn {
        let done = self.backend.draw_rect(from, to, style, true);
        self.keep(done)
    }
    fn line(&mut self, from: (i32, i32), to: (i32, i32), style: &Stroke) -> Drawn {
        let done = self.backend.draw_line(from, to, style);
        self.keep(done)
    }
    fn path(&mut self, points: &mut dyn Iterator<Item = (i32, i32)>, style: &Stroke) -> Drawn {
        let done = self.backend.draw_path(points, style);
        self.keep(done)
    }
    fn polygon(&mut self, points: Vec<(i32, i32)>, color: Rgb) -> Drawn {
        let done = self.backend.fill_polygon(points, &Stroke(color, 0));
        self.keep(done)
    }
    fn polygon_fine(&mut self, points: &mut dyn Iterator<Item = (f64, f64)>, color: Rgb) -> Drawn {
        let done = self.backend.fill_fine(points, color);
        self.keep(done)
    }
    fn text(&mut self, text: &str, style: &TextStyle, at: (i32, i32)) -> Drawn {
        let done = self.backend.draw_text(text, style, at);
        self.keep(done)
    }
    fn present(&mut self) -> Drawn {
        let done = self.backend.present();
        self.keep(done)
    }
}

/// The drawing itself, compiled once for every backend.
fn paint(
    pen: &mut dyn Pen,
    scene: &Scene,
    theme: &Theme,
    surface: Surface,
    overlay: Overlay,
) -> Drawn {
    let scale = surface.scale;
    let px = |v: f64| (v * scale).round() as i32;
    pen.rect(
        (0, 0),
        (px(scene.width), px(scene.height)),
        &Stroke(theme.background, 0),
    )?;
    let hidden = |i: usize| match (overlay.reveal, scene.owners.get(i).copied().flatten()) {
        (Some(shown), Some(owner)) => owner >= shown,
        _ => false,
    };
    // Bars thinner than a device pixel (a dense chart's) are gathered by pixel row, each row
    // reaching as far as the longest bar in it (what the eye sees anyway), and the rows of
    // one paint and left edge are filled as one outline: 10 000 bars cost one polygon, not a
    // rectangle each (measured in Chromium at 1600 × 4680 px: 7.0 ms against 10.7 ms).
    let mut open: Vec<Skyline> = Vec::new();
    let mut last_row = i32::MIN;
    let fill = |pen: &mut dyn Pen, sky: Skyline| pen.polygon(sky.outline(), theme.color(sky.paint));
    let flush = |pen: &mut dyn Pen, open: &mut Vec<Skyline>| {
        open.drain(..).try_for_each(|sky| fill(pen, sky))
    };
    for (i, shape) in scene.shapes.iter().enumerate() {
        if hidden(i) {
            continue;
        }
        if let Shape::Rect { rect, paint } = shape {
            if rect.w <= 0.0 || rect.h <= 0.0 {
                continue;
            }
            let (x0, y0) = (px(rect.x), px(rect.y));
            // At least one device pixel wide, so a tiny non-zero value is still visible.
            let x1 = px(rect.right()).max(x0 + 1);
            if rect.h * scale < 1.0 {
                let row = ((rect.y + rect.h / 2.0) * scale).floor() as i32;
                if row != last_row {
                    // Outlines a row or more behind (a stack's segments, whose left edges
                    // change from row to row) are finished: fill them now, keeping few open.
                    last_row = row;
                    let mut k = 0;
                    while k < open.len() {
                        if open[k].bottom() < row - 1 {
                            fill(pen, open.swap_remove(k))?;
                        } else {
                            k += 1;
                        }
                    }
                }
                let new = || Skyline::new(*paint, x0, row, x1);
                match open
                    .iter()
                    .position(|sky| sky.paint == *paint && sky.left == x0)
                {
                    Some(k) if open[k].add(row, x1) => {}
                    Some(k) => fill(pen, std::mem::replace(&mut open[k], new()))?,
                    None => open.push(new()),
                }
                continue;
            }
            flush(pen, &mut open)?;
            let style = Stroke(theme.color(*paint), 0);
            pen.rect((x0, y0), (x1, px(rect.bottom())), &style)?;
            continue;
        }
        // A label left of the bars leaves their outlines open; anything else closes them.
        let beside = match shape {
            Shape::Text(t) => open.iter().all(|sky| px(t.bounds.right()) < sky.left),
            _ => false,
        };
        if !beside {
            flush(pen, &mut open)?;
        }
        match shape {
            Shape::Rect { .. } => {}
            Shape::Line {
                from,
                to,
                width,
                paint,
            } => {
                let stroke = ((width * scale).round() as u32).max(1);
                let style = Stroke(theme.color(*paint), stroke);
                pen.line((px(from.0), px(from.1)), (px(to.0), px(to.1)), &style)?;
            }
            Shape::Path {
                points,
                width,
                paint,
            } => {
                let stroke = ((width * scale).round() as u32).max(1);
                let style = Stroke(theme.color(*paint), stroke);
                pen.path(&mut points.iter().map(|&(x, y)| (px(x), px(y))), &style)?;
            }
            Shape::Polygon { points, paint } => {
                let mut points = points.iter().map(|&(x, y)| (x * scale, y * scale));
                pen.polygon_fine(&mut points, theme.color(*paint))?;
            }
            Shape::Text(t) => {
                let pos = match t.anchor {
                    Anchor::LeftMiddle => Pos::new(HPos::Left, VPos::Center),
                    Anchor::RightMiddle => Pos::new(HPos::Right, VPos::Center),
                    Anchor::CenterMiddle => Pos::new(HPos::Center, VPos::Center),
                    Anchor::LeftTop => Pos::new(HPos::Left, VPos::Top),
                    Anchor::CenterTop => Pos::new(HPos::Center, VPos::Top),
                };
                let weight = if t.font.bold {
                    FontStyle::Bold
                } else {
                    FontStyle::Normal
                };
                let font: FontDesc = (
                    FontFamily::SansSerif,
                    t.font.size * scale * surface.font_scale,
                    weight,
                )
                    .into_font();
                let Rgb(r, g, b) = theme.color(t.paint);
                let color = RGBColor(r, g, b);
                let style = TextStyle::from(font).color(&color).pos(pos);
                pen.text(&t.text, &style, (px(t.x), px(t.y)))?;
            }
        }
    }
    flush(pen, &mut open)?;
    if let Some(target) = overlay.focus.and_then(|f| scene.targets.get(f)) {
        let ring = Stroke(theme.focus, ((2.0 * scale).round() as u32).max(2));
        let outline = target.focus_outline();
        pen.path(&mut outline.into_iter().map(|(x, y)| (px(x), px(y))), &ring)?;
    }
    pen.present()
}

/// Consecutive device-pixel rows of sub-pixel bars with one paint and one left edge.
struct Skyline {
    paint: Paint,
    left: i32,
    top: i32,
    /// The right edge of each row from `top` down.
    rights: Vec<i32>,
}

impl Skyline {
    fn new(paint: Paint, left: i32, row: i32, right: i32) -> Self {
        Skyline {
            paint,
            left,
            top: row,
            rights: vec![right],
        }
    }

    /// Takes a bar's row into the outline; `false` if the row is above it (a new outline
    /// starts there). Rows skipped between bars stay empty.
    fn add(&mut self, row: i32, right: i32) -> bool {
        let Ok(k) = usize::try_from(row - self.top) else {
            return false;
        };
        if k >= self.rights.len() {
            self.rights.resize(k + 1, self.left);
        }
        self.rights[k] = self.rights[k].max(right);
        true
    }

    /// The row below the last.
    fn bottom(&self) -> i32 {
        self.top + self.rights.len() as i32
    }

    /// The polygon: down the right edges row by row, back up the left edge.
    fn outline(&self) -> Vec<(i32, i32)> {
        let mut points = Vec::with_capacity(2 * self.rights.len() + 2);
        points.push((self.left, self.top));
        for (y, &x) in (self.top..).zip(&self.rights) {
            points.extend([(x, y), (x, y + 1)]);
        }
        points.push((self.left, self.bottom()));
        points
    }
}
