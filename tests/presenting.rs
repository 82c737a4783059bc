//! A chart in class: presented on a projector or a phone held sideways, stepped through a value
//! or a line at a time, moved through with the arrow keys.

mod common;

use civic_stats::layout::{chart, ApproxText, Scene, Typography};
use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Measure, Options};
use civic_stats::render::{to_svg, to_svg_with, Overlay, Theme};
use civic_stats::stats::figure;
use common::{draw, has, opts, regions};

/// Presenting, a pie stayed at its page size (300 px across) on a wide screen; and a table
/// of rates per 10 000 did not say what its numbers were.
#[test]
fn a_presented_pie_grows_and_a_table_names_its_measure() {
    let data = common::zhetysu();
    let f = figure(&data, &opts(ChartKind::Pie)).unwrap();
    let across = |typo: Typography| {
        let s = chart(&f, 1600.0, None, &ApproxText, typo);
        s.shapes
            .iter()
            .filter(|sh| matches!(sh, civic_stats::layout::Shape::Polygon { .. }))
            .map(|sh| sh.bounds())
            .fold((f64::MAX, f64::MIN), |(l, r), b| {
                (l.min(b.x), r.max(b.right()))
            })
    };
    let page = across(Typography::default());
    let class = across(Typography { base: 22.0 });
    assert!(
        class.1 - class.0 > (page.1 - page.0) * 1.5,
        "{page:?} {class:?}"
    );

    let options = Options {
        lang: Lang::Ru,
        measure: Measure::Per10k,
        ..Options::default()
    };
    let table = figure(&data, &options).unwrap().table();
    // Mid-line, the region and the measure are written as in running text.
    assert_eq!(
        table.caption,
        "Гражданское общество области Жетісу — область Жетісу, 2023 (на 10\u{a0}000 жителей)"
    );
}

/// Presenting fits a chart to the screen: 20 regions at a projector's 1 024 × 768 kept every
/// other name and no value at the presenting size; type now steps down until each bar has its
/// name and value, and a pie or a trend stays within the height instead of running below it.
#[test]
fn presenting_type_steps_down_until_a_fitted_chart_is_whole() {
    let data = common::illustrative();
    let large = Typography::presenting(1024.0);
    for (kind, height) in [
        (ChartKind::Bar, 640.0),
        (ChartKind::Pie, 560.0),
        (ChartKind::Trend, 560.0),
    ] {
        let o = Options {
            lang: Lang::Kk,
            measure: Measure::Per10k,
            ..opts(kind)
        };
        let f = figure(&data, &o).unwrap();
        let s = chart(&f, 1000.0, Some(height), &ApproxText, large);
        assert!(
            s.height <= height + 0.5,
            "{kind:?}: {} > {height}",
            s.height
        );
        let texts = common::svg_texts(&to_svg(&s, &Theme::default()));
        if kind == ChartKind::Bar {
            for (c, category) in f.categories.iter().enumerate() {
                let first = category.label.split_whitespace().next().unwrap();
                assert!(has(&texts, first), "{}: {texts:?}", category.label);
                let cell = &f.cells[c];
                assert!(texts.contains(&cell.text), "{}: {texts:?}", cell.text);
            }
        }
        // Type stepped down only as far as needed: still the presenting size wherever the
        // height allows it, the page's at the least.
        let size = |s: &Scene| s.texts().next().map(|t| t.font.size).unwrap();
        let roomy = chart(&f, 1000.0, Some(4000.0), &ApproxText, large);
        let page = chart(&f, 1000.0, None, &ApproxText, Typography::default());
        assert_eq!(size(&roomy), large.title().size, "{kind:?}");
        assert!(
            size(&page) <= size(&s) && size(&s) <= size(&roomy),
            "{kind:?}"
        );
        if kind == ChartKind::Bar {
            assert!(size(&s) < size(&roomy), "20 bars at 640 px step down");
        }
    }
}

