//! From recognised columns and read records to a [`Dataset`], checking every cell.
//!
//! Every problem found is kept with its line and column, up to [`MAX_ERRORS`], and any
//! problem refuses the whole file: a row that cannot be read is never left out quietly,
//! because a chart missing one region looks exactly like a chart of fewer regions.

use super::super::dataset::{Dataset, Indicator, Population, Region, Source, Text, Unit};
use super::super::error::{DataError, ErrorKind, Location};
use super::super::number::{parse_number, Comma, NumberError};
use super::super::registry::RegistryEntry;
use super::super::{MAX_CELLS, MAX_VALUE, MIN_REGION_POPULATION, YEARS};
use super::columns::{classify, is_percent, Column, Columns, Left, Role};
use super::grouped;
use super::long;
use super::metadata::{self, Metadata};
use super::read::{self, CsvRecord, Opened};
use super::regions::{apparent_lang, is_south_kazakhstan, is_total, script_lang, vote, Regions};
use super::CsvProblem;
use super::{CsvMeta, MAX_ERRORS};
use crate::locale::{Lang, Msg};
use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

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
    let default_year = info.year.or(meta.year);
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

/// What a footnote labelled as the table's source names: `Источник: БНС` → `БНС`.
fn source_line(text: &str) -> Option<&str> {
    let (label, rest) = text.split_once(':')?;
    let label = crate::locale::lowercase(label.trim());
    let sources = [
        "источник",
        "источники",
        "дереккөз",
        "дереккөзі",
        "source",
        "sources",
    ];
    (sources.contains(&label.as_str()) && !rest.trim().is_empty()).then(|| rest.trim())
}

/// The text of a row that reads as a footnote: one cell filled in, marked as one (`*`, `¹`),
/// labelled (`Примечание: …`) or a sentence of four words or more, where a region's name
/// with its figures missing is none of these.
fn footnote(record: &CsvRecord) -> Option<&str> {
    let mut filled = record
        .fields
        .iter()
        .map(|f| f.trim())
        .filter(|f| !f.is_empty());
    let text = filled.next().filter(|_| filled.next().is_none())?;
    let marked = matches!(text.chars().next(), Some('*' | '¹' | '²' | '³')) || text.contains(':');
    (marked || text.split(' ').filter(|w| !w.is_empty()).count() >= 4).then_some(text)
}

/// One accepted row: a known region, a year and its values.
struct Row {
    entry: &'static RegistryEntry,
    year: i32,
    population: Option<f64>,
    values: Vec<Option<f64>>,
}

struct Rows<'c> {
    columns: &'c Columns,
    regions: &'static Regions,
    default_year: Option<i32>,
    /// Languages of the region names that matched, then of those that did not.
    votes: [usize; 3],
    unknown_votes: [usize; 3],
    /// (region code, year) → the line it was first given on.
    seen: HashMap<(&'static str, i32), usize>,
    rows: Vec<Row>,
    /// Per indicator: every value so far is whole (decides the unit of unknown columns).
    whole: Vec<bool>,
    unnamed_reported: Vec<bool>,
    /// What a comma that could group thousands means, per column (see [`commas`]).
    commas: Commas,
    /// Rows of totals passed over: how many, and the first one's line and name.
    totals: (usize, usize, String),
    /// The line of the last row of totals counted.
    total_line: usize,
    /// Years marked for a footnote (`2024*`), with the mark.
    marks: Vec<(i32, String)>,
    /// The population names no year: a column beside a column per year, or beside a header
    /// in two rows. Each row has it, and it is kept for one year (see `finish`).
    undated: bool,
}

impl<'c> Rows<'c> {
    fn new(columns: &'c Columns, default_year: Option<i32>, commas: Commas) -> Self {
        let mut rows = Rows {
            columns,
            regions: Regions::get(),
            default_year,
            votes: [0; 3],
            unknown_votes: [0; 3],
            seen: HashMap::default(),
            rows: Vec::new(),
            whole: vec![true; columns.indicators.len()],
            unnamed_reported: vec![false; columns.roles.len()],
            commas,
            totals: (0, 0, String::new()),
            total_line: 0,
            marks: Vec::new(),
            undated: false,
        };
        // A table with a column per year marks a year in its header (`2024*`).
        for (c, role) in columns.roles.iter().enumerate() {
            if let Role::YearValues(y) = *role {
                rows.mark(y, &columns.name(c));
            }
        }
        rows
    }

