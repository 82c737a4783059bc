//! Which axis is which: the categories, series and cells each chart kind asks of a dataset.
//!
//! A bar chart of one region lists its indicators, of several regions the regions; a
//! comparison sets two regions side by side per indicator; a trend runs over the years.
//! Every later step (legend, measures, sorting, words) works on the grid this returns, the
//! same for every kind.

use super::figure::{Category, Series, StatsError};
use crate::data::{Dataset, Text, Unit};
use crate::locale::{Lang, Msg};
use crate::options::{ChartKind, Measure, Options};

/// Which value a cell shows: (region, year index, indicator).
pub(super) type CellKey = (usize, usize, usize);

/// A chart's grid before any value is measured.
pub(super) struct Axes {
    pub categories: Vec<Category>,
    pub series: Vec<Series>,
    /// Row-major, as [`Figure::cells`](super::Figure::cells).
    pub cells: Vec<CellKey>,
    /// The measure drawn: the reader's, or the one the kind implies (shares, a pie's counts).
    pub measure: Measure,
    /// The year shown, as an index into the dataset's years.
    pub year: usize,
    /// What the subtitle names before the year: the region, the indicator, the pair.
    pub subtitle_head: String,
    /// Footer lines the kind calls for (a trend of a single year, what was chosen and not drawn).
    pub notes: Vec<String>,
    /// The indicators the reader chose (all by default): what a region's total adds up.
    pub indicators: Vec<usize>,
}

/// Resolves names in the reader's language, remembering whether any fell back to another.
pub(super) struct Names {
    lang: Lang,
    pub fallback: bool,
}

impl Names {
    pub fn new(data: &Dataset, lang: Lang) -> Names {
        Names {
            lang,
            fallback: data.title.get(lang).1 != lang,
        }
    }

    pub(super) fn lang(&self) -> Lang {
        self.lang
    }

    pub(super) fn get(&mut self, text: &Text) -> String {
        let (s, used) = text.get(self.lang);
        self.fallback |= used != self.lang;
        s.to_owned()
    }
}

