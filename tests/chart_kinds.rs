//! Every chart kind, drawn through the same layout → render path into SVG: what a reader would
//! see of bars, stacks, pies and donuts, comparisons and trends, checked as text and geometry.

mod common;

use civic_stats::layout::{chart, legend_entries, ApproxText, Area, Rect, Scene, Typography};
use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Options, Reference, ReferenceName, Sort};
use civic_stats::render::{to_svg_with, Overlay, Theme};
use civic_stats::stats::figure;
use common::{draw, has, opts, regions};

/// Each trend line's (solid) stretch as (width, paint), in drawing order.
fn line_widths(s: &Scene) -> Vec<(f64, civic_stats::layout::Paint)> {
    use civic_stats::layout::Shape;
    let paths = s.shapes.iter().filter_map(|sh| match sh {
        Shape::Path { width, paint, .. } => Some((*width, *paint)),
        _ => None,
    });
    paths.collect()
}

#[test]
fn every_kind_draws_labels_values_legend_and_footer_without_overlap() {
    let data = common::illustrative();
    for kind in ChartKind::ALL {
        for lang in Lang::ALL {
            for width in [360.0, 800.0, 1400.0] {
                let mut o = Options { lang, ..opts(kind) };
                if matches!(
                    kind,
                    ChartKind::Grouped | ChartKind::Stacked | ChartKind::Share | ChartKind::Trend
                ) {
                    o.regions = regions(&["KZ-33", "KZ-71", "KZ-75", "KZ-62"]);
                }
                if kind == ChartKind::Compare {
                    o.regions = regions(&["KZ-33", "KZ-10"]);
                }
                let what = format!("{} {lang} {width}", kind.name());
                let (f, s, texts) = draw(&data, &o, width);
                assert!(!s.targets.is_empty(), "{what}: nothing to point at");
                for (label, _) in legend_entries(&f) {
                    let start: String = label.chars().take(6).collect();
                    assert!(has(&texts, &start), "{what}: legend lacks {label}");
                }
                assert!(
                    has(&texts, &f.axis_title) || matches!(kind, ChartKind::Pie | ChartKind::Donut),
                    "{what}: axis title"
                );
                let illustrative = [
                    "Көрнекі деректер",
                    "Иллюстративные данные",
                    "Illustrative data",
                ];
                assert!(
                    illustrative.iter().any(|w| has(&texts, w)),
                    "{what}: not labelled illustrative: {texts:?}"
                );
                common::assert_tidy(&s, &what);
            }
        }
    }
}

#[test]
fn bar_across_regions_sorts_highlights_and_draws_the_average() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::Kk,
        indicators: vec!["ethnocultural".into()],
        sort: Sort::ValueDesc,
        selected: Some("KZ-33".into()),
        reference: Some(Reference::Named(ReferenceName::Average)),
        ..opts(ChartKind::Bar)
    };
    let (f, s, texts) = draw(&data, &o, 900.0);
    assert_eq!(f.categories.len(), 20);
    let values: Vec<f64> = f.cells.iter().filter_map(|c| c.value).collect();
    assert!(
        values.windows(2).all(|w| w[0] >= w[1]),
        "descending: {values:?}"
    );
    assert!(
        f.cells.last().unwrap().value.is_none(),
        "the region without 2023 data comes last"
    );
    let selected: Vec<&str> = f
        .categories
        .iter()
        .filter(|c| c.selected)
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(selected, ["Жетісу облысы"]);
    let reference = f.reference.as_ref().expect("an average line");
    // Whose mean it is: the regions', each counted once, of the 19 of 20 with a figure.
    assert_eq!(reference.label, "Өңірлер бойынша орташа, 19/20: 73,6");
    assert!(has(&texts, "Өңірлер бойынша орташа, 19/20: "));
    assert!(
        has(&texts, "дерек жоқ"),
        "missing value shown as no data, not 0"
    );
    common::assert_tidy(&s, "bar");
}

#[test]
fn share_stacks_sum_to_100_and_seed_shares_are_as_published() {
    let o = Options {
        lang: Lang::En,
        ..opts(ChartKind::Share)
    };
    let (f, s, texts) = draw(&common::zhetysu(), &o, 900.0);
    let shares: Vec<&str> = f.cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(shares, ["80.2%", "6.4%", "11.9%", "1.5%"]);
    let sum: f64 = f.cells.iter().filter_map(|c| c.value).sum();
    assert!((sum - 100.0).abs() < 1e-9);
    assert!(has(&texts, "80.2%"));
    assert_eq!(s.targets.len(), 4, "four segments to point at");
    let right = s.targets.iter().map(|t| t.mark.right()).fold(0.0, f64::max);
    assert!(
        (right - s.plot.right()).abs() < 1.0,
        "the stack fills the axis to 100 %"
    );
}

#[test]
fn stacked_bars_write_each_regions_total() {
    let o = Options {
        lang: Lang::Kk,
        ..opts(ChartKind::Stacked)
    };
    let (_, s, texts) = draw(&common::zhetysu(), &o, 900.0);
    assert!(texts.contains(&"470".to_owned()), "{texts:?}");
    // Stepping through, the total comes with the row's last segment, not before it.
    for (shown, written) in [(0, false), (3, false), (4, true)] {
        let overlay = Overlay {
            focus: None,
            reveal: Some(shown),
        };
        let texts = common::svg_texts(&to_svg_with(&s, &Theme::default(), overlay));
        assert_eq!(texts.contains(&"470".to_owned()), written, "after {shown}");
    }
}

