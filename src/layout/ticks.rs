//! Axis ticks at round numbers.

/// The maxima [`nice_ticks`] is exact for. Beyond them the arithmetic breaks down (the step
/// underflows to zero, or the last tick overflows to infinity), so a maximum outside is
/// clamped into them; validation keeps every dataset's values far inside.
const SPAN: (f64, f64) = (1e-300, 1e300);

/// Ticks from 0 to at least `max`, at steps of 1, 2, 2.5 or 5 × 10ⁿ, about `target` of them.
/// The last tick is the axis end, so the longest bar never touches the edge unannounced.
/// Always finite, strictly increasing and at least two.
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 {
        max.clamp(SPAN.0, SPAN.1)
    } else {
        1.0
    };
    let rough = max / target.max(1) as f64;
    let magnitude = power_of_ten(decade(rough));
    // Whole-number data gets whole-number ticks: no step below 1, and no 2.5.
    let whole = max >= 1.0;
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .map(|s| if whole { s.max(1.0) } else { s })
        .find(|&s| s >= rough && !(whole && s.fract() != 0.0))
        .unwrap_or(10.0 * magnitude);
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

/// Where a bar axis labelled with `ticks` ends for values up to `max`: where the longest bar
/// would reach less than four fifths of the way to the last tick, at `max` rounded up to a
/// fifth of the step (a quarter of a step of 2 × 10ⁿ) instead.
/// With few labels, on a phone, 1 531 on ticks of 1 000 had an axis to 2 000 and the longest
/// bar three quarters long, and 1 001 one half; now they end at 1 600 and 1 200, as
/// Datawrapper's do. Bars carry their values, so the axis end needs no label of its own.
pub fn axis_end(ticks: &[f64], max: f64) -> f64 {
    let (Some(&step), Some(&last)) = (ticks.get(1), ticks.last()) else {
        return max;
    };
    let mantissa = step / power_of_ten(decade(step));
    let fine = step
        / if (mantissa - 2.0).abs() < 1e-9 {
            4.0
        } else {
            5.0
        };
    // A bar four fifths of the way or more keeps the labelled end; whole numbers keep whole
    // ends (0 to 7 on steps of 2 stays 0 to 8).
    if !(max > 0.0 && max < 0.8 * last) || max >= 1.0 && fine.fract() != 0.0 {
        return last;
    }
    let end = (max / fine - 1e-9).ceil() * fine;
    let end = if (1e-6..1.0).contains(&fine) {
        (end * 1e9).round() / 1e9
    } else {
        end
    };
    end.clamp(max, last)
}

/// The decimals a label needs to tell ticks `step` apart: 0 for 100, 1 for 0.5, 2 for 0.25.
pub fn step_decimals(step: f64) -> usize {
    if !(step.is_finite() && step > 0.0 && step < 1.0) {
        return 0;
    }
    let decimals = -decade(step);
    let scaled = step * power_of_ten(decimals);
    // 2.5 × 10ⁿ needs one more than its decade.
    let extra = (scaled - scaled.round()).abs() > 1e-6 * scaled;
    decimals as usize + usize::from(extra)
}

/// 10ⁿ as exactly as a double holds it: powers up to 10²² are exact, and a negative power is
/// one division of exact values, so `power_of_ten(-3)` is the double written `0.001`.
/// (Multiplying instead of calling `powf` also keeps libm's `pow` out of the module.)
fn power_of_ten(n: i32) -> f64 {
    let mut p = 1.0;
    for _ in 0..n.unsigned_abs() {
        p *= 10.0;
    }
    if n < 0 {
        1.0 / p
    } else {
        p
    }
}

