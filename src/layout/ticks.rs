//! Axis ticks at round numbers.

/// The maxima [`nice_ticks`] is exact for. Beyond them the arithmetic breaks down (the step
/// underflows to zero, or the last tick overflows to infinity), so a maximum outside is
/// clamped into them; validation keeps every dataset's values far inside.
const SPAN: (f64, f64) = (1e-300, 1e300);

/// Ticks from 0 to at least `max`, at steps of 1, 2 or 5 × 10ⁿ, about `target` of them.
/// The last tick is the axis end, so the longest bar never touches the edge unannounced.
/// Always finite, strictly increasing and at least two.
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 {
        max.clamp(SPAN.0, SPAN.1)
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
    // Rounded so 3 × 0.1 is written 0.3, not 0.30000000000000004; only where that rounding
    // is fine enough to keep the ticks apart (a step of 10⁻¹⁰ would round them all to 0) and
    // cannot overflow.
    let round = (1e-6..1.0).contains(&step);
    (0..=count)
        .map(|i| {
            let tick = i as f64 * step;
            if round {
                (tick * 1e9).round() / 1e9
            } else {
                tick
            }
        })
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

    /// Found through the `chart` fuzz harness: a maximum of 10⁻¹² rounded every tick to 0, so
    /// the labels asked for `usize::MAX` decimals ("Formatting argument out of range");
    /// 5 × 10⁻³²⁴ made the step 0 and the tick count infinite ("capacity overflow"); and 10³⁰⁸
    /// overflowed the rounding to infinity (NaN coordinates).
    #[test]
    fn extreme_maxima_give_finite_increasing_ticks() {
        for max in [
            f64::MIN_POSITIVE / 1e10,
            5e-324,
            1e-300,
            1e-12,
            1e-7,
            1e-6,
            0.99,
            1e15,
            1e19,
            1e299,
            1e300,
            1e308,
            f64::MAX,
        ] {
            for target in 1..=8 {
                let ticks = nice_ticks(max, target);
                assert!(ticks.len() >= 2, "{max} {target}: {ticks:?}");
                assert!(ticks.iter().all(|t| t.is_finite()), "{max}: {ticks:?}");
                assert!(ticks.windows(2).all(|w| w[0] < w[1]), "{max}: {ticks:?}");
                assert!(*ticks.last().unwrap() >= max.clamp(SPAN.0, SPAN.1), "{max}");
                assert!(ticks.len() <= 12, "{max} {target}: {ticks:?}");
            }
        }
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
