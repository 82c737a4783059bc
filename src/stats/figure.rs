//! A chart's content for every chart kind: categories, series, values and their words.

use super::measure::{self, population_for};
use super::text::{decimals, is_percent, signed, value_text};
use crate::data::{Dataset, Source, Text, Unit};
use crate::locale::{collate, format_number, Lang, Msg};
use crate::options::{ChartKind, Measure, Options, Reference, ReferenceName, Sort};
use std::fmt;

/// A row of a bar chart, a slice of a pie, a year of a trend.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// The id it stands for (an indicator, a region or a year), for options and events.
    pub key: String,
    pub label: String,
    /// Its colour among the legend's entries (stable when others are hidden).
    pub color: usize,
    /// A remark drawn beside the category (the difference in a comparison).
    pub note: Option<String>,
    /// The reader's selected region: drawn highlighted.
    pub selected: bool,
}

/// A coloured series: what the legend lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The id it stands for (an indicator or a region), for options and events.
    pub key: String,
    pub label: String,
    /// Its colour among the legend's entries (stable when others are hidden).
    pub color: usize,
}

/// One entry of the legend, visible or hidden by the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub key: String,
    pub label: String,
    pub color: usize,
    pub hidden: bool,
}

/// One value of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The measured value that sets the mark's size; `None` is "no data" (or no population).
    pub value: Option<f64>,
    /// The value as written on the chart.
    pub text: String,
    /// The value as published, before any measure.
    pub count: Option<f64>,
    pub region: usize,
    pub indicator: usize,
    pub year: i32,
}

/// A vertical line marking a reference value, with its label.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceLine {
    pub value: f64,
    pub label: String,
}

/// A chart's content, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub lang: Lang,
    pub kind: ChartKind,
    pub title: String,
    pub subtitle: String,
    /// The measure and its unit (`Саны`, `На 10 000 жителей`).
    pub axis_title: String,
    pub categories: Vec<Category>,
    pub series: Vec<Series>,
    /// Row-major: `cells[category * series.len() + series]`.
    pub cells: Vec<Cell>,
    pub reference: Option<ReferenceLine>,
    /// What the legend lists: the series, or a pie's slices; hidden entries included.
    pub legend: Vec<LegendEntry>,
    /// Source and notes, one line each, printed under the chart.
    pub footer: Vec<String>,
    pub illustrative: bool,
    /// Whether values (and so ticks) are percentages.
    pub percent: bool,
    /// The whole a pie or donut divides, written out (`470`).
    pub total: Option<String>,
    pub measure: Measure,
    /// Every region's and indicator's id and name, by dataset index, for tooltips and events.
    pub regions: Vec<Named>,
    pub indicators: Vec<Named>,
}

/// A region or indicator as the reader's language names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub id: String,
    pub name: String,
}

impl Figure {
    pub fn cell(&self, category: usize, series: usize) -> &Cell {
        &self.cells[category * self.series.len() + series]
    }

    /// The cells of one category, in series order.
    pub fn row(&self, category: usize) -> &[Cell] {
        let n = self.series.len();
        &self.cells[category * n..(category + 1) * n]
    }

    /// The largest value drawn, for the scale.
    pub fn max_value(&self) -> f64 {
        self.cells
            .iter()
            .filter_map(|c| c.value)
            .fold(0.0, f64::max)
    }

    /// Writes a number the way this figure's values are written (for ticks and references).
    pub fn format_tick(&self, value: f64, decimals: usize) -> String {
        if self.percent {
            crate::locale::format_percent(value, decimals, self.lang)
        } else {
            format_number(value, decimals, self.lang)
        }
    }
}

/// Options that ask for something the dataset does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatsError {
    UnknownRegion(String),
    UnknownIndicator(String),
    UnknownYear(i32),
    NeedsTwoRegions,
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
            StatsError::NeedsTwoRegions => Msg::NeedsTwoRegions.text(lang).to_owned(),
        }
    }
}

impl fmt::Display for StatsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StatsError {}

/// Which value a cell shows: (region, year index, indicator).
type CellKey = (usize, usize, usize);

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

/// Resolves names in the reader's language, remembering whether any fell back to another.
struct Names {
    lang: Lang,
    fallback: bool,
}

impl Names {
    fn get(&mut self, text: &Text) -> String {
        let (s, used) = text.get(self.lang);
        self.fallback |= used != self.lang;
        s.to_owned()
    }
}

