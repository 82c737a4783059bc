//! The chart's numbers as a table: the accessible data view, the CSV export and the text
//! summary all read the same figure, so none can disagree with the chart.

use super::cells;
use super::figure::Figure;
use super::measure;
use super::text::value_text;
use crate::locale::{format_number, mid_line, sentence, Lang, Msg};
use crate::options::{ChartKind, Measure};

/// A table of exactly the values the chart draws, written as on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    /// The header row; the first cell names the categories' column.
    pub columns: Vec<String>,
    /// Each row: its category, then one text per series.
    pub rows: Vec<Vec<String>>,
}

impl Figure {
    /// Row totals of a stacked chart of counts or of counts per 10 000, written out beside its
    /// bars and in its table. Shares have none: a region's add up to 100 %, and shares of each
    /// indicator's total of all regions, parts of different wholes, are not stacked at all.
    pub fn totals(&self) -> Vec<Option<String>> {
        let sums = self.stacks_add_up();
        (0..self.categories.len())
            .map(|c| {
                let present: Vec<f64> = self.row(c).iter().filter_map(|x| x.value).collect();
                let show = sums && !present.is_empty();
                show.then(|| {
                    let sum: f64 = present.iter().sum();
                    // With the decimals that show it, as its parts are ("0,001" twice had
                    // made "0,00").
                    value_text(Some(sum), self.decimals, self.percent, self.lang)
                })
            })
            .collect()
    }

    /// Whether a stack's parts add up to a total worth writing (see [`Figure::totals`]): not
    /// a stack of one part, whose total wrote each value twice.
    fn stacks_add_up(&self) -> bool {
        self.kind == ChartKind::Stacked
            && self.series.len() > 1
            && matches!(self.measure, Measure::Count | Measure::Per10k)
    }

    /// The chart as a table: rows are categories, columns are series; a trend's rows are its
    /// lines (regions), each with its years and its change, as OWID's table has them (a row
    /// per year made twenty region columns, too wide for any phone).
    pub fn table(&self) -> Table {
        if self.kind == ChartKind::Trend {
            return self.trend_table();
        }
        let mut columns = vec![self.corner().text(self.lang).to_owned()];
        columns.extend(self.series.iter().map(super::Series::caption));
        let ranks = self.ranks();
        if ranks.is_some() {
            columns.push(Msg::Rank.text(self.lang).to_owned());
        }
        // A stack's totals, as the chart writes them beside its bars, then its notes.
        let totals = self.totals();
        let has_totals = totals.iter().any(Option::is_some);
        if has_totals {
            columns.push(Msg::Total.text(self.lang).to_owned());
        }
        let notes = self.notes_heading();
        let has_notes = notes.is_some();
        columns.extend(notes);
        let rows = self
            .categories
            .iter()
            .enumerate()
            .map(|(c, category)| {
                let mut row = vec![category.label.clone()];
                row.extend(self.row(c).iter().map(|cell| cell.text.clone()));
                if let Some(ranks) = &ranks {
                    row.push(ranks[c].map(|r| r.to_string()).unwrap_or_default());
                }
                if has_totals {
                    row.push(totals[c].clone().unwrap_or_default());
                }
                if has_notes {
                    row.push(category.note.clone().unwrap_or_default());
                }
                row
            })
            .collect();
        Table {
            caption: self.caption(),
            columns,
            rows,
        }
    }

    fn trend_table(&self) -> Table {
        let mut columns = vec![Msg::Region.text(self.lang).to_owned()];
        columns.extend(self.categories.iter().map(|c| c.label.clone()));
        // One column of changes, headed by the chart's years; a line whose change runs over
        // fewer years says which in its cell.
        let has_changes = self.series.iter().any(|s| s.change.is_some());
        if has_changes {
            columns.push(self.change_heading(0, self.categories.len().saturating_sub(1)));
        }
        let rows = self
            .series
            .iter()
            .enumerate()
            .map(|(s, series)| {
                let mut row = vec![series.label.clone()];
                row.extend((0..self.categories.len()).map(|c| self.cell(c, s).text.clone()));
                if has_changes {
                    row.push(series.change.clone().unwrap_or_default());
                }
                row
            })
            .collect();
        Table {
            caption: self.caption(),
            columns,
            rows,
        }
    }

