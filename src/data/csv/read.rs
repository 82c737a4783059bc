//! The reading layer: from bytes to a header and records that know their physical lines,
//! before any cell is given a meaning.
//!
//! Kept apart from the mapping to regions and numbers so that it can be checked against
//! other parsers' test suites (`tests/data/csv-spectrum/`), and so that a cell's line is
//! known exactly: a quoted field may span several lines, and an error on "line 7" must send
//! the reader to the seventh line their editor shows. Records are streamed, not collected,
//! so a large file costs memory for one row at a time.

use super::super::error::{DataError, ErrorKind, Location};
use super::super::MAX_INPUT_BYTES;
use super::columns::{names_region, year_of};
use super::decode::decode;
use super::CsvProblem;
use super::MAX_ROWS;
use std::borrow::Cow;

/// One record of a CSV file, with the physical line (1-based) it starts on.
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRecord {
    pub line: usize,
    pub fields: Vec<String>,
    /// Each field's line, in a record put together from several (a long table's rows, one
    /// indicator each); empty in a record as read.
    pub lines: Vec<usize>,
}

impl CsvRecord {
    /// The physical line that field `index` starts on: quoted fields before it may hold
    /// line breaks.
    pub fn line_of(&self, index: usize) -> usize {
        if let Some(&line) = self.lines.get(index) {
            return line;
        }
        let before: usize = self
            .fields
            .iter()
            .take(index)
            .map(|f| line_breaks(f.as_bytes()))
            .sum();
        self.line + before
    }

    /// This row, of another number of cells than its header's `expected`, as the problem at
    /// its line.
    pub(super) fn ragged(&self, expected: usize) -> DataError {
        let kind = CsvProblem::RaggedRow {
            found: self.fields.len(),
            expected,
        };
        let at = Location::Cell {
            line: self.line,
            column: None,
        };
        DataError::new(kind, at)
    }

    /// Each field's line (see `line_of`), counted in one pass.
    pub fn field_lines(&self) -> Vec<usize> {
        if !self.lines.is_empty() {
            return self.lines.clone();
        }
        let mut line = self.line;
        let mut lines = Vec::with_capacity(self.fields.len());
        for field in &self.fields {
            lines.push(line);
            line += line_breaks(field.as_bytes());
        }
        lines
    }

    /// Field `index` without the spaces around it; "" past the row's end.
    pub fn cell(&self, index: usize) -> &str {
        self.fields.get(index).map_or("", |s| s.trim())
    }

    /// A row with nothing in it, as spreadsheets export empty rows (`;;;`).
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.trim().is_empty())
    }
}

/// A whole CSV file as read, before regions, years and numbers are recognised.
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvTable {
    /// `#` lines above the header: their line and the text after the `#`.
    pub metadata: Vec<(usize, String)>,
    pub delimiter: u8,
    pub header: CsvRecord,
    pub records: Vec<CsvRecord>,
}

/// Decodes `bytes` and reads every record (for tests and tools; [`super::parse_csv`] streams).
#[doc(hidden)]
pub fn read_table(bytes: &[u8]) -> Result<CsvTable, DataError> {
    let text = text_of(bytes, super::decode::windows_1251)?;
    let opened = open(&text)?;
    let records = opened.records.collect::<Result<Vec<_>, _>>()?;
    Ok(CsvTable {
        metadata: opened.metadata,
        delimiter: opened.delimiter,
        header: opened.header,
        records,
    })
}

/// The file's text, refusing what is too large, not text, or empty.
pub(super) fn text_of(
    bytes: &[u8],
    windows_1251: super::decode::LegacyDecoder,
) -> Result<Cow<'_, str>, DataError> {
    if bytes.len() > MAX_INPUT_BYTES {
        let kind = ErrorKind::TooLarge {
            bytes: bytes.len(),
            limit: MAX_INPUT_BYTES,
        };
        return Err(DataError::new(kind, Location::Input));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DataError::new(ErrorKind::EmptyInput, Location::Input));
    }
    // A workbook renamed `.csv`: .xlsx is a zip archive, .xls an OLE2 compound file.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(DataError::new(CsvProblem::Workbook, Location::Input));
    }
    let text =
        decode(bytes, windows_1251).ok_or(DataError::new(CsvProblem::NotText, Location::Input))?;
    if text.trim().is_empty() {
        return Err(DataError::new(ErrorKind::EmptyInput, Location::Input));
    }
    // A portal's or 1C's "export to Excel" is often a web page named `.xls`: it had been
    // "line 1: no region column".
    if text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with('<')
    {
        return Err(DataError::new(CsvProblem::WebPage, Location::Input));
    }
    Ok(text)
}

