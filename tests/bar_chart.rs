//! The seed chart as a reader sees it: which bars, in which order, saying what, drawn where.

mod common;

use civic_stats::layout::{chart, ApproxText, Scene, Shape, TextMeasure, Typography};
use civic_stats::locale::Lang;
use civic_stats::options::{Options, Sort};
use civic_stats::render::{to_svg, Theme};
use civic_stats::stats::{figure, Figure};

fn seed_figure(lang: Lang, sort: Sort) -> Figure {
    let options = Options {
        lang,
        sort,
        ..Options::default()
    };
    figure(&common::zhetysu(), &options).unwrap()
}

fn scene(figure: &Figure, width: f64) -> Scene {
    chart(figure, width, None, &ApproxText, Typography::default())
}

fn bar_widths(scene: &Scene) -> Vec<f64> {
    scene.targets.iter().map(|t| t.mark.w).collect()
}

#[test]
fn kazakh_is_the_default_and_shows_the_four_seed_figures() {
    let f = seed_figure(Lang::default(), Sort::Data);
    let labels: Vec<&str> = f.categories.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Үкіметтік емес ұйымдар",
            "Этномәдени орталықтар",
            "Бұқаралық ақпарат құралдары",
            "Саяси партиялардың облыстық филиалдары"
        ]
    );
    let values: Vec<&str> = f.cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(values, ["377", "30", "56", "7"]);
    assert_eq!(f.title, "Жетісу облысының азаматтық қоғамы");
    assert_eq!(f.subtitle, "Жетісу облысы, 2023");
    assert!(f.footer[0].starts_with("Дереккөз: "), "{:?}", f.footer);
    assert!(
        f.footer[0].contains("taldykorgan-online.kz, 2023"),
        "{:?}",
        f.footer
    );
}

#[test]
fn russian_and_english_name_everything_in_their_language() {
    let ru = seed_figure(Lang::Ru, Sort::Data);
    assert_eq!(ru.categories[0].label, "Неправительственные организации");
    assert_eq!(ru.title, "Гражданское общество области Жетісу");
    assert!(ru.footer[0].starts_with("Источник: "));
    let en = seed_figure(Lang::En, Sort::Data);
    assert_eq!(
        en.categories[3].label,
        "Regional branches of political parties"
    );
    assert_eq!(en.subtitle, "Zhetysu Region, 2023");
    assert!(en.footer[0].starts_with("Source: "));
}

#[test]
fn four_bars_and_the_longest_is_377() {
    let s = scene(&seed_figure(Lang::Kk, Sort::Data), 800.0);
    let widths = bar_widths(&s);
    assert_eq!(widths.len(), 4);
    let longest = widths.iter().cloned().fold(0.0, f64::max);
    assert_eq!(widths[0], longest);
    // Proportional: 30 / 377 of the 377 bar, within a pixel.
    assert!(
        (widths[1] - longest * 30.0 / 377.0).abs() < 1.0,
        "{widths:?}"
    );
    assert!(widths[3] > 0.0, "the 7 bar is visible");
}

#[test]
fn bars_follow_the_requested_order() {
    let f = seed_figure(Lang::En, Sort::ValueAsc);
    let values: Vec<&str> = f.cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(values, ["7", "30", "56", "377"]);
    let s = scene(&f, 800.0);
    let ys: Vec<f64> = s.targets.iter().map(|t| t.mark.y).collect();
    assert!(
        ys.windows(2).all(|w| w[0] < w[1]),
        "top to bottom in row order: {ys:?}"
    );
    let w = bar_widths(&s);
    assert!(w.windows(2).all(|p| p[0] < p[1]), "{w:?}");

    let f = seed_figure(Lang::Kk, Sort::Name);
    let first: Vec<char> = f
        .categories
        .iter()
        .map(|c| c.label.chars().next().unwrap())
        .collect();
    assert_eq!(
        first,
        ['Б', 'С', 'Ү', 'Э'],
        "Kazakh alphabet order: б … с … ү … э"
    );
}

