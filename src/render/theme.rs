//! Colours for each kind of mark.

use crate::layout::Paint;

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

/// A set of colours; series colours come from the Okabe–Ito palette, which stays
/// distinguishable under the common forms of colour blindness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub axis: Rgb,
    pub alert: Rgb,
    pub highlight: Rgb,
    pub reference: Rgb,
    pub series: &'static [Rgb],
}

impl Theme {
    pub fn light() -> Self {
        Theme {
            background: Rgb(0xff, 0xff, 0xff),
            text: Rgb(0x1a, 0x1a, 0x1a),
            muted: Rgb(0x55, 0x55, 0x55),
            grid: Rgb(0xe3, 0xe3, 0xe3),
            axis: Rgb(0x76, 0x76, 0x76),
            alert: Rgb(0xb0, 0x00, 0x20),
            highlight: Rgb(0xd5, 0x5e, 0x00),
            reference: Rgb(0x33, 0x33, 0x33),
            series: &[
                Rgb(0x00, 0x72, 0xb2), // blue
                Rgb(0xd5, 0x5e, 0x00), // vermillion
                Rgb(0x00, 0x9e, 0x73), // bluish green
                Rgb(0xcc, 0x79, 0xa7), // reddish purple
                Rgb(0xe6, 0x9f, 0x00), // orange
                Rgb(0x56, 0xb4, 0xe9), // sky blue
            ],
        }
    }

    pub fn color(&self, paint: Paint) -> Rgb {
        match paint {
            Paint::Background => self.background,
            Paint::Text => self.text,
            Paint::MutedText => self.muted,
            Paint::Grid => self.grid,
            Paint::Axis => self.axis,
            Paint::Alert => self.alert,
            Paint::Series(i) => self.series[i % self.series.len()],
            Paint::OnSeries(i) => self.series[i % self.series.len()].text_on(),
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
