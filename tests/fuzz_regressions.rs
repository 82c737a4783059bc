//! Regression tests for what the fuzz targets in `fuzz/` found.

mod common;

use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Options};
use civic_stats::stats::figure;

/// Found by `chart` on its first seed: `tooltip` multiplied an out-of-range category by the
/// number of series (overflow: a panic in debug builds, a wrapped index in release), and a
/// series index past the last read the next category's cell.
#[test]
fn tooltip_past_the_end_is_empty() {
    let data = common::zhetysu();
    for kind in ChartKind::ALL {
        let options = Options {
            chart: kind,
            lang: Lang::En,
            ..Options::default()
        };
        let Ok(f) = figure(&data, &options) else {
            continue;
        };
        let (categories, series) = (f.categories.len(), f.series.len());
        assert!(!f.tooltip(0, 0).is_empty(), "{}", kind.name());
        assert!(f.tooltip(categories, 0).is_empty(), "{}", kind.name());
        assert!(f.tooltip(0, series).is_empty(), "{}", kind.name());
        assert!(f.tooltip(usize::MAX, 1).is_empty(), "{}", kind.name());
        assert!(f.tooltip(usize::MAX / 2, usize::MAX / 2).is_empty());
    }
}
