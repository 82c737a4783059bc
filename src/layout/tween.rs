//! In-between scenes for animated transitions.
//!
//! When values change, each bar moves from where the same value (same category and series
//! keys) was drawn before to where it is drawn now; a bar that is new grows from the axis.
//! Only bars move: texts, axes and slices are drawn at their final place, so a transition
//! never shows a wrong number. The caller decides whether to animate at all (the reader may
//! prefer reduced motion).

use super::geometry::Rect;
use super::scene::{Scene, Shape};

/// What a target stands for across redraws: its category's and its series' keys.
pub type TargetKey = (String, String);

/// `to`, with each bar placed `t` (0 → 1, eased) of the way from its place in `from`.
pub fn tween(
    from: &Scene,
    from_keys: &[TargetKey],
    to: &Scene,
    to_keys: &[TargetKey],
    t: f64,
) -> Scene {
    let t = t.clamp(0.0, 1.0);
    // Ease out: fast start, gentle landing.
    let e = 1.0 - (1.0 - t).powi(3);
    let mut scene = to.clone();
    if t >= 1.0 {
        return scene;
    }
    for (shape, owner) in scene.shapes.iter_mut().zip(&to.owners) {
        let (Shape::Rect { rect, .. }, Some(owner)) = (shape, owner) else {
            continue;
        };
        let Some(key) = to_keys.get(*owner) else {
            continue;
        };
        let start = from_keys
            .iter()
            .position(|k| k == key)
            .and_then(|i| from.targets.get(i))
            .map(|target| target.mark)
            // New bars grow from the axis at their own place.
            .unwrap_or(Rect::new(rect.x, rect.y, 0.0, rect.h));
        *rect = Rect::new(
            lerp(start.x, rect.x, e),
            lerp(start.y, rect.y, e),
            lerp(start.w, rect.w, e),
            lerp(start.h, rect.h, e),
        );
    }
    scene
}

fn lerp(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Area, Paint, Target};

    fn bar_scene(width: f64) -> Scene {
        let bar = Rect::new(10.0, 10.0, width, 20.0);
        Scene {
            width: 300.0,
            height: 100.0,
            plot: Rect::new(0.0, 0.0, 300.0, 100.0),
            shapes: vec![Shape::Rect {
                rect: bar,
                paint: Paint::Series(0),
            }],
            owners: vec![Some(0)],
            targets: vec![Target {
                category: 0,
                series: 0,
                area: Area::Rect(bar),
                mark: bar,
            }],
            legend: Vec::new(),
            rows: false,
            borrowed: Vec::new(),
        }
    }

    fn width(scene: &Scene) -> f64 {
        match &scene.shapes[0] {
            Shape::Rect { rect, .. } => rect.w,
            _ => unreachable!(),
        }
    }

    #[test]
    fn a_bar_moves_from_its_old_length_to_its_new_one() {
        let key = vec![("ngo".to_owned(), "KZ-33".to_owned())];
        let (old, new) = (bar_scene(100.0), bar_scene(200.0));
        assert_eq!(width(&tween(&old, &key, &new, &key, 0.0)), 100.0);
        let mid = width(&tween(&old, &key, &new, &key, 0.5));
        assert!(mid > 150.0 && mid < 200.0, "eased past the middle: {mid}");
        assert_eq!(tween(&old, &key, &new, &key, 1.0), new);
    }

    #[test]
    fn a_new_bar_grows_from_the_axis() {
        let old_key = vec![("media".to_owned(), "KZ-33".to_owned())];
        let new_key = vec![("ngo".to_owned(), "KZ-33".to_owned())];
        let (old, new) = (bar_scene(100.0), bar_scene(200.0));
        assert_eq!(width(&tween(&old, &old_key, &new, &new_key, 0.0)), 0.0);
    }
}
