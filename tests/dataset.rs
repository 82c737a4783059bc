//! Reading datasets: the shipped seed, and every kind of broken file a maintainer might write.

mod common;

use civic_stats::data::{parse_json, DataError};
use civic_stats::locale::Lang;
use serde_json::{json, Value};

fn valid() -> Value {
    json!({
        "format": "civic-stats/1",
        "title": { "en": "Test" },
        "source": { "title": "A report", "publisher": "A ministry", "date": "2023", "url": "https://example.org/r" },
        "indicators": [ { "id": "ngo", "name": { "en": "NGOs" } } ],
        "regions": [ { "id": "KZ-33", "name": { "en": "Zhetysu" }, "values": { "2023": { "ngo": 377 } } } ]
    })
}

fn error_of(doc: &Value) -> DataError {
    parse_json(&serde_json::to_string_pretty(doc).unwrap()).expect_err("should be refused")
}

fn with(mut doc: Value, pointer: &str, value: Value) -> Value {
    *doc.pointer_mut(pointer).expect("pointer exists") = value;
    doc
}

fn insert(mut doc: Value, object: &str, key: &str, value: Value) -> Value {
    doc.pointer_mut(object).expect("pointer exists")[key] = value;
    doc
}

#[test]
fn seed_dataset_holds_the_four_figures_with_their_source() {
    let d = common::zhetysu();
    assert_eq!(d.years, [2023]);
    assert_eq!(d.regions.len(), 1);
    assert_eq!(d.regions[0].id, "KZ-33");
    let ids: Vec<&str> = d.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["ngo", "ethnocultural", "media", "party-branches"]);
    let values: Vec<Option<f64>> = (0..4).map(|i| d.value(0, 0, i)).collect();
    assert_eq!(values, [Some(377.0), Some(30.0), Some(56.0), Some(7.0)]);
    assert_eq!(
        d.source.url.as_deref(),
        Some("https://taldykorgan-online.kz/?p=1730")
    );
    assert!(!d.illustrative);
    assert_eq!(d.regions[0].population[0].value, 699_000.0);
}

/// The brief's rule for `data/`: every figure names its public source, and made-up figures
/// live in `data/examples/` only, marked as such. Each shipped file is checked, not a list.
#[test]
fn every_shipped_dataset_names_its_source_and_only_examples_are_illustrative() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut seen = 0;
    for (folder, illustrative) in [("", false), ("examples/", true)] {
        for entry in std::fs::read_dir(format!("{root}/{folder}")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if !name.ends_with(".json") || name == "regions-kz.json" {
                continue;
            }
            let d = common::shipped(&format!("{folder}{name}"));
            assert_eq!(d.illustrative, illustrative, "{folder}{name}");
            let s = &d.source;
            assert!(
                s.url.is_some() || s.document.is_some(),
                "{name}: where to find it"
            );
            for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                assert!(!s.title.pick(lang).is_empty(), "{name}: title");
                assert!(!s.publisher.pick(lang).is_empty(), "{name}: publisher");
            }
            assert!(s.date.starts_with("20"), "{name}: date {}", s.date);
            seen += 1;
        }
    }
    assert!(seen >= 3, "{seen} datasets");
}

