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
    /// A physical line of a CSV file (1-based, counting the lines inside quoted fields), with
    /// the header text of the column when the problem is in one cell.
    Cell { line: usize, column: Option<String> },
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
    /// A value or population above [`MAX_VALUE`](super::MAX_VALUE).
    ValueTooLarge(f64),
    /// Regions × years × indicators above [`MAX_CELLS`](super::MAX_CELLS).
    TooManyCells {
        regions: usize,
        years: usize,
        indicators: usize,
    },
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    EmptyInput,
    /// CSV: the bytes are neither UTF-8 nor plausible Windows-1251 text.
    NotText,
    /// CSV: a header but no data rows.
    NoDataRows,
    NoRegionColumn,
    NoIndicatorColumns,
    TooManyRows {
        limit: usize,
    },
    /// CSV: a row with a different number of cells than the header.
    RaggedRow {
        found: usize,
        expected: usize,
    },
    /// CSV: values in a column whose header cell is empty (1-based column number).
    UnnamedColumn(usize),
    /// CSV: a column that holds the same thing as an earlier one, named by its header.
    DuplicateColumn(String),
    MissingRegion,
    UnknownRegion {
        name: String,
        suggestion: Option<String>,
    },
    /// CSV: a second region column naming another region than the column given here.
    RegionMismatch(String),
    /// CSV: the same region (and year) on an earlier line.
    DuplicateRegion {
        name: String,
        year: Option<i32>,
        first_line: usize,
    },
    /// CSV cells keep their text as written, so the message quotes what the reader typed.
    NotANumber(String),
    PercentSign(String),
    NegativeCell(String),
    NotWhole(String),
    OverHundred(String),
    /// CSV: a value or population above [`MAX_VALUE`](super::MAX_VALUE), as written.
    CellTooLarge(String),
    /// CSV: no year column, no `# year:` line and no year from the caller.
    NoYear,
    UnknownMetadata(String),
    MetadataTwice(String),
    BadMetadataValue {
        key: String,
        value: String,
    },
    /// The CSV reader's own (English) description.
    CsvSyntax(String),
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
            Location::Cell { line, column } => {
                let line = line.to_string();
                let at = match column {
                    Some(column) => {
                        Msg::CsvAtLineColumn.fill(lang, &[("line", &line), ("column", column)])
                    }
                    None => Msg::CsvAtLine.fill(lang, &[("line", &line)]),
                };
                format!("{at}: {what}")
            }
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
            ErrorKind::ValueTooLarge(v) => Msg::ValueTooLarge.fill(
                lang,
                &[("value", &number(*v)), ("limit", &number(super::MAX_VALUE))],
            ),
            ErrorKind::TooManyCells {
                regions,
                years,
                indicators,
            } => {
                let count = |n: usize| format_number(n as f64, 0, lang);
                Msg::TooManyCells.fill(
                    lang,
                    &[
                        ("regions", &count(*regions)),
                        ("years", &count(*years)),
                        ("indicators", &count(*indicators)),
                        ("limit", &count(super::MAX_CELLS)),
                    ],
                )
            }
            ErrorKind::TooLarge { bytes, limit } => {
                let mb = |b: usize| format_number(b as f64 / 1_048_576.0, 1, lang);
                Msg::TooLarge.fill(lang, &[("size", &mb(*bytes)), ("limit", &mb(*limit))])
            }
            ErrorKind::EmptyInput => Msg::EmptyInput.text(lang).to_owned(),
            ErrorKind::NotText => Msg::CsvNotText.text(lang).to_owned(),
            ErrorKind::NoDataRows => Msg::CsvNoDataRows.text(lang).to_owned(),
            ErrorKind::NoRegionColumn => Msg::CsvNoRegionColumn.text(lang).to_owned(),
            ErrorKind::NoIndicatorColumns => Msg::CsvNoIndicatorColumns.text(lang).to_owned(),
            ErrorKind::TooManyRows { limit } => {
                let limit = format_number(*limit as f64, 0, lang);
                Msg::CsvTooManyRows.fill(lang, &[("limit", &limit)])
            }
            ErrorKind::RaggedRow { found, expected } => Msg::CsvRaggedRow.fill(
                lang,
                &[
                    ("found", &found.to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
            ErrorKind::UnnamedColumn(n) => {
                Msg::CsvUnnamedColumn.fill(lang, &[("number", &n.to_string())])
            }
            ErrorKind::DuplicateColumn(first) => {
                Msg::CsvDuplicateColumn.fill(lang, &[("column", first)])
            }
            ErrorKind::MissingRegion => Msg::CsvMissingRegion.text(lang).to_owned(),
            ErrorKind::UnknownRegion { name, suggestion } => match suggestion {
                Some(s) => {
                    Msg::CsvUnknownRegionSuggest.fill(lang, &[("name", name), ("suggestion", s)])
                }
                None => Msg::CsvUnknownRegion.fill(lang, &[("name", name)]),
            },
            ErrorKind::RegionMismatch(column) => {
                Msg::CsvRegionMismatch.fill(lang, &[("column", column)])
            }
            ErrorKind::DuplicateRegion {
                name,
                year,
                first_line,
            } => {
                let first = first_line.to_string();
                match year {
                    Some(y) => Msg::CsvDuplicateRegionYear.fill(
                        lang,
                        &[("name", name), ("year", &y.to_string()), ("line", &first)],
                    ),
                    None => Msg::CsvDuplicateRegion.fill(lang, &[("name", name), ("line", &first)]),
                }
            }
            ErrorKind::NotANumber(v) => Msg::CsvNotANumber.fill(lang, &[("value", v)]),
            ErrorKind::PercentSign(v) => Msg::CsvPercentSign.fill(lang, &[("value", v)]),
            ErrorKind::NegativeCell(v) => Msg::CsvNegative.fill(lang, &[("value", v)]),
            ErrorKind::NotWhole(v) => Msg::CsvNotWhole.fill(lang, &[("value", v)]),
            ErrorKind::OverHundred(v) => Msg::CsvOverHundred.fill(lang, &[("value", v)]),
            ErrorKind::CellTooLarge(v) => {
                Msg::CsvTooLarge.fill(lang, &[("value", v), ("limit", &number(super::MAX_VALUE))])
            }
            ErrorKind::NoYear => Msg::CsvNoYear.text(lang).to_owned(),
            ErrorKind::UnknownMetadata(key) => Msg::CsvUnknownMetadata.fill(lang, &[("key", key)]),
            ErrorKind::MetadataTwice(key) => Msg::CsvMetadataTwice.fill(lang, &[("key", key)]),
            ErrorKind::BadMetadataValue { key, value } => {
                Msg::CsvBadMetadataValue.fill(lang, &[("key", key), ("value", value)])
            }
            ErrorKind::CsvSyntax(detail) => Msg::CsvSyntax.fill(lang, &[("detail", detail)]),
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