/// The grid of the chart `options` ask for, or which of their ids the dataset lacks.
pub(super) fn axes(
    data: &Dataset,
    options: &Options,
    names: &mut Names,
) -> Result<Axes, StatsError> {
    let kind = options.chart;
    // A refusal lists what the data has: an embed's author had to guess the ids.
    let regions = select(
        &options.regions,
        |id| data.find_region(id),
        data.regions.len(),
    )
    .map_err(|id| StatsError::UnknownRegion(id, known(data, Known::Regions)))?;
    let indicators = select(
        &options.indicators,
        |id| data.find_indicator(id),
        data.indicators.len(),
    )
    .map_err(|id| StatsError::UnknownIndicator(id, known(data, Known::Indicators)))?;
    let mut year = match options.year {
        Some(y) => (data.year_index(y))
            .ok_or_else(|| StatsError::UnknownYear(y, known(data, Known::Years)))?,
        None => data.latest_year().unwrap_or_default(),
    };
    // A highlight of a region the data does not have is named, as `regions` names one: left
    // out without a word, a typo in an embed looked like a highlight that did nothing.
    let selected = match options.selected.as_deref().map(str::trim) {
        Some(id) if !id.is_empty() => Some(data.find_region(id).ok_or_else(|| {
            StatsError::UnknownRegion(id.to_owned(), known(data, Known::Regions))
        })?),
        _ => None,
    };
    let mut measure = options.measure;
    let mut notes = Vec::new();
    // Percentages and other values that are not counts are not added up, shared out or taken
    // per 10 000 residents: a CSV's «Гранттар алған ҮЕҰ үлесі, %» column was stacked onto
    // counts and divided by population. They are left out with a note; where nothing else
    // was asked for, drawn as they are with a note, but by a kind that adds up its values,
    // the chart says why it cannot be drawn.
    let adds_up = matches!(
        kind,
        ChartKind::Stacked | ChartKind::Share | ChartKind::Pie | ChartKind::Donut
    );
    let sums = options.measure != Measure::Count || adds_up;
    // Nor do they share one axis with counts (12,5 % bars on a count axis to 1 200, in a
    // grouped chart and in a comparison alike): drawn alone, or with others like them, they
    // have their own.
    let count = |i: &usize| data.indicators[*i].unit == Unit::Count;
    let one_axis = matches!(kind, ChartKind::Grouped | ChartKind::Compare)
        || kind == ChartKind::Bar && regions.len() == 1;
    let apart = !sums && one_axis && indicators.iter().any(count);
    let first = indicators.first().copied();
    let (mut indicators, not_counts): (Vec<usize>, Vec<usize>) = indicators
        .into_iter()
        .partition(|i| !(sums || apart) || count(i));
    // A kind that draws one indicator of many only mentions the others where they would have
    // been drawn or counted into a region's total.
    let one = matches!(kind, ChartKind::Bar if regions.len() > 1) || kind == ChartKind::Trend;
    let mentioned =
        !one || measure == Measure::ShareOfRegion || first != indicators.first().copied();
    if !not_counts.is_empty() && (mentioned || indicators.is_empty()) {
        let listed: Vec<String> = not_counts
            .iter()
            .map(|&i| names.get(&data.indicators[i].name))
            .collect();
        if indicators.is_empty() && adds_up {
            return Err(StatsError::NotCounts(listed[0].clone()));
        }
        let listed = listed.join(", ");
        // Nothing else asked for: drawn as they are (a trend of a percentage per 10 000
        // residents had said it could not be drawn).
        let as_given = indicators.is_empty();
        let note = if as_given {
            let name = super::captions::axis_title(measure, Unit::Count, options.lang);
            Msg::NotCountsAsGiven.fill(options.lang, &[("measure", &name), ("names", &listed)])
        } else if apart {
            Msg::NotCountsApart.fill(options.lang, &[("names", &listed)])
        } else {
            Msg::NotCountsLeftOut.fill(options.lang, &[("names", &listed)])
        };
        notes.push(note);
        if as_given {
            (indicators, measure) = (not_counts, Measure::Count);
        }
    }
    // A file without any population drew "population unknown" on every bar of an axis of
    // 0–1: one message says what the rate lacks (pies and 100 % bars share out counts
    // whatever the measure, and say so; percentages alone are drawn as they are, above).
    let own = matches!(kind, ChartKind::Share | ChartKind::Pie | ChartKind::Donut);
    if measure == Measure::Per10k && !own && data.regions.iter().all(|r| r.population.is_empty()) {
        return Err(StatsError::NoPopulation);
    }

    let (categories, series, mut cells): (Vec<Category>, Vec<Series>, Vec<CellKey>);
    let mut subtitle_head = String::new();
    let region_id = |r: usize| data.regions[r].id.clone();
    let indicator_id = |i: usize| data.indicators[i].id.clone();
    let region_rows = |names: &mut Names| -> Vec<Category> {
        regions
            .iter()
            .map(|&r| Category {
                selected: selected == Some(r),
                ..category(region_id(r), names.get(&data.regions[r].name))
            })
            .collect()
    };
    // A kind that draws one indicator, one region or one pair of what the reader chose says
    // which it drew, rather than leaving the others out silently.
    let lang = options.lang;
    // What the reader chose, or all of them by default: a pie of the first of twenty
    // regions, or bars of the first of four indicators, said nothing of the others.
    let one_indicator = |names: &mut Names, notes: &mut Vec<String>, i: usize| {
        let count = indicators.len();
        if count > 1 {
            let name = names.get(&data.indicators[i].name);
            let args = [("name", name.as_str()), ("count", &count.to_string())];
            let mut note = Msg::OneIndicatorShown.fill(lang, &args);
            if kind == ChartKind::Bar {
                note = format!("{note}; {}", Msg::AllInGrouped.text(lang));
            }
            notes.push(note);
        }
    };
    // A pie of one indicator of a few regions shares out their total, where it drew the first
    // region's one slice of 100 %; of as many as there are colours, since more slices than
    // that could not be told apart.
    let regions_pie = indicators.len() == 1 && (2..=super::PALETTE).contains(&regions.len());
    match kind {
        ChartKind::Bar if regions.len() == 1 => {
            (categories, series, cells) = composition(data, names, &indicators, regions[0], year);
            subtitle_head = series[0].label.clone();
        }
        ChartKind::Pie | ChartKind::Donut if !regions_pie => {
            measure = Measure::Count;
            let r = selected.unwrap_or(regions[0]);
            let count = regions.len();
            // A highlighted region from outside the ones chosen is drawn as asked, no note.
            if count > 1 && regions.contains(&r) {
                let name = names.get(&data.regions[r].name);
                let args = [("name", name.as_str()), ("count", &count.to_string())];
                notes.push(Msg::OneRegionShown.fill(lang, &args));
            }
            (categories, series, cells) = composition(data, names, &indicators, r, year);
            subtitle_head = series[0].label.clone();
        }
        // Regions' bars of one indicator, and a pie of them (`regions_pie`).
        ChartKind::Bar | ChartKind::Pie | ChartKind::Donut => {
            if kind != ChartKind::Bar {
                measure = Measure::Count;
            }
            let i = indicators[0];
            one_indicator(names, &mut notes, i);
            categories = region_rows(names);
            series = vec![self::series(
                indicator_id(i),
                names.get(&data.indicators[i].name),
            )];
            cells = regions.iter().map(|&r| (r, year, i)).collect();
            subtitle_head = series[0].label.clone();
        }
        ChartKind::Grouped | ChartKind::Stacked | ChartKind::Share => {
            if kind == ChartKind::Share {
                measure = Measure::ShareOfRegion;
            }
            categories = region_rows(names);
            series = indicators
                .iter()
                .map(|&i| self::series(indicator_id(i), names.get(&data.indicators[i].name)))
                .collect();
            cells = regions
                .iter()
                .flat_map(|&r| indicators.iter().map(move |&i| (r, year, i)))
                .collect();
        }
        ChartKind::Compare => {
            let (a, b) = match regions.as_slice() {
                [a, b, ..] => (*a, *b),
                _ => return Err(StatsError::NeedsTwoRegions),
            };
            let count = regions.len();
            if count > 2 {
                notes.push(Msg::TwoRegionsShown.fill(lang, &[("count", &count.to_string())]));
            }
            categories = indicators
                .iter()
                .map(|&i| category(indicator_id(i), names.get(&data.indicators[i].name)))
                .collect();
            series = vec![
                self::series(region_id(a), names.get(&data.regions[a].name)),
                self::series(region_id(b), names.get(&data.regions[b].name)),
            ];
            cells = indicators
                .iter()
                .flat_map(|&i| [(a, year, i), (b, year, i)])
                .collect();
            subtitle_head = format!("{} — {}", series[0].label, series[1].label);
        }
        ChartKind::Trend => {
            let i = indicators[0];
            one_indicator(names, &mut notes, i);
            categories = data
                .years
                .iter()
                .map(|&y| category(y.to_string(), data.year_label(y)))
                .collect();
            series = regions
                .iter()
                .map(|&r| Series {
                    selected: selected == Some(r),
                    ..self::series(region_id(r), names.get(&data.regions[r].name))
                })
                .collect();
            cells = (0..data.years.len())
                .flat_map(|y| regions.iter().map(move |&r| (r, y, i)))
                .collect();
            subtitle_head = names.get(&data.indicators[i].name);
            if data.years.len() < 2 {
                notes.push(Msg::OneYearOnly.text(lang).to_owned());
            }
        }
    }
    if options.year.is_none() && kind != ChartKind::Trend {
        let (shown, passed_over) = default_year(data, &cells);
        year = shown;
        for cell in &mut cells {
            cell.1 = shown;
        }
        if let Some((later, count, total)) = passed_over {
            let [later, count, total, shown] = [
                data.years[later] as usize,
                count,
                total,
                data.years[shown] as usize,
            ]
            .map(|n| n.to_string());
            let args = [
                ("year", later.as_str()),
                ("count", &count),
                ("total", &total),
                ("shown", &shown),
            ];
            notes.push(Msg::LaterYearPartial.fill(lang, &args));
        }
    }
    // Pies and 100 % bars share out a region's counts: a rate or a share of all regions asked
    // for in an embed was dropped without a word.
    if own && matches!(options.measure, Measure::Per10k | Measure::ShareOfTotal) {
        let name = super::captions::axis_title(options.measure, Unit::Count, lang);
        notes.push(Msg::MeasureNotApplied.fill(lang, &[("measure", &name)]));
    }
    // A region's total of one indicator is that indicator: every share would read 100 %.
    if measure == Measure::ShareOfRegion && indicators.len() == 1 {
        notes.push(Msg::ShareOfOneIndicator.text(lang).to_owned());
    }
    // Nor is a dataset of one region a total of all regions (the seed's "100 %" of every
    // organisation of the country, read as a statistic).
    if measure == Measure::ShareOfTotal && data.regions.len() == 1 {
        notes.push(Msg::ShareOfOneRegion.text(lang).to_owned());
    }
    // Nor is a file of some of the country's regions the country: "26 % of all regions" was
    // 26 % of the six a file held.
    let some = 1 < data.regions.len() && data.regions.len() < crate::data::registry::REGIONS.len();
    if measure == Measure::ShareOfTotal && some {
        let count = data.regions.len().to_string();
        notes.push(Msg::ShareOfRegionsInData.fill(lang, &[("count", &count)]));
    }
    Ok(Axes {
        categories,
        series,
        cells,
        measure,
        year,
        subtitle_head,
        notes,
        indicators,
    })
}

