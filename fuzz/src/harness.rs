//! What each fuzz target does with one input, and the invariants it checks.
//!
//! The libFuzzer targets in `fuzz/fuzz_targets/` call these functions, and the normal test
//! `tests/fuzz_regressions.rs` compiles this same file (through `#[path]`) to replay the
//! committed corpus in `tests/data/fuzz/`, so a crash found by the fuzzer stays fixed under
//! plain `cargo test`. This file depends on `civic_stats` and `std` only.
//!
//! A panic anywhere below is a finding: either the crate panicked on its own, or an assert
//! here saw something a reader would notice (a NaN coordinate, a mark off the chart).

use civic_stats::data::{
    parse_csv, parse_json, CsvMeta, DataError, Dataset, ErrorKind, JsonProblem, Location,
    MAX_ERRORS,
};
use civic_stats::layout::{self, ApproxText, Area, Rect, Scene, Shape, Typography};
use civic_stats::locale::{Lang, Msg};
use civic_stats::options::{ChartKind, Measure, Options, Sort, OPTION_NAMES};
use civic_stats::render::{to_svg, Theme};
use civic_stats::stats::{self, Figure};

/// How far (in CSS pixels) a mark may stick out of the scene before it counts as off the chart.
const TOLERANCE: f64 = 1.0;

/// The three languages, picked by a byte.
fn lang_of(byte: u8) -> Lang {
    Lang::ALL[usize::from(byte) % Lang::ALL.len()]
}

/// Every error message, in every language: wording a located error must never panic.
fn messages(errors: &[DataError]) {
    for e in errors {
        for lang in Lang::ALL {
            let m = e.message(lang);
            assert!(!m.trim().is_empty(), "empty error message for {e:?}");
        }
    }
}

/// `json`: the whole input, as lossy UTF-8 (invalid bytes become U+FFFD), through
/// `parse_json`. Lossy rather than valid-only so that no input is wasted: every byte string
/// maps to a `&str`, and a page can hand any string to `loadJson`.
///
/// A refused file is worded by the crate, never in serde_json's English, and its line and
/// column are inside the text, counted in characters.
pub fn json(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Err(e) = parse_json(&text) else {
        return;
    };
    messages(std::slice::from_ref(&e));
    if let ErrorKind::Json(JsonProblem::Other(detail)) = &e.kind {
        panic!("serde_json's {detail:?} has no wording of its own");
    }
    if let Location::Text { line, column, .. } = e.location {
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let lines: Vec<&str> = text.split('\n').collect();
        assert!(
            (1..=lines.len()).contains(&line),
            "line {line} of {}",
            lines.len()
        );
        let width = lines[line - 1].chars().count();
        assert!(
            (1..=width + 1).contains(&column),
            "column {column} of {width} on line {line}"
        );
    }
}

/// `csv`: the first byte picks the language (`kk`, `ru`, `en`), the rest is the file's bytes.
pub fn csv(data: &[u8]) {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    if let Err(errors) = parse_csv(bytes, &CsvMeta::new("fuzz.csv", lang_of(first))) {
        assert!(!errors.is_empty(), "a refused CSV file must say why");
        assert!(
            errors.len() <= MAX_ERRORS,
            "{} errors, more than MAX_ERRORS",
            errors.len()
        );
        messages(&errors);
    }
}

/// The options part of a `chart` input: eight bytes, then the file, then any `name=value`
/// settings after the first NUL byte (see [`chart`]).
struct ChartInput<'a> {
    file: &'a [u8],
    csv: bool,
    file_lang: Lang,
    options: Options,
    width: f64,
    typography: Typography,
    /// Extra points to hit-test, as fractions (0–255) of the scene's size.
    probes: [(u8, u8); 2],
}

const HEADER: usize = 8;

