//! Languages as readers see them: numbers per locale, alphabetical order, and names that fall
//! back to another language with a word in the footer instead of an id.

mod common;

use civic_stats::data::parse_json;
use civic_stats::locale::{collate, format_number, format_percent, Lang, Msg};
use civic_stats::options::Options;
use civic_stats::stats::figure;

const NBSP: char = '\u{a0}';

#[test]
fn numbers_follow_each_locale() {
    // (value, decimals, kk, ru, en)
    let table: &[(f64, usize, &str, &str, &str)] = &[
        (7.0, 0, "7", "7", "7"),
        (377.0, 0, "377", "377", "377"),
        (1234.0, 0, "1 234", "1 234", "1,234"),
        (1234.5, 1, "1 234,5", "1 234,5", "1,234.5"),
        (23_335.0, 0, "23 335", "23 335", "23,335"),
        (20_265_320.0, 0, "20 265 320", "20 265 320", "20,265,320"),
        (5.393, 1, "5,4", "5,4", "5.4"),
        (0.05, 2, "0,05", "0,05", "0.05"),
        (-321.0, 0, "−321", "−321", "−321"),
    ];
    for &(value, decimals, kk, ru, en) in table {
        let spaced = |s: &str| s.replace(' ', &NBSP.to_string());
        assert_eq!(
            format_number(value, decimals, Lang::Kk),
            spaced(kk),
            "{value} kk"
        );
        assert_eq!(
            format_number(value, decimals, Lang::Ru),
            spaced(ru),
            "{value} ru"
        );
        assert_eq!(format_number(value, decimals, Lang::En), en, "{value} en");
    }
    assert_eq!(format_percent(12.3, 1, Lang::Kk), format!("12,3{NBSP}%"));
    assert_eq!(format_percent(12.3, 1, Lang::Ru), format!("12,3{NBSP}%"));
    assert_eq!(format_percent(12.3, 1, Lang::En), "12.3%");
    assert_eq!(format_percent(80.213, 1, Lang::En), "80.2%");
}

#[test]
fn the_kazakh_alphabet_orders_all_its_letters() {
    let alphabet = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
    let mut shuffled: Vec<String> = alphabet.chars().rev().map(|c| format!("{c}а")).collect();
    shuffled.sort_by(|a, b| collate(a, b, Lang::Kk));
    let order: String = shuffled.iter().map(|s| s.chars().next().unwrap()).collect();
    assert_eq!(order, alphabet);
}

#[test]
fn russian_order_puts_yo_after_ye_and_ignores_case() {
    let mut names = vec!["Юг", "ёж", "Ель", "Жетісу", "абай", "Яр"];
    names.sort_by(|a, b| collate(a, b, Lang::Ru));
    assert_eq!(names, ["абай", "Ель", "ёж", "Жетісу", "Юг", "Яр"]);
}

#[test]
fn missing_names_fall_back_and_the_footer_says_so() {
    let json = r#"{
        "format": "civic-stats/1",
        "title": { "ru": "Только по-русски" },
        "source": { "title": "Отчёт", "publisher": "Министерство", "date": "2023", "url": "https://example.org" },
        "indicators": [ { "id": "ngo", "name": { "en": "NGOs" } } ],
        "regions": [ { "id": "R1", "name": { "ru": "Регион" }, "values": { "2023": { "ngo": 5 } } },
                     { "id": "R2", "name": { "kk": "Өңір" }, "values": { "2023": { "ngo": 6 } } } ]
    }"#;
    let data = parse_json(json).unwrap();
    let f = figure(
        &data,
        &Options {
            lang: Lang::Kk,
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(f.title, "Только по-русски", "kk falls back to ru");
    let labels: Vec<&str> = f.categories.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Регион", "Өңір"]);
    assert_eq!(f.series[0].label, "NGOs", "kk → ru → en");
    assert!(
        f.footer
            .contains(&Msg::NamesFallback.text(Lang::Kk).to_owned()),
        "{:?}",
        f.footer
    );
    // Nothing is shown as an id.
    assert!(!labels.contains(&"R1"));
    let en = figure(
        &data,
        &Options {
            lang: Lang::En,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(en
        .footer
        .contains(&Msg::NamesFallback.text(Lang::En).to_owned()));
}

#[test]
fn every_message_exists_in_every_language() {
    for &msg in Msg::ALL {
        for lang in Lang::ALL {
            assert!(
                !msg.text(lang).trim().is_empty(),
                "{msg:?} has no {lang} text"
            );
        }
    }
    // Kazakh text uses Kazakh letters where Russian would not.
    let kazakh_letters = "әғқңөұүһі";
    assert!(
        Msg::ALL
            .iter()
            .filter(|m| m.text(Lang::Kk).chars().any(|c| kazakh_letters.contains(c)))
            .count()
            > 20
    );
}
