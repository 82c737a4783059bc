//! Every cell's value in the chart's measure, written in the reader's language, and what the
//! values say together: a pie's shares and whole, a comparison's differences, a trend's
//! change over the years.

use super::axes::{CellKey, Names};
use super::figure::{Category, Cell, Series};
use super::measure::{self, population_for};
use super::text::{
    chart_decimals, is_percent, signed, signed_points, value_text, visible, written_count,
};
use crate::data::{Dataset, Unit};
use crate::locale::{format_percent, Lang, Msg};
use crate::options::{ChartKind, Measure};

/// Which population a per-10 000 value was divided by: (region, the value's year, the
/// population's year), for the footer.
pub(super) type PopulationUse = (usize, i32, i32);

/// The cells of `keys` in `measure`, and the populations per-10 000 values were divided by.
/// A share of a region's total divides by the region's sum of `whole`, the indicators the
/// reader chose, and its shares are written rounded together so that they add up to 100.
pub(super) fn measured(
    data: &Dataset,
    keys: &[CellKey],
    measure: Measure,
    whole: &[usize],
    kind: ChartKind,
    lang: Lang,
) -> (Vec<Cell>, Vec<PopulationUse>) {
    let mut populations = Vec::new();
    // Several indicators drawn, of a region or two: or one, across regions or years.
    let several = keys.windows(2).any(|w| w[0].2 != w[1].2);
    // The last region and year whose total was summed: that total, and whether it lacks a
    // part. Right in any order of cells; in theirs, a region's come together, and are summed
    // once (a wide file's shares of each region had summed its row for each cell).
    let mut region = (usize::MAX, 0, 0.0, false);
    let mut cells: Vec<Cell> = keys
        .iter()
        .map(|&(r, y, i)| {
            let count = data.value(r, y, i);
            let cell_year = data.years.get(y).copied().unwrap_or_default();
            // Written below, once the chart's decimals are known; a rate without a population
            // says so instead.
            let mut text = String::new();
            let value = match (measure, count) {
                (_, None) => None,
                (Measure::Per10k, Some(v)) => match population_for(data, r, cell_year) {
                    Some(p) => {
                        populations.push((r, cell_year, p.year));
                        measure::per_10k(v, p.value)
                    }
                    None => {
                        text = Msg::PopulationUnknown.text(lang).to_owned();
                        None
                    }
                },
                (Measure::ShareOfTotal | Measure::ShareOfRegion, Some(v)) => {
                    let (total, lacking) = if measure == Measure::ShareOfTotal {
                        let all = (0..data.regions.len()).filter_map(|rr| data.value(rr, y, i));
                        (all.sum(), false)
                    } else {
                        // Once per region and year, whose cells come together (see below).
                        if (region.0, region.1) != (r, y) {
                            let parts = whole.iter().map(|&ii| data.value(r, y, ii));
                            // One indicator across regions or years, of a total lacking a
                            // part: none, since it is not comparable with the others' (East
                            // Kazakhstan's share, of three indicators, had ranked first of the
                            // regions' shares of four, and a trend stepped where a year
                            // lacked one).
                            let lacking = !several && parts.clone().any(|p| p.is_none());
                            region = (r, y, parts.flatten().sum(), lacking);
                        }
                        (region.2, region.3)
                    };
                    // A share of nothing: said so, where "no data" was written over zeros.
                    let share = measure::share(v, total).filter(|_| !lacking);
                    if lacking {
                        text = Msg::TotalIncomplete.text(lang).to_owned();
                    } else if share.is_none() {
                        text = Msg::AllZero.text(lang).to_owned();
                    }
                    share
                }
                (_, Some(v)) => Some(v),
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
    let decimals = Decimals::of(data, &cells, measure);
    for cell in cells.iter_mut().filter(|c| c.text.is_empty()) {
        let unit = data.indicators[cell.indicator].unit;
        cell.text = value_text(
            cell.value,
            decimals.of_unit(unit),
            is_percent(measure, unit),
            lang,
        );
    }
    // Each region's shares of its year's total, over every indicator chosen (drawn or not),
    // written rounded together so that they add up to 100 where several are drawn: side by
    // side in a comparison, in a group. The values stay exact, for the bars' lengths and the
    // CSV download. A pie writes its own. One indicator's shares across regions or years are
    // rounded as any value: Karaganda's 1,354 % had read "1,3 %" beside Abai's "1,4 %", and
    // shared its rank.
    if measure == Measure::ShareOfRegion
        && several
        && !matches!(kind, ChartKind::Pie | ChartKind::Donut)
    {
        // A share of nothing (every count 0) is none, as its value says, not 0,0 %. Rounded
        // once per region and year, whose cells come together: a wide file's 200 regions of
        // 300 indicators had rounded a row per cell, 3.7 s.
        let mut row = (usize::MAX, 0, Vec::new());
        for (cell, &(r, y, i)) in cells
            .iter_mut()
            .zip(keys)
            .filter(|(c, _)| c.value.is_some())
        {
            if (row.0, row.1) != (r, y) {
                let counts: Vec<Option<f64>> = whole.iter().map(|&w| data.value(r, y, w)).collect();
                row = (r, y, measure::rounded_shares(&counts, 1));
            }
            let shares = &row.2;
            if let Some(k) = whole.iter().position(|&w| w == i) {
                cell.text = value_text(shares[k], 1, true, lang);
            }
        }
    }
    (cells, populations)
}

/// What a chart says about values missing from a whole, as a footer line if any: a stack or a
/// 100 % bar missing one of its parts adds up (or divides) the others only, and its label says
/// so, as do a region's grouped shares; elsewhere a region's share divides by its total over
/// the chosen indicators (`whole`), and the line names the regions that lack one of them.
pub(super) fn incomplete(
    data: &Dataset,
    kind: ChartKind,
    measure: Measure,
    whole: &[usize],
    categories: &mut [Category],
    cells: &[Cell],
    names: &mut Names,
) -> Option<String> {
    let lang = names.lang();
    let shares = measure == Measure::ShareOfRegion;
    // Stacked shares of the total of all regions have no total to be incomplete.
    let grouped = matches!(kind, ChartKind::Stacked | ChartKind::Share)
        && measure != Measure::ShareOfTotal
        || kind == ChartKind::Grouped && shares;
    let series = cells.len() / categories.len().max(1);
    if grouped && series > 0 {
        let mut any = false;
        for (category, row) in categories.iter_mut().zip(cells.chunks(series)) {
            let known = row.iter().filter(|cell| cell.value.is_some()).count();
            if known > 0 && known < row.len() {
                category.note = Some(Msg::Incomplete.text(lang).to_owned());
                any = true;
            }
        }
        let why = if shares {
            Msg::IncompleteShares
        } else {
            Msg::IncompleteTotals
        };
        any.then(|| why.text(lang).to_owned())
    } else if shares || matches!(kind, ChartKind::Pie | ChartKind::Donut) {
        // A pie's slices are shares too, of what its region has data for.
        let lacking = incomplete_regions(data, cells, whole);
        let named: Vec<String> = lacking
            .iter()
            .map(|&r| names.get(&data.regions[r].name))
            .collect();
        let regions = named.join(", ");
        // One indicator's shares, where those regions have none (see `measured`).
        let alone = shares && cells.windows(2).all(|w| w[0].indicator == w[1].indicator);
        let why = if alone {
            Msg::IncompleteRegionNoShares
        } else {
            Msg::IncompleteRegionShares
        };
        (!lacking.is_empty()).then(|| why.fill(lang, &[("regions", &regions)]))
    } else {
        None
    }
}

/// Whether `cells` are of more than one region: regions' bars or slices, not one region's.
pub(super) fn several_regions(cells: &[Cell]) -> bool {
    cells.windows(2).any(|w| w[0].region != w[1].region)
}

/// The regions of `cells`, in order, that lack a value for one of `whole` in a year of theirs
/// where they have another: their total over `whole` is a part's.
pub(super) fn incomplete_regions(data: &Dataset, cells: &[Cell], whole: &[usize]) -> Vec<usize> {
    let mut lacking: Vec<usize> = Vec::new();
    for cell in cells {
        let Some(y) = data.year_index(cell.year) else {
            continue;
        };
        let known = whole
            .iter()
            .filter(|&&i| data.value(cell.region, y, i).is_some())
            .count();
        if known > 0 && known < whole.len() && !lacking.contains(&cell.region) {
            lacking.push(cell.region);
        }
    }
    lacking
}

/// The decimals a chart writes its values of each unit with, worked out once per unit (a
/// dense chart has thousands of cells).
struct Decimals(Vec<(Unit, usize)>);

impl Decimals {
    fn of(data: &Dataset, cells: &[Cell], measure: Measure) -> Decimals {
        let mut known: Vec<(Unit, usize)> = Vec::new();
        for cell in cells {
            let unit = data.indicators[cell.indicator].unit;
            if !known.iter().any(|&(u, _)| u == unit) {
                known.push((unit, places(data, cells, measure, unit)));
            }
        }
        Decimals(known)
    }

    fn of_unit(&self, unit: Unit) -> usize {
        self.0
            .iter()
            .find(|&&(u, _)| u == unit)
            .map_or(0, |&(_, p)| p)
    }
}

/// The decimals a chart writes its values of `unit` with (see [`chart_decimals`]).
pub(super) fn places(data: &Dataset, cells: &[Cell], measure: Measure, unit: Unit) -> usize {
    let values = cells
        .iter()
        .filter(|c| data.indicators.get(c.indicator).map(|i| i.unit) == Some(unit))
        .filter_map(|c| c.value);
    chart_decimals(measure, unit, values)
}

/// A pie's slices: each value followed by its share, `12,3 % (56)`. Returns the whole the
/// pie divides, written out, for a donut's centre.
pub(super) fn pie_shares(cells: &mut [Cell], lang: Lang) -> String {
    let counts: Vec<Option<f64>> = cells.iter().map(|c| c.count).collect();
    let sum: f64 = counts.iter().flatten().sum();
    for (cell, share) in cells.iter_mut().zip(measure::rounded_shares(&counts, 1)) {
        if let Some(s) = share {
            cell.text = format!("{} ({})", format_percent(s, 1, lang), cell.text);
        }
    }
    written_count(sum, lang)
}

/// How the numbers of a figure are written: as percentages or not, with how many decimals.
#[derive(Clone, Copy)]
pub(super) struct Style {
    pub percent: bool,
    /// The decimals the chart writes its values with.
    pub places: usize,
    pub lang: Lang,
}

impl Style {
    /// A difference as the chart notes it: `+12`, and in per cent unless values already are
    /// percentages, `+12 (+4,5 %)`, which differ in percentage points, `+5,4 п. п.`;
    /// `between` separates the two.
    fn difference(self, d: measure::Difference, between: (&str, &str)) -> String {
        let Style {
            percent,
            places,
            lang,
        } = self;
        let places = visible(d.absolute, places);
        let mut text = if percent {
            signed_points(d.absolute, places, lang)
        } else {
            signed(d.absolute, places, false, lang)
        };
        if let (Some(p), false) = (d.percent, percent) {
            text.push_str(&format!(
                "{}{}{}",
                between.0,
                signed(p, visible(p, 1), true, lang),
                between.1
            ));
        }
        text
    }
}

/// A comparison of two regions (two cells per category): each indicator notes the
/// difference between them, in its own unit: a percentage's in points, a count's without
/// decimals, in a comparison of both.
///
/// The difference is of the values before rounding, as statistical tables give it ("5,35 /
/// 6,47" beside "−1,13", where the two as written differ by 1,12). One that needs more
/// decimals than the values are written with gets them in its pair's values too, and both
/// get more where they would still read alike: 0,042 against 0,038 read "0,04" and "0,04"
/// beside a difference of "−0,004 (−9,6 %)". Nowhere else, as a trend's ends.
pub(super) fn compare_notes(
    categories: &mut [Category],
    cells: &mut [Cell],
    data: &Dataset,
    measure: Measure,
    lang: Lang,
) {
    let decimals = Decimals::of(data, cells, measure);
    for (cat, pair) in categories.iter_mut().zip(cells.chunks_exact_mut(2)) {
        if let (Some(x), Some(y)) = (pair[0].value, pair[1].value) {
            let unit = data.indicators[pair[0].indicator].unit;
            let style = Style {
                percent: is_percent(measure, unit),
                places: decimals.of_unit(unit),
                lang,
            };
            let mut difference = measure::difference(x, y);
            let places = pair_places(x, y, &mut difference, style.places);
            if places > style.places {
                for cell in pair.iter_mut() {
                    cell.text = value_text(cell.value, places, style.percent, lang);
                }
            }
            let style = Style { places, ..style };
            cat.note = Some(style.difference(difference, (" (", ")")));
            cat.points = style.percent;
        }
    }
}

/// A trend: each line's change from its first year with data to its last, with those years
/// in front where they are not the chart's ("2021–2022: −55, −43,3 %"): a line without its
/// last year had its change read as the whole span's.
///
/// The change is of the values before rounding, as statistical tables give it, in absolute
/// terms and in per cent: 5,075 and 5,346 per 10 000 read "5,1" and "5,3" beside "+0,3,
/// +5,3 %". Only where the two would read alike ("2,3 %" twice beside "−0,03 п. п.") do they
/// and the change get more decimals, up to three: a line's values had taken decimals until
/// their change agreed as written, and a chart of rates read "40,3, 15,68, 5,2656".
pub(super) fn trend_changes(
    series: &mut [Series],
    categories: &[Category],
    cells: &mut [Cell],
    style: Style,
) {
    let (n, years) = (series.len(), categories.len());
    for (s, entry) in series.iter_mut().enumerate() {
        let Some((f, l)) = change_span(cells, n, s) else {
            continue;
        };
        let (a, b) = (cells[f * n + s].value, cells[l * n + s].value);
        let (a, b) = (a.unwrap_or_default(), b.unwrap_or_default());
        let mut difference = measure::change(a, b);
        let places = pair_places(a, b, &mut difference, style.places);
        if places > style.places {
            for c in [f * n + s, l * n + s] {
                cells[c].text = value_text(cells[c].value, places, style.percent, style.lang);
            }
        }
        let style = Style { places, ..style };
        let mut change = style.difference(difference, (", ", ""));
        if f > 0 || l + 1 < years {
            let span = format!("{}–{}: ", categories[f].label, categories[l].label);
            change.insert_str(0, &span);
        }
        entry.change = Some(change);
    }
}

/// The decimals two values and their difference are written with: as many as the difference
/// needs, and more where the two still round alike (0,9504 and 0,9496 are both 0,950), up to
/// three more than the chart's. Two that three more leave alike keep the chart's, beside a
/// difference of ±0 ("3,000000 → 3,000000, +0,000000" had said no more, in more digits).
fn pair_places(a: f64, b: f64, d: &mut measure::Difference, places: usize) -> usize {
    let mut shown = visible(d.absolute, places);
    let alike = |shown| a != b && written(a, shown) == written(b, shown);
    while shown < places + 3 && alike(shown) {
        shown += 1;
    }
    if !alike(shown) {
        return shown;
    }
    d.absolute = 0.0;
    d.percent = d.percent.map(|_| 0.0);
    places
}

/// `v` as written with `places` decimals, in units of its last decimal (5,346 to 2: 535).
fn written(v: f64, places: usize) -> f64 {
    let mut scaled = v;
    for _ in 0..places {
        scaled *= 10.0;
    }
    scaled.round()
}

/// The first and last years of trend line `line` (of `lines`) that have a value, if they are
/// two: what its change runs over.
pub(super) fn change_span(cells: &[Cell], lines: usize, line: usize) -> Option<(usize, usize)> {
    let known = |c: &usize| {
        cells
            .get(c * lines + line)
            .is_some_and(|v| v.value.is_some())
    };
    let years = cells.len() / lines.max(1);
    let first = (0..years).find(known)?;
    let last = (0..years).rev().find(known)?;
    (first < last).then_some((first, last))
}

/// What the dashed stretches of a trend bridge, for the footer: each line's years without a
/// value between two with one ("Mangystau Region, 2022; Abai Region, 2021–2022"), three lines
/// at most and "…" for more (the table gives every year); with the last series it names.
pub(super) fn trend_gaps(
    series: &[Series],
    categories: &[Category],
    cells: &[Cell],
    lang: Lang,
) -> Option<(String, usize)> {
    let n = series.len();
    let mut gaps: Vec<String> = Vec::new();
    let mut last = 0;
    for (s, entry) in series.iter().enumerate() {
        let known: Vec<bool> = (0..categories.len())
            .map(|c| cells[c * n + s].value.is_some())
            .collect();
        let mut line = entry.label.clone();
        // Runs of unknown years after a known one, each ended by the next known one.
        let mut c = known.iter().position(|&k| k).unwrap_or(known.len());
        while let Some(start) = known[c..].iter().position(|&k| !k).map(|k| c + k) {
            let Some(end) = known[start..].iter().position(|&k| k).map(|k| start + k) else {
                break;
            };
            line.push_str(", ");
            line.push_str(&categories[start].label);
            if end > start + 1 {
                line.push('–');
                line.push_str(&categories[end - 1].label);
            }
            c = end;
        }
        if line.len() > entry.label.len() && gaps.len() < 4 {
            if gaps.len() < 3 {
                last = s;
            }
            gaps.push(line);
        }
    }
    if gaps.len() > 3 {
        gaps[3] = "…".into();
    }
    (!gaps.is_empty()).then(|| {
        let note = Msg::TrendGaps.fill(lang, &[("gaps", &gaps.join("; "))]);
        (note, last)
    })
}

/// Shares of the total of all regions add up the regions that have a value: where some lack
/// one, which indicator and years, and how many regions the total has (a bar chart's shares
/// of 19 regions stood under "Share of the total of all regions"). The years of one count are
/// named together: a trend's note had repeated a long indicator's name for each.
pub(super) fn partial_totals(
    data: &Dataset,
    keys: &[CellKey],
    measure: Measure,
    names: &mut Names,
) -> Option<String> {
    if measure != Measure::ShareOfTotal {
        return None;
    }
    let lang = names.lang();
    let all = data.regions.len();
    let mut seen: Vec<(usize, usize)> = Vec::new();
    // An indicator, a count of regions, and the years of that count.
    let mut groups: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for &(_, y, i) in keys {
        if seen.contains(&(y, i)) {
            continue;
        }
        seen.push((y, i));
        let with = (0..all).filter(|&r| data.value(r, y, i).is_some()).count();
        if with > 0 && with < all {
            let year = data.years[y].to_string();
            match groups.iter_mut().find(|g| (g.0, g.1) == (i, with)) {
                Some(group) => group.2.push(year),
                None => groups.push((i, with, vec![year])),
            }
        }
    }
    let mut parts: Vec<String> = Vec::new();
    for (i, with, years) in groups {
        let (with, all) = (with.to_string(), all.to_string());
        let part = Msg::PartOfRegions.fill(lang, &[("with", &with), ("all", &all)]);
        let name = names.get(&data.indicators[i].name);
        parts.push(format!("{name}, {}: {part}", years.join(", ")));
    }
    if parts.len() > 3 {
        parts.truncate(3);
        parts.push("…".into());
    }
    (!parts.is_empty()).then(|| Msg::PartialTotals.fill(lang, &[("totals", &parts.join("; "))]))
}

/// Lines a trend cannot draw at all, named with why (a region without a population has no
/// values per 10 000 residents): the legend listed Shymkent, and nothing showed or said why.
pub(super) fn missing_lines(
    series: &[Series],
    categories: &[Category],
    cells: &[Cell],
    lang: Lang,
) -> Option<String> {
    let n = series.len();
    let missing: Vec<String> = (0..n)
        .filter(|&s| (0..categories.len()).all(|c| cells[c * n + s].value.is_none()))
        .map(|s| {
            let why = cells.get(s).map_or("", |c| c.text.as_str());
            format!("{} ({why})", series[s].label)
        })
        .collect();
    let lines = missing.join(", ");
    (!missing.is_empty()).then(|| Msg::NoLine.fill(lang, &[("regions", &lines)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_difference_is_written_with_the_decimals_that_show_it() {
        assert_eq!(
            visible(0.001, 2),
            3,
            "0,04 against 0,039: +0,001, not ±0,00"
        );
        assert_eq!(visible(-0.004, 2), 3);
        assert_eq!(visible(0.04, 1), 2, "+0,04 %, not +0,0 %");
        assert_eq!(visible(0.005, 2), 2, "rounds to 0,01 already");
        assert_eq!(visible(0.0, 2), 2, "none is ±0,00");
        assert_eq!(visible(3.0, 0), 0);
        assert_eq!(visible(0.00004, 2), 5, "at most three more");
        assert_eq!(visible(1e-9, 2), 2, "none where three more show nothing");
    }
}