/// A class reads a 1 024 × 768 projector from the back of the room: the seed's four bars,
/// presented there, have their names and values at 24 px or more. They had 21 px, with a
/// third of the screen left empty below them.
#[test]
fn presenting_on_a_projector_writes_names_and_values_large() {
    let f = figure(&common::zhetysu(), &opts(ChartKind::Bar)).unwrap();
    let s = chart(
        &f,
        1000.0,
        Some(640.0),
        &ApproxText,
        Typography::presenting(1024.0),
    );
    assert!(s.height <= 640.5, "{}", s.height);
    for wanted in ["377", "30", "56", "7"] {
        let value = s.texts().find(|t| t.text == wanted).expect(wanted);
        assert!(value.font.size >= 24.0, "{wanted}: {} px", value.font.size);
    }
    for category in &f.categories {
        let first = category.label.split_whitespace().next().unwrap();
        let line = s.texts().find(|t| t.text.starts_with(first)).expect(first);
        assert!(
            line.font.size >= 24.0,
            "{}: {} px",
            line.text,
            line.font.size
        );
    }
}

/// Stepping through a stack, a segment too thin for its label came in without its value:
/// the row's total, written with the last segment, had counted as that segment's value, so
/// the hint said nothing of party branches' 7. Its tooltip still keeps clear of the total.
#[test]
fn a_stacks_thin_last_segment_does_not_take_the_total_for_its_value() {
    use civic_stats::layout::Shape;
    let data = common::illustrative();
    let (f, s, _) = draw(&data, &opts(ChartKind::Stacked), 800.0);
    let last = f.series.len() - 1;
    let mut thin = 0;
    for (i, t) in s.targets.iter().enumerate() {
        let label = &f.cell(t.category, t.series).text;
        let written = s.shapes.iter().zip(&s.owners).any(|(shape, owner)| {
            matches!(shape, Shape::Text(text) if *owner == Some(i) && text.text == *label)
        });
        assert_eq!(s.value_written(i), written, "{label}, row {}", t.category);
        if t.series == last && !written {
            thin += 1;
            assert!(s.value_bounds(i).is_some(), "the total's place: {label}");
        }
    }
    assert!(thin > 0, "no thin last segment to check");
}

/// Presented on a phone held sideways (800 × 360, some 275 px left for the chart), twenty regions'
/// grouped bars ran off the bottom of the screen, Back and Next with them: too many bands for
/// a line each at any size, the type had stayed large, and its title, legend and footer left
/// the plot no room. Such a chart steps its type down too, until it is within the height.
#[test]
fn presenting_many_bands_on_a_low_screen_fits_the_screen() {
    let data = common::illustrative();
    for kind in [ChartKind::Grouped, ChartKind::Bar] {
        let f = figure(&data, &opts(kind)).unwrap();
        let s = chart(
            &f,
            800.0,
            Some(280.0),
            &ApproxText,
            Typography::presenting(800.0),
        );
        assert!(s.height <= 280.5, "{kind:?}: {} px", s.height);
    }
}

/// Presenting a comparison on a 1 280 × 720 screen dropped its differences and cut its
/// longest name: dense bands are not whole where they lose a note or a word.
#[test]
fn a_fitted_comparison_keeps_its_differences_and_names() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::Kk,
        regions: regions(&["KZ-33", "KZ-10"]),
        ..opts(ChartKind::Compare)
    };
    let f = figure(&data, &o).unwrap();
    let large = Typography::presenting(1280.0);
    let s = chart(&f, 1270.0, Some(620.0), &ApproxText, large);
    let texts = common::svg_texts(&to_svg(&s, &Theme::default()));
    for c in &f.categories {
        assert!(has(&texts, c.note.as_deref().unwrap()), "{texts:?}");
        let last = c.label.split_whitespace().last().unwrap();
        assert!(has(&texts, last), "{}: {texts:?}", c.label);
    }
    assert!(!texts.iter().any(|t| t.ends_with('…')), "{texts:?}");
}

