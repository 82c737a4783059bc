//! Reading CSV datasets: the exports people actually have, every refused file with its
//! message in three languages, the csv-spectrum edge cases, and bytes nobody meant to send.

mod common;

use civic_stats::data::{
    parse_csv, read_csv_table, CsvMeta, DataError, Dataset, ErrorKind, Location, Unit, MAX_ERRORS,
    MAX_INPUT_BYTES, MAX_ROWS,
};
use civic_stats::locale::Lang;
use civic_stats::options::Options;
use civic_stats::stats::figure;
use std::path::{Path, PathBuf};

fn folder(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(sub)
}

fn files(sub: &str, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder(sub))
        .unwrap_or_else(|e| panic!("tests/data/{sub}: {e}"))
        .map(|entry| entry.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    found.sort();
    found
}

fn parse(text: &str, lang: Lang) -> Result<Dataset, Vec<DataError>> {
    parse_csv(text.as_bytes(), &CsvMeta::new("test.csv", lang))
}

fn ok(text: &str) -> Dataset {
    parse(text, Lang::Kk).unwrap_or_else(|e| panic!("{text:?}: {}", e[0]))
}

fn first_error(text: &str, lang: Lang) -> String {
    match parse(text, lang) {
        Ok(_) => panic!("{text:?} should be refused"),
        Err(errors) => errors[0].message(Lang::En),
    }
}

fn good(name: &str, lang: Lang) -> Dataset {
    let path = folder("csv/good").join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    parse_csv(&bytes, &CsvMeta::new(name, lang)).unwrap_or_else(|errors| {
        let all: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("{name}: {all:#?}")
    })
}

/// A region's values in one year, by indicator id.
fn row(d: &Dataset, region: &str, year: i32) -> Vec<(String, Option<f64>)> {
    let r = d.region_index(region).expect("region present");
    let y = d.year_index(year).expect("year present");
    d.indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| (ind.id.clone(), d.value(r, y, i)))
        .collect()
}

fn ids(pairs: &[(&str, Option<f64>)]) -> Vec<(String, Option<f64>)> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn every_bad_file_gives_its_expected_first_message_in_three_languages() {
    let cases = files("csv/bad", "csv");
    let names: Vec<String> = cases
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
        .collect();
    for required in [
        "negative-count.csv",
        "unknown-region.csv",
        "not-a-number.csv",
        "header-only.csv",
        "empty.csv",
        "no-region-column.csv",
        "duplicate-region.csv",
        "ragged-row.csv",
        "binary.csv",
        "fractional-count.csv",
    ] {
        assert!(names.iter().any(|n| n == required), "missing {required}");
    }
    for expected in files("csv/bad", "expected") {
        assert!(
            expected.with_extension("csv").exists(),
            "{} has no .csv",
            expected.display()
        );
    }
    for case in cases {
        let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let expected = std::fs::read_to_string(case.with_extension("expected"))
            .unwrap_or_else(|e| panic!("{name}: no .expected file: {e}"));
        let bytes = std::fs::read(&case).expect("readable case");
        let errors = match parse_csv(&bytes, &CsvMeta::new(name, Lang::Kk)) {
            Ok(_) => panic!("{name} should be refused"),
            Err(errors) => errors,
        };
        assert!(
            (1..=MAX_ERRORS).contains(&errors.len()),
            "{name}: {} errors",
            errors.len()
        );
        let mut langs = Vec::new();
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            let (tag, message) = line
                .split_once(": ")
                .unwrap_or_else(|| panic!("{name}.expected: bad line {line:?}"));
            let lang: Lang = tag.parse().expect("en, ru or kk");
            assert_eq!(errors[0].message(lang), message, "{name} in {lang}");
            langs.push(lang);
        }
        langs.sort_by_key(|l| l.tag());
        assert_eq!(langs, [Lang::En, Lang::Kk, Lang::Ru], "{name}.expected");
    }
}

#[test]
fn excel_export_with_bom_semicolons_crlf_and_decimal_commas() {
    let d = good("excel-semicolon-bom-crlf.csv", Lang::Ru);
    let region_ids: Vec<&str> = d.regions.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(region_ids, ["KZ-33", "KZ-19", "KZ-75"]);
    assert_eq!(d.years, [2022, 2023]);
    let indicator_ids: Vec<&str> = d.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(indicator_ids, ["ngo", "media", "доля-нко-с-госгрантами"]);
    assert_eq!(d.indicators[2].unit, Unit::Percent);
    assert_eq!(
        d.indicators[2].name.pick(Lang::En),
        "Доля НКО с госгрантами, %"
    );
    assert_eq!(
        row(&d, "KZ-33", 2023),
        ids(&[
            ("ngo", Some(377.0)),
            ("media", Some(56.0)),
            ("доля-нко-с-госгрантами", Some(12.5))
        ])
    );
    assert_eq!(
        row(&d, "KZ-19", 2023),
        ids(&[
            ("ngo", Some(1204.0)),
            ("media", None),
            ("доля-нко-с-госгрантами", Some(8.25))
        ])
    );
    assert_eq!(
        row(&d, "KZ-75", 2023),
        ids(&[
            ("ngo", Some(4567.0)),
            ("media", Some(212.0)),
            ("доля-нко-с-госгрантами", None)
        ])
    );
    assert_eq!(
        row(&d, "KZ-33", 2022),
        ids(&[
            ("ngo", Some(350.0)),
            ("media", None),
            ("доля-нко-с-госгрантами", None)
        ])
    );
    // Almaty city has no 2022 row: every value there is "no data", never 0.
    assert_eq!(
        row(&d, "KZ-75", 2022)
            .iter()
            .filter(|(_, v)| v.is_some())
            .count(),
        0
    );
    let population: Vec<(i32, f64)> = d.regions[1]
        .population
        .iter()
        .map(|p| (p.year, p.value))
        .collect();
    assert_eq!(population, [(2023, 1_528_000.0)]);
    assert_eq!(d.regions[2].population[0].value, 2_228_675.0);
    assert!(d.regions[0].population.iter().all(|p| p.year == 2023));
}

/// Statistical databases export long tables, a row per region, year and indicator
/// (`Регион;Год;Показатель;Значение`): each row's indicator was refused as "not a number"
/// and each region-year as repeated. The same figures as a wide file make the same dataset.
#[test]
fn a_long_table_reads_as_its_wide_twin() {
    let long = good("long-format.csv", Lang::Ru);
    let wide = good("excel-semicolon-bom-crlf.csv", Lang::Ru);
    assert_eq!(long.indicators, wide.indicators);
    assert_eq!(long.years, wide.years);
    assert_eq!(long.regions.len(), wide.regions.len());
    for (l, w) in long.regions.iter().zip(&wide.regions) {
        let people = |r: &civic_stats::data::Region| -> Vec<(i32, f64)> {
            r.population.iter().map(|p| (p.year, p.value)).collect()
        };
        assert_eq!((&l.id, people(l)), (&w.id, people(w)));
        for year in [2022, 2023] {
            assert_eq!(row(&long, &l.id, year), row(&wide, &w.id, year), "{}", l.id);
        }
    }
}

/// A long table's problems are found at their own lines: the file's lines are not the rows
/// they are gathered into, and a value's column is the file's column of values.
#[test]
fn a_long_tables_problems_name_their_lines() {
    let text = "Регион;Показатель;Год;Значение\n\
                Абай облысы;НПО;2023;120\n\
                Абай облысы;СМИ;2023;3О\n\
                Алматы;;2023;900\n\
                Алматы;НПО;2023;1 200;\n\
                Абай облысы;НПО;2022;110\n";
    let errors: Vec<String> = parse(text, Lang::En)
        .expect_err("refused")
        .iter()
        .map(|e| e.message(Lang::En))
        .collect();
    assert_eq!(
        errors,
        [
            "line 3, column 'Значение': '3О' is not a number: it has the letter 'О' among its digits",
            "line 4, column 'Показатель': the indicator is empty",
            "line 5: number of cells: 5 in this row, 4 in the header",
        ]
    );
    // A column misread as the indicators' (a value of its own in every row) would widen into
    // rows × rows cells: refused with its counts, as a JSON file of as many values is.
    let mut text = String::from("Регион;Год;Показатель;Значение\n");
    for i in 0..600 {
        text.push_str(&format!("Астана;{};№{i};1\n", 1500 + i));
    }
    assert_eq!(
        parse(&text, Lang::En).expect_err("refused")[0].message(Lang::En),
        "too many values: regions × years × indicators = 1 × 600 × 600, at most 250,000"
    );
    // A region named without figures is still a row, as in a wide table.
    let text =
        "Регион;Показатель;Год;Значение\nАбай облысы;НПО;2023;120\nАлматы;;2023;\nАлматы;;2023;\n";
    let d = ok(text);
    assert_eq!(d.regions.len(), 2);
    assert_eq!(row(&d, "KZ-75", 2023), ids(&[("ngo", None)]));
    // A table with a column of values and none of indicators is one indicator of that name.
    let one = ok("Регион;Год;Значение\nАбай облысы;2023;120\n");
    assert_eq!(one.indicators.len(), 1);
    assert_eq!(one.indicators[0].name.pick(Lang::Ru), "Значение");
}

