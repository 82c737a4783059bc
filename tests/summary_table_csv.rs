//! The chart read without the picture: the summary a screen reader hears, the table view and
//! the CSV download, which must say what the chart says.

mod common;

use civic_stats::data::Dataset;
use civic_stats::locale::Lang;
use civic_stats::options::{ChartKind, Measure, Options, Reference, ReferenceName};
use civic_stats::stats::figure;
use common::{draw, has, opts, rates_data, regions};

/// The CSV download left out what the chart and table write beside the values: an analyst
/// checking it against the chart found no comparison's differences, no trend's changes and
/// no average line.
#[test]
fn the_csv_download_has_differences_changes_and_the_reference() {
    let data = common::illustrative();
    let csv = |o: Options| figure(&data, &o).unwrap().to_csv();
    let compare = csv(Options {
        lang: Lang::En,
        regions: regions(&["KZ-33", "KZ-10"]),
        ..opts(ChartKind::Compare)
    });
    let header = compare.lines().next().unwrap();
    assert!(
        header.ends_with(",Difference,\"Difference, %\""),
        "{header}"
    );
    // As numbers a spreadsheet can work with, where the chart writes "+607 (+154,1 %)".
    let f = figure(
        &data,
        &Options {
            lang: Lang::En,
            regions: regions(&["KZ-33", "KZ-10"]),
            ..opts(ChartKind::Compare)
        },
    )
    .unwrap();
    let (a, b) = (f.cells[0].value.unwrap(), f.cells[1].value.unwrap());
    let row = compare.lines().nth(1).unwrap();
    let percent = ((a - b) / b * 100.0 * 1e6).round() / 1e6;
    assert!(row.ends_with(&format!(",{},{percent}", a - b)), "{row}");
    assert!(
        !compare.contains(f.categories[0].note.as_ref().unwrap()),
        "{compare}"
    );
    // The footer's note fits the file too, where the per cents are a column, not brackets.
    let b = &f.series[1].label;
    let note = format!("; percentages relative to {b}\r\n");
    assert!(compare.contains(&note), "{compare}");
    // Differences of percentages are points, headed so, with no per cent of a per cent.
    let shares = csv(Options {
        lang: Lang::Ru,
        regions: regions(&["KZ-33", "KZ-10"]),
        measure: Measure::ShareOfRegion,
        ..opts(ChartKind::Compare)
    });
    let header = shares.lines().next().unwrap();
    assert!(header.ends_with(";Разница, п.\u{a0}п."), "{header}");
    let row = shares.lines().nth(1).unwrap();
    assert_eq!(
        row.split(';').count(),
        header.split(';').count(),
        "{shares}"
    );
    let points = row.rsplit(';').next().unwrap();
    assert!(points.replace(',', ".").parse::<f64>().is_ok(), "{row}");
    let trend = csv(Options {
        lang: Lang::Ru,
        regions: regions(&["KZ-33", "KZ-10"]),
        indicators: vec!["ngo".into()],
        ..opts(ChartKind::Trend)
    });
    // As numbers too, where the table writes "+64, +5,1 %": a row in the unit, one in per cent.
    let row = |csv: &str, heading: &str| -> Vec<String> {
        let line = csv.lines().find(|l| l.split(';').next() == Some(heading));
        let line = line.unwrap_or_else(|| panic!("a row {heading:?} in {csv}"));
        line.split(';').skip(1).map(str::to_owned).collect()
    };
    assert_eq!(row(&trend, "Изменение 2021–2023"), ["64", "20"], "{trend}");
    // Apart from the years, which a spreadsheet's table or chart would take them for.
    assert!(trend.contains("\r\n\r\nИзменение 2021–2023;"), "{trend}");
    let percent = row(&trend, "Изменение 2021–2023, %");
    assert!(
        percent[0].starts_with("5,12") && percent[1].starts_with("5,34"),
        "{trend}"
    );
    // A line without the last year has its change on rows of its own years, not the chart's.
    let short = csv(Options {
        lang: Lang::Ru,
        indicators: vec!["ethnocultural".into()],
        regions: regions(&["KZ-63", "KZ-47"]),
        ..opts(ChartKind::Trend)
    });
    let f = figure(
        &data,
        &Options {
            lang: Lang::Ru,
            indicators: vec!["ethnocultural".into()],
            regions: regions(&["KZ-63", "KZ-47"]),
            ..opts(ChartKind::Trend)
        },
    )
    .unwrap();
    let k = f.series.iter().position(|s| s.key == "KZ-63").unwrap();
    let whole = row(&short, "Изменение 2021–2023");
    let part = row(&short, "Изменение 2021–2022");
    assert!(whole[k].is_empty() && !whole[1 - k].is_empty(), "{short}");
    assert!(part[1 - k].is_empty(), "{short}");
    let (from, to) = (f.cell(0, k).value.unwrap(), f.cell(1, k).value.unwrap());
    assert_eq!(
        part[k],
        (to - from).to_string().replace('.', ","),
        "{short}"
    );
    assert_eq!(row(&short, "Изменение 2021–2022, %").len(), 2, "{short}");
    // The whole span first, though the line of the shorter one comes first.
    assert_eq!(k, 0, "{short}");
    let at = |heading: &str| short.find(&format!("\n{heading};")).unwrap();
    assert!(
        at("Изменение 2021–2023") < at("Изменение 2021–2022"),
        "{short}"
    );
    // Shares change by points: no per cent of a per cent.
    let shares = csv(Options {
        lang: Lang::Ru,
        indicators: vec!["ngo".into()],
        regions: regions(&["KZ-33", "KZ-10"]),
        measure: Measure::ShareOfTotal,
        ..opts(ChartKind::Trend)
    });
    assert_eq!(
        row(&shares, "Изменение 2021–2023, п.\u{a0}п.").len(),
        2,
        "{shares}"
    );
    assert!(!shares.contains("Изменение 2021–2023, %"), "{shares}");
    // What the reader hid in the legend is not in the file, nor in a pie's shares: said.
    let pie = csv(Options {
        lang: Lang::En,
        regions: regions(&["KZ-33"]),
        hidden: vec!["ngo".into()],
        ..opts(ChartKind::Pie)
    });
    assert!(!pie.contains("\nNon-governmental organisations,"), "{pie}");
    assert!(
        pie.contains("\r\nHidden in the legend: Non-governmental organisations\r\n"),
        "{pie}"
    );
    let bar = csv(Options {
        lang: Lang::En,
        indicators: vec!["ngo".into()],
        reference: Some(Reference::Named(ReferenceName::Average)),
        ..opts(ChartKind::Bar)
    });
    let label = figure(
        &data,
        &Options {
            lang: Lang::En,
            indicators: vec!["ngo".into()],
            reference: Some(Reference::Named(ReferenceName::Average)),
            ..opts(ChartKind::Bar)
        },
    )
    .unwrap()
    .reference
    .unwrap()
    .label;
    assert!(bar.contains(&label), "{label} in {bar}");
}

