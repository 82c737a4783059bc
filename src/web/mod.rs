//! The WebAssembly surface: a [`Chart`] bound to a `<canvas>`.
//!
//! This layer only adapts: it reads the canvas's CSS size and `devicePixelRatio`, measures
//! text with the canvas's own font metrics, turns JS values into option strings, and hands
//! everything else to the native modules. Every DOM failure becomes a JS `Error`; nothing here
//! unwraps, because one panic would take down every chart on the host page.

mod canvas;
mod canvas_text;
mod values;

use crate::data::{self, Dataset};
use crate::layout::{self, Scene, Step, TargetKey, Typography};
use crate::locale::{Lang, Msg};
use crate::options::{ChartKind, OptionError, Options};
use crate::render::{self, Overlay, Surface, Theme};
use crate::stats::{self, Figure, LegendEntry};
use canvas_text::CanvasText;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Above this many values changes are not animated: a transition matches every bar to its old
/// place by key, and bars thinner than a pixel gliding would not be seen anyway.
const MAX_ANIMATED: usize = 400;

/// On paper a chart is painted at this many device pixels per CSS pixel (288 dpi)…
const PRINT_RATIO: f64 = 3.0;
/// …within this many device pixels, which a chart 2 340 px tall would pass at 3×.
const PRINT_MAX_PIXELS: f64 = 16e6;
/// On screen, within this many (32 MB): a phone held sideways at 3× gave a chart 2 340 px
/// tall 17.8 million, which iOS Safari leaves blank past 16 777 216, and which took Android
/// phones a third of a second to put on screen; at the 2× left, text reads as sharp.
const SCREEN_MAX_PIXELS: f64 = 8e6;
/// On paper a chart is at most this many times as tall as it is wide: a portrait page's area
/// (A4's is 1.45 times as tall), with room for the page's title and sources. Taller, the
/// browser split it across pages mid-row.
const PRINT_ASPECT: f64 = 1.25;

/// A chart drawn on one canvas.
#[wasm_bindgen]
pub struct Chart {
    canvas: HtmlCanvasElement,
    text: CanvasText,
    options: Options,
    data: Option<Dataset>,
    /// The message shown instead of a chart, if the last load, option or draw failed.
    error: Option<String>,
    /// Why the last load failed, kept as found: each paint words it in the chart's language
    /// at that moment, so switching language re-words the located problems too.
    load_problem: Option<LoadProblem>,
    /// What the canvas says above `error`: the data could not be loaded, or this chart of
    /// it cannot be drawn (options naming what the data lacks).
    error_heading: Msg,
    /// An option value that was refused: shown instead of the chart until it is corrected,
    /// so a typo in an attribute is never silently replaced by a default.
    option_error: Option<OptionError>,
    /// The figure of the data and options drawn last, dropped when either changes: a redraw
    /// without changes (a resize) reuses it, since writing out 10 000 values costs more than
    /// laying out and painting them.
    figure: Option<Figure>,
    scene: Scene,
    /// The scene before the last redraw and both scenes' target keys, for transitions.
    previous: Option<(Scene, Vec<TargetKey>)>,
    keys: Vec<TargetKey>,
    overlay: Overlay,
    /// The region a trend's step-by-step reveal showed last, drawn highlighted in place of
    /// `selected` (`layout::revealed_line`).
    spotlight: Option<String>,
    typography: Typography,
    /// The reader's default type size over the browser's 16 px: the canvas's text grows with
    /// it, as the page's does.
    text_scale: f64,
    /// Presenting (or fullscreen): the type follows the width (`Typography::presenting`).
    presenting: bool,
    /// While the page prints, every paint is at the printer's resolution.
    printing: bool,
    /// The CSS height last given to the canvas: set again only when it changes, since
    /// setting it, even to the same value, has the browser recompute the page's style and
    /// layout at the next read of a size, at every redraw.
    css_height: Cell<f64>,
    /// The canvas's 2D context, and the labels, colours and fonts its paints write, as JS
    /// strings (`canvas::Surface`).
    surface: RefCell<canvas::Surface>,
    /// Counts the figures made and the messages shown (`revision`).
    revision: u32,
}