    fn mark(&mut self, year: i32, text: &str) {
        let mark = super::columns::year_mark(text);
        if !mark.is_empty() && !self.marks.iter().any(|(y, _)| *y == year) {
            self.marks.push((year, mark.to_owned()));
        }
    }

    fn add(&mut self, record: &CsvRecord, errors: &mut Vec<DataError>) {
        let columns = self.columns;
        if record.fields.len() != columns.roles.len() {
            // A quote never closed takes the lines after it into one cell, to the file's end.
            let open = record.fields.last().is_some_and(|f| f.contains('\n'));
            errors.push(if open && record.fields.len() < columns.roles.len() {
                let at = Location::Cell {
                    line: record.line,
                    column: None,
                };
                DataError::new(CsvProblem::OpenQuote, at)
            } else {
                record.ragged(columns.roles.len())
            });
            return;
        }
        let cell = |c: usize| record.cell(c);
        // A row of totals is not a region: it is left out, and the footer says so.
        let named = columns.of(Role::Region).map(cell).find(|t| !t.is_empty());
        if let Some(name) = named.filter(|name| is_total(name)) {
            if self.totals.0 == 0 {
                self.totals = (0, record.line, name.to_owned());
            }
            // Once per line: a header in two rows reads a line once per year.
            if self.total_line != record.line {
                self.totals.0 += 1;
                self.total_line = record.line;
            }
            return;
        }
        let mut found: Vec<(usize, ErrorKind)> = Vec::new();

        let region = self.region(record, &mut found);
        // A table with a column per year gives its values a year each, below.
        let year = match columns.first(Role::Year).filter(|_| !columns.wide) {
            // Through the number reader: Excel formats a year column as `2 023` when the
            // column is typed as a number.
            Some(c) => match parse_number(cell(c), self.commas.of(c), false) {
                Ok(Some(y)) if y.fract() == 0.0 && YEARS.contains(&(y as i32)) => Some(y as i32),
                _ if cell(c).is_empty() => {
                    // A line of one cell that names no region is a note between rows, refused
                    // once, as a region: a two-row header's had also said its year was empty,
                    // in a column 'Year' of the table read, not of the file.
                    let filled = record.fields.iter().filter(|f| !f.trim().is_empty());
                    if region.is_some() || filled.count() > 1 {
                        found.push((c, CsvProblem::MissingYear.into()));
                    }
                    None
                }
                // Written as a header would be (`2023 г.`, `2023 жыл`), which was refused in a
                // cell while taken in a header.
                _ => match super::columns::year_of(cell(c)) {
                    Some(y) => {
                        self.mark(y, cell(c));
                        Some(y)
                    }
                    None => {
                        found.push((c, ErrorKind::BadYear(cell(c).to_owned())));
                        None
                    }
                },
            },
            None => self.default_year,
        };
        if let Some((entry, c)) = region {
            let key_year = if columns.first(Role::Year).is_some() {
                year
            } else {
                Some(year.unwrap_or(0))
            };
            // A table with a column per year gives one key a year.
            let across = columns.roles.iter().filter_map(|role| match role {
                Role::YearValues(y) => Some(*y),
                _ => None,
            });
            for y in key_year.filter(|_| !columns.wide).into_iter().chain(across) {
                match self.seen.entry((entry.code, y)) {
                    Entry::Occupied(first) => {
                        let kind = CsvProblem::DuplicateRegion {
                            name: cell(c).to_owned(),
                            year: (columns.first(Role::Year).is_some() || columns.wide)
                                .then_some(y),
                            first_line: *first.get(),
                        };
                        found.push((c, kind.into()));
                    }
                    Entry::Vacant(slot) => {
                        slot.insert(record.line_of(c));
                    }
                }
            }
        }

        let population = columns.first(Role::Population).and_then(|c| {
            let scale = columns.population_scale;
            match parse_number(cell(c), self.commas.of(c), false).map(|v| v.map(|v| v * scale)) {
                // At least one resident, so a rate per 10 000 residents stays finite.
                // Every row is a region of the registry, none of which is that small.
                Ok(Some(v)) if (MIN_REGION_POPULATION..=MAX_VALUE).contains(&v) => Some(v),
                Ok(Some(v)) if v > MAX_VALUE => {
                    found.push((c, CsvProblem::CellTooLarge(cell(c).to_owned()).into()));
                    None
                }
                Ok(Some(v)) if v >= 1.0 => {
                    found.push((c, ErrorKind::PopulationInThousands(v)));
                    None
                }
                Ok(Some(v)) => {
                    found.push((c, ErrorKind::BadPopulation(v)));
                    None
                }
                Ok(None) => None,
                Err(e) => {
                    found.push((c, number_error(e, cell(c)).into()));
                    None
                }
            }
        });

        let mut values = vec![None; columns.indicators.len()];
        // A table with a column per year: one indicator's value in each.
        let mut yearly: Vec<(i32, Option<f64>)> = Vec::new();
        for (c, role) in columns.roles.iter().enumerate() {
            // The indicator a column holds, and its year in a table with a column per year.
            let (i, year) = match *role {
                Role::Indicator(i) => (i, None),
                Role::YearValues(y) => (0, Some(y)),
                Role::Unnamed if !cell(c).is_empty() => {
                    if let Some(reported) = self.unnamed_reported.get_mut(c) {
                        if !*reported {
                            *reported = true;
                            found.push((c, CsvProblem::UnnamedColumn(c + 1).into()));
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            let Some(column) = columns.indicators.get(i) else {
                continue;
            };
            match value(cell(c), column, self.commas.of(c)) {
                Ok(v) => {
                    if v.is_some_and(|v| v.fract() != 0.0) {
                        if let Some(whole) = self.whole.get_mut(i) {
                            *whole = false;
                        }
                    }
                    match (year, values.get_mut(i)) {
                        (Some(y), _) => yearly.push((y, v)),
                        (None, Some(slot)) => *slot = v,
                        (None, None) => {}
                    }
                }
                Err(kind) => found.push((c, kind.into())),
            }
        }

        if found.is_empty() {
            match (region, year) {
                (Some((entry, _)), _) if columns.wide => {
                    for (year, v) in yearly {
                        self.rows.push(Row {
                            entry,
                            year,
                            population,
                            values: vec![v],
                        });
                    }
                }
                (Some((entry, _)), Some(year)) => self.rows.push(Row {
                    entry,
                    year,
                    population,
                    values,
                }),
                _ => {}
            }
            return;
        }
        crate::order::sort_by(&mut found, |a, b| a.0.cmp(&b.0));
        for (c, kind) in found {
            let column = match columns.roles.get(c) {
                Some(Role::Unnamed) => None,
                _ => Some(columns.name(c)),
            };
            let at = Location::Cell {
                line: record.line_of(c),
                column,
            };
            errors.push(DataError::new(kind, at));
        }
    }

    /// The region a row names, with the column that named it, if every region column that
    /// is filled in names the same known region.
    fn region(
        &mut self,
        record: &CsvRecord,
        found: &mut Vec<(usize, ErrorKind)>,
    ) -> Option<(&'static RegistryEntry, usize)> {
        let mut region: Option<(&'static RegistryEntry, usize)> = None;
        let mut failed = false;
        let mut first_column = None;
        for c in self.columns.of(Role::Region) {
            first_column.get_or_insert(c);
            let text = record.cell(c);
            if text.is_empty() {
                continue;
            }
            match self.regions.find(text) {
                Some(hit) => {
                    for (lang, matched) in Lang::ALL.into_iter().zip(hit.langs) {
                        if matched {
                            vote(&mut self.votes, lang);
                        }
                    }
                    match region {
                        None => region = Some((hit.entry, c)),
                        Some((entry, first)) if entry.code != hit.entry.code => {
                            let kind = CsvProblem::RegionMismatch {
                                column: self.columns.name(first),
                                there: record.cell(first).to_owned(),
                                here: text.to_owned(),
                            };
                            found.push((c, kind.into()));
                            failed = true;
                        }
                        Some(_) => {}
                    }
                }
                None => {
                    if let Some(lang) = script_lang(text) {
                        vote(&mut self.unknown_votes, lang);
                    }
                    let kind = if lost_letters(text) {
                        CsvProblem::LostLetters(text.to_owned())
                    } else if is_south_kazakhstan(text) {
                        CsvProblem::SouthKazakhstan(text.to_owned())
                    } else {
                        CsvProblem::UnknownRegion {
                            name: text.to_owned(),
                            suggestion: None,
                        }
                    };
                    found.push((c, kind.into()));
                    failed = true;
                }
            }
        }
        if failed {
            return None;
        }
        if region.is_none() {
            if let Some(c) = first_column {
                found.push((c, CsvProblem::MissingRegion.into()));
            }
        }
        region
    }

    /// Suggests registry names for unknown regions, in the language the file writes its
    /// region names in.
    fn suggest(&self, errors: &mut [DataError], hint: Lang) {
        let votes = if self.votes.iter().any(|&v| v > 0) {
            self.votes
        } else {
            self.unknown_votes
        };
        let lang = apparent_lang(votes, hint);
        for error in errors {
            if let ErrorKind::Csv(CsvProblem::UnknownRegion { name, suggestion }) = &mut error.kind
            {
                *suggestion = self.regions.suggest(name, lang).map(str::to_owned);
            }
        }
    }

    fn finish(
        self,
        info: Metadata,
        heading: Option<String>,
        meta: &CsvMeta,
    ) -> Result<Dataset, DataError> {
        let mut order: Vec<&'static RegistryEntry> = Vec::new();
        for row in &self.rows {
            if !order.iter().any(|e| e.code == row.entry.code) {
                order.push(row.entry);
            }
        }
        let mut years: Vec<i32> = self.rows.iter().map(|r| r.year).collect();
        crate::order::sort_by(&mut years, Ord::cmp);
        years.dedup();
        let n_ind = self.columns.indicators.len();
        let cells = order
            .len()
            .checked_mul(years.len())
            .and_then(|n| n.checked_mul(n_ind));
        if !matches!(cells, Some(n) if n <= MAX_CELLS) {
            let kind = ErrorKind::TooManyCells {
                regions: order.len(),
                years: years.len(),
                indicators: n_ind,
            };
            return Err(DataError::new(kind, Location::Input));
        }
        let mut values = vec![None; order.len() * years.len() * n_ind];
        let source = source(&info, meta);
        let mut population: Vec<Vec<Population>> = vec![Vec::new(); order.len()];
        for row in &self.rows {
            let r = order.iter().position(|e| e.code == row.entry.code);
            let y = years.binary_search(&row.year).ok();
            let (Some(r), Some(y)) = (r, y) else {
                continue;
            };
            for (i, v) in row.values.iter().enumerate() {
                if let Some(slot) = values.get_mut((r * years.len() + y) * n_ind + i) {
                    *slot = *v;
                }
            }
            if let (Some(value), Some(list)) = (row.population, population.get_mut(r)) {
                list.push(Population {
                    year: row.year,
                    value,
                    source: source.clone(),
                });
            }
        }
        // A population that names no year is the last year's with figures, and a chart of
        // earlier years says they are divided by it: given to every year, it had been cited
        // as each year's, and an empty column for next year's figures had taken it.
        if self.undated {
            let filled = |y: &usize| {
                let per_year = n_ind;
                (0..order.len()).any(|r| {
                    let at = (r * years.len() + y) * per_year;
                    values[at..at + per_year].iter().any(Option::is_some)
                })
            };
            let last = (0..years.len()).rev().find(filled).map(|y| years[y]);
            for list in &mut population {
                let year = last.or(list.last().map(|p| p.year));
                list.retain(|p| Some(p.year) == year);
            }
        }
        let regions = order
            .iter()
            .zip(population)
            .map(|(entry, mut population)| {
                crate::order::sort_by(&mut population, |a, b| a.year.cmp(&b.year));
                Region {
                    id: entry.code.to_owned(),
                    name: entry.name(),
                    population,
                }
            })
            .collect();
        let title = if !info.title.is_empty() {
            info.title.clone()
        } else if let Some(heading) = heading {
            Text::from(heading.as_str())
        } else {
            Text::from(file_name(meta))
        };
        let indicators = self
            .columns
            .indicators
            .iter()
            .zip(&self.whole)
            .map(|(column, &whole)| {
                let mut indicator: Indicator = column.indicator.clone();
                if !column.unit_known && !whole {
                    indicator.unit = Unit::Number;
                }
                // A table with a column per year says what it counts in its title only.
                if self.columns.wide {
                    indicator.name = title.clone();
                }
                indicator
            })
            .collect();
        let mut notes = match &self.totals {
            (0, _, _) => Vec::new(),
            (count, line, name) => {
                let (count, line) = (count.to_string(), line.to_string());
                let args = [("count", count.as_str()), ("line", &line), ("name", name)];
                vec![Text::phrase(Msg::CsvTotalsLeftOut, &args)]
            }
        };
        for (c, role) in self.columns.roles.iter().enumerate() {
            let Role::Left(left) = role else { continue };
            let phrase = match left {
                Left::Total => Msg::CsvTotalColumnLeftOut,
                Left::Text => Msg::CsvTextColumnLeftOut,
                Left::Change => Msg::CsvChangeColumnLeftOut,
            };
            notes.push(Text::phrase(phrase, &[("name", &self.columns.name(c))]));
        }
        Ok(Dataset {
            notes,
            year_marks: self.marks,
            title,
            source,
            licence: info.licence,
            illustrative: info.illustrative,
            indicators,
            regions,
            years,
            values,
        })
    }
}

/// A cell of an indicator column: a number its unit allows, or "no data".
fn value(text: &str, column: &Column, comma: Comma) -> Result<Option<f64>, CsvProblem> {
    let unit = column.indicator.unit;
    let v = match parse_number(text, comma, unit == Unit::Percent) {
        Ok(Some(v)) => v,
        Ok(None) => return Ok(None),
        Err(e) => return Err(number_error(e, text)),
    };
    if v < 0.0 {
        Err(CsvProblem::NegativeCell(text.to_owned()))
    } else if unit == Unit::Count && column.unit_known && v.fract() != 0.0 {
        // 1,204 read as 1.204: say why, and how to write a thousand and more.
        let grouped = crate::locale::is_thousands(text.trim(), ',');
        Err(if grouped && comma == Comma::Decimal {
            CsvProblem::NotWholeComma(text.to_owned())
        } else {
            CsvProblem::NotWhole(text.to_owned())
        })
    } else if unit == Unit::Percent && v > 100.0 {
        Err(CsvProblem::OverHundred(text.to_owned()))
    } else if v > MAX_VALUE {
        Err(CsvProblem::CellTooLarge(text.to_owned()))
    } else {
        Ok(Some(v))
    }
}

/// Whether `text` has a `?` where a letter was (`??ір`, `Жеті?у`), as Excel writes the
/// letters Windows-1251 lacks.
fn lost_letters(text: &str) -> bool {
    text.contains('?') && text.chars().any(char::is_alphabetic)
}

/// What a column's cells hold, seen at a first look: whether a column of words is to be left
/// out rather than refused a cell at a time.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cells {
    /// Nothing yet, or only "no data" marks.
    None,
    /// Words alone (`Иванов И. И.`, `см. примечание`).
    Words,
    /// A figure in at least one cell.
    Figures,
}

impl Cells {
    /// What the column holds with `text` seen too.
    fn and(self, text: &str) -> Cells {
        if self == Cells::Figures {
            return self;
        }
        // Letters and no digit: `56 ед.` stays a figure misread, `#DIV/0!` a formula's
        // error, `1.2.3` a number's; `нет данных` is no data.
        if words(text) {
            return match parse_number(text, Comma::Decimal, true) {
                Ok(None) => self,
                _ => Cells::Words,
            };
        }
        let number = |comma| matches!(parse_number(text, comma, true), Ok(Some(_)));
        if number(Comma::Decimal) || number(Comma::Thousands) {
            Cells::Figures
        } else {
            self
        }
    }
}

/// Whether `text` is words: letters, and no digit or formula's `#`.
fn words(text: &str) -> bool {
    text.contains(char::is_alphabetic) && !text.contains(|c: char| c.is_ascii_digit() || c == '#')
}

/// What a comma that could group thousands (`1,234`) means in each column of a file.
struct Commas {
    columns: Vec<Comma>,
    file: Comma,
}

impl Commas {
    fn of(&self, column: usize) -> Comma {
        self.columns.get(column).copied().unwrap_or(self.file)
    }

    /// For a widened table's columns, each of those of the file it comes `from`.
    fn of_columns(&self, from: &[usize]) -> Commas {
        Commas {
            columns: from.iter().map(|&c| self.of(c)).collect(),
            file: self.file,
        }
    }
}

/// Decides [`Commas`]: from what a column's own cells show ([`Comma::shown_by`]), else from
/// what the whole file's cells show when they agree, else from the delimiter (Excel separates
/// fields with `;` where the comma is the decimal mark, and with `,` where it is not; but
/// LibreOffice writes `,` whatever the locale, so the numbers outrank it), else from the
/// script its words are written in (a tab-separated table with Cyrillic, or Kazakh Latin
/// letters, comes from a Kazakh or Russian spreadsheet). Never from the reader's language: a file's `1,250` means
/// the same to every reader of the page, and in every language they switch to.
///
/// The same look at every cell tells what each column holds ([`Cells`]).
fn first_look(opened: &Opened<'_>) -> (Commas, Vec<Cells>) {
    // Per column: cells showing a decimal comma, cells showing a grouping one.
    let mut shown: Vec<[usize; 2]> = Vec::new();
    let mut cells: Vec<Cells> = Vec::new();
    opened.scan_fields(|column, text| {
        if cells.len() <= column {
            cells.resize(column + 1, Cells::None);
        }
        cells[column] = cells[column].and(text);
        let Some(comma) = Comma::shown_by(text) else {
            return;
        };
        if shown.len() <= column {
            shown.resize(column + 1, [0, 0]);
        }
        shown[column][usize::from(comma == Comma::Thousands)] += 1;
    });
    let one_way = |[decimal, thousands]: [usize; 2]| match (decimal > 0, thousands > 0) {
        (true, false) => Some(Comma::Decimal),
        (false, true) => Some(Comma::Thousands),
        _ => None,
    };
    let total = shown
        .iter()
        .fold([0, 0], |[d, t], [cd, ct]| [d + cd, t + ct]);
    let file = one_way(total).unwrap_or(match opened.delimiter {
        b';' => Comma::Decimal,
        b',' => Comma::Thousands,
        // Kazakh in the Latin alphabet of 2021 (Jetisu, Ülken, Şyğys) writes decimal commas.
        _ if opened.text().contains(|c| "äğñöūüışçÄĞÑÖŪÜŞÇİ".contains(c)) => {
            Comma::Decimal
        }
        _ => Comma::of(script_lang(opened.text()).unwrap_or(Lang::Kk)),
    });
    let commas = Commas {
        columns: shown
            .into_iter()
            .map(|s| one_way(s).unwrap_or(file))
            .collect(),
        file,
    };
    (commas, cells)
}

fn number_error(e: NumberError, text: &str) -> CsvProblem {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    // Excel writes a number too wide for its column as `1,23457E+11`, losing digits.
    let exponent = text.contains(['E', 'e']) && text.contains('+') && digits > 0;
    // A letter that looks like a digit (О, O, З, l) among digits.
    let lookalike = text
        .chars()
        .find(|c| matches!(c, 'О' | 'о' | 'O' | 'o' | 'З' | 'l' | 'I'));
    match (e, lookalike) {
        // `#DIV/0!`, `#ЗНАЧ!`, `#N/A`, `#Н/Д`, `#NAME?`: had been "a letter among digits".
        _ if text.starts_with('#') => CsvProblem::FormulaError(text.to_owned()),
        (NumberError::PercentSign, _) => CsvProblem::PercentSign(text.to_owned()),
        _ if exponent => CsvProblem::Exponent(text.to_owned()),
        (_, Some(letter)) if digits > 0 => CsvProblem::Lookalike(text.to_owned(), letter),
        _ => CsvProblem::NotANumber(text.to_owned()),
    }
}

fn file_name(meta: &CsvMeta) -> &str {
    let name = meta.file_name.trim();
    if name.is_empty() {
        "CSV"
    } else {
        name
    }
}

/// The source the `#` lines name; without one, a source that says plainly it is not stated,
/// so the chart footer never looks like an official figure.
fn source(info: &Metadata, meta: &CsvMeta) -> Source {
    let file = file_name(meta);
    let title = if info.source.is_empty() {
        Text::phrase(Msg::CsvUnnamedSource, &[("file", file)])
    } else {
        info.source.clone()
    };
    Source {
        title,
        publisher: Text::from(info.publisher.as_deref().unwrap_or_default()),
        date: info.date.clone().unwrap_or_default(),
        url: info.url.clone(),
        document: info.url.is_none().then(|| file.to_owned()),
        note: (!info.note.is_empty()).then(|| info.note.clone()),
    }
}
