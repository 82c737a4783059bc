//! What a chart's numbers are — rates per 10 000 residents, shares, differences and changes —
//! and the decimals they are written with: a wrong figure misleads in whatever kind draws it.

mod common;

use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Measure, Options};
use civic_stats::stats::{figure, Figure};
use common::{draw, has, opts, rates_data, regions};

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
      "source": {"title": {"en": "Test figures"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/measures.rs"},
      "indicators": [{"id": "ngo", "unit": "count", "name": {"en": "NGOs"}}, {"id": "media", "unit": "count", "name": {"en": "Media"}}],
      "regions": [
        {"id": "KZ-75", "population": [{"year": 2023, "value": 10000000, "source": {"title": {"en": "Test population"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/measures.rs"}}], "values": {"2023": {"ngo": 1, "media": 1}}},
        {"id": "KZ-33", "population": [{"year": 2023, "value": 1000000, "source": {"title": {"en": "Test population"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/measures.rs"}}], "values": {"2023": {"ngo": 500, "media": 100}}}
      ]
    }"#;
    let stacked = Options {
        chart: ChartKind::Stacked,
        ..o
    };
    let f = figure(&civic_stats::data::parse_json(json).unwrap(), &stacked).unwrap();
    assert_eq!(f.totals()[0].as_deref(), Some("0.002"));
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

/// Shares of a region's total rounded to add up to 100 had written one exact tie two ways
/// (1/3 as 33,4 % and 33,3 %) on bars of one indicator, where the region's other shares are
/// not drawn: they are rounded as any value, and the summary names the tie once. A region whose counts are
/// all 0 has no shares, and says why: not "0,0 %", nor "no data" of figures it has.
#[test]
fn shares_of_nothing_are_none_and_a_tie_is_quoted_as_written() {
    let json = r#"{
      "format": "civic-stats/1", "title": {"en": "Shares"}, "illustrative": true,
      "source": {"title": {"en": "Test figures"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/measures.rs"},
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
