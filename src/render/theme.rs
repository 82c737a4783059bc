//! Colours for each kind of mark, in three schemes.

use crate::layout::Paint;
use crate::options::ThemeName;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const BLACK: Rgb = Rgb(0, 0, 0);
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

    /// `#rrggbb`, for CSS.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2.1 defines it.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Black or white, whichever reads better on this colour.
    pub fn text_on(self) -> Rgb {
        if self.contrast(Rgb::BLACK) >= self.contrast(Rgb::WHITE) {
            Rgb::BLACK
        } else {
            Rgb::WHITE
        }
    }
}

/// A colour scheme. Series colours come from the Okabe–Ito palette (distinguishable under the
/// common forms of colour blindness), each checked by a test against its background: text
/// pairs at 4.5:1, marks at 3:1 (WCAG 2.1 AA).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub axis: Rgb,
    /// The lines a highlighted one stands out of: the axis's grey, except where the axis is
    /// as strong as the text (the contrast themes) and would outshine the highlight.
    pub backdrop: Rgb,
    pub alert: Rgb,
    pub highlight: Rgb,
    pub reference: Rgb,
    pub focus: Rgb,
    pub series: &'static [Rgb],
    /// The text colour on each series colour, black or white, whichever reads better
    /// ([`Rgb::text_on`]; written out so the module need not carry `powf` to work it out).
    pub on_series: &'static [Rgb],
}

impl Theme {
    pub fn named(name: ThemeName) -> Self {
        match name {
            ThemeName::Light => Theme::light(),
            ThemeName::Dark => Theme::dark(),
            ThemeName::Contrast => Theme::contrast(),
            ThemeName::ContrastDark => Theme::contrast_dark(),
        }
    }

    pub fn light() -> Self {
        Theme {
            background: Rgb(0xff, 0xff, 0xff),
            text: Rgb(0x1a, 0x1a, 0x1a),
            muted: Rgb(0x55, 0x55, 0x55),
            grid: Rgb(0xe3, 0xe3, 0xe3),
            axis: Rgb(0x76, 0x76, 0x76),
            backdrop: Rgb(0x76, 0x76, 0x76),
            alert: Rgb(0xb0, 0x00, 0x20),
            highlight: Rgb(0xb3, 0x40, 0x00),
            reference: Rgb(0x33, 0x33, 0x33),
            focus: Rgb(0x1a, 0x1a, 0x1a),
            // Okabe–Ito, darkened where needed to hold 3:1 on white.
            series: &[
                Rgb(0x00, 0x72, 0xb2), // blue
                Rgb(0xd5, 0x5e, 0x00), // vermillion
                Rgb(0x00, 0x87, 0x63), // bluish green, darkened
                Rgb(0xb8, 0x5c, 0x91), // reddish purple, darkened
                Rgb(0x9e, 0x6a, 0x00), // orange, darkened
                // Paul Tol's indigo: a darkened sky blue held 3:1 on white but was the first
                // colour's twin (1.09:1 between them).
                Rgb(0x33, 0x22, 0x88), // indigo
            ],
            on_series: &[
                Rgb::WHITE,
                Rgb::BLACK,
                Rgb::BLACK,
                Rgb::BLACK,
                Rgb::WHITE,
                Rgb::WHITE,
            ],
        }
    }

    pub fn dark() -> Self {
        Theme {
            background: Rgb(0x1b, 0x1d, 0x21),
            text: Rgb(0xf2, 0xf2, 0xf2),
            muted: Rgb(0xb8, 0xb8, 0xb8),
            grid: Rgb(0x3a, 0x3d, 0x42),
            axis: Rgb(0x8c, 0x8c, 0x8c),
            backdrop: Rgb(0x8c, 0x8c, 0x8c),
            alert: Rgb(0xff, 0x8a, 0x80),
            highlight: Rgb(0xff, 0xb0, 0x4d),
            reference: Rgb(0xe0, 0xe0, 0xe0),
            focus: Rgb(0xff, 0xff, 0xff),
            series: &[
                Rgb(0x56, 0xb4, 0xe9), // sky blue
                Rgb(0xe6, 0x9f, 0x00), // orange
                Rgb(0x00, 0xb3, 0x88), // bluish green, lightened
                Rgb(0xcc, 0x79, 0xa7), // reddish purple
                Rgb(0xf0, 0xe4, 0x42), // yellow
                Rgb(0xe8, 0x74, 0x2a), // vermillion, lightened
            ],
            on_series: &[
                Rgb::BLACK,
                Rgb::BLACK,
                Rgb::BLACK,
                Rgb::BLACK,
                Rgb::BLACK,
                Rgb::BLACK,
            ],
        }
    }

