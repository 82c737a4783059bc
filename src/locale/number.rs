//! Numbers as each language writes them.
//!
//! Kazakh and Russian group thousands with a no-break space and use a decimal comma
//! (`1 234 567`, `80,2 %`); English uses `1,234,567` and `80.2%`. The no-break space keeps a
//! figure on one line when a label wraps. Formatting is hand-rolled on purpose: it is a few
//! lines, and a locale library would cost the WebAssembly build tens of kilobytes.

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
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match fixed.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (fixed.as_str(), None),
    };
    // "-0" after rounding a tiny negative number is still zero.
    let negative = value < 0.0 && fixed.bytes().any(|b| (b'1'..=b'9').contains(&b));

    let mut out = String::with_capacity(fixed.len() + int_part.len() / 3 + 2);
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
    if let Some(frac) = frac_part {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// Writes a percentage (`80,2 %` in kk/ru, `80.2%` in en).
pub fn format_percent(value: f64, decimals: usize, lang: Lang) -> String {
    let number = format_number(value, decimals, lang);
    match lang {
        Lang::Kk | Lang::Ru => format!("{number}{NBSP}%"),
        Lang::En => format!("{number}%"),
    }
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
    fn percentages() {
        assert_eq!(format_percent(80.2, 1, Lang::Kk), "80,2\u{a0}%");
        assert_eq!(format_percent(12.3, 1, Lang::En), "12.3%");
    }
}
