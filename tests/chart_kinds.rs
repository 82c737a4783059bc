//! Every chart kind, drawn through the same layout → render path into SVG: what a reader would
//! see, checked as text and geometry.

mod common;

use civic_stats::data::Dataset;
use civic_stats::layout::{chart, legend_entries, ApproxText, Area, Rect, Scene, Typography};
use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Measure, Options, Reference, ReferenceName, Sort};
use civic_stats::render::{to_svg, to_svg_with, Overlay, Theme};
use civic_stats::stats::{figure, Figure};

fn opts(kind: ChartKind) -> Options {
    Options {
        chart: kind,
        ..Options::default()
    }
}

fn draw(data: &Dataset, options: &Options, width: f64) -> (Figure, Scene, Vec<String>) {
    let f = figure(data, options).unwrap();
    let s = chart(&f, width, None, &ApproxText, Typography::default());
    let texts = common::svg_texts(&to_svg(&s, &Theme::default()));
    (f, s, texts)
}

fn regions(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

/// Each trend line's (solid) stretch as (width, paint), in drawing order.
fn line_widths(s: &Scene) -> Vec<(f64, civic_stats::layout::Paint)> {
    use civic_stats::layout::Shape;
    let paths = s.shapes.iter().filter_map(|sh| match sh {
        Shape::Path { width, paint, .. } => Some((*width, *paint)),
        _ => None,
    });
    paths.collect()
}

fn has(texts: &[String], wanted: &str) -> bool {
    texts.iter().any(|t| t.contains(wanted))
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
fn name_sort_follows_the_kazakh_alphabet() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::Kk,
        sort: Sort::Name,
        indicators: vec!["ngo".into()],
        ..opts(ChartKind::Bar)
    };
    let f = figure(&data, &o).unwrap();
    let names: Vec<&str> = f.categories.iter().map(|c| c.label.as_str()).collect();
    // Ақмола before Алматы (қ before л), Ұлытау after Түркістан, Шығыс near the end.
    let pos = |n: &str| names.iter().position(|x| *x == n).unwrap();
    assert!(pos("Ақмола облысы") < pos("Алматы облысы"), "{names:?}");
    assert!(pos("Түркістан облысы") < pos("Ұлытау облысы"), "{names:?}");
    assert!(pos("Ұлытау облысы") < pos("Шымкент"), "{names:?}");
    assert_eq!(names[0], "Абай облысы");
}

#[test]
fn per_10k_uses_population_and_says_when_it_is_unknown() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        measure: Measure::Per10k,
        indicators: vec!["ngo".into()],
        ..opts(ChartKind::Bar)
    };
    let (f, _, texts) = draw(&data, &o, 900.0);
    assert_eq!(f.axis_title, "Per 10,000 residents");
    let shymkent = f
        .categories
        .iter()
        .position(|c| c.label == "Shymkent")
        .unwrap();
    assert_eq!(f.cells[shymkent].text, "population unknown");
    assert!(f.cells[shymkent].value.is_none());
    assert!(
        texts.iter().any(|t| t.starts_with("Population (2023): ")),
        "{texts:?}"
    );
    // A file without any population says so once, where it drew "population unknown" on
    // every bar of an axis of 0–1; its counts still chart.
    let mut none = common::illustrative();
    for region in &mut none.regions {
        region.population.clear();
    }
    let err = figure(&none, &o).unwrap_err();
    assert_eq!(
        err.message(Lang::En),
        "The data has no population figures, which a rate per 10,000 residents needs"
    );
    let counts = Options {
        measure: Measure::Count,
        ..o.clone()
    };
    assert!(figure(&none, &counts).is_ok());
    // A pie shares out counts whatever the measure, and says so: no message.
    let pie = Options {
        chart: ChartKind::Pie,
        ..o.clone()
    };
    assert!(figure(&none, &pie).is_ok());
    // The file's cell is blank, where the chart writes why: a line under the values says it.
    let csv = f.to_csv();
    let row = csv.lines().find(|l| l.starts_with("Shymkent,")).unwrap();
    assert_eq!(row.split(',').nth(1), Some(""), "{csv}");
    assert!(
        csv.contains("\r\nPopulation unknown: Shymkent\r\n"),
        "{csv}"
    );
    let counts = figure(
        &data,
        &Options {
            measure: Measure::Count,
            ..o
        },
    )
    .unwrap();
    assert!(!counts.to_csv().contains("Population unknown"));
}

