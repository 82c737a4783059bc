//! From recognised columns and read records to a [`Dataset`], checking every cell.
//!
//! Every problem found is kept with its line and column, up to [`MAX_ERRORS`], and any
//! problem refuses the whole file: a row that cannot be read is never left out quietly,
//! because a chart missing one region looks exactly like a chart of fewer regions.

use super::super::dataset::{Dataset, Text, Unit};
use super::super::error::{DataError, Location};
use super::columns::{classify, is_percent, Role};
use super::first_look::{first_look, Cells};
use super::footnote::{footnote, source_line};
use super::grouped;
use super::long;
use super::metadata;
use super::read::{self, CsvRecord, Opened};
use super::rows::{lost_letters, Rows};
use super::CsvProblem;
use super::{CsvMeta, MAX_ERRORS};

pub(super) fn build(opened: Opened<'_>, meta: &CsvMeta) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut info = metadata::read(&opened.metadata, &mut errors);
    let before_rows = errors.len();
    // What commas mean is read from the file as written, column by column, and which
    // columns hold words alone.
    let (commas, cells) = first_look(&opened);
    // A title row above the header names the chart when no `# title:` line does.
    let opened_title = opened.preamble.first().cloned();
    let is_footnote = |r: &CsvRecord| footnote(r).is_some();
    let mut read = opened.records;
    let long = long::columns(&opened.header);
    let under = match read.peek() {
        Some(first) if long.is_none() => grouped::years_under(&opened.header, first),
        _ => None,
    };
    // With a header in two rows, how many columns are not under a year.
    let mut two_rows = None;
    let (header, records, commas, cells, long) = match (long, under) {
        (None, None) => (opened.header, Records::Read(read), commas, cells, None),
        (None, Some(under)) => {
            // The row peeked at above.
            let Some(Ok(years)) = read.next() else {
                return Err(errors);
            };
            let rows = rows_of(read, &mut errors);
            let header = &opened.header;
            let widened = grouped::widen(header, &years, &under, rows, is_footnote, &mut errors);
            let Some((wide, plain)) = widened else {
                return Err(errors);
            };
            two_rows = Some(plain);
            let cells = wide
                .from
                .iter()
                .map(|&c| cells.get(c).copied().unwrap_or(Cells::None));
            let cells = cells.collect();
            let records = Records::Widened(wide.records.into_iter());
            (
                wide.header,
                records,
                commas.of_columns(&wide.from),
                cells,
                None,
            )
        }
        (Some(long), _) => {
            let rows = rows_of(read, &mut errors);
            let header = &opened.header;
            let Some(wide) = long::widen(header, long, rows, is_footnote, &mut errors) else {
                return Err(errors);
            };
            let commas = commas.of_columns(&wide.from);
            let value = header.cell(long.value()).to_owned();
            let values = (wide.from, long.value(), value);
            let records = Records::Widened(wide.records.into_iter());
            (wide.header, records, commas, cells, Some(values))
        }
    };
    let mut columns = match classify(&header) {
        Ok(columns) => columns,
        Err(found) => {
            // A header Excel saved without its Kazakh letters is why it was not recognised.
            if let Some((c, text)) = header
                .fields
                .iter()
                .enumerate()
                .find(|(_, f)| lost_letters(f))
            {
                let at = Location::Cell {
                    line: header.line_of(c),
                    column: None,
                };
                errors.push(DataError::new(
                    CsvProblem::LostLetters(text.trim().to_owned()),
                    at,
                ));
            }
            errors.extend(found);
            errors.truncate(MAX_ERRORS);
            return Err(errors);
        }
    };
    // A long table's values are reported in its column of values, not under the indicator's
    // name, which is no column of the file.
    let long_table = long.is_some();
    if !long_table {
        columns.leave_out_text(|c| cells.get(c) == Some(&Cells::Words));
    }
    if let Some((from, value, name)) = long {
        for (c, _) in from.iter().enumerate().filter(|(_, &f)| f == value) {
            if let Some(slot) = columns.names.get_mut(c) {
                slot.clone_from(&name);
            }
        }
    }
    // A table with a column per year holds what its title says: `Доля НПО, получивших
    // гранты, %` is of percentages (drawn on a count's axis, as "Значение", they had been).
    if columns.wide {
        let t = &info.title;
        let titles = [&t.kk, &t.ru, &t.en, &opened_title];
        if titles.into_iter().flatten().any(|t| is_percent(t)) {
            if let Some(column) = columns.indicators.first_mut() {
                column.indicator.unit = Unit::Percent;
                column.unit_known = true;
            }
        }
    }
    let default_year = info
        .year
        .or(meta.year)
        .or_else(|| title_year(&opened.preamble));
    let no_year = columns.first(Role::Year).is_none() && default_year.is_none() && !columns.wide;

    let mut rows = Rows::new(&columns, default_year, commas);
    // A population column beside the years names none (under them, it is each year's).
    let population = columns.first(Role::Population);
    let beside = two_rows.is_some_and(|plain| population.is_some_and(|c| c < plain));
    rows.undated = columns.wide || beside;
    let mut any_rows = false;
    // Lines under a table that only look like footnotes ("* предварительные данные",
    // "Источник: БНС", as statistical tables end) are held back: printed under the chart if
    // the table ends there, read as rows if one follows.
    let mut footnotes: Vec<CsvRecord> = Vec::new();
    for record in records {
        if errors.len() >= MAX_ERRORS {
            break;
        }
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                errors.push(err);
                break;
            }
        };
        if record.is_blank() {
            continue;
        }
        if footnote(&record).is_some() {
            footnotes.push(record);
            continue;
        }
        any_rows = true;
        for held in &footnotes {
            let found = errors.len();
            rows.add(held, &mut errors);
            unique_from(&mut errors, found);
        }
        footnotes.clear();
        let found = errors.len();
        rows.add(&record, &mut errors);
        unique_from(&mut errors, found);
    }
    // A long table's own problems were found before its rows were: all in the file's order.
    if long_table {
        let line = |e: &DataError| match e.location {
            Location::Cell { line, .. } => line,
            _ => 0,
        };
        let mut found = errors.split_off(before_rows.min(errors.len()));
        crate::order::sort_by(&mut found, |a, b| line(a).cmp(&line(b)));
        errors.append(&mut found);
    }
    // Rows of totals alone are no data either; but without a year no region's row is kept,
    // and a sheet's "Итого" under them had made it "a header but no data rows".
    let none = !any_rows || rows.totals.0 > 0 && rows.rows.is_empty() && errors.is_empty();
    if no_year && any_rows {
        let error = DataError::new(CsvProblem::NoYear, Location::Input);
        errors.insert(before_rows.min(errors.len()), error);
    } else if none && errors.len() < MAX_ERRORS {
        errors.push(DataError::new(CsvProblem::NoDataRows, Location::Input));
    }
    if !errors.is_empty() {
        errors.truncate(MAX_ERRORS);
        rows.suggest(&mut errors, meta.lang);
        return Err(errors);
    }
    let mut notes: Vec<&str> = footnotes.iter().filter_map(footnote).collect();
    // A table's source under it ("Источник: БНС АСПиР РК") is its source where no `# source:`
    // line names one: printed beneath "source not stated", it contradicted the footer.
    if info.source.is_empty() {
        if let Some(k) = notes.iter().position(|n| source_line(n).is_some()) {
            info.source = Text::from(source_line(notes.remove(k)).unwrap_or_default());
        }
    }
    let mut data = rows.finish(info, opened_title, meta).map_err(|e| vec![e])?;
    for (k, text) in notes.into_iter().enumerate() {
        data.notes.insert(k, Text::from(text));
    }
    Ok(data)
}

