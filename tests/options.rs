//! What a reader or an embed's author asks for (a sort, regions and indicators by name, a
//! highlight, a year), and what a chart says when it cannot draw it as asked.

mod common;

use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Measure, Options, Sort};
use civic_stats::stats::figure;
use common::{draw, has, opts, regions};

#[test]
fn name_sort_follows_the_kazakh_alphabet() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::Kk,
        sort: Sort::Name,
        indicators: vec!["ngo".into()],
        ..opts(ChartKind::Bar)
    };
    let f = figure(&data, &o).unwrap();
    let names: Vec<&str> = f.categories.iter().map(|c| c.label.as_str()).collect();
    // Ақмола before Алматы (қ before л), Ұлытау after Түркістан, Шығыс near the end.
    let pos = |n: &str| names.iter().position(|x| *x == n).unwrap();
    assert!(pos("Ақмола облысы") < pos("Алматы облысы"), "{names:?}");
    assert!(pos("Түркістан облысы") < pos("Ұлытау облысы"), "{names:?}");
    assert!(pos("Ұлытау облысы") < pos("Шымкент"), "{names:?}");
    assert_eq!(names[0], "Абай облысы");
}

/// In Russian, "область Абай", "область Жетісу" and "область Ұлытау" sorted under О: they
/// sort by the region's own name.
#[test]
fn russian_names_sort_by_the_regions_own_name() {
    let options = Options {
        lang: Lang::Ru,
        sort: Sort::Name,
        ..opts(ChartKind::Bar)
    };
    let (f, _, _) = draw(&common::illustrative(), &options, 800.0);
    let names: Vec<&str> = f.categories.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(names[0], "область Абай", "{names:?}");
    let at = |name: &str| names.iter().position(|n| *n == name).unwrap();
    assert!(
        at("область Жетісу") < at("Западно-Казахстанская область"),
        "{names:?}"
    );
    assert!(
        at("область Ұлытау") > at("Туркестанская область"),
        "{names:?}"
    );
}

/// A bar chart of several regions and a trend draw one indicator, a pie one region and a
/// comparison two: what else the reader chose was left out without a word (a demo with two
/// indicators ticked showed the first as if it were the only one).
#[test]
fn a_kind_that_draws_less_than_was_chosen_says_what_it_drew() {
    let data = common::illustrative();
    let footer_of = |kind, regions: &[&str], indicators: &[&str]| {
        let o = Options {
            lang: Lang::En,
            regions: self::regions(regions),
            indicators: self::regions(indicators),
            ..opts(kind)
        };
        let (f, _, texts) = draw(&data, &o, 800.0);
        // Drawn, and as a line of the footer (the chart wraps it).
        assert!(has(&texts, "Only") == f.footer.iter().any(|l| l.contains("Only")));
        f.footer.join("\n")
    };
    let bar = footer_of(ChartKind::Bar, &[], &["media", "ngo"]);
    assert!(
        bar.contains("Only 'Mass media outlets' of the 2 indicators is shown"),
        "{bar}"
    );
    assert!(bar.contains("grouped and stacked charts show them all"));
    let trend = footer_of(ChartKind::Trend, &["KZ-33"], &["ngo", "media"]);
    assert!(trend.contains("of the 2 indicators is shown"), "{trend}");
    assert!(!trend.contains("grouped"));
    let pie = footer_of(ChartKind::Pie, &["KZ-33", "KZ-10"], &[]);
    assert!(
        pie.contains("Only 'Zhetysu Region' of the 2 regions"),
        "{pie}"
    );
    let compare = footer_of(ChartKind::Compare, &["KZ-33", "KZ-10", "KZ-11"], &[]);
    assert!(compare.contains("Only the first two of the 3 regions are compared"));
    // Nothing chosen is all of them: a pie of the first of twenty regions and bars of the
    // first of four indicators said nothing of the others.
    let pie = footer_of(ChartKind::Pie, &[], &[]);
    assert!(
        pie.contains("Only 'Abai Region' of the 20 regions is shown"),
        "{pie}"
    );
    let bar = footer_of(ChartKind::Bar, &[], &[]);
    assert!(bar.contains("of the 4 indicators is shown"), "{bar}");
    // Shares of a region's total with one indicator chosen are all 100 %: said so.
    let shares = footer_of(ChartKind::Share, &[], &["ngo"]);
    assert!(shares.contains("always 100%"), "{shares}");
    let o = Options {
        lang: Lang::En,
        measure: Measure::ShareOfRegion,
        ..opts(ChartKind::Bar)
    };
    assert!(!figure(&data, &o)
        .unwrap()
        .footer
        .join("\n")
        .contains("always 100"));
    // So are the seed's shares of the total of all regions, of which it has one: read as a
    // statistic, "100 %" of the country's organisations.
    let seed = common::zhetysu();
    for (lang, note) in [
        (Lang::En, "The data has one region only"),
        (Lang::Ru, "В данных один регион"),
        (Lang::Kk, "Деректерде бір ғана өңір бар"),
    ] {
        let o = Options {
            lang,
            measure: Measure::ShareOfTotal,
            ..opts(ChartKind::Bar)
        };
        let footer = figure(&seed, &o).unwrap().footer.join("\n");
        assert!(footer.contains(note), "{footer}");
        let o = Options {
            measure: Measure::ShareOfTotal,
            ..o
        };
        assert!(!figure(&data, &o).unwrap().footer.join("\n").contains(note));
    }
    // A region named twice is compared with nothing but itself: two regions are needed.
    let twice = Options {
        regions: regions(&["KZ-33", "KZ-33"]),
        ..opts(ChartKind::Compare)
    };
    assert!(figure(&data, &twice).is_err());
    // What was chosen is what is drawn: no note; an id given twice counts once, and a pie of
    // a highlighted region from outside the ones chosen draws it without one.
    let pie = Options {
        lang: Lang::En,
        regions: regions(&["KZ-10", "KZ-11"]),
        selected: Some("KZ-33".into()),
        ..opts(ChartKind::Pie)
    };
    assert!(!figure(&data, &pie)
        .unwrap()
        .footer
        .join("\n")
        .contains("Only"));
    for (kind, regions, indicators) in [
        (ChartKind::Bar, &[][..], &["ngo", "ngo"][..]),
        (ChartKind::Bar, &[][..], &["ngo"][..]),
        (ChartKind::Grouped, &[], &["ngo", "media"]),
        (ChartKind::Pie, &["KZ-33"], &[]),
        (ChartKind::Compare, &["KZ-33", "KZ-10"], &[]),
    ] {
        let footer = footer_of(kind, regions, indicators);
        assert!(!footer.contains("Only"), "{kind:?}: {footer}");
    }
}

