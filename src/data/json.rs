//! Reading the v1 JSON format, with errors that point at the line, column and field.

use super::error::{DataError, ErrorKind, Location};
use super::format::FileDataset;
use super::validate::validate;
use super::{Dataset, MAX_INPUT_BYTES};

/// Parses and validates a dataset from JSON text.
pub fn parse_json(text: &str) -> Result<Dataset, DataError> {
    if text.len() > MAX_INPUT_BYTES {
        let kind = ErrorKind::TooLarge {
            bytes: text.len(),
            limit: MAX_INPUT_BYTES,
        };
        return Err(DataError::new(kind, Location::Input));
    }
    // Editors on Windows save a byte-order mark that JSON parsers refuse.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(DataError::new(ErrorKind::EmptyInput, Location::Input));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let file: FileDataset = serde_path_to_error::deserialize(&mut de).map_err(located)?;
    de.end().map_err(|e| located_plain(&e))?;
    validate(file)
}

fn located(err: serde_path_to_error::Error<serde_json::Error>) -> DataError {
    let path = err.path().to_string();
    let inner = err.inner();
    let mut error = located_plain(inner);
    if let Location::Text { path: p, .. } = &mut error.location {
        // serde_path_to_error writes "." for the root and "?" where it lost track.
        if !matches!(path.as_str(), "" | "." | "?") {
            *p = Some(path);
        }
    }
    error
}

fn located_plain(err: &serde_json::Error) -> DataError {
    let full = err.to_string();
    // serde_json appends " at line L column C"; the location is reported separately.
    let detail = match full.rsplit_once(" at line ") {
        Some((detail, _)) => detail.to_owned(),
        None => full,
    };
    let kind = if err.is_data() {
        ErrorKind::WrongType(detail)
    } else {
        ErrorKind::JsonSyntax(detail)
    };
    let location = Location::Text {
        line: err.line(),
        column: err.column(),
        path: None,
    };
    DataError::new(kind, location)
}
