//! The v1 JSON file format as people write it (documented in `data/README.md`).
//!
//! These types mirror the file, not the chart: they are loose where a hand-edited file is
//! loose (a source title may be one string or a kk/ru/en object) and strict where a typo
//! would silently lose a figure (unknown fields are refused).

use super::dataset::{Text, Unit};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::marker::PhantomData;

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
    pub notes: Option<IgnoredAny>,
    pub indicators: Vec<FileIndicator>,
    pub regions: Vec<FileRegion>,
}

/// A text that may be given once for all languages (a source's original title) or per language.
#[derive(Debug)]
pub(super) enum FileText {
    Same(String),
    PerLang(Text),
}

// By hand rather than `#[serde(untagged)]`, which buffers every value to try each variant in
// turn and loses the error's detail: a string is one text, an object is per language.
impl<'de> Deserialize<'de> for FileText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = FileText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or an object with kk, ru and en")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FileText, E> {
                Ok(FileText::Same(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<FileText, A::Error> {
                Text::deserialize(de::value::MapAccessDeserializer::new(map)).map(FileText::PerLang)
            }
        }
        d.deserialize_any(TextVisitor)
    }
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
    pub publisher: FileText,
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

// By hand rather than derived: serde_json reads a derived enum as "a string or an object" and
// answers anything else (`"unit": 5`) with a bare "expected value"; a string visitor says a
// text was wanted.
impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        const UNITS: &[&str] = &["count", "percent", "number"];
        struct UnitVisitor;
        impl Visitor<'_> for UnitVisitor {
            type Value = Unit;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Unit, E> {
                match v {
                    "count" => Ok(Unit::Count),
                    "percent" => Ok(Unit::Percent),
                    "number" => Ok(Unit::Number),
                    _ => Err(E::unknown_variant(v, UNITS)),
                }
            }
        }
        d.deserialize_str(UnitVisitor)
    }
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
    pub values: Entries<Entries<Option<f64>>>,
}

/// A JSON object's members in file order, repeated keys included: validation refuses a value
/// given twice, where a map would silently keep the last one. (A plain `Vec` also keeps the
/// module free of a map type's code for the only two maps in the format.)
#[derive(Debug)]
pub(super) struct Entries<V>(pub Vec<(String, V)>);

impl<V> Default for Entries<V> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Entries<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<V> {
            type Value = Entries<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<V>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(EntriesVisitor(PhantomData))
    }
}