/// A region to highlight that the data does not have was left out without a word, where an
/// unknown region in `regions` is named: both are now.
#[test]
fn an_unknown_region_to_highlight_is_named() {
    let data = common::illustrative();
    for (regions, selected) in [(vec![], "KZ-99"), (vec!["KZ-99".to_owned()], "KZ-33")] {
        let o = Options {
            regions,
            selected: Some(selected.into()),
            ..opts(ChartKind::Bar)
        };
        let error = figure(&data, &o).expect_err("an unknown region");
        // With the ids there are, which an embed's author had to guess.
        let message = error.message(Lang::En);
        assert!(message.starts_with("the data has no region 'KZ-99'; it has KZ-10, KZ-11, "));
        assert!(message.ends_with(", KZ-75, KZ-79"), "{message}");
    }
    let none = Options {
        selected: Some(String::new()),
        ..opts(ChartKind::Bar)
    };
    assert!(figure(&data, &none).is_ok(), "an empty highlight is none");
}

/// `regions="Almaty"` and `indicators="NGO"` refused the chart, and a wrong indicator or
/// year did not say which there are. Regions are found by name in any of the three
/// languages and any case, indicators by id in any case or by name; a refusal lists the
/// ids or years the data has.
#[test]
fn options_name_regions_and_indicators_as_people_write_them() {
    let data = common::illustrative();
    let ok = |regions: &[&str], indicators: &[&str]| {
        let o = Options {
            lang: Lang::En,
            regions: regions.iter().map(|r| r.to_string()).collect(),
            indicators: indicators.iter().map(|i| i.to_string()).collect(),
            ..opts(ChartKind::Grouped)
        };
        let f = figure(&data, &o).unwrap_or_else(|e| panic!("{regions:?}: {e}"));
        let names: Vec<String> = f.categories.iter().map(|c| c.label.clone()).collect();
        (
            names,
            f.series.iter().map(|s| s.key.clone()).collect::<Vec<_>>(),
        )
    };
    let (names, _) = ok(&["Almaty", "область Жетісу", "ASTANA", "kz-10"], &[]);
    assert_eq!(names.len(), 4, "{names:?}");
    for name in ["Almaty", "Zhetysu Region", "Astana", "Abai Region"] {
        assert!(names.contains(&name.to_owned()), "{name} in {names:?}");
    }
    let (_, series) = ok(&["KZ-33", "KZ-75"], &["NGO", "Mass media outlets"]);
    assert_eq!(series, ["ngo", "media"]);
    // As an attribute writes them: a comma between names, which have spaces.
    let mut o = opts(ChartKind::Grouped);
    // A no-break space pasted from a web page, or two spaces, are spaces.
    o.set("regions", "almaty, Zhetysu\u{a0}Region,  Abai  Region")
        .unwrap();
    assert_eq!(o.regions, ["almaty", "Zhetysu\u{a0}Region", "Abai  Region"]);
    assert_eq!(figure(&data, &o).unwrap().categories.len(), 3);

    let refused = |o: Options| figure(&data, &o).unwrap_err().message(Lang::Ru);
    let indicator = refused(Options {
        indicators: vec!["parties".into()],
        ..opts(ChartKind::Bar)
    });
    assert_eq!(
        indicator,
        "в данных нет показателя «parties»; есть: ngo, ethnocultural, media, party-branches"
    );
    let year = refused(Options {
        year: Some(2019),
        ..opts(ChartKind::Bar)
    });
    assert_eq!(year, "в данных нет 2019 года; есть: 2021, 2022, 2023");
}