/// A file opened for reading: what precedes the records, and the records to come.
pub(super) struct Opened<'t> {
    pub metadata: Vec<(usize, String)>,
    pub delimiter: u8,
    pub header: CsvRecord,
    pub records: Records<'t>,
    /// Titles above the header: rows with one cell filled in, as Excel keeps a sheet's
    /// heading above its table.
    pub preamble: Vec<String>,
    /// How many records (blank ones and titles) came before the header.
    skipped: usize,
}

/// What is seen of one of a file's first rows, to tell titles from the header: its filled
/// cells, whether it is a row of years (its first cell empty), and whether its first cell
/// names the region column.
type Look = (usize, bool, bool);

/// The most title rows looked past before a header.
const MAX_PREAMBLE: usize = 5;

/// Splits off the `#` lines, finds the delimiter and reads the header.
pub(super) fn open(text: &str) -> Result<Opened<'_>, DataError> {
    let mut metadata = Vec::new();
    let mut offset = 0;
    let mut lines_before = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        let note = trimmed.strip_prefix('#').map(str::to_owned);
        if let Some(rest) = note.or_else(|| quoted_note(trimmed)) {
            metadata.push((lines_before + 1, rest));
        } else if !trimmed.is_empty() {
            break;
        }
        offset += line.len();
        lines_before += 1;
    }
    let body = text.get(offset..).unwrap_or_default();
    let delimiter = detect_delimiter(body);
    let records = |lines_before| Records {
        inner: reader(body, delimiter).into_records(),
        body,
        lines_before,
        counted: (0, 1),
        rows: 0,
        pending: None,
    };
    let filled = |r: &CsvRecord| r.fields.iter().filter(|f| !f.trim().is_empty()).count();
    // A row of years (its first cell empty) is the second of a header in two rows.
    let years = |r: &CsvRecord| {
        r.cell(0).is_empty()
            && r.fields
                .iter()
                .all(|f| f.trim().is_empty() || year_of(f.trim()).is_some())
    };
    let counts: Vec<Look> = records(lines_before)
        .map_while(Result::ok)
        .filter(|r| !r.is_blank())
        .take(MAX_PREAMBLE + 1)
        .map(|r| (filled(&r), years(&r), names_region(r.cell(0))))
        .collect();
    let (header, mut records, preamble, skipped) =
        find_header(records(lines_before), titles(&counts))?;
    records.rows = 0;
    Ok(Opened {
        metadata,
        delimiter,
        header,
        records,
        preamble,
        skipped,
    })
}

/// The text after the `#` of a note Excel quoted because it holds the delimiter
/// (`"# title: Civil society, 2023",,,`): read as any other, where it was taken for a title
/// row and the source lines after it for nothing.
fn quoted_note(line: &str) -> Option<String> {
    let inner = line.strip_prefix("\"#")?;
    let mut text = String::new();
    let mut chars = inner.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '"' {
            text.push(c);
        } else if inner[i + 1..].starts_with('"') {
            text.push('"');
            chars.next();
        } else {
            let rest = &inner[i + 1..];
            let padding = |c: char| matches!(c, ';' | ',' | '\t') || c.is_whitespace();
            return rest.chars().all(padding).then_some(text);
        }
    }
    None
}

/// How many of the first rows, by their filled cells, are titles above the header. A header
/// names at least two columns (a region and an indicator), so a row with one cell is a
/// title (Excel keeps a sheet's heading above its table), and so is one with two above a row
/// with more (`Таблица 1;Количество НПО`, a table's number beside its heading), unless it
/// names the region column over a row of years: one indicator's `Регион;НПО;;` over
/// `;2021;2022;2023` heads a table in two rows (`grouped`), and had been taken for a title
/// above a header of years. A table of one column is read from its first row, to be refused
/// for what it lacks.
fn titles(counts: &[Look]) -> usize {
    let title = |i: usize| match counts[i] {
        (1, ..) => true,
        (2, _, region) => counts
            .get(i + 1)
            .is_some_and(|&(next, years, _)| next > 2 && !(years && region)),
        _ => false,
    };
    let n = (0..counts.len().min(MAX_PREAMBLE))
        .take_while(|&i| title(i))
        .count();
    if counts.get(n).is_some_and(|&(c, ..)| c >= 2) {
        n
    } else {
        0
    }
}

/// The first record that is not empty after `titles` non-empty ones: the header, the records
/// after it, the titles passed (each row's longest cell: the heading, not the table's
/// number), and how many records came before it.
fn find_header(
    mut records: Records<'_>,
    titles: usize,
) -> Result<(CsvRecord, Records<'_>, Vec<String>, usize), DataError> {
    let (mut preamble, mut skipped) = (Vec::new(), 0);
    loop {
        match records.next() {
            Some(Ok(record)) if record.is_blank() => {}
            Some(Ok(record)) if preamble.len() < titles => {
                let cells = record.fields.iter().map(|f| f.trim());
                let longest = cells.max_by_key(|f| f.chars().count()).unwrap_or_default();
                preamble.push(longest.to_owned());
            }
            Some(header) => return Ok((header?, records, preamble, skipped)),
            // Only `#` lines: there is no table at all ("the file is empty" had made a reader
            // look for what was lost).
            None => return Err(DataError::new(CsvProblem::OnlyMetadata, Location::Input)),
        }
        skipped += 1;
    }
}

