//! What every chart kind shares: title, subtitle and legend above, source footer below, and a
//! body in between whose height the kind decides.

use super::builder::Builder;
use super::geometry::{marker, Rect, PALETTE};
use super::scene::{Anchor, Font, LegendTarget, Paint, Scene, Shape};
use super::text::{wrap, TextMeasure};
use super::{bands, pie, trend, Typography};
use crate::locale::Msg;
use crate::options::ChartKind;
use crate::stats::{Figure, LegendEntry};

/// A source line is never cut short on any screen a chart is readable on.
const MAX_FOOTER_LINES: usize = 8;

/// Lays out `figure` as its kind of chart, `width` CSS pixels wide. The height follows from the
/// content (every label readable) up to [`Typography::max_height`] (for band charts of more
/// categories than that has pixels, [`Typography::silhouette_height`]), unless `height` sets it;
/// band charts fit any number of categories into either by thinning their bands.
///
/// Type larger than the page's (presenting) steps down, a pixel at a time, where `height`
/// cannot hold the chart at that size: a class reads every bar's name and value in a chart
/// fitted to a 768 px projector rather than every other name and no value, and sees a pie or
/// a trend whole rather than cut off at the bottom of the screen. Bands too many for a line
/// each at any size take the page's type where the chart is not within `height` at the
/// presenting size: on a phone held sideways the large title, legend and footer had left
/// their plot no room, and pushed it off screen.
pub fn chart(
    figure: &Figure,
    width: f64,
    height: Option<f64>,
    measure: &dyn TextMeasure,
    typo: Typography,
) -> Scene {
    let page = Typography::default().base;
    // Bands too many for the height even a line each at the page's size are thinned at any.
    let bands = !matches!(
        figure.kind,
        ChartKind::Pie | ChartKind::Donut | ChartKind::Trend
    );
    let lines = |h: f64| {
        figure.categories.len() as f64 * Typography { base: page }.label().line_height() <= h
    };
    let every_label = !bands || height.is_some_and(lines);
    let mut typo = typo;
    loop {
        let (scene, whole) = lay_out(figure, width, height, measure, typo);
        let within = height.map_or(true, |h| scene.height <= h + 0.5);
        if (whole || !every_label) && within || typo.base <= page {
            return scene;
        }
        // Bands too many for a line each go to the page's size at once: a pixel at a time
        // was 19 layouts of a 10 000-bar chart, 60 ms, at each fit.
        typo.base = if every_label { typo.base - 1.0 } else { page }.max(page);
    }
}

/// The subtitle in two lines at most, its year (after the last comma: «…, 2023») kept where
/// the rest must be cut: on a phone a long indicator's name had left «…мемлекеттік
/// грантта…» and no year.
fn subtitle_lines(text: &str, width: f64, font: Font, measure: &dyn TextMeasure) -> Vec<String> {
    let at = |s: &str, c: u8| s.bytes().rposition(|b| b == c);
    let comma = at(text, b',').unwrap_or(text.len());
    let (mut head, year) = (&text[..comma], text.get(comma + 2..).unwrap_or(""));
    let mut shown = text.to_owned();
    loop {
        let lines = wrap(&shown, width, 2, font, measure);
        let whole = lines.last().is_some_and(|l| l.ends_with(year));
        let Some(space) = at(head, b' ').filter(|_| !whole) else {
            return lines;
        };
        head = &head[..space];
        shown = [head, "…, ", year].concat();
    }
}

