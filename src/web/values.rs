//! Converting between JS values and the crate's plain data.

use crate::data::Dataset;
use crate::locale::Lang;
use crate::stats::{LegendEntry, Table};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// An options object's entries as attribute-style strings: arrays are joined with commas,
/// numbers written out, `undefined`/`null` left out (so they take their defaults).
pub fn option_pairs(options: &JsValue) -> Result<Vec<(String, String)>, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(Vec::new());
    }
    let object: &js_sys::Object = options.dyn_ref().ok_or("options must be an object")?;
    let mut pairs = Vec::new();
    for entry in js_sys::Object::entries(object).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        let value = entry.get(1);
        if value.is_undefined() || value.is_null() {
            continue;
        }
        let text = if let Some(array) = value.dyn_ref::<js_sys::Array>() {
            array
                .iter()
                .filter_map(|v| v.as_string().or_else(|| v.as_f64().map(|n| n.to_string())))
                .collect::<Vec<_>>()
                .join(",")
        } else if let Some(s) = value.as_string() {
            s
        } else if let Some(n) = value.as_f64() {
            n.to_string()
        } else if let Some(b) = value.as_bool() {
            b.to_string()
        } else {
            return Err(format!("option '{key}' has a value of an unexpected type"));
        };
        // Unknown names are kept: the option parser words the error in the reader's language.
        pairs.push((key, text));
    }
    Ok(pairs)
}

#[derive(Serialize)]
struct Choice<'a> {
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct Choices<'a> {
    regions: Vec<Choice<'a>>,
    indicators: Vec<Choice<'a>>,
    years: &'a [i32],
    illustrative: bool,
    /// Whether any region has a population, which rates per 10 000 residents need.
    population: bool,
}

pub fn choices(data: Option<&Dataset>, lang: Lang) -> Result<JsValue, serde_wasm_bindgen::Error> {
    let Some(d) = data else {
        return Ok(JsValue::NULL);
    };
    let choices = Choices {
        regions: d
            .regions
            .iter()
            .map(|r| Choice {
                id: &r.id,
                name: r.name.pick(lang),
            })
            .collect(),
        indicators: d
            .indicators
            .iter()
            .map(|i| Choice {
                id: &i.id,
                name: i.name.pick(lang),
            })
            .collect(),
        years: &d.years,
        illustrative: d.illustrative,
        population: d.regions.iter().any(|r| !r.population.is_empty()),
    };
    serde_wasm_bindgen::to_value(&choices)
}

#[derive(Serialize)]
struct Selection {
    region: Option<String>,
    indicator: Option<String>,
    /// The value as published.
    value: Option<f64>,
    /// The value in the active measure.
    measured: Option<f64>,
    year: i32,
}

pub fn selection(
    region: Option<String>,
    indicator: Option<String>,
    value: Option<f64>,
    measured: Option<f64>,
    year: i32,
) -> Result<JsValue, serde_wasm_bindgen::Error> {
    serde_wasm_bindgen::to_value(&Selection {
        region,
        indicator,
        value,
        measured,
        year,
    })
}

#[derive(Serialize)]
struct TableValue<'a> {
    caption: &'a str,
    columns: &'a [String],
    rows: &'a [Vec<String>],
}

pub fn table(t: &Table) -> Result<JsValue, serde_wasm_bindgen::Error> {
    serde_wasm_bindgen::to_value(&TableValue {
        caption: &t.caption,
        columns: &t.columns,
        rows: &t.rows,
    })
}

/// Windows-1251 through the browser's `TextDecoder` (the WHATWG decoder `encoding_rs` also
/// implements), so the module does not carry a copy of every legacy encoding's tables.
#[cfg(feature = "csv")]
pub fn windows_1251(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder =
        web_sys::TextDecoder::new_with_label_and_options("windows-1251", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

#[derive(Serialize)]
struct LegendValue<'a> {
    key: &'a str,
    label: &'a str,
    hidden: bool,
}

pub fn legend(entries: &[LegendEntry]) -> Result<JsValue, serde_wasm_bindgen::Error> {
    let values: Vec<LegendValue> = entries
        .iter()
        .map(|e| LegendValue {
            key: &e.key,
            label: &e.label,
            hidden: e.hidden,
        })
        .collect();
    serde_wasm_bindgen::to_value(&values)
}
