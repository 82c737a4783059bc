//! The bar chart's content: which bars, in which order, saying what.

use crate::data::{Dataset, Source, Unit};
use crate::locale::{collate, format_number, format_percent, Lang, Msg};
use crate::options::{Options, Sort};
use std::fmt;

/// One bar: what it is called, its value, and that value as the reader will read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    /// `None` is "no data": drawn as a note, never as a zero-length bar.
    pub value: Option<f64>,
    pub value_text: String,
    pub region: usize,
    pub indicator: usize,
}

/// A chart's content, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub lang: Lang,
    pub title: String,
    pub subtitle: String,
    pub axis_title: String,
    pub rows: Vec<Row>,
    /// Source and notes, one line each, printed under the chart.
    pub footer: Vec<String>,
    pub illustrative: bool,
    /// How tick labels are written: decimals and whether they are percentages.
    pub unit: Unit,
}

/// Options that ask for something the dataset does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatsError {
    UnknownRegion(String),
    UnknownIndicator(String),
    UnknownYear(i32),
}

impl StatsError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            StatsError::UnknownRegion(id) => Msg::UnknownRegionOption.fill(lang, &[("id", id)]),
            StatsError::UnknownIndicator(id) => {
                Msg::UnknownIndicatorOption.fill(lang, &[("id", id)])
            }
            StatsError::UnknownYear(y) => {
                Msg::UnknownYearOption.fill(lang, &[("year", &y.to_string())])
            }
        }
    }
}

impl fmt::Display for StatsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StatsError {}

/// Writes a value of an indicator with the given unit.
pub fn value_text(value: Option<f64>, unit: Unit, lang: Lang) -> String {
    match (value, unit) {
        (None, _) => Msg::NoData.text(lang).to_owned(),
        (Some(v), Unit::Count) => format_number(v, 0, lang),
        (Some(v), Unit::Percent) => format_percent(v, 1, lang),
        (Some(v), Unit::Number) => format_number(v, 1, lang),
    }
}

fn select(
    ids: &[String],
    find: impl Fn(&str) -> Option<usize>,
    all: usize,
) -> Result<Vec<usize>, String> {
    if ids.is_empty() {
        return Ok((0..all).collect());
    }
    ids.iter()
        .map(|id| find(id.trim()).ok_or_else(|| id.clone()))
        .collect()
}

/// The bar chart for `options`: one region's indicators when one region is shown, otherwise
/// the first chosen indicator across the chosen regions.
pub fn figure(data: &Dataset, options: &Options) -> Result<Figure, StatsError> {
    let lang = options.lang;
    let regions = select(
        &options.regions,
        |id| data.region_index(id),
        data.regions.len(),
    )
    .map_err(StatsError::UnknownRegion)?;
    let indicators = select(
        &options.indicators,
        |id| data.indicator_index(id),
        data.indicators.len(),
    )
    .map_err(StatsError::UnknownIndicator)?;
    let year = match options.year {
        Some(y) => Some(data.year_index(y).ok_or(StatsError::UnknownYear(y))?),
        None => data.latest_year(),
    };
    let year_label = year.map(|y| data.years[y].to_string()).unwrap_or_default();
    let value = |r: usize, i: usize| year.and_then(|y| data.value(r, y, i));

    let mut fallback = data.title.get(lang).1 != lang;
    let mut name = |text: &crate::data::Text| {
        let (s, used) = text.get(lang);
        fallback |= used != lang;
        s.to_owned()
    };

    let (rows, subtitle, unit) = if regions.len() == 1 {
        let r = regions[0];
        let rows = indicators
            .iter()
            .map(|&i| {
                let v = value(r, i);
                Row {
                    label: name(&data.indicators[i].name),
                    value: v,
                    value_text: value_text(v, data.indicators[i].unit, lang),
                    region: r,
                    indicator: i,
                }
            })
            .collect::<Vec<_>>();
        let units: Vec<Unit> = indicators
            .iter()
            .map(|&i| data.indicators[i].unit)
            .collect();
        let unit = if units.iter().all(|u| *u == units[0]) {
            units[0]
        } else {
            Unit::Number
        };
        let subtitle = join(&name(&data.regions[r].name), &year_label);
        (rows, subtitle, unit)
    } else {
        let i = indicators[0];
        let unit = data.indicators[i].unit;
        let rows = regions
            .iter()
            .map(|&r| {
                let v = value(r, i);
                Row {
                    label: name(&data.regions[r].name),
                    value: v,
                    value_text: value_text(v, unit, lang),
                    region: r,
                    indicator: i,
                }
            })
            .collect::<Vec<_>>();
        let subtitle = join(&name(&data.indicators[i].name), &year_label);
        (rows, subtitle, unit)
    };

    let mut rows = rows;
    sort_rows(&mut rows, options.sort, lang);

    let mut footer = vec![source_line(&data.source, lang)];
    if data.illustrative {
        footer.insert(0, Msg::Illustrative.text(lang).to_owned());
    }
    if fallback {
        footer.push(Msg::NamesFallback.text(lang).to_owned());
    }
    let axis_title = match unit {
        Unit::Count => Msg::Count,
        Unit::Percent => Msg::Percent,
        Unit::Number => Msg::Value,
    }
    .text(lang)
    .to_owned();

    Ok(Figure {
        lang,
        title: data.title.pick(lang).to_owned(),
        subtitle,
        axis_title,
        rows,
        footer,
        illustrative: data.illustrative,
        unit,
    })
}

fn join(a: &str, b: &str) -> String {
    if b.is_empty() {
        a.to_owned()
    } else {
        format!("{a}, {b}")
    }
}

fn sort_rows(rows: &mut [Row], sort: Sort, lang: Lang) {
    // Missing values go last whichever way values are sorted: "no data" is not "smallest".
    let by_value = |a: &Row, b: &Row, desc: bool| match (a.value, b.value) {
        (Some(x), Some(y)) if desc => y.total_cmp(&x),
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    };
    match sort {
        Sort::Data => {}
        Sort::ValueDesc => rows.sort_by(|a, b| by_value(a, b, true)),
        Sort::ValueAsc => rows.sort_by(|a, b| by_value(a, b, false)),
        Sort::Name => rows.sort_by(|a, b| collate(&a.label, &b.label, lang)),
    }
}

/// "Source: title — publisher, date", in the reader's language.
pub fn source_line(source: &Source, lang: Lang) -> String {
    format!(
        "{}: {} — {}, {}",
        Msg::Source.text(lang),
        source.title.pick(lang),
        source.publisher,
        source.date
    )
}