/// Builds the content of the chart `options` ask for.
pub fn figure(data: &Dataset, options: &Options) -> Result<Figure, StatsError> {
    let lang = options.lang;
    let kind = options.chart;
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
        Some(y) => data.year_index(y).ok_or(StatsError::UnknownYear(y))?,
        None => data.latest_year().unwrap_or_default(),
    };
    let year_value = data.years.get(year).copied().unwrap_or_default();
    let selected = options
        .selected
        .as_deref()
        .and_then(|id| data.region_index(id));
    let mut names = Names {
        lang,
        fallback: data.title.get(lang).1 != lang,
    };
    let mut measure = options.measure;
    let mut footer_notes = Vec::new();

    // Which axis is which, per kind.
    let (mut categories, mut series, mut cells_of): (Vec<Category>, Vec<Series>, Vec<CellKey>);
    let mut subtitle_head = String::new();
    let region_id = |r: usize| data.regions[r].id.clone();
    let indicator_id = |i: usize| data.indicators[i].id.clone();
    match kind {
        ChartKind::Bar if regions.len() == 1 => {
            (categories, series, cells_of) =
                composition(data, &mut names, &indicators, regions[0], year);
            subtitle_head = series[0].label.clone();
        }
        ChartKind::Bar => {
            let i = indicators[0];
            categories = regions
                .iter()
                .map(|&r| Category {
                    selected: selected == Some(r),
                    ..category(region_id(r), names.get(&data.regions[r].name))
                })
                .collect();
            series = vec![self::series(
                indicator_id(i),
                names.get(&data.indicators[i].name),
            )];
            cells_of = regions.iter().map(|&r| (r, year, i)).collect();
            subtitle_head = series[0].label.clone();
        }
        ChartKind::Grouped | ChartKind::Stacked | ChartKind::Share => {
            if kind == ChartKind::Share {
                measure = Measure::ShareOfRegion;
            }
            categories = regions
                .iter()
                .map(|&r| Category {
                    selected: selected == Some(r),
                    ..category(region_id(r), names.get(&data.regions[r].name))
                })
                .collect();
            series = indicators
                .iter()
                .map(|&i| self::series(indicator_id(i), names.get(&data.indicators[i].name)))
                .collect();
            cells_of = regions
                .iter()
                .flat_map(|&r| indicators.iter().map(move |&i| (r, year, i)))
                .collect();
        }
        ChartKind::Pie | ChartKind::Donut => {
            measure = Measure::Count;
            let r = selected.unwrap_or(regions[0]);
            (categories, series, cells_of) = composition(data, &mut names, &indicators, r, year);
            subtitle_head = series[0].label.clone();
        }
        ChartKind::Compare => {
            let (a, b) = match regions.as_slice() {
                [a, b, ..] => (*a, *b),
                _ => return Err(StatsError::NeedsTwoRegions),
            };
            categories = indicators
                .iter()
                .map(|&i| category(indicator_id(i), names.get(&data.indicators[i].name)))
                .collect();
            series = vec![
                self::series(region_id(a), names.get(&data.regions[a].name)),
                self::series(region_id(b), names.get(&data.regions[b].name)),
            ];
            cells_of = indicators
                .iter()
                .flat_map(|&i| [(a, year, i), (b, year, i)])
                .collect();
            subtitle_head = format!("{} — {}", series[0].label, series[1].label);
        }
        ChartKind::Trend => {
            let i = indicators[0];
            categories = data
                .years
                .iter()
                .map(|y| category(y.to_string(), y.to_string()))
                .collect();
            series = regions
                .iter()
                .map(|&r| self::series(region_id(r), names.get(&data.regions[r].name)))
                .collect();
            cells_of = (0..data.years.len())
                .flat_map(|y| regions.iter().map(move |&r| (r, y, i)))
                .collect();
            subtitle_head = names.get(&data.indicators[i].name);
            if data.years.len() < 2 {
                footer_notes.push(Msg::OneYearOnly.text(lang).to_owned());
            }
        }
    }

    // The legend's entries keep their colours; the ones the reader hid leave the chart (and
    // its scale, shares and totals) but stay in the legend to be shown again.
    let by_category = matches!(kind, ChartKind::Pie | ChartKind::Donut);
    for (i, c) in categories.iter_mut().enumerate() {
        c.color = i;
    }
    for (i, s) in series.iter_mut().enumerate() {
        s.color = i;
    }
    let mut legend: Vec<LegendEntry> = if by_category {
        categories
            .iter()
            .map(|c| (c.key.clone(), c.label.clone(), c.color))
            .collect::<Vec<_>>()
    } else {
        series
            .iter()
            .map(|s| (s.key.clone(), s.label.clone(), s.color))
            .collect()
    }
    .into_iter()
    .map(|(key, label, color)| LegendEntry {
        hidden: options.hidden.iter().any(|h| h.eq_ignore_ascii_case(&key)),
        key,
        label,
        color,
    })
    .collect();
    if legend.iter().all(|e| e.hidden) {
        // Hiding everything would leave an empty chart: show all instead.
        legend.iter_mut().for_each(|e| e.hidden = false);
    }
    let n = series.len();
    if by_category {
        let keep: Vec<bool> = legend.iter().map(|e| !e.hidden).collect();
        cells_of = cells_of
            .chunks(n.max(1))
            .zip(&keep)
            .filter(|(_, k)| **k)
            .flat_map(|(row, _)| row.to_vec())
            .collect();
        let mut k = keep.iter();
        categories.retain(|_| *k.next().unwrap_or(&true));
    } else {
        let keep: Vec<bool> = legend.iter().map(|e| !e.hidden).collect();
        cells_of = cells_of
            .iter()
            .enumerate()
            .filter(|(i, _)| keep.get(i % n.max(1)).copied().unwrap_or(true))
            .map(|(_, c)| *c)
            .collect();
        let mut k = keep.iter();
        series.retain(|_| *k.next().unwrap_or(&true));
    }

    // Measure every cell.
    let mut population_years = Vec::new();
    let mut cells: Vec<Cell> = cells_of
        .iter()
        .map(|&(r, y, i)| {
            let count = data.value(r, y, i);
            let cell_year = data.years.get(y).copied().unwrap_or_default();
            let unit = data.indicators[i].unit;
            let (value, text) = match (measure, count) {
                (_, None) => (None, value_text(None, measure, unit, lang)),
                (Measure::Per10k, Some(v)) => match population_for(data, r, cell_year) {
                    Some(p) => {
                        population_years.push((r, cell_year, p.year));
                        let rate = measure::per_10k(v, p.value);
                        (rate, value_text(rate, measure, unit, lang))
                    }
                    None => (None, Msg::PopulationUnknown.text(lang).to_owned()),
                },
                (Measure::ShareOfTotal, Some(v)) => {
                    let total: f64 = (0..data.regions.len())
                        .filter_map(|rr| data.value(rr, y, i))
                        .sum();
                    let s = measure::share(v, total);
                    (s, value_text(s, measure, unit, lang))
                }
                // Shares of a region's total are rounded together below, so they sum to 100.
                (_, Some(v)) => (Some(v), value_text(Some(v), measure, unit, lang)),
            };
            Cell {
                value,
                text,
                count,
                region: r,
                indicator: i,
                year: cell_year,
            }
        })
        .collect();
    if measure == Measure::ShareOfRegion {
        round_region_shares(&mut cells, series.len(), kind, lang);
    }
    let unit = cells_of
        .first()
        .map_or(Unit::Count, |&(_, _, i)| data.indicators[i].unit);
    let percent = is_percent(measure, unit);

    // Pies show each slice's share; the donut's centre shows the whole.
    let mut total = None;
    if matches!(kind, ChartKind::Pie | ChartKind::Donut) {
        let counts: Vec<Option<f64>> = cells.iter().map(|c| c.count).collect();
        let sum: f64 = counts.iter().flatten().sum();
        total = Some(format_number(
            sum,
            if sum.fract() == 0.0 { 0 } else { 1 },
            lang,
        ));
        for (cell, share) in cells.iter_mut().zip(measure::rounded_shares(&counts, 1)) {
            if let Some(s) = share {
                cell.text = format!(
                    "{} ({})",
                    crate::locale::format_percent(s, 1, lang),
                    cell.text
                );
            }
        }
    }

    // Differences between the two regions of a comparison, unless the reader hid one.
    if kind == ChartKind::Compare && series.len() == 2 {
        for (c, cat) in categories.iter_mut().enumerate() {
            let (a, b) = (&cells[c * 2], &cells[c * 2 + 1]);
            if let (Some(x), Some(y)) = (a.value, b.value) {
                let d = measure::difference(x, y);
                let dec = decimals(measure, unit, d.absolute);
                let mut note = signed(d.absolute, dec, percent, lang);
                if let (Some(p), false) = (d.percent, percent) {
                    note.push_str(&format!(" ({})", signed(p, 1, true, lang)));
                }
                cat.note = Some(note);
            }
        }
    }

    // Trend: each series' change over the period, in the legend.
    if kind == ChartKind::Trend && data.years.len() >= 2 {
        let n = series.len();
        for (s, entry) in series.iter_mut().enumerate() {
            let values: Vec<Option<f64>> = (0..categories.len())
                .map(|c| cells[c * n + s].value)
                .collect();
            let first = values.iter().position(Option::is_some);
            let last = values.iter().rposition(Option::is_some);
            if let (Some(f), Some(l)) = (first, last) {
                if f < l {
                    let (from, to) = (values[f].unwrap_or_default(), values[l].unwrap_or_default());
                    let c = measure::change(from, to);
                    let dec = decimals(measure, unit, c.absolute);
                    let mut text = signed(c.absolute, dec, percent, lang);
                    if let (Some(p), false) = (c.percent, percent) {
                        text.push_str(&format!(", {}", signed(p, 1, true, lang)));
                    }
                    entry.label = format!("{} ({text})", entry.label);
                }
            }
        }
    }

    // Trend legends carry each line's change; hidden entries keep their plain name.
    for entry in legend.iter_mut() {
        let visible = if by_category {
            categories
                .iter()
                .find(|c| c.color == entry.color)
                .map(|c| &c.label)
        } else {
            series
                .iter()
                .find(|s| s.color == entry.color)
                .map(|s| &s.label)
        };
        if let Some(label) = visible {
            entry.label = label.clone();
        }
    }

    let (categories, cells) = sort(categories, cells, series.len(), kind, options.sort, lang);

    // The reference line: only where one series is compared across categories.
    let reference = match (kind, options.reference) {
        (ChartKind::Bar, Some(r)) => {
            let values: Vec<Option<f64>> = cells.iter().map(|c| c.value).collect();
            let (value, name) = match r {
                Reference::Value(v) => (Some(v), Msg::Reference),
                Reference::Named(ReferenceName::Average) => {
                    (measure::average(&values), Msg::Average)
                }
            };
            value.filter(|v| v.is_finite()).map(|v| ReferenceLine {
                value: v,
                label: format!(
                    "{}: {}",
                    name.text(lang),
                    value_text(Some(v), measure, unit, lang)
                ),
            })
        }
        _ => None,
    };

    // The footer: what the data is and where it comes from.
    let mut footer = vec![source_line(&data.source, lang)];
    if data.illustrative {
        footer.insert(0, Msg::Illustrative.text(lang).to_owned());
    }
    crate::order::sort_by(&mut population_years, Ord::cmp);
    population_years.dedup();
    if let Some(&(r, y, py)) = population_years.first() {
        if let Some(p) = population_for(data, r, y) {
            let label = Msg::PopulationSource.fill(lang, &[("year", &py.to_string())]);
            footer.push(format!(
                "{label}: {} — {}, {}",
                p.source.title.pick(lang),
                p.source.publisher,
                p.source.date
            ));
        }
        if let Some(&(_, y, py)) = population_years.iter().find(|(_, y, py)| y != py) {
            let (y, py) = (y.to_string(), py.to_string());
            footer.push(Msg::PopulationYearDiffers.fill(lang, &[("year", &y), ("pop_year", &py)]));
        }
    }
    footer.extend(footer_notes);
    if names.fallback {
        footer.push(Msg::NamesFallback.text(lang).to_owned());
    }

    let year_text = if kind == ChartKind::Trend {
        match (data.years.first(), data.years.last()) {
            (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
            (Some(a), _) => a.to_string(),
            _ => String::new(),
        }
    } else {
        year_value.to_string()
    };
    let subtitle = if subtitle_head.is_empty() {
        year_text
    } else {
        format!("{subtitle_head}, {year_text}")
    };

    let axis_title = match measure {
        Measure::Count if unit == Unit::Percent => Msg::Percent,
        Measure::Count if unit == Unit::Number => Msg::Value,
        Measure::Count => Msg::Count,
        Measure::Per10k => Msg::Per10k,
        Measure::ShareOfRegion => Msg::ShareOfRegion,
        Measure::ShareOfTotal => Msg::ShareOfTotal,
    }
    .text(lang)
    .to_owned();

    let named = |id: &str, name: &Text| Named {
        id: id.to_owned(),
        name: name.pick(lang).to_owned(),
    };
    let regions_named = data.regions.iter().map(|r| named(&r.id, &r.name)).collect();
    let indicators_named = data
        .indicators
        .iter()
        .map(|i| named(&i.id, &i.name))
        .collect();

    Ok(Figure {
        measure,
        regions: regions_named,
        indicators: indicators_named,
        lang,
        kind,
        title: data.title.pick(lang).to_owned(),
        subtitle,
        axis_title,
        categories,
        series,
        cells,
        reference,
        legend,
        footer,
        illustrative: data.illustrative,
        percent,
        total,
    })
}

