//! The words around the values: the subtitle, the axis title, and the footer that names every
//! source a figure relies on (the data's, and the population's when values are per 10 000).

use super::cells::PopulationUse;
use super::measure::population_for;
use crate::data::{Dataset, Source, Unit};
use crate::locale::{mid_line, Lang, Msg};
use crate::options::{ChartKind, Measure};

/// Items gathered under keys, in the order the keys first came.
type Groups = Vec<(String, Vec<String>)>;

/// Adds `item` under `key` once: in order (`sorted`, years), or last.
fn add_to(groups: &mut Groups, key: String, item: String, sorted: bool) {
    let at = match groups.iter().position(|(k, _)| *k == key) {
        Some(at) => at,
        None => {
            groups.push((key, Vec::new()));
            groups.len() - 1
        }
    };
    let items = &mut groups[at].1;
    let place = match sorted {
        true => items.partition_point(|i| *i < item),
        false => items.len(),
    };
    if !items.contains(&item) {
        items.insert(place, item);
    }
}

/// "Source: title — publisher, date", in the reader's language (a CSV file may name neither
/// publisher nor date).
fn source_line(source: &Source, lang: Lang) -> String {
    format!("{}: {}", Msg::Source.text(lang), cited(source, lang))
}

/// "title — publisher, date", without the parts a source does not give.
fn cited(source: &Source, lang: Lang) -> String {
    let mut cited = source.title.pick(lang).to_owned();
    let mut before = " — ";
    for part in [
        source.publisher.pick(lang),
        &written_date(&source.date, lang),
    ] {
        if !part.trim().is_empty() {
            cited.push_str(before);
            cited.push_str(part);
            before = ", ";
        }
    }
    cited
}

/// A source's date as a Kazakh or Russian reader writes one: `2023-04` is "04.2023",
/// `2023-04-05` "05.04.2023" (the ISO form the data files use read as a code in a line of
/// their prose). English keeps the ISO form, and anything else is left as given ("2023",
/// "весна 2023").
fn written_date(date: &str, lang: Lang) -> String {
    let b = date.as_bytes();
    let iso = matches!(b.len(), 7 | 10)
        && (b.iter().enumerate()).all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            _ => c.is_ascii_digit(),
        });
    if lang == Lang::En || !iso {
        return date.to_owned();
    }
    let mut out = String::with_capacity(b.len());
    if b.len() == 10 {
        out.push_str(&date[8..]);
        out.push('.');
    }
    out.push_str(&date[5..7]);
    out.push('.');
    out.push_str(&date[..4]);
    out
}

/// The footer, a line each: "illustrative data" first when it is, the source and its note,
/// the population source and year when values were divided by one, the kind's `notes`, and a
/// word when some names are not in the reader's language (`names_fallback`).
pub(super) fn footer(
    data: &Dataset,
    mut populations: Vec<PopulationUse>,
    notes: Vec<String>,
    names_fallback: bool,
    lang: Lang,
) -> Vec<String> {
    let mut footer = vec![source_line(&data.source, lang)];
    // The source's caveat ("figures for 2024 are preliminary"), which had been read and never
    // shown anywhere.
    if let Some(note) = data.source.note.as_ref().map(|n| n.pick(lang).trim()) {
        if !note.is_empty() {
            footer.push(note.to_owned());
        }
    }
    if data.illustrative {
        footer.insert(0, Msg::Illustrative.text(lang).to_owned());
    }
    crate::order::sort_by(&mut populations, Ord::cmp);
    populations.dedup();
    // Each population source once, with the years taken from it: regions may cite their own.
    let mut sources: Groups = Vec::new();
    for &(r, y, py) in &populations {
        if let Some(p) = population_for(data, r, y) {
            add_to(&mut sources, cited(&p.source, lang), py.to_string(), true);
        }
    }
    for (cited, years) in sources {
        let label = Msg::PopulationSource.fill(lang, &[("year", &years.join(", "))]);
        footer.push(format!("{label}: {cited}"));
    }
    // Every year of values divided by another year's population, by that year: a trend's
    // note named 2021 where 2022 was divided by the 2023 population too. Where regions differ
    // in this, each line names its regions.
    let mut regions: Groups = Vec::new();
    for region in populations.chunk_by(|a, b| a.0 == b.0) {
        let mut by_year: Groups = Vec::new();
        for &(_, y, py) in region.iter().filter(|(_, y, py)| y != py) {
            add_to(&mut by_year, py.to_string(), y.to_string(), true);
        }
        let lines: Vec<String> = by_year
            .iter()
            .map(|(py, years)| {
                let years = years.join(", ");
                Msg::PopulationYearDiffers.fill(lang, &[("year", &years), ("pop_year", py)])
            })
            .collect();
        let name = data.regions[region[0].0].name.pick(lang).to_owned();
        add_to(&mut regions, lines.join("\n"), name, false);
    }
    let alike = regions.len() == 1;
    for (lines, names) in regions.iter().filter(|(lines, _)| !lines.is_empty()) {
        for line in lines.split('\n') {
            footer.push(match alike {
                true => line.to_owned(),
                // «Акмолинская область: значения (2023) …», the note mid-line.
                false => format!("{}: {}", names.join(", "), mid_line(line)),
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
            (Some(&a), Some(&b)) if a != b => {
                format!("{}–{}", data.year_label(a), data.year_label(b))
            }
            (Some(&a), _) => data.year_label(a),
            _ => String::new(),
        }
    } else {
        data.years
            .get(year)
            .map_or_else(String::new, |&y| data.year_label(y))
    };
    if head.is_empty() {
        years
    } else {
        // As written mid-line («… — область Жетісу, 2023»); the chart's own line is a sentence.
        format!("{head}, {years}")
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

#[cfg(test)]
mod tests {
    use super::written_date;
    use crate::locale::Lang;

    #[test]
    fn a_sources_date_is_written_as_its_readers_write_dates() {
        for (date, kk_ru, en) in [
            ("2023-04", "04.2023", "2023-04"),
            ("2022-11-29", "29.11.2022", "2022-11-29"),
            // Anything else as given.
            ("2023", "2023", "2023"),
            ("2023-4", "2023-4", "2023-4"),
            ("2023/04/05", "2023/04/05", "2023/04/05"),
            ("весна 2023", "весна 2023", "весна 2023"),
            ("", "", ""),
        ] {
            assert_eq!(written_date(date, Lang::Kk), kk_ru, "{date}");
            assert_eq!(written_date(date, Lang::Ru), kk_ru, "{date}");
            assert_eq!(written_date(date, Lang::En), en, "{date}");
        }
    }
}