/// The chart at one size, and whether it is whole there: every band's label and value
/// written, the whole chart within `height`.
fn lay_out(
    figure: &Figure,
    width: f64,
    height: Option<f64>,
    measure: &dyn TextMeasure,
    typo: Typography,
) -> (Scene, bool) {
    let width = width.max(160.0);
    let gap = typo.gap();
    let inner = width - 2.0 * gap;
    let mut b = Builder::new(measure);

    let mut y = gap;
    y = b.paragraph(&figure.title, gap, y, inner, 3, typo.title(), Paint::Text);
    // A line of its own starts with a capital: «Область Жетісу, 2023».
    let subtitle = crate::locale::sentence(&figure.subtitle);
    let lines = subtitle_lines(&subtitle, inner, typo.subtitle(), measure);
    y = b.lines(lines, gap, y + 2.0, typo.subtitle(), Paint::MutedText);
    // A bar chart's one series is the one its subtitle names: a legend of it said the same
    // again, in a colour that told nothing apart.
    if figure.kind != ChartKind::Bar || figure.legend.len() > 1 {
        // Rows of entries 24 px apart at least, WCAG 2.5.8's spacing for a tap (21 px on a
        // phone had a finger switch off the series above), unless the chart is fitted to a
        // height, where the plot needs every pixel.
        let pitch = if height.is_some() { 0.0 } else { 24.0 };
        y = legend(&mut b, figure, (gap, y + gap * 0.6), inner, pitch, typo);
    }
    let top = y + gap;

    let footer_font = typo.footer();
    let footer: Vec<(usize, String)> = figure
        .footer
        .iter()
        .enumerate()
        .flat_map(|(k, f)| {
            let lines = wrap(f, inner, MAX_FOOTER_LINES, footer_font, measure);
            lines.into_iter().map(move |line| (k, line))
        })
        .collect();
    let footer_h = footer.len() as f64 * footer_font.line_height();
    let fixed = top + gap + footer_h + gap;

    let kind = figure.kind;
    // A pie or a trend given a height takes what it leaves them, down to their least.
    let (natural, written) = match kind {
        ChartKind::Pie | ChartKind::Donut if height.is_some() => {
            (pie::min_height(figure, typo), true)
        }
        ChartKind::Pie | ChartKind::Donut => {
            (pie::natural_height(figure, inner, measure, typo), true)
        }
        ChartKind::Trend if height.is_some() => (trend::min_height(typo), true),
        ChartKind::Trend => (trend::natural_height(inner, typo), true),
        _ => {
            let room = height.unwrap_or_else(|| bands::tallest(figure, typo)) - fixed;
            bands::natural_height(figure, inner, measure, typo, room)
        }
    };
    let whole = written && height.map_or(true, |h| fixed + natural <= h + 0.5);
    let total = height.map_or(fixed + natural, |h| h.max(fixed + natural));
    let body = Rect::new(gap, top, inner, total - fixed);
    let plot = match kind {
        ChartKind::Pie | ChartKind::Donut => pie::layout(&mut b, figure, body, typo),
        ChartKind::Trend => trend::layout(&mut b, figure, body, typo),
        _ => bands::layout(&mut b, figure, body, typo),
    };

    // A note naming a trend's lines comes with the last of them, stepping through, as its
    // path, dashes and legend entry do: with its first point.
    let named = figure.footer_series.and_then(|(line, s)| {
        let first = trend::first_targets(figure).get(s).copied().flatten()?;
        Some((line, first))
    });
    let mut fy = total - gap - footer_h;
    for (k, line) in footer {
        b.owner = named.filter(|&(line, _)| line == k).map(|(_, owner)| owner);
        b.text(
            line,
            gap,
            fy,
            footer_font,
            Anchor::LeftTop,
            Paint::MutedText,
        );
        fy += footer_font.line_height();
    }
    let scene = Scene {
        width,
        height: total,
        plot,
        shapes: b.shapes,
        owners: b.owners,
        legend: b.legend,
        targets: b.targets,
        borrowed: b.borrowed,
        rows: !matches!(kind, ChartKind::Pie | ChartKind::Donut | ChartKind::Trend),
    };
    (scene, whole)
}

/// The legend's entries with their paints: hidden ones greyed out.
pub fn legend_entries(figure: &Figure) -> Vec<(String, Paint)> {
    figure
        .legend
        .iter()
        .map(|e| {
            let paint = if e.hidden {
                Paint::Grid
            } else {
                Paint::Series(e.color)
            };
            (e.label.clone(), paint)
        })
        .collect()
}