/// The national figures as the Committee's page gives them, and its own total, which the
/// five groups miss by one, said by the source's note in the footer a donut of them writes
/// its sum over.
#[test]
fn the_national_dataset_holds_the_committees_figures_and_says_its_total_differs() {
    use civic_stats::options::{ChartKind, Options};
    let d = common::shipped("kazakhstan-ngo-2023.json");
    assert_eq!(d.years, [2023]);
    let ids: Vec<&str> = d.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        ["active", "inactive", "no-bin", "suspended", "liquidation"]
    );
    let values: Vec<Option<f64>> = (0..5).map(|i| d.value(0, 0, i)).collect();
    let published = [18_204.0, 2_217.0, 1_742.0, 1_103.0, 68.0];
    assert_eq!(values, published.map(Some));
    assert_eq!(published.iter().sum::<f64>(), 23_334.0);
    assert!(d
        .source
        .url
        .as_deref()
        .unwrap()
        .contains("gov.kz/memleket/entities/akk"));
    // The source's date (`2023-04` in the file) as Kazakh and Russian write one: the ISO
    // form read as a code in a line of their prose.
    for (lang, total, sum, date) in [
        (
            Lang::Kk,
            "23\u{a0}335",
            "23\u{a0}334",
            "Азаматтық қоғам істері комитеті, 04.2023",
        ),
        (
            Lang::Ru,
            "23\u{a0}335",
            "23\u{a0}334",
            "Комитет по делам гражданского общества, 04.2023",
        ),
        (
            Lang::En,
            "23,335",
            "23,334",
            "Committee for Civil Society Affairs, 2023-04",
        ),
    ] {
        let options = Options {
            chart: ChartKind::Donut,
            lang,
            ..Options::default()
        };
        let footer = civic_stats::stats::figure(&d, &options)
            .unwrap()
            .footer
            .join(" ");
        assert!(
            footer.contains(total) && footer.contains(sum),
            "{lang:?}: {footer}"
        );
        assert!(footer.contains(date), "{lang:?}: {footer}");
        assert_eq!(
            footer.contains("2023-04"),
            lang == Lang::En,
            "{lang:?}: {footer}"
        );
    }
}

/// Notepad's "ANSI" on Russian Windows is Windows-1251; the browser decodes what is not UTF-8
/// to U+FFFD, and the chart drew "���" for every name beside correct bars.
#[test]
fn a_json_file_saved_as_windows_1251_is_refused_where_its_first_such_letter_is() {
    let text = serde_json::to_string_pretty(&valid()).unwrap();
    let mut bytes = text.replace("\"Zhetysu\"", "\"@\"").into_bytes();
    let at = bytes.iter().position(|&b| b == b'@').unwrap();
    // "Семей" in Windows-1251.
    bytes.splice(at..at + 1, [0xD1, 0xE5, 0xEC, 0xE5, 0xE9]);
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    let decoded = String::from_utf8_lossy(&bytes);
    let err = parse_json(&decoded).expect_err("refused");
    let message = err.message(Lang::En);
    assert!(
        message.starts_with(&format!("line {line}, column "))
            && message.ends_with(
                "the text is not UTF-8 (saved as Windows-1251 or ANSI?): save the file as UTF-8"
            ),
        "{message}"
    );
    assert!(err.message(Lang::Ru).contains("сохраните файл в UTF-8"));
}

/// A control character written as an escape was drawn as nothing and made the SVG export a
/// file XML readers refuse ("Invalid character U+0000"); an escaped backslash is text.
#[test]
fn a_control_character_is_refused_where_it_is_written() {
    let text = serde_json::to_string_pretty(&valid()).unwrap();
    for (escape, code) in [
        (r"\u0000", "0000"),
        (r"\u001B", "001B"),
        (r"\b", "0008"),
        (r"\uffff", "FFFF"),
    ] {
        let broken = text.replace("\"Zhetysu\"", &format!("\"Zhe{escape}tysu\""));
        let line = 1 + broken[..broken.find("Zhe").unwrap()].matches('\n').count();
        let message = parse_json(&broken).expect_err(escape).message(Lang::En);
        assert!(
            message.starts_with(&format!("line {line}, column "))
                && message.ends_with(&format!(
                    "U+{code} is a control character, not text: remove it"
                )),
            "{message}"
        );
    }
    for text_escape in [r"\\u0000", r"\n", r"\t", r"\u00e9"] {
        let fine = text.replace("\"Zhetysu\"", &format!("\"Zhe{text_escape}tysu\""));
        assert!(parse_json(&fine).is_ok(), "{text_escape}");
    }
}