/// The phrases the element's controls and its own messages use, by the names it asks for:
/// these alone, since the names of every phrase of the catalogue weighed 1.5 KB gzipped.
macro_rules! named {
    ($($msg:ident),* $(,)?) => { &[$((stringify!($msg), Msg::$msg)),*] };
}
const PAGE_PHRASES: &[(&str, Msg)] = named![
    Chart,
    Tools,
    ShowTable,
    Export,
    ExportPng,
    ExportSvg,
    ExportCsv,
    Fullscreen,
    ExitFullscreen,
    KeyboardHint,
    Selected,
    SelectionCleared,
    Present,
    PresentEnded,
    PresentHint,
    StepBack,
    StepNext,
    Retry,
    HttpError,
    NetworkError,
    NetworkErrorElsewhere,
    WrongContentType,
    FileUnreadable,
    DataUnreadable,
    TooLarge,
    TooLargeOver,
    NoDataGiven,
    SeriesToggles,
];

/// The element's phrases in `lang` (`kk`, `ru`, `en`), keyed by name (`{ ShowTable: "Кесте",
/// … }`), so the page's buttons and messages come from the same catalogue as the chart's.
#[wasm_bindgen]
pub fn phrases(lang: &str) -> Result<JsValue, JsError> {
    let lang: crate::locale::Lang = lang.parse().unwrap_or_default();
    let object = js_sys::Object::new();
    for &(name, msg) in PAGE_PHRASES {
        js_sys::Reflect::set(&object, &name.into(), &msg.text(lang).into())
            .map_err(|_| js_error("cannot build the phrase table"))?;
    }
    Ok(object.into())
}

fn js_error(message: impl std::fmt::Display) -> JsError {
    JsError::new(&message.to_string())
}