/// The rows a table gives: as read, or a long table's (or a two-row header's) as a wide one's.
// One per file, on the stack while it is read: boxing the reader would buy nothing.
#[allow(clippy::large_enum_variant)]
enum Records<'t> {
    Read(read::Records<'t>),
    Widened(std::vec::IntoIter<CsvRecord>),
}

/// Leaves out the problems from `from` on that were found already: a row of a header in two
/// rows is read once per year, and its region's or population's problem had been listed
/// that many times.
fn unique_from(errors: &mut Vec<DataError>, from: usize) {
    let mut k = from.min(errors.len());
    while k < errors.len() {
        if errors[..k].contains(&errors[k]) {
            errors.remove(k);
        } else {
            k += 1;
        }
    }
}

/// The rows of a table read whole, to be widened: blank ones left out, up to the first that
/// cannot be read, which is a problem.
fn rows_of(
    records: impl Iterator<Item = Result<CsvRecord, DataError>>,
    errors: &mut Vec<DataError>,
) -> Vec<CsvRecord> {
    let mut rows = Vec::new();
    for record in records {
        match record {
            Ok(record) if record.is_blank() => {}
            Ok(record) => rows.push(record),
            Err(err) => {
                errors.push(err);
                break;
            }
        }
    }
    rows
}

impl Iterator for Records<'_> {
    type Item = Result<CsvRecord, DataError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Records::Read(records) => records.next(),
            Records::Widened(records) => records.next().map(Ok),
        }
    }
}

/// The one year a title row names (`Количество НПО на 1 января 2023 г.`), for a table with no
/// year of its own, as a statistical table gives it: such a file had been refused for want of
/// one. None where the titles name two (`за 2021–2023 годы`) or none.
fn title_year(titles: &[String]) -> Option<i32> {
    let mut found = None;
    for title in titles {
        for run in title.split(|c: char| !c.is_ascii_digit()) {
            let year = run.parse().ok();
            let year = year.filter(|y| run.len() == 4 && crate::data::YEARS.contains(y));
            match (found, year) {
                (Some(f), Some(y)) if f != y => return None,
                (_, Some(y)) => found = Some(y),
                _ => {}
            }
        }
    }
    found
}