#[test]
fn nothing_overlaps_or_leaves_the_canvas_at_any_width() {
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        for width in [320.0, 480.0, 800.0, 1600.0] {
            let s = scene(&seed_figure(lang, Sort::Data), width);
            common::assert_tidy(&s, &format!("{lang} {width}"));
            let drawn = s
                .shapes
                .iter()
                .filter(|sh| matches!(sh, Shape::Rect { .. }))
                .count();
            assert_eq!(
                drawn, 4,
                "four bars; no legend of the one series the subtitle names"
            );
        }
    }
}

#[test]
fn value_labels_sit_at_the_bar_ends() {
    let s = scene(&seed_figure(Lang::Kk, Sort::Data), 800.0);
    for (target, value) in s.targets.iter().zip(["377", "30", "56", "7"]) {
        let label = s
            .texts()
            .find(|t| t.text == value)
            .expect("value label drawn");
        assert!(
            (label.bounds.x - target.mark.right()).abs() < 12.0,
            "{value} starts near its bar end"
        );
        assert!(
            target.mark.y <= label.y && label.y <= target.mark.bottom(),
            "{value} is level with its bar"
        );
    }
}

#[test]
fn hovering_a_bar_finds_its_row() {
    let f = seed_figure(Lang::Kk, Sort::Data);
    let s = scene(&f, 800.0);
    let bar = s.targets[0].mark;
    let hit = s
        .hit(bar.x + bar.w / 2.0, bar.y + bar.h / 2.0)
        .expect("a target under the 377 bar");
    assert_eq!(f.cell(hit.category, hit.series).text, "377");
    assert!(s.hit(1.0, 1.0).is_none(), "the title is not a bar");
}

#[test]
fn svg_render_contains_the_labels_values_title_and_source() {
    let f = seed_figure(Lang::Kk, Sort::Data);
    let svg = to_svg(&scene(&f, 800.0), &Theme::default());
    let texts = common::svg_texts(&svg);
    for text in [
        "Үкіметтік емес ұйымдар",
        "Этномәдени орталықтар",
        "Бұқаралық ақпарат құралдары",
        "377",
        "30",
        "56",
        "7",
        "Жетісу облысының азаматтық қоғамы",
        "Дереккөз:",
    ] {
        assert!(
            texts
                .iter()
                .any(|t| t == text || (text.ends_with(':') && t.starts_with(text))),
            "SVG lacks {text}: {texts:?}"
        );
    }
    assert!(texts
        .iter()
        .any(|t| t == "Саяси партиялардың облыстық филиалдары"));
    // The region is named once, by the subtitle, not again by a legend of one entry.
    assert!(
        texts.iter().any(|t| t == "Жетісу облысы, 2023"),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t == "Жетісу облысы"), "{texts:?}");
    assert_eq!(svg.matches("<rect").count(), 5, "background and four bars");
    std::fs::create_dir_all("target/artifacts").ok();
    std::fs::write("target/artifacts/zhetysu-kk.svg", &svg).ok();
}

#[test]
fn long_labels_wrap_on_a_phone_instead_of_running_into_the_bars() {
    let f = seed_figure(Lang::Kk, Sort::Data);
    let texts = common::svg_texts(&to_svg(&scene(&f, 360.0), &Theme::default()));
    let i = texts
        .iter()
        .position(|t| t.starts_with("Саяси"))
        .unwrap_or_else(|| panic!("{texts:?}"));
    assert!(
        texts[i] != "Саяси партиялардың облыстық филиалдары",
        "wrapped: {texts:?}"
    );
    let label: Vec<&str> = texts[i..]
        .iter()
        .take_while(|t| *t != "7")
        .map(|s| s.as_str())
        .collect();
    assert_eq!(
        label.join(" "),
        "Саяси партиялардың облыстық филиалдары",
        "nothing cut: {texts:?}"
    );
    let footer = texts
        .iter()
        .skip_while(|t| !t.starts_with("Дереккөз"))
        .cloned()
        .collect::<Vec<_>>();
    assert!(
        footer.join(" ").ends_with("taldykorgan-online.kz, 2023"),
        "whole source: {footer:?}"
    );
}

