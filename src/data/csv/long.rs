//! Long tables: a row per region, year and indicator (`Регион;Показатель;Год;Значение`), as
//! statistical databases and pivot-table sources export them. They are turned into the table
//! the rest of the reader takes, a column per indicator, each cell keeping the line it came
//! from, so that a wrong value is still reported at its own line.

use super::super::error::{DataError, ErrorKind, Location};
use super::super::MAX_CELLS;
use super::columns::{names_region, names_year};
use super::fold::key;
use super::read::CsvRecord;
use super::{CsvProblem, MAX_ERRORS};
use std::cmp::Ordering;

/// Headers of the column naming each row's indicator, as keys (`fold::key`).
const NAME: &[&str] = &[
    "показатель",
    "наименованиепоказателя",
    "названиепоказателя",
    "көрсеткіш",
    "көрсеткішатауы",
    "indicator",
    "indicatorname",
];
/// Headers of the column of values.
const VALUE: &[&str] = &["значение", "значениепоказателя", "мән", "мәні", "value"];
/// Headers of a column of units (`ед.`, `%`), written after the indicator's name.
const UNIT: &[&str] = &[
    "единицаизмерения",
    "едизм",
    "өлшембірлігі",
    "unit",
    "unitofmeasure",
];

/// Where a long table keeps its indicators' names, values and units.
#[derive(Debug, Clone, Copy)]
pub(super) struct Long {
    name: usize,
    value: usize,
    unit: Option<usize>,
}

impl Long {
    /// The column of values.
    pub fn value(self) -> usize {
        self.value
    }
}

/// The columns of a long table, if `header` has both a column of indicator names and one of
/// values (a table with a `Значение` column alone is one indicator of that name).
pub(super) fn columns(header: &CsvRecord) -> Option<Long> {
    let find = |words: &[&str]| {
        header
            .fields
            .iter()
            .position(|f| words.contains(&key(f).as_str()))
    };
    Some(Long {
        name: find(NAME)?,
        value: find(VALUE)?,
        unit: find(UNIT),
    })
}

/// A cell's text and its line.
type Cell = (String, usize);

/// A long table as a wide one.
pub(super) struct Wide {
    pub header: CsvRecord,
    pub records: Vec<CsvRecord>,
    /// For each of the wide table's columns, the long table's column its cells come from.
    pub from: Vec<usize>,
}