/// One region's indicators as categories: a one-region bar chart and a pie show this.
fn composition(
    data: &Dataset,
    names: &mut Names,
    indicators: &[usize],
    region: usize,
    year: usize,
) -> (Vec<Category>, Vec<Series>, Vec<CellKey>) {
    let categories = indicators
        .iter()
        .map(|&i| {
            category(
                data.indicators[i].id.clone(),
                names.get(&data.indicators[i].name),
            )
        })
        .collect();
    let r = &data.regions[region];
    let series = vec![self::series(r.id.clone(), names.get(&r.name))];
    let cells = indicators.iter().map(|&i| (region, year, i)).collect();
    (categories, series, cells)
}

fn category(key: impl Into<String>, label: String) -> Category {
    Category {
        key: key.into(),
        label,
        color: 0,
        note: None,
        selected: false,
    }
}

fn series(key: impl Into<String>, label: String) -> Series {
    Series {
        key: key.into(),
        label,
        color: 0,
    }
}

/// Replaces counts by shares of their region's total, rounded so each region sums to 100.
/// In a one-region bar chart the "region" is the whole chart; otherwise it is each category.
fn round_region_shares(cells: &mut [Cell], series: usize, kind: ChartKind, lang: Lang) {
    let group = if kind == ChartKind::Bar && series == 1 {
        cells.len().max(1)
    } else {
        series.max(1)
    };
    for chunk in cells.chunks_mut(group) {
        let counts: Vec<Option<f64>> = chunk.iter().map(|c| c.count).collect();
        for (cell, share) in chunk.iter_mut().zip(measure::rounded_shares(&counts, 1)) {
            cell.value = share;
            cell.text = value_text(share, Measure::ShareOfRegion, Unit::Count, lang);
        }
    }
}