/// A subtitle too long for two lines on a phone is cut before its year, not at its end: a
/// CSV's long indicator name had left «…мемлекеттік грантта…» and no year.
#[test]
fn a_long_subtitle_keeps_its_year_on_a_phone() {
    let mut f = seed_figure(Lang::Kk, Sort::Data);
    f.subtitle = "Мемлекеттік әлеуметтік тапсырыс аясында мемлекеттік гранттар мен \
                  сыйлықтар алған үкіметтік емес ұйымдардың саны, 2023"
        .to_owned();
    let s = scene(&f, 375.0);
    let lines: Vec<&str> = s
        .texts()
        .map(|t| t.text.as_str())
        .skip_while(|t| !t.starts_with("Мемлекеттік"))
        .take(2)
        .collect();
    assert!(lines[1].ends_with("…, 2023"), "{lines:?}");
    // Where it fits, it is whole.
    let wide = scene(&f, 1400.0);
    assert!(wide.texts().any(|t| t.text == f.subtitle), "one line");
}

#[test]
fn estimated_text_widths_grow_with_text() {
    let f = civic_stats::layout::Font::regular(13.0);
    assert!(ApproxText.width("377", f) < ApproxText.width("1 234 567", f));
}

#[test]
fn hit_testing_at_centres_edges_and_gaps() {
    let f = seed_figure(Lang::Kk, Sort::Data);
    let s = scene(&f, 800.0);
    let t: Vec<_> = s.targets.iter().collect();
    for (i, target) in t.iter().enumerate() {
        let m = target.mark;
        // Centre and both ends of each bar, and the label beside it, find that bar.
        for (x, y) in [
            (m.x + m.w / 2.0, m.y + m.h / 2.0),
            (m.x, m.y),
            (m.right() - 0.01, m.bottom() - 0.01),
            (20.0, m.y + m.h / 2.0),
        ] {
            assert_eq!(
                s.hit(x, y).map(|h| h.category),
                Some(i),
                "({x}, {y}) should be bar {i}"
            );
        }
    }
    // Between two bars the nearer row answers, and the boundary belongs to exactly one row.
    let gap_y = (t[0].mark.bottom() + t[1].mark.y) / 2.0;
    assert!(s.hit(t[0].mark.x + 5.0, gap_y).is_some());
    let boundary = t[1].area_top();
    assert_eq!(s.hit(400.0, boundary).map(|h| h.category), Some(1));
    assert_eq!(s.hit(400.0, boundary - 0.01).map(|h| h.category), Some(0));
    // Title, axis and footer are not values.
    assert!(s.hit(400.0, 5.0).is_none());
    assert!(s.hit(400.0, s.height - 2.0).is_none());
}

#[test]
fn keyboard_focus_follows_reading_order() {
    let f = seed_figure(Lang::En, Sort::ValueDesc);
    let s = scene(&f, 800.0);
    let order: Vec<&str> = s
        .targets
        .iter()
        .map(|t| f.cell(t.category, t.series).text.as_str())
        .collect();
    assert_eq!(order, ["377", "56", "30", "7"], "top to bottom, as sorted");
    let ys: Vec<f64> = s.targets.iter().map(|t| t.mark.y).collect();
    assert!(ys.windows(2).all(|w| w[0] < w[1]));
}