/// A source's `url` that is no web address (`javascript:…`) was taken, and printed as the
/// source's link; a CSV's `# url:` had been refused already.
#[test]
fn a_sources_url_is_a_web_address() {
    for url in [
        "javascript:alert(document.domain)",
        "data:text/html,x",
        "example.org/r",
    ] {
        let doc = with(valid(), "/source/url", json!(url));
        assert_eq!(
            error_of(&doc).message(Lang::En),
            format!("field 'source.url': '{url}' is not a web address: it must start with http:// or https://")
        );
    }
    for url in ["http://example.org", "HTTPS://stat.gov.kz/x"] {
        assert!(parse_json(&with(valid(), "/source/url", json!(url)).to_string()).is_ok());
    }
}

#[test]
fn minimal_valid_file_parses_and_a_bom_is_ignored() {
    let text = format!("\u{feff}{}", valid());
    let d = parse_json(&text).unwrap();
    assert_eq!(d.value(0, 0, 0), Some(377.0));
}

#[test]
fn null_is_no_data_not_zero() {
    let d =
        parse_json(&with(valid(), "/regions/0/values/2023/ngo", Value::Null).to_string()).unwrap();
    assert_eq!(d.value(0, 0, 0), None);
}

#[test]
fn syntax_errors_give_line_and_column() {
    let text =
        "{\n  \"format\": \"civic-stats/1\",\n  \"title\": { \"en\": \"x\" }\n  \"source\": {}\n}";
    let err = parse_json(text).unwrap_err();
    assert_eq!(
        err.message(Lang::En),
        "line 4, column 3: a ',' or '}' is needed here: is a comma missing between two entries, \
         or a quote inside a text not written as \\\"?"
    );
    assert_eq!(
        err.message(Lang::Kk),
        "4-жол, 3-баған: мұнда «,» немесе «}» керек: жазбалар арасында үтір жетіспей ме, әлде \
         мәтін ішіндегі тырнақша \\\" түрінде жазылмаған ба?"
    );
    assert_eq!(
        err.message(Lang::Ru),
        "строка 4, столбец 3: здесь нужна «,» или «}»: не пропущена ли запятая между записями \
         или кавычка внутри текста не записана как \\\"?"
    );
    // Inside a value that is still being read, the field is named; after a finished value
    // (above: a comma missing after "title"'s object) it is not.
    let text = "{\n  \"format\": \"civic-stats/1\",\n  \"title\": }";
    assert_eq!(
        parse_json(text).unwrap_err().message(Lang::En),
        "line 3, column 12 (field 'title'): a value is needed here: a number, text in double \
         quotes, true, false, null, a list or an object"
    );
    let text = "{\"format\": \"civic-stats/1\", \"regions\": [{\"id\": \"KZ-33\"}, {\"id\": \"KZ-10\" 8}]}";
    assert!(parse_json(text)
        .unwrap_err()
        .message(Lang::En)
        .starts_with("line 1, column 73 (field 'regions[1]'): a ',' or '}' is needed here"));
}

#[test]
fn columns_count_letters_as_an_editor_does() {
    // serde_json counts bytes: each Cyrillic letter before the error is two.
    let text = "{\"format\": \"civic-stats/1\", \"title\": {\"kk\": \"Жетісу облысы\", \"en\": 5}}";
    let err = parse_json(text).unwrap_err();
    let column = text.chars().position(|c| c == '5').unwrap() + 1;
    assert_eq!(
        err.message(Lang::En),
        format!("line 1, column {column} (field 'title.en'): text in double quotes is expected here, not a number")
    );
    let text = "{\"format\": \"civic-stats/1\", \"title\": {\"kk\": \"Жетісу\"},\n \"source\": {\"title\": \"Есеп\" \"x\"}}";
    let column = text
        .lines()
        .nth(1)
        .unwrap()
        .chars()
        .position(|c| c == 'x')
        .unwrap();
    assert!(
        parse_json(text)
            .unwrap_err()
            .message(Lang::En)
            .starts_with(&format!("line 2, column {column} ")),
        "the quote before x is at character {column}"
    );
}