/// A percentage column beside counts was stacked onto them ("446" for 377 + 56 + 12,5),
/// counted into a region's total for shares and divided by population ("12,5 %" became
/// "0,18 per 10 000 residents"): it is left out of those, with a note saying so; a chart of
/// nothing but percentages draws them as they are, with a note, or, adding them up in a
/// stack or a pie, says why it cannot be drawn.
#[test]
fn a_percentage_column_is_not_added_up_shared_or_taken_per_10k() {
    use civic_stats::options::{ChartKind, Measure};
    let d = good("excel-semicolon-bom-crlf.csv", Lang::En);
    let percent = "Доля НКО с госгрантами, %";
    let draw = |chart, measure, indicators: &[&str]| {
        let o = Options {
            chart,
            measure,
            indicators: indicators.iter().map(|s| s.to_string()).collect(),
            lang: Lang::En,
            ..Options::default()
        };
        figure(&d, &o)
    };
    for (chart, measure) in [
        (ChartKind::Stacked, Measure::Count),
        (ChartKind::Share, Measure::Count),
        (ChartKind::Pie, Measure::Count),
        (ChartKind::Grouped, Measure::Per10k),
        (ChartKind::Grouped, Measure::ShareOfTotal),
        (ChartKind::Bar, Measure::ShareOfRegion),
    ] {
        let f = draw(chart, measure, &[]).unwrap();
        let shown = |label: &str| {
            f.series.iter().any(|s| s.label == label)
                || f.categories.iter().any(|c| c.label == label)
        };
        assert!(!shown(percent), "{chart:?} {measure:?}");
        assert!(
            f.footer
                .iter()
                .any(|l| l.contains("not counts") && l.contains(percent)),
            "{chart:?} {measure:?}: {:?}",
            f.footer
        );
        // Zhetysu's NGOs and media: 377 + 56, not 445,5.
        if chart == ChartKind::Stacked {
            let total: f64 = f.row(0).iter().filter_map(|c| c.value).sum();
            assert_eq!(total, 433.0);
        }
    }
    // Nor do they share an axis with counts; alone, they have their own. A chart of the
    // first indicator (NGOs) per 10 000 residents has nothing to say about the third.
    let one_region = Options {
        regions: vec!["KZ-33".into()],
        lang: Lang::En,
        ..Options::default()
    };
    for f in [
        draw(ChartKind::Grouped, Measure::Count, &[]).unwrap(),
        figure(&d, &one_region).unwrap(),
    ] {
        let chart = f.kind;
        let shown = f.series.iter().map(|s| &s.label);
        assert!(!shown
            .chain(f.categories.iter().map(|c| &c.label))
            .any(|l| l == percent));
        assert!(
            f.footer
                .iter()
                .any(|l| l.contains("cannot share an axis") && l.contains(percent)),
            "{chart:?}: {:?}",
            f.footer
        );
    }
    let f = draw(
        ChartKind::Grouped,
        Measure::Count,
        &["доля-нко-с-госгрантами"],
    )
    .unwrap();
    assert!(f.series.iter().any(|s| s.label == percent));
    assert_eq!(f.axis_title, "Share, %");
    let f = draw(ChartKind::Bar, Measure::Per10k, &[]).unwrap();
    assert!(
        !f.footer.iter().any(|l| l.contains("not counts")),
        "{:?}",
        f.footer
    );
    // Nothing but the percentage, per 10 000 residents or as shares of all regions, in bars
    // or a trend: drawn as it is, and the footer says why (a trend had said it could not be
    // drawn, and told the reader to make a bar chart).
    let id = "доля-нко-с-госгрантами";
    let as_given = draw(ChartKind::Bar, Measure::Count, &[id]).unwrap();
    for (chart, measure, name) in [
        (ChartKind::Bar, Measure::Per10k, "Per 10,000 residents"),
        (ChartKind::Trend, Measure::Per10k, "Per 10,000 residents"),
        (
            ChartKind::Bar,
            Measure::ShareOfTotal,
            "Share of the total of all regions, %",
        ),
    ] {
        let f = draw(chart, measure, &[id]).unwrap();
        let note = format!(
            "Indicators that are not counts are shown as they are; the measure '{name}' \
             does not apply: {percent}"
        );
        assert!(f.footer.contains(&note), "{chart:?}: {:?}", f.footer);
        assert_eq!(f.axis_title, "Share, %");
        if chart == ChartKind::Bar {
            assert_eq!(f.cells, as_given.cells, "{measure:?}");
        }
    }
    // Nor does a file without population stop it: per 10 000 residents, a percentage alone
    // had said "no population" (of a rate it was never to be divided into).
    let unpopulated = ok("Регион;Год;НКО;Доля НКО с госгрантами, %\n\
                          Жетісу облысы;2023;377;12,5\n\
                          Абай облысы;2023;401;9,75\n");
    let o = Options {
        measure: Measure::Per10k,
        indicators: vec![id.into()],
        lang: Lang::En,
        ..Options::default()
    };
    let f = figure(&unpopulated, &o).unwrap();
    let values: Vec<_> = f.cells.iter().map(|c| c.value).collect();
    assert_eq!(values, [Some(12.5), Some(9.75)]);
    assert!(
        f.footer.iter().any(|l| l.contains("does not apply")),
        "{:?}",
        f.footer
    );
    // The count still needs its population, and says so.
    let o = Options {
        indicators: vec![],
        ..o
    };
    let err = figure(&unpopulated, &o).unwrap_err();
    assert!(
        err.message(Lang::En).contains("population"),
        "{}",
        err.message(Lang::En)
    );
    // Added up in a stack, it cannot be: a message, in the reader's language.
    let err = draw(ChartKind::Stacked, Measure::Count, &[id]).unwrap_err();
    assert!(err
        .message(Lang::En)
        .starts_with(&format!("'{percent}' is not a count")));
    assert!(err
        .message(Lang::Kk)
        .starts_with(&format!("«{percent}» — саны емес")));
}

/// A sheet with a column per year and one of population, as an analyst keeps it: the
/// population names no year, and had been given to every year, the footer citing it as
/// "Population (2021, 2022, 2023)" where it was 2023's. It is the last year's, and a rate of
/// an earlier year says it divides by it.
#[test]
fn a_wide_tables_population_is_its_last_years() {
    use civic_stats::options::{ChartKind, Measure};
    let d = ok("Регион;Население;2021;2022;2023\nАбайская;611000;300;350;377\nг.Астана;1350000;1500;1700;1931\n");
    let years: Vec<Vec<i32>> = d
        .regions
        .iter()
        .map(|r| r.population.iter().map(|p| p.year).collect())
        .collect();
    assert_eq!(years, [[2023], [2023]]);
    let per_10k = |chart, year| Options {
        chart,
        measure: Measure::Per10k,
        year,
        lang: Lang::En,
        ..Options::default()
    };
    let f = figure(&d, &per_10k(ChartKind::Bar, Some(2021))).unwrap();
    assert_eq!(f.cells[0].value, Some(300.0 / 611_000.0 * 10_000.0));
    let said =
        |f: &civic_stats::stats::Figure, line: &str| f.footer.iter().any(|l| l.starts_with(line));
    assert!(said(&f, "Population (2023): "), "{:?}", f.footer);
    assert!(
        said(&f, "2021 values are divided by the 2023 population"),
        "{:?}",
        f.footer
    );
    let f = figure(&d, &per_10k(ChartKind::Trend, None)).unwrap();
    assert!(
        said(&f, "2021, 2022 values are divided by the 2023 population"),
        "{:?}",
        f.footer
    );
    // A column kept empty for next year's figures does not take it.
    let waiting = ok(
        "Регион;Население;2022;2023;2024\nАбайская;611000;350;377;\nг.Астана;1350000;1700;1931;\n",
    );
    for region in &waiting.regions {
        let years: Vec<i32> = region.population.iter().map(|p| p.year).collect();
        assert_eq!(years, [2023]);
    }
}

/// A statistical table as Excel lays it out: each indicator's name over merged cells, a
/// column per year under it. It had been refused with three messages (no year, a row without
/// a region, a column without a header), none naming the cause.
#[test]
fn a_header_in_two_rows_indicators_over_years_is_read() {
    let text = "Сведения об НПО и СМИ;;;;;\n\
                Регион;Население;НПО;;СМИ;\n\
                ;;2022;2023*;2022;2023*\n\
                область Абай;611000;1 285;807;66;134\n\
                Акмолинская область;785000;3 093;1 069;112;\n\
                Итого;1396000;4 378;1 876;178;134\n\
                * предварительные данные;;;;;\n";
    let d = ok(text);
    let names: Vec<&str> = d.indicators.iter().map(|i| i.name.pick(Lang::Ru)).collect();
    assert_eq!(
        names,
        [
            "Неправительственные организации",
            "Средства массовой информации"
        ]
    );
    assert_eq!(d.years, [2022, 2023]);
    assert_eq!(
        row(&d, "KZ-10", 2023),
        ids(&[("ngo", Some(807.0)), ("media", Some(134.0))])
    );
    assert_eq!(
        row(&d, "KZ-11", 2023),
        ids(&[("ngo", Some(1069.0)), ("media", None)])
    );
    // The population names no year: the last year's, as in a table with a column per year.
    let years: Vec<i32> = d.regions[0].population.iter().map(|p| p.year).collect();
    assert_eq!(years, [2023]);
    // The year's mark and the footnote under the table, as in any other table.
    assert!(
        d.notes
            .iter()
            .any(|n| n.pick(Lang::Ru) == "* предварительные данные"),
        "{:?}",
        d.notes
    );
    // A cell that cannot be read is named by its line and its indicator.
    let broken = text.replace("3 093", "3 О93");
    assert!(
        first_error(&broken, Lang::Ru).starts_with("line 5, column 'НПО': "),
        "{}",
        first_error(&broken, Lang::Ru)
    );
    // One indicator over three years too, whose header row of two cells had been taken for a
    // title above a header of years.
    let one = ok("Регион;НПО;;\n\
                  ;2021;2022;2023\n\
                  область Абай;1 201;1 244;1 285\n\
                  Акмолинская область;2 950;3 011;3 093\n");
    assert_eq!(one.years, [2021, 2022, 2023]);
    assert_eq!(row(&one, "KZ-11", 2021), ids(&[("ngo", Some(2950.0))]));
    // A title of two cells above a header whose region column is unnamed stays a title.
    for title in [
        "Таблица 1;Количество НПО;;",
        "Таблица 1;;;Количество НПО",
        "Количество НПО;единиц;;",
        "Таблица 1;;;\nКоличество НПО;единиц;;",
    ] {
        let d = ok(&format!(
            "{title}\n;2021;2022;2023\nобласть Абай;1 201;1 244;1 285\n"
        ));
        assert_eq!(row(&d, "KZ-10", 2022).len(), 1, "{title}");
    }
    // A row of years with a year twice under one name is not such a header.
    let twice = text.replace(";;2022;2023*;2022;2023*", ";;2022;2022;2022;2023");
    assert!(parse(&twice, Lang::Ru).is_err());
    // As Excel saves it in Russian: Windows-1251, `;`, spaces grouping thousands.
    let d = good("two-row-header-1251.csv", Lang::Ru);
    assert_eq!((d.regions.len(), d.indicators.len()), (5, 2));
    assert_eq!(
        row(&d, "KZ-10", 2022),
        ids(&[("ngo", Some(1285.0)), ("media", Some(66.0))])
    );
}

