//! Measuring and wrapping text.

use super::scene::Font;

/// How wide a text is in a font, in CSS pixels.
pub trait TextMeasure {
    fn width(&self, text: &str, font: Font) -> f64;
}

/// A font-independent estimate for native tests and SVG export: wide enough for the sans
/// fonts browsers use for Cyrillic, so an estimated layout never overlaps in practice.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApproxText;

impl TextMeasure for ApproxText {
    fn width(&self, text: &str, font: Font) -> f64 {
        let em = if font.bold { 0.62 } else { 0.58 };
        text.chars().count() as f64 * font.size * em
    }
}

/// Breaks `text` into lines no wider than `max_width`, at spaces but never at a no-break
/// space (`5,3 %`, `10 000`); at most `max_lines` lines,
/// the last ending in "…" if text had to be cut. A single word wider than the line is broken
/// after a hyphen it has (`Западно-` `Казахстанская`), else with one (`Неправительствен-`
/// `ные`), rather than cut: a phone's narrow label column still shows the whole name.
pub fn wrap(
    text: &str,
    max_width: f64,
    max_lines: usize,
    font: Font,
    measure: &dyn TextMeasure,
) -> Vec<String> {
    // Most labels (ticks, values, short names) fit whole: one measurement, where building
    // the line word by word measures every prefix. Text with runs of spaces goes the long
    // way, which writes single spaces between its words.
    let single_spaced = !text.is_empty()
        && !text.starts_with(' ')
        && !text.ends_with(' ')
        && !text.contains("  ")
        && !text.bytes().any(|b| b != b' ' && b.is_ascii_whitespace());
    if max_lines > 0 && single_spaced && measure.width(text, font) <= max_width {
        return vec![text.to_owned()];
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    // A one-letter word (Russian `в`, `и`, `с`, `к`) goes to the next line with the word
    // after it rather than end a line, as Russian typography asks.
    let mut words: Vec<String> = Vec::new();
    for word in text.split_ascii_whitespace() {
        match words.last_mut() {
            Some(last) if one_letter(last) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
    }
    // Last word first, so that the next one is popped and a broken word's rest pushed back.
    words.reverse();
    let mut cut = false;
    while let Some(word) = words.pop() {
        let candidate = if current.is_empty() {
            word.clone()
        } else {
            format!("{current} {word}")
        };
        if measure.width(&candidate, font) <= max_width {
            current = candidate;
            continue;
        }
        if measure.width(&word, font) > max_width {
            // A letter held to a word too wide for a line lets go of it.
            if let Some((letter, rest)) = word.split_once(' ') {
                words.push(rest.to_owned());
                words.push(letter.to_owned());
                continue;
            }
            if let Some((head, tail)) = break_word(&word, max_width, font, measure) {
                words.push(tail);
                words.push(head);
                continue;
            }
        }
        if current.is_empty() {
            current = candidate;
            continue;
        }
        lines.push(std::mem::take(&mut current));
        current = word;
        if lines.len() == max_lines {
            cut = true;
            break;
        }
        if words.is_empty() {
            break;
        }
    }
    if !cut && !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        cut = true;
    }
    let count = lines.len();
    for (i, line) in lines.iter_mut().enumerate() {
        let last_of_cut = cut && i + 1 == count;
        if last_of_cut || measure.width(line, font) > max_width {
            *line = ellipsize(line, max_width, font, measure);
        }
    }
    lines
}

/// [`wrap`] with lines of even length: the narrowest width that breaks `text` into as few
/// lines as `max_width` does, so that a name does not leave one word alone on its last line
/// (`Regional branches of` `political parties`, not `Regional branches of political`
/// `parties`). Labels set apart from a chart, where a ragged column draws the eye.
pub fn wrap_balanced(
    text: &str,
    max_width: f64,
    max_lines: usize,
    font: Font,
    measure: &dyn TextMeasure,
) -> Vec<String> {
    let lines = wrap(text, max_width, max_lines, font, measure);
    if lines.len() < 2 || lines.last().is_some_and(|l| l.ends_with('…')) {
        return lines;
    }
    // Halving the interval to within a pixel: a name's width is a few hundred at most.
    let (mut narrow, mut wide) = (max_width / lines.len() as f64, max_width);
    let mut best = lines;
    while wide - narrow > 1.0 {
        let mid = (narrow + wide) / 2.0;
        let tried = wrap(text, mid, max_lines, font, measure);
        let cut = tried.last().is_some_and(|l| l.ends_with('…'));
        if tried.len() == best.len() && !cut && !tried.iter().any(|l| l.ends_with('-')) {
            best = tried;
            wide = mid;
        } else {
            narrow = mid;
        }
    }
    best
}

fn one_letter(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

/// A word too wide for a line, as a head that fits (ending in a hyphen) and the rest: after
/// its own last hyphen that fits, else after as many letters as fit, keeping at least three
/// on each side. `None` for a word too short to break.
///
/// How much fits is found by halving (a longer head is never narrower): trying every length
/// from the end had measured a 16 000-letter title's every prefix, and froze the page.
fn break_word(
    word: &str,
    max_width: f64,
    font: Font,
    measure: &dyn TextMeasure,
) -> Option<(String, String)> {
    // The byte where each letter starts, and where the word ends.
    let starts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    let at = |n: usize| starts.get(n).copied().unwrap_or(word.len());
    let head = |n: usize| {
        let head = &word[..at(n)];
        if head.ends_with('-') {
            head.to_owned()
        } else {
            format!("{head}-")
        }
    };
    let (first, last) = (3, starts.len().checked_sub(3)?);
    let most = longest(first, last, |n| measure.width(&head(n), font) <= max_width)?;
    let hyphen = (first..=most).rev().find(|&n| word[..at(n)].ends_with('-'));
    let n = hyphen.unwrap_or(most);
    Some((head(n), word[at(n)..].to_owned()))
}

/// The largest `n` in `from..=to` for which `fits(n)` holds, where it holds up to some
/// point and not after; `None` where it does not hold at `from`.
fn longest(from: usize, to: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
    if from > to || !fits(from) {
        return None;
    }
    let (mut good, mut bad) = (from, to + 1);
    while bad - good > 1 {
        let mid = good + (bad - good) / 2;
        if fits(mid) {
            good = mid;
        } else {
            bad = mid;
        }
    }
    Some(good)
}

/// The longest start of `line` that fits with "…" after it (found by halving, as
/// [`break_word`]'s head is).
fn ellipsize(line: &str, max_width: f64, font: Font, measure: &dyn TextMeasure) -> String {
    let starts: Vec<usize> = line.char_indices().map(|(i, _)| i).collect();
    let cut = |n: usize| {
        let end = starts.get(n).copied().unwrap_or(line.len());
        line[..end].trim_end().to_owned() + "…"
    };
    let n = longest(0, starts.len(), |n| {
        measure.width(&cut(n), font) <= max_width
    })
    .unwrap_or(0);
    cut(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FONT: Font = Font {
        size: 10.0,
        bold: false,
    };

    #[test]
    fn short_text_stays_on_one_line() {
        assert_eq!(
            wrap("Үкіметтік емес", 500.0, 2, FONT, &ApproxText),
            ["Үкіметтік емес"]
        );
    }

    #[test]
    fn a_no_break_space_holds_a_number_to_its_unit() {
        let lines = wrap(
            "Абай облысы (+20, +5,3\u{a0}%)",
            100.0,
            3,
            FONT,
            &ApproxText,
        );
        assert_eq!(lines, ["Абай облысы (+20,", "+5,3\u{a0}%)"]);
    }

    #[test]
    fn balanced_lines_leave_no_word_alone() {
        let name = "Regional branches of political parties";
        let width = ApproxText.width("Regional branches of political", FONT);
        let ragged = wrap(name, width, 3, FONT, &ApproxText);
        assert_eq!(ragged, ["Regional branches of political", "parties"]);
        let even = wrap_balanced(name, width, 3, FONT, &ApproxText);
        assert_eq!(even, ["Regional branches of", "political parties"]);
        // One line stays one line; a name too long for the lines it may take stays cut.
        assert_eq!(wrap_balanced(name, 500.0, 3, FONT, &ApproxText), [name]);
        let cut = wrap_balanced(name, 60.0, 2, FONT, &ApproxText);
        assert!(cut[1].ends_with('…'), "{cut:?}");
    }

    /// ApproxText, counting its measurements.
    struct Counting(std::cell::Cell<usize>);

    impl TextMeasure for Counting {
        fn width(&self, text: &str, font: Font) -> f64 {
            self.0.set(self.0.get() + 1);
            ApproxText.width(text, font)
        }
    }

    /// A title of 16 000 letters and no space had every prefix measured, to break it and
    /// again to cut it: 20 seconds of a frozen page in Chromium, and a crashed tab at
    /// 100 000. Halving measures a few dozen.
    #[test]
    fn a_long_word_is_broken_and_cut_in_few_measurements() {
        let counting = Counting(std::cell::Cell::new(0));
        let word = "W".repeat(16_000);
        let lines = wrap(&word, 300.0, 2, FONT, &counting);
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].ends_with('-') && lines[1].ends_with('…'),
            "{lines:?}"
        );
        for line in &lines {
            assert!(ApproxText.width(line, FONT) <= 300.0, "{line}");
        }
        assert!(counting.0.get() < 100, "{} measurements", counting.0.get());
        let counting = Counting(std::cell::Cell::new(0));
        let balanced = wrap_balanced(&word, 300.0, 3, FONT, &counting);
        assert_eq!(balanced.len(), 3);
        assert!(counting.0.get() < 1000, "{} measurements", counting.0.get());
    }

    /// A redraw lays every label out again: one that fits is measured once, not a word at a
    /// time; runs of spaces are still written as one.
    #[test]
    fn a_label_that_fits_is_measured_once() {
        let counting = Counting(std::cell::Cell::new(0));
        let name = "Non-governmental organisations";
        assert_eq!(wrap(name, 500.0, 2, FONT, &counting), [name]);
        assert_eq!(counting.0.get(), 1);
        let spaced = wrap(" Abai \t region  ", 500.0, 2, FONT, &ApproxText);
        assert_eq!(spaced, ["Abai region"]);
        assert!(wrap("", 500.0, 2, FONT, &ApproxText).is_empty());
    }

    /// "в", "и", "с" at the end of a line read as Russian typography's hanging words.
    #[test]
    fn a_one_letter_word_does_not_end_a_line() {
        let text = "Число НКО в расчёте на 10 000 жителей";
        let width = ApproxText.width("Число НКО в", FONT);
        let lines = wrap(text, width, 3, FONT, &ApproxText);
        assert_eq!(lines[0], "Число НКО");
        assert!(lines[1].starts_with("в расчёте"), "{lines:?}");
        // Held to a word too wide for any line, it lets go rather than cut or break it.
        let narrow = ApproxText.width("Солтүстікқазақстан", FONT);
        let lines = wrap("в Солтүстікқазақстан", narrow, 3, FONT, &ApproxText);
        assert_eq!(lines, ["в", "Солтүстікқазақстан"]);
    }

    #[test]
    fn long_text_wraps_at_spaces() {
        let lines = wrap(
            "Саяси партиялардың облыстық филиалдары",
            130.0,
            3,
            FONT,
            &ApproxText,
        );
        assert_eq!(lines, ["Саяси партиялардың", "облыстық филиалдары"]);
        assert!(lines.iter().all(|l| ApproxText.width(l, FONT) <= 130.0));
    }

    #[test]
    fn too_many_lines_end_in_an_ellipsis() {
        let lines = wrap("one two three four five six", 30.0, 2, FONT, &ApproxText);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(
            lines.iter().all(|l| ApproxText.width(l, FONT) <= 30.0),
            "{lines:?}"
        );
    }

    /// A word wider than the line was cut with "…" even with a free line below it
    /// ("Неправительствен… организации" on a phone): it is broken with a hyphen instead,
    /// after one of its own where it has one, and cut only when the lines run out.
    #[test]
    fn a_word_wider_than_the_line_is_broken_then_cut() {
        let lines = wrap("Солтүстікқазақстан", 60.0, 3, FONT, &ApproxText);
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines[0].ends_with('-'), "{lines:?}");
        let joined: String = lines.concat().replace('-', "");
        assert_eq!(joined, "Солтүстікқазақстан");
        assert!(
            lines.iter().all(|l| ApproxText.width(l, FONT) <= 60.0),
            "{lines:?}"
        );

        let lines = wrap("Западно-Казахстанская область", 110.0, 3, FONT, &ApproxText);
        assert_eq!(lines, ["Западно-", "Казахстанская", "область"]);

        let lines = wrap("Солтүстікқазақстан", 50.0, 1, FONT, &ApproxText);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].ends_with('…'));
        assert!(ApproxText.width(&lines[0], FONT) <= 50.0);
    }
}
