//! Every combination of the options a reader can set, on both shipped datasets, at a phone's
//! width and a page's: each chart either draws tidily (and renders, as an SVG export would)
//! or says which option the data cannot meet. The fuzzers try random
//! settings; this walks all the ordinary ones, the way a reader clicking through the demo
//! and its legend would (a comparison with one region hidden used to index past its cells).

mod common;

use civic_stats::data::Dataset;
use civic_stats::layout::{chart, ApproxText, Typography};
use civic_stats::options::Options;
use civic_stats::render::{to_svg, Theme};
use civic_stats::stats::figure;

const KINDS: [&str; 8] = [
    "bar", "grouped", "stacked", "share", "pie", "donut", "compare", "trend",
];
const MEASURES: [&str; 4] = ["count", "per-10k", "share-of-region", "share-of-total"];
const SORTS: [&str; 4] = ["data", "value-desc", "value-asc", "name"];

/// The first `n` ids, comma-separated; none (every one) for `n` = 0.
fn first(ids: &[String], n: usize) -> String {
    ids.iter().take(n).cloned().collect::<Vec<_>>().join(",")
}

fn walk(data: &Dataset, lang: &str) -> (usize, usize) {
    let region_ids: Vec<String> = data.regions.iter().map(|r| r.id.clone()).collect();
    let indicator_ids: Vec<String> = data.indicators.iter().map(|i| i.id.clone()).collect();
    let regions = [0, 1, 2, 3].map(|n| first(&region_ids, n));
    let indicators = [0, 1, 2].map(|n| first(&indicator_ids, n));
    // Hidden legend entries: none, an indicator, a region, every indicator.
    let hidden = [
        String::new(),
        indicator_ids[0].clone(),
        region_ids[0].clone(),
        indicator_ids.join(","),
    ];
    let (mut drawn, mut refused) = (0, 0);
    for kind in KINDS {
        for measure in MEASURES {
            for sort in SORTS {
                for reference in ["", "average"] {
                    for r in &regions {
                        for i in &indicators {
                            for h in &hidden {
                                let mut o = Options::default();
                                let settings = [
                                    ("chart", kind),
                                    ("measure", measure),
                                    ("sort", sort),
                                    ("lang", lang),
                                    ("reference", reference),
                                    ("regions", r),
                                    ("indicators", i),
                                    ("hide", h),
                                    ("selected", r.split(',').next_back().unwrap_or("")),
                                ];
                                for (name, value) in settings {
                                    if !value.is_empty() {
                                        o.set(name, value).expect("a valid setting");
                                    }
                                }
                                let what = format!("{settings:?}");
                                match figure(data, &o) {
                                    Ok(f) => {
                                        // A phone's width and a page's, alternately.
                                        let width = if drawn % 2 == 0 { 320.0 } else { 800.0 };
                                        let what = format!("{what} at {width} px");
                                        let s = chart(
                                            &f,
                                            width,
                                            None,
                                            &ApproxText,
                                            Typography::default(),
                                        );
                                        assert!(!s.targets.is_empty(), "{what}: nothing drawn");
                                        common::assert_tidy(&s, &what);
                                        // Rendered as exported, in one order: the
                                        // others draw the same marks elsewhere.
                                        if sort == "data" {
                                            let svg = to_svg(&s, &Theme::default());
                                            let texts = common::svg_texts(&svg);
                                            let title = f.title.split(' ').next();
                                            let all = texts.join(" ");
                                            assert!(
                                                title.is_some_and(|t| all.contains(t)),
                                                "{what}: no title"
                                            );
                                        }
                                        drawn += 1;
                                    }
                                    // Only one refusal is possible for the ids above: a
                                    // comparison of fewer than two regions.
                                    Err(e) => {
                                        assert_eq!(kind, "compare", "{what}: {e}");
                                        refused += 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    (drawn, refused)
}

#[test]
fn every_ordinary_setting_draws_tidily_or_says_why_not() {
    let (drawn, refused) = walk(&common::illustrative(), "kk");
    assert!(
        drawn > 10_000 && refused > 0,
        "{drawn} drawn, {refused} refused"
    );
    let (drawn, refused) = walk(&common::zhetysu(), "ru");
    assert!(
        drawn > 1_000 && refused > 0,
        "{drawn} drawn, {refused} refused"
    );
}

/// Every option the crate takes is an attribute the element observes and a parameter the
/// embed page passes on, and the fuzzers' seeds name them alike: kept by hand in four places,
/// the legend's hidden entries had been written into the demo's embed code and read by
/// neither.
#[test]
fn the_element_and_the_embed_page_take_every_option() {
    use civic_stats::options::OPTION_NAMES;
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/");
    let names_after = |file: &str, start: &str| -> Vec<String> {
        let text = std::fs::read_to_string(format!("{root}{file}")).unwrap();
        let from = text
            .find(start)
            .unwrap_or_else(|| panic!("{file}: {start}"))
            + start.len();
        let list = &text[from..from + text[from..].find(']').unwrap()];
        list.split(',')
            .map(|n| n.trim().trim_matches(['\'', '"']).to_owned())
            .filter(|n| !n.is_empty())
            .collect()
    };
    let observed = names_after("www/civic-stats.js", "const OPTIONS = [");
    let passed = names_after("www/embed.js", "const allowed = new Set([");
    // By their place, as the fuzzers' option bytes pick them.
    assert_eq!(
        names_after("fuzz/seed.py", "OPTION_NAMES = ["),
        OPTION_NAMES
    );
    for name in OPTION_NAMES {
        assert!(observed.iter().any(|n| n == name), "civic-stats.js: {name}");
        assert!(passed.iter().any(|n| n == name), "embed.js: {name}");
    }
    assert_eq!(observed.len(), OPTION_NAMES.len(), "{observed:?}");
}
