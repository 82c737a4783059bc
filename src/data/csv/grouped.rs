//! A header in two rows, as statistical tables are laid out in Excel: each indicator's name
//! over merged cells, and under it a column per year (`Регион;НПО;;СМИ;` over
//! `;2022;2023;2022;2023`). Read as the table with a row per region and year that the rest
//! of the reader knows: such a file had been refused with three messages (no year, a row
//! without a region, a column without a header), none of which named the cause.

use super::super::error::{DataError, Location};
use super::columns::year_of;
use super::long::Wide;
use super::read::CsvRecord;
use super::{CsvProblem, MAX_ERRORS};

/// For each column of `header`, the column naming its indicator (itself, or the nearest one
/// to its left, whose cell Excel merged over it) where `row`, the row under the header, is a
/// row of years: its first cell empty, every other one filled in a year, at least one under
/// merged cells, and no indicator given a year twice. `None` where it is not.
pub(super) fn years_under(header: &CsvRecord, row: &CsvRecord) -> Option<Vec<Option<usize>>> {
    if !row.cell(0).is_empty() || row.fields.len() != header.fields.len() {
        return None;
    }
    let mut named = None;
    let mut under = Vec::new();
    let mut merged = false;
    for c in 0..header.fields.len() {
        if !header.cell(c).is_empty() {
            named = Some(c);
        }
        let year = row.cell(c);
        if year.is_empty() {
            under.push(None);
            continue;
        }
        let name = named.filter(|&n| !row.cell(n).is_empty())?;
        let again =
            (name..c).any(|k| under[k] == Some(name) && year_of(row.cell(k)) == year_of(year));
        if year_of(year).is_none() || again {
            return None;
        }
        merged |= name != c;
        under.push(Some(name));
    }
    merged.then_some(under)
}

/// The table with a row per region and year: the columns not under a year as they are, then
/// `Year`, then a column per indicator, named as its merged cell. Footnotes and blank rows
/// stay as they are; a row with more or fewer cells than the header is a problem at its line.
pub(super) fn widen(
    header: &CsvRecord,
    years: &CsvRecord,
    under: &[Option<usize>],
    rows: Vec<CsvRecord>,
    footnote: impl Fn(&CsvRecord) -> bool,
    errors: &mut Vec<DataError>,
) -> Wide {
    let mut wide = CsvRecord {
        line: header.line,
        fields: Vec::new(),
        lines: Vec::new(),
    };
    // The file's column each of the wide table's comes from.
    let mut from = Vec::new();
    let mut column = |c: usize, name: &str, line| {
        from.push(c);
        wide.fields.push(name.to_owned());
        wide.lines.push(line);
    };
    let mut plain = 0;
    for (c, u) in under.iter().enumerate() {
        if u.is_none() {
            column(c, header.cell(c), header.line_of(c));
            plain += 1;
        }
    }
    // Each year, first met, with the file's columns of its indicators' values.
    let mut order: Vec<(Option<i32>, Vec<Option<usize>>)> = Vec::new();
    let indicators: Vec<usize> = (0..under.len()).filter(|&c| under[c] == Some(c)).collect();
    for (c, u) in under.iter().enumerate() {
        let (Some(name), year) = (u, year_of(years.cell(c))) else {
            continue;
        };
        let k = match order.iter().position(|(y, _)| *y == year) {
            Some(k) => k,
            None => {
                order.push((year, vec![None; indicators.len()]));
                order.len() - 1
            }
        };
        if let Some(j) = indicators.iter().position(|i| i == name) {
            order[k].1[j] = Some(c);
        }
    }
    let first = under.iter().position(Option::is_some).unwrap_or_default();
    column(first, "Year", years.line);
    for &i in &indicators {
        column(i, header.cell(i), header.line_of(i));
    }

    let mut records = Vec::new();
    for row in rows {
        if errors.len() >= MAX_ERRORS {
            break;
        }
        if footnote(&row) || row.is_blank() {
            records.push(row);
            continue;
        }
        if row.fields.len() != header.fields.len() {
            let kind = CsvProblem::RaggedRow {
                found: row.fields.len(),
                expected: header.fields.len(),
            };
            let at = Location::Cell {
                line: row.line,
                column: None,
            };
            errors.push(DataError::new(kind, at));
            continue;
        }
        for (_, cells) in &order {
            let mut record = CsvRecord {
                line: row.line,
                fields: Vec::new(),
                lines: Vec::new(),
            };
            for (w, &c) in from.iter().enumerate() {
                // A column of the file: its own, the year's, or this year's of an indicator.
                let c = if w < plain {
                    Some(c)
                } else if w == plain {
                    None
                } else {
                    cells[w - plain - 1]
                };
                let text = match c {
                    Some(c) => row.cell(c),
                    None if w == plain => {
                        years.cell(cells.iter().flatten().next().copied().unwrap_or(first))
                    }
                    None => "",
                };
                record.fields.push(text.to_owned());
                record.lines.push(c.map_or(row.line, |c| row.line_of(c)));
            }
            records.push(record);
        }
    }
    Wide {
        header: wide,
        records,
        from,
    }
}
