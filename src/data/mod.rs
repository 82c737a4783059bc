//! Datasets: the file format, its parsing and its validation.
//!
//! Files arrive in a loose, human-edited shape ([`format`]); [`validate`] checks every rule a
//! chart relies on and turns them into an indexed [`Dataset`], so nothing downstream has to
//! re-check a value or handle a dangling id. Errors carry where they happened (line, column,
//! field path) and are worded in the reader's language by [`DataError::message`].
//!
//! This module knows nothing of measures, geometry or drawing.

#[cfg(feature = "csv")]
mod csv;
mod dataset;
mod error;
mod format;
mod json;
mod json_problem;
#[cfg(feature = "csv")]
mod number;
pub mod registry;
mod validate;

#[cfg(feature = "csv")]
pub use self::csv::{parse_csv, CsvMeta, CsvProblem, LegacyDecoder, MAX_ERRORS, MAX_ROWS};
#[doc(hidden)]
#[cfg(feature = "csv")]
pub use self::csv::{read_table as read_csv_table, CsvRecord, CsvTable};
pub use dataset::{Dataset, Indicator, Population, Region, Source, Text, Unit};
pub use error::{DataError, ErrorKind, Location};
pub use json::parse_json;
pub use json_problem::{JsonProblem, Shape};

/// The largest input accepted, in bytes. A bigger file is refused with a message rather than
/// left to exhaust a phone's memory.
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// The largest value (and population) a dataset may hold: 10¹⁵, far above any count,
/// population or sum in tenge a regional statistic has, and low enough that every total,
/// rate and share a chart computes from such values stays a finite number.
pub const MAX_VALUE: f64 = 1e15;

/// The fewest residents a region of Kazakhstan's registry may have. The smallest,
/// Ulytau Region, has over 200 000; a figure below 10 000 is a population given in thousands
/// (607 for 607 000), which made every rate per 10 000 residents a thousand times too high.
pub const MIN_REGION_POPULATION: f64 = 10_000.0;

/// The years a dataset's figures may be of, in every format: a year outside is a typo
/// ("23", "20233") or not a year.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The most values a dataset may have room for: regions × years × indicators. Values are
/// kept in one block of that size and a chart can draw regions × indicators marks, so a small
/// file naming many regions, years and indicators would otherwise ask for gigabytes (230 KB of
/// JSON with 3 000 regions and indicators over 201 years asked for 29 GB and aborted). All 20
/// regions with yearly figures for 1900–2100 and 60 indicators fit; a chart at the limit
/// still draws in well under a second natively.
pub const MAX_CELLS: usize = 250_000;
