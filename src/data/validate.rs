//! The rules a dataset must keep before anything is drawn from it.
//!
//! Validation stops at the first broken rule and names its field: a dataset either draws
//! exactly what its file says or does not draw at all, so no figure is lost without a word.

use super::dataset::{Dataset, Indicator, Population, Region, Source, Text, Unit};
use super::error::{DataError, ErrorKind};
use super::format::{FileDataset, FileSource};
use super::registry;
use super::{MAX_CELLS, MAX_VALUE, MIN_REGION_POPULATION, YEARS};
use rustc_hash::FxHashSet as HashSet;

pub(super) const SUPPORTED_FORMAT: &str = "civic-stats/1";

pub(super) fn validate(file: FileDataset) -> Result<Dataset, DataError> {
    if file.format.trim() != SUPPORTED_FORMAT {
        return Err(DataError::at_field(
            ErrorKind::UnsupportedFormat(file.format),
            "format",
        ));
    }
    text(&file.title, "title")?;
    let source = check_source(file.source, "source")?;

    if file.indicators.is_empty() {
        return Err(DataError::at_field(ErrorKind::NoIndicators, "indicators"));
    }
    let mut indicators = Vec::with_capacity(file.indicators.len());
    let mut seen = HashSet::default();
    for (i, ind) in file.indicators.into_iter().enumerate() {
        let at = format!("indicators[{i}]");
        let id = id(&ind.id, &at)?;
        // In any case, as options and the legend find an indicator (regions' below, alike).
        if !seen.insert(crate::locale::lowercase(&id)) {
            return Err(DataError::at_field(
                ErrorKind::DuplicateId(id),
                format!("{at}.id"),
            ));
        }
        text(&ind.name, &format!("{at}.name"))?;
        indicators.push(Indicator {
            id,
            name: ind.name,
            unit: ind.unit,
        });
    }

    if file.regions.is_empty() {
        return Err(DataError::at_field(ErrorKind::NoRegions, "regions"));
    }
    // Years first, so values can be stored in one indexed block.
    let mut years = Vec::new();
    for (r, region) in file.regions.iter().enumerate() {
        for (key, _) in &region.values.0 {
            years.push(year(key, &format!("regions[{r}].values"))?);
        }
    }
    crate::order::sort_by(&mut years, Ord::cmp);
    years.dedup();
    let cells = file
        .regions
        .len()
        .checked_mul(years.len())
        .and_then(|n| n.checked_mul(indicators.len()));
    if !matches!(cells, Some(n) if n <= MAX_CELLS) {
        let kind = ErrorKind::TooManyCells {
            regions: file.regions.len(),
            years: years.len(),
            indicators: indicators.len(),
        };
        return Err(DataError::new(kind, super::Location::Input));
    }

    let mut regions = Vec::with_capacity(file.regions.len());
    let mut values = vec![None; file.regions.len() * years.len() * indicators.len()];
    // Which cells a file has given, so a value given twice (a year or an indicator repeated
    // in one object) is refused rather than one of the two silently kept.
    let mut given = vec![false; values.len()];
    let mut seen = HashSet::default();
    for (r, region) in file.regions.into_iter().enumerate() {
        let at = format!("regions[{r}]");
        let id = id(&region.id, &at)?;
        if !seen.insert(crate::locale::lowercase(&id)) {
            return Err(DataError::at_field(
                ErrorKind::DuplicateId(id),
                format!("{at}.id"),
            ));
        }
        let mut name = region.name;
        let coded = registry::by_code(&id);
        match coded {
            // The registry's names fill the languages a file leaves out: a Russian name alone
            // had hidden "Абай облысы" and "Abai Region" behind the fallback note.
            Some(entry) => {
                let official = entry.name();
                let fill = |mine: &mut Option<String>, theirs| {
                    if mine.as_deref().map_or(true, |t| t.trim().is_empty()) {
                        *mine = theirs;
                    }
                };
                fill(&mut name.kk, official.kk);
                fill(&mut name.ru, official.ru);
                fill(&mut name.en, official.en);
            }
            // A region's name in place of its code (`"id": "Павлодарская область"`) had been
            // told its `name` was empty, a field the writer never wrote.
            None if name.is_empty() => {
                let kind = ErrorKind::NotARegionCode(id);
                return Err(DataError::at_field(kind, format!("{at}.id")));
            }
            None => {}
        }
        text(&name, &format!("{at}.name"))?;

        let mut population = Vec::with_capacity(region.population.len());
        for (p, pop) in region.population.into_iter().enumerate() {
            let at = format!("{at}.population[{p}]");
            if !YEARS.contains(&pop.year) {
                let kind = ErrorKind::BadYear(pop.year.to_string());
                return Err(DataError::at_field(kind, format!("{at}.year")));
            }
            // At least one resident, so a rate per 10 000 residents stays finite.
            if !(pop.value.is_finite() && pop.value >= 1.0) {
                let kind = ErrorKind::BadPopulation(pop.value);
                return Err(DataError::at_field(kind, format!("{at}.value")));
            }
            if pop.value > MAX_VALUE {
                let kind = ErrorKind::ValueTooLarge(pop.value);
                return Err(DataError::at_field(kind, format!("{at}.value")));
            }
            if coded.is_some() && pop.value < MIN_REGION_POPULATION {
                let kind = ErrorKind::PopulationInThousands(pop.value);
                return Err(DataError::at_field(kind, format!("{at}.value")));
            }
            let source = check_source(pop.source, &format!("{at}.source"))?;
            population.push(Population {
                year: pop.year,
                value: pop.value,
                source,
            });
        }
        crate::order::sort_by(&mut population, |a, b| a.year.cmp(&b.year));

        // A year given twice is refused even where its two objects hold other indicators,
        // which had been merged without a word.
        let mut year_given = vec![false; years.len()];
        for (key, by_indicator) in region.values.0 {
            let y = year(&key, &format!("{at}.values"))?;
            let y = years.binary_search(&y).unwrap_or_default();
            if std::mem::replace(&mut year_given[y], true) {
                let kind = ErrorKind::GivenTwice(key.clone());
                return Err(DataError::at_field(kind, format!("{at}.values.{key}")));
            }
            for (ind_id, value) in by_indicator.0 {
                let path = format!("{at}.values.{key}.{ind_id}");
                let Some(i) = indicators.iter().position(|ind| ind.id == ind_id) else {
                    return Err(DataError::at_field(
                        ErrorKind::UnknownIndicator(ind_id),
                        path,
                    ));
                };
                if let Some(v) = value {
                    check_value(v, indicators[i].unit, &path)?;
                }
                let cell = (r * years.len() + y) * indicators.len() + i;
                if std::mem::replace(&mut given[cell], true) {
                    return Err(DataError::at_field(ErrorKind::GivenTwice(ind_id), path));
                }
                values[cell] = value;
            }
        }
        regions.push(Region {
            id,
            name,
            population,
        });
    }

    Ok(Dataset {
        notes: Vec::new(),
        year_marks: Vec::new(),
        title: file.title,
        source,
        licence: file.licence.filter(|l| !l.trim().is_empty()),
        illustrative: file.illustrative,
        indicators,
        regions,
        years,
        values,
    })
}