    /// Black on white with the darkest distinguishable colours, for projectors and low vision.
    pub fn contrast() -> Self {
        Theme {
            background: Rgb::WHITE,
            text: Rgb::BLACK,
            muted: Rgb::BLACK,
            grid: Rgb(0x76, 0x76, 0x76),
            axis: Rgb::BLACK,
            // Darker than the grid, which its lines would otherwise pass for.
            backdrop: Rgb(0x5c, 0x5c, 0x5c),
            alert: Rgb(0x9b, 0x00, 0x00),
            highlight: Rgb(0x9b, 0x3a, 0x00),
            reference: Rgb::BLACK,
            focus: Rgb::BLACK,
            series: &[
                Rgb(0x00, 0x4c, 0x80), // deep blue
                Rgb(0x9b, 0x3a, 0x00), // deep vermillion
                Rgb(0x00, 0x5e, 0x45), // deep green
                Rgb(0x7a, 0x2e, 0x63), // deep purple
                Rgb(0x59, 0x59, 0x59), // grey
                Rgb(0x00, 0x00, 0x00), // black
            ],
            on_series: &[
                Rgb::WHITE,
                Rgb::WHITE,
                Rgb::WHITE,
                Rgb::WHITE,
                Rgb::WHITE,
                Rgb::WHITE,
            ],
        }
    }

    /// White on black with the brightest distinguishable colours: Windows' dark contrast
    /// themes, where a white chart was a glaring block on a black page.
    pub fn contrast_dark() -> Self {
        Theme {
            background: Rgb::BLACK,
            text: Rgb::WHITE,
            muted: Rgb::WHITE,
            grid: Rgb(0x8a, 0x8a, 0x8a),
            axis: Rgb::WHITE,
            // Brighter than the grid, which its lines would otherwise pass for.
            backdrop: Rgb(0xa8, 0xa8, 0xa8),
            alert: Rgb(0xff, 0x8a, 0x80),
            highlight: Rgb(0xff, 0xd5, 0x4f),
            reference: Rgb::WHITE,
            focus: Rgb::WHITE,
            series: &[
                Rgb(0x6c, 0xc4, 0xff), // light blue
                Rgb(0xff, 0xa0, 0x40), // orange
                Rgb(0x5f, 0xe0, 0xa0), // green
                Rgb(0xff, 0x9e, 0xd8), // pink
                Rgb(0xf0, 0xe4, 0x42), // yellow
                Rgb::WHITE,
            ],
            on_series: &[Rgb::BLACK; 6],
        }
    }

    pub fn color(&self, paint: Paint) -> Rgb {
        match paint {
            Paint::Background => self.background,
            Paint::Text => self.text,
            Paint::MutedText => self.muted,
            Paint::Grid => self.grid,
            Paint::Axis => self.axis,
            Paint::Backdrop => self.backdrop,
            Paint::Alert => self.alert,
            Paint::Series(i) => self.series[i % self.series.len()],
            Paint::OnSeries(i) => self.on_series[i % self.on_series.len()],
            Paint::Highlight => self.highlight,
            Paint::Reference => self.reference,
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::light()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn themes() -> [(&'static str, Theme); 4] {
        [
            ("light", Theme::light()),
            ("dark", Theme::dark()),
            ("contrast", Theme::contrast()),
            ("contrast-dark", Theme::contrast_dark()),
        ]
    }

    #[test]
    fn text_meets_wcag_aa_against_the_background() {
        for (name, t) in themes() {
            for (what, colour) in [
                ("text", t.text),
                ("muted", t.muted),
                ("alert", t.alert),
                ("highlight", t.highlight),
                ("reference", t.reference),
            ] {
                let ratio = colour.contrast(t.background);
                assert!(ratio >= 4.5, "{name} {what}: {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn marks_meet_3_to_1_against_the_background_and_text_on_marks_reads() {
        for (name, t) in themes() {
            for (i, &colour) in t.series.iter().enumerate() {
                let ratio = colour.contrast(t.background);
                assert!(
                    ratio >= 3.0,
                    "{name} series {i} {}: {ratio:.2}:1",
                    colour.hex()
                );
                assert_eq!(t.on_series.len(), t.series.len(), "{name}");
                assert_eq!(t.series.len(), crate::layout::PALETTE, "{name}");
                assert_eq!(
                    t.on_series[i],
                    colour.text_on(),
                    "{name} text on series {i}"
                );
                let on = colour.text_on().contrast(colour);
                assert!(on >= 4.5, "{name} text on series {i}: {on:.2}:1");
            }
            // A highlighted trend's other lines step back, but stay visible, and do not pass
            // for grid lines.
            assert!(t.backdrop.contrast(t.background) < t.text.contrast(t.background));
            assert_ne!(t.backdrop, t.grid, "{name}");
            for (what, colour) in [
                ("axis", t.axis),
                ("backdrop", t.backdrop),
                ("focus ring", t.focus),
                ("highlight", t.highlight),
            ] {
                let ratio = colour.contrast(t.background);
                assert!(ratio >= 3.0, "{name} {what}: {ratio:.2}:1");
            }
        }
    }

    /// The light theme's sixth colour (a darkened sky blue) was the first's twin on screen.
    #[test]
    fn no_two_series_colours_are_twins() {
        for (name, t) in themes() {
            for (i, a) in t.series.iter().enumerate() {
                for b in &t.series[i + 1..] {
                    let d = |x: u8, y: u8| (f64::from(x) - f64::from(y)).powi(2);
                    let distance = (d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)).sqrt();
                    assert!(distance >= 45.0, "{name}: {} and {}", a.hex(), b.hex());
                }
            }
        }
    }

    #[test]
    fn contrast_ratio_matches_known_values() {
        assert!((Rgb::BLACK.contrast(Rgb::WHITE) - 21.0).abs() < 1e-9);
        assert!((Rgb(0x76, 0x76, 0x76).contrast(Rgb::WHITE) - 4.54).abs() < 0.01);
    }
}
