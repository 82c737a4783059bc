//! Why a CSV file was refused, worded for the person who exported it.
//!
//! These problems exist only where CSV is read: the module without the `csv` feature (the
//! browser module for pages of JSON datasets) leaves them and their phrases out.

use crate::data::MAX_VALUE;
use crate::locale::{format_number, Lang, Msg};

/// What is wrong in a CSV file. Cells keep their text as written, so a message quotes what
/// the reader typed.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvProblem {
    /// The bytes are neither UTF-8 nor plausible Windows-1251 text.
    NotText,
    /// An Excel workbook (.xlsx, .xls) under a `.csv` name.
    Workbook,
    /// A web page (HTML), as "export to Excel" buttons save tables.
    WebPage,
    /// A header but no data rows.
    NoDataRows,
    /// `#` lines and nothing under them.
    OnlyMetadata,
    NoRegionColumn,
    /// No region column, but one of districts (`Район`, `Аудан`), which a CSV cannot match.
    Districts,
    NoIndicatorColumns,
    TooManyRows {
        limit: usize,
    },
    /// A quote opened in the row and not closed before the file's end.
    OpenQuote,
    /// A row with a different number of cells than the header.
    RaggedRow {
        found: usize,
        expected: usize,
    },
    /// Values in a column whose header cell is empty (1-based column number).
    UnnamedColumn(usize),
    /// A column that holds the same thing as an earlier one, named by its header.
    DuplicateColumn(String),
    MissingRegion,
    /// An empty cell in the year column.
    MissingYear,
    UnknownRegion {
        name: String,
        suggestion: Option<String>,
    },
    /// South Kazakhstan Region (`ЮКО`), as written: since 2018 Turkistan Region and the city
    /// of Shymkent.
    SouthKazakhstan(String),
    /// A second region column naming another region than the first: the first column's
    /// header and text, and this one's text.
    RegionMismatch {
        column: String,
        there: String,
        here: String,
    },
    /// The same region (and year) on an earlier line.
    DuplicateRegion {
        name: String,
        year: Option<i32>,
        first_line: usize,
    },
    /// A long table's indicator given twice for one region and year.
    DuplicateValue {
        indicator: String,
        first_line: usize,
    },
    /// A value in a long table whose row names no indicator.
    MissingIndicator,
    NotANumber(String),
    /// A number in Excel's shortened form (`1,23457E+11`).
    Exponent(String),
    /// One of Excel's formula errors (`#DIV/0!`, `#ЗНАЧ!`, `#N/A`), saved as the cell's text.
    FormulaError(String),
    /// A letter that looks like a digit among digits (`1 15О` with a Cyrillic О).
    Lookalike(String, char),
    PercentSign(String),
    NegativeCell(String),
    NotWhole(String),
    /// A count written `1,204` in a file where the comma is a decimal mark.
    NotWholeComma(String),
    OverHundred(String),
    /// A value or population above [`MAX_VALUE`], as written.
    CellTooLarge(String),
    /// No year column, no `# year:` line and no year from the caller.
    NoYear,
    /// A header with a column per year (`2021, 2022`) and indicator columns besides: the
    /// years, and the indicators' headers (`Оценка`).
    YearsAsColumns(String, String),
    UnknownMetadata(String),
    MetadataTwice(String),
    BadMetadataValue {
        key: String,
        value: String,
    },
    /// A record the csv crate refuses. Reading a decoded text with rows of any length, it has
    /// none to give (its errors are of bytes, I/O and fixed row lengths), so this is a guard,
    /// worded without the crate's English (whose formatting would bring std::io's in).
    Unreadable,
    /// Letters written as `?` (`??ір`): Excel saved Kazakh text as Windows-1251, which has
    /// no ә, ғ, қ, ң, ө, ұ, ү, һ, і. The text as found.
    LostLetters(String),
}

