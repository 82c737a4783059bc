//! Shared fixtures for the behaviour tests.
#![allow(dead_code)]

use civic_stats::data::{parse_json, Dataset};

/// The seed dataset exactly as shipped in `data/`.
pub fn zhetysu() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/zhetysu-2023.json"
    ))
    .expect("data/zhetysu-2023.json is readable");
    parse_json(&text).expect("the seed dataset is valid")
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
