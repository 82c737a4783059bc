//! Numbers as each language writes them.
//!
//! Kazakh and Russian group thousands with a no-break space and use a decimal comma
//! (`1 234 567`, `80,2 %`); English uses `1,234,567` and `80.2%`. The no-break space keeps a
//! figure on one line when a label wraps. Formatting is hand-rolled on purpose: it is a few
//! lines, and a locale library would cost the WebAssembly build tens of kilobytes. For the
//! same reason fixed decimals are written from an integer (the standard `{:.1}` links an
//! exact big-number formatter), and plain decimals are read by the JSON reader the module
//! carries anyway (`str::parse::<f64>` links 15 KB of code and tables).

use super::Lang;

/// U+00A0 NO-BREAK SPACE: the thousands separator and the space before `%` in kk and ru.
pub const NBSP: char = '\u{a0}';

/// Writes `value` with `decimals` digits after the separator, grouped by thousands.
///
/// Non-finite values (which validation keeps out of datasets) are written as `–` rather than
/// `NaN`, so a slip upstream never shows a programmer's word to a reader.
pub fn format_number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let (group, point) = match lang {
        Lang::Kk | Lang::Ru => (NBSP, ','),
        Lang::En => (',', '.'),
    };
    // Halves round away from zero, as people and spreadsheets round (2,25 → 2,3).
    let decimals = decimals.min(MAX_DECIMALS);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (value.abs() * scale as f64).round();
    let (int_part, frac) = if scaled < u64::MAX as f64 {
        let scaled = scaled as u64;
        ((scaled / scale).to_string(), scaled % scale)
    } else {
        // Beyond 2⁶⁴ (sums of the largest values) a double has no fraction left to write.
        (format!("{}", value.abs().round()), 0)
    };
    // "-0" after rounding a tiny negative number is still zero.
    let negative = value < 0.0 && scaled != 0.0;

    let mut out = String::with_capacity(int_part.len() * 2 + decimals + 4);
    if negative {
        out.push('−');
    }
    let digits = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if decimals > 0 {
        out.push(point);
        out.push_str(&format!("{frac:0decimals$}"));
    }
    out
}

/// More decimals than any chart writes.
const MAX_DECIMALS: usize = 6;

/// Reads a plain decimal number as a program writes it (`-12.5`, `0.25`, `007`, `1e3`), not
/// as people do: for that, see `data::number`. `None` for anything else and for infinities.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let digit_first = unsigned
        .trim_start_matches('.')
        .starts_with(|c: char| c.is_ascii_digit());
    if !digit_first || unsigned.starts_with("..") {
        return None;
    }
    // JSON's syntax, which the reader expects, has no leading zeros (`007`) and no bare
    // point (`.5`, `5.`).
    let digits = unsigned.trim_start_matches('0');
    let mut json = String::with_capacity(text.len() + 2);
    if text.starts_with('-') {
        json.push('-');
    }
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        json.push('0');
    }
    json.push_str(digits);
    if json.ends_with('.') {
        json.push('0');
    }
    serde_json::from_str::<f64>(&json)
        .ok()
        .filter(|v| v.is_finite())
}

/// Whether `body` is digits grouped by thousands with `sep`: `1,234`, `12,345,678`.
pub fn is_thousands(body: &str, sep: char) -> bool {
    let mut groups = body.split(sep);
    let first_ok = groups.next().is_some_and(|g| {
        (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()) && !g.starts_with('0')
    });
    let mut rest = groups.peekable();
    first_ok
        && rest.peek().is_some()
        && rest.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Writes a percentage (`80,2 %` in kk/ru, `80.2%` in en).
pub fn format_percent(value: f64, decimals: usize, lang: Lang) -> String {
    let number = format_number(value, decimals, lang);
    match lang {
        Lang::Kk | Lang::Ru => format!("{number}{NBSP}%"),
        Lang::En => format!("{number}%"),
    }
}

/// The decimals `value` is written with, up to `most`: 0 for 12, 3 for 0.875.
pub fn carried(value: f64, most: usize) -> usize {
    let mut scaled = value.abs();
    for places in 0..most {
        if (scaled - scaled.round()).abs() <= 1e-9 * scaled.max(1.0) {
            return places;
        }
        scaled *= 10.0;
    }
    most
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_per_language() {
        assert_eq!(format_number(377.0, 0, Lang::Kk), "377");
        assert_eq!(
            format_number(1_234_567.0, 0, Lang::Kk),
            "1\u{a0}234\u{a0}567"
        );
        assert_eq!(
            format_number(1_234_567.0, 0, Lang::Ru),
            "1\u{a0}234\u{a0}567"
        );
        assert_eq!(format_number(1_234_567.0, 0, Lang::En), "1,234,567");
        assert_eq!(format_number(1000.0, 0, Lang::En), "1,000");
        assert_eq!(format_number(999.0, 0, Lang::En), "999");
        assert_eq!(format_number(0.0, 0, Lang::Ru), "0");
    }

    #[test]
    fn decimals_and_signs() {
        assert_eq!(format_number(1234.5, 1, Lang::Ru), "1\u{a0}234,5");
        assert_eq!(format_number(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(format_number(5.39, 1, Lang::Kk), "5,4");
        assert_eq!(format_number(-1234.0, 0, Lang::En), "−1,234");
        assert_eq!(format_number(-0.01, 1, Lang::En), "0.0");
        assert_eq!(format_number(f64::NAN, 0, Lang::En), "–");
    }

    #[test]
    fn halves_round_away_from_zero_and_decimals_are_padded() {
        assert_eq!(format_number(2.25, 1, Lang::Ru), "2,3");
        assert_eq!(format_number(-2.5, 0, Lang::En), "−3");
        assert_eq!(format_number(0.05, 2, Lang::En), "0.05");
        assert_eq!(format_number(7.0, 3, Lang::Kk), "7,000");
        assert_eq!(format_number(1e15, 1, Lang::En), "1,000,000,000,000,000.0");
        assert_eq!(
            format_number(-2.5e20, 1, Lang::Ru),
            "−250\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000,0"
        );
    }

    #[test]
    fn plain_decimals_read_as_the_standard_parser_reads_them() {
        for text in [
            "0", "377", "-5", "+5", "12.5", "0.1", "007", ".5", "5.", "1e3", "-0.25",
        ] {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        // Up to 15 significant digits, as figures are written, the value is the nearest
        // double, as with `str::parse`.
        for i in (0..2_000_000u64).step_by(7919) {
            for text in [
                format!("{i}"),
                format!("{}.{:02}", i / 100, i % 100),
                format!("0.{i:06}"),
            ] {
                assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{text}");
            }
        }
        for text in [
            "", "-", ".", "abc", "1,5", "1e999", "inf", "NaN", "--1", "0x10",
        ] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
    }

    #[test]
    fn percentages() {
        assert_eq!(format_percent(80.2, 1, Lang::Kk), "80,2\u{a0}%");
        assert_eq!(format_percent(12.3, 1, Lang::En), "12.3%");
    }
}