/// The year a chart shows unless asked, for `cells` (any year in them): the latest in which
/// more than half as many of their regions have a figure as in the best-covered year. A
/// preliminary figure for two regions of eight had moved the whole chart to a year of six
/// "no data" rows, 62 % "of all regions" and ranks "of 2". Also the latest year passed over
/// that has figures, with how many of how many regions: the footer says why it is not shown.
fn default_year(data: &Dataset, cells: &[CellKey]) -> (usize, Option<(usize, usize, usize)>) {
    // Regions counted once a year, by marking each with the last year it was counted in: one
    // pass over the cells a year, for 10 000 bars too.
    let mut counted = vec![usize::MAX; data.regions.len()];
    let mut coverage = Vec::with_capacity(data.years.len());
    for y in 0..data.years.len() {
        let mut count = 0;
        for &(r, _, i) in cells {
            if counted[r] != y && data.value(r, y, i).is_some() {
                counted[r] = y;
                count += 1;
            }
        }
        coverage.push(count);
    }
    let best = coverage.iter().copied().max().unwrap_or(0);
    let last = data.years.len().saturating_sub(1);
    let shown = coverage.iter().rposition(|&c| c * 2 > best).unwrap_or(last);
    let passed_over = (shown + 1..data.years.len())
        .rev()
        .find(|&y| coverage[y] > 0);
    passed_over.map_or((shown, None), |y| {
        let mut seen = vec![false; data.regions.len()];
        let regions = cells
            .iter()
            .filter(|c| !std::mem::replace(&mut seen[c.0], true))
            .count();
        (shown, Some((y, coverage[y], regions)))
    })
}

