//! The backend the browser paints through: plotters-canvas, with labels, filled rectangles
//! and level or upright lines issued here, setting the context's state only when it changes.
//!
//! plotters-canvas sets the fill colour, font, alignment and baseline before every label and
//! makes each colour a new JS string: the seed's chart of four bars made 174 canvas calls a
//! redraw (92 now), 110 of them for its 22 labels, and those crossings into JavaScript were
//! most of the time the module took (issue 7's target for the redraw is half a millisecond).
//! Polygons are filled here too, at their corners between pixels (plotters' trait would round
//! them); paths and outlines still go through plotters-canvas as they are.

use crate::render::{Backend, Rgb};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

#[wasm_bindgen]
extern "C" {
    /// The 2D context, for the calls given JavaScript strings (web-sys's take Rust strings,
    /// which the glue decodes again at every call).
    type Context;
    #[wasm_bindgen(method, js_name = fillText)]
    fn fill_text(this: &Context, text: &JsValue, x: f64, y: f64);
    #[wasm_bindgen(method, setter = fillStyle)]
    fn set_fill_style(this: &Context, value: &JsValue);
    #[wasm_bindgen(method, setter = font)]
    fn set_font(this: &Context, value: &JsValue);
    #[wasm_bindgen(method, setter = textAlign)]
    fn set_text_align(this: &Context, value: &JsValue);
    #[wasm_bindgen(method, setter = textBaseline)]
    fn set_text_baseline(this: &Context, value: &JsValue);
}

/// The labels, colours and fonts painted, as JavaScript strings, kept from paint to paint: a
/// Rust string passed to JavaScript is decoded there on every call (a new view of the
/// module's memory and a `TextDecoder` call), which was a fifth of a small chart's painting.
/// A chart paints a few dozen strings (one of 10 000 bars some 60: the rest have no room for
/// labels), so a list searched in order serves, and costs less module than a hash map.
#[derive(Default)]
pub struct Strings {
    known: Vec<(String, JsValue)>,
    /// CSS fonts by weight, size in pixels and family: each is written once, not at every
    /// change between a chart's regular and bold labels.
    fonts: Vec<(FontKey, JsValue)>,
    /// The last string made once a list is full.
    spare: JsValue,
}

type FontKey = ((&'static str, f64), String);

/// The most strings kept: a chart that paints more makes the rest at each paint, as before,
/// and a full list is emptied before the next paint (a transition's frames write new values).
const MAX_STRINGS: usize = 128;

impl Strings {
    fn get(&mut self, text: &str) -> &JsValue {
        if let Some(k) = self.known.iter().position(|(s, _)| s == text) {
            return &self.known[k].1;
        }
        let value = JsValue::from_str(text);
        if self.known.len() == MAX_STRINGS {
            self.spare = value;
            return &self.spare;
        }
        self.known.push((text.to_owned(), value));
        &self.known[self.known.len() - 1].1
    }

    /// The font's place in the list, its text made if it is new; `None` for one made once
    /// the list is full, which is then the spare.
    fn font(&mut self, (weight, size): (&'static str, f64), family: &str) -> Option<usize> {
        let same = |((w, s), f): &FontKey| *w == weight && *s == size && f == family;
        if let Some(k) = self.fonts.iter().position(|(key, _)| same(key)) {
            return Some(k);
        }
        let css = JsValue::from_str(&format!("{weight} {size}px {family}"));
        if self.fonts.len() == MAX_STRINGS {
            self.spare = css;
            return None;
        }
        self.fonts.push((((weight, size), family.to_owned()), css));
        Some(self.fonts.len() - 1)
    }
}

/// plotters-canvas's error type, which it does not export by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
type Result<T = ()> = std::result::Result<T, DrawingErrorKind<CanvasError>>;

/// A canvas's 2D context and plotters-canvas's backend on it, got once for a chart (asking
/// the canvas for them at each paint was two `getContext` calls, 2 % of the seed's redraw),
/// with the strings its paints write.
pub struct Surface {
    plotters: CanvasBackend,
    context: CanvasRenderingContext2d,
    strings: Strings,
}

impl Surface {
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        Some(Surface {
            context: canvas.get_context("2d").ok()??.dyn_into().ok()?,
            plotters: CanvasBackend::with_canvas_object(canvas.clone())?,
            strings: Strings::default(),
        })
    }
}

/// A surface for one paint of `size` pixels.
pub struct Canvas<'a> {
    surface: &'a mut Surface,
    /// The backing store's size, as the paint set it (read from the canvas, it is two calls
    /// into the DOM).
    size: (u32, u32),
    /// What this backend last set the context's fill colour, font (its place in
    /// `strings.fonts`), alignment and baseline to; `None` and `""` where unknown.
    fill: Option<(u8, u8, u8)>,
    font: Option<usize>,
    align: &'static str,
    baseline: &'static str,
}

impl<'a> Canvas<'a> {
    pub fn new(surface: &'a mut Surface, size: (u32, u32)) -> Self {
        let strings = &mut surface.strings;
        if strings.known.len() == MAX_STRINGS {
            strings.known.clear();
        }
        if strings.fonts.len() == MAX_STRINGS {
            strings.fonts.clear();
        }
        Canvas {
            surface,
            size,
            fill: None,
            font: None,
            align: "",
            baseline: "",
        }
    }

    fn set_fill(&mut self, rgb: (u8, u8, u8)) {
        if self.fill != Some(rgb) {
            let context: &Context = self.surface.context.unchecked_ref();
            context.set_fill_style(self.surface.strings.get(&css_color(rgb)));
            self.fill = Some(rgb);
        }
    }

    /// After plotters-canvas has drawn something, its state is the context's.
    fn forget<T>(&mut self, done: Result<T>) -> Result<T> {
        self.fill = None;
        self.font = None;
        self.align = "";
        self.baseline = "";
        done
    }
}

impl Backend for Canvas<'_> {
    /// A path of the corners as they are: the canvas takes them between pixels.
    fn fill_fine(&mut self, points: impl Iterator<Item = (f64, f64)>, Rgb(r, g, b): Rgb) -> Result {
        self.set_fill((r, g, b));
        let context = &self.surface.context;
        context.begin_path();
        for (x, y) in points {
            context.line_to(x, y);
        }
        context.fill();
        Ok(())
    }
}