/// A header in two rows is read once per year; what belongs to the line, not the year (its
/// problems, a row of totals, a note), had been taken once per year, and the whole table
/// widened before any limit (a 2 MB file of empty columns took gigabytes).
#[test]
fn a_header_in_two_rows_says_a_lines_problem_once_and_keeps_within_limits() {
    // A population under the years is each year's, not the last year's alone.
    let dated = ok("Регион;Население;;НПО;\n;2022;2023;2022;2023\nобласть Абай;600000;611000;10;20\nг.Астана;1300000;1350000;30;40\n");
    let years: Vec<i32> = dated.regions[0].population.iter().map(|p| p.year).collect();
    assert_eq!(years, [2022, 2023]);
    // A year's mark is taken from whichever indicator has it.
    let marked = ok("Регион;НПО;;СМИ;\n;2022;2023;2022;2023*\nобласть Абай;1;2;3;4\nг.Астана;5;6;7;8\n* предварительные данные;;;;\n");
    assert_eq!(marked.year_label(2023), "2023*");
    // A row's problem is said once, not once per year; a row of totals is counted once.
    let errors = parse("Регион;Население;НПО;;;СМИ;;\n;;2021;2022;2023;2021;2022;2023\nобласть Абай;61l000;1;2;3;4;5;6\nг.Астана;1350000;1;2;3;4;5;6\n", Lang::Ru).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let totalled = ok("Регион;НПО;;СМИ;\n;2022;2023;2022;2023\nобласть Абай;1;2;3;4\nг.Астана;5;6;7;8\nИтого;6;8;10;12\n");
    let note = totalled
        .notes
        .iter()
        .map(|n| n.pick(Lang::En))
        .find(|n| n.contains("Итого"));
    assert!(
        note.is_some_and(|n| n.contains("(1,")),
        "{:?}",
        totalled.notes
    );
    // A line between rows that reads as a note is refused once, as the region it is not: not
    // as a row of the wrong width, nor for an empty year in a column 'Year' the file has not.
    let between = "Регион;НПО;;СМИ;\n;2022;2023;2022;2023\nобласть Абай;1;2;3;4\nв том числе:;;;;\nг.Астана;5;6;7;8\n";
    let errors = parse(between, Lang::En).unwrap_err();
    let said: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].starts_with("line 4, column 'Регион': "), "{said:?}");
    // Rows × years × indicators past what a dataset holds are refused before they are made.
    let years: Vec<String> = (1900..2000).map(|y| y.to_string()).collect();
    let (gap, years) = (";".repeat(99), years.join(";"));
    let mut huge = format!("Регион;НПО{gap};СМИ{gap}\n;{years};{years}\n");
    for _ in 0..1300 {
        huge.push_str(&format!("область Абай{}\n", ";1".repeat(200)));
    }
    let said = first_error(&huge, Lang::En);
    assert!(said.starts_with("too many values"), "{said}");
}

/// A trend of shares of all regions, where a region lacks two years: the note named the
/// indicator once for each year ("НПО, 2021: 2 из 3; НПО, 2022: 2 из 3").
#[test]
fn a_trends_totals_of_fewer_regions_name_their_years_together() {
    use civic_stats::options::{ChartKind, Measure};
    let d = ok("Количество НПО\nРегион;2021;2022;2023\nАбайская;;;377\nг.Астана;1500;1700;1931\nг.Шымкент;900;950;1000\n");
    let o = Options {
        chart: ChartKind::Trend,
        measure: Measure::ShareOfTotal,
        lang: Lang::Ru,
        ..Options::default()
    };
    let f = figure(&d, &o).unwrap();
    let note = "Сумма по всем регионам рассчитана только по регионам с данными: \
                Количество НПО, 2021, 2022: 2 из 3";
    assert!(f.footer.iter().any(|l| l == note), "{:?}", f.footer);
}

#[test]
fn windows_1251_file_with_metadata() {
    let d = good("windows-1251.csv", Lang::Ru);
    assert_eq!(d.title.pick(Lang::Ru), "Гражданское общество, 2022–2023");
    assert_eq!(
        d.source.title.pick(Lang::Kk),
        "Пример в кодировке Windows-1251 для тестов"
    );
    assert_eq!(d.source.publisher.pick(Lang::En), "civic-stats");
    assert_eq!(d.source.date, "2024");
    assert!(d.illustrative);
    let region_ids: Vec<&str> = d.regions.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(region_ids, ["KZ-11", "KZ-39", "KZ-59"]);
    assert_eq!(d.years, [2022, 2023]);
    assert_eq!(
        row(&d, "KZ-11", 2022),
        ids(&[("ngo", Some(410.0)), ("media", Some(31.0))])
    );
    assert_eq!(
        row(&d, "KZ-39", 2023),
        ids(&[("ngo", Some(388.0)), ("media", None)])
    );
    assert_eq!(
        row(&d, "KZ-59", 2023),
        ids(&[("ngo", Some(1001.0)), ("media", None)])
    );
    // Registry names, not the file's spelling: the chart writes them in the reader's language.
    assert_eq!(d.regions[1].name.pick(Lang::Kk), "Қостанай облысы");
}

#[test]
fn tab_separated_file_read_in_english() {
    let d = good("tab-separated.csv", Lang::En);
    assert_eq!(
        d.indicators
            .iter()
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>(),
        ["ngo", "media", "volunteers-per-1-000-people"]
    );
    // An unknown column with fractions holds plain numbers, not counts.
    assert_eq!(d.indicators[2].unit, Unit::Number);
    assert_eq!(
        row(&d, "KZ-71", 2023),
        ids(&[
            ("ngo", Some(1234.0)),
            ("media", Some(98.0)),
            ("volunteers-per-1-000-people", Some(12.5))
        ])
    );
    assert_eq!(
        row(&d, "KZ-75", 2023),
        ids(&[
            ("ngo", Some(2345.0)),
            ("media", None),
            ("volunteers-per-1-000-people", Some(4.25))
        ])
    );
}

#[test]
fn quoted_fields_with_delimiters_quotes_and_line_breaks() {
    let d = good("quoted-multiline.csv", Lang::En);
    assert_eq!(
        d.title.pick(Lang::En),
        "Zhetysu, \"quoted\" and multi-line fields"
    );
    assert_eq!(
        d.source.url.as_deref(),
        Some("https://taldykorgan-online.kz/?p=1730")
    );
    assert_eq!(d.source.document, None);
    assert!(!d.illustrative);
    let region_ids: Vec<&str> = d.regions.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(region_ids, ["KZ-33", "KZ-10", "KZ-62"]);
    let share = "share-of-active-ngos";
    assert_eq!(d.indicators[0].id, share);
    assert_eq!(
        d.indicators[0].name.pick(Lang::Ru),
        "Share of \"active\" NGOs, %"
    );
    assert_eq!(
        row(&d, "KZ-33", 2023),
        ids(&[(share, Some(40.5)), ("ngo", Some(377.0))])
    );
    assert_eq!(
        row(&d, "KZ-10", 2023),
        ids(&[(share, Some(33.0)), ("ngo", Some(120.0))])
    );
    assert_eq!(
        row(&d, "KZ-62", 2023),
        ids(&[(share, None), ("ngo", Some(1500.0))])
    );
}

#[test]
fn utf16_from_excel_unicode_text() {
    let d = good("utf16-excel-unicode-text.csv", Lang::Ru);
    assert_eq!(row(&d, "KZ-10", 2023), ids(&[("ngo", Some(120.0))]));
}

#[test]
fn the_seed_figures_as_csv_in_each_language_equal_the_json() {
    let json = common::zhetysu();
    for name in [
        "zhetysu-2023-kk.csv",
        "zhetysu-2023-ru.csv",
        "zhetysu-2023-en.csv",
    ] {
        let d = good(name, Lang::Kk);
        assert_eq!(d.indicators, json.indicators, "{name}");
        assert_eq!(d.years, json.years, "{name}");
        assert_eq!(d.regions.len(), 1, "{name}");
        assert_eq!(d.regions[0].id, json.regions[0].id, "{name}");
        assert_eq!(d.regions[0].name, json.regions[0].name, "{name}");
        assert_eq!(row(&d, "KZ-33", 2023), row(&json, "KZ-33", 2023), "{name}");
    }
    let d = good("zhetysu-2023-kk.csv", Lang::Kk);
    assert_eq!(d.source.publisher.pick(Lang::En), "taldykorgan-online.kz");
    assert_eq!(d.title.pick(Lang::En), "Жетісу облысының азаматтық қоғамы");
}

#[test]
fn region_names_as_people_write_them() {
    let cases = [
        ("Жетісу", "KZ-33"),
        ("область Жетісу", "KZ-33"),
        ("ZHETYSU REGION", "KZ-33"),
        ("KZ-33", "KZ-33"),
        ("kz-33", "KZ-33"),
        ("  Жетісу   облысы ", "KZ-33"),
        ("Жетісу обл.", "KZ-33"),
        ("Алматы", "KZ-75"),
        ("Алматы облысы", "KZ-19"),
        ("Алматинская обл.", "KZ-19"),
        ("г. Шымкент", "KZ-79"),
        ("Астана қаласы", "KZ-71"),
        ("\"Батыс Қазақстан облысы\"", "KZ-27"),
        ("West-Kazakhstan region", "KZ-27"),
        ("Северо-Казахстанская", "KZ-59"),
    ];
    for (name, code) in cases {
        let field = if name.contains(';') || name.starts_with('"') {
            name.to_owned()
        } else {
            format!("\"{name}\"")
        };
        let d = ok(&format!("Region;Year;NGOs\n{field};2023;1\n"));
        assert_eq!(d.regions[0].id, code, "{name}");
    }
}

#[test]
fn header_words_in_every_language() {
    let cases = [
        ("Өңір;Жыл;Халық саны;ҮЕҰ", "ngo"),
        ("Облыс;Жыл;Тұрғындар саны;БАҚ", "media"),
        (
            "Аймақ;Жыл;Халық саны;Этномәдени орталықтар",
            "ethnocultural",
        ),
        ("Регион;Год;Население;НКО", "ngo"),
        (
            "Область;Год;Численность населения;Филиалы политических партий",
            "party-branches",
        ),
        (
            "Region;Year;Population;Non-governmental organisations",
            "ngo",
        ),
        ("region;year;population;NGOs", "ngo"),
        ("id;YEAR;POPULATION;Mass media outlets", "media"),
        ("code;Year;Population;Party branches", "party-branches"),
        (
            "ISO;Year;Population;Regional branches of political parties",
            "party-branches",
        ),
        ("  РЕГИОН ; год ;  население ; смИ ", "media"),
    ];
    for (header, id) in cases {
        let d = ok(&format!("{header}\nKZ-33;2023;699 000;5\n"));
        assert_eq!(d.indicators.len(), 1, "{header}");
        assert_eq!(d.indicators[0].id, id, "{header}");
        assert_eq!(d.regions[0].population[0].value, 699_000.0, "{header}");
        assert_eq!(row(&d, "KZ-33", 2023)[0].1, Some(5.0), "{header}");
    }
}

