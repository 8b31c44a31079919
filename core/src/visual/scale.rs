//! Scales: where a value lands along an axis, as a share of its length.

/// A linear scale from 0 to `max`, or a logarithmic one from `min` to `max`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    Linear { max: f64 },
    Log { min: f64, max: f64 },
}

impl Scale {
    /// The share of the axis (0 to 1) at which `v` lands. Values outside the
    /// domain, and anything a degenerate domain cannot place, are clamped.
    pub fn at(self, v: f64) -> f64 {
        let t = match self {
            Scale::Linear { max } => v / max,
            Scale::Log { min, max } => (v / min).log10() / (max / min).log10(),
        };
        if t.is_nan() {
            0.0
        } else {
            t.clamp(0.0, 1.0)
        }
    }
}

/// The powers of ten from the one at or below `lo` to the one at or above
/// `hi`: the ticks, and the domain, of a log axis. Empty unless 0 < lo ≤ hi.
pub fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    if !(lo > 0.0 && lo <= hi && hi.is_finite()) {
        return Vec::new();
    }
    let (first, last) = (lo.log10().floor() as i32, hi.log10().ceil() as i32);
    let mut ticks: Vec<f64> = (first..=last).map(|k| 10f64.powi(k)).collect();
    // Rounding in log10 or powi must never leave a value outside the ticks.
    if ticks.first().is_some_and(|t| *t > lo) {
        ticks.insert(0, 10f64.powi(first - 1));
    }
    if ticks.last().is_some_and(|t| *t < hi) {
        ticks.push(10f64.powi(last + 1));
    }
    ticks
}

/// Drops every tick closer than `gap` to the last one kept, so labels never
/// collide. Ticks come as (position, label) in ascending position.
pub fn thin<T>(ticks: Vec<(f64, T)>, gap: f64) -> Vec<(f64, T)> {
    let mut kept: Vec<(f64, T)> = Vec::new();
    for tick in ticks {
        if kept.last().is_none_or(|last| tick.0 - last.0 >= gap) {
            kept.push(tick);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn log_ticks_of_hours_to_years() {
        assert_eq!(log_ticks(2.0, 17520.0), vec![1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0]);
        assert_eq!(log_ticks(10.0, 10.0), vec![10.0]);
        assert!(log_ticks(0.0, 5.0).is_empty());
        assert!(log_ticks(5.0, 1.0).is_empty());
    }

    #[test]
    fn scales_put_their_ends_at_the_ends() {
        let log = Scale::Log { min: 1.0, max: 1e5 };
        assert_eq!(log.at(1.0), 0.0);
        assert_eq!(log.at(1e5), 1.0);
        assert!((log.at(1e3) - 0.6).abs() < 1e-12);
        assert_eq!(Scale::Linear { max: 50.0 }.at(2.6), 2.6 / 50.0);
        assert_eq!(Scale::Linear { max: 0.0 }.at(0.0), 0.0);
    }

    proptest! {
        #[test]
        fn log_ticks_are_increasing_powers_of_ten_covering_the_domain(lo in 1e-6f64..1e9, span in 1.0f64..1e6) {
            let hi = lo * span;
            let ticks = log_ticks(lo, hi);
            prop_assert!(!ticks.is_empty());
            prop_assert!(ticks[0] <= lo && *ticks.last().unwrap() >= hi, "{ticks:?} does not cover {lo}..{hi}");
            for pair in ticks.windows(2) {
                prop_assert!(pair[1] > pair[0]);
                prop_assert!((pair[1] / pair[0] - 10.0).abs() < 1e-9);
            }
            // No more than one decade of slack at either end.
            prop_assert!(ticks.len() <= 2 || (ticks[1] > lo && ticks[ticks.len() - 2] < hi));
        }

        #[test]
        fn log_scale_is_monotone(a in 1.0f64..1e5, b in 1.0f64..1e5) {
            let s = Scale::Log { min: 1.0, max: 1e5 };
            prop_assert_eq!(a < b, s.at(a) < s.at(b));
        }

        #[test]
        fn linear_scale_is_proportional(a in 0.0f64..100.0, b in 0.001f64..100.0) {
            let s = Scale::Linear { max: 100.0 };
            prop_assert!((s.at(a) / s.at(b) - a / b).abs() < 1e-9);
        }

        #[test]
        fn thinned_ticks_keep_their_distance(mut xs in proptest::collection::vec(0.0f64..400.0, 0..30), gap in 1.0f64..60.0) {
            xs.sort_by(f64::total_cmp);
            let n = xs.len();
            let kept = thin(xs.into_iter().map(|x| (x, ())).collect(), gap);
            prop_assert!(n == 0 || !kept.is_empty());
            for pair in kept.windows(2) {
                prop_assert!(pair[1].0 - pair[0].0 >= gap);
            }
        }
    }
}