/// Swatches and names flowing left to right, wrapping, rows `pitch` apart at least; returns
/// the y below. A name too long for the whole width takes two lines (a phone's «Саяси
/// партиялардың облыстық филиалдары») before it is cut.
fn legend(
    b: &mut Builder,
    figure: &Figure,
    (x0, y0): (f64, f64),
    width: f64,
    pitch: f64,
    typo: Typography,
) -> f64 {
    let font = typo.label();
    let line_h = font.line_height();
    let swatch = (font.size * 0.9).round();
    let (mut x, mut y) = (x0, y0);
    let mut row_h = line_h;
    // With more than one entry, each can be switched off and on.
    let toggles = figure.legend.len() > 1;
    // Lines past the palette's colours are told apart by their markers: so are their entries.
    let shaped = figure.kind == ChartKind::Trend && figure.legend.len() > PALETTE;
    // A trend whose highlighted region greys out the others' lines greys their entries.
    let highlighted = trend::stepping_back(figure).map(|f| figure.series[f].key.as_str());
    // On a phone and in class those grey entries share one: twenty grey names took most of
    // the screen from the plot (on a 1 024 × 768 projector 200 px, leaving the plot 220). The
    // table and the toggles for screen readers still name every line.
    let presenting = typo.base > Typography::default().base;
    let compact = highlighted.is_some() && (width < 600.0 || presenting);
    let mut entries: Vec<(Option<&LegendEntry>, String, Paint)> = figure
        .legend
        .iter()
        .zip(legend_entries(figure))
        .filter(|(e, _)| !compact || e.hidden || Some(e.key.as_str()) == highlighted)
        .map(|(e, (label, paint))| (Some(e), label, paint))
        .collect();
    if compact {
        // The entry counts none of them: stepping through, the grey lines come in one by one
        // with the entry coming with the first, and a count of all of them ("Other regions
        // (7)") had stood over one line drawn, on a phone as in class.
        let others = Msg::OtherRegionsAll.text(figure.lang).to_owned();
        entries.push((None, others, Paint::Backdrop));
    }
    // A trend's entry is revealed with its line, step by step: a class saw twenty names
    // before the first line.
    let first_targets = trend::first_targets(figure);
    for (entry, label, paint) in entries {
        let hidden = entry.is_some_and(|e| e.hidden);
        let series = match entry {
            Some(e) => figure.series.iter().position(|s| s.key == e.key),
            None => figure
                .series
                .iter()
                .position(|s| Some(s.key.as_str()) != highlighted),
        };
        b.owner = series.and_then(|s| first_targets.get(s).copied().flatten());
        let max_text = width - swatch - 6.0;
        let lines = wrap(&label, max_text, 2, font, b.measure);
        let text_w = lines.iter().map(|l| b.width(l, font)).fold(0.0, f64::max);
        let w = swatch + 6.0 + text_w;
        if x > x0 && x + w > x0 + width {
            x = x0;
            y += (row_h + 4.0).max(pitch);
            row_h = line_h;
        }
        let mid = y + line_h / 2.0;
        let stepped_back = entry.is_some_and(|e| highlighted.is_some_and(|key| key != e.key));
        let paint = if stepped_back && !hidden {
            Paint::Backdrop
        } else {
            paint
        };
        let (x0, y0) = (x, mid - swatch / 2.0);
        match paint {
            Paint::Series(color) if shaped => {
                let points = marker(color, x + swatch / 2.0, mid, swatch * 0.45);
                b.push(Shape::Polygon { points, paint });
            }
            // A switched-off series' swatch is an empty square in the muted text's colour:
            // filled in the grid's grey it all but vanished (1.3:1 on white).
            _ if hidden => {
                let (x1, y1) = (x0 + swatch - 0.75, y0 + swatch - 0.75);
                let (x0, y0) = (x0 + 0.75, y0 + 0.75);
                let points = vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)];
                let paint = Paint::MutedText;
                b.push(Shape::Path {
                    points,
                    width: 1.5,
                    paint,
                });
            }
            _ => b.rect(Rect::new(x0, y0, swatch, swatch), paint),
        }
        let text_paint = if hidden {
            Paint::MutedText
        } else {
            Paint::Text
        };
        let mut right = x;
        for (k, line) in lines.iter().enumerate() {
            let bounds = b.text(
                line.clone(),
                x + swatch + 6.0,
                mid + k as f64 * line_h,
                font,
                Anchor::LeftMiddle,
                text_paint,
            );
            right = right.max(bounds.right());
        }
        let tall = lines.len().max(1) as f64 * line_h;
        if let Some(entry) = entry.filter(|_| toggles) {
            b.legend.push(LegendTarget {
                area: Rect::new(x, y, right - x, tall),
                key: entry.key.clone(),
                hidden,
                owner: b.owner,
            });
        }
        row_h = row_h.max(tall);
        x += w + font.size * 1.5;
    }
    b.owner = None;
    y + row_h
}