/// Which of the data's ids or years a refusal lists.
#[derive(Clone, Copy)]
enum Known {
    Regions,
    Indicators,
    Years,
}

/// Up to twenty of the data's region ids, indicator ids or years, comma-separated, "…" after
/// more (one loop for the three: the module carries it once).
fn known(data: &Dataset, what: Known) -> String {
    let count = match what {
        Known::Regions => data.regions.len(),
        Known::Indicators => data.indicators.len(),
        Known::Years => data.years.len(),
    };
    let mut out = String::new();
    for k in 0..count.min(21) {
        if k > 0 {
            out.push_str(", ");
        }
        match what {
            _ if k == 20 => out.push('…'),
            Known::Regions => out.push_str(&data.regions[k].id),
            Known::Indicators => out.push_str(&data.indicators[k].id),
            Known::Years => out.push_str(&data.years[k].to_string()),
        }
    }
    out
}

/// The dataset indices of `ids` (all of them when none is given), or the first unknown id.
fn select(
    ids: &[String],
    find: impl Fn(&str) -> Option<usize>,
    all: usize,
) -> Result<Vec<usize>, String> {
    if ids.is_empty() {
        return Ok((0..all).collect());
    }
    // Each once: a region named twice is not drawn twice, nor compared with itself.
    let mut found = Vec::with_capacity(ids.len());
    for id in ids {
        let i = find(id.trim()).ok_or_else(|| id.clone())?;
        if !found.contains(&i) {
            found.push(i);
        }
    }
    Ok(found)
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
        points: false,
        selected: false,
    }
}

fn series(key: impl Into<String>, label: String) -> Series {
    Series {
        key: key.into(),
        label,
        change: None,
        color: 0,
        selected: false,
    }
}