/// Orders categories (with their cells) as asked. Trends keep time order.
fn sort(
    categories: Vec<Category>,
    cells: Vec<Cell>,
    n: usize,
    kind: ChartKind,
    sort: Sort,
    lang: Lang,
) -> (Vec<Category>, Vec<Cell>) {
    if sort == Sort::Data || kind == ChartKind::Trend || n == 0 {
        return (categories, cells);
    }
    // A category's sort value: its first series, or its total for stacks.
    let key = |c: usize| -> Option<f64> {
        let row = &cells[c * n..(c + 1) * n];
        if kind == ChartKind::Stacked {
            let present: Vec<f64> = row.iter().filter_map(|x| x.value).collect();
            (!present.is_empty()).then(|| present.iter().sum())
        } else {
            row[0].value
        }
    };
    // Missing values go last whichever way values are sorted: "no data" is not "smallest".
    let by_value = |a: usize, b: usize, desc: bool| match (key(a), key(b)) {
        (Some(x), Some(y)) if desc => y.total_cmp(&x),
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    };
    let order = crate::order::order(categories.len(), &mut |a, b| match sort {
        Sort::Data => a.cmp(&b),
        Sort::ValueDesc => by_value(a, b, true),
        Sort::ValueAsc => by_value(a, b, false),
        Sort::Name => collate(&categories[a].label, &categories[b].label, lang),
    });
    let sorted_cells = order
        .iter()
        .flat_map(|&c| cells[c * n..(c + 1) * n].iter().cloned())
        .collect();
    let sorted_categories = order.into_iter().map(|c| categories[c].clone()).collect();
    (sorted_categories, sorted_cells)
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