#[test]
fn the_7_of_470_pie_slice_keeps_a_legible_label() {
    for kind in [ChartKind::Pie, ChartKind::Donut] {
        for width in [360.0, 800.0] {
            let o = Options {
                lang: Lang::Kk,
                ..opts(kind)
            };
            let (f, s, texts) = draw(&common::zhetysu(), &o, width);
            // On a phone the labels give up their counts (still in the tooltip and the table)
            // so that the pie is not 80 px across.
            let (small, large) = if width < 400.0 {
                ("1,5\u{a0}%", "80,2\u{a0}%")
            } else {
                ("1,5\u{a0}% (7)", "80,2\u{a0}% (377)")
            };
            assert!(texts.contains(&small.to_owned()), "{texts:?}");
            assert!(texts.contains(&large.to_owned()), "{texts:?}");
            let label = s.texts().find(|t| t.text == small).unwrap();
            assert!(label.font.size >= 12.0, "legible size");
            let across = s
                .shapes
                .iter()
                .filter(|sh| matches!(sh, civic_stats::layout::Shape::Polygon { .. }))
                .map(|sh| sh.bounds())
                .fold((f64::MAX, f64::MIN), |(l, r), b| {
                    (l.min(b.x), r.max(b.right()))
                });
            assert!(
                across.1 - across.0 >= 120.0,
                "{width}: the pie is {across:?}"
            );
            common::assert_tidy(&s, &format!("{} {width}", kind.name()));
            if kind == ChartKind::Donut {
                assert_eq!(f.total.as_deref(), Some("470"));
                assert!(texts.contains(&"Барлығы".to_owned()));
            }
        }
    }
}

/// A class looking at a projected pie matched colours against the legend: each slice's label
/// now names it above its share where the width allows, and a phone's pie, or one in a height
/// too low for names, leaves them to the legend.
#[test]
fn a_wide_pie_names_its_slices_beside_their_shares() {
    let data = common::zhetysu();
    for kind in [ChartKind::Pie, ChartKind::Donut] {
        let o = Options {
            lang: Lang::Kk,
            ..opts(kind)
        };
        let f = figure(&data, &o).unwrap();
        let named = |s: &Scene, name: &str, share: &str| {
            let Some(share) = s.texts().find(|t| t.text == share) else {
                panic!(
                    "{share}: {:?}",
                    s.texts().map(|t| &t.text).collect::<Vec<_>>()
                )
            };
            // The name's last line stands right above the share, on the same side.
            s.texts().any(|t| {
                name.ends_with(t.text.as_str())
                    && (share.y - t.y - t.font.line_height()).abs() < 0.5
                    && t.anchor == share.anchor
            })
        };
        let wide = chart(&f, 900.0, None, &ApproxText, Typography::default());
        for (name, share) in [
            ("Үкіметтік емес ұйымдар", "80,2\u{a0}% (377)"),
            ("Саяси партиялардың облыстық филиалдары", "1,5\u{a0}% (7)"),
        ] {
            assert!(named(&wide, name, share), "{kind:?}: {share} unnamed");
        }
        common::assert_tidy(&wide, "named pie");
        let page = chart(&f, 900.0, Some(300.0), &ApproxText, Typography::default());
        let phone = chart(&f, 360.0, None, &ApproxText, Typography::default());
        for (s, share) in [(&page, "80,2\u{a0}% (377)"), (&phone, "80,2\u{a0}%")] {
            assert!(!named(s, "Үкіметтік емес ұйымдар", share), "{kind:?}");
            common::assert_tidy(s, "pie without names");
        }
    }
}

