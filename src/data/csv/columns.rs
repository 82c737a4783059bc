//! What each column of a CSV header holds, from the words people use for it in Kazakh,
//! Russian and English.
//!
//! The four indicators of the seed dataset are recognised by id and by their kk/ru/en names
//! (the same names as in `data/zhetysu-2023.json`, so a CSV and a JSON file of the same
//! figures chart identically); any other column is an indicator named by its header.

use super::super::dataset::{Indicator, Text, Unit};
use super::super::error::{DataError, Location};
use super::fold::key;
use super::read::CsvRecord;
use super::regions::TOTAL_WORDS;
use super::{CsvProblem, MAX_ERRORS};
use crate::locale::lowercase;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const REGION: &[&str] = &[
    "Өңір",
    "Өңірлер",
    "Өңір атауы",
    "Облыс",
    "Облыс атауы",
    "Облыстар",
    "Облыстар мен қалалар",
    "Аймақ",
    "Қала",
    "Регион",
    "Регионы",
    "Наименование региона",
    "Название региона",
    "Область",
    "Наименование области",
    "Название области",
    "Области",
    "Город",
    "Области и города",
    "Область, город",
    "Облыс, қала",
    // The name column of the Bureau of National Statistics' and 1C's tables.
    "Наименование",
    "Атауы",
    "Код",
    "Region",
    "Regions",
    "Region name",
    "City",
    "id",
    "code",
    "ISO",
    "ISO 3166-2",
];
/// Headers of a column of districts, as keys (`fold::key`).
const DISTRICT: &[&str] = &[
    "район",
    "районы",
    "наименованиерайона",
    "аудан",
    "аудандар",
    "ауданатауы",
    "district",
    "districts",
];
/// Headers of columns of notes, dates and sources, as keys: text beside the figures.
const NOTES: &[&str] = &[
    "комментарий",
    "комментарии",
    "примечание",
    "примечания",
    "пояснение",
    "ескерту",
    "ескертпе",
    "түсініктеме",
    "comment",
    "comments",
    "note",
    "notes",
    "remarks",
    "дата",
    "датаобновления",
    "күні",
    "date",
    "источник",
    "дереккөз",
    "source",
];
/// How the header of a column of changes starts (`Прирост, %`, `Темп роста`, `Өсімі`), in
/// lower case.
const CHANGE: &[&str] = &[
    "прирост",
    "рост",
    "изменени",
    "динамик",
    "снижени",
    "өсім",
    "өсу",
    "өзгеріс",
    "change",
    "growth",
    "increase",
    "decrease",
];
const YEAR: &[&str] = &[
    "Жыл",
    "Есепті жыл",
    "Год",
    "Отчётный год",
    "Период",
    "Отчётный период",
    "Кезең",
    "Есепті кезең",
    "Year",
    "Reporting year",
    "Period",
];
const POPULATION: &[&str] = &[
    "Халық саны",
    "Тұрғындар саны",
    "Население",
    "Численность населения",
    "Численность населения на начало года",
    "Среднегодовая численность населения",
    "Жыл басындағы халық саны",
    "Халықтың орташа жылдық саны",
    "Population",
    "Population at the beginning of the year",
];
/// Words that say a header counts what follows (`Количество НПО`, `Number of NGOs`) or,
/// in Kazakh, what precedes (`ҮЕҰ саны`).
const COUNT_BEFORE: &[&str] = &["количество", "колво", "число", "numberof", "саны"];
/// Units after a header (`Население, тыс. человек`, `Population (thousands)`) that scale its
/// figures by a thousand: a population's only.
const THOUSANDS: &[&str] = &["тыс", "тысяч", "мың", "thousand", "thousands", "000"];
/// Units after a header that leave its meaning as it is (`НПО, ед.`, `Население (чел.)`).
const UNITS: &[&str] = &[
    "ед",
    "единиц",
    "единица",
    "шт",
    "бірлік",
    "units",
    "number",
    "чел",
    "человек",
    "адам",
    "persons",
    "people",
];

/// An indicator known by id and name, so its column is recognised in any language.
struct Known {
    id: &'static str,
    kk: &'static str,
    ru: &'static str,
    en: &'static str,
    /// Other ways of writing its header: abbreviations, shorter names.
    aliases: &'static [&'static str],
}