#[test]
fn numbers_written_as_a_spreadsheet_shows_them_say_how_json_wants_them() {
    let style = "a number in JSON has a decimal point and no spaces or +: '1.5', '1000' and '5', \
                 not '1,5', '1 000' or '+5'";
    // "notes" takes any JSON, so the number is the only thing wrong.
    for (value, column) in [("1,5", 21), ("1 000", 21), ("1\u{a0}000", 20), ("+5", 19)] {
        let text = format!("{{\"notes\": {{\"ngo\": {value}}}}}");
        let msg = parse_json(&text).unwrap_err().message(Lang::En);
        assert!(
            msg.starts_with(&format!("line 1, column {column} ")),
            "{msg} for {text}"
        );
        assert!(msg.ends_with(style), "{msg} for {text}");
    }
    let ru = parse_json("{\"notes\": 1,5}")
        .unwrap_err()
        .message(Lang::Ru);
    assert!(ru.ends_with("в JSON число пишется с точкой, без пробелов и без знака +: «1.5», «1000» и «5», а не «1,5», «1 000» или «+5»"), "{ru}");
    // A comma between two entries is a comma, and a key without quotes stays that.
    let msg = parse_json("{\"notes\": 1, 5: 2}")
        .unwrap_err()
        .message(Lang::En);
    assert!(
        msg.ends_with("a field name must be in double quotes"),
        "{msg}"
    );
}