/// The CSV download opened as one column in Kazakh and Russian Excel (`,` separators, points
/// for decimals), its first header was empty and a trend's headers carried the legend's
/// changes: now `;` and decimal commas for kk and ru, `,` and points for English, a named
/// first column and plain names.
#[test]
fn the_csv_download_opens_in_a_spreadsheet_of_the_readers_language() {
    let seed = common::zhetysu();
    let csv = |data: &Dataset, o: Options| figure(data, &o).unwrap().to_csv();
    let kk = csv(
        &seed,
        Options {
            lang: Lang::Kk,
            ..opts(ChartKind::Bar)
        },
    );
    assert!(
        kk.starts_with("Көрсеткіш;Жетісу облысы\r\nҮкіметтік емес ұйымдар;377\r\n"),
        "{kk}"
    );
    // The source's address last, which a spreadsheet links and a reader can cite.
    assert!(
        kk.ends_with("\r\nhttps://taldykorgan-online.kz/?p=1730\r\n"),
        "{kk}"
    );
    let ru = csv(
        &seed,
        Options {
            lang: Lang::Ru,
            measure: Measure::Per10k,
            ..opts(ChartKind::Bar)
        },
    );
    assert!(
        ru.contains("\r\nНеправительственные организации;5,393419\r\n"),
        "{ru}"
    );
    let en = csv(
        &seed,
        Options {
            lang: Lang::En,
            measure: Measure::Per10k,
            ..opts(ChartKind::Bar)
        },
    );
    assert!(
        en.contains("\r\nNon-governmental organisations,5.393419\r\n"),
        "{en}"
    );
    // A trend: years down, regions across, by their names alone.
    let data = common::illustrative();
    let trend = csv(
        &data,
        Options {
            lang: Lang::Ru,
            regions: regions(&["KZ-33", "KZ-10"]),
            ..opts(ChartKind::Trend)
        },
    );
    let header = trend.lines().next().unwrap();
    assert_eq!(header, "Год;область Жетісу;область Абай");
    // Regions down: the first column says so; the sources follow after an empty row.
    let bars = csv(
        &data,
        Options {
            lang: Lang::Kk,
            ..opts(ChartKind::Grouped)
        },
    );
    assert!(bars.starts_with("Өңір;"), "{bars}");
    assert!(bars.contains("\r\n\r\n"), "{bars}");
    assert!(bars.contains("\r\nДереккөз: "), "{bars}");
}