/// Named labels stand taller, and a label pushed down its column had a leader cutting across
/// the pie's other slices, or crossing another's (600 px, and in class at 1 024 × 768 in
/// large type): such a leader now leaves its slice along the radius first, and where leaders
/// would still cross, the labels give up their names to the legend.
#[test]
fn pie_leaders_do_not_cross() {
    use civic_stats::layout::Shape;
    let data = common::zhetysu();
    type Segment = ((f64, f64), (f64, f64));
    let cross = |a: Segment, b: Segment| {
        let side = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| {
            (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
        };
        side(a.0, a.1, b.0) * side(a.0, a.1, b.1) < 0.0
            && side(b.0, b.1, a.0) * side(b.0, b.1, a.1) < 0.0
    };
    let illustrative = common::illustrative();
    let cases = [
        (&data, None),
        (&illustrative, Some("KZ-75")),
        (&illustrative, Some("KZ-47")),
        (&illustrative, Some("KZ-35")),
    ];
    for ((data, region), lang) in cases
        .into_iter()
        .flat_map(|c| [Lang::Kk, Lang::Ru, Lang::En].map(|l| (c, l)))
    {
        let o = Options {
            lang,
            regions: region.map(|r| regions(&[r])).unwrap_or_default(),
            ..opts(ChartKind::Pie)
        };
        let f = figure(data, &o).unwrap();
        for (width, typo) in (0..=50).flat_map(|k| {
            let w = 360.0 + 25.0 * f64::from(k);
            [(w, Typography::default()), (w, Typography::presenting(w))]
        }) {
            let s = chart(&f, width, None, &ApproxText, typo);
            let segments: Vec<Vec<Segment>> = s
                .shapes
                .iter()
                .filter_map(|sh| match sh {
                    Shape::Path { points, .. } => {
                        Some(points.windows(2).map(|w| (w[0], w[1])).collect())
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(segments.len(), 4, "a leader per slice");
            // Nor does a leader cut across the pie: every point of it is outside the circle.
            let (cx, cy) = (s.plot.x + s.plot.w / 2.0, s.plot.y + s.plot.h / 2.0);
            let r = s.plot.w / 2.0;
            for &(p, q) in segments.iter().flatten() {
                // The point of the segment nearest the centre.
                let (dx, dy) = (q.0 - p.0, q.1 - p.1);
                let t = (((cx - p.0) * dx + (cy - p.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
                let d = (p.0 + dx * t - cx).hypot(p.1 + dy * t - cy);
                assert!(
                    d > r - 0.5,
                    "{region:?} {lang:?} {width} {}: {p:?}-{q:?} inside the pie",
                    typo.base
                );
            }
            for (i, a) in segments.iter().enumerate() {
                for b in &segments[i + 1..] {
                    for &x in a {
                        assert!(
                            !b.iter().any(|&y| cross(x, y)),
                            "{lang:?} {width}: {x:?} crosses {b:?}"
                        );
                    }
                }
            }
        }
    }
}

/// A pie of one indicator is a whole circle: its label's leader ran from the bottom of the
/// ring along the rim; it now stands at the side, as short as the others.
#[test]
fn a_whole_circle_is_labelled_at_its_side() {
    use civic_stats::layout::Shape;
    for kind in [ChartKind::Pie, ChartKind::Donut] {
        let o = Options {
            lang: Lang::En,
            indicators: vec!["media".into()],
            ..opts(kind)
        };
        let (_, s, texts) = draw(&common::zhetysu(), &o, 900.0);
        assert!(texts.contains(&"100.0% (56)".to_owned()), "{texts:?}");
        let cy = s.plot.y + s.plot.h / 2.0;
        let leaders: Vec<&Vec<(f64, f64)>> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Path { points, .. } => Some(points),
                _ => None,
            })
            .collect();
        assert_eq!(leaders.len(), 1);
        assert!(
            leaders[0].iter().all(|p| (p.1 - cy).abs() < 20.0),
            "{kind:?}: {:?}",
            leaders[0]
        );
        common::assert_tidy(&s, "whole circle");
    }
}

#[test]
fn pie_hit_testing_finds_the_slice_under_the_pointer() {
    let o = Options {
        lang: Lang::En,
        ..opts(ChartKind::Pie)
    };
    let (f, s, _) = draw(&common::zhetysu(), &o, 800.0);
    let (cx, cy) = (s.plot.x + s.plot.w / 2.0, s.plot.y + s.plot.h / 2.0);
    let r = s.plot.w / 2.0;
    // Straight down from the centre lies inside the big NGO slice (it spans 0 → 289°).
    let hit = s.hit(cx, cy + r * 0.5).expect("a slice");
    assert_eq!(
        f.categories[hit.category].label,
        "Non-governmental organisations"
    );
    assert!(s.hit(cx + r * 1.5, cy - r * 1.5).is_none());
}

#[test]
fn compare_writes_the_differences_out() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        regions: regions(&["KZ-33", "KZ-10"]),
        ..opts(ChartKind::Compare)
    };
    let (f, s, texts) = draw(&data, &o, 900.0);
    assert_eq!(f.series.len(), 2);
    let a = f.cell(0, 0).value.unwrap();
    let b = f.cell(0, 1).value.unwrap();
    let note = f.categories[0].note.as_deref().unwrap();
    let sign = if a > b { '+' } else { '−' };
    assert!(note.starts_with(sign), "{note}");
    assert!(note.contains('%'), "{note}");
    assert!(texts.contains(&note.to_owned()));
    // Hovered or stepped to, either bar of the pair says the difference too.
    for series in [0, 1] {
        let tooltip = f.tooltip(0, series);
        assert_eq!(tooltip.last(), Some(&format!("Difference: {note}")));
    }
    common::assert_tidy(&s, "compare");
    let err = figure(
        &data,
        &Options {
            regions: regions(&["KZ-33"]),
            ..opts(ChartKind::Compare)
        },
    )
    .unwrap_err();
    assert_eq!(err.message(Lang::En), "Choose two regions to compare");
}

#[test]
fn a_donuts_centre_holds_only_what_fits_in_its_hole() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::Kk,
        regions: regions(&["KZ-10", "KZ-11"]),
        indicators: vec!["ngo".to_owned()],
        selected: Some("KZ-11".to_owned()),
        ..opts(ChartKind::Donut)
    };
    for width in [320.0, 800.0] {
        let (f, s, texts) = draw(&data, &o, width);
        let Area::Wedge(ring) = s.targets[0].area else {
            panic!("a donut's slice is a ring sector");
        };
        let centre: Vec<_> = s
            .texts()
            .filter(|t| (t.bounds.x + t.bounds.w / 2.0 - ring.cx).abs() < 1.0)
            .filter(|t| (t.bounds.y + t.bounds.h / 2.0 - ring.cy).abs() < ring.inner)
            .collect();
        for t in &centre {
            assert!(
                t.bounds.w <= 2.0 * ring.inner,
                "{width}: '{}' wider than the hole",
                t.text
            );
        }
        if width == 800.0 {
            // Room for both: the whole and its caption.
            assert!(has(&texts, f.total.as_deref().unwrap()) && has(&texts, "Барлығы"));
        }
    }
}

#[test]
fn trend_spans_the_years_and_breaks_at_missing_values() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::Ru,
        regions: regions(&["KZ-19", "KZ-33"]),
        indicators: vec!["media".into()],
        ..opts(ChartKind::Trend)
    };
    let (f, s, texts) = draw(&data, &o, 900.0);
    assert_eq!(f.subtitle, "Средства массовой информации, 2021–2023");
    let years: Vec<&str> = f.categories.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(years, ["2021", "2022", "2023"]);
    for y in ["2021", "2022", "2023"] {
        assert!(texts.contains(&y.to_owned()));
    }
    // KZ-19 has no 2021 media figure: two points, not three, and no zero.
    assert!(f.cell(0, 0).value.is_none());
    assert_eq!(s.targets.iter().filter(|t| t.series == 0).count(), 2);
    assert!(
        f.legend[0].label.contains('(') && f.legend[0].label == f.series[0].caption(),
        "legend carries the change: {}",
        f.legend[0].label
    );
}

