//! Values written as the reader expects them, for each measure and unit.

use crate::data::Unit;
use crate::locale::{format_number, format_percent, Lang, Msg};
use crate::options::Measure;

/// How many decimals a measured value gets.
pub fn decimals(measure: Measure, unit: Unit, value: f64) -> usize {
    match (measure, unit) {
        (Measure::Count, Unit::Count) => 0,
        (Measure::Per10k, _) if value.abs() < 1.0 && value != 0.0 => 2,
        _ => 1,
    }
}

/// Whether a measure's values are percentages.
pub fn is_percent(measure: Measure, unit: Unit) -> bool {
    match measure {
        Measure::Count => unit == Unit::Percent,
        Measure::Per10k => false,
        Measure::ShareOfRegion | Measure::ShareOfTotal => true,
    }
}

/// A measured value as text; `None` is "no data".
pub fn value_text(value: Option<f64>, measure: Measure, unit: Unit, lang: Lang) -> String {
    match value {
        None => Msg::NoData.text(lang).to_owned(),
        Some(v) if is_percent(measure, unit) => format_percent(v, decimals(measure, unit, v), lang),
        Some(v) => format_number(v, decimals(measure, unit, v), lang),
    }
}

/// A difference between two percentages, in percentage points: `+5,4 п. п.`, `−2.1 pp`
/// (5 % against 2 % is 3 points apart, not 3 %).
pub fn signed_points(value: f64, decimals: usize, lang: Lang) -> String {
    Msg::PercentagePoints.fill(lang, &[("value", &signed(value, decimals, false, lang))])
}

/// A signed difference: `+321`, `−4,5`, `+12,3 %`.
pub fn signed(value: f64, decimals: usize, percent: bool, lang: Lang) -> String {
    let body = if percent {
        format_percent(value.abs(), decimals, lang)
    } else {
        format_number(value.abs(), decimals, lang)
    };
    let rounded_zero = (value * 10f64.powi(decimals as i32)).round() == 0.0;
    let sign = if rounded_zero {
        "±"
    } else if value > 0.0 {
        "+"
    } else {
        "−"
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_get_sensible_decimals() {
        assert_eq!(
            value_text(Some(377.0), Measure::Count, Unit::Count, Lang::Kk),
            "377"
        );
        assert_eq!(
            value_text(Some(5.3934), Measure::Per10k, Unit::Count, Lang::Ru),
            "5,4"
        );
        assert_eq!(
            value_text(Some(0.052), Measure::Per10k, Unit::Count, Lang::En),
            "0.05"
        );
        assert_eq!(
            value_text(Some(80.2), Measure::ShareOfRegion, Unit::Count, Lang::Kk),
            "80,2\u{a0}%"
        );
        assert_eq!(
            value_text(Some(12.3), Measure::ShareOfTotal, Unit::Count, Lang::En),
            "12.3%"
        );
        assert_eq!(
            value_text(None, Measure::Count, Unit::Count, Lang::En),
            "no data"
        );
    }

    #[test]
    fn signed_differences() {
        assert_eq!(signed(321.0, 0, false, Lang::En), "+321");
        assert_eq!(signed(-4.5, 1, false, Lang::Ru), "−4,5");
        assert_eq!(signed(573.2, 1, true, Lang::Kk), "+573,2\u{a0}%");
        assert_eq!(signed(0.01, 1, false, Lang::En), "±0.0");
        assert_eq!(signed_points(5.35, 1, Lang::En), "+5.4\u{a0}pp");
        assert_eq!(signed_points(-2.0, 1, Lang::Ru), "−2,0\u{a0}п.\u{a0}п.");
    }
}