impl Opened<'_> {
    /// The text the table was read from, header and records (for what its words show).
    pub(super) fn text(&self) -> &str {
        self.records.body
    }

    /// Calls `f` with each field of each record after the header and its column, without
    /// keeping them: a first look at the cells before they are read in earnest (how a file
    /// writes its numbers). Stops after [`MAX_ROWS`] records, as reading them does.
    pub(super) fn scan_fields(&self, mut f: impl FnMut(usize, &str)) {
        let mut reader = reader(self.records.body, self.delimiter);
        let mut record = ::csv::StringRecord::new();
        // The header and what came before it, as `open` found them.
        let (mut before, mut rows) = (self.skipped + 1, 0);
        while rows <= MAX_ROWS && matches!(reader.read_record(&mut record), Ok(true)) {
            if before > 0 {
                before -= 1;
                continue;
            }
            for (column, field) in record.iter().enumerate() {
                f(column, field);
            }
            rows += 1;
        }
    }
}

fn reader(body: &str, delimiter: u8) -> ::csv::Reader<&[u8]> {
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes())
}

/// The records after the header, each with its physical line; stops with an error after
/// [`MAX_ROWS`] of them.
pub(super) struct Records<'t> {
    inner: ::csv::StringRecordsIntoIter<&'t [u8]>,
    body: &'t str,
    lines_before: usize,
    /// A byte offset in `body` where a record starts, and the line (1-based) it is on.
    counted: (usize, usize),
    rows: usize,
    /// A record looked at before it is taken (`peek`).
    pending: Option<Result<CsvRecord, DataError>>,
}

impl Records<'_> {
    /// The line (1-based, in `body`) of the record the reader reports at byte `start`.
    ///
    /// The `csv` crate's own line numbers drift on CRLF files (it reports a record as
    /// starting at the `\n` of the previous line's `\r\n`; BurntSushi/rust-csv#395), so
    /// lines are counted here from the byte offset: a line break is `\r\n`, `\n` or a lone
    /// `\r`, as editors count them.
    fn line_at(&mut self, start: usize) -> usize {
        let bytes = self.body.as_bytes();
        let mut start = start.min(bytes.len());
        while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let (from, line) = self.counted;
        if start < from {
            return line;
        }
        let line = line + line_breaks(bytes.get(from..start).unwrap_or_default());
        self.counted = (start, line);
        line
    }
}

/// How many line breaks (`\r\n`, `\n` or a lone `\r`) `bytes` holds.
fn line_breaks(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut previous = 0u8;
    for &b in bytes {
        // A `\n` ends a line (alone or after `\r`); a `\r` not followed by `\n` does too.
        if b == b'\n' || previous == b'\r' {
            count += 1;
        }
        previous = if b == b'\n' { 0 } else { b };
    }
    count + usize::from(previous == b'\r')
}

impl Records<'_> {
    /// The next record, left to be taken: the row under a header, which may be its second
    /// row (`grouped`).
    pub(super) fn peek(&mut self) -> Option<&CsvRecord> {
        if self.pending.is_none() {
            self.pending = self.read();
        }
        self.pending.as_ref()?.as_ref().ok()
    }

    fn read(&mut self) -> Option<Result<CsvRecord, DataError>> {
        let record = self.inner.next()?;
        self.rows += 1;
        if self.rows > MAX_ROWS {
            let kind = CsvProblem::TooManyRows { limit: MAX_ROWS };
            return Some(Err(DataError::new(kind, Location::Input)));
        }
        Some(match record {
            Ok(record) => {
                let start = record.position().map_or(0, |p| p.byte() as usize);
                let line = self.line_at(start);
                Ok(CsvRecord {
                    line: self.lines_before + line,
                    fields: record.iter().map(str::to_owned).collect(),
                    lines: Vec::new(),
                })
            }
            Err(err) => {
                let start = err.position().map_or(0, |p| p.byte() as usize);
                let line = self.line_at(start);
                let location = Location::Cell {
                    line: self.lines_before + line,
                    column: None,
                };
                Err(DataError::new(CsvProblem::Unreadable, location))
            }
        })
    }
}

impl Iterator for Records<'_> {
    type Item = Result<CsvRecord, DataError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.pending.take().or_else(|| self.read())
    }
}