/// On a phone a highlighted region among twenty gave the legend twenty grey entries (740 px
/// of a 844 px screen) and the plot a 130 px strip: the grey lines share one entry, and a
/// narrow trend is taller than half its width.
#[test]
fn on_a_phone_a_highlighted_trend_keeps_its_screen_for_the_lines() {
    use civic_stats::layout::{Paint, Shape};
    let data = common::illustrative();
    let options = Options {
        lang: Lang::En,
        indicators: vec!["ngo".into()],
        selected: Some("KZ-47".into()),
        ..opts(ChartKind::Trend)
    };
    for (width, entries) in [(390.0, 1), (900.0, 20)] {
        let (_, s, texts) = draw(&data, &options, width);
        assert_eq!(s.legend.len(), entries, "{width}: clickable legend entries");
        // Not "Other regions (19)": stepping through, its lines come one by one.
        let others = texts.iter().any(|t| t == "Other regions");
        assert_eq!(others, entries == 1, "{width}: {texts:?}");
        // The plot's height, from its lowest grid line (0) to its highest.
        let ys: Vec<f64> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Line {
                    from, to, paint, ..
                } if from.1 == to.1 && matches!(paint, Paint::Grid | Paint::Axis) => Some(from.1),
                _ => None,
            })
            .collect();
        let plot =
            ys.iter().fold(f64::MIN, |a, &b| a.max(b)) - ys.iter().fold(f64::MAX, |a, &b| a.min(b));
        assert!(
            plot >= 0.5 * width.min(600.0),
            "{width}: a plot {plot} px high"
        );
    }
    // In class, on a 1 024 px projector, too.
    let f = figure(&data, &options).unwrap();
    let s = chart(
        &f,
        1024.0,
        Some(620.0),
        &ApproxText,
        Typography::presenting(1024.0),
    );
    assert_eq!(s.legend.len(), 1, "presenting: one clickable entry");
    let texts: Vec<String> = s.texts().map(|t| t.text.clone()).collect();
    assert!(texts.contains(&"Other regions".to_owned()), "{texts:?}");
}

/// Three lines ending close together on a projector had end values ("6,6", "6,5") that
/// named no line: each now follows its line's marker, in the line's colour and shape.
#[test]
fn a_trends_end_values_follow_their_lines_markers() {
    use civic_stats::layout::{Paint, Shape};
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        regions: regions(&["KZ-33", "KZ-10", "KZ-71"]),
        indicators: vec!["ngo".into()],
        ..opts(ChartKind::Trend)
    };
    let (f, s, _) = draw(&data, &o, 900.0);
    let keys: Vec<(f64, f64, Paint)> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Polygon { points, paint } if points[0].0 > s.plot.right() + 2.0 => {
                Some((points[0].0, points[0].1, *paint))
            }
            _ => None,
        })
        .collect();
    assert_eq!(keys.len(), 3, "{keys:?}");
    for (s_index, series) in f.series.iter().enumerate() {
        let last = f.cells.len() - f.series.len() + s_index;
        let value = &f.cells[last].text;
        let label = s
            .texts()
            .find(|t| &t.text == value)
            .expect("end value drawn");
        let key = keys.iter().find(|k| k.2 == Paint::Series(series.color));
        let (kx, ky, _) = *key.expect("a key in the line's colour");
        assert!(
            kx < label.bounds.x && label.bounds.x - kx < 20.0,
            "{value}: key beside it"
        );
        assert!(
            (ky - (label.bounds.y + label.bounds.h / 2.0)).abs() < 8.0,
            "{value}"
        );
    }
}

/// Among few lines grey took away the only thing telling the others apart: of three regions,
/// two were the same grey, unnamed at their ends and in the legend. Where the palette has a
/// colour for every line, the others keep theirs and the highlighted one is drawn thicker,
/// over them.
#[test]
fn a_highlight_among_few_lines_leaves_the_others_their_colours() {
    use civic_stats::layout::{Paint, Shape};
    let data = common::illustrative();
    let options = Options {
        lang: Lang::En,
        regions: regions(&["KZ-19", "KZ-47", "KZ-75"]),
        selected: Some("KZ-47".into()),
        indicators: vec!["media".into()],
        ..opts(ChartKind::Trend)
    };
    let (f, s, texts) = draw(&data, &options, 800.0);
    let paths = line_widths(&s);
    let focus = f.series.iter().position(|s| s.key == "KZ-47").unwrap();
    let colour = Paint::Series(f.series[focus].color);
    assert_eq!(
        paths.last().map(|p| p.1),
        Some(colour),
        "drawn last: {paths:?}"
    );
    let mut colours: Vec<Paint> = paths.iter().map(|p| p.1).collect();
    colours.dedup();
    assert_eq!(colours.len(), 3, "three colours, no grey: {paths:?}");
    assert!(paths.iter().all(|p| p.1 != Paint::Backdrop));
    let own = paths
        .iter()
        .filter(|p| p.1 == colour)
        .map(|p| p.0)
        .fold(0.0, f64::max);
    assert!(paths.iter().filter(|p| p.1 != colour).all(|p| p.0 < own));
    // Every line's end value is written, and the legend names each in its colour.
    let last = f.categories.len() - 1;
    for series in 0..3 {
        assert!(texts.contains(&f.cell(last, series).text), "{texts:?}");
    }
    assert!(!s.shapes.iter().any(|sh| matches!(
        sh,
        Shape::Rect {
            paint: Paint::Backdrop,
            ..
        }
    )));
}