impl CsvProblem {
    /// The problem in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            CsvProblem::NotText => Msg::CsvNotText.text(lang).to_owned(),
            CsvProblem::Workbook => Msg::CsvWorkbook.text(lang).to_owned(),
            CsvProblem::WebPage => Msg::CsvWebPage.text(lang).to_owned(),
            CsvProblem::NoDataRows => Msg::CsvNoDataRows.text(lang).to_owned(),
            CsvProblem::OnlyMetadata => Msg::CsvOnlyMetadata.text(lang).to_owned(),
            CsvProblem::NoRegionColumn => Msg::CsvNoRegionColumn.text(lang).to_owned(),
            CsvProblem::Districts => Msg::CsvDistricts.text(lang).to_owned(),
            CsvProblem::NoIndicatorColumns => Msg::CsvNoIndicatorColumns.text(lang).to_owned(),
            CsvProblem::TooManyRows { limit } => {
                let limit = format_number(*limit as f64, 0, lang);
                Msg::CsvTooManyRows.fill(lang, &[("limit", &limit)])
            }
            CsvProblem::OpenQuote => Msg::CsvOpenQuote.text(lang).to_owned(),
            CsvProblem::RaggedRow { found, expected } => Msg::CsvRaggedRow.fill(
                lang,
                &[
                    ("found", &found.to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
            CsvProblem::UnnamedColumn(n) => {
                Msg::CsvUnnamedColumn.fill(lang, &[("number", &n.to_string())])
            }
            CsvProblem::DuplicateColumn(first) => {
                Msg::CsvDuplicateColumn.fill(lang, &[("column", first)])
            }
            CsvProblem::MissingRegion => Msg::CsvMissingRegion.text(lang).to_owned(),
            CsvProblem::MissingYear => Msg::CsvMissingYear.text(lang).to_owned(),
            CsvProblem::SouthKazakhstan(name) => {
                Msg::CsvSouthKazakhstan.fill(lang, &[("name", name)])
            }
            CsvProblem::UnknownRegion { name, suggestion } => match suggestion {
                Some(s) => {
                    Msg::CsvUnknownRegionSuggest.fill(lang, &[("name", name), ("suggestion", s)])
                }
                None => Msg::CsvUnknownRegion.fill(lang, &[("name", name)]),
            },
            CsvProblem::RegionMismatch {
                column,
                there,
                here,
            } => {
                let args = [("column", column), ("there", there), ("here", here)];
                Msg::CsvRegionMismatch.fill(lang, &args.map(|(k, v)| (k, v.as_str())))
            }
            CsvProblem::DuplicateRegion {
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
            CsvProblem::DuplicateValue {
                indicator,
                first_line,
            } => Msg::CsvDuplicateValue.fill(
                lang,
                &[("indicator", indicator), ("line", &first_line.to_string())],
            ),
            CsvProblem::MissingIndicator => Msg::CsvMissingIndicator.text(lang).to_owned(),
            CsvProblem::NotANumber(v) => Msg::CsvNotANumber.fill(lang, &[("value", v)]),
            CsvProblem::Exponent(v) => Msg::CsvExponent.fill(lang, &[("value", v)]),
            CsvProblem::FormulaError(v) => Msg::CsvFormulaError.fill(lang, &[("value", v)]),
            CsvProblem::Lookalike(v, letter) => {
                Msg::CsvLookalike.fill(lang, &[("value", v), ("letter", &letter.to_string())])
            }
            CsvProblem::PercentSign(v) => Msg::CsvPercentSign.fill(lang, &[("value", v)]),
            CsvProblem::NegativeCell(v) => Msg::CsvNegative.fill(lang, &[("value", v)]),
            CsvProblem::NotWhole(v) => Msg::CsvNotWhole.fill(lang, &[("value", v)]),
            CsvProblem::NotWholeComma(v) => {
                let whole = v.replace(',', " ");
                Msg::CsvNotWholeComma.fill(lang, &[("value", v), ("whole", &whole)])
            }
            CsvProblem::OverHundred(v) => Msg::CsvOverHundred.fill(lang, &[("value", v)]),
            CsvProblem::CellTooLarge(v) => Msg::CsvTooLarge.fill(
                lang,
                &[("value", v), ("limit", &format_number(MAX_VALUE, 0, lang))],
            ),
            CsvProblem::NoYear => Msg::CsvNoYear.text(lang).to_owned(),
            CsvProblem::YearsAsColumns(years, names) => {
                Msg::CsvYearsAsColumns.fill(lang, &[("years", years), ("names", names)])
            }
            CsvProblem::UnknownMetadata(key) => Msg::CsvUnknownMetadata.fill(lang, &[("key", key)]),
            CsvProblem::MetadataTwice(key) => Msg::CsvMetadataTwice.fill(lang, &[("key", key)]),
            CsvProblem::BadMetadataValue { key, value } => {
                Msg::CsvBadMetadataValue.fill(lang, &[("key", key), ("value", value)])
            }
            CsvProblem::Unreadable => Msg::CsvUnreadable.text(lang).to_owned(),
            CsvProblem::LostLetters(text) => Msg::CsvLostLetters.fill(lang, &[("text", text)]),
        }
    }
}
