//! The v1 JSON file format as people write it (documented in `data/README.md`).
//!
//! These types mirror the file, not the chart: they are loose where a hand-edited file is
//! loose (a source title may be one string or a kk/ru/en object) and strict where a typo
//! would silently lose a figure (unknown fields are refused).

use super::dataset::{Text, Unit};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileDataset {
    pub format: String,
    pub title: Text,
    pub source: FileSource,
    #[serde(default)]
    pub licence: Option<String>,
    #[serde(default)]
    pub illustrative: bool,
    /// Free text for maintainers; never shown.
    #[serde(default)]
    #[allow(dead_code)]
    pub notes: Option<serde_json::Value>,
    pub indicators: Vec<FileIndicator>,
    pub regions: Vec<FileRegion>,
}

/// A text that may be given once for all languages (a source's original title) or per language.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum FileText {
    Same(String),
    PerLang(Text),
}

impl From<FileText> for Text {
    fn from(t: FileText) -> Text {
        match t {
            FileText::Same(s) => Text::from(s.as_str()),
            FileText::PerLang(t) => t,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileSource {
    pub title: FileText,
    pub publisher: String,
    pub date: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub document: Option<String>,
    #[serde(default)]
    pub note: Option<FileText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileIndicator {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub unit: Unit,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FilePopulation {
    pub year: i32,
    pub value: f64,
    pub source: FileSource,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileRegion {
    pub id: String,
    /// Optional for ISO 3166-2:KZ codes: the registry supplies kk/ru/en names.
    #[serde(default)]
    pub name: Text,
    #[serde(default)]
    pub population: Vec<FilePopulation>,
    /// year → indicator id → value; `null` is "no data".
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, Option<f64>>>,
}