const KNOWN: &[Known] = &[
    Known {
        id: "ngo",
        kk: "Үкіметтік емес ұйымдар",
        ru: "Неправительственные организации",
        en: "Non-governmental organisations",
        aliases: &[
            "ҮЕҰ",
            "НПО",
            "НКО",
            "NGO",
            "NGOs",
            "Non-governmental organizations",
        ],
    },
    Known {
        id: "ethnocultural",
        kk: "Этномәдени орталықтар",
        ru: "Этнокультурные центры",
        en: "Ethnocultural centres",
        aliases: &["Ethnocultural centers"],
    },
    Known {
        id: "media",
        kk: "Бұқаралық ақпарат құралдары",
        ru: "Средства массовой информации",
        en: "Mass media outlets",
        aliases: &["БАҚ", "СМИ", "Media"],
    },
    Known {
        id: "party-branches",
        kk: "Саяси партиялардың облыстық филиалдары",
        ru: "Областные филиалы политических партий",
        en: "Regional branches of political parties",
        aliases: &["Филиалы политических партий", "Party branches"],
    },
];

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Region,
    Year,
    Population,
    /// Index into [`Columns::indicators`].
    Indicator(usize),
    /// The values of one year, in a table with a column per year (`Регион;2021;2022`).
    YearValues(i32),
    /// An empty header cell: allowed while the column is empty too (spreadsheets export a
    /// trailing delimiter).
    Unnamed,
    /// The rows' numbers (`№ п/п`, `Р/с`), which Russian and Kazakh tables start with, or
    /// the regions' codes in the classifier of administrative units (`Код КАТО`): not a
    /// figure, where it had been drawn as one (and added into stacks).
    RowNumber,
    /// A column that is not drawn, and the footer says why.
    Left(Left),
}

/// Why a column is left out of the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Left {
    /// The sum of the indicator columns (`Всего`): drawn beside them, it doubled every stack
    /// and took half of every share.
    Total,
    /// Notes, dates or names (`Комментарий`, `Дата`): words where figures go had refused the
    /// whole file, cell by cell.
    Text,
    /// Changes worked out from other figures (`Прирост, %`), negative as often as not: the
    /// chart works changes out itself, and a negative one had refused the whole file.
    Change,
}

/// An indicator column, and whether its unit is known from its header or its id.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Column {
    pub indicator: Indicator,
    /// `false` for a header not known and not marked `%`: its unit is decided by its values.
    pub unit_known: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Columns {
    pub roles: Vec<Role>,
    /// The header texts, trimmed, for messages.
    pub names: Vec<String>,
    pub indicators: Vec<Column>,
    /// What the population column's figures are multiplied by: 1000 where its header says
    /// they are in thousands.
    pub population_scale: f64,
    /// A table with a column per year: its one indicator is named by the file's title.
    pub wide: bool,
}

impl Columns {
    pub fn of(&self, role: Role) -> impl Iterator<Item = usize> + '_ {
        self.roles
            .iter()
            .enumerate()
            .filter(move |(_, r)| **r == role)
            .map(|(i, _)| i)
    }

    pub fn first(&self, role: Role) -> Option<usize> {
        self.of(role).next()
    }

    pub fn name(&self, column: usize) -> String {
        self.names.get(column).cloned().unwrap_or_default()
    }

    /// Leaves out the indicator columns whose cells are all words (`text(column)`), as long
    /// as one with figures stays: a file of nothing but words is more likely misread, and
    /// its cells' messages say how.
    pub fn leave_out_text(&mut self, text: impl Fn(usize) -> bool) {
        let indicator = |r: &Role| matches!(r, Role::Indicator(_));
        if !self
            .roles
            .iter()
            .enumerate()
            .any(|(c, r)| indicator(r) && !text(c))
        {
            return;
        }
        let mut indicators = Vec::with_capacity(self.indicators.len());
        for (c, role) in self.roles.iter_mut().enumerate() {
            let Role::Indicator(i) = *role else { continue };
            *role = if text(c) {
                Role::Left(Left::Text)
            } else {
                indicators.push(self.indicators[i].clone());
                Role::Indicator(indicators.len() - 1)
            };
        }
        self.indicators = indicators;
    }
}

