//! Shared fixtures for the behaviour tests.
#![allow(dead_code)]

use civic_stats::data::{parse_json, Dataset};
use civic_stats::layout::{chart, ApproxText, Rect, Scene, Typography};
use civic_stats::options::{ChartKind, Options};
use civic_stats::render::{to_svg, Theme};
use civic_stats::stats::{figure, Figure};

/// The seed dataset exactly as shipped in `data/`.
pub fn zhetysu() -> Dataset {
    shipped("zhetysu-2023.json")
}

/// A dataset shipped in `data/`, by its path there.
pub fn shipped(path: &str) -> Dataset {
    let file = format!("{}/data/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    parse_json(&text).unwrap_or_else(|e| panic!("{file}: {e:?}"))
}

/// The text content of every `<text>` element of an SVG document, in order, unescaped.
pub fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|rest| {
            let (_, after_open) = rest.split_once('>')?;
            let (content, _) = after_open.split_once("</text>")?;
            Some(
                content
                    .trim()
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&"),
            )
        })
        .collect()
}

/// The made-up 20-region, three-year dataset in `data/examples/`.
pub fn illustrative() -> Dataset {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/illustrative-regions.json"
    );
    let text = std::fs::read_to_string(path).expect("illustrative dataset is readable");
    parse_json(&text).expect("the illustrative dataset is valid")
}

/// The default options, for a chart of this kind.
pub fn opts(kind: ChartKind) -> Options {
    Options {
        chart: kind,
        ..Options::default()
    }
}

/// A chart laid out at this width on a page, with the texts of its SVG.
pub fn draw(data: &Dataset, options: &Options, width: f64) -> (Figure, Scene, Vec<String>) {
    let f = figure(data, options).unwrap();
    let s = chart(&f, width, None, &ApproxText, Typography::default());
    let texts = svg_texts(&to_svg(&s, &Theme::default()));
    (f, s, texts)
}

/// Region (or indicator) ids as options hold them.
pub fn regions(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

/// Whether any of the texts holds the wanted one.
pub fn has(texts: &[String], wanted: &str) -> bool {
    texts.iter().any(|t| t.contains(wanted))
}

/// A dataset of one indicator, NGOs, in 2023, with each region's count and population.
pub fn rates_data(regions: &[(&str, u32, u64)]) -> Dataset {
    let regions: Vec<String> = (regions.iter())
        .map(|(id, ngo, population)| {
            format!(
                r#"{{"id": "{id}", "population": [{{"year": 2023, "value": {population}, "source": {{"title": {{"en": "Test population"}}, "publisher": {{"en": "tests"}}, "date": "2026", "document": "tests/common/mod.rs"}}}}], "values": {{"2023": {{"ngo": {ngo}}}}}}}"#
            )
        })
        .collect();
    let json = format!(
        r#"{{
      "format": "civic-stats/1", "title": {{"en": "Rates"}}, "illustrative": true,
      "source": {{"title": {{"en": "Test figures"}}, "publisher": {{"en": "tests"}}, "date": "2026", "document": "tests/common/mod.rs"}},
      "indicators": [{{"id": "ngo", "unit": "count", "name": {{"en": "NGOs"}}}}],
      "regions": [{}]
    }}"#,
        regions.join(", ")
    );
    civic_stats::data::parse_json(&json).unwrap()
}

/// Texts stay on the canvas and apart; marks stay in the plot.
pub fn assert_tidy(s: &Scene, what: &str) {
    let canvas = Rect::new(0.0, 0.0, s.width, s.height);
    let texts: Vec<_> = s.texts().collect();
    for t in &texts {
        assert!(
            canvas.encloses(&t.bounds),
            "{what}: '{}' leaves the canvas {:?}",
            t.text,
            t.bounds
        );
    }
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            assert!(
                !overlap(&a.bounds, &b.bounds),
                "{what}: '{}' overlaps '{}'",
                a.text,
                b.text
            );
        }
    }
    for t in &s.targets {
        assert!(
            s.plot.encloses(&t.mark),
            "{what}: a mark leaves the plot: {:?} vs {:?}",
            t.mark,
            s.plot
        );
    }
}

/// Whether two boxes overlap by more than rounding: the lines of a wrapped label are laid out
/// edge to edge, and their sums of floats may cross by 10⁻¹³ px.
fn overlap(a: &Rect, b: &Rect) -> bool {
    const HAIR: f64 = 1e-6;
    a.x + HAIR < b.right()
        && b.x + HAIR < a.right()
        && a.y + HAIR < b.bottom()
        && b.y + HAIR < a.bottom()
}
