//! Reading options from the strings attributes, URLs and JS objects carry.

use super::{ChartKind, Measure, Options, Reference, ReferenceName, Sort, ThemeName};
use crate::locale::{is_thousands, parse_decimal, Lang, Msg};
use std::fmt;

/// An option name or value the widget does not know; says what it expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    pub name: String,
    pub value: String,
    pub expected: Expected,
}

/// What an option takes, as its error says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// Nothing: the option name itself is unknown.
    Name,
    /// One of these values, written as attributes take them.
    OneOf(&'static str),
    /// A value described in words, said in the reader's language (an English phrase stood in
    /// Kazakh and Russian messages).
    Described(Msg),
}

impl OptionError {
    pub fn message(&self, lang: Lang) -> String {
        let expected = match self.expected {
            Expected::Name => return Msg::UnknownOption.fill(lang, &[("name", &self.name)]),
            Expected::OneOf(values) => values,
            Expected::Described(phrase) => phrase.text(lang),
        };
        let args = [
            ("name", self.name.as_str()),
            ("value", self.value.as_str()),
            ("expected", expected),
        ];
        Msg::BadOptionValue.fill(lang, &args)
    }
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for OptionError {}

const CHARTS: Expected =
    Expected::OneOf("bar, grouped, stacked, share, pie, donut, compare, trend");
const MEASURES: Expected = Expected::OneOf("count, per-10k, share-of-region, share-of-total");
const SORTS: Expected = Expected::OneOf("data, value-desc, value-asc, name");
const LANGS: Expected = Expected::OneOf("kk, ru, en");
const THEMES: Expected = Expected::OneOf("light, dark, contrast, contrast-dark");
const REFERENCES: Expected = Expected::Described(Msg::ExpectedReference);
const YEARS: Expected = Expected::Described(Msg::ExpectedYear);
const HEIGHTS: Expected = Expected::Described(Msg::ExpectedHeight);

/// Every option name [`Options::set`] takes, as element attributes and URL parameters.
pub const OPTION_NAMES: &[&str] = &[
    "lang",
    "chart",
    "measure",
    "sort",
    "regions",
    "indicators",
    "year",
    "selected",
    "reference",
    "theme",
    "height",
    "hide",
];

/// Comma-separated, each trimmed: a region's name has spaces ("Zhetysu Region").
fn list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The names of the options' values, read by [`Options::set`] and written by
/// [`Options::to_pairs`] from the one table.
const MEASURE_NAMES: [(&str, Measure); 4] = [
    ("count", Measure::Count),
    ("per-10k", Measure::Per10k),
    ("share-of-region", Measure::ShareOfRegion),
    ("share-of-total", Measure::ShareOfTotal),
];
const SORT_NAMES: [(&str, Sort); 4] = [
    ("data", Sort::Data),
    ("value-desc", Sort::ValueDesc),
    ("value-asc", Sort::ValueAsc),
    ("name", Sort::Name),
];
const THEME_NAMES: [(&str, ThemeName); 4] = [
    ("light", ThemeName::Light),
    ("dark", ThemeName::Dark),
    ("contrast", ThemeName::Contrast),
    ("contrast-dark", ThemeName::ContrastDark),
];

/// The name of `value` in `names`.
fn name_of<T: PartialEq>(value: T, names: &[(&'static str, T)]) -> &'static str {
    names
        .iter()
        .find(|(_, v)| *v == value)
        .map_or("", |(n, _)| n)
}

fn pick<T: Copy>(value: &str, choices: &[(&str, T)]) -> Option<T> {
    let value = value.trim().to_ascii_lowercase();
    choices
        .iter()
        .find(|(name, _)| *name == value)
        .map(|(_, v)| *v)
}

impl Options {
    /// Sets one option from its text form; an empty value restores the default.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), OptionError> {
        let fail = |expected| OptionError {
            name: name.to_owned(),
            value: value.to_owned(),
            expected,
        };
        let empty = value.trim().is_empty();
        let defaults = Options::default();
        match name {
            "lang" if empty => self.lang = defaults.lang,
            "lang" => self.lang = value.parse().map_err(|_| fail(LANGS))?,
            "chart" if empty => self.chart = defaults.chart,
            "chart" => {
                let kinds: Vec<(&str, ChartKind)> =
                    ChartKind::ALL.iter().map(|k| (k.name(), *k)).collect();
                self.chart = pick(value, &kinds).ok_or_else(|| fail(CHARTS))?;
            }
            "measure" if empty => self.measure = defaults.measure,
            "measure" => {
                self.measure = pick(value, &MEASURE_NAMES).ok_or_else(|| fail(MEASURES))?;
            }
            "sort" if empty => self.sort = defaults.sort,
            "sort" => self.sort = pick(value, &SORT_NAMES).ok_or_else(|| fail(SORTS))?,
            "regions" => self.regions = list(value),
            "indicators" => self.indicators = list(value),
            "hide" => self.hidden = list(value),
            "year" if empty => self.year = None,
            "year" => self.year = Some(value.trim().parse().map_err(|_| fail(YEARS))?),
            "selected" if empty => self.selected = None,
            "selected" => self.selected = Some(value.trim().to_owned()),
            "reference" if empty || value.trim() == "none" => self.reference = None,
            "reference" if value.trim() == "average" => {
                self.reference = Some(Reference::Named(ReferenceName::Average));
            }
            "reference" if value.trim() == "overall" => {
                self.reference = Some(Reference::Named(ReferenceName::Overall));
            }
            "reference" => {
                // A decimal comma is how kk and ru write 5,2; spaces group thousands.
                let plain: String = value.chars().filter(|c| !c.is_whitespace()).collect();
                // `1,000`: a thousand in English, one in Kazakh and Russian. In a CSV cell such
                // a comma is read from the rest of its file (`data::number`); an attribute has
                // nothing around it, and the page's language is no guide (a reader may switch
                // it), so such a value is refused rather than read as either.
                if is_thousands(plain.strip_prefix('-').unwrap_or(&plain), ',') {
                    return Err(fail(REFERENCES));
                }
                let number = parse_decimal(&plain.replace(',', "."));
                self.reference = Some(Reference::Value(number.ok_or_else(|| fail(REFERENCES))?));
            }
            "theme" if empty => self.theme = defaults.theme,
            "theme" => self.theme = pick(value, &THEME_NAMES).ok_or_else(|| fail(THEMES))?,
            "height" if empty => self.height = None,
            "height" => {
                // `strip_suffix`, not `trim_end_matches`: that links a reverse substring
                // searcher (0.4 KB gzipped) for this one call.
                let value = value.trim();
                let px = parse_decimal(value.strip_suffix("px").unwrap_or(value));
                let px = px
                    .filter(|h| (120.0..=4000.0).contains(h))
                    .ok_or_else(|| fail(HEIGHTS))?;
                self.height = Some(px);
            }
            _ => return Err(fail(Expected::Name)),
        }
        Ok(())
    }

    /// Options from name/value pairs (attributes, a query string), on top of the defaults.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Options, OptionError> {
        let mut options = Options::default();
        match options.set_all(pairs) {
            Some(err) => Err(err),
            None => Ok(options),
        }
    }

    /// Sets every pair it can and returns the first refusal, so one bad attribute neither
    /// hides the others (a `lang` after it still applies to its message) nor goes unreported.
    pub fn set_all<'a>(
        &mut self,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Option<OptionError> {
        let mut first = None;
        for (name, value) in pairs {
            if let Err(err) = self.set(name, value) {
                first.get_or_insert(err);
            }
        }
        first
    }
}

impl Options {
    /// The options that differ from the defaults, as attribute-style name/value pairs.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let d = Options::default();
        let mut pairs = Vec::new();
        let mut push = |name: &'static str, value: String, default: bool| {
            if !default {
                pairs.push((name, value));
            }
        };
        push("lang", self.lang.tag().to_owned(), self.lang == d.lang);
        push("chart", self.chart.name().to_owned(), self.chart == d.chart);
        let measure = name_of(self.measure, &MEASURE_NAMES);
        push("measure", measure.to_owned(), self.measure == d.measure);
        let sort = name_of(self.sort, &SORT_NAMES);
        push("sort", sort.to_owned(), self.sort == d.sort);
        push("regions", self.regions.join(","), self.regions.is_empty());
        push(
            "indicators",
            self.indicators.join(","),
            self.indicators.is_empty(),
        );
        push(
            "year",
            self.year.map(|y| y.to_string()).unwrap_or_default(),
            self.year.is_none(),
        );
        push(
            "selected",
            self.selected.clone().unwrap_or_default(),
            self.selected.is_none(),
        );
        let reference = match self.reference {
            Some(Reference::Named(ReferenceName::Average)) => "average".to_owned(),
            Some(Reference::Named(ReferenceName::Overall)) => "overall".to_owned(),
            Some(Reference::Value(v)) => v.to_string(),
            None => String::new(),
        };
        push("reference", reference, self.reference.is_none());
        let theme = name_of(self.theme, &THEME_NAMES);
        push("theme", theme.to_owned(), self.theme == d.theme);
        push(
            "height",
            self.height.map(|h| h.to_string()).unwrap_or_default(),
            self.height.is_none(),
        );
        push("hide", self.hidden.join(","), self.hidden.is_empty());
        pairs
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn url_state_round_trips() {
        let given = [
            ("lang", "en"),
            ("chart", "grouped"),
            ("measure", "per-10k"),
            ("sort", "name"),
            ("regions", "KZ-33,KZ-71"),
            ("indicators", "ngo,media"),
            ("year", "2022"),
            ("selected", "KZ-71"),
            ("reference", "5.5"),
            ("theme", "contrast"),
            ("height", "500"),
            ("hide", "media"),
        ];
        let state = Options::from_pairs(given).unwrap();
        let pairs = state.to_pairs();
        let written: Vec<(&str, &str)> = pairs.iter().map(|(n, v)| (*n, v.as_str())).collect();
        assert_eq!(written, given);
        assert_eq!(Options::from_pairs(written).unwrap(), state);
        assert!(Options::default().to_pairs().is_empty());
    }

    use super::*;

    #[test]
    fn attributes_become_options() {
        let o = Options::from_pairs([
            ("lang", "ru"),
            ("chart", "Compare"),
            ("regions", "KZ-33, KZ-10"),
            ("measure", "per-10k"),
            ("sort", "value-desc"),
            ("year", "2023"),
            ("reference", "average"),
            ("theme", "dark"),
            ("height", "480px"),
        ])
        .unwrap();
        assert_eq!(o.lang, Lang::Ru);
        assert_eq!(o.chart, ChartKind::Compare);
        assert_eq!(o.regions, ["KZ-33", "KZ-10"]);
        assert_eq!(o.measure, Measure::Per10k);
        assert_eq!(o.sort, Sort::ValueDesc);
        assert_eq!(o.year, Some(2023));
        assert_eq!(o.reference, Some(Reference::Named(ReferenceName::Average)));
        assert_eq!(o.theme, ThemeName::Dark);
        assert_eq!(o.height, Some(480.0));
    }

    #[test]
    fn reference_takes_numbers_as_people_write_them() {
        let o = Options::from_pairs([("reference", "5,2")]).unwrap();
        assert_eq!(o.reference, Some(Reference::Value(5.2)));
    }

    #[test]
    fn a_comma_that_could_group_thousands_is_refused_not_guessed() {
        let err = Options::from_pairs([("lang", "en"), ("reference", "1,000")]).unwrap_err();
        assert_eq!(
            err.message(Lang::En),
            "unknown value '1,000' for 'reference'; expected one of: average, overall or a \
             number such as 1000 or 5.2"
        );
        for (written, read) in [("1 000", 1000.0), ("1000,5", 1000.5), ("0,125", 0.125)] {
            let o = Options::from_pairs([("reference", written)]).unwrap();
            assert_eq!(o.reference, Some(Reference::Value(read)), "{written}");
        }
    }

    #[test]
    fn empty_values_restore_defaults() {
        let mut o = Options::from_pairs([("chart", "pie"), ("year", "2022")]).unwrap();
        o.set("chart", "").unwrap();
        o.set("year", " ").unwrap();
        assert_eq!(o.chart, ChartKind::Bar);
        assert_eq!(o.year, None);
    }

    #[test]
    fn wrong_values_say_what_was_expected_in_each_language() {
        let err = Options::from_pairs([("chart", "pies")]).unwrap_err();
        assert_eq!(
            err.message(Lang::En),
            "unknown value 'pies' for 'chart'; expected one of: bar, grouped, stacked, share, pie, donut, compare, trend"
        );
        assert!(err
            .message(Lang::Kk)
            .starts_with("«chart» үшін «pies» мәні белгісіз"));
        assert!(err
            .message(Lang::Ru)
            .starts_with("неизвестное значение «pies» для «chart»"));
        let err = Options::from_pairs([("colour", "red")]).unwrap_err();
        assert_eq!(err.message(Lang::En), "unknown option 'colour'");
        let err = Options::from_pairs([("height", "abc")]).unwrap_err();
        assert_eq!(
            err.message(Lang::Kk),
            "«height» үшін «abc» мәні белгісіз; мүмкін мәндер: пиксельмен берілген биіктік, 120-дан 4000-ға дейін"
        );
        assert!(err
            .message(Lang::Ru)
            .ends_with("высота в пикселях, от 120 до 4000"));
        assert!(Options::from_pairs([("height", "10")]).is_err());
        assert!(Options::from_pairs([("year", "last")]).is_err());
    }
}