/// A year without a value in the middle of a line was a gap that left two lone markers (for
/// a highlighted region, two squares and no line): the points either side are joined by a
/// dashed line in the region's paint, and the footer says which years it bridges.
#[test]
fn a_trend_bridges_a_missing_year_with_a_dashed_line_and_names_it() {
    use civic_stats::layout::{Paint, Shape};
    let data = common::illustrative();
    for (lang, note) in [
        (
            Lang::En,
            "Dashed lines bridge years with no data: Mangystau Region, 2022",
        ),
        (
            Lang::Ru,
            "Пунктиром показаны промежутки без данных: Мангистауская область, 2022",
        ),
        (
            Lang::Kk,
            "Деректері жоқ жылдар үзік сызықпен көрсетілген: Маңғыстау облысы, 2022",
        ),
    ] {
        let options = Options {
            lang,
            indicators: vec!["ngo".into()],
            selected: Some("KZ-47".into()),
            ..opts(ChartKind::Trend)
        };
        let (f, s, texts) = draw(&data, &options, 900.0);
        assert!(has(&texts, note), "{lang:?}: {:?}", f.footer);
        let line = f.series.iter().position(|s| s.key == "KZ-47").unwrap();
        let paint = Paint::Series(f.series[line].color);
        let ends: Vec<(f64, f64)> = s
            .targets
            .iter()
            .filter(|t| t.series == line)
            .map(|t| (t.mark.x + t.mark.w / 2.0, t.mark.y + t.mark.h / 2.0))
            .collect();
        assert_eq!(ends.len(), 2, "2021 and 2023, no 2022 and no zero");
        type Dash = ((f64, f64), (f64, f64), f64);
        let dashes: Vec<Dash> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Line {
                    from,
                    to,
                    width,
                    paint: p,
                } if *p == paint => Some((*from, *to, *width)),
                _ => None,
            })
            .collect();
        assert!(dashes.len() >= 10, "{dashes:?}");
        // From one point to the other, on the line between them, with spaces between dashes.
        let on_line = |p: (f64, f64)| {
            let t = (p.0 - ends[0].0) / (ends[1].0 - ends[0].0);
            let y = ends[0].1 + t * (ends[1].1 - ends[0].1);
            (-1e-6..=1.0 + 1e-6).contains(&t) && (p.1 - y).abs() < 1e-6
        };
        assert!(dashes.iter().all(|d| on_line(d.0) && on_line(d.1)));
        assert!((dashes[0].0 .0 - ends[0].0).abs() < 1e-6);
        assert!((dashes.last().unwrap().1 .0 - ends[1].0).abs() < 1e-6);
        let drawn: f64 = dashes
            .iter()
            .map(|d| (d.1 .0 - d.0 .0).hypot(d.1 .1 - d.0 .1))
            .sum();
        let span = (ends[1].0 - ends[0].0).hypot(ends[1].1 - ends[0].1);
        assert!(
            drawn > 0.4 * span && drawn < 0.7 * span,
            "{drawn} of {span}"
        );
        // As strong as the highlighted line; and no solid line across the year.
        assert!(dashes.iter().all(|d| d.2 > 3.0), "{dashes:?}");
        let solid = s
            .shapes
            .iter()
            .any(|sh| matches!(sh, Shape::Path { paint: p, .. } if *p == paint));
        assert!(
            !solid,
            "one point on each side of the gap: nothing solid to draw"
        );
    }

    // Without a highlight, in grey and colour alike; lines with a gap only at an end (KZ-19's
    // media begins in 2022) have nothing to bridge and are not named.
    let options = Options {
        lang: Lang::En,
        indicators: vec!["media".into()],
        regions: regions(&["KZ-19", "KZ-33"]),
        ..opts(ChartKind::Trend)
    };
    let (f, s, _) = draw(&data, &options, 900.0);
    assert!(
        !f.footer.iter().any(|l| l.contains("Dashed")),
        "{:?}",
        f.footer
    );
    assert!(!s.shapes.iter().any(|sh| matches!(
        sh,
        Shape::Line {
            paint: Paint::Series(_),
            ..
        }
    )));

    // Past three lines with gaps the footer names three and ends in "…"; the table gives
    // every year.
    let mut json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/examples/illustrative-regions.json"
        ))
        .unwrap(),
    )
    .unwrap();
    for region in json["regions"].as_array_mut().unwrap().iter_mut().take(4) {
        region["values"]["2022"]
            .as_object_mut()
            .unwrap()
            .remove("party-branches");
    }
    let data = civic_stats::data::parse_json(&json.to_string()).unwrap();
    let options = Options {
        lang: Lang::En,
        indicators: vec!["party-branches".into()],
        ..opts(ChartKind::Trend)
    };
    let (f, s, _) = draw(&data, &options, 900.0);
    let note = "Dashed lines bridge years with no data: Abai Region, 2022; \
                Akmola Region, 2022; Aktobe Region, 2022; …";
    assert!(f.footer.iter().any(|l| l == note), "{:?}", f.footer);

    // Stepping through, the note comes with Aktobe Region's line, the last it names: from
    // the start it had named regions the class had not seen.
    let aktobe = f
        .series
        .iter()
        .position(|l| l.label == "Aktobe Region")
        .unwrap();
    let first = s.targets.iter().position(|t| t.series == aktobe).unwrap();
    assert!(first > 0);
    // One line, stepped a point at a time: with its first point, as its path and dashes.
    let options = Options {
        lang: Lang::En,
        indicators: vec!["party-branches".into()],
        regions: vec!["KZ-10".into()],
        ..opts(ChartKind::Trend)
    };
    let (one, single, _) = draw(&data, &options, 900.0);
    assert!(one.footer.iter().any(|l| l.starts_with("Dashed lines")));
    for (s, first) in [(&s, first), (&single, 0)] {
        for (shown, written) in [(0, false), (first, false), (first + 1, true)] {
            let overlay = Overlay {
                focus: None,
                reveal: Some(shown),
            };
            let texts = common::svg_texts(&to_svg_with(s, &Theme::default(), overlay));
            assert_eq!(
                has(&texts, "Dashed lines"),
                written,
                "{shown} shown: {texts:?}"
            );
            assert!(has(&texts, "Source:"), "{texts:?}");
        }
    }
}

#[test]
fn a_one_year_trend_says_so() {
    let o = Options {
        lang: Lang::En,
        ..opts(ChartKind::Trend)
    };
    let (_, s, texts) = draw(&common::zhetysu(), &o, 800.0);
    assert!(has(&texts, "The data has one year only"), "{texts:?}");
    // Its value is written beside its point, in the middle, not at the far right.
    let point = s.targets[0].mark;
    let value = s.texts().find(|t| t.text == "377").unwrap().bounds;
    let gap = value.x - point.right();
    assert!((0.0..40.0).contains(&gap), "{value:?} after {point:?}");
}

/// On a phone, regions whose names wrap onto two lines got thicker bars (27 px against 21),
/// which reads as emphasis: every bar of a chart is now as thick as the others.
#[test]
fn bars_are_equally_thick_whatever_their_labels_wrap_to() {
    let data = common::illustrative();
    for kind in [
        ChartKind::Bar,
        ChartKind::Grouped,
        ChartKind::Stacked,
        ChartKind::Compare,
    ] {
        for lang in Lang::ALL {
            for width in [320.0, 375.0, 800.0] {
                let options = Options { lang, ..opts(kind) };
                let (_, s, _) = draw(&data, &options, width);
                let heights: Vec<f64> = s
                    .targets
                    .iter()
                    .map(|t| t.mark.h)
                    .filter(|&h| h > 0.0)
                    .collect();
                let (min, max) = heights
                    .iter()
                    .fold((f64::MAX, 0.0f64), |(lo, hi), &h| (lo.min(h), hi.max(h)));
                assert!(max - min < 0.01, "{kind:?} {lang} {width}: {min} … {max}");
            }
        }
    }
}