/// What a header word means, before `%` is considered.
#[derive(Clone, Copy)]
enum Word {
    Region,
    Year,
    Population,
    Known(&'static Known),
}

impl Word {
    fn same(self, other: Word) -> bool {
        match (self, other) {
            (Word::Known(a), Word::Known(b)) => a.id == b.id,
            _ => std::mem::discriminant(&self) == std::mem::discriminant(&other),
        }
    }
}

/// Every known header, by its key, built once.
fn vocabulary() -> &'static HashMap<String, Word> {
    static WORDS: OnceLock<HashMap<String, Word>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = HashMap::default();
        for known in KNOWN {
            for name in [known.id, known.kk, known.ru, known.en]
                .iter()
                .chain(known.aliases)
            {
                words.insert(key(name), Word::Known(known));
            }
        }
        for (list, word) in [
            (POPULATION, Word::Population),
            (YEAR, Word::Year),
            (REGION, Word::Region),
        ] {
            for name in list {
                words.insert(key(name), word);
            }
        }
        words
    })
}

/// What `header` means, and the factor its figures are to be multiplied by (a population
/// given in thousands): its words as written; else without a unit after a comma or in
/// brackets (`Население, тыс. человек`, `НПО (ед.)`); else without a word saying it counts
/// (`Количество НПО`, `ҮЕҰ саны`); else what every part of a header in two languages says
/// (`Өңір / Регион`).
fn lookup(header: &str) -> Option<(Word, f64)> {
    let known = |text: &str| vocabulary().get(&key(text)).copied();
    if let Some(word) = known(header) {
        return Some((word, 1.0));
    }
    // Only a unit may follow (`НПО, на 10 000 жителей` is another figure than NGOs).
    if let Some(at) = header.find([',', '(']) {
        let unit = super::fold::words(&header[at..]);
        let thousands = unit.iter().any(|w| THOUSANDS.contains(&w.as_str()));
        let units = unit
            .iter()
            .all(|w| UNITS.contains(&w.as_str()) || THOUSANDS.contains(&w.as_str()));
        match known(&header[..at]) {
            Some(Word::Population) if units => {
                return Some((Word::Population, if thousands { 1000.0 } else { 1.0 }))
            }
            Some(word) if units && !thousands => return Some((word, 1.0)),
            _ => {}
        }
    }
    let k = key(header);
    for count in COUNT_BEFORE {
        let rest = k.strip_prefix(count).or_else(|| k.strip_suffix(count));
        if let Some(&word @ Word::Known(_)) = rest.and_then(|rest| vocabulary().get(rest)) {
            return Some((word, 1.0));
        }
    }
    let (first, second) = header.split_once('/')?;
    let (word, scale) = lookup(first)?;
    lookup(second)
        .filter(|&(other, _)| other.same(word))
        .map(|_| (word, scale))
}

/// `№`, `№ п/п`, `N п/п`, `No.`, `Р/с` (реттік саны), `Реттік нөмір`: a column of row
/// numbers; `Код КАТО` (ӘАОЖ in Kazakh): of codes.
fn is_row_number(header: &str) -> bool {
    match key(header).as_str() {
        "" => header.contains('№'),
        "пп" | "nпп" | "no" | "nr" | "рс" | "реттікнөмір" | "реттіксаны" => {
            true
        }
        "като" | "кодкато" | "kato" | "katocode" | "әаож" | "әаожкоды" => {
            true
        }
        _ => false,
    }
}

/// Whether a header names a column of changes: `Прирост, %`, `Темп роста`, `Өсімі`,
/// `Change 2022–2023` (the first word only, after `темп`: `Climate change NGOs` count).
fn is_change(header: &str) -> bool {
    let words = super::fold::words(header);
    let mut words = words.iter().skip_while(|w| *w == "темп" || *w == "темпы");
    let first = words.next().map_or("", String::as_str);
    CHANGE.iter().any(|start| first.starts_with(start))
}

/// `Доля НПО, %`, `Share (%)` and `Share (in %)` hold percentages.
pub(super) fn is_percent(header: &str) -> bool {
    let h = header.trim_end();
    let h = h.strip_suffix(')').unwrap_or(h).trim_end();
    h.ends_with('%')
}

/// An id for a header that is not a known indicator: its words joined by `-`.
fn derived_id(header: &str, column: usize) -> String {
    let id = super::fold::words(header).join("-");
    if id.is_empty() {
        format!("column-{}", column + 1)
    } else {
        id
    }
}