#[wasm_bindgen]
impl Chart {
    /// Binds a chart to `canvas`. `options` is an object like `{ lang: "kk", sort: "value-desc" }`
    /// (the same names and values as the element's attributes) or `undefined`.
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: HtmlCanvasElement, options: JsValue) -> Result<Chart, JsError> {
        let mut chart = Chart {
            surface: RefCell::new(surface(&canvas)?),
            canvas,
            text: CanvasText::new()?,
            options: Options::default(),
            data: None,
            error: None,
            load_problem: None,
            error_heading: Msg::LoadFailed,
            option_error: None,
            figure: None,
            scene: Scene::default(),
            previous: None,
            keys: Vec::new(),
            overlay: Overlay::default(),
            spotlight: None,
            typography: Typography::default(),
            text_scale: 1.0,
            presenting: false,
            printing: false,
            css_height: Cell::new(f64::NAN),
            revision: 0,
        };
        chart.set_options(options)?;
        Ok(chart)
    }

    /// Replaces every option (absent ones take their defaults) and redraws.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(&mut self, options: JsValue) -> Result<(), JsError> {
        let pairs = values::option_pairs(&options).map_err(js_error)?;
        let mut options = Options::default();
        self.option_error = options.set_all(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        self.options = options;
        self.figure = None;
        self.draw()
    }

    /// Sets one option from its attribute text (`set("chart", "pie")`) and redraws; an empty
    /// value restores the default.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), JsError> {
        // A height or a theme changes where things go or their colours, not the figures: the
        // figure stays, and so does the table the element filled from it (presenting, which
        // fits the height to the screen, had made both again: 10 000 rows' worth).
        if !matches!(name, "height" | "theme") {
            self.figure = None;
        }
        match self.options.set(name, value) {
            Ok(()) if self.option_error.as_ref().is_some_and(|e| e.name == name) => {
                self.option_error = None;
            }
            Ok(()) => {}
            Err(err) => self.option_error = Some(err),
        }
        self.draw()
    }

    /// Switches the language (`kk`, `ru` or `en`) and redraws.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, lang: &str) -> Result<(), JsError> {
        self.set("lang", lang)
    }

    /// Loads a dataset from JSON text and draws it. On failure the canvas shows the located
    /// message in the chart's language and the returned `Error` carries the same text.
    #[wasm_bindgen(js_name = loadJson)]
    pub fn load_json(&mut self, json: &str) -> Result<(), JsError> {
        let loaded = data::parse_json(json).map_err(LoadProblem::Json);
        self.take_data(loaded)
    }

    /// Loads a dataset from the bytes of a CSV file (UTF-8, UTF-16 or Windows-1251; `,` `;`
    /// or tab separated) and draws it. On failure the canvas lists the first located problems
    /// (up to ten) and the returned `Error` carries them, one per line.
    #[cfg(feature = "csv")]
    #[wasm_bindgen(js_name = loadCsv)]
    pub fn load_csv(&mut self, bytes: &[u8], file_name: &str) -> Result<(), JsError> {
        let lang = self.options.lang;
        let meta = data::CsvMeta::new(file_name, lang).with_windows_1251(values::windows_1251);
        let loaded = data::parse_csv(bytes, &meta).map_err(LoadProblem::Csv);
        self.take_data(loaded)
    }

    /// Redraws at the canvas's current CSS width and the screen's pixel ratio.
    pub fn draw(&mut self) -> Result<(), JsError> {
        let own = Typography::default().base * self.text_scale;
        let width = if self.presenting {
            self.css_width()
        } else {
            0.0
        };
        self.typography = Typography {
            base: Typography::presenting(width).base.max(own),
        };
        if let Some(err) = &self.option_error {
            let message = err.message(self.options.lang);
            self.show_error(Msg::CannotDraw, &message)?;
            return Err(js_error(message));
        }
        // Twice where the reveal's line changes with the scene (`spotlight`).
        loop {
            let Some(dataset) = &self.data else {
                // Nothing loaded yet, or the last load failed: keep showing why.
                return match &self.load_problem {
                    Some(problem) => {
                        let message = problem.message(self.options.lang);
                        self.show_error(Msg::LoadFailed, &message)
                    }
                    // An option mended before the data came: back to waiting for it.
                    None if self.error.is_some() => {
                        self.error = None;
                        self.scene = Scene::default();
                        self.paint()
                    }
                    None => Ok(()),
                };
            };
            let figure = match self.figure.take() {
                Some(f) => f,
                None => {
                    // The reveal's line stands in for the reader's highlight while it lasts.
                    let spotlight = self.spotlight.clone();
                    let selected = spotlight.map(|r| self.options.selected.replace(r));
                    let figure = stats::figure(dataset, &self.options);
                    self.revision = self.revision.wrapping_add(1);
                    if let Some(selected) = selected {
                        self.options.selected = selected;
                    }
                    match figure {
                        Ok(figure) => figure,
                        Err(err) => {
                            let message = err.message(self.options.lang);
                            self.show_error(Msg::CannotDraw, &message)?;
                            return Err(js_error(message));
                        }
                    }
                }
            };
            self.error = None;
            let width = self.css_width();
            let (page, mut height) = (width * PRINT_ASPECT, self.options.height);
            // Laid out again to fit a page where it is too tall on paper, while every row
            // keeps its name (two lines of a name a row, in what the page leaves the plot); a
            // list longer than that is left to run over pages. A chart given a height taller
            // than a page is fitted too: Chromium moves a canvas taller than what is left of
            // the page to the next one, and a blank page had come before it. One call, which
            // the module does not carry twice.
            let rows = figure.categories.len() as f64 * 2.0 * self.typography.label().line_height();
            let scene = loop {
                let scene = layout::chart(&figure, width, height, &self.text, self.typography);
                let tall = self.printing && scene.height > page && height != Some(page);
                if tall && rows <= page - (scene.height - scene.plot.h) {
                    height = Some(page);
                    continue;
                }
                break scene;
            };
            let animated = scene.targets.len() <= MAX_ANIMATED;
            let keys = if animated {
                let key = |t: &layout::Target| {
                    let category = figure.categories.get(t.category).map(|c| &c.key);
                    let series = figure.series.get(t.series).map(|s| &s.key);
                    (
                        category.cloned().unwrap_or_default(),
                        series.cloned().unwrap_or_default(),
                    )
                };
                scene.targets.iter().map(key).collect()
            } else {
                Vec::new()
            };
            let old_scene = std::mem::replace(&mut self.scene, scene);
            let old_keys = std::mem::replace(&mut self.keys, keys);
            self.previous = animated.then_some((old_scene, old_keys));
            self.figure = Some(figure);
            self.clamp_overlay();
            // The reveal's line follows what this scene reveals (other regions, another kind,
            // another order). Highlighting keeps the order of lines, so this settles at once.
            let spotlight = self.revealed_region();
            if spotlight == self.spotlight {
                return self.paint();
            }
            self.spotlight = spotlight;
            self.figure = None;
        }
    }

    /// Shows `message` on the canvas instead of a chart (for failures the page detects itself,
    /// such as a data file that could not be fetched). The next successful load replaces it.
    #[wasm_bindgen(js_name = showError)]
    pub fn show_error_message(&mut self, message: &str) -> Result<(), JsError> {
        self.data = None;
        self.load_problem = Some(LoadProblem::Page(message.to_owned()));
        self.show_error(Msg::LoadFailed, message)
    }

    /// The message the canvas shows instead of a chart, if any.
    #[wasm_bindgen(getter)]
    pub fn error(&self) -> Option<String> {
        self.error.clone()
    }

    /// The heading the canvas shows above an error message, in the chart's language.
    #[wasm_bindgen(getter, js_name = errorHeading)]
    pub fn error_heading(&self) -> String {
        self.error_heading.text(self.options.lang).to_owned()
    }

    /// The reader's default type size in CSS px (the element's `medium`): a low-vision
    /// reader's 32 px had doubled the toolbar and left the canvas's labels at 13 px. Takes
    /// effect at the next drawing.
    #[wasm_bindgen(js_name = setTextSize)]
    pub fn set_text_size(&mut self, px: f64) {
        // Never smaller than the chart's own 13 px, as presenting is not.
        self.text_scale = if px.is_finite() {
            (px / 16.0).clamp(1.0, 4.0)
        } else {
            1.0
        };
    }

    /// Large type for presenting in class (and fullscreen).
    #[wasm_bindgen(js_name = setPresentation)]
    pub fn set_presentation(&mut self, on: bool) -> Result<(), JsError> {
        self.presenting = on;
        self.draw()
    }

    /// The year drawn, for download names: not always the file's latest, which a preliminary
    /// figure of a few regions does not make the chart's.
    #[wasm_bindgen(getter)]
    pub fn year(&self) -> Option<i32> {
        Some(self.figure.as_ref()?.cells.first()?.year)
    }

    /// The number of values a reader can point at or step through.
    #[wasm_bindgen(getter, js_name = targetCount)]
    pub fn target_count(&self) -> usize {
        self.scene.targets.len()
    }

    /// The value under a point in CSS pixels from the canvas's top-left corner, if any: one a
    /// reveal has not shown yet is not there (a teacher's pointer gave answers away).
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        let shown = self.overlay.reveal.unwrap_or(usize::MAX);
        self.scene.hit_index(x, y).filter(|&i| i < shown)
    }

    /// The legend entry under a point (its indicator or region id), if any.
    #[wasm_bindgen(js_name = legendHit)]
    pub fn legend_hit(&self, x: f64, y: f64) -> Option<String> {
        let hit = self.scene.legend_hit(x, y, self.overlay.reveal);
        hit.map(|l| l.key.clone())
    }

    /// The legend's entries, `[{ key, label, hidden }]`, for keyboard and screen-reader toggles.
    pub fn legend(&self) -> Result<JsValue, JsError> {
        match &self.figure {
            Some(f) if f.legend.len() > 1 => values::legend(&f.legend).map_err(js_error),
            _ => Ok(js_sys::Array::new().into()),
        }
    }

    /// Where the canvas draws each entry of `legend()`, four numbers an entry (x, y, width,
    /// height; NaN where it does not), for the toggles laid over them.
    #[wasm_bindgen(js_name = legendAreas)]
    pub fn legend_areas(&self) -> Vec<f64> {
        let mut out = Vec::new();
        for e in self.figure.iter().flat_map(|f| &f.legend) {
            let area = self.scene.legend_area(&e.key, self.overlay.reveal);
            out.extend_from_slice(&area.map_or([f64::NAN; 4], |r| [r.x, r.y, r.w, r.h]));
        }
        out
    }

    /// Hides the series (or pie slice) `key` if shown, shows it if hidden, and redraws. The
    /// last one shown stays: hiding it brought every other one back, unasked.
    pub fn toggle(&mut self, key: &str) -> Result<(), JsError> {
        let this = |e: &LegendEntry| e.key.eq_ignore_ascii_case(key);
        if let Some(f) = &self.figure {
            if f.legend.iter().all(|e| e.hidden != this(e)) {
                return Ok(());
            }
        }
        self.figure = None;
        let hidden = &mut self.options.hidden;
        match hidden.iter().position(|h| h.eq_ignore_ascii_case(key)) {
            Some(i) => {
                hidden.remove(i);
            }
            None => hidden.push(key.to_owned()),
        }
        self.draw()
    }

    /// What a tooltip says about value `index`, line by line.
    pub fn tooltip(&self, index: usize) -> Vec<String> {
        let (Some(f), Some(t)) = (&self.figure, self.scene.targets.get(index)) else {
            return Vec::new();
        };
        let mut lines = f.tooltip(t.category, t.series);
        // Stepping through, a comparison's difference is told with its pair's second value,
        // as it is drawn: told with the first, it gave the second away.
        let shown = self.overlay.reveal.unwrap_or(usize::MAX);
        let pair = |k: &layout::Target| k.category == t.category;
        let hidden = self.scene.targets.iter().skip(shown).any(pair);
        if f.kind == ChartKind::Compare && hidden {
            lines.retain(|l| !l.starts_with(Msg::Difference.text(f.lang)));
        }
        lines
    }

    /// Where value `index` is drawn, `[x, y, width, height]` in CSS pixels, then where its
    /// value is written beside it (four more, if it is), for placing a tooltip clear of both.
    #[wasm_bindgen(js_name = targetBox)]
    pub fn target_box(&self, index: usize) -> Vec<f64> {
        let mut out = Vec::with_capacity(8);
        let mark = self.scene.targets.get(index).map(|t| t.mark);
        for r in [mark, self.scene.value_bounds(index)].into_iter().flatten() {
            out.extend_from_slice(&[r.x, r.y, r.w, r.h]);
        }
        out
    }

    /// Whether value `index` is written on the chart (not a stack's total it only comes with).
    #[wasm_bindgen(js_name = valueWritten)]
    pub fn value_written(&self, index: usize) -> bool {
        self.scene.value_written(index)
    }

    /// Paints the transition from the previous drawing to the current one, `t` of the way
    /// (0 → 1). The element calls it for about 250 ms after a change of values, unless the
    /// reader prefers reduced motion; `t` ≥ 1 paints the final chart.
    pub fn animate(&self, t: f64) -> Result<(), JsError> {
        match &self.previous {
            Some((old, old_keys)) if t < 1.0 && self.error.is_none() => {
                let frame = layout::tween(old, old_keys, &self.scene, &self.keys, t);
                paint_scene(
                    &self.canvas,
                    &self.surface,
                    &frame,
                    &self.theme(),
                    self.ratio(),
                    self.overlay,
                    Some(&self.css_height),
                )
            }
            _ => self.paint(),
        }
    }

    /// Moves the keyboard focus ring to value `index` (or removes it) and repaints.
    #[wasm_bindgen(js_name = setFocus)]
    pub fn set_focus(&mut self, index: Option<usize>) -> Result<(), JsError> {
        self.overlay.focus = index.filter(|&i| i < self.scene.targets.len());
        self.paint()
    }

    #[wasm_bindgen(getter)]
    pub fn focus(&self) -> Option<usize> {
        self.overlay.focus
    }

    /// The value an arrow key (`ArrowRight`, `ArrowLeft`, `ArrowDown`, `ArrowUp`) moves the
    /// focus to from the focused one (see `Scene::step`).
    #[wasm_bindgen(js_name = stepFocus)]
    pub fn step_focus(&self, key: &str) -> Option<usize> {
        let step = match key {
            "ArrowRight" => Step::Next,
            "ArrowLeft" => Step::Previous,
            "ArrowDown" => Step::Below,
            _ => Step::Above,
        };
        self.scene.step(self.overlay.focus, step)
    }

    /// Draws only the first `count` values (step-by-step reveal), or all with `undefined`.
    pub fn reveal(&mut self, count: Option<usize>) -> Result<(), JsError> {
        self.overlay.reveal = count.map(|c| c.min(self.scene.targets.len()));
        let spotlight = self.revealed_region();
        if spotlight == self.spotlight {
            return self.paint();
        }
        self.spotlight = spotlight;
        self.figure = None;
        self.draw()
    }

    #[wasm_bindgen(getter)]
    pub fn revealed(&self) -> Option<usize> {
        self.overlay.reveal
    }

    /// How many values each step of the reveal shows, from none to all (`Scene::reveal_stops`).
    #[wasm_bindgen(js_name = revealStops)]
    pub fn reveal_stops(&self) -> Vec<usize> {
        self.scene.reveal_stops()
    }

    /// What selecting value `index` means: `{ region, indicator, value, year }` with ids.
    pub fn selection(&self, index: usize) -> Result<JsValue, JsError> {
        let (Some(f), Some(t)) = (&self.figure, self.scene.targets.get(index)) else {
            return Ok(JsValue::NULL);
        };
        let cell = f.cell(t.category, t.series);
        let region = f.regions.get(cell.region).map(|r| r.id.clone());
        let indicator = f.indicators.get(cell.indicator).map(|i| i.id.clone());
        values::selection(region, indicator, cell.count, cell.value, cell.year).map_err(js_error)
    }

    /// Highlights the region of value `index` (or clears the highlight with `undefined`).
    pub fn select(&mut self, index: Option<usize>) -> Result<(), JsError> {
        self.options.selected = index.and_then(|i| self.region_of(i));
        self.figure = None;
        self.draw()
    }

    /// The chart as a standalone SVG document, drawn by the same code as the canvas.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self) -> String {
        render::to_svg_with(&self.scene, &self.theme(), self.exported())
    }

    /// Exactly the values shown, as CSV.
    #[wasm_bindgen(js_name = toCsv)]
    pub fn to_csv(&self) -> String {
        self.figure.as_ref().map(Figure::to_csv).unwrap_or_default()
    }

    /// Draws the current chart into another canvas at `ratio` × its CSS size (PNG export),
    /// within what a browser's canvas holds: a tall chart in large type at 2× had a PNG of 37
    /// million pixels, which iOS leaves blank (and a ratio that is no number, none at all).
    #[wasm_bindgen(js_name = drawTo)]
    pub fn draw_to(&self, canvas: HtmlCanvasElement, ratio: f64) -> Result<(), JsError> {
        let ratio = if ratio > 0.0 { ratio } else { 1.0 };
        let ratio = ratio.min(self.within(PRINT_MAX_PIXELS));
        paint_scene(
            &canvas,
            &RefCell::new(surface(&canvas)?),
            &self.scene,
            &self.theme(),
            ratio,
            self.exported(),
            None,
        )
    }

    /// Paper mode: while the page prints, every paint (redraws, transitions, focus, messages)
    /// is at the printer's resolution rather than the screen's, which blurs on paper, and a
    /// tall chart is laid out to fit a page.
    #[wasm_bindgen(js_name = setPrinting)]
    pub fn set_printing(&mut self, on: bool) -> Result<(), JsError> {
        self.printing = on;
        self.draw()
    }

    /// The current options as a URL query string (for embed links and `embed.html`), encoded
    /// by the browser's `URLSearchParams`, as the pages read it.
    #[wasm_bindgen(js_name = stateQuery)]
    pub fn state_query(&self) -> Result<String, JsError> {
        let query = web_sys::UrlSearchParams::new().map_err(|_| JsError::new("URLSearchParams"))?;
        for (name, value) in self.options.to_pairs() {
            query.append(name, &value);
        }
        Ok(query.to_string().into())
    }

    /// A text description of the chart for screen readers.
    pub fn summary(&self) -> String {
        match (&self.figure, &self.error) {
            (_, Some(error)) => format!("{}: {error}", self.error_heading()),
            (Some(f), None) => f.summary(),
            (None, None) => String::new(),
        }
    }

    /// Changes whenever what `table()`, `legend()` and `summary()` give may have changed (new
    /// data, options, language, a message), and not when only the focus ring or the size
    /// does: the element rebuilds a shown table when it changes, which for 10 000 rows takes
    /// a second.
    #[wasm_bindgen(getter)]
    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// The chart's values as a table: `{ caption, columns: [..], rows: [[..]] }`.
    pub fn table(&self) -> Result<JsValue, JsError> {
        match &self.figure {
            Some(f) => values::table(&f.table()).map_err(js_error),
            None => Ok(JsValue::NULL),
        }
    }

    /// What the loaded dataset offers, named in the chart's language, for building controls:
    /// `{ regions: [{id, name}], indicators: [{id, name}], years: [2023], illustrative,
    /// population }` (whether any region has one: rates per 10 000 need it).
    pub fn choices(&self) -> Result<JsValue, JsError> {
        values::choices(self.data.as_ref(), self.options.lang).map_err(js_error)
    }

    /// The chart's title, whole (the canvas draws it wrapped), for its accessible name.
    #[wasm_bindgen(getter)]
    pub fn title(&self) -> Option<String> {
        self.figure.as_ref().map(|f| f.title.clone())
    }

    /// Every text on the chart, in drawing order (for tests and assistive summaries).
    pub fn texts(&self) -> Vec<String> {
        self.scene.texts().map(|t| t.text.clone()).collect()
    }

    /// The chart's texts with their boxes, `[text, x, y, w, h, …]` flattened, for layout tests.
    #[wasm_bindgen(js_name = textBoxes)]
    pub fn text_boxes(&self) -> Vec<JsValue> {
        self.scene
            .texts()
            .flat_map(|t| {
                let b = t.bounds;
                [
                    JsValue::from_str(&t.text),
                    b.x.into(),
                    b.y.into(),
                    b.w.into(),
                    b.h.into(),
                ]
            })
            .collect()
    }
}

