//! What a tooltip (and a screen reader, on keyboard focus) says about one value.

use super::figure::Figure;
use super::measure::{rank_of, written_value};
use super::text::written_count;
use crate::locale::Msg;
use crate::options::{ChartKind, Measure};

impl Figure {
    /// Lines describing the value at (`category`, `series`): what it is, then its value in the
    /// active measure beside the published count, then its rank among the regions shown.
    /// Empty when there is no such value.
    pub fn tooltip(&self, category: usize, series: usize) -> Vec<String> {
        let lang = self.lang;
        // Checked first: an index past the end must not overflow the multiplication, and a
        // series past the last must not wrap to the next category's cell.
        if category >= self.categories.len() || series >= self.series.len() {
            return Vec::new();
        }
        let Some(cell) = self.cells.get(category * self.series.len() + series) else {
            return Vec::new();
        };
        let region = self
            .regions
            .get(cell.region)
            .map_or("", |r| r.name.as_str());
        let indicator = self
            .indicators
            .get(cell.indicator)
            .map_or("", |i| i.name.as_str());
        let mut lines = vec![match self.kind {
            // The year as the axis writes it (`2024*`, marked for a footnote).
            ChartKind::Trend => {
                let year = self.categories.get(category).map(|c| c.label.as_str());
                format!("{region} · {}", year.unwrap_or_default())
            }
            _ => format!("{region} · {indicator}"),
        }];
        if self.kind == ChartKind::Trend {
            lines.push(indicator.to_owned());
        }
        let count = cell.count.map(|c| written_count(c, lang));
        let value = match (self.measure, &count, cell.value) {
            (Measure::Count, _, _) | (_, None, _) => cell.text.clone(),
            (Measure::Per10k, Some(count), Some(_)) => {
                format!("{count} · {} {}", cell.text, Msg::Per10kShort.text(lang))
            }
            (Measure::ShareOfRegion, Some(count), Some(_)) => {
                let of = if self.of_shown {
                    Msg::OfShown
                } else {
                    Msg::OfRegionTotal
                };
                format!("{count} · {} {}", cell.text, of.text(lang))
            }
            (Measure::ShareOfTotal, Some(count), Some(_)) => {
                format!("{count} · {} {}", cell.text, Msg::OfAllRegions.text(lang))
            }
            (_, Some(count), None) => format!("{count} · {}", cell.text),
        };
        lines.push(value);
        // A comparison's pair with its difference, as drawn under it: stepping through, a
        // screen reader heard the second value of a pair and not what set the two apart.
        if self.kind == ChartKind::Compare {
            if let Some(note) = &self.categories[category].note {
                lines.push(format!("{}: {note}", Msg::Difference.text(lang)));
            }
        }
        // One rank, not all of them, of the values as written (see `ranks`): a hover over
        // 10 000 bars stays a linear pass.
        if self.ranked() {
            let values = self.cells.iter().map(|c| c.value);
            if let Some(rank) = rank_of(values.clone(), category, self.decimals) {
                let count = values.flatten().count().to_string();
                lines.push(
                    Msg::RankOf.fill(lang, &[("rank", &rank.to_string()), ("count", &count)]),
                );
            }
        }
        lines
    }

    /// Whether ranks make sense: a bar chart of one value per region.
    fn ranked(&self) -> bool {
        let one_series_of_regions =
            self.series.len() == 1 && self.categories.len() > 1 && self.kind == ChartKind::Bar;
        one_series_of_regions && self.cells.windows(2).all(|w| w[0].region != w[1].region)
    }

    /// Each category's rank (1 for the largest; values written alike share one), where ranks
    /// make sense; the table says them as the tooltip does. Sorted once, not counted per
    /// value: a table of 10 000 regions took 10⁸ comparisons.
    pub fn ranks(&self) -> Option<Vec<Option<usize>>> {
        self.ranks_at(self.decimals)
    }

    /// The ranks of the values written with `decimals` (the CSV's six: its 6,533056 and
    /// 6,474359 had shared the chart's rank 8 of "6,5").
    pub(super) fn ranks_at(&self, decimals: usize) -> Option<Vec<Option<usize>>> {
        if !self.ranked() {
            return None;
        }
        // By the values as written (`written_value`): six bars that all read "5,4"
        // per 10 000 had been ranked 7th to 12th by decimals nobody saw. Equal as written,
        // they share a rank.
        let mut order: Vec<(f64, usize)> = (self.cells.iter().enumerate())
            .filter_map(|(i, c)| c.value.map(|v| (written_value(v, decimals), i)))
            .collect();
        crate::order::sort_by(&mut order, |a, b| b.0.total_cmp(&a.0));
        let mut ranks = vec![None; self.cells.len()];
        for (k, &(v, i)) in order.iter().enumerate() {
            let tied = k > 0 && order[k - 1].0 == v;
            ranks[i] = Some(if tied {
                ranks[order[k - 1].1].unwrap_or(k + 1)
            } else {
                k + 1
            });
        }
        Some(ranks)
    }
}
