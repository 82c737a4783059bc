//! The validated, indexed dataset every chart is drawn from.

use crate::locale::{lowercase, Lang};
use serde::Deserialize;

/// A text given in up to three languages. Validation guarantees at least one is present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub kk: Option<String>,
    #[serde(default)]
    pub ru: Option<String>,
    #[serde(default)]
    pub en: Option<String>,
}

impl Text {
    /// Whether `key` is this text in one of its languages, ignoring case and how words are
    /// spaced (a no-break space pasted from a web page, two spaces).
    pub fn names(&self, key: &str) -> bool {
        let plain = |s: &str| {
            let mut out = String::new();
            for word in s.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(word);
            }
            lowercase(&out)
        };
        let key = plain(key);
        [&self.kk, &self.ru, &self.en]
            .into_iter()
            .flatten()
            .any(|t| plain(t) == key)
    }

    /// The text in `lang` if the dataset has it.
    pub fn exact(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Kk => self.kk.as_deref(),
            Lang::Ru => self.ru.as_deref(),
            Lang::En => self.en.as_deref(),
        }
        .map(str::trim)
        .filter(|s| !s.is_empty())
    }

    /// The text in `lang`, else in the first language that has it (kk → ru → en), with the
    /// language actually used, so a chart can say it fell back.
    pub fn get(&self, lang: Lang) -> (&str, Lang) {
        if let Some(text) = self.exact(lang) {
            return (text, lang);
        }
        Lang::ALL
            .iter()
            .find_map(|&l| self.exact(l).map(|t| (t, l)))
            .unwrap_or(("", lang))
    }

    /// The text in `lang` or its fallback.
    pub fn pick(&self, lang: Lang) -> &str {
        self.get(lang).0
    }

    pub fn is_empty(&self) -> bool {
        Lang::ALL.iter().all(|&l| self.exact(l).is_none())
    }

    /// A phrase of the catalogue in every language, filled with `args`.
    pub fn phrase(msg: crate::locale::Msg, args: &[(&str, &str)]) -> Text {
        let fill = |lang| Some(msg.fill(lang, args));
        Text {
            kk: fill(Lang::Kk),
            ru: fill(Lang::Ru),
            en: fill(Lang::En),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text {
            kk: Some(s.to_owned()),
            ru: Some(s.to_owned()),
            en: Some(s.to_owned()),
        }
    }
}

/// Where figures come from. Every figure shown names one; the chart footer prints it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    pub title: Text,
    /// Once for all languages (a site's name) or per language, like the title.
    pub publisher: Text,
    /// As published: `2023`, `2023-05`, `2023-05-17`.
    pub date: String,
    pub url: Option<String>,
    pub document: Option<String>,
    pub note: Option<Text>,
}

/// What an indicator counts, which decides how its values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    /// Whole things: organisations, outlets, branches.
    #[default]
    Count,
    /// Already a percentage.
    Percent,
    /// Any other quantity, written with one decimal.
    Number,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// Stable id used by files, URLs and options (`ngo`, `media`).
    pub id: String,
    pub name: Text,
    pub unit: Unit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Population {
    pub year: i32,
    pub value: f64,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// ISO 3166-2:KZ code (`KZ-33`) or another stable id.
    pub id: String,
    pub name: Text,
    /// Known population counts, oldest first.
    pub population: Vec<Population>,
}

/// A validated dataset: ids are unique, every value refers to a known region, year and
/// indicator, and every value is a finite, non-negative number or explicitly missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub title: Text,
    pub source: Source,
    pub licence: Option<String>,
    /// Made-up figures for demonstration or tests; charts say so in every language.
    pub illustrative: bool,
    pub indicators: Vec<Indicator>,
    pub regions: Vec<Region>,
    /// Years with values, ascending.
    pub years: Vec<i32>,
    /// `values[(region * years + year) * indicators + indicator]`; `None` is "no data", never 0.
    pub(crate) values: Vec<Option<f64>>,
    /// What a reader should know about how the file was read (a CSV's rows of totals left
    /// out), printed under the chart.
    pub notes: Vec<Text>,
    /// Years a table marks for a footnote (`2024*`: "* preliminary data"), with the mark, which
    /// the chart writes after them so the footnote under it refers to something.
    pub year_marks: Vec<(i32, String)>,
}

impl Dataset {
    /// The value of one indicator for one region in one year, by index.
    pub fn value(&self, region: usize, year: usize, indicator: usize) -> Option<f64> {
        let index = (region * self.years.len() + year) * self.indicators.len() + indicator;
        self.values.get(index).copied().flatten()
    }

    /// A year as the chart writes it: with its table's mark for a footnote (`2024*`).
    pub fn year_label(&self, year: i32) -> String {
        let mut label = year.to_string();
        if let Some((_, mark)) = self.year_marks.iter().find(|(y, _)| *y == year) {
            label.push_str(mark);
        }
        label
    }

    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.regions
            .iter()
            .position(|r| r.id.eq_ignore_ascii_case(id))
    }

    pub fn indicator_index(&self, id: &str) -> Option<usize> {
        self.indicators.iter().position(|i| i.id == id)
    }

    /// The region `key` names in an option: its id in any case, or its name in any of the
    /// three languages, as a CSV's region column may give it (`regions="Almaty"` had refused
    /// the chart).
    pub fn find_region(&self, key: &str) -> Option<usize> {
        self.region_index(key)
            .or_else(|| self.regions.iter().position(|r| r.name.names(key)))
    }

    /// The indicator `key` names in an option: its id, in any case (`NGO`), or its name.
    pub fn find_indicator(&self, key: &str) -> Option<usize> {
        (self.indicator_index(key))
            .or_else(|| (self.indicators.iter()).position(|i| i.id.eq_ignore_ascii_case(key)))
            .or_else(|| self.indicators.iter().position(|i| i.name.names(key)))
    }

    pub fn year_index(&self, year: i32) -> Option<usize> {
        self.years.iter().position(|&y| y == year)
    }

    /// The most recent year, which charts show unless asked otherwise.
    pub fn latest_year(&self) -> Option<usize> {
        self.years.len().checked_sub(1)
    }
}