/// What a screen reader hears: sentences that start with a capital («область Жетісу» opens
/// one in Russian), footer lines that end before the next begins, and a donut's values not
/// bracketed twice.
#[test]
fn the_summary_reads_as_sentences() {
    let seed = common::zhetysu();
    let summary = |o: Options| figure(&seed, &o).unwrap().summary();
    let ru = summary(Options {
        lang: Lang::Ru,
        ..opts(ChartKind::Bar)
    });
    // It is the chart's description, after its name, the title: it starts after the title.
    assert!(ru.starts_with("Область Жетісу, 2023. "), "{ru}");
    assert!(ru.contains("470. Источник: "), "{ru}");
    // The subtitle, a line of its own on the chart, too.
    let o = Options {
        lang: Lang::Ru,
        ..opts(ChartKind::Bar)
    };
    let (f, _, texts) = draw(&seed, &o, 900.0);
    assert!(has(&texts, "Область Жетісу, 2023"), "{texts:?}");
    // ... and mid-line in the table's caption and the CSV as in running text.
    assert_eq!(f.subtitle, "область Жетісу, 2023");
    assert!(f
        .to_csv()
        .contains("\r\nКоличество (область Жетісу, 2023)\r\n"));
    let rates = summary(Options {
        lang: Lang::Ru,
        measure: Measure::Per10k,
        ..opts(ChartKind::Bar)
    });
    assert!(rates.contains(", 2023. Население (2022): "), "{rates}");
    // What the figures are: the axis title had been the only place that said so.
    assert!(
        rates.contains(". На 10\u{a0}000 жителей. Наибольшее: "),
        "{rates}"
    );
    assert!(ru.ends_with('.'), "{ru}");
    let donut = summary(Options {
        lang: Lang::En,
        ..opts(ChartKind::Donut)
    });
    assert!(
        donut.contains("Non-governmental organisations — 80,2 % (377)")
            || donut.contains("Non-governmental organisations — 80.2% (377)"),
        "{donut}"
    );
    assert!(!donut.contains("))"), "{donut}");
    // A trend's lines are named without their change, which ran into the value's brackets.
    let trend = figure(
        &common::illustrative(),
        &Options {
            lang: Lang::En,
            regions: regions(&["KZ-47", "KZ-33"]),
            indicators: vec!["ngo".into()],
            ..opts(ChartKind::Trend)
        },
    )
    .unwrap()
    .summary();
    assert!(
        trend.contains("Largest: 2023 · Zhetysu Region (1,313)"),
        "{trend}"
    );
}