fn check_value(v: f64, unit: Unit, path: &str) -> Result<(), DataError> {
    let kind = if v < 0.0 {
        ErrorKind::NegativeValue(v)
    } else if unit == Unit::Count && v.fract() != 0.0 {
        ErrorKind::FractionalCount(v)
    } else if unit == Unit::Percent && v > 100.0 {
        ErrorKind::PercentRange(v)
    } else if v > MAX_VALUE {
        ErrorKind::ValueTooLarge(v)
    } else {
        return Ok(());
    };
    Err(DataError::at_field(kind, path))
}

fn text(t: &Text, path: &str) -> Result<(), DataError> {
    if t.is_empty() {
        return Err(DataError::at_field(ErrorKind::MissingText, path));
    }
    Ok(())
}

fn id(raw: &str, at: &str) -> Result<String, DataError> {
    let id = raw.trim();
    if id.is_empty() {
        return Err(DataError::at_field(ErrorKind::EmptyId, format!("{at}.id")));
    }
    Ok(id.to_owned())
}

fn year(key: &str, at: &str) -> Result<i32, DataError> {
    match key.trim().parse::<i32>() {
        Ok(y) if YEARS.contains(&y) => Ok(y),
        _ => Err(DataError::at_field(
            ErrorKind::BadYear(key.to_owned()),
            format!("{at}.{key}"),
        )),
    }
}

/// Whether a source's link is a web address: `http://` or `https://`, in any case (schemes
/// are case-insensitive), after any spaces. A JSON file's `url` and a CSV's `# url:` alike.
pub(super) fn web_address(url: &str) -> bool {
    let url = url.trim();
    ["http://", "https://"].iter().any(|scheme| {
        url.get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
    })
}

fn check_source(s: FileSource, at: &str) -> Result<Source, DataError> {
    let title: Text = s.title.into();
    if title.is_empty() {
        return Err(DataError::at_field(
            ErrorKind::MissingSourceField("title"),
            format!("{at}.title"),
        ));
    }
    let publisher: Text = s.publisher.into();
    for (field, empty) in [
        ("publisher", publisher.is_empty()),
        ("date", s.date.trim().is_empty()),
    ] {
        if empty {
            let kind = ErrorKind::MissingSourceField(field);
            return Err(DataError::at_field(kind, format!("{at}.{field}")));
        }
    }
    let present = |o: Option<String>| o.filter(|v| !v.trim().is_empty());
    let (url, document) = (present(s.url), present(s.document));
    if url.is_none() && document.is_none() {
        return Err(DataError::at_field(ErrorKind::SourceNeedsLink, at));
    }
    // A web address, as a CSV's `# url:` must be: `javascript:` printed as the source's link
    // waits for a page that makes it one.
    if let Some(url) = url.as_deref() {
        if !web_address(url) {
            let kind = ErrorKind::NotWebAddress(url.to_owned());
            return Err(DataError::at_field(kind, format!("{at}.url")));
        }
    }
    Ok(Source {
        title,
        publisher,
        date: s.date.trim().to_owned(),
        url,
        document,
        note: s.note.map(Text::from),
    })
}