/// The indicator a column holds: a known one under any of its names, or one named by the
/// header itself.
fn indicator_column(known: Option<&Known>, header: &str, column: usize) -> Column {
    match known {
        Some(k) => Column {
            indicator: Indicator {
                id: k.id.to_owned(),
                name: Text {
                    kk: Some(k.kk.to_owned()),
                    ru: Some(k.ru.to_owned()),
                    en: Some(k.en.to_owned()),
                },
                unit: Unit::Count,
            },
            unit_known: true,
        },
        None => {
            let percent = is_percent(header);
            Column {
                indicator: Indicator {
                    id: derived_id(header, column),
                    name: Text::from(header),
                    unit: if percent { Unit::Percent } else { Unit::Count },
                },
                unit_known: percent,
            }
        }
    }
}

/// A year as Excel users write it (`2023`, `2023 г.`, `2023 жыл`, `2024*` with a footnote's
/// mark, the footnote being printed under the chart, `2023 (оценка)` with a remark): a header
/// of a column of that year's values, or a cell of the year column.
pub(super) fn year_of(header: &str) -> Option<i32> {
    let digits = header.get(..4)?;
    let rest = header[4..].trim_end().trim_end_matches('*');
    let remark = remark(rest).len();
    let word = lowercase(rest[..rest.len() - remark].trim());
    let word = matches!(
        word.trim_end_matches('.'),
        "" | "г" | "год" | "ж" | "жыл" | "жылы" | "year"
    );
    let year: i32 = digits.parse().ok()?;
    let digits = digits.bytes().all(|b| b.is_ascii_digit());
    (word && digits && crate::data::YEARS.contains(&year)).then_some(year)
}

/// Whether a header names the column of regions.
pub(super) fn names_region(header: &str) -> bool {
    matches!(lookup(header.trim()), Some((Word::Region, _)))
}

/// Whether a header names the column of years.
pub(super) fn names_year(header: &str) -> bool {
    matches!(lookup(header.trim()), Some((Word::Year, _)))
}

/// The footnote mark after a year (`2024*` → `*`), or its remark (`2023 (оценка)` →
/// ` (оценка)`, where it had made the column an indicator beside the years), or "".
pub(super) fn year_mark(text: &str) -> &str {
    let text = text.trim();
    let remark = remark(text);
    if remark.is_empty() {
        &text[text.trim_end_matches('*').len()..]
    } else {
        &text[text.len() - remark.len() - 1..]
    }
}

/// A remark in brackets that `text` ends with (`(оценка)`, `(прогноз)`), or "".
fn remark(text: &str) -> &str {
    let text = text.trim_end();
    match text.rfind('(') {
        Some(open) if text.ends_with(')') && text[..open].ends_with(' ') => &text[open..],
        _ => "",
    }
}

