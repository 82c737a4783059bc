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

/// Pixels that are drawn and not the white background.
fn painted(canvas: &HtmlCanvasElement) -> usize {
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
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
        Some("деректерде «KZ-99» өңірі жоқ")
    );
    assert!(painted(&canvas) > 500);
}