fn chart_input(data: &[u8]) -> Option<ChartInput<'_>> {
    let (head, rest) = data.split_at_checked(HEADER)?;
    let (file, settings) = match rest.iter().position(|&b| b == 0) {
        Some(nul) => (&rest[..nul], &rest[nul + 1..]),
        None => (rest, &[][..]),
    };
    let mut options = Options {
        chart: ChartKind::ALL[usize::from(head[1]) % ChartKind::ALL.len()],
        measure: [
            Measure::Count,
            Measure::Per10k,
            Measure::ShareOfRegion,
            Measure::ShareOfTotal,
        ][usize::from(head[2] & 3)],
        sort: [Sort::Data, Sort::ValueDesc, Sort::ValueAsc, Sort::Name]
            [usize::from(head[2] >> 2 & 3)],
        lang: lang_of(head[3]),
        ..Options::default()
    };
    // Settings arrive as `name=value` strings separated by NUL bytes; the first byte of each
    // picks the option name (one past the last is "use the text before '=' as the name", to
    // reach the unknown-option path), the rest is the value, as lossy UTF-8.
    for setting in settings.split(|&b| b == 0).take(16) {
        let Some((&pick, text)) = setting.split_first() else {
            continue;
        };
        let text = String::from_utf8_lossy(text);
        let index = usize::from(pick) % (OPTION_NAMES.len() + 1);
        let (name, value) = match OPTION_NAMES.get(index) {
            Some(name) => (*name, &*text),
            None => text.split_once('=').unwrap_or((&*text, "")),
        };
        if let Err(e) = options.set(name, value) {
            for lang in Lang::ALL {
                assert!(!e.message(lang).is_empty());
            }
        }
    }
    // From 1 px: a widget in a narrow sidebar, or a resize passing through, is that narrow.
    let width = 1.0 + f64::from(u16::from_le_bytes([head[4], head[5]]) % 2000);
    Some(ChartInput {
        file,
        csv: head[0] & 1 == 1,
        file_lang: lang_of(head[0] >> 1),
        options,
        width,
        typography: if head[0] & 0x80 != 0 {
            // Presentation mode, as `setPresentation(true)` draws it.
            Typography { base: 22.0 }
        } else {
            Typography::default()
        },
        probes: [(head[6], head[7]), (head[7], head[6])],
    })
}

/// `chart`: the whole path a page takes, from a file to a drawn, hoverable chart.
///
/// Input layout: byte 0 = file format (bit 0: CSV, else JSON), the CSV file's language
/// (bits 1–2) and presentation type (bit 7); byte 1 = chart kind; byte 2 = measure (bits
/// 0–1) and sort (bits 2–3); byte 3 = language; bytes 4–5 = width, 1–2000 px; bytes 6–7 =
/// hit-test probes; then the file; then, after a NUL byte, option settings for
/// `Options::set`, separated by NUL bytes (a NUL never occurs in a valid JSON or CSV file).
pub fn chart(data: &[u8]) {
    let Some(input) = chart_input(data) else {
        return;
    };
    let options = &input.options;
    let lang = options.lang;
    let loaded: Result<Dataset, Vec<DataError>> = if input.csv {
        parse_csv(input.file, &CsvMeta::new("fuzz.csv", input.file_lang))
    } else {
        parse_json(&String::from_utf8_lossy(input.file)).map_err(|e| vec![e])
    };
    let data = match loaded {
        Ok(data) => data,
        Err(errors) => {
            let body: Vec<String> = errors.iter().map(|e| e.message(lang)).collect();
            notice(&body.join("\n"), &input);
            return;
        }
    };
    let figure = match stats::figure(&data, options) {
        Ok(figure) => figure,
        Err(e) => {
            notice(&e.message(lang), &input);
            return;
        }
    };
    check_figure(&figure);
    let scene = layout::chart(
        &figure,
        input.width,
        options.height,
        &ApproxText,
        input.typography,
    );
    check_scene(&scene, Some(&figure));
    let svg = to_svg(&scene, &Theme::named(options.theme));
    check_svg(&svg);

    // Hover: the middle of some marks (hit-testing is a scan, so all of them would make a big
    // chart quadratic), the corners of the scene and the fuzzed probes.
    let mut points: Vec<(f64, f64)> = sample(&scene.targets, 16)
        .map(|t| (t.mark.x + t.mark.w / 2.0, t.mark.y + t.mark.h / 2.0))
        .collect();
    points.extend([(0.0, 0.0), (scene.width, scene.height), (-1.0, f64::NAN)]);
    for (px, py) in input.probes {
        points.push((
            scene.width * f64::from(px) / 255.0,
            scene.height * f64::from(py) / 255.0,
        ));
    }
    for (x, y) in points {
        if let Some(t) = scene.hit(x, y) {
            assert!(!figure.tooltip(t.category, t.series).is_empty());
        }
    }
    for t in sample(&scene.targets, 64) {
        let lines = figure.tooltip(t.category, t.series);
        assert!(!lines.is_empty(), "no tooltip for {t:?}");
    }
    // Out of range: an empty tooltip, not a panic.
    let _ = figure.tooltip(usize::MAX / 2, usize::MAX / 2);
    let _ = figure.tooltip(figure.categories.len(), 0);

    let table = figure.table();
    let _ = format!("{table:?}");
    let _ = figure.to_csv();
    let _ = figure.summary();
}