impl Chart {
    fn theme(&self) -> Theme {
        Theme::named(self.options.theme)
    }

    /// What exports draw over the scene: no focus ring, and while stepping through what the
    /// class sees (a download mid-lesson is the chart on the screen, its highlighted line
    /// with only the lines shown).
    fn exported(&self) -> Overlay {
        Overlay {
            focus: None,
            reveal: self.overlay.reveal,
        }
    }

    /// The region of the line a trend's reveal showed last (`layout::revealed_line`).
    fn revealed_region(&self) -> Option<String> {
        let figure = self.figure.as_ref()?;
        let targets = &self.scene.targets;
        let line = layout::revealed_line(figure, targets, self.overlay.reveal)?;
        self.region_of(targets.iter().position(|t| t.series == line)?)
    }

    /// The id of the region value `index` belongs to.
    fn region_of(&self, index: usize) -> Option<String> {
        let (t, f) = self.scene.targets.get(index).zip(self.figure.as_ref())?;
        f.regions
            .get(f.cell(t.category, t.series).region)
            .map(|r| r.id.clone())
    }

    fn take_data(&mut self, loaded: Result<Dataset, LoadProblem>) -> Result<(), JsError> {
        self.overlay = Overlay::default();
        self.figure = None;
        match loaded {
            Ok(dataset) => {
                self.data = Some(dataset);
                self.load_problem = None;
                self.draw()
            }
            Err(problem) => {
                let message = problem.message(self.options.lang);
                self.data = None;
                self.load_problem = Some(problem);
                self.show_error(Msg::LoadFailed, &message)?;
                Err(js_error(message))
            }
        }
    }

