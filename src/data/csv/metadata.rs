//! The `# key: value` lines above a CSV header, where a file names its title and its public
//! source, which a bare table has no place for.
//!
//! Unknown keys are refused, as unknown JSON fields are: a misspelt `# sourse:` would
//! otherwise leave the chart without its source and nobody would notice. Free comments start
//! with `##`.

use super::super::dataset::Text;
use super::super::error::{DataError, ErrorKind, Location};
use super::CsvProblem;
use crate::locale::{lowercase, Lang};
use rustc_hash::FxHashMap as HashMap;

const KEYS: &[&str] = &[
    "title",
    "title.kk",
    "title.ru",
    "title.en",
    "source",
    "source.kk",
    "source.ru",
    "source.en",
    "publisher",
    "date",
    "url",
    "licence",
    "license",
    "note",
    "note.kk",
    "note.ru",
    "note.en",
    "year",
    "illustrative",
];

/// What the `#` lines say; every field is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Metadata {
    pub title: Text,
    pub source: Text,
    pub publisher: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub licence: Option<String>,
    pub note: Text,
    pub year: Option<i32>,
    pub illustrative: bool,
}

/// Reads the `#` lines (their line numbers and the text after `#`); problems go to `errors`.
pub(super) fn read(lines: &[(usize, String)], errors: &mut Vec<DataError>) -> Metadata {
    let mut values: HashMap<&'static str, String> = HashMap::default();
    for (line, text) in lines {
        let at = || Location::Cell {
            line: *line,
            column: None,
        };
        // A note typed in column A of a sheet comes out of Excel padded with the other
        // columns' empty cells: `# date: 2024;;;`.
        let text =
            text.trim_end_matches(|c: char| matches!(c, ';' | ',' | '\t') || c.is_whitespace());
        if text.starts_with('#') || text.is_empty() {
            continue;
        }
        let (raw_key, value) = text.split_once(':').unwrap_or((text, ""));
        let key = lowercase(raw_key.trim());
        let Some(&known) = KEYS.iter().find(|k| **k == key) else {
            let shown: String = raw_key.trim().chars().take(40).collect();
            errors.push(DataError::new(CsvProblem::UnknownMetadata(shown), at()));
            continue;
        };
        let known = if known == "license" { "licence" } else { known };
        let value = value.trim().to_owned();
        if value.is_empty() {
            let kind = CsvProblem::BadMetadataValue {
                key: known.to_owned(),
                value,
            };
            errors.push(DataError::new(kind, at()));
            continue;
        }
        if values.contains_key(known) {
            errors.push(DataError::new(
                CsvProblem::MetadataTwice(known.to_owned()),
                at(),
            ));
            continue;
        }
        match check(known, &value) {
            Ok(()) => {
                values.insert(known, value);
            }
            Err(kind) => errors.push(DataError::new(kind, at())),
        }
    }
    let text = |base: &str| {
        let get = |lang: Lang| {
            values
                .get(format!("{base}.{}", lang.tag()).as_str())
                .or_else(|| values.get(base))
                .cloned()
        };
        Text {
            kk: get(Lang::Kk),
            ru: get(Lang::Ru),
            en: get(Lang::En),
        }
    };
    Metadata {
        title: text("title"),
        source: text("source"),
        publisher: values.get("publisher").cloned(),
        date: values.get("date").cloned(),
        url: values.get("url").cloned(),
        licence: values.get("licence").cloned(),
        note: text("note"),
        year: values.get("year").and_then(|y| y.parse().ok()),
        illustrative: values
            .get("illustrative")
            .is_some_and(|v| yes(v) == Some(true)),
    }
}

fn yes(value: &str) -> Option<bool> {
    match lowercase(value).as_str() {
        "true" | "yes" | "1" | "иә" | "да" => Some(true),
        "false" | "no" | "0" | "жоқ" | "нет" => Some(false),
        _ => None,
    }
}

fn check(key: &str, value: &str) -> Result<(), ErrorKind> {
    let bad = || {
        ErrorKind::Csv(CsvProblem::BadMetadataValue {
            key: key.to_owned(),
            value: value.to_owned(),
        })
    };
    match key {
        "year" => match value.parse::<i32>() {
            Ok(y) if crate::data::YEARS.contains(&y) => Ok(()),
            _ => Err(ErrorKind::BadYear(value.to_owned())),
        },
        "illustrative" => yes(value).map(|_| ()).ok_or_else(bad),
        "url" if !crate::data::validate::web_address(value) => Err(bad()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &[&str]) -> Vec<(usize, String)> {
        text.iter()
            .enumerate()
            .map(|(i, t)| (i + 1, t.to_string()))
            .collect()
    }

    #[test]
    fn every_key() {
        let mut errors = Vec::new();
        let m = read(
            &lines(&[
                " title: Жетісу 2023",
                " title.en: Zhetysu 2023",
                "# a comment: with a colon",
                " Source: Report",
                " publisher: Akimat",
                " date: 2023-05",
                " url: https://example.org/r",
                " license: CC BY 4.0",
                " year: 2023",
                " illustrative: yes",
                "",
            ]),
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(m.title.pick(Lang::Kk), "Жетісу 2023");
        assert_eq!(m.title.pick(Lang::En), "Zhetysu 2023");
        assert_eq!(m.source, Text::from("Report"));
        assert_eq!(m.publisher.as_deref(), Some("Akimat"));
        assert_eq!(m.date.as_deref(), Some("2023-05"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/r"));
        assert_eq!(m.licence.as_deref(), Some("CC BY 4.0"));
        assert_eq!(m.year, Some(2023));
        assert!(m.illustrative);
        assert!(m.note.is_empty());
    }

    /// As a JSON file's `url` is: a scheme in capitals is a web address (schemes are
    /// case-insensitive), another scheme is not.
    #[test]
    fn a_url_is_any_web_address() {
        let mut errors = Vec::new();
        let m = read(&lines(&[" url: HTTPS://Stat.gov.kz/R", ""]), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(m.url.as_deref(), Some("HTTPS://Stat.gov.kz/R"));
        read(&lines(&[" url: javascript:alert(1)", ""]), &mut errors);
        assert_eq!(errors.len(), 1, "{errors:?}");
    }

    #[test]
    fn mistakes_are_located() {
        let mut errors = Vec::new();
        read(
            &lines(&[
                " sourse: x",
                " year: 23",
                " url: example.org",
                " title: a",
                " title: b",
                " illustrative: maybe",
                " date:",
                " just words",
            ]),
            &mut errors,
        );
        let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            messages,
            [
                "line 1: unknown metadata 'sourse' (known: title, source, publisher, date, url, licence, note, year, illustrative; start a comment with ##)",
                "line 2: '23' is not a year (expected a number from 1900 to 2100)",
                "line 3: 'example.org' is not a valid value for 'url'",
                "line 5: metadata 'title' is given twice",
                "line 6: 'maybe' is not a valid value for 'illustrative'",
                "line 7: '' is not a valid value for 'date'",
                "line 8: unknown metadata 'just words' (known: title, source, publisher, date, url, licence, note, year, illustrative; start a comment with ##)",
            ]
        );
    }
}
