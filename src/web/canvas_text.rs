//! Text measured with the browser's real font metrics.

use crate::layout::{Font, TextMeasure};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsError};
use web_sys::CanvasRenderingContext2d;

/// Measures text on a private, detached canvas, so measuring never disturbs the drawing
/// context's state. Uses the same font family the renderer draws with.
///
/// Widths are remembered: a redraw (a resize, a language switch back, a transition) measures
/// the same labels again, and `measureText` is the costliest call in a layout.
pub struct CanvasText {
    context: CanvasRenderingContext2d,
    /// Width by (font size in hundredths of a pixel, bold, text).
    known: RefCell<HashMap<(u32, bool, String), f64>>,
    /// The font the context is set to, to skip setting it again.
    current: RefCell<(u32, bool)>,
}

/// Beyond this many remembered widths the memory is cleared (10 000-bar charts).
const MAX_KNOWN: usize = 20_000;

impl CanvasText {
    pub fn new() -> Result<Self, JsError> {
        let fail = || JsError::new("cannot create a canvas to measure text");
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(fail)?;
        let canvas = document.create_element("canvas").map_err(|_| fail())?;
        let canvas: web_sys::HtmlCanvasElement = canvas.dyn_into().map_err(|_| fail())?;
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or_else(fail)?;
        Ok(CanvasText {
            context,
            known: RefCell::default(),
            current: RefCell::new((0, false)),
        })
    }
}

impl TextMeasure for CanvasText {
    fn width(&self, text: &str, font: Font) -> f64 {
        let size = (font.size * 100.0).round() as u32;
        let key = (size, font.bold, text.to_owned());
        if let Some(&width) = self.known.borrow().get(&key) {
            return width;
        }
        if *self.current.borrow() != (size, font.bold) {
            let weight = if font.bold { "bold " } else { "" };
            self.context
                .set_font(&format!("{weight}{}px sans-serif", font.size));
            *self.current.borrow_mut() = (size, font.bold);
        }
        let width = self
            .context
            .measure_text(text)
            .map(|m| m.width())
            // If measuring fails, a generous estimate still keeps labels apart.
            .unwrap_or_else(|_| crate::layout::ApproxText.width(text, font));
        let mut known = self.known.borrow_mut();
        if known.len() >= MAX_KNOWN {
            known.clear();
        }
        known.insert(key, width);
        width
    }
}
