//! Band charts of thousands of regions: a canvas the browser can paint, labels that do not
//! overlap, bars drawn by pixel row, and every bar still found under the pointer.

mod common;

use civic_stats::data::{parse_json, Dataset};
use civic_stats::layout::{chart, ApproxText, Scene, Typography};
use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Options, Sort};
use civic_stats::render::{to_svg, to_svg_with, Overlay, Theme};
use civic_stats::stats::{figure, Figure};
use std::fmt::Write as _;

/// `n` made-up regions `R1..Rn` with `indicators` indicators, one year, as a civic-stats/1
/// dataset marked illustrative (the shape of benches/page/datasets.js's synthetic cases).
fn synthetic(n: usize, indicators: usize) -> Dataset {
    let mut s = String::from(
        r#"{"format":"civic-stats/1","title":{"en":"Synthetic regions"},"illustrative":true,
"source":{"title":{"en":"Synthetic figures made up by tests/dense_bars.rs"},
"publisher":"civic-stats tests","date":"2026","document":"tests/dense_bars.rs"},"indicators":["#,
    );
    for i in 0..indicators {
        let comma = if i + 1 == indicators { "" } else { "," };
        let _ = write!(
            s,
            r#"{{"id":"v{i}","unit":"count","name":{{"en":"Value {i}"}}}}{comma}"#
        );
    }
    s.push_str(r#"],"regions":["#);
    for r in 1..=n {
        let values: Vec<String> = (0..indicators)
            .map(|i| format!(r#""v{i}":{}"#, (r * 7919 + i * 31) % 1000 + 1))
            .collect();
        let comma = if r == n { "" } else { "," };
        let _ = write!(
            s,
            r#"{{"id":"R{r}","name":{{"en":"Region {r}"}},"values":{{"2023":{{{}}}}}}}{comma}"#,
            values.join(",")
        );
    }
    s.push_str("]}");
    parse_json(&s).expect("a valid synthetic dataset")
}

fn options(kind: ChartKind) -> Options {
    Options {
        lang: Lang::En,
        chart: kind,
        sort: Sort::Data,
        ..Options::default()
    }
}

fn layout(f: &Figure, height: Option<f64>) -> Scene {
    chart(f, 800.0, height, &ApproxText, Typography::default())
}

/// The texts drawn to the left of the plot: the category labels.
fn labels(s: &Scene) -> Vec<&str> {
    s.texts()
        .filter(|t| t.bounds.right() <= s.plot.x)
        .filter(|t| t.y >= s.plot.y && t.y <= s.plot.bottom())
        .map(|t| t.text.as_str())
        .collect()
}

/// The `y` of every `<rect>` of an SVG document.
fn rect_ys(svg: &str) -> Vec<f64> {
    svg.split("<rect")
        .skip(1)
        .filter_map(|r| r.split(" y=\"").nth(1)?.split('"').next()?.parse().ok())
        .collect()
}

/// The rows of every `<polygon>` outline (a dense chart's bars, gathered by pixel row): the
/// distinct `y` of its points but the last, which is the bottom edge.
fn outline_rows(svg: &str) -> Vec<f64> {
    let mut rows = Vec::new();
    for polygon in svg.split("<polygon").skip(1) {
        let Some(points) = polygon.split("points=\"").nth(1) else {
            continue;
        };
        let mut ys: Vec<f64> = points
            .split('"')
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|p| p.split(',').nth(1)?.parse().ok())
            .collect();
        ys.dedup();
        ys.pop();
        rows.extend(ys);
    }
    rows
}

#[test]
fn ten_thousand_bars_fit_a_paintable_canvas_with_every_bar_hittable() {
    let f = figure(&synthetic(10_000, 1), &options(ChartKind::Bar)).unwrap();
    let s = layout(&f, None);
    // Bars under a pixel even at the tallest: the chart is a silhouette, a screen high.
    let cap = Typography::default().silhouette_height();
    assert_eq!(s.height, cap);
    assert!(
        s.plot.h > cap * 0.7,
        "the bars get most of it: {:?}",
        s.plot
    );
    common::assert_tidy(&s, "10 000 bars");
    assert_eq!(s.targets.len(), 10_000, "one target per value");

    // Every k-th label, the first included, one line each, as many as fit.
    let drawn = labels(&s);
    let line = Typography::default().label().line_height();
    assert_eq!(drawn.first(), Some(&"Region 1"));
    assert!(drawn.len() >= 35, "{} labels", drawn.len());
    assert!(drawn.len() as f64 <= s.plot.h / line + 1.0);
    // No value is written beside bars a fifth of a pixel thick.
    assert!(!s
        .texts()
        .any(|t| t.bounds.x > s.plot.x && t.text == f.cells[0].text));

    // The bars are one outline over every pixel row of the plot, not 10 000 rectangles:
    // besides it only the background is a rectangle.
    let svg = to_svg(&s, &Theme::default());
    assert_eq!(rect_ys(&svg).len(), 1, "the background");
    assert_eq!(svg.matches("<polygon").count(), 1);
    let rows = outline_rows(&svg);
    assert!(
        rows.len() as f64 >= s.plot.h - 1.0 && rows.len() as f64 <= s.plot.h + 1.0,
        "{} rows over a plot {} px tall",
        rows.len(),
        s.plot.h
    );

    // The bar under the pointer is the one whose band is there, first and last included.
    let band = s.plot.h / 10_000.0;
    for k in [0, 1, 4_999, 5_000, 9_998, 9_999] {
        let y = s.plot.y + (k as f64 + 0.5) * band;
        let hit = s.hit_index(s.plot.x + 10.0, y);
        assert_eq!(hit, Some(k), "band {k}");
        assert_eq!(s.targets[k].category, k);
        let ring = s.targets[k].focus_outline();
        let (top, bottom) = ring
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        assert!(bottom - top >= 2.0, "a visible focus ring for bar {k}");
    }
    assert_eq!(s.hit_index(s.plot.x + 10.0, s.plot.y - 1.0), None);
    assert_eq!(s.hit_index(s.plot.x + 10.0, s.plot.bottom() + 1.0), None);

    // The source and the illustrative note are still there, at the bottom.
    let texts = common::svg_texts(&svg);
    assert!(texts
        .iter()
        .any(|t| t.contains("made up by tests/dense_bars.rs")));
    let footer = s.texts().last().unwrap();
    assert!(footer.bounds.bottom() <= s.height && footer.bounds.y > s.plot.bottom());
}

#[test]
fn step_by_step_reveal_draws_only_the_revealed_bars_of_a_dense_chart() {
    let f = figure(&synthetic(10_000, 1), &options(ChartKind::Bar)).unwrap();
    let s = layout(&f, None);
    let overlay = Overlay {
        focus: None,
        reveal: Some(1_000),
    };
    let svg = to_svg_with(&s, &Theme::default(), overlay);
    let end = s.plot.y + s.plot.h / 10.0;
    let bars: Vec<f64> = rect_ys(&svg)
        .into_iter()
        .chain(outline_rows(&svg))
        .filter(|&y| y >= s.plot.y.floor())
        .collect();
    assert!(
        bars.len() >= (end - s.plot.y) as usize - 1,
        "{} rows",
        bars.len()
    );
    assert!(
        bars.iter().all(|&y| y <= end),
        "only the first tenth is drawn"
    );
}

#[test]
fn a_chart_stays_tall_while_each_bar_has_a_pixel() {
    let typo = Typography::default();
    let tall = layout(
        &figure(&synthetic(1_500, 1), &options(ChartKind::Bar)).unwrap(),
        None,
    );
    assert_eq!(tall.height, typo.max_height());
    assert!(tall.plot.h / 1_500.0 >= 1.0, "{:?}", tall.plot);
    common::assert_tidy(&tall, "1 500 bars");

    let past = layout(
        &figure(&synthetic(2_400, 1), &options(ChartKind::Bar)).unwrap(),
        None,
    );
    assert_eq!(past.height, typo.silhouette_height());
    common::assert_tidy(&past, "2 400 bars");
}

#[test]
fn an_explicit_height_wins_and_moderate_counts_stay_tidy() {
    let data = synthetic(3_000, 2);
    let bar = figure(&data, &options(ChartKind::Bar)).unwrap();
    let s = layout(&bar, Some(600.0));
    assert_eq!(s.height, 600.0);
    common::assert_tidy(&s, "3 000 bars in 600 px");
    assert_eq!(s.hit_index(s.plot.x + 1.0, s.plot.y + 0.01), Some(0));

    for kind in [ChartKind::Grouped, ChartKind::Stacked, ChartKind::Share] {
        let f = figure(&data, &options(kind)).unwrap();
        let s = layout(&f, None);
        assert!(s.height <= Typography::default().max_height(), "{kind:?}");
        common::assert_tidy(&s, &format!("{kind:?}, 3 000 regions"));
        let last = s.targets.len() - 1;
        let m = s.targets[last].mark;
        let hit = s.hit_index(m.x + m.w / 2.0, m.y + m.h / 2.0);
        assert_eq!(hit, Some(last), "{kind:?}: the last value");
    }

    // 120 regions: bands thinner than two lines but a line each, so every label and value.
    let f = figure(&synthetic(120, 1), &options(ChartKind::Bar)).unwrap();
    let s = layout(&f, None);
    common::assert_tidy(&s, "120 bars");
    assert_eq!(labels(&s).len(), 120);
    let texts: Vec<&str> = s.texts().map(|t| t.text.as_str()).collect();
    assert!(f.cells.iter().all(|c| texts.contains(&c.text.as_str())));
}

#[test]
fn twenty_regions_are_not_dense() {
    let f = figure(&common::illustrative(), &options(ChartKind::Bar)).unwrap();
    let s = layout(&f, None);
    let line = Typography::default().label().line_height();
    assert_eq!(f.categories.len(), 20);
    assert!(s.targets.iter().all(|t| match t.area {
        civic_stats::layout::Area::Rect(r) => r.h >= 2.0 * line,
        _ => false,
    }));
    let texts: Vec<&str> = s.texts().map(|t| t.text.as_str()).collect();
    for (c, cell) in f.categories.iter().zip(&f.cells) {
        assert!(texts.contains(&c.label.as_str()), "{}", c.label);
        assert!(texts.contains(&cell.text.as_str()), "{}", cell.text);
    }
    common::assert_tidy(&s, "20 regions");
}