#[test]
fn the_readers_own_text_never_turns_into_the_parsers_english() {
    let text = valid()
        .to_string()
        .replace(r#""ngo":377"#, r#""ngo":"a, expected b""#);
    let msg = parse_json(&text).unwrap_err().message(Lang::En);
    assert!(
        msg.ends_with("a number is expected here, not text in double quotes"),
        "{msg}"
    );
    let msg = parse_json(r#"{"form`at": 1, "indicators": []}"#)
        .unwrap_err()
        .message(Lang::En);
    assert!(
        msg.ends_with(
            "unknown field 'form`at'; the fields allowed here: format, title, source, \
                       licence, illustrative, notes, indicators, regions"
        ),
        "{msg}"
    );
    // A key that reads like a syntax problem is an unknown key.
    let msg = parse_json(r#"{"escape": 1, "format": "civic-stats/1"}"#)
        .unwrap_err()
        .message(Lang::En);
    assert!(msg.contains("unknown field 'escape'"), "{msg}");
}

#[test]
fn positions_hold_at_the_end_of_the_text_for_any_letters_and_line_endings() {
    // The text ends inside a string: the same column whatever the last letter is.
    let latin = parse_json(r#"{"title": "Almaty"#).unwrap_err();
    let kazakh = parse_json(r#"{"title": "Алматы"#).unwrap_err();
    assert_eq!(latin.location, kazakh.location);
    // A raw line break inside a string is where the string breaks, in LF and CRLF files.
    for eol in ["\n", "\r\n"] {
        let text = format!("{{\"title\":{eol} \"ab{eol}cd\"}}");
        let msg = parse_json(&text).unwrap_err().message(Lang::En);
        assert!(msg.starts_with("line 2, column 5:"), "{msg:?} for {text:?}");
    }
    // A file that starts with a list after a no-break space is not JSON at its first byte.
    let msg = parse_json("\u{a0}[1]").unwrap_err().message(Lang::En);
    assert!(msg.starts_with("line 1, column 1:"), "{msg}");
}

#[test]
fn wrong_types_say_what_was_expected_in_the_readers_language() {
    let err = error_of(&with(valid(), "/regions/0/values/2023/ngo", json!("377")));
    let msg = err.message(Lang::En);
    assert!(msg.starts_with("line "), "{msg}");
    assert!(
        msg.ends_with(
            "(field 'regions[0].values.2023.ngo'): a number is expected here, not text in double quotes"
        ),
        "{msg}"
    );
    let msg = err.message(Lang::Kk);
    assert!(
        msg.ends_with(
            "(«regions[0].values.2023.ngo» өрісі): мұнда сан керек, қос тырнақшадағы мәтін емес"
        ),
        "{msg}"
    );
    let msg = err.message(Lang::Ru);
    assert!(
        msg.ends_with("(поле «regions[0].values.2023.ngo»): здесь ожидается число, а не текст в двойных кавычках"),
        "{msg}"
    );
}

#[test]
fn each_json_mistake_is_worded_without_the_parsers_english() {
    let doc = |v: Value| serde_json::to_string_pretty(&v).unwrap();
    let cases: Vec<(String, &str)> = vec![
        (doc(with(valid(), "/regions/0/values/2023/ngo", json!(true))),
         "a number is expected here, not true or false"),
        (doc(with(valid(), "/regions/0/values/2023", json!(5))),
         "an object in curly brackets is expected here, not a number"),
        (doc(with(valid(), "/regions/0/values/2023/ngo", json!([1]))),
         "a number is expected here, not a list in square brackets"),
        (doc(with(valid(), "/title", json!(5))),
         "an object of kk, ru and en names is expected here, not a number"),
        (doc(with(valid(), "/source/title", json!(5))),
         "text in double quotes or an object of kk, ru and en names is expected here, not a number"),
        (doc(with(valid(), "/source", json!([]))),
         "an object in curly brackets is expected here, not a list in square brackets"),
        (doc(with(valid(), "/indicators", json!({}))),
         "a list in square brackets is expected here, not an object in curly brackets"),
        (doc(insert(valid(), "/indicators/0", "unit", json!("kg"))),
         "unknown value 'kg'; expected one of: count, percent, number"),
        (doc(insert(valid(), "/indicators/0", "unit", json!(5))),
         "text in double quotes is expected here, not a number"),
        (doc(insert(valid(), "", "illustrative", json!("yes"))),
         "true or false is expected here, not text in double quotes"),
        (doc(insert(valid(), "/regions/0", "population",
            json!([{ "year": 2022.5, "value": 1, "source": valid()["source"] }]))),
         "a whole number is expected here, not a number with a decimal point"),
        (doc(insert(valid(), "/regions/0", "population",
            json!([{ "year": 3_000_000_000u64, "value": 1, "source": valid()["source"] }]))),
         "the number is out of range"),
        (doc(insert(valid(), "/regions/0", "population", json!([{ "year": null }]))),
         "a whole number is expected here, not null (no value)"),
        (doc(insert(valid(), "/regions/0/name", "de", json!("x"))),
         "unknown field 'de'; the fields allowed here: kk, ru, en"),
        ("[]".into(), "an object in curly brackets is expected here, not a list in square brackets"),
        (r#"{"format": "civic-stats/1", "format": "x"}"#.into(), "the field 'format' is given twice"),
        (r#"{"format": "civic-stats/1""#.into(),
         "the file ends in the middle of a value: a bracket or a quote is not closed"),
        (r#"{"format" "civic-stats/1"}"#.into(), "a ':' is needed after the field name"),
        (r#"{"format": "civic-stats/1",}"#.into(), "a comma before a closing bracket: remove it"),
        (format!("{}\n}}", valid()), "there is more text after the end of the data"),
        (r#"{"format": 1.}"#.into(),
         "the number is not written as JSON wants it: no leading zeros (377, not 0377) and digits on both sides of the point (1.0, not 1.)"),
        (r#"{"format": 0377}"#.into(),
         "the number is not written as JSON wants it: no leading zeros (377, not 0377) and digits on both sides of the point (1.0, not 1.)"),
        (r#"{"format": 1e400}"#.into(), "the number is out of range"),
        (r#"{"format": tru}"#.into(),
         "a value is needed here: a number, text in double quotes, true, false, null, a list or an object"),
        (r#"{"format": "a\qb"}"#.into(),
         r"text in quotes is not written correctly: a line break, a tab and a backslash are written \n, \t and \\"),
        ("{\"format\": \"a\nb\"}".into(),
         r"text in quotes is not written correctly: a line break, a tab and a backslash are written \n, \t and \\"),
        (r#"{format: 1}"#.into(), "a field name must be in double quotes"),
    ];
    for (text, expected) in cases {
        let msg = parse_json(&text).unwrap_err().message(Lang::En);
        assert!(msg.ends_with(expected), "{msg}\n  for {text}");
        // Every kind has its own Kazakh wording: none falls back to the parser's English.
        let kk = parse_json(&text).unwrap_err().message(Lang::Kk);
        assert!(!kk.contains("JSON қатесі"), "{kk}");
    }
}

#[test]
fn missing_and_unknown_fields_are_named() {
    let mut doc = valid();
    doc.as_object_mut().unwrap().remove("source");
    assert!(error_of(&doc)
        .message(Lang::En)
        .ends_with(": the field 'source' is missing"));
    let mut doc = valid();
    doc["indicators"][0]["colour"] = json!("red");
    let msg = error_of(&doc).message(Lang::En);
    assert!(
        msg.ends_with(
            "(field 'indicators[0].colour'): unknown field 'colour'; the fields allowed here: id, name, unit"
        ),
        "{msg}"
    );
    assert!(
        error_of(&doc)
            .message(Lang::Kk)
            .ends_with("«colour» өрісі белгісіз; мұнда рұқсат етілген өрістер: id, name, unit"),
        "{msg}"
    );

    // A missing field is named on the object that lacks it, with the line of its end.
    let mut doc = valid();
    doc["regions"][0]["population"] = json!([{ "year": 2022, "value": 699000 }]);
    let msg = error_of(&doc).message(Lang::En);
    assert!(
        msg.ends_with("(field 'regions[0].population[0]'): the field 'source' is missing"),
        "{msg}"
    );
    assert!(
        error_of(&doc)
            .message(Lang::Ru)
            .ends_with("(поле «regions[0].population[0]»): нет поля «source»"),
        "{msg}"
    );
}

/// The list of regions next to the datasets, opened as one, said "unknown field 'kind'":
/// a JSON file without a `format` that does not read as a dataset says it is not one.
#[test]
fn a_json_file_that_is_no_dataset_says_so() {
    let regions =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/regions-kz.json"))
            .unwrap();
    let error = parse_json(&regions).expect_err("not a dataset");
    assert_eq!(
        error.message(Lang::En),
        "this is not a civic-stats dataset: it has no \"format\": \"civic-stats/1\" field (data/README.md describes the format)"
    );
    assert!(
        parse_json(r#"{"type": "FeatureCollection", "features": []}"#)
            .unwrap_err()
            .message(Lang::Ru)
            .starts_with("это не набор данных civic-stats")
    );
    // A dataset being written keeps its precise message: no format yet, a mistake inside.
    let mut doc = valid();
    doc.as_object_mut().unwrap().remove("format");
    doc["indicators"][0]["colour"] = json!("red");
    assert!(error_of(&doc)
        .message(Lang::En)
        .contains("unknown field 'colour'"));
    // A syntax error keeps its line and column.
    let error = parse_json("{\n  \"title\" 1\n}").expect_err("broken");
    assert!(
        error.message(Lang::En).starts_with("line 2, column 11"),
        "{}",
        error.message(Lang::En)
    );
}

#[test]
fn a_value_given_twice_is_refused_not_silently_replaced() {
    // JSON objects may repeat a key; a map would keep the last 377 or 380 without a word.
    let text = valid()
        .to_string()
        .replace(r#"{"ngo":377}"#, r#"{"ngo":377,"ngo":380}"#);
    assert!(text.contains("380"), "{text}");
    assert_eq!(
        parse_json(&text).unwrap_err().message(Lang::En),
        "field 'regions[0].values.2023.ngo': 'ngo' is given twice"
    );
    // A year twice, with the same indicator or with another, which had been merged.
    for second in [r#"{"ngo":380}"#, r#"{"media":5}"#] {
        let text = valid()
            .to_string()
            .replace(
                r#""values":{"2023":{"ngo":377}}"#,
                &format!(r#""values":{{"2023":{{"ngo":377}},"2023":{second}}}"#),
            )
            .replace(
                r#""indicators":[{"#,
                r#""indicators":[{"id":"media","name":{"en":"Media"}},{"#,
            );
        assert!(text.contains(second), "{text}");
        assert_eq!(
            parse_json(&text).unwrap_err().message(Lang::En),
            "field 'regions[0].values.2023': '2023' is given twice",
            "{text}"
        );
    }
}

#[test]
fn each_broken_rule_has_its_own_message() {
    let cases: Vec<(Value, &str)> = vec![
        (with(valid(), "/format", json!("civic-stats/9")),
         "field 'format': format 'civic-stats/9' is not supported, expected 'civic-stats/1'"),
        (with(valid(), "/regions/0/values/2023/ngo", json!(-5)),
         "field 'regions[0].values.2023.ngo': negative value −5: a count cannot be below zero"),
        (with(valid(), "/regions/0/values/2023/ngo", json!(37.5)),
         "field 'regions[0].values.2023.ngo': 37.5 is not a whole number, but this indicator is a count"),
        // Quoted as typed: it read "1.23".
        (with(valid(), "/regions/0/values/2023/ngo", json!(1.234)),
         "field 'regions[0].values.2023.ngo': 1.234 is not a whole number, but this indicator is a count"),
        (with(valid(), "/regions/0/values/2023", json!({ "ngos": 1 })),
         "field 'regions[0].values.2023.ngos': there is no indicator 'ngos'"),
        (with(valid(), "/regions/0/values", json!({ "23": { "ngo": 1 } })),
         "field 'regions[0].values.23': '23' is not a year (expected a number from 1900 to 2100)"),
        (with(valid(), "/indicators", json!([])), "field 'indicators': the list of indicators is empty"),
        (with(valid(), "/regions", json!([])), "field 'regions': the list of regions is empty"),
        (with(valid(), "/title", json!({ "kk": "  " })),
         "field 'title': empty text: at least one name in kk, ru or en is needed"),
        (with(valid(), "/source/url", Value::Null), "field 'source': the source needs a 'url' or a 'document'"),
        (with(valid(), "/source/publisher", json!("")), "field 'source.publisher': the source has an empty 'publisher'"),
        (with(valid(), "/regions/0/id", json!(" ")), "field 'regions[0].id': empty id"),
    ];
    for (doc, expected) in cases {
        assert_eq!(error_of(&doc).message(Lang::En), expected);
    }
}

/// A data officer's review: a population written in thousands, as statistical tables give it
/// (607 for Pavlodar Region's 607 000), drew 20 329 NGOs per 10 000 residents without a word.
/// No region of Kazakhstan has fewer than 10 000 residents; a district of the file's own may.
#[test]
fn a_regions_population_in_thousands_is_refused_where_it_is_written() {
    let population = |id: &str, name: Value, value: f64| {
        let source = json!({ "title": "BNS", "publisher": "BNS", "date": "2023", "url": "https://stat.gov.kz" });
        let region = json!({ "id": id, "name": name, "values": { "2023": { "ngo": 1234 } },
                             "population": [ { "year": 2023, "value": value, "source": source } ] });
        with(valid(), "/regions/0", region)
    };
    let doc = population("KZ-55", json!({}), 607.0);
    let expected = [
        (Lang::En, "field 'regions[0].population[0].value': 607 residents is too few for a region: give the population in full (607,000), not in thousands"),
        (Lang::Ru, "поле «regions[0].population[0].value»: 607 жителей — слишком мало для области: укажите численность полностью (607\u{a0}000), а не в тысячах"),
        (Lang::Kk, "«regions[0].population[0].value» өрісі: 607 тұрғын облыс үшін тым аз: халық санын мыңмен емес, толық жазыңыз (607\u{a0}000)"),
    ];
    for (lang, message) in expected {
        assert_eq!(error_of(&doc).message(lang), message);
    }
    // In full it reads, and so does a small district of the file's own.
    assert!(parse_json(&population("KZ-55", json!({}), 607_000.0).to_string()).is_ok());
    let district = population("Ақтоғай ауданы", json!({ "kk": "Ақтоғай ауданы" }), 9_800.0);
    assert!(parse_json(&district.to_string()).is_ok());
}

#[test]
fn duplicate_regions_and_indicators_are_refused() {
    let mut doc = valid();
    let region = doc["regions"][0].clone();
    let mut twin = region.clone();
    twin["id"] = json!("kz-33");
    doc["regions"] = json!([region, twin]);
    assert_eq!(
        error_of(&doc).message(Lang::Ru),
        "поле «regions[1].id»: идентификатор «kz-33» повторяется"
    );

    // An indicator's id in another case is the same one, as options and the legend find it:
    // `NGO` beside `ngo` had loaded, and neither could be hidden.
    let mut doc = valid();
    let ind = doc["indicators"][0].clone();
    let mut twin = ind.clone();
    twin["id"] = json!("NGO");
    doc["indicators"] = json!([ind, twin]);
    assert_eq!(
        error_of(&doc).message(Lang::En),
        "field 'indicators[1].id': id 'NGO' appears twice"
    );
}

#[test]
fn empty_input_is_named_as_such() {
    assert_eq!(
        parse_json("  \n").unwrap_err().message(Lang::Kk),
        "файл бос"
    );
    assert_eq!(
        parse_json("").unwrap_err().message(Lang::En),
        "the file is empty"
    );
}

#[test]
fn registry_codes_need_no_names() {
    let mut doc = valid();
    doc["regions"][0].as_object_mut().unwrap().remove("name");
    let d = parse_json(&doc.to_string()).unwrap();
    assert_eq!(d.regions[0].name.pick(Lang::Kk), "Жетісу облысы");
    assert_eq!(d.regions[0].name.pick(Lang::Ru), "область Жетісу");

    // A name in one language: the registry's in the others, where the fallback note had
    // stood in for "Абай облысы" and "Abai Region".
    let mut doc = valid();
    doc["regions"][0]["id"] = json!("KZ-10");
    doc["regions"][0]["name"] = json!({ "ru": "Абайская область" });
    let d = parse_json(&doc.to_string()).unwrap();
    let names = [Lang::Kk, Lang::Ru, Lang::En].map(|l| d.regions[0].name.exact(l));
    assert_eq!(
        names,
        [
            Some("Абай облысы"),
            Some("Абайская область"),
            Some("Abai Region")
        ]
    );

    // A region's name in place of its code: the message is about the id, which was wrong,
    // not about an empty `name` the writer never wrote.
    let mut doc = valid();
    doc["regions"][0]["id"] = json!("Павлодарская область");
    doc["regions"][0].as_object_mut().unwrap().remove("name");
    assert_eq!(
        error_of(&doc).message(Lang::En),
        "field 'regions[0].id': 'Павлодарская область' is not a region code such as KZ-55: \
         give a code, or the region's \"name\""
    );
    assert!(error_of(&doc)
        .message(Lang::Kk)
        .starts_with("«regions[0].id» өрісі: «Павлодарская"));
}
