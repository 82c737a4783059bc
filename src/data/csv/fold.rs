//! How names in a CSV file are compared: the way people write them varies more than what
//! they mean (`ЖЕТІСУ ОБЛЫСЫ`, `Жетісу обл.`, `область Жетісу`), so headers and region names
//! are matched on their letters and digits alone.

/// The words of `s`, lower-cased, `ё` read as `е`, split at anything but letters and digits.
pub(super) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .map(crate::locale::lower)
                .map(|c| if c == 'ё' { 'е' } else { c })
                .collect()
        })
        .collect()
}

/// `s` with case, spaces and punctuation removed: `Non-governmental  Organisations` and
/// `non governmental organisations` give the same key.
pub(super) fn key(s: &str) -> String {
    words(s).concat()
}

/// Edit distance between two strings, in characters.
pub(super) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_space_and_punctuation() {
        assert_eq!(key("  ЖЕТІСУ   облысы "), "жетісуоблысы");
        assert_eq!(
            key("Non-governmental Organisations"),
            "nongovernmentalorganisations"
        );
        assert_eq!(key("Ёлка"), "елка");
        assert_eq!(key("KZ-33"), "kz33");
        assert_eq!(words("г. Алматы"), ["г", "алматы"]);
    }

    #[test]
    fn distances() {
        assert_eq!(distance("жетысу", "жетісу"), 1);
        assert_eq!(distance("", "абай"), 4);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