/// "Highlight region" did nothing to a trend: the chosen region's line now stands out in its
/// colour, drawn over the others, which step back in grey without end labels.
#[test]
fn a_highlighted_region_stands_out_of_a_trend() {
    use civic_stats::layout::{Paint, Shape};
    let data = common::illustrative();
    let options = Options {
        selected: Some("KZ-10".into()),
        ..opts(ChartKind::Trend)
    };
    let (f, s, _) = draw(&data, &options, 900.0);
    let focus = f.series.iter().position(|s| s.key == "KZ-10").unwrap();
    assert!(f.series[focus].selected);
    let paths = line_widths(&s);
    let colour = Paint::Series(f.series[focus].color);
    let (own, others): (Vec<&(f64, Paint)>, Vec<_>) = paths.iter().partition(|p| p.1 == colour);
    assert!(!own.is_empty() && own.iter().all(|p| p.0 > 3.0), "{own:?}");
    assert!(
        others.len() >= 15 && others.iter().all(|p| p.1 == Paint::Backdrop && p.0 < 2.0),
        "{others:?}"
    );
    assert_eq!(
        paths.last().map(|p| p.1),
        Some(colour),
        "drawn last, on top"
    );
    // Nothing else keeps a colour, the legend's entries included.
    let coloured = s.shapes.iter().any(|sh| match sh {
        Shape::Rect { paint, .. } | Shape::Polygon { paint, .. } | Shape::Path { paint, .. } => {
            matches!(paint, Paint::Series(_)) && *paint != colour
        }
        _ => false,
    });
    assert!(!coloured, "only the highlighted region keeps its colour");
    // Its targets keep their place: the element finds a point again by its index after a
    // click redraws the chart.
    assert!(s.targets.windows(2).all(|w| w[0].series <= w[1].series));
    // One end label: the highlighted region's latest value, and above it its name, which
    // was one grey entry among twenty in the legend.
    let last_year = f.categories.len() - 1;
    let latest = &f.cell(last_year, focus).text;
    let ends: Vec<_> = s.texts().filter(|t| t.x > s.plot.right()).collect();
    let texts: Vec<&str> = ends.iter().map(|t| t.text.as_str()).collect();
    let (value, name) = ends.split_first().unwrap();
    assert_eq!(&value.text, latest, "{texts:?}");
    assert_eq!(texts[1..].join(" "), f.series[focus].caption(), "{texts:?}");
    assert!(
        texts[texts.len() - 1].starts_with('('),
        "the change on its own line"
    );
    assert!(name.iter().all(|t| t.y < value.y), "above its value");
    common::assert_tidy(&s, "highlighted trend");
    // On a phone the change (in the legend too) gives way to the name, and a name that
    // two lines cannot hold there is left to the legend.
    let ends = |region: &str| {
        let options = Options {
            selected: Some(region.into()),
            ..options.clone()
        };
        let (f, phone, _) = draw(&data, &options, 320.0);
        let ends: Vec<String> = phone
            .texts()
            .filter(|t| t.x > phone.plot.right())
            .map(|t| t.text.clone())
            .collect();
        let label = f.series.iter().find(|s| s.selected).unwrap().label.clone();
        (ends, label)
    };
    let (abai, label) = ends("KZ-10");
    assert_eq!(abai[1..].join(" "), label);
    let (north, _) = ends("KZ-59");
    assert_eq!(north.len(), 1, "{north:?}");
}

/// East Kazakhstan has no figure for ethnocultural centres: its stack added up the other
/// three as if complete, and its 100 % bar made its NGOs the largest share of any region.
/// Its label now says the row is incomplete, and the footer says what that means.
#[test]
fn a_stack_or_share_missing_a_part_says_it_is_incomplete() {
    let data = common::illustrative();
    for (kind, footer) in [
        (ChartKind::Stacked, "its total adds up the others only"),
        (ChartKind::Share, "its shares are of the others' sum only"),
    ] {
        let options = Options {
            lang: Lang::En,
            ..opts(kind)
        };
        let (f, _, texts) = draw(&data, &options, 900.0);
        let noted: Vec<&str> = f
            .categories
            .iter()
            .filter(|c| c.note.as_deref() == Some("incomplete"))
            .map(|c| c.key.as_str())
            .collect();
        assert_eq!(noted, ["KZ-63"], "{kind:?}");
        assert!(
            f.footer.iter().any(|l| l.ends_with(footer)),
            "{:?}",
            f.footer
        );
        assert!(has(&texts, "incomplete"));
        // The table heads the column "Note", not "Difference" as a comparison's.
        let table = f.table();
        assert_eq!(table.columns.last().map(String::as_str), Some("Note"));
        // Hiding the indicator it lacks makes it complete again.
        let options = Options {
            hidden: vec!["ethnocultural".into()],
            ..options
        };
        let f = figure(&data, &options).unwrap();
        assert!(f.categories.iter().all(|c| c.note.is_none()), "{kind:?}");
    }
}

/// A trend's value-axis title ("Count") sat under the years, where it read as their title;
/// it sits above the value axis.
#[test]
fn a_trends_axis_title_is_above_its_axis() {
    let options = Options {
        lang: Lang::En,
        ..opts(ChartKind::Trend)
    };
    for width in [320.0, 900.0] {
        let (f, s, _) = draw(&common::illustrative(), &options, width);
        let title = s.texts().find(|t| t.text == f.axis_title).unwrap();
        let year = s.texts().find(|t| t.text == "2021").unwrap();
        assert!(
            title.bounds.bottom() <= s.plot.y + 5.0,
            "{width}: {:?} {:?}",
            title.bounds,
            s.plot
        );
        assert!(title.bounds.bottom() < year.bounds.y);
    }
}

