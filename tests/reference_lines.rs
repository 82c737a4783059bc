//! A reference line (an average, the regions combined, a figure of the reader's own) is a claim
//! about the data: these hold it to what it says, and to saying why it is not drawn.

mod common;

use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Measure, Options, Reference, ReferenceName, Sort};
use civic_stats::stats::figure;
use common::{draw, has, opts, rates_data, regions};

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
