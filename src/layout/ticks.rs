//! Axis ticks at round numbers.

/// Ticks from 0 to at least `max`, at steps of 1, 2 or 5 × 10ⁿ, about `target` of them.
/// The last tick is the axis end, so the longest bar never touches the edge unannounced.
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let rough = max / target.max(1) as f64;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= rough)
        .unwrap_or(10.0 * magnitude);
    // Whole-number data gets whole-number ticks.
    let step = if max >= 1.0 { step.max(1.0) } else { step };
    let count = (max / step).ceil() as usize;
    // Rounded so 3 × 0.1 is written 0.3, not 0.30000000000000004.
    (0..=count)
        .map(|i| (i as f64 * step * 1e9).round() / 1e9)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_maximum_gets_round_ticks() {
        assert_eq!(nice_ticks(377.0, 5), [0.0, 100.0, 200.0, 300.0, 400.0]);
    }

    #[test]
    fn small_and_degenerate_maxima() {
        assert_eq!(nice_ticks(7.0, 5), [0.0, 2.0, 4.0, 6.0, 8.0]);
        assert_eq!(nice_ticks(0.0, 5), [0.0, 1.0]);
        assert_eq!(nice_ticks(f64::NAN, 5), [0.0, 1.0]);
        assert_eq!(nice_ticks(1.0, 5), [0.0, 1.0]);
        assert_eq!(nice_ticks(0.3, 3), [0.0, 0.1, 0.2, 0.3]);
    }

    #[test]
    fn ticks_cover_the_maximum() {
        for max in [1.0, 3.0, 9.9, 10.0, 99.0, 470.0, 23_335.0, 2_286_328.0] {
            let ticks = nice_ticks(max, 5);
            assert!(*ticks.last().unwrap() >= max, "{max}: {ticks:?}");
            assert!(ticks.len() <= 11, "{max}: {ticks:?}");
        }
    }
}