    fn clamp_overlay(&mut self) {
        let n = self.scene.targets.len();
        self.overlay.focus = self.overlay.focus.filter(|&f| f < n);
        self.overlay.reveal = self.overlay.reveal.map(|r| r.min(n));
    }

    /// Device pixels per CSS pixel of the canvas: the screen's, times the zoom or scale a page
    /// puts around the widget (a low-vision version of a site zooms its content 1.5 times).
    fn ratio(&self) -> f64 {
        let shown = self.canvas.get_bounding_client_rect().width();
        let zoom = shown / f64::from(self.canvas.client_width());
        let zoom = if zoom.is_finite() && (zoom - 1.0).abs() > 0.02 {
            zoom
        } else {
            1.0
        };
        let screen = (device_pixel_ratio() * zoom).min(self.within(SCREEN_MAX_PIXELS).max(1.0));
        if !self.printing {
            return screen;
        }
        screen.max(PRINT_RATIO.min(self.within(PRINT_MAX_PIXELS)))
    }

    /// The most device pixels per CSS pixel that keep the chart within `pixels` in all.
    fn within(&self, pixels: f64) -> f64 {
        (pixels / (self.scene.width * self.scene.height).max(1.0)).sqrt()
    }

    fn css_width(&self) -> f64 {
        let width = f64::from(self.canvas.client_width());
        if width > 0.0 {
            width
        } else {
            // Not in the layout yet (display: none or detached): use the attribute width.
            f64::from(self.canvas.width()) / self.ratio()
        }
    }