/// Turns the long table's rows into a row per combination of the other columns' cells (a
/// region and a year), in the order first met, with a column per indicator, in the order
/// first met, named by the indicator and its unit (`Доля НПО, %`) so that it is recognised
/// as a header would be. Footnote lines (`footnote`) are kept, after the rows. An indicator
/// given twice for one region and year, or a value without an indicator, is a problem at its
/// line; so is a row with a different number of cells than the header. `None` for a table
/// too large to widen (its regions, years and indicators are then the problem).
pub(super) fn widen(
    header: &CsvRecord,
    long: Long,
    rows: Vec<CsvRecord>,
    footnote: impl Fn(&CsvRecord) -> bool,
    errors: &mut Vec<DataError>,
) -> Option<Wide> {
    let others: Vec<usize> = (0..header.fields.len())
        .filter(|&c| c != long.name && c != long.value && Some(c) != long.unit)
        .collect();
    // The rows that give a value, each with its indicator's header text.
    let mut given: Vec<(CsvRecord, String)> = Vec::new();
    let mut notes = Vec::new();
    for row in rows {
        if errors.len() >= MAX_ERRORS {
            break;
        }
        if footnote(&row) {
            notes.push(row);
            continue;
        }
        if row.fields.len() != header.fields.len() {
            errors.push(row.ragged(header.fields.len()));
            continue;
        }
        let name = row.cell(long.name).to_owned();
        // A value needs its indicator; a row with neither is a region without figures, still
        // a row (in a column without a name, which stays empty).
        if name.is_empty() && !row.cell(long.value).is_empty() {
            let at = Location::Cell {
                line: row.line_of(long.name),
                column: Some(header.cell(long.name).to_owned()),
            };
            errors.push(DataError::new(CsvProblem::MissingIndicator, at));
            continue;
        }
        let name = match long
            .unit
            .map(|c| row.cell(c))
            .filter(|u| !u.is_empty() && !name.is_empty())
        {
            Some(unit) => format!("{name}, {unit}"),
            None => name,
        };
        given.push((row, name));
    }
    // Which wide row and which indicator each row's value goes to, numbered as first met.
    let text = |r: usize, c: usize| given[r].0.cell(c);
    let group = numbered(given.len(), &mut |a, b| {
        let key = |r: usize| others.iter().map(move |&c| text(r, c));
        key(a).cmp(key(b))
    });
    let indicator = numbered(given.len(), &mut |a, b| given[a].1.cmp(&given[b].1));
    let count = |numbers: &[usize]| numbers.iter().max().map_or(0, |&n| n + 1);
    let indicators = count(&indicator);
    // Widened, a table of rows each its own region and indicator (a column misread) would
    // hold their product: refused as a JSON file of as many values is.
    if count(&group).saturating_mul(indicators) > MAX_CELLS {
        let distinct = |named: fn(&str) -> bool| {
            let c = header.fields.iter().position(|f| named(f));
            c.map_or(1, |c| {
                count(&numbered(given.len(), &mut |a, b| {
                    text(a, c).cmp(text(b, c))
                }))
            })
        };
        let kind = ErrorKind::TooManyCells {
            regions: distinct(names_region),
            years: distinct(names_year),
            indicators,
        };
        errors.push(DataError::new(kind, Location::Input));
        return None;
    }
    // Per wide row: its first long row, and per indicator the value's cell and line.
    let mut wide: Vec<(usize, Vec<Option<Cell>>)> = Vec::new();
    // Per indicator: its header text and the line that first names it.
    let mut names: Vec<Cell> = Vec::new();
    for (r, (row, name)) in given.iter().enumerate() {
        let (g, i) = (group[r], indicator[r]);
        if g == wide.len() {
            wide.push((r, vec![None; indicators]));
        }
        if i == names.len() {
            names.push((name.clone(), row.line_of(long.name)));
        }
        let value = (row.cell(long.value).to_owned(), row.line_of(long.value));
        match &wide[g].1[i] {
            Some((_, first_line)) if !name.is_empty() => {
                let kind = CsvProblem::DuplicateValue {
                    indicator: name.clone(),
                    first_line: *first_line,
                };
                let at = Location::Cell {
                    line: value.1,
                    column: Some(header.cell(long.value).to_owned()),
                };
                errors.push(DataError::new(kind, at));
            }
            _ => wide[g].1[i] = Some(value),
        }
    }
    let mut from = others.clone();
    from.resize(others.len() + names.len(), long.value);
    // The other columns' cells of a row, each with its line; then the indicators'.
    let record = |row: &CsvRecord, more: &mut dyn Iterator<Item = Cell>| {
        let cells = others
            .iter()
            .map(|&c| (row.fields[c].clone(), row.line_of(c)));
        let (fields, lines) = cells.chain(more).unzip();
        CsvRecord {
            line: row.line,
            fields,
            lines,
        }
    };
    let wide_header = record(header, &mut names.into_iter());
    let mut records: Vec<CsvRecord> = Vec::with_capacity(wide.len() + notes.len());
    for (r, values) in wide {
        let first = &given[r].0;
        let empty = || (String::new(), first.line);
        records.push(record(
            first,
            &mut values.into_iter().map(|v| v.unwrap_or_else(empty)),
        ));
    }
    records.extend(notes);
    Some(Wide {
        header: wide_header,
        records,
        from,
    })
}

/// For each of `len` items, the number of the first of its equals (by `cmp`) among the
/// distinct items, counted in the order they are first met: `a b a c` → `0 1 0 2`.
fn numbered(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let sorted = crate::order::order(len, &mut *cmp);
    // The first of each run of equals, which the stable order puts first in the run.
    let mut first = vec![0; len];
    for (k, &i) in sorted.iter().enumerate() {
        let same_as_before = k > 0 && cmp(sorted[k - 1], i) == Ordering::Equal;
        first[i] = if same_as_before {
            first[sorted[k - 1]]
        } else {
            i
        };
    }
    let mut number = vec![0; len];
    let mut count = 0;
    for i in 0..len {
        if first[i] == i {
            number[i] = count;
            count += 1;
        } else {
            number[i] = number[first[i]];
        }
    }
    number
}