#[test]
fn numbers_as_people_write_them() {
    // (cell, language of the file, value in a count column)
    let counts: &[(&str, Lang, Option<f64>)] = &[
        ("1234", Lang::Kk, Some(1234.0)),
        ("1 234", Lang::Ru, Some(1234.0)),
        ("1\u{a0}234", Lang::Kk, Some(1234.0)),
        ("1\u{202f}234", Lang::Ru, Some(1234.0)),
        ("\"1,234,567\"", Lang::Kk, Some(1_234_567.0)),
        ("1'234", Lang::Kk, Some(1234.0)),
        ("  56  ", Lang::Kk, Some(56.0)),
        ("", Lang::Kk, None),
        ("-", Lang::Ru, None),
        ("–", Lang::Ru, None),
        ("—", Lang::Ru, None),
        ("н/д", Lang::Ru, None),
        ("нет данных", Lang::Ru, None),
        ("дерек жоқ", Lang::Kk, None),
        ("n/a", Lang::En, None),
    ];
    for &(cell, lang, expected) in counts {
        let d = parse(&format!("Region;Year;NGOs\nKZ-33;2023;{cell}\n"), lang)
            .unwrap_or_else(|e| panic!("{cell:?}: {}", e[0]));
        assert_eq!(row(&d, "KZ-33", 2023)[0].1, expected, "{cell:?} in {lang}");
    }
    let percents: &[(&str, Lang, Option<f64>)] = &[
        ("5,2", Lang::Kk, Some(5.2)),
        ("5.2", Lang::Ru, Some(5.2)),
        ("5,2", Lang::En, Some(5.2)),
        ("45%", Lang::En, Some(45.0)),
        ("45,5 %", Lang::Ru, Some(45.5)),
        ("100", Lang::Ru, Some(100.0)),
        ("0", Lang::Ru, Some(0.0)),
    ];
    for &(cell, lang, expected) in percents {
        let d = parse(&format!("Region;Year;Share (%)\nKZ-33;2023;{cell}\n"), lang)
            .unwrap_or_else(|e| panic!("{cell:?}: {}", e[0]));
        assert_eq!(row(&d, "KZ-33", 2023)[0].1, expected, "{cell:?} in {lang}");
    }
}

#[test]
fn a_lone_comma_means_what_the_file_shows_whatever_the_page_language() {
    let value = |text: &str, lang| row(&parse(text, lang).unwrap(), "KZ-33", 2023)[0].1;
    for lang in Lang::ALL {
        // Excel writes `,` between fields where the comma is not the decimal mark ...
        let text = "Region,Year,NGOs\nKZ-33,2023,\"1,234\"\n";
        assert_eq!(value(text, lang), Some(1234.0), "{lang}");
        // ... and `;` where it is: 1.234 NGOs is refused, in every language alike.
        assert_eq!(
            first_error("Region;Year;NGOs\nKZ-33;2023;1,234\n", lang),
            "line 2, column 'NGOs': '1,234' is not a whole number (in this file the comma is a decimal \
             mark), but this indicator is a count: separate thousands with a space, '1 234'"
        );
        // The column's other cells outweigh the delimiter: 2,5 there makes 1,250 1.25, and
        // 12,480.5 makes 1,250 1250.
        let text = "Region;Year;Volunteers per 1000\nKZ-33;2023;1,250\nKZ-10;2023;2,5\n";
        assert_eq!(value(text, lang), Some(1.25), "{lang}");
        let text = "Region,Year,Grants\nKZ-33,2023,\"1,250\"\nKZ-10,2023,\"12,480.5\"\n";
        assert_eq!(value(text, lang), Some(1250.0), "{lang}");
        // A tab-separated file shows it in another column's cells.
        let text = "Region\tYear\tNGOs\tGrants\nKZ-33\t2023\t1,234\t12,480.5\n";
        assert_eq!(value(text, lang), Some(1234.0), "{lang}");
    }
    // Other columns that agree outrank the delimiter: a population of 1,528,044 groups with
    // commas in a `;` file, and LibreOffice writes `,` between fields whatever its locale.
    for lang in Lang::ALL {
        let text = "Region;Year;Population;NGOs\nKZ-33;2023;1,528,044;1,250\n";
        assert_eq!(value(text, lang), Some(1250.0), "{lang}");
        let text = "Region,Year,Share %,NGOs\nKZ-33,2023,\"40,5\",\"1,250\"\n";
        assert!(first_error(text, lang).contains("in this file the comma is a decimal mark"));
    }
    // Where no number tells, the file's words do, for every reader alike: Cyrillic comes from
    // a Kazakh or Russian spreadsheet, with decimal commas; Latin only from an English one.
    for lang in Lang::ALL {
        let text = "Region\tYear\tNGOs\nKZ-33\t2023\t1,234\n";
        assert_eq!(value(text, lang), Some(1234.0), "{lang}");
        let text = "Өңір\tЖыл\tҮЕҰ\nKZ-33\t2023\t1,234\n";
        assert_eq!(
            first_error(text, lang),
            "line 2, column 'ҮЕҰ': '1,234' is not a whole number (in this file the comma is a decimal \
             mark), but this indicator is a count: separate thousands with a space, '1 234'",
            "{lang}"
        );
        // Kazakh in Latin letters too (a title above the table, the region by its code).
        let text = "Öñirlerdegi eriktiler\nRegion\tYear\tVolunteers per 1000\nKZ-33\t2023\t1,250\n";
        assert_eq!(value(text, lang), Some(1.25), "{lang}");
        let text = "Region\tYear\tVolunteers per 1000\nАбай\t2023\t1,250\n";
        assert_eq!(
            row(&parse(text, lang).unwrap(), "KZ-10", 2023)[0].1,
            Some(1.25),
            "{lang}"
        );
    }
}

#[test]
fn bad_cells_are_refused_with_their_text() {
    let cases = [
        (
            "NGOs",
            "abc",
            "line 2, column 'NGOs': 'abc' is not a number",
        ),
        (
            "NGOs",
            "-3",
            "line 2, column 'NGOs': '-3' is negative: this figure cannot be below zero",
        ),
        // Excel's formula errors, which had been "a letter that looks like a digit".
        (
            "NGOs",
            "#DIV/0!",
            "line 2, column 'NGOs': '#DIV/0!' is an Excel formula error, not a number: \
             correct the formula or leave the cell empty",
        ),
        (
            "NGOs",
            "#Н/Д",
            "line 2, column 'NGOs': '#Н/Д' is an Excel formula error, not a number: \
             correct the formula or leave the cell empty",
        ),
        (
            "NGOs",
            "3,5",
            "line 2, column 'NGOs': '3,5' is not a whole number, but this indicator is a count",
        ),
        (
            "Share, %",
            "100,1",
            "line 2, column 'Share, %': '100,1' is over 100, but this column is a percentage",
        ),
        (
            "Share, %",
            "-1 %",
            "line 2, column 'Share, %': '-1 %' is negative: this figure cannot be below zero",
        ),
        (
            "Population",
            "-5",
            "line 2, column 'Population': population must be at least 1, got −5",
        ),
        (
            "Population",
            "0,5",
            "line 2, column 'Population': population must be at least 1, got 0.5",
        ),
        // In thousands, as statistical tables give it, where the header does not say so.
        (
            "Population",
            "607,4",
            "line 2, column 'Population': 607.4 residents is too few for a region: give the population in full (607,400), not in thousands",
        ),
        (
            "Population",
            "1 000 000 000 000 001",
            "line 2, column 'Population': '1 000 000 000 000 001' is too large: at most 1,000,000,000,000,000",
        ),
        (
            "NGOs",
            "99999999999999999999",
            "line 2, column 'NGOs': '99999999999999999999' is too large: at most 1,000,000,000,000,000",
        ),
        (
            "Year",
            "два",
            "line 2, column 'Year': 'два' is not a year (expected a number from 1900 to 2100)",
        ),
    ];
    for (column, cell, expected) in cases {
        let (header, data) = if column == "Year" {
            ("Region;Year;NGOs".to_owned(), format!("KZ-33;{cell};1"))
        } else if column == "Population" {
            (
                "Region;Year;Population;NGOs".to_owned(),
                format!("KZ-33;2023;{cell};1"),
            )
        } else {
            (
                format!("Region;Year;{column}"),
                format!("KZ-33;2023;{cell}"),
            )
        };
        assert_eq!(
            first_error(&format!("{header}\n{data}\n"), Lang::Kk),
            expected
        );
    }
}

#[test]
fn locations_are_written_in_each_language() {
    let errors = parse("Регион;Год;НПО\nKZ-33;2023;xyz\n", Lang::Kk).unwrap_err();
    assert_eq!(
        errors[0].location,
        Location::Cell {
            line: 2,
            column: Some("НПО".to_owned())
        }
    );
    assert_eq!(
        errors[0].message(Lang::En),
        "line 2, column 'НПО': 'xyz' is not a number"
    );
    assert_eq!(
        errors[0].message(Lang::Ru),
        "строка 2, столбец «НПО»: «xyz» не число"
    );
    assert_eq!(
        errors[0].message(Lang::Kk),
        "2-жол, «НПО» бағаны: «xyz» сан емес"
    );
}

#[test]
fn every_problem_up_to_ten_in_line_order() {
    let mut text = String::from("Region;Year;NGOs;Media\n");
    for i in 0..15 {
        // `1o`: a letter o typed for a nought.
        text.push_str(&format!("Atlantis {i};2023;-{};1o\n", i + 1));
    }
    let errors = parse(&text, Lang::En).unwrap_err();
    assert_eq!(errors.len(), MAX_ERRORS);
    let located: Vec<(usize, Option<String>)> = errors
        .iter()
        .map(|e| match &e.location {
            Location::Cell { line, column } => (*line, column.clone()),
            other => panic!("{other:?}"),
        })
        .collect();
    // Row errors come in line order, left to right; the first bad cell of a row stops
    // nothing else in it.
    assert_eq!(located[0], (2, Some("Region".to_owned())));
    assert_eq!(located[1], (2, Some("NGOs".to_owned())));
    assert_eq!(located[2], (2, Some("Media".to_owned())));
    assert_eq!(located[3], (3, Some("Region".to_owned())));
    assert!(located.windows(2).all(|w| w[0].0 <= w[1].0));
}

#[test]
fn blank_rows_are_skipped_and_nothing_else_is() {
    let d = ok("Region;Year;NGOs\n;;\nKZ-33;2023;1\n  ;  ;  \n\nKZ-10;2023;2\n;;\n");
    assert_eq!(d.regions.len(), 2);
    // A row with something in it is never skipped, even if all it has is a year.
    assert_eq!(
        first_error("Region;Year;NGOs\nKZ-33;2023;1\n;2023;\n", Lang::En),
        "line 3, column 'Region': the region is empty"
    );
}