    fn show_error(&mut self, heading: Msg, message: &str) -> Result<(), JsError> {
        self.error = Some(message.to_owned());
        self.error_heading = heading;
        self.figure = None;
        self.revision = self.revision.wrapping_add(1);
        let heading = heading.text(self.options.lang);
        let width = self.css_width();
        self.scene =
            layout::message_scene(heading, message, width, 0.0, &self.text, self.typography);
        self.overlay = Overlay::default();
        self.paint()
    }

    fn paint(&self) -> Result<(), JsError> {
        paint_scene(
            &self.canvas,
            &self.surface,
            &self.scene,
            &self.theme(),
            self.ratio(),
            self.overlay,
            Some(&self.css_height),
        )
    }
}

/// Why a load failed.
enum LoadProblem {
    /// What the JSON reader found, worded when shown.
    Json(data::DataError),
    /// What the CSV reader found, up to `data::MAX_ERRORS` problems, worded when shown.
    #[cfg(feature = "csv")]
    Csv(Vec<data::DataError>),
    /// A message from the page (`showError`: a file that could not be fetched), as given.
    Page(String),
}

impl LoadProblem {
    fn message(&self, lang: Lang) -> String {
        match self {
            LoadProblem::Json(error) => error.message(lang),
            // One line per problem (a header written over two lines in Excel keeps its break
            // inside the quoted column name), and a last line when the reader stopped counting.
            #[cfg(feature = "csv")]
            LoadProblem::Csv(errors) => {
                let one_line = |e: &data::DataError| e.message(lang).replace(['\r', '\n'], " ");
                let mut lines: Vec<String> = errors.iter().map(one_line).collect();
                if errors.len() >= data::MAX_ERRORS {
                    let count = data::MAX_ERRORS.to_string();
                    lines.push(Msg::FirstProblems.fill(lang, &[("count", &count)]));
                }
                lines.join("\n")
            }
            LoadProblem::Page(message) => message.clone(),
        }
    }
}

