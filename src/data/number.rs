//! Numbers as people type them into spreadsheets, in Kazakh, Russian and English files.
//!
//! A CSV cell is whatever the person or the export wrote: `1 234` with a no-break space,
//! `5,2` with a decimal comma, `45 %`, `н/д` for "no data". Reading those by the rules of one
//! language would silently turn `1,234` into 1.234 or 1234 depending on who exported it, so
//! the rules are explicit and never guess when a reading changes the value by a thousand:
//!
//! - Spaces (U+0020, U+00A0, U+2009, U+202F) and apostrophes (`'`, `’`) only ever group
//!   thousands, and must do so properly (`1 234 567`, `1'234`, never `12 34`).
//! - When both `.` and `,` appear, the last one is the decimal mark and the other groups
//!   thousands (`1,234.5`, `1.234,5`).
//! - A mark that appears more than once groups thousands (`1,234,567`, `1.234.567`).
//! - A single `.` is a decimal point in every language: `1.234` is 1.234 (and, in a column of
//!   counts, is refused as a fraction rather than guessed to be 1234).
//! - A single `,` is a decimal comma (`5,2`) unless it could group thousands: exactly three
//!   digits after one to three that do not start with 0 (`1,234`). What such a comma means is
//!   [`Comma`], decided for each column of a file from its other cells (`2,5` or `1 234,5`
//!   there make it decimal, `1,234,567` or `12,480.5` make it group thousands), then from the
//!   whole file's cells, then from the delimiter (Excel writes `;` where the comma is the
//!   decimal mark, `,` where it is not), and only then from the script of the file's words;
//!   never from the reader's language, so a file means the same to every reader.
//! - A leading `-` or `−` makes the number negative; the caller decides whether that is
//!   allowed. Exponents, currency signs and words are not numbers.

use crate::locale::{is_thousands, lowercase, Lang};

/// Why a cell is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberError {
    NotANumber,
    /// A `%` sign in a column that does not hold percentages.
    PercentSign,
}

/// What a comma that could group thousands (`1,234`) means in a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Comma {
    /// A decimal comma: `1,234` is 1.234 (Kazakh and Russian spreadsheets).
    Decimal,
    /// A thousands separator: `1,234` is 1234 (English ones).
    Thousands,
}

impl Comma {
    /// The reading spreadsheets in `lang` write, for a file that gives no other sign.
    pub(crate) fn of(lang: Lang) -> Comma {
        match lang {
            Lang::Kk | Lang::Ru => Comma::Decimal,
            Lang::En => Comma::Thousands,
        }
    }

    /// What `text`, a cell, shows about its column's comma: `2,5` a decimal comma,
    /// `1,234,567` or `12,480.5` a grouping one (so does `2.5`: where the point is the
    /// decimal mark, the comma is not); `1,234`, `377` or a word nothing.
    pub(crate) fn shown_by(text: &str) -> Option<Comma> {
        let text = text.trim();
        let text = text.strip_suffix('%').unwrap_or(text).trim_end();
        let body = text.trim_start_matches(['-', '−', '+']);
        if !body.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let m = marks(body)?;
        match (m.dots, m.commas) {
            (0, 0) => None,
            (1, 0) => Some(Comma::Thousands),
            // `1.234.567`: points group, so the comma would be the decimal mark.
            (_, 0) => Some(Comma::Decimal),
            (0, 1) if !m.spaced && is_thousands(body, ',') => None,
            (0, 1) => Some(Comma::Decimal),
            (0, _) => Some(Comma::Thousands),
            _ if m.last == Some('.') => Some(Comma::Thousands),
            _ => Some(Comma::Decimal),
        }
    }
}

/// What people write for "no data". Compared case-insensitively, spaces collapsed.
const MISSING: &[&str] = &[
    // The Bureau of National Statistics' tables write "…" where a figure is not available.
    "…",
    "...",
    "-",
    "–",
    "—",
    "−",
    "н/д",
    "нд",
    "нет данных",
    "дерек жоқ",
    "n/a",
    "na",
    // The Bureau's mark of a figure kept confidential, in Latin and Cyrillic.
    "x",
    "х",
];