/// The delimiter among `;`, tab and `,` that splits the header into the most columns and
/// the next rows into as many; on a tie, `;` (Excel in Kazakhstan and Russia), then tab,
/// then `,`. Delimiters inside quotes do not count.
fn detect_delimiter(body: &str) -> u8 {
    const CANDIDATES: [u8; 3] = [b';', b'\t', b','];
    let score = |delimiter: u8| {
        // Title rows of one cell above the header are passed over, or a file with a bare title
        // line was split by a delimiter it does not use (none splits the title; tab split no
        // row at all, so it counted as consistent).
        let counts = field_counts(body, char::from(delimiter), 10 + MAX_PREAMBLE);
        let titles = counts
            .iter()
            .take(MAX_PREAMBLE)
            .take_while(|&&n| n == 1)
            .count();
        let counts = &counts[titles..];
        let header = counts.first().copied().unwrap_or(0);
        let consistent = counts.iter().all(|&n| n == header);
        (header > 1, consistent, header)
    };
    let mut best = CANDIDATES[0];
    let mut best_score = score(best);
    for &candidate in &CANDIDATES[1..] {
        let s = score(candidate);
        if s > best_score {
            best = candidate;
            best_score = s;
        }
    }
    best
}

/// How many fields `delimiter` makes in each of the first `records` non-empty records,
/// following quotes as RFC 4180 does (a doubled quote inside quotes toggles twice).
fn field_counts(body: &str, delimiter: char, records: usize) -> Vec<usize> {
    let mut counts = Vec::with_capacity(records);
    let (mut fields, mut in_quotes, mut empty) = (1, false, true);
    for c in body.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                empty = false;
            }
            '\n' | '\r' if !in_quotes => {
                if !empty {
                    counts.push(fields);
                    if counts.len() == records {
                        return counts;
                    }
                }
                (fields, empty) = (1, true);
            }
            _ if c == delimiter && !in_quotes => {
                fields += 1;
                empty = false;
            }
            _ => empty = false,
        }
    }
    if !empty {
        counts.push(fields);
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> CsvTable {
        read_table(text.as_bytes()).expect("readable")
    }

    #[test]
    fn delimiters_are_detected_from_the_header_outside_quotes() {
        assert_eq!(read("a;b;c\n1;2,5;3\n").delimiter, b';');
        assert_eq!(read("a\tb\n1\t2\n").delimiter, b'\t');
        assert_eq!(read("a,b\n1,2\n").delimiter, b',');
        assert_eq!(read("\"a;b\",c\n1,2\n").delimiter, b',');
        assert_eq!(read("Регион;Доля, %\nАбай;5,2\n").delimiter, b';');
        assert_eq!(read("Region,Share; %\nAbai,5.2\n").delimiter, b',');
    }

    #[test]
    fn lines_count_breaks_inside_quotes_and_metadata() {
        let t = read("# title: x\n\na,b\n\"1\n2\",3\n4,\"5\n\n6\"\n7,8\n");
        assert_eq!(t.metadata, [(1, " title: x".to_owned())]);
        assert_eq!(t.header.line, 3);
        let lines: Vec<usize> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, [4, 6, 9]);
        assert_eq!(t.records[1].line_of(1), 6);
        assert_eq!(t.records[0].line_of(1), 5);
    }

    #[test]
    fn lines_with_every_kind_of_line_break() {
        let lines = |text: &str| -> Vec<usize> {
            let t = read(text);
            std::iter::once(&t.header)
                .chain(&t.records)
                .map(|r| r.line)
                .collect()
        };
        assert_eq!(lines("a;b\n1;2\n3;4\n"), [1, 2, 3]);
        assert_eq!(lines("a;b\r\n1;2\r\n3;4\r\n"), [1, 2, 3]);
        assert_eq!(lines("a;b\r1;2\r3;4\r"), [1, 2, 3]);
        assert_eq!(
            lines("\r\n\r\na;b\r\n\r\n1;2\r\n\"3\r\nx\";4\r\n5;6"),
            [3, 5, 6, 8]
        );
        assert_eq!(lines("# x: y\r\na;b\r\n\"1\n\n\";2\r\n3;4"), [2, 3, 6]);
    }

    #[test]
    fn crlf_and_trailing_empty_lines() {
        let t = read("a;b\r\n1;2\r\n\r\n\r\n");
        assert_eq!(t.records.len(), 1);
        assert_eq!(t.records[0].fields, ["1", "2"]);
    }

    #[test]
    fn empty_and_header_only() {
        let kind = |text: &str| read_table(text.as_bytes()).map(|_| ()).unwrap_err().kind;
        assert_eq!(kind(""), ErrorKind::EmptyInput);
        assert_eq!(kind(" \r\n\n"), ErrorKind::EmptyInput);
        assert_eq!(kind("\u{feff}"), ErrorKind::EmptyInput);
        assert_eq!(kind("# title: x\n"), CsvProblem::OnlyMetadata.into());
        assert_eq!(read("a;b\n").records.len(), 0);
    }
}