#[test]
fn the_year_comes_from_a_column_a_metadata_line_a_title_or_the_caller() {
    let bare = "Region;NGOs\nKZ-33;377\n";
    assert_eq!(
        first_error(bare, Lang::En),
        "no year given: add a 'Year' column or a '# year: 2023' line at the top"
    );
    // With a row of totals under it, as Excel's sheets end: it had said the file had a
    // header only, the regions' rows being no data without a year.
    let totalled =
        "Регион;Население;НПО\nАбайская;611000;377\nг.Астана;1350000;1931\nИтого;1961000;2308\n";
    assert_eq!(
        first_error(totalled, Lang::Ru),
        "no year given: add a 'Year' column or a '# year: 2023' line at the top"
    );
    // A title row naming one year gives it, as a statistical table's heading does; one naming
    // two, or none, does not.
    let titled = |title: &str| format!("{title};;\nРегион;НПО;СМИ\nобласть Абай;1;2\n");
    let d = ok(&titled("Количество НПО на 1 января 2023 г."));
    assert_eq!(d.years, [2023]);
    assert_eq!(
        row(&d, "KZ-10", 2023),
        ids(&[("ngo", Some(1.0)), ("media", Some(2.0))])
    );
    for title in [
        "Количество НПО за 2021-2023 годы",
        "Таблица 1.12",
        "Количество НПО",
    ] {
        assert!(
            first_error(&titled(title), Lang::En).starts_with("no year given"),
            "{title}"
        );
    }
    let d = ok("Region;Year;NGOs\nKZ-33;2\u{a0}023;1\nKZ-10; 2022 ;2\n");
    assert_eq!(d.years, [2022, 2023]);
    for year in ["2023.5", "1899", "2101", "—", "2023 г. 5"] {
        assert_eq!(
            first_error(&format!("Region;Year;NGOs\nKZ-33;{year};1\n"), Lang::Kk),
            format!(
                "line 2, column 'Year': '{year}' is not a year (expected a number from 1900 to 2100)"
            )
        );
    }
    let d = ok(&format!("# year: 2023\n{bare}"));
    assert_eq!(d.years, [2023]);
    let meta = CsvMeta::new("bare.csv", Lang::Kk).with_year(2021);
    let d = parse_csv(bare.as_bytes(), &meta).unwrap();
    assert_eq!(d.years, [2021]);
    assert_eq!(row(&d, "KZ-33", 2021)[0].1, Some(377.0));
}

#[test]
fn duplicates_name_both_lines() {
    let text = "Region;Year;NGOs\nKZ-33;2022;1\nKZ-33;2023;2\nZhetysu Region;2022;3\n";
    assert_eq!(
        first_error(text, Lang::En),
        "line 4, column 'Region': region 'Zhetysu Region' for 2022 appears twice, also on line 2"
    );
    let text = "# year: 2023\nRegion;NGOs\nKZ-33;1\nжетісу;2\n";
    let errors = parse(text, Lang::Kk).unwrap_err();
    assert_eq!(
        errors[0].message(Lang::Kk),
        "4-жол, «Region» бағаны: «жетісу» өңірі қайталанады, ол 3-жолда да бар"
    );
}

#[test]
fn without_metadata_the_footer_does_not_claim_an_official_source() {
    let d = parse_csv(
        b"Region;Year;NGOs\nKZ-33;2023;377\n",
        &CsvMeta::new("ngo-2023.csv", Lang::Kk),
    )
    .unwrap();
    assert_eq!(d.title.pick(Lang::Ru), "ngo-2023.csv");
    assert_eq!(d.source.publisher.pick(Lang::En), "");
    assert_eq!(d.source.document.as_deref(), Some("ngo-2023.csv"));
    for (lang, footer) in [
        (Lang::En, "Source: file 'ngo-2023.csv', source not stated"),
        (
            Lang::Ru,
            "Источник: файл «ngo-2023.csv», источник не указан",
        ),
        (
            Lang::Kk,
            "Дереккөз: «ngo-2023.csv» файлы, дереккөзі көрсетілмеген",
        ),
    ] {
        let options = Options {
            lang,
            ..Options::default()
        };
        let f = figure(&d, &options).unwrap();
        assert_eq!(f.footer, [footer], "{lang}");
    }
}

#[test]
fn unknown_regions_are_suggested_in_the_language_of_the_file() {
    let text = "Регион;Год;НПО\nАкмолинская область;2023;1\nКарагандинскя область;2023;2\n";
    assert_eq!(
        first_error(text, Lang::Kk),
        "line 3, column 'Регион': unknown region 'Карагандинскя область' — did you mean 'Карагандинская область'?"
    );
    let text = "Region;Year;NGOs\nAbai Region;2023;1\nKaraganda Reigon;2023;2\n";
    assert_eq!(
        first_error(text, Lang::Kk),
        "line 3, column 'Region': unknown region 'Karaganda Reigon' — did you mean 'Karaganda Region'?"
    );
    let text = "Region;Year;NGOs\nAtlantis;2023;1\n";
    assert_eq!(
        first_error(text, Lang::En),
        "line 2, column 'Region': unknown region 'Atlantis' (a CSV knows only Kazakhstan's 20 \
         regions and cities; districts need JSON)"
    );
}

/// South Kazakhstan Region was split in 2018 into Turkistan Region and the city of
/// Shymkent. Its names had been refused as unknown, without a word of why: neither part alone
/// holds its figures, so the message says what became of it instead of suggesting one.
#[test]
fn south_kazakhstan_is_told_what_became_of_it() {
    for name in [
        "ЮКО",
        "Южно-Казахстанская область",
        "Оңтүстік Қазақстан облысы",
        "KZ-YUZ",
    ] {
        let text = format!("Регион;Год;НПО\nАбай облысы;2023;1\n{name};2017;2\n");
        assert_eq!(
            first_error(&text, Lang::En),
            format!(
                "line 3, column 'Регион': '{name}' is South Kazakhstan Region: since 2018 it is \
                 Turkistan Region and the city of Shymkent, so give the figures for each of them"
            )
        );
    }
    let text = "Регион;Год;НПО\nЮКО;2017;2\n";
    let said = parse(text, Lang::Kk).unwrap_err()[0].message(Lang::Kk);
    assert!(
        said.contains("Түркістан облысы мен Шымкент қаласы"),
        "{said}"
    );
}

#[test]
fn size_limits() {
    let big = vec![b'a'; MAX_INPUT_BYTES + 1];
    let errors = parse_csv(&big, &CsvMeta::new("big.csv", Lang::En)).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(matches!(errors[0].kind, ErrorKind::TooLarge { .. }));
    assert_eq!(
        errors[0].message(Lang::En),
        "the file is too large: 20.0 MB, at most 20.0 MB"
    );

    let mut text = String::from("Region;Year;NGOs\nKZ-33;2023;1\n");
    text.push_str(&";;\n".repeat(MAX_ROWS));
    let errors = parse(&text, Lang::En).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].message(Lang::En),
        "the file has more than 200,000 data rows"
    );
    assert_eq!(
        errors[0].message(Lang::Ru),
        "в файле больше 200\u{a0}000 строк с данными"
    );
    assert_eq!(
        errors[0].message(Lang::Kk),
        "файлда деректер жолдары тым көп: ең көбі 200\u{a0}000"
    );
}

/// csv-spectrum's cases: the reading layer must give exactly the rows its JSON lists.
#[test]
fn csv_spectrum_cases_read_exactly() {
    let cases = files("csv-spectrum/csvs", "csv");
    assert_eq!(cases.len(), 12);
    for case in cases {
        let stem = case.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        let bytes = std::fs::read(&case).expect("readable");
        let table = read_csv_table(&bytes).unwrap_or_else(|e| panic!("{stem}: {e}"));
        let json_path = folder("csv-spectrum/json").join(format!("{stem}.json"));
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(json_path).expect("json")).expect("json");
        let expected: Vec<serde_json::Value> = match json {
            serde_json::Value::Array(rows) => rows,
            // location_coordinates.json holds one object, not a list (an upstream slip).
            one => vec![one],
        };
        assert_eq!(table.records.len(), expected.len(), "{stem}");
        for (record, row) in table.records.iter().zip(&expected) {
            let object = row.as_object().expect("an object per row");
            assert_eq!(record.fields.len(), table.header.fields.len(), "{stem}");
            for (name, value) in table.header.fields.iter().zip(&record.fields) {
                let want = object
                    .get(name)
                    .and_then(|v| v.as_str())
                    .unwrap_or_else(|| panic!("{stem}: no {name:?} in the JSON"));
                if stem == "location_coordinates" && name == "Contact Phone Number" {
                    // Upstream's JSON has a placeholder number the CSV does not.
                    assert_eq!((want, value.as_str()), ("1234567890", "2095257564"));
                    continue;
                }
                assert_eq!(value, want, "{stem}, column {name:?}");
            }
        }
    }
}

#[test]
fn csv_spectrum_lines_count_breaks_inside_quotes() {
    let lines = |name: &str| -> Vec<usize> {
        let bytes = std::fs::read(folder("csv-spectrum/csvs").join(name)).expect("readable");
        let table = read_csv_table(&bytes).expect("readable");
        table.records.iter().map(|r| r.line).collect()
    };
    assert_eq!(lines("newlines.csv"), [2, 3, 5]);
    assert_eq!(lines("newlines_crlf.csv"), [2, 3, 5]);
    assert_eq!(lines("quotes_and_newlines.csv"), [2, 5]);
    assert_eq!(lines("simple_crlf.csv"), [2]);
}

/// A small deterministic generator, so a failure reproduces exactly.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn random_and_mutated_bytes_never_panic() {
    let mut seeds: Vec<Vec<u8>> = files("csv/good", "csv")
        .into_iter()
        .chain(files("csv/bad", "csv"))
        .map(|p| std::fs::read(p).expect("readable"))
        .collect();
    seeds.push(b"Region;Year;NGOs;Share, %;Population\nKZ-33;2023;1 234;5,5 %;699 000\n".to_vec());
    let alphabet: &[&[u8]] = &[
        b";",
        b",",
        b"\t",
        b"\"",
        b"\n",
        b"\r\n",
        b"\r",
        b"#",
        b"%",
        b"-",
        b" ",
        b"0",
        b"9",
        b".",
        b"'",
        "\u{a0}".as_bytes(),
        "\u{feff}".as_bytes(),
        "і".as_bytes(),
        b"\xff",
        b"\xc0",
        b"\0",
        b"KZ-33",
        b"Region",
        b"Year",
        b"# year: 2023\n",
        b"\xd0",
    ];
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let langs = [Lang::Kk, Lang::Ru, Lang::En];
    let started = std::time::Instant::now();
    for round in 0..4000 {
        let mut bytes = if round % 10 == 0 {
            (0..rng.below(300)).map(|_| rng.next() as u8).collect()
        } else {
            let seed = &seeds[rng.below(seeds.len())];
            seed.clone()
        };
        for _ in 0..=rng.below(8) {
            let at = rng.below(bytes.len() + 1);
            match rng.below(4) {
                0 if !bytes.is_empty() => {
                    let end = (at + rng.below(6)).min(bytes.len());
                    bytes.drain(at.min(end)..end);
                }
                1 if at < bytes.len() => bytes[at] = rng.next() as u8,
                _ => {
                    let piece = alphabet[rng.below(alphabet.len())];
                    bytes.splice(at..at, piece.iter().copied());
                }
            }
        }
        let meta = CsvMeta::new("fuzz.csv", langs[round % 3]);
        match parse_csv(&bytes, &meta) {
            Ok(d) => assert!(!d.regions.is_empty() && !d.indicators.is_empty()),
            Err(errors) => {
                assert!((1..=MAX_ERRORS).contains(&errors.len()), "{bytes:?}");
                for e in &errors {
                    for lang in langs {
                        assert!(!e.message(lang).is_empty());
                    }
                }
            }
        }
        let _ = read_csv_table(&bytes);
    }
    assert!(
        started.elapsed().as_secs() < 30,
        "took {:?}",
        started.elapsed()
    );
}