/// The `n` with 10ⁿ ≤ `x` < 10ⁿ⁺¹ (by [`power_of_ten`]), for a finite `x` > 0.
fn decade(x: f64) -> i32 {
    let (mut n, mut p) = (0, 1.0);
    if x >= 1.0 {
        while p * 10.0 <= x {
            p *= 10.0;
            n += 1;
        }
    } else {
        while 1.0 / p > x {
            p *= 10.0;
            n -= 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_axis_ends_a_fifth_of_a_step_past_the_longest_bar() {
        let end = |max: f64, target| axis_end(&nice_ticks(max, target), max);
        assert_eq!(end(1531.0, 2), 1600.0, "ticks 0, 1 000, 2 000");
        assert_eq!(end(1531.0, 4), 1600.0, "ticks of 500");
        assert_eq!(end(1001.0, 2), 1200.0);
        assert_eq!(end(10.69, 2), 12.0);
        assert_eq!(end(377.0, 5), 400.0, "a labelled end near enough stays");
        assert_eq!(end(2000.0, 2), 2000.0, "exactly on a tick");
        assert_eq!(end(0.21, 3), 0.22, "and written exactly");
        assert_eq!(
            end(0.27, 3),
            0.3,
            "nine tenths of the way: the labelled end stays"
        );
        assert_eq!(end(7.0, 4), 8.0, "no half-counts: steps of 2 end on a tick");
        assert_eq!(end(290.0, 2), 300.0, "a quarter of a step of 200");
        assert_eq!(end(0.0, 4), 1.0);
        for max in [1e-300, 3e-7, 0.9, 5.3, 77.7, 1e9 + 1.0, 1e300] {
            for target in 1..=8 {
                let ticks = nice_ticks(max, target);
                let end = axis_end(&ticks, max);
                assert!(
                    end >= max && end <= *ticks.last().unwrap(),
                    "{max} {target}"
                );
            }
        }
    }

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

    /// A step of 2.5 was labelled with its decade's decimals: 0, 2.5, 5, 7.5 were written
    /// "0, 3, 5, 8" and 0.025 "0,03"; and counts got ticks at 2.5.
    #[test]
    fn quarter_steps_are_labelled_exactly_and_counts_get_whole_ticks() {
        assert_eq!(nice_ticks(11.0, 5), [0.0, 5.0, 10.0, 15.0]);
        assert_eq!(nice_ticks(2.2, 1), [0.0, 5.0]);
        assert_eq!(nice_ticks(110.0, 5), [0.0, 25.0, 50.0, 75.0, 100.0, 125.0]);
        assert_eq!(nice_ticks(0.11, 5), [0.0, 0.025, 0.05, 0.075, 0.1, 0.125]);
        assert_eq!(step_decimals(0.025), 3);
        assert_eq!(step_decimals(0.25), 2);
        assert_eq!(step_decimals(0.2), 1);
        assert_eq!(step_decimals(0.1), 1);
        assert_eq!(step_decimals(1e-12), 12);
        assert_eq!(step_decimals(25.0), 0);
    }

    /// Every tick written with [`step_decimals`] reads back as itself, for maxima across
    /// ten decades and every tick count an axis asks for (labels carry at most six
    /// decimals, so the smallest maximum is 10⁻⁴).
    #[test]
    fn labels_written_with_the_step_decimals_are_the_ticks() {
        use crate::locale::{format_number, Lang};
        for decade in -3..=6 {
            for mantissa in 1..=99 {
                let max = f64::from(mantissa) / 10.0 * power_of_ten(decade);
                for target in 1..=8 {
                    let ticks = nice_ticks(max, target);
                    let decimals = step_decimals(ticks[1]);
                    for &tick in &ticks {
                        let label = format_number(tick, decimals, Lang::En).replace(',', "");
                        let read: f64 = label.parse().unwrap();
                        assert!(
                            (read - tick).abs() <= 1e-9 * tick.max(1.0),
                            "{max} / {target}: {tick} written {label}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn powers_of_ten_are_the_doubles_written_so() {
        assert_eq!(power_of_ten(-3), 0.001);
        assert_eq!(power_of_ten(-1), 0.1);
        assert_eq!(power_of_ten(22), 1e22);
        for (x, n) in [
            (1.0, 0),
            (9.99, 0),
            (10.0, 1),
            (0.1, -1),
            (0.099, -2),
            (1e-300, -300),
        ] {
            assert_eq!(decade(x), n, "{x}");
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
