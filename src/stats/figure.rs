//! A chart's content for every chart kind: categories, series, values and their words.
//!
//! [`figure`] runs the steps in order, each in its own module: the grid the kind asks for
//! ([`axes`](super::axes)), the legend and what the reader hid ([`legend`](super::legend)),
//! the values in the chart's measure ([`cells`](super::cells)), sorting, the reference line,
//! and the words around them ([`captions`](super::captions)).

use super::axes::{axes, Axes, Names};
use super::cells::{self, Style};
use super::measure;
use super::text::{is_percent, value_text};
use super::{captions, legend};
use crate::data::{Dataset, Text, Unit};
use crate::locale::{carried, collate, Lang, Msg};
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
    /// Whether a comparison's values here are percentages, whose difference is in points
    /// and has no per cent of its own.
    pub points: bool,
    /// The reader's selected region: drawn highlighted.
    pub selected: bool,
}

/// A coloured series: what the legend lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The id it stands for (an indicator or a region), for options and events.
    pub key: String,
    pub label: String,
    /// A trend line's change from its first year with data to its last (`+20, +5,3 %`).
    pub change: Option<String>,
    /// Its colour among the legend's entries (stable when others are hidden).
    pub color: usize,
    /// The region the reader asked to highlight (`selected`), where series are regions.
    pub selected: bool,
}

impl Series {
    /// Its name as the legend and the table give it: a trend's with its change in brackets.
    pub fn caption(&self) -> String {
        match &self.change {
            Some(change) => format!("{} ({change})", self.label),
            None => self.label.clone(),
        }
    }
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

/// A line across the value axis at a reference value, with its label.
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
    /// A footer line that names lines of a trend (the years their dashes bridge), by its place
    /// in `footer`, with the last series it names: stepping through, it comes with that line.
    /// Shown from the start, it had named regions a class had not yet seen.
    pub footer_series: Option<(usize, usize)>,
    /// Where the source is published (its address, else the document), for the CSV
    /// download: a canvas cannot link it, a spreadsheet can.
    pub source_link: Option<String>,
    pub illustrative: bool,
    /// Whether values (and so ticks) are percentages.
    pub percent: bool,
    /// Whether every value is in one unit, so that the largest and smallest can be named.
    pub one_unit: bool,
    /// Whether the values add up to a total worth saying: counts, not a comparison's two
    /// regions side by side or a trend's years.
    pub additive: bool,
    /// The decimals values are written with, the same for every value of the chart (and for
    /// a stack's total).
    pub decimals: usize,
    /// The whole a pie or donut divides, written out (`470`).
    pub total: Option<String>,
    /// Whether shares are of what is shown rather than of the region's whole: a 100 % bar or
    /// a pie with entries switched off in the legend, which divides the others.
    pub of_shown: bool,
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
        super::text::number_text(value, decimals, self.percent, self.lang)
    }
}

/// Options that ask for something the dataset does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatsError {
    /// What was asked for, and the ids or years the data has.
    UnknownRegion(String, String),
    UnknownIndicator(String, String),
    UnknownYear(i32, String),
    NeedsTwoRegions,
    /// A rate per 10 000 residents of a dataset without a single population.
    NoPopulation,
    /// What the chart would add up, share out or divide by population has no counts: the
    /// name of the first indicator asked for.
    NotCounts(String),
}

impl StatsError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            StatsError::UnknownRegion(id, known) => {
                Msg::UnknownRegionOption.fill(lang, &[("id", id), ("known", known)])
            }
            StatsError::UnknownIndicator(id, known) => {
                Msg::UnknownIndicatorOption.fill(lang, &[("id", id), ("known", known)])
            }
            StatsError::UnknownYear(y, known) => {
                Msg::UnknownYearOption.fill(lang, &[("year", &y.to_string()), ("known", known)])
            }
            StatsError::NeedsTwoRegions => Msg::NeedsTwoRegions.text(lang).to_owned(),
            StatsError::NoPopulation => Msg::NoPopulation.text(lang).to_owned(),
            StatsError::NotCounts(name) => Msg::NotCounts.fill(lang, &[("name", name)]),
        }
    }
}