/// The colours this backend draws itself: the scenes' (a [`Theme`](crate::render::Theme)'s),
/// which are opaque. Transparent and translucent ones are left to plotters-canvas.
fn opaque(color: BackendColor) -> Option<(u8, u8, u8)> {
    (color.alpha >= 1.0).then_some(color.rgb)
}

/// `#rrggbb`, written without the formatting machinery (this runs for every label).
fn css_color((r, g, b): (u8, u8, u8)) -> String {
    let mut css = String::with_capacity(7);
    css.push('#');
    for digit in [r >> 4, r & 15, g >> 4, g & 15, b >> 4, b & 15] {
        css.push(char::from(b"0123456789abcdef"[usize::from(digit)]));
    }
    css
}

impl DrawingBackend for Canvas<'_> {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        self.surface.plotters.ensure_prepared()
    }

    fn present(&mut self) -> Result {
        self.surface.plotters.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        let done = self.surface.plotters.draw_pixel(point, color);
        self.forget(done)
    }

    /// A level or upright line (axes, grid lines, ticks, a reference line) is filled as the
    /// rectangle of whole pixels it covers, which the browser rasterises several times faster
    /// than a stroke: 9 lines were a quarter of the seed chart's rasterising. Its place is
    /// plotters-canvas's (centred half a pixel before the coordinate, so one pixel wide it
    /// is the same pixel); an even width, which plotters-canvas blurs over a further pixel,
    /// is kept sharp.
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        let width = style.stroke_width() as i32;
        let across = |at: i32| at - (width + 1) / 2;
        let ((x0, y0), (x1, y1)) = (from, to);
        let (x, y, w, h) = match opaque(style.color()) {
            Some(_) if x0 == x1 => (across(x0), y0.min(y1), width, (y1 - y0).abs()),
            Some(_) if y0 == y1 => (x0.min(x1), across(y0), (x1 - x0).abs(), width),
            _ => return self.surface.plotters.draw_line(from, to, style),
        };
        self.draw_rect((x, y), (x + w, y + h), style, true)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        let Some(rgb) = opaque(style.color()).filter(|_| fill) else {
            let done = self
                .surface
                .plotters
                .draw_rect(upper_left, bottom_right, style, fill);
            return self.forget(done);
        };
        self.set_fill(rgb);
        let (x0, y0) = upper_left;
        let (x1, y1) = bottom_right;
        self.surface
            .context
            .fill_rect(x0.into(), y0.into(), (x1 - x0).into(), (y1 - y0).into());
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        self.surface.plotters.draw_path(path, style)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        let done = self.surface.plotters.fill_polygon(path, style);
        self.forget(done)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        let done = self
            .surface
            .plotters
            .draw_circle(center, radius, style, fill);
        self.forget(done)
    }

    /// As plotters-canvas draws a label, setting only what differs from the last one.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result {
        let rgb = opaque(style.color());
        let (Some(rgb), FontTransform::None) = (rgb, style.transform()) else {
            // Turned text (none of this crate's scenes has any), or not opaque.
            let done = self.surface.plotters.draw_text(text, style, pos);
            return self.forget(done);
        };
        let anchor = style.anchor();
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let context: &Context = self.surface.context.unchecked_ref();
        if baseline != self.baseline {
            context.set_text_baseline(self.surface.strings.get(baseline));
            self.baseline = baseline;
        }
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if align != self.align {
            context.set_text_align(self.surface.strings.get(align));
            self.align = align;
        }
        self.set_fill(rgb);
        let weight = match style.style() {
            FontStyle::Normal => "normal",
            FontStyle::Oblique => "oblique",
            FontStyle::Italic => "italic",
            FontStyle::Bold => "bold",
        };
        let (key, family) = ((weight, style.size()), style.family());
        let font = self.surface.strings.font(key, family.as_str());
        if font.is_none() || font != self.font {
            let css = font.map_or(&self.surface.strings.spare, |k| {
                &self.surface.strings.fonts[k].1
            });
            let context: &Context = self.surface.context.unchecked_ref();
            context.set_font(css);
            self.font = font;
        }
        let context: &Context = self.surface.context.unchecked_ref();
        context.fill_text(self.surface.strings.get(text), pos.0.into(), pos.1.into());
        Ok(())
    }
}
