//! Why a dataset was refused, and where.

use crate::locale::{format_number, Lang, Msg};
use std::fmt;

/// Where in the input a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A position in the text (1-based), with the field path when known (`regions[0].id`).
    Text {
        line: usize,
        column: usize,
        path: Option<String>,
    },
    /// A field of an otherwise well-formed file.
    Field(String),
    /// The input as a whole.
    Input,
}

/// What is wrong. Values are kept raw so each language can write them its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// Not JSON at all; the detail is the parser's own (English) description.
    JsonSyntax(String),
    /// JSON, but a field has the wrong type or is missing; the detail is the parser's.
    WrongType(String),
    UnsupportedFormat(String),
    MissingText,
    MissingSourceField(&'static str),
    SourceNeedsLink,
    NoIndicators,
    NoRegions,
    EmptyId,
    DuplicateId(String),
    UnknownIndicator(String),
    BadYear(String),
    NegativeValue(f64),
    FractionalCount(f64),
    PercentRange(f64),
    BadPopulation(f64),
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    EmptyInput,
}

/// A dataset that cannot be drawn, with where and why.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub kind: ErrorKind,
    pub location: Location,
}

impl DataError {
    pub fn new(kind: ErrorKind, location: Location) -> Self {
        DataError { kind, location }
    }

    pub fn at_field(kind: ErrorKind, path: impl Into<String>) -> Self {
        DataError::new(kind, Location::Field(path.into()))
    }

    /// The full message in `lang`: where, then what (`line 3, column 15: …`).
    pub fn message(&self, lang: Lang) -> String {
        let what = self.what(lang);
        match &self.location {
            Location::Text { line, column, path } => {
                let (line, column) = (line.to_string(), column.to_string());
                let at = Msg::AtLineColumn.fill(lang, &[("line", &line), ("column", &column)]);
                match path {
                    Some(path) => {
                        let field = Msg::AtField.fill(lang, &[("path", path)]);
                        format!("{at} ({field}): {what}")
                    }
                    None => format!("{at}: {what}"),
                }
            }
            Location::Field(path) => {
                format!("{}: {what}", Msg::AtField.fill(lang, &[("path", path)]))
            }
            Location::Input => what,
        }
    }

    fn what(&self, lang: Lang) -> String {
        let number = |v: f64| format_number(v, if v.fract() == 0.0 { 0 } else { 2 }, lang);
        match &self.kind {
            ErrorKind::JsonSyntax(detail) => Msg::JsonSyntax.fill(lang, &[("detail", detail)]),
            ErrorKind::WrongType(detail) => Msg::WrongType.fill(lang, &[("detail", detail)]),
            ErrorKind::UnsupportedFormat(found) => {
                Msg::UnsupportedFormat.fill(lang, &[("found", found)])
            }
            ErrorKind::MissingText => Msg::MissingText.text(lang).to_owned(),
            ErrorKind::MissingSourceField(field) => {
                Msg::MissingSourceField.fill(lang, &[("field", field)])
            }
            ErrorKind::SourceNeedsLink => Msg::SourceNeedsLink.text(lang).to_owned(),
            ErrorKind::NoIndicators => Msg::NoIndicators.text(lang).to_owned(),
            ErrorKind::NoRegions => Msg::NoRegions.text(lang).to_owned(),
            ErrorKind::EmptyId => Msg::EmptyId.text(lang).to_owned(),
            ErrorKind::DuplicateId(id) => Msg::DuplicateId.fill(lang, &[("id", id)]),
            ErrorKind::UnknownIndicator(id) => Msg::UnknownIndicator.fill(lang, &[("id", id)]),
            ErrorKind::BadYear(year) => Msg::BadYear.fill(lang, &[("year", year)]),
            ErrorKind::NegativeValue(v) => Msg::NegativeValue.fill(lang, &[("value", &number(*v))]),
            ErrorKind::FractionalCount(v) => {
                Msg::FractionalCount.fill(lang, &[("value", &number(*v))])
            }
            ErrorKind::PercentRange(v) => Msg::PercentRange.fill(lang, &[("value", &number(*v))]),
            ErrorKind::BadPopulation(v) => Msg::BadPopulation.fill(lang, &[("value", &number(*v))]),
            ErrorKind::TooLarge { bytes, limit } => {
                let mb = |b: usize| format_number(b as f64 / 1_048_576.0, 1, lang);
                Msg::TooLarge.fill(lang, &[("size", &mb(*bytes)), ("limit", &mb(*limit))])
            }
            ErrorKind::EmptyInput => Msg::EmptyInput.text(lang).to_owned(),
        }
    }
}

/// English, for logs and `?` in tests; the widget always calls [`DataError::message`].
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DataError {}
