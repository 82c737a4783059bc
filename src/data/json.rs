//! Reading the v1 JSON format, with errors that point at the line, column and field.

use super::error::{DataError, ErrorKind, Location};
use super::format::FileDataset;
use super::json_problem::{split_at_last, JsonProblem, Shape};
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
    // Text the browser decoded from bytes that are not UTF-8 holds U+FFFD where they were:
    // read on, the names would be drawn as "���" beside correct bars.
    if let Some((at, _)) = text.char_indices().find(|&(_, c)| c == '\u{fffd}') {
        let (line, column) = text_position(text, at);
        let location = Location::Text {
            line,
            column,
            path: None,
        };
        return Err(DataError::new(ErrorKind::NotUtf8, location));
    }
    // A control character written as an escape is no text: drawn as nothing, it made the SVG
    // export a file XML readers refuse.
    if let Some((at, code)) = control_escape(text) {
        let (line, column) = text_position(text, at);
        let location = Location::Text {
            line,
            column,
            path: None,
        };
        return Err(DataError::new(ErrorKind::ControlCharacter(code), location));
    }
    // serde reads a struct from a list too, field by field, and would then complain about
    // the first element's type; a list here is a file of the wrong shape.
    let start = text.len() - text.trim_start_matches(JSON_SPACE).len();
    if text[start..].starts_with('[') {
        let (line, column) = text_position(text, start);
        let kind = ErrorKind::Json(JsonProblem::WrongType {
            expected: Shape::Object,
            found: Shape::List,
        });
        let location = Location::Text {
            line,
            column,
            path: None,
        };
        return Err(DataError::new(kind, location));
    }
    let file: FileDataset = serde_json::from_str(text).map_err(|e| {
        // Not "unknown field 'kind'" for a file that is no dataset at all (the list of regions
        // next to the datasets was taken for one): without the two fields every dataset has,
        // not even misspelt, the file is something else rather than a dataset with a mistake.
        if e.is_data() && !text.contains("\"format\"") && !text.contains("\"indicators\"") {
            DataError::new(ErrorKind::NotADataset, Location::Input)
        } else {
            located(&e, text)
        }
    })?;
    validate(file)
}

/// The whitespace JSON allows between tokens (not Unicode's: a no-break space is an error).
const JSON_SPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// The first escape in `text` of a character no text holds, and its code: controls other than
/// tab and line breaks (`\u0000`, `\b`, `\f`), and U+FFFE and U+FFFF, which XML refuses too.
/// An escaped backslash (`\\u0000`) is two characters of text.
fn control_escape(text: &str) -> Option<(usize, u32)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let code = match bytes[i + 1] {
            b'b' => Some(8),
            b'f' => Some(12),
            b'u' => text.get(i + 2..i + 6).and_then(|hex| {
                hex.chars()
                    .try_fold(0, |code, c| Some(code * 16 + c.to_digit(16)?))
            }),
            _ => None,
        };
        let control = |c: u32| c < 0x20 && !matches!(c, 9 | 10 | 13) || c >= 0xfffe;
        if let Some(code) = code.filter(|&c| control(c)) {
            return Some((i, code));
        }
        i += 2;
    }
    None
}

/// The line and column (1-based; columns in characters, as editors count them) of the
/// character byte `at` belongs to; `at` may be the end of the text.
fn text_position(text: &str, at: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    let line_start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    let starts = |s: &[u8]| s.iter().filter(|&&b| (b as i8) >= -0x40).count();
    let column = match bytes.get(at) {
        // Up to and including the character that holds the byte.
        Some(_) => starts(&bytes[line_start..=at]),
        None => starts(&bytes[line_start..]) + 1,
    };
    (line, column)
}