    /// Title, subtitle and the measure (a table of rates per 10 000 said only "… — 2023"),
    /// then the reference line the chart draws, which no column holds.
    fn caption(&self) -> String {
        let mut caption = format!(
            "{} — {} ({})",
            self.title,
            self.subtitle,
            mid_line(&self.axis_title)
        );
        if let Some(line) = &self.reference {
            caption.push_str(". ");
            caption.push_str(&line.label);
        }
        caption
    }

    /// The chart's data as CSV, as a spreadsheet in the reader's language opens it: for
    /// Kazakh and Russian a `;` between fields and a decimal comma (what Excel expects under
    /// those regional settings, where `,` put each row in one cell), for English `,` and a
    /// point. Numbers are plain (up to six decimals, no grouping), cells without data empty,
    /// columns headed by plain names (a trend's legend adds each line's change), and the
    /// measure, the year and the sources follow the table after an empty row.
    pub fn to_csv(&self) -> String {
        let english = self.lang == Lang::En;
        let (sep, point) = if english { (',', '.') } else { (';', ',') };
        let mut out = String::new();
        let named = |key: &str, label: &str| {
            let all = self.regions.iter().chain(&self.indicators);
            all.filter(|n| n.id == key)
                .map(|n| n.name.clone())
                .next()
                .unwrap_or_else(|| label.to_owned())
        };
        let mut header = vec![self.corner().text(self.lang).to_owned()];
        header.extend(
            self.series
                .iter()
                .map(|s| text_cell(&named(&s.key, &s.caption()))),
        );
        let ranks = self.ranks_at(CSV_DECIMALS);
        if ranks.is_some() {
            header.push(Msg::Rank.text(self.lang).to_owned());
        }
        // What the chart and table write beside the values is in the file too: a comparison's
        // differences, a row's "incomplete", a trend's changes, the reference line.
        // And what it draws from the values: a pie's shares, a stack's totals.
        let pie = matches!(self.kind, ChartKind::Pie | ChartKind::Donut);
        let totals = self.stacks_add_up();
        let whole: f64 = self.cells.iter().filter_map(|c| c.value).sum();
        // A pie of regions shares out their total, not a region's.
        let of_regions = super::cells::several_regions(&self.cells);
        match (pie, totals) {
            (true, _) if of_regions => header.push(Msg::Percent.text(self.lang).to_owned()),
            (true, _) => header.push(Msg::ShareOfRegion.text(self.lang).to_owned()),
            (_, true) => header.push(Msg::Total.text(self.lang).to_owned()),
            _ => {}
        }
        // A comparison's differences as numbers, in its unit and in per cent of the second
        // region, where the chart writes "−607 (−60,6 %)"; differences of percentages alone
        // in points, and headed so; other notes as written.
        let differences = self.kind == ChartKind::Compare;
        let notes = self.notes_heading();
        let has_notes = notes.is_some();
        let points = format!(
            ", {}",
            Msg::PercentagePoints
                .fill(self.lang, &[("value", "")])
                .trim()
        );
        let in_points = self.categories.iter().all(|c| c.points || c.note.is_none());
        if differences && has_notes {
            let difference = Msg::Difference.text(self.lang);
            if in_points {
                header.push(format!("{difference}{points}"));
            } else {
                header.push(difference.to_owned());
                header.push(format!("{difference}, %"));
            }
        } else {
            header.extend(notes);
        }
        let number = |v: Option<f64>| {
            v.map_or_else(String::new, |v| plain(v).replace('.', &point.to_string()))
        };
        push_row(&mut out, &header, sep);
        for (c, category) in self.categories.iter().enumerate() {
            let mut row = vec![text_cell(&category.label)];
            row.extend(self.row(c).iter().map(|cell| number(cell.value)));
            if let Some(ranks) = &ranks {
                row.push(ranks[c].map(|r| r.to_string()).unwrap_or_default());
            }
            let values = self.row(c).iter().filter_map(|cell| cell.value);
            let sum = values.clone().next().map(|_| values.sum::<f64>());
            if pie {
                row.push(number(sum.and_then(|v| measure::share(v, whole))));
            } else if totals {
                row.push(number(sum));
            }
            if differences && has_notes {
                let (a, b) = (self.row(c)[0].value, self.row(c)[1].value);
                let d = a.zip(b).map(|(a, b)| measure::difference(a, b));
                row.push(number(d.map(|d| d.absolute)));
                if !in_points {
                    row.push(number(
                        d.and_then(|d| d.percent).filter(|_| !category.points),
                    ));
                }
            } else if has_notes {
                row.push(category.note.clone().unwrap_or_default());
            }
            push_row(&mut out, &row, sep);
        }
        // A trend's changes as numbers, where the table writes "+64, +5,1 %": a row in the
        // unit (points for percentages) and one in per cent of the first year's value (none
        // for percentages), for each span of years a line's change runs over. One span
        // unless a line lacks the chart's first or last year; the whole span first, then by
        // years. Apart from the years, so that a spreadsheet's table of them ends there.
        let n = self.series.len();
        let spans: Vec<_> = (self.series.iter().enumerate())
            .map(|(s, series)| (series.change.as_ref()).and(cells::change_span(&self.cells, n, s)))
            .collect();
        // Only a trend's lines change, and its categories are its years: the pairs of any
        // other chart's categories had been tried too, and 100 000 regions' froze the page
        // for half a minute.
        let changes = spans.iter().any(Option::is_some);
        if changes {
            push_row(&mut out, &[], sep);
        }
        let years = if changes { self.categories.len() } else { 0 };
        for (from, to) in (0..years).flat_map(|f| (f + 1..years).rev().map(move |t| (f, t))) {
            let span = Some((from, to));
            if !spans.contains(&span) {
                continue;
            }
            let heading = self.change_heading(from, to);
            for relative in [false, true] {
                let unit = match (relative, self.percent) {
                    (true, true) => break,
                    (true, false) => ", %",
                    (false, true) => points.as_str(),
                    (false, false) => "",
                };
                let mut row = vec![format!("{heading}{unit}")];
                row.extend((0..n).map(|s| {
                    let (a, b) = (self.cell(from, s).value, self.cell(to, s).value);
                    let change = a.zip(b).filter(|_| spans[s] == span);
                    let d = change.map(|(a, b)| measure::change(a, b));
                    number(d.and_then(|d| {
                        if relative {
                            d.percent
                        } else {
                            Some(d.absolute)
                        }
                    }))
                }));
                push_row(&mut out, &row, sep);
            }
        }
        push_row(&mut out, &[], sep);
        // Under the values: the chart's title, what they measure, its footer and where the
        // source is published.
        let about = format!("{} ({})", self.axis_title, self.subtitle);
        let reference = self.reference.as_ref().map(|r| &r.label);
        // What the reader hid is left out of the values, and of a pie's shares and a stack's
        // totals: the chart's legend shows it greyed, the file says so.
        let hidden = listed(self.legend.iter().filter(|e| e.hidden).map(|e| &e.label));
        // The chart writes "population unknown" where a rate's bar would be; the file's cell
        // is blank, and a line says why.
        let rateless = (self.cells.iter())
            .filter(|c| self.measure == Measure::Per10k && c.count.is_some() && c.value.is_none());
        let unknown = listed(rateless.filter_map(|c| self.regions.get(c.region).map(|r| &r.name)));
        let mut lines = vec![self.title.clone(), about];
        if !hidden.is_empty() {
            lines.push(Msg::HiddenInLegend.fill(self.lang, &[("names", &hidden)]));
        }
        lines.extend(reference.cloned());
        if !unknown.is_empty() {
            let why = sentence(Msg::PopulationUnknown.text(self.lang));
            lines.push(format!("{why}: {unknown}"));
        }
        lines.extend(self.footer.iter().cloned());
        lines.extend(self.source_link.clone());
        for line in &lines {
            push_row(&mut out, &[text_cell(line)], sep);
        }
        out
    }

