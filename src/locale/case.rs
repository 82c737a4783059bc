//! Lower-casing for matching names and keys, in the scripts the widget reads.
//!
//! Names, headers and ids are compared without case. The standard library's
//! `to_lowercase` carries Unicode's whole case table (16 KB of gzipped WebAssembly, measured)
//! for every script there is; the files this widget reads are written in Kazakh, Russian and
//! English: Cyrillic, and Latin up to Latin Extended-A, which holds Kazakh's Latin alphabet.
//! Their case pairs follow a few regular ranges. Letters of other scripts are left as they
//! are, so they still match when written the same way.

/// `c` in lower case (`İ` gives a plain `i`, so `İ` and `i` match).
pub fn lower(c: char) -> char {
    let u = c as u32;
    let even = u % 2 == 0;
    let l = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x130 => 0x69,
        0x100..=0x137 | 0x14A..=0x177 if even => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !even => u + 1,
        0x178 => 0xFF,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !even => u + 1,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `s` in lower case, letter by letter (see [`lower`]).
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// `c` in upper case, within the same scripts as [`lower`] (`ı` and `ĸ` stay as they are).
pub fn upper(c: char) -> char {
    let u = c as u32;
    let odd = u % 2 == 1;
    let up = match u {
        0x61..=0x7A => u - 0x20,
        0xE0..=0xFE if u != 0xF7 => u - 0x20,
        0xFF => 0x178,
        0x101..=0x137 | 0x14B..=0x177 if odd && u != 0x131 => u - 1,
        0x13A..=0x148 | 0x17A..=0x17E if !odd => u - 1,
        0x430..=0x44F => u - 0x20,
        0x450..=0x45F => u - 0x50,
        0x461..=0x481 | 0x48B..=0x4BF | 0x4D1..=0x52F if odd => u - 1,
        0x4CF => 0x4C0,
        0x4C2..=0x4CE if !odd => u - 1,
        _ => u,
    };
    char::from_u32(up).unwrap_or(c)
}

/// `s` with its first letter in upper case, as a sentence starts («область Жетісу» →
/// «Область Жетісу»), unless its first word is a file's or a site's name.
pub fn sentence(s: &str) -> String {
    // A file's name or a site's keeps its case: "rk-row.csv, 2023" had read "Rk-row.csv".
    let first = s.split([' ', ',']).next().unwrap_or_default();
    if first.trim_end_matches('.').contains('.') {
        return s.to_owned();
    }
    first_letter(s, upper)
}

/// `s` with its first letter in lower case, as words in brackets after others («(на 10 000
/// жителей)» of the axis title «На 10 000 жителей»).
pub fn mid_line(s: &str) -> String {
    first_letter(s, lower)
}

fn first_letter(s: &str, case: fn(char) -> char) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        let mut out = String::with_capacity(s.len());
        out.push(case(c));
        out.push_str(chars.as_str());
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_unicode_for_latin_and_cyrillic() {
        // Basic Latin, Latin-1, Latin Extended-A, Cyrillic and Cyrillic Supplement.
        for u in (0..=0x17F).chain(0x400..=0x52F) {
            let Some(c) = char::from_u32(u) else { continue };
            let mut std = c.to_lowercase();
            if let (Some(one), None) = (std.next(), std.next()) {
                assert_eq!(lower(c), one, "U+{u:04X} {c}");
            }
        }
        assert_eq!(lower('İ'), 'i');
    }

    #[test]
    fn upper_agrees_with_unicode_for_latin_and_cyrillic() {
        for u in (0..=0x17F).chain(0x400..=0x52F) {
            let Some(c) = char::from_u32(u) else { continue };
            let mut std = c.to_uppercase();
            if let (Some(one), None) = (std.next(), std.next()) {
                // ı, µ and ſ have no upper case of their own letter here.
                if ![0x131, 0xB5, 0x17F].contains(&u) {
                    assert_eq!(upper(c), one, "U+{u:04X} {c}");
                }
            }
        }
        assert_eq!(sentence("область Жетісу, 2023"), "Область Жетісу, 2023");
        assert_eq!(sentence("әлеумет"), "Әлеумет");
        assert_eq!(sentence(""), "");
        assert_eq!(sentence("rk-row.csv, 2023"), "rk-row.csv, 2023");
        assert_eq!(sentence("taldykorgan-online.kz"), "taldykorgan-online.kz");
        assert_eq!(sentence("г. Алматы, 2023"), "Г. Алматы, 2023");
    }

    #[test]
    fn kazakh_russian_and_english_words() {
        assert_eq!(lowercase("ӘҒҚҢӨҰҮҺІ ЖЕТІСУ"), "әғқңөұүһі жетісу");
        assert_eq!(lowercase("ЁЛКА Non-Governmental"), "ёлка non-governmental");
        assert_eq!(lowercase("QAZAQSTAN ÄĞÑÖŞŪÜ"), "qazaqstan äğñöşūü");
        // Outside the scripts it knows, a letter stays as written.
        assert_eq!(lowercase("ΑΒΓ"), "ΑΒΓ");
    }
}
