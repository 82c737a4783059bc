//! Why a dataset was refused, and where.

#[cfg(feature = "csv")]
use super::csv::CsvProblem;
use super::json_problem::JsonProblem;
use crate::locale::{carried, format_number, Lang, Msg};
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
    #[cfg(feature = "csv")]
    Cell { line: usize, column: Option<String> },
}

/// What is wrong. Values are kept raw so each language can write them its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// Not well-formed JSON, or a value of the wrong kind, or a field missing or unknown.
    Json(JsonProblem),
    UnsupportedFormat(String),
    MissingText,
    MissingSourceField(&'static str),
    SourceNeedsLink,
    /// A source's `url` that is no web address (`javascript:…`), as written.
    NotWebAddress(String),
    /// A control character written as an escape (`\u0000`, `\b`), by its code.
    ControlCharacter(u32),
    NoIndicators,
    NoRegions,
    EmptyId,
    DuplicateId(String),
    /// A region without a `name` whose id is not an ISO 3166-2:KZ code.
    NotARegionCode(String),
    /// A year or an indicator given twice in a region's values.
    GivenTwice(String),
    UnknownIndicator(String),
    BadYear(String),
    NegativeValue(f64),
    FractionalCount(f64),
    PercentRange(f64),
    BadPopulation(f64),
    /// A registry region's population below [`MIN_REGION_POPULATION`](super::MIN_REGION_POPULATION).
    PopulationInThousands(f64),
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
    /// Bytes that are not UTF-8, which the browser decoded to U+FFFD: a JSON file an editor
    /// saved as Windows-1251 ("ANSI"), whose names would be drawn as "���".
    NotUtf8,
    /// JSON without a `format` field that fails to read: some other file (a list of
    /// regions, another tool's export), not a dataset with one mistake.
    NotADataset,
    /// A CSV file that cannot be read as a table of regions and figures.
    #[cfg(feature = "csv")]
    Csv(CsvProblem),
}

#[cfg(feature = "csv")]
impl From<CsvProblem> for ErrorKind {
    fn from(problem: CsvProblem) -> Self {
        ErrorKind::Csv(problem)
    }
}

/// A dataset that cannot be drawn, with where and why.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub kind: ErrorKind,
    pub location: Location,
}

impl DataError {
    pub fn new(kind: impl Into<ErrorKind>, location: Location) -> Self {
        let kind = kind.into();
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
            #[cfg(feature = "csv")]
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
        // As typed, to the sixth decimal: `1.234` had been quoted as "1.23".
        let number = |v: f64| format_number(v, carried(v, 6), lang);
        match &self.kind {
            ErrorKind::Json(problem) => problem.describe(lang),
            ErrorKind::UnsupportedFormat(found) => {
                Msg::UnsupportedFormat.fill(lang, &[("found", found)])
            }
            ErrorKind::MissingText => Msg::MissingText.text(lang).to_owned(),
            ErrorKind::MissingSourceField(field) => {
                Msg::MissingSourceField.fill(lang, &[("field", field)])
            }
            ErrorKind::SourceNeedsLink => Msg::SourceNeedsLink.text(lang).to_owned(),
            ErrorKind::NotWebAddress(url) => Msg::NotWebAddress.fill(lang, &[("url", url)]),
            ErrorKind::ControlCharacter(code) => {
                // `U+000B`: four hexadecimal digits, written without the formatting machinery.
                let hex: String = (0..4)
                    .rev()
                    .map(|k| char::from(b"0123456789ABCDEF"[((code >> (4 * k)) & 15) as usize]))
                    .collect();
                Msg::ControlCharacter.fill(lang, &[("code", &hex)])
            }
            ErrorKind::NoIndicators => Msg::NoIndicators.text(lang).to_owned(),
            ErrorKind::NoRegions => Msg::NoRegions.text(lang).to_owned(),
            ErrorKind::EmptyId => Msg::EmptyId.text(lang).to_owned(),
            ErrorKind::DuplicateId(id) => Msg::DuplicateId.fill(lang, &[("id", id)]),
            ErrorKind::NotARegionCode(id) => Msg::NotARegionCode.fill(lang, &[("id", id)]),
            ErrorKind::GivenTwice(key) => Msg::GivenTwice.fill(lang, &[("key", key)]),
            ErrorKind::UnknownIndicator(id) => Msg::UnknownIndicator.fill(lang, &[("id", id)]),
            ErrorKind::BadYear(year) => Msg::BadYear.fill(lang, &[("year", year)]),
            ErrorKind::NegativeValue(v) => Msg::NegativeValue.fill(lang, &[("value", &number(*v))]),
            ErrorKind::FractionalCount(v) => {
                Msg::FractionalCount.fill(lang, &[("value", &number(*v))])
            }
            ErrorKind::PercentRange(v) => Msg::PercentRange.fill(lang, &[("value", &number(*v))]),
            ErrorKind::BadPopulation(v) => Msg::BadPopulation.fill(lang, &[("value", &number(*v))]),
            ErrorKind::PopulationInThousands(v) => Msg::PopulationInThousands.fill(
                lang,
                &[
                    ("value", &number(*v)),
                    ("full", &number((v * 1000.0).round())),
                ],
            ),
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
            ErrorKind::NotUtf8 => Msg::NotUtf8.text(lang).to_owned(),
            ErrorKind::NotADataset => Msg::NotADataset.text(lang).to_owned(),
            #[cfg(feature = "csv")]
            ErrorKind::Csv(problem) => problem.describe(lang),
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
