//! Text measured with the browser's real font metrics.

use crate::layout::{Font, TextMeasure};
use wasm_bindgen::{JsCast, JsError};
use web_sys::CanvasRenderingContext2d;

/// Measures text on a private, detached canvas, so measuring never disturbs the drawing
/// context's state. Uses the same font family the renderer draws with.
pub struct CanvasText {
    context: CanvasRenderingContext2d,
}

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
        Ok(CanvasText { context })
    }
}

impl TextMeasure for CanvasText {
    fn width(&self, text: &str, font: Font) -> f64 {
        let weight = if font.bold { "bold " } else { "" };
        self.context
            .set_font(&format!("{weight}{}px sans-serif", font.size));
        self.context
            .measure_text(text)
            .map(|m| m.width())
            // If measuring fails, a generous estimate still keeps labels apart.
            .unwrap_or_else(|_| crate::layout::ApproxText.width(text, font))
    }
}