/// Sizes a canvas's backing store to the scene × `ratio` and draws the scene into it; with
/// `css_height` (the height it was given last) the canvas's CSS height follows the scene
/// (its width is the page's).
fn paint_scene(
    canvas: &HtmlCanvasElement,
    surface: &RefCell<canvas::Surface>,
    scene: &Scene,
    theme: &Theme,
    ratio: f64,
    overlay: Overlay,
    css_height: Option<&Cell<f64>>,
) -> Result<(), JsError> {
    if let Some(set) = css_height.filter(|h| h.get() != scene.height) {
        canvas
            .style()
            .set_property("height", &format!("{}px", scene.height))
            .map_err(|_| js_error("cannot set the canvas height"))?;
        set.set(scene.height);
    }
    let (w, h) = (
        (scene.width * ratio).round() as u32,
        (scene.height * ratio).round() as u32,
    );
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    // Painting calls nothing back, so the surface is free.
    let mut surface = surface
        .try_borrow_mut()
        .map_err(|_| js_error("the canvas is being painted"))?;
    let mut backend = canvas::Canvas::new(&mut surface, (w, h));
    render::draw(&mut backend, scene, theme, Surface::canvas(ratio), overlay)
        .map_err(|e| js_error(format!("drawing failed: {e}")))
}

fn surface(canvas: &HtmlCanvasElement) -> Result<canvas::Surface, JsError> {
    canvas::Surface::new(canvas).ok_or_else(|| js_error("the canvas has no 2D context"))
}

fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}