impl fmt::Display for StatsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StatsError {}

/// Builds the content of the chart `options` ask for.
pub fn figure(data: &Dataset, options: &Options) -> Result<Figure, StatsError> {
    let lang = options.lang;
    // Shares of each indicator's own total do not add up: stacked, they drew a sum of nothing.
    let apart = options.chart == ChartKind::Stacked && options.measure == Measure::ShareOfTotal;
    let kind = match apart {
        true => ChartKind::Grouped,
        false => options.chart,
    };
    let mut names = Names::new(data, lang);
    let mut axes = axes(data, options, &mut names)?;
    // Of one indicator there is nothing beside its bars to tell of.
    if apart && axes.series.len() > 1 {
        axes.notes.push(Msg::SharesSideBySide.text(lang).to_owned());
    }
    let mut legend = legend::legend(&mut axes, kind, &options.hidden);
    let Axes {
        mut categories,
        mut series,
        cells: keys,
        measure,
        year,
        mut subtitle_head,
        mut notes,
        indicators,
    } = axes;

    // A 100 % bar divides what it shows: switching a series off fills the bar with the others.
    // Elsewhere a region's share is of every indicator chosen, whichever are drawn.
    // Which the chart says, and which entries it leaves out: "59,8 % of the region's total"
    // had been of the indicators left on.
    let hidden: Vec<&str> = (legend.iter().filter(|e| e.hidden))
        .map(|e| e.label.as_str())
        .collect();
    let of_shown =
        !hidden.is_empty() && matches!(kind, ChartKind::Share | ChartKind::Pie | ChartKind::Donut);
    if of_shown {
        let names = hidden.join(", ");
        notes.push(Msg::SharesOfShown.fill(lang, &[("names", &names)]));
    }
    let shown: Vec<usize> = match kind {
        ChartKind::Share => (indicators.iter().copied())
            .filter(|&i| keys.iter().any(|k| k.2 == i))
            .collect(),
        _ => indicators.clone(),
    };
    let (mut cells, populations) = cells::measured(data, &keys, measure, &shown, kind, lang);
    let unit = keys
        .first()
        .map_or(Unit::Count, |&(_, _, i)| data.indicators[i].unit);
    let percent = is_percent(measure, unit);
    let one_unit = keys
        .iter()
        .all(|&(_, _, i)| data.indicators[i].unit == unit);
    let additive = one_unit
        && unit == Unit::Count
        && measure == Measure::Count
        && !matches!(kind, ChartKind::Trend | ChartKind::Compare);
    let style = Style {
        percent,
        places: cells::places(data, &cells, measure, unit),
        lang,
    };
    let total = matches!(kind, ChartKind::Pie | ChartKind::Donut)
        .then(|| cells::pie_shares(&mut cells, lang));
    // A difference needs both regions: the reader may have hidden one in the legend, and
    // then the subtitle names the one drawn, not the pair.
    if let (ChartKind::Compare, [shown]) = (kind, series.as_slice()) {
        subtitle_head = shown.label.clone();
    }
    if kind == ChartKind::Compare && series.len() == 2 {
        cells::compare_notes(&mut categories, &mut cells, data, measure, lang);
        // Which region the differences subtract from which (and, in per cent, of which).
        let pair = [
            ("a", series[0].label.as_str()),
            ("b", series[1].label.as_str()),
        ];
        // What the per cents are of, where any indicator is not itself a percentage.
        let relative = cells
            .iter()
            .any(|c| !is_percent(measure, data.indicators[c.indicator].unit));
        let note = if relative {
            Msg::DifferenceOfRelative
        } else {
            Msg::DifferenceOf
        };
        notes.push(note.fill(lang, &pair));
    }
    let whole = &indicators;
    let missing = cells::incomplete(
        data,
        kind,
        measure,
        whole,
        &mut categories,
        &cells,
        &mut names,
    );
    notes.extend(missing);
    notes.extend(cells::partial_totals(data, &keys, measure, &mut names));
    if kind == ChartKind::Trend {
        notes.extend(cells::missing_lines(&series, &categories, &cells, lang));
    }
    let mut gaps = None;
    if kind == ChartKind::Trend && data.years.len() >= 2 {
        cells::trend_changes(&mut series, &categories, &mut cells, style);
        gaps = cells::trend_gaps(&series, &categories, &cells, lang);
        notes.extend(gaps.as_ref().map(|(note, _)| note.clone()));
    }
    legend::relabel(&mut legend, kind, &categories, &series);

    let (categories, cells) = sort(categories, cells, series.len(), kind, options.sort, lang);
    let reference = reference(
        data,
        (kind, measure),
        options.reference,
        &cells,
        series.len(),
        style,
    )
    .unwrap_or_else(|note| {
        notes.push(note.text(lang).to_owned());
        None
    });

    // The title already says it (a table with a column per year names its one indicator by
    // the file's title): not a second time under it.
    let title = data.title.pick(lang);
    if subtitle_head == title {
        subtitle_head.clear();
    }
    let named = |id: &str, name: &Text| Named {
        id: id.to_owned(),
        name: name.pick(lang).to_owned(),
    };
    let footer = captions::footer(data, populations, notes, names.fallback, lang);
    Ok(Figure {
        measure,
        regions: data.regions.iter().map(|r| named(&r.id, &r.name)).collect(),
        indicators: data
            .indicators
            .iter()
            .map(|i| named(&i.id, &i.name))
            .collect(),
        lang,
        kind,
        title: title.to_owned(),
        subtitle: captions::subtitle(data, kind, year, &subtitle_head),
        axis_title: captions::axis_title(measure, unit, lang),
        categories,
        series,
        cells,
        reference,
        legend,
        footer_series: gaps
            .and_then(|(note, s)| Some((footer.iter().position(|l| *l == note)?, s))),
        footer,
        source_link: (data.source.url.clone()).or_else(|| data.source.document.clone()),
        illustrative: data.illustrative,
        percent,
        one_unit,
        additive,
        decimals: style.places,
        total,
        of_shown,
    })
}