/// Counts up to 11 on a page-wide chart were given ticks every 2.5, written with no
/// decimals: the axis read "0, 3, 5, 8, 10, 13".
#[test]
fn axis_labels_are_the_ticks_values_and_counts_get_whole_ticks() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/zhetysu-2023.json"
    ))
    .unwrap()
    .replace(
        r#"{ "ngo": 377, "ethnocultural": 30, "media": 56, "party-branches": 7 }"#,
        r#"{ "ngo": 11, "ethnocultural": 5, "media": 9, "party-branches": 7 }"#,
    );
    let data = civic_stats::data::parse_json(&text).unwrap();
    for width in [320.0, 500.0, 800.0, 1200.0] {
        let f = figure(&data, &Options::default()).unwrap();
        let s = scene(&f, width);
        // The axis's numbers: every number drawn but the four values at the bars' ends.
        let mut ticks: Vec<u32> = s
            .texts()
            .filter_map(|t| t.text.parse::<u32>().ok())
            .collect();
        for value in [11, 5, 9, 7] {
            let at = ticks.iter().position(|&t| t == value).unwrap();
            ticks.remove(at);
        }
        ticks.sort();
        let step = ticks[1] - ticks[0];
        assert!(ticks[0] == 0 && step >= 1, "{width}: {ticks:?}");
        assert!(
            ticks.windows(2).all(|w| w[1] - w[0] == step),
            "{width}: {ticks:?}"
        );
        // The axis runs a little past the longest bar (11), not on to the next label.
        let last = *ticks.last().unwrap();
        assert!(last + step > 11, "{width}: {ticks:?}");
    }
}

/// On a phone there is room for few axis labels, and the axis ran on to the next one: 1 531
/// NGOs on an axis to 2 000, so every bar was three quarters as long as the plot allowed (a
/// comparison's 1 001, half). The axis now ends a fifth of a step past the longest bar when
/// that bar would reach less than four fifths of the way to the next label.
#[test]
fn on_a_phone_the_longest_bar_reaches_across_the_plot() {
    use civic_stats::layout::Paint;
    let data = common::illustrative();
    for (width, measure) in [
        (360.0, "ngo"),
        (390.0, "ngo"),
        (800.0, "ngo"),
        (360.0, "media"),
    ] {
        let options = Options {
            indicators: vec![measure.into()],
            ..Options::default()
        };
        let f = figure(&data, &options).unwrap();
        let max = f.max_value();
        let s = scene(&f, width);
        // The axis's scale from its grid lines: where 0 and the next labelled tick are.
        let mut grid: Vec<f64> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Line {
                    from, to, paint, ..
                } if from.0 == to.0 && matches!(paint, Paint::Axis | Paint::Grid) => Some(from.0),
                _ => None,
            })
            .collect();
        grid.sort_by(f64::total_cmp);
        grid.dedup();
        let longest = s
            .targets
            .iter()
            .map(|t| t.mark.right())
            .fold(f64::MIN, f64::max);
        let below = s
            .targets
            .iter()
            .map(|t| t.mark.bottom())
            .fold(0.0, f64::max);
        let mut ticks: Vec<u32> = s
            .texts()
            .filter(|t| t.bounds.y > below)
            .filter_map(|t| t.text.replace(['\u{a0}', ' '], "").parse().ok())
            .collect();
        ticks.sort();
        let step = f64::from(ticks[1] - ticks[0]);
        let px_per_unit = (grid[1] - grid[0]) / step;
        // Where the axis ends, in units: the plot's right edge is past the last grid line.
        let reach = (longest - grid[0]) / px_per_unit;
        assert!(
            (reach - max).abs() < 1e-6 * max,
            "{width}: bar to {reach}, max {max}"
        );
        // The axis runs past the longest bar only while that bar reaches four fifths of it:
        // no labelled tick stands far beyond every bar.
        let last = *grid.last().unwrap();
        assert!(
            longest >= last - 1e-6 || longest - grid[0] >= 0.8 * (last - grid[0]),
            "{width} {measure}: the longest bar ends at {longest}, the last tick at {last}"
        );
    }
}

/// An SVG is exactly as large as its background: a height rounded up left a transparent row
/// under the chart, a light line under a dark one on a white slide.
#[test]
fn an_svg_is_as_large_as_its_background() {
    let f = seed_figure(Lang::Kk, Sort::Data);
    let attribute = |tag: &str, name: &str, svg: &str| -> f64 {
        let tag = &svg[svg.find(tag).unwrap()..];
        let at = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
    };
    for width in [800.0, 777.7, 333.3] {
        let s = scene(&f, width);
        let svg = to_svg(&s, &Theme::default());
        for name in ["width", "height"] {
            assert_eq!(
                attribute("<svg", name, &svg),
                attribute("<rect", name, &svg),
                "{name} at {width}: {}",
                &svg[..300]
            );
        }
    }
}
