//! The legend is a control as well as a key: its entries switch series off and on, and the
//! chart, its shares and its names must stay right and legible when they do.

mod common;

use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Options};
use civic_stats::stats::{figure, Figure};
use common::{draw, opts, regions};

#[test]
fn a_comparison_with_one_region_hidden_in_the_legend_draws_the_other() {
    // Clicking a region in a comparison's legend hid one of the two series: the differences
    // were still written from pairs of cells that were no longer there (an index out of
    // bounds, which in the browser is a trap that stops every chart on the page).
    let data = common::illustrative();
    for hidden in ["KZ-33", "KZ-10"] {
        let o = Options {
            lang: Lang::En,
            regions: regions(&["KZ-33", "KZ-10"]),
            hidden: vec![hidden.to_owned()],
            ..opts(ChartKind::Compare)
        };
        let (f, s, _) = draw(&data, &o, 900.0);
        assert_eq!(f.series.len(), 1, "{hidden}");
        assert_ne!(f.series[0].key, hidden);
        assert!(f.categories.iter().all(|c| c.note.is_none()), "{hidden}");
        assert_eq!(f.legend.iter().filter(|e| e.hidden).count(), 1);
        // The subtitle names the region drawn, not the pair.
        assert_eq!(f.subtitle, format!("{}, 2023", f.series[0].label));
        common::assert_tidy(&s, "compare, one region hidden");
    }
}

#[test]
fn hiding_a_legend_entry_removes_its_series_but_keeps_colours_and_the_entry() {
    let data = common::zhetysu();
    let all = figure(&data, &opts(ChartKind::Share)).unwrap();
    let o = Options {
        hidden: vec!["ngo".into()],
        lang: Lang::En,
        ..opts(ChartKind::Share)
    };
    let (f, s, _) = draw(&data, &o, 800.0);
    assert_eq!(f.series.len(), 3, "the NGO series left the chart");
    assert_eq!(f.legend.len(), 4, "but not the legend");
    assert!(f.legend[0].hidden);
    // Colours stay with their indicator.
    assert_eq!(f.series[0].key, "ethnocultural");
    assert_eq!(f.series[0].color, all.series[1].color);
    // Shares are of what is shown: 30, 56 and 7 of 93.
    let shares: Vec<&str> = f.cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(shares, ["32.3%", "60.2%", "7.5%"]);
    // ... and the bars fill the 100 %, as their labels say.
    let filled: f64 = f.cells.iter().filter_map(|c| c.value).sum();
    assert!((filled - 100.0).abs() < 1e-9, "{filled}");
    // The legend entries can be clicked; the hidden one says so.
    assert_eq!(s.legend.len(), 4);
    let first = &s.legend[0];
    assert!(first.hidden);
    assert_eq!(
        s.legend_hit(first.area.x + 2.0, first.area.y + 2.0, None)
            .map(|l| l.key.as_str()),
        Some("ngo")
    );
    // Its swatch is an empty square in the muted text's colour (filled in the grid's grey it
    // all but vanished), the others' filled in their series' colours.
    use civic_stats::layout::{Paint, Shape};
    let at = |x: f64, y: f64, r: civic_stats::layout::Rect| r.contains(x, y);
    let swatches: Vec<_> = (s.shapes.iter())
        .filter_map(|sh| match sh {
            Shape::Path { points, paint, .. } if at(points[0].0, points[0].1, first.area) => {
                Some((*paint, points.len()))
            }
            Shape::Rect { rect, paint } if at(rect.x + 1.0, rect.y + 1.0, first.area) => {
                Some((*paint, 1))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        swatches,
        [(Paint::MutedText, 5)],
        "the hidden entry's swatch"
    );
    let filled = (s.shapes.iter())
        .filter(|sh| {
            matches!(sh, Shape::Rect { rect, paint: Paint::Series(_) }
            if s.legend[1..].iter().any(|l| at(rect.x + 1.0, rect.y + 1.0, l.area)))
        })
        .count();
    assert_eq!(filled, 3, "the shown entries' swatches");
    // Hiding everything shows everything rather than an empty chart.
    let o = Options {
        hidden: vec![
            "ngo".into(),
            "media".into(),
            "ethnocultural".into(),
            "party-branches".into(),
        ],
        ..opts(ChartKind::Pie)
    };
    assert_eq!(figure(&data, &o).unwrap().categories.len(), 4);
}

/// On a 320 px phone the pie's legend cut «Саяси партиялардың облыстық…»: a name too long
/// for the width takes two lines.
#[test]
fn a_long_legend_name_takes_two_lines_before_it_is_cut() {
    let (f, s, _) = draw(&common::zhetysu(), &opts(ChartKind::Pie), 320.0);
    let name = "Саяси партиялардың облыстық филиалдары";
    assert!(f.legend.iter().any(|e| e.label == name));
    let texts: Vec<&str> = s.texts().map(|t| t.text.as_str()).collect();
    assert!(texts.iter().all(|t| !t.ends_with('…')), "{texts:?}");
    let at = texts
        .iter()
        .position(|t| name.starts_with(t) && t.len() > 10)
        .unwrap();
    assert_eq!(
        format!("{} {}", texts[at], texts[at + 1]),
        name,
        "{texts:?}"
    );
    common::assert_tidy(&s, "pie 320");
}

/// On a phone the legend's entries, which switch series off and on, are rows 24 px apart at
/// least, WCAG 2.5.8's spacing for a tap: 21 px had a finger switch off the series above.
#[test]
fn legend_rows_on_a_phone_are_a_tap_apart() {
    let (_, s, _) = draw(&common::zhetysu(), &opts(ChartKind::Pie), 360.0);
    let mut tops: Vec<f64> = s.legend.iter().map(|t| t.area.y).collect();
    tops.dedup_by(|a, b| (*a - *b).abs() < 1.0);
    assert!(tops.len() >= 2, "the legend wraps: {tops:?}");
    for pair in tops.windows(2) {
        assert!(pair[1] - pair[0] > 23.99, "{tops:?}");
    }
}

/// A 100 % bar and a pie divide what they show: with an entry switched off in the legend,
/// their shares and total are of the others, and the chart says so, where its tooltip had said
/// "59,8 % of the region's total" of the indicators left on.
#[test]
fn shares_of_what_is_shown_say_so() {
    let data = common::illustrative();
    let hide = |kind: ChartKind, hidden: &[&str]| {
        let o = Options {
            lang: Lang::En,
            hidden: hidden.iter().map(|h| h.to_string()).collect(),
            regions: regions(&["KZ-33", "KZ-10"]),
            ..opts(kind)
        };
        figure(&data, &o).unwrap()
    };
    let note = |f: &Figure| {
        f.footer
            .iter()
            .find(|l| l.starts_with("Shares and the total are of what is shown"))
            .cloned()
    };
    let all = hide(ChartKind::Share, &[]);
    assert!(
        all.tooltip(0, 0)[1].ends_with("of the region's total"),
        "{:?}",
        all.tooltip(0, 0)
    );
    assert_eq!(note(&all), None);
    let some = hide(ChartKind::Share, &["ngo"]);
    assert!(
        some.tooltip(0, 0)[1].ends_with("of those shown"),
        "{:?}",
        some.tooltip(0, 0)
    );
    assert_eq!(
        note(&some).as_deref(),
        Some("Shares and the total are of what is shown; hidden in the legend: Non-governmental organisations")
    );
    assert!(note(&hide(ChartKind::Donut, &["media"])).is_some());
    // A stack of counts adds up what it shows, and says nothing of shares.
    assert_eq!(note(&hide(ChartKind::Stacked, &["ngo"])), None);
}