/// Characters that group thousands and nothing else.
fn is_space_group(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Reads a cell: `Ok(None)` is "no data", never zero.
///
/// `comma` says what a comma that could group thousands means in the cell's column;
/// `percent` whether the column holds percentages, where a trailing `%` is allowed.
pub(crate) fn parse_number(
    text: &str,
    comma: Comma,
    percent: bool,
) -> Result<Option<f64>, NumberError> {
    let text = text.trim();
    if is_missing(text) {
        return Ok(None);
    }
    let text = match text.strip_suffix('%') {
        Some(_) if !percent => return Err(NumberError::PercentSign),
        Some(rest) => rest.trim_end(),
        None => text,
    };
    let (negative, body) = match text.chars().next() {
        Some(c @ ('-' | '−' | '+')) => (c != '+', &text[c.len_utf8()..]),
        _ => (false, text),
    };
    let magnitude = magnitude(body, comma).ok_or(NumberError::NotANumber)?;
    Ok(Some(match (negative, magnitude == 0.0) {
        (true, false) => -magnitude,
        _ => magnitude,
    }))
}

fn is_missing(text: &str) -> bool {
    if text.is_empty() {
        return true;
    }
    let words: Vec<String> = text.split_whitespace().map(lowercase).collect();
    let folded = words.join(" ");
    MISSING.contains(&folded.as_str())
}

/// The marks of a number's body: how many points and commas, the last of them, and whether
/// spaces or apostrophes group it. `None` when it holds anything but digits and those.
struct Marks {
    dots: usize,
    commas: usize,
    last: Option<char>,
    spaced: bool,
}

fn marks(body: &str) -> Option<Marks> {
    let numeric = body.chars().all(|c| {
        c.is_ascii_digit() || matches!(c, '.' | ',') || is_space_group(c) || is_apostrophe(c)
    });
    numeric.then(|| Marks {
        dots: body.matches('.').count(),
        commas: body.matches(',').count(),
        last: body.chars().rev().find(|c| matches!(c, '.' | ',')),
        spaced: body.contains(|c| is_space_group(c) || is_apostrophe(c)),
    })
}

/// The value of an unsigned number, or `None` when `body` is not one.
fn magnitude(body: &str, comma: Comma) -> Option<f64> {
    let m = marks(body)?;
    let decimal = match (m.dots, m.commas) {
        (0, 0) => None,
        (1, 0) => Some('.'),
        (_, 0) => None,
        (0, 1) if comma == Comma::Thousands && !m.spaced && is_thousands(body, ',') => None,
        (0, 1) => Some(','),
        (0, _) => None,
        // Both: the last is the decimal mark, and only once.
        (dots, commas) => match m.last? {
            '.' if dots == 1 => Some('.'),
            ',' if commas == 1 => Some(','),
            _ => return None,
        },
    };
    let (int_part, frac_part) = match decimal {
        Some(mark) => {
            let (i, f) = body.split_once(mark)?;
            (i, Some(f))
        }
        None => (body, None),
    };
    let digits = whole_digits(int_part)?;
    let mut plain = digits;
    if let Some(frac) = frac_part {
        if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if plain.is_empty() {
            plain.push('0');
        }
        plain.push('.');
        plain.push_str(frac);
    }
    if plain.is_empty() {
        return None;
    }
    crate::locale::parse_decimal(&plain)
}

/// The digits of an integer part, checking that any grouping separators group thousands and
/// are all of one kind. An empty integer part (`,5`) gives an empty string.
fn whole_digits(int_part: &str) -> Option<String> {
    let sep = int_part.chars().find(|c| !c.is_ascii_digit());
    match sep {
        None => Some(int_part.to_owned()),
        Some(sep) => {
            let kind = |c: char| {
                if is_space_group(c) {
                    0
                } else if is_apostrophe(c) {
                    1
                } else {
                    c as u32 + 2
                }
            };
            let same = int_part
                .chars()
                .filter(|c| !c.is_ascii_digit())
                .all(|c| kind(c) == kind(sep));
            // Group on the first separator's kind: any space groups with any other space.
            let normalised: String = int_part
                .chars()
                .map(|c| if c.is_ascii_digit() { c } else { '_' })
                .collect();
            if same && is_thousands(&normalised, '_') {
                Some(int_part.chars().filter(char::is_ascii_digit).collect())
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_in(text: &str, lang: Lang, percent: bool) -> Result<Option<f64>, NumberError> {
        parse_number(text, Comma::of(lang), percent)
    }

    #[test]
    fn cells_show_what_their_comma_means() {
        for text in [
            "2,5",
            "0,875",
            "1 234,5",
            "1.234,5",
            "1.234.567",
            "−12,25 %",
        ] {
            assert_eq!(Comma::shown_by(text), Some(Comma::Decimal), "{text}");
        }
        for text in ["1,528,044", "12,480.5", "2.5", "1.234"] {
            assert_eq!(Comma::shown_by(text), Some(Comma::Thousands), "{text}");
        }
        for text in ["1,250", "377", "", "н/д", "Алматы", "12,5 тыс."] {
            assert_eq!(Comma::shown_by(text), None, "{text}");
        }
    }

    const ALL: [Lang; 3] = Lang::ALL;
    const KK_RU: [Lang; 2] = [Lang::Kk, Lang::Ru];

    #[test]
    fn numbers_read_the_same_in_every_language() {
        let cases: &[(&str, f64)] = &[
            ("1234", 1234.0),
            ("  377 ", 377.0),
            ("1 234", 1234.0),
            ("1\u{a0}234", 1234.0),
            ("1\u{202f}234", 1234.0),
            ("1\u{2009}234\u{2009}567", 1_234_567.0),
            ("1'234", 1234.0),
            ("1’234’567", 1_234_567.0),
            ("1,234,567", 1_234_567.0),
            ("1.234.567", 1_234_567.0),
            ("1,234.5", 1234.5),
            ("1.234,5", 1234.5),
            ("1 234,5", 1234.5),
            ("1 234.5", 1234.5),
            ("5,2", 5.2),
            ("0,5", 0.5),
            ("0.5", 0.5),
            ("1.234", 1.234),
            ("08123", 8123.0),
            ("0", 0.0),
            ("-0", 0.0),
            ("-5", -5.0),
            ("−1 234", -1234.0),
            ("+12", 12.0),
            (",5", 0.5),
        ];
        for &(text, expected) in cases {
            for lang in ALL {
                assert_eq!(
                    parse_in(text, lang, false),
                    Ok(Some(expected)),
                    "{text:?} in {lang}"
                );
            }
        }
    }

    #[test]
    fn a_lone_comma_depends_on_the_language() {
        for lang in KK_RU {
            assert_eq!(parse_in("1,234", lang, false), Ok(Some(1.234)));
            assert_eq!(parse_in("12,345", lang, false), Ok(Some(12.345)));
        }
        assert_eq!(parse_in("1,234", Lang::En, false), Ok(Some(1234.0)));
        assert_eq!(parse_in("12,345", Lang::En, false), Ok(Some(12345.0)));
        // Not three digits after it, or a leading zero: only a decimal comma makes sense.
        assert_eq!(parse_in("5,25", Lang::En, false), Ok(Some(5.25)));
        assert_eq!(parse_in("0,500", Lang::En, false), Ok(Some(0.5)));
        assert_eq!(parse_in("1234,567", Lang::En, false), Ok(Some(1234.567)));
        // Spaces already group: the comma is the decimal mark.
        assert_eq!(parse_in("1 234,567", Lang::En, false), Ok(Some(1234.567)));
    }

    #[test]
    fn missing_values_are_none_never_zero() {
        for text in [
            "",
            "  ",
            "-",
            "–",
            "—",
            "н/д",
            "Н/Д",
            "нет данных",
            "Нет  данных",
            "дерек жоқ",
            "Дерек жоқ",
            "n/a",
            "N/A",
        ] {
            for lang in ALL {
                assert_eq!(parse_in(text, lang, false), Ok(None), "{text:?}");
                assert_eq!(parse_in(text, lang, true), Ok(None), "{text:?}");
            }
        }
    }

    #[test]
    fn percent_signs_only_in_percent_columns() {
        for lang in ALL {
            assert_eq!(parse_in("45%", lang, true), Ok(Some(45.0)));
            assert_eq!(parse_in("45 %", lang, true), Ok(Some(45.0)));
            assert_eq!(parse_in("45\u{a0}%", lang, true), Ok(Some(45.0)));
            assert_eq!(parse_in("45", lang, true), Ok(Some(45.0)));
            assert_eq!(parse_in("45%", lang, false), Err(NumberError::PercentSign));
            assert_eq!(parse_in("%", lang, true), Err(NumberError::NotANumber));
        }
        assert_eq!(parse_in("12,5 %", Lang::Ru, true), Ok(Some(12.5)));
    }

    #[test]
    fn anything_else_is_not_a_number() {
        for text in [
            "abc",
            "12abc",
            "1e5",
            "1 2",
            "12 34",
            "1 2345",
            "1,23,456",
            "1.2.3,4.5",
            "1,2,3.4,5",
            "1.234,567.8",
            "1 234'567",
            "1,",
            "1.",
            ".",
            ",",
            "--5",
            "5-",
            "$5",
            "12.5.",
            "1_000",
            "٣",
            "１２",
            "inf",
            "NaN",
            "1 234 5",
        ] {
            for lang in ALL {
                assert_eq!(
                    parse_in(text, lang, false),
                    Err(NumberError::NotANumber),
                    "{text:?} in {lang}"
                );
            }
        }
    }

    #[test]
    fn huge_numbers_stay_finite_or_are_refused() {
        let long = "9".repeat(400);
        assert_eq!(
            parse_in(&long, Lang::En, false),
            Err(NumberError::NotANumber)
        );
        let big = "9".repeat(300);
        assert!(parse_in(&big, Lang::En, false)
            .unwrap()
            .unwrap()
            .is_finite());
    }
}
