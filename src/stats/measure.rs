//! The arithmetic of comparison: per-capita rates, shares, ranks, differences.
//!
//! Every function takes `Option<f64>` where data may be missing and keeps "no data" distinct
//! from zero all the way through: a missing value has no share, no rank and no difference.

use crate::data::{Dataset, Population};

/// `value` per 10 000 residents.
pub fn per_10k(value: f64, population: f64) -> Option<f64> {
    (population > 0.0).then(|| value / population * 10_000.0)
}

/// `part` as a percentage of `whole`; `None` when the whole is zero.
pub fn share(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole * 100.0)
}

/// Percentages rounded to `decimals` so that they still add up to exactly 100 (largest
/// remainder method): 377, 30, 56, 7 of 470 → 80.2, 6.4, 11.9, 1.5. Missing parts stay missing,
/// and parts of nothing (0 of 0) have no share, as [`share`] says.
pub fn rounded_shares(parts: &[Option<f64>], decimals: u32) -> Vec<Option<f64>> {
    let total: f64 = parts.iter().flatten().sum();
    if total <= 0.0 {
        return vec![None; parts.len()];
    }
    let unit = 10f64.powi(decimals as i32);
    let target = (100.0 * unit).round() as i64;
    let exact: Vec<Option<f64>> = parts
        .iter()
        .map(|p| p.map(|v| v / total * 100.0 * unit))
        .collect();
    let mut floors: Vec<Option<i64>> = exact.iter().map(|e| e.map(|v| v.floor() as i64)).collect();
    let given: i64 = floors.iter().flatten().sum();
    // Hand the missing units to the largest remainders, earlier parts first on ties.
    let mut order: Vec<usize> = (0..parts.len()).filter(|&i| exact[i].is_some()).collect();
    let remainder = |i: usize| exact[i].map_or(0.0, |v| v - v.floor());
    crate::order::sort_by(&mut order, |&a, &b| remainder(b).total_cmp(&remainder(a)));
    for &i in order.iter().cycle().take((target - given).max(0) as usize) {
        if let Some(f) = floors[i].as_mut() {
            *f += 1;
        }
    }
    floors.iter().map(|f| f.map(|v| v as f64 / unit)).collect()
}

/// `v` as written with `decimals`, or with the more that show it where it would round to
/// nothing (`text::visible`): what ranks and ties are of.
pub fn written_value(v: f64, decimals: usize) -> f64 {
    let scale = 10f64.powi(super::text::visible(v, decimals) as i32);
    (v * scale).round() / scale
}

/// The rank of `values[index]` among the values as written with `decimals` (1 for the
/// largest; values that read alike share a rank and the next is skipped, "1, 2, 2, 4"), in one
/// pass that rounds only this one where it can: a tooltip over one of 10 000 bars must not
/// rank or round all of them. Values are not negative, so one written larger is at or past
/// the half above this one's last written digit; a value written as nothing at `decimals`
/// is below every other, save those written smaller with more (0,004 against a true 0).
pub fn rank_of(
    values: impl Iterator<Item = Option<f64>> + Clone,
    index: usize,
    decimals: usize,
) -> Option<usize> {
    let v = values.clone().nth(index).flatten()?;
    let scale = 10f64.powi(decimals as i32);
    let above = (v * scale).round() + 0.5;
    let written = written_value(v, decimals);
    Some(
        1 + values
            .flatten()
            .filter(|&other| {
                other * scale >= above || above == 0.5 && written_value(other, decimals) > written
            })
            .count(),
    )
}

/// How far `a` is from `b`: absolute, and relative to `b` in percent (when `b` is not zero).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Difference {
    pub absolute: f64,
    pub percent: Option<f64>,
}

pub fn difference(a: f64, b: f64) -> Difference {
    Difference {
        absolute: a - b,
        percent: (b != 0.0).then(|| (a - b) / b * 100.0),
    }
}

/// The change from an earlier value to a later one.
pub fn change(from: f64, to: f64) -> Difference {
    difference(to, from)
}

/// The mean of the values present.
pub fn average(values: &[Option<f64>]) -> Option<f64> {
    let present: Vec<f64> = values.iter().flatten().copied().collect();
    (!present.is_empty()).then(|| present.iter().sum::<f64>() / present.len() as f64)
}