    /// "Change 2021–2023": from category (year) `from` to `to`.
    fn change_heading(&self, from: usize, to: usize) -> String {
        let year = |c: usize| self.categories.get(c).map_or("", |c| c.label.as_str());
        let years = [("from", year(from)), ("to", year(to))];
        Msg::ChangeOverYears.fill(self.lang, &years)
    }

    /// The heading of the column of the categories' notes, if any has one: a comparison's
    /// notes are its differences; elsewhere they say a row is incomplete.
    fn notes_heading(&self) -> Option<String> {
        self.categories.iter().any(|c| c.note.is_some()).then(|| {
            let heading = if self.kind == ChartKind::Compare {
                Msg::Difference
            } else {
                Msg::Note
            };
            heading.text(self.lang).to_owned()
        })
    }

    /// What the categories are, heading their column: years, regions or indicators.
    fn corner(&self) -> Msg {
        let first = self.categories.first().map_or("", |c| c.key.as_str());
        if self.kind == ChartKind::Trend {
            Msg::Year
        } else if self.regions.iter().any(|r| r.id == first) {
            Msg::Region
        } else {
            Msg::Indicator
        }
    }

    /// A sentence or two for screen readers: what the chart shows, its largest and smallest
    /// values and, where values add up, their total. Not the title: it is the chart's
    /// description, read after its name, which is the title (said twice in a row).
    pub fn summary(&self) -> String {
        let lang = self.lang;
        let mut parts = vec![format!("{}.", sentence(&self.subtitle))];
        // What the figures are, where they are not counts: "Largest: Aktobe Region (8,5)" was
        // said of rates per 10 000 residents, which only the axis title names.
        if self.measure != Measure::Count {
            parts.push(format!("{}.", sentence(&self.axis_title)));
        }
        // A region's shares of a total lacking a part ("incomplete") are not weighed
        // against complete ones: Mangystau's media, alone of its total, had been "the
        // largest" at 100 %.
        let incomplete = Some(Msg::Incomplete.text(lang));
        let labelled: Vec<(String, f64, &str)> = (0..self.categories.len())
            .filter(|&c| {
                self.measure != Measure::ShareOfRegion
                    || self.categories[c].note.as_deref() != incomplete
            })
            .flat_map(|c| {
                self.row(c).iter().enumerate().filter_map(move |(s, cell)| {
                    // Names without a trend's change, whose brackets ran into the value's.
                    let name = if self.series.len() > 1 {
                        format!("{} · {}", self.categories[c].label, self.series[s].label)
                    } else {
                        self.categories[c].label.clone()
                    };
                    cell.value.map(|v| (name, v, cell.text.as_str()))
                })
            })
            .collect();
        let max = labelled.iter().map(|l| l.1).max_by(f64::total_cmp);
        let min = labelled.iter().map(|l| l.1).min_by(f64::total_cmp);
        // Not where all are equal, nor across units (a comparison of a count and a share).
        let written = |value: f64| labelled.iter().find(|l| l.1 == value).map(|l| l.2);
        if let (Some(max), Some(min), true) = (max, min, self.one_unit) {
            // Not where all read alike either (5.41 and 5.38 per 10 000 are both "5.4").
            if max > min && written(max) != written(min) {
                let named = |value: f64| {
                    // Every one that ties or reads alike, as ranks are given, each value once
                    // as written: "A, B (10,0)"; shares rounded to add up to 100 may write one
                    // tie two ways, "A (33,4 %), B (33,3 %)".
                    let text = written(value);
                    let tied: Vec<&(String, f64, &str)> = (labelled.iter())
                        .filter(|l| l.1 == value || Some(l.2) == text)
                        .collect();
                    let mut quoted: Vec<String> = Vec::new();
                    for (i, (_, _, text)) in tied.iter().enumerate() {
                        if tied[..i].iter().any(|t| t.2 == *text) {
                            continue;
                        }
                        let names: Vec<&str> = (tied.iter().filter(|t| t.2 == *text))
                            .map(|t| t.0.as_str())
                            .collect();
                        let names = names.join(", ");
                        // A donut's "77,1 % (394)" is not bracketed again.
                        quoted.push(match text.contains('(') {
                            true => format!("{names} — {text}"),
                            false => format!("{names} ({text})"),
                        });
                    }
                    quoted.join(", ")
                };
                let (max_value, min_value) = (named(max), named(min));
                parts.push(
                    Msg::SummaryExtremes.fill(lang, &[("max", &max_value), ("min", &min_value)]),
                );
            }
        }
        if self.additive && labelled.len() > 1 {
            let total: f64 = labelled.iter().map(|l| l.1).sum();
            let total = format_number(total, if total.fract() == 0.0 { 0 } else { 1 }, lang);
            parts.push(Msg::SummaryTotal.fill(lang, &[("total", &total)]));
        }
        // The reference line, as the chart and the CSV write it, then each footer line: each a
        // sentence of its own, so that a screen reader pauses between them.
        let reference = self.reference.as_ref().map(|r| &r.label);
        for line in reference.into_iter().chain(&self.footer) {
            let stop = if line.ends_with(['.', '!', '?']) {
                ""
            } else {
                "."
            };
            parts.push(format!("{}{stop}", sentence(line)));
        }
        parts.join(" ")
    }
}