/// At most about `n` items, evenly spread, always with the first and the last.
fn sample<T>(items: &[T], n: usize) -> impl Iterator<Item = &T> {
    let every = items.len().div_ceil(n.max(1)).max(1);
    items
        .iter()
        .enumerate()
        .filter(move |(i, _)| i % every == 0 || i + 1 == items.len())
        .map(|(_, t)| t)
}

/// What the page shows instead of a chart: the heading and the message, drawn and checked.
fn notice(message: &str, input: &ChartInput<'_>) {
    let lang = input.options.lang;
    assert!(!message.trim().is_empty(), "an empty error message");
    let scene = layout::message_scene(
        Msg::LoadFailed.text(lang),
        message,
        input.width,
        300.0,
        &ApproxText,
        input.typography,
    );
    check_scene(&scene, None);
    check_svg(&to_svg(&scene, &Theme::named(input.options.theme)));
}

fn finite_rect(r: &Rect) -> bool {
    r.x.is_finite() && r.y.is_finite() && r.w.is_finite() && r.h.is_finite()
}

fn check_figure(f: &Figure) {
    assert_eq!(
        f.cells.len(),
        f.categories.len() * f.series.len(),
        "cells are not categories × series"
    );
    for c in &f.cells {
        if let Some(v) = c.value {
            assert!(v.is_finite(), "a non-finite value {v} in {c:?}");
        }
    }
    if let Some(r) = &f.reference {
        assert!(r.value.is_finite(), "a non-finite reference {}", r.value);
    }
}

/// No NaN or infinite coordinate anywhere; every target's mark on the scene.
fn check_scene(s: &Scene, figure: Option<&Figure>) {
    assert!(
        s.width.is_finite() && s.width > 0.0 && s.height.is_finite() && s.height > 0.0,
        "scene size {} × {}",
        s.width,
        s.height
    );
    assert!(finite_rect(&s.plot), "plot {:?}", s.plot);
    assert_eq!(s.owners.len(), s.shapes.len(), "an owner per shape");
    for owner in s.owners.iter().flatten() {
        assert!(*owner < s.targets.len(), "owner {owner} is no target");
    }
    let finite = |p: &(f64, f64)| p.0.is_finite() && p.1.is_finite();
    for shape in &s.shapes {
        let ok = match shape {
            Shape::Rect { rect, .. } => finite_rect(rect) && rect.w >= 0.0 && rect.h >= 0.0,
            Shape::Line {
                from, to, width, ..
            } => finite(from) && finite(to) && width.is_finite(),
            Shape::Path { points, width, .. } => points.iter().all(finite) && width.is_finite(),
            Shape::Polygon { points, .. } => points.iter().all(finite),
            Shape::Text(t) => {
                t.x.is_finite()
                    && t.y.is_finite()
                    && finite_rect(&t.bounds)
                    && t.font.size.is_finite()
                    && t.font.size > 0.0
            }
        };
        assert!(
            ok,
            "a shape with a non-finite or negative coordinate: {shape:?}"
        );
    }
    let canvas = Rect::new(
        -TOLERANCE,
        -TOLERANCE,
        s.width + 2.0 * TOLERANCE,
        s.height + 2.0 * TOLERANCE,
    );
    let inside = |r: &Rect| {
        r.x >= canvas.x
            && r.y >= canvas.y
            && r.right() <= canvas.right()
            && r.bottom() <= canvas.bottom()
    };
    for t in &s.targets {
        assert!(finite_rect(&t.mark), "a non-finite mark {t:?}");
        assert!(
            inside(&t.mark),
            "a mark leaves the {} × {} scene: {:?}",
            s.width,
            s.height,
            t.mark
        );
        match t.area {
            Area::Rect(r) => assert!(finite_rect(&r), "a non-finite hit area {t:?}"),
            Area::Wedge(w) => assert!(
                [w.cx, w.cy, w.inner, w.outer, w.start, w.end]
                    .iter()
                    .all(|v| v.is_finite())
                    && w.start <= w.end
                    && w.inner <= w.outer,
                "a bad wedge {t:?}"
            ),
        }
        if let Some(f) = figure {
            assert!(
                t.category < f.categories.len() && t.series < f.series.len(),
                "a target outside the figure: {t:?}"
            );
        }
    }
}

fn check_svg(svg: &str) {
    assert!(svg.starts_with("<svg"), "not an SVG document");
}
