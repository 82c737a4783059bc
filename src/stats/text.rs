//! Values written as the reader expects them, for each measure and unit.

use crate::data::Unit;
use crate::locale::{carried, format_number, format_percent, Lang, Msg};
use crate::options::Measure;

/// How many decimals a chart writes its values with: one number for all of them, so they
/// read alike (`5,39 · 0,43 · 0,80`, not `5,4 · 0,43 · 0,8`). None for counts; as many as the
/// figures carry for other values (up to 3, and 2 for percentages), so an analyst can check
/// them against the table they came from; 2 for rates per 10 000 when one is below 1, else 1;
/// 1 for shares.
pub fn chart_decimals(measure: Measure, unit: Unit, values: impl Iterator<Item = f64>) -> usize {
    match (measure, unit) {
        (Measure::Count, Unit::Count) => 0,
        (Measure::Count, unit) => {
            let most = if unit == Unit::Percent { 2 } else { 3 };
            values.map(|v| carried(v, most)).max().unwrap_or(0)
        }
        (Measure::Per10k, _) => {
            let mut values = values;
            1 + usize::from(values.any(|v| v != 0.0 && v.abs() < 1.0))
        }
        _ => 1,
    }
}

/// A published figure with the decimals it carries (up to 3): `377`, `0,875`.
pub fn written_count(value: f64, lang: Lang) -> String {
    format_number(value, carried(value, 3), lang)
}

/// Whether a measure's values are percentages.
pub fn is_percent(measure: Measure, unit: Unit) -> bool {
    match measure {
        Measure::Count => unit == Unit::Percent,
        Measure::Per10k => false,
        Measure::ShareOfRegion | Measure::ShareOfTotal => true,
    }
}

/// A measured value as text, with the chart's `places` of decimals; `None` is "no data".
/// A figure that would round to nothing takes the decimals that show it (one NGO among
/// 2,2 million residents read "0,00" per 10 000, as a region with none does).
pub fn value_text(value: Option<f64>, places: usize, percent: bool, lang: Lang) -> String {
    match value {
        None => Msg::NoData.text(lang).to_owned(),
        Some(v) => number_text(v, visible(v, places), percent, lang),
    }
}

/// `v` with `places` decimals, as a percentage or as a number.
pub fn number_text(v: f64, places: usize, percent: bool, lang: Lang) -> String {
    if percent {
        format_percent(v, places, lang)
    } else {
        format_number(v, places, lang)
    }
}

/// The decimals that show a value that is not zero as not zero: up to three more than
/// `places` (0,04 against 0,03 differed by "±0,00 (+2,5 %)"), and none more where three do
/// not ("0,00000" said no more than "0,00").
pub(super) fn visible(v: f64, places: usize) -> usize {
    let mut scaled = v.abs();
    for _ in 0..places {
        scaled *= 10.0;
    }
    let mut shown = places;
    while scaled != 0.0 && scaled < 0.5 && shown < places + 3 {
        scaled *= 10.0;
        shown += 1;
    }
    if scaled < 0.5 {
        places
    } else {
        shown
    }
}

/// A difference between two percentages, in percentage points: `+5,4 п. п.`, `−2.1 pp`
/// (5 % against 2 % is 3 points apart, not 3 %).
pub fn signed_points(value: f64, decimals: usize, lang: Lang) -> String {
    Msg::PercentagePoints.fill(lang, &[("value", &signed(value, decimals, false, lang))])
}

/// A signed difference: `+321`, `−4,5`, `+12,3 %`.
pub fn signed(value: f64, decimals: usize, percent: bool, lang: Lang) -> String {
    let body = number_text(value.abs(), decimals, percent, lang);
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
    fn a_chart_writes_its_values_with_one_number_of_decimals() {
        let places =
            |measure, unit, values: &[f64]| chart_decimals(measure, unit, values.iter().copied());
        assert_eq!(places(Measure::Count, Unit::Count, &[377.0, 7.0]), 0);
        assert_eq!(places(Measure::Per10k, Unit::Count, &[5.3934, 12.0]), 1);
        assert_eq!(places(Measure::Per10k, Unit::Count, &[5.3934, 0.052]), 2);
        assert_eq!(places(Measure::ShareOfRegion, Unit::Count, &[80.2]), 1);
        assert_eq!(places(Measure::Count, Unit::Number, &[1.25, 2.5, 0.875]), 3);
        assert_eq!(places(Measure::Count, Unit::Number, &[12.0, 3.0]), 0);
        assert_eq!(places(Measure::Count, Unit::Number, &[1.0 / 3.0]), 3);
        assert_eq!(
            places(Measure::Count, Unit::Percent, &[45.5, 12.25, 0.125]),
            2
        );
        assert_eq!(value_text(Some(5.3934), 2, false, Lang::Ru), "5,39");
        assert_eq!(value_text(Some(80.2), 1, true, Lang::Kk), "80,2\u{a0}%");
        assert_eq!(value_text(Some(12.3), 1, true, Lang::En), "12.3%");
        assert_eq!(value_text(None, 0, false, Lang::En), "no data");
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