/// Each of `names` once, separated by commas.
fn listed<'a>(names: impl Iterator<Item = &'a String>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for name in names {
        if !seen.contains(&name.as_str()) {
            seen.push(name);
        }
    }
    seen.join(", ")
}

/// Whether a `,`, `;` or tab in `field` is followed, after any spaces, by what starts a
/// formula.
fn formula_after_separator(field: &str) -> bool {
    let mut after = false;
    for c in field.chars() {
        if after && c != ' ' {
            if matches!(c, '=' | '+' | '-' | '@') {
                return true;
            }
            after = false;
        }
        after |= matches!(c, ',' | ';' | '\t');
    }
    false
}

/// The most decimals the CSV writes a value with.
const CSV_DECIMALS: usize = 6;

/// A number as data, not prose: `5.39`, `377`.
fn plain(v: f64) -> String {
    let scale = 10f64.powi(CSV_DECIMALS as i32);
    // `+ 0.0` turns a negative zero (a `-0` in the data, or a tiny negative rounded) into 0:
    // a spreadsheet had been handed "-0".
    let rounded = (v * scale).round() / scale + 0.0;
    format!("{rounded}")
}

/// Text from the data as a spreadsheet cell: one that starts with = + - or @ would run as a
/// formula (an indicator named "=HYPERLINK(…)" in someone's file), and is kept text by a '.
fn text_cell(text: &str) -> String {
    match text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{text}"),
        false => text.to_owned(),
    }
}

/// One RFC 4180 row separated by `sep`: fields holding it, a quote or a line break are
/// quoted, quotes doubled; so are fields where another separator is followed by a formula's
/// first sign (`Жетісу,=cmd|…`), which an Excel splitting at that separator (a file written
/// with `;` opened where the list separator is `,`) had made a cell that ran as a formula.
fn push_row(out: &mut String, fields: &[String], sep: char) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        if f.contains([sep, '"', '\n', '\r']) || formula_after_separator(f) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push_str("\r\n");
}
