//! Replays the committed fuzz corpus (`tests/data/fuzz/{json,csv,chart}/`) through the very
//! code the fuzz targets run: `fuzz/src/harness.rs` is compiled into this test as a module,
//! so a crash the fuzzer found, once fixed, stays fixed under plain `cargo test` (no nightly
//! flags, no libFuzzer). How to run the fuzzers themselves: `fuzz/README.md`.

#[path = "../fuzz/src/harness.rs"]
mod harness;

mod common;

use civic_stats::data::{parse_csv, parse_json, CsvMeta, MAX_CELLS};
use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Options};
use civic_stats::stats::figure;
use std::fs;
use std::panic;
use std::path::Path;

/// Runs every file of `tests/data/fuzz/<target>/` through `run` and names each one that panics.
fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz")
        .join(target);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "{}: only {} inputs",
        dir.display(),
        files.len()
    );
    let mut failed = Vec::new();
    for path in &files {
        let bytes = fs::read(path).unwrap();
        if panic::catch_unwind(|| run(&bytes)).is_err() {
            failed.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(
        failed.is_empty(),
        "{target}: {} of {} inputs panic: {failed:?}",
        failed.len(),
        files.len()
    );
}

#[test]
fn json_corpus() {
    replay("json", harness::json);
}

#[test]
fn csv_corpus() {
    replay("csv", harness::csv);
}

#[test]
fn chart_corpus() {
    replay("chart", harness::chart);
}

/// Found by the `chart` target on its seed corpus: `tooltip` multiplied an out-of-range category by the
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

/// A `chart` target input (see `fuzz/src/harness.rs`): JSON, English, the given chart kind,
/// measure (0–3) and width (100–2000 px).
fn chart_input(kind: usize, measure: u8, width: u16, json: &str) -> Vec<u8> {
    let w = (width - 100).to_le_bytes();
    let mut input = vec![0, kind as u8, measure, 2, w[0], w[1], 0x40, 0xc0];
    input.extend_from_slice(json.as_bytes());
    input
}

/// Two regions, two years, two indicators of `unit` with the given values, every region with
/// a population of `population`. Districts of the file's own, which may be as small as one
/// resident, where a region of the registry has at least ten thousand.
fn dataset(unit: &str, values: [f64; 2], population: f64) -> String {
    let source = r#"{ "title": "t", "publisher": "p", "date": "2023", "url": "https://x" }"#;
    let region = |id: &str| {
        format!(
            r#"{{ "id": "{id}", "name": {{ "en": "{id}" }}, "population": [ {{ "year": 2023, "value": {population:e}, "source": {source} }} ],
                "values": {{ "2022": {{ "a": {a:e}, "b": {b:e} }}, "2023": {{ "a": {a:e}, "b": {b:e} }} }} }}"#,
            a = values[0],
            b = values[1],
        )
    };
    format!(
        r#"{{ "format": "civic-stats/1", "title": {{ "en": "T" }}, "source": {source},
            "indicators": [ {{ "id": "a", "unit": "{unit}", "name": {{ "en": "A" }} }},
                            {{ "id": "b", "unit": "{unit}", "name": {{ "en": "B" }} }} ],
            "regions": [ {}, {} ] }}"#,
        region("D1"),
        region("D2")
    )
}

/// Every kind, measure and a narrow, a middling and a wide chart, through the `chart` harness
/// (finite coordinates, marks on the chart, no panic).
fn every_chart_of(json: &str) {
    parse_json(json).unwrap();
    for kind in 0..ChartKind::ALL.len() {
        for measure in 0..4 {
            for width in [100, 360, 2000] {
                harness::chart(&chart_input(kind, measure, width, json));
            }
        }
    }
}

/// Found through the `chart` harness: a maximum of 5 × 10⁻³²⁴ made the tick step 0 and the
/// tick count infinite ("capacity overflow"); 10⁻¹² rounded every tick to 0, so the tick labels
/// asked for `usize::MAX` decimals ("Formatting argument out of range"); and a trend's tick
/// labels, hundreds of digits wide, pushed its plot off the chart, as did 10¹⁵ on a 160 px
/// phone chart.
#[test]
fn tiny_and_huge_values_chart_cleanly() {
    every_chart_of(&dataset("number", [5e-324, 0.0], 1e15));
    every_chart_of(&dataset("number", [1e-12, 1e-300], 1.0));
    every_chart_of(&dataset("percent", [1e-7, 3e-9], 1.0));
    every_chart_of(&dataset("number", [1e15, 0.5], 1.0));
    every_chart_of(&dataset("count", [1e15, 999_999_999_999_999.0], 7.0));
}