/// Excel saves a sheet whose first row is empty with a row of bare delimiters above the
/// header; it was taken for the header ("no region column").
#[test]
fn an_empty_row_above_the_header_is_skipped() {
    let d = ok("\u{feff};;;\nРегион;Год;НПО\nЖетісу облысы;2023;377\n");
    assert_eq!(row(&d, "KZ-33", 2023)[0].1, Some(377.0));
    assert_eq!(
        first_error(";;\n;;\nRegion;Year;NGOs\nKZ-33;2023;abc\n", Lang::En),
        "line 4, column 'NGOs': 'abc' is not a number"
    );
}

/// Excel keeps a sheet's heading above its table: the heading was taken for the header
/// ("no region column"). It is passed over, and names the chart when no `# title:` does.
#[test]
fn a_title_row_above_the_header_titles_the_chart() {
    let text =
        "Количество НПО по регионам за 2023 год;;;\n;;;\nРегион;Год;НПО\nЖетісу облысы;2023;377\n";
    let d = ok(text);
    assert_eq!(
        d.title.pick(Lang::Ru),
        "Количество НПО по регионам за 2023 год"
    );
    assert_eq!(row(&d, "KZ-33", 2023)[0].1, Some(377.0));
    let broken = text.replace("377", "3x7");
    assert_eq!(
        first_error(&broken, Lang::En),
        "line 4, column 'НПО': '3x7' is not a number"
    );
    // A `# title:` line still wins, and a table of one column is still read from line 1.
    let d = ok(&format!("# title: Своё\n{text}"));
    assert_eq!(d.title.pick(Lang::Ru), "Своё");
    let one = first_error("Region\nKZ-33\nKZ-10\n", Lang::En);
    assert!(one.starts_with("line 1: "), "{one}");
    // A table's number beside its heading, as the Bureau's tables start: it had been taken
    // for the header ("line 1: no region column").
    let numbered = "Таблица 1;Количество НПО по регионам, 2023;;\nРегион;Год;НПО;СМИ\n\
                    Жетісу облысы;2023;377;56\n";
    let d = ok(numbered);
    assert_eq!(d.title.pick(Lang::Ru), "Количество НПО по регионам, 2023");
    assert_eq!(row(&d, "KZ-33", 2023)[1].1, Some(56.0));
    // Two columns under a two-cell header are a table, not a title above one.
    let d = ok("# year: 2023\nРегион;НПО\nЖетісу облысы;377\nАбай облысы;120\n");
    assert_eq!(d.regions.len(), 2);
}

/// A table with a column per year whose title says `%` holds percentages: its axis and
/// tooltips had said "Значение" and "12,5", a value over 100 was taken, and the title was
/// printed again as the subtitle.
#[test]
fn a_table_of_years_titled_in_percent_holds_percentages() {
    let text = "Доля НПО, получивших государственные гранты, %;;\n\
                Регион;2022;2023\nАбай облысы;12,5;14\nЖетісу облысы;9;10,5\n";
    let d = ok(text);
    assert_eq!(d.indicators[0].unit, civic_stats::data::Unit::Percent);
    let options = Options {
        lang: Lang::Ru,
        ..Options::default()
    };
    let f = figure(&d, &options).unwrap();
    assert_eq!(f.axis_title, "Доля, %");
    assert_eq!(f.subtitle, "2023");
    assert_eq!(f.cells[0].text, "14,0\u{a0}%");
    assert_eq!(
        first_error(&text.replace("10,5", "105"), Lang::Ru),
        "line 4, column '2023': '105' is over 100, but this column is a percentage"
    );
}

/// Statistical tables end with a row of totals, or start with the whole country: it was
/// refused as an unknown region. It is left out, the chart adding up regions itself, and the
/// footer says so; a name that only looks like one is still refused.
#[test]
fn rows_of_totals_are_left_out_and_the_footer_says_so() {
    let text = "Регион;Год;НПО\nРеспублика Казахстан;2023;23 335\nЖетісу облысы;2023;377\n\
                Абай облысы;2023;120\nИтого:;2023;497\n";
    let d = ok(text);
    let ids: Vec<&str> = d.regions.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["KZ-33", "KZ-10"]);
    let options = Options {
        lang: Lang::Ru,
        ..Options::default()
    };
    let footer = civic_stats::stats::figure(&d, &options).unwrap().footer;
    assert!(
        footer.contains(
            &"Строки итогов (2, например «Республика Казахстан» в строке 2) не показаны: \
              суммы и доли считаются по регионам файла"
                .to_owned()
        ),
        "{footer:?}"
    );
    // Kazakh puts the total last: it was refused as an unknown region.
    for total in [
        "Абай облысы бойынша барлығы",
        "Облыс бойынша жиыны",
        "Region total",
    ] {
        let d = ok(&format!(
            "Регион;Год;НПО\nЖетісу облысы;2023;377\n{total};2023;377\n"
        ));
        assert_eq!(d.regions.len(), 1, "{total}");
    }
    assert!(
        first_error("Region;Year;NGOs\nTotalville;2023;1\n", Lang::En)
            .contains("unknown region 'Totalville'")
    );
    assert_eq!(
        first_error("Region;Year;NGOs\nИтого;2023;1\n", Lang::En),
        "the file has a header but no data rows"
    );
}

/// A column of totals beside the indicators it sums had been charted as one more of them:
/// stacks twice as tall, every share "Всего 50 %". It is left out, and the footer says so.
#[test]
fn a_total_column_is_left_out_and_the_footer_says_so() {
    let text = "Регион;Год;НПО;СМИ;Всего\nАкмолинская область;2023;1051;33;1084\n\
                г. Алматы;2023;4567;212;4779\n";
    let d = ok(text);
    let indicators: Vec<&str> = d.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(indicators, ["ngo", "media"]);
    assert_eq!(
        row(&d, "KZ-75", 2023),
        ids(&[("ngo", Some(4567.0)), ("media", Some(212.0))])
    );
    let options = Options {
        lang: Lang::Ru,
        chart: civic_stats::options::ChartKind::Share,
        ..Options::default()
    };
    let f = civic_stats::stats::figure(&d, &options).unwrap();
    let footnote = "Столбец «Всего» не показан: это итог остальных столбцов".to_owned();
    assert!(f.footer.contains(&footnote), "{:?}", f.footer);
    assert_eq!(
        f.cells[0].text, "97,0\u{a0}%",
        "NGOs' share of Akmola's total"
    );
    for total in ["Итого", "Барлығы", "Total"] {
        let d = ok(&format!(
            "Region;Year;NGOs;Media;{total}\nAbai Region;2023;120;5;125\n"
        ));
        assert_eq!(d.indicators.len(), 2, "{total}");
    }
    // A total alone is the file's figure.
    let d = ok("Регион;Год;Всего\nАбай облысы;2023;125\n");
    assert_eq!(d.indicators[0].name.pick(Lang::Ru), "Всего");
    assert_eq!(d.value(0, 0, 0), Some(125.0));
}

/// The Bureau of National Statistics' and 1C's tables: the names' header `Наименование` or
/// none at all, `Период` for the year, the classifier's codes (`Код КАТО`, which had been the
/// default chart, bars of "750 000 000"), `x` for a confidential figure (the whole file had
/// been refused), `по Республике Казахстан` for the country's row, a population "at the
/// start of the year", and city administrations (`Алматы г.а.`).
#[test]
fn statistics_office_tables_as_they_are_exported() {
    let text = "№ п/п;Код КАТО;Наименование;Период;НПО;Численность населения на начало года\n\
                1;110000000;Акмолинская область;2023;1051;785 000\n\
                2;750000000;Алматы г.а.;2023;х;2 228 000\n\
                3;;По Республике Казахстан;2023;23 335;20 000 000\n";
    let d = ok(text);
    let indicators: Vec<&str> = d.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(indicators, ["ngo"]);
    let regions: Vec<&str> = d.regions.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(regions, ["KZ-11", "KZ-75"]);
    assert_eq!(d.value(1, 0, 0), None, "x is no data");
    assert_eq!(d.value(0, 0, 0), Some(1051.0));
    assert_eq!(
        d.regions[0].population[0].value, 785_000.0,
        "the population is read"
    );
    for header in [
        ";Год;НПО;СМИ",
        "Область, город;Год;НПО;СМИ",
        "Облыс, қала;Жыл;НПО;СМИ",
    ] {
        let d = ok(&format!("{header}\nАбай облысы;2023;120;5\n"));
        assert_eq!(d.regions[0].id, "KZ-10", "{header}");
    }
}

/// Excel saving a Kazakh sheet as "CSV (comma delimited)" writes Windows-1251, which has no
/// ә, ғ, қ, ң, ө, ұ, ү, һ, і: they become `?`, and the header was "not recognised" though
/// it said «Өңір». The message says what happened and how to save the file instead.
#[test]
fn letters_lost_to_question_marks_are_named_with_the_cure() {
    let errors = parse("??ір;Жыл;??Ұ\nЖеті?у облысы;2023;377\n", Lang::Ru).unwrap_err();
    assert_eq!(
        errors[0].message(Lang::Ru),
        "строка 1: в «??ір» вместо букв стоят «?»: при сохранении файла казахские буквы \
         потерялись. Сохраните его в Excel как «CSV UTF-8»"
    );
    let errors = parse("Region;Year;NGOs\nЖеті?у облысы;2023;377\n", Lang::En).unwrap_err();
    assert_eq!(
        errors[0].message(Lang::En),
        "line 2, column 'Region': 'Жеті?у облысы' has '?' in place of letters: Kazakh letters \
         were lost when the file was saved. Save it from Excel as 'CSV UTF-8'"
    );
}