/// The population to divide a `year` value by: that year's, else the latest earlier one, else
/// the earliest later one. The caller says which year it used when it is not `year`.
pub fn population_for(data: &Dataset, region: usize, year: i32) -> Option<&Population> {
    let known = &data.regions.get(region)?.population;
    known
        .iter()
        .rev()
        .find(|p| p.year <= year)
        .or_else(|| known.iter().find(|p| p.year > year))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_shares_round_to_one_decimal_and_sum_to_100() {
        let parts = [Some(377.0), Some(30.0), Some(56.0), Some(7.0)];
        let shares = rounded_shares(&parts, 1);
        assert_eq!(shares, [Some(80.2), Some(6.4), Some(11.9), Some(1.5)]);
        let sum: f64 = shares.iter().flatten().sum();
        assert!((sum - 100.0).abs() < 1e-9);
    }

    #[test]
    fn rounding_that_would_not_sum_to_100_is_corrected() {
        // Three equal thirds: 33.3 × 3 = 99.9 unless one gets the spare tenth.
        let shares = rounded_shares(&[Some(1.0), Some(1.0), Some(1.0)], 1);
        assert_eq!(shares, [Some(33.4), Some(33.3), Some(33.3)]);
        let shares = rounded_shares(&[Some(2.0), None, Some(1.0)], 0);
        assert_eq!(shares, [Some(67.0), None, Some(33.0)]);
        assert_eq!(rounded_shares(&[Some(0.0), Some(0.0)], 1), [None, None]);
    }

    #[test]
    fn per_10k_with_a_known_population() {
        // 377 NGOs in about 699 000 residents (Zhetysu, 2022).
        let rate = per_10k(377.0, 699_000.0).unwrap();
        assert!((rate - 5.393).abs() < 0.001, "{rate}");
        assert_eq!(per_10k(1.0, 0.0), None);
    }

    #[test]
    fn shares_of_a_whole() {
        assert_eq!(
            share(7.0, 470.0).map(|s| (s * 10.0).round() / 10.0),
            Some(1.5)
        );
        assert_eq!(share(1.0, 0.0), None);
    }

    #[test]
    fn ranks_of_values_as_written() {
        let ranks = |values: &[Option<f64>], decimals| -> Vec<Option<usize>> {
            (0..values.len())
                .map(|i| rank_of(values.iter().copied(), i, decimals))
                .collect()
        };
        // Ties share a rank, and the next is skipped; a missing value has none.
        let values = [Some(10.0), Some(30.0), None, Some(30.0), Some(5.0)];
        assert_eq!(
            ranks(&values, 0),
            [Some(3), Some(1), None, Some(1), Some(4)]
        );
        assert_eq!(rank_of(values.into_iter(), 9, 0), None);
        // As written with one decimal, 5.41, 5.38 and 5.44 all read 5.4 and share a rank.
        let close = [Some(7.0), Some(5.41), Some(5.38), Some(5.44)];
        assert_eq!(ranks(&close, 1), [Some(1), Some(2), Some(2), Some(2)]);
        // One NGO among 2,2 million residents, 0,0045 per 10 000, is written "0,005" and
        // ranked above a region with none, not tied with its "0,00".
        let tiny = [Some(0.0), Some(0.0045), Some(1.2), Some(0.0041), Some(0.0)];
        assert_eq!(
            ranks(&tiny, 2),
            [Some(4), Some(2), Some(1), Some(3), Some(4)]
        );
        assert_eq!(written_value(0.0045, 2), 0.005);
        assert_eq!(written_value(5.44, 1), 5.4);
    }

    #[test]
    fn differences_and_changes() {
        let d = difference(377.0, 56.0);
        assert_eq!(d.absolute, 321.0);
        assert!((d.percent.unwrap() - 573.214).abs() < 0.001);
        assert_eq!(difference(5.0, 0.0).percent, None);
        let c = change(350.0, 377.0);
        assert_eq!(c.absolute, 27.0);
        assert!((c.percent.unwrap() - 7.714).abs() < 0.001);
    }

    #[test]
    fn average_ignores_missing_values() {
        assert_eq!(average(&[Some(1.0), None, Some(3.0)]), Some(2.0));
        assert_eq!(average(&[None]), None);
    }
}