#[test]
fn per_10k_of_the_seed_says_the_population_year_differs() {
    let o = Options {
        lang: Lang::Ru,
        measure: Measure::Per10k,
        ..opts(ChartKind::Bar)
    };
    let (f, _, texts) = draw(&common::zhetysu(), &o, 900.0);
    // 377 / 699 000 × 10 000 = 5.39…, written with the two decimals the chart's smallest
    // rate needs (7 party branches: 0,10), like every other value of it.
    let written: Vec<&str> = f.cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(written, ["5,39", "0,43", "0,80", "0,10"]);
    assert!(
        has(
            &texts,
            "Значения (2023) отнесены к численности населения 2022 года"
        ),
        "{texts:?}"
    );
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

/// Shares of each indicator's total of all regions were stacked and summed ("33,7 %" for a
/// region holding 8,1 % of the four counts together): they are drawn side by side, and say
/// why. A region's shares, all 100 %, were drawn on an axis to 120 %.
#[test]
fn stacked_shares_write_no_total_and_end_at_100_percent() {
    let data = common::illustrative();
    let four = regions(&["KZ-33", "KZ-10", "KZ-15", "KZ-75"]);
    for measure in [Measure::ShareOfTotal, Measure::ShareOfRegion] {
        let o = Options {
            lang: Lang::En,
            measure,
            regions: four.clone(),
            ..opts(ChartKind::Stacked)
        };
        let (f, s, texts) = draw(&data, &o, 900.0);
        if measure == Measure::ShareOfTotal {
            assert_eq!(f.kind, ChartKind::Grouped);
            assert!(has(
                &f.footer,
                "do not add up, so they are drawn side by side"
            ));
            // Nor, among all regions (East Kazakhstan lacks a figure), an incomplete one.
            let all = Options {
                regions: Vec::new(),
                ..o.clone()
            };
            let f = figure(&data, &all).unwrap();
            assert!(f.categories.iter().all(|c| c.note.is_none()));
            assert!(!has(&f.footer, "adds up the others only"), "{:?}", f.footer);
            continue;
        }
        // Every text right of the bars is a total; there are none.
        let ends = s.targets.iter().map(|t| t.mark.right()).fold(0.0, f64::max);
        let beyond: Vec<_> = s
            .texts()
            .filter(|t| {
                t.bounds.x > ends && t.bounds.y > s.plot.y && t.bounds.bottom() < s.plot.bottom()
            })
            .map(|t| t.text.clone())
            .collect();
        assert_eq!(beyond, Vec::<String>::new(), "{measure:?}");
        if measure == Measure::ShareOfRegion {
            assert!(texts.contains(&"100%".to_owned()), "{texts:?}");
            assert!(!has(&texts, "120"), "{texts:?}");
            assert!(f.cells.iter().all(|c| c.value.is_some()));
        }
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

/// A line without its first or last year had its change read as the whole span's (the
/// table's "Change 2021–2023" column, the legend), and its last value, written in the column
/// of end values, read as the last year's. Both now say their years.
#[test]
fn a_line_missing_an_end_year_says_which_years_its_figures_are() {
    let data = common::illustrative();
    let options = Options {
        lang: Lang::En,
        indicators: vec!["ethnocultural".into()],
        regions: regions(&["KZ-47", "KZ-63"]),
        ..opts(ChartKind::Trend)
    };
    let (f, _, texts) = draw(&data, &options, 900.0);
    let k = f.series.iter().position(|s| s.key == "KZ-63").unwrap();
    let (short, whole) = (&f.series[k], &f.series[1 - k]);
    let change = short.change.as_deref().unwrap();
    assert!(change.starts_with("2021–2022: "), "{change}");
    assert!(!whole.change.as_deref().unwrap().contains(':'));
    let last = f.cell(1, k).text.clone();
    assert!(texts.contains(&format!("{last} (2022)")), "{texts:?}");
    let table = f.table();
    assert_eq!(table.columns.last().unwrap(), "Change 2021–2023");
    assert!(table.rows[k].last().unwrap().starts_with("2021–2022: "));

    // And at the start: Almaty Region's media begin in 2022.
    let options = Options {
        lang: Lang::Ru,
        indicators: vec!["media".into()],
        regions: regions(&["KZ-19"]),
        ..opts(ChartKind::Trend)
    };
    let f = figure(&data, &options).unwrap();
    let change = f.series[0].change.as_deref().unwrap();
    assert!(change.starts_with("2022–2023: +"), "{change}");
}

/// The number an English text writes (after a span's colon, before a bracket, a unit or a
/// comma): `+0.3`, `−1.13 (−17.5%)`, `2022–2023: −55, −43.3%`.
fn number_in(t: &str) -> f64 {
    let t = t.rsplit(": ").next().unwrap();
    let t = t.split([',', '%', ' ', '\u{a0}']).next().unwrap();
    let t = t.replace('−', "-").replace('±', "");
    t.trim_start_matches('+')
        .parse()
        .unwrap_or_else(|_| panic!("{t:?}"))
}

/// How many decimals an English text writes its number with (`5.35`, `2.4%`: 2, 1).
fn decimals(t: &str) -> usize {
    t.split(['%', ' '])
        .next()
        .unwrap_or_default()
        .split('.')
        .nth(1)
        .map_or(0, str::len)
}

/// A trend's change is of its values before rounding, at the chart's decimals, as statistical
/// tables give it: Abai's 5,075 → 5,346 per 10 000 reads "5,1 → 5,3, +0,3, +5,3 %". Values
/// had taken decimals until their change agreed as written ("40,3, 15,68, 5,2656" in one
/// chart); only a line whose two values would read alike gets more.
#[test]
fn a_trends_change_is_of_its_values_at_the_charts_decimals() {
    let data = common::illustrative();
    let mut longer = 0;
    for measure in [Measure::Per10k, Measure::ShareOfTotal] {
        let options = Options {
            lang: Lang::En,
            measure,
            indicators: vec!["ngo".into()],
            ..opts(ChartKind::Trend)
        };
        let f = figure(&data, &options).unwrap();
        let last = f.categories.len() - 1;
        for (s, series) in f.series.iter().enumerate() {
            // Lines over fewer years say so, and are left out here.
            let Some(change) = series.change.as_deref().filter(|c| !c.contains(':')) else {
                continue;
            };
            let (a, b) = (&f.cell(0, s).text, &f.cell(last, s).text);
            let (va, vb) = (f.cell(0, s).value.unwrap(), f.cell(last, s).value.unwrap());
            let scale = 10f64.powi(decimals(a) as i32);
            let rounded = ((vb - va) * scale).round() / scale;
            assert!(
                (rounded - number_in(change)).abs() < 1e-9,
                "{}: {a} → {b}, {change}",
                series.label
            );
            // In per cent of the first value, also before rounding; a share's in points.
            if !change.ends_with("pp") {
                let percent = format!("{:.1}%", ((vb - va) / va * 100.0).abs());
                assert!(change.ends_with(&percent), "{}: {change}", series.label);
            }
            // The chart's decimals: the fewest of any value (none is given fewer).
            let written = f.cells.iter().filter(|c| c.value.is_some());
            let places = written.map(|c| decimals(&c.text)).min().unwrap();
            if decimals(a) > places {
                let at = |v: Option<f64>| (v.unwrap() * 10f64.powi(places as i32)).round();
                let alike = at(f.cell(0, s).value) == at(f.cell(last, s).value);
                assert!(alike, "{}: {a} → {b}, {change}", series.label);
                longer += 1;
            }
            assert_eq!(decimals(a), decimals(b), "{}: {a} → {b}", series.label);
        }
    }
    // Some lines needed it (10 of 20 shares, whose values read alike), not all.
    assert!((1..20).contains(&longer), "{longer}");
}

/// Two values that even three more decimals leave alike keep the chart's, beside a change
/// and a difference of ±0: "3.000000 → 3.000000, +0.000000" had said no more, in more digits.
#[test]
fn values_alike_past_three_more_decimals_differ_by_nothing() {
    let json = |a: f64, b: f64| {
        format!(
            r#"{{"format":"civic-stats/1","title":{{"en":"T"}},"illustrative":true,
            "source":{{"title":{{"en":"S"}},"publisher":"P","date":"2026","document":"D"}},
            "indicators":[{{"id":"x","unit":"number","name":{{"en":"X"}}}}],
            "regions":[
              {{"id":"A","name":{{"en":"A"}},"values":{{"2022":{{"x":{a}}},"2023":{{"x":{b}}}}}}},
              {{"id":"B","name":{{"en":"B"}},"values":{{"2022":{{"x":{b}}},"2023":{{"x":{a}}}}}}}]}}"#
        )
    };
    let trend = |a, b| {
        let data = civic_stats::data::parse_json(&json(a, b)).unwrap();
        let options = Options {
            lang: Lang::En,
            ..opts(ChartKind::Trend)
        };
        (figure(&data, &options).unwrap(), data)
    };
    let (f, data) = trend(3.0, 3.000_000_01);
    let texts: Vec<_> = f.cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["3.000", "3.000", "3.000", "3.000"]);
    assert_eq!(f.series[0].change.as_deref(), Some("±0.000, ±0.0%"));
    let compare = Options {
        lang: Lang::En,
        year: Some(2023),
        ..opts(ChartKind::Compare)
    };
    let f = figure(&data, &compare).unwrap();
    assert_eq!(f.categories[0].note.as_deref(), Some("±0.000 (±0.0%)"));
    // Told apart by one of the three, they take it.
    let (f, _) = trend(3.0, 3.000_4);
    assert_eq!(f.series[0].change.as_deref(), Some("+0.0004, +0.01%"));
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

/// Two values that differ are never written alike beside their difference: per 10 000
/// residents, 0,042 and 0,038 party branches read "0,04" and "0,04" next to "−0,004".
#[test]
fn a_comparison_writes_its_values_as_finely_as_their_difference() {
    let data = common::illustrative();
    let ids: Vec<String> = data.regions.iter().map(|r| r.id.clone()).collect();
    let mut refined = 0;
    for measure in [Measure::Count, Measure::Per10k] {
        for (k, a) in ids.iter().enumerate() {
            for b in &ids[k + 1..] {
                let options = Options {
                    lang: Lang::En,
                    measure,
                    regions: vec![a.clone(), b.clone()],
                    ..opts(ChartKind::Compare)
                };
                let Ok(f) = figure(&data, &options) else {
                    continue;
                };
                for (c, category) in f.categories.iter().enumerate() {
                    let (x, y) = (f.cell(c, 0), f.cell(c, 1));
                    let Some(note) = &category.note else { continue };
                    if x.value.is_none() || y.value.is_none() || note.starts_with('±') {
                        continue;
                    }
                    assert_ne!(
                        x.text, y.text,
                        "{a} {b} {measure:?} {}: {note}",
                        category.label
                    );
                    if x.text.len() > 4 && x.text.starts_with("0.0") {
                        refined += 1;
                    }
                }
            }
        }
    }
    assert!(refined > 0, "some pair needed the finer values");
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

#[test]
fn share_of_total_is_each_regions_part_of_all_regions() {
    let data = common::illustrative();
    let o = Options {
        measure: Measure::ShareOfTotal,
        indicators: vec!["party-branches".into()],
        ..opts(ChartKind::Bar)
    };
    let f = figure(&data, &o).unwrap();
    let sum: f64 = f.cells.iter().filter_map(|c| c.value).sum();
    assert!((sum - 100.0).abs() < 1e-6, "{sum}");
    assert!(f.percent);
    assert!(!has(&f.footer, "regions with data only"), "{:?}", f.footer);
}

/// Stacked shares of each indicator's own total are drawn side by side, and the footer says
/// why; of one indicator they are plain bars, and it said so all the same.
#[test]
fn stacked_shares_of_totals_say_they_are_side_by_side_only_when_they_are() {
    let data = common::illustrative();
    let side = "Shares of each indicator's own total do not add up, so they are drawn side by side, not stacked";
    let footer = |indicators: &[&str]| {
        let o = Options {
            lang: Lang::En,
            measure: Measure::ShareOfTotal,
            indicators: indicators.iter().map(|&i| i.into()).collect(),
            ..opts(ChartKind::Stacked)
        };
        figure(&data, &o).unwrap().footer
    };
    let two = footer(&["ngo", "media"]);
    assert!(two.iter().any(|l| l == side), "{two:?}");
    let one = footer(&["ngo"]);
    assert!(!one.iter().any(|l| l == side), "{one:?}");
}

/// Shares of a total that lacks regions said nothing of it: East Kazakhstan has no
/// ethnocultural centres figure for 2023, Mangystau no NGO figure for 2022, so those totals
/// are of 19 regions, and a per-10 000 trend's region without a population had a legend entry
/// and no line, unexplained.
#[test]
fn a_total_of_fewer_regions_and_a_line_that_cannot_be_drawn_are_named() {
    let data = common::illustrative();
    let bar = Options {
        lang: Lang::En,
        measure: Measure::ShareOfTotal,
        indicators: vec!["ethnocultural".into()],
        ..opts(ChartKind::Bar)
    };
    let f = figure(&data, &bar).unwrap();
    let note = "Totals of all regions add up the regions with data only: \
                Ethnocultural centres, 2023: 19 of 20";
    assert!(f.footer.iter().any(|l| l == note), "{:?}", f.footer);
    let trend = Options {
        lang: Lang::Ru,
        measure: Measure::ShareOfTotal,
        regions: regions(&["KZ-47", "KZ-33"]),
        indicators: vec!["ngo".into()],
        ..opts(ChartKind::Trend)
    };
    let f = figure(&data, &trend).unwrap();
    assert!(
        has(
            &f.footer,
            "рассчитана только по регионам с данными: Неправительственные организации, 2022: 19 из 20"
        ),
        "{:?}",
        f.footer
    );
    let per_10k = Options {
        lang: Lang::Ru,
        measure: Measure::Per10k,
        indicators: vec!["media".into()],
        ..opts(ChartKind::Trend)
    };
    let f = figure(&data, &per_10k).unwrap();
    assert!(
        has(&f.footer, "Без линии: Шымкент (население неизвестно)"),
        "{:?}",
        f.footer
    );
    assert!(
        !has(&f.footer, "Без линии: Шымкент (население неизвестно),"),
        "only Shymkent"
    );
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

/// "Share of the region's total" drew each region's share of all regions in a bar chart of
/// many regions (Abai 2,3 % where its NGOs are 77,1 % of its own total), and in trends and
/// comparisons too. (Values are rounded to one decimal, together where a region's cells are
/// drawn together: within 0.1 of the exact share.)
#[test]
fn a_share_of_the_region_divides_by_that_regions_own_total_in_every_kind() {
    let data = common::illustrative();
    let own_share = |r: usize, i: usize, y: usize| {
        let total: f64 = (0..data.indicators.len())
            .filter_map(|ii| data.value(r, y, ii))
            .sum();
        data.value(r, y, i).map(|v| v / total * 100.0)
    };
    for kind in [
        ChartKind::Bar,
        ChartKind::Trend,
        ChartKind::Compare,
        ChartKind::Grouped,
    ] {
        let options = Options {
            measure: Measure::ShareOfRegion,
            ..opts(kind)
        };
        let f = figure(&data, &options).unwrap();
        let mut checked = 0;
        for cell in &f.cells {
            let yy = data.year_index(cell.year).unwrap();
            let (Some(value), Some(expected)) =
                (cell.value, own_share(cell.region, cell.indicator, yy))
            else {
                continue;
            };
            assert!(
                (value - expected).abs() < 0.1001,
                "{kind:?}: {} {} {}: {value} ≠ {expected}",
                cell.region,
                cell.indicator,
                cell.year
            );
            checked += 1;
        }
        assert!(checked >= 2, "{kind:?}");
    }
}

/// The population line of a per-10 000 chart's footer was English on Kazakh and Russian
/// pages: the datasets now name their population sources, publishers too, in all three
/// languages.
#[test]
fn the_population_source_is_named_in_the_readers_language() {
    for (data, lang, wanted) in [
        (common::zhetysu(), Lang::Kk, "Ұлттық статистика бюросының"),
        (
            common::zhetysu(),
            Lang::Ru,
            "Первые данные Бюро национальной статистики",
        ),
        (common::illustrative(), Lang::Kk, "ойдан алынған халық саны"),
        (
            common::illustrative(),
            Lang::Ru,
            "Вымышленная численность населения",
        ),
    ] {
        let options = Options {
            lang,
            measure: Measure::Per10k,
            ..Options::default()
        };
        let f = figure(&data, &options).unwrap();
        let footer = f.footer.join("\n");
        assert!(footer.contains(wanted), "{lang}: {footer}");
        for english in ["population", "reporting", "project"] {
            assert!(!footer.contains(english), "{lang}: {footer}");
        }
    }
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

/// Two shares differ in percentage points: 7,6 % against 2,3 % was noted "+5,3 %".
#[test]
fn differences_between_percentages_are_in_percentage_points() {
    let data = common::illustrative();
    for (lang, unit) in [
        (Lang::En, "pp"),
        (Lang::Ru, "п.\u{a0}п."),
        (Lang::Kk, "п.\u{a0}т."),
    ] {
        let options = Options {
            lang,
            measure: Measure::ShareOfTotal,
            regions: regions(&["KZ-10", "KZ-11"]),
            ..opts(ChartKind::Compare)
        };
        let (f, _, texts) = draw(&data, &options, 800.0);
        let notes: Vec<&str> = f
            .categories
            .iter()
            .filter_map(|c| c.note.as_deref())
            .collect();
        assert!(!notes.is_empty());
        for note in &notes {
            assert!(note.ends_with(unit), "{lang}: {note}");
            assert!(!note.contains('%'), "{lang}: {note}");
            assert!(has(&texts, note), "{lang}: {note} drawn");
        }
    }
}

/// "−607 (−60,6 %)" did not say which region was taken from which, nor of which the per
/// cent is: the footer says.
#[test]
fn a_comparison_says_which_region_its_differences_subtract() {
    let data = common::illustrative();
    for (measure, wanted) in [
        (
            Measure::Count,
            "Difference: Abai Region minus Akmola Region; percentages relative to Akmola Region",
        ),
        (
            Measure::ShareOfTotal,
            "Difference: Abai Region minus Akmola Region",
        ),
    ] {
        let options = Options {
            lang: Lang::En,
            measure,
            regions: regions(&["KZ-10", "KZ-11"]),
            ..opts(ChartKind::Compare)
        };
        let (f, _, texts) = draw(&data, &options, 1200.0);
        assert!(f.footer.iter().any(|l| l == wanted), "{:?}", f.footer);
        assert!(has(&texts, "Difference: Abai Region minus"));
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

/// The average line ran through the values written at the bars' ends ("841", "831"): it now
/// steps around every text it crosses.
#[test]
fn the_reference_line_crosses_no_text() {
    use civic_stats::layout::{Paint, Shape};
    let data = common::illustrative();
    for width in [360.0, 390.0, 800.0, 1400.0] {
        for sort in [Sort::ValueDesc, Sort::Data] {
            let options = Options {
                reference: Some(Reference::Named(ReferenceName::Average)),
                sort,
                ..opts(ChartKind::Bar)
            };
            let (_, s, _) = draw(&data, &options, width);
            let dashes: Vec<_> = s
                .shapes
                .iter()
                .filter(|sh| {
                    matches!(
                        sh,
                        Shape::Line {
                            paint: Paint::Reference,
                            ..
                        }
                    )
                })
                .map(|sh| sh.bounds())
                .collect();
            assert!(dashes.len() > 10, "{width}: the line is drawn");
            for t in s.texts() {
                for d in &dashes {
                    // Nor touches one: a dash at a number's first digit read as "|841".
                    let crosses = d.x >= t.bounds.x - 3.0
                        && d.x <= t.bounds.right() + 3.0
                        && d.y < t.bounds.bottom()
                        && d.bottom() > t.bounds.y;
                    assert!(!crosses, "{width} {sort:?}: the line touches '{}'", t.text);
                }
            }
        }
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

/// In Russian, "область Абай", "область Жетісу" and "область Ұлытау" sorted under О: they
/// sort by the region's own name.
#[test]
fn russian_names_sort_by_the_regions_own_name() {
    let options = Options {
        lang: Lang::Ru,
        sort: Sort::Name,
        ..opts(ChartKind::Bar)
    };
    let (f, _, _) = draw(&common::illustrative(), &options, 800.0);
    let names: Vec<&str> = f.categories.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(names[0], "область Абай", "{names:?}");
    let at = |name: &str| names.iter().position(|n| *n == name).unwrap();
    assert!(
        at("область Жетісу") < at("Западно-Казахстанская область"),
        "{names:?}"
    );
    assert!(
        at("область Ұлытау") > at("Туркестанская область"),
        "{names:?}"
    );
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

/// East Kazakhstan lacks its ethnocultural centres: in a bar chart, trend or comparison of
/// shares of the region, its share was of the other indicators' sum without a word; in
/// grouped shares without its label saying so. Where one indicator is drawn across regions
/// or years, such a share is not given at all (see the next test).
#[test]
fn a_region_share_missing_a_part_is_said_in_every_kind() {
    let data = common::illustrative();
    let of_others = "East Kazakhstan Region: no data for some indicators, so shares are of the \
                     others' sum only";
    let none = "East Kazakhstan Region: no data for some indicators, so no share is given";
    for (kind, said) in [
        (ChartKind::Bar, none),
        (ChartKind::Trend, none),
        (ChartKind::Compare, of_others),
    ] {
        let options = Options {
            lang: Lang::En,
            measure: Measure::ShareOfRegion,
            regions: regions(&["KZ-63", "KZ-10"]),
            ..opts(kind)
        };
        let (f, _, texts) = draw(&data, &options, 900.0);
        assert!(
            f.footer.iter().any(|l| l == said),
            "{kind:?}: {:?}",
            f.footer
        );
        assert!(has(&texts, "East Kazakhstan Region: no data"), "{kind:?}");
    }
    let options = Options {
        lang: Lang::En,
        measure: Measure::ShareOfRegion,
        ..opts(ChartKind::Grouped)
    };
    let f = figure(&data, &options).unwrap();
    let noted: Vec<&str> = f
        .categories
        .iter()
        .filter(|c| c.note.is_some())
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(noted, ["KZ-63"]);
    // A region with every figure is not named.
    let options = Options {
        lang: Lang::En,
        measure: Measure::ShareOfRegion,
        regions: regions(&["KZ-10", "KZ-11"]),
        ..opts(ChartKind::Compare)
    };
    let f = figure(&data, &options).unwrap();
    assert!(
        f.footer.iter().all(|l| !l.contains("no data for some")),
        "{:?}",
        f.footer
    );
}

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

/// A bar chart of several regions and a trend draw one indicator, a pie one region and a
/// comparison two: what else the reader chose was left out without a word (a demo with two
/// indicators ticked showed the first as if it were the only one).
#[test]
fn a_kind_that_draws_less_than_was_chosen_says_what_it_drew() {
    let data = common::illustrative();
    let footer_of = |kind, regions: &[&str], indicators: &[&str]| {
        let o = Options {
            lang: Lang::En,
            regions: self::regions(regions),
            indicators: self::regions(indicators),
            ..opts(kind)
        };
        let (f, _, texts) = draw(&data, &o, 800.0);
        // Drawn, and as a line of the footer (the chart wraps it).
        assert!(has(&texts, "Only") == f.footer.iter().any(|l| l.contains("Only")));
        f.footer.join("\n")
    };
    let bar = footer_of(ChartKind::Bar, &[], &["media", "ngo"]);
    assert!(
        bar.contains("Only 'Mass media outlets' of the 2 indicators is shown"),
        "{bar}"
    );
    assert!(bar.contains("grouped and stacked charts show them all"));
    let trend = footer_of(ChartKind::Trend, &["KZ-33"], &["ngo", "media"]);
    assert!(trend.contains("of the 2 indicators is shown"), "{trend}");
    assert!(!trend.contains("grouped"));
    let pie = footer_of(ChartKind::Pie, &["KZ-33", "KZ-10"], &[]);
    assert!(
        pie.contains("Only 'Zhetysu Region' of the 2 regions"),
        "{pie}"
    );
    let compare = footer_of(ChartKind::Compare, &["KZ-33", "KZ-10", "KZ-11"], &[]);
    assert!(compare.contains("Only the first two of the 3 regions are compared"));
    // Nothing chosen is all of them: a pie of the first of twenty regions and bars of the
    // first of four indicators said nothing of the others.
    let pie = footer_of(ChartKind::Pie, &[], &[]);
    assert!(
        pie.contains("Only 'Abai Region' of the 20 regions is shown"),
        "{pie}"
    );
    let bar = footer_of(ChartKind::Bar, &[], &[]);
    assert!(bar.contains("of the 4 indicators is shown"), "{bar}");
    // Shares of a region's total with one indicator chosen are all 100 %: said so.
    let shares = footer_of(ChartKind::Share, &[], &["ngo"]);
    assert!(shares.contains("always 100%"), "{shares}");
    let o = Options {
        lang: Lang::En,
        measure: Measure::ShareOfRegion,
        ..opts(ChartKind::Bar)
    };
    assert!(!figure(&data, &o)
        .unwrap()
        .footer
        .join("\n")
        .contains("always 100"));
    // So are the seed's shares of the total of all regions, of which it has one: read as a
    // statistic, "100 %" of the country's organisations.
    let seed = common::zhetysu();
    for (lang, note) in [
        (Lang::En, "The data has one region only"),
        (Lang::Ru, "В данных один регион"),
        (Lang::Kk, "Деректерде бір ғана өңір бар"),
    ] {
        let o = Options {
            lang,
            measure: Measure::ShareOfTotal,
            ..opts(ChartKind::Bar)
        };
        let footer = figure(&seed, &o).unwrap().footer.join("\n");
        assert!(footer.contains(note), "{footer}");
        let o = Options {
            measure: Measure::ShareOfTotal,
            ..o
        };
        assert!(!figure(&data, &o).unwrap().footer.join("\n").contains(note));
    }
    // A region named twice is compared with nothing but itself: two regions are needed.
    let twice = Options {
        regions: regions(&["KZ-33", "KZ-33"]),
        ..opts(ChartKind::Compare)
    };
    assert!(figure(&data, &twice).is_err());
    // What was chosen is what is drawn: no note; an id given twice counts once, and a pie of
    // a highlighted region from outside the ones chosen draws it without one.
    let pie = Options {
        lang: Lang::En,
        regions: regions(&["KZ-10", "KZ-11"]),
        selected: Some("KZ-33".into()),
        ..opts(ChartKind::Pie)
    };
    assert!(!figure(&data, &pie)
        .unwrap()
        .footer
        .join("\n")
        .contains("Only"));
    for (kind, regions, indicators) in [
        (ChartKind::Bar, &[][..], &["ngo", "ngo"][..]),
        (ChartKind::Bar, &[][..], &["ngo"][..]),
        (ChartKind::Grouped, &[], &["ngo", "media"]),
        (ChartKind::Pie, &["KZ-33"], &[]),
        (ChartKind::Compare, &["KZ-33", "KZ-10"], &[]),
    ] {
        let footer = footer_of(kind, regions, indicators);
        assert!(!footer.contains("Only"), "{kind:?}: {footer}");
    }
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

/// The CSV download left out what the chart and table write beside the values: an analyst
/// checking it against the chart found no comparison's differences, no trend's changes and
/// no average line.
#[test]
fn the_csv_download_has_differences_changes_and_the_reference() {
    let data = common::illustrative();
    let csv = |o: Options| figure(&data, &o).unwrap().to_csv();
    let compare = csv(Options {
        lang: Lang::En,
        regions: regions(&["KZ-33", "KZ-10"]),
        ..opts(ChartKind::Compare)
    });
    let header = compare.lines().next().unwrap();
    assert!(
        header.ends_with(",Difference,\"Difference, %\""),
        "{header}"
    );
    // As numbers a spreadsheet can work with, where the chart writes "+607 (+154,1 %)".
    let f = figure(
        &data,
        &Options {
            lang: Lang::En,
            regions: regions(&["KZ-33", "KZ-10"]),
            ..opts(ChartKind::Compare)
        },
    )
    .unwrap();
    let (a, b) = (f.cells[0].value.unwrap(), f.cells[1].value.unwrap());
    let row = compare.lines().nth(1).unwrap();
    let percent = ((a - b) / b * 100.0 * 1e6).round() / 1e6;
    assert!(row.ends_with(&format!(",{},{percent}", a - b)), "{row}");
    assert!(
        !compare.contains(f.categories[0].note.as_ref().unwrap()),
        "{compare}"
    );
    // The footer's note fits the file too, where the per cents are a column, not brackets.
    let b = &f.series[1].label;
    let note = format!("; percentages relative to {b}\r\n");
    assert!(compare.contains(&note), "{compare}");
    // Differences of percentages are points, headed so, with no per cent of a per cent.
    let shares = csv(Options {
        lang: Lang::Ru,
        regions: regions(&["KZ-33", "KZ-10"]),
        measure: Measure::ShareOfRegion,
        ..opts(ChartKind::Compare)
    });
    let header = shares.lines().next().unwrap();
    assert!(header.ends_with(";Разница, п.\u{a0}п."), "{header}");
    let row = shares.lines().nth(1).unwrap();
    assert_eq!(
        row.split(';').count(),
        header.split(';').count(),
        "{shares}"
    );
    let points = row.rsplit(';').next().unwrap();
    assert!(points.replace(',', ".").parse::<f64>().is_ok(), "{row}");
    let trend = csv(Options {
        lang: Lang::Ru,
        regions: regions(&["KZ-33", "KZ-10"]),
        indicators: vec!["ngo".into()],
        ..opts(ChartKind::Trend)
    });
    // As numbers too, where the table writes "+64, +5,1 %": a row in the unit, one in per cent.
    let row = |csv: &str, heading: &str| -> Vec<String> {
        let line = csv.lines().find(|l| l.split(';').next() == Some(heading));
        let line = line.unwrap_or_else(|| panic!("a row {heading:?} in {csv}"));
        line.split(';').skip(1).map(str::to_owned).collect()
    };
    assert_eq!(row(&trend, "Изменение 2021–2023"), ["64", "20"], "{trend}");
    // Apart from the years, which a spreadsheet's table or chart would take them for.
    assert!(trend.contains("\r\n\r\nИзменение 2021–2023;"), "{trend}");
    let percent = row(&trend, "Изменение 2021–2023, %");
    assert!(
        percent[0].starts_with("5,12") && percent[1].starts_with("5,34"),
        "{trend}"
    );
    // A line without the last year has its change on rows of its own years, not the chart's.
    let short = csv(Options {
        lang: Lang::Ru,
        indicators: vec!["ethnocultural".into()],
        regions: regions(&["KZ-63", "KZ-47"]),
        ..opts(ChartKind::Trend)
    });
    let f = figure(
        &data,
        &Options {
            lang: Lang::Ru,
            indicators: vec!["ethnocultural".into()],
            regions: regions(&["KZ-63", "KZ-47"]),
            ..opts(ChartKind::Trend)
        },
    )
    .unwrap();
    let k = f.series.iter().position(|s| s.key == "KZ-63").unwrap();
    let whole = row(&short, "Изменение 2021–2023");
    let part = row(&short, "Изменение 2021–2022");
    assert!(whole[k].is_empty() && !whole[1 - k].is_empty(), "{short}");
    assert!(part[1 - k].is_empty(), "{short}");
    let (from, to) = (f.cell(0, k).value.unwrap(), f.cell(1, k).value.unwrap());
    assert_eq!(
        part[k],
        (to - from).to_string().replace('.', ","),
        "{short}"
    );
    assert_eq!(row(&short, "Изменение 2021–2022, %").len(), 2, "{short}");
    // The whole span first, though the line of the shorter one comes first.
    assert_eq!(k, 0, "{short}");
    let at = |heading: &str| short.find(&format!("\n{heading};")).unwrap();
    assert!(
        at("Изменение 2021–2023") < at("Изменение 2021–2022"),
        "{short}"
    );
    // Shares change by points: no per cent of a per cent.
    let shares = csv(Options {
        lang: Lang::Ru,
        indicators: vec!["ngo".into()],
        regions: regions(&["KZ-33", "KZ-10"]),
        measure: Measure::ShareOfTotal,
        ..opts(ChartKind::Trend)
    });
    assert_eq!(
        row(&shares, "Изменение 2021–2023, п.\u{a0}п.").len(),
        2,
        "{shares}"
    );
    assert!(!shares.contains("Изменение 2021–2023, %"), "{shares}");
    // What the reader hid in the legend is not in the file, nor in a pie's shares: said.
    let pie = csv(Options {
        lang: Lang::En,
        regions: regions(&["KZ-33"]),
        hidden: vec!["ngo".into()],
        ..opts(ChartKind::Pie)
    });
    assert!(!pie.contains("\nNon-governmental organisations,"), "{pie}");
    assert!(
        pie.contains("\r\nHidden in the legend: Non-governmental organisations\r\n"),
        "{pie}"
    );
    let bar = csv(Options {
        lang: Lang::En,
        indicators: vec!["ngo".into()],
        reference: Some(Reference::Named(ReferenceName::Average)),
        ..opts(ChartKind::Bar)
    });
    let label = figure(
        &data,
        &Options {
            lang: Lang::En,
            indicators: vec!["ngo".into()],
            reference: Some(Reference::Named(ReferenceName::Average)),
            ..opts(ChartKind::Bar)
        },
    )
    .unwrap()
    .reference
    .unwrap()
    .label;
    assert!(bar.contains(&label), "{label} in {bar}");
}

/// The CSV download opened as one column in Kazakh and Russian Excel (`,` separators, points
/// for decimals), its first header was empty and a trend's headers carried the legend's
/// changes: now `;` and decimal commas for kk and ru, `,` and points for English, a named
/// first column and plain names.
#[test]
fn the_csv_download_opens_in_a_spreadsheet_of_the_readers_language() {
    let seed = common::zhetysu();
    let csv = |data: &Dataset, o: Options| figure(data, &o).unwrap().to_csv();
    let kk = csv(
        &seed,
        Options {
            lang: Lang::Kk,
            ..opts(ChartKind::Bar)
        },
    );
    assert!(
        kk.starts_with("Көрсеткіш;Жетісу облысы\r\nҮкіметтік емес ұйымдар;377\r\n"),
        "{kk}"
    );
    // The source's address last, which a spreadsheet links and a reader can cite.
    assert!(
        kk.ends_with("\r\nhttps://taldykorgan-online.kz/?p=1730\r\n"),
        "{kk}"
    );
    let ru = csv(
        &seed,
        Options {
            lang: Lang::Ru,
            measure: Measure::Per10k,
            ..opts(ChartKind::Bar)
        },
    );
    assert!(
        ru.contains("\r\nНеправительственные организации;5,393419\r\n"),
        "{ru}"
    );
    let en = csv(
        &seed,
        Options {
            lang: Lang::En,
            measure: Measure::Per10k,
            ..opts(ChartKind::Bar)
        },
    );
    assert!(
        en.contains("\r\nNon-governmental organisations,5.393419\r\n"),
        "{en}"
    );
    // A trend: years down, regions across, by their names alone.
    let data = common::illustrative();
    let trend = csv(
        &data,
        Options {
            lang: Lang::Ru,
            regions: regions(&["KZ-33", "KZ-10"]),
            ..opts(ChartKind::Trend)
        },
    );
    let header = trend.lines().next().unwrap();
    assert_eq!(header, "Год;область Жетісу;область Абай");
    // Regions down: the first column says so; the sources follow after an empty row.
    let bars = csv(
        &data,
        Options {
            lang: Lang::Kk,
            ..opts(ChartKind::Grouped)
        },
    );
    assert!(bars.starts_with("Өңір;"), "{bars}");
    assert!(bars.contains("\r\n\r\n"), "{bars}");
    assert!(bars.contains("\r\nДереккөз: "), "{bars}");
}

/// What a screen reader hears: sentences that start with a capital («область Жетісу» opens
/// one in Russian), footer lines that end before the next begins, and a donut's values not
/// bracketed twice.
#[test]
fn the_summary_reads_as_sentences() {
    let seed = common::zhetysu();
    let summary = |o: Options| figure(&seed, &o).unwrap().summary();
    let ru = summary(Options {
        lang: Lang::Ru,
        ..opts(ChartKind::Bar)
    });
    // It is the chart's description, after its name, the title: it starts after the title.
    assert!(ru.starts_with("Область Жетісу, 2023. "), "{ru}");
    assert!(ru.contains("470. Источник: "), "{ru}");
    // The subtitle, a line of its own on the chart, too.
    let o = Options {
        lang: Lang::Ru,
        ..opts(ChartKind::Bar)
    };
    let (f, _, texts) = draw(&seed, &o, 900.0);
    assert!(has(&texts, "Область Жетісу, 2023"), "{texts:?}");
    // ... and mid-line in the table's caption and the CSV as in running text.
    assert_eq!(f.subtitle, "область Жетісу, 2023");
    assert!(f
        .to_csv()
        .contains("\r\nКоличество (область Жетісу, 2023)\r\n"));
    let rates = summary(Options {
        lang: Lang::Ru,
        measure: Measure::Per10k,
        ..opts(ChartKind::Bar)
    });
    assert!(rates.contains(", 2023. Население (2022): "), "{rates}");
    // What the figures are: the axis title had been the only place that said so.
    assert!(
        rates.contains(". На 10\u{a0}000 жителей. Наибольшее: "),
        "{rates}"
    );
    assert!(ru.ends_with('.'), "{ru}");
    let donut = summary(Options {
        lang: Lang::En,
        ..opts(ChartKind::Donut)
    });
    assert!(
        donut.contains("Non-governmental organisations — 80,2 % (377)")
            || donut.contains("Non-governmental organisations — 80.2% (377)"),
        "{donut}"
    );
    assert!(!donut.contains("))"), "{donut}");
    // A trend's lines are named without their change, which ran into the value's brackets.
    let trend = figure(
        &common::illustrative(),
        &Options {
            lang: Lang::En,
            regions: regions(&["KZ-47", "KZ-33"]),
            indicators: vec!["ngo".into()],
            ..opts(ChartKind::Trend)
        },
    )
    .unwrap()
    .summary();
    assert!(
        trend.contains("Largest: 2023 · Zhetysu Region (1,313)"),
        "{trend}"
    );
}

/// A per-10 000 trend divided 2021 and 2022 by the 2023 population, and its footer named 2021
/// only.
#[test]
fn every_year_divided_by_another_years_population_is_named() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        measure: Measure::Per10k,
        ..opts(ChartKind::Trend)
    };
    let f = figure(&data, &o).unwrap();
    let footer = f.footer.join("\n");
    assert!(
        footer.contains("2021, 2022 values are divided by the 2023 population"),
        "{footer}"
    );
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

/// Ranks were said only by the tooltip: the table (what screen readers and analysts read)
/// and the CSV download carry them too, where the chart ranks regions.
#[test]
fn the_table_and_the_csv_rank_the_regions_of_a_bar_chart() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        measure: Measure::Per10k,
        ..opts(ChartKind::Bar)
    };
    let f = figure(&data, &o).unwrap();
    let table = f.table();
    assert_eq!(table.columns.last().map(String::as_str), Some("Rank"));
    let aqtobe = table.rows.iter().find(|r| r[0] == "Aktobe Region").unwrap();
    assert_eq!(aqtobe.last().map(String::as_str), Some("1"), "{aqtobe:?}");
    let shymkent = table.rows.iter().find(|r| r[0] == "Shymkent").unwrap();
    assert_eq!(
        shymkent.last().map(String::as_str),
        Some(""),
        "no population, no rank"
    );
    let csv = f.to_csv();
    assert!(csv.lines().next().unwrap().ends_with(",Rank"), "{csv}");
    assert!(csv.contains("\r\nAktobe Region,8.5"), "{csv}");
    // The file ranks its own figures, written with six decimals: 6.533056 and 6.474359 had
    // shared the chart's rank of "6.5". A larger one ranks higher, equal ones alike.
    let rows: Vec<(f64, usize)> = (csv.lines().skip(1))
        .filter_map(|l| {
            let fields: Vec<&str> = l.rsplitn(3, ',').collect();
            Some((fields.get(1)?.parse().ok()?, fields[0].parse().ok()?))
        })
        .collect();
    assert!(rows.len() >= 19, "{csv}");
    for &(v, rank) in &rows {
        for &(w, other) in &rows {
            assert_eq!(v > w, rank < other, "{v} ranks {rank}, {w} {other}");
        }
    }
    // Every rank as the tooltip says it, for each measure, and of the values as written: an
    // analyst's review found six bars reading "5.4" ranked 7th to 12th by unwritten decimals.
    // Bars written alike share a rank; one written larger ranks higher.
    for measure in [Measure::Count, Measure::Per10k, Measure::ShareOfTotal] {
        let f = figure(
            &data,
            &Options {
                measure,
                ..o.clone()
            },
        )
        .unwrap();
        let written: Vec<Option<f64>> = (f.cells.iter())
            .map(|c| c.text.trim_end_matches('%').replace(',', "").parse().ok())
            .collect();
        let ranks = f.ranks().unwrap();
        let mut tied = 0;
        for (c, rank) in ranks.iter().enumerate() {
            assert_eq!(
                *rank,
                civic_stats::stats::measure::rank_of(written.iter().copied(), c, f.decimals),
                "{measure:?} {c}"
            );
            if let Some(rank) = rank {
                let said = format!("rank {rank} of ");
                assert!(f.tooltip(c, 0).iter().any(|l| l.starts_with(&said)), "{c}");
            }
            tied += (0..c)
                .filter(|&d| written[d].is_some() && written[d] == written[c])
                .count();
        }
        if measure == Measure::Per10k {
            assert!(tied > 0, "the illustrative rates have bars written alike");
        }
    }
    // Where the chart does not rank regions, neither does the table.
    let grouped = figure(&data, &opts(ChartKind::Grouped)).unwrap().table();
    assert!(!grouped.columns.iter().any(|c| c == "Rank" || c == "Орны"));
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

/// A region to highlight that the data does not have was left out without a word, where an
/// unknown region in `regions` is named: both are now.
#[test]
fn an_unknown_region_to_highlight_is_named() {
    let data = common::illustrative();
    for (regions, selected) in [(vec![], "KZ-99"), (vec!["KZ-99".to_owned()], "KZ-33")] {
        let o = Options {
            regions,
            selected: Some(selected.into()),
            ..opts(ChartKind::Bar)
        };
        let error = figure(&data, &o).expect_err("an unknown region");
        // With the ids there are, which an embed's author had to guess.
        let message = error.message(Lang::En);
        assert!(message.starts_with("the data has no region 'KZ-99'; it has KZ-10, KZ-11, "));
        assert!(message.ends_with(", KZ-75, KZ-79"), "{message}");
    }
    let none = Options {
        selected: Some(String::new()),
        ..opts(ChartKind::Bar)
    };
    assert!(figure(&data, &none).is_ok(), "an empty highlight is none");
}

/// `regions="Almaty"` and `indicators="NGO"` refused the chart, and a wrong indicator or
/// year did not say which there are. Regions are found by name in any of the three
/// languages and any case, indicators by id in any case or by name; a refusal lists the
/// ids or years the data has.
#[test]
fn options_name_regions_and_indicators_as_people_write_them() {
    let data = common::illustrative();
    let ok = |regions: &[&str], indicators: &[&str]| {
        let o = Options {
            lang: Lang::En,
            regions: regions.iter().map(|r| r.to_string()).collect(),
            indicators: indicators.iter().map(|i| i.to_string()).collect(),
            ..opts(ChartKind::Grouped)
        };
        let f = figure(&data, &o).unwrap_or_else(|e| panic!("{regions:?}: {e}"));
        let names: Vec<String> = f.categories.iter().map(|c| c.label.clone()).collect();
        (
            names,
            f.series.iter().map(|s| s.key.clone()).collect::<Vec<_>>(),
        )
    };
    let (names, _) = ok(&["Almaty", "область Жетісу", "ASTANA", "kz-10"], &[]);
    assert_eq!(names.len(), 4, "{names:?}");
    for name in ["Almaty", "Zhetysu Region", "Astana", "Abai Region"] {
        assert!(names.contains(&name.to_owned()), "{name} in {names:?}");
    }
    let (_, series) = ok(&["KZ-33", "KZ-75"], &["NGO", "Mass media outlets"]);
    assert_eq!(series, ["ngo", "media"]);
    // As an attribute writes them: a comma between names, which have spaces.
    let mut o = opts(ChartKind::Grouped);
    // A no-break space pasted from a web page, or two spaces, are spaces.
    o.set("regions", "almaty, Zhetysu\u{a0}Region,  Abai  Region")
        .unwrap();
    assert_eq!(o.regions, ["almaty", "Zhetysu\u{a0}Region", "Abai  Region"]);
    assert_eq!(figure(&data, &o).unwrap().categories.len(), 3);

    let refused = |o: Options| figure(&data, &o).unwrap_err().message(Lang::Ru);
    let indicator = refused(Options {
        indicators: vec!["parties".into()],
        ..opts(ChartKind::Bar)
    });
    assert_eq!(
        indicator,
        "в данных нет показателя «parties»; есть: ngo, ethnocultural, media, party-branches"
    );
    let year = refused(Options {
        year: Some(2019),
        ..opts(ChartKind::Bar)
    });
    assert_eq!(year, "в данных нет 2019 года; есть: 2021, 2022, 2023");
}

/// A summary adds up counts only, and names the largest and smallest only among values of one
/// unit: an average and a percentage were summed with counts ("Total: 62.4"), a comparison
/// added its two regions together, and one of two tied regions was "the largest".
#[test]
fn the_summary_adds_up_counts_only_and_names_every_tie() {
    let json = r#"{
      "format": "civic-stats/1", "title": {"en": "Units"}, "illustrative": true,
      "source": {"title": {"en": "Test figures"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/chart_kinds.rs"},
      "indicators": [
        {"id": "avg", "unit": "number", "name": {"en": "Staff per NGO"}},
        {"id": "pct", "unit": "percent", "name": {"en": "NGOs with grants"}},
        {"id": "ngo", "unit": "count", "name": {"en": "NGOs"}}
      ],
      "regions": [
        {"id": "KZ-10", "values": {"2023": {"avg": 0.875, "pct": 12.25, "ngo": 5}}},
        {"id": "KZ-11", "values": {"2023": {"avg": 1.25, "pct": 40, "ngo": 5}}},
        {"id": "KZ-15", "values": {"2023": {"avg": 1.25, "pct": 40, "ngo": 3}}}
      ]
    }"#;
    let data = civic_stats::data::parse_json(json).unwrap();
    let summary = |kind, indicators: &[&str], ids: &[&str]| {
        let o = Options {
            lang: Lang::En,
            indicators: indicators.iter().map(|&i| i.into()).collect(),
            regions: regions(ids),
            ..opts(kind)
        };
        figure(&data, &o).unwrap().summary()
    };
    let averages = summary(ChartKind::Bar, &["avg"], &[]);
    assert!(!averages.contains("Total"), "{averages}");
    assert!(
        averages.contains(
            "Largest: Akmola Region, Aktobe Region (1.250); smallest: Abai Region (0.875)."
        ),
        "{averages}"
    );
    let counts = summary(ChartKind::Bar, &["ngo"], &[]);
    assert!(counts.contains("Total: 13."), "{counts}");
    assert!(
        counts.contains("Largest: Abai Region, Akmola Region (5)"),
        "{counts}"
    );
    let compared = summary(ChartKind::Compare, &[], &["KZ-10", "KZ-11"]);
    assert!(!compared.contains("Total"), "{compared}");
    assert!(!compared.contains("Largest"), "{compared}");
    // All equal: nothing is the largest.
    let equal = summary(ChartKind::Bar, &["ngo"], &["KZ-10", "KZ-11"]);
    assert!(!equal.contains("Largest"), "{equal}");
    assert!(equal.contains("Total: 10."), "{equal}");
}

/// A dataset of one indicator, NGOs, in 2023, with each region's count and population.
fn rates_data(regions: &[(&str, u32, u64)]) -> Dataset {
    let regions: Vec<String> = (regions.iter())
        .map(|(id, ngo, population)| {
            format!(
                r#"{{"id": "{id}", "population": [{{"year": 2023, "value": {population}, "source": {{"title": {{"en": "Test population"}}, "publisher": {{"en": "tests"}}, "date": "2026", "document": "tests/chart_kinds.rs"}}}}], "values": {{"2023": {{"ngo": {ngo}}}}}}}"#
            )
        })
        .collect();
    let json = format!(
        r#"{{
      "format": "civic-stats/1", "title": {{"en": "Rates"}}, "illustrative": true,
      "source": {{"title": {{"en": "Test figures"}}, "publisher": {{"en": "tests"}}, "date": "2026", "document": "tests/chart_kinds.rs"}},
      "indicators": [{{"id": "ngo", "unit": "count", "name": {{"en": "NGOs"}}}}],
      "regions": [{}]
    }}"#,
        regions.join(", ")
    );
    civic_stats::data::parse_json(&json).unwrap()
}

/// The summary's largest and smallest are every region whose value reads alike, as ranks
/// are given: of 5.41 and 5.38 per 10 000, both written "5.4", it named only the second.
#[test]
fn the_summary_names_every_value_that_reads_as_the_smallest() {
    let million = 1_000_000;
    let data = rates_data(&[
        ("KZ-10", 541, million),
        ("KZ-11", 538, million),
        ("KZ-15", 700, million),
    ]);
    let rates = |ids: &[&str]| {
        let o = Options {
            lang: Lang::En,
            measure: Measure::Per10k,
            regions: regions(ids),
            ..opts(ChartKind::Bar)
        };
        figure(&data, &o).unwrap().summary()
    };
    let summary = rates(&[]);
    assert!(
        summary
            .contains("Largest: Aktobe Region (7.0); smallest: Abai Region, Akmola Region (5.4)."),
        "{summary}"
    );
    // Two that read alike have no largest and smallest.
    let alike = rates(&["KZ-10", "KZ-11"]);
    assert!(!alike.contains("Largest"), "{alike}");
}

/// A region's shares of a total lacking a part are not weighed against complete ones in the
/// summary: Mangystau's media, alone of its total in 2022, had been "the largest" at 100 %.
#[test]
fn shares_of_an_incomplete_total_are_not_the_summarys_largest() {
    let o = Options {
        lang: Lang::En,
        measure: Measure::ShareOfRegion,
        year: Some(2022),
        indicators: vec!["ngo".into(), "media".into()],
        regions: regions(&["KZ-10", "KZ-63", "KZ-47"]),
        ..opts(ChartKind::Grouped)
    };
    let f = figure(&common::illustrative(), &o).unwrap();
    let summary = f.summary();
    let mangystau = f.categories.iter().find(|c| c.key == "KZ-47").unwrap();
    assert_eq!(mangystau.note.as_deref(), Some("incomplete"), "{summary}");
    assert!(summary.contains("Largest: "), "{summary}");
    assert!(!summary.contains("Mangystau"), "{summary}");
}

/// A rate that rounds to nothing is written with the decimals that show it, and ranked above
/// a region with none: one NGO among 2,2 million residents read "0.00" per 10 000, tied
/// with a region of none, and the summary named both the smallest.
#[test]
fn a_rate_that_rounds_to_nothing_is_not_written_or_ranked_as_none() {
    let data = rates_data(&[
        ("KZ-75", 1, 2_200_000),
        ("KZ-11", 0, 780_000),
        ("KZ-33", 377, 699_000),
    ]);
    let o = Options {
        lang: Lang::En,
        measure: Measure::Per10k,
        ..opts(ChartKind::Bar)
    };
    let f = figure(&data, &o).unwrap();
    let texts: Vec<_> = f.cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["0.005", "0.00", "5.39"]);
    assert_eq!(f.ranks(), Some(vec![Some(2), Some(3), Some(1)]));
    let summary = f.summary();
    assert!(
        summary.contains("smallest: Akmola Region (0.00)."),
        "{summary}"
    );
    let tooltip = f.tooltip(0, 0);
    assert!(tooltip.iter().any(|l| l.contains("2 of 3")), "{tooltip:?}");
    // Three more decimals that still show nothing are not written: "0.00000" said no more.
    let none = rates_data(&[("KZ-75", 1, 20_000_000_000), ("KZ-33", 377, 699_000)]);
    let f = figure(&none, &o).unwrap();
    assert_eq!(f.cells[0].text, "0.00");
    // A stack's total is written as its parts are: 0.001 and 0.001 had made "0.00".
    let json = r#"{
      "format": "civic-stats/1", "title": {"en": "Rates"}, "illustrative": true,
      "source": {"title": {"en": "Test figures"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/chart_kinds.rs"},
      "indicators": [{"id": "ngo", "unit": "count", "name": {"en": "NGOs"}}, {"id": "media", "unit": "count", "name": {"en": "Media"}}],
      "regions": [
        {"id": "KZ-75", "population": [{"year": 2023, "value": 10000000, "source": {"title": {"en": "Test population"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/chart_kinds.rs"}}], "values": {"2023": {"ngo": 1, "media": 1}}},
        {"id": "KZ-33", "population": [{"year": 2023, "value": 1000000, "source": {"title": {"en": "Test population"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/chart_kinds.rs"}}], "values": {"2023": {"ngo": 500, "media": 100}}}
      ]
    }"#;
    let stacked = Options {
        chart: ChartKind::Stacked,
        ..o
    };
    let f = figure(&civic_stats::data::parse_json(json).unwrap(), &stacked).unwrap();
    assert_eq!(f.totals()[0].as_deref(), Some("0.002"));
}

/// The regions combined, per 10 000 residents, are their counts over their population: the
/// rate of all of them together, which an analyst compares a region with. The mean of their
/// rates weighs a small region as much as a large one (6.0 here, against 5.14).
#[test]
fn the_regions_combined_are_their_counts_over_their_population() {
    let data = rates_data(&[
        ("KZ-10", 100, 100_000),
        ("KZ-11", 1_000, 2_000_000),
        ("KZ-15", 30, 100_000),
    ]);
    let line = |reference: &str, measure: &str, chart: &str| {
        let mut o = Options {
            lang: Lang::En,
            ..Options::default()
        };
        for (name, value) in [
            ("reference", reference),
            ("measure", measure),
            ("chart", chart),
        ] {
            o.set(name, value).unwrap();
        }
        let f = figure(&data, &o).unwrap();
        (f.reference.map(|r| r.label), f.footer)
    };
    let (combined, _) = line("overall", "per-10k", "bar");
    assert_eq!(combined.as_deref(), Some("Regions combined: 5.14"));
    let (average, _) = line("average", "per-10k", "bar");
    assert_eq!(average.as_deref(), Some("Average of the regions: 6.0"));
    // Of counts, or of a trend, there is no such rate: the footer says where it is drawn.
    for (measure, chart) in [
        ("count", "bar"),
        ("per-10k", "trend"),
        ("share-of-total", "bar"),
    ] {
        let (drawn, footer) = line("overall", measure, chart);
        assert_eq!(drawn, None, "{measure} {chart}");
        let note = "A line of the regions combined is drawn only for bars of one indicator per 10,000 residents";
        assert!(footer.iter().any(|l| l == note), "{footer:?}");
    }
}

/// A reference line says the number it was given (7.5 was labelled "8" on a chart of counts,
/// 6.25 "6.3" per 10 000), and an average of counts its half (62.5 was "63").
#[test]
fn a_reference_is_written_as_given_and_an_average_with_a_decimal_more() {
    let seed = common::zhetysu();
    let label = |reference, measure| {
        let o = Options {
            lang: Lang::En,
            reference: Some(reference),
            measure,
            ..opts(ChartKind::Bar)
        };
        figure(&seed, &o).unwrap().reference.unwrap().label
    };
    assert_eq!(
        label(Reference::Value(7.5), Measure::Count),
        "Reference: 7.5"
    );
    assert_eq!(
        label(Reference::Value(1234.5), Measure::Count),
        "Reference: 1,234.5"
    );
    assert_eq!(
        label(Reference::Value(10.0), Measure::Count),
        "Reference: 10"
    );
    assert_eq!(
        label(Reference::Value(6.25), Measure::Per10k),
        "Reference: 6.25"
    );
    // 394 and 1 001 NGOs: 697.5.
    let average = Reference::Named(ReferenceName::Average);
    let o = Options {
        lang: Lang::En,
        reference: Some(average),
        regions: regions(&["KZ-10", "KZ-11"]),
        indicators: vec!["ngo".into()],
        ..opts(ChartKind::Bar)
    };
    let f = figure(&common::illustrative(), &o).unwrap();
    assert_eq!(f.reference.unwrap().label, "Average of the regions: 697.5");
}

/// An average is of regions: the seed's one region has NGOs, centres, media and parties,
/// whose "Average: 117.5" meant nothing. A line below 0, or past 100 % on a chart of
/// percentages (a 100 % chart's axis ran to 1 000 %), is not drawn; each footer says why.
#[test]
fn a_reference_off_the_scale_or_an_average_of_one_region_is_not_drawn_and_said() {
    let seed = common::zhetysu();
    let footer_of = |kind, measure, reference| {
        let o = Options {
            lang: Lang::En,
            reference: Some(reference),
            measure,
            ..opts(kind)
        };
        let f = figure(&seed, &o).unwrap();
        assert_eq!(f.reference, None, "{kind:?} {measure:?} {reference:?}");
        f.footer
    };
    let average = Reference::Named(ReferenceName::Average);
    let note = "An average line is drawn only for bars of one indicator or for stacks' totals";
    for kind in [ChartKind::Bar, ChartKind::Stacked] {
        let footer = footer_of(kind, Measure::Count, average);
        assert!(footer.iter().any(|l| l == note), "{kind:?}: {footer:?}");
    }
    let off = "The reference value is outside this chart's scale, so no line is drawn";
    for (kind, measure, value) in [
        (ChartKind::Bar, Measure::Count, -100.0),
        (ChartKind::Share, Measure::Count, 900.0),
        (ChartKind::Bar, Measure::ShareOfRegion, 100.5),
    ] {
        let footer = footer_of(kind, measure, Reference::Value(value));
        assert!(
            footer.iter().any(|l| l == off),
            "{kind:?} {value}: {footer:?}"
        );
    }
    // 100 % itself, and 0, are on the scale.
    for (kind, value) in [(ChartKind::Share, 100.0), (ChartKind::Bar, 0.0)] {
        let o = Options {
            lang: Lang::En,
            reference: Some(Reference::Value(value)),
            ..opts(kind)
        };
        assert!(
            figure(&seed, &o).unwrap().reference.is_some(),
            "{kind:?} {value}"
        );
    }
}

/// A region's shares of its total read the same in every chart and add up to 100: a comparison
/// rounded East Kazakhstan's media to 13,9 % where the 100 % bar wrote 13,8 %, and its three
/// shares made 100,1. The CSV keeps the exact shares, which the 100 % chart had rounded.
#[test]
fn a_regions_shares_read_alike_in_every_chart_and_add_up_to_100() {
    let data = common::illustrative();
    let shares_of = |kind, ids: &[&str]| {
        let o = Options {
            lang: Lang::En,
            measure: Measure::ShareOfRegion,
            regions: regions(ids),
            ..opts(kind)
        };
        figure(&data, &o).unwrap()
    };
    let region = "KZ-63";
    let written = |f: &Figure| -> Vec<String> {
        let id = f.regions.iter().position(|r| r.id == region).unwrap();
        f.cells
            .iter()
            .filter(|c| c.region == id && c.value.is_some())
            .map(|c| c.text.clone())
            .collect()
    };
    let compare = written(&shares_of(ChartKind::Compare, &["KZ-33", region]));
    let share = written(&shares_of(ChartKind::Share, &["KZ-33", region]));
    let bars = written(&shares_of(ChartKind::Bar, &[region]));
    assert_eq!(compare, share);
    assert_eq!(compare, bars);
    let sum: f64 = compare
        .iter()
        .map(|t| t.trim_end_matches('%').parse::<f64>().unwrap())
        .sum();
    assert!((sum - 100.0).abs() < 1e-9, "{compare:?}");
    // Every label says its bar's own share, to the decimal: a bar across regions and a trend
    // had each region's one cell shared out alone ("100,0 %" on every bar), and a grouped
    // chart with a series switched off shared the others out anew (89,1 % on a 75,8 % bar).
    let alike = |f: &Figure| {
        for cell in f.cells.iter().filter(|c| c.value.is_some()) {
            let written: f64 = cell.text.trim_end_matches('%').parse().unwrap();
            let exact = cell.value.unwrap();
            assert!(
                (written - exact).abs() <= 0.1 + 1e-9,
                "{} for {exact}",
                cell.text
            );
        }
    };
    for kind in [ChartKind::Bar, ChartKind::Trend, ChartKind::Grouped] {
        let o = Options {
            lang: Lang::En,
            measure: Measure::ShareOfRegion,
            hidden: match kind {
                ChartKind::Grouped => vec!["media".into()],
                _ => Vec::new(),
            },
            ..opts(kind)
        };
        let f = figure(&data, &o).unwrap();
        assert!(f.cells.iter().any(|c| c.text != "100.0%"), "{kind:?}");
        alike(&f);
    }
    let csv = shares_of(ChartKind::Share, &["KZ-33", region]).to_csv();
    assert!(
        csv.lines()
            .any(|l| l.starts_with("East Kazakhstan Region,") && l.contains(",13.856655,")),
        "{csv}"
    );
}

/// Per 10 000 residents with each region's population from its own source and year: the
/// footer cited the first region's source only, and said "2021, 2023 values are divided by the
/// 2022 population" of a region whose 2023 values were divided by its own 2023 population.
#[test]
fn every_population_source_is_cited_and_each_regions_years_are_named() {
    let source = |title: &str| {
        format!(
            r#"{{"title": {{"en": "{title}"}}, "publisher": {{"en": "BNS"}}, "date": "2024", "document": "tests"}}"#
        )
    };
    let json = format!(
        r#"{{
      "format": "civic-stats/1", "title": {{"en": "Rates"}}, "illustrative": true,
      "source": {},
      "indicators": [{{"id": "ngo", "unit": "count", "name": {{"en": "NGOs"}}}}],
      "regions": [
        {{"id": "KZ-10", "population": [
            {{"year": 2021, "value": 600000, "source": {}}},
            {{"year": 2023, "value": 610000, "source": {}}}],
          "values": {{"2021": {{"ngo": 300}}, "2022": {{"ngo": 310}}, "2023": {{"ngo": 320}}}}}},
        {{"id": "KZ-11", "population": [{{"year": 2022, "value": 700000, "source": {}}}],
          "values": {{"2021": {{"ngo": 400}}, "2022": {{"ngo": 410}}, "2023": {{"ngo": 420}}}}}}
      ]
    }}"#,
        source("Test figures"),
        source("Census 2021"),
        source("Census 2021"),
        source("Estimate 2022")
    );
    let data = civic_stats::data::parse_json(&json).unwrap();
    let o = Options {
        lang: Lang::En,
        measure: Measure::Per10k,
        ..opts(ChartKind::Trend)
    };
    let footer = figure(&data, &o).unwrap().footer;
    let has = |line: &str| footer.iter().any(|l| l == line);
    assert!(
        has("Population (2021, 2023): Census 2021 — BNS, 2024"),
        "{footer:?}"
    );
    assert!(
        has("Population (2022): Estimate 2022 — BNS, 2024"),
        "{footer:?}"
    );
    assert!(
        has("Akmola Region: 2021, 2023 values are divided by the 2022 population"),
        "{footer:?}"
    );
    assert!(
        !footer.iter().any(|l| l.starts_with("2021, 2023 values")),
        "{footer:?}"
    );
    let o = Options {
        lang: Lang::Ru,
        ..o
    };
    let footer = figure(&data, &o).unwrap().footer;
    assert!(
        footer.contains(
            &"Акмолинская область: значения (2021, 2023) отнесены к численности населения 2022 года"
                .to_owned()
        ),
        "{footer:?}"
    );
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

/// The CSV holds what a pie and a stack draw from their values (a pie's shares, a stack's
/// totals), and text from a file that a spreadsheet would run as a formula stays text.
#[test]
fn the_csv_has_a_pies_shares_a_stacks_totals_and_no_formulas() {
    let seed = common::zhetysu();
    let csv = |kind| {
        let o = Options {
            lang: Lang::Ru,
            ..opts(kind)
        };
        figure(&seed, &o).unwrap().to_csv()
    };
    let pie = csv(ChartKind::Pie);
    let lines: Vec<&str> = pie.lines().collect();
    assert_eq!(
        lines[0],
        "Показатель;область Жетісу;Доля в итоге региона, %"
    );
    // 377 of 470.
    assert_eq!(lines[1], "Неправительственные организации;377;80,212766");
    // Under the values, the chart's title first: a file on its own says what it holds.
    let blank = lines.iter().position(|l| l.is_empty()).unwrap();
    assert_eq!(lines[blank + 1], "Гражданское общество области Жетісу");
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        regions: regions(&["KZ-33", "KZ-10"]),
        ..opts(ChartKind::Stacked)
    };
    let stacked = figure(&data, &o).unwrap().to_csv();
    let lines: Vec<&str> = stacked.lines().collect();
    assert!(lines[0].ends_with(",Total"), "{stacked}");
    assert!(
        lines[1].starts_with("Zhetysu Region,1313,") && lines[1].ends_with(",1732"),
        "{stacked}"
    );
    // ... and the table view, as the chart writes them beside the bars.
    let table = figure(&data, &o).unwrap().table();
    assert_eq!(table.columns.last().map(String::as_str), Some("Total"));
    assert_eq!(table.rows[0].last().map(String::as_str), Some("1,732"));

    let json = r#"{
      "format": "civic-stats/1", "title": {"en": "=1+1"}, "illustrative": true,
      "source": {"title": {"en": "@SUM(A1)"}, "publisher": {"en": "x"}, "date": "2026", "document": "y"},
      "indicators": [{"id": "a", "unit": "count", "name": {"en": "=HYPERLINK(\"http://x\",\"y\")"}},
                     {"id": "b", "unit": "count", "name": {"en": "-2+3"}}],
      "regions": [{"id": "KZ-10", "values": {"2023": {"a": 1, "b": 2}}}]
    }"#;
    let data = civic_stats::data::parse_json(json).unwrap();
    let o = Options {
        lang: Lang::En,
        ..opts(ChartKind::Bar)
    };
    let text = figure(&data, &o).unwrap().to_csv();
    for line in text.lines() {
        let first = line.trim_start_matches('"');
        assert!(
            !first.starts_with(['=', '+', '-', '@']),
            "{line:?} in\n{text}"
        );
    }
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1"),
        "{text}"
    );
    assert!(text.contains("'-2+3,2"), "{text}");

    // A formula after a separator of another locale: a file written with `;`, opened by an
    // Excel that splits at `,`, had had a cell `=cmd|…` of a region's name.
    let json = r#"{
      "format": "civic-stats/1", "title": {"ru": "Т"}, "illustrative": true,
      "source": {"title": {"ru": "И"}, "publisher": {"ru": "x"}, "date": "2026", "document": "y"},
      "indicators": [{"id": "a", "unit": "count", "name": {"ru": "НПО"}}],
      "regions": [{"id": "R1", "name": {"ru": "Жетісу,=cmd|' /C calc'!A0"}, "values": {"2023": {"a": 1}}},
                  {"id": "R2", "name": {"ru": "Абай, -область"}, "values": {"2023": {"a": 2}}},
                  {"id": "R3", "name": {"ru": "Шымкент, город"}, "values": {"2023": {"a": 3}}}]
    }"#;
    let data = civic_stats::data::parse_json(json).unwrap();
    let o = Options {
        lang: Lang::Ru,
        ..opts(ChartKind::Bar)
    };
    let text = figure(&data, &o).unwrap().to_csv();
    assert!(
        text.contains("\r\n\"Жетісу,=cmd|' /C calc'!A0\";1;"),
        "{text}"
    );
    assert!(text.contains("\r\n\"Абай, -область\";2;"), "{text}");
    // A comma before no formula is left as it is.
    assert!(text.contains("\r\nШымкент, город;3;"), "{text}");

    // A `-0` in the data is 0 in the file, not "-0".
    let zero = json.replace("\"a\": 1}", "\"a\": -0}");
    let data = civic_stats::data::parse_json(&zero).unwrap();
    let text = figure(&data, &o).unwrap().to_csv();
    assert!(text.contains("A0\";0;"), "{text}");
}

/// Shares of a region's total rounded to add up to 100 had written one exact tie two ways
/// (1/3 as 33,4 % and 33,3 %) on bars of one indicator, where the region's other shares are
/// not drawn: they are rounded as any value, and the summary names the tie once. A region whose counts are
/// all 0 has no shares, and says why: not "0,0 %", nor "no data" of figures it has.
#[test]
fn shares_of_nothing_are_none_and_a_tie_is_quoted_as_written() {
    let json = r#"{
      "format": "civic-stats/1", "title": {"en": "Shares"}, "illustrative": true,
      "source": {"title": {"en": "Test figures"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/chart_kinds.rs"},
      "indicators": [
        {"id": "a", "unit": "count", "name": {"en": "Alpha"}},
        {"id": "b", "unit": "count", "name": {"en": "Beta"}},
        {"id": "c", "unit": "count", "name": {"en": "Gamma"}}
      ],
      "regions": [
        {"id": "KZ-10", "values": {"2023": {"a": 1, "b": 1, "c": 1}}},
        {"id": "KZ-11", "values": {"2023": {"a": 3, "b": 2, "c": 4}}},
        {"id": "KZ-15", "values": {"2023": {"a": 1, "b": 5, "c": 4}}},
        {"id": "KZ-19", "values": {"2023": {"a": 0, "b": 0, "c": 0}}}
      ]
    }"#;
    let data = civic_stats::data::parse_json(json).unwrap();
    let o = Options {
        lang: Lang::En,
        measure: Measure::ShareOfRegion,
        regions: regions(&["KZ-10", "KZ-11", "KZ-15"]),
        ..opts(ChartKind::Bar)
    };
    let f = figure(&data, &o).unwrap();
    let texts: Vec<&str> = f.cells.iter().map(|c| c.text.as_str()).collect();
    // One indicator's bars: its shares rounded as any value, an exact tie written alike.
    assert_eq!(texts, ["33.3%", "33.3%", "10.0%"]);
    let summary = f.summary();
    assert!(
        summary.contains("Largest: Abai Region, Akmola Region (33.3%); smallest"),
        "{summary}"
    );
    for kind in [ChartKind::Grouped, ChartKind::Share, ChartKind::Bar] {
        let o = Options {
            lang: Lang::En,
            measure: Measure::ShareOfRegion,
            regions: regions(&["KZ-19", "KZ-10"]),
            ..opts(kind)
        };
        let f = figure(&data, &o).unwrap();
        let almaty = f.regions.iter().position(|r| r.id == "KZ-19").unwrap();
        for cell in f.cells.iter().filter(|c| c.region == almaty) {
            assert_eq!(cell.value, None, "{kind:?}");
            assert_eq!(cell.text, "every value is 0", "{kind:?}");
        }
    }
    // A pie of nothing says why its circle is empty, where it wrote a lone "0".
    let o = Options {
        lang: Lang::En,
        regions: regions(&["KZ-19"]),
        ..opts(ChartKind::Pie)
    };
    let (_, _, texts) = draw(&data, &o, 600.0);
    assert!(has(&texts, "every value is 0"), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "0"), "{texts:?}");
}

/// A reference line is drawn wherever the chart has one value axis: an analyst's national
/// figure across a trend or grouped bars was ignored without a word outside plain bars.
#[test]
fn a_reference_line_crosses_trends_and_every_kind_of_bar() {
    use civic_stats::layout::{Paint, Shape};
    let data = common::illustrative();
    for kind in [
        ChartKind::Bar,
        ChartKind::Grouped,
        ChartKind::Stacked,
        ChartKind::Trend,
    ] {
        let options = Options {
            lang: Lang::En,
            regions: regions(&["KZ-10", "KZ-11"]),
            reference: Some(Reference::Value(1200.0)),
            ..opts(kind)
        };
        for width in [360.0, 900.0] {
            let (f, s, texts) = draw(&data, &options, width);
            assert!(
                has(&texts, "Reference: 1,200"),
                "{kind:?} {width}: {texts:?}"
            );
            // Screen readers hear it too, and the table view says it under its title.
            assert!(
                f.summary().contains(" Reference: 1,200. "),
                "{}",
                f.summary()
            );
            let caption = f.table().caption;
            assert!(caption.ends_with("). Reference: 1,200"), "{caption}");
            assert!(
                !f.footer.iter().any(|l| l.contains("reference")),
                "{kind:?}"
            );
            let dashes: Vec<_> = (s.shapes.iter())
                .filter(|sh| {
                    let paint = Paint::Reference;
                    matches!(sh, Shape::Line { paint: p, .. } if *p == paint)
                })
                .map(|sh| sh.bounds())
                .collect();
            assert!(dashes.len() > 2, "{kind:?} {width}: the line is drawn");
            common::assert_tidy(&s, &format!("{kind:?} {width}"));
            if kind != ChartKind::Trend {
                // Each dash is cased in the background's colour, drawn just before it: white
                // dashes over light blue bars had all but vanished.
                let cased = (s.shapes.windows(2))
                    .filter(|w| match (&w[0], &w[1]) {
                        (
                            Shape::Line {
                                paint: Paint::Background,
                                width: outer,
                                from,
                                to,
                            },
                            Shape::Line {
                                paint: Paint::Reference,
                                width: inner,
                                from: f,
                                to: t,
                            },
                        ) => (from, to) == (f, t) && outer > inner,
                        _ => false,
                    })
                    .count();
                assert_eq!(cased, dashes.len(), "{kind:?} {width}");
            }
            if kind == ChartKind::Trend {
                // Across the plot at one height, above the largest value (1 001), which the
                // axis reaches past; two more dashes are its key beside the axis title.
                let at = |y: f64| dashes.iter().filter(|d| (d.y - y).abs() < 1.0).count();
                let y = dashes.iter().map(|d| d.y).max_by_key(|&y| at(y)).unwrap();
                assert_eq!(at(y) + 2, dashes.len(), "{kind:?} {width}");
                let key = dashes.iter().find(|d| (d.y - y).abs() >= 1.0).unwrap();
                let title = s.texts().find(|t| t.text == "Reference: 1,200").unwrap();
                assert!((key.y - title.bounds.y - title.bounds.h / 2.0).abs() < 1.0);
                let points = s.targets.iter().map(|t| t.mark.y);
                assert!(
                    points.fold(f64::MAX, f64::min) > y,
                    "{width}: above the lines"
                );
                assert!(has(&texts, "1,200") || has(&texts, "1,400"), "{texts:?}");
            }
        }
    }
}

/// An average needs one value a region: a stack's total (of the stacks that lack no part), a
/// bar's; of grouped bars or a trend's years it would mix indicators or years, and a pie has
/// no axis. The footer says when the line asked for is not drawn.
#[test]
fn an_average_of_stacks_is_of_their_totals_and_a_line_not_drawn_is_named() {
    let data = common::illustrative();
    let options = |kind, year, reference| Options {
        lang: Lang::En,
        regions: regions(&["KZ-10", "KZ-11", "KZ-19"]),
        year: Some(year),
        reference: Some(reference),
        ..opts(kind)
    };
    let average = Reference::Named(ReferenceName::Average);
    // 2023: 511, 1 274 and 1 063. 2021: KZ-19 lacks its media, so (489 + 1 182) / 2.
    let label = |year| {
        let f = figure(&data, &options(ChartKind::Stacked, year, average)).unwrap();
        f.reference.unwrap().label
    };
    assert_eq!(label(2023), "Average of the regions: 949.3");
    // Named so: the mean of every total written beside the stacks would differ.
    assert_eq!(label(2021), "Average of the complete stacks, 2 of 3: 835.5");

    let not_drawn = |kind, reference| {
        let f = figure(&data, &options(kind, 2023, reference)).unwrap();
        assert_eq!(f.reference, None, "{kind:?} {reference:?}");
        f.footer
    };
    for kind in [ChartKind::Grouped, ChartKind::Trend, ChartKind::Share] {
        let footer = not_drawn(kind, average);
        let note = "An average line is drawn only for bars of one indicator or for stacks' totals";
        assert!(
            footer.iter().any(|l| l.starts_with(note)),
            "{kind:?}: {footer:?}"
        );
    }
    for kind in [ChartKind::Pie, ChartKind::Donut, ChartKind::Compare] {
        let footer = not_drawn(kind, Reference::Value(5.0));
        let note = "Pies and comparisons draw no reference line";
        assert!(footer.iter().any(|l| l == note), "{kind:?}: {footer:?}");
    }
    // Stacks of shares have no total to average: a region's add up to 100 % (the line said
    // "Average of the regions: 100.0 %"), shares of each indicator's total are of different
    // wholes.
    for measure in [Measure::ShareOfRegion, Measure::ShareOfTotal] {
        let o = Options {
            measure,
            ..options(ChartKind::Stacked, 2023, average)
        };
        let f = figure(&data, &o).unwrap();
        assert_eq!(f.reference, None, "{measure:?}");
        let note = "An average line is drawn only for bars of one indicator or for stacks' totals";
        assert!(
            f.footer.iter().any(|l| l.starts_with(note)),
            "{:?}",
            f.footer
        );
    }
}

/// Pies and 100 % bars share out a region's counts: a rate asked for in an embed code is
/// not applied, and the footer says so rather than drawing counts under its name.
#[test]
fn a_measure_a_pie_does_not_apply_is_named() {
    let data = common::illustrative();
    let note = |measure| {
        format!("This chart divides each region's total into shares, so the measure '{measure}' does not apply")
    };
    let per10k = note("Per 10,000 residents");
    let share = note("Share of the total of all regions, %");
    for kind in [ChartKind::Pie, ChartKind::Donut, ChartKind::Share] {
        for measure in [
            Measure::Count,
            Measure::Per10k,
            Measure::ShareOfRegion,
            Measure::ShareOfTotal,
        ] {
            let o = Options {
                lang: Lang::En,
                measure,
                ..opts(kind)
            };
            let f = figure(&data, &o).unwrap();
            let noted = |note: &String| f.footer.contains(note);
            let said = (noted(&per10k), noted(&share));
            let meant = (measure == Measure::Per10k, measure == Measure::ShareOfTotal);
            assert_eq!(said, meant, "{kind:?} {measure:?}: {:?}", f.footer);
        }
    }
    let f = figure(
        &data,
        &Options {
            lang: Lang::En,
            measure: Measure::Per10k,
            ..opts(ChartKind::Bar)
        },
    );
    assert!(!f.unwrap().footer.contains(&per10k));
}

/// An analyst's review: figures for 2019–2023 from eight regions and a preliminary 2024 from
/// two drew 2024 by default, six rows of "no data", Almaty's 62 % "of all regions" and ranks
/// "of 2". A chart shows the latest year most of its regions have, and says why not 2024.
#[test]
fn a_later_year_that_few_regions_have_is_not_the_default() {
    let codes = [
        "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-71", "KZ-75",
    ];
    let entries: Vec<String> = codes
        .iter()
        .enumerate()
        .map(|(k, id)| {
            let mut years: Vec<String> = (2019..=2023)
                .map(|y| {
                    format!(
                        r#""{y}": {{ "ngo": {} }}"#,
                        100 + k * 10 + (y as usize - 2019)
                    )
                })
                .collect();
            if k >= 6 {
                years.push(format!(r#""2024": {{ "ngo": {} }}"#, 900 + k));
            }
            format!(
                r#"{{ "id": "{id}", "values": {{ {} }} }}"#,
                years.join(", ")
            )
        })
        .collect();
    let json = format!(
        r#"{{ "format": "civic-stats/1", "title": {{ "en": "NGOs" }}, "illustrative": true,
            "source": {{ "title": "t", "publisher": "p", "date": "2024", "url": "https://x" }},
            "indicators": [ {{ "id": "ngo", "name": {{ "en": "NGOs" }} }} ],
            "regions": [ {} ] }}"#,
        entries.join(", ")
    );
    let data = civic_stats::data::parse_json(&json).unwrap();
    let en = |kind| Options {
        lang: Lang::En,
        ..opts(kind)
    };
    let note = "2024: figures for only 2 of 8 regions; shown: 2023";
    for kind in [ChartKind::Bar, ChartKind::Grouped, ChartKind::Stacked] {
        let f = figure(&data, &en(kind)).unwrap();
        assert!(f.subtitle.ends_with("2023"), "{kind:?}: {}", f.subtitle);
        assert!(f.cells.iter().all(|c| c.value.is_some() && c.year == 2023));
        assert!(
            f.footer.iter().any(|l| l == note),
            "{kind:?}: {:?}",
            f.footer
        );
    }
    // Asked for, 2024 is drawn as it is, and a trend runs to 2024.
    let asked = Options {
        year: Some(2024),
        ..en(ChartKind::Bar)
    };
    let f = figure(&data, &asked).unwrap();
    assert!(f.subtitle.ends_with("2024"));
    assert!(!f.footer.iter().any(|l| l == note));
    let trend = figure(&data, &en(ChartKind::Trend)).unwrap();
    assert_eq!(trend.categories.last().unwrap().label, "2024");
    // The two regions that have it are compared in 2024, and one that lacks it in 2023.
    let pair = |a: &str, b: &str| Options {
        regions: regions(&[a, b]),
        ..en(ChartKind::Compare)
    };
    assert!(figure(&data, &pair("KZ-71", "KZ-75"))
        .unwrap()
        .subtitle
        .ends_with("2024"));
    let mixed = figure(&data, &pair("KZ-10", "KZ-75")).unwrap();
    assert!(mixed.subtitle.ends_with("2023"), "{}", mixed.subtitle);
    // One region's pie is of the latest year it has.
    let pie = Options {
        regions: regions(&["KZ-10"]),
        ..en(ChartKind::Pie)
    };
    assert!(figure(&data, &pie).unwrap().subtitle.ends_with("2023"));
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

/// A comparison's difference is of its pair before rounding, at the chart's decimals, as a
/// trend's change is: a pair gets more decimals only where it would read alike.
#[test]
fn a_comparisons_difference_is_of_its_pair_at_the_charts_decimals() {
    let data = common::illustrative();
    for measure in [Measure::Count, Measure::Per10k, Measure::ShareOfTotal] {
        for year in [2021, 2022, 2023] {
            let options = Options {
                lang: Lang::En,
                measure,
                year: Some(year),
                regions: regions(&["KZ-10", "KZ-33"]),
                ..opts(ChartKind::Compare)
            };
            let f = figure(&data, &options).unwrap();
            for (c, category) in f.categories.iter().enumerate() {
                let Some(note) = &category.note else { continue };
                let (a, b) = (&f.cell(c, 0).text, &f.cell(c, 1).text);
                // Figures of a thousand and more are grouped with commas in English.
                let number = |t: &str| number_in(&t.replace(',', ""));
                let (x, y) = (f.cell(c, 0).value.unwrap(), f.cell(c, 1).value.unwrap());
                let scale = 10f64.powi(decimals(a) as i32);
                let rounded = ((x - y) * scale).round() / scale;
                assert!(
                    (rounded - number(note)).abs() < 1e-9,
                    "{measure:?} {year} {}: {a} / {b}, {note}",
                    category.label
                );
                // The chart's decimals: the fewest of any value (none is given fewer).
                let written = f.cells.iter().filter(|c| c.value.is_some());
                let places = written.map(|c| decimals(&c.text)).min().unwrap();
                if decimals(a) > places {
                    let at = |v: Option<f64>| (v.unwrap() * 10f64.powi(places as i32)).round();
                    let alike = at(f.cell(c, 0).value) == at(f.cell(c, 1).value);
                    assert!(alike, "{measure:?} {year} {}: {a} / {b}", category.label);
                }
            }
        }
    }
}

/// A pie of one indicator across regions shares out their total: its CSV column had been
/// headed "Share of the region's total, %".
#[test]
fn a_pie_of_regions_heads_its_shares_as_theirs() {
    let o = Options {
        lang: Lang::En,
        indicators: vec!["ngo".into()],
        regions: regions(&["KZ-10", "KZ-11", "KZ-15"]),
        ..opts(ChartKind::Pie)
    };
    let csv = figure(&common::illustrative(), &o).unwrap().to_csv();
    let header = csv
        .lines()
        .find(|l| l.contains("Share"))
        .unwrap_or_default();
    assert!(header.contains("Share, %"), "{csv}");
    assert!(!csv.contains("region's total"), "{csv}");
    let one = Options {
        regions: regions(&["KZ-10"]),
        indicators: Vec::new(),
        ..o
    };
    let csv = figure(&common::illustrative(), &one).unwrap().to_csv();
    assert!(csv.contains("Share of the region's total, %"), "{csv}");
}

/// One indicator's share of each region's total, where a region's total lacks a part, had
/// been of the others' sum: East Kazakhstan (no ethnocultural centres in 2023) ranked first
/// of the regions' shares of four indicators, and a trend stepped where a year lacked one.
/// Such a share is not given: "total incomplete", without a rank.
#[test]
fn one_indicators_share_of_an_incomplete_total_is_not_given() {
    let data = common::illustrative();
    let options = Options {
        lang: Lang::En,
        measure: Measure::ShareOfRegion,
        ..opts(ChartKind::Bar)
    };
    let f = figure(&data, &options).unwrap();
    let east = f.categories.iter().position(|c| c.key == "KZ-63").unwrap();
    assert_eq!(f.cell(east, 0).value, None);
    assert_eq!(f.cell(east, 0).text, "total incomplete");
    assert!(
        !f.summary().contains("Largest: East Kazakhstan"),
        "{}",
        f.summary()
    );
    let table = f.table();
    let row = table
        .rows
        .iter()
        .find(|r| r[0] == "East Kazakhstan Region")
        .unwrap();
    assert!(row.iter().any(|c| c == "total incomplete"), "{row:?}");
    // Grouped, the region's other shares are drawn, of the others' sum, and labelled so.
    let grouped = Options {
        chart: ChartKind::Grouped,
        ..options
    };
    let f = figure(&data, &grouped).unwrap();
    let east = f.categories.iter().position(|c| c.key == "KZ-63").unwrap();
    assert!(f.cell(east, 0).value.is_some());
}