/// Recognises every column of the header; refuses a header without a region column or
/// without indicators, and one that names the same thing twice. A header of years
/// (`Регион;2021;2022;2023`, as statistical tables run) holds one indicator, a column a year,
/// unless it has a year column too, where such headers are indicators named by a number.
pub(super) fn classify(header: &CsvRecord) -> Result<Columns, Vec<DataError>> {
    // Each header's meaning, looked up once: whether one is a year column decides what the
    // headers that are years mean.
    let meanings: Vec<Option<(Word, f64)>> =
        header.fields.iter().map(|f| lookup(f.trim())).collect();
    let year_column = meanings.iter().any(|m| matches!(m, Some((Word::Year, _))));
    let mut errors = Vec::new();
    let mut roles = Vec::with_capacity(header.fields.len());
    let mut names = Vec::with_capacity(header.fields.len());
    let mut indicators: Vec<Column> = Vec::new();
    // The indicators' ids, and each cell's line, found once: looked for column by column, a
    // header of 20 000 columns took seconds, twice as many four times as long. A twin's first
    // column is looked for only while problems are still listed.
    let mut ids: HashSet<String> = HashSet::default();
    let lines = header.field_lines();
    let mut population_scale = 1.0;
    for (column, raw) in header.fields.iter().enumerate() {
        let name = raw.trim().to_owned();
        let at = || Location::Cell {
            line: lines.get(column).copied().unwrap_or(header.line),
            column: Some(raw.trim().to_owned()),
        };
        let (word, scale) = meanings[column].map_or((None, 1.0), |(w, s)| (Some(w), s));
        let year = year_of(&name).filter(|_| word.is_none() && !year_column);
        let role = match word {
            _ if name.is_empty() => Role::Unnamed,
            None if is_row_number(&name) => Role::RowNumber,
            None if TOTAL_WORDS.contains(&key(&name).as_str()) => Role::Left(Left::Total),
            None if NOTES.contains(&key(&name).as_str()) => Role::Left(Left::Text),
            None if is_change(&name) => Role::Left(Left::Change),
            None if year.is_some() => Role::YearValues(year.unwrap_or_default()),
            Some(Word::Region) => Role::Region,
            Some(Word::Year | Word::Population) => {
                let role = if matches!(word, Some(Word::Year)) {
                    Role::Year
                } else {
                    Role::Population
                };
                if let Some(first) = roles.iter().position(|r| *r == role) {
                    let first = names.get(first).cloned().unwrap_or_default();
                    errors.push(DataError::new(CsvProblem::DuplicateColumn(first), at()));
                }
                if role == Role::Population {
                    population_scale = scale;
                }
                role
            }
            _ => {
                let known = match word {
                    Some(Word::Known(k)) if !is_percent(&name) => Some(k),
                    _ => None,
                };
                let column_of = indicator_column(known, &name, column);
                if !ids.insert(column_of.indicator.id.clone()) && errors.len() < MAX_ERRORS {
                    let twin =
                        (indicators.iter()).position(|c| c.indicator.id == column_of.indicator.id);
                    let first = (roles.iter())
                        .position(|r| twin.is_some_and(|t| *r == Role::Indicator(t)))
                        .and_then(|i| names.get(i).cloned())
                        .unwrap_or_default();
                    errors.push(DataError::new(CsvProblem::DuplicateColumn(first), at()));
                }
                indicators.push(column_of);
                Role::Indicator(indicators.len() - 1)
            }
        };
        roles.push(role);
        names.push(name);
    }
    let at_header = Location::Cell {
        line: header.line,
        column: None,
    };
    // Excel's pivot tables and 1C leave the names' header empty (`;НПО;СМИ`).
    if !roles.contains(&Role::Region) && roles.first() == Some(&Role::Unnamed) {
        roles[0] = Role::Region;
    }
    // A total or a change alone is the file's one figure, not a column to leave out (a table
    // with a column per year has its one figure in those).
    let across = roles.iter().any(|r| matches!(r, Role::YearValues(_)));
    let figure = |r: &Role| matches!(r, Role::Left(Left::Total | Left::Change));
    if let Some(column) = roles.iter().position(figure).filter(|_| !across) {
        if indicators.is_empty() {
            indicators.push(indicator_column(None, &names[column], column));
            roles[column] = Role::Indicator(0);
        }
    }
    if !roles.contains(&Role::Region) {
        // A column of districts, which had been told it was no region column at all.
        let districts = names
            .iter()
            .position(|n| DISTRICT.contains(&key(n).as_str()));
        let (problem, at) = match districts {
            Some(c) => (
                CsvProblem::Districts,
                Location::Cell {
                    line: lines.get(c).copied().unwrap_or(header.line),
                    column: Some(names[c].clone()),
                },
            ),
            None => (CsvProblem::NoRegionColumn, at_header.clone()),
        };
        errors.push(DataError::new(problem, at));
    }
    let headers = |keep: fn(&Role) -> bool| -> Vec<&str> {
        let columns = roles.iter().zip(&names).filter(|(role, _)| keep(role));
        columns.map(|(_, name)| name.as_str()).collect()
    };
    let years = headers(|role| matches!(role, Role::YearValues(_)));
    let wide = !years.is_empty();
    if wide && !indicators.is_empty() {
        // Years across and indicators across at once: which year is an indicator's? Named,
        // since an indicator may be a year as written (`2023 (оценка)`).
        let beside = headers(|role| matches!(role, Role::Indicator(_)));
        let problem = CsvProblem::YearsAsColumns(years.join(", "), beside.join(", "));
        errors.push(DataError::new(problem, at_header));
    } else if wide {
        indicators.push(Column {
            indicator: Indicator {
                id: "value".to_owned(),
                name: Text::default(),
                unit: Unit::Count,
            },
            unit_known: false,
        });
    } else if indicators.is_empty() {
        errors.push(DataError::new(CsvProblem::NoIndicatorColumns, at_header));
    }
    if errors.is_empty() {
        Ok(Columns {
            roles,
            names,
            indicators,
            population_scale,
            wide,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(fields: &[&str]) -> CsvRecord {
        CsvRecord {
            line: 1,
            fields: fields.iter().map(|s| s.to_string()).collect(),
            lines: Vec::new(),
        }
    }

    #[test]
    fn headers_in_every_language() {
        let c = classify(&header(&[
            " өңір ",
            "ЖЫЛ",
            "Численность  населения",
            "НПО",
            "Mass media outlets",
            "БАҚ %",
            "Доля женщин (%)",
            "Volunteers",
            "",
        ]))
        .unwrap();
        assert_eq!(
            c.roles,
            [
                Role::Region,
                Role::Year,
                Role::Population,
                Role::Indicator(0),
                Role::Indicator(1),
                Role::Indicator(2),
                Role::Indicator(3),
                Role::Indicator(4),
                Role::Unnamed
            ]
        );
        let ids: Vec<&str> = c
            .indicators
            .iter()
            .map(|i| i.indicator.id.as_str())
            .collect();
        assert_eq!(ids, ["ngo", "media", "бақ", "доля-женщин", "volunteers"]);
        let units: Vec<Unit> = c.indicators.iter().map(|i| i.indicator.unit).collect();
        assert_eq!(
            units,
            [
                Unit::Count,
                Unit::Count,
                Unit::Percent,
                Unit::Percent,
                Unit::Count
            ]
        );
        assert!(!c.indicators[4].unit_known);
        assert_eq!(
            c.indicators[3].indicator.name.pick(crate::locale::Lang::En),
            "Доля женщин (%)"
        );
    }

    #[test]
    fn every_alias_of_the_region_column() {
        for name in [
            "Өңір",
            "Облыс",
            "Аймақ",
            "Регион",
            "Область",
            "Region",
            "region",
            "id",
            "code",
            "ISO",
            // What a data officer's review found refused.
            "Наименование области",
            "Область/город",
            "Облыс / қала",
            "Город",
        ] {
            let c = classify(&header(&[name, "ngo"])).unwrap();
            assert_eq!(c.roles[0], Role::Region, "{name}");
        }
    }

    /// Headers an analyst's exports carry that were refused as "no region column" or charted
    /// as indicators of their own.
    #[test]
    fn headers_in_two_languages_with_units_or_counting_words() {
        let c = classify(&header(&[
            "Өңір / Регион",
            "Отчётный год",
            "Население, тыс. человек",
            "Кол-во НПО",
            "БАҚ саны",
            "Number of NGOs",
            "НПО (ед.)",
            "Наименование региона",
        ]));
        let errors = c.as_ref().err().map(|e| e.len());
        assert_eq!(errors, Some(2), "NGOs three times: {c:?}");
        let c = classify(&header(&[
            "Өңір / Регион",
            "Отчётный год",
            "Население, тыс. человек",
            "Кол-во НПО",
            "БАҚ саны",
            "Облыстар мен қалалар",
        ]))
        .unwrap();
        assert_eq!(
            c.roles,
            [
                Role::Region,
                Role::Year,
                Role::Population,
                Role::Indicator(0),
                Role::Indicator(1),
                Role::Region
            ]
        );
        assert_eq!(c.population_scale, 1000.0);
        let ids: Vec<&str> = c
            .indicators
            .iter()
            .map(|i| i.indicator.id.as_str())
            .collect();
        assert_eq!(ids, ["ngo", "media"]);
        for name in [
            "Population (persons)",
            "Население, человек",
            "Халық саны / Население",
        ] {
            let c = classify(&header(&["Region", name, "NGOs"])).unwrap();
            assert_eq!(
                (c.roles[1], c.population_scale),
                (Role::Population, 1.0),
                "{name}"
            );
        }
        // Parts that disagree, or a unit after a word that is not a header, stay indicators.
        for name in [
            "Region / NGOs",
            "Доля НПО, %",
            "Volunteers, thousand",
            "НПО, на 10 000 жителей",
            "НПО, 2023",
            "СМИ, тыс.",
        ] {
            let c = classify(&header(&["Region", name])).unwrap();
            assert_eq!(c.roles[1], Role::Indicator(0), "{name}");
        }
    }

    #[test]
    fn the_same_thing_twice_is_refused() {
        let errors = classify(&header(&["Region", "НПО", "NGOs", "Год", "Year"])).unwrap_err();
        let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            messages,
            [
                "line 1, column 'NGOs': repeats column 'НПО'",
                "line 1, column 'Year': repeats column 'Год'"
            ]
        );
    }
}