/// Twenty regions' lines share six colours: Abai, Zhambyl and Pavlodar were the same blue
/// line. Each round of colours has its own marker (circle, square, triangle, diamond), in the
/// legend too.
#[test]
fn lines_sharing_a_colour_have_different_markers() {
    use civic_stats::layout::{Paint, Shape, PALETTE};
    let options = Options {
        lang: Lang::En,
        ..opts(ChartKind::Trend)
    };
    let (f, s, _) = draw(&common::illustrative(), &options, 1000.0);
    assert!(f.series.len() > PALETTE);
    let corners = |color: usize| -> Vec<usize> {
        let mut found: Vec<usize> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Polygon { points, paint } if *paint == Paint::Series(color) => {
                    Some(points.len())
                }
                _ => None,
            })
            .collect();
        found.sort();
        found.dedup();
        found
    };
    // Series 0, 6, 12 and 18 wear the same colour: circles, squares, triangles, diamonds, in
    // the plot and in the legend.
    assert_eq!(corners(0), [12]);
    assert_eq!(corners(6), [4]);
    assert_eq!(corners(12), [3]);
    assert_eq!(corners(18), [4]);
    let diamond = s.shapes.iter().find_map(|sh| match sh {
        Shape::Polygon { points, paint } if *paint == Paint::Series(18) => Some(points.clone()),
        _ => None,
    });
    let square = s.shapes.iter().find_map(|sh| match sh {
        Shape::Polygon { points, paint } if *paint == Paint::Series(6) => Some(points.clone()),
        _ => None,
    });
    // A square has a flat top edge, a diamond a corner there.
    assert_eq!(square.map(|p| p[0].1 == p[1].1), Some(true));
    assert_eq!(diamond.map(|p| p[0].1 == p[1].1), Some(false));
}

/// Six lines ending within 20 of each other (media outlets: 104, 90, 89, 86, 70) had five
/// end values, Almaty's 86 crowded out: a label keyed by its line's colour may now stand
/// up to three lines from its end, joined to it by a stroke of that colour.
#[test]
fn a_trend_names_every_end_value_where_lines_end_close_together() {
    let o = Options {
        lang: Lang::En,
        indicators: regions(&["media"]),
        regions: regions(&["KZ-71", "KZ-75", "KZ-79", "KZ-33", "KZ-10", "KZ-47"]),
        ..opts(ChartKind::Trend)
    };
    // On a phone too, where the crowd's last "70" had stood beside "2023", under the 0 line.
    for width in [1000.0, 320.0] {
        let (f, s, texts) = draw(&common::illustrative(), &o, width);
        let last = f.categories.len() - 1;
        for (i, series) in f.series.iter().enumerate() {
            let end = &f.cell(last, i).text;
            assert!(texts.contains(end), "{}: {end} in {texts:?}", series.label);
        }
        let values: Vec<&civic_stats::layout::TextItem> = s
            .texts()
            .filter(|t| (0..f.series.len()).any(|i| f.cell(last, i).text == t.text))
            .collect();
        for pair in values.windows(2) {
            assert!(!pair[0].bounds.intersects(&pair[1].bounds), "{pair:?}");
        }
        for value in values {
            assert!(
                value.bounds.bottom() <= s.plot.bottom() + 0.5,
                "{width}: {value:?}"
            );
        }
    }
}

/// A line that ends a year early ("83 (2022)") has its end value named by its year and
/// colour, not joined by a stroke: one from the last year's column had joined it to another
/// line's end, and one from its own end read as a line of data across the last year.
#[test]
fn an_end_value_of_a_line_ending_a_year_early_is_not_joined_across_the_last_year() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/illustrative-regions.json"
    );
    let mut file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let list = file["regions"].as_array_mut().unwrap();
    let early = list.iter_mut().find(|r| r["id"] == "KZ-39").unwrap();
    early["values"].as_object_mut().unwrap().remove("2023");
    let data = civic_stats::data::parse_json(&file.to_string()).unwrap();
    let o = Options {
        lang: Lang::En,
        indicators: regions(&["media"]),
        regions: regions(&["KZ-39", "KZ-71", "KZ-75", "KZ-47", "KZ-79", "KZ-10"]),
        ..opts(ChartKind::Trend)
    };
    let (_, s, texts) = draw(&data, &o, 1000.0);
    assert!(has(&texts, "83 (2022)"), "{texts:?}");
    let strokes: Vec<(f64, Rect)> = s
        .shapes
        .iter()
        .zip(&s.owners)
        .filter_map(|(shape, owner)| match (shape, owner) {
            (civic_stats::layout::Shape::Line { from, width, .. }, Some(o)) if *width == 1.0 => {
                Some((from.0, s.targets[*o].mark))
            }
            _ => None,
        })
        .collect();
    assert!(
        !strokes.is_empty(),
        "crowded labels are joined: {strokes:?}"
    );
    let last = s.targets.iter().map(|t| t.mark.x).fold(f64::MIN, f64::max);
    for (x, mark) in strokes {
        assert_eq!(
            mark.x, last,
            "joined from a line ending before the last year"
        );
        let end = mark.x + mark.w / 2.0;
        assert!((x - end).abs() <= 8.0, "from {x}, its line ends at {end}");
    }
}

/// A pie of a region that lacks one of the indicators said nothing of it: its slices and the
/// donut's total (1 465) are of the others only.
#[test]
fn a_pie_of_a_region_lacking_an_indicator_says_so() {
    let data = common::illustrative();
    for kind in [ChartKind::Pie, ChartKind::Donut] {
        let o = Options {
            lang: Lang::En,
            regions: regions(&["KZ-63"]),
            ..opts(kind)
        };
        let f = figure(&data, &o).unwrap();
        assert!(
            f.footer.contains(
                &"East Kazakhstan Region: no data for some indicators, so shares are of the \
                  others' sum only"
                    .to_owned()
            ),
            "{kind:?}: {:?}",
            f.footer
        );
    }
}