/// Figures that are not counts were all written with one decimal, so 0,875 read 0,9 and an
/// analyst could not check the chart against the table: they keep the decimals they carry,
/// all alike.
#[test]
fn figures_keep_the_decimals_they_carry() {
    let d = ok("Регион;Год;Волонтёров на 1000 жителей\nKZ-33;2023;1,25\nKZ-10;2023;2,5\nKZ-11;2023;0,875\n");
    let options = Options {
        lang: Lang::Ru,
        ..Options::default()
    };
    let f = civic_stats::stats::figure(&d, &options).unwrap();
    let written: Vec<&str> = f.cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(written, ["1,250", "2,500", "0,875"]);
}

/// Excel writes a merged cell's value in its first row only: the rows below had "'' is not
/// a year". The Bureau's "…" for "not available" is no data, as "-" is.
#[test]
fn an_empty_year_and_the_bureaus_ellipsis() {
    assert_eq!(
        first_error("Region;Year;NGOs\nKZ-33;2023;377\nKZ-10;;120\n", Lang::En),
        "line 3, column 'Year': the year is empty: Excel writes a merged cell's value in its \
         first row only, so give the year in every row"
    );
    let d = ok("Region;Year;NGOs;Media\nKZ-33;2023;377;…\n");
    assert_eq!(row(&d, "KZ-33", 2023)[1].1, None);
}

/// Statistical tables run their years across (`Регион;2021;2022;2023`): such a table got
/// "no year given". Its one indicator is named by the file's title, each column is a year,
/// and its cells are located by their year's column.
#[test]
fn a_table_with_a_column_per_year_is_one_indicator_over_the_years() {
    let text = "Количество НПО;;;\nРегион;2021;2022;2023\nЖетісу облысы;350;360;377\n\
                Абай облысы;110;;120\n";
    let d = ok(text);
    assert_eq!(d.years, [2021, 2022, 2023]);
    assert_eq!(d.indicators.len(), 1);
    assert_eq!(d.indicators[0].name.pick(Lang::Ru), "Количество НПО");
    let values = |region: &str| -> Vec<Option<f64>> {
        (2021..=2023).map(|y| row(&d, region, y)[0].1).collect()
    };
    assert_eq!(values("KZ-33"), [Some(350.0), Some(360.0), Some(377.0)]);
    assert_eq!(values("KZ-10"), [Some(110.0), None, Some(120.0)]);
    // A trend of it draws.
    let options = Options {
        lang: Lang::Ru,
        chart: civic_stats::options::ChartKind::Trend,
        ..Options::default()
    };
    let f = civic_stats::stats::figure(&d, &options).unwrap();
    assert_eq!(f.categories.len(), 3);

    assert_eq!(
        first_error(&text.replace("360", "3x0"), Lang::En),
        "line 3, column '2022': '3x0' is not a number"
    );
    assert_eq!(
        first_error("Region;2022;2023\nKZ-33;1;2\nKZ-33;3;4\n", Lang::En),
        "line 3, column 'Region': region 'KZ-33' for 2022 appears twice, also on line 2"
    );
    // Years across and indicators across at once cannot be read.
    assert_eq!(
        parse("Регион;НПО;2022;2023\nKZ-33;5;1;2\n", Lang::Ru).unwrap_err()[0].message(Lang::Ru),
        "строка 1: годы стоят в столбцах (2022, 2023) рядом со столбцами показателей (НПО): оставьте в \
         таблице с годами по столбцам один показатель или запишите каждый год отдельной строкой \
         со столбцом «Год»"
    );
    // A year with a remark is a year, written with it on the chart (it had been taken for
    // an indicator beside the years); a header that is not one is named as the indicator.
    let d = ok("Область;2021;2022;2023 (оценка)\nKZ-33;1;2;3\n");
    assert_eq!(d.years, [2021, 2022, 2023]);
    assert_eq!(d.year_label(2023), "2023 (оценка)");
    let d = ok("Регион;Год;НПО\nKZ-33;2023 (прогноз);5\n");
    assert_eq!(d.year_label(2023), "2023 (прогноз)");
    let error = first_error("Область;2021;2022;Оценка\nKZ-33;1;2;3\n", Lang::En);
    assert!(
        error.starts_with(
            "line 1: the years are columns (2021, 2022) beside indicator columns (Оценка):"
        ),
        "{error}"
    );
    // With a year column, a header that is a number stays an indicator of its own.
    let d = ok("Region;Year;2030\nKZ-33;2023;5\n");
    assert_eq!(d.indicators[0].name.pick(Lang::En), "2030");
}

/// A comparison of a count and a percentage wrote both differences as the first indicator's
/// (a count): the share's "+5" was in neither its decimals nor in points. And the tooltip
/// wrote 0,875 as 0,9. An analyst's review: the percentages' bars were drawn 45 units long
/// on the counts' axis to 400, as good as invisible; they are left out, as a grouped chart
/// leaves them, with a note, and compared on their own axis when chosen alone.
#[test]
fn each_indicator_is_written_in_its_own_unit() {
    let d = ok("Region;Year;NGOs;Share of NGOs, %;Volunteers per 1000\n\
                KZ-33;2023;377;45,25;0,875\nKZ-10;2023;120;40;1,5\n");
    let mut options = Options {
        lang: Lang::En,
        chart: civic_stats::options::ChartKind::Compare,
        ..Options::default()
    };
    let notes = |f: &civic_stats::stats::Figure| -> Vec<String> {
        f.categories.iter().filter_map(|c| c.note.clone()).collect()
    };
    let f = civic_stats::stats::figure(&d, &options).unwrap();
    assert_eq!(notes(&f), ["+257 (+214.2%)"]);
    assert!(
        f.footer.iter().any(
            |l| l.starts_with("Indicators that are not counts are not drawn here")
                && l.ends_with("Share of NGOs, %, Volunteers per 1000")
        ),
        "{:?}",
        f.footer
    );
    options.indicators = d.indicators[1..].iter().map(|i| i.id.clone()).collect();
    let f = civic_stats::stats::figure(&d, &options).unwrap();
    assert_eq!(notes(&f), ["+5.25\u{a0}pp", "−0.625 (−41.7%)"]);
    let tip = f.tooltip(1, 0).join(" / ");
    assert!(tip.contains("0.875"), "{tip}");
}

/// Two cells an export produces that read as numbers to the eye: Excel's shortened form of a
/// number too wide for its column, and a Cyrillic О typed for a zero.
#[test]
fn numbers_that_only_look_like_numbers_say_why() {
    assert_eq!(
        first_error("Region;Year;NGOs\nKZ-33;2023;1,23457E+11\n", Lang::En),
        "line 2, column 'NGOs': '1,23457E+11' is how Excel shortens a number too wide for its \
         column: widen the column or format it as Number, and save the file again"
    );
    assert_eq!(
        first_error("Region;Year;NGOs\nKZ-33;2023;1 15О\n", Lang::En),
        "line 2, column 'NGOs': '1 15О' is not a number: it has the letter 'О' among its digits"
    );
    assert_eq!(
        first_error("Region;Year;NGOs\nKZ-33;2023;abc\n", Lang::En),
        "line 2, column 'NGOs': 'abc' is not a number"
    );
}

/// A comparison of a percentage first and a count after said its differences were all
/// plain, where the count's carries a per cent in brackets.
#[test]
fn a_comparisons_footer_mentions_per_cents_when_any_row_has_them() {
    let d = ok("Region;Year;Share of NGOs, %;NGOs\nKZ-33;2023;45,25;377\nKZ-10;2023;40;120\n");
    let options = Options {
        lang: Lang::En,
        chart: civic_stats::options::ChartKind::Compare,
        ..Options::default()
    };
    let f = civic_stats::stats::figure(&d, &options).unwrap();
    assert!(
        f.footer
            .iter()
            .any(|l| l.ends_with("percentages relative to Abai Region")),
        "{:?}",
        f.footer
    );
}

/// Habits of Excel users that were refused or misread: a bare title line above the header
/// (read as the header: tab "split" every line into one field, so it won as consistent), year
/// headers with a word after them (`2021 г.`, `2021 жыл`: read as three indicators of one
/// year, and summed), and `#` notes padded with the empty cells of the sheet's other columns.
#[test]
fn excel_titles_year_words_and_padded_notes_are_read() {
    let d = ok("Численность НПО\nРегион;Год;НПО\nАкмолинская область;2023;1 102\nКостанайская область;2023;1 230\n");
    assert_eq!(d.title.pick(Lang::Ru), "Численность НПО");
    assert_eq!(d.regions.len(), 2);
    for header in [
        "Регион;2021 г.;2022 г.",
        "Өңір;2021 жыл;2022 жыл",
        "Region;2021 year;2022",
    ] {
        let d = ok(&format!("{header}\nАкмолинская область;1 000;1 102\n"));
        assert_eq!(d.years, [2021, 2022], "{header}");
        assert_eq!(d.indicators.len(), 1, "{header}");
        assert_eq!(row(&d, "KZ-11", 2022)[0].1, Some(1102.0), "{header}");
    }
    let d = ok("# title: Азаматтық қоғам, 2023;;;\n# date: 2024;;;\n# year: 2023;;\nӨңір;ҮЕҰ;БАҚ\nАқмола облысы;1 102;64\n");
    assert_eq!(d.title.pick(Lang::Kk), "Азаматтық қоғам, 2023");
    assert_eq!(d.source.date, "2024");
    assert_eq!(d.years, [2023]);
    // A note holding the delimiter comes out of Excel quoted; the lines after it still count.
    let d = ok("\"# title: Civil society, 2023\",,,\n\"# source: Test \"\"table\"\", 2023\",,,\n# publisher: Akimat,,,\n# date: 2024,,,\n# url: https://example.kz/,,,\nRegion,Year,NGOs\nAkmola Region,2023,1102\n");
    assert_eq!(d.title.pick(Lang::En), "Civil society, 2023");
    assert_eq!(d.source.title.pick(Lang::En), "Test \"table\", 2023");
    assert_eq!(d.source.publisher.pick(Lang::En), "Akimat");
}

/// Russian and Kazakh tables start with a column of row numbers; it was drawn as an indicator
/// ("№ п/п, 2023", bars 1, 2, 3) and added into a stack's total.
#[test]
fn a_column_of_row_numbers_is_not_a_figure() {
    for header in ["№ п/п", "№", "N п/п", "Р/с", "No."] {
        let d = ok(&format!(
            "{header};Регион;Год;НПО;СМИ\n1;Абайская область;2023;1 234;52\n2;ВКО;2023;900;40\n"
        ));
        assert_eq!(
            row(&d, "KZ-10", 2023),
            ids(&[("ngo", Some(1234.0)), ("media", Some(52.0))]),
            "{header}"
        );
    }
}