/// Whether the error at byte `at` is a number written in a spreadsheet's style: `1,5` (in an
/// object, where serde_json then wants a key), `1 000` (with a space or a no-break space),
/// `+5`. serde_json only sees the token that breaks the grammar, so its own words mislead.
fn number_style(text: &str, at: usize) -> bool {
    let Some((before, after)) = text.split_at_checked(at) else {
        return false;
    };
    let digit_after = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    let ends_in_digit = |s: &str| s.ends_with(|c: char| c.is_ascii_digit());
    if let Some(rest) = after.strip_prefix('+') {
        return digit_after(rest);
    }
    if after.starts_with(['\u{a0}', '\u{202f}']) {
        return ends_in_digit(before);
    }
    digit_after(after)
        && (ends_in_digit(before.trim_end_matches(' ')) && before.ends_with(' ')
            || before.strip_suffix(',').is_some_and(ends_in_digit))
}

fn located(err: &serde_json::Error, text: &str) -> DataError {
    let full = err.to_string();
    // serde_json appends " at line L column C"; the location is reported separately.
    let detail = split_at_last(&full, " at line ").map_or(full.as_str(), |(detail, _)| detail);
    let syntax = !err.is_data();
    // serde_json counts columns in bytes, and gives a line break column 0 of the next line;
    // editors count characters, and a Kazakh name before the error would move it by one
    // per letter. `at` is the byte the parser stopped on.
    let line_start: usize = text
        .split_inclusive('\n')
        .take(err.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let at = (line_start + err.column()).saturating_sub(1);
    let path = field_at(text, at, syntax);
    let mut problem = JsonProblem::read(detail, syntax);
    if matches!(
        problem,
        JsonProblem::KeyNotString | JsonProblem::ExpectedComma { .. } | JsonProblem::ExpectedValue
    ) && number_style(text, at)
    {
        problem = JsonProblem::NumberStyle;
    }
    let (line, column) = text_position(text, at);
    let location = Location::Text { line, column, path };
    DataError::new(ErrorKind::Json(problem), location)
}

/// The field path (`regions[0].values.2023.ngo`) where serde_json stopped, at byte `at`.
///
/// serde_json names the line and column of an error but not the field; a wrapping
/// deserializer that tracks the path costs more code than the rest of the JSON reading, so
/// the path is recovered afterwards from the text, which is well-formed up to the error: a
/// scan that only follows brackets, keys, commas and where values end. A type error is
/// reported just after the value it refuses, so its field is the last key read; a syntax
/// error names a field only while that field's value is still being read.
fn field_at(text: &str, at: usize, syntax: bool) -> Option<String> {
    // The parser stopped on the offending character of a syntax error, which is not read,
    // and on the last one of the refused value of a type error, which is.
    let end = if syntax { at } else { at + 1 }.min(text.len());
    let bytes = &text.as_bytes()[..end];

    enum Frame<'a> {
        Object {
            key: Option<&'a [u8]>,
            /// After the key's colon…
            in_value: bool,
            /// …and after the end of its value.
            done: bool,
        },
        Array {
            index: usize,
        },
    }
    let value_done = |stack: &mut Vec<Frame>| {
        if let Some(Frame::Object { done, .. }) = stack.last_mut() {
            *done = true;
        }
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut in_scalar = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_scalar && matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b',' | b'}' | b']') {
            in_scalar = false;
            value_done(&mut stack);
        }
        match b {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                match stack.last_mut() {
                    Some(Frame::Object {
                        key,
                        in_value: false,
                        ..
                    }) => *key = Some(&bytes[start..i.min(bytes.len())]),
                    _ => value_done(&mut stack),
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                in_value: false,
                done: false,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
                value_done(&mut stack);
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object {
                    key,
                    in_value,
                    done,
                }) => (*key, *in_value, *done) = (None, false, false),
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b' ' | b'\t' | b'\r' | b'\n' => {}
            _ => in_scalar = true,
        }
        i += 1;
    }

    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object {
                key: Some(_),
                done: true,
                ..
            } if syntax => break,
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&String::from_utf8_lossy(key));
            }
            Frame::Object { key: None, .. } => break,
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    (!path.is_empty()).then_some(path)
}
