//! The WebAssembly build in a real browser: `cargo test --target wasm32-unknown-unknown --test web`
//! runs these in headless Chromium through chromedriver.
#![cfg(target_arch = "wasm32")]

use civic_stats::Chart;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const ZHETYSU: &str = include_str!("../data/zhetysu-2023.json");

fn canvas(width: u32) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    canvas
        .style()
        .set_property("width", &format!("{width}px"))
        .unwrap();
    canvas.style().set_property("display", "block").unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

fn context(canvas: &HtmlCanvasElement) -> CanvasRenderingContext2d {
    canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

/// Pixels that are drawn and not the white background.
fn painted(canvas: &HtmlCanvasElement) -> usize {
    let ctx = context(canvas);
    let image = ctx
        .get_image_data(0.0, 0.0, canvas.width() as f64, canvas.height() as f64)
        .unwrap();
    image
        .data()
        .chunks(4)
        .filter(|p| p[3] > 0 && (p[0] < 250 || p[1] < 250 || p[2] < 250))
        .count()
}

fn options(js: &str) -> JsValue {
    js_sys::JSON::parse(js).unwrap()
}

#[wasm_bindgen_test]
fn draws_the_zhetysu_dataset_on_a_canvas() {
    let canvas = canvas(640);
    let mut chart = Chart::new(canvas.clone(), JsValue::UNDEFINED).unwrap();
    chart.load_json(ZHETYSU).unwrap();
    assert!(chart.error().is_none());
    assert_eq!(
        canvas.width(),
        640,
        "backing store matches the CSS width at ratio 1"
    );
    assert!(canvas.height() > 200);
    assert!(painted(&canvas) > 5000, "bars and text were painted");
    let texts = chart.texts();
    for t in ["Үкіметтік емес ұйымдар", "377", "30", "56", "7"] {
        assert!(texts.iter().any(|x| x == t), "{t} missing from {texts:?}");
    }
}

#[wasm_bindgen_test]
fn options_and_language_change_what_is_drawn() {
    let canvas = canvas(500);
    let mut chart = Chart::new(canvas, options(r#"{"lang":"en","sort":"value-asc"}"#)).unwrap();
    chart.load_json(ZHETYSU).unwrap();
    let values: Vec<String> = chart
        .texts()
        .into_iter()
        .filter(|t| ["7", "30", "56", "377"].contains(&t.as_str()))
        .collect();
    assert_eq!(values, ["7", "30", "56", "377"]);
    chart.set_lang("ru").unwrap();
    // At 500 px the Russian label wraps onto two lines.
    assert!(chart
        .texts()
        .join(" ")
        .contains("Неправительственные организации"));
    assert!(chart.set_lang("de").is_err());
}

/// A PNG export stays within what a browser's canvas holds (iOS leaves one past 16 777 216
/// pixels blank): a tall chart at 2× is drawn at less, and a ratio that is no number at 1×.
#[wasm_bindgen_test]
fn an_export_stays_within_a_canvas_a_browser_holds() {
    let canvas = canvas(1200);
    let mut chart = Chart::new(canvas.clone(), JsValue::UNDEFINED).unwrap();
    chart.load_json(ZHETYSU).unwrap();
    chart.set("height", "4000").unwrap();
    let png = canvas_detached();
    chart.draw_to(png.clone(), 2.0).unwrap();
    let pixels = f64::from(png.width()) * f64::from(png.height());
    assert!(
        pixels <= 16_777_216.0 && pixels > 15e6,
        "{} × {}",
        png.width(),
        png.height()
    );
    chart.set("height", "400").unwrap();
    chart.draw_to(png.clone(), 2.0).unwrap();
    assert_eq!((png.width(), png.height()), (2400, 800));
    chart.draw_to(png.clone(), f64::NAN).unwrap();
    assert_eq!((png.width(), png.height()), (1200, 400));
}

fn canvas_detached() -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap()
}

/// Presenting fits the chart's height to the screen; each fit had made the figure again, and
/// the element, seeing a new revision, refilled the table (a second for 10 000 rows).
#[wasm_bindgen_test]
fn a_new_height_or_theme_keeps_the_figure_other_options_make_it_again() {
    let canvas = canvas(500);
    let mut chart = Chart::new(canvas.clone(), JsValue::UNDEFINED).unwrap();
    chart.load_json(ZHETYSU).unwrap();
    let made = chart.revision();
    chart.set("height", "480").unwrap();
    assert_eq!(canvas.height(), 480, "drawn at the new height");
    chart.set("theme", "dark").unwrap();
    chart.set("height", "").unwrap();
    assert_eq!(chart.revision(), made);
    chart.set("sort", "name").unwrap();
    assert_ne!(chart.revision(), made);
}

#[wasm_bindgen_test]
fn malformed_json_is_an_error_with_its_location_and_the_canvas_says_so() {
    let canvas = canvas(480);
    let mut chart = Chart::new(canvas.clone(), options(r#"{"lang":"en"}"#)).unwrap();
    let err = chart
        .load_json("{\n  \"format\": \"civic-stats/1\",\n  \"title\": 5\n}")
        .unwrap_err();
    let err: JsValue = err.into();
    let message = js_sys::Error::from(err).message();
    assert_eq!(
        String::from(message),
        "line 3, column 12 (field 'title'): an object of kk, ru and en names is expected here, not a number"
    );
    assert!(chart.error().unwrap().starts_with("line 3, column 12"));
    assert!(
        painted(&canvas) > 500,
        "the message is drawn, not a blank canvas"
    );
    assert!(chart.texts().iter().any(|t| t == "Could not load the data"));
}

#[wasm_bindgen_test]
fn an_unknown_option_value_is_refused_visibly() {
    let canvas = canvas(480);
    let mut chart = Chart::new(canvas.clone(), JsValue::UNDEFINED).unwrap();
    chart.load_json(ZHETYSU).unwrap();
    let err = chart.set_options(options(r#"{"regions":["KZ-99"]}"#));
    assert!(err.is_err());
    assert_eq!(
        chart.error().as_deref(),
        Some("деректерде «KZ-99» өңірі жоқ; бар өңірлер: KZ-33")
    );
    assert!(painted(&canvas) > 500);
}

/// The pixels of `canvas` within `[x, y, w, h]` (CSS pixels at ratio 1), as RGB.
fn pixels(canvas: &HtmlCanvasElement, b: &[f64]) -> Vec<[u8; 3]> {
    let ctx = context(canvas);
    let (x, y) = (b[0].floor(), b[1].floor());
    let (w, h) = ((b[0] + b[2]).ceil() - x, (b[1] + b[3]).ceil() - y);
    let image = ctx.get_image_data(x, y, w, h).unwrap();
    image.data().chunks(4).map(|p| [p[0], p[1], p[2]]).collect()
}

/// The canvas sets a colour or font only where it differs from the last label's or bar's
/// (and keeps the labels' strings from paint to paint): each bar and each value beside it is
/// still painted in its own colour, in either theme and on a second paint.
#[wasm_bindgen_test]
fn bars_and_their_values_are_painted_in_their_own_colours() {
    let canvas = canvas(640);
    let mut chart = Chart::new(canvas.clone(), options(r#"{"lang":"en"}"#)).unwrap();
    chart.load_json(ZHETYSU).unwrap();
    // Light theme: the first series colour and the text colour; then the dark theme's.
    let themes = [
        ("light", [0x00, 0x72, 0xb2], [0x1a, 0x1a, 0x1a]),
        ("dark", [0x56, 0xb4, 0xe9], [0xf2, 0xf2, 0xf2]),
    ];
    for (theme, bar, text) in themes {
        chart
            .set_options(options(&format!(r#"{{"lang":"en","theme":"{theme}"}}"#)))
            .unwrap();
        for paint in 0..2 {
            assert_eq!(chart.target_count(), 4);
            for i in 0..4 {
                let b = chart.target_box(i);
                assert_eq!(b.len(), 8, "{theme}: bar {i} has its value beside it");
                let middle = pixels(&canvas, &[b[0] + b[2] / 2.0, b[1] + b[3] / 2.0, 1.0, 1.0]);
                assert!(
                    middle.iter().all(|p| *p == bar),
                    "{theme}, paint {paint}: bar {i} is {middle:?}"
                );
                let value = pixels(&canvas, &b[4..]);
                assert!(
                    value.contains(&text),
                    "{theme}, paint {paint}: value {i} in {text:?}"
                );
                assert!(
                    !value.contains(&bar),
                    "{theme}, paint {paint}: value {i} in the bar's colour"
                );
            }
            chart.draw().unwrap();
        }
    }
}

/// Each label's text, the canvas font it was painted in and its alignment (`textAlign
/// textBaseline`), for the paints while `during` runs: `fillText` is wrapped for that time.
fn labels_painted(during: impl FnOnce()) -> Vec<(String, String, String)> {
    let record = js_sys::Function::new_no_args(
        "const proto = CanvasRenderingContext2D.prototype, fill = proto.fillText, seen = [];
         proto.fillText = function (text, ...rest) {
           seen.push([String(text), this.font, `${this.textAlign} ${this.textBaseline}`]);
           return fill.call(this, text, ...rest);
         };
         return () => { proto.fillText = fill; return seen; };",
    );
    let stop: js_sys::Function = record.call0(&JsValue::NULL).unwrap().dyn_into().unwrap();
    during();
    let seen: js_sys::Array = stop.call0(&JsValue::NULL).unwrap().dyn_into().unwrap();
    seen.iter()
        .map(|pair| {
            let pair: js_sys::Array = pair.dyn_into().unwrap();
            (
                pair.get(0).as_string().unwrap(),
                pair.get(1).as_string().unwrap(),
                pair.get(2).as_string().unwrap(),
            )
        })
        .collect()
}

/// The canvas keeps each font's text from paint to paint and sets it only where a label's
/// differs from the last one's: every label is still painted in its own weight and size, on
/// the first paint, on repaints, and after the type grows.
#[wasm_bindgen_test]
fn labels_are_painted_in_their_own_fonts_on_every_paint() {
    let canvas = canvas(640);
    let mut chart = Chart::new(canvas.clone(), options(r#"{"lang":"en"}"#)).unwrap();
    let first = labels_painted(|| chart.load_json(ZHETYSU).unwrap());
    let label = |labels: &[(String, String, String)], text: &str| {
        let found = labels.iter().find(|(t, ..)| t == text);
        found
            .map(|(_, f, a)| (f.clone(), a.clone()))
            .unwrap_or_default()
    };
    // The values are bold, the names beside them regular, in one size; the names end where
    // the bars begin, and the values begin after them.
    let (value, name) = (label(&first, "377"), label(&first, "Ethnocultural centres"));
    assert!(value.0.starts_with("bold "), "{first:?}");
    assert!(!name.0.contains("bold"), "{first:?}");
    assert_eq!(value.0.replace("bold ", ""), name.0.replace("normal ", ""));
    assert_eq!(
        (value.1.as_str(), name.1.as_str()),
        ("start middle", "end middle")
    );
    for paint in 0..2 {
        let again = labels_painted(|| chart.draw().unwrap());
        assert_eq!(again, first, "repaint {paint}");
    }
    // A reader's larger default type: every label's font changes with it, none stays behind.
    let large = labels_painted(|| {
        chart.set_text_size(24.0);
        chart.draw().unwrap();
    });
    // (It wraps some names differently: the labels painted both times are compared.)
    let both: Vec<_> = first
        .iter()
        .filter_map(|(text, before, _)| {
            large
                .iter()
                .find(|(t, ..)| t == text)
                .map(|(_, after, _)| (text, before, after))
        })
        .collect();
    assert!(both.len() > 10, "{large:?}");
    for (text, before, after) in both {
        assert_ne!(before, after, "{text}");
        assert_eq!(before.contains("bold"), after.contains("bold"), "{text}");
    }
}

/// A pie's edge lies on its circle between pixels: the canvas is given its corners as they
/// are. Rounded to whole pixels, as plotters' backends take them, the edge of a 150 px
/// radius ran straight for some 30 px where the circle is nearly level or upright, and
/// corners lay up to a pixel off it.
#[wasm_bindgen_test]
fn a_pies_edge_is_drawn_round() {
    let canvas = canvas(640);
    let mut chart = Chart::new(canvas.clone(), options(r#"{"chart":"pie"}"#)).unwrap();
    let record = js_sys::Function::new_no_args(
        "const proto = CanvasRenderingContext2D.prototype, paths = [];
         const saved = ['beginPath', 'moveTo', 'lineTo'].map((m) => [m, proto[m]]);
         proto.beginPath = function () { paths.push([]); return saved[0][1].call(this); };
         for (const [m, f] of saved.slice(1)) {
           proto[m] = function (x, y) { paths.at(-1)?.push([x, y]); return f.call(this, x, y); };
         }
         return () => { for (const [m, f] of saved) proto[m] = f; return paths; };",
    );
    let stop: js_sys::Function = record.call0(&JsValue::NULL).unwrap().dyn_into().unwrap();
    chart.load_json(ZHETYSU).unwrap();
    let paths: js_sys::Array = stop.call0(&JsValue::NULL).unwrap().dyn_into().unwrap();
    let points = |path: JsValue| -> Vec<(f64, f64)> {
        let path: js_sys::Array = path.dyn_into().unwrap();
        let xy = |p: JsValue| {
            js_sys::Array::from(&p)
                .get(0)
                .as_f64()
                .zip(js_sys::Array::from(&p).get(1).as_f64())
        };
        path.iter().filter_map(xy).collect()
    };
    // The largest slice (NGOs, 80 %): its corners round the edge, then the centre.
    let slice = paths.iter().map(points).max_by_key(Vec::len).unwrap();
    assert!(slice.len() > 100, "{} corners", slice.len());
    let (cx, cy) = *slice.last().unwrap();
    let edge = &slice[..slice.len() - 1];
    let radii: Vec<f64> = edge.iter().map(|(x, y)| (x - cx).hypot(y - cy)).collect();
    let r = radii.iter().sum::<f64>() / radii.len() as f64;
    let off = radii.iter().map(|d| (d - r).abs()).fold(0.0, f64::max);
    assert!(
        r > 100.0 && off < 0.05,
        "radius {r}, a corner {off} px off the circle"
    );
}

/// The element asks the module for its buttons' and messages' phrases by name
/// (`this.#t('ShowTable')`, `this.#fail('HttpError', …)`). The module hands over those alone, so
/// a name the script asks for and the table lacks would show the bare name on a button.
#[wasm_bindgen_test]
fn every_phrase_the_element_asks_for_is_in_the_table() {
    const SCRIPT: &str = include_str!("../www/civic-stats.js");
    let mut asked = Vec::new();
    for call in ["#t(", "#fail("] {
        for (at, _) in SCRIPT.match_indices(call) {
            let args = &SCRIPT[at + call.len()..];
            let args = &args[..args.find(')').unwrap_or(args.len())];
            let quoted = args.split('\'').skip(1).step_by(2);
            asked.extend(quoted.filter(|q| q.starts_with(char::is_uppercase)));
        }
    }
    assert!(asked.len() > 25, "{asked:?}");
    for lang in ["kk", "ru", "en"] {
        let table = civic_stats::phrases(lang).unwrap();
        for name in &asked {
            let text = js_sys::Reflect::get(&table, &JsValue::from_str(name)).unwrap();
            assert!(
                text.as_string().is_some_and(|t| !t.is_empty()),
                "{lang}: no phrase '{name}'"
            );
        }
    }
}