/// Ranks were said only by the tooltip: the table (what screen readers and analysts read)
/// and the CSV download carry them too, where the chart ranks regions.
#[test]
fn the_table_and_the_csv_rank_the_regions_of_a_bar_chart() {
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        measure: Measure::Per10k,
        ..opts(ChartKind::Bar)
    };
    let f = figure(&data, &o).unwrap();
    let table = f.table();
    assert_eq!(table.columns.last().map(String::as_str), Some("Rank"));
    let aqtobe = table.rows.iter().find(|r| r[0] == "Aktobe Region").unwrap();
    assert_eq!(aqtobe.last().map(String::as_str), Some("1"), "{aqtobe:?}");
    let shymkent = table.rows.iter().find(|r| r[0] == "Shymkent").unwrap();
    assert_eq!(
        shymkent.last().map(String::as_str),
        Some(""),
        "no population, no rank"
    );
    let csv = f.to_csv();
    assert!(csv.lines().next().unwrap().ends_with(",Rank"), "{csv}");
    assert!(csv.contains("\r\nAktobe Region,8.5"), "{csv}");
    // The file ranks its own figures, written with six decimals: 6.533056 and 6.474359 had
    // shared the chart's rank of "6.5". A larger one ranks higher, equal ones alike.
    let rows: Vec<(f64, usize)> = (csv.lines().skip(1))
        .filter_map(|l| {
            let fields: Vec<&str> = l.rsplitn(3, ',').collect();
            Some((fields.get(1)?.parse().ok()?, fields[0].parse().ok()?))
        })
        .collect();
    assert!(rows.len() >= 19, "{csv}");
    for &(v, rank) in &rows {
        for &(w, other) in &rows {
            assert_eq!(v > w, rank < other, "{v} ranks {rank}, {w} {other}");
        }
    }
    // Every rank as the tooltip says it, for each measure, and of the values as written: an
    // analyst's review found six bars reading "5.4" ranked 7th to 12th by unwritten decimals.
    // Bars written alike share a rank; one written larger ranks higher.
    for measure in [Measure::Count, Measure::Per10k, Measure::ShareOfTotal] {
        let f = figure(
            &data,
            &Options {
                measure,
                ..o.clone()
            },
        )
        .unwrap();
        let written: Vec<Option<f64>> = (f.cells.iter())
            .map(|c| c.text.trim_end_matches('%').replace(',', "").parse().ok())
            .collect();
        let ranks = f.ranks().unwrap();
        let mut tied = 0;
        for (c, rank) in ranks.iter().enumerate() {
            assert_eq!(
                *rank,
                civic_stats::stats::measure::rank_of(written.iter().copied(), c, f.decimals),
                "{measure:?} {c}"
            );
            if let Some(rank) = rank {
                let said = format!("rank {rank} of ");
                assert!(f.tooltip(c, 0).iter().any(|l| l.starts_with(&said)), "{c}");
            }
            tied += (0..c)
                .filter(|&d| written[d].is_some() && written[d] == written[c])
                .count();
        }
        if measure == Measure::Per10k {
            assert!(tied > 0, "the illustrative rates have bars written alike");
        }
    }
    // Where the chart does not rank regions, neither does the table.
    let grouped = figure(&data, &opts(ChartKind::Grouped)).unwrap().table();
    assert!(!grouped.columns.iter().any(|c| c == "Rank" || c == "Орны"));
}

/// A summary adds up counts only, and names the largest and smallest only among values of one
/// unit: an average and a percentage were summed with counts ("Total: 62.4"), a comparison
/// added its two regions together, and one of two tied regions was "the largest".
#[test]
fn the_summary_adds_up_counts_only_and_names_every_tie() {
    let json = r#"{
      "format": "civic-stats/1", "title": {"en": "Units"}, "illustrative": true,
      "source": {"title": {"en": "Test figures"}, "publisher": {"en": "tests"}, "date": "2026", "document": "tests/summary_table_csv.rs"},
      "indicators": [
        {"id": "avg", "unit": "number", "name": {"en": "Staff per NGO"}},
        {"id": "pct", "unit": "percent", "name": {"en": "NGOs with grants"}},
        {"id": "ngo", "unit": "count", "name": {"en": "NGOs"}}
      ],
      "regions": [
        {"id": "KZ-10", "values": {"2023": {"avg": 0.875, "pct": 12.25, "ngo": 5}}},
        {"id": "KZ-11", "values": {"2023": {"avg": 1.25, "pct": 40, "ngo": 5}}},
        {"id": "KZ-15", "values": {"2023": {"avg": 1.25, "pct": 40, "ngo": 3}}}
      ]
    }"#;
    let data = civic_stats::data::parse_json(json).unwrap();
    let summary = |kind, indicators: &[&str], ids: &[&str]| {
        let o = Options {
            lang: Lang::En,
            indicators: indicators.iter().map(|&i| i.into()).collect(),
            regions: regions(ids),
            ..opts(kind)
        };
        figure(&data, &o).unwrap().summary()
    };
    let averages = summary(ChartKind::Bar, &["avg"], &[]);
    assert!(!averages.contains("Total"), "{averages}");
    assert!(
        averages.contains(
            "Largest: Akmola Region, Aktobe Region (1.250); smallest: Abai Region (0.875)."
        ),
        "{averages}"
    );
    let counts = summary(ChartKind::Bar, &["ngo"], &[]);
    assert!(counts.contains("Total: 13."), "{counts}");
    assert!(
        counts.contains("Largest: Abai Region, Akmola Region (5)"),
        "{counts}"
    );
    let compared = summary(ChartKind::Compare, &[], &["KZ-10", "KZ-11"]);
    assert!(!compared.contains("Total"), "{compared}");
    assert!(!compared.contains("Largest"), "{compared}");
    // All equal: nothing is the largest.
    let equal = summary(ChartKind::Bar, &["ngo"], &["KZ-10", "KZ-11"]);
    assert!(!equal.contains("Largest"), "{equal}");
    assert!(equal.contains("Total: 10."), "{equal}");
}