/// Stepping through a comparison showed every difference ("+919 (+233,2 %)") before the bars
/// it describes, giving the answer away: a difference now comes with its pair.
#[test]
fn stepping_through_a_comparison_shows_each_difference_with_its_pair() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        regions: regions(&["KZ-33", "KZ-10"]),
        ..opts(ChartKind::Compare)
    };
    let (f, s, _) = draw(&data, &o, 900.0);
    let notes: Vec<&str> = f
        .categories
        .iter()
        .filter_map(|c| c.note.as_deref())
        .collect();
    assert_eq!(notes.len(), 4);
    for shown in 0..=f.categories.len() {
        let overlay = Overlay {
            focus: None,
            reveal: Some(shown * 2),
        };
        let texts = common::svg_texts(&to_svg_with(&s, &Theme::default(), overlay));
        for (c, note) in notes.iter().enumerate() {
            assert_eq!(has(&texts, note), c < shown, "{note} after {shown} pairs");
        }
    }
    // Half a pair (its first bar): not yet.
    let overlay = Overlay {
        focus: None,
        reveal: Some(1),
    };
    let texts = common::svg_texts(&to_svg_with(&s, &Theme::default(), overlay));
    assert!(!has(&texts, notes[0]));
}

/// Stepping through a trend of twenty regions, a class saw twenty names in the legend before
/// the first line, and could not tell which of the lines had just come in: each entry now
/// comes with its line, and the line revealed last is the highlighted one (`revealed_line`).
#[test]
fn a_trend_reveals_its_legend_with_its_lines_and_names_the_last_one() {
    use civic_stats::layout::revealed_line;
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        ..opts(ChartKind::Trend)
    };
    let (f, s, _) = draw(&data, &o, 1200.0);
    assert!(f.series.len() > 6, "more lines than colours");
    let stops = s.reveal_stops();
    assert_eq!(stops.len(), f.series.len() + 1, "a line at a time");
    for (k, &shown) in stops.iter().enumerate() {
        let overlay = Overlay {
            focus: None,
            reveal: Some(shown),
        };
        let texts = common::svg_texts(&to_svg_with(&s, &Theme::default(), overlay));
        for (i, entry) in f.legend.iter().enumerate() {
            assert_eq!(
                has(&texts, &entry.label),
                i < k,
                "{} at step {k}",
                entry.label
            );
        }
        // Before the first step, the first line: its layout is the one the steps keep.
        let last = revealed_line(&f, &s.targets, Some(shown));
        assert_eq!(
            last,
            Some(k.saturating_sub(1)),
            "the line shown last at step {k}"
        );
        // A click finds only the entries drawn, and a keyboard's toggle is laid over those
        // alone (the others wait under the legend).
        for (i, entry) in s.legend.iter().enumerate() {
            let (x, y) = (entry.area.x + 2.0, entry.area.y + 2.0);
            let hit = s.legend_hit(x, y, Some(shown)).map(|l| l.key.as_str());
            assert_eq!(
                hit == Some(entry.key.as_str()),
                i < k,
                "{} at step {k}",
                entry.key
            );
            let area = s.legend_area(&entry.key, Some(shown));
            assert_eq!(
                area,
                (i < k).then_some(entry.area),
                "{} at step {k}",
                entry.key
            );
        }
    }
    // Each line in turn is the highlighted one, and the plot stays where it is: its width
    // had followed the length of each name.
    let plots: Vec<_> = f
        .series
        .iter()
        .map(|line| {
            let o = Options {
                selected: Some(line.key.clone()),
                ..o.clone()
            };
            draw(&data, &o, 1200.0).1.plot
        })
        .collect();
    assert!(plots.windows(2).all(|w| w[0] == w[1]), "{plots:?}");
    // Outside a reveal, and among few lines (which keep their colours), no line stands out.
    assert_eq!(revealed_line(&f, &s.targets, None), None);
    let few = Options {
        regions: regions(&["KZ-33", "KZ-10", "KZ-71"]),
        ..o
    };
    let (f, s, _) = draw(&data, &few, 1200.0);
    assert_eq!(revealed_line(&f, &s.targets, Some(s.targets.len())), None);
}

