//! The WebAssembly surface: a [`Chart`] bound to a `<canvas>`.
//!
//! This layer only adapts: it reads the canvas's CSS size and `devicePixelRatio`, measures
//! text with the canvas's own font metrics, and hands everything else to the native modules.
//! Every DOM failure becomes a JS `Error`; nothing here unwraps, because one panic would take
//! down every chart on the host page.

mod canvas_text;

use crate::data::{self, Dataset};
use crate::layout::{self, Scene, Typography};
use crate::locale::{Lang, Msg};
use crate::options::Options;
use crate::render::{self, Surface, Theme};
use crate::stats;
use canvas_text::CanvasText;
use plotters_canvas::CanvasBackend;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen(start)]
fn start() {
    // A panic is a bug, but it should at least say where in the console.
    console_error_panic_hook::set_once();
}

/// A chart drawn on one canvas.
#[wasm_bindgen]
pub struct Chart {
    canvas: HtmlCanvasElement,
    text: CanvasText,
    options: Options,
    data: Option<Dataset>,
    /// The message shown instead of a chart, if the last load or draw failed.
    error: Option<String>,
    scene: Scene,
}

#[derive(Serialize)]
struct Choice {
    id: String,
    name: String,
}

#[derive(Serialize)]
struct Choices {
    regions: Vec<Choice>,
    indicators: Vec<Choice>,
    years: Vec<i32>,
    illustrative: bool,
}

fn js_error(message: impl std::fmt::Display) -> JsError {
    JsError::new(&message.to_string())
}

#[wasm_bindgen]
impl Chart {
    /// Binds a chart to `canvas`. `options` is an object like `{ lang: "kk", sort: "value-desc" }`
    /// or `undefined`.
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: HtmlCanvasElement, options: JsValue) -> Result<Chart, JsError> {
        let text = CanvasText::new()?;
        let mut chart = Chart {
            canvas,
            text,
            options: Options::default(),
            data: None,
            error: None,
            scene: Scene::default(),
        };
        chart.set_options(options)?;
        Ok(chart)
    }

    /// Replaces the options (absent fields take their defaults) and redraws.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(&mut self, options: JsValue) -> Result<(), JsError> {
        if options.is_undefined() || options.is_null() {
            self.options = Options::default();
        } else {
            self.options = serde_wasm_bindgen::from_value(options).map_err(js_error)?;
        }
        self.draw()
    }

    /// Switches the language (`kk`, `ru` or `en`) and redraws.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, lang: &str) -> Result<(), JsError> {
        self.options.lang = lang.parse::<Lang>().map_err(js_error)?;
        self.draw()
    }

    /// Loads a dataset from JSON text and draws it. On failure the canvas shows the located
    /// message in the chart's language and the returned `Error` carries the same text.
    #[wasm_bindgen(js_name = loadJson)]
    pub fn load_json(&mut self, json: &str) -> Result<(), JsError> {
        match data::parse_json(json) {
            Ok(dataset) => {
                self.data = Some(dataset);
                self.draw()
            }
            Err(err) => {
                self.data = None;
                let message = err.message(self.options.lang);
                self.show_error(&message)?;
                Err(js_error(message))
            }
        }
    }

    /// Redraws at the canvas's current CSS width and the screen's pixel ratio.
    pub fn draw(&mut self) -> Result<(), JsError> {
        let Some(dataset) = &self.data else {
            // Nothing loaded yet, or the last load failed: keep showing why.
            return match self.error.clone() {
                Some(message) => self.show_error(&message),
                None => Ok(()),
            };
        };
        match stats::figure(dataset, &self.options) {
            Ok(figure) => {
                self.error = None;
                let width = self.css_width();
                self.scene = layout::chart(&figure, width, None, &self.text, Typography::default());
                self.paint()
            }
            Err(err) => {
                let message = err.message(self.options.lang);
                self.show_error(&message)?;
                Err(js_error(message))
            }
        }
    }

    /// Shows `message` on the canvas instead of a chart (for failures the page detects itself,
    /// such as a data file that could not be fetched). The next successful load replaces it.
    #[wasm_bindgen(js_name = showError)]
    pub fn show_error_message(&mut self, message: &str) -> Result<(), JsError> {
        self.data = None;
        self.show_error(message)
    }

    /// The message the canvas shows instead of a chart, if any.
    #[wasm_bindgen(getter)]
    pub fn error(&self) -> Option<String> {
        self.error.clone()
    }

    /// The chart as a standalone SVG document, drawn by the same code as the canvas.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self) -> String {
        render::to_svg(&self.scene, &Theme::default())
    }

    /// What the loaded dataset offers, named in the chart's language, for building controls:
    /// `{ regions: [{id, name}], indicators: [{id, name}], years: [2023], illustrative }`.
    pub fn choices(&self) -> Result<JsValue, JsError> {
        let lang = self.options.lang;
        let choices = self.data.as_ref().map(|d| Choices {
            regions: d
                .regions
                .iter()
                .map(|r| Choice {
                    id: r.id.clone(),
                    name: r.name.pick(lang).to_owned(),
                })
                .collect(),
            indicators: d
                .indicators
                .iter()
                .map(|i| Choice {
                    id: i.id.clone(),
                    name: i.name.pick(lang).to_owned(),
                })
                .collect(),
            years: d.years.clone(),
            illustrative: d.illustrative,
        });
        serde_wasm_bindgen::to_value(&choices).map_err(js_error)
    }

    /// Every text on the chart, in drawing order (for tests and assistive summaries).
    pub fn texts(&self) -> Vec<String> {
        self.scene.texts().map(|t| t.text.clone()).collect()
    }
}

impl Chart {
    fn css_width(&self) -> f64 {
        let width = f64::from(self.canvas.client_width());
        if width > 0.0 {
            width
        } else {
            // Not in the layout yet (display: none or detached): use the attribute width.
            f64::from(self.canvas.width()) / device_pixel_ratio()
        }
    }

    fn show_error(&mut self, message: &str) -> Result<(), JsError> {
        self.error = Some(message.to_owned());
        let heading = Msg::LoadFailed.text(self.options.lang);
        let width = self.css_width();
        self.scene = layout::message_scene(
            heading,
            message,
            width,
            0.0,
            &self.text,
            Typography::default(),
        );
        self.paint()
    }

    /// Sizes the backing store to CSS size × devicePixelRatio and draws the scene into it.
    fn paint(&self) -> Result<(), JsError> {
        let ratio = device_pixel_ratio();
        let style = self.canvas.style();
        style
            .set_property("height", &format!("{}px", self.scene.height))
            .map_err(|_| js_error("cannot set the canvas height"))?;
        self.canvas
            .set_width((self.scene.width * ratio).round() as u32);
        self.canvas
            .set_height((self.scene.height * ratio).round() as u32);
        let mut backend = CanvasBackend::with_canvas_object(self.canvas.clone())
            .ok_or_else(|| js_error("the canvas has no 2D context"))?;
        render::draw(
            &mut backend,
            &self.scene,
            &Theme::default(),
            Surface::canvas(ratio),
        )
        .map_err(|e| js_error(format!("drawing failed: {e:?}")))
    }
}

fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}
