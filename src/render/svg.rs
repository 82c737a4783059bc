//! SVG output: the export format and what native tests inspect.

use super::draw::{draw, Overlay, Surface};
use super::theme::Theme;
use crate::layout::Scene;
use plotters::backend::SVGBackend;

/// The scene as a standalone SVG document, at its CSS pixel size.
pub fn to_svg(scene: &Scene, theme: &Theme) -> String {
    to_svg_with(scene, theme, Overlay::default())
}

/// The same with an overlay: a focus ring, or only the first steps of a reveal.
pub fn to_svg_with(scene: &Scene, theme: &Theme, overlay: Overlay) -> String {
    let mut out = String::new();
    // Rounded as the canvas and the background are: ceil left a transparent row below it.
    let size = (scene.width.round() as u32, scene.height.round() as u32);
    {
        let mut backend = SVGBackend::with_string(&mut out, size);
        // Drawing into a String cannot fail; an error here would be a plotters bug, and the
        // partial document is still the best thing to return.
        let surface = Surface {
            scale: 1.0,
            font_scale: 1.24,
        };
        let _ = draw(&mut backend, scene, theme, surface, overlay);
    }
    out
}
