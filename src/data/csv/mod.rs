//! CSV datasets: the tables people already keep in spreadsheets.
//!
//! Regional statistics in Kazakhstan travel as Excel sheets exported to CSV (`;`-separated,
//! often in Windows-1251, numbers written `1 234` or `5,2`), so a CSV file is read as it is
//! written rather than asking the reader to convert it: the encoding, delimiter, region
//! names and number styles are recognised, and everything that cannot be read with
//! certainty is refused with its line and column, in the reader's language. The format and
//! the policy are described in `data/README.md`.
//!
//! Reading happens in layers, each testable alone: bytes to text ([`decode`]), text to
//! located records ([`read`]), a long table (a row per indicator) to a wide one ([`long`]),
//! as is a header in two rows, indicators over years ([`grouped`]),
//! the header to column roles ([`columns`]), `#` lines to the title and source
//! ([`metadata`]), a first look at every cell ([`first_look`]), notes under the table
//! ([`footnote`]), region names to the registry ([`regions`]), each row checked and gathered
//! ([`rows`]), and all of it to a [`Dataset`] ([`build`]).

mod build;
mod columns;
mod decode;

pub use decode::LegacyDecoder;
pub use problem::CsvProblem;
mod first_look;
mod fold;
mod footnote;
mod grouped;
mod long;
mod metadata;
mod problem;
mod read;
mod regions;
mod rows;

pub use read::{read_table, CsvRecord, CsvTable};

use super::{DataError, Dataset};
use crate::locale::Lang;

/// The most data rows a CSV file may have. Kazakhstan has 20 first-level units, so even a
/// century of yearly figures is a few thousand rows; the limit stops a wrong file (a whole
/// database export) from freezing a phone, with a message instead.
pub const MAX_ROWS: usize = 200_000;

/// How many problems a refused file reports: enough to fix a column in one go, few enough
/// to read.
pub const MAX_ERRORS: usize = 10;

/// What a bare CSV file does not say about itself.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct CsvMeta {
    /// The file's name, shown as the title and the source when the file names none.
    pub file_name: String,
    /// The reader's language: breaks ties when guessing the language of region names, and
    /// decides whether `1,234` is 1234 (en) or 1.234 (kk, ru) only in a file whose other
    /// numbers and delimiter do not show it.
    pub lang: Lang,
    /// The year of the figures, for a file with neither a year column nor a `# year:` line.
    pub year: Option<i32>,
    /// How Windows-1251 bytes become text (see [`LegacyDecoder`]).
    pub windows_1251: LegacyDecoder,
}

impl CsvMeta {
    pub fn new(file_name: impl Into<String>, lang: Lang) -> Self {
        CsvMeta {
            file_name: file_name.into(),
            lang,
            year: None,
            windows_1251: decode::windows_1251,
        }
    }

    /// The same, decoding Windows-1251 with `decoder` (the browser's, in WebAssembly).
    pub fn with_windows_1251(mut self, decoder: LegacyDecoder) -> Self {
        self.windows_1251 = decoder;
        self
    }

    /// The same, with the year of the figures.
    pub fn with_year(mut self, year: i32) -> Self {
        self.year = Some(year);
        self
    }
}

/// Reads and checks a CSV dataset.
///
/// On failure, returns every problem found, up to [`MAX_ERRORS`], each with its line and
/// column; no row is ever left out silently.
pub fn parse_csv(bytes: &[u8], meta: &CsvMeta) -> Result<Dataset, Vec<DataError>> {
    let text = read::text_of(bytes, meta.windows_1251).map_err(|e| vec![e])?;
    let opened = read::open(&text).map_err(|e| vec![e])?;
    build::build(opened, meta)
}
