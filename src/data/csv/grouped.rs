//! A header in two rows, as statistical tables are laid out in Excel: each indicator's name
//! over merged cells, and under it a column per year (`Регион;НПО;;СМИ;` over
//! `;2022;2023;2022;2023`). Read as the table with a row per region and year that the rest
//! of the reader knows: such a file had been refused with three messages (no year, a row
//! without a region, a column without a header), none of which named the cause.

use super::super::error::{DataError, ErrorKind, Location};
use super::super::MAX_CELLS;
use super::columns::year_of;
use super::long::Wide;
use super::read::CsvRecord;
use super::MAX_ERRORS;

/// A year of a header in two rows: its number, its text, and for each indicator the file's
/// column of its values that year.
type Year<'t> = (Option<i32>, &'t str, Vec<Option<usize>>);

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
/// `Year`, then a column per indicator, named as its merged cell; and how many columns come
/// before `Year`. A footnote stays one row, its cells in the columns not under a year. A row
/// with more or fewer cells than the header is a problem at its line; a table whose rows,
/// years and columns would multiply past what a dataset may hold is refused before it is
/// widened (a 2 MB file of empty columns had taken gigabytes).
pub(super) fn widen(
    header: &CsvRecord,
    years: &CsvRecord,
    under: &[Option<usize>],
    rows: Vec<CsvRecord>,
    footnote: impl Fn(&CsvRecord) -> bool,
    errors: &mut Vec<DataError>,
) -> Option<(Wide, usize)> {
    let header_lines = header.field_lines();
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
    // Columns without a name or a cell filled in (Excel's trailing `;;;`) are left out: each
    // year's row had copied them all.
    let used = |c: usize| !header.cell(c).is_empty() || rows.iter().any(|r| !r.cell(c).is_empty());
    let mut plain = 0;
    for (c, u) in under.iter().enumerate() {
        if u.is_none() && used(c) {
            column(c, header.cell(c), header_lines[c]);
            plain += 1;
        }
    }
    // Each year, first met, with its text (a footnote's mark, `2023*`, from whichever
    // indicator has it) and the file's columns of its indicators' values.
    let mut order: Vec<Year> = Vec::new();
    let indicators: Vec<usize> = (0..under.len()).filter(|&c| under[c] == Some(c)).collect();
    for (c, u) in under.iter().enumerate() {
        let (Some(name), text) = (u, years.cell(c)) else {
            continue;
        };
        let year = year_of(text);
        let k = match order.iter().position(|(y, ..)| *y == year) {
            Some(k) => k,
            None => {
                order.push((year, text, vec![None; indicators.len()]));
                order.len() - 1
            }
        };
        if text.len() > order[k].1.len() {
            order[k].1 = text;
        }
        if let Ok(j) = indicators.binary_search(name) {
            order[k].2[j] = Some(c);
        }
    }
    let first = under.iter().position(Option::is_some).unwrap_or_default();
    column(first, "Year", years.line);
    for &i in &indicators {
        column(i, header.cell(i), header_lines[i]);
    }

    let data = rows.iter().filter(|r| !footnote(r)).count();
    let cells = |n: usize| data.saturating_mul(order.len()).saturating_mul(n);
    // Past the values a dataset holds, or past four times as many cells with the columns
    // beside the years (then counted as the indicators they are read as).
    let columns = if cells(from.len()) > 4 * MAX_CELLS {
        from.len()
    } else {
        indicators.len()
    };
    if cells(columns) > MAX_CELLS {
        let kind = ErrorKind::TooManyCells {
            regions: data,
            years: order.len(),
            indicators: columns,
        };
        errors.push(DataError::new(kind, Location::Input));
        return None;
    }
    let mut records = Vec::new();
    for row in rows {
        if errors.len() >= MAX_ERRORS {
            break;
        }
        let note = footnote(&row);
        if row.fields.len() != header.fields.len() && !note {
            errors.push(row.ragged(header.fields.len()));
            continue;
        }
        let lines = row.field_lines();
        let line = |c: Option<usize>| c.and_then(|c| lines.get(c).copied()).unwrap_or(row.line);
        // A footnote is one row (read as a region's if a row follows it, and refused once).
        for (_, year, cells) in order.iter().take(if note { 1 } else { order.len() }) {
            let mut record = CsvRecord {
                line: row.line,
                fields: Vec::new(),
                lines: Vec::new(),
            };
            for (w, &c) in from.iter().enumerate() {
                // A column of the file: its own, or this year's of an indicator.
                let c = match w.checked_sub(plain + 1) {
                    _ if w < plain => Some(c),
                    Some(j) if !note => cells[j],
                    _ => None,
                };
                let text = match c {
                    Some(c) => row.cell(c),
                    None if w == plain && !note => year,
                    None => "",
                };
                record.fields.push(text.to_owned());
                record.lines.push(line(c));
            }
            records.push(record);
        }
    }
    let wide = Wide {
        header: wide,
        records,
        from,
    };
    Some((wide, plain))
}
