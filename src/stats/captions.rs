//! The words around the values: the subtitle, the axis title, and the footer that names every
//! source a figure relies on (the data's, and the population's when values are per 10 000).

use super::cells::PopulationUse;
use super::measure::population_for;
use crate::data::{Dataset, Source, Unit};
use crate::locale::{sentence, Lang, Msg};
use crate::options::{ChartKind, Measure};

/// "Source: title — publisher, date", in the reader's language (a CSV file may name neither
/// publisher nor date).
fn source_line(source: &Source, lang: Lang) -> String {
    format!("{}: {}", Msg::Source.text(lang), cited(source, lang))
}

/// "title — publisher, date", without the parts a source does not give.
fn cited(source: &Source, lang: Lang) -> String {
    let mut cited = source.title.pick(lang).to_owned();
    let mut before = " — ";
    for part in [source.publisher.pick(lang), &source.date] {
        if !part.trim().is_empty() {
            cited.push_str(before);
            cited.push_str(part);
            before = ", ";
        }
    }
    cited
}

/// The footer, a line each: "illustrative data" first when it is, the source, the population
/// source and year when values were divided by one, the kind's `notes`, and a word when some
/// names are not in the reader's language (`names_fallback`).
pub(super) fn footer(
    data: &Dataset,
    mut populations: Vec<PopulationUse>,
    notes: Vec<String>,
    names_fallback: bool,
    lang: Lang,
) -> Vec<String> {
    let mut footer = vec![source_line(&data.source, lang)];
    if data.illustrative {
        footer.insert(0, Msg::Illustrative.text(lang).to_owned());
    }
    crate::order::sort_by(&mut populations, Ord::cmp);
    populations.dedup();
    // Each population source once, with the years taken from it: regions may cite their own.
    let mut cited_years: Vec<(String, i32)> = populations
        .iter()
        .filter_map(|&(r, y, py)| population_for(data, r, y).map(|p| (cited(&p.source, lang), py)))
        .collect();
    crate::order::sort_by(&mut cited_years, Ord::cmp);
    cited_years.dedup();
    for group in cited_years.chunk_by(|a, b| a.0 == b.0) {
        let years: Vec<String> = group.iter().map(|c| c.1.to_string()).collect();
        let label = Msg::PopulationSource.fill(lang, &[("year", &years.join(", "))]);
        footer.push(format!("{label}: {}", group[0].0));
    }
    // Every year of values divided by another year's population, by that year: a trend's
    // note named 2021 where 2022 was divided by the 2023 population too. Where regions differ
    // in this, each line names its regions.
    let mut by_region: Vec<(Vec<(i32, i32)>, usize)> = Vec::new();
    for region in populations.chunk_by(|a, b| a.0 == b.0) {
        let differing: Vec<(i32, i32)> = region
            .iter()
            .filter(|(_, y, py)| y != py)
            .map(|&(_, y, py)| (py, y))
            .collect();
        by_region.push((differing, region[0].0));
    }
    let alike = by_region.windows(2).all(|w| w[0].0 == w[1].0);
    crate::order::sort_by(&mut by_region, Ord::cmp);
    for same in by_region.chunk_by(|a, b| a.0 == b.0) {
        let names: Vec<&str> = same
            .iter()
            .map(|&(_, r)| data.regions[r].name.pick(lang))
            .collect();
        let mut differing = same[0].0.clone();
        crate::order::sort_by(&mut differing, Ord::cmp);
        for group in differing.chunk_by(|a, b| a.0 == b.0) {
            let years: Vec<String> = group.iter().map(|d| d.1.to_string()).collect();
            let (y, py) = (years.join(", "), group[0].0.to_string());
            let note = Msg::PopulationYearDiffers.fill(lang, &[("year", &y), ("pop_year", &py)]);
            footer.push(match alike {
                true => note,
                false => format!("{}: {note}", names.join(", ")),
            });
        }
    }
    footer.extend(notes);
    footer.extend(data.notes.iter().map(|note| note.pick(lang).to_owned()));
    if names_fallback {
        footer.push(Msg::NamesFallback.text(lang).to_owned());
    }
    footer
}

/// `head, year`: a trend names its span of years, other kinds the year shown (`year`, an
/// index into the dataset's years).
pub(super) fn subtitle(data: &Dataset, kind: ChartKind, year: usize, head: &str) -> String {
    let years = if kind == ChartKind::Trend {
        match (data.years.first(), data.years.last()) {
            (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
            (Some(a), _) => a.to_string(),
            _ => String::new(),
        }
    } else {
        data.years
            .get(year)
            .copied()
            .unwrap_or_default()
            .to_string()
    };
    if head.is_empty() {
        years
    } else {
        // A line of its own starts with a capital: «Область Жетісу, 2023».
        sentence(&format!("{head}, {years}"))
    }
}

/// What the value axis measures (`Саны`, `На 10 000 жителей`).
pub(super) fn axis_title(measure: Measure, unit: Unit, lang: Lang) -> String {
    match measure {
        Measure::Count if unit == Unit::Percent => Msg::Percent,
        Measure::Count if unit == Unit::Number => Msg::Value,
        Measure::Count => Msg::Count,
        Measure::Per10k => Msg::Per10k,
        Measure::ShareOfRegion => Msg::ShareOfRegion,
        Measure::ShareOfTotal => Msg::ShareOfTotal,
    }
    .text(lang)
    .to_owned()
}
