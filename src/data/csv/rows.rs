//! Each row of a table checked cell by cell and gathered into regions, years and values,
//! every problem kept with its line: a row that cannot be read is never left out quietly,
//! because a chart missing one region looks exactly like a chart of fewer regions.

use super::super::dataset::{Dataset, Indicator, Population, Region, Source, Text, Unit};
use super::super::error::{DataError, ErrorKind, Location};
use super::super::number::{parse_number, Comma, NumberError};
use super::super::registry::RegistryEntry;
use super::super::{MAX_CELLS, MAX_VALUE, MIN_REGION_POPULATION, YEARS};
use super::columns::{Column, Columns, Left, Role};
use super::first_look::Commas;
use super::metadata::Metadata;
use super::read::CsvRecord;
use super::regions::{apparent_lang, is_south_kazakhstan, is_total, script_lang, vote, Regions};
use super::CsvMeta;
use super::CsvProblem;
use crate::locale::{Lang, Msg};
use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

/// One accepted row: a known region, a year and its values.
pub(super) struct Row {
    entry: &'static RegistryEntry,
    year: i32,
    population: Option<f64>,
    values: Vec<Option<f64>>,
}

pub(super) struct Rows<'c> {
    columns: &'c Columns,
    regions: &'static Regions,
    default_year: Option<i32>,
    /// Languages of the region names that matched, then of those that did not.
    votes: [usize; 3],
    unknown_votes: [usize; 3],
    /// (region code, year) → the line it was first given on.
    seen: HashMap<(&'static str, i32), usize>,
    pub(super) rows: Vec<Row>,
    /// Per indicator: every value so far is whole (decides the unit of unknown columns).
    whole: Vec<bool>,
    unnamed_reported: Vec<bool>,
    /// What a comma that could group thousands means, per column (see `first_look`).
    commas: Commas,
    /// Rows of totals passed over: how many, and the first one's line and name.
    pub(super) totals: (usize, usize, String),
    /// The line of the last row of totals counted.
    total_line: usize,
    /// Years marked for a footnote (`2024*`), with the mark.
    marks: Vec<(i32, String)>,
    /// The population names no year: a column beside a column per year, or beside a header
    /// in two rows. Each row has it, and it is kept for one year (see `finish`).
    pub(super) undated: bool,
}

impl<'c> Rows<'c> {
    pub(super) fn new(columns: &'c Columns, default_year: Option<i32>, commas: Commas) -> Self {
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

    pub(super) fn mark(&mut self, year: i32, text: &str) {
        let mark = super::columns::year_mark(text);
        if !mark.is_empty() && !self.marks.iter().any(|(y, _)| *y == year) {
            self.marks.push((year, mark.to_owned()));
        }
    }

    pub(super) fn add(&mut self, record: &CsvRecord, errors: &mut Vec<DataError>) {
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
    pub(super) fn suggest(&self, errors: &mut [DataError], hint: Lang) {
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

    pub(super) fn finish(
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
pub(super) fn lost_letters(text: &str) -> bool {
    text.contains('?') && text.chars().any(char::is_alphabetic)
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