/// The reference line, where the chart has one value axis to draw it across: bars of every
/// kind and trends, within the axis (not below 0, nor past 100 %, which squeezed a 100 %
/// chart into a tenth of its width). An average is of regions, one value each: a bar's, or a
/// stack's total (of the stacks that lack no part); one region's indicators have none worth
/// drawing (NGOs, media and parties: 117,5 of what?). The regions combined, per 10 000
/// residents, are their counts over their population: the rate of all of them together, which
/// the mean of their rates is not (a small region counts as much as a large one in a mean).
/// Where the line is not drawn, a footer note says why (an embed asking for one on a pie had
/// it ignored without a word).
fn reference(
    data: &Dataset,
    (kind, measure): (ChartKind, Measure),
    reference: Option<Reference>,
    cells: &[Cell],
    n: usize,
    style: Style,
) -> Result<Option<ReferenceLine>, Msg> {
    let Some(r) = reference else {
        return Ok(None);
    };
    if matches!(kind, ChartKind::Pie | ChartKind::Donut | ChartKind::Compare) {
        return Err(Msg::ReferenceNotDrawn);
    }
    let regions = cells::several_regions(cells);
    // Written as given (7,5 on a chart of counts, not 8), an average with one decimal more than
    // the values (62,5 of counts).
    // Of how many of the regions drawn, where some have no figure to take.
    let (value, name, most, of) = match r {
        Reference::Value(v) if v < 0.0 || style.percent && v > 100.0 => {
            return Err(Msg::ReferenceOutOfScale)
        }
        Reference::Value(v) => (Some(v), Msg::Reference, 3, None),
        // The regions combined are a rate: of one indicator's bars per 10 000 residents.
        Reference::Named(ReferenceName::Overall)
            if measure != Measure::Per10k || n > 1 || !regions || kind == ChartKind::Trend =>
        {
            return Err(Msg::OverallNotDrawn)
        }
        // A trend's, or several bars', would be a mean across indicators or years.
        // A stack's total of shares or percentages is no figure either (every stack of a
        // region's shares is 100 %).
        Reference::Named(_)
            if !regions
                || kind == ChartKind::Trend
                || n > 1 && (kind != ChartKind::Stacked || style.percent) =>
        {
            return Err(Msg::AverageNotDrawn)
        }
        // Of the regions' own figures, each counted once: a per-10 000 average is not the
        // rate of all regions together, and the line says whose mean it is.
        Reference::Named(ReferenceName::Average) => {
            // A stack's total, of a stack that lacks no part; elsewhere each bar's value.
            let size = if kind == ChartKind::Stacked {
                n.max(1)
            } else {
                1
            };
            let (mut values, mut incomplete) = (Vec::new(), false);
            for row in cells.chunks(size) {
                let mut sum = Some(0.0);
                for cell in row {
                    sum = sum.zip(cell.value).map(|(a, b)| a + b);
                }
                incomplete |= sum.is_none() && row.iter().any(|c| c.value.is_some());
                values.push(sum);
            }
            // Named so where a stack lacking a part is left out: the mean of the totals a
            // reader sees beside every stack differed from the line without a word.
            let name = if incomplete {
                Msg::AverageOfComplete
            } else {
                Msg::AverageOfRegions
            };
            let of = (values.iter().flatten().count(), values.len());
            (measure::average(&values), name, style.places + 1, Some(of))
        }
        // Of the regions drawn with a rate: those without a population or a figure have none.
        Reference::Named(ReferenceName::Overall) => {
            let (mut count, mut people, mut with) = (0.0, 0.0, 0);
            for cell in cells.iter().filter(|c| c.value.is_some()) {
                let population = measure::population_for(data, cell.region, cell.year);
                if let (Some(c), Some(p)) = (cell.count, population) {
                    (count, people, with) = (count + c, people + p.value, with + 1);
                }
            }
            let rate = measure::per_10k(count, people);
            let of = Some((with, cells.len()));
            (rate, Msg::OverallOfRegions, style.places + 1, of)
        }
    };
    // "Average of the regions, 19 of 20": a region without a population, or without the
    // figure, is in no mean, which the line had not said.
    let mut name = name.text(style.lang).to_owned();
    if let Some((with, all)) = of.filter(|(with, all)| with < all) {
        let (with, all) = (with.to_string(), all.to_string());
        let part = Msg::PartOfRegions.fill(style.lang, &[("with", &with), ("all", &all)]);
        name = format!("{name}, {part}");
    }
    Ok(value.filter(|v| v.is_finite()).map(|v| ReferenceLine {
        value: v,
        label: format!(
            "{name}: {}",
            value_text(
                Some(v),
                style.places.max(carried(v, most)),
                style.percent,
                style.lang
            )
        ),
    }))
}

/// A name as it is looked up in a list: the Russian names of the regions made in 2022 begin
/// with the word for region (область Абай), which a reader skips to find Абай among the А.
fn sort_name(label: &str) -> &str {
    label.strip_prefix("область ").unwrap_or(label)
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
        Sort::Name => collate(
            sort_name(&categories[a].label),
            sort_name(&categories[b].label),
            lang,
        ),
    });
    let sorted_cells = order
        .iter()
        .flat_map(|&c| cells[c * n..(c + 1) * n].iter().cloned())
        .collect();
    let sorted_categories = order.into_iter().map(|c| categories[c].clone()).collect();
    (sorted_categories, sorted_cells)
}