/// The summary's largest and smallest are every region whose value reads alike, as ranks
/// are given: of 5.41 and 5.38 per 10 000, both written "5.4", it named only the second.
#[test]
fn the_summary_names_every_value_that_reads_as_the_smallest() {
    let million = 1_000_000;
    let data = rates_data(&[
        ("KZ-10", 541, million),
        ("KZ-11", 538, million),
        ("KZ-15", 700, million),
    ]);
    let rates = |ids: &[&str]| {
        let o = Options {
            lang: Lang::En,
            measure: Measure::Per10k,
            regions: regions(ids),
            ..opts(ChartKind::Bar)
        };
        figure(&data, &o).unwrap().summary()
    };
    let summary = rates(&[]);
    assert!(
        summary
            .contains("Largest: Aktobe Region (7.0); smallest: Abai Region, Akmola Region (5.4)."),
        "{summary}"
    );
    // Two that read alike have no largest and smallest.
    let alike = rates(&["KZ-10", "KZ-11"]);
    assert!(!alike.contains("Largest"), "{alike}");
}

/// A region's shares of a total lacking a part are not weighed against complete ones in the
/// summary: Mangystau's media, alone of its total in 2022, had been "the largest" at 100 %.
#[test]
fn shares_of_an_incomplete_total_are_not_the_summarys_largest() {
    let o = Options {
        lang: Lang::En,
        measure: Measure::ShareOfRegion,
        year: Some(2022),
        indicators: vec!["ngo".into(), "media".into()],
        regions: regions(&["KZ-10", "KZ-63", "KZ-47"]),
        ..opts(ChartKind::Grouped)
    };
    let f = figure(&common::illustrative(), &o).unwrap();
    let summary = f.summary();
    let mangystau = f.categories.iter().find(|c| c.key == "KZ-47").unwrap();
    assert_eq!(mangystau.note.as_deref(), Some("incomplete"), "{summary}");
    assert!(summary.contains("Largest: "), "{summary}");
    assert!(!summary.contains("Mangystau"), "{summary}");
}

