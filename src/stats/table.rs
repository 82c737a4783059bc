//! The chart's numbers as a table: the accessible data view, the CSV export and the text
//! summary all read the same figure, so none can disagree with the chart.

use super::figure::Figure;
use crate::locale::{format_number, Msg};
use crate::options::ChartKind;

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
    /// The chart as a table (rows are categories, columns are series).
    pub fn table(&self) -> Table {
        let corner = match self.kind {
            ChartKind::Trend => Msg::Year.text(self.lang).to_owned(),
            _ => String::new(),
        };
        let mut columns = vec![corner];
        columns.extend(self.series.iter().map(|s| s.label.clone()));
        let has_notes = self.categories.iter().any(|c| c.note.is_some());
        if has_notes {
            // A comparison's notes are its differences; elsewhere they say a row is incomplete.
            let heading = if self.kind == ChartKind::Compare {
                Msg::Difference
            } else {
                Msg::Note
            };
            columns.push(heading.text(self.lang).to_owned());
        }
        let rows = self
            .categories
            .iter()
            .enumerate()
            .map(|(c, category)| {
                let mut row = vec![category.label.clone()];
                row.extend(self.row(c).iter().map(|cell| cell.text.clone()));
                if has_notes {
                    row.push(category.note.clone().unwrap_or_default());
                }
                row
            })
            .collect();
        Table {
            // The measure too: a table of rates per 10 000 said only "… — 2023".
            caption: format!("{} — {} ({})", self.title, self.subtitle, self.axis_title),
            columns,
            rows,
        }
    }

    /// The chart's data as CSV: plain numbers (a point for decimals, no grouping), empty cells
    /// where there is no data, and the source as a last comment-free row of its own.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let mut header = vec![String::new()];
        header.extend(self.series.iter().map(|s| s.label.clone()));
        push_row(&mut out, &header);
        for (c, category) in self.categories.iter().enumerate() {
            let mut row = vec![category.label.clone()];
            row.extend(self.row(c).iter().map(|cell| match cell.value {
                Some(v) => plain(v),
                None => String::new(),
            }));
            push_row(&mut out, &row);
        }
        push_row(&mut out, &[]);
        push_row(
            &mut out,
            &[format!("{} ({})", self.axis_title, self.subtitle)],
        );
        for line in &self.footer {
            push_row(&mut out, std::slice::from_ref(line));
        }
        out
    }

    /// A sentence or two for screen readers: what the chart shows, its largest and smallest
    /// values and, where values add up, their total.
    pub fn summary(&self) -> String {
        let lang = self.lang;
        let mut parts = vec![format!("{}. {}.", self.title, self.subtitle)];
        let labelled: Vec<(String, f64, &str)> = (0..self.categories.len())
            .flat_map(|c| {
                self.row(c).iter().enumerate().filter_map(move |(s, cell)| {
                    let name = if self.series.len() > 1 {
                        format!("{} · {}", self.categories[c].label, self.series[s].label)
                    } else {
                        self.categories[c].label.clone()
                    };
                    cell.value.map(|v| (name, v, cell.text.as_str()))
                })
            })
            .collect();
        let max = labelled.iter().max_by(|a, b| a.1.total_cmp(&b.1));
        let min = labelled.iter().min_by(|a, b| a.1.total_cmp(&b.1));
        if let (Some(max), Some(min)) = (max, min) {
            let (max_value, min_value) = (
                format!("{} ({})", max.0, max.2),
                format!("{} ({})", min.0, min.2),
            );
            parts
                .push(Msg::SummaryExtremes.fill(lang, &[("max", &max_value), ("min", &min_value)]));
        }
        let additive = !self.percent
            && matches!(self.measure, crate::options::Measure::Count)
            && self.kind != ChartKind::Trend;
        if additive && labelled.len() > 1 {
            let total: f64 = labelled.iter().map(|l| l.1).sum();
            let total = format_number(total, if total.fract() == 0.0 { 0 } else { 1 }, lang);
            parts.push(Msg::SummaryTotal.fill(lang, &[("total", &total)]));
        }
        parts.push(self.footer.join(" "));
        parts.join(" ")
    }
}

/// A number as data, not prose: `5.39`, `377`.
fn plain(v: f64) -> String {
    let rounded = (v * 1e6).round() / 1e6;
    format!("{rounded}")
}

/// One RFC 4180 row: fields with a comma, quote or line break are quoted, quotes doubled.
fn push_row(out: &mut String, fields: &[String]) {
    let escaped: Vec<String> = fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect();
    out.push_str(&escaped.join(","));
    out.push_str("\r\n");
}