/// Found through the `chart` harness: values of 10³⁰⁸ made the axis ticks infinite (NaN
/// coordinates), two of them stacked overflowed to infinity (bars off the chart), and a
/// population of 10⁻³⁰⁰ made a rate per 10 000 infinite. Values and populations above
/// `MAX_VALUE` (10¹⁵) and populations below 1 are now refused.
#[test]
fn values_beyond_the_bounds_are_refused() {
    let refused = [
        (
            dataset("count", [1e16, 1.0], 100.0),
            "field 'regions[0].values.2022.a': 10,000,000,000,000,000 is too large: at most 1,000,000,000,000,000",
        ),
        (
            dataset("number", [1e308, 1.0], 100.0),
            "is too large: at most 1,000,000,000,000,000",
        ),
        (
            dataset("count", [1.0, 1.0], 1e-300),
            "field 'regions[0].population[0].value': population must be at least 1, got 0",
        ),
        (
            dataset("count", [1.0, 1.0], 0.5),
            "field 'regions[0].population[0].value': population must be at least 1, got 0.5",
        ),
        (
            dataset("count", [1.0, 1.0], 2e15),
            "field 'regions[0].population[0].value': 2,000,000,000,000,000 is too large",
        ),
    ];
    for (json, message) in refused {
        let err = parse_json(&json).unwrap_err().message(Lang::En);
        assert!(err.contains(message), "{err}");
    }
    every_chart_of(&dataset("count", [1e15, 1e15], 1.0));
    every_chart_of(&dataset("percent", [100.0, 100.0], 1.0));
}

/// Found while writing the harness, by reading the loaders (the fuzzer's inputs, up to 15 KB,
/// are too short to reach it) and confirmed with the `json` target's binary: values were kept
/// in one block of regions × years × indicators, so 230 KB of JSON naming 3 000 regions and
/// 3 000 indicators over 201 years asked for 29 GB and aborted ("memory allocation failed");
/// a CSV file could do the same with many columns.
#[test]
fn too_many_cells_are_refused_not_allocated() {
    // JSON: 3 000 × 201 × 3 000.
    let source = r#"{ "title": "t", "publisher": "p", "date": "2023", "url": "https://x" }"#;
    let indicators: Vec<String> = (0..3000)
        .map(|i| format!(r#"{{ "id": "i{i}", "name": {{ "en": "I" }} }}"#))
        .collect();
    let years: Vec<String> = (1900..=2100).map(|y| format!(r#""{y}": {{}}"#)).collect();
    let mut regions: Vec<String> = (1..3000)
        .map(|r| format!(r#"{{ "id": "r{r}", "name": {{ "en": "R" }} }}"#))
        .collect();
    regions.push(format!(
        r#"{{ "id": "r0", "name": {{ "en": "R" }}, "values": {{ {} }} }}"#,
        years.join(",")
    ));
    let json = format!(
        r#"{{ "format": "civic-stats/1", "title": {{ "en": "T" }}, "source": {source},
            "indicators": [ {} ], "regions": [ {} ] }}"#,
        indicators.join(","),
        regions.join(",")
    );
    let err = parse_json(&json).unwrap_err();
    assert_eq!(
        err.message(Lang::En),
        "too many values: regions × years × indicators = 3,000 × 201 × 3,000, at most 250,000"
    );

    // CSV: the 20 registry regions, 201 years, 63 indicator columns: 253 260 cells.
    let codes: Vec<&str> = civic_stats::data::registry::REGIONS
        .iter()
        .map(|e| e.code)
        .collect();
    let columns: Vec<String> = (0..63).map(|i| format!("x{i}")).collect();
    let mut csv = format!("Region;Year;{}\n", columns.join(";"));
    for (k, year) in (1900..=2100).enumerate() {
        let values = vec!["1"; columns.len()].join(";");
        csv.push_str(&format!("{};{year};{values}\n", codes[k % codes.len()]));
    }
    let errors = parse_csv(csv.as_bytes(), &CsvMeta::new("big.csv", Lang::En)).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].message(Lang::Ru),
        "слишком много значений: регионы × годы × показатели = 20 × 201 × 63, не больше 250\u{a0}000"
    );
    const { assert!(20 * 201 * 60 <= MAX_CELLS, "the documented example fits") };
}

/// Found by a review, not the fuzzer (whose charts were 100 px or wider): a bar chart with a
/// reference line, squeezed below about 190 px (a sidebar, a resize passing through), had its
/// line's label wider than the chart, and `f64::clamp` with crossed bounds panicked, taking
/// the module down for good. Every kind, with and without a reference line and a highlight,
/// now lays out at any width from 1 px, with finite coordinates.
#[test]
fn every_kind_lays_out_at_any_width_down_to_one_pixel() {
    use civic_stats::layout::{chart, ApproxText, Typography};
    use civic_stats::options::{Reference, ReferenceName};
    let data = common::illustrative();
    let references = [
        None,
        Some(Reference::Named(ReferenceName::Average)),
        Some(Reference::Value(500.0)),
    ];
    for kind in ChartKind::ALL {
        for reference in references {
            for selected in [None, Some("KZ-47".to_owned())] {
                for lang in [Lang::Kk, Lang::En] {
                    let options = Options {
                        chart: kind,
                        lang,
                        reference,
                        selected: selected.clone(),
                        regions: if kind == ChartKind::Compare {
                            vec!["KZ-19".into(), "KZ-47".into()]
                        } else {
                            Vec::new()
                        },
                        ..Options::default()
                    };
                    let f = figure(&data, &options).unwrap();
                    for width in (1..=260).step_by(12) {
                        for typo in [Typography::default(), Typography::presenting(1920.0)] {
                            let s = chart(&f, f64::from(width), None, &ApproxText, typo);
                            let finite = s.shapes.iter().all(|sh| {
                                let b = sh.bounds();
                                [b.x, b.y, b.w, b.h].iter().all(|v| v.is_finite())
                            });
                            assert!(finite, "{kind:?} {reference:?} {lang:?} at {width} px");
                        }
                    }
                }
            }
        }
    }
}