/// The CSV holds what a pie and a stack draw from their values (a pie's shares, a stack's
/// totals), and text from a file that a spreadsheet would run as a formula stays text.
#[test]
fn the_csv_has_a_pies_shares_a_stacks_totals_and_no_formulas() {
    let seed = common::zhetysu();
    let csv = |kind| {
        let o = Options {
            lang: Lang::Ru,
            ..opts(kind)
        };
        figure(&seed, &o).unwrap().to_csv()
    };
    let pie = csv(ChartKind::Pie);
    let lines: Vec<&str> = pie.lines().collect();
    assert_eq!(
        lines[0],
        "Показатель;область Жетісу;Доля в итоге региона, %"
    );
    // 377 of 470.
    assert_eq!(lines[1], "Неправительственные организации;377;80,212766");
    // Under the values, the chart's title first: a file on its own says what it holds.
    let blank = lines.iter().position(|l| l.is_empty()).unwrap();
    assert_eq!(lines[blank + 1], "Гражданское общество области Жетісу");
    let data = common::illustrative();
    let o = Options {
        lang: Lang::En,
        regions: regions(&["KZ-33", "KZ-10"]),
        ..opts(ChartKind::Stacked)
    };
    let stacked = figure(&data, &o).unwrap().to_csv();
    let lines: Vec<&str> = stacked.lines().collect();
    assert!(lines[0].ends_with(",Total"), "{stacked}");
    assert!(
        lines[1].starts_with("Zhetysu Region,1313,") && lines[1].ends_with(",1732"),
        "{stacked}"
    );
    // ... and the table view, as the chart writes them beside the bars.
    let table = figure(&data, &o).unwrap().table();
    assert_eq!(table.columns.last().map(String::as_str), Some("Total"));
    assert_eq!(table.rows[0].last().map(String::as_str), Some("1,732"));

    let json = r#"{
      "format": "civic-stats/1", "title": {"en": "=1+1"}, "illustrative": true,
      "source": {"title": {"en": "@SUM(A1)"}, "publisher": {"en": "x"}, "date": "2026", "document": "y"},
      "indicators": [{"id": "a", "unit": "count", "name": {"en": "=HYPERLINK(\"http://x\",\"y\")"}},
                     {"id": "b", "unit": "count", "name": {"en": "-2+3"}}],
      "regions": [{"id": "KZ-10", "values": {"2023": {"a": 1, "b": 2}}}]
    }"#;
    let data = civic_stats::data::parse_json(json).unwrap();
    let o = Options {
        lang: Lang::En,
        ..opts(ChartKind::Bar)
    };
    let text = figure(&data, &o).unwrap().to_csv();
    for line in text.lines() {
        let first = line.trim_start_matches('"');
        assert!(
            !first.starts_with(['=', '+', '-', '@']),
            "{line:?} in\n{text}"
        );
    }
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1"),
        "{text}"
    );
    assert!(text.contains("'-2+3,2"), "{text}");

    // A formula after a separator of another locale: a file written with `;`, opened by an
    // Excel that splits at `,`, had had a cell `=cmd|…` of a region's name.
    let json = r#"{
      "format": "civic-stats/1", "title": {"ru": "Т"}, "illustrative": true,
      "source": {"title": {"ru": "И"}, "publisher": {"ru": "x"}, "date": "2026", "document": "y"},
      "indicators": [{"id": "a", "unit": "count", "name": {"ru": "НПО"}}],
      "regions": [{"id": "R1", "name": {"ru": "Жетісу,=cmd|' /C calc'!A0"}, "values": {"2023": {"a": 1}}},
                  {"id": "R2", "name": {"ru": "Абай, -область"}, "values": {"2023": {"a": 2}}},
                  {"id": "R3", "name": {"ru": "Шымкент, город"}, "values": {"2023": {"a": 3}}}]
    }"#;
    let data = civic_stats::data::parse_json(json).unwrap();
    let o = Options {
        lang: Lang::Ru,
        ..opts(ChartKind::Bar)
    };
    let text = figure(&data, &o).unwrap().to_csv();
    assert!(
        text.contains("\r\n\"Жетісу,=cmd|' /C calc'!A0\";1;"),
        "{text}"
    );
    assert!(text.contains("\r\n\"Абай, -область\";2;"), "{text}");
    // A comma before no formula is left as it is.
    assert!(text.contains("\r\nШымкент, город;3;"), "{text}");

    // A `-0` in the data is 0 in the file, not "-0".
    let zero = json.replace("\"a\": 1}", "\"a\": -0}");
    let data = civic_stats::data::parse_json(&zero).unwrap();
    let text = figure(&data, &o).unwrap().to_csv();
    assert!(text.contains("A0\";0;"), "{text}");
}

/// A pie of one indicator across regions shares out their total: its CSV column had been
/// headed "Share of the region's total, %".
#[test]
fn a_pie_of_regions_heads_its_shares_as_theirs() {
    let o = Options {
        lang: Lang::En,
        indicators: vec!["ngo".into()],
        regions: regions(&["KZ-10", "KZ-11", "KZ-15"]),
        ..opts(ChartKind::Pie)
    };
    let csv = figure(&common::illustrative(), &o).unwrap().to_csv();
    let header = csv
        .lines()
        .find(|l| l.contains("Share"))
        .unwrap_or_default();
    assert!(header.contains("Share, %"), "{csv}");
    assert!(!csv.contains("region's total"), "{csv}");
    let one = Options {
        regions: regions(&["KZ-10"]),
        indicators: Vec::new(),
        ..o
    };
    let csv = figure(&common::illustrative(), &one).unwrap().to_csv();
    assert!(csv.contains("Share of the region's total, %"), "{csv}");
}