/// An accessibility review: in a grouped chart the highlighted region was told apart by its
/// label's colour alone (its bars keep their indicators' colours). Its label is underlined,
/// and no other is. A screenshot review: that colour, an orange, passed for an indicator's
/// bars beside it; where bars keep their indicators' colours the label keeps the text's.
#[test]
fn a_highlighted_regions_label_is_underlined_not_only_coloured() {
    use civic_stats::layout::{Paint, Shape};
    let data = common::illustrative();
    for (kind, paint) in [
        (ChartKind::Grouped, Paint::Text),
        (ChartKind::Stacked, Paint::Text),
        (ChartKind::Bar, Paint::Highlight),
    ] {
        let o = Options {
            lang: Lang::En,
            selected: Some("KZ-19".into()),
            regions: regions(&["KZ-10", "KZ-19", "KZ-33"]),
            ..opts(kind)
        };
        let (_, s, _) = draw(&data, &o, 700.0);
        let label = s
            .texts()
            .find(|t| t.text == "Almaty Region" && t.paint == paint)
            .unwrap_or_else(|| panic!("{kind:?}: a highlighted label"));
        assert!(
            s.texts()
                .all(|t| t.paint != Paint::Highlight || paint == Paint::Highlight),
            "{kind:?}: no text in the highlight's colour"
        );
        let under: Vec<_> = (s.shapes.iter())
            .filter_map(|sh| match sh {
                Shape::Line {
                    from,
                    to,
                    paint: p,
                    width,
                } if *p == paint && *width == 2.0 => Some((*from, *to)),
                _ => None,
            })
            .collect();
        let b = label.bounds;
        assert_eq!(under.len(), 1, "{kind:?}: {under:?}");
        let ((x0, y0), (x1, y1)) = under[0];
        assert_eq!((x0, x1), (b.x, b.x + b.w), "{kind:?}: as wide as the label");
        assert!(
            y0 == y1 && y0 > b.y + b.h / 2.0 && y0 <= b.y + b.h,
            "{kind:?}: under it"
        );
    }
}

/// An analyst's review: a stacked chart of one indicator wrote each value twice, as its
/// segment and as its total. A stack of one part has no total, in the chart or its table.
#[test]
fn a_stack_of_one_part_writes_its_value_once() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        indicators: vec!["ngo".into()],
        regions: regions(&["KZ-10", "KZ-33"]),
        ..opts(ChartKind::Stacked)
    };
    let (f, _, texts) = draw(&data, &o, 800.0);
    assert!(f.totals().iter().all(Option::is_none));
    assert!(
        !f.table().columns.iter().any(|c| c == "Total"),
        "{:?}",
        f.table().columns
    );
    for cell in &f.cells {
        let times = texts.iter().filter(|t| **t == cell.text).count();
        assert_eq!(times, 1, "{}: {texts:?}", cell.text);
    }
    // Two parts have their total.
    let two = Options {
        indicators: vec!["ngo".into(), "media".into()],
        ..o
    };
    let f = figure(&data, &two).unwrap();
    assert!(f.totals().iter().all(Option::is_some));
    assert!(f.table().columns.iter().any(|c| c == "Total"));
}

/// Where each mark's value is written, which a tooltip keeps clear of: the "7" after the
/// last bar, not a comparison's difference under its labels on the left.
#[test]
fn each_marks_value_box_holds_its_written_value() {
    let data = common::zhetysu();
    let (f, s, _) = draw(&data, &opts(ChartKind::Bar), 800.0);
    for (i, cell) in f.cells.iter().enumerate() {
        let value = s.value_bounds(i).expect("a written value");
        let text = s.texts().find(|t| t.text == cell.text).unwrap();
        let b = text.bounds;
        let near = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(
            near(value.x, b.x) && near(value.right(), b.right()) && near(value.y, b.y),
            "{}: {value:?} {b:?}",
            cell.text
        );
        assert!(value.x >= s.targets[i].mark.right(), "after its bar");
    }
    let two = common::illustrative();
    let o = Options {
        lang: Lang::En,
        regions: regions(&["KZ-10", "KZ-33"]),
        ..opts(ChartKind::Compare)
    };
    let (_, s, _) = draw(&two, &o, 800.0);
    for (i, target) in s.targets.iter().enumerate() {
        let value = s.value_bounds(i).unwrap();
        assert!(
            value.x >= target.mark.x,
            "{i}: the difference on the left is not its value"
        );
    }
    assert_eq!(s.value_bounds(s.targets.len()), None);
}

/// An analyst's review: a pie of one indicator (`indicators="ngo"`) of several regions drew
/// the first region's one slice of 100 %. A few regions share out their total; more than
/// there are colours stay one region's pie, as before, with the note that says so.
#[test]
fn a_pie_of_one_indicator_shares_it_out_among_a_few_regions() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        indicators: vec!["ngo".into()],
        regions: regions(&["KZ-10", "KZ-11", "KZ-33"]),
        ..opts(ChartKind::Donut)
    };
    let (f, s, texts) = draw(&data, &o, 800.0);
    let slices: Vec<&str> = f.categories.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(slices, ["Abai Region", "Akmola Region", "Zhetysu Region"]);
    assert_eq!(f.subtitle, "Non-governmental organisations, 2023");
    let legend: Vec<&str> = f.legend.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(legend, slices);
    // 394 + 1 001 + 1 313 = 2 708 in the middle, each slice its share of it.
    assert!(has(&texts, "2,708"), "{texts:?}");
    assert!(
        f.cells[0].text.starts_with("14.5% (394)"),
        "{}",
        f.cells[0].text
    );
    common::assert_tidy(&s, "a pie of regions");
    let all = Options {
        regions: Vec::new(),
        ..o
    };
    let f = figure(&data, &all).unwrap();
    assert_eq!(f.categories.len(), 1);
    // The note says what a pie shows, both ways (it said "one region at a time").
    let note = "Only 'Abai Region' of the 20 regions is shown: a pie shows one region's \
                indicators (the highlighted one, else the first), or one indicator of up to 6 \
                regions";
    assert!(f.footer.iter().any(|l| l == note), "{:?}", f.footer);
}