/// Arrow keys: bars and slices one by one, wrapping; a trend's up and down from line to line
/// at the same year, where a reader went through every point of every line; a stack's up and
/// down from row to row.
#[test]
fn arrow_keys_move_along_bars_and_across_a_trends_lines() {
    use civic_stats::layout::Step;
    let data = common::illustrative();
    let (_, bars, _) = draw(&data, &opts(ChartKind::Grouped), 800.0);
    let n = bars.targets.len();
    assert_eq!(bars.step(None, Step::Next), Some(0));
    assert_eq!(bars.step(None, Step::Above), Some(n - 1));
    assert_eq!(bars.step(Some(0), Step::Below), Some(1), "bars: one by one");
    assert_eq!(bars.step(Some(n - 1), Step::Next), Some(0), "wraps");
    let o = Options {
        regions: regions(&["KZ-33", "KZ-10", "KZ-71"]),
        ..opts(ChartKind::Trend)
    };
    let (_, trend, _) = draw(&data, &o, 800.0);
    let at = |i: usize| (trend.targets[i].category, trend.targets[i].series);
    let start = trend
        .targets
        .iter()
        .position(|t| t.series == 0 && t.category == 1)
        .unwrap();
    // Down and up the lines in the order they lie on screen at that year, wrapping.
    let y = |i: usize| trend.targets[i].mark.y;
    let mut column: Vec<usize> = (0..trend.targets.len()).filter(|&i| at(i).0 == 1).collect();
    column.sort_by(|&a, &b| y(a).total_cmp(&y(b)));
    let m = column.len();
    assert_eq!(m, 3);
    for (k, &i) in column.iter().enumerate() {
        assert_eq!(trend.step(Some(i), Step::Below), Some(column[(k + 1) % m]));
        assert_eq!(
            trend.step(Some(i), Step::Above),
            Some(column[(k + m - 1) % m])
        );
    }
    assert!(column.contains(&start));
    assert_eq!(
        at(trend.step(Some(start), Step::Next).unwrap()),
        (2, 0),
        "along the line"
    );
    assert_eq!(trend.step(None, Step::Next), Some(0));
    // A stack's segments lie side by side: → along the row, ↓ to the same series a row down
    // (↓ had moved right, as →).
    let (_, stacks, _) = draw(&data, &opts(ChartKind::Stacked), 800.0);
    let cell = |i: usize| (stacks.targets[i].category, stacks.targets[i].series);
    let rows = stacks.targets.iter().map(|t| t.category).max().unwrap() + 1;
    assert!(
        rows >= 3 && stacks.targets.len() > rows,
        "several segments a row"
    );
    assert_eq!(cell(stacks.step(Some(0), Step::Next).unwrap()), (0, 1));
    let mut down = vec![cell(0)];
    let mut at = 0;
    for _ in 0..rows {
        at = stacks.step(Some(at), Step::Below).unwrap();
        down.push(cell(at));
    }
    let column: Vec<_> = (0..rows).chain([0]).map(|r| (r, 0)).collect();
    assert_eq!(down, column, "down the first series, wrapping");
    let up = stacks.step(Some(0), Step::Above).unwrap();
    assert_eq!(
        cell(up),
        (rows - 1, 0),
        "up from the top wraps to the bottom row"
    );
    let second = stacks.targets.iter().position(|t| t.series == 2).unwrap();
    let below = stacks.step(Some(second), Step::Below).unwrap();
    assert_eq!(cell(below), (cell(second).0 + 1, 2));
    let empty = civic_stats::layout::Scene::default();
    assert_eq!(empty.step(None, Step::Next), None);
}

/// Stepping through a trend of 20 regions took 60 steps, a point at a time: a trend of several
/// lines now reveals a line at a time; bars, slices and a single line one value at a time.
#[test]
fn a_trend_of_several_lines_is_revealed_a_line_at_a_time() {
    let data = common::illustrative();
    let o = Options {
        regions: regions(&["KZ-33", "KZ-10", "KZ-71"]),
        ..opts(ChartKind::Trend)
    };
    let (_, trend, _) = draw(&data, &o, 800.0);
    assert_eq!(trend.targets.len(), 9);
    assert_eq!(trend.reveal_stops(), [0, 3, 6, 9]);
    let one = Options {
        regions: regions(&["KZ-33"]),
        ..opts(ChartKind::Trend)
    };
    let (_, line, _) = draw(&data, &one, 800.0);
    assert_eq!(line.reveal_stops(), [0, 1, 2, 3]);
    for kind in [ChartKind::Bar, ChartKind::Grouped, ChartKind::Pie] {
        let (_, s, _) = draw(&common::zhetysu(), &opts(kind), 800.0);
        let every: Vec<usize> = (0..=s.targets.len()).collect();
        assert_eq!(s.reveal_stops(), every, "{kind:?}");
    }
}