/// An analyst's review: figures for 2019–2023 from eight regions and a preliminary 2024 from
/// two drew 2024 by default, six rows of "no data", Almaty's 62 % "of all regions" and ranks
/// "of 2". A chart shows the latest year most of its regions have, and says why not 2024.
#[test]
fn a_later_year_that_few_regions_have_is_not_the_default() {
    let codes = [
        "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-71", "KZ-75",
    ];
    let entries: Vec<String> = codes
        .iter()
        .enumerate()
        .map(|(k, id)| {
            let mut years: Vec<String> = (2019..=2023)
                .map(|y| {
                    format!(
                        r#""{y}": {{ "ngo": {} }}"#,
                        100 + k * 10 + (y as usize - 2019)
                    )
                })
                .collect();
            if k >= 6 {
                years.push(format!(r#""2024": {{ "ngo": {} }}"#, 900 + k));
            }
            format!(
                r#"{{ "id": "{id}", "values": {{ {} }} }}"#,
                years.join(", ")
            )
        })
        .collect();
    let json = format!(
        r#"{{ "format": "civic-stats/1", "title": {{ "en": "NGOs" }}, "illustrative": true,
            "source": {{ "title": "t", "publisher": "p", "date": "2024", "url": "https://x" }},
            "indicators": [ {{ "id": "ngo", "name": {{ "en": "NGOs" }} }} ],
            "regions": [ {} ] }}"#,
        entries.join(", ")
    );
    let data = civic_stats::data::parse_json(&json).unwrap();
    let en = |kind| Options {
        lang: Lang::En,
        ..opts(kind)
    };
    let note = "2024: figures for only 2 of 8 regions; shown: 2023";
    for kind in [ChartKind::Bar, ChartKind::Grouped, ChartKind::Stacked] {
        let f = figure(&data, &en(kind)).unwrap();
        assert!(f.subtitle.ends_with("2023"), "{kind:?}: {}", f.subtitle);
        assert!(f.cells.iter().all(|c| c.value.is_some() && c.year == 2023));
        assert!(
            f.footer.iter().any(|l| l == note),
            "{kind:?}: {:?}",
            f.footer
        );
    }
    // Asked for, 2024 is drawn as it is, and a trend runs to 2024.
    let asked = Options {
        year: Some(2024),
        ..en(ChartKind::Bar)
    };
    let f = figure(&data, &asked).unwrap();
    assert!(f.subtitle.ends_with("2024"));
    assert!(!f.footer.iter().any(|l| l == note));
    let trend = figure(&data, &en(ChartKind::Trend)).unwrap();
    assert_eq!(trend.categories.last().unwrap().label, "2024");
    // The two regions that have it are compared in 2024, and one that lacks it in 2023.
    let pair = |a: &str, b: &str| Options {
        regions: regions(&[a, b]),
        ..en(ChartKind::Compare)
    };
    assert!(figure(&data, &pair("KZ-71", "KZ-75"))
        .unwrap()
        .subtitle
        .ends_with("2024"));
    let mixed = figure(&data, &pair("KZ-10", "KZ-75")).unwrap();
    assert!(mixed.subtitle.ends_with("2023"), "{}", mixed.subtitle);
    // One region's pie is of the latest year it has.
    let pie = Options {
        regions: regions(&["KZ-10"]),
        ..en(ChartKind::Pie)
    };
    assert!(figure(&data, &pie).unwrap().subtitle.ends_with("2023"));
}