/// A year written as Excel users write it was taken in a header (`2023 г.`) but refused in a
/// cell of the year column ("«2022 г.» не год").
#[test]
fn a_year_cell_may_say_it_is_a_year() {
    let d = ok("Регион;Год;НПО\nЖетісу облысы;2022 г.;350\nЖетісу облысы;2023 жыл;377\n");
    assert_eq!(d.years, [2022, 2023]);
    assert_eq!(row(&d, "KZ-33", 2022), ids(&[("ngo", Some(350.0))]));
    assert!(first_error(
        "Регион;Год;НПО\nЖетісу облысы;2023 года выпуска;1\n",
        Lang::En
    )
    .contains("not a year"));
}

/// A table with a column per year and no title is named by its file: the subtitle wrote it
/// as a sentence starts, "Rk-row.csv, 2023", which is not the file's name.
#[test]
fn a_file_name_in_the_subtitle_keeps_its_case() {
    use civic_stats::layout::{chart, ApproxText, Typography};
    use civic_stats::render::{to_svg, Theme};
    let d = parse_csv(
        "Регион;2022;2023\nЖетісу облысы;350;377\nАбай облысы;120;130\n".as_bytes(),
        &CsvMeta::new("rk-row.csv", Lang::En),
    )
    .unwrap();
    let o = Options {
        lang: Lang::En,
        ..Options::default()
    };
    let f = figure(&d, &o).unwrap();
    let scene = chart(&f, 800.0, None, &ApproxText, Typography::default());
    let texts = common::svg_texts(&to_svg(&scene, &Theme::default()));
    assert!(
        texts.iter().any(|t| t.starts_with("rk-row.csv")),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.starts_with("Rk-row")), "{texts:?}");
}

/// A table of a region's districts was told it had no region column, though it had one of
/// districts: the message says what a CSV can read, and where districts go instead.
#[test]
fn a_column_of_districts_is_told_what_a_csv_reads() {
    assert_eq!(
        first_error("Район;Год;НПО\nАягозский район;2023;40\n", Lang::En),
        "line 1, column 'Район': districts cannot be read from a CSV, which knows only \
         Kazakhstan's 20 regions and cities: districts need a JSON dataset (data/README.md)"
    );
}

/// An analyst's review: "# note: figures for 2024 are preliminary" was read and shown
/// nowhere, not in the footer, the summary or a download. It is the line under the source.
#[test]
fn the_sources_note_is_printed_under_the_source() {
    let d = ok(
        "# source: Отчёт\n# note: Данные за 2024 год предварительные\n\
                Регион;Год;НПО\nАстана;2024;1500\n",
    );
    let f = figure(&d, &Options::default()).unwrap();
    let at = f
        .footer
        .iter()
        .position(|l| l.starts_with("Дереккөз: Отчёт"))
        .unwrap();
    assert_eq!(
        f.footer[at + 1],
        "Данные за 2024 год предварительные",
        "{:?}",
        f.footer
    );
    assert!(f.to_csv().contains("Данные за 2024 год предварительные"));
}

/// An analyst's review: a statistical table's year marked for its footnote (`2024*`) made
/// the file "years beside indicator columns", and the footnotes under a table ("* предварительные
/// данные", as Excel pads them) were refused as unknown regions. The year is read, and the
/// lines under the table are printed under the chart. A region's row without figures is
/// still a row, under the table or in it.
#[test]
fn a_tables_footnotes_are_printed_under_the_chart() {
    let d = ok(
        "Регион;2022;2023;2024*\nАстана;2 790;2 901;3 050\nАлматы;4 402;4 515;\n\
                * предварительные данные;;;\nИсточник: БНС;;;\n",
    );
    assert_eq!(d.years, [2022, 2023, 2024]);
    // The year keeps its mark on the chart, so the footnote under it refers to something.
    let year = Options {
        year: Some(2024),
        ..Options::default()
    };
    assert_eq!(figure(&d, &year).unwrap().subtitle, "2024*");
    let trend = Options {
        chart: civic_stats::options::ChartKind::Trend,
        ..Options::default()
    };
    let t = figure(&d, &trend).unwrap();
    assert_eq!(t.subtitle, "2022–2024*");
    let labels: Vec<&str> = t.categories.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["2022", "2023", "2024*"]);
    assert_eq!(t.tooltip(2, 0)[0], "Астана · 2024*");
    // Each year at its own place on the axis (a marked year's label is not its number: the
    // years had all been drawn at one place).
    use civic_stats::layout::{chart, ApproxText, Typography};
    let scene = chart(&t, 800.0, None, &ApproxText, Typography::default());
    let x = |label: &str| scene.texts().find(|s| s.text == label).map(|s| s.x);
    let xs: Vec<f64> = labels.iter().filter_map(|l| x(l)).collect();
    assert_eq!(xs.len(), 3, "{labels:?}");
    assert!(xs[0] < xs[1] && xs[1] < xs[2], "{xs:?}");
    let f = figure(&d, &Options::default()).unwrap();
    assert!(
        f.footer.iter().any(|l| l == "* предварительные данные"),
        "{:?}",
        f.footer
    );
    // The source under the table is the source, where no `# source:` line names one: it had
    // been printed beneath "source not stated".
    assert_eq!(d.source.title.pick(Lang::Ru), "БНС");
    assert!(
        f.footer.iter().any(|l| l == "Дереккөз: БНС"),
        "{:?}",
        f.footer
    );
    assert!(
        !f.footer.iter().any(|l| l.contains("Источник")),
        "{:?}",
        f.footer
    );
    let named = ok("# source: Отчёт\n# year: 2023\nРегион;НПО\nАстана;1\nИсточник: БНС;\n");
    assert_eq!(named.source.title.pick(Lang::Ru), "Отчёт");
    assert_eq!(named.notes[0].pick(Lang::Ru), "Источник: БНС");
    let d = ok("Регион;Год;НПО\nАстана;2023;1\nАстана;2024*;2\nПримечание: 2024 — оценка\n");
    assert_eq!(d.years, [2023, 2024]);
    assert_eq!(
        (d.year_label(2023), d.year_label(2024)),
        ("2023".into(), "2024*".into())
    );
    assert_eq!(d.notes[0].pick(Lang::Ru), "Примечание: 2024 — оценка");
    // Not a footnote: a region's name, with or without rows after it.
    assert_eq!(
        first_error("# year: 2023\nРегион;НПО\nАстана;1\nАлмата;\n", Lang::En),
        "line 4, column 'Регион': unknown region 'Алмата' — did you mean 'Алматы облысы'?"
    );
    assert_eq!(
        first_error("# year: 2023\nРегион;НПО\n* с 2022 года;\nАстана;1\n", Lang::En),
        "line 3, column 'Регион': unknown region '* с 2022 года' (a CSV knows only Kazakhstan's 20 regions and cities; districts need JSON)"
    );
}

/// Shares of the total are of the regions a file holds, and stood under "Share of the total of
/// all regions" for a file of six (a tooltip's "26 % of all regions"). The footer says whose
/// total it is, where a file holds fewer than the country's twenty.
#[test]
fn shares_of_a_files_few_regions_say_whose_total_they_are() {
    use civic_stats::options::Measure;
    let few = good("excel-semicolon-bom-crlf.csv", Lang::Ru);
    let all = common::illustrative();
    for (data, note) in [(&few, true), (&all, false)] {
        let options = Options {
            measure: Measure::ShareOfTotal,
            indicators: vec!["ngo".into()],
            lang: Lang::Ru,
            ..Options::default()
        };
        let f = figure(data, &options).unwrap();
        let said = f
            .footer
            .iter()
            .any(|l| l.contains("Доли рассчитаны от суммы по 3 регионам в данных"));
        assert_eq!(said, note, "{:?}", f.footer);
    }
}

/// Columns beside the figures that are not figures: notes, dates and changes. Each had
/// refused the whole file a cell at a time ("line 2, column 'Комментарий': 'данные
/// уточняются' is not a number"); each is now left out, and the footer names it and why.
#[test]
fn columns_of_notes_dates_and_changes_are_left_out_and_named() {
    let text = "Регион;Год;НПО;СМИ;Прирост НПО, %;Дата;Руководитель\n\
                Абай облысы;2023;120;5;-3,2;12.03.2024;Иванов И. И.\n\
                Жетісу облысы;2023;377;56;4,1;12.03.2024;\n";
    let d = ok(text);
    let indicators: Vec<&str> = d.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(indicators, ["ngo", "media"]);
    assert_eq!(
        row(&d, "KZ-10", 2023),
        ids(&[("ngo", Some(120.0)), ("media", Some(5.0))])
    );
    let notes: Vec<&str> = d.notes.iter().map(|n| n.pick(Lang::Ru)).collect();
    assert_eq!(
        notes,
        [
            "Столбец «Прирост НПО, %» не показан: в нём изменения, а их диаграмма считает по самим данным",
            "Столбец «Дата» не показан: в нём текст, а не числа",
            "Столбец «Руководитель» не показан: в нём текст, а не числа",
        ]
    );
    let options = Options {
        lang: Lang::En,
        ..Options::default()
    };
    let f = figure(&d, &options).unwrap();
    let said = "The column 'Руководитель' is not drawn: it holds text, not figures";
    assert!(f.footer.iter().any(|l| l == said), "{:?}", f.footer);

    for header in ["Комментарий", "Примечание", "Ескерту", "Notes", "Күні"]
    {
        let d = ok(&format!(
            "Region;Year;NGOs;{header}\nAbai Region;2023;120;see line 5\n"
        ));
        assert_eq!(d.indicators.len(), 1, "{header}");
    }
    for header in [
        "Темп роста, %",
        "Өсімі, %",
        "Change, %",
        "Изменение к 2022 г.",
    ] {
        let d = ok(&format!(
            "Region;Year;NGOs;{header}\nAbai Region;2023;120;-5\n"
        ));
        assert_eq!(d.indicators.len(), 1, "{header}");
    }
    // What is not a column of notes or changes is read as before.
    let d = ok("Region;Year;Climate change NGOs;NGOs\nAbai Region;2023;3;120\n");
    assert_eq!(d.indicators.len(), 2);
    // A figure's cell of words is still refused, with its line, where the column has
    // figures too.
    assert_eq!(
        first_error(
            "Region;Year;NGOs;Media\nAbai Region;2023;120;5\nZhetysu Region;2023;377;many\n",
            Lang::En
        ),
        "line 3, column 'Media': 'many' is not a number"
    );
    // A file of nothing but words is refused a cell at a time: it is more likely misread.
    assert!(parse("Region;Year;NGOs\nAbai Region;2023;many\n", Lang::En).is_err());
    // A change alone is the file's figure: its negative cells are refused by line.
    assert_eq!(
        first_error("Region;Year;Growth\nAbai Region;2023;-5\n", Lang::En),
        "line 2, column 'Growth': '-5' is negative: this figure cannot be below zero"
    );
}
